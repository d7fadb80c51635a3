"""The one tabular schema: Trial/Site records -> DataFrames with explicit columns and dtypes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict

import numpy as np
import pandas as pd
import pyarrow as pa

from trials.model import TAG_LABELS, Indication, Site, Trial

#: Cells holding several values are tuples of str in memory and lists in Parquet.
LIST_COLUMNS = (
    "phases", "conditions", "keywords", "mesh_terms", "interventions", "other_drugs",
    "indications", "settings", "evidence", "countries",
)  # fmt: skip
#: The list cells as one spreadsheet cell each ("; "-joined, tags as labels), computed once when
#: the dataset is built so an export never has to touch the lists.
SEPARATOR = "; "
JOINED_COLUMNS = ("indications_text", "settings_text", "conditions_text", "other_drugs_text",
                  "countries_text", "evidence_text")  # fmt: skip
TEXT_COLUMNS = JOINED_COLUMNS + (
    "nct_id", "title", "brief_title", "official_title", "acronym", "status", "phase",
    "study_type", "matched_as", "brief_summary", "eligibility", "min_age_text", "max_age_text",
    "sex", "sponsor", "sponsor_class", "start_date", "start_date_precision", "first_posted",
    "last_update", "url", "arms_json", "contacts_json",
)  # fmt: skip
#: Long sponsor texts: needed to search and to show a trial, not to export a list of trials.
LONG_TEXT_COLUMNS = ("official_title", "brief_summary", "eligibility", "arms_json",
                     "contacts_json")  # fmt: skip
TRIAL_DTYPES: dict[str, str] = (
    {c: "object" for c in LIST_COLUMNS}
    | {c: "str" for c in TEXT_COLUMNS}
    | {
        "min_age": "float64",
        "max_age": "float64",
        "healthy_volunteers": "boolean",
        "enrollment": "Int64",
        "sites": "int64",
        "recruiting_sites": "int64",
    }
)
SITE_DTYPES: dict[str, str] = {
    "nct_id": "str", "facility": "str", "city": "str", "state": "str", "zip": "str",
    "country": "str", "status": "str", "lat": "float64", "lon": "float64",
    "contact_name": "str", "contact_phone": "str", "contact_email": "str",
}  # fmt: skip
RECRUITING = "RECRUITING"


def evidence_lines(trial: Trial) -> tuple[str, ...]:
    """Human sentences, one per piece of evidence: 'Mantle cell lymphoma: condition “…”'."""
    lines = []
    for ev in trial.classification.evidence:
        label = TAG_LABELS.get(ev.tag, ev.tag)
        line = f"{label}: {ev.field} “{ev.text}”"
        if ev.tag == Indication.MDS_DEL5Q and "5" not in ev.text:
            # Open to MDS without naming del(5q): say why that still counts.
            line += " (an MDS trial that does not exclude del(5q))"
        lines.append(line)
    return tuple(dict.fromkeys(lines))


def _trial_row(trial: Trial, sites: Sequence[Site]) -> dict[str, object]:
    cls = trial.classification
    countries = tuple(dict.fromkeys(s.country for s in sites if s.country))
    evidence = evidence_lines(trial)
    return {
        "nct_id": trial.nct_id,
        "title": trial.title,
        "brief_title": trial.brief_title,
        "official_title": trial.official_title,
        "acronym": trial.acronym,
        "status": trial.status,
        "phases": trial.phases,
        "phase": trial.phase_text,
        "study_type": trial.study_type,
        "conditions": trial.conditions,
        "keywords": trial.keywords,
        "mesh_terms": trial.condition_mesh_terms,
        "interventions": trial.interventions,
        "other_drugs": trial.other_drugs,
        "matched_as": trial.matched_as,
        "brief_summary": trial.brief_summary,
        "eligibility": trial.eligibility_criteria,
        "min_age": np.nan if trial.min_age_years is None else trial.min_age_years,
        "max_age": np.nan if trial.max_age_years is None else trial.max_age_years,
        "min_age_text": trial.min_age_text,
        "max_age_text": trial.max_age_text,
        "sex": trial.sex,
        "healthy_volunteers": trial.healthy_volunteers,
        "sponsor": trial.sponsor,
        "sponsor_class": trial.sponsor_class,
        "start_date": trial.start_date,
        "start_date_precision": trial.start_date_precision,
        "first_posted": trial.first_posted,
        "last_update": trial.last_update,
        "enrollment": trial.enrollment,
        "url": trial.url,
        "indications": tuple(i.value for i in cls.indications),
        "settings": tuple(s.value for s in cls.settings),
        "evidence": evidence,
        "arms_json": json.dumps([asdict(a) for a in trial.arms], ensure_ascii=False),
        "contacts_json": json.dumps(
            [asdict(c) for c in trial.central_contacts], ensure_ascii=False
        ),
        "countries": countries,
        "indications_text": SEPARATOR.join(TAG_LABELS[i.value] for i in cls.indications),
        "settings_text": SEPARATOR.join(TAG_LABELS[s.value] for s in cls.settings),
        "conditions_text": SEPARATOR.join(trial.conditions),
        "other_drugs_text": SEPARATOR.join(trial.other_drugs),
        "countries_text": SEPARATOR.join(countries),
        "evidence_text": SEPARATOR.join(evidence),
        "sites": len(sites),
        "recruiting_sites": sum(s.status == RECRUITING for s in sites),
    }


def empty_trials() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in TRIAL_DTYPES.items()})


def empty_sites() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in SITE_DTYPES.items()})


def trials_frame(trials: Iterable[Trial], sites: Iterable[Site]) -> pd.DataFrame:
    """One row per trial, in the order given, with the schema above."""
    by_trial: dict[str, list[Site]] = {}
    for site in sites:
        by_trial.setdefault(site.nct_id, []).append(site)
    rows = [_trial_row(t, by_trial.get(t.nct_id, [])) for t in trials]
    if not rows:
        return empty_trials()
    return pd.DataFrame(rows, columns=list(TRIAL_DTYPES)).astype(TRIAL_DTYPES)


def sites_frame(sites: Iterable[Site]) -> pd.DataFrame:
    rows = [
        {
            "nct_id": s.nct_id,
            "facility": s.facility,
            "city": s.city,
            "state": s.state,
            "zip": s.zip,
            "country": s.country,
            "status": s.status,
            "lat": np.nan if s.lat is None else s.lat,
            "lon": np.nan if s.lon is None else s.lon,
            "contact_name": s.contact.name,
            "contact_phone": s.contact.phone,
            "contact_email": s.contact.email,
        }  # fmt: skip
        for s in sites
    ]
    if not rows:
        return empty_sites()
    return pd.DataFrame(rows, columns=list(SITE_DTYPES)).astype(SITE_DTYPES)


def trials_from_arrow(table: pa.Table) -> pd.DataFrame:
    """The trials frame from its Parquet table: list cells as tuples of str again.

    Lists are converted by Arrow itself (to_pylist), not cell by cell through numpy, which made
    loading 10,000 trials several times slower. Columns that were not read (see store.Parts)
    come back blank, so the schema is always whole.
    """
    lists = [c for c in LIST_COLUMNS if c in table.column_names]
    out = table.drop_columns(lists).to_pandas()
    for column in lists:
        out[column] = [tuple(v) if v else () for v in table.column(column).to_pylist()]
    for column in TRIAL_DTYPES:
        if column not in out:
            out[column] = [()] * len(out) if column in LIST_COLUMNS else ""
    return out[list(TRIAL_DTYPES)].astype(TRIAL_DTYPES)


def for_parquet(trials: pd.DataFrame) -> pd.DataFrame:
    out = trials.copy()
    for column in LIST_COLUMNS:
        out[column] = [list(v) for v in out[column]]
    return out
