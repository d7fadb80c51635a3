"""Distances for "near me": great-circle miles from a place to every site, vectorised."""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trials.errors import InvalidInput
from trials.model import Status
from trials.places import Place

EARTH_RADIUS_MI = 3958.8
KM_PER_MILE = 1.609344
RADIUS_HELP = "such as “100 mi” or “150 km”"


@dataclass(frozen=True, slots=True)
class Radius:
    """How far the person will travel, kept in the unit they typed so captions echo it back."""

    value: float
    unit: str

    def __post_init__(self) -> None:
        if self.unit not in ("mi", "km") or not (math.isfinite(self.value) and self.value > 0):
            raise ValueError(f"bad radius {self.value!r} {self.unit!r}")

    @property
    def miles(self) -> float:
        return self.value if self.unit == "mi" else self.value / KM_PER_MILE

    def describe(self) -> str:
        return f"{np.format_float_positional(float(self.value), trim='-')} {self.unit}"


DEFAULT_RADIUS = Radius(100.0, "mi")

_RADIUS_RE = re.compile(
    r"(?P<number>(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*"
    r"(?P<unit>mi|miles?|km|kms|kilomet(?:er|re)s?)?",
    re.IGNORECASE,
)


def parse_radius(text: str | float | None) -> Radius:
    """'100', '100 mi', '150km', 150 -> Radius (miles unless km is said); None or '' -> default.

    Raises InvalidInput for anything else, zero or negative.
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return DEFAULT_RADIUS
    if isinstance(text, bool):
        raise InvalidInput(f"Please give the distance as a number, {RADIUS_HELP}.")
    if isinstance(text, str):
        cleaned = text.strip()
        if cleaned.startswith("-"):
            raise InvalidInput(f"The distance must be more than zero, {RADIUS_HELP}.")
        match = _RADIUS_RE.fullmatch(cleaned)
        if match is None:
            raise InvalidInput(
                f"We didn't understand the distance “{cleaned}”; try one {RADIUS_HELP}."
            )
        value = float(match["number"])
        unit = "km" if (match["unit"] or "mi").lower().startswith("k") else "mi"
    else:  # a number from a slider or a URL already parsed upstream
        value, unit = float(text), "mi"
    if not math.isfinite(value):
        raise InvalidInput(f"Please give the distance as a number, {RADIUS_HELP}.")
    if value <= 0:
        raise InvalidInput(f"The distance must be more than zero, {RADIUS_HELP}.")
    return Radius(value, unit)


def distances_miles(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle (haversine) miles from one point to many; NaN coordinates give NaN."""
    lat1, lon1 = np.radians(lat), np.radians(lon)
    lat2 = np.radians(np.asarray(lats, dtype=np.float64))
    lon2 = np.radians(np.asarray(lons, dtype=np.float64))
    h = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    # Rounding can push h a hair past 1 for antipodes; clip keeps arcsin defined (NaN stays NaN).
    return 2 * EARTH_RADIUS_MI * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def nearest_sites(
    sites: pd.DataFrame, place: Place, *, site_statuses: Collection[str]
) -> pd.DataFrame:
    """Per trial, its nearest site whose own status is in site_statuses.

    Returns a frame indexed by nct_id (trials in order of first appearance) with nearest_site,
    nearest_city, nearest_status (the site's own) and distance_mi; distance_mi is NaN when no eligible site has coordinates, and
    then nearest_site is the trial's first eligible site. Trials without eligible sites are absent.
    """
    wanted = {str(status) for status in site_statuses}
    mask = sites["status"].isin(wanted).to_numpy() if wanted else np.zeros(len(sites), bool)
    nct_ids = sites["nct_id"].to_numpy()[mask]
    lats = pd.to_numeric(sites["lat"], errors="coerce").to_numpy(np.float64, na_value=np.nan)
    lons = pd.to_numeric(sites["lon"], errors="coerce").to_numpy(np.float64, na_value=np.nan)
    distance = distances_miles(place.lat, place.lon, lats[mask], lons[mask])

    codes, trials = pd.factorize(nct_ids)
    # Stable sort by (trial, distance): NaN sorts last, ties keep the sites' own order.
    order = np.lexsort((distance, codes))
    first_of_trial = np.ones(len(order), dtype=bool)
    first_of_trial[1:] = codes[order][1:] != codes[order][:-1]
    best = order[first_of_trial]  # position among eligible sites; trials come out in code order
    chosen = np.flatnonzero(mask)[best]  # row position in `sites`
    index = pd.Index(trials, dtype=str, name="nct_id")

    def text(column: str) -> list[str]:
        if column not in sites.columns:
            return [""] * len(chosen)
        return [str(value) for value in sites[column].iloc[chosen].fillna("").to_numpy()]

    cities = [
        ", ".join(part for part in parts if part)
        for parts in zip(text("city"), text("state"), text("country"), strict=True)
    ]
    return pd.DataFrame(
        {
            "nearest_site": pd.Series(text("facility"), index=index, dtype=str),
            "nearest_city": pd.Series(cities, index=index, dtype=str),
            "nearest_status": pd.Series(text("status"), index=index, dtype=str),
            "distance_mi": pd.Series(distance[best], index=index, dtype=np.float64),
        }
    )


def nearest_label(facility: str, city: str, status: str) -> str:
    """'Facility, City' plus its status when it is not recruiting yet (it still counts)."""
    where = ", ".join(part for part in (facility, city) if part)
    return f"{where} (not yet recruiting)" if status == Status.NOT_YET_RECRUITING else where
