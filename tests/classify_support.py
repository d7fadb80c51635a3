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
