"""Near me: places people type, radii, distances, and each trial's nearest open site."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from trials.errors import InvalidInput, TrialsError
from trials.geo import DEFAULT_RADIUS, Radius, distances_miles, nearest_sites, parse_radius
from trials.model import Status
from trials.places import Place, resolve_place

BOSTON = (42.3601, -71.0589)
NEW_YORK = (40.7128, -74.0060)
NEW_HAVEN = (41.3083, -72.9279)
OPEN = ("RECRUITING",)
OPEN_OR_SOON = ("RECRUITING", "NOT_YET_RECRUITING")


def miles_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(distances_miles(a[0], a[1], np.array([b[0]]), np.array([b[1]]))[0])


# --- distances and radii ----------------------------------------------------------------------


def test_boston_to_new_york_is_about_190_miles() -> None:
    assert miles_between(BOSTON, NEW_YORK) == pytest.approx(190, rel=0.03)


def test_distances_are_vectorised_and_missing_coordinates_stay_unknown() -> None:
    got = distances_miles(
        *BOSTON, np.array([BOSTON[0], np.nan, 0.0]), np.array([BOSTON[1], 0.0, np.nan])
    )
    assert got[0] == pytest.approx(0.0, abs=1e-9)
    assert np.isnan(got[1]) and np.isnan(got[2])


def test_antipodes_are_half_the_earth_not_nan() -> None:
    assert miles_between((0.0, 0.0), (0.0, 180.0)) == pytest.approx(math.pi * 3958.8)


@pytest.mark.parametrize(
    ("typed", "value", "unit"),
    [
        ("100", 100, "mi"),
        ("100mi", 100, "mi"),
        ("100 mi", 100, "mi"),
        (" 25 Miles ", 25, "mi"),
        ("150km", 150, "km"),
        ("150 km", 150, "km"),
        ("150 KM", 150, "km"),
        ("80 kilometres", 80, "km"),
        ("1.5e2km", 150, "km"),
        ("2.5", 2.5, "mi"),
        (100, 100, "mi"),
        (42.5, 42.5, "mi"),
    ],
)
def test_parse_radius_understands_what_people_type(
    typed: str | float, value: float, unit: str
) -> None:
    assert parse_radius(typed) == Radius(value, unit)


@pytest.mark.parametrize("typed", [None, "", "   "])
def test_no_radius_means_the_default(typed: str | None) -> None:
    assert parse_radius(typed) == DEFAULT_RADIUS


@pytest.mark.parametrize(
    "typed", ["far", "100 parsecs", "100 m", "mi", "1,000", "nan", "inf", "1e999", True]
)
def test_parse_radius_rejects_junk_with_a_sentence(typed: str | bool) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_radius(typed)
    assert "100 mi" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("typed", ["0", "0 km", "-5", "-5 mi", 0, -3.0])
def test_parse_radius_rejects_zero_and_negative(typed: str | float) -> None:
    with pytest.raises(InvalidInput, match="more than zero"):
        parse_radius(typed)


def test_radius_converts_km_to_miles_and_describes_itself_as_typed() -> None:
    assert Radius(160.9344, "km").miles == pytest.approx(100)
    assert Radius(100, "mi").miles == 100
    assert parse_radius("150 km").describe() == "150 km"
    assert parse_radius("100").describe() == "100 mi"
    assert parse_radius("1.5km").describe() == "1.5 km"


# --- places -----------------------------------------------------------------------------------


def test_zip_code_resolves_near_boston() -> None:
    place = resolve_place("02115")
    assert place.kind == "zip"
    assert place.label == "ZIP 02115 (Boston, MA)"
    assert miles_between((place.lat, place.lon), BOSTON) < 5


@pytest.mark.parametrize("typed", ["02115-1234", " 02115 1234 ", "021151234"])
def test_zip_plus_four_is_the_same_place(typed: str) -> None:
    place, plain = resolve_place(typed), resolve_place("02115")
    assert (place.lat, place.lon, place.label) == (plain.lat, plain.lon, plain.label)
    assert place.query == typed.strip()


def test_unknown_zip_code_says_so() -> None:
    with pytest.raises(InvalidInput, match="couldn't find the US ZIP code “00000”"):
        resolve_place("00000")


def test_too_short_zip_code_says_how_long_one_is() -> None:
    with pytest.raises(InvalidInput, match="5 digits"):
        resolve_place("0211")


@pytest.mark.parametrize(
    ("typed", "label", "near"),
    [
        ("Boston, MA", "Boston, Massachusetts, United States", BOSTON),
        ("boston, massachusetts", "Boston, Massachusetts, United States", BOSTON),
        ("Boston, MA, USA", "Boston, Massachusetts, United States", BOSTON),
        ("Lyon", "Lyon, France", (45.7640, 4.8357)),
        ("Lyon, France", "Lyon, France", (45.7640, 4.8357)),
        ("Lyon, FR", "Lyon, France", (45.7640, 4.8357)),
        ("Lyon France", "Lyon, France", (45.7640, 4.8357)),
        ("Toronto, Canada", "Toronto, Ontario, Canada", (43.6532, -79.3832)),
        ("Toronto, ON", "Toronto, Ontario, Canada", (43.6532, -79.3832)),
        ("Zurich", "Zürich, Switzerland", (47.3769, 8.5417)),
        ("ZÜRICH", "Zürich, Switzerland", (47.3769, 8.5417)),
        ("Sao Paulo", "São Paulo, Brazil", (-23.5505, -46.6333)),
        ("Munich", "Munich, Germany", (48.1351, 11.5820)),
        ("Muenchen", "Munich, Germany", (48.1351, 11.5820)),
        ("Springfield, IL", "Springfield, Illinois, United States", (39.7817, -89.6501)),
        ("New York, NY", "New York City, New York, United States", NEW_YORK),
        ("St Louis", "St. Louis, Missouri, United States", (38.6270, -90.1994)),
        ("Seoul, Korea", "Seoul, South Korea", (37.5665, 126.9780)),
        ("Singapore", "Singapore", (1.3521, 103.8198)),
        ("Portland OR", "Portland, Oregon, United States", (45.5152, -122.6784)),
        ("Washington, DC", "Washington, District of Columbia, United States", (38.9072, -77.0369)),
        ("New York", "New York City, New York, United States", NEW_YORK),
    ],
)
def test_cities_people_type(typed: str, label: str, near: tuple[float, float]) -> None:
    place = resolve_place(typed)
    assert (place.kind, place.label, place.query) == ("city", label, typed)
    assert miles_between((place.lat, place.lon), near) < 25


@pytest.mark.parametrize(
    ("typed", "label", "near"),
    [
        ("Hanover, NH", "Hanover, New Hampshire, United States", (43.7022, -72.2896)),
        ("hanover nh", "Hanover, New Hampshire, United States", (43.7022, -72.2896)),
        ("Bar Harbor, Maine", "Bar Harbor, Maine, United States", (44.3876, -68.2039)),
        ("Bar Harbor", "Bar Harbor, Maine, United States", (44.3876, -68.2039)),
        ("St. Johnsbury, Vermont", "Saint Johnsbury, Vermont, United States", (44.4193, -72.0151)),
        ("Mt Kisco NY", "Mount Kisco, New York, United States", (41.2043, -73.7271)),
    ],
)
def test_small_us_towns_are_found_through_their_zip_codes(
    typed: str, label: str, near: tuple[float, float]
) -> None:
    """Towns below GeoNames' 15,000-people list: a patient types their town, not their ZIP."""
    place = resolve_place(typed)
    assert (place.kind, place.label, place.note) == ("city", label, "")
    assert miles_between((place.lat, place.lon), near) < 10


def test_a_small_town_name_shared_by_several_states_says_which_one() -> None:
    place = resolve_place("Spencer")
    assert place.label.startswith("Spencer, ") and place.label.endswith(", United States")
    assert "Several US towns are called Spencer" in place.note and place.label in place.note
    iowa = resolve_place("Spencer, IA")
    assert (iowa.label, iowa.note) == ("Spencer, Iowa, United States", "")
    assert miles_between((iowa.lat, iowa.lon), (place.lat, place.lon)) > 100
    with pytest.raises(InvalidInput, match="couldn't find “Bar Harbor” in France"):
        resolve_place("Bar Harbor, France")


def test_ambiguous_name_uses_the_most_populous_and_says_so() -> None:
    place = resolve_place("Springfield")
    assert place.label == "Springfield, Missouri, United States"
    assert "Several places are called Springfield" in place.note
    assert "Springfield, Missouri, United States" in place.note


def test_qualified_name_is_not_ambiguous() -> None:
    assert resolve_place("Springfield, IL").note == ""
    assert resolve_place("Lyon").note == ""


def test_a_region_we_cannot_check_is_ignored_and_said_so() -> None:
    place = resolve_place("Lyon, Rhône, France")
    assert place.label == "Lyon, France"
    assert "“Rhône”" in place.note


def test_portland_oregon_and_portland_maine_are_different_places() -> None:
    oregon, maine = resolve_place("Portland, OR"), resolve_place("Portland, ME")
    assert oregon.label == "Portland, Oregon, United States"
    assert maine.label == "Portland, Maine, United States"
    assert miles_between((oregon.lat, oregon.lon), (maine.lat, maine.lon)) > 2000


def test_unknown_place_message() -> None:
    with pytest.raises(InvalidInput) as caught:
        resolve_place("Xyzzyville")
    assert str(caught.value) == (
        "We couldn't find the place “Xyzzyville”. "
        "Try a US ZIP code or a city name such as “Lyon, France”."
    )


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (
            "France",
            "“France” is a whole country; please type a city in it, such as “Paris, France”",
        ),
        ("Texas", "“Texas” is a whole state or province"),
        ("Lyon, Narnia", "We don't know a state, province or country called “Narnia”."),
        ("Lyon, Texas", "We couldn't find “Lyon” in Texas, United States"),
        ("", "Please type a US ZIP code or a city name."),
        ("   ", "Please type a US ZIP code or a city name."),
    ],
)
def test_vague_or_impossible_places_get_one_sentence(typed: str, says: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        resolve_place(typed)
    message = str(caught.value)
    assert says in message and "\n" not in message
    assert isinstance(caught.value, TrialsError)


# --- nearest sites ----------------------------------------------------------------------------

SITE_COLUMNS = ["nct_id", "facility", "city", "state", "country", "status", "lat", "lon"]
HERE = Place(
    query="Boston",
    label="Boston, Massachusetts, United States",
    lat=BOSTON[0],
    lon=BOSTON[1],
    kind="city",
)


def sites_frame(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=SITE_COLUMNS)
    return frame.astype({"lat": "float64", "lon": "float64"})


def site(
    nct: str,
    name: str,
    status: str,
    where: tuple[float, float] | None,
    city: str = "",
    state: str = "",
    country: str = "United States",
) -> tuple[object, ...]:
    lat, lon = where if where is not None else (np.nan, np.nan)
    return (nct, name, city, state, country, status, lat, lon)


def test_a_farther_recruiting_site_beats_a_nearer_closed_one() -> None:
    sites = sites_frame(
        [
            site("NCT1", "Boston Closed Center", "COMPLETED", BOSTON, "Boston", "Massachusetts"),
            site("NCT1", "Yale Cancer Center", "RECRUITING", NEW_HAVEN, "New Haven", "Connecticut"),
        ]
    )
    got = nearest_sites(sites, HERE, site_statuses=OPEN)
    assert list(got.index) == ["NCT1"] and got.index.name == "nct_id"
    assert list(got.columns) == ["nearest_site", "nearest_city", "nearest_status", "distance_mi"]
    assert got.loc["NCT1", "nearest_site"] == "Yale Cancer Center"
    assert got.loc["NCT1", "nearest_city"] == "New Haven, Connecticut, United States"
    assert got.loc["NCT1", "distance_mi"] == pytest.approx(miles_between(BOSTON, NEW_HAVEN))


def test_not_yet_recruiting_sites_count_only_when_asked_for() -> None:
    sites = sites_frame(
        [
            site("NCT2", "Opening Soon Boston", "NOT_YET_RECRUITING", BOSTON, "Boston"),
            site("NCT2", "Open New York", "RECRUITING", NEW_YORK, "New York"),
        ]
    )
    open_only = nearest_sites(sites, HERE, site_statuses=OPEN)
    assert open_only.loc["NCT2", "nearest_site"] == "Open New York"
    assert open_only.loc["NCT2", "distance_mi"] == pytest.approx(190, rel=0.03)
    with_soon = nearest_sites(sites, HERE, site_statuses=OPEN_OR_SOON)
    assert with_soon.loc["NCT2", "nearest_site"] == "Opening Soon Boston"
    assert with_soon.loc["NCT2", "distance_mi"] == pytest.approx(0.0, abs=0.01)


def test_status_enums_work_as_site_statuses() -> None:
    sites = sites_frame([site("NCT1", "A", "RECRUITING", BOSTON)])
    got = nearest_sites(sites, HERE, site_statuses={Status.RECRUITING})
    assert list(got.index) == ["NCT1"]


def test_sites_without_coordinates_give_unknown_distance_not_zero() -> None:
    sites = sites_frame(
        [
            site("NCT3", "First, no geo", "RECRUITING", None, "Lyon", "", "France"),
            site("NCT3", "Second, no geo", "RECRUITING", None, "Paris", "", "France"),
            site("NCT4", "No geo but nearer", "RECRUITING", None, "Boston", "Massachusetts"),
            site("NCT4", "Has geo", "RECRUITING", NEW_YORK, "New York", "New York"),
        ]
    )
    got = nearest_sites(sites, HERE, site_statuses=OPEN)
    assert got.loc["NCT3", "nearest_site"] == "First, no geo"
    assert got.loc["NCT3", "nearest_city"] == "Lyon, France"
    assert np.isnan(got.loc["NCT3", "distance_mi"])
    assert got.loc["NCT4", "nearest_site"] == "Has geo"
    assert got.loc["NCT4", "distance_mi"] == pytest.approx(190, rel=0.03)


def test_trials_without_an_eligible_site_are_absent() -> None:
    sites = sites_frame(
        [
            site("NCT5", "Done", "COMPLETED", BOSTON),
            site("NCT5", "Unknown status", "", BOSTON),
            site("NCT6", "Open", "RECRUITING", NEW_YORK),
        ]
    )
    got = nearest_sites(sites, HERE, site_statuses=OPEN)
    assert list(got.index) == ["NCT6"]
    assert nearest_sites(sites, HERE, site_statuses=()).empty


def test_no_sites_gives_an_empty_frame_of_the_same_shape() -> None:
    got = nearest_sites(sites_frame([]), HERE, site_statuses=OPEN)
    assert got.empty
    assert list(got.columns) == ["nearest_site", "nearest_city", "nearest_status", "distance_mi"]
    assert got.index.name == "nct_id"


def test_a_hundred_thousand_sites_match_a_plain_groupby() -> None:
    rng = np.random.default_rng(4)
    n = 100_000
    trials = np.array([f"NCT{i:08d}" for i in rng.integers(0, 8_000, n)], dtype=object)
    lat, lon = rng.uniform(-60, 70, n), rng.uniform(-180, 180, n)
    lat[rng.random(n) < 0.1] = np.nan
    statuses = rng.choice(["RECRUITING", "NOT_YET_RECRUITING", "COMPLETED", ""], n)
    sites = pd.DataFrame(
        {
            "nct_id": trials,
            "facility": [f"Site {i}" for i in range(n)],
            "city": "Somewhere",
            "state": "",
            "country": "Elsewhere",
            "status": statuses,
            "lat": lat,
            "lon": lon,
        }
    )
    # A known answer: one trial with a recruiting site in New York and a closed one in Boston.
    sites.loc[0, ["nct_id", "status", "lat", "lon"]] = ["NCT99999999", "RECRUITING", *NEW_YORK]
    sites.loc[1, ["nct_id", "status", "lat", "lon"]] = ["NCT99999999", "COMPLETED", *BOSTON]

    got = nearest_sites(sites, HERE, site_statuses=OPEN)

    eligible = sites[sites["status"] == "RECRUITING"]
    distance = distances_miles(
        HERE.lat, HERE.lon, eligible["lat"].to_numpy(), eligible["lon"].to_numpy()
    )
    expected = pd.Series(distance, index=eligible["nct_id"]).groupby(level=0).min()
    assert set(got.index) == set(expected.index)
    pd.testing.assert_series_equal(
        got["distance_mi"].sort_index(), expected.sort_index(), check_names=False
    )
    assert got.loc["NCT99999999", "distance_mi"] == pytest.approx(190, rel=0.03)
    assert got["nearest_city"].eq("Somewhere, Elsewhere").all()
