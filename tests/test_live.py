"""The real ClinicalTrials.gov API: opt-in only (TRIALS_LIVE_TESTS=1), never in CI.

These check that the real API still accepts our exact query and projection, which the fake
server can only promise to mimic.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trials.api import StudiesClient, search_params
from trials.config import DEFAULT_API_URL
from trials.http import build_session
from trials.normalize import study_to_trial

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("TRIALS_LIVE_TESTS") != "1",
        reason="talks to the real ClinicalTrials.gov; set TRIALS_LIVE_TESTS=1 to run",
    ),
]


@pytest.fixture
def client(tmp_path: Path) -> StudiesClient:
    return StudiesClient(build_session(tmp_path, min_interval=1.0, retries=2), DEFAULT_API_URL)


def test_the_real_api_accepts_our_query_and_fields(client: StudiesClient):
    assert client.data_timestamp()
    page = next(client.iter_pages(search_params() | {"pageSize": "20"}))
    assert page.total_count and page.total_count > 0
    trials = [study_to_trial(s) for s in page.studies]
    assert all(t.nct_id.startswith("NCT") for t in trials)
    assert sum(bool(t.matched_as) for t in trials) >= len(trials) * 0.9
