"""Shared fixtures: a fake ClinicalTrials.gov on loopback and Settings pointing at it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.corpus import load_samples
from tests.fakeapi import FakeCtGov
from trials.config import Settings

NOW = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)


def chromium_path() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return found or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests skip only when there is no Chromium and we are not in CI."""
    if chromium_path() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="no Chromium at /usr/bin/chromium (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def fake_api() -> Iterator[FakeCtGov]:
    with FakeCtGov(load_samples()) as server:
        yield server


def make_settings(api_url: str, cache_dir: Path, **overrides: object) -> Settings:
    """Fast, polite-enough settings for tests: no throttle wait, tiny backoff."""
    values: dict[str, object] = {
        "api_url": api_url,
        "cache_dir": cache_dir,
        "max_age": timedelta(hours=6),
        "min_interval": 0.0,
        "timeout": 5.0,
        "retries": 3,
        "backoff": 0.01,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(fake_api: FakeCtGov, tmp_path: Path) -> Settings:
    return make_settings(fake_api.base_url, tmp_path / "cache")
