"""TrialFilter: what a person asked for, applied to the tables and said back in words.

Each criterion is declared once (`_clauses`) with its mask and its phrase, so the caption above
the results can never drift from what was applied (datasette's filters.py does the same).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trials.errors import InvalidInput
from trials.geo import Radius, distances_miles, nearest_sites, parse_radius
from trials.model import (
    INDICATION_LABELS,
    SETTING_LABELS,
    Indication,
    Setting,
    Status,
    status_label,
)
from trials.normalize import drug_name
from trials.places import Place, resolve_place

PHASE_IDS: dict[str, str] = {
    "EARLY_PHASE1": "early-1", "PHASE1": "1", "PHASE2": "2", "PHASE3": "3", "PHASE4": "4",
    "NA": "na",
}  # fmt: skip
PHASE_LABELS: dict[str, str] = {
    "early-1": "Early phase 1", "1": "Phase 1", "2": "Phase 2", "3": "Phase 3", "4": "Phase 4",
    "na": "Phase not applicable",
}  # fmt: skip
STATUS_IDS: dict[str, str] = {
    "recruiting": "RECRUITING",
    "not-yet-recruiting": "NOT_YET_RECRUITING",
}
SEXES = ("female", "male")
#: Shareable-link parameters, in the order they are written back to the URL.
URL_KEYS = ("indication", "setting", "status", "phase", "country", "state", "age", "sex",
            "drug", "q", "near", "radius")  # fmt: skip
NEAR_STATUSES: tuple[str, ...] = tuple(Status)
MAX_AGE = 120

Mask = Callable[[pd.DataFrame, pd.DataFrame], "pd.Series[bool]"]


def _or_join(words: Sequence[str], conj: str = "or") -> str:
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conj} {words[-1]}"


_THE = re.compile(
    r"^(?:United |Czech Republic|Dominican Republic|Netherlands|Philippines|Russian Federation|"
    r"Central African|Bahamas|Gambia|Maldives|Comoros|Republic of|Democratic Republic)"
)


def _with_article(country: str) -> str:
    """'the United States', 'the Netherlands'; 'Germany' as it is."""
    return f"the {country}" if _THE.match(country) else country


def _phase_phrase(ids: Sequence[str]) -> str:
    numbered = [i for i in ids if i.isdigit()]
    others = [PHASE_LABELS[i].lower() for i in ids if not i.isdigit()]
    parts = []
    if numbered:
        # "phase 2 or 3", never "phase 2–3": that reads as the "Phase 2/3" trial design.
        nums = sorted(int(i) for i in numbered)
        parts.append("phase " + _or_join([str(n) for n in nums]))
    return _or_join(others + parts)


def _any_in(column: pd.Series, wanted: Iterable[str]) -> pd.Series:
    """Row-wise: does the tuple in this cell share a value with `wanted`?"""
    wanted_set = frozenset(wanted)
    return pd.Series(
        [not wanted_set.isdisjoint(cell) for cell in column], index=column.index, dtype=bool
    )


def search_text(trials: pd.DataFrame) -> pd.Series:
    """The text a search looks in: IDs, titles, conditions, eligibility — case-folded once."""
    parts = [
        trials["nct_id"], trials["acronym"], trials["title"], trials["official_title"],
        trials["conditions_text"], trials["eligibility"],
    ]  # fmt: skip
    blob = parts[0].str.cat(parts[1:], sep="\n")
    return blob.str.casefold()


@dataclass(frozen=True, slots=True)
class Clause:
    phrase: str
    mask: Mask
    facet: str  # which sidebar choice it comes from, so that choice's counts can leave it out


@dataclass(frozen=True, slots=True, eq=False)
class Narrowed:
    """A filter's result plus what each choice's counts should describe.

    Counts beside a choice answer "how many would I see if I picked this?": every other active
    filter applies, its own does not (otherwise picking "Phase 2" would zero every other phase).
    """

    trials: pd.DataFrame  # the result, in display order
    everything: pd.DataFrame  # every trial (with the distance columns when a place is given)
    masks: Mapping[str, np.ndarray]  # facet -> which trials its clauses keep

    @property
    def active(self) -> bool:
        return bool(self.masks)

    def without(self, facet: str) -> np.ndarray:
        """Which rows of `everything` pass every clause except `facet`'s."""
        keep = np.ones(len(self.everything), dtype=bool)
        for name, mask in self.masks.items():
            if name != facet:
                keep &= mask
        return keep


@dataclass(frozen=True, slots=True)
class TrialFilter:
    """Empty tuple / None = not filtering on that. Values are URL ids (see URL_KEYS)."""

    indications: tuple[Indication, ...] = ()
    settings: tuple[Setting, ...] = ()
    statuses: tuple[str, ...] = ()  # API values: RECRUITING, NOT_YET_RECRUITING
    phases: tuple[str, ...] = ()  # PHASE_LABELS keys
    countries: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    age: int | None = None
    sex: str | None = None  # "female" | "male"
    drugs: tuple[str, ...] = ()  # all of them must be in the trial
    text: str = ""
    place: Place | None = None  # "near": sort nearest first, distance to recruiting sites
    radius: Radius | None = None  # only with a place; None = any distance

    # -- what it means -------------------------------------------------------------------------
    def _clauses(self) -> list[Clause]:
        clauses: list[Clause] = []
        if self.indications:
            ids = [i.value for i in self.indications]
            labels = [INDICATION_LABELS[i] for i in self.indications]
            phrase = "in " + _or_join(
                [lbl if lbl.startswith("MDS") else lbl.lower() for lbl in labels]
            )
            clauses.append(
                Clause(phrase, lambda t, s: _any_in(t["indications"], ids), "indication")
            )
        if self.settings:
            ids_s = [s.value for s in self.settings]
            words = [SETTING_LABELS[s].lower() for s in self.settings]
            clauses.append(
                Clause(
                    f"for {_or_join(words)} disease",
                    lambda t, s: _any_in(t["settings"], ids_s),
                    "setting",
                )
            )
        if self.statuses:
            statuses = list(self.statuses)
            clauses.append(Clause("", lambda t, s: t["status"].isin(statuses), "status"))
        if self.phases:
            raw = [k for k, v in PHASE_IDS.items() if v in self.phases]
            clauses.append(
                Clause(_phase_phrase(self.phases), lambda t, s: _any_in(t["phases"], raw), "phase")
            )
        if self.countries or self.states:
            clauses.append(Clause(self._place_phrase(), self._site_mask, "place"))
        if self.age is not None:
            age = float(self.age)
            clauses.append(
                Clause(
                    f"open to age {self.age}",
                    lambda t, s: ~(t["min_age"] > age) & ~(t["max_age"] < age),
                    "age",
                )
            )
        if self.sex:
            wanted = self.sex.upper()
            clauses.append(
                Clause(
                    "open to women" if self.sex == "female" else "open to men",
                    lambda t, s: t["sex"].isin(["ALL", "", wanted]),
                    "sex",
                )
            )
        if self.drugs:
            keys = [d.casefold() for d in self.drugs]
            clauses.append(
                Clause(
                    "with " + _or_join(list(self.drugs), "and"),
                    lambda t, s: pd.Series(
                        [
                            all(k in {d.casefold() for d in cell} for k in keys)
                            for cell in t["other_drugs"]
                        ],
                        index=t.index,
                        dtype=bool,
                    ),
                    "drug",
                )
            )
        if self.text.strip():
            words = self.text.casefold().split()
            clauses.append(Clause(f"matching “{self.text.strip()}”", self._text_mask(words), "q"))
        if self.place is not None:
            clauses.append(self._near_clause(self.place))
        return clauses

    def distance_unit(self) -> str:
        """'mi' or 'km' for showing distances: the radius's unit, else the place's custom."""
        if self.radius is not None:
            return self.radius.unit
        place = self.place
        us = place is not None and (place.kind == "zip" or place.label.endswith("United States"))
        return "mi" if us or place is None else "km"

    def site_statuses(self) -> tuple[str, ...]:
        """Sites that count for distance: recruiting, plus not-yet-recruiting when included."""
        if self.statuses and Status.NOT_YET_RECRUITING not in self.statuses:
            return (Status.RECRUITING,)
        return NEAR_STATUSES

    def _near_clause(self, place: Place) -> Clause:
        where = place.label
        if self.radius is None:
            return Clause(
                f"sorted by distance from {where}",
                lambda t, s: pd.Series(True, index=t.index),
                "near",
            )
        miles = self.radius.miles
        return Clause(
            f"within {self.radius.describe()} of {where}",
            lambda t, s: t["distance_mi"].le(miles).fillna(False),
            "near",
        )

    def _place_phrase(self) -> str:
        if self.states:
            where = _or_join(list(self.states))
            if self.countries:
                where += f" ({_or_join([_with_article(c) for c in self.countries])})"
            return f"with a site in {where}"
        return f"in {_or_join([_with_article(c) for c in self.countries])}"

    def _site_mask(self, trials: pd.DataFrame, sites: pd.DataFrame) -> pd.Series:
        return trials["nct_id"].isin(self.matching_sites(sites)["nct_id"].unique())

    @staticmethod
    def _text_mask(words: list[str]) -> Mask:
        def mask(trials: pd.DataFrame, sites: pd.DataFrame) -> pd.Series:
            blob = trials["search_text"] if "search_text" in trials else search_text(trials)
            result = pd.Series(True, index=trials.index)
            for word in words:
                result &= blob.str.contains(word, regex=False)
            return result

        return mask

    # -- using it ------------------------------------------------------------------------------
    def matching_sites(self, sites: pd.DataFrame) -> pd.DataFrame:
        """Sites inside the chosen countries/states (all sites when no place is chosen)."""
        keep = pd.Series(True, index=sites.index)
        if self.countries:
            keep &= sites["country"].isin(self.countries)
        if self.states:
            keep &= sites["state"].isin(self.states)
        return sites[keep]

    def apply(self, trials: pd.DataFrame, sites: pd.DataFrame) -> pd.DataFrame:
        """The trials that pass every clause: in their original order, or nearest first.

        With a place, three columns join the result: nearest_site, nearest_city and distance_mi
        (NaN = distance unknown, listed last).
        """
        return self.narrow(trials, sites).trials

    def narrow(self, trials: pd.DataFrame, sites: pd.DataFrame) -> Narrowed:
        """`apply`, keeping each clause's mask so every choice can be counted against the rest."""
        if self.place is not None:
            near = nearest_sites(sites, self.place, site_statuses=self.site_statuses())
            trials = trials.join(near, on="nct_id")
        masks: dict[str, np.ndarray] = {}
        for clause in self._clauses():
            mask = clause.mask(trials, sites).to_numpy(dtype=bool)
            masks[clause.facet] = masks[clause.facet] & mask if clause.facet in masks else mask
        keep = np.ones(len(trials), dtype=bool)
        for mask in masks.values():
            keep &= mask
        kept = trials[keep]
        if self.place is not None:
            kept = kept.sort_values("distance_mi", na_position="last", kind="stable")
        return Narrowed(trials=kept, everything=trials, masks=masks)

    def sites_of(self, trials: pd.DataFrame, sites: pd.DataFrame) -> pd.DataFrame:
        """The sites to show and export for these (already filtered) trials."""
        chosen = self.matching_sites(sites)
        chosen = chosen[chosen["nct_id"].isin(trials["nct_id"])]
        if self.place is not None:
            distance = distances_miles(
                self.place.lat, self.place.lon, chosen["lat"].to_numpy(), chosen["lon"].to_numpy()
            )
            chosen = chosen.assign(distance_mi=distance)
            if self.radius is not None:
                # Within reach means within reach: far sites of a near trial are left out.
                chosen = chosen[chosen["distance_mi"].le(self.radius.miles).fillna(False)]
        return chosen

    def describe(self, count: int) -> str:
        """'12 recruiting trials in mantle cell lymphoma, phase 2 or 3, in the United States'."""
        noun = "trial" if count == 1 else "trials"
        if len(self.statuses) == 1:
            noun = f"{status_label(self.statuses[0]).lower()} {noun}"
        phrases = [c.phrase for c in self._clauses() if c.phrase]
        if not phrases:
            return f"{count:,} {noun}"
        # "12 trials in MCL", but "12 trials, phase 2 or 3" and "12 trials, sorted by distance".
        joined = phrases[0].split(" ", 1)[0] in {"in", "for", "with", "open", "matching", "within"}
        return (" " if joined else ", ").join([f"{count:,} {noun}", ", ".join(phrases)])

    # -- the shareable link ----------------------------------------------------------------------
    def to_query(self) -> dict[str, list[str]]:
        """URL parameters that reproduce this filter (repeated keys for several values)."""
        status_ids = {v: k for k, v in STATUS_IDS.items()}
        query = {
            "indication": [i.value for i in self.indications],
            "setting": [s.value for s in self.settings],
            "status": [status_ids.get(s, s.lower()) for s in self.statuses],
            "phase": list(self.phases),
            "country": list(self.countries),
            "state": list(self.states),
            "age": [] if self.age is None else [str(self.age)],
            "sex": [self.sex] if self.sex else [],
            "drug": list(self.drugs),
            "q": [self.text] if self.text.strip() else [],
            "near": [self.place.query] if self.place else [],
            "radius": [self.radius.describe().replace(" ", "")]
            if self.place and self.radius
            else [],
        }
        return {k: v for k, v in query.items() if v}

    @classmethod
    def from_query(cls, query: Mapping[str, Sequence[str]]) -> tuple[TrialFilter, list[str]]:
        """Parse URL/CLI values; each unknown or malformed value is dropped with a notice."""
        notices: list[str] = []

        def values(key: str) -> list[str]:
            return [v.strip() for v in query.get(key, ()) if v and v.strip()]

        def closed(key: str, parse: Callable[[str], str | None], what: str) -> tuple[str, ...]:
            out = []
            for raw in values(key):
                value = parse(raw)
                if value is None:
                    notices.append(f"Ignored {what} “{raw[:40]}”: not one we know")
                elif value not in out:
                    out.append(value)
            return tuple(out)

        indications = closed("indication", _parse_indication, "indication")
        settings = closed("setting", _parse_setting, "treatment setting")
        statuses = closed("status", _parse_status, "status")
        phases = closed("phase", _parse_phase, "phase")
        age: int | None = None
        for raw in values("age")[:1]:
            try:
                number = float(raw)
            except ValueError:
                number = math.nan
            if not 0 <= number <= MAX_AGE:
                notices.append(f"Ignored age “{raw[:20]}”: give a whole number from 0 to {MAX_AGE}")
            else:
                age = int(number)
        sex = None
        for raw in values("sex")[:1]:
            if raw.lower() in SEXES:
                sex = raw.lower()
            elif raw.lower() not in ("all", "any"):
                notices.append(f"Ignored sex “{raw[:20]}”: use female or male")
        place, radius = _parse_near(values("near")[:1], values("radius")[:1], notices)
        return (
            cls(
                indications=tuple(Indication(v) for v in indications),
                settings=tuple(Setting(v) for v in settings),
                statuses=statuses,
                phases=phases,
                countries=tuple(dict.fromkeys(values("country"))),
                states=tuple(dict.fromkeys(values("state"))),
                age=age,
                sex=sex,
                drugs=tuple(dict.fromkeys(drug_name(d) for d in values("drug"))),
                text=" ".join(values("q"))[:200],
                place=place,
                radius=radius,
            ),
            notices,
        )

    @classmethod
    def parse_strict(cls, query: Mapping[str, Sequence[str]]) -> TrialFilter:
        """For the CLI: the first malformed value is an error, not a notice."""
        for raw in query.get("near", ())[:1]:
            resolve_place(raw)  # raises InvalidInput with the place's own sentence
        for raw in query.get("radius", ())[:1]:
            parse_radius(raw)
        parsed, notices = cls.from_query(query)
        if notices:
            raise InvalidInput(notices[0].replace("Ignored", "Unknown", 1))
        return parsed


def _parse_near(
    near: list[str], radius: list[str], notices: list[str]
) -> tuple[Place | None, Radius | None]:
    """A place we can find (offline) and an optional radius; problems become notices."""
    place = parsed_radius = None
    for raw in near:
        try:
            place = resolve_place(raw[:100])
        except InvalidInput as exc:
            notices.append(f"{exc} The distance filter is not applied.")
    for raw in radius:
        try:
            parsed_radius = parse_radius(raw[:20])
        except InvalidInput as exc:
            notices.append(f"{exc} Showing any distance.")
    return place, parsed_radius if place else None


def _slug(raw: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", raw.casefold()).strip("-")


_INDICATION_ALIASES = {
    "multiple-myeloma": "myeloma", "mm": "myeloma", "mds": "mds-del5q", "del5q": "mds-del5q",
    "mds-del-5q": "mds-del5q", "mantle-cell-lymphoma": "mcl", "follicular-lymphoma": "fl",
    "marginal-zone-lymphoma": "mzl",
}  # fmt: skip


def _parse_indication(raw: str) -> str | None:
    slug = _slug(raw)
    slug = _INDICATION_ALIASES.get(slug, slug)
    by_label = {_slug(lbl): i.value for i, lbl in INDICATION_LABELS.items()}
    slug = by_label.get(slug, slug)
    return slug if slug in {i.value for i in Indication} else None


def _parse_setting(raw: str) -> str | None:
    slug = _slug(raw)
    slug = {"relapsed": "relapsed-refractory", "refractory": "relapsed-refractory",
            "rr": "relapsed-refractory", "newly": "newly-diagnosed",
            "first-line": "newly-diagnosed"}.get(slug, slug)  # fmt: skip
    return slug if slug in {s.value for s in Setting} else None


def _parse_status(raw: str) -> str | None:
    slug = _slug(raw)
    if slug.upper().replace("-", "_") in STATUS_IDS.values():
        return slug.upper().replace("-", "_")
    return STATUS_IDS.get(slug)


def _parse_phase(raw: str) -> str | None:
    slug = _slug(raw).removeprefix("phase-").removeprefix("phase")
    slug = {"early-phase-1": "early-1", "early1": "early-1", "n-a": "na", "0": "early-1"}.get(
        slug, slug
    )
    return slug if slug in PHASE_LABELS else None
