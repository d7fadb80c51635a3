"""Dashboard wiring with Streamlit's AppTest: link -> widgets -> filtered results; errors shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import make_settings
from tests.corpus import hostile_study, load_samples
from tests.fakeapi import FakeCtGov
from trials.pipeline import Mode, open_dataset

APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.fixture
def server() -> Iterator[FakeCtGov]:
    with FakeCtGov([*load_samples(), hostile_study()]) as fake:
        yield fake


@pytest.fixture
def app_env(server: FakeCtGov, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A saved, fresh dataset and the app pointed at the fake API; Streamlit caches cleared."""
    cache = tmp_path / "cache"
    settings = make_settings(server.base_url, cache)
    open_dataset(settings, now=datetime.now(UTC), mode=Mode.FORCE)
    monkeypatch.setenv("TRIALS_API_URL", server.base_url)
    monkeypatch.setenv("TRIALS_CACHE_DIR", str(cache))
    monkeypatch.setenv("TRIALS_MIN_INTERVAL", "0")
    st.cache_data.clear()
    st.cache_resource.clear()
    return cache


def run_app(query: dict[str, str | list[str]] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def unmarked(text: str) -> str:
    """Markdown source as a reader sees it: escapes and invisible word joiners removed."""
    return text.replace("\\", "").replace("\u2060", "")


def caption(at: AppTest) -> str:
    return unmarked(at.subheader[0].value)


def test_the_header_says_how_many_trials_and_how_fresh(app_env: Path):
    at = run_app()
    head = " ".join(m.value for m in at.markdown)
    assert "open lenalidomide trials on ClinicalTrials.gov" in head
    assert "data from 20 Nov 2026, checked just now" in head
    assert any("not medical advice" in c.value for c in at.caption)


def test_a_shared_link_sets_the_widgets_and_filters_the_table(app_env: Path):
    at = run_app({"indication": ["mcl", "fl"], "status": "recruiting", "phase": "2"})
    assert at.multiselect(key="indication").value == ["mcl", "fl"]
    assert at.multiselect(key="status").value == ["RECRUITING"]
    assert caption(at).startswith(tuple(f"{n} recruiting trial" for n in range(1, 30)))
    assert "in mantle cell lymphoma or follicular lymphoma" in caption(at)
    table = at.dataframe[0].value
    assert len(table) == int(caption(at).split()[0])
    assert all(("Mantle" in d or "Follicular" in d) for d in table["indications"])


def test_changing_a_widget_refilters_and_updates_the_link(app_env: Path):
    at = run_app()
    everything = len(at.dataframe[0].value)
    at.multiselect(key="indication").select("myeloma").run()
    mm = at.dataframe[0].value
    assert 0 < len(mm) < everything
    assert at.query_params["indication"] in ("myeloma", ["myeloma"])


def test_malformed_link_values_are_ignored_with_a_notice(app_env: Path):
    at = run_app({"indication": ["lupus", "mcl"], "age": "old", "country": "Atlantis"})
    notices = " ".join(i.value for i in at.info)
    assert "lupus" in notices and "old" in notices and "Atlantis" in notices
    assert at.multiselect(key="indication").value == ["mcl"]


def test_a_trial_link_opens_its_detail(app_env: Path):
    nct = "NCT04071457"
    at = run_app({"trial": nct})
    assert "S1803" in at.header[0].value
    text = " ".join(m.value for m in at.markdown)
    assert "Multiple myeloma" in text and "Maintenance" in text
    assert "Why these disease and setting labels?" in [e.label for e in at.expander]


def test_choosing_a_row_opens_the_detail(app_env: Path):
    at = run_app({"indication": "mcl"})
    table = at.dataframe[0].value
    key = at.dataframe[0].key
    at.session_state[key] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    assert at.header and at.header[0].value.replace("\\", "") == table.iloc[0]["title"].replace(
        "\\", ""
    )


def test_a_hostile_record_is_shown_as_text(app_env: Path):
    at = run_app({"trial": "NCT09999999"})
    rendered = " ".join(m.value for m in at.markdown)
    for bad in ("<script", "<img", "<iframe", "javascript:", "<b>"):
        assert bad not in rendered
    assert "&lt;script&gt;" in rendered  # still readable as text


def test_the_api_being_down_shows_the_saved_data_with_a_banner(
    app_env: Path, server: FakeCtGov, monkeypatch: pytest.MonkeyPatch
):
    server.stop()
    monkeypatch.setenv("TRIALS_MAX_AGE_HOURS", "0")  # saved data is now "stale"
    at = run_app()
    warning = unmarked(" ".join(w.value for w in at.warning))
    assert "Couldn't refresh from ClinicalTrials.gov" in warning
    assert "Showing the last saved data" in warning
    assert len(at.dataframe[0].value) > 0


def test_no_data_and_no_api_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TRIALS_API_URL", "http://127.0.0.1:9/api/v2")
    monkeypatch.setenv("TRIALS_CACHE_DIR", str(tmp_path / "empty"))
    st.cache_resource.clear()
    at = run_app()
    assert at.error and "No saved trial data yet" in at.error[0].value
    assert at.error[0].value.count("trial data yet") == 1  # said once


def test_near_me_from_the_link(app_env: Path):
    at = run_app({"near": "02115", "radius": "500mi"})
    assert at.text_input(key="near").value == "02115"
    assert "within 500 mi of" in caption(at)
    assert "distance" in at.dataframe[0].value.columns
    distances = list(at.dataframe[0].value["distance"])
    assert distances == sorted(distances)


def test_first_run_without_data_fetches_it(server: FakeCtGov, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch):  # fmt: skip
    monkeypatch.setenv("TRIALS_API_URL", server.base_url)
    monkeypatch.setenv("TRIALS_CACHE_DIR", str(tmp_path / "new"))
    monkeypatch.setenv("TRIALS_MIN_INTERVAL", "0")
    st.cache_resource.clear()
    at = run_app()
    assert len(at.dataframe[0].value) > 0
    assert any(r.path.endswith("/studies") for r in server.requests)


def test_a_trial_opened_near_a_place_names_its_nearest_recruiting_site(app_env: Path):
    at = run_app({"trial": "NCT04071457", "near": "Quebec City, Canada"})
    nearest = unmarked(" ".join(s.value for s in at.success))
    # A place outside the US without a radius: kilometres, as people there measure.
    assert "Nearest recruiting site:" in nearest and " km from Québec" in nearest
    sites = at.dataframe[0].value
    known = [d for d in sites["Distance"] if d != "distance unknown"]
    assert known and all(d.endswith(" km") for d in known)
    assert [int(d[:-3].replace(",", "")) for d in known] == sorted(
        int(d[:-3].replace(",", "")) for d in known
    )
    assert "None" not in set(sites["Distance"])


def test_refresh_button_keeps_the_data_when_the_api_is_down(app_env: Path, server: FakeCtGov):
    at = run_app()
    shown = len(at.dataframe[0].value)
    server.stop()
    at.button(key="refresh").click().run()
    assert not at.exception
    warning = unmarked(" ".join(w.value for w in at.warning))
    assert "Couldn't refresh from ClinicalTrials.gov" in warning
    assert len(at.dataframe[0].value) == shown


def test_refresh_button_checks_the_registry(app_env: Path, server: FakeCtGov):
    at = run_app()
    server.requests.clear()
    at.button(key="refresh").click().run()
    assert not at.exception and not at.warning
    assert [r.path.rsplit("/", 1)[-1] for r in server.requests] == ["version"]


def test_a_hostile_link_cannot_inject_markup(app_env: Path):
    at = run_app({"q": "[x](javascript:alert(1)) <img src=x onerror=alert(1)>",
                  "indication": "<script>alert(1)</script>", "near": "[y](javascript:alert(2))"})  # fmt: skip
    shown = [e.value for e in (*at.markdown, *at.info, *at.warning, *at.subheader, *at.caption)]
    for text in shown:
        assert "](javascript:" not in text and "<img" not in text and "<script" not in text
    assert any("&lt;script&gt;" in t for t in shown)  # the notice still says what was ignored


def test_counts_beside_choices_follow_the_other_filters(app_env: Path):
    at = run_app()
    everything = len(at.dataframe[0].value)
    before = at.multiselect(key="phase").options
    at.multiselect(key="indication").select("mcl").run()
    mcl = len(at.dataframe[0].value)
    after = at.multiselect(key="phase").options
    assert [o.split(" (")[0] for o in after] == [o.split(" (")[0] for o in before]
    assert after != before and 0 < mcl < everything
    phase2 = next(o for o in after if o.startswith("Phase 2 ("))
    # Picking a second filter keeps the first, and the count promised is the count shown.
    at.multiselect(key="phase").select("2").run()
    assert at.multiselect(key="indication").value == ["mcl"]
    assert at.multiselect(key="phase").value == ["2"]
    assert len(at.dataframe[0].value) == int(phase2.split("(")[1].rstrip(")"))
    assert "given your other filters" in " ".join(c.value for c in at.sidebar.caption)


def test_a_link_typed_by_hand_is_read_forgivingly(app_env: Path):
    at = run_app({"trial": " nct04071457 ", "country": "united states"})
    assert "S1803" in at.header[0].value  # the ID in lower case, with spaces
    assert at.multiselect(key="country").value == ["United States"]
    assert not [i.value for i in at.info if "Ignored" in i.value]


def test_notices_about_a_link_go_once_the_person_changes_a_filter(app_env: Path):
    at = run_app({"indication": ["lupus", "mcl"]})
    assert any("lupus" in i.value for i in at.info)
    at.multiselect(key="phase").select("2").run()
    assert not any("lupus" in i.value for i in at.info)
    assert at.multiselect(key="indication").value == ["mcl"]


def test_changing_a_filter_while_a_trial_is_open_shows_the_results(app_env: Path):
    at = run_app({"trial": "NCT04071457"})
    assert at.header and "S1803" in at.header[0].value
    at.multiselect(key="indication").select("mcl").run()
    assert not at.header or "S1803" not in at.header[0].value
    assert "in mantle cell lymphoma" in caption(at)
    assert "trial" not in at.query_params


def test_clear_all_filters_shows_every_trial_again(app_env: Path):
    at = run_app()
    everything = len(at.dataframe[0].value)
    clear = next(b for b in at.sidebar.button if b.label == "Clear all filters")
    assert clear.disabled
    at = run_app({"indication": "mcl", "age": "70", "near": "02115"})
    assert len(at.dataframe[0].value) < everything
    next(b for b in at.sidebar.button if b.label == "Clear all filters").click().run()
    assert len(at.dataframe[0].value) == everything
    assert at.multiselect(key="indication").value == [] and at.number_input(key="age").value is None
    assert dict(at.query_params) == {}


def test_mds_labels_say_why_when_del5q_is_not_named(app_env: Path):
    from trials.store import load_dataset

    dataset = load_dataset(app_env)
    assert dataset is not None
    mds = dataset.trials[[("mds-del5q" in i) for i in dataset.trials["indications"]]]
    texts = " | ".join(mds["evidence_text"])
    assert "5q" in texts
    for text in mds["evidence_text"]:
        for line in text.split("; "):
            if line.startswith("MDS with del(5q):") and "5q" not in line.split(":", 1)[1]:
                pytest.fail(f"unexplained MDS label: {line}")


def test_the_map_shows_only_sites_one_could_join(app_env: Path):
    import json

    from trials.store import load_dataset

    at = run_app()
    at.segmented_control(key="view").set_value("Map").run()
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    mapped = sum(point["sites"] for point in spec["layers"][0]["data"])
    dataset = load_dataset(app_env)
    assert dataset is not None
    sites = dataset.sites.dropna(subset=["lat", "lon"])
    open_sites = sites[sites["status"].isin(["RECRUITING", "NOT_YET_RECRUITING"])]
    assert len(open_sites) < len(sites)  # the sample has closed and withdrawn sites
    assert mapped == len(open_sites)
    assert any("open trial sites" in c.value for c in at.caption)
