"""Settings: the only place that reads the environment, so tests can pass a plain dict."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from trials.errors import InvalidInput

DEFAULT_API_URL = "https://clinicaltrials.gov/api/v2"
#: A dataset younger than this is used as is. The registry refreshes once a weekday, so a few
#: hours keeps us close to it without asking the API on every run.
DEFAULT_MAX_AGE = timedelta(hours=6)
#: The API documents no rate limit but answers 429 at peak hours; one request a second is polite.
DEFAULT_MIN_INTERVAL = 1.0
DEFAULT_TIMEOUT = 60.0


def default_cache_dir(environ: Mapping[str, str]) -> Path:
    """The per-user cache directory (XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows)."""
    if xdg := environ.get("XDG_CACHE_HOME"):
        return Path(xdg) / "lenalidomide-trials"
    if local := environ.get("LOCALAPPDATA"):
        return Path(local) / "lenalidomide-trials" / "Cache"
    home = Path(environ.get("HOME") or Path.home())
    if (home / "Library" / "Caches").is_dir():
        return home / "Library" / "Caches" / "lenalidomide-trials"
    return home / ".cache" / "lenalidomide-trials"


def _positive_float(environ: Mapping[str, str], name: str, default: float) -> float:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise InvalidInput(f"{name} must be a number, got {raw!r}") from None
    if value < 0:
        raise InvalidInput(f"{name} must not be negative, got {raw!r}")
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    """Where to ask, where to keep things, and how gently to ask."""

    api_url: str = DEFAULT_API_URL
    cache_dir: Path = Path(".")
    max_age: timedelta = DEFAULT_MAX_AGE
    min_interval: float = DEFAULT_MIN_INTERVAL
    timeout: float = DEFAULT_TIMEOUT
    #: Attempts after the first on 429/5xx/dropped connections, and the backoff base in seconds.
    retries: int = 5
    backoff: float = 1.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read TRIALS_API_URL, TRIALS_CACHE_DIR, TRIALS_MAX_AGE_HOURS, TRIALS_MIN_INTERVAL."""
        env = os.environ if environ is None else environ
        cache_dir = env.get("TRIALS_CACHE_DIR", "").strip()
        return cls(
            api_url=(env.get("TRIALS_API_URL", "").strip() or DEFAULT_API_URL).rstrip("/"),
            cache_dir=Path(cache_dir).expanduser() if cache_dir else default_cache_dir(env),
            max_age=timedelta(
                hours=_positive_float(
                    env, "TRIALS_MAX_AGE_HOURS", DEFAULT_MAX_AGE.total_seconds() / 3600
                )
            ),
            min_interval=_positive_float(env, "TRIALS_MIN_INTERVAL", DEFAULT_MIN_INTERVAL),
            timeout=_positive_float(env, "TRIALS_TIMEOUT", DEFAULT_TIMEOUT),
        )
