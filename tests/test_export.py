"""The CSV an advocate opens in a spreadsheet: exact columns, quoting, and no live formulas."""

from __future__ import annotations

import csv
import io

import pytest

from trials.export import TRIAL_COLUMNS, clean_text, sites_table, to_csv_bytes, trials_table
from trials.model import (
    Classification,
    Evidence,
    Indication,
    Setting,
    Site,
    Trial,
)
from trials.table import sites_frame, trials_frame

MCL = Trial(
    nct_id="NCT03505944",
    brief_title="Venetoclax, lenalidomide and rituximab in R/R mantle cell lymphoma",
    status="RECRUITING",
    phases=("PHASE1", "PHASE2"),
    phase_text="Phase 1/2",
    conditions=("relapsed/refractory mantle cell lymphoma",),
    other_drugs=("Venetoclax", "Rituximab"),
    matched_as="lenalidomide",
    min_age_years=18.0,
    sex="ALL",
    sponsor='Fondazione Italiana Linfomi, "FIL"',
    start_date="2018-05",
    last_update="2025-01-09",
    url="https://clinicaltrials.gov/study/NCT03505944",
    classification=Classification(
        indications=(Indication.MCL,),
        settings=(Setting.RELAPSED_REFRACTORY,),
        evidence=(
            Evidence("mcl", "condition", "mantle cell lymphoma"),
            Evidence("relapsed-refractory", "condition", "relapsed/refractory"),
        ),
    ),
)
SITES = [
    Site("NCT03505944", facility="Ospedale A", city="Milano", country="Italy", status="RECRUITING",
         lat=45.46, lon=9.19),
    Site("NCT03505944", facility="Ospedale B", city="Torino", country="Italy",
         status="COMPLETED"),
]  # fmt: skip

GOLDEN = (
    "\ufeffnct_id,title,status,phase,indications,settings,conditions,matched_as,other_drugs,"
    "sponsor,countries,sites,recruiting_sites,min_age,max_age,sex,start_date,last_update,url,"
    "indication_evidence\r\n"
    'NCT03505944,"Venetoclax, lenalidomide and rituximab in R/R mantle cell lymphoma",'
    "Recruiting,Phase 1/2,Mantle cell lymphoma,Relapsed/refractory,"
    "relapsed/refractory mantle cell lymphoma,lenalidomide,Venetoclax; Rituximab,"
    '"Fondazione Italiana Linfomi, ""FIL""",Italy,2,1,18,,All,2018-05,2025-01-09,'
    "https://clinicaltrials.gov/study/NCT03505944,"
    "Mantle cell lymphoma: condition “mantle cell lymphoma”; "
    "Relapsed/refractory: condition “relapsed/refractory”\r\n"
)


def test_trial_csv_golden_text():
    frame = trials_frame([MCL], SITES)
    assert to_csv_bytes(trials_table(frame)).decode("utf-8") == GOLDEN


def test_trial_csv_columns_are_in_the_documented_order():
    frame = trials_frame([MCL], SITES)
    header = next(csv.reader(io.StringIO(to_csv_bytes(trials_table(frame)).decode("utf-8-sig"))))
    assert tuple(header) == TRIAL_COLUMNS


def test_sites_csv_has_each_sites_own_status():
    trials = trials_frame([MCL], SITES)
    text = to_csv_bytes(sites_table(sites_frame(SITES), trials)).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["facility"], r["site_status"], r["trial_status"]) for r in rows] == [
        ("Ospedale A", "Recruiting", "Recruiting"),
        ("Ospedale B", "Completed", "Recruiting"),
    ]
    assert rows[0]["lat"] == "45.46" and rows[1]["lat"] == ""  # unknown, never 0


HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3",
           "@SUM(1+1)", "\t=1+1", "\r=1+1"]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_starts_are_neutralised(text: str):
    cleaned = clean_text(text)
    assert cleaned.startswith("'") and cleaned[1:] == text


def test_hostile_trial_text_cannot_become_a_formula_in_any_cell():
    hostile = Trial(
        nct_id="NCT09999999",
        brief_title=HOSTILE[0],
        sponsor=HOSTILE[1],
        conditions=(HOSTILE[2], "Multiple Myeloma"),
        other_drugs=(HOSTILE[3],),
        status="RECRUITING",
    )
    sites = [Site("NCT09999999", facility=HOSTILE[4], city=HOSTILE[5], lat=-33.9, lon=-70.6)]
    frame = trials_frame([hostile], sites)
    for table in (trials_table(frame), sites_table(sites_frame(sites), frame)):
        text = to_csv_bytes(table).decode("utf-8-sig")
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                # A leading minus is a formula too, unless the cell is a plain number.
                if cell.startswith("-"):
                    float(cell)


def test_markdown_escapes_are_removed():
    assert clean_text(r"Age \>= 18 \*and\* ANC \< 1000") == "Age >= 18 *and* ANC < 1000"
