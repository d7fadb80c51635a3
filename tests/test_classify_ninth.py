"""A ninth audit of the classifier: what a 2026 registry search for lenalidomide returns outside
myeloma. Invented records written the way such registrations read: industry records with "Key"
criteria, NCI/CTEP records with long condition lists, European cooperative groups (LYSA, FIL, GLA,
HOVON, IELSG, UK NCRI, Nordic MDS Group, GFM), Chinese investigator-initiated numbered lists and
MD Anderson/MSKCC single-centre records. Follicular, marginal zone and mantle cell lymphoma in
every line: R2 and its triplets (tafasitamab, epcoritamab, mosunetuzumab, glofitamab, odronextamab,
zanubrutinib, acalabrutinib, ibrutinib, tazemetostat, copanlisib, umbralisib), CAR-T
comparisons, MRD- and PET-adapted designs, frail and elderly patients, TP53-aberrant, blastoid and
leukaemic non-nodal MCL, FL grade 3A and POD24, gastric, ocular adnexal and HCV-associated splenic
MZL, transformed and composite lymphoma; broad or odd condition lists ("Lymphoma",
"Non-Hodgkin Lymphoma", "B-cell Lymphoma", "Indolent B-cell Non-Hodgkin Lymphoma", "Hematologic
Malignancies", "Lymphoproliferative Disorders", "Neoplasms") where only the title, summary or
inclusion criteria say which lymphomas enrol; MDS in every phrasing (with or without del(5q),
"without deletion 5q", isolated del(5q) excluded, del(5q) only after lenalidomide failure,
MDS/MPN-RS-T, 5q- syndrome, higher-risk MDS with AML, CMML); and multi-disease baskets. The text
is ours; labels say whom each trial enrols, as a haematologist would, under the product owner's
rules. Where a convention is debatable the case says so and follows the conventions of the
earlier case tables."""

from __future__ import annotations

import pytest

from tests.classify_support import (
    DEL5Q,
    FL,
    MCL,
    MDS_EXCLUSIONS,
    MDS_GENERAL,
    MM,
    MT,
    MZL,
    NCI_EXCLUSIONS,
    NCI_GENERAL,
    ND,
    OTHER,
    RR,
    check_evidence,
    check_labels,
    check_unique,
    criteria,
    nci,
    nci_summary,
    numbered,
    params,
)
from trials.model import Indication, Setting, Trial

#: MeSH terms the registry derives for a follicular lymphoma record.
FL_MESH = (
    "Lymphoma, Follicular",
    "Lymphoma, Non-Hodgkin",
    "Lymphoma",
    "Neoplasms by Histologic Type",
    "Neoplasms",
    "Lymphoproliferative Disorders",
    "Lymphatic Diseases",
    "Immunoproliferative Disorders",
    "Immune System Diseases",
    "Hemic and Lymphatic Diseases",
)
#: ... for a mantle cell lymphoma record.
MCL_MESH = ("Lymphoma, Mantle-Cell", *FL_MESH[1:])
#: ... for a marginal zone lymphoma record.
MZL_MESH = ("Lymphoma, B-Cell, Marginal Zone", "Lymphoma, B-Cell", *FL_MESH[1:])
#: ... for a record whose conditions are only "Lymphoma" or "Non-Hodgkin Lymphoma".
NHL_MESH = FL_MESH[1:]
#: ... for an MDS record.
MDS_MESH = (
    "Myelodysplastic Syndromes",
    "Bone Marrow Diseases",
    "Hematologic Diseases",
    "Hemic and Lymphatic Diseases",
    "Precancerous Conditions",
    "Neoplasms",
)
#: What industry and cooperative-group lymphoma records ask, whatever the subtype and line.
LYMPHOMA_GENERAL = (
    "At least one bidimensionally measurable lesion (\\> 1.5 cm nodal or \\> 1.0 cm extranodal) "
    "per Lugano 2014 classification",
    "ECOG performance status 0, 1 or 2",
    "Absolute neutrophil count \\>= 1.0 x 10\\^9/L and platelets \\>= 75 x 10\\^9/L, unless "
    "due to bone marrow involvement by lymphoma",
    "Creatinine clearance \\>= 30 mL/min (Cockcroft-Gault) and total bilirubin \\<= 1.5 x ULN",
    "Willing to follow the lenalidomide pregnancy prevention programme and to take "
    "thromboprophylaxis",
)
#: What those records exclude, whatever the subtype and line.
LYMPHOMA_EXCLUSIONS = (
    "Known central nervous system involvement by lymphoma",
    "Prior allogeneic stem cell transplantation",
    "Active hepatitis B or C infection, or HIV infection with detectable viral load",
    "Other malignancy within 3 years, except adequately treated non-melanoma skin cancer or "
    "carcinoma in situ",
    "Venous thromboembolism within 6 months not adequately anticoagulated",
)
#: What Chinese investigator-initiated records ask of everyone.
CN_GENERAL = (
    "Age 18-80 years old, gender is not limited",
    "ECOG score 0-2, expected survival time \\>= 3 months",
    "Neutrophils \\>= 1.0 x 10\\^9/L, platelets \\>= 50 x 10\\^9/L, hemoglobin \\>= 80 g/L",
    "ALT and AST \\<= 2.5 times the upper limit of normal; creatinine clearance \\>= 30 mL/min",
    "Voluntarily sign the informed consent form",
)
CN_EXCLUSIONS = (
    "Pregnant or lactating women",
    "Active HBV (HBV-DNA above the lower limit of detection) or HCV infection, or HIV positive",
    "Severe cardiac dysfunction (NYHA class III-IV) or uncontrolled arrhythmia",
    "Other malignant tumors within 5 years",
    "Lymphoma involving the central nervous system",
)


def dashed(inclusion: tuple[str, ...], exclusion: tuple[str, ...], *, non: bool = False) -> str:
    """Eligibility text as European cooperative groups head it ("-" bullets; LYSA's
    "NON-INCLUSION CRITERIA")."""
    second = "NON-INCLUSION CRITERIA" if non else "EXCLUSION CRITERIA"
    return (
        "INCLUSION CRITERIA:\n\n"
        + "\n".join(f"- {line}" for line in inclusion)
        + f"\n\n{second}:\n\n"
        + "\n".join(f"- {line}" for line in exclusion)
    )


# (id, trial, indications, settings)
NINTH_CASES = [
    # --- follicular lymphoma, every line
    (
        # POD24 is the outcome the trial hopes to prevent, not whom it enrols.
        "fl-untreated-high-risk-flipi-mosun-len-versus-r-chemo-pod24-outcome",
        Trial(
            nct_id="NCT09900001",
            brief_title="Mosunetuzumab Plus Lenalidomide Versus Rituximab-Chemotherapy in "
            "Previously Untreated High-Risk Follicular Lymphoma",
            official_title="A Phase III, Open-Label, Randomized Study of Mosunetuzumab in "
            "Combination With Lenalidomide Versus Rituximab Plus Investigator's Choice "
            "Chemotherapy in Patients With Previously Untreated Follicular Lymphoma and a FLIPI "
            "Score of 3-5",
            conditions=("Follicular Lymphoma",),
            keywords=("FLIPI", "CD20xCD3", "bispecific antibody", "POD24"),
            condition_mesh_terms=FL_MESH,
            brief_summary="This study compares the efficacy of mosunetuzumab plus lenalidomide "
            "with R-CHOP or R-bendamustine in high-risk follicular lymphoma. The primary "
            "endpoint is progression-free survival; key secondary endpoints include the rate of "
            "progression of disease within 24 months (POD24), complete metabolic response at "
            "end of treatment and overall survival.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed CD20-positive follicular lymphoma, grade 1, 2 or "
                    "3a, stage II bulky, III or IV",
                    "FLIPI score of 3, 4 or 5",
                    "In need of treatment per at least one GELF criterion",
                    "No prior systemic therapy for lymphoma",
                    *LYMPHOMA_GENERAL,
                ),
                (
                    "Grade 3b follicular lymphoma or evidence of transformation to aggressive "
                    "lymphoma",
                    *LYMPHOMA_EXCLUSIONS,
                ),
                key=True,
            ),
            interventions=("Mosunetuzumab", "Lenalidomide", "Rituximab", "CHOP", "Bendamustine"),
        ),
        (FL,),
        (ND,),
    ),
    (
        "lysa-fl-grade-3a-untreated-r2-chop-versus-r-chop-non-inclusion-3b",
        Trial(
            nct_id="NCT09900002",
            brief_title="R2-CHOP Versus R-CHOP in Grade 3A Follicular Lymphoma",
            official_title="Randomized Phase II Trial Comparing Lenalidomide Plus R-CHOP to "
            "R-CHOP in Patients With Previously Untreated Grade 3A Follicular Lymphoma: a LYSA "
            "Study",
            acronym="FOLL3A-R2",
            conditions=("Follicular Lymphoma Grade 3A",),
            condition_mesh_terms=FL_MESH,
            brief_summary="Grade 3A follicular lymphoma behaves between low-grade follicular "
            "lymphoma and DLBCL and is usually treated with R-CHOP. This study asks whether "
            "adding lenalidomide to R-CHOP improves the complete metabolic response rate.",
            eligibility_criteria=dashed(
                (
                    "Age 18 to 80 years",
                    "Follicular lymphoma grade 3A (WHO 2016) confirmed by central review, "
                    "without any diffuse area",
                    "Ann Arbor stage II to IV",
                    "Previously untreated",
                    *LYMPHOMA_GENERAL,
                ),
                (
                    "Follicular lymphoma grade 1-2, grade 3B, or composite lymphoma with a "
                    "DLBCL component",
                    "Contra-indication to anthracyclines (LVEF \\< 50%)",
                    *LYMPHOMA_EXCLUSIONS,
                ),
                non=True,
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        # The comparator arm is investigator's choice, R2 among the options.
        "fl-pod24-second-line-liso-cel-versus-r2-or-r-chemo",
        Trial(
            nct_id="NCT09900003",
            brief_title="Lisocabtagene Maraleucel Versus Standard of Care in Follicular "
            "Lymphoma With Progression Within 24 Months of First-Line Chemoimmunotherapy",
            official_title="A Phase 3, Randomized Study of Lisocabtagene Maraleucel Compared "
            "With Investigator's Choice of Rituximab-Lenalidomide (R2) or Rituximab-Based "
            "Chemoimmunotherapy in Adult Subjects With High-Risk Second-Line Follicular Lymphoma",
            conditions=("Follicular Lymphoma", "Lymphoma, Follicular"),
            keywords=("CAR T", "CD19", "POD24", "second line"),
            condition_mesh_terms=FL_MESH,
            brief_summary="Participants are randomized to a single infusion of liso-cel after "
            "lymphodepleting chemotherapy, or to standard therapy with R2 or R-chemotherapy "
            "followed by rituximab maintenance per institutional practice.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1, 2 or 3a",
                    "Progression of disease within 24 months from the start of first-line "
                    "anti-CD20 plus alkylator chemoimmunotherapy",
                    "Exactly one prior line of systemic therapy",
                    *LYMPHOMA_GENERAL,
                ),
                (
                    "Prior CD19-directed therapy or prior lenalidomide",
                    "Transformed follicular lymphoma",
                    *LYMPHOMA_EXCLUSIONS,
                ),
                key=True,
            ),
        ),
        (FL,),
        # Rituximab maintenance after the standard arm's induction is a maintenance phase, if only
        # in one arm (compare "frontline-cilta-cel-versus-asct-and-len-maintenance-control-arm-only").
        (RR, MT),
    ),
    (
        # UK NCRI PET-adapted design: induction, then maintenance chosen by end-of-induction PET.
        "uk-pet-adapted-untreated-fl-rituximab-versus-r2-maintenance",
        Trial(
            nct_id="NCT09900004",
            brief_title="PET-Response Adapted Therapy for Untreated Follicular Lymphoma",
            official_title="A Phase III Trial of Response-Adapted Maintenance in Patients With "
            "Newly Diagnosed Follicular Lymphoma Requiring Therapy: Rituximab Versus No "
            "Maintenance for PET-Negative, and Rituximab Versus Rituximab-Lenalidomide for "
            "PET-Positive Patients",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=FL_MESH,
            brief_summary="All patients receive 6-8 cycles of rituximab-chemotherapy induction. "
            "Those who are PET-negative at the end of induction are randomised between "
            "rituximab maintenance and no maintenance; PET-positive patients are randomised "
            "between rituximab maintenance and rituximab plus lenalidomide maintenance for 2 "
            "years.",
            eligibility_criteria=numbered(
                (
                    "Histologically confirmed follicular lymphoma, grade 1-3a",
                    "Stage II-IV disease requiring treatment (BNLI or GELF criteria)",
                    "Aged 16 years or over",
                    "No previous treatment for lymphoma, except localised radiotherapy",
                    "Baseline PET-CT scan performed within 6 weeks before registration",
                ),
                (
                    "Evidence of transformation to high-grade lymphoma",
                    "Grade 3b follicular lymphoma",
                    *LYMPHOMA_EXCLUSIONS,
                ),
            ),
        ),
        (FL,),
        (ND, MT),
    ),
    (
        "gla-frail-elderly-fl-r2-versus-rituximab-not-eligible-for-chemotherapy",
        Trial(
            nct_id="NCT09900005",
            brief_title="Rituximab-Lenalidomide Versus Rituximab Monotherapy in Frail Elderly "
            "Patients With Follicular Lymphoma",
            official_title="A Randomized Phase II Trial of the German Lymphoma Alliance (GLA) "
            "Comparing R2 With Rituximab Alone in Patients Aged 75 Years or Older, or Frail by "
            "Geriatric Assessment, With Symptomatic Follicular Lymphoma",
            conditions=("Follicular Lymphoma", "Frailty"),
            condition_mesh_terms=(*FL_MESH, "Frailty", "Pathologic Processes"),
            brief_summary="Older or frail patients often cannot receive chemotherapy. This "
            "trial compares 12 cycles of R2 with 4 weekly doses of rituximab followed by 4 "
            "doses every 2 months. The primary endpoint is progression-free survival at 2 "
            "years; geriatric assessment and quality of life are secondary endpoints.",
            eligibility_criteria=dashed(
                (
                    "Follicular lymphoma grade 1-3a, stage II-IV, with need for therapy",
                    "Age \\>= 75 years, or age 65-74 years and frail by the GA-based frailty score",
                    "Not eligible for chemoimmunotherapy in the judgement of the investigator",
                    "No prior systemic lymphoma therapy",
                    *LYMPHOMA_GENERAL,
                ),
                ("Transformed lymphoma", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "tazemetostat-r2-rr-fl-after-one-prior-line-ezh2-any",
        Trial(
            nct_id="NCT09900006",
            brief_title="Tazemetostat With Lenalidomide and Rituximab in Relapsed or "
            "Refractory Follicular Lymphoma",
            official_title="A Phase 1b/3 Double-Blind, Randomized, Placebo-Controlled Study of "
            "Tazemetostat in Combination With Lenalidomide Plus Rituximab (R2) in Subjects With "
            "Relapsed/Refractory Follicular Lymphoma",
            conditions=("Follicular Lymphoma", "EZH2 Gene Mutation"),
            keywords=("EZH2 inhibitor", "R2", "tazemetostat"),
            condition_mesh_terms=FL_MESH,
            brief_summary="Phase 1b determines the recommended phase 3 dose of tazemetostat "
            "with R2; phase 3 compares tazemetostat plus R2 with placebo plus R2. Randomization "
            "is stratified by EZH2 mutation status, POD24 and prior lenalidomide exposure.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed follicular lymphoma, grade 1-3a",
                    "Relapsed or refractory after at least 1 prior systemic chemotherapy, "
                    "immunotherapy or chemoimmunotherapy",
                    "EZH2 mutant or wild-type, by central testing of tumour tissue",
                    *LYMPHOMA_GENERAL,
                ),
                (
                    "Refractory to lenalidomide (progression within 6 months of the last dose)",
                    "Prior EZH2 inhibitor",
                    *LYMPHOMA_EXCLUSIONS,
                ),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # SWOG S1608-like: early relapse (POD24) defined by the time from first chemoimmunotherapy.
        "nci-fl-pod24-obinutuzumab-with-len-bendamustine-or-pi3k-many-conditions",
        Trial(
            nct_id="NCT09900007",
            brief_title="Testing Obinutuzumab With Lenalidomide, Bendamustine or a PI3K "
            "Inhibitor in Early-Relapsing Follicular Lymphoma",
            official_title="A Randomized Phase II Trial in Early Relapsing or Refractory "
            "Follicular Lymphoma",
            conditions=(
                "Grade 1 Follicular Lymphoma",
                "Grade 2 Follicular Lymphoma",
                "Grade 3a Follicular Lymphoma",
                "Recurrent Follicular Lymphoma",
                "Refractory Follicular Lymphoma",
            ),
            condition_mesh_terms=FL_MESH,
            brief_summary=nci_summary(
                "This randomized phase II trial studies how well obinutuzumab with "
                "lenalidomide, bendamustine or umbralisib works in treating patients with "
                "follicular lymphoma that has come back or does not respond within 2 years of "
                "first chemoimmunotherapy.",
                "PRIMARY OBJECTIVE: I. To compare complete response rates at end of "
                "induction between arms.",
                "Patients are randomized to 1 of 3 arms. ARM I: Patients receive obinutuzumab "
                "IV and lenalidomide PO daily on days 1-21 of each cycle for 12 cycles. ARM II: "
                "Patients receive obinutuzumab and bendamustine for 6 cycles. ARM III: Patients "
                "receive obinutuzumab and umbralisib PO for 12 cycles.",
            ),
            eligibility_criteria=nci(
                (
                    "Patients must have histologically confirmed follicular lymphoma grade 1, "
                    "2 or 3a",
                    "Patients must have progressive disease within 24 months of the initiation "
                    "of first chemoimmunotherapy (anti-CD20 with an alkylating agent or "
                    "purine analogue)",
                    "Patients must have had exactly one prior chemoimmunotherapy regimen",
                    *NCI_GENERAL,
                ),
                ("Patients with transformed lymphoma are not eligible", *NCI_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # Maintenance after a response to first-line induction: first-line patients, in maintenance.
        "chinese-newly-diagnosed-fl-r2-maintenance-after-r-chop-response",
        Trial(
            nct_id="NCT09900008",
            brief_title="Rituximab Plus Lenalidomide Maintenance in Newly Diagnosed Follicular "
            "Lymphoma Responding to R-CHOP",
            official_title="A Prospective, Multicenter, Single-Arm Phase II Study of "
            "Lenalidomide Combined With Rituximab as Maintenance Therapy for Newly Diagnosed "
            "Follicular Lymphoma Patients Achieving CR/PR After R-CHOP Induction",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=FL_MESH,
            brief_summary="Patients with newly diagnosed follicular lymphoma who achieve "
            "complete or partial remission after 6 cycles of R-CHOP receive lenalidomide 10 mg "
            "days 1-21 plus rituximab every 8 weeks for 2 years. The primary endpoint is 3-year "
            "progression-free survival.",
            eligibility_criteria=numbered(
                (
                    "Pathologically confirmed as follicular lymphoma grade 1-3a according to "
                    "the WHO 2016 classification",
                    "Achieved CR or PR after 6 cycles of R-CHOP induction (Lugano 2014)",
                    "Enrolled within 8 weeks after the last cycle of induction",
                    *CN_GENERAL,
                ),
                ("Disease progression during induction", *CN_EXCLUSIONS),
            ),
        ),
        (FL,),
        (ND, MT),
    ),
    (
        "mdacc-untreated-fl-glofitamab-obinutuzumab-len-numbered",
        Trial(
            nct_id="NCT09900009",
            brief_title="Glofitamab, Obinutuzumab and Lenalidomide in Untreated Follicular "
            "Lymphoma",
            official_title="A Phase II Study of Glofitamab in Combination With Obinutuzumab "
            "and Lenalidomide for Patients With Untreated High Tumor Burden Follicular "
            "Lymphoma",
            conditions=("Follicular Lymphoma", "Lymphoma"),
            condition_mesh_terms=FL_MESH,
            brief_summary="To learn if the combination of glofitamab, obinutuzumab and "
            "lenalidomide can help to control follicular lymphoma in patients who have not "
            "received treatment before.",
            eligibility_criteria=numbered(
                (
                    "Patients must have histologically confirmed CD20-positive follicular "
                    "lymphoma, grade 1-3A",
                    "Patients must meet at least one GELF criterion for high tumor burden",
                    "Patients must not have received any prior systemic therapy for "
                    "follicular lymphoma; prior involved-site radiation is allowed",
                    "Age \\>= 18 years",
                    "Adequate organ function",
                ),
                (
                    "Grade 3B follicular lymphoma or transformed lymphoma",
                    *LYMPHOMA_EXCLUSIONS,
                ),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        # Retreatment with R2 after a late relapse: relapsed, whatever the first line was.
        "fl-late-relapse-after-prior-r2-retreatment-with-r2-plus-epcoritamab",
        Trial(
            nct_id="NCT09900010",
            brief_title="Epcoritamab Plus R2 in Follicular Lymphoma Relapsing at Least 24 "
            "Months After a Lenalidomide-Containing Regimen",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=FL_MESH,
            brief_summary="Single-arm phase 2 study of epcoritamab with rituximab and "
            "lenalidomide in participants who received R2 (first line or later) and relapsed "
            "24 months or more after its last dose.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a with documented relapse",
                    "Prior rituximab-lenalidomide, with a response lasting \\>= 24 months "
                    "after its last dose",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior CD3xCD20 bispecific antibody", *LYMPHOMA_EXCLUSIONS),
                key=True,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "chinese-fl-pod24-progression-within-24-months-of-initial-chemoimmunotherapy",
        Trial(
            nct_id="NCT09900011",
            brief_title="Zanubrutinib Plus Rituximab and Lenalidomide in POD24 Follicular Lymphoma",
            official_title="Zanubrutinib Combined With R2 Regimen in Follicular Lymphoma "
            "Patients With Disease Progression Within 24 Months: a Multicenter, Single-Arm, "
            "Phase II Clinical Study",
            conditions=("Follicular Lymphoma",),
            brief_summary="Patients with follicular lymphoma progressing within 24 months "
            "after initial chemoimmunotherapy (POD24) have poor outcomes. This study "
            "evaluates zanubrutinib plus R2 in these patients.",
            eligibility_criteria=numbered(
                (
                    "Pathologically diagnosed as CD20-positive follicular lymphoma (grade 1-3a)",
                    "Disease progression within 24 months of initial chemoimmunotherapy "
                    "containing anti-CD20 monoclonal antibody",
                    "At least one measurable lesion",
                    *CN_GENERAL,
                ),
                ("Previous treatment with BTK inhibitors", *CN_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # Fixed duration of R2 for 12 versus 30 cycles: continued therapy, never called maintenance.
        "fl-first-relapse-r2-12-versus-30-cycles-no-maintenance-word",
        Trial(
            nct_id="NCT09900012",
            brief_title="Short Versus Extended Rituximab-Lenalidomide in Follicular Lymphoma "
            "at First Relapse",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=FL_MESH,
            brief_summary="Patients with follicular lymphoma at first relapse receive 12 "
            "cycles of R2; those in complete metabolic response are then randomized to stop "
            "or to continue lenalidomide with rituximab every 8 weeks up to cycle 30.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a at first relapse after one prior line of "
                    "systemic therapy",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior lenalidomide", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    # --- marginal zone lymphoma
    (
        "ielsg-gastric-malt-h-pylori-negative-or-t11-18-untreated",
        Trial(
            nct_id="NCT09900013",
            brief_title="Rituximab and Lenalidomide in Gastric MALT Lymphoma Not Suitable for "
            "or Not Responding to H. Pylori Eradication",
            official_title="An IELSG Phase II Study of Rituximab Plus Lenalidomide in Patients "
            "With Gastric Extranodal Marginal Zone Lymphoma of MALT Type: H. Pylori-Negative, "
            "t(11;18)-Positive or Persisting After Eradication",
            conditions=("Gastric MALT Lymphoma", "Helicobacter Pylori Infection"),
            keywords=("t(11;18)", "API2-MALT1", "IELSG"),
            condition_mesh_terms=(
                *MZL_MESH,
                "Helicobacter Infections",
                "Gram-Negative Bacterial Infections",
            ),
            brief_summary="Gastric MALT lymphoma without H. pylori infection, with the "
            "t(11;18) translocation, or persisting 12 months after successful eradication "
            "rarely responds to antibiotics. Patients receive rituximab and lenalidomide for 6 "
            "cycles.",
            eligibility_criteria=dashed(
                (
                    "Histologically confirmed gastric extranodal marginal zone lymphoma of "
                    "MALT type",
                    "One of: H. pylori-negative disease; t(11;18)(q21;q21)-positive disease; "
                    "or persistent lymphoma \\>= 12 months after successful H. pylori "
                    "eradication",
                    "No previous chemotherapy, immunotherapy or radiotherapy for lymphoma",
                    *LYMPHOMA_GENERAL[1:],
                ),
                (
                    "Evidence of a large-cell component or transformation to DLBCL",
                    *LYMPHOMA_EXCLUSIONS,
                ),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        # HCV-associated splenic MZL: antiviral therapy first; R2 only for lymphoma that persists.
        # Antiviral therapy is not lymphoma therapy (compare
        # "splenic-mzl-untreated-hcv-after-failed-antiviral-therapy").
        "hcv-positive-smzl-direct-acting-antivirals-then-r2-if-lymphoma-persists",
        Trial(
            nct_id="NCT09900014",
            brief_title="Direct-Acting Antivirals Followed by Rituximab-Lenalidomide in "
            "Hepatitis C-Associated Splenic Marginal Zone Lymphoma",
            conditions=("Splenic Marginal Zone Lymphoma", "Hepatitis C"),
            condition_mesh_terms=(*MZL_MESH, "Hepatitis C", "Hepatitis, Viral, Human"),
            brief_summary="Patients with HCV-positive splenic MZL receive 12 weeks of "
            "sofosbuvir-velpatasvir. Patients whose lymphoma has not responded 6 months after "
            "sustained virological response receive rituximab and lenalidomide for 12 cycles.",
            eligibility_criteria=criteria(
                (
                    "Splenic marginal zone lymphoma (SMZL) per WHO 2016",
                    "Chronic HCV infection with detectable HCV RNA",
                    "Not previously treated for lymphoma (prior interferon-based antiviral "
                    "therapy allowed)",
                    *LYMPHOMA_GENERAL[1:],
                ),
                (
                    "Decompensated cirrhosis (Child-Pugh B or C)",
                    "HIV or active hepatitis B coinfection",
                    "Prior allogeneic stem cell transplantation",
                ),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "ocular-adnexal-malt-chlamydia-negative-untreated-conditions-without-mzl-word",
        Trial(
            nct_id="NCT09900015",
            brief_title="Chemotherapy-Free Rituximab-Lenalidomide in Ocular Adnexal MALT Lymphoma",
            conditions=("Ocular Adnexal Lymphoma", "Conjunctival Lymphoma", "Orbital Lymphoma"),
            condition_mesh_terms=("Eye Neoplasms", "Orbital Neoplasms", "Lymphoma", "Neoplasms"),
            brief_summary="Stage IE-IV ocular adnexal MALT lymphoma that is Chlamydia "
            "psittaci-negative, or persists after doxycycline, is treated with rituximab and "
            "lenalidomide to spare the eye from radiotherapy.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed extranodal marginal zone lymphoma of the ocular "
                    "adnexa (conjunctiva, orbit, lacrimal gland or eyelid)",
                    "Previously untreated, or treated with doxycycline only",
                    *LYMPHOMA_GENERAL[1:],
                ),
                ("Prior orbital radiotherapy", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        # Transformed MZL is DLBCL; the transformation is untreated.
        "transformed-mzl-untreated-transformation-r2-chop",
        Trial(
            nct_id="NCT09900016",
            brief_title="R2-CHOP in Transformed Marginal Zone Lymphoma",
            conditions=("Transformed Marginal Zone Lymphoma", "Diffuse Large B-Cell Lymphoma"),
            condition_mesh_terms=(
                "Lymphoma, Large B-Cell, Diffuse",
                "Lymphoma, B-Cell, Marginal Zone",
                *NHL_MESH,
            ),
            brief_summary="Phase II study of lenalidomide plus R-CHOP for 6 cycles in "
            "patients with DLBCL transformed from marginal zone lymphoma.",
            eligibility_criteria=criteria(
                (
                    "Biopsy-proven DLBCL arising from a previously or concurrently diagnosed "
                    "marginal zone lymphoma (splenic, nodal or extranodal)",
                    "Previously untreated for the transformed lymphoma; prior therapy for "
                    "marginal zone lymphoma is allowed",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior anthracycline", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "ielsg-rr-mzl-all-subtypes-r2-versus-zanubrutinib-r2-cutaneous-excluded",
        Trial(
            nct_id="NCT09900017",
            brief_title="Zanubrutinib Plus Rituximab-Lenalidomide Versus Rituximab-"
            "Lenalidomide in Relapsed Marginal Zone Lymphoma",
            conditions=(
                "Marginal Zone Lymphoma",
                "Splenic Marginal Zone Lymphoma",
                "Nodal Marginal Zone Lymphoma",
                "Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
            ),
            condition_mesh_terms=MZL_MESH,
            brief_summary="Randomized phase III trial in marginal zone lymphoma after at least "
            "one prior anti-CD20-containing regimen.",
            eligibility_criteria=numbered(
                (
                    "Histologically confirmed MZL (splenic, nodal or extranodal), CD20-positive",
                    "Relapsed or refractory after \\>= 1 prior systemic regimen including an "
                    "anti-CD20 antibody",
                    "Need for treatment in the opinion of the investigator",
                    *LYMPHOMA_GENERAL,
                ),
                (
                    "Primary cutaneous marginal zone lymphoma",
                    "Prior BTK inhibitor or lenalidomide",
                    *LYMPHOMA_EXCLUSIONS,
                ),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        "smzl-relapsed-after-splenectomy-and-rituximab-r2",
        Trial(
            nct_id="NCT09900018",
            brief_title="Lenalidomide and Rituximab in Splenic Marginal Zone Lymphoma "
            "Progressing After Splenectomy or Rituximab",
            conditions=("Splenic Marginal Zone Lymphoma",),
            condition_mesh_terms=MZL_MESH,
            brief_summary="Single-arm phase II study of R2 for 12 cycles in SMZL progressing "
            "after splenectomy, rituximab monotherapy or chemoimmunotherapy.",
            eligibility_criteria=criteria(
                (
                    "Splenic marginal zone lymphoma diagnosed by spleen or bone marrow histology",
                    "Progressive disease after splenectomy and/or at least one rituximab-"
                    "containing regimen",
                    *LYMPHOMA_GENERAL[1:],
                ),
                LYMPHOMA_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (RR,),
    ),
    # --- mantle cell lymphoma
    (
        "rr-mcl-tp53-aberrant-glofitamab-ibrutinib-len",
        Trial(
            nct_id="NCT09900019",
            brief_title="Glofitamab, Ibrutinib and Lenalidomide in Relapsed Mantle Cell "
            "Lymphoma With TP53 Aberration",
            conditions=("Mantle Cell Lymphoma", "TP53 Mutation", "17p Deletion"),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Phase II study of fixed-duration glofitamab with ibrutinib and "
            "lenalidomide in relapsed MCL carrying a TP53 mutation or del(17p).",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma with documented cyclin D1 overexpression or t(11;14)",
                    "TP53 mutation (VAF \\>= 10%) or del(17p) by FISH",
                    "Relapsed or refractory after 1-3 prior lines of therapy",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior glofitamab", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        # CAR-T as consolidation of first-line treatment: newly diagnosed, not maintenance.
        "high-risk-untreated-mcl-blastoid-pleomorphic-acalabrutinib-r2-then-brexu-cel",
        Trial(
            nct_id="NCT09900020",
            brief_title="Acalabrutinib-R2 Induction Followed by Brexucabtagene Autoleucel in "
            "High-Risk Untreated Mantle Cell Lymphoma",
            conditions=(
                "Mantle Cell Lymphoma",
                "Blastoid Variant Mantle Cell Lymphoma",
                "Pleomorphic Variant Mantle Cell Lymphoma",
            ),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Patients with high-risk MCL (blastoid or pleomorphic morphology, "
            "Ki-67 \\>= 30% or TP53 mutation) receive 4 cycles of acalabrutinib, lenalidomide "
            "and rituximab, then brexu-cel as consolidation.",
            eligibility_criteria=criteria(
                (
                    "Untreated MCL with at least one high-risk feature: blastoid or "
                    "pleomorphic variant, Ki-67 \\>= 30%, TP53 mutation or del(17p), or "
                    "high-risk MIPI",
                    *LYMPHOMA_GENERAL,
                ),
                LYMPHOMA_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (ND,),
    ),
    (
        # Only "recurring" and "recurred" say the disease has come back.
        "mcl-recurring-after-autologous-transplant-r2-bortezomib",
        Trial(
            nct_id="NCT09900021",
            brief_title="Lenalidomide, Bortezomib and Rituximab in Mantle Cell Lymphoma "
            "Recurring After Autologous Stem Cell Transplantation",
            conditions=("Mantle Cell Lymphoma",),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Phase II study in patients whose mantle cell lymphoma recurred after "
            "high-dose chemotherapy and autologous stem cell transplantation.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma that recurred after autologous stem cell "
                    "transplantation given as part of first-line therapy",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior lenalidomide or bortezomib", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "fil-frail-elderly-mcl-upfront-r2-versus-bendamustine-rituximab",
        Trial(
            nct_id="NCT09900022",
            brief_title="Upfront Rituximab-Lenalidomide Versus Bendamustine-Rituximab in Frail "
            "Elderly Patients With Mantle Cell Lymphoma",
            official_title="A Randomized Phase II Study of the Fondazione Italiana Linfomi "
            "(FIL) Comparing R2 With BR as Upfront Therapy in Frail Patients With Mantle Cell "
            "Lymphoma Aged 65 Years or Older",
            conditions=("Lymphoma, Mantle-Cell",),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Frailty is defined by the FIL simplified geriatric assessment. "
            "Patients receive 6 cycles of R2 or BR as upfront therapy; responding patients "
            "receive no further treatment until progression.",
            eligibility_criteria=dashed(
                (
                    "Mantle cell lymphoma, stage II-IV, requiring therapy",
                    "Age \\>= 65 years and frail per the FIL simplified geriatric assessment",
                    "No previous treatment for MCL",
                    *LYMPHOMA_GENERAL,
                ),
                ("Blastoid variant", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (ND,),
    ),
    (
        "mcl-first-remission-mrd-negative-stop-versus-continue-len-maintenance",
        Trial(
            nct_id="NCT09900023",
            brief_title="MRD-Guided Discontinuation of Lenalidomide Maintenance in Mantle Cell "
            "Lymphoma in First Remission",
            conditions=("Mantle Cell Lymphoma",),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Patients in first remission on lenalidomide maintenance who are "
            "MRD-negative in blood and marrow for 12 months are randomized to stop or to "
            "continue lenalidomide until progression.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma in first complete remission after first-line "
                    "induction with or without ASCT",
                    "Receiving lenalidomide maintenance for at least 12 months",
                    "MRD-negative by clonoSEQ or EuroMRD PCR in two consecutive samples",
                ),
                ("Progression at any time since diagnosis", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "hovon-young-untreated-mcl-ibrutinib-r-chop-asct-then-len-maintenance",
        Trial(
            nct_id="NCT09900024",
            brief_title="Ibrutinib Plus Immunochemotherapy and ASCT Followed by Lenalidomide "
            "Maintenance in Younger Patients With Mantle Cell Lymphoma",
            official_title="HOVON Phase II Trial of Ibrutinib Added to Alternating R-CHOP and "
            "R-DHAP Induction and High-Dose Therapy With Autologous Stem Cell Rescue, Followed "
            "by Lenalidomide Maintenance, in Previously Untreated Mantle Cell Lymphoma Patients "
            "Aged 18-65",
            conditions=("Mantle Cell Lymphoma",),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Young fit patients receive 3 cycles of ibrutinib-R-CHOP "
            "alternating with 3 cycles of R-DHAP, then BEAM and ASCT, and lenalidomide "
            "maintenance for 2 years.",
            eligibility_criteria=criteria(
                (
                    "Untreated MCL stage II-IV, confirmed by cyclin D1 or SOX11 positivity",
                    "Age 18-65 years, fit for high-dose therapy",
                    "WHO performance status 0-2",
                ),
                ("TP53-mutated MCL (to the separate TP53 cohort)", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "chinese-rr-mcl-orelabrutinib-r2-after-at-least-first-line",
        Trial(
            nct_id="NCT09900025",
            brief_title="Orelabrutinib Combined With Lenalidomide and Rituximab in Relapsed/"
            "Refractory Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="A prospective, single-arm, multicenter phase II study of "
            "orelabrutinib plus R2 for 24 cycles in R/R MCL.",
            eligibility_criteria=numbered(
                (
                    "Pathologically confirmed mantle cell lymphoma (cyclin D1 positive)",
                    "Has received at least first-line systemic treatment and relapsed or "
                    "was refractory to the last treatment",
                    "At least one measurable lesion (longest diameter \\> 1.5 cm)",
                    *CN_GENERAL,
                ),
                ("Previously treated with orelabrutinib", *CN_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "mskcc-leukaemic-non-nodal-mcl-asymptomatic-watch-and-wait-versus-ibrutinib-r2",
        Trial(
            nct_id="NCT09900026",
            brief_title="Early Ibrutinib-Lenalidomide-Rituximab Versus Watch and Wait in "
            "Leukaemic Non-Nodal Mantle Cell Lymphoma",
            conditions=("Leukemic Non-Nodal Mantle Cell Lymphoma", "SOX11-Negative"),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Leukaemic non-nodal MCL is often indolent. Participants with "
            "asymptomatic disease are randomized to watch and wait or to 12 months of "
            "ibrutinib, lenalidomide and rituximab; the primary endpoint is time to next "
            "treatment.",
            eligibility_criteria=criteria(
                (
                    "Patients must have leukemic non-nodal MCL: cyclin D1-positive "
                    "lymphocytosis, SOX11-negative, no lymph node \\> 3 cm",
                    "Patients must not have received any prior anti-lymphoma therapy",
                    "Patients must be asymptomatic without need for therapy",
                ),
                ("TP53 mutation", "Splenomegaly \\> 20 cm", "Chronic lymphocytic leukemia"),
            ),
        ),
        (MCL,),
        (ND,),
    ),
    # --- broad condition lists: only the title, summary or inclusion criteria say which lymphoma
    (
        "lymphoma-condition-only-title-names-fl-and-mzl-zanubrutinib-r2",
        Trial(
            nct_id="NCT09900027",
            brief_title="Zanubrutinib Plus Lenalidomide and Rituximab in Relapsed Follicular or "
            "Marginal Zone Lymphoma",
            conditions=("Lymphoma",),
            condition_mesh_terms=("Lymphoma", "Neoplasms by Histologic Type", "Neoplasms"),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory CD20-positive lymphoma after \\>= 1 prior line",
                    *LYMPHOMA_GENERAL,
                ),
                LYMPHOMA_EXCLUSIONS,
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "nhl-condition-summary-and-inclusion-reveal-only-relapsed-dlbcl",
        Trial(
            nct_id="NCT09900028",
            brief_title="Tafasitamab and Lenalidomide With a CD20xCD3 Bispecific in Relapsed "
            "Non-Hodgkin Lymphoma",
            conditions=("Non-Hodgkin Lymphoma",),
            condition_mesh_terms=NHL_MESH,
            brief_summary="Phase 1b/2 study in relapsed or refractory diffuse large B-cell "
            "lymphoma in patients not eligible for autologous transplant or CAR-T.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory DLBCL NOS, including DLBCL transformed from "
                    "indolent lymphoma, after 1-2 prior lines",
                    "Not a candidate for high-dose chemotherapy with ASCT",
                    *LYMPHOMA_GENERAL,
                ),
                (
                    "Follicular lymphoma, marginal zone lymphoma or mantle cell lymphoma "
                    "without transformation",
                    *LYMPHOMA_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "b-cell-lymphoma-condition-indolent-histologies-and-mcl-cd20-bispecific-r2",
        Trial(
            nct_id="NCT09900029",
            brief_title="A Study of a Subcutaneous CD20xCD3 Bispecific Antibody With "
            "Lenalidomide in Relapsed B-Cell Lymphoma",
            conditions=("B-cell Lymphoma",),
            condition_mesh_terms=("Lymphoma, B-Cell", *NHL_MESH),
            brief_summary="Dose escalation followed by expansion cohorts by histology.",
            eligibility_criteria=criteria(
                (
                    "CD20-positive B-NHL of one of the following histologies: follicular "
                    "lymphoma (grade 1-3a), marginal zone lymphoma, or mantle cell lymphoma",
                    "Relapsed or refractory after \\>= 2 prior systemic therapies",
                    *LYMPHOMA_GENERAL,
                ),
                ("Transformed lymphoma or Richter transformation", *LYMPHOMA_EXCLUSIONS),
                key=True,
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        # "Any indolent histology" names no subtype: FL and MZL patients may enrol, but the record
        # does not say so (rule: broad conditions need the subtypes named).
        "indolent-bnhl-condition-any-indolent-histology-no-subtype-named",
        Trial(
            nct_id="NCT09900030",
            brief_title="Lenalidomide and Obinutuzumab With a BCL2 Inhibitor in Relapsed "
            "Indolent B-Cell Non-Hodgkin Lymphoma",
            conditions=("Indolent B-cell Non-Hodgkin Lymphoma",),
            condition_mesh_terms=NHL_MESH,
            brief_summary="Phase 1b dose escalation of a novel BCL2 inhibitor with "
            "lenalidomide and obinutuzumab.",
            eligibility_criteria=criteria(
                (
                    "B-NHL of any indolent histology per WHO 2016, relapsed or refractory "
                    "after \\>= 1 prior anti-CD20-containing regimen",
                    *LYMPHOMA_GENERAL,
                ),
                ("Chronic lymphocytic leukemia", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "lymphoma-b-cell-condition-inclusion-dlbcl-hgbl-fl-3b-only",
        Trial(
            nct_id="NCT09900031",
            brief_title="Lenalidomide Plus R-GDP in Relapsed B-Cell Lymphoma Before "
            "Autologous Transplant",
            conditions=("Lymphoma, B-Cell",),
            condition_mesh_terms=("Lymphoma, B-Cell", *NHL_MESH),
            brief_summary="Salvage R-GDP with lenalidomide for 3 cycles, followed by ASCT in "
            "responding patients.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or primary refractory DLBCL, high-grade B-cell lymphoma, or "
                    "follicular lymphoma grade 3b",
                    "Eligible for ASCT",
                    *LYMPHOMA_GENERAL,
                ),
                LYMPHOMA_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "nci-recurrent-bnhl-conditions-nested-histology-bullets-fl-mzl-mcl",
        Trial(
            nct_id="NCT09900032",
            brief_title="Copanlisib, Lenalidomide and Rituximab in Treating Patients With "
            "Recurrent or Refractory B-Cell Non-Hodgkin Lymphoma",
            conditions=(
                "Recurrent B-Cell Non-Hodgkin Lymphoma",
                "Refractory B-Cell Non-Hodgkin Lymphoma",
            ),
            condition_mesh_terms=("Lymphoma, B-Cell", *NHL_MESH),
            brief_summary=nci_summary(
                "This phase I trial studies the side effects and best dose of copanlisib "
                "when given with lenalidomide and rituximab in treating patients with B-cell "
                "non-Hodgkin lymphoma that has come back or does not respond to treatment.",
                "PRIMARY OBJECTIVE: I. To determine the maximum tolerated dose of copanlisib "
                "with lenalidomide and rituximab.",
                "This is a dose-escalation study of copanlisib. Patients receive copanlisib IV "
                "on days 1, 8 and 15, lenalidomide PO on days 1-21 and rituximab IV on day 1.",
            ),
            eligibility_criteria=(
                "Inclusion Criteria:\n\n"
                "* Patients must have one of the following histologically confirmed "
                "relapsed or refractory B-cell lymphomas:\n"
                "  * Follicular lymphoma, grade 1, 2 or 3a\n"
                "  * Marginal zone lymphoma (nodal, splenic or extranodal)\n"
                "  * Mantle cell lymphoma\n"
                "* Patients must have received at least one prior therapy\n"
                + "\n".join(f"* {line}" for line in NCI_GENERAL)
                + "\n\nExclusion Criteria:\n\n"
                + "\n".join(f"* {line}" for line in NCI_EXCLUSIONS)
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "hematologic-malignancies-condition-lenalidomide-indications-thromboprophylaxis",
        Trial(
            nct_id="NCT09900033",
            brief_title="Apixaban Versus Aspirin for Thromboprophylaxis in Patients Starting "
            "Lenalidomide",
            conditions=("Hematologic Malignancies", "Venous Thromboembolism"),
            condition_mesh_terms=(
                "Hematologic Neoplasms",
                "Venous Thromboembolism",
                "Thromboembolism",
                "Embolism and Thrombosis",
                "Vascular Diseases",
            ),
            brief_summary="Randomized open-label study of apixaban 2.5 mg twice daily versus "
            "aspirin 100 mg daily for 6 months in patients starting a lenalidomide-containing "
            "regimen. The primary endpoint is symptomatic or incidental venous "
            "thromboembolism.",
            eligibility_criteria=criteria(
                (
                    "Starting a lenalidomide-containing regimen within 14 days for multiple "
                    "myeloma, MDS with del(5q), mantle cell lymphoma, follicular lymphoma or "
                    "marginal zone lymphoma",
                    "Age \\>= 18 years",
                ),
                (
                    "Indication for therapeutic anticoagulation",
                    "Platelets \\< 50 x 10\\^9/L",
                    "Creatinine clearance \\< 25 mL/min",
                ),
            ),
        ),
        (MM, DEL5Q, MCL, FL, MZL),
        (),
    ),
    (
        "lymphoproliferative-disorders-and-cll-conditions-cll-or-fl-cohorts",
        Trial(
            nct_id="NCT09900034",
            brief_title="Lenalidomide-Based Immunomodulation With a PD-1 Antibody in Relapsed "
            "CLL and Follicular Lymphoma",
            conditions=("Lymphoproliferative Disorders", "Chronic Lymphocytic Leukemia"),
            condition_mesh_terms=(
                "Lymphoproliferative Disorders",
                "Leukemia, Lymphocytic, Chronic, B-Cell",
                "Lymphatic Diseases",
            ),
            brief_summary="Two cohorts: relapsed CLL after a BTK inhibitor and venetoclax, and "
            "relapsed follicular lymphoma after at least two prior lines.",
            eligibility_criteria=criteria(
                (
                    "Cohort A: CLL requiring therapy per iwCLL 2018 after a BTK inhibitor and "
                    "venetoclax",
                    "Cohort B: follicular lymphoma grade 1-3a relapsed after \\>= 2 prior "
                    "lines including an anti-CD20 antibody",
                    *LYMPHOMA_GENERAL[1:],
                ),
                ("Richter transformation", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # A bioequivalence study in patients already on lenalidomide for one of two diseases.
        "neoplasms-condition-generic-lenalidomide-bioequivalence-mcl-or-myeloma",
        Trial(
            nct_id="NCT09900035",
            brief_title="Bioequivalence of a Generic Lenalidomide Capsule in Patients With "
            "Multiple Myeloma or Mantle Cell Lymphoma",
            conditions=("Neoplasms",),
            condition_mesh_terms=("Neoplasms",),
            brief_summary="Open-label, two-period crossover study of a generic lenalidomide "
            "25 mg capsule versus Revlimid in patients on a stable lenalidomide dose.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma or mantle cell lymphoma on a stable dose of lenalidomide "
                    "25 mg for at least one cycle",
                    "Able to swallow capsules",
                ),
                ("Creatinine clearance \\< 60 mL/min", "Gastrointestinal malabsorption"),
            ),
        ),
        (MM, MCL),
        (),
    ),
    (
        "nhl-condition-summary-names-fl-and-mzl-cohorts-inclusion-generic",
        Trial(
            nct_id="NCT09900036",
            brief_title="Odronextamab With Lenalidomide in Relapsed Non-Hodgkin Lymphoma",
            conditions=("Non-Hodgkin Lymphoma",),
            condition_mesh_terms=NHL_MESH,
            brief_summary="This study has two parts: a safety run-in and an expansion in two "
            "cohorts, one of relapsed follicular lymphoma and one of relapsed marginal zone "
            "lymphoma.",
            eligibility_criteria=criteria(
                (
                    "CD20-positive B-cell NHL relapsed or refractory to \\>= 1 prior line of "
                    "systemic therapy including an anti-CD20 antibody",
                    *LYMPHOMA_GENERAL,
                ),
                LYMPHOMA_EXCLUSIONS,
                key=True,
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "indolent-lymphoma-condition-summary-excludes-fl-and-mcl-studies-sll-and-lpl",
        Trial(
            nct_id="NCT09900037",
            brief_title="Lenalidomide and Rituximab Plus Acalabrutinib in Relapsed Indolent "
            "Lymphoma",
            conditions=("Indolent Lymphoma",),
            condition_mesh_terms=NHL_MESH,
            brief_summary="Patients with follicular or mantle cell lymphoma are not included; "
            "the study enrols relapsed small lymphocytic lymphoma and lymphoplasmacytic "
            "lymphoma.",
            eligibility_criteria=criteria(
                (
                    "Relapsed SLL or lymphoplasmacytic lymphoma after \\>= 1 prior therapy",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior BTK inhibitor", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # Composite lymphoma with a DLBCL component is ruled out; FL and MZL are the trial's.
        "lymphoma-condition-fl-or-mzl-composite-with-dlbcl-component-excluded",
        Trial(
            nct_id="NCT09900038",
            brief_title="Tafasitamab and Lenalidomide Plus Rituximab in Relapsed Low-Grade "
            "B-Cell Lymphoma",
            conditions=("Lymphoma",),
            condition_mesh_terms=NHL_MESH[1:],
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a or marginal zone lymphoma, relapsed after "
                    "at least one prior therapy",
                    "Composite lymphomas with a diffuse large B-cell component are not eligible",
                    *LYMPHOMA_GENERAL,
                ),
                LYMPHOMA_EXCLUSIONS,
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "recurrent-bnhl-conditions-expansion-fl-grade-1-3a-only",
        Trial(
            nct_id="NCT09900039",
            brief_title="A Phase 1/2 Study of a CD19-Targeted T-Cell Engager With "
            "Lenalidomide in B-Cell Non-Hodgkin Lymphoma",
            conditions=("Recurrent B-Cell Non-Hodgkin Lymphoma",),
            condition_mesh_terms=("Lymphoma, B-Cell", *NHL_MESH),
            brief_summary="Phase 1 escalation in relapsed B-NHL, then a phase 2 expansion in "
            "relapsed follicular lymphoma.",
            eligibility_criteria=criteria(
                (
                    "Phase 2: follicular lymphoma grade 1-3a relapsed after \\>= 2 prior lines",
                    "Phase 1: any relapsed B-NHL without a standard option",
                    *LYMPHOMA_GENERAL,
                ),
                LYMPHOMA_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "chinese-nhl-condition-cd20-positive-indolent-bcl-fl-and-mzl-after-one-line",
        Trial(
            nct_id="NCT09900040",
            brief_title="Obinutuzumab Combined With Lenalidomide in Relapsed/Refractory "
            "Indolent B-Cell Lymphoma",
            conditions=("Lymphoma, Non-Hodgkin",),
            brief_summary="A single-arm, open-label, phase II clinical study of obinutuzumab "
            "plus lenalidomide (G2) in patients with R/R indolent B-cell lymphoma.",
            eligibility_criteria=numbered(
                (
                    "Pathologically confirmed CD20-positive indolent B-cell lymphoma, "
                    "including follicular lymphoma (grade 1-3a) and marginal zone lymphoma",
                    "Relapsed or refractory after at least first-line treatment containing an "
                    "anti-CD20 monoclonal antibody",
                    *CN_GENERAL,
                ),
                ("Transformed to aggressive lymphoma", *CN_EXCLUSIONS),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    # --- MDS in every phrasing
    (
        "mds-ipss-low-int1-with-or-without-del5q-parenthetical-risk",
        Trial(
            nct_id="NCT09900041",
            brief_title="Lenalidomide Plus Eltrombopag in Transfusion-Dependent MDS (IPSS "
            "Low/Int-1) With or Without Del(5q)",
            conditions=("Myelodysplastic Syndromes", "Thrombocytopenia"),
            condition_mesh_terms=(*MDS_MESH, "Thrombocytopenia", "Blood Platelet Disorders"),
            brief_summary="Phase II study of lenalidomide with eltrombopag in lower-risk MDS "
            "with thrombocytopenia.",
            eligibility_criteria=criteria(
                (
                    "MDS (IPSS Low/Int-1) with or without del(5q)",
                    "Platelets \\< 50 x 10\\^9/L",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "lr-mds-without-deletion-5q-title-words-esa-refractory",
        Trial(
            nct_id="NCT09900042",
            brief_title="Lenalidomide Plus Luspatercept in Lower-Risk MDS Without Deletion 5q",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            condition_mesh_terms=(*MDS_MESH, "Anemia"),
            brief_summary="Patients with transfusion-dependent lower-risk MDS without deletion "
            "5q, refractory to erythropoiesis-stimulating agents, receive luspatercept with "
            "lenalidomide.",
            eligibility_criteria=criteria(
                (
                    "MDS per WHO 2016, IPSS-R very low, low or intermediate",
                    "Refractory to or relapsed after ESA",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # Excluding isolated del(5q) restricts the trial to non-del(5q) patients (the rule's
        # "excluding del(5q)"), although del(5q) with further abnormalities could in principle enrol.
        "lr-mds-excluding-patients-with-isolated-del5q-in-inclusion",
        Trial(
            nct_id="NCT09900043",
            brief_title="Imetelstat Plus Lenalidomide in Lower-Risk MDS After ESA Failure",
            conditions=("Myelodysplastic Syndromes",),
            condition_mesh_terms=MDS_MESH,
            eligibility_criteria=criteria(
                (
                    "IPSS low or intermediate-1 risk MDS, excluding patients with isolated del(5q)",
                    "Failure of ESA (no response after \\>= 8 weeks of epoetin \\>= 40,000 "
                    "U/week) or serum EPO \\> 500 U/L",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "lr-mds-del5q-eligible-only-if-lenalidomide-failed-inclusion-phrasing",
        Trial(
            nct_id="NCT09900044",
            brief_title="Luspatercept Versus Epoetin Alfa in Lower-Risk MDS Refractory to a "
            "First ESA",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            condition_mesh_terms=(*MDS_MESH, "Anemia"),
            eligibility_criteria=criteria(
                (
                    "MDS, IPSS-R very low, low or intermediate risk, with \\< 5% marrow blasts",
                    "Refractory to a first ESA",
                    "Patients with del(5q) are eligible only if they have failed, lost "
                    "response to or are intolerant of lenalidomide",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
                key=True,
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        # MDS/MPN is not MDS here; the summary's MDS-RS is a comparison, not an enrolled disease.
        "mds-mpn-rs-t-summary-compares-with-mds-rs-and-et",
        Trial(
            nct_id="NCT09900045",
            brief_title="Lenalidomide in MDS/MPN With Ring Sideroblasts and Thrombocytosis",
            conditions=(
                "Myelodysplastic/Myeloproliferative Neoplasm With Ring Sideroblasts and "
                "Thrombocytosis",
            ),
            condition_mesh_terms=(
                "Myelodysplastic-Myeloproliferative Diseases",
                "Bone Marrow Diseases",
                "Hematologic Diseases",
            ),
            brief_summary="MDS/MPN-RS-T shares the SF3B1 mutation and anaemia of MDS with "
            "ring sideroblasts and the thrombocytosis of essential thrombocythaemia. Patients "
            "receive lenalidomide 10 mg days 1-21 with aspirin.",
            eligibility_criteria=criteria(
                (
                    "MDS/MPN-RS-T per WHO 2016: ring sideroblasts \\>= 15%, platelets \\>= 450 "
                    "x 10\\^9/L",
                    "Symptomatic anaemia (Hb \\< 10 g/dL) or transfusion dependence",
                ),
                ("Prior thromboembolism within 12 months", "BCR-ABL1 positive"),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "chinese-5q-syndrome-thrombocytopenia-initially-treated-low-dose-len",
        Trial(
            nct_id="NCT09900046",
            brief_title="Low-Dose Lenalidomide in Initially Treated 5q-Syndrome With "
            "Thrombocytopenia",
            conditions=("5q-Syndrome", "Thrombocytopenia"),
            brief_summary="A single-arm phase II study of lenalidomide 5 mg daily in patients "
            "with 5q-syndrome and platelets below 100 x 10^9/L.",
            eligibility_criteria=numbered(
                (
                    "Diagnosed as MDS with isolated 5q deletion (5q-syndrome) according to WHO "
                    "2016",
                    "Platelet count \\< 100 x 10\\^9/L",
                    "Have not received any treatment for MDS",
                    *CN_GENERAL,
                ),
                ("TP53 mutation with VAF \\> 20%", *CN_EXCLUSIONS[:4]),
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        "hr-mds-and-aml-tp53-complex-karyotype-aza-ven-len-untreated",
        Trial(
            nct_id="NCT09900047",
            brief_title="Azacitidine, Venetoclax and Lenalidomide in Untreated TP53-Mutated "
            "Higher-Risk MDS and AML",
            conditions=(
                "Myelodysplastic Syndromes",
                "Acute Myeloid Leukemia",
                "TP53 Gene Mutation",
            ),
            condition_mesh_terms=(*MDS_MESH, "Leukemia, Myeloid, Acute", "Leukemia, Myeloid"),
            brief_summary="Phase II study in untreated TP53-mutated higher-risk MDS (IPSS-R "
            "\\> 3.5) and AML not fit for intensive chemotherapy.",
            eligibility_criteria=criteria(
                (
                    "Untreated MDS with excess blasts (IPSS-R \\> 3.5) or AML per ICC 2022, "
                    "with a TP53 mutation (VAF \\>= 10%)",
                    "Complex karyotype allowed",
                    "Not a candidate for intensive chemotherapy",
                ),
                ("Acute promyelocytic leukemia", "Prior hypomethylating agent"),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "lower-risk-cmml-cpss-low-int1-mds-not-eligible",
        Trial(
            nct_id="NCT09900048",
            brief_title="Lenalidomide Plus Epoetin in Lower-Risk Chronic Myelomonocytic "
            "Leukemia With Anemia",
            conditions=("Chronic Myelomonocytic Leukemia",),
            condition_mesh_terms=(
                "Leukemia, Myelomonocytic, Chronic",
                "Myelodysplastic-Myeloproliferative Diseases",
                "Leukemia, Myeloid",
            ),
            brief_summary="CMML shares features of MDS and MPN. This phase II study tests "
            "lenalidomide with epoetin alfa for anaemia in lower-risk CMML.",
            eligibility_criteria=criteria(
                (
                    "CMML per WHO 2022, CPSS low or intermediate-1 risk",
                    "Haemoglobin \\< 10 g/dL or transfusion dependence",
                    "Patients with MDS or MDS/MPN other than CMML are not eligible",
                ),
                ("Proliferative CMML with WBC \\>= 13 x 10\\^9/L", "CMML-2"),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        # "Lenalidomide-naive" is naive to one drug, not untreated.
        "del5q-mds-with-one-additional-abnormality-except-chromosome-7-lenalidomide-naive",
        Trial(
            nct_id="NCT09900049",
            brief_title="Lenalidomide With or Without Luspatercept in MDS With Del(5q)",
            conditions=("Myelodysplastic Syndromes",),
            condition_mesh_terms=MDS_MESH,
            eligibility_criteria=criteria(
                (
                    "MDS with del(5q) alone or with one additional cytogenetic abnormality "
                    "other than monosomy 7 or del(7q)",
                    "Marrow blasts \\< 5%",
                    "Lenalidomide-naive",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        # MDS-EB with del(5q), with oligoblastic AML alongside: del(5q) is named as eligible.
        "gfm-untreated-mds-eb-or-oligoblastic-aml-with-del5q-or-monosomy-5",
        Trial(
            nct_id="NCT09900050",
            brief_title="Azacitidine Plus Lenalidomide in Previously Untreated MDS With Excess "
            "Blasts or Oligoblastic AML With Chromosome 5 Abnormalities",
            conditions=("Myelodysplastic Syndromes", "Acute Myeloid Leukemia"),
            condition_mesh_terms=(*MDS_MESH, "Leukemia, Myeloid, Acute"),
            eligibility_criteria=criteria(
                (
                    "Previously untreated MDS-EB or oligoblastic AML (20-30% blasts) with "
                    "del(5q) or monosomy 5",
                    "Not eligible for intensive chemotherapy or allogeneic transplant",
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        "aml-evolving-from-del5q-mds-after-lenalidomide-failure",
        Trial(
            nct_id="NCT09900051",
            brief_title="Venetoclax and Azacitidine in AML Evolving From Del(5q) MDS After "
            "Lenalidomide",
            conditions=("Acute Myeloid Leukemia", "Secondary Acute Myeloid Leukemia"),
            condition_mesh_terms=("Leukemia, Myeloid, Acute", "Leukemia, Myeloid", "Leukemia"),
            eligibility_criteria=criteria(
                (
                    "AML (\\>= 20% blasts) evolving from MDS with del(5q) previously treated "
                    "with lenalidomide",
                    "Progression after or during lenalidomide",
                ),
                ("Prior venetoclax",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # A cohort the record says is closed: del(5q) patients cannot enrol now.
        "lr-mds-two-cohorts-del5q-cohort-closed-to-accrual",
        Trial(
            nct_id="NCT09900052",
            brief_title="Lenalidomide Plus Epoetin Beta in Lower-Risk Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes",),
            condition_mesh_terms=MDS_MESH,
            brief_summary="Cohort A enrols non-del(5q) lower-risk MDS refractory to ESA. "
            "Cohort B (MDS with del(5q)) completed accrual in 2024.",
            eligibility_criteria=criteria(
                (
                    "Cohort A: IPSS low or intermediate-1 MDS without del(5q), resistant to ESA",
                    "Cohort B (MDS with del(5q)) is closed to accrual",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "nordic-mds-group-del5q-ipss-r-low-intermediate-luspatercept-len",
        Trial(
            nct_id="NCT09900053",
            brief_title="Lenalidomide With Early Luspatercept for Anaemia in MDS With Del(5q): "
            "A Nordic MDS Group Study",
            conditions=("MDS With Del(5q)", "Anemia"),
            condition_mesh_terms=(*MDS_MESH, "Anemia"),
            brief_summary="Patients start lenalidomide 10 mg; those without an erythroid "
            "response at 16 weeks add luspatercept.",
            eligibility_criteria=dashed(
                (
                    "MDS with del(5q) per WHO 2022 (MDS-5q) or ICC 2022",
                    "IPSS-R very low, low or intermediate (score \\<= 3.5)",
                    "Haemoglobin \\< 10 g/dL or RBC transfusion dependence",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (),
    ),
    # --- multi-disease baskets
    (
        # B-NHL without subtypes named: only the myeloma is a tag (compare
        # "pneumococcal-conjugate-vaccine-myeloma-cll-and-nhl-no-subtypes").
        "any-b-cell-malignancy-mm-cll-nhl-no-subtypes-named",
        Trial(
            nct_id="NCT09900054",
            brief_title="A Cereblon E3 Ligase Modulator in Relapsed B-Cell Malignancies (MM, "
            "CLL, NHL)",
            conditions=("B-cell Malignancies",),
            brief_summary="First-in-human phase 1 study of a novel CELMoD, alone or with "
            "anti-CD20 or anti-CD38 antibodies, in relapsed B-cell malignancies.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory multiple myeloma, CLL or B-cell non-Hodgkin "
                    "lymphoma after \\>= 2 prior lines of therapy",
                    "No available therapy with established clinical benefit",
                ),
                ("Prior CELMoD other than lenalidomide or pomalidomide",),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "hematologic-neoplasms-condition-title-names-relapsed-mm-mcl-or-fl",
        Trial(
            nct_id="NCT09900055",
            brief_title="Population Pharmacokinetics of a Lenalidomide Oral Suspension in "
            "Relapsed Multiple Myeloma, Mantle Cell Lymphoma or Follicular Lymphoma",
            conditions=("Hematologic Neoplasms",),
            brief_summary="Open-label study of a new oral suspension at the labelled dose "
            "for each indication.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory MM, MCL or FL for which lenalidomide is indicated",
                    "Difficulty swallowing capsules",
                ),
                ("Creatinine clearance \\< 30 mL/min",),
            ),
        ),
        (MM, MCL, FL),
        (RR,),
    ),
    (
        # Any approved indication: MDS is named without a karyotype, so del(5q) patients enrol.
        "observational-registry-patients-on-lenalidomide-for-any-approved-indication",
        Trial(
            nct_id="NCT09900056",
            brief_title="Real-World Registry of Patients Treated With Lenalidomide",
            conditions=("Hematologic Malignancies",),
            brief_summary="Prospective observational registry of safety (second primary "
            "malignancies, thromboembolism) in routine practice.",
            eligibility_criteria=(
                "Inclusion Criteria:\n\n* Patients starting lenalidomide for an approved "
                "indication: multiple myeloma, myelodysplastic syndromes, mantle cell "
                "lymphoma, follicular lymphoma or marginal zone lymphoma\n* Written informed "
                "consent\n\nExclusion Criteria:\n\n* Participation in an interventional trial"
            ),
        ),
        (MM, DEL5Q, MCL, FL, MZL),
        (),
    ),
    (
        "lymphoma-allo-hct-len-maintenance-dlbcl-mcl-fl-hodgkin-ptcl",
        Trial(
            nct_id="NCT09900057",
            brief_title="Lenalidomide Maintenance After Allogeneic Transplantation for "
            "Relapsed Lymphoma",
            conditions=("Lymphoma", "Allogeneic Hematopoietic Stem Cell Transplantation"),
            condition_mesh_terms=NHL_MESH[1:],
            brief_summary="Lenalidomide 5-10 mg days 1-21 of 28 for 12 cycles, starting 60-120 "
            "days after allogeneic transplantation.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory lymphoma treated with allogeneic HCT: DLBCL, "
                    "mantle cell lymphoma, follicular lymphoma, classic Hodgkin lymphoma or "
                    "peripheral T-cell lymphoma",
                    "Day +60 to +120 after transplant, with engraftment",
                ),
                ("Active acute GVHD grade II-IV",),
            ),
        ),
        (MCL, FL),
        (RR, MT),
    ),
    (
        "recombinant-zoster-vaccine-fl-or-mzl-on-r2-or-rituximab-maintenance",
        Trial(
            nct_id="NCT09900058",
            brief_title="Recombinant Zoster Vaccine in Patients With Follicular or Marginal "
            "Zone Lymphoma Receiving Lenalidomide or Rituximab Maintenance",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma", "Herpes Zoster"),
            brief_summary="Immunogenicity of two doses of recombinant zoster vaccine given "
            "during lenalidomide-rituximab or rituximab maintenance.",
            eligibility_criteria=criteria(
                (
                    "FL or MZL in remission, receiving R2 or rituximab maintenance",
                    "No prior zoster vaccination",
                ),
                ("Active herpes zoster",),
            ),
        ),
        (FL, MZL),
        (MT,),
    ),
    # --- look-alikes and aggressive lymphomas
    (
        "nhl-condition-elderly-dlbcl-r-mini-chop-len-fl-3b-and-transformed-eligible",
        Trial(
            nct_id="NCT09900059",
            brief_title="R-Mini-CHOP With or Without Lenalidomide in Elderly Patients With "
            "Untreated Aggressive B-Cell Lymphoma",
            conditions=("Non-Hodgkin Lymphoma", "Aged, 80 and over"),
            condition_mesh_terms=NHL_MESH,
            brief_summary="Randomized phase III study in patients aged 80 or older with "
            "previously untreated DLBCL.",
            eligibility_criteria=dashed(
                (
                    "Untreated DLBCL, high-grade B-cell lymphoma NOS, follicular lymphoma "
                    "grade 3b, or DLBCL transformed from follicular or marginal zone lymphoma",
                    "Age \\>= 80, or 65-79 and unfit by geriatric assessment",
                    *LYMPHOMA_GENERAL,
                ),
                ("Primary CNS or mediastinal lymphoma", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "umbralisib-ublituximab-len-rr-indolent-nhl-subtypes-in-inclusion",
        Trial(
            nct_id="NCT09900060",
            brief_title="Umbralisib, Ublituximab and Lenalidomide in Relapsed or Refractory "
            "Indolent Non-Hodgkin Lymphoma",
            conditions=("Non-Hodgkin Lymphoma",),
            condition_mesh_terms=NHL_MESH,
            brief_summary="Phase 1/2 study of the U2 doublet with lenalidomide (U2-R). "
            "Enrollment was paused in 2022 following the withdrawal of umbralisib.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed FL (grade 1-3a), MZL (splenic, nodal or "
                    "extranodal) or SLL",
                    "Relapsed or refractory to at least one prior CD20-directed regimen",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior PI3K-delta inhibitor", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    # --- more of what the search returns
    (
        "chinese-bridging-tafasitamab-r2-rr-fl-or-mzl-pod24-allowed",
        Trial(
            nct_id="NCT09900061",
            brief_title="Tafasitamab Plus Lenalidomide and Rituximab in Chinese Patients With "
            "Relapsed/Refractory Follicular Lymphoma or Marginal Zone Lymphoma",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma"),
            condition_mesh_terms=(*FL_MESH[:1], *MZL_MESH),
            brief_summary="A single-arm bridging study of tafasitamab plus R2 in R/R FL and "
            "MZL, to support registration in China.",
            eligibility_criteria=numbered(
                (
                    "Histologically confirmed FL grade 1-3a or MZL (nodal, splenic or extranodal)",
                    "Relapsed or refractory after at least one prior systemic therapy "
                    "containing anti-CD20 antibody; POD24 patients are eligible",
                    *CN_GENERAL,
                ),
                ("Prior lenalidomide refractory", *CN_EXCLUSIONS),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "uk-ncri-older-untreated-mcl-acalabrutinib-r2-versus-r-chemo",
        Trial(
            nct_id="NCT09900062",
            brief_title="Acalabrutinib, Lenalidomide and Rituximab Versus Rituximab-"
            "Chemotherapy in Older Patients With Mantle Cell Lymphoma",
            official_title="A Randomised Phase III Trial of Chemotherapy-Free Acalabrutinib-R2 "
            "Versus R-CHOP or Bendamustine-Rituximab in Patients Aged 60 Years and Over With "
            "Mantle Cell Lymphoma Not Suitable for Intensive Therapy",
            conditions=("Mantle Cell Lymphoma",),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Participants are randomised 1:1. Acalabrutinib continues until "
            "progression; patients on the chemotherapy arm receive rituximab maintenance per "
            "local practice.",
            eligibility_criteria=numbered(
                (
                    "Histologically confirmed mantle cell lymphoma (cyclin D1 or t(11;14) "
                    "positive)",
                    "Aged 60 years or over, not suitable for intensive therapy and ASCT",
                    "No prior treatment for MCL, except up to 7 days of corticosteroids or "
                    "localised radiotherapy",
                    "Stage II-IV requiring treatment",
                ),
                LYMPHOMA_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "gastric-malt-relapsed-after-hp-eradication-and-rituximab-zanubrutinib-r2",
        Trial(
            nct_id="NCT09900063",
            brief_title="Zanubrutinib Plus Rituximab-Lenalidomide in Relapsed Gastric MALT "
            "Lymphoma",
            conditions=("Gastric MALT Lymphoma",),
            condition_mesh_terms=MZL_MESH,
            brief_summary="Phase II study in gastric MALT lymphoma relapsed or refractory after "
            "H. pylori eradication and at least one line of systemic therapy.",
            eligibility_criteria=criteria(
                (
                    "Gastric extranodal marginal zone lymphoma of MALT type",
                    "Relapsed or refractory after H. pylori eradication (if H. pylori-"
                    "positive) and at least one prior rituximab-containing therapy",
                    *LYMPHOMA_GENERAL[1:],
                ),
                ("Large-cell transformation", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        # Grade 3A follicular lymphoma is follicular lymphoma, even listed beside DLBCL.
        "dlbcl-and-fl-grade-3a-conditions-untreated-r2-chop",
        Trial(
            nct_id="NCT09900064",
            brief_title="Lenalidomide Plus R-CHOP in Untreated DLBCL and Grade 3A Follicular "
            "Lymphoma",
            conditions=("Diffuse Large B-Cell Lymphoma", "Follicular Lymphoma Grade 3A"),
            condition_mesh_terms=("Lymphoma, Large B-Cell, Diffuse", *FL_MESH),
            brief_summary="Phase II study of R2-CHOP for 6 cycles in previously untreated "
            "DLBCL or grade 3A follicular lymphoma with IPI 2-5.",
            eligibility_criteria=criteria(
                (
                    "Previously untreated DLBCL or follicular lymphoma grade 3A, stage II-IV",
                    "IPI 2-5",
                    *LYMPHOMA_GENERAL,
                ),
                ("Follicular lymphoma grade 1-2", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        # A phase 1 for solid tumours and lymphoma whose expansion is in follicular lymphoma.
        "solid-tumours-and-lymphoma-phase-1-expansion-relapsed-fl",
        Trial(
            nct_id="NCT09900065",
            brief_title="A STING Agonist Alone or With Lenalidomide in Advanced Solid Tumors "
            "or Lymphoma",
            conditions=("Advanced Solid Tumor", "Lymphoma"),
            brief_summary="Part A: dose escalation of the STING agonist as monotherapy in "
            "advanced solid tumors or lymphoma. Part B: the STING agonist with lenalidomide in "
            "relapsed follicular lymphoma.",
            eligibility_criteria=criteria(
                (
                    "Part A: advanced solid tumor or lymphoma with no standard therapy",
                    "Part B: follicular lymphoma grade 1-3a relapsed after \\>= 2 prior "
                    "systemic therapies",
                    "ECOG performance status 0-1",
                ),
                ("Primary CNS malignancy",),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "sjogren-associated-parotid-malt-lymphoma-untreated-r2",
        Trial(
            nct_id="NCT09900066",
            brief_title="Rituximab and Lenalidomide in Sjögren Syndrome-Associated MALT "
            "Lymphoma of the Salivary Glands",
            conditions=("Sjogren's Syndrome", "MALT Lymphoma", "Salivary Gland Lymphoma"),
            condition_mesh_terms=("Sjogren's Syndrome", *MZL_MESH),
            brief_summary="Phase II study of R2 for 6 cycles in patients with primary "
            "Sjögren's syndrome and salivary MALT lymphoma; ESSDAI and lymphoma response are "
            "co-primary endpoints.",
            eligibility_criteria=criteria(
                (
                    "Primary Sjögren's syndrome (ACR/EULAR 2016)",
                    "Extranodal marginal zone lymphoma of the parotid or other salivary gland, "
                    "stage IE-IV",
                    "No previous systemic treatment for lymphoma",
                ),
                ("Transformation to DLBCL", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        # Secondary CNS involvement by MCL: the patients have MCL (debatable; the rule's "CNS
        # lymphoma" is primary CNS lymphoma).
        "mcl-secondary-cns-involvement-ibrutinib-len-rituximab",
        Trial(
            nct_id="NCT09900067",
            brief_title="Ibrutinib, Lenalidomide and Rituximab in Mantle Cell Lymphoma With "
            "Central Nervous System Relapse",
            conditions=("Mantle Cell Lymphoma", "Secondary Central Nervous System Lymphoma"),
            condition_mesh_terms=(*MCL_MESH, "Central Nervous System Neoplasms"),
            brief_summary="Phase II study of ibrutinib with lenalidomide and rituximab in "
            "MCL with CNS involvement at relapse.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma with CNS involvement (parenchymal, leptomeningeal or "
                    "CSF) at relapse",
                    "At least one prior line of systemic therapy",
                ),
                ("Primary CNS lymphoma", "Prior BTK inhibitor"),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "hovon-lr-mds-len-epoetin-g-csf-non-del5q-written-as-normal-karyotype-or-other",
        Trial(
            nct_id="NCT09900068",
            brief_title="Lenalidomide Plus Epoetin and G-CSF in Lower-Risk MDS: a HOVON Study",
            conditions=("Myelodysplastic Syndromes",),
            condition_mesh_terms=MDS_MESH,
            brief_summary="Patients with IPSS low or intermediate-1 MDS and anaemia without "
            "response to epoetin plus G-CSF add lenalidomide.",
            eligibility_criteria=dashed(
                (
                    "MDS (RA, RARS, RCMD, RAEB-1 with \\< 10% blasts) or non-proliferative CMML",
                    "IPSS low or intermediate-1",
                    "Any karyotype except isolated del(5q)",
                    "No response after 8 weeks of epoetin and G-CSF",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "mcl-progressing-on-covalent-btki-pirtobrutinib-venetoclax-len",
        Trial(
            nct_id="NCT09900069",
            brief_title="Pirtobrutinib Plus Venetoclax and Lenalidomide in Mantle Cell Lymphoma "
            "Progressing on a Covalent BTK Inhibitor",
            conditions=("Mantle Cell Lymphoma",),
            condition_mesh_terms=MCL_MESH,
            brief_summary="Phase II study of pirtobrutinib with venetoclax and lenalidomide for "
            "24 cycles; MRD-negative patients stop therapy after cycle 24.",
            eligibility_criteria=criteria(
                (
                    "MCL with documented disease progression on a covalent BTK inhibitor "
                    "(ibrutinib, acalabrutinib or zanubrutinib), given alone or in combination",
                    "The covalent BTK inhibitor was stopped for progression; intolerance alone "
                    "is not sufficient",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior pirtobrutinib or venetoclax", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        # WHO 2022 names higher-risk MDS "MDS with increased blasts" (MDS-IB1/IB2); an MDS trial
        # only for them counts only if it names del(5q) (compare "higher-risk-no-del5q").
        "who-2022-mds-with-increased-blasts-ib1-ib2-untreated-aza-len",
        Trial(
            nct_id="NCT09900070",
            brief_title="Azacitidine Plus Lenalidomide in Myelodysplastic Neoplasm With "
            "Increased Blasts",
            conditions=("Myelodysplastic Syndrome With Increased Blasts",),
            condition_mesh_terms=MDS_MESH,
            brief_summary="Randomized phase II study of azacitidine with or without "
            "lenalidomide in MDS-IB1 and MDS-IB2 per the WHO 2022 classification.",
            eligibility_criteria=criteria(
                (
                    "MDS-IB1 or MDS-IB2 (bone marrow blasts 5-19%) per WHO 2022, previously "
                    "untreated",
                    "Not eligible for allogeneic transplant at enrolment",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # "Newly treated" is how some Chinese records render untreated (like "initially treated").
        "chinese-newly-treated-elderly-mcl-zanubrutinib-r2-sparse",
        Trial(
            nct_id="NCT09900071",
            brief_title="Zanubrutinib Plus R2 in Newly Treated Elderly Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="A single-arm, multicenter phase II study of zanubrutinib, rituximab "
            "and lenalidomide in newly treated patients with MCL aged 65 years or older.",
            eligibility_criteria=numbered(
                (
                    "Age \\>= 65 years",
                    "Pathologically confirmed MCL (cyclin D1 positive or t(11;14))",
                    "Ann Arbor stage II-IV with at least one measurable lesion",
                    *CN_GENERAL[1:],
                ),
                CN_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (ND,),
    ),
    (
        "nodal-mzl-requiring-first-systemic-treatment-naive-to-systemic-therapy-r2",
        Trial(
            nct_id="NCT09900072",
            brief_title="Rituximab-Lenalidomide Versus Rituximab in Nodal Marginal Zone "
            "Lymphoma Requiring First Systemic Treatment",
            conditions=("Nodal Marginal Zone Lymphoma",),
            condition_mesh_terms=MZL_MESH,
            brief_summary="Randomized phase II study comparing R2 with rituximab monotherapy "
            "for 12 months.",
            eligibility_criteria=criteria(
                (
                    "Nodal marginal zone lymphoma per WHO 2016, stage II-IV, requiring "
                    "systemic treatment",
                    "Naive to systemic therapy; prior involved-site radiotherapy allowed",
                    *LYMPHOMA_GENERAL,
                ),
                ("Paediatric-type nodal MZL", *LYMPHOMA_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "upfront-zanubrutinib-r2-versus-bendamustine-rituximab-mzl-non-lymphoma-prior-therapy",
        Trial(
            nct_id="NCT09900073",
            brief_title="Upfront Zanubrutinib Plus Rituximab-Lenalidomide Versus "
            "Bendamustine-Rituximab in Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            condition_mesh_terms=MZL_MESH,
            brief_summary="Randomized phase III trial of chemotherapy-free upfront treatment "
            "in MZL; the primary endpoint is progression-free survival.",
            eligibility_criteria=criteria(
                (
                    "Splenic, nodal or extranodal MZL requiring systemic therapy",
                    "Prior H. pylori eradication, antiviral therapy, splenectomy or "
                    "radiotherapy allowed",
                    *LYMPHOMA_GENERAL,
                ),
                ("Prior systemic lymphoma therapy", *LYMPHOMA_EXCLUSIONS),
                key=True,
            ),
        ),
        (MZL,),
        (ND,),
    ),
]

CASES = params(NINTH_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_ninth(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_ninth_case_ids_are_unique() -> None:
    check_unique(NINTH_CASES)
