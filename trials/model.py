"""The normalised records (one per trial, one per site) and the closed vocabularies they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Indication(StrEnum):
    """The indications a patient filters by; values are the stable ids used in URLs and the CLI."""

    MYELOMA = "myeloma"
    MDS_DEL5Q = "mds-del5q"
    MCL = "mcl"
    FL = "fl"
    MZL = "mzl"
    OTHER = "other"

    @property
    def label(self) -> str:
        return INDICATION_LABELS[self]


INDICATION_LABELS: dict[Indication, str] = {
    Indication.MYELOMA: "Multiple myeloma",
    Indication.MDS_DEL5Q: "MDS with del(5q)",
    Indication.MCL: "Mantle cell lymphoma",
    Indication.FL: "Follicular lymphoma",
    Indication.MZL: "Marginal zone lymphoma",
    Indication.OTHER: "Other",
}


class Setting(StrEnum):
    """Treatment setting (line of therapy) a trial enrols into."""

    NEWLY_DIAGNOSED = "newly-diagnosed"
    RELAPSED_REFRACTORY = "relapsed-refractory"
    MAINTENANCE = "maintenance"

    @property
    def label(self) -> str:
        return SETTING_LABELS[self]


SETTING_LABELS: dict[Setting, str] = {
    Setting.NEWLY_DIAGNOSED: "Newly diagnosed",
    Setting.RELAPSED_REFRACTORY: "Relapsed/refractory",
    Setting.MAINTENANCE: "Maintenance",
}


#: Any tag id ("mcl", "maintenance") -> its human label.
TAG_LABELS: dict[str, str] = {i.value: label for i, label in INDICATION_LABELS.items()} | {
    s.value: label for s, label in SETTING_LABELS.items()
}


class Status(StrEnum):
    """The overall statuses we ask for by default (the API knows more; others pass through)."""

    RECRUITING = "RECRUITING"
    NOT_YET_RECRUITING = "NOT_YET_RECRUITING"

    @property
    def label(self) -> str:
        return status_label(self.value)


def status_label(raw: str) -> str:
    """'NOT_YET_RECRUITING' -> 'Not yet recruiting' (works for any API status value)."""
    return raw.replace("_", " ").capitalize() if raw else ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a tag was given: the tag id, the field it came from, and the words that matched."""

    tag: str
    field: str
    text: str

    def describe(self) -> str:
        return f"{self.tag}: {self.field} “{self.text}”"


@dataclass(frozen=True, slots=True)
class Classification:
    indications: tuple[Indication, ...] = ()
    settings: tuple[Setting, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Contact:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""

    def describe(self) -> str:
        return " · ".join(part for part in (self.name, self.phone, self.email) if part)


@dataclass(frozen=True, slots=True)
class Arm:
    label: str = ""
    type: str = ""
    description: str = ""
    interventions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Trial:
    """One study as we show it. Text fields are untrusted sponsor text; empty string = not given."""

    nct_id: str
    brief_title: str = ""
    official_title: str = ""
    acronym: str = ""
    status: str = ""
    phases: tuple[str, ...] = ()
    phase_text: str = ""
    study_type: str = ""
    conditions: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    condition_mesh_terms: tuple[str, ...] = ()
    interventions: tuple[str, ...] = ()
    other_drugs: tuple[str, ...] = ()
    matched_as: str = ""
    arms: tuple[Arm, ...] = ()
    brief_summary: str = ""
    eligibility_criteria: str = ""
    min_age_years: float | None = None
    max_age_years: float | None = None
    min_age_text: str = ""
    max_age_text: str = ""
    sex: str = ""
    healthy_volunteers: bool | None = None
    sponsor: str = ""
    sponsor_class: str = ""
    start_date: str = ""
    start_date_precision: str = ""
    first_posted: str = ""
    last_update: str = ""
    enrollment: int | None = None
    central_contacts: tuple[Contact, ...] = ()
    url: str = ""
    classification: Classification = field(default_factory=Classification)

    @property
    def title(self) -> str:
        return self.brief_title or self.official_title or self.nct_id


@dataclass(frozen=True, slots=True)
class Site:
    """One location of a trial. Its status is its own and may differ from the trial's."""

    nct_id: str
    facility: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    country: str = ""
    status: str = ""
    lat: float | None = None
    lon: float | None = None
    contact: Contact = field(default_factory=Contact)
