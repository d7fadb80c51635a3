"""A fake ClinicalTrials.gov API v2 on 127.0.0.1 that keeps the real contract and fails on demand.

In a test::

    with FakeCtGov(load_samples()) as fake:
        settings = Settings(api_url=fake.base_url)
        fake.inject("429", retry_after=1)
        ...
        assert fake.requests[0].params["fields"] == [...]

Standalone (benchmarks, browser tests); the base URL is the first line on stdout::

    python -m tests.fakeapi --port 0 --studies 300 --latency 0.15

What it checks like the real API: unknown parameters, `fields` names (from fields.tsv),
`filter.overallStatus` values, `pageSize`, `pageToken` (bound to the other parameters). What it
applies: `fields` projection, `filter.overallStatus`, `filter.ids`, `filter.geo`, `query.intr` and
`query.cond` (as "a OR b OR \"c\"" case-insensitive substring matches), and their `postFilter.*`
twins. Other spec parameters are accepted and ignored; only `format=json` is served.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import csv
import hashlib
import json
import math
import re
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from .corpus import hostile_study, load_samples, make_studies, shared_dir

API_VERSION = "2.0.5"
API_PREFIX = "/api/v2"
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000
STUDIES_PARAMS = frozenset(
    {
        "format", "markupFormat", "query.cond", "query.term", "query.locn", "query.titles",
        "query.intr", "query.outc", "query.spons", "query.lead", "query.id", "query.patient",
        "filter.overallStatus", "filter.geo", "filter.ids", "filter.advanced",
        "filter.synonyms", "postFilter.overallStatus", "postFilter.geo", "postFilter.ids",
        "postFilter.advanced", "postFilter.synonyms", "aggFilters", "geoDecay", "fields",
        "sort", "countTotal", "pageSize", "pageToken",
    }
)  # fmt: skip
STUDY_PARAMS = frozenset({"format", "markupFormat", "fields"})
#: Parameters that may change between pages (the spec); every other one is bound into the token.
PAGING_FREE_PARAMS = frozenset({"pageToken", "pageSize", "countTotal"})
LIST_PARAMS = frozenset(
    {
        "filter.overallStatus", "filter.ids", "filter.synonyms", "postFilter.overallStatus",
        "postFilter.ids", "postFilter.synonyms", "fields", "sort",
    }
)  # fmt: skip
STATUSES = frozenset(
    {
        "ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING",
        "RECRUITING", "SUSPENDED", "TERMINATED", "WITHDRAWN", "AVAILABLE",
        "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING",
        "WITHHELD", "UNKNOWN",
    }
)  # fmt: skip
_BASE_FAULTS = ("429", "500", "503", "drop", "slow", "bad-json", "html")
FAULTS = frozenset(
    {*_BASE_FAULTS, "missing-modules", "wrong-shape", *(f"version-{f}" for f in _BASE_FAULTS)}
)
_NCT_RE = re.compile(r"^[Nn][Cc][Tt]0*[1-9]\d{0,7}$")
_GEO_RE = re.compile(r"^distance\((-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?)(km|mi)?\)$")
_KM_PER_UNIT = {"km": 1.0, "mi": 1.609344, None: 0.001}  # no unit means metres (reported quirk)
_PROXY_PAGE = b"<html><body>Service Unavailable</body></html>"
_MISSING = object()


@dataclass(frozen=True, slots=True)
class Recorded:
    """One request the fake answered: what was asked and what went back."""

    path: str
    params: dict[str, list[str]]
    status: int  # 0 when the connection was dropped without an answer
    bytes_sent: int  # body bytes
    page: int | None = None  # 0-based page index of a /studies request
    fault: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    time: float = 0.0  # time.monotonic() when the request arrived


@dataclass(slots=True)
class _Fault:
    kind: str
    times: int
    on_page: int | None
    retry_after: float | None
    delay: float


@dataclass(slots=True)
class _Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    page: int | None = None
    fault: str | None = None


class _BadRequest(Exception):
    """The real API's 400 with a text/plain body."""


def _text(status: int, message: str) -> _Reply:
    return _Reply(status, message.encode(), "text/plain; charset=utf-8")


def _json(payload: Any) -> _Reply:
    return _Reply(200, json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode())


@lru_cache(maxsize=1)
def field_names() -> dict[str, tuple[str, ...]]:
    """Every name `fields=` accepts -> the path it selects: piece names, dotted paths, and
    section/module names (`ProtocolSection`, `ContactsLocationsModule`). Non-retrievable fields
    (`NumLocations`, ...) are refused, as is anything not in fields.tsv."""
    names: dict[str, tuple[str, ...]] = {}
    with (shared_dir() / "fields.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if row["retrievable"] != "yes":
            continue
        path = tuple(row["path"].split("."))
        for depth in range(1, len(path) + 1):
            prefix = path[:depth]
            names.setdefault(".".join(prefix), prefix)
            if depth <= 2 and prefix[-1].endswith(("Section", "Module")):
                names.setdefault(prefix[-1][0].upper() + prefix[-1][1:], prefix)
        if row["piece"]:
            names[row["piece"]] = path
    return names


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,|]", value) if part.strip()]


def _projection_tree(names: Iterable[str]) -> dict[str, Any]:
    """Paths -> nested dict whose leaves are True; a shorter path swallows longer ones."""
    known = field_names()
    paths = []
    for name in names:
        if name not in known:
            raise _BadRequest(f"Parameter 'fields' contains invalid field name: '{name}'")
        paths.append(known[name])
    tree: dict[str, Any] = {}
    for path in sorted(paths, key=len):
        node: Any = tree
        for key in path[:-1]:
            node = node.setdefault(key, {})
            if node is True:
                break
        else:
            node[path[-1]] = True
    return tree


def _projection(params: dict[str, str]) -> Any:
    """The projection tree for a request's `fields`, or True (whole records) without one."""
    if "fields" not in params:
        return True
    names = _split(params["fields"])
    if not names:
        raise _BadRequest("Parameter 'fields' must not be empty")
    return _projection_tree(names)


def project(value: Any, tree: Any) -> Any:
    """Keep only the paths in `tree`, through nested lists; drops what ends up empty."""
    if tree is True:
        return value
    if isinstance(value, list):
        items = (project(item, tree) for item in value)
        kept = [item for item in items if item is not _MISSING]
        return kept or _MISSING
    if not isinstance(value, dict):
        return _MISSING
    out = {}
    for key, item in value.items():  # the record's own key order, as the API keeps it
        if key in tree and (got := project(item, tree[key])) is not _MISSING:
            out[key] = got
    return out or _MISSING


def _get(obj: Any, *keys: str) -> Any:
    for key in keys:
        obj = obj.get(key) if isinstance(obj, dict) else None
    return obj


def _strings(*values: Any) -> Iterable[str]:
    for value in values:
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))


def _nct_number(study_or_id: Any) -> int | None:
    """NCT00000123, nct123 and a study with that ID all -> 123 (IDs compare by number)."""
    if isinstance(study_or_id, dict):
        study_or_id = _get(study_or_id, "protocolSection", "identificationModule", "nctId")
    if isinstance(study_or_id, str) and _NCT_RE.match(study_or_id):
        return int(study_or_id[3:])
    return None


def _intervention_text(study: dict[str, Any]) -> str:
    arms = _get(study, "protocolSection", "armsInterventionsModule") or {}
    parts: list[str] = []
    for iv in arms.get("interventions") or []:
        parts += _strings(iv.get("name"), iv.get("otherNames"), iv.get("description"))
    for arm in arms.get("armGroups") or []:
        parts += _strings(arm.get("label"), arm.get("description"), arm.get("interventionNames"))
    meshes = _get(study, "derivedSection", "interventionBrowseModule", "meshes") or []
    parts += _strings([m.get("term") for m in meshes])
    return "\n".join(parts).lower()


def _condition_text(study: dict[str, Any]) -> str:
    module = _get(study, "protocolSection", "conditionsModule") or {}
    meshes = _get(study, "derivedSection", "conditionBrowseModule", "meshes") or []
    parts = _strings(
        module.get("conditions"), module.get("keywords"), [m.get("term") for m in meshes]
    )
    return "\n".join(parts).lower()


def _terms(query: str) -> list[str]:
    """`lenalidomide OR Revlimid OR "CC-5013"` -> ['lenalidomide', 'revlimid', 'cc-5013']."""
    terms = (t.strip(' ()"').lower() for t in re.split(r"\s+OR\s+", query))
    return [t for t in terms if t]


def _km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _predicates(params: dict[str, str]) -> list[Callable[[dict[str, Any]], bool]]:
    """The filters the fake applies; raises _BadRequest for values the API refuses."""
    tests: list[Callable[[dict[str, Any]], bool]] = []
    for prefix in ("filter.", "postFilter."):
        if (raw := params.get(prefix + "overallStatus")) is not None:
            statuses = set(_split(raw))
            if not statuses or (bad := statuses - STATUSES):
                shown = ", ".join(sorted(bad)) if statuses else raw
                raise _BadRequest(f"Invalid value of '{prefix}overallStatus': {shown}")
            tests.append(
                lambda s, st=statuses: (
                    _get(s, "protocolSection", "statusModule", "overallStatus") in st
                )
            )
        if (raw := params.get(prefix + "ids")) is not None:
            ids = _split(raw)
            if not ids or not all(_NCT_RE.match(i) for i in ids):
                raise _BadRequest(f"Invalid value of '{prefix}ids': {raw}")
            wanted = {_nct_number(i) for i in ids}
            tests.append(lambda s, w=wanted: _nct_number(s) in w)
        if (raw := params.get(prefix + "geo")) is not None:
            match = _GEO_RE.match(raw)
            if not match:
                raise _BadRequest(f"Invalid value of '{prefix}geo': {raw}")
            lat, lon = float(match[1]), float(match[2])
            radius_km = float(match[3]) * _KM_PER_UNIT[match[4]]

            def near(s: dict[str, Any], lat: float = lat, lon: float = lon, r: float = radius_km):
                sites = _get(s, "protocolSection", "contactsLocationsModule", "locations") or []
                points = (site.get("geoPoint") for site in sites if isinstance(site, dict))
                return any(
                    _km_between(lat, lon, p["lat"], p["lon"]) <= r for p in points if p is not None
                )

            tests.append(near)
    for name, text_of in (("query.intr", _intervention_text), ("query.cond", _condition_text)):
        if terms := _terms(params.get(name, "")):
            tests.append(_any_term(terms, text_of))
    return tests


def _any_term(
    terms: list[str], text_of: Callable[[dict[str, Any]], str]
) -> Callable[[dict[str, Any]], bool]:
    def matches(study: dict[str, Any]) -> bool:
        text = text_of(study)
        return any(term in text for term in terms)

    return matches


def _params_hash(params: dict[str, str]) -> str:
    bound = sorted((k, v) for k, v in params.items() if k not in PAGING_FREE_PARAMS)
    return hashlib.sha256(json.dumps(bound).encode()).hexdigest()[:16]


def _make_token(offset: int, page: int, params: dict[str, str]) -> str:
    raw = f"{offset}:{page}:{_params_hash(params)}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _read_token(token: str, params: dict[str, str]) -> tuple[int, int]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        offset, page, digest = raw.split(":")
        offset_n, page_n = int(offset), int(page)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _BadRequest(f"Invalid pageToken: {token}") from None
    if digest != _params_hash(params) or offset_n < 0 or page_n < 1:
        raise _BadRequest("pageToken does not match the request parameters")
    return offset_n, page_n


def _page_size(raw: str | None) -> int:
    if raw is None:
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise _BadRequest(f"Invalid value of 'pageSize': {raw}") from None
    if size < 0:
        raise _BadRequest(f"Invalid value of 'pageSize': {raw}")
    # The spec: 0 means the default, more than 1,000 is silently cut to 1,000.
    return min(size, MAX_PAGE_SIZE) or DEFAULT_PAGE_SIZE


def _without_modules(study: dict[str, Any]) -> dict[str, Any]:
    """What the 'missing-modules' fault serves: the NCT ID and the interventions, nothing else."""
    protocol = study.get("protocolSection", {})
    return {
        "protocolSection": {
            "identificationModule": {"nctId": _get(protocol, "identificationModule", "nctId")},
            "armsInterventionsModule": protocol.get("armsInterventionsModule", {}),
        }
    }


def _flat(params: dict[str, list[str]]) -> dict[str, str]:
    # Repeated list parameters combine (fields=A&fields=B); otherwise the last value wins.
    return {k: (",".join(v) if k in LIST_PARAMS else v[-1]) for k, v in params.items()}


def _check_common(params: dict[str, list[str]], allowed: frozenset[str]) -> dict[str, str]:
    for name in params:
        if name not in allowed:
            raise _BadRequest(f"`{name}` is unknown parameter")
    flat = _flat(params)
    fmt = flat.get("format", "json")
    if fmt != "json":
        raise _BadRequest(f"Invalid value of 'format': {fmt} (this fake serves json only)")
    if flat.get("markupFormat", "markdown") not in ("markdown", "legacy"):
        raise _BadRequest(f"Invalid value of 'markupFormat': {flat['markupFormat']}")
    return flat


class FakeCtGov:
    """ClinicalTrials.gov API v2 on 127.0.0.1, serving `studies` (swap the list any time)."""

    def __init__(
        self,
        studies: list[dict[str, Any]],
        *,
        latency: float = 0.0,
        data_timestamp: str = "2026-11-20T09:00:06",
        port: int = 0,
    ) -> None:
        self.studies = studies
        self.latency = latency
        self.data_timestamp = data_timestamp
        self.port = port
        self.base_url = ""
        self.requests: list[Recorded] = []
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> FakeCtGov:
        """Listen and serve in a daemon thread; sets base_url. Returns self."""
        server = ThreadingHTTPServer(("127.0.0.1", self.port), _Handler)
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        self.base_url = f"http://127.0.0.1:{server.server_address[1]}{API_PREFIX}"
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, free the port and cut kept-alive connections, so a pooled connection
        cannot reach a stopped fake. Requests still sleeping are abandoned."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._lock:
            connections, self._connections = list(self._connections), set()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeCtGov:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults ------------------------------------------------------------------------------
    def inject(
        self,
        fault: str,
        *,
        times: int = 1,
        on_page: int | None = None,
        retry_after: float | None = None,
        delay: float = 0.0,
    ) -> None:
        """Fail the next `times` matching requests: /studies list requests (on page `on_page`,
        or any page if None) or, for "version-*" faults, /version requests."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; choose from {sorted(FAULTS)}")
        if times < 1:
            raise ValueError("times must be at least 1")
        if fault.startswith("version-") and on_page is not None:
            raise ValueError("on_page applies to /studies faults only")
        with self._lock:
            self._faults.append(_Fault(fault, times, on_page, retry_after, delay))

    def clear_faults(self) -> None:
        """Forget every fault not yet consumed."""
        with self._lock:
            self._faults.clear()

    def _take_fault(self, version: bool, page: int | None) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.kind.startswith("version-") != version:
                    continue
                if fault.on_page is not None and fault.on_page != page:
                    continue
                fault.times -= 1
                if fault.times == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def _record(self, entry: Recorded) -> None:
        with self._lock:
            self.requests.append(entry)

    # -- endpoints ---------------------------------------------------------------------------
    def _answer(self, path: str, params: dict[str, list[str]]) -> _Reply:
        try:
            if path == f"{API_PREFIX}/version":
                return self._version(params)
            if path == f"{API_PREFIX}/studies":
                return self._list(params)
            if path.startswith(f"{API_PREFIX}/studies/"):
                return self._one(path.rsplit("/", 1)[1], params)
        except _BadRequest as exc:
            return _text(400, str(exc))
        return _text(404, f"Not found: {path}")

    def _version(self, params: dict[str, list[str]]) -> _Reply:
        _check_common(params, frozenset())
        payload = {"apiVersion": API_VERSION, "dataTimestamp": self.data_timestamp}
        return self._apply_fault(self._take_fault(True, None), lambda: _json(payload))

    def _one(self, nct_id: str, params: dict[str, list[str]]) -> _Reply:
        flat = _check_common(params, STUDY_PARAMS)
        tree = _projection(flat)
        if not _NCT_RE.match(nct_id):
            raise _BadRequest(f"Invalid NCT number: {nct_id}")
        wanted = _nct_number(nct_id)
        for study in self.studies:
            if _nct_number(study) == wanted:
                projected = project(study, tree)
                return _json({} if projected is _MISSING else projected)
        return _text(404, f"Study {nct_id.upper()} not found")

    def _list(self, params: dict[str, list[str]]) -> _Reply:
        flat = _check_common(params, STUDIES_PARAMS)
        tree = _projection(flat)
        tests = _predicates(flat)
        count_total = flat.get("countTotal", "false").lower()
        if count_total not in ("true", "false"):
            raise _BadRequest(f"Invalid value of 'countTotal': {flat['countTotal']}")
        size = _page_size(flat.get("pageSize"))
        offset, page = _read_token(flat["pageToken"], flat) if "pageToken" in flat else (0, 0)

        fault = self._take_fault(False, page)

        def build() -> _Reply:
            matching = [s for s in self.studies if all(test(s) for test in tests)]
            chunk = matching[offset : offset + size]
            if fault is not None and fault.kind == "missing-modules":
                chunk = [_without_modules(s) for s in chunk]
            payload: dict[str, Any] = {}
            if page == 0 and count_total == "true":
                payload["totalCount"] = len(matching)
            projected = (project(s, tree) for s in chunk)
            payload["studies"] = [{} if s is _MISSING else s for s in projected]
            # Reported quirk: a full page gets a token even when nothing follows it.
            if chunk and len(chunk) == size:
                payload["nextPageToken"] = _make_token(offset + size, page + 1, flat)
            return _json(payload)

        reply = self._apply_fault(fault, build)
        reply.page = page
        return reply

    @staticmethod
    def _apply_fault(fault: _Fault | None, build: Callable[[], _Reply]) -> _Reply:
        if fault is None:
            return build()
        kind = fault.kind.removeprefix("version-")
        headers = {}
        if fault.retry_after is not None:
            # Whole seconds, as HTTP says: urllib3 raises InvalidHeader on "0.5".
            headers["Retry-After"] = str(math.ceil(fault.retry_after))
        if kind in ("429", "500", "503"):
            messages = {"429": "Too Many Requests", "500": "Internal Server Error"}
            reply = _text(int(kind), messages.get(kind, "Service Unavailable"))
            reply.headers = headers
        elif kind == "drop":
            reply = _Reply(0, drop=True)
        elif kind == "html":
            reply = _Reply(200, _PROXY_PAGE, "text/html; charset=utf-8")
        elif kind == "wrong-shape":
            reply = _json({"studies": "oops"})
        else:
            if kind == "slow":
                time.sleep(fault.delay)
            reply = build()
            if kind == "bad-json":
                reply.body = reply.body[: max(1, len(reply.body) // 2)]
        reply.fault = fault.kind
        return reply


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a requests.Session expects
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall
    server_version = "FakeCtGov/1"

    def setup(self) -> None:
        super().setup()
        fake: FakeCtGov = self.server.fake  # type: ignore[attr-defined]
        with fake._lock:
            fake._connections.add(self.connection)

    def finish(self) -> None:
        fake: FakeCtGov = self.server.fake  # type: ignore[attr-defined]
        with fake._lock:
            fake._connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        fake: FakeCtGov = self.server.fake  # type: ignore[attr-defined]
        arrived = time.monotonic()
        if fake.latency > 0:
            time.sleep(fake.latency)
        url = urlsplit(self.path)
        path = unquote(url.path).rstrip("/")
        params = parse_qs(url.query, keep_blank_values=True)
        reply = fake._answer(path, params)
        fake._record(
            Recorded(
                path=path,
                params=params,
                status=reply.status,
                bytes_sent=len(reply.body),
                page=reply.page,
                fault=reply.fault,
                headers=dict(self.headers.items()),
                time=arrived,
            )
        )
        if reply.drop:
            self.close_connection = True
            return
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:
            self.close_connection = True  # the client gave up (timeout) or stop() cut it

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean; `requests` records everything


def main(argv: list[str] | None = None) -> None:
    """Serve until killed; print the base URL as the first stdout line."""
    parser = argparse.ArgumentParser(prog="python -m tests.fakeapi", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--studies", type=int, default=300, help="generated records to serve")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--samples", action="store_true", help="serve the 41 samples instead")
    parser.add_argument("--hostile", action="store_true", help="add the hostile NCT09999999")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to responses")
    parser.add_argument("--data-timestamp", default="2026-11-20T09:00:06")
    args = parser.parse_args(argv)

    studies = load_samples() if args.samples else make_studies(args.studies, seed=args.seed)
    if args.hostile:
        studies.append(hostile_study())
    fake = FakeCtGov(
        studies, latency=args.latency, data_timestamp=args.data_timestamp, port=args.port
    ).start()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(fake.base_url, flush=True)
    print(f"serving {len(studies)} studies", file=sys.stderr, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
