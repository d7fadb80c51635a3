"""Normalising raw studies: the real full record, partial dates, ages, and schema drift."""

from __future__ import annotations

import json

import pytest

from tests.corpus import full_record, load_samples
from trials.normalize import (
    match_alias,
    other_drugs,
    parse_age_years,
    phase_text,
    study_to_sites,
    study_to_trial,
)


@pytest.fixture(scope="module")
def real():
    return full_record()


def test_the_real_full_record_normalises(real):
    trial = study_to_trial(real)
    assert trial.nct_id == "NCT02513394"
    assert trial.brief_title == "PALbociclib CoLlaborative Adjuvant Study"
    assert trial.official_title.startswith("PALbociclib CoLlaborative Adjuvant Study: A Randomized")
    assert trial.status == "ACTIVE_NOT_RECRUITING"
    assert trial.phases == ("PHASE3",) and trial.phase_text == "Phase 3"
    assert trial.study_type == "INTERVENTIONAL"
    assert trial.conditions == ("Breast Cancer",)
    assert trial.keywords == ("HR+/HER2- breast cancer", "Palbociclib")
    assert trial.condition_mesh_terms == ("Breast Neoplasms",)
    assert trial.min_age_years == 18 and trial.max_age_years is None  # absent = no limit
    assert trial.sex == "ALL"
    assert (trial.start_date, trial.start_date_precision) == ("2015-08", "month")
    assert trial.first_posted == "2015-07-31" and trial.last_update
    assert trial.enrollment == 5796
    assert trial.sponsor == "Alliance Foundation Trials, LLC." and trial.sponsor_class == "OTHER"
    assert trial.url == "https://clinicaltrials.gov/study/NCT02513394"
    # A palbociclib trial: it does not name lenalidomide, so it would be left out.
    assert trial.matched_as == ""
    assert "Palbociclib" in trial.other_drugs


def test_the_real_records_437_sites(real):
    sites = study_to_sites(real)
    assert len(sites) == 437
    first = sites[0]
    assert (first.facility, first.city, first.state, first.zip, first.country) == (
        "University of South Alabama Mitchell Cancer Institute", "Mobile", "Alabama", "36604",
        "United States",
    )  # fmt: skip
    assert (first.lat, first.lon) == (30.69436, -88.04305)
    without = [s for s in sites if s.lat is None]
    assert len(without) == 2 and {s.city for s in without} == {"Ried", "Santiago"}


@pytest.mark.parametrize(
    "text, years",
    [("18 Years", 18), ("6 Months", 0.5), ("2 Weeks", 0.0383), ("75 years", 75), ("", None),
     ("N/A", None), ("18", None)],
)  # fmt: skip
def test_ages_in_years(text, years):
    assert parse_age_years(text) == (pytest.approx(years, abs=1e-3) if years is not None else None)


@pytest.mark.parametrize(
    "phases, text",
    [(["PHASE1", "PHASE2"], "Phase 1/2"), (["PHASE3"], "Phase 3"), (["NA"], "Not applicable"),
     (["EARLY_PHASE1"], "Early phase 1"), ([], "")],
)  # fmt: skip
def test_phase_text(phases, text):
    assert phase_text(phases) == text


@pytest.mark.parametrize(
    "date, precision", [("2024", "year"), ("2024-03", "month"), ("2024-03-15", "day"), ("", "")]
)
def test_start_date_precision_is_kept(date, precision):
    study = {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT1"},
            "statusModule": {"startDateStruct": {"date": date}},
        }
    }
    trial = study_to_trial(study)
    assert (trial.start_date, trial.start_date_precision) == (date, precision)


def test_unknown_enrollment_is_blank_not_99999999():
    study = {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT1"},
            "designModule": {"enrollmentInfo": {"count": 99999999}},
        }
    }
    assert study_to_trial(study).enrollment is None


@pytest.mark.parametrize(
    "drifted",
    [
        {},
        {"protocolSection": None},
        {"protocolSection": {"identificationModule": {"nctId": "NCT1", "briefTitle": 5}}},
        {"protocolSection": {"identificationModule": {"nctId": "NCT1"},
                             "designModule": {"phases": "PHASE2"},
                             "conditionsModule": {"conditions": "Myeloma"},
                             "contactsLocationsModule": {"locations": {"city": "x"}}}},
        {"protocolSection": {"identificationModule": {"nctId": "NCT1"},
                             "contactsLocationsModule": {"locations": [
                                 {"city": "Lyon", "geoPoint": {"lat": "45.7", "lon": 4.8}},
                                 {"city": "Nowhere", "geoPoint": {"lat": 95, "lon": 4.8}},
                                 "not a location"]}}},
    ],
)  # fmt: skip
def test_schema_drift_gives_blanks_not_a_crash(drifted):
    trial = study_to_trial(drifted)
    assert trial.phases == () or isinstance(trial.phases, tuple)
    for site in study_to_sites(drifted):
        assert site.lat is None and site.lon is None


def test_aliases_and_other_drugs_from_real_sample_phrasing():
    samples = {s["protocolSection"]["identificationModule"]["nctId"]: s for s in load_samples()}
    assert all(match_alias(s) for s in samples.values())
    # "Bendamustine and Rituximab induction with Rituximab and Lenalidomide Maintenance"
    regimen = [
        {
            "type": "DRUG",
            "name": "Bendamustine and Rituximab induction with Rituximab "
            "and Lenalidomide Maintenance",
        }
    ]
    assert other_drugs(regimen) == ("Bendamustine", "Rituximab")
    partners = other_drugs(
        [
            {"type": "DRUG", "name": "Lenalidomide", "otherNames": ["Revlimid"]},
            {"type": "DRUG", "name": "dexamethasone"},
            {"type": "DRUG", "name": "Placebo"},
            {"type": "BIOLOGICAL", "name": "Daratumumab"},
            {"type": "PROCEDURE", "name": "Autologous Stem Cell Transplant"},
        ]
    )
    assert partners == ("Dexamethasone", "Daratumumab")


def test_records_survive_a_json_round_trip(real):
    assert study_to_trial(json.loads(json.dumps(real))) == study_to_trial(real)


def test_space_separated_regimens_are_split_into_drugs():
    # NCT04483739 registers its arms as "Isatuximab Carfilzomib Lenalidomide Dexamethasone".
    assert other_drugs(
        [
            {"type": "DRUG", "name": "Carfilzomib Lenalidomide Dexamethasone"},
            {"type": "DRUG", "name": "Isatuximab Carfilzomib Lenalidomide Dexamethasone"},
            {"type": "DRUG", "name": "Brentuximab vedotin + lenalidomide"},
        ]
    ) == ("Carfilzomib", "Dexamethasone", "Isatuximab", "Brentuximab vedotin")


def test_one_drug_has_one_name_whatever_its_salt_or_form():
    from trials.normalize import other_drugs

    interventions = [
        {"type": "DRUG", "name": name}
        for name in ("Bendamustine Hydrochloride", "bendamustine", "Daratumumab/rHuPH20",
                     "Daratumumab SC", "Dexamethasone tablets", "Brentuximab vedotin")
    ]  # fmt: skip
    assert other_drugs(interventions) == (
        "Bendamustine", "Daratumumab", "Dexamethasone", "Brentuximab vedotin"
    )  # fmt: skip
