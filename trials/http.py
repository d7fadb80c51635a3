"""The one HTTP session: requests-cache over SQLite, bounded retries, a polite request rate."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests_cache import CachedSession, SQLiteCache
from urllib3.util.retry import Retry

from trials import __version__

log = logging.getLogger(__name__)

USER_AGENT = f"lenalidomide-trial-finder/{__version__} (open-trial finder for patients)"
RETRY_STATUSES = (429, 500, 502, 503, 504)
#: urllib3 would otherwise obey a Retry-After of up to six hours.
RETRY_AFTER_MAX = 60
HTTP_CACHE_FILE = "http-cache.sqlite"
CONNECT_RETRIES = 2


@dataclass(slots=True)
class Throttle:
    """Keeps requests that reach the network at least `min_interval` seconds apart.

    Cached responses never pass through it, so a warm run is not slowed down. The clock and the
    sleep are injectable so the rule can be tested without waiting.
    """

    min_interval: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self) -> None:
        with self._lock:
            now = self.clock()
            if self._last is not None:
                delay = self._last + self.min_interval - now
                if delay > 0:
                    self.sleep(delay)
                    now += delay
            self._last = now


class ThrottledAdapter(HTTPAdapter):
    """An HTTPAdapter that waits its turn before each request that really goes out."""

    def __init__(self, throttle: Throttle, **kwargs: Any) -> None:
        self.throttle = throttle
        super().__init__(**kwargs)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.throttle.wait()
        return super().send(request, **kwargs)


def build_retry(*, retries: int, backoff: float) -> Retry:
    """Exponential backoff with jitter on 429/5xx and dropped connections, honouring Retry-After."""
    return Retry(
        total=retries,
        # A refused connection or failed DNS lookup rarely heals in seconds: give up sooner.
        connect=min(retries, CONNECT_RETRIES),
        read=retries,
        status=retries,
        other=0,
        allowed_methods=frozenset({"GET"}),
        status_forcelist=RETRY_STATUSES,
        backoff_factor=backoff,
        backoff_jitter=backoff / 2,
        backoff_max=30,
        respect_retry_after_header=True,
        retry_after_max=RETRY_AFTER_MAX,
        # Return the last 429/5xx instead of raising, so the API layer can say what went wrong.
        raise_on_status=False,
    )


def _is_json(response: requests.Response) -> bool:
    """Only cache JSON: a proxy's HTML error page with status 200 must never be replayed."""
    return "json" in response.headers.get("Content-Type", "")


def build_session(
    cache_dir: Path,
    *,
    min_interval: float,
    retries: int = 5,
    backoff: float = 1.0,
    expire_after: float = 6 * 3600,
) -> CachedSession:
    """Build the explicit CachedSession every request goes through (never `install_cache`)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    session = CachedSession(
        backend=SQLiteCache(cache_dir / HTTP_CACHE_FILE, wal=True),
        expire_after=expire_after,
        allowable_codes=(200,),
        filter_fn=_is_json,
        # Our own "last complete dataset" is the fallback; stale pages must not build a new one.
        stale_if_error=False,
    )
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "application/json"
    adapter = ThrottledAdapter(
        Throttle(min_interval), max_retries=build_retry(retries=retries, backoff=backoff)
    )
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
