"""Benchmark (not a test): cold and warm `trials export`, and the dashboard's filter rerun.

Runs against the fake ClinicalTrials.gov with 150 ms latency per response. Speed is reported as
counts (requests, bytes) and as ratios to a floor measured on the same machine, because absolute
seconds on shared 2-core machines are noisy.

    .venv/bin/python bench/bench.py            # 300, 2,500 and 10,000 studies
    .venv/bin/python bench/bench.py --sizes 300
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus import make_studies  # noqa: E402
from tests.fakeapi import FakeCtGov  # noqa: E402

PY = sys.executable


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return elapsed, done


def median_of(runs: int, cmd: list[str], env: dict[str, str]) -> float:
    return statistics.median(timed(cmd, env)[0] for _ in range(runs))


def bench_export(n: int, floor: float, runs: int) -> dict[str, object]:
    studies = make_open_studies(n)
    full_bytes = sum(len(json.dumps(s, separators=(",", ":"))) for s in studies)
    with FakeCtGov(studies, latency=0.15) as server, tempfile.TemporaryDirectory() as cache:
        env = os.environ | {"TRIALS_API_URL": server.base_url, "TRIALS_CACHE_DIR": cache}
        export = [PY, "-m", "trials", "export", "--out", os.devnull]
        cold, _ = timed(export, env)
        pages = [r for r in server.requests if r.path.endswith("/studies")]
        received = sum(r.bytes_sent for r in server.requests)
        server.requests.clear()
        warm = median_of(runs, export, env)
        warm_requests = len(server.requests)
    return {
        "studies": n,
        "study_requests": len(pages),
        # One page per 1,000; an exactly full last page is followed by an empty one (API quirk).
        "target_requests": math.ceil(n / 1000) + (1 if n % 1000 == 0 else 0),
        "all_requests": len(pages) + 1,
        "bytes_received": received,
        "bytes_full_records": full_bytes,
        "bytes_ratio": received / full_bytes,
        "cold_s": cold,
        "warm_s": warm,
        "warm_requests": warm_requests,
        "warm_vs_floor": warm / floor,
    }


def bench_filters(n: int, repeats: int) -> list[tuple[str, float]]:
    """Server-side work of one dashboard rerun after a filter change (no browser)."""
    from trials.filters import TrialFilter, search_text
    from trials.pipeline import build_tables
    from trials.present import facets, narrowed_facets, results_table

    tables = build_tables(make_open_studies(n))
    trials = tables.trials.assign(search_text=search_text(tables.trials))
    sites = tables.sites
    base = facets(trials, sites)  # cached once per dataset in the app
    cases = {
        "no filter": {},
        "indication + phase + status": {"indication": ["mcl", "fl"], "phase": ["2", "3"],
                                        "status": ["recruiting"]},
        "country + state + age + sex": {"country": ["United States"], "state": ["California"],
                                        "age": ["70"], "sex": ["female"]},
        "drug + text search": {"drug": ["Dexamethasone"], "q": ["transplant"]},
        "near Boston, 250 mi": {"near": ["02115"], "radius": ["250"]},
    }  # fmt: skip
    results = []
    for name, query in cases.items():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            f, _ = TrialFilter.from_query(query)
            narrowed = f.narrow(trials, sites)
            narrowed_facets(base, narrowed)  # the sidebar's counts under this filter
            kept = narrowed.trials
            f.sites_of(kept, sites)
            results_table(kept)
            f.describe(len(kept))
            times.append(time.perf_counter() - start)
        results.append((name, statistics.median(times)))
    return [("sites in dataset", float(len(sites))), *results]


def bench_dashboard(n: int, repeats: int) -> list[tuple[str, float]]:
    """The real app.py through Streamlit's AppTest: first render, then reruns after a change."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    studies = make_open_studies(n)
    with FakeCtGov(studies) as server, tempfile.TemporaryDirectory() as cache:
        os.environ.update(
            {"TRIALS_API_URL": server.base_url, "TRIALS_CACHE_DIR": cache,
             "TRIALS_MIN_INTERVAL": "0"}
        )  # fmt: skip
        subprocess.run([PY, "-m", "trials", "fetch"], env=dict(os.environ), check=True,
                       capture_output=True, cwd=ROOT)  # fmt: skip
        st.cache_resource.clear()
        results = []
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        start = time.perf_counter()
        at.run()
        results.append(("first render (loads the saved dataset)", time.perf_counter() - start))
        changes = [
            ("indication → mantle cell lymphoma", lambda a: a.multiselect(key="indication").set_value(["mcl"])),
            ("add country", lambda a: a.multiselect(key="country").set_value(["United States"])),
            ("age 70", lambda a: a.number_input(key="age").set_value(70)),
            ("text search", lambda a: a.text_input(key="q").set_value("transplant")),
            ("near 02115", lambda a: a.text_input(key="near").set_value("02115")),
            ("within 250 mi", lambda a: a.selectbox(key="radius").set_value("250mi")),
            ("clear all filters", lambda a: [a.multiselect(key=k).set_value([]) for k in ("indication", "country")]
             + [a.number_input(key="age").set_value(None), a.text_input(key="q").set_value(""),
                a.text_input(key="near").set_value("")]),
        ]  # fmt: skip
        for name, change in changes:
            times = []
            for _ in range(repeats):
                change(at)
                start = time.perf_counter()
                at.run()
                times.append(time.perf_counter() - start)
                assert not at.exception, at.exception
            results.append((name, statistics.median(times)))
    return results


def make_open_studies(n: int) -> list[dict]:
    """n generated studies, all recruiting, so all of them match the product's query."""
    studies = make_studies(n)
    for study in studies:
        study["protocolSection"]["statusModule"]["overallStatus"] = "RECRUITING"
    return studies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 2500, 10_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    floor = median_of(args.runs, [PY, "-c", "import pandas, requests_cache"], dict(os.environ))
    lines = [
        f"Benchmark run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f'{os.cpu_count()} cores; import floor (`python -c "import pandas, requests_cache"`): '
        f"{floor:.2f} s",
        "",
        "| studies | study-page requests (target) | bytes received | vs full records | "
        "cold export | warm export | warm requests | warm ÷ import floor |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in args.sizes:
        r = bench_export(n, floor, args.runs)
        lines.append(
            f"| {n:,} | {r['study_requests']} ({r['target_requests']}) | "
            f"{r['bytes_received'] / 1e6:.1f} MB | {r['bytes_ratio']:.1%} | {r['cold_s']:.1f} s | "
            f"{r['warm_s']:.2f} s | {r['warm_requests']} | {r['warm_vs_floor']:.2f}× |"
        )
        print(lines[-1], file=sys.stderr)
    filters = bench_filters(max(args.sizes), args.runs)
    lines += ["", f"Dashboard filter rerun (server side), {max(args.sizes):,} trials, "
              f"{int(filters[0][1]):,} sites:", "", "| filter change | median |", "|---|---:|"]  # fmt: skip
    lines += [f"| {name} | {seconds * 1000:.0f} ms |" for name, seconds in filters[1:]]
    dashboard = bench_dashboard(max(args.sizes), 3)
    lines += ["", f"Dashboard through AppTest (the whole app.py rerun), {max(args.sizes):,} trials:",
              "", "| action | median |", "|---|---:|"]  # fmt: skip
    lines += [f"| {name} | {seconds * 1000:.0f} ms |" for name, seconds in dashboard]
    report = "\n".join(lines)
    print(report)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
