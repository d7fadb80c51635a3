"""What the dashboard shows, computed without Streamlit: safe text, facets, the detail of a trial."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from importlib import resources

import numpy as np
import pandas as pd

from trials.filters import NEAR_STATUSES, PHASE_IDS, PHASE_LABELS, Narrowed
from trials.geo import KM_PER_MILE, distances_miles, nearest_label, nearest_sites
from trials.model import (
    INDICATION_LABELS,
    SETTING_LABELS,
    TAG_LABELS,
    Arm,
    Contact,
    Indication,
    Setting,
    Status,
    status_label,
)
from trials.places import Place
from trials.store import Dataset

# -- untrusted sponsor text ------------------------------------------------------------------------
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+\"[^\"]*\")?\s*\)")
#: `[1]: javascript:alert(1)` would turn a later `[x][1]` into a live link.
_REF_DEFINITION = re.compile(r"^( {0,3})\[(?=[^\]]+\]:)", re.M)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")
_ESCAPED_ANGLE = re.compile(r"\\([<>&])")
_SAFE_URL = re.compile(r"^https?://", re.I)
#: A bare address the GFM autolinker would pick up, stopping before entities and brackets.
_BARE_URL = re.compile(
    r"(?<![\w(<\[/])(?:https?://|www\.)(?:(?!&(?:lt|gt|quot);)[^\s\"'<>\[\]()\x00])+", re.I
)
#: Where a word joiner stops autolinking: inside "http(s)://", "www." and before "@".
_AUTOLINKABLE = re.compile(r"(?i)(?<=http)(?=s?://)|(?<=\bww)(?=w\.)|(?=@)")


def _link_text(match: re.Match[str]) -> str:
    text, url = match[1], match[2]
    # Web links stay links; anything else (javascript:, data:, relative) becomes plain text.
    return f"[{text}]({url})" if _SAFE_URL.match(url) else text


def _bare_link(match: re.Match[str]) -> str:
    url = match[0].rstrip(".,;:!?*_~")
    tail = match[0][len(url) :]
    target = url if url.lower().startswith("http") else f"https://{url}"
    return f"[{url}]({target.replace('&amp;', '&')}){tail}"


def safe_markdown(text: str) -> str:
    """Sponsor markdown made safe to render: no HTML, no images, only http(s) links.

    Lists, emphasis and line breaks keep their meaning; `<`/`>` are entity-escaped so no tag can
    exist, images become their alt text, and other links become their text. Bare web addresses
    become explicit links that end where the address ends, so the renderer's autolinker cannot
    swallow the entities of a `<tag>` written right after one.
    """
    text = _ESCAPED_ANGLE.sub(r"\1", _HTML_COMMENT.sub("", text))
    text = _IMAGE.sub(lambda m: m[1], text)
    links: list[str] = []

    def keep(match: re.Match[str]) -> str:
        links.append(_link_text(match))
        return f"\x00{len(links) - 1}\x00"

    text = _LINK.sub(keep, text)
    text = _REF_DEFINITION.sub(r"\1\\[", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _BARE_URL.sub(_bare_link, text)
    return re.sub("\x00(\\d+)\x00", lambda m: links[int(m[1])], text)


def plain(text: str) -> str:
    """Text shown exactly as written inside markdown (titles, names): no markup, no links.

    Every markdown character is escaped, and an invisible word joiner (U+2060) breaks web and
    e-mail addresses so the renderer cannot turn sponsor text into a live link.
    """
    text = _AUTOLINKABLE.sub("\u2060", text.replace("\n", " "))
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MD_SPECIAL.sub(r"\\\1", escaped.replace(">", "&gt;"))


def about_text() -> str:
    """The "About lenalidomide" page, kept as markdown next to the code (from the label)."""
    return resources.files("trials").joinpath("about.md").read_text(encoding="utf-8")


# -- header ----------------------------------------------------------------------------------------
def time_ago(then: datetime, now: datetime) -> str:
    seconds = max(0.0, (now - then).total_seconds())
    if seconds < 120:
        return "just now"
    if seconds < 7200:
        return f"{int(seconds // 60)} minutes ago"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} hours ago"
    return f"{int(seconds // 86400)} days ago"


def data_date(stamp: str) -> str:
    """'2026-11-20T09:00:06' -> '20 Nov 2026' (the registry's refresh; the time adds nothing)."""
    try:
        return datetime.fromisoformat(stamp).strftime("%-d %b %Y")
    except ValueError:
        return stamp or "an unknown date"


def headline(dataset: Dataset, now: datetime) -> str:
    """'N open lenalidomide trials on ClinicalTrials.gov · data from <date>, checked <ago>'."""
    n = len(dataset.trials)
    return (
        f"{n:,} open lenalidomide trial{'s' if n != 1 else ''} on ClinicalTrials.gov · "
        f"data from {data_date(dataset.meta.data_timestamp)}, "
        f"checked {time_ago(dataset.meta.last_checked, now)}"
    )


# -- facets ----------------------------------------------------------------------------------------
def _count_lists(column: Iterable[Iterable[str]]) -> Counter[str]:
    return Counter(v for cell in column for v in set(cell))


def indication_options(trials: pd.DataFrame) -> dict[str, str]:
    counts = _count_lists(trials["indications"])
    return {i.value: f"{INDICATION_LABELS[i]} ({counts[i.value]})" for i in Indication}


def setting_options(trials: pd.DataFrame) -> dict[str, str]:
    counts = _count_lists(trials["settings"])
    return {s.value: f"{SETTING_LABELS[s]} ({counts[s.value]})" for s in Setting}


def phase_options(trials: pd.DataFrame) -> dict[str, str]:
    counts = _count_lists(trials["phases"])
    present = {PHASE_IDS[p]: n for p, n in counts.items() if p in PHASE_IDS}
    return {k: f"{PHASE_LABELS[k]} ({present[k]})" for k in PHASE_LABELS if k in present}


def status_options(trials: pd.DataFrame) -> dict[str, str]:
    counts = Counter(trials["status"])
    # Recruiting first: it is what most people are looking for.
    ordered = sorted(counts.items(), key=lambda item: (item[0] != Status.RECRUITING, item[0]))
    return {s: f"{status_label(s)} ({n})" for s, n in ordered}


def drug_options(trials: pd.DataFrame, *, limit: int = 200) -> dict[str, str]:
    """Partner drugs by how many trials use them, most common first; keys in display case."""
    display: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for cell in trials["other_drugs"]:
        for name in {d.casefold(): d for d in cell}.values():
            key = name.casefold()
            display.setdefault(key, name)
            counts[key] += 1
    return {display[k]: f"{display[k]} ({n})" for k, n in counts.most_common(limit)}


@dataclass(frozen=True, slots=True, eq=False)
class _Pairs:
    """Distinct (trial, place) pairs as integer arrays, so counting under a filter is a bincount."""

    trial: np.ndarray  # row position of the trial in the trials table
    place: np.ndarray  # index into keys
    keys: tuple[tuple[str, ...], ...]  # (country,) or (country, state)
    rows: int  # how many trials the table had

    @classmethod
    def of(cls, trials: pd.DataFrame, sites: pd.DataFrame, columns: list[str]) -> _Pairs:
        """Plain integer arithmetic: pandas' MultiIndex over 100k string sites costs ~10x more."""
        trial = pd.Index(trials["nct_id"]).get_indexer(sites["nct_id"])
        place = np.zeros(len(sites), dtype=np.int64)
        names: list[np.ndarray] = []
        for column in columns:
            codes, uniques = pd.factorize(sites[column].to_numpy(dtype=object))
            place = place * len(uniques) + codes
            names.append(np.asarray(uniques, dtype=object))
        named = (trial >= 0) & (sites[columns[-1]] != "").to_numpy(dtype=bool)
        trial, place = trial[named], place[named]
        place_codes, places = pd.factorize(place)
        pairs = np.unique(trial.astype(np.int64) * len(places) + place_codes)
        keys = []
        for code in places:
            key = []
            for uniques in reversed(names):
                code, index = divmod(int(code), len(uniques))
                key.append(str(uniques[index]))
            keys.append(tuple(reversed(key)))
        return cls(
            trial=pairs // max(len(places), 1),
            place=pairs % max(len(places), 1),
            keys=tuple(keys),
            rows=len(trials),
        )

    def counts(self, keep: np.ndarray | None = None) -> dict[tuple[str, ...], int]:
        chosen = self.place if keep is None else self.place[keep[self.trial]]
        tally = np.bincount(chosen, minlength=len(self.keys))
        return {key: int(n) for key, n in zip(self.keys, tally, strict=True) if n}


@dataclass(frozen=True, slots=True, eq=False)
class Facets:
    """Every filter's choices with their counts, computed once per dataset (not per rerun)."""

    indications: dict[str, str]
    settings: dict[str, str]
    statuses: dict[str, str]
    phases: dict[str, str]
    drugs: dict[str, str]
    countries: dict[str, str]
    states_by_country: dict[str, dict[str, str]]
    country_pairs: _Pairs  # what the counts are recounted from under a filter
    state_pairs: _Pairs

    def states(self, countries: Iterable[str]) -> dict[str, str]:
        """States or regions within the chosen countries (all countries when none is chosen)."""
        chosen = list(countries) or list(self.states_by_country)
        merged: dict[str, str] = {}
        for country in chosen:
            merged |= self.states_by_country.get(country, {})
        return dict(sorted(merged.items()))


def _place_choices(pairs: _Pairs, keep: np.ndarray | None = None) -> dict[str, str]:
    return {key[0]: f"{key[0]} ({n})" for key, n in sorted(pairs.counts(keep).items())}


def _state_choices(pairs: _Pairs, keep: np.ndarray | None = None) -> dict[str, dict[str, str]]:
    by_country: dict[str, dict[str, str]] = {}
    for (country, state), n in sorted(pairs.counts(keep).items()):
        by_country.setdefault(country, {})[state] = f"{state} ({n})"
    return by_country


def facets(trials: pd.DataFrame, sites: pd.DataFrame) -> Facets:
    """Every choice there is, counted over the whole dataset (cached once per dataset)."""
    countries = _Pairs.of(trials, sites, ["country"])
    states = _Pairs.of(trials, sites, ["country", "state"])
    return Facets(
        indications=indication_options(trials),
        settings=setting_options(trials),
        statuses=status_options(trials),
        phases=phase_options(trials),
        drugs=drug_options(trials),
        countries=_place_choices(countries),
        states_by_country=_state_choices(states),
        country_pairs=countries,
        state_pairs=states,
    )


_COUNT = re.compile(r" \(\d+\)$")


def _recount(choices: dict[str, str], fresh: Mapping[str, str]) -> dict[str, str]:
    """The same choices in the same order (a chosen value never vanishes), with fresh counts."""
    return {key: fresh.get(key) or _COUNT.sub(" (0)", label) for key, label in choices.items()}


def narrowed_facets(base: Facets, narrowed: Narrowed) -> Facets:
    """Counts that answer "how many trials if I also pick this?" under the other filters.

    The choices stay those of `base` (the whole dataset), so nothing moves under a finger.
    `narrowed` must come from the same trials table `base` was counted on.
    """
    if not narrowed.active or base.country_pairs.rows != len(narrowed.everything):
        return base
    everything = narrowed.everything

    def column(facet: str, name: str) -> pd.DataFrame:
        return everything[[name]][narrowed.without(facet)]

    # Drugs combine with "and": a drug's count is how many of the current results also have it.
    drug_keys = Counter(
        d for cell in narrowed.trials["other_drugs"] for d in {x.casefold() for x in cell}
    )
    in_place = narrowed.without("place")
    states = _state_choices(base.state_pairs, in_place)
    return replace(
        base,
        indications=_recount(
            base.indications, indication_options(column("indication", "indications"))
        ),
        settings=_recount(base.settings, setting_options(column("setting", "settings"))),
        statuses=_recount(base.statuses, status_options(column("status", "status"))),
        phases=_recount(base.phases, phase_options(column("phase", "phases"))),
        drugs={k: f"{k} ({drug_keys[k.casefold()]})" for k in base.drugs},
        countries=_recount(base.countries, _place_choices(base.country_pairs, in_place)),
        states_by_country={
            country: _recount(choices, states.get(country, {}))
            for country, choices in base.states_by_country.items()
        },
    )


# -- results and detail ----------------------------------------------------------------------------
def tag_labels(ids: Iterable[str]) -> str:
    """('mcl', 'maintenance') -> 'Mantle cell lymphoma, Maintenance'."""
    return ", ".join(TAG_LABELS[i] for i in ids if i in TAG_LABELS)


def in_unit(miles: pd.Series, unit: str) -> pd.Series:
    """Whole miles or kilometres, as the person chose (unknown stays unknown)."""
    return (miles * (KM_PER_MILE if unit == "km" else 1.0)).round(0)


UNKNOWN_DISTANCE = "distance unknown"


def distance_text(miles: pd.Series, unit: str) -> list[str]:
    """'12 mi', or 'distance unknown' (never a bare 'None'); padded with leading spaces so that
    sorting the column as text still puts 9 before 10 and unknown last."""
    shown = [UNKNOWN_DISTANCE if pd.isna(d) else f"{d:,.0f} {unit}" for d in in_unit(miles, unit)]
    width = max((len(t) for t in shown if t != UNKNOWN_DISTANCE), default=0)
    return [t if t == UNKNOWN_DISTANCE else t.rjust(width) for t in shown]


def results_table(trials: pd.DataFrame, *, unit: str = "mi") -> pd.DataFrame:
    """The columns of the results list, most telling first (a phone shows only the first few)."""
    out = pd.DataFrame(
        {
            "title": trials["title"],
            "indications": trials["indications"].map(tag_labels),
            "phase": trials["phase"].replace("", "Not given"),
            "status": trials["status"].map(status_label),
            "sites": [
                f"{r} of {n}"
                for r, n in zip(trials["recruiting_sites"], trials["sites"], strict=True)
            ],
            "setting": trials["settings"].map(tag_labels).replace("", "Not stated"),
            "countries": trials["countries"].map(", ".join),
            "last_update": trials["last_update"],
            "url": trials["url"],
        }
    )
    if "distance_mi" in trials:
        out.insert(1, "distance", distance_text(trials["distance_mi"], unit))
        nearest = trials[["nearest_site", "nearest_city", "nearest_status"]].fillna("")
        out.insert(2, "nearest", [nearest_label(*row) for row in nearest.itertuples(index=False)])
    out.index = trials["nct_id"].to_numpy()
    return out


_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def contact_markdown(contact: Contact) -> str:
    """Name · phone · e-mail, with the e-mail as a mailto link only when it is a plain address."""
    parts = [plain(contact.name), plain(contact.phone)]
    if _EMAIL.match(contact.email):
        parts.append(f"[{plain(contact.email)}](mailto:{contact.email})")
    else:
        parts.append(plain(contact.email))
    return " · ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Detail:
    """One trial as the detail view shows it."""

    row: pd.Series
    arms: tuple[Arm, ...]
    contacts: tuple[Contact, ...]
    sites: pd.DataFrame  # nearest first when a place is given, with distance_mi
    nearest: str | None = None  # "Nearest recruiting site: …, 12 mi away"
    unit: str = "mi"  # how distances are shown: "mi" or "km"


def trial_detail(
    trials: pd.DataFrame,
    sites: pd.DataFrame,
    nct_id: str,
    *,
    place: Place | None = None,
    site_statuses: Collection[str] = NEAR_STATUSES,
    unit: str = "mi",
) -> Detail | None:
    match = trials[trials["nct_id"] == nct_id]
    if match.empty:
        return None
    row = match.iloc[0]
    own = sites[sites["nct_id"] == nct_id]
    nearest = None
    if place is not None:
        own = own.assign(
            distance_mi=distances_miles(
                place.lat, place.lon, own["lat"].to_numpy(), own["lon"].to_numpy()
            )
        ).sort_values("distance_mi", na_position="last", kind="stable")
        near = nearest_sites(own, place, site_statuses=site_statuses)
        if not near.empty:
            best = near.iloc[0]
            away = (
                "distance unknown"
                if pd.isna(best["distance_mi"])
                else f"about {in_unit(pd.Series([best['distance_mi']]), unit)[0]:,.0f} {unit} "
                f"from {place.label}"
            )
            label = nearest_label(best["nearest_site"], best["nearest_city"], "")
            kind = (
                "Nearest site (not yet recruiting)"
                if best["nearest_status"] == Status.NOT_YET_RECRUITING
                else "Nearest recruiting site"
            )
            nearest = f"{kind}: {label} — {away}"
    arms = tuple(
        Arm(a.get("label", ""), a.get("type", ""), a.get("description", ""),
            tuple(a.get("interventions", ())))
        for a in json.loads(row["arms_json"] or "[]")
    )  # fmt: skip
    contacts = tuple(Contact(**c) for c in json.loads(row["contacts_json"] or "[]"))
    return Detail(row=row, arms=arms, contacts=contacts, sites=own, nearest=nearest, unit=unit)


def site_rows(sites: pd.DataFrame, *, unit: str = "mi") -> pd.DataFrame:
    """The detail view's site list: each site's own status and contact."""
    where = sites[["city", "state", "country"]].apply(
        lambda r: ", ".join(v for v in r if v), axis=1
    ) if len(sites) else pd.Series(dtype=str)  # fmt: skip
    contact = sites[["contact_name", "contact_phone", "contact_email"]].apply(
        lambda r: " · ".join(v for v in r if v), axis=1
    ) if len(sites) else pd.Series(dtype=str)  # fmt: skip
    out = pd.DataFrame(
        {
            "Site": sites["facility"],
            "Where": where,
            "Status": sites["status"].map(status_label),
            "Contact": contact.replace("", "—"),
        }
    )
    if "distance_mi" in sites:
        out.insert(2, "Distance", distance_text(sites["distance_mi"], unit))
    return out.reset_index(drop=True)


def map_points(sites: pd.DataFrame, trials: pd.DataFrame) -> pd.DataFrame:
    """Sites with coordinates, labelled for a tooltip (plain text: the map renders no markup)."""
    located = sites.dropna(subset=["lat", "lon"])
    titles = trials.set_index("nct_id")["title"]
    return pd.DataFrame(
        {
            "lat": located["lat"],
            "lon": located["lon"],
            "facility": located["facility"],
            "city": located["city"],
            "status": located["status"].map(status_label),
            "nct_id": located["nct_id"],
            "title": located["nct_id"].map(titles).fillna(""),
        }
    )


def counts_by_indication(trials: pd.DataFrame) -> pd.Series:
    counts = _count_lists(trials["indications"])
    return pd.Series({INDICATION_LABELS[i]: counts[i.value] for i in Indication}, name="trials")


def counts_by_phase(trials: pd.DataFrame) -> pd.Series:
    counts = Counter(trials["phase"].replace("", "Not given"))
    return pd.Series(dict(sorted(counts.items())), name="trials")
