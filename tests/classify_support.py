"""What every classifier case table shares: label abbreviations and the checks run on each case."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pytest

from trials.classify import classify_trial, split_eligibility
from trials.model import Indication, Setting, Trial

MM, DEL5Q, MCL, FL, MZL, OTHER = (
    Indication.MYELOMA,
    Indication.MDS_DEL5Q,
    Indication.MCL,
    Indication.FL,
    Indication.MZL,
    Indication.OTHER,
)
ND, RR, MT = Setting.NEWLY_DIAGNOSED, Setting.RELAPSED_REFRACTORY, Setting.MAINTENANCE

#: One labelled case: (id, trial, indications, settings).
Case = tuple[str, Trial, tuple[Indication, ...], tuple[Setting, ...]]


def params(cases: Sequence[Case]) -> list[Any]:
    return [pytest.param(t, want, settings, id=name) for name, t, want, settings in cases]


def unescape(text: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def field_texts(record: Trial, field: str) -> list[str]:
    """The texts of `record` that an evidence's field name refers to, as the classifier reads them."""
    inclusion_text, _ = split_eligibility(unescape(record.eligibility_criteria))
    texts = {
        "condition": record.conditions,
        "title": (record.brief_title,),
        "official title": (record.official_title,),
        "keyword": record.keywords,
        "MeSH term": record.condition_mesh_terms,
        "summary": (record.brief_summary,),
        "inclusion criteria": (inclusion_text,),
        "intervention": record.interventions,
        "arm": tuple(t for arm in record.arms for t in (arm.label, arm.description)),
    }[field]
    return [" ".join(unescape(text).split()).lower() for text in texts]


def check_labels(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    got = classify_trial(record)
    assert (got.indications, got.settings) == (indications, settings), got.evidence


def check_evidence(record: Trial) -> None:
    """Every tag but Other has evidence: a few words found in the field it names."""
    got = classify_trial(record)
    tags = {tag.value for tag in (*got.indications, *got.settings)} - {Indication.OTHER.value}
    assert {e.tag for e in got.evidence} == tags
    for evidence in got.evidence:
        assert evidence.text and len(evidence.text) <= 80
        assert any(evidence.text.lower() in text for text in field_texts(record, evidence.field))


def check_unique(cases: Sequence[Case]) -> None:
    names = [name for name, *_ in cases]
    nct_ids = [t.nct_id for _, t, *_ in cases if t.nct_id != "NCT00000000"]
    assert len(names) == len(set(names)) and len(nct_ids) == len(set(nct_ids))


# -- eligibility text laid out the way registries lay it out ----------------------------------


def criteria(inclusion: tuple[str, ...], exclusion: tuple[str, ...], *, key: bool = False) -> str:
    """Eligibility text as modern records show it: bold headers, escaped markdown, "*" bullets."""
    word = "Key " if key else ""
    return (
        f"\\*\\*{word}Inclusion Criteria:\\*\\*\n\n"
        + "\n".join(f"* {line}" for line in inclusion)
        + f"\n\n\\*\\*{word}Exclusion Criteria:\\*\\*\n\n"
        + "\n".join(f"* {line}" for line in exclusion)
    )


def numbered(inclusion: tuple[str, ...], exclusion: tuple[str, ...]) -> str:
    """Eligibility text as many Chinese investigator-initiated records lay it out."""
    return (
        "Inclusion Criteria:\n\n"
        + "\n".join(f"{n}. {line}" for n, line in enumerate(inclusion, 1))
        + "\n\nExclusion Criteria:\n\n"
        + "\n".join(f"{n}. {line}" for n, line in enumerate(exclusion, 1))
    )


def nci(inclusion: tuple[str, ...], exclusion: tuple[str, ...]) -> str:
    """Eligibility text as NCI/CTEP records lay it out: plain headers, "*" bullets, "\\>=" escapes."""
    return (
        "Inclusion Criteria:\n\n"
        + "\n".join(f"* {line}" for line in inclusion)
        + "\n\nExclusion Criteria:\n\n"
        + "\n".join(f"* {line}" for line in exclusion)
    )


def nci_summary(opening: str, objectives: str, outline: str) -> str:
    """A CTEP-style brief summary: opening, objectives, outline, follow-up."""
    return (
        f"{opening}\n\n{objectives}\n\nOUTLINE: {outline}\n\nAfter completion of study "
        "treatment, patients are followed up every 3 months for 2 years, then every 6 months "
        "for up to 5 years."
    )


# -- what registries repeat in every record of a kind ------------------------------------------

#: MeSH terms the registry derives for any myeloma record (the term and its ancestors).
MM_MESH = (
    "Multiple Myeloma",
    "Neoplasms, Plasma Cell",
    "Neoplasms by Histologic Type",
    "Neoplasms",
    "Hemostatic Disorders",
    "Vascular Diseases",
    "Cardiovascular Diseases",
    "Paraproteinemias",
    "Blood Protein Disorders",
    "Hematologic Diseases",
    "Hemic and Lymphatic Diseases",
    "Hemorrhagic Disorders",
    "Lymphoproliferative Disorders",
    "Immunoproliferative Disorders",
    "Immune System Diseases",
)


#: What MDS trials ask, whatever the karyotype.
MDS_GENERAL = (
    "Age \\>= 18 years",
    "ECOG performance status 0-2",
    "Serum erythropoietin level and iron studies within 4 weeks before randomization",
    "Willing to follow the lenalidomide pregnancy prevention programme",
)


MDS_EXCLUSIONS = (
    "Therapy-related MDS",
    "Prior allogeneic hematopoietic stem cell transplantation",
    "Anemia due to iron, vitamin B12 or folate deficiency, autoimmune or hereditary hemolysis, or "
    "gastrointestinal bleeding",
    "Uncontrolled hypertension or history of thromboembolism within 6 months",
)

#: What industry lymphoma trials ask of the disease and exclude.
NHL_MEASURABLE = (
    "At least one bidimensionally measurable lesion (\\> 1.5 cm in longest diameter for nodal "
    "lesions, \\> 1.0 cm for extranodal lesions) on CT or PET-CT",
    "ECOG performance status 0-2",
    "Adequate bone marrow function: ANC \\>= 1.0 x 10\\^9/L and platelets \\>= 75 x 10\\^9/L, "
    "unless due to lymphoma involvement",
)


#: What NCI/CTEP records ask of everyone, whatever the disease.
NCI_GENERAL = (
    "Age \\>= 18 years",
    "Eastern Cooperative Oncology Group (ECOG) performance status =\\< 2",
    "Absolute neutrophil count (ANC) \\>= 1,000/mm\\^3",
    "Platelets \\>= 75,000/mm\\^3",
    "Total bilirubin =\\< 1.5 x institutional upper limit of normal (ULN)",
    "All study participants must be registered into the mandatory Revlimid REMS program and "
    "be willing and able to comply with its requirements",
)


NCI_EXCLUSIONS = (
    "Patients who are receiving any other investigational agents",
    "Pregnant women are excluded from this study because lenalidomide is a thalidomide "
    "analogue with the potential for teratogenic or abortifacient effects",
    "Uncontrolled intercurrent illness including, but not limited to, ongoing or active "
    "infection, symptomatic congestive heart failure, unstable angina pectoris, or cardiac "
    "arrhythmia",
)
