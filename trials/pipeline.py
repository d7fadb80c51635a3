"""The whole engine in one place: fetch -> normalise -> classify -> save, or fall back to the last save."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

import pandas as pd

from trials.api import (
    DEFAULT_STATUSES,
    ProgressFn,
    StudiesClient,
    fetch_studies,
    parse_data_timestamp,
    search_params,
)
from trials.classify import CLASSIFIER_VERSION, classify_trial
from trials.config import Settings
from trials.errors import CacheUnusable, NoDataset, TrialsError
from trials.http import build_session
from trials.model import Site, Trial
from trials.normalize import study_to_sites, study_to_trial
from trials.store import (
    ALL_PARTS,
    Dataset,
    DatasetMeta,
    DatasetUnreadable,
    Parts,
    load_dataset,
    mark_checked,
    read_pointer,
    refresh_lock,
    save_dataset,
)
from trials.table import sites_frame, trials_frame

log = logging.getLogger(__name__)

#: Bump NORMALISER_VERSION when normalize/table change; saved datasets are then re-derived from
#: their raw studies on first load instead of being thrown away.
NORMALISER_VERSION = 3
SCHEMA_VERSION = NORMALISER_VERSION * 1000 + CLASSIFIER_VERSION


class Mode(StrEnum):
    AUTO = "auto"  # use the saved dataset while it is fresh, else ask the API
    FORCE = "force"  # always ask the API, bypassing the HTTP cache
    OFFLINE = "offline"  # never ask the API


@dataclass(frozen=True, slots=True)
class Tables:
    trials: pd.DataFrame
    sites: pd.DataFrame
    left_out: tuple[str, ...]  # NCT IDs the API matched but that do not name lenalidomide


@dataclass(frozen=True, slots=True)
class Outcome:
    """What `open_dataset` did, for the one-line summary a person reads."""

    dataset: Dataset
    downloaded: bool = False
    requests: int = 0
    pages_from_cache: int = 0
    nbytes: int = 0
    total_count: int | None = None
    left_out: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    refresh_error: str = ""  # set when a refresh failed and the saved dataset is served


def build_tables(studies: Iterable[Mapping[str, Any]]) -> Tables:
    """Normalise, confirm lenalidomide on our side, classify. Pure: no I/O."""
    trials: list[Trial] = []
    sites: list[Site] = []
    left_out: list[str] = []
    for study in studies:
        trial = study_to_trial(study)
        if not trial.matched_as:
            left_out.append(trial.nct_id)
            continue
        trials.append(replace(trial, classification=classify_trial(trial)))
        sites.extend(study_to_sites(study))
    if left_out:
        log.info("%d studies do not name lenalidomide in interventions or arms", len(left_out))
    return Tables(trials_frame(trials, sites), sites_frame(sites), tuple(left_out))


def _load(settings: Settings, parts: Parts = ALL_PARTS) -> tuple[Dataset | None, list[str]]:
    try:
        return load_dataset(settings.cache_dir, parts=parts), []
    except DatasetUnreadable as exc:
        log.warning("%s", exc)
        return None, [str(exc)]


def _rederive(settings: Settings, dataset: Dataset) -> Dataset:
    """Re-run normalise + classify over the saved raw studies after an upgrade."""
    log.info("re-deriving the saved dataset with schema %d", SCHEMA_VERSION)
    tables = build_tables(dataset.raw_studies())
    with refresh_lock(settings.cache_dir):
        return save_dataset(
            settings.cache_dir,
            studies=None,
            raw_from=dataset.path,
            trials=tables.trials,
            sites=tables.sites,
            meta=replace(dataset.meta, schema_version=SCHEMA_VERSION),
        )


def needs_refresh(settings: Settings, now: datetime) -> bool:
    """True when nothing is saved or the saved dataset is older than the freshness window.

    Reads only `current.json`, so the dashboard can ask on every rerun.
    """
    try:
        pointer = read_pointer(settings.cache_dir)
    except DatasetUnreadable:
        return True
    if pointer is None or pointer.checked_at is None:
        return True
    return (now - pointer.checked_at).total_seconds() >= settings.max_age.total_seconds()


def open_dataset(
    settings: Settings,
    *,
    now: datetime,
    mode: Mode = Mode.AUTO,
    on_page: ProgressFn | None = None,
    parts: Parts = ALL_PARTS,
) -> Outcome:
    """The dataset to show, refreshed from the API when stale (or forced).

    A failed refresh never replaces the saved dataset: it is served with `refresh_error` set.
    Raises NoDataset when there is nothing saved and nothing could be fetched. `parts` may skip
    reading what the caller will not use.
    """
    dataset, warnings = _load(settings, parts)
    if dataset is not None and dataset.meta.schema_version != SCHEMA_VERSION:
        try:
            dataset = _rederive(settings, dataset)
        except TrialsError as exc:  # unreadable raw studies, or no room to save: fetch anew
            log.warning("could not re-derive the saved dataset: %s", exc)
            dataset, warnings = None, [*warnings, str(exc)]
    if mode is Mode.OFFLINE:
        if dataset is None:
            raise NoDataset("No saved trial data yet: run `trials fetch` while online")
        return Outcome(dataset=dataset, warnings=tuple(warnings))
    if (
        mode is Mode.AUTO
        and dataset is not None
        and dataset.age(now) < settings.max_age.total_seconds()
    ):
        return Outcome(dataset=dataset, warnings=tuple(warnings))
    try:
        outcome = _refresh(
            settings, now=now, force=mode is Mode.FORCE, on_page=on_page, parts=parts
        )
        return replace(outcome, warnings=(*warnings, *outcome.warnings))
    except TrialsError as exc:
        if dataset is None:
            raise NoDataset(f"No saved trial data yet, and the refresh failed: {exc}") from exc
        log.warning("refresh failed, serving the saved dataset: %s", exc)
        return Outcome(dataset=dataset, warnings=tuple(warnings), refresh_error=str(exc))


def _refresh(
    settings: Settings, *, now: datetime, force: bool, on_page: ProgressFn | None, parts: Parts
) -> Outcome:
    # The lock comes first: opening the HTTP cache switches SQLite to WAL, which fails with
    # "database is locked" while another session is opening it too.
    with refresh_lock(settings.cache_dir):
        try:
            return _refresh_locked(settings, now=now, force=force, on_page=on_page, parts=parts)
        except sqlite3.Error as exc:
            raise CacheUnusable(
                f"The download cache in {settings.cache_dir} could not be used ({exc})"
            ) from exc


def _refresh_locked(
    settings: Settings, *, now: datetime, force: bool, on_page: ProgressFn | None, parts: Parts
) -> Outcome:
    # Another process may have refreshed while we waited for the lock.
    dataset, _ = _load(settings, parts)
    if (
        not force
        and dataset is not None
        and dataset.meta.schema_version == SCHEMA_VERSION
        and dataset.age(now) < settings.max_age.total_seconds()
    ):
        return Outcome(dataset=dataset)
    session = build_session(
        settings.cache_dir,
        min_interval=settings.min_interval,
        retries=settings.retries,
        backoff=settings.backoff,
        expire_after=settings.max_age.total_seconds(),
    )
    try:
        client = StudiesClient(session, settings.api_url, timeout=settings.timeout)
        stamp = client.data_timestamp()
        params = search_params(DEFAULT_STATUSES)
        if (
            not force
            and dataset is not None
            and dataset.meta.schema_version == SCHEMA_VERSION
            and dataset.meta.data_timestamp == stamp
            and dict(dataset.meta.query) == params
        ):
            checked = mark_checked(settings.cache_dir, dataset, now)
            return Outcome(dataset=checked, requests=client.requests_made)
        result = fetch_studies(
            client, refresh=force, not_before=parse_data_timestamp(stamp), on_page=on_page
        )
        tables = build_tables(result.studies)
        saved = save_dataset(
            settings.cache_dir,
            studies=result.studies,
            trials=tables.trials,
            sites=tables.sites,
            meta=DatasetMeta(
                fetched_at=now,
                data_timestamp=stamp,
                query=params,
                total_count=result.total_count,
                schema_version=SCHEMA_VERSION,
            ),
        )
    finally:
        session.close()
    warnings = []
    if result.total_count is not None and result.total_count != len(result.studies):
        warnings.append(
            f"ClinicalTrials.gov reported {result.total_count} matching studies "
            f"but sent {len(result.studies)}"
        )
    return Outcome(
        dataset=saved,
        downloaded=True,
        requests=client.requests_made,
        pages_from_cache=result.from_cache,
        nbytes=result.nbytes,
        total_count=result.total_count,
        left_out=tables.left_out,
        warnings=tuple(warnings),
    )
