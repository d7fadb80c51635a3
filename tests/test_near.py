"""Near me: distance to the nearest *recruiting* site, sorted nearest first, in the CSV and link."""

from __future__ import annotations

import csv
import io

import pytest

from trials.errors import InvalidInput
from trials.export import NEAR_COLUMNS, TRIAL_COLUMNS, sites_table, to_csv_bytes, trials_table
from trials.filters import TrialFilter
from trials.model import Classification, Indication, Site, Trial
from trials.places import resolve_place
from trials.table import sites_frame, trials_frame

BOSTON = (42.3601, -71.0589)
NEW_YORK = (40.7128, -74.0060)
PROVIDENCE = (41.8240, -71.4128)
CHICAGO = (41.8781, -87.6298)


def t(nct: str, status: str = "RECRUITING") -> Trial:
    return Trial(nct_id=nct, brief_title=f"Trial {nct}", status=status,
                 classification=Classification(indications=(Indication.MYELOMA,)))  # fmt: skip


TRIALS = [
    t("NCT_FAR"),
    t("NCT_NY"),
    t("NCT_MIX"),
    t("NCT_UNKNOWN"),
    t("NCT_SOON", "NOT_YET_RECRUITING"),
]
SITES = [
    Site("NCT_FAR", facility="Chicago Cancer", city="Chicago", status="RECRUITING",
         lat=CHICAGO[0], lon=CHICAGO[1]),
    Site("NCT_NY", facility="NY Myeloma", city="New York", status="RECRUITING",
         lat=NEW_YORK[0], lon=NEW_YORK[1]),
    # The nearest site of this trial has stopped recruiting; the farther one is open.
    Site("NCT_MIX", facility="Providence Closed", city="Providence", status="COMPLETED",
         lat=PROVIDENCE[0], lon=PROVIDENCE[1]),
    Site("NCT_MIX", facility="Chicago Open", city="Chicago", status="RECRUITING",
         lat=CHICAGO[0], lon=CHICAGO[1]),
    Site("NCT_UNKNOWN", facility="Somewhere Hospital", city="Ried", status="RECRUITING"),
    Site("NCT_SOON", facility="Providence Soon", city="Providence", status="NOT_YET_RECRUITING",
         lat=PROVIDENCE[0], lon=PROVIDENCE[1]),
]  # fmt: skip


@pytest.fixture(scope="module")
def tables():
    return trials_frame(TRIALS, SITES), sites_frame(SITES)


def near(text: str, radius: str | None = None, **kw) -> TrialFilter:
    query = {"near": [text]} | ({"radius": [radius]} if radius else {}) | kw
    f, notices = TrialFilter.from_query(query)
    assert notices == []
    return f


def test_sorted_nearest_first_with_unknown_distances_last(tables):
    result = near("02115").apply(*tables)
    assert list(result["nct_id"]) == ["NCT_SOON", "NCT_NY", "NCT_FAR", "NCT_MIX", "NCT_UNKNOWN"]
    ny = result.set_index("nct_id").loc["NCT_NY"]
    assert ny["nearest_site"] == "NY Myeloma"
    assert ny["distance_mi"] == pytest.approx(190, rel=0.05)
    assert result.set_index("nct_id")["distance_mi"].isna().tolist()[-1]  # unknown, never 0


def test_a_closed_nearer_site_does_not_count(tables):
    mix = near("Boston, MA").apply(*tables).set_index("nct_id").loc["NCT_MIX"]
    assert mix["nearest_site"] == "Chicago Open"
    assert mix["distance_mi"] > 800


def test_not_yet_recruiting_sites_count_only_when_that_status_is_included(tables):
    only_recruiting = near("02115", status=["recruiting"]).apply(*tables)
    assert "NCT_SOON" not in set(only_recruiting["nct_id"])
    both = near("02115", status=["recruiting", "not-yet-recruiting"]).apply(*tables)
    assert both.iloc[0]["nct_id"] == "NCT_SOON"


def test_radius_keeps_only_trials_within_reach_and_says_so(tables):
    f = near("02115", "250")
    assert list(f.apply(*tables)["nct_id"]) == ["NCT_SOON", "NCT_NY"]
    assert f.describe(2).startswith("2 trials within 250 mi of ")
    km = near("02115", "150km")
    assert list(km.apply(*tables)["nct_id"]) == ["NCT_SOON"]  # 150 km ≈ 93 mi: not New York
    assert "within 150 km of" in km.describe(1)


def test_near_and_radius_round_trip_through_the_link():
    f = near("Lyon, France", "150km")
    query = f.to_query()
    assert query["near"] == ["Lyon, France"] and query["radius"] == ["150km"]
    assert TrialFilter.from_query(query)[0] == f


def test_an_unknown_place_is_a_notice_and_no_filter():
    f, notices = TrialFilter.from_query({"near": ["Atlantis Under The Sea"], "radius": ["50"]})
    assert f.place is None and f.radius is None
    assert len(notices) == 1 and "Atlantis" in notices[0] and "not applied" in notices[0]
    with pytest.raises(InvalidInput, match="Atlantis"):
        TrialFilter.parse_strict({"near": ["Atlantis Under The Sea"]})


def test_an_ambiguous_place_says_which_one_was_used():
    place = resolve_place("Springfield")
    assert "most populous" in place.note and place.label in place.note


def test_csv_gets_nearest_site_and_distance_columns(tables):
    f = near("02115", "250")
    trials = f.apply(*tables)
    text = to_csv_bytes(trials_table(trials)).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == TRIAL_COLUMNS + NEAR_COLUMNS
    assert [(r["nct_id"], r["nearest_site"]) for r in rows] == [
        # A site that is not recruiting yet still counts here, and says so.
        ("NCT_SOON", "Providence Soon (not yet recruiting)"), ("NCT_NY", "NY Myeloma")]  # fmt: skip
    assert 180 < float(rows[1]["distance_mi"]) < 200
    site_rows = list(csv.DictReader(io.StringIO(
        to_csv_bytes(sites_table(f.sites_of(trials, tables[1]), trials)).decode("utf-8-sig"))))  # fmt: skip
    assert "distance_mi" in site_rows[0]


def test_without_a_place_the_csv_has_no_distance_columns(tables):
    header = to_csv_bytes(trials_table(TrialFilter().apply(*tables))).decode("utf-8-sig")
    assert header.splitlines()[0] == ",".join(TRIAL_COLUMNS)


@pytest.mark.parametrize(
    "query, unit",
    [({"near": ["02115"]}, "mi"), ({"near": ["Boston, MA"]}, "mi"), ({"near": ["Lyon"]}, "km"),
     ({"near": ["Lyon"], "radius": ["100mi"]}, "mi"), ({"near": ["02115"], "radius": ["80km"]}, "km")],
)  # fmt: skip
def test_distances_are_shown_in_the_unit_people_there_use(query, unit):
    assert TrialFilter.from_query(query)[0].distance_unit() == unit


def test_the_list_and_the_detail_say_when_the_nearest_site_is_not_recruiting_yet(tables):
    from trials.present import results_table, trial_detail

    f = near("02115")
    table = results_table(f.apply(*tables))  # indexed by NCT ID
    assert table.loc["NCT_SOON", "nearest"].endswith("(not yet recruiting)")
    assert not table.loc["NCT_NY", "nearest"].endswith("(not yet recruiting)")
    assert table.loc["NCT_UNKNOWN", "distance"] == "distance unknown"
    detail = trial_detail(*tables, "NCT_SOON", place=f.place, site_statuses=f.site_statuses())
    assert detail is not None and detail.nearest is not None
    assert detail.nearest.startswith("Nearest site (not yet recruiting): Providence Soon")
