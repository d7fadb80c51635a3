"""`trials fetch` and `trials export`: parse -> Settings -> pipeline -> one line per outcome."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from trials.config import Settings
from trials.errors import InvalidInput, TrialsError
from trials.export import sites_table, to_csv_bytes, trials_table
from trials.filters import TrialFilter
from trials.model import INDICATION_LABELS, Indication
from trials.pipeline import Mode, Outcome, open_dataset
from trials.present import time_ago
from trials.store import Parts

log = logging.getLogger("trials")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trials",
        description="Open lenalidomide (Revlimid, CC-5013) trials from ClinicalTrials.gov.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    fetch = sub.add_parser("fetch", help="refresh the saved dataset when it is stale")
    fetch.add_argument("--force", action="store_true", help="always ask the API, even if fresh")
    export = sub.add_parser("export", help="write trials (or sites) as CSV")
    export.add_argument("--out", "-o", default="-", help="file to write, or - for stdout")
    export.add_argument("--sites", action="store_true", help="one row per site, not per trial")
    export.add_argument("--offline", action="store_true", help="never ask the API")
    for flag, key, helptext in (
        ("--indication", "indication", "myeloma, mds-del5q, mcl, fl, mzl or other"),
        ("--setting", "setting", "newly-diagnosed, relapsed-refractory or maintenance"),
        ("--status", "status", "recruiting or not-yet-recruiting"),
        ("--phase", "phase", "early-1, 1, 2, 3, 4 or na"),
        ("--country", "country", "a country as the registry spells it, e.g. Germany"),
        ("--state", "state", "a state or region, e.g. California"),
        ("--drug", "drug", "another drug that must be in the trial, e.g. daratumumab"),
    ):
        export.add_argument(flag, dest=key, action="append", default=[], help=helptext)
    export.add_argument("--age", help="only trials open to this age")
    export.add_argument("--sex", choices=["female", "male"], help="only trials open to this sex")
    export.add_argument("--search", "-q", dest="q", help="words that must all appear")
    export.add_argument("--near", help='a US ZIP code or a city, e.g. "02115" or "Lyon, France"')
    export.add_argument("--radius", help='with --near: how far, e.g. 100 (miles) or "150km"')
    return parser


def _progress(stream: TextIO):  # type: ignore[no-untyped-def]
    def on_page(received: int, total: int | None) -> None:
        of = f" of {total:,}" if total is not None else ""
        stream.write(f"Fetching from ClinicalTrials.gov… {received:,}{of} studies\n")
        stream.flush()

    return on_page


def _summary(outcome: Outcome, now: datetime) -> str:
    data = outcome.dataset
    counts: Counter[str] = Counter(i for ids in data.trials["indications"] for i in ids)
    per = ", ".join(
        f"{INDICATION_LABELS[i]} {counts[i.value]}" for i in Indication if counts[i.value]
    )
    if outcome.downloaded:
        source = f"{outcome.requests} request(s) to the network" + (
            f", {outcome.pages_from_cache} page(s) from the HTTP cache"
            if outcome.pages_from_cache
            else ""
        )
    elif outcome.requests:
        source = "registry unchanged since the last download; saved dataset kept"
    else:
        source = f"saved dataset checked {time_ago(data.meta.last_checked, now)}; no requests made"
    return (
        f"{len(data.trials):,} trials ({per or 'none'}) · registry data of "
        f"{data.meta.data_timestamp or 'unknown date'} · {source}"
    )


def _filter_from(args: argparse.Namespace) -> TrialFilter:
    query = {
        k: getattr(args, k)
        for k in ("indication", "setting", "status", "phase", "country", "state", "drug")
    }
    query |= {k: [getattr(args, k)] for k in ("age", "sex", "q", "near") if getattr(args, k)}
    if args.radius:
        if not args.near:
            raise InvalidInput("--radius needs --near (a ZIP code or a city)")
        query["radius"] = [args.radius]
    return TrialFilter.parse_strict(query)


def _write(out: str, payload: bytes, stdout: TextIO) -> None:
    if out == "-":
        buffer = getattr(stdout, "buffer", None)
        if buffer is not None:
            stdout.flush()
            buffer.write(payload)
            buffer.flush()
        else:
            stdout.write(payload.decode("utf-8"))
        return
    path = Path(out)
    try:
        if path.is_dir():
            raise TrialsError(f"Could not write {out}: it is a folder; give a file name")
        if path.exists() and not path.is_file():
            # /dev/null, a named pipe, a terminal: replacing it would destroy it, so write through.
            with path.open("wb") as fh:
                fh.write(payload)
            return
        _write_atomically(path.resolve(), payload)
    except OSError as exc:
        raise TrialsError(f"Could not write {out}: {exc.strerror or exc}") from exc


def _write_atomically(path: Path, payload: bytes) -> None:
    """A spreadsheet someone has open keeps its old rows until the new file is whole."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        # mkstemp makes the file private; an export is an ordinary file like any other.
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True, slots=True)
class World:
    """What a command may touch, passed in so tests run the CLI in-process."""

    settings: Settings
    stdout: TextIO
    stderr: TextIO
    now: datetime

    def warn(self, outcome: Outcome) -> None:
        for warning in outcome.warnings:
            self.stderr.write(f"Warning: {warning}\n")


def _fetch(args: argparse.Namespace, world: World) -> int:
    outcome = open_dataset(
        world.settings,
        now=world.now,
        mode=Mode.FORCE if args.force else Mode.AUTO,
        on_page=_progress(world.stderr),
    )
    world.warn(outcome)
    if outcome.refresh_error:
        world.stderr.write(
            f"Refresh failed: {outcome.refresh_error}. The saved dataset "
            f"({len(outcome.dataset.trials):,} trials, checked "
            f"{time_ago(outcome.dataset.meta.last_checked, world.now)}) is unchanged.\n"
        )
        return 1
    world.stderr.write(_summary(outcome, world.now) + "\n")
    return 0


def _export(args: argparse.Namespace, world: World) -> int:
    f = _filter_from(args)
    if f.place is not None:
        note = f" ({f.place.note})" if f.place.note else ""
        world.stderr.write(f"Distances from {f.place.label}{note}; approximate, as registry "
                           "sites are placed at their city's centre.\n")  # fmt: skip
    # Read only what this export uses: long texts for a search, sites for places and --sites,
    # list cells for the filters that look into them.
    parts = Parts(
        texts=bool(f.text),
        sites=bool(args.sites or f.countries or f.states or f.place),
        lists=bool(f.indications or f.settings or f.phases or f.drugs),
    )
    outcome = open_dataset(
        world.settings, now=world.now, mode=Mode.OFFLINE if args.offline else Mode.AUTO,
        on_page=_progress(world.stderr), parts=parts,
    )  # fmt: skip
    world.warn(outcome)
    data = outcome.dataset
    if outcome.refresh_error:
        world.stderr.write(
            f"Warning: could not refresh ({outcome.refresh_error}); exporting the saved dataset "
            f"from {time_ago(data.meta.last_checked, world.now)} (registry data of {data.meta.data_timestamp}).\n"
        )
    trials = f.apply(data.trials, data.sites)
    if args.sites:
        table = sites_table(f.sites_of(trials, data.sites), trials)
    else:
        table = trials_table(trials)
    _write(args.out, to_csv_bytes(table), world.stdout)
    rows = f"{len(table):,} site rows for " if args.sites else ""
    where = "" if args.out == "-" else f" to {args.out}"
    world.stderr.write(f"Exported {rows}{f.describe(len(trials))}{where}.\n")
    return 0


def run(
    argv: Sequence[str] | None,
    *,
    settings: Settings,
    stdout: TextIO,
    stderr: TextIO,
    now: datetime,
) -> int:
    """The CLI with its world passed in, so tests run it in-process. Returns the exit code."""
    args = _parser().parse_args(argv)
    command = _fetch if args.command == "fetch" else _export
    try:
        return command(args, World(settings, stdout, stderr, now))
    except TrialsError as exc:
        stderr.write(f"Error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        stderr.write("Interrupted: the saved dataset is unchanged.\n")
        return 130
    except (OSError, sqlite3.Error) as exc:  # the machine, not us: a full disk, a locked cache
        log.debug("system error", exc_info=True)
        stderr.write(f"Error: {getattr(exc, 'strerror', None) or exc}\n")
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point: configure logging, read the environment, run."""
    args = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.INFO if {"-v", "--verbose"} & set(args) else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings.from_env()
    except TrialsError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return 1
    return run(
        args, settings=settings, stdout=sys.stdout, stderr=sys.stderr,
        now=datetime.now(UTC),
    )  # fmt: skip
