"""StudiesClient: pages of raw studies from ClinicalTrials.gov API v2, HTTP failures as our errors."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests
from requests_cache import CachedSession
from urllib3.exceptions import ProtocolError, ReadTimeoutError

from trials.errors import ApiUnavailable, RequestRejected, UnexpectedPayload
from trials.model import Status

log = logging.getLogger(__name__)

#: `query.intr` searches intervention names, other names and arm groups. Brand names and codes
#: are not reliably merged by the API's synonym expansion, so all three are asked for and each
#: study is confirmed on our side (normalize.match_alias).
INTERVENTION_QUERY = 'lenalidomide OR Revlimid OR "CC-5013"'
DEFAULT_STATUSES: tuple[str, ...] = tuple(Status)  # recruiting and not yet recruiting
PAGE_SIZE = 1000  # the API's maximum; larger values are silently cut to it
#: A guard against a server that keeps handing out tokens: 1,000 pages is a million studies.
MAX_PAGES = 1000

#: The projection: only what the product shows or classifies on. Never resultsSection or
#: documentSection, which make a full record ~70 KB on average and several MB at worst.
#: Dotted paths from fields.tsv (the API also accepts them), so no guessed piece names are sent.
FIELDS: tuple[str, ...] = (
    "protocolSection.identificationModule.nctId",
    "protocolSection.identificationModule.briefTitle",
    "protocolSection.identificationModule.officialTitle",
    "protocolSection.identificationModule.acronym",
    "protocolSection.statusModule.overallStatus",
    "protocolSection.statusModule.startDateStruct",
    "protocolSection.statusModule.studyFirstPostDateStruct",
    "protocolSection.statusModule.lastUpdatePostDateStruct",
    "protocolSection.sponsorCollaboratorsModule.leadSponsor",
    "protocolSection.descriptionModule.briefSummary",
    "protocolSection.conditionsModule.conditions",
    "protocolSection.conditionsModule.keywords",
    "protocolSection.designModule.studyType",
    "protocolSection.designModule.phases",
    "protocolSection.designModule.enrollmentInfo",
    "protocolSection.armsInterventionsModule",
    "protocolSection.eligibilityModule",
    "protocolSection.contactsLocationsModule.centralContacts",
    "protocolSection.contactsLocationsModule.locations",
    "derivedSection.conditionBrowseModule.meshes",
)


@dataclass(frozen=True, slots=True)
class Page:
    studies: list[Mapping[str, Any]]
    next_token: str | None
    total_count: int | None
    from_cache: bool
    nbytes: int


@dataclass(frozen=True, slots=True)
class FetchResult:
    """Every study the query matched, de-duplicated, plus what it cost to get them."""

    studies: list[Mapping[str, Any]]
    total_count: int | None
    requests: int
    from_cache: int
    nbytes: int


ProgressFn = Callable[[int, int | None], None]


def search_params(statuses: Sequence[str] = DEFAULT_STATUSES) -> dict[str, str]:
    """The query every page repeats: the API wants identical parameters next to each pageToken."""
    return {
        "query.intr": INTERVENTION_QUERY,
        "filter.overallStatus": ",".join(statuses),
        "fields": ",".join(FIELDS),
        "pageSize": str(PAGE_SIZE),
        "countTotal": "true",
        "format": "json",
    }


def _first_line(text: str, limit: int = 200) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:limit]


class StudiesClient:
    """Talks to one API base URL through one CachedSession. No I/O happens in the constructor."""

    def __init__(self, session: CachedSession, api_url: str, *, timeout: float = 60.0) -> None:
        self.session = session
        self.api_url = api_url.rstrip("/")
        self.timeout = timeout
        self.requests_made = 0

    def _get(
        self, path: str, params: Mapping[str, str] | None, *, refresh: bool
    ) -> requests.Response:
        url = f"{self.api_url}{path}"
        try:
            response = self.session.get(
                url, params=params, timeout=self.timeout, force_refresh=refresh
            )
        except requests.exceptions.RetryError as exc:
            raise ApiUnavailable(
                "ClinicalTrials.gov kept answering with errors; please try again later"
            ) from exc
        except requests.exceptions.Timeout as exc:
            raise ApiUnavailable(
                f"ClinicalTrials.gov did not answer within {self.timeout:g} s"
            ) from exc
        except requests.exceptions.ConnectionError as exc:
            reason = getattr(exc.args[0], "reason", None) if exc.args else None
            if isinstance(reason, ReadTimeoutError):
                raise ApiUnavailable(
                    f"ClinicalTrials.gov did not answer within {self.timeout:g} s"
                ) from exc
            if isinstance(reason, ProtocolError):
                raise ApiUnavailable(
                    "ClinicalTrials.gov kept dropping the connection; please try again later"
                ) from exc
            raise ApiUnavailable(f"Could not reach ClinicalTrials.gov at {self.api_url}") from exc
        except requests.exceptions.RequestException as exc:
            raise ApiUnavailable(f"Request to ClinicalTrials.gov failed: {exc}") from exc
        if not getattr(response, "from_cache", False):
            self.requests_made += 1
        if response.status_code == 429:
            raise ApiUnavailable("ClinicalTrials.gov is busy (HTTP 429); please try again later")
        if response.status_code >= 500:
            raise ApiUnavailable(
                f"ClinicalTrials.gov is having trouble (HTTP {response.status_code}); "
                "please try again later"
            )
        if response.status_code >= 400:
            raise RequestRejected(
                f"ClinicalTrials.gov rejected our request (HTTP {response.status_code}): "
                f"{_first_line(response.text)}"
            )
        return response

    def _json(self, response: requests.Response) -> Any:
        try:
            if "json" not in response.headers.get("Content-Type", ""):
                raise ValueError(f"content type {response.headers.get('Content-Type')!r}")
            return response.json()
        except ValueError as exc:
            # A cached copy of a bad answer would be replayed on every retry: drop it.
            self.session.cache.delete(requests=[response.request])
            raise UnexpectedPayload(
                "ClinicalTrials.gov sent a page that is not valid JSON "
                f"(starts with {_first_line(response.text, 60)!r})"
            ) from exc

    def data_timestamp(self) -> str:
        """The registry's `dataTimestamp`: which weekday refresh the API is serving."""
        payload = self._json(self._get("/version", None, refresh=True))
        stamp = payload.get("dataTimestamp") if isinstance(payload, dict) else None
        if not isinstance(stamp, str) or not stamp:
            raise UnexpectedPayload("ClinicalTrials.gov /version has no dataTimestamp")
        return stamp

    def iter_pages(
        self,
        params: Mapping[str, str],
        *,
        refresh: bool = False,
        not_before: datetime | None = None,
    ) -> Iterator[Page]:
        """Yield pages until `nextPageToken` is absent or a page is empty.

        `not_before`: a cached page older than this (the registry's last refresh) is fetched
        again, so one dataset never mixes two registry versions.
        """
        token: str | None = None
        seen_tokens: set[str] = set()
        for _ in range(MAX_PAGES):
            page_params = dict(params) | ({"pageToken": token} if token else {})
            response = self._get("/studies", page_params, refresh=refresh)
            if not refresh and _older_than(response, not_before):
                response = self._get("/studies", page_params, refresh=True)
            page = self._parse_page(response)
            yield page
            if not page.next_token or not page.studies:
                return
            if page.next_token in seen_tokens:
                raise UnexpectedPayload("ClinicalTrials.gov repeated a page token")
            seen_tokens.add(page.next_token)
            token = page.next_token
        raise UnexpectedPayload(f"ClinicalTrials.gov returned more than {MAX_PAGES} pages")

    def _parse_page(self, response: requests.Response) -> Page:
        payload = self._json(response)
        studies = payload.get("studies") if isinstance(payload, dict) else None
        if not isinstance(studies, list) or not all(isinstance(s, dict) for s in studies):
            self.session.cache.delete(requests=[response.request])
            raise UnexpectedPayload("ClinicalTrials.gov sent a page without a list of studies")
        token = payload.get("nextPageToken")
        total = payload.get("totalCount")
        return Page(
            studies=studies,
            next_token=token if isinstance(token, str) and token else None,
            total_count=total if isinstance(total, int) else None,
            from_cache=bool(getattr(response, "from_cache", False)),
            nbytes=len(response.content),
        )


def _older_than(response: requests.Response, moment: datetime | None) -> bool:
    created = getattr(response, "created_at", None)
    if moment is None or not getattr(response, "from_cache", False) or created is None:
        return False
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return bool(created < moment)


def study_nct_id(study: Mapping[str, Any]) -> str | None:
    ident = (study.get("protocolSection") or {}).get("identificationModule") or {}
    nct = ident.get("nctId") if isinstance(ident, dict) else None
    return nct if isinstance(nct, str) and nct else None


def fetch_studies(
    client: StudiesClient,
    *,
    statuses: Sequence[str] = DEFAULT_STATUSES,
    refresh: bool = False,
    not_before: datetime | None = None,
    on_page: ProgressFn | None = None,
) -> FetchResult:
    """Every page of the lenalidomide query, de-duplicated by NCT ID (first copy wins).

    Raises ApiUnavailable / RequestRejected / UnexpectedPayload; a partial result is never
    returned, so a failed refresh cannot be mistaken for a complete one.
    """
    before = client.requests_made
    by_id: dict[str, Mapping[str, Any]] = {}
    total: int | None = None
    cached = nbytes = 0
    for page in client.iter_pages(search_params(statuses), refresh=refresh, not_before=not_before):
        if total is None:
            total = page.total_count
        cached += page.from_cache
        nbytes += page.nbytes
        for study in page.studies:
            nct = study_nct_id(study)
            if nct is None:
                log.warning("skipping a study without an NCT ID")
                continue
            by_id.setdefault(nct, study)
        if on_page:
            on_page(len(by_id), total)
    if total is not None and total != len(by_id):
        log.warning("ClinicalTrials.gov said %d studies match but %d arrived", total, len(by_id))
    return FetchResult(
        studies=list(by_id.values()),
        total_count=total,
        requests=client.requests_made - before,
        from_cache=cached,
        nbytes=nbytes,
    )


def parse_data_timestamp(stamp: str) -> datetime | None:
    """`2026-11-20T09:00:06` (UTC, per the spec) -> aware datetime; None if unparseable."""
    try:
        parsed = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
