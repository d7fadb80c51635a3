"""Fetching from a fake ClinicalTrials.gov over real HTTP: paging, retries, nothing lost, offline."""

from __future__ import annotations

import csv
import io
import math
import os
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import NOW, make_settings
from tests.corpus import load_samples, make_studies
from tests.fakeapi import FakeCtGov
from trials.api import FIELDS, PAGE_SIZE
from trials.cli import run
from trials.config import Settings
from trials.http import Throttle
from trials.store import load_dataset


def recruiting(n: int, *, seed: int = 0) -> list[dict]:
    """n generated studies, all open, so every one of them matches the product's query."""
    studies = make_studies(n, seed=seed)
    for study in studies:
        study["protocolSection"]["statusModule"]["overallStatus"] = "RECRUITING"
    return studies


def cli(settings: Settings, *args: str, now=NOW) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), settings=settings, stdout=out, stderr=err, now=now)
    return code, out.getvalue(), err.getvalue()


def studies_requests(server: FakeCtGov) -> list:
    return [r for r in server.requests if r.path.endswith("/studies")]


def test_fetch_saves_every_recruiting_lenalidomide_trial(fake_api: FakeCtGov, settings: Settings):
    code, _, err = cli(settings, "fetch")
    assert code == 0, err
    data = load_dataset(settings.cache_dir)
    assert data is not None
    wanted = {
        s["protocolSection"]["identificationModule"]["nctId"]
        for s in fake_api.studies
        if s["protocolSection"]["statusModule"]["overallStatus"]
        in ("RECRUITING", "NOT_YET_RECRUITING")
    }
    assert set(data.trials["nct_id"]) == wanted
    assert data.meta.data_timestamp == fake_api.data_timestamp
    # The summary a person reads: count, indications, registry date, where the data came from.
    assert f"{len(wanted)} trials" in err
    assert "Multiple myeloma" in err and fake_api.data_timestamp in err
    assert "request(s) to the network" in err
    assert "Traceback" not in err


def test_only_spec_parameters_and_a_projection_are_sent(fake_api: FakeCtGov, settings: Settings):
    assert cli(settings, "fetch")[0] == 0
    params = studies_requests(fake_api)[0].params
    assert params["query.intr"] == ['lenalidomide OR Revlimid OR "CC-5013"']
    assert params["filter.overallStatus"] == ["RECRUITING,NOT_YET_RECRUITING"]
    assert params["pageSize"] == [str(PAGE_SIZE)] and params["countTotal"] == ["true"]
    fields = params["fields"][0].split(",")
    assert fields == list(FIELDS)
    assert not any("resultsSection" in f or "documentSection" in f for f in fields)


def test_paging_past_1000_follows_tokens_and_deduplicates(tmp_path: Path):
    studies = recruiting(2500)
    studies.append(studies[10])  # the registry repeats one study on a later page
    with FakeCtGov(studies) as server:
        settings = make_settings(server.base_url, tmp_path)
        code, _, err = cli(settings, "fetch")
        assert code == 0, err
        pages = studies_requests(server)
        assert len(pages) == math.ceil(2501 / PAGE_SIZE)
        assert "pageToken" in pages[1].params
        # Identical other parameters next to every token: the API's rule.
        strip = [{k: v for k, v in p.params.items() if k != "pageToken"} for p in pages]
        assert all(s == strip[0] for s in strip)
    data = load_dataset(tmp_path)
    assert data is not None and len(data.trials) == 2500
    assert "reported 2501 matching studies but sent 2500" in err


def test_an_exactly_full_last_page_ends_on_the_empty_page(tmp_path: Path):
    with FakeCtGov(recruiting(2000)) as server:
        settings = make_settings(server.base_url, tmp_path)
        assert cli(settings, "fetch")[0] == 0
        assert len(studies_requests(server)) == 3  # 1000, 1000, then an empty page
    assert len(load_dataset(tmp_path).trials) == 2000


@pytest.mark.parametrize("fault", ["429", "500", "503", "drop"])
def test_transient_failures_are_retried(fake_api: FakeCtGov, settings: Settings, fault: str):
    fake_api.inject(fault, times=2, retry_after=0.05 if fault == "429" else None)
    code, _, err = cli(settings, "fetch")
    assert code == 0, err
    assert len(load_dataset(settings.cache_dir).trials) > 0
    assert len(studies_requests(fake_api)) == 3  # two failures, then the page


def test_retry_after_is_honoured(fake_api: FakeCtGov, settings: Settings):
    fake_api.inject("429", times=1, retry_after=1)
    assert cli(settings, "fetch")[0] == 0
    first, second = studies_requests(fake_api)[:2]
    assert second.time - first.time >= 0.9


def test_throttle_spaces_requests_without_real_waiting():
    clock = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    throttle = Throttle(1.0, clock=lambda: clock[0], sleep=sleep)
    throttle.wait()
    clock[0] += 0.25
    throttle.wait()
    clock[0] += 5
    throttle.wait()
    assert slept == [pytest.approx(0.75)]


def _saved(settings: Settings):
    data = load_dataset(settings.cache_dir)
    assert data is not None
    return data


@pytest.mark.parametrize(
    "fault, words",
    [
        ("bad-json", "not valid JSON"),
        ("html", "not valid JSON"),
        ("wrong-shape", "without a list of studies"),
        ("500", "having trouble"),
        ("drop", "kept dropping the connection"),
    ],
)
def test_a_failed_refresh_keeps_the_last_complete_dataset(tmp_path: Path, fault: str, words: str):
    with FakeCtGov(recruiting(1500)) as server:
        settings = make_settings(server.base_url, tmp_path, retries=1)
        assert cli(settings, "fetch")[0] == 0
        before = _saved(settings)
        # The registry changes, and the refresh breaks on its second page.
        server.studies = recruiting(1800, seed=7)
        server.data_timestamp = "2026-11-21T09:00:00"
        server.inject(fault, on_page=1, times=5)
        code, _, err = cli(settings, "fetch", "--force")
    assert code == 1
    assert words in err and "is unchanged" in err
    assert len(err.strip().splitlines()) <= 3 and "Traceback" not in err
    after = _saved(settings)
    assert after.path == before.path
    assert list(after.trials["nct_id"]) == list(before.trials["nct_id"])
    assert after.meta.data_timestamp == before.meta.data_timestamp


def test_an_interrupted_refresh_keeps_the_last_complete_dataset(
    fake_api: FakeCtGov, settings: Settings, monkeypatch: pytest.MonkeyPatch
):
    assert cli(settings, "fetch")[0] == 0
    before = _saved(settings)

    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("trials.cli._progress", lambda stream: interrupt)
    code, _, err = cli(settings, "fetch", "--force")
    assert code == 130 and "unchanged" in err
    assert _saved(settings).path == before.path


def test_a_fresh_dataset_is_used_without_asking_the_api(fake_api: FakeCtGov, settings: Settings):
    assert cli(settings, "fetch")[0] == 0
    fake_api.requests.clear()
    code, _, err = cli(settings, "fetch", now=NOW + timedelta(hours=1))
    assert code == 0 and fake_api.requests == []
    assert "no requests made" in err
    code, _, err = cli(settings, "fetch", "--force", now=NOW + timedelta(hours=1))
    assert code == 0 and len(studies_requests(fake_api)) == 1


def test_a_stale_dataset_with_an_unchanged_registry_only_asks_for_the_version(
    fake_api: FakeCtGov, settings: Settings
):
    assert cli(settings, "fetch")[0] == 0
    fake_api.requests.clear()
    code, _, err = cli(settings, "fetch", now=NOW + timedelta(hours=8))
    assert code == 0, err
    assert [r.path.rsplit("/", 1)[-1] for r in fake_api.requests] == ["version"]
    assert "registry unchanged" in err
    # ...and counts as checked, so the next run within the window asks nothing.
    fake_api.requests.clear()
    assert cli(settings, "fetch", now=NOW + timedelta(hours=9))[0] == 0
    assert fake_api.requests == []


def test_a_new_registry_version_is_downloaded_when_stale(fake_api: FakeCtGov, settings: Settings):
    assert cli(settings, "fetch")[0] == 0
    fake_api.data_timestamp = "2026-11-23T09:00:00"
    fake_api.studies = load_samples()[:5]
    code, _, err = cli(settings, "fetch", now=NOW + timedelta(days=2))
    assert code == 0, err
    assert _saved(settings).meta.data_timestamp == "2026-11-23T09:00:00"


def test_pages_from_an_interrupted_refresh_are_reused_from_the_http_cache(tmp_path: Path):
    with FakeCtGov(recruiting(2500)) as server:
        settings = make_settings(server.base_url, tmp_path, retries=0)
        server.inject("500", on_page=2, times=1)
        assert cli(settings, "fetch")[0] == 1  # nothing saved yet: an error, not a dataset
        assert load_dataset(tmp_path) is None
        server.requests.clear()
        code, _, err = cli(settings, "fetch")
        assert code == 0, err
        # Pages 1 and 2 came from requests-cache; only page 3 went to the network.
        assert len(studies_requests(server)) == 1
        assert "2 page(s) from the HTTP cache" in err


def test_export_works_offline_from_the_saved_dataset_and_says_how_old(tmp_path: Path):
    with FakeCtGov(load_samples()) as server:
        settings = make_settings(server.base_url, tmp_path)
        assert cli(settings, "fetch")[0] == 0
    # The server is gone now; the saved data is a day old.
    out = tmp_path / "trials.csv"
    code, _, err = cli(settings, "export", "--out", str(out), now=NOW + timedelta(days=1))
    assert code == 0, err
    assert "could not refresh" in err and "24 hours ago" in err
    assert out.read_bytes().startswith(b"\xef\xbb\xbfnct_id,title,")
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1 + len(
        load_dataset(tmp_path).trials
    )


def test_with_no_dataset_and_no_api_export_says_exactly_that(tmp_path: Path):
    settings = make_settings("http://127.0.0.1:9/api/v2", tmp_path, retries=0)
    code, out, err = cli(settings, "export")
    assert code == 1 and out == ""
    assert err.startswith("Error: No saved trial data yet")
    assert "Could not reach ClinicalTrials.gov" in err
    assert len(err.strip().splitlines()) == 1


def test_studies_missing_modules_are_still_listed_with_blanks(
    fake_api: FakeCtGov, settings: Settings
):
    fake_api.inject("missing-modules", on_page=0)
    code, _, err = cli(settings, "fetch")
    assert code == 0, err
    trials = _saved(settings).trials
    assert len(trials) > 0
    assert (trials["title"] == trials["nct_id"]).all()  # no title: the ID stands in
    assert set(trials["sponsor"]) == {""}


def test_studies_that_do_not_name_lenalidomide_are_left_out(
    fake_api: FakeCtGov, settings: Settings
):
    impostor = load_samples()[0]
    impostor["protocolSection"]["identificationModule"]["nctId"] = "NCT08888888"
    impostor["protocolSection"]["statusModule"]["overallStatus"] = "RECRUITING"
    for item in impostor["protocolSection"]["armsInterventionsModule"]["interventions"]:
        item["name"], item["otherNames"] = "Pomalidomide", []
    for arm in impostor["protocolSection"]["armsInterventionsModule"]["armGroups"]:
        arm["label"], arm["interventionNames"], arm["description"] = "Arm", ["Drug: X"], ""
    impostor["protocolSection"]["armsInterventionsModule"]["interventions"][0]["description"] = (
        "lenalidomide"  # the fake's query.intr matches it; our confirmation does not
    )
    fake_api.studies = [*fake_api.studies, impostor]
    assert cli(settings, "fetch")[0] == 0
    assert "NCT08888888" not in set(_saved(settings).trials["nct_id"])


def test_matched_alias_is_recorded(fake_api: FakeCtGov, settings: Settings):
    code_only = load_samples()[0]
    ident = code_only["protocolSection"]["identificationModule"]
    ident["nctId"] = "NCT07777777"
    code_only["protocolSection"]["statusModule"]["overallStatus"] = "RECRUITING"
    module = code_only["protocolSection"]["armsInterventionsModule"]
    module["interventions"] = [{"type": "DRUG", "name": "CC-5013", "otherNames": []}]
    module["armGroups"] = [{"label": "A", "interventionNames": ["Drug: CC-5013"]}]
    fake_api.studies = [*fake_api.studies, code_only]
    assert cli(settings, "fetch")[0] == 0
    trials = _saved(settings).trials.set_index("nct_id")
    assert trials.loc["NCT07777777", "matched_as"] == "CC-5013"


def test_settings_from_env_reads_the_two_variables(tmp_path: Path):
    s = Settings.from_env(
        {"TRIALS_API_URL": "http://127.0.0.1:1/api/v2/", "TRIALS_CACHE_DIR": str(tmp_path)}
    )
    assert s.api_url == "http://127.0.0.1:1/api/v2" and s.cache_dir == tmp_path
    default = Settings.from_env({"HOME": str(tmp_path)})
    assert default.api_url == "https://clinicaltrials.gov/api/v2"
    assert default.cache_dir == tmp_path / ".cache" / "lenalidomide-trials"
    assert replace(default, min_interval=2).min_interval == 2


def test_an_upgrade_re_derives_the_saved_dataset_without_the_network(
    fake_api: FakeCtGov, settings: Settings, monkeypatch: pytest.MonkeyPatch
):
    assert cli(settings, "fetch")[0] == 0
    before = _saved(settings)
    fake_api.stop()  # offline: the raw studies saved with the dataset are enough
    monkeypatch.setattr("trials.pipeline.SCHEMA_VERSION", before.meta.schema_version + 1)
    out = settings.cache_dir.parent / "export.csv"
    code, _, err = cli(settings, "export", "--offline", "--out", str(out))
    assert code == 0, err
    after = _saved(settings)
    assert after.meta.schema_version == before.meta.schema_version + 1
    assert after.path != before.path and after.meta.fetched_at == before.meta.fetched_at
    assert list(after.trials["nct_id"]) == list(before.trials["nct_id"])


def test_concurrent_refreshes_download_once(fake_api: FakeCtGov, settings: Settings):
    """Many dashboard sessions opening at once must not each download the registry, nor fail."""
    import threading

    from trials.pipeline import Mode, open_dataset

    fake_api.latency = 0.2
    outcomes, errors = [], []

    def open_one() -> None:
        try:
            outcomes.append(open_dataset(settings, now=NOW, mode=Mode.AUTO))
        except Exception as exc:  # noqa: BLE001 - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(outcomes) == 8
    assert all(o.refresh_error == "" for o in outcomes)
    assert len(studies_requests(fake_api)) == 1
    assert len({o.dataset.path for o in outcomes}) == 1


def test_a_broken_download_cache_keeps_the_saved_dataset(fake_api: FakeCtGov, settings: Settings):
    from trials.http import HTTP_CACHE_FILE

    assert cli(settings, "fetch")[0] == 0
    before = _saved(settings)
    (settings.cache_dir / HTTP_CACHE_FILE).write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (settings.cache_dir / (HTTP_CACHE_FILE + suffix)).unlink(missing_ok=True)
    code, _, err = cli(settings, "fetch", "--force")
    assert code != 0
    assert err.strip().count("\n") == 0 and "download cache" in err and "Traceback" not in err
    assert _saved(settings).path == before.path


def test_requests_name_the_product(fake_api: FakeCtGov, settings: Settings):
    assert cli(settings, "fetch")[0] == 0
    agents = {r.headers.get("User-Agent", "") for r in fake_api.requests}
    assert len(agents) == 1 and agents.pop().startswith("lenalidomide-trial-finder/")


def test_a_slow_answer_times_out_and_is_retried(fake_api: FakeCtGov, tmp_path: Path):
    settings = make_settings(fake_api.base_url, tmp_path, timeout=0.5)
    fake_api.inject("slow", delay=2.0, times=1)
    code, _, err = cli(settings, "fetch")
    assert code == 0, err
    assert len(_saved(settings).trials) > 0
    # The slow answer is logged by the fake only once it finishes sleeping.
    deadline = time.monotonic() + 5
    while len(studies_requests(fake_api)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [r.fault for r in studies_requests(fake_api)] == [None, "slow"]


def test_a_server_that_never_answers_in_time_is_one_line(fake_api: FakeCtGov, tmp_path: Path):
    settings = make_settings(fake_api.base_url, tmp_path, timeout=0.3, retries=1)
    fake_api.inject("slow", delay=1.0, times=5)
    code, _, err = cli(settings, "fetch")
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("Error: No saved trial data yet")
    assert "did not answer within 0.3 s" in err and "Traceback" not in err


def test_requests_to_the_network_are_spaced_out(tmp_path: Path):
    with FakeCtGov(recruiting(2500)) as server:
        settings = make_settings(server.base_url, tmp_path, min_interval=0.3)
        assert cli(settings, "fetch")[0] == 0
        times = [r.time for r in server.requests]
    assert len(times) == 4  # /version and three pages
    assert all(b - a >= 0.28 for a, b in zip(times, times[1:], strict=False))


def test_export_filters_and_sites_from_the_command_line(fake_api: FakeCtGov, settings: Settings):
    out = settings.cache_dir.parent / "mcl-sites.csv"
    code, _, err = cli(
        settings, "export", "--indication", "mcl", "--status", "recruiting", "--sites",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    data = _saved(settings)
    mcl = set(data.trials[[("mcl" in i) for i in data.trials["indications"]]]["nct_id"])
    assert rows and {r["nct_id"] for r in rows} <= mcl
    assert err.strip().endswith(f"recruiting trials in mantle cell lymphoma to {out}.")


def test_export_replaces_a_file_whole_and_writes_through_links_and_pipes(
    fake_api: FakeCtGov, settings: Settings
):
    """An export must never destroy what its path points at: a link, a pipe, /dev/null."""
    import stat
    import threading

    folder = settings.cache_dir.parent
    target = folder / "trials.csv"
    target.write_text("old rows")
    (folder / "link.csv").symlink_to(target)
    assert cli(settings, "export", "--out", str(folder / "link.csv"))[0] == 0
    assert (folder / "link.csv").is_symlink()
    assert target.read_text(encoding="utf-8-sig").startswith("nct_id,title,")

    pipe = folder / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    code, _, err = cli(settings, "export", "--out", str(pipe))
    reader.join(timeout=10)
    assert code == 0, err
    assert stat.S_ISFIFO(pipe.stat().st_mode), "the named pipe was replaced by a file"
    assert received and received[0].startswith(b"\xef\xbb\xbfnct_id,")
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp")) == []

    code, _, err = cli(settings, "export", "--out", str(folder))
    assert code == 1 and err.count("\n") == 1 and "folder" in err


def test_a_full_disk_keeps_the_last_complete_dataset(
    fake_api: FakeCtGov, settings: Settings, monkeypatch: pytest.MonkeyPatch
):
    assert cli(settings, "fetch")[0] == 0
    before = _saved(settings)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pandas.DataFrame.to_parquet", disk_full)
    code, _, err = cli(settings, "fetch", "--force")
    assert code == 1 and "No space left on device" in err and "is unchanged" in err
    assert "Traceback" not in err
    assert _saved(settings).path == before.path
    leftovers = [p for p in (settings.cache_dir / "datasets").iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_an_unreadable_saved_dataset_is_fetched_again(fake_api: FakeCtGov, settings: Settings):
    assert cli(settings, "fetch")[0] == 0
    before = _saved(settings)
    (before.path / "trials.parquet").write_bytes(b"not parquet")
    code, _, err = cli(settings, "export", "--out", str(settings.cache_dir.parent / "x.csv"))
    assert code == 0, err
    assert "unreadable" in err  # said once, as a warning
    assert _saved(settings).path != before.path


def test_a_hostile_record_from_the_api_cannot_run_in_a_spreadsheet(tmp_path: Path):
    from tests.corpus import hostile_study

    with FakeCtGov([*load_samples(), hostile_study()]) as server:
        settings = make_settings(server.base_url, tmp_path)
        for extra in ((), ("--sites",)):
            out = tmp_path / f"out{len(extra)}.csv"
            code, _, err = cli(settings, "export", *extra, "--out", str(out))
            assert code == 0, err
            rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
            hostile = [r for r in rows if r[0] == "NCT09999999"]
            assert hostile
            for cell in (c for r in rows for c in r):
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                if cell.startswith("-"):
                    float(cell)  # only a plain negative number may start with a minus
