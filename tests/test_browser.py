"""End-to-end: `streamlit run app.py` against the fake API, driven in real Chromium by Playwright.

Each test asserts what a person sees, clicks and downloads. The helpers at the top (running_app,
launch_chromium, wait_idle, download_csv) are shared with docs/make_screenshots.py.
"""

from __future__ import annotations

import contextlib
import csv
import http.client
import io
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import chromium_path, make_settings
from tests.corpus import hostile_study, load_samples
from tests.fakeapi import FakeCtGov
from trials.pipeline import Mode, open_dataset

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
STARTUP_TIMEOUT = 60.0
IDLE_TIMEOUT_MS = 30_000
#: The app counts as idle only when it has stayed idle this long: a widget change reaches the
#: server a moment after the click, so one idle reading right after it proves nothing.
SETTLE_MS = 250
DESKTOP = {"width": 1280, "height": 900}
PHONE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}
MYELOMA_TRIAL = "NCT04071457"
HOSTILE_TRIAL = "NCT09999999"
CSV_NAME = re.compile(r"lenalidomide-(trials|sites)-\d{4}-\d{2}-\d{2}\.csv")


# -- the app under test -------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except (OSError, http.client.HTTPException):
        return False


@contextlib.contextmanager
def running_app(*streamlit_options: str) -> Iterator[str]:
    """The fake API (41 samples + the hostile trial), a saved dataset and `streamlit run app.py`
    on loopback (plus any extra `--option value` pairs); yields the app's base URL and stops
    everything afterwards."""
    with (
        FakeCtGov([*load_samples(), hostile_study()]) as fake,
        tempfile.TemporaryDirectory(prefix="trials-browser-") as tmp,
    ):
        cache = Path(tmp) / "cache"
        settings = make_settings(fake.base_url, cache)
        open_dataset(settings, now=datetime.now(UTC), mode=Mode.FORCE)
        port = free_port()
        env = os.environ | {
            "TRIALS_API_URL": fake.base_url,
            "TRIALS_CACHE_DIR": str(cache),
            "TRIALS_MIN_INTERVAL": "0",
            "HOME": tmp,  # no ~/.streamlit credentials prompt or config from the developer
        }
        command = [
            sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
            "--server.address", "127.0.0.1", "--server.port", str(port),
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
            *streamlit_options,
        ]  # fmt: skip
        log = Path(tmp) / "streamlit.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
            )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while not _healthy(url):
                if proc.poll() is not None:
                    pytest.fail(f"streamlit exited ({proc.returncode}):\n{log.read_text()}")
                if time.monotonic() > deadline:
                    pytest.fail(f"streamlit not healthy after {STARTUP_TIMEOUT:.0f} s:\n"
                                f"{log.read_text()}")  # fmt: skip
                time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def launch_chromium(playwright: Any) -> Any:
    return playwright.chromium.launch(
        executable_path=chromium_path() or "/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
    )


_IDLE_JS = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  return !!app && app.dataset.testConnectionState === "CONNECTED"
    && app.dataset.testScriptState === "notRunning"
    && !document.querySelector("[data-testid='stSkeleton']");
}"""


def wait_idle(page: Any, *, timeout_ms: int = IDLE_TIMEOUT_MS) -> None:
    """Wait until the script has run, nothing is loading and it stays that way for SETTLE_MS."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        remaining = max(1, int((deadline - time.monotonic()) * 1000))
        page.wait_for_function(_IDLE_JS, timeout=remaining, polling=50)
        page.wait_for_timeout(SETTLE_MS)
        if page.evaluate(_IDLE_JS):
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the app never became idle")


def open_app(page: Any, base_url: str, path: str = "/") -> None:
    page.goto(base_url + path)
    wait_idle(page)


def results_caption(page: Any) -> Any:
    """The h3 subheader above the results: 'N recruiting trials in mantle cell lymphoma'."""
    return page.get_by_test_id("stMain").locator("h3").filter(has_text=re.compile(r"^\d[\d,]* "))


def caption_count(page: Any) -> int:
    return int(results_caption(page).inner_text().split()[0].replace(",", ""))


def download_csv(page: Any, label: str) -> tuple[str, str]:
    """Click a download button; returns (suggested file name, decoded text including any BOM)."""
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    download = info.value
    body = Path(download.path()).read_bytes().decode("utf-8")
    wait_idle(page)  # the click also reruns the script
    return download.suggested_filename, body


def csv_rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    return list(reader.fieldnames or []), list(reader)


# -- fixtures -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        chromium = launch_chromium(p)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    context.set_default_timeout(20_000)
    tab = context.new_page()
    yield tab
    context.close()


def brief_title(nct_id: str) -> str:
    for study in [*load_samples(), hostile_study()]:
        ident = study["protocolSection"]["identificationModule"]
        if ident["nctId"] == nct_id:
            return ident["briefTitle"]
    raise KeyError(nct_id)


def no_exception_box(page: Any) -> None:
    boxes = page.get_by_test_id("stException")
    assert boxes.count() == 0, boxes.first.inner_text()


# -- tests --------------------------------------------------------------------------------------
def test_a_shared_link_filters_and_the_downloads_hold_exactly_those_trials(page, app_url):
    open_app(page, app_url, "/?indication=mcl&status=recruiting")
    caption = results_caption(page)
    assert caption.is_visible()
    assert re.fullmatch(r"\d+ recruiting trials? in mantle cell lymphoma", caption.inner_text())
    count = caption_count(page)
    assert count > 0

    name, text = download_csv(page, "Download trials (CSV)")
    assert CSV_NAME.fullmatch(name) and name.startswith("lenalidomide-trials-"), name
    assert text.startswith("\ufeffnct_id,title,status,phase,indications,")
    _, trials = csv_rows(text)
    assert len(trials) == count
    assert all("Mantle cell lymphoma" in row["indications"] for row in trials)
    assert {row["status"] for row in trials} == {"Recruiting"}

    name, text = download_csv(page, "Download sites (CSV)")
    assert CSV_NAME.fullmatch(name) and name.startswith("lenalidomide-sites-"), name
    assert text.startswith("\ufeffnct_id,")
    _, sites = csv_rows(text)
    assert sites
    assert {row["nct_id"] for row in sites} <= {row["nct_id"] for row in trials}
    no_exception_box(page)


def test_a_trial_link_opens_its_details(page, app_url):
    open_app(page, app_url, f"/?trial={MYELOMA_TRIAL}")
    main = page.get_by_test_id("stMain")
    assert trial_title(main).inner_text() == brief_title(MYELOMA_TRIAL)
    assert main.get_by_text("Multiple myeloma").first.is_visible()
    link = main.locator(f"a[href='https://clinicaltrials.gov/study/{MYELOMA_TRIAL}']")
    assert link.first.is_visible()
    assert "View on ClinicalTrials.gov" in link.first.inner_text()
    assert main.get_by_role("heading", name=re.compile(r"^Sites \(\d+\)")).is_visible()
    assert main.get_by_test_id("stDataFrame").first.is_visible()
    no_exception_box(page)


def test_hostile_sponsor_text_is_shown_as_text_never_run(page, app_url):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_app(page, app_url, f"/?trial={HOSTILE_TRIAL}")
    main = page.get_by_test_id("stMain")
    # The eligibility criteria hide in a collapsed expander: open it so its markdown renders too.
    main.get_by_text("Eligibility criteria").click()
    wait_idle(page)
    assert main.get_by_text("Prior lenalidomide intolerance").is_visible()
    for tag in ("script", "iframe", "img", "object", "embed"):
        assert main.locator(f"[data-testid='stMarkdownContainer'] {tag}").count() == 0, tag
    assert main.locator("[onerror], [onload], [onclick]").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    text = main.inner_text()
    assert "<script>alert('x')</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "<iframe" in text
    assert "click me" in text and "<b>bold</b>" in text
    page.wait_for_timeout(300)  # give any injected handler its chance to fire
    assert dialogs == []
    no_exception_box(page)


def trial_title(main):
    """The detail view's heading: the h2 after the app's own name."""
    return main.locator("h2").filter(has_not_text="Lenalidomide trial finder").first


def test_hostile_sponsor_text_reads_exactly_as_written(page, app_url):
    open_app(page, app_url, f"/?trial={HOSTILE_TRIAL}")
    main = page.get_by_test_id("stMain")
    title = trial_title(main)
    # U+2060 (word joiner) is an invisible way to stop autolinking; a reader does not see it.
    assert title.inner_text().replace("\u2060", "") == brief_title(HOSTILE_TRIAL)
    assert title.locator("a[href^='http']").count() == 0, "the sponsor's URL became a link"
    text = main.inner_text()
    for garbage in ("&gt;", "&lt;", "&amp;", "\\."):
        assert garbage not in text, f"{garbage!r} shown to the reader"


def test_on_a_phone_the_page_does_not_scroll_sideways(browser, app_url):
    context = browser.new_context(**PHONE)
    try:
        phone = context.new_page()
        open_app(phone, app_url)
        assert results_caption(phone).is_visible()
        width, viewport = phone.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert width <= viewport, f"page is {width}px wide in a {viewport}px screen"
        no_exception_box(phone)
    finally:
        context.close()


def test_near_me_sorts_by_distance(page, app_url):
    open_app(page, app_url, "/?near=02115&radius=500mi")
    caption = results_caption(page)
    assert "within 500 mi of" in caption.inner_text()
    near_box = page.get_by_test_id("stSidebar").get_by_label("US ZIP code or city")
    assert near_box.input_value() == "02115"
    count = caption_count(page)

    _, text = download_csv(page, "Download trials (CSV)")
    header, rows = csv_rows(text)
    assert header[-2:] == ["nearest_site", "distance_mi"]
    assert len(rows) == count
    distances = [row["distance_mi"] for row in rows]
    known = [float(d) for d in distances if d]
    assert known, "no trial has a distance"
    assert known == sorted(known)
    assert all(d <= 500 for d in known)
    assert distances == [*distances[: len(known)], *[""] * (len(distances) - len(known))]
    no_exception_box(page)


def test_a_malformed_link_shows_a_notice_not_a_crash(page, app_url):
    open_app(page, app_url, "/?indication=lupus&age=old")
    notice = page.get_by_test_id("stAlert").filter(has_text="lupus")
    assert notice.first.is_visible()
    assert results_caption(page).is_visible()
    no_exception_box(page)


def test_the_about_page_explains_rems_and_is_not_medical_advice(page, app_url):
    open_app(page, app_url, "/about")
    main = page.get_by_test_id("stMain")
    assert main.get_by_role("heading", name="About lenalidomide").is_visible()
    assert main.get_by_text("REMS").first.is_visible()
    assert main.get_by_text("not medical advice").is_visible()
    no_exception_box(page)


def choose(page: Any, label: str, option: str) -> None:
    """Pick an option in a sidebar multiselect the way a person does: open it, click, close."""
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text=label)
    # Typing opens the list and narrows it, as a person on a keyboard does.
    box.locator("input").press_sequentially(option)
    page.get_by_role("option", name=re.compile("^" + re.escape(option) + r" \(\d+\)$")).click()
    page.keyboard.press("Escape")
    wait_idle(page)


def sidebar_box(page: Any, label: str) -> str:
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text=label)
    return str(box.inner_text())


def test_choices_stay_chosen_while_their_counts_change(page, app_url):
    """Counts beside choices follow the other filters; a changed count must not drop a choice."""
    open_app(page, app_url)
    choose(page, "Disease (indication)", "Mantle cell lymphoma")
    choose(page, "Phase", "Phase 2")
    choose(page, "Status", "Recruiting")
    caption = results_caption(page).inner_text()
    assert "in mantle cell lymphoma" in caption and "phase 2" in caption, caption
    assert "recruiting" in caption
    query = parse_qs(urlparse(page.url).query)
    assert (query["indication"], query["phase"], query["status"]) == (
        ["mcl"],
        ["2"],
        ["recruiting"],
    )
    assert re.search(r"Mantle cell lymphoma \(\d+\)", sidebar_box(page, "Disease (indication)"))
    assert re.search(r"Phase 2 \(\d+\)", sidebar_box(page, "Phase"))
    no_exception_box(page)


def test_reading_about_and_coming_back_keeps_the_filters(page, app_url):
    open_app(page, app_url, "/?indication=mcl")
    choose(page, "Phase", "Phase 2")
    near_box = page.get_by_test_id("stSidebar").get_by_label("US ZIP code or city")
    near_box.fill("02115")
    near_box.press("Enter")
    wait_idle(page)
    before = results_caption(page).inner_text()
    assert before.endswith("phase 2, sorted by distance from ZIP 02115 (Boston, MA)"), before
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_text("About lenalidomide").click()
    wait_idle(page)
    assert page.get_by_test_id("stMain").get_by_text("REMS").first.is_visible()
    nav.get_by_text("Find trials").click()
    wait_idle(page)
    no_exception_box(page)
    assert results_caption(page).inner_text() == before
    query = parse_qs(urlparse(page.url).query)
    assert (query["indication"], query["phase"], query["near"]) == (["mcl"], ["2"], ["02115"])


def test_back_undoes_a_filter_change(page, app_url):
    open_app(page, app_url, "/?indication=myeloma")
    before = results_caption(page).inner_text()
    choose(page, "Phase", "Phase 3")
    assert "phase 3" in results_caption(page).inner_text()
    page.go_back()
    wait_idle(page)
    assert results_caption(page).inner_text() == before
    assert parse_qs(urlparse(page.url).query) == {"indication": ["myeloma"]}
    assert "Phase 3 (" not in sidebar_box(page, "Phase")
    no_exception_box(page)


def test_emptying_the_age_box_means_any_age(page, app_url):
    open_app(page, app_url, "/?age=70")
    assert "open to age 70" in results_caption(page).inner_text()
    age = page.get_by_test_id("stSidebar").get_by_label("Eligible at my age")
    age.fill("")
    age.press("Enter")
    wait_idle(page)
    assert "open to age" not in results_caption(page).inner_text()
    assert age.input_value() == "" and "age" not in parse_qs(urlparse(page.url).query)
