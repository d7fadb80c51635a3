"""CSV bytes for spreadsheets: UTF-8 with BOM, RFC 4180 quoting, no live formulas (OWASP)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from trials.geo import nearest_label
from trials.model import status_label

TRIAL_COLUMNS: tuple[str, ...] = (
    "nct_id", "title", "status", "phase", "indications", "settings", "conditions", "matched_as",
    "other_drugs", "sponsor", "countries", "sites", "recruiting_sites", "min_age", "max_age",
    "sex", "start_date", "last_update", "url", "indication_evidence",
)  # fmt: skip
SITE_COLUMNS: tuple[str, ...] = (
    "nct_id", "title", "facility", "city", "state", "zip", "country", "site_status",
    "trial_status", "lat", "lon", "contact_name", "contact_phone", "contact_email", "url",
)  # fmt: skip
#: Appended when a "near" place is given (issue 4).
NEAR_COLUMNS: tuple[str, ...] = ("nearest_site", "distance_mi")
#: A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: CommonMark backslash escapes (`\>`, `\*`, `\[`): meaningful to a markdown renderer, noise in
#: a spreadsheet.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SEX = {"ALL": "All", "FEMALE": "Female", "MALE": "Male"}


def clean_text(value: str) -> str:
    """Plain spreadsheet text: markdown escapes removed, then any formula start neutralised."""
    text = _MD_ESCAPE.sub(r"\1", value)
    if text.startswith(_FORMULA_START):
        # A leading apostrophe makes Excel and LibreOffice show the text as typed, not run it.
        text = "'" + text
    return text


def trials_table(trials: pd.DataFrame) -> pd.DataFrame:
    """The trial CSV as a frame: one row per trial, TRIAL_COLUMNS (+ NEAR_COLUMNS) in order."""
    out = pd.DataFrame(
        {
            "nct_id": trials["nct_id"],
            "title": trials["title"],
            "status": trials["status"].map(status_label),
            "phase": trials["phase"],
            "indications": trials["indications_text"],
            "settings": trials["settings_text"],
            "conditions": trials["conditions_text"],
            "matched_as": trials["matched_as"],
            "other_drugs": trials["other_drugs_text"],
            "sponsor": trials["sponsor"],
            "countries": trials["countries_text"],
            "sites": trials["sites"],
            "recruiting_sites": trials["recruiting_sites"],
            "min_age": trials["min_age"].round(2),
            "max_age": trials["max_age"].round(2),
            "sex": trials["sex"].map(lambda s: _SEX.get(s, s.title())),
            "start_date": trials["start_date"],
            "last_update": trials["last_update"],
            "url": trials["url"],
            "indication_evidence": trials["evidence_text"],
        },
        columns=list(TRIAL_COLUMNS),
    )
    if "distance_mi" in trials:
        # Its status too when not recruiting yet: an advocate phoning it should know.
        out["nearest_site"] = [
            nearest_label(site, "", status)
            for site, status in zip(
                trials["nearest_site"].fillna(""), trials["nearest_status"].fillna(""), strict=True
            )
        ]
        out["distance_mi"] = trials["distance_mi"].round(1)
    return out


def sites_table(sites: pd.DataFrame, trials: pd.DataFrame) -> pd.DataFrame:
    """The sites CSV as a frame: one row per site of the given trials, in the trials' order."""
    info = trials.set_index("nct_id")
    order = {nct: i for i, nct in enumerate(trials["nct_id"])}
    chosen = sites[sites["nct_id"].isin(order)]
    chosen = chosen.iloc[np.argsort(chosen["nct_id"].map(order).to_numpy(), kind="stable")]
    out = pd.DataFrame(
        {
            "nct_id": chosen["nct_id"],
            "title": chosen["nct_id"].map(info["title"]),
            "facility": chosen["facility"],
            "city": chosen["city"],
            "state": chosen["state"],
            "zip": chosen["zip"],
            "country": chosen["country"],
            "site_status": chosen["status"].map(status_label),
            "trial_status": chosen["nct_id"].map(info["status"]).map(status_label),
            "lat": chosen["lat"],
            "lon": chosen["lon"],
            "contact_name": chosen["contact_name"],
            "contact_phone": chosen["contact_phone"],
            "contact_email": chosen["contact_email"],
            "url": chosen["nct_id"].map(info["url"]),
        },
        columns=list(SITE_COLUMNS),
    )
    if "distance_mi" in chosen:
        out["distance_mi"] = chosen["distance_mi"].round(1)
    return out


def _clean_column(column: pd.Series) -> pd.Series:
    """clean_text over a whole column at once (the per-cell loop dominated large exports)."""
    escaped = column.str.contains("\\", regex=False).fillna(False)
    text = column.copy()
    if escaped.any():
        text[escaped] = column[escaped].str.replace(_MD_ESCAPE, r"\1", regex=True)
    return text.where(~text.str.startswith(_FORMULA_START).fillna(False), "'" + text)


def to_csv_bytes(table: pd.DataFrame) -> bytes:
    """RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with BOM so Excel reads accents correctly."""
    safe = table.copy()
    for column in safe.columns:
        values = safe[column]
        if pd.api.types.is_string_dtype(values):
            safe[column] = _clean_column(values.astype("str"))
        elif values.dtype == object:
            safe[column] = [clean_text(v) if isinstance(v, str) else v for v in values]
    buffer = io.StringIO()
    # %.10g: 18 not 18.0 for ages, and full precision for coordinates.
    safe.to_csv(
        buffer, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n", float_format="%.10g"
    )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def csv_filename(kind: str, today: str, suffix: Sequence[str] = ()) -> str:
    """'lenalidomide-trials-2026-11-21.csv' / 'lenalidomide-sites-2026-11-21.csv'."""
    return "-".join(["lenalidomide", kind, *suffix, today]) + ".csv"
