"""The fake ClinicalTrials.gov keeps the API contract the product relies on, and fails on demand."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.corpus import full_record, hostile_study, load_samples, make_studies
from tests.fakeapi import FakeCtGov

#: The product's projection, written the way the brief lists it (piece names and dotted paths).
PRODUCT_FIELDS = (
    "NCTId,BriefTitle,OfficialTitle,Acronym,OverallStatus,Phase,StudyType,Condition,Keyword,"
    "ConditionMeshTerm,protocolSection.armsInterventionsModule,BriefSummary,EligibilityCriteria,"
    "MinimumAge,MaximumAge,Sex,HealthyVolunteers,LeadSponsorName,LeadSponsorClass,StartDate,"
    "StudyFirstPostDate,LastUpdatePostDate,EnrollmentCount,"
    "protocolSection.contactsLocationsModule.centralContacts,"
    "protocolSection.contactsLocationsModule.locations"
)
INTR = 'lenalidomide OR Revlimid OR "CC-5013"'
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def fake() -> Iterator[FakeCtGov]:
    with FakeCtGov([*load_samples(), full_record(), hostile_study()]) as server:
        yield server


def get(fake: FakeCtGov, path: str, **params: Any) -> requests.Response:
    return requests.get(fake.base_url + path, params=params, timeout=5)


def ids(response: requests.Response) -> list[str]:
    return [
        s["protocolSection"]["identificationModule"]["nctId"] for s in response.json()["studies"]
    ]


def test_version(fake: FakeCtGov) -> None:
    assert get(fake, "/version").json() == {
        "apiVersion": "2.0.5",
        "dataTimestamp": "2026-11-20T09:00:06",
    }
    fake.data_timestamp = "2026-11-21T09:00:05"
    assert get(fake, "/version").json()["dataTimestamp"] == "2026-11-21T09:00:05"


def test_unknown_parameter_is_400_with_text_body(fake: FakeCtGov) -> None:
    response = get(fake, "/studies", **{"query.intr": INTR, "filter.phase": "PHASE3"})
    assert response.status_code == 400
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.text == "`filter.phase` is unknown parameter"


@pytest.mark.parametrize("name", ["Bogus", "NumLocations", "protocolSection.nope", "Sponsor"])
def test_invalid_field_name_is_400(fake: FakeCtGov, name: str) -> None:
    response = get(fake, "/studies", fields=f"NCTId,{name}")
    assert response.status_code == 400
    assert response.text == f"Parameter 'fields' contains invalid field name: '{name}'"


def test_product_projection_drops_results_and_keeps_sites(fake: FakeCtGov) -> None:
    full = get(fake, "/studies", **{"filter.ids": "NCT02513394"})
    projected = get(fake, "/studies", **{"filter.ids": "NCT02513394", "fields": PRODUCT_FIELDS})
    assert projected.status_code == 200, projected.text
    [study] = projected.json()["studies"]
    assert set(study) == {"protocolSection", "derivedSection"}  # no hasResults unless asked
    assert "resultsSection" not in study and "documentSection" not in study
    assert set(study["derivedSection"]["conditionBrowseModule"]["meshes"][0]) == {"term"}
    sites = study["protocolSection"]["contactsLocationsModule"]["locations"]
    assert len(sites) == 437
    assert sum("geoPoint" in site for site in sites) == 435
    assert len(projected.content) * 5 < len(full.content)


def test_nested_list_projection(fake: FakeCtGov) -> None:
    response = get(fake, "/studies/NCT02513394", fields="NCTId|LocationGeoPoint|ArmGroupLabel")
    protocol = response.json()["protocolSection"]
    sites = protocol["contactsLocationsModule"]["locations"]
    assert len(sites) == 435  # the two sites without a geoPoint have nothing left
    assert all(
        set(site) == {"geoPoint"} and set(site["geoPoint"]) == {"lat", "lon"} for site in sites
    )
    assert protocol["armsInterventionsModule"] == {
        "armGroups": [{"label": "Arm A"}, {"label": "Arm B"}]
    }
    whole = get(fake, "/studies/NCT02513394", fields="ConditionsModule,HasResults").json()
    assert whole == {
        "protocolSection": {
            "conditionsModule": full_record()["protocolSection"]["conditionsModule"]
        },
        "hasResults": True,
    }


def test_single_study_not_found(fake: FakeCtGov) -> None:
    assert get(fake, "/studies/NCT00000001").status_code == 404
    assert get(fake, "/studies/NCT02513394", pageSize="5").status_code == 400


def test_paging_past_1000_with_an_exactly_full_last_page() -> None:
    with FakeCtGov(make_studies(2000)) as fake:
        params = {"fields": "NCTId", "pageSize": "5000", "countTotal": "true"}
        pages, token = [], None
        while True:
            response = get(fake, "/studies", **params, **({"pageToken": token} if token else {}))
            assert response.status_code == 200, response.text
            payload = response.json()
            pages.append(payload)
            token = payload.get("nextPageToken")
            if not token:
                break
    assert [len(p["studies"]) for p in pages] == [1000, 1000, 0]  # cut to 1000; the quirk
    assert pages[-1] == {"studies": []}
    assert [p.get("totalCount") for p in pages] == [2000, None, None]
    assert (
        len(
            {
                s["protocolSection"]["identificationModule"]["nctId"]
                for p in pages
                for s in p["studies"]
            }
        )
        == 2000
    )
    assert [r.page for r in fake.requests] == [0, 1, 2]


def test_page_token_is_bound_to_the_other_parameters(fake: FakeCtGov) -> None:
    first = get(fake, "/studies", **{"query.intr": INTR, "pageSize": "5"}).json()
    token = first["nextPageToken"]
    # pageSize and countTotal may change between pages (the spec says so) ...
    again = get(fake, "/studies", **{"query.intr": INTR, "pageSize": "7", "pageToken": token})
    assert again.status_code == 200 and len(again.json()["studies"]) == 7
    # ... anything else may not, and garbage is refused.
    other = get(fake, "/studies", **{"query.intr": "lenalidomide", "pageToken": token})
    assert other.status_code == 400
    assert get(fake, "/studies", **{"query.intr": INTR, "pageToken": "garbage!"}).status_code == 400


@pytest.mark.parametrize(
    ("size", "status", "count"), [("0", 200, 10), ("-1", 400, 0), ("ten", 400, 0)]
)
def test_page_size_validation(fake: FakeCtGov, size: str, status: int, count: int) -> None:
    response = get(fake, "/studies", pageSize=size)
    assert response.status_code == status
    if status == 200:
        assert len(response.json()["studies"]) == count


def test_status_filter_and_intervention_query(fake: FakeCtGov) -> None:
    open_only = get(
        fake,
        "/studies",
        fields="NCTId,OverallStatus",
        pageSize="100",
        **{"filter.overallStatus": "RECRUITING|NOT_YET_RECRUITING"},
    )
    statuses = {
        s["protocolSection"]["statusModule"]["overallStatus"] for s in open_only.json()["studies"]
    }
    assert statuses == {"RECRUITING", "NOT_YET_RECRUITING"}
    everything = get(fake, "/studies", fields="NCTId", pageSize="100")
    assert 30 < len(ids(open_only)) < len(ids(everything)) == 43
    assert get(fake, "/studies", **{"filter.overallStatus": "OPEN"}).status_code == 400

    revlimid = ids(
        get(fake, "/studies", fields="NCTId", pageSize="100", **{"query.intr": '"revlimid"'})
    )
    assert "NCT04071457" in revlimid and "NCT09999999" in revlimid and "NCT02513394" not in revlimid
    lenalidomide = ids(
        get(fake, "/studies", fields="NCTId", pageSize="100", **{"query.intr": INTR})
    )
    assert len(lenalidomide) == 42  # every sample and the hostile one; not the breast-cancer record
    assert ids(get(fake, "/studies", **{"query.intr": "thalidomide OR aspirin"})) == []


def test_geo_filter_reads_a_bare_radius_as_metres(fake: FakeCtGov) -> None:
    near = ids(
        get(fake, "/studies", fields="NCTId", **{"filter.geo": "distance(42.36,-71.06,5mi)"})
    )
    assert "NCT09999999" in near
    metres = ids(
        get(fake, "/studies", fields="NCTId", **{"filter.geo": "distance(42.36,-71.06,5)"})
    )
    assert "NCT09999999" not in metres
    assert get(fake, "/studies", **{"filter.geo": "near(boston)"}).status_code == 400


def test_studies_can_be_swapped_between_requests(fake: FakeCtGov) -> None:
    fake.studies = [hostile_study()]
    assert ids(get(fake, "/studies")) == ["NCT09999999"]


def test_requests_are_recorded(fake: FakeCtGov) -> None:
    response = get(fake, "/studies", fields="NCTId,BriefTitle", **{"query.intr": INTR})
    [recorded] = fake.requests
    assert recorded.path == "/api/v2/studies"
    assert recorded.params == {"fields": ["NCTId,BriefTitle"], "query.intr": [INTR]}
    assert (recorded.status, recorded.bytes_sent, recorded.page) == (200, len(response.content), 0)
    assert recorded.headers["User-Agent"].startswith("python-requests")


def test_stop_cuts_kept_alive_connections() -> None:
    session = requests.Session()
    with FakeCtGov([]) as fake:
        assert session.get(fake.base_url + "/version", timeout=5).status_code == 200
    with pytest.raises(requests.ConnectionError):
        session.get(fake.base_url + "/version", timeout=5)


def test_latency_is_added_to_every_response() -> None:
    with FakeCtGov([], latency=0.2) as fake:
        started = time.monotonic()
        assert get(fake, "/version").status_code == 200
        assert time.monotonic() - started >= 0.2


@pytest.mark.parametrize(
    ("fault", "status", "content_type"),
    [
        ("429", 429, "text/plain"),
        ("500", 500, "text/plain"),
        ("503", 503, "text/plain"),
        ("html", 200, "text/html"),
    ],
)
def test_status_faults(fake: FakeCtGov, fault: str, status: int, content_type: str) -> None:
    fake.inject(fault, retry_after=2)
    response = get(fake, "/studies")
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith(content_type)
    if fault == "html":
        assert response.text == "<html><body>Service Unavailable</body></html>"
    else:
        assert response.headers["Retry-After"] == "2"
    assert get(fake, "/studies").status_code == 200  # consumed
    assert [r.fault for r in fake.requests] == [fault, None]


def test_drop_closes_the_connection_without_an_answer(fake: FakeCtGov) -> None:
    fake.inject("drop")
    with pytest.raises(requests.ConnectionError):
        get(fake, "/studies")
    assert fake.requests[-1].status == 0
    assert get(fake, "/studies").status_code == 200


def test_slow_answers_late_but_normally(fake: FakeCtGov) -> None:
    fake.inject("slow", delay=0.3)
    started = time.monotonic()
    response = get(fake, "/studies")
    assert time.monotonic() - started >= 0.3
    assert response.status_code == 200 and len(response.json()["studies"]) == 10
    fake.inject("slow", delay=1.0)
    with pytest.raises(requests.Timeout):
        requests.get(fake.base_url + "/studies", timeout=0.2)


def test_payload_faults(fake: FakeCtGov) -> None:
    fake.inject("bad-json")
    response = get(fake, "/studies")
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/json"
    with pytest.raises(ValueError):
        json.loads(response.content)

    fake.inject("wrong-shape")
    assert get(fake, "/studies").json() == {"studies": "oops"}

    fake.inject("missing-modules")
    studies = get(fake, "/studies", fields=PRODUCT_FIELDS, **{"query.intr": INTR}).json()["studies"]
    for study in studies:
        assert set(study) == {"protocolSection"}
        assert set(study["protocolSection"]) == {"identificationModule", "armsInterventionsModule"}
        assert "lenalidomide" in json.dumps(study).lower()


def test_fault_on_a_given_page_several_times(fake: FakeCtGov) -> None:
    fake.inject("503", on_page=1, times=2)
    first = get(fake, "/studies", pageSize="5")
    assert first.status_code == 200
    token = first.json()["nextPageToken"]
    statuses = [get(fake, "/studies", pageSize="5", pageToken=token).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert [(r.page, r.fault) for r in fake.requests] == [
        (0, None),
        (1, "503"),
        (1, "503"),
        (1, None),
    ]


def test_version_fault_and_clear(fake: FakeCtGov) -> None:
    fake.inject("version-500")
    assert get(fake, "/studies").status_code == 200  # /studies faults and /version faults are apart
    assert get(fake, "/version").status_code == 500
    fake.inject("500", times=3)
    fake.clear_faults()
    assert get(fake, "/studies").status_code == 200
    with pytest.raises(ValueError):
        fake.inject("teapot")


def test_standalone_prints_its_url_first() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakeapi", "--port", "0", "--studies", "3"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api/v2")
        payload = requests.get(url + "/studies", params={"fields": "NCTId"}, timeout=5).json()
        assert ids_of(payload) == ["NCT90000000", "NCT90000001", "NCT90000002"]
    finally:
        process.terminate()
        process.wait(timeout=5)


def ids_of(payload: dict[str, Any]) -> list[str]:
    return [s["protocolSection"]["identificationModule"]["nctId"] for s in payload["studies"]]


def test_corpus_shapes() -> None:
    samples = load_samples()
    assert len(samples) == 41 and samples == load_samples()  # deterministic, fresh copies
    assert samples[0] is not load_samples()[0]
    for study in samples:
        protocol = study["protocolSection"]
        assert protocol["sponsorCollaboratorsModule"]["leadSponsor"]["class"]
        assert protocol["contactsLocationsModule"]["locations"]
        assert "studyFirstPostDateStruct" in protocol["statusModule"]
    site_statuses = {
        site["status"]
        for s in samples
        for site in s["protocolSection"]["contactsLocationsModule"]["locations"]
    }
    assert {"RECRUITING", "NOT_YET_RECRUITING", "COMPLETED", "WITHDRAWN"} <= site_statuses

    generated = make_studies(1000, seed=1)
    sites = [
        len(s["protocolSection"]["contactsLocationsModule"].get("locations", [])) for s in generated
    ]
    assert 8 < sum(sites) / len(sites) < 12 and max(sites) <= 40 and min(sites) == 0
    assert len({s["protocolSection"]["identificationModule"]["nctId"] for s in generated}) == 1000
    assert sum("resultsSection" in s for s in generated) == 111

    hostile = hostile_study()
    assert hostile["protocolSection"]["identificationModule"]["briefTitle"].startswith(
        "=HYPERLINK("
    )
    assert len(hostile["protocolSection"]["contactsLocationsModule"]["locations"]) == 2
