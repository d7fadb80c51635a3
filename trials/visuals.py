"""Map and chart specifications for the dashboard (pydeck, Altair): pure, no Streamlit calls."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd
import pydeck as pdk

from trials.geo import Radius
from trials.places import Place

SITE_COLOUR = [176, 23, 58, 170]
PLACE_COLOUR = [30, 90, 200, 255]
METRES_PER_MILE = 1609.344
#: deck.gl zoom: 0 shows the world; each step halves the span. Never zoom in past a city.
MAX_ZOOM = 9.0


def _zoom_for_span(degrees: float) -> float:
    if degrees <= 0:
        return MAX_ZOOM - 2
    return max(1.0, min(MAX_ZOOM, math.log2(360 / degrees) - 0.6))


def map_view(points: pd.DataFrame, place: Place | None, radius: Radius | None) -> pdk.ViewState:
    """Centre on the person's place (showing the whole radius), else fit every point."""
    if place is not None:
        span = 2 * (radius.miles if radius else 250) / 69.0  # ~69 miles per degree of latitude
        return pdk.ViewState(latitude=place.lat, longitude=place.lon, zoom=_zoom_for_span(span))
    lat_span = float(points["lat"].max() - points["lat"].min())
    lon_span = float(points["lon"].max() - points["lon"].min())
    return pdk.ViewState(
        latitude=float((points["lat"].max() + points["lat"].min()) / 2),
        longitude=float((points["lon"].max() + points["lon"].min()) / 2),
        zoom=_zoom_for_span(max(lat_span * 1.4, lon_span * 0.7)),
    )


def city_points(points: pd.DataFrame) -> pd.DataFrame:
    """One dot per coordinate (registry sites sit at their city's centre), sized by site count."""
    return (
        points.groupby(["lat", "lon"], as_index=False)
        .agg(city=("city", "first"), sites=("facility", "size"), trials=("nct_id", "nunique"))
        .assign(radius=lambda d: 4000 + 1500 * d["sites"].clip(upper=40))
    )


def map_deck(points: pd.DataFrame, *, place: Place | None, radius: Radius | None) -> pdk.Deck:
    """Sites as dots, plus the person's place and a ring at the chosen radius."""
    grouped = city_points(points)
    layers = [
        pdk.Layer(
            "ScatterplotLayer", grouped, get_position="[lon, lat]", get_radius="radius",
            radius_min_pixels=3, radius_max_pixels=30, get_fill_color=SITE_COLOUR, pickable=True,
        )
    ]  # fmt: skip
    if place is not None:
        you = pd.DataFrame(
            {"lat": [place.lat], "lon": [place.lon], "city": [f"You: {place.label}"],
             "sites": [0], "trials": [0]}
        )  # fmt: skip
        if radius is not None:
            layers.append(pdk.Layer(
                "ScatterplotLayer", you, get_position="[lon, lat]",
                get_radius=radius.miles * METRES_PER_MILE, stroked=True, filled=False,
                get_line_color=PLACE_COLOUR, line_width_min_pixels=2,
            ))  # fmt: skip
        layers.append(pdk.Layer(
            "ScatterplotLayer", you, get_position="[lon, lat]", get_radius=1,
            radius_min_pixels=7, get_fill_color=PLACE_COLOUR, pickable=True,
        ))  # fmt: skip
    return pdk.Deck(
        layers=layers,
        initial_view_state=map_view(grouped, place, radius),
        map_style=None,  # Streamlit picks a basemap that matches its theme
        # A "text" tooltip is set as text, never parsed as HTML: site names are untrusted.
        tooltip={"text": "{city}\n{sites} site(s), {trials} trial(s)"},
    )


def bar_chart(title: str, counts: pd.Series) -> alt.Chart:
    """Horizontal bars whose labels are never cut short (Vega truncates at 180 px by default)."""
    data = counts.rename_axis("label").reset_index(name="trials")
    return (
        alt.Chart(data, title=title)
        .mark_bar(color="#b0173a")
        .encode(
            x=alt.X("trials:Q", title="Trials", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("label:N", title=None, sort=None, axis=alt.Axis(labelLimit=260)),
            tooltip=[alt.Tooltip("label:N", title=""), alt.Tooltip("trials:Q", title="Trials")],
        )
    )
