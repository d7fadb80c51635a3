"""The one exception family the library raises; the CLI and app turn each into one sentence."""


class TrialsError(Exception):
    """Root of every error a person may be shown; its message is that sentence."""


class ApiUnavailable(TrialsError):
    """ClinicalTrials.gov could not be reached, kept failing, or timed out."""


class RequestRejected(TrialsError):
    """The API answered 4xx: our request broke its contract (a bug on our side, not the user's)."""


class UnexpectedPayload(TrialsError):
    """The API answered 200 with something that is not the JSON its spec promises."""


class NoDataset(TrialsError):
    """No complete dataset has been saved yet (and none could be fetched)."""


class InvalidInput(TrialsError):
    """A value a person typed (a filter, a place, a radius) is not one we understand."""


class CacheUnusable(TrialsError):
    """The local HTTP cache (SQLite) could not be opened or written: locked, corrupt or read-only."""
