"""The map a person sees: centred on them with their radius, or fitted to the sites shown."""

from __future__ import annotations

import pandas as pd

from trials.geo import Radius
from trials.places import Place
from trials.visuals import city_points, map_deck, map_view

POINTS = pd.DataFrame(
    {"lat": [42.36, 42.36, 40.71], "lon": [-71.06, -71.06, -74.01],
     "facility": ["A", "B", "C"], "city": ["Boston", "Boston", "New York"],
     "nct_id": ["NCT1", "NCT2", "NCT1"]}
)  # fmt: skip
BOSTON = Place("02115", "ZIP 02115 (Boston, MA)", 42.34, -71.09, "zip")


def test_sites_in_one_city_are_one_dot_with_counts():
    dots = city_points(POINTS).set_index("city")
    assert dots.loc["Boston", "sites"] == 2 and dots.loc["Boston", "trials"] == 2
    assert len(dots) == 2


def test_with_a_place_the_map_centres_on_it_and_draws_the_radius():
    deck = map_deck(POINTS, place=BOSTON, radius=Radius(100, "mi"))
    view = deck.initial_view_state
    assert (view.latitude, view.longitude) == (BOSTON.lat, BOSTON.lon)
    ring = [layer for layer in deck.layers if getattr(layer, "stroked", False)]
    assert len(ring) == 1 and round(ring[0].get_radius) == 160_934  # 100 miles in metres
    assert map_view(POINTS, BOSTON, Radius(25, "mi")).zoom > view.zoom  # smaller radius, closer


def test_without_a_place_the_map_fits_the_sites_not_the_world():
    view = map_view(POINTS, None, None)
    assert 40.71 < view.latitude < 42.36 and view.zoom >= 5
    single = map_view(POINTS.iloc[:1], None, None)
    assert single.zoom <= 9  # one site: a city, not a street


def test_tooltips_are_text_never_html():
    assert set(map_deck(POINTS, place=None, radius=None)._tooltip) == {"text"}
