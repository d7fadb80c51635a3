"""Take the README's screenshots: the app on the fake API (41 sample trials), in headless Chromium.

    .venv/bin/python docs/make_screenshots.py        # writes docs/screenshots/*.png

Reuses the browser tests' helpers, so the screenshots show exactly what the tests check.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: `tests` is a package at the root

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.test_browser import (  # noqa: E402
    DESKTOP,
    MYELOMA_TRIAL,
    PHONE,
    launch_chromium,
    open_app,
    results_caption,
    running_app,
    wait_idle,
)

OUT = ROOT / "docs" / "screenshots"
#: The results table and the map draw on canvases after the script has finished.
CANVAS_MS = 1500


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # "viewer": what a patient on another machine sees, without the developer's Deploy button.
    with running_app("--client.toolbarMode", "viewer") as url, sync_playwright() as p:
        browser = launch_chromium(p)
        desktop = browser.new_context(viewport=DESKTOP)
        page = desktop.new_page()

        open_app(page, url, "/?indication=myeloma&status=recruiting")
        results_caption(page).wait_for()
        page.get_by_test_id("stDataFrame").wait_for()
        page.wait_for_timeout(CANVAS_MS)
        page.screenshot(path=OUT / "main.png")

        open_app(page, url, f"/?trial={MYELOMA_TRIAL}")
        page.wait_for_timeout(CANVAS_MS)
        page.screenshot(path=OUT / "detail.png")

        open_app(page, url, "/?near=02115&radius=500mi")
        page.get_by_test_id("stMain").get_by_role("radio", name="Map", exact=True).click()
        wait_idle(page)
        page.get_by_test_id("stDeckGlJsonChart").wait_for()
        page.wait_for_timeout(CANVAS_MS)
        page.screenshot(path=OUT / "near.png")
        desktop.close()

        phone = browser.new_context(**PHONE)
        page = phone.new_page()
        open_app(page, url)
        results_caption(page).wait_for()
        page.wait_for_timeout(CANVAS_MS)
        page.screenshot(path=OUT / "phone.png")
        phone.close()
        browser.close()
    for name in ("main", "detail", "near", "phone"):
        print(OUT / f"{name}.png")


if __name__ == "__main__":
    main()
