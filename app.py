"""Streamlit dashboard: widgets <-> URL -> TrialFilter -> render. Everything else lives in trials/."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import streamlit as st

from trials.config import Settings
from trials.errors import TrialsError
from trials.export import csv_filename, sites_table, to_csv_bytes, trials_table
from trials.filters import URL_KEYS, TrialFilter, search_text
from trials.model import Status, status_label
from trials.pipeline import Mode, needs_refresh, open_dataset
from trials.present import (
    Facets,
    about_text,
    contact_markdown,
    counts_by_indication,
    counts_by_phase,
    data_date,
    facets,
    headline,
    map_points,
    narrowed_facets,
    plain,
    results_table,
    safe_markdown,
    site_rows,
    tag_labels,
    time_ago,
    trial_detail,
)
from trials.store import Dataset, Pointer, load_dataset, read_pointer
from trials.visuals import bar_chart, map_deck

log = logging.getLogger("trials.app")
DISCLAIMER = (
    "This is not medical advice. Trial listings come from ClinicalTrials.gov and may be out of "
    "date — talk with your care team before making any decision about a trial."
)
#: After a failed automatic refresh, wait this long before trying again on a rerun.
RETRY_COOLDOWN = timedelta(minutes=10)


# -- data: one refresh at a time, datasets cached by identity ---------------------------------
@dataclass
class RefreshState:
    lock: threading.Lock
    failed_at: datetime | None = None
    error: str = ""


@st.cache_resource
def refresh_state() -> RefreshState:
    return RefreshState(lock=threading.Lock())


@st.cache_resource(max_entries=2, show_spinner=False)
def dataset_facets(cache_dir: str, dataset_id: str) -> Facets:
    dataset = prepared(cache_dir, dataset_id)
    return facets(dataset.trials, dataset.sites)


@st.cache_resource(max_entries=2, show_spinner=False)
def prepared(cache_dir: str, dataset_id: str) -> Dataset:
    """Load a saved dataset once per process; every session and rerun shares it read-only."""
    dataset = load_dataset(Path(cache_dir), Pointer(dataset_id, None))
    if dataset is None:
        raise TrialsError("The saved dataset disappeared; please refresh")
    trials = dataset.trials.assign(search_text=search_text(dataset.trials))
    return replace(dataset, trials=trials)


def run_refresh(settings: Settings, now: datetime, *, mode: Mode, label: str) -> str:
    """Refresh with a progress bar; returns the error sentence ('' on success)."""
    state = refresh_state()
    bar = st.progress(0.0, text=label)

    def on_page(received: int, total: int | None) -> None:
        share = min(1.0, received / total) if total else 0.5
        of = f" of {total:,}" if total else ""
        bar.progress(share, text=f"{label} {received:,}{of} trials received")

    try:
        with state.lock:  # one refresh at a time in this process; the file lock spans processes
            outcome = open_dataset(settings, now=now, mode=mode, on_page=on_page)
    except TrialsError as exc:
        state.failed_at, state.error = now, str(exc)
        return str(exc)
    finally:
        bar.empty()
    state.failed_at, state.error = (
        (now, outcome.refresh_error) if outcome.refresh_error else (None, "")
    )
    return outcome.refresh_error


def current_dataset(settings: Settings, now: datetime) -> tuple[Dataset | None, str]:
    """The dataset to show and, when the API could not be reached, why."""
    state = refresh_state()
    cooling = state.failed_at is not None and now - state.failed_at < RETRY_COOLDOWN
    error = state.error if cooling else ""
    if needs_refresh(settings, now) and not cooling:
        # A stale dataset is still shown at once if the API is slow: fewer retries here.
        quick = replace(settings, retries=1) if read_pointer(settings.cache_dir) else settings
        error = run_refresh(quick, now, mode=Mode.AUTO, label="Fetching open lenalidomide trials…")
    pointer = read_pointer(settings.cache_dir)
    if pointer is None:
        return None, error
    dataset = prepared(str(settings.cache_dir), pointer.dataset)
    # The pointer's check time moves without the dataset changing: take it fresh each run.
    return replace(dataset, meta=replace(dataset.meta, checked_at=pointer.checked_at)), error


# -- URL <-> widgets --------------------------------------------------------------------------
def url_now() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def follow_url() -> None:
    """Back, Forward, or an edited address: a link this app did not write sets the view anew."""
    ss = st.session_state
    written = ss.get("_url")
    if written is not None and url_now() != written:
        ss["_from_url"] = False
        ss.pop("_trial", None)
        ss["_url"] = None


def _known(wanted: tuple[str, ...], known: Iterable[str]) -> tuple[list[str], list[str]]:
    """Link values matched to the choices there are, ignoring case ("united states")."""
    by_key = {k.casefold(): k for k in known}
    found = [by_key[v.casefold()] for v in wanted if v.casefold() in by_key]
    return found, [v for v in wanted if v.casefold() not in by_key]


def init_state_from_url(dataset: Dataset, options: Facets) -> None:
    """On a session's first run (and after Back/Forward), put the link's filter into the widgets."""
    if st.session_state.get("_from_url"):
        return
    query = {k: st.query_params.get_all(k) for k in URL_KEYS}
    parsed, notices = TrialFilter.from_query(query)
    countries, unknown_countries = _known(parsed.countries, options.countries)
    states, unknown_states = _known(parsed.states, options.states(countries))
    drugs, unknown_drugs = _known(parsed.drugs, options.drugs)
    for what, unknown, why in (
        ("country", unknown_countries, "no open trials there"),
        ("state or region", unknown_states, "no open trials there"),
        ("drug", unknown_drugs, "no open trial includes it"),
    ):
        notices += [f"Ignored {what} “{v[:40]}”: {why}" for v in unknown]
    ss = st.session_state
    ss["indication"] = [i.value for i in parsed.indications]
    ss["setting"] = [s.value for s in parsed.settings]
    ss["status"] = list(parsed.statuses)
    ss["phase"] = list(parsed.phases)
    ss["country"] = countries
    ss["state"] = states
    ss["age"] = parsed.age
    ss["sex"] = parsed.sex or "any"
    ss["drug"] = drugs
    ss["q"] = parsed.text
    ss["near"] = parsed.place.query if parsed.place else ""
    ss["radius"] = parsed.radius.describe().replace(" ", "") if parsed.radius else "any"
    ss["_notices"] = notices
    ss["_from_url"] = True
    trial = (st.query_params.get("trial") or "").strip().upper()
    ss["_trial"] = trial or None


RADII = ("any", "25mi", "50mi", "100mi", "250mi", "500mi", "50km", "100km", "250km", "500km")


MULTISELECTS = ("indication", "setting", "status", "phase", "country", "state", "drug")
#: Every filter widget's key and its value when untouched.
WIDGET_DEFAULTS = {key: [] for key in MULTISELECTS} | {
    "near": "", "radius": "any", "q": "", "age": None, "sex": "any",
}  # fmt: skip


def hold_filters() -> None:
    """Run on every page: Streamlit forgets the value of a widget that a run does not draw, but
    keeps one the script set. Reading About must not cost a person their filters."""
    for key, default in WIDGET_DEFAULTS.items():
        st.session_state[key] = st.session_state.get(key, default)


def clear_filters() -> None:
    """Every filter back to untouched (a callback: it runs before the widgets are drawn)."""
    for key, default in WIDGET_DEFAULTS.items():
        st.session_state[key] = default


def filter_from_state(options: Facets) -> tuple[TrialFilter, list[str]]:
    """The filter the widgets hold, read before they are drawn so their counts can follow it."""
    ss = st.session_state
    choices = {
        "indication": options.indications, "setting": options.settings,
        "status": options.statuses, "phase": options.phases, "country": options.countries,
        "state": options.states(ss.get("country", [])), "drug": options.drugs,
    }  # fmt: skip
    for key in MULTISELECTS:
        # Re-set every run: the labels carry counts that change, and the browser remembers a
        # choice by its label, so an unpinned choice would be dropped when its count moves.
        ss[key] = [v for v in ss[key] if v in choices[key]]
    age, sex, radius = ss["age"], ss["sex"], ss["radius"]  # hold_filters set them all
    query = {key: ss[key] for key in MULTISELECTS} | {
        "age": [] if age is None else [str(int(age))],
        "sex": [] if sex == "any" else [sex], "q": [ss["q"]],
        "near": [ss["near"]], "radius": [] if radius == "any" else [radius],
    }  # fmt: skip
    return TrialFilter.from_query(query)


def sidebar(options: Facets, trial_filter: TrialFilter, problems: list[str]) -> None:
    ss = st.session_state
    with st.sidebar:
        st.header("Near me")
        st.text_input("US ZIP code or city", key="near",
                      placeholder="e.g. 02115 or Lyon, France")  # fmt: skip
        radii = list(RADII) + ([ss["radius"]] if ss.get("radius") not in RADII else [])
        st.selectbox("Within", radii, key="radius", disabled=not ss.get("near", "").strip(),
                     format_func=lambda r: "Any distance" if r == "any" else
                     r.replace("mi", " miles").replace("km", " km"))  # fmt: skip
        for problem in problems:
            st.warning(plain(problem))
        if trial_filter.place is not None:
            st.caption(f"Using {plain(trial_filter.place.label)}. " +
                       (f"{plain(trial_filter.place.note)}. " if trial_filter.place.note else "") +
                       "Distances are approximate: registry sites sit at their city's centre.")  # fmt: skip
        st.header("Filter trials")
        st.caption("The number beside each choice is how many trials you would see with it, "
                   "given your other filters.")  # fmt: skip
        st.text_input("Search titles, conditions and eligibility", key="q",
                      placeholder="e.g. daratumumab, transplant, CD20")  # fmt: skip
        opts = options.indications
        st.multiselect("Disease (indication)", list(opts), format_func=opts.get, key="indication",
                       placeholder="All diseases")  # fmt: skip
        opts = options.settings
        st.multiselect("Treatment setting", list(opts), format_func=opts.get, key="setting",
                       placeholder="Any setting")  # fmt: skip
        opts = options.statuses
        st.multiselect("Status", list(opts), format_func=opts.get, key="status",
                       placeholder="Recruiting or not yet")  # fmt: skip
        opts = options.phases
        st.multiselect("Phase", list(opts), format_func=opts.get, key="phase",
                       placeholder="Any phase")  # fmt: skip
        opts = options.countries
        st.multiselect("Country", list(opts), format_func=opts.get, key="country",
                       placeholder="Anywhere")  # fmt: skip
        opts = options.states(ss.get("country", []))
        st.multiselect("State or region", list(opts), format_func=opts.get, key="state",
                       placeholder="Any state or region")  # fmt: skip
        # value=None: emptying the box means "any age", not the minimum (0).
        st.number_input("Eligible at my age", min_value=0, max_value=120, step=1, key="age",
                        value=None, placeholder="Any age")  # fmt: skip
        st.radio("Sex", ["any", "female", "male"], key="sex", horizontal=True,
                 format_func=lambda s: {"any": "Any", "female": "Female", "male": "Male"}[s])  # fmt: skip
        opts = options.drugs
        # No "Select all" here: a trial must include every drug chosen, so all of them is none.
        st.multiselect("Other drugs in the trial", list(opts), format_func=opts.get, key="drug",
                       placeholder="e.g. dexamethasone, rituximab", select_all=False)  # fmt: skip
        st.button("Clear all filters", on_click=clear_filters, icon=":material/filter_alt_off:",
                  disabled=trial_filter == TrialFilter())  # fmt: skip


def write_url(trial_filter: TrialFilter, trial: str | None) -> None:
    """Keep the address a shareable copy of the view; each change is a step Back can undo."""
    ss = st.session_state
    wanted = trial_filter.to_query() | ({"trial": [trial]} if trial else {})
    if ss.get("_url") not in (None, wanted):
        ss["_notices"] = []  # the person has moved on from the link that caused them
    if url_now() != wanted:
        st.query_params.from_dict(wanted)
    ss["_url"] = wanted


def filters_changed(trial_filter: TrialFilter) -> bool:
    """Whether the person changed a filter since the last run (not Back, not the first run)."""
    written = st.session_state.get("_url")
    if written is None:
        return False
    return {k: v for k, v in written.items() if k != "trial"} != trial_filter.to_query()


# -- views ------------------------------------------------------------------------------------
def site_map(
    points: pd.DataFrame, *, key: str, trial_filter: TrialFilter | None = None,
    what: str = "trial sites",
) -> None:  # fmt: skip
    if points.empty:
        st.caption("No site coordinates to map.")
        return
    place = trial_filter.place if trial_filter else None
    radius = trial_filter.radius if trial_filter else None
    st.pydeck_chart(map_deck(points, place=place, radius=radius), key=key)
    legend = f"Red dots are {what}, one per city (sites sit at their city's centre)"
    if place is not None:
        legend += "; the blue dot is you" + (", and the ring your distance" if radius else "")
    st.caption(legend + ". Without an internet connection the map has no background.")


def downloads(trials: pd.DataFrame, sites: pd.DataFrame, today: str) -> None:
    left, right = st.columns(2)
    # The files are built only when a button is pressed, not on every rerun.
    left.download_button(
        "Download trials (CSV)", lambda: to_csv_bytes(trials_table(trials)),
        file_name=csv_filename("trials", today), mime="text/csv", key="dl_trials",
        width="stretch", on_click="ignore",
    )  # fmt: skip
    right.download_button(
        "Download sites (CSV)", lambda: to_csv_bytes(sites_table(sites, trials)),
        file_name=csv_filename("sites", today), mime="text/csv", key="dl_sites",
        width="stretch", on_click="ignore",
    )  # fmt: skip


def results_view(
    dataset: Dataset, trial_filter: TrialFilter, trials: pd.DataFrame, today: str
) -> None:
    sites = trial_filter.sites_of(trials, dataset.sites)
    st.subheader(plain(trial_filter.describe(len(trials))))
    if trials.empty:
        st.info("No trials match all of these filters. Try removing one.")
        return
    if trial_filter.place is not None:
        open_sites = (
            "that is itself recruiting"
            if trial_filter.site_statuses() == (Status.RECRUITING,)
            else "that is recruiting or about to (marked “not yet recruiting”)"
        )
        st.caption(f"Distances are to each trial's nearest site {open_sites}, and are "
                   "approximate: the registry places sites at their city's centre.")  # fmt: skip
    st.caption("Choose a row to see a trial's details, sites and contacts. Filters and "
               "“Near me” are in the sidebar (the » button on a phone).")  # fmt: skip
    view = st.segmented_control(
        "View", ["List", "Map", "Charts"], default="List", key="view",
        label_visibility="collapsed",
    )  # fmt: skip
    if view == "Map":
        # Only sites one could join: closed, withdrawn and completed sites stay off the map.
        open_sites = sites[sites["status"].isin(trial_filter.site_statuses())]
        site_map(map_points(open_sites, trials), key="results_map", trial_filter=trial_filter,
                 what="open trial sites")  # fmt: skip
    elif view == "Charts":
        left, right = st.columns(2)
        left.altair_chart(bar_chart("Trials per disease", counts_by_indication(trials)))
        right.altair_chart(bar_chart("Trials per phase", counts_by_phase(trials)))
    else:
        unit = trial_filter.distance_unit()
        table = results_table(trials, unit=unit)
        key = f"results_{st.session_state.get('_table_gen', 0)}"
        event = st.dataframe(
            table, key=key, on_select="rerun", selection_mode="single-row",
            hide_index=True, width="stretch",
            column_config={
                "title": st.column_config.TextColumn("Trial", width="large"),
                "distance": st.column_config.TextColumn(
                    "Distance", help="to the nearest open site; approximate"),
                "nearest": st.column_config.TextColumn(
                    "Nearest open site", help="recruiting, or not yet recruiting (then it says so)"),
                "indications": "Disease", "phase": "Phase", "status": "Status",
                "sites": st.column_config.TextColumn(
                    "Recruiting sites", help="sites recruiting now, of all the trial's sites"),
                "setting": "Setting", "countries": "Countries", "last_update": "Last update",
                "url": st.column_config.LinkColumn(
                    "ClinicalTrials.gov", display_text="Open ↗",
                    help="The trial's page on ClinicalTrials.gov"),
            },
        )  # fmt: skip
        rows = event.selection.rows if event else []
        if rows:
            st.session_state["_table_gen"] = st.session_state.get("_table_gen", 0) + 1
            open_trial(str(table.index[rows[0]]))
    downloads(trials, sites, today)


def open_trial(nct_id: str | None) -> None:
    st.session_state["_trial"] = nct_id
    st.rerun()


def detail_view(dataset: Dataset, nct_id: str, trial_filter: TrialFilter) -> None:
    if st.button("All trials", key="back", icon=":material/arrow_back:"):
        open_trial(None)
    detail = trial_detail(
        dataset.trials, dataset.sites, nct_id,
        place=trial_filter.place, site_statuses=trial_filter.site_statuses(),
        unit=trial_filter.distance_unit(),
    )  # fmt: skip
    if detail is None:
        st.warning(f"{plain(nct_id[:20])} is not among the open lenalidomide trials we have.")
        return
    row = detail.row
    st.header(plain(row["title"]))
    facts = [status_label(row["status"]), row["phase"] or "Phase not given", row["nct_id"]]
    st.markdown(" · ".join(plain(f) for f in facts if f))
    st.link_button("View on ClinicalTrials.gov", row["url"], icon=":material/open_in_new:")
    if detail.nearest is not None:
        st.success(plain(detail.nearest), icon=":material/near_me:")
    left, right = st.columns(2)
    with left:
        st.markdown("**Disease:** " + plain(tag_labels(row["indications"])))
        st.markdown("**Treatment setting:** " + plain(tag_labels(row["settings"]) or "Not stated"))
        if row["other_drugs"]:
            st.markdown("**Other drugs in the trial:** " + plain(", ".join(row["other_drugs"])))
        st.markdown("**Lenalidomide is named in this trial as:** " + plain(row["matched_as"]))
    with right:
        ages = f"{row['min_age_text'] or 'no minimum'} to {row['max_age_text'] or 'no maximum'}"
        st.markdown("**Ages:** " + plain(ages))
        sex = {"ALL": "All", "FEMALE": "Female", "MALE": "Male"}.get(row["sex"], row["sex"])
        st.markdown("**Sex:** " + plain(sex or "Not stated"))
        st.markdown("**Sponsor:** " + plain(row["sponsor"] or "Not stated"))
        st.markdown(
            "**Conditions, as the sponsor lists them:** " + plain("; ".join(row["conditions"]))
        )
    if row["evidence"]:
        with st.expander("Why these disease and setting labels?"):
            st.caption("The words in the trial's record that gave each label:")
            for line in row["evidence"]:
                st.markdown("- " + plain(line))
    st.subheader("Summary")
    st.markdown(safe_markdown(row["brief_summary"]) or "_No summary given._")
    with st.expander("Eligibility criteria: who can take part", expanded=False):
        st.markdown(safe_markdown(row["eligibility"]) or "_Not given._")
    if detail.arms:
        st.subheader("Arms and drugs")
        for arm in detail.arms:
            kind = arm.type.replace("_", " ").lower()
            st.markdown(f"**{plain(arm.label)}**" + (f" ({plain(kind)})" if kind else ""))
            if arm.interventions:
                st.markdown(plain(", ".join(arm.interventions)))
            if arm.description:
                st.markdown(safe_markdown(arm.description))
    if detail.contacts:
        st.subheader("Contacts for this trial")
        for contact in detail.contacts:
            st.markdown("- " + contact_markdown(contact))
    st.subheader(f"Sites ({len(detail.sites)})")
    if not detail.sites.empty:
        st.dataframe(site_rows(detail.sites, unit=detail.unit), hide_index=True, width="stretch")
        site_map(map_points(detail.sites, dataset.trials), key="detail_map",
                 trial_filter=trial_filter)  # fmt: skip


def header(dataset: Dataset | None, error: str, settings: Settings, now: datetime) -> None:
    st.markdown("## Lenalidomide trial finder")
    top_left, top_right = st.columns([5, 1], vertical_alignment="center")
    if dataset is not None:
        top_left.markdown(headline(dataset, now))
    if top_right.button("Refresh", key="refresh", icon=":material/refresh:",
                        help="Ask ClinicalTrials.gov for the latest data now"):  # fmt: skip
        refresh_error = run_refresh(
            replace(settings, max_age=timedelta(0)), now, mode=Mode.AUTO,
            label="Checking ClinicalTrials.gov…",
        )  # fmt: skip
        if refresh_error:
            st.session_state["_refresh_error"] = refresh_error
        else:
            st.session_state.pop("_refresh_error", None)
            st.toast("Trial data is up to date.")
        st.rerun()
    problem = st.session_state.pop("_refresh_error", "") or error
    if problem and dataset is not None:
        st.warning(
            plain(
                f"Couldn't refresh from ClinicalTrials.gov ({problem}). Showing the last saved "
                f"data: registry data from {data_date(dataset.meta.data_timestamp)}, checked "
                f"{time_ago(dataset.meta.last_checked, now)}."
            )
        )
    st.caption(DISCLAIMER)


def find_trials() -> None:
    now = datetime.now(UTC)
    try:
        settings = Settings.from_env()
        dataset, error = current_dataset(settings, now)
    except TrialsError as exc:
        st.error(plain(str(exc)))
        st.stop()
    header(dataset, error, settings, now)
    if dataset is None:
        # The error already says there is no saved data ("No saved trial data yet, and ...").
        message = (error or "No trial data yet").rstrip(".")
        st.error(plain(f"{message}. Check the internet connection and press Refresh."))
        st.stop()
    options = dataset_facets(str(settings.cache_dir), dataset.path.name)
    follow_url()
    init_state_from_url(dataset, options)
    trial_filter, problems = filter_from_state(options)
    if st.session_state.get("_trial") and filters_changed(trial_filter):
        st.session_state["_trial"] = None  # a new filter shows its results, not the open trial
    trial = st.session_state.get("_trial")
    write_url(trial_filter, trial)
    for notice in st.session_state.get("_notices", []):
        st.info(plain(notice))
    narrowed = trial_filter.narrow(dataset.trials, dataset.sites)
    sidebar(narrowed_facets(options, narrowed), trial_filter, problems)
    today = now.date().isoformat()
    if trial:
        detail_view(dataset, trial, trial_filter)
    else:
        results_view(dataset, trial_filter, narrowed.trials, today)


def about() -> None:
    st.session_state["_url"] = None  # the page's own address has no filters; keep them anyway
    st.markdown("## About lenalidomide")
    st.info(DISCLAIMER, icon=":material/health_and_safety:")
    st.markdown(about_text())


def main() -> None:
    st.set_page_config(
        page_title="Lenalidomide trial finder", page_icon=":material/medication:", layout="wide"
    )
    page = st.navigation(
        [
            st.Page(find_trials, title="Find trials", default=True),
            st.Page(about, title="About lenalidomide", url_path="about"),
        ],  # fmt: skip
    )
    hold_filters()
    page.run()


main()
