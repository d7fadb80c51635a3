"""The last *complete* dataset on disk: written whole, switched to atomically, never half-replaced.

Layout under the cache directory::

    datasets/<id>/studies.json.gz   the raw projected studies (to re-derive after an upgrade)
    datasets/<id>/trials.parquet    normalised + classified trials
    datasets/<id>/sites.parquet     one row per site
    datasets/<id>/meta.json         when, which registry version, which query
    current.json                    {"dataset": "<id>", "checked_at": ...}, replaced with os.replace

A dataset directory is complete before `current.json` names it, so a crash at any moment leaves
either the old dataset or the new one in force — never a mix.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from trials.errors import TrialsError
from trials.table import (
    LIST_COLUMNS,
    LONG_TEXT_COLUMNS,
    SITE_DTYPES,
    TRIAL_DTYPES,
    empty_sites,
    for_parquet,
    trials_from_arrow,
)

log = logging.getLogger(__name__)

CURRENT = "current.json"
DATASETS = "datasets"
LOCK = "refresh.lock"
#: How many older complete datasets to keep next to the current one.
KEEP_OLD = 1


@dataclass(frozen=True, slots=True)
class Parts:
    """Which parts of a saved dataset to read."""

    texts: bool = True
    sites: bool = True
    lists: bool = True  # the list cells (tags, conditions, drugs) that filters look into


ALL_PARTS = Parts()


@dataclass(frozen=True, slots=True)
class DatasetMeta:
    fetched_at: datetime
    data_timestamp: str
    query: Mapping[str, str]
    total_count: int | None
    schema_version: int
    checked_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "fetched_at": self.fetched_at.isoformat(),
            "data_timestamp": self.data_timestamp,
            "query": dict(self.query),
            "total_count": self.total_count,
            "schema_version": self.schema_version,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any], checked_at: datetime | None) -> DatasetMeta:
        return cls(
            fetched_at=datetime.fromisoformat(raw["fetched_at"]),
            data_timestamp=str(raw.get("data_timestamp", "")),
            query=dict(raw.get("query") or {}),
            total_count=raw.get("total_count"),
            schema_version=int(raw.get("schema_version", 0)),
            checked_at=checked_at,
        )

    @property
    def last_checked(self) -> datetime:
        return self.checked_at or self.fetched_at


@dataclass(frozen=True, slots=True)
class Dataset:
    trials: pd.DataFrame
    sites: pd.DataFrame
    meta: DatasetMeta
    path: Path

    def age(self, now: datetime) -> float:
        """Seconds since we last confirmed this dataset against the registry."""
        return (now - self.meta.last_checked).total_seconds()

    def raw_studies(self) -> list[dict[str, Any]]:
        """The raw studies this dataset was built from (to rebuild it after an upgrade)."""
        try:
            with gzip.open(self.path / "studies.json.gz", "rt", encoding="utf-8") as fh:
                studies = json.load(fh)
        except (OSError, EOFError, ValueError) as exc:
            raise DatasetUnreadable(f"The saved raw studies are unreadable: {exc}") from exc
        if not isinstance(studies, list):
            raise DatasetUnreadable("The saved raw studies are not a list")
        return studies


class DatasetUnreadable(TrialsError):
    """The saved dataset exists but cannot be read (disk trouble, or a much older format)."""


class DatasetNotSaved(TrialsError):
    """Writing a new dataset failed (disk full, no permission); the previous one is in force."""


def _write_json_atomic(path: Path, payload: Mapping[str, Any]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@dataclass(frozen=True, slots=True)
class Pointer:
    """What `current.json` says: which dataset is in force and when it was last confirmed."""

    dataset: str
    checked_at: datetime | None


def read_pointer(cache_dir: Path) -> Pointer | None:
    """A tiny read, cheap enough for every dashboard rerun; None when nothing was ever saved."""
    try:
        raw = json.loads((cache_dir / CURRENT).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DatasetUnreadable(f"The saved dataset index is unreadable: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("dataset"), str):
        return None
    checked = raw.get("checked_at")
    try:
        checked_at = datetime.fromisoformat(checked) if isinstance(checked, str) else None
    except ValueError:
        checked_at = None
    return Pointer(raw["dataset"], checked_at)


def load_dataset(
    cache_dir: Path, pointer: Pointer | None = None, *, parts: Parts = ALL_PARTS
) -> Dataset | None:
    """The dataset `current.json` names, or None when nothing complete was ever saved.

    `parts` lets a one-shot export skip what it will not use (long texts, sites): on 10,000
    trials that is most of the reading time. Skipped text columns are blank, skipped sites empty.
    """
    current = pointer or read_pointer(cache_dir)
    if current is None:
        return None
    path = cache_dir / DATASETS / current.dataset
    try:
        meta = DatasetMeta.from_json(
            json.loads((path / "meta.json").read_text(encoding="utf-8")), current.checked_at
        )
        skip = (() if parts.texts else LONG_TEXT_COLUMNS) + (() if parts.lists else LIST_COLUMNS)
        columns = [c for c in TRIAL_DTYPES if c not in skip] if skip else None
        trials = trials_from_arrow(pq.read_table(path / "trials.parquet", columns=columns))
        sites = (
            pd.read_parquet(path / "sites.parquet").astype(SITE_DTYPES)
            if parts.sites
            else empty_sites()
        )
    except (OSError, ValueError, KeyError) as exc:
        raise DatasetUnreadable(f"The saved dataset at {path} is unreadable: {exc}") from exc
    return Dataset(trials=trials, sites=sites, meta=meta, path=path)


def save_dataset(
    cache_dir: Path,
    *,
    studies: Sequence[Mapping[str, Any]] | None,
    trials: pd.DataFrame,
    sites: pd.DataFrame,
    meta: DatasetMeta,
    raw_from: Path | None = None,
) -> Dataset:
    """Write a complete dataset, then switch `current.json` to it in one atomic step.

    `raw_from` reuses another dataset's raw studies file (re-deriving after an upgrade).
    """
    try:
        return _save(cache_dir, studies=studies, trials=trials, sites=sites, meta=meta,
                     raw_from=raw_from)  # fmt: skip
    except OSError as exc:
        raise DatasetNotSaved(
            f"Could not save the new dataset in {cache_dir} ({exc.strerror or exc}); "
            "the previous one is kept"
        ) from exc


def _save(
    cache_dir: Path,
    *,
    studies: Sequence[Mapping[str, Any]] | None,
    trials: pd.DataFrame,
    sites: pd.DataFrame,
    meta: DatasetMeta,
    raw_from: Path | None,
) -> Dataset:
    root = cache_dir / DATASETS
    root.mkdir(parents=True, exist_ok=True)
    stamp = meta.fetched_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    work = Path(tempfile.mkdtemp(dir=root, prefix=f".{stamp}-"))
    try:
        if raw_from is not None:
            shutil.copyfile(raw_from / "studies.json.gz", work / "studies.json.gz")
        else:
            with gzip.open(work / "studies.json.gz", "wt", encoding="utf-8", compresslevel=1) as fh:
                json.dump(list(studies or []), fh, ensure_ascii=False, separators=(",", ":"))
        for_parquet(trials).to_parquet(work / "trials.parquet", index=False)
        sites.to_parquet(work / "sites.parquet", index=False)
        _write_json_atomic(work / "meta.json", meta.to_json())
        final = root / work.name.lstrip(".")
        work.rename(final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    _write_json_atomic(
        cache_dir / CURRENT,
        {"dataset": final.name, "checked_at": (meta.checked_at or meta.fetched_at).isoformat()},
    )
    _prune(root, keep={final.name})
    return Dataset(trials=trials, sites=sites, meta=meta, path=final)


def mark_checked(cache_dir: Path, dataset: Dataset, when: datetime) -> Dataset:
    """Record that the registry still serves this dataset's version (nothing to download)."""
    _write_json_atomic(
        cache_dir / CURRENT, {"dataset": dataset.path.name, "checked_at": when.isoformat()}
    )
    return replace(dataset, meta=replace(dataset.meta, checked_at=when))


def _prune(root: Path, *, keep: set[str]) -> None:
    """Remove older datasets beyond KEEP_OLD, and leftovers of interrupted writes."""
    complete = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    old = [p for p in complete if p.name not in keep]
    for path in old[: max(0, len(old) - KEEP_OLD)]:
        shutil.rmtree(path, ignore_errors=True)
    for path in root.iterdir():
        if path.name.startswith(".") and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def refresh_lock(cache_dir: Path) -> Iterator[None]:
    """One refresh at a time across processes and dashboard sessions (POSIX advisory lock)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / LOCK, "a+b") as fh:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; refreshes are still atomic.
            yield
            return
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
