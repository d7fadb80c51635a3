"""A sixth audit of the classifier: treatment settings. Invented full records, in all five
diseases, whose difficulty is the line of therapy they enrol: inclusion criteria that mix history
with current state (prior lines "including a PI and lenalidomide", "at least PR after induction",
"within 12 months of ASCT", first or second relapse, primary refractory, early relapse, POD24,
biochemical progression, relapse after CAR-T, refractory to the last line, double-class
refractory, triple-class exposed); summaries whose outcome words set no setting (progression-free
survival, time to next treatment, relapse-free survival, risk of relapse, until progression, off
study at relapse, salvage at the investigator's discretion); maintenance in every guise (a
maintenance phase, continuous therapy until progression, consolidation then maintenance,
post-transplant lenalidomide, maintenance in the control arm only, prior maintenance allowed,
rituximab or R2 maintenance after induction, observation versus maintenance, a "maintenance
dose"); newly diagnosed cues (treatment-naive, previously untreated, no prior systemic therapy
but one cycle or 160 mg dexamethasone, induction, frontline, not eligible for intensive therapy)
and their look-alikes (daratumumab-, lenalidomide-, anti-CD38-, BTK inhibitor- and
chemotherapy-naive; what first-line therapy must have included); ESA-refractory, transfusion-
dependent, HMA-naive and lenalidomide-failure MDS. The text is ours, phrased the way such
registrations read; labels say whom each trial enrols, as a haematologist would, under the product
owner's rules. Where a convention is debatable the case says so and follows the conventions of
the earlier case tables."""

from __future__ import annotations

import pytest

from tests.classify_support import (
    DEL5Q,
    FL,
    MCL,
    MDS_EXCLUSIONS,
    MDS_GENERAL,
    MM,
    MM_MESH,
    MT,
    MZL,
    NCI_EXCLUSIONS,
    ND,
    NHL_MEASURABLE,
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
from trials.model import Arm, Indication, Setting, Trial

#: What industry myeloma trials ask of everyone, whatever the line of therapy.
MM_MEASURABLE = (
    "Measurable disease, defined as any of: serum M-protein \\>= 0.5 g/dL; urine M-protein \\>= "
    "200 mg/24 hours; or involved serum free light chain \\>= 10 mg/dL with an abnormal "
    "kappa/lambda ratio",
    "ECOG performance status of 0, 1 or 2",
    "Adequate organ function: ANC \\>= 1.0 x 10\\^9/L, platelets \\>= 75 x 10\\^9/L (\\>= 50 x "
    "10\\^9/L if bone marrow plasma cells \\>= 50%), creatinine clearance \\>= 30 mL/min",
    "Females of childbearing potential must have two negative pregnancy tests before starting "
    "lenalidomide and agree to the pregnancy prevention programme",
)
#: What industry myeloma trials exclude, whatever the line of therapy.
MM_EXCLUSIONS = (
    "Known active CNS involvement or clinical signs of meningeal involvement of multiple myeloma",
    "Plasma cell leukemia, Waldenström's macroglobulinemia, POEMS syndrome, or primary AL "
    "amyloidosis",
    "Known to be seropositive for HIV with detectable viral load, or active hepatitis B or C",
    "Any other malignancy within 3 years, except adequately treated basal or squamous cell skin "
    "cancer, carcinoma in situ of the cervix or breast, or localized prostate cancer",
    "Unable or unwilling to undergo antithrombotic prophylaxis",
)
#: What NCI/CTEP records ask of everyone, whatever the disease.
NCI_GENERAL = (
    "Age \\>= 18 years",
    "Eastern Cooperative Oncology Group (ECOG) performance status =\\< 2",
    "Absolute neutrophil count (ANC) \\>= 1,000/mm\\^3",
    "Platelets \\>= 75,000/mm\\^3",
    "Total bilirubin =\\< 1.5 x institutional upper limit of normal (ULN)",
    "Creatinine clearance \\>= 30 mL/min by the Cockcroft-Gault formula",
    "All study participants must be registered into the mandatory Revlimid REMS program and "
    "be willing and able to comply with its requirements",
)
NHL_EXCLUSIONS = (
    "Clinical evidence of histological transformation to an aggressive lymphoma (e.g., DLBCL)",
    "Known CNS lymphoma or leptomeningeal involvement",
    "Prior allogeneic stem cell transplantation",
    "Active hepatitis B (HBsAg positive or detectable HBV DNA), hepatitis C or uncontrolled HIV "
    "infection",
    "Other malignancy within 3 years, except adequately treated non-melanoma skin cancer or "
    "carcinoma in situ",
    "Inability to take thromboprophylaxis",
)
# (id, trial, indications, settings)
SIXTH_CASES = [
    # --- myeloma: relapsed, where inclusion criteria mix history and current state
    (
        "rrmm-1-3-prior-lines-including-pi-and-len-pfs-ttnt-summary",
        Trial(
            nct_id="NCT09600001",
            brief_title="Elranatamab Plus Daratumumab Versus Daratumumab, Pomalidomide and "
            "Dexamethasone in Multiple Myeloma After 1 to 3 Prior Lines Including Lenalidomide",
            official_title="A Phase 3, Open-Label, Randomized Study of Elranatamab in "
            "Combination With Daratumumab Versus Daratumumab, Pomalidomide and Dexamethasone in "
            "Participants With Multiple Myeloma Who Have Received 1 to 3 Prior Lines of Therapy "
            "Including a Proteasome Inhibitor and Lenalidomide",
            conditions=("Multiple Myeloma",),
            keywords=("BCMA", "bispecific antibody", "lenalidomide-exposed"),
            condition_mesh_terms=MM_MESH,
            brief_summary="The purpose of this study is to compare elranatamab plus "
            "daratumumab with daratumumab, pomalidomide and dexamethasone (DPd) in participants "
            "with multiple myeloma who have received 1 to 3 prior lines of therapy, including a "
            "proteasome inhibitor and lenalidomide. The primary endpoint is progression-free "
            "survival; key secondary endpoints are MRD negativity, overall survival and time to "
            "next treatment.",
            eligibility_criteria=criteria(
                (
                    "Documented diagnosis of multiple myeloma according to IMWG criteria",
                    "Received 1 to 3 prior lines of antimyeloma therapy, including a proteasome "
                    "inhibitor and a lenalidomide-containing regimen",
                    "Documented evidence of progressive disease on or after the last regimen",
                    *MM_MEASURABLE,
                ),
                (
                    "Prior treatment with a BCMA-directed therapy",
                    "Refractory to daratumumab or any other anti-CD38 monoclonal antibody",
                    *MM_EXCLUSIONS,
                ),
                key=True,
            ),
            interventions=("Elranatamab", "Daratumumab", "Pomalidomide", "Dexamethasone"),
            arms=(
                Arm("Arm A: Elranatamab + Daratumumab", "EXPERIMENTAL"),
                Arm("Arm B: DPd", "ACTIVE_COMPARATOR"),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        # "Not previously treated with daratumumab" is drug-naive, not untreated.
        "rrmm-first-or-second-relapse-not-previously-treated-with-daratumumab",
        Trial(
            nct_id="NCT09600002",
            brief_title="Subcutaneous Isatuximab With Lenalidomide and Dexamethasone in "
            "Anti-CD38-Naive Multiple Myeloma at First or Second Relapse",
            conditions=("Multiple Myeloma",),
            keywords=("isatuximab", "on-body delivery system", "anti-CD38 naive"),
            condition_mesh_terms=MM_MESH,
            brief_summary="A single-arm phase 2 study of isatuximab given subcutaneously with "
            "lenalidomide and dexamethasone (Isa-Rd) in participants with multiple myeloma in "
            "first or second relapse who have not received an anti-CD38 antibody. Treatment "
            "continues until disease progression or unacceptable toxicity.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma in first or second relapse after 1 or 2 prior lines of "
                    "therapy",
                    "Not previously treated with daratumumab, isatuximab or any other anti-CD38 "
                    "monoclonal antibody",
                    "Not refractory to lenalidomide (no progression during lenalidomide or within "
                    "60 days of its last dose)",
                    *MM_MEASURABLE,
                ),
                MM_EXCLUSIONS,
            ),
            interventions=("Isatuximab SC", "Lenalidomide", "Dexamethasone"),
        ),
        (MM,),
        (RR,),
    ),
    (
        "chinese-rrmm-lenalidomide-naive-or-sensitive-numbered",
        Trial(
            nct_id="NCT09600003",
            brief_title="Selinexor, Lenalidomide and Dexamethasone (SRd) in Relapsed/Refractory "
            "Multiple Myeloma: a Multicenter Phase II Study",
            conditions=("Relapsed/Refractory Multiple Myeloma",),
            keywords=("selinexor", "XPO1", "SRd"),
            brief_summary="To evaluate the efficacy and safety of selinexor combined with "
            "lenalidomide and dexamethasone in Chinese patients with relapsed/refractory "
            "multiple myeloma who are lenalidomide-naive or lenalidomide-sensitive. The primary "
            "endpoint is overall response rate.",
            eligibility_criteria=numbered(
                (
                    "Age 18-80 years, gender is not limited",
                    "Diagnosed with multiple myeloma according to the IMWG criteria, with "
                    "measurable disease",
                    "Relapsed or refractory MM having received 1-3 prior lines of therapy",
                    "Lenalidomide-naive, or lenalidomide-sensitive (last lenalidomide-containing "
                    "regimen ended at least 6 months before enrolment without progression on it)",
                    "ECOG 0-2; expected survival time \\>= 3 months",
                    "Sign the informed consent",
                ),
                (
                    "Prior selinexor or other XPO1 inhibitor",
                    "Plasma cell leukemia or POEMS syndrome",
                    "Pregnant or lactating women",
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "rrmm-double-class-refractory-refractory-to-last-line",
        Trial(
            nct_id="NCT09600004",
            brief_title="Linvoseltamab in Combination With Carfilzomib or Lenalidomide in "
            "Double-Class Refractory Multiple Myeloma",
            official_title="A Phase 1b/2 Study of Linvoseltamab Combination Regimens in "
            "Participants With Multiple Myeloma Refractory to an Immunomodulatory Drug and a "
            "Proteasome Inhibitor",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="This study tests linvoseltamab with carfilzomib (cohort 1) or with "
            "lenalidomide (cohort 2) in participants whose myeloma is double-class refractory. "
            "The main questions are the recommended phase 2 dose and the rate of very good "
            "partial response or better.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma with at least 2 prior lines of therapy",
                    "Double-class refractory: refractory to at least one immunomodulatory drug "
                    "and one proteasome inhibitor",
                    "Refractory to the last line of therapy, defined as progression during or "
                    "within 60 days of completing it",
                    "Cohort 2 only: not refractory to lenalidomide at a dose of 25 mg",
                    *MM_MEASURABLE,
                ),
                ("Prior BCMA-directed therapy", *MM_EXCLUSIONS),
                key=True,
            ),
            arms=(
                Arm("Cohort 1: Linvoseltamab + Carfilzomib", "EXPERIMENTAL"),
                Arm("Cohort 2: Linvoseltamab + Lenalidomide", "EXPERIMENTAL"),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        # Triple-class exposed after at least 3 prior regimens, with progression on or within 60
        # days of the last: relapsed and refractory, though no word says "relapsed".
        "triple-class-exposed-at-least-3-prior-regimens-progression-within-60-days",
        Trial(
            nct_id="NCT09600005",
            brief_title="Talquetamab Plus Lenalidomide in Triple-Class Exposed Multiple Myeloma",
            official_title="A Phase 2 Study of Talquetamab in Combination With Lenalidomide in "
            "Participants With Triple-Class Exposed Multiple Myeloma (MonumenTAL-R)",
            conditions=("Multiple Myeloma",),
            keywords=("GPRC5D", "bispecific", "triple-class exposed"),
            condition_mesh_terms=MM_MESH,
            brief_summary="The purpose of this study is to assess the overall response rate of "
            "talquetamab in combination with lenalidomide in participants with multiple myeloma "
            "who have been exposed to a proteasome inhibitor, an immunomodulatory drug and an "
            "anti-CD38 monoclonal antibody.",
            eligibility_criteria=criteria(
                (
                    "Documented diagnosis of multiple myeloma as defined by IMWG criteria",
                    "Received at least 3 prior anti-myeloma treatment regimens, including a "
                    "proteasome inhibitor, an immunomodulatory drug and an anti-CD38 monoclonal "
                    "antibody (triple-class exposed)",
                    "Documented progressive disease on or within 60 days of completing the last "
                    "anti-myeloma regimen",
                    *MM_MEASURABLE,
                ),
                ("Prior GPRC5D-targeted therapy", *MM_EXCLUSIONS),
            ),
            interventions=("Talquetamab", "Lenalidomide"),
        ),
        (MM,),
        (RR,),
    ),
    (
        # Primary refractory or early relapse: "induction" and "frontline" are the history.
        "rrmm-primary-refractory-or-early-relapse-after-frontline",
        Trial(
            nct_id="NCT09600006",
            brief_title="Daratumumab, Carfilzomib, Lenalidomide and Dexamethasone in "
            "Functional High-Risk Myeloma: Primary Refractory Disease or Early Relapse",
            conditions=("Multiple Myeloma", "Functional High-Risk Myeloma"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients whose myeloma never responds to induction (primary "
            "refractory) or returns within 18 months of frontline therapy have a poor outlook. "
            "This phase 2 study gives Dara-KRd for 8 cycles followed by a second transplant or "
            "CAR-T where available; the primary endpoint is MRD negativity.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma treated with one line of frontline therapy (induction with "
                    "or without ASCT)",
                    "Either primary refractory disease, defined as less than a minimal response "
                    "to at least 4 cycles of induction, or early relapse within 18 months of the "
                    "start of frontline therapy",
                    *MM_MEASURABLE,
                ),
                ("Refractory to carfilzomib or daratumumab", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        # What the first line contained is history: lenalidomide maintenance is what failed.
        "rrmm-first-relapse-first-line-must-have-contained-lenalidomide-maintenance",
        Trial(
            nct_id="NCT09600007",
            brief_title="Carfilzomib, Pomalidomide and Dexamethasone Versus DPd at First Relapse "
            "After Lenalidomide",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="A randomized phase 3 study in patients at first relapse whose first "
            "line included lenalidomide. Participants receive carfilzomib, pomalidomide and "
            "dexamethasone (KPd) or daratumumab, pomalidomide and dexamethasone (DPd) until "
            "progression. Primary endpoint: progression-free survival.",
            eligibility_criteria=criteria(
                (
                    "First relapse after exactly one prior line of therapy; the first-line "
                    "regimen must have contained lenalidomide, given during induction or "
                    "maintenance",
                    "Progression on or after the last dose of lenalidomide",
                    *MM_MEASURABLE,
                ),
                ("Prior pomalidomide", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm("KPd", "EXPERIMENTAL", "Carfilzomib, pomalidomide and dexamethasone."),
                Arm("DPd", "ACTIVE_COMPARATOR", "Daratumumab, pomalidomide and dexamethasone."),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "rrmm-biochemical-progression-while-receiving-len-maintenance",
        Trial(
            nct_id="NCT09600008",
            brief_title="Adding Daratumumab at Biochemical Relapse During Lenalidomide "
            "Maintenance in Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients on lenalidomide maintenance after first-line therapy whose "
            "paraprotein rises without symptoms (biochemical progression) usually change "
            "treatment. This study adds daratumumab and dexamethasone to the same dose of "
            "lenalidomide and measures time to clinical progression.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma treated with induction and ASCT as first-line therapy",
                    "Biochemical progression per IMWG criteria while receiving lenalidomide "
                    "maintenance at 5-15 mg daily, without CRAB features or new bone lesions",
                    *MM_MEASURABLE,
                ),
                ("Prior anti-CD38 antibody", *MM_EXCLUSIONS),
            ),
        ),
        # Debatable: lenalidomide continues at the maintenance dose, and the summary speaks of
        # patients on maintenance; someone on maintenance looking for options should find it.
        (MM,),
        (RR, MT),
    ),
    (
        "rrmm-relapse-after-bcma-car-t-lenalidomide-retreatment",
        Trial(
            nct_id="NCT09600009",
            brief_title="Talquetamab With Lenalidomide and Dexamethasone After Relapse From "
            "BCMA CAR-T Cell Therapy",
            conditions=("Multiple Myeloma", "Plasma Cell Myeloma"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Relapse after BCMA-directed CAR-T cells has few options. This phase 2 "
            "study gives talquetamab with lenalidomide and dexamethasone until disease "
            "progression; the primary endpoint is the rate of very good partial response or "
            "better.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma that has relapsed or progressed after ide-cel, cilta-cel or "
                    "an investigational BCMA CAR-T product",
                    "At least 3 months since CAR-T infusion",
                    "Not refractory to lenalidomide in the most recent line of therapy",
                    *MM_MEASURABLE,
                ),
                ("Prior GPRC5D-directed therapy", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        # Induction, transplant and maintenance as one regimen is the count of prior lines; the
        # trial gives no maintenance.
        "rrmm-induction-with-or-without-maintenance-is-a-single-regimen",
        Trial(
            nct_id="NCT09600010",
            brief_title="Isatuximab, Carfilzomib, Lenalidomide and Dexamethasone Versus "
            "Carfilzomib and Dexamethasone in Myeloma After 1 to 3 Prior Lines",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="A randomized phase 3 study comparing Isa-KRd with Kd in participants "
            "with relapsed and/or refractory multiple myeloma. Treatment continues until "
            "progression. Primary endpoint: progression-free survival by independent review.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma with measurable disease",
                    "Received 1 to 3 prior lines of therapy. Induction therapy with or without "
                    "hematopoietic stem cell transplant and with or without maintenance therapy "
                    "is considered a single regimen",
                    "Achieved a response (PR or better) to at least one prior line",
                    *MM_MEASURABLE,
                ),
                ("Prior carfilzomib", "Refractory to lenalidomide", *MM_EXCLUSIONS),
                key=True,
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "rrmm-salvage-asct-at-first-relapse-then-len-maintenance",
        Trial(
            nct_id="NCT09600011",
            brief_title="Salvage Autologous Transplant Followed by Lenalidomide Maintenance "
            "Versus Continued Daratumumab-Based Therapy at First Relapse of Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients in first relapse at least 24 months after a first ASCT "
            "receive daratumumab-based re-induction and are randomized to a second (salvage) "
            "ASCT followed by lenalidomide maintenance, or to continued daratumumab-based "
            "therapy until progression.",
            eligibility_criteria=criteria(
                (
                    "First relapse of multiple myeloma at least 24 months after ASCT performed "
                    "as part of first-line treatment",
                    "Sufficient stored autologous stem cells (\\>= 2 x 10\\^6 CD34+ cells/kg)",
                    *MM_MEASURABLE,
                ),
                ("Refractory to daratumumab", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm(
                    "Salvage ASCT",
                    "EXPERIMENTAL",
                    "Dara-VTd re-induction, high-dose melphalan and ASCT, then lenalidomide "
                    "maintenance 10 mg daily until progression.",
                ),
                Arm("Continued therapy", "ACTIVE_COMPARATOR", "Dara-Kd until progression."),
            ),
        ),
        (MM,),
        (RR, MT),
    ),
    (
        # A "maintenance dose" of dexamethasone is a dose.
        "rrmm-dexamethasone-tapered-to-maintenance-dose",
        Trial(
            nct_id="NCT09600012",
            brief_title="Daratumumab, Lenalidomide and Low-Dose Dexamethasone in Older Patients "
            "With Relapsed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="A phase 2 study of daratumumab with lenalidomide and a steroid-sparing "
            "schedule in patients aged 70 or older with relapsed myeloma after 1 or 2 prior "
            "lines.",
            eligibility_criteria=criteria(
                (
                    "Age \\>= 70 years",
                    "Relapsed multiple myeloma after 1 or 2 prior lines of therapy",
                    *MM_MEASURABLE,
                ),
                ("Refractory to lenalidomide or an anti-CD38 antibody", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm(
                    "DRd with dexamethasone taper",
                    "EXPERIMENTAL",
                    "Daratumumab SC and lenalidomide 15-25 mg days 1-21; dexamethasone 20 mg "
                    "weekly for 9 cycles, then tapered to a maintenance dose of 8 mg weekly.",
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "nci-recurrent-refractory-plasma-cell-myeloma-conditions-maintenance-phase-arm",
        Trial(
            nct_id="NCT09600013",
            brief_title="Carfilzomib, Lenalidomide and Dexamethasone Induction Followed by "
            "Lenalidomide Maintenance in Treating Patients With Recurrent Plasma Cell Myeloma",
            conditions=(
                "Recurrent Plasma Cell Myeloma",
                "Refractory Plasma Cell Myeloma",
            ),
            condition_mesh_terms=MM_MESH,
            brief_summary=nci_summary(
                "This phase II trial studies how well carfilzomib, lenalidomide and "
                "dexamethasone followed by lenalidomide maintenance work in treating patients "
                "with plasma cell myeloma that has come back (recurrent) or does not respond to "
                "treatment (refractory).",
                "PRIMARY OBJECTIVE:\nI. To estimate the 2-year progression-free survival rate.",
                "INDUCTION PHASE: Patients receive carfilzomib IV on days 1, 8 and 15, "
                "lenalidomide PO QD on days 1-21 and dexamethasone PO weekly. Cycles repeat every "
                "28 days for up to 8 cycles in the absence of disease progression or "
                "unacceptable toxicity.\n\nMAINTENANCE PHASE: Patients receive lenalidomide PO "
                "QD on days 1-21. Cycles repeat every 28 days until disease progression.",
            ),
            eligibility_criteria=nci(
                (
                    "Patients must have relapsed or refractory multiple myeloma after 1-3 prior "
                    "regimens",
                    *NCI_GENERAL,
                ),
                ("Prior carfilzomib", *NCI_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR, MT),
    ),
    # --- myeloma: newly diagnosed, maintenance, outcome words
    (
        "ndmm-te-no-prior-therapy-except-one-cycle-and-160-mg-dex-consolidation-maintenance",
        Trial(
            nct_id="NCT09600014",
            brief_title="Daratumumab-KRd Induction, ASCT, Consolidation and Lenalidomide-Based "
            "Maintenance in Transplant-Eligible Myeloma",
            official_title="A Randomized Phase 3 Study of Daratumumab, Carfilzomib, "
            "Lenalidomide and Dexamethasone Versus Daratumumab, Bortezomib, Lenalidomide and "
            "Dexamethasone Induction and Consolidation, Followed by Maintenance, in "
            "Transplant-Eligible Patients With Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("transplant-eligible", "quadruplet", "MRD"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Participants receive 4 cycles of induction, high-dose melphalan and "
            "ASCT, 2 cycles of consolidation and then maintenance until progression. The primary "
            "endpoint is MRD negativity (10^-5) after consolidation; progression-free survival "
            "is the key secondary endpoint. Patients who relapse go off study treatment; "
            "salvage therapy at progression is at the investigator's discretion.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma per IMWG criteria requiring systemic therapy",
                    "Eligible for high-dose chemotherapy and autologous stem cell "
                    "transplantation, aged 18-70 years",
                    "No prior systemic therapy for multiple myeloma, except up to 1 cycle of a "
                    "bortezomib-based regimen and/or a cumulative dose of up to 160 mg "
                    "dexamethasone (or equivalent)",
                    *MM_MEASURABLE,
                ),
                MM_EXCLUSIONS,
                key=True,
            ),
            arms=(
                Arm(
                    "Dara-KRd",
                    "EXPERIMENTAL",
                    "Induction: 4 cycles of Dara-KRd; ASCT; consolidation: 2 cycles of Dara-KRd; "
                    "maintenance: daratumumab and lenalidomide.",
                ),
                Arm(
                    "Dara-VRd",
                    "ACTIVE_COMPARATOR",
                    "Induction: 4 cycles of Dara-VRd; ASCT; consolidation: 2 cycles of Dara-VRd; "
                    "maintenance: daratumumab and lenalidomide.",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # Continuous therapy until progression is not maintenance (earlier convention); what
        # happens at progression is not whom the trial enrols.
        "ndmm-tne-continuous-drd-until-progression-second-line-at-discretion",
        Trial(
            nct_id="NCT09600015",
            brief_title="Daratumumab-Lenalidomide With Short-Course Versus Continuous "
            "Dexamethasone in Transplant-Ineligible Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("transplant-ineligible", "NDMM", "dexamethasone-sparing"),
            condition_mesh_terms=MM_MESH,
            brief_summary="All participants receive daratumumab and lenalidomide continuously "
            "until disease progression; dexamethasone stops after 2 cycles in one arm and "
            "continues weekly in the other. The primary endpoint is progression-free survival; "
            "secondary endpoints include time to next treatment and PFS2. At progression, "
            "second-line therapy is at the investigator's discretion.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma requiring treatment",
                    "Not a candidate for high-dose chemotherapy with ASCT because of age (\\>= "
                    "65 years) or comorbidities",
                    *MM_MEASURABLE,
                ),
                ("Any prior therapy for myeloma other than 160 mg dexamethasone", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm("DR-d short", "EXPERIMENTAL", "Dara-R continuous; dexamethasone cycles 1-2."),
                Arm("DRd", "ACTIVE_COMPARATOR", "Dara-R continuous; dexamethasone weekly."),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        # Rd then lenalidomide alone at a lower dose: the record names a dose, not a maintenance
        # phase, and the regimen runs until progression (debatable; follows the "continuous
        # therapy until progression" convention).
        "ndmm-frail-rd-then-lenalidomide-at-maintenance-dose-10-mg",
        Trial(
            nct_id="NCT09600016",
            brief_title="Dose-Adjusted Lenalidomide-Dexamethasone in Frail Patients Aged 75 or "
            "Older With Previously Untreated Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("frailty", "IMWG frailty score", "elderly"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Frail patients receive lenalidomide 15 mg with dexamethasone 20 mg "
            "weekly for 9 cycles; lenalidomide then continues alone at a maintenance dose of 10 "
            "mg until progression or intolerance. The study measures event-free survival (an "
            "event being progression, grade 4 toxicity, discontinuation or death).",
            eligibility_criteria=criteria(
                (
                    "Previously untreated symptomatic multiple myeloma",
                    "Age \\>= 75 years, or 65-74 with IMWG frailty score \\>= 2",
                    *MM_MEASURABLE,
                ),
                MM_EXCLUSIONS,
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        # Post-ASCT maintenance whose inclusion recounts induction: newly diagnosed + maintenance
        # (convention "maintenance-trial-induction-eg").
        "post-asct-maintenance-at-least-pr-after-induction-within-12-months-of-asct",
        Trial(
            nct_id="NCT09600017",
            brief_title="Mezigdomide Versus Lenalidomide Maintenance After Autologous Stem Cell "
            "Transplantation in Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("CELMoD", "maintenance", "post-transplant"),
            condition_mesh_terms=MM_MESH,
            brief_summary="A randomized phase 3 study comparing mezigdomide with lenalidomide "
            "as maintenance after ASCT. The primary endpoint is progression-free survival; "
            "secondary endpoints include conversion to MRD negativity and time to next "
            "treatment.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma treated with 3-6 cycles of induction therapy followed by "
                    "high-dose melphalan and a single ASCT within 12 months of starting induction",
                    "Achieved at least a partial response after induction, maintained after ASCT",
                    "Randomization within 90-180 days after ASCT",
                    *MM_MEASURABLE[1:],
                ),
                (
                    "Progressive disease at any time since diagnosis",
                    "More than one ASCT or prior allogeneic transplant",
                    *MM_EXCLUSIONS,
                ),
            ),
            arms=(
                Arm("Mezigdomide", "EXPERIMENTAL", "Mezigdomide 1 mg days 1-21 of 28."),
                Arm("Lenalidomide", "ACTIVE_COMPARATOR", "Lenalidomide 10 mg days 1-28 of 28."),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # CALGB 100104-style: lenalidomide from day 100 after ASCT until progression is
        # maintenance, although the record never uses the word (debatable).
        "post-transplant-lenalidomide-versus-placebo-without-the-word-maintenance",
        Trial(
            nct_id="NCT09600018",
            brief_title="Lenalidomide or Placebo in Treating Patients With Multiple Myeloma Who "
            "Have Undergone Autologous Stem Cell Transplant",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="This randomized phase III trial studies lenalidomide to see how well "
            "it works compared with placebo in patients with multiple myeloma who have undergone "
            "autologous stem cell transplant. Lenalidomide or placebo is started 100 to 110 "
            "days after transplant and continued until disease progression. The primary "
            "endpoint is time to progression.",
            eligibility_criteria=nci(
                (
                    "Symptomatic multiple myeloma that received induction therapy for no more "
                    "than 12 months before transplant",
                    "Single autologous stem cell transplant within the previous 100 days, with "
                    "stable disease or better and no disease progression since transplant",
                    *NCI_GENERAL,
                ),
                ("Prior lenalidomide-refractory disease", *NCI_EXCLUSIONS),
            ),
            arms=(
                Arm("Lenalidomide", "EXPERIMENTAL", "Lenalidomide PO QD from day 100-110."),
                Arm("Placebo", "PLACEBO_COMPARATOR", "Placebo PO QD from day 100-110."),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "ndmm-mrd-negative-after-asct-observation-versus-len-maintenance",
        Trial(
            nct_id="NCT09600019",
            brief_title="Observation Versus Lenalidomide Maintenance in Newly Diagnosed Myeloma "
            "With Sustained MRD Negativity After Transplant",
            conditions=("Multiple Myeloma",),
            keywords=("MRD-guided", "treatment-free", "observation"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients who are MRD-negative (10^-6) after quadruplet induction and "
            "ASCT are randomized to observation or to lenalidomide maintenance for 3 years. "
            "MRD is monitored every 6 months; patients under observation start lenalidomide at "
            "MRD resurgence. Primary endpoint: MRD-negative progression-free survival at 3 "
            "years.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma treated with 4-6 cycles of an anti-CD38 "
                    "quadruplet induction followed by ASCT",
                    "MRD negativity at 10\\^-6 by NGS within 100 days after ASCT",
                    *MM_MEASURABLE[1:],
                ),
                ("Progression at any time before randomization", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm("Observation", "EXPERIMENTAL", "No maintenance; MRD every 6 months."),
                Arm("Lenalidomide", "ACTIVE_COMPARATOR", "Lenalidomide 10 mg for 3 years."),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # Lenalidomide maintenance is the control arm only; the trial still enrols patients at the
        # end of first-line induction and tests what follows it.
        "frontline-cilta-cel-versus-asct-and-len-maintenance-control-arm-only",
        Trial(
            nct_id="NCT09600020",
            brief_title="Frontline Ciltacabtagene Autoleucel Versus Autologous Transplant "
            "Followed by Lenalidomide in Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("CAR-T", "cilta-cel", "NDMM"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Participants who respond to 4 cycles of D-VRd induction are "
            "randomized to cilta-cel with no further therapy or to ASCT, 2 cycles of D-VRd "
            "consolidation and lenalidomide maintenance (control arm only). The primary "
            "endpoint is sustained MRD-negative complete response.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma, eligible for high-dose therapy",
                    "At least a partial response after 4 cycles of D-VRd induction given on study",
                    *MM_MEASURABLE,
                ),
                ("Prior BCMA-directed therapy", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm("Cilta-cel", "EXPERIMENTAL", "Single infusion of cilta-cel; no maintenance."),
                Arm(
                    "ASCT",
                    "ACTIVE_COMPARATOR",
                    "ASCT, D-VRd consolidation, then lenalidomide maintenance until progression.",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # Relapse appears only as outcomes and as what happens to patients on study.
        "ndmm-te-summary-relapse-outcomes-and-follow-up-after-relapse",
        Trial(
            nct_id="NCT09600021",
            brief_title="Isatuximab-VRd Induction and Consolidation With Early Versus Deferred "
            "Transplant in Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("NDMM", "isatuximab", "deferred transplant"),
            condition_mesh_terms=MM_MESH,
            brief_summary="The study asks whether transplant can be deferred in patients who "
            "are MRD-negative after Isa-VRd, without raising the risk of relapse. Endpoints are "
            "relapse-free survival, time to relapse and overall survival. Participants whose "
            "disease has relapsed or progressed are followed every 6 months for survival and "
            "next therapy.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma, transplant-eligible, aged 18-70",
                    "Stem cell mobilisation feasible per investigator",
                    *MM_MEASURABLE,
                ),
                ("Prior systemic therapy for myeloma", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm("Early ASCT", "EXPERIMENTAL", "Isa-VRd x 4, ASCT, Isa-VRd x 2."),
                Arm("Deferred ASCT", "EXPERIMENTAL", "Isa-VRd x 8; ASCT kept for progression."),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        # The trial gives no maintenance; the record says so without a negation word the
        # classifier knows.
        "ndmm-maintenance-is-not-part-of-the-protocol",
        Trial(
            nct_id="NCT09600022",
            brief_title="Carfilzomib-Lenalidomide-Dexamethasone With or Without Daratumumab "
            "Induction Before ASCT in Newly Diagnosed Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Newly diagnosed, transplant-eligible patients receive 6 cycles of "
            "KRd with or without daratumumab before ASCT. The primary endpoint is MRD "
            "negativity before transplant. Maintenance after transplant is not part of this "
            "protocol and follows local practice.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma requiring therapy",
                    "Eligible for ASCT",
                    *MM_MEASURABLE,
                ),
                ("Prior therapy for myeloma except radiotherapy or 160 mg dexamethasone",),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "ndmm-aged-70-not-eligible-for-intensive-chemotherapy-previously-untreated",
        Trial(
            nct_id="NCT09600023",
            brief_title="Ixazomib-Lenalidomide-Dexamethasone Versus Lenalidomide-Dexamethasone "
            "in Patients Aged 70 and Over Not Eligible for Intensive Chemotherapy",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients aged 70 or over with previously untreated myeloma who are "
            "not eligible for intensive chemotherapy or transplant receive IRd or Rd in 28-day "
            "cycles until progression. Primary endpoint: progression-free survival.",
            eligibility_criteria=criteria(
                (
                    "Previously untreated symptomatic multiple myeloma",
                    "Aged 70 or over and not eligible for intensive chemotherapy or autologous "
                    "transplantation",
                    *MM_MEASURABLE,
                ),
                MM_EXCLUSIONS,
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "chinese-te-ndmm-treatment-naive-numbered-induction-asct-maintenance",
        Trial(
            nct_id="NCT09600024",
            brief_title="Daratumumab Combined With VRd for Transplant-Eligible Newly Diagnosed "
            "Multiple Myeloma in China",
            conditions=("Multiple Myeloma",),
            brief_summary="A multicenter single-arm study: 4 cycles of D-VRd induction, "
            "autologous stem cell transplantation, 2 cycles of D-VRd consolidation and "
            "daratumumab-lenalidomide maintenance for 2 years. The primary endpoint is the rate "
            "of MRD negativity after consolidation.",
            eligibility_criteria=numbered(
                (
                    "Age 18-65 years",
                    "Newly diagnosed symptomatic multiple myeloma (TE-NDMM) according to the "
                    "IMWG 2014 criteria",
                    "Treatment-naive, except local radiotherapy or dexamethasone \\<= 160 mg",
                    "Measurable disease; ECOG 0-2",
                    "Voluntarily sign the informed consent",
                ),
                (
                    "Non-secretory myeloma or plasma cell leukemia",
                    "Severe cardiac, hepatic or renal dysfunction",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "primary-pcl-untreated-induction-asct-consolidation-maintenance",
        Trial(
            nct_id="NCT09600025",
            brief_title="Isatuximab-KRd Induction, Tandem Transplant and Isatuximab-Lenalidomide "
            "Maintenance in Primary Plasma Cell Leukemia",
            conditions=("Primary Plasma Cell Leukemia",),
            keywords=("pPCL", "circulating plasma cells"),
            brief_summary="Primary plasma cell leukaemia is treated with 6 cycles of Isa-KRd "
            "induction, tandem ASCT (or ASCT then allogeneic transplant in fit patients), 4 "
            "cycles of consolidation and Isa-R maintenance for 2 years. Primary endpoint: "
            "progression-free survival at 3 years.",
            eligibility_criteria=criteria(
                (
                    "Primary plasma cell leukemia, defined as \\>= 5% circulating plasma cells, "
                    "diagnosed within 2 months",
                    "No prior systemic therapy for plasma cell leukemia, except up to 1 cycle "
                    "of a bortezomib-based regimen before enrolment",
                    "Eligible for high-dose therapy, aged 18-70",
                ),
                ("Secondary plasma cell leukemia evolving from multiple myeloma",),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # Smoldering trials carry no setting unless they study maintenance (earlier convention);
        # "treatment-naive" is what every smoldering patient is.
        "hr-smm-treatment-naive-lenalidomide-versus-observation",
        Trial(
            nct_id="NCT09600026",
            brief_title="Lenalidomide Versus Active Monitoring in Treatment-Naive High-Risk "
            "Smoldering Myeloma",
            conditions=("Smoldering Multiple Myeloma",),
            keywords=("SMM", "Mayo 2018 20/2/20", "early intervention"),
            condition_mesh_terms=("Smoldering Multiple Myeloma", "Multiple Myeloma", *MM_MESH[1:]),
            brief_summary="Patients with high-risk smoldering myeloma are randomized to "
            "lenalidomide for 2 years or to active monitoring. The primary endpoint is time to "
            "progression to active multiple myeloma; the study also looks at the risk of "
            "progression by genomic subgroup.",
            eligibility_criteria=criteria(
                (
                    "Treatment-naive smoldering multiple myeloma, diagnosed within 5 years",
                    "High risk by Mayo 2018 (at least 2 of: M-protein \\> 2 g/dL, involved/"
                    "uninvolved FLC ratio \\> 20, bone marrow plasma cells \\> 20%)",
                    "ECOG 0-2",
                ),
                (
                    "Myeloma-defining events (CRAB or SLiM criteria)",
                    "Prior therapy for SMM, including bisphosphonates",
                ),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "hr-smm-dara-rd-then-lenalidomide-maintenance-fixed-duration",
        Trial(
            nct_id="NCT09600027",
            brief_title="Daratumumab-Lenalidomide-Dexamethasone Followed by Lenalidomide "
            "Maintenance in High-Risk Smoldering Myeloma",
            conditions=("Smoldering Multiple Myeloma",),
            condition_mesh_terms=("Smoldering Multiple Myeloma", "Multiple Myeloma", *MM_MESH[1:]),
            brief_summary="Patients receive 12 cycles of Dara-Rd followed by lenalidomide "
            "maintenance for 12 further cycles. The study measures sustained MRD negativity and "
            "time to progression to multiple myeloma.",
            eligibility_criteria=criteria(
                (
                    "High-risk smoldering multiple myeloma (IMWG), diagnosed within 3 years",
                    "No prior therapy for smoldering myeloma",
                    "ECOG 0-1",
                ),
                ("Active multiple myeloma requiring treatment",),
            ),
        ),
        (MM,),
        (MT,),
    ),
    # --- MDS
    (
        "lr-mds-del5q-transfusion-dependent-esa-refractory-or-relapsed",
        Trial(
            nct_id="NCT09600028",
            brief_title="Lenalidomide Plus Epoetin Alfa in ESA-Refractory Lower-Risk "
            "Myelodysplastic Syndromes With Del(5q)",
            conditions=("Myelodysplastic Syndromes", "Anemia", "Chromosome 5q Deletion"),
            brief_summary="Patients with transfusion-dependent lower-risk MDS with del(5q) "
            "whose anaemia is refractory to, or relapsed after, an erythropoiesis-stimulating "
            "agent receive lenalidomide 10 mg with epoetin alfa. The primary endpoint is RBC "
            "transfusion independence for at least 8 weeks.",
            eligibility_criteria=criteria(
                (
                    "MDS with del(5q), isolated or with one additional abnormality other than "
                    "-7/del(7q), IPSS-R very low, low or intermediate",
                    "RBC transfusion dependence (\\>= 2 units per 8 weeks)",
                    "Refractory to ESA (no erythroid response after \\>= 8 weeks of epoetin "
                    "\\>= 40,000 U/week or equivalent) or relapsed after an initial ESA response",
                    *MDS_GENERAL,
                ),
                ("Prior lenalidomide", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        # Transfusion dependence alone sets no line of therapy (earlier convention
        # "lr-mds-with-or-without-del5q-transfusion-dependent").
        "lr-mds-isolated-del5q-transfusion-dependent-aml-progression-outcome",
        Trial(
            nct_id="NCT09600029",
            brief_title="Lenalidomide 5 mg Versus 10 mg in Transfusion-Dependent Low-Risk MDS "
            "With Isolated Del(5q)",
            conditions=("Myelodysplastic Syndrome With Isolated Del(5q)",),
            keywords=("5q- syndrome", "transfusion dependence", "dose"),
            brief_summary="A randomized comparison of two starting doses of lenalidomide. "
            "Primary endpoint: RBC transfusion independence of at least 8 weeks. Secondary "
            "endpoints: duration of response, cytogenetic response, time to progression to "
            "AML, and overall survival.",
            eligibility_criteria=criteria(
                (
                    "MDS with isolated del(5q), IPSS low or intermediate-1",
                    "Symptomatic anemia requiring \\>= 2 RBC units every 8 weeks",
                    "Serum erythropoietin \\> 500 U/L, or ESA judged unlikely to help",
                    *MDS_GENERAL,
                ),
                ("Prior lenalidomide", "TP53 mutation with VAF \\> 10%", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        # HMA-naive patients whose anaemia failed ESA: relapsed/refractory to first-line therapy.
        "lr-mds-with-or-without-del5q-after-esa-failure-hma-naive",
        Trial(
            nct_id="NCT09600030",
            brief_title="Luspatercept Plus Lenalidomide in Lower-Risk MDS After ESA Failure",
            conditions=("Myelodysplastic Syndromes",),
            keywords=("luspatercept", "ESA failure", "HMA-naive"),
            brief_summary="A phase 2 study of luspatercept with lenalidomide in patients with "
            "lower-risk MDS, with or without del(5q), who have failed ESA therapy and are "
            "naive to hypomethylating agents.",
            eligibility_criteria=criteria(
                (
                    "IPSS-R very low, low or intermediate risk MDS, with or without del(5q)",
                    "Failed prior ESA therapy (no response, or loss of response) or serum EPO "
                    "\\> 500 U/L",
                    "HMA-naive; no prior lenalidomide or luspatercept",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        "hr-mds-previously-untreated-hma-naive-del5q-complex-karyotype",
        Trial(
            nct_id="NCT09600031",
            brief_title="Azacitidine With or Without Lenalidomide in Previously Untreated "
            "Higher-Risk MDS With Del(5q)",
            conditions=("Myelodysplastic Syndromes", "Chromosome 5q Deletion"),
            brief_summary="Patients with higher-risk MDS carrying del(5q), alone or within a "
            "complex karyotype, are randomized to azacitidine with or without lenalidomide. "
            "The primary endpoint is overall response (IWG 2023); secondary endpoints are "
            "leukaemia-free survival and overall survival.",
            eligibility_criteria=criteria(
                (
                    "MDS with excess blasts (IPSS-R intermediate, high or very high) and "
                    "del(5q), isolated or within a complex karyotype",
                    "Previously untreated: HMA-naive, and no prior chemotherapy or lenalidomide",
                    "Not eligible for allogeneic transplant at enrolment",
                    *MDS_GENERAL,
                ),
                ("Acute myeloid leukaemia (\\>= 20% blasts)", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        "hr-mds-del5q-after-hma-failure",
        Trial(
            nct_id="NCT09600032",
            brief_title="Lenalidomide and Venetoclax for Higher-Risk MDS With Chromosome 5 "
            "Abnormalities After Hypomethylating Agent Failure",
            conditions=("Myelodysplastic Syndromes",),
            brief_summary="A phase 1/2 study of lenalidomide with venetoclax in patients with "
            "higher-risk MDS and del(5q) or monosomy 5 whose disease did not respond to, or "
            "progressed after, a hypomethylating agent.",
            eligibility_criteria=criteria(
                (
                    "MDS with IPSS-R intermediate, high or very high risk and del(5q) or -5",
                    "Failure of prior HMA therapy (azacitidine or decitabine): primary "
                    "resistance after \\>= 4 cycles, or progression after an initial response",
                    *MDS_GENERAL,
                ),
                ("Prior venetoclax", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        # Loss of response to lenalidomide is lenalidomide failure (earlier convention
        # "mds-del5q-after-lenalidomide-failure"): relapsed.
        "del5q-mds-loss-of-response-to-lenalidomide-add-luspatercept",
        Trial(
            nct_id="NCT09600033",
            brief_title="Adding Luspatercept to Lenalidomide in Del(5q) MDS With Loss of "
            "Erythroid Response",
            conditions=("MDS With Del(5q)", "Anemia"),
            brief_summary="In patients with del(5q) MDS who lose transfusion independence on "
            "lenalidomide, or never gain it, luspatercept is added to lenalidomide to restore "
            "erythroid response. Primary endpoint: transfusion independence for at least 8 "
            "weeks.",
            eligibility_criteria=criteria(
                (
                    "MDS with del(5q), IPSS-R very low, low or intermediate",
                    "Loss of transfusion independence after an initial erythroid response to "
                    "lenalidomide, or no erythroid response after \\>= 4 cycles of lenalidomide",
                    "Currently receiving lenalidomide",
                    *MDS_GENERAL,
                ),
                ("Prior luspatercept", "Progression to higher-risk MDS or AML", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        "lr-mds-del5q-no-prior-therapy-early-lenalidomide-before-transfusion-dependence",
        Trial(
            nct_id="NCT09600034",
            brief_title="Early Low-Dose Lenalidomide Versus Supportive Care in Low-Risk Del(5q) "
            "MDS Without Transfusion Dependence",
            conditions=("Myelodysplastic Syndromes", "Del(5q)"),
            brief_summary="Patients with low-risk del(5q) MDS and anaemia who do not yet need "
            "regular transfusions are randomized to lenalidomide 5 mg or supportive care. The "
            "aim is to delay transfusion dependence; the study also records the risk of "
            "progression to AML.",
            eligibility_criteria=criteria(
                (
                    "MDS with isolated del(5q), IPSS-R very low or low",
                    "Hemoglobin \\< 10 g/dL and fewer than 2 RBC units in the past 16 weeks",
                    "No prior therapy for MDS (transfusions and iron chelation are allowed)",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        "del5q-mds-low-dose-lenalidomide-maintenance-versus-discontinuation",
        Trial(
            nct_id="NCT09600035",
            brief_title="Low-Dose Lenalidomide Maintenance Versus Discontinuation in Del(5q) "
            "MDS With Sustained Transfusion Independence",
            conditions=("Myelodysplastic Syndrome With Isolated Del(5q)",),
            brief_summary="Patients with del(5q) MDS who have been transfusion-independent for "
            "at least 6 months on lenalidomide 10 mg are randomized to maintenance with "
            "lenalidomide 5 mg every other day or to stopping treatment. The primary endpoint "
            "is the proportion still transfusion-independent at 2 years.",
            eligibility_criteria=criteria(
                (
                    "MDS with isolated del(5q), IPSS-R very low, low or intermediate",
                    "RBC transfusion independence for \\>= 6 months on lenalidomide, with "
                    "complete or partial cytogenetic response",
                    *MDS_GENERAL,
                ),
                ("Progression to higher-risk MDS", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (MT,),
    ),
    (
        "lr-mds-non-del5q-esa-refractory-transfusion-dependent",
        Trial(
            nct_id="NCT09600036",
            brief_title="Lenalidomide Plus Eltrombopag in ESA-Refractory Lower-Risk MDS Without "
            "Del(5q)",
            conditions=("Myelodysplastic Syndromes",),
            brief_summary="A phase 2 study in transfusion-dependent lower-risk MDS without "
            "del(5q) whose anaemia is refractory to ESA.",
            eligibility_criteria=criteria(
                (
                    "IPSS-R very low, low or intermediate risk MDS with a karyotype other than "
                    "del(5q)",
                    "ESA-refractory anaemia and RBC transfusion dependence",
                    *MDS_GENERAL,
                ),
                ("MDS with del(5q)", *MDS_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "lr-mds-with-or-without-del5q-not-received-prior-treatment-for-mds",
        Trial(
            nct_id="NCT09600037",
            brief_title="Lenalidomide With or Without Epoetin as First Treatment of Anemia in "
            "Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            brief_summary="A randomized study of lenalidomide alone versus lenalidomide with "
            "epoetin beta as the first treatment of symptomatic anaemia in lower-risk MDS, with "
            "or without del(5q).",
            eligibility_criteria=criteria(
                (
                    "IPSS-R very low, low or intermediate risk MDS, with or without del(5q)",
                    "Symptomatic anemia (hemoglobin \\< 10 g/dL)",
                    "Have not received prior treatment for MDS other than transfusions",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        # WHO 2008 subtype names: "refractory neutropenia" is a kind of MDS, not refractory
        # disease (as "refractory anemia" and "refractory cytopenia" are).
        "mds-del5q-who-2008-rcud-refractory-neutropenia-subtype-names",
        Trial(
            nct_id="NCT09600038",
            brief_title="Lenalidomide in Low-Risk MDS With Del(5q): Long-Term Registry-Based "
            "Treatment Study",
            conditions=("Myelodysplastic Syndromes", "5q- Syndrome"),
            brief_summary="Patients with low or intermediate-1 risk MDS with del(5q) receive "
            "lenalidomide 10 mg days 1-21 of 28. The study describes response, duration of "
            "transfusion independence and clonal evolution over 5 years.",
            eligibility_criteria=criteria(
                (
                    "MDS with del(5q) of one of the following WHO 2008 subtypes: refractory "
                    "cytopenia with unilineage dysplasia (refractory anemia, refractory "
                    "neutropenia or refractory thrombocytopenia), refractory anemia with ring "
                    "sideroblasts, refractory cytopenia with multilineage dysplasia, or MDS "
                    "associated with isolated del(5q)",
                    "IPSS low or intermediate-1",
                    *MDS_GENERAL,
                ),
                ("Prior lenalidomide", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    # --- mantle cell lymphoma
    (
        "mcl-untreated-elderly-r-chop-induction-then-r2-maintenance",
        Trial(
            nct_id="NCT09600039",
            brief_title="R-CHOP Induction Followed by Lenalidomide-Rituximab (R2) Maintenance "
            "Versus Rituximab Maintenance in Older Patients With Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Patients aged 60 or older with untreated mantle cell lymphoma receive "
            "6 cycles of R-CHOP. Those in complete or partial remission are randomized to "
            "rituximab maintenance with or without lenalidomide for 2 years. Primary endpoint: "
            "progression-free survival from randomization.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed mantle cell lymphoma with cyclin D1 "
                    "overexpression or t(11;14)",
                    "Previously untreated, Ann Arbor stage II-IV, requiring treatment",
                    "Age \\>= 60 years and not eligible for high-dose chemotherapy",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
            arms=(
                Arm(
                    "R2 maintenance",
                    "EXPERIMENTAL",
                    "R-CHOP x 6, then rituximab and lenalidomide 10 mg days 1-21.",
                ),
                Arm("R maintenance", "ACTIVE_COMPARATOR", "R-CHOP x 6, then rituximab."),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        # "BTK inhibitor treatment-naive" is drug-naive, not untreated.
        "rr-mcl-btk-inhibitor-treatment-naive-after-1-2-prior-lines",
        Trial(
            nct_id="NCT09600040",
            brief_title="Acalabrutinib, Lenalidomide and Rituximab Versus Investigator's Choice "
            "in Relapsed Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            keywords=("BTK inhibitor", "R2", "second line"),
            brief_summary="A randomized phase 3 study of acalabrutinib plus lenalidomide and "
            "rituximab versus bendamustine-rituximab or R-CHOP in patients with mantle cell "
            "lymphoma relapsed after 1 or 2 prior lines of therapy, who have not received a BTK "
            "inhibitor. The primary endpoint is progression-free survival; time to next "
            "treatment is a secondary endpoint.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma relapsed or refractory after 1 or 2 prior lines of "
                    "systemic therapy",
                    "BTK inhibitor treatment-naive",
                    "Prior rituximab maintenance is allowed and is not counted as a separate line",
                    *NHL_MEASURABLE,
                ),
                ("Prior lenalidomide", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        # POD24 is early progression after first-line therapy: relapsed/refractory.
        "mcl-pod24-progression-within-24-months-from-initiation-of-first-line",
        Trial(
            nct_id="NCT09600041",
            brief_title="Glofitamab Plus Lenalidomide and Obinutuzumab in Mantle Cell Lymphoma "
            "With Early Progression (POD24)",
            conditions=("Mantle Cell Lymphoma",),
            keywords=("POD24", "bispecific", "high-risk"),
            brief_summary="Patients whose mantle cell lymphoma progresses within 24 months of "
            "diagnosis have a short survival. This phase 2 study gives glofitamab with "
            "lenalidomide and obinutuzumab for 12 cycles. Primary endpoint: complete metabolic "
            "response rate.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma with POD24: progression of disease within 24 months "
                    "from initiation of first-line treatment",
                    "Prior first-line therapy included an anti-CD20 antibody",
                    *NHL_MEASURABLE,
                ),
                ("Prior CD20xCD3 bispecific antibody", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "mcl-young-untreated-induction-asct-then-r2-versus-rituximab-maintenance",
        Trial(
            nct_id="NCT09600042",
            brief_title="Lenalidomide Plus Rituximab Versus Rituximab Maintenance After "
            "Autologous Transplant in Younger Patients With Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Younger patients with untreated MCL receive R-CHOP/R-DHAP induction "
            "and ASCT, then are randomized to rituximab maintenance every 2 months for 3 years "
            "with or without lenalidomide. Primary endpoint: progression-free survival.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma, stage II-IV, previously untreated",
                    "Age 18-65 years, eligible for high-dose therapy and ASCT",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "rr-mcl-after-covalent-btki-and-car-t-refractory-to-last-line",
        Trial(
            nct_id="NCT09600043",
            brief_title="Pirtobrutinib, Lenalidomide and Rituximab in Mantle Cell Lymphoma "
            "After Covalent BTK Inhibitor and CAR-T Therapy",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="A phase 2 study for patients with MCL who have progressed after a "
            "covalent BTK inhibitor, including those who relapsed after brexucabtagene "
            "autoleucel.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma previously treated with a covalent BTK inhibitor",
                    "Refractory to the last line of therapy, or relapsed after CAR-T cell therapy",
                    *NHL_MEASURABLE,
                ),
                ("Prior non-covalent BTK inhibitor", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        # Patients in first remission after first-line induction, randomized to maintenance or
        # observation: first-line, then maintenance (convention "fil-mcl-post-asct-maintenance").
        "mcl-first-remission-after-first-line-induction-len-maintenance-versus-observation",
        Trial(
            nct_id="NCT09600044",
            brief_title="Lenalidomide Maintenance Versus Observation in Mantle Cell Lymphoma in "
            "First Remission",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Patients with mantle cell lymphoma in complete or partial remission "
            "after first-line induction (with or without ASCT) are randomized to lenalidomide "
            "maintenance for 24 months or to observation. The primary endpoint is "
            "progression-free survival from randomization.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma in first complete or partial remission after "
                    "first-line induction with an anti-CD20-containing regimen",
                    "Randomization within 3 months of the end of induction or of ASCT",
                    "ECOG performance status 0-2",
                ),
                ("Progression at any time since diagnosis", *NHL_EXCLUSIONS),
            ),
            arms=(
                Arm("Lenalidomide", "EXPERIMENTAL", "Lenalidomide 15 mg days 1-21 of 28."),
                Arm("Observation", "NO_INTERVENTION"),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "tp53-mutated-mcl-treatment-naive-zanubrutinib-r2-until-progression",
        Trial(
            nct_id="NCT09600045",
            brief_title="Zanubrutinib, Lenalidomide and Rituximab in Treatment-Naive TP53-Mutated "
            "Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma", "TP53 Mutation"),
            brief_summary="Chemotherapy-free treatment with zanubrutinib, lenalidomide and "
            "rituximab, given continuously until progression, for patients with untreated "
            "TP53-mutated MCL. Primary endpoint: 2-year progression-free survival.",
            eligibility_criteria=criteria(
                (
                    "Treatment-naive mantle cell lymphoma with TP53 mutation or deletion 17p",
                    "Requiring treatment",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (ND,),
    ),
    (
        "mcl-elderly-unfit-not-candidates-for-intensive-therapy-no-prior-therapy",
        Trial(
            nct_id="NCT09600046",
            brief_title="Ibrutinib Plus Lenalidomide and Rituximab in Elderly or Unfit Patients "
            "With Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Patients aged 70 or older, or younger patients who are not "
            "candidates for intensive chemotherapy, receive ibrutinib with lenalidomide and "
            "rituximab for 2 years. Primary endpoint: complete response rate at 12 months.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma, stage II-IV",
                    "Age \\>= 70, or 60-69 and not candidates for intensive chemotherapy or ASCT",
                    "No prior therapy for mantle cell lymphoma",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (ND,),
    ),
    # --- follicular lymphoma
    (
        "untreated-high-tumour-burden-fl-r2-then-maintenance-therapy-with-rituximab",
        Trial(
            nct_id="NCT09600047",
            brief_title="Lenalidomide Plus Rituximab Followed by Rituximab Maintenance Versus "
            "R-Chemotherapy in Untreated High Tumor Burden Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            keywords=("R2", "GELF", "high tumor burden"),
            brief_summary="Patients with untreated follicular lymphoma meeting GELF criteria "
            "receive R2 or rituximab-chemotherapy for 6 cycles, followed by maintenance therapy "
            "with rituximab every 8 weeks for 2 years. Primary endpoint: progression-free "
            "survival.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1, 2 or 3a",
                    "Previously untreated, stage II-IV, with at least one GELF criterion",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND, MT),
    ),
    (
        # Rituximab monotherapy is a prior therapy; "chemotherapy-naive" is not untreated.
        "fl-chemotherapy-naive-progressed-after-rituximab-monotherapy",
        Trial(
            nct_id="NCT09600048",
            brief_title="Lenalidomide and Obinutuzumab in Chemotherapy-Naive Follicular Lymphoma "
            "Progressing After Rituximab Monotherapy",
            conditions=("Follicular Lymphoma",),
            brief_summary="A phase 2 study for patients with follicular lymphoma who were "
            "treated with rituximab alone and now need treatment again. The primary endpoint is "
            "complete response at 120 weeks.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a",
                    "Chemotherapy-naive: the only prior systemic therapy was rituximab "
                    "monotherapy (at least 4 weekly doses)",
                    "Disease progression after rituximab, requiring treatment",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # What first-line therapy must have included is history: the trial enrols relapse.
        "rr-fl-first-line-regimen-must-have-included-anti-cd20",
        Trial(
            nct_id="NCT09600049",
            brief_title="Epcoritamab Plus Lenalidomide and Rituximab Versus R2 in Follicular "
            "Lymphoma at First Relapse",
            conditions=("Follicular Lymphoma",),
            brief_summary="A randomized phase 3 trial comparing epcoritamab-R2 with R2 in "
            "follicular lymphoma that has relapsed after one prior line. Primary endpoint: "
            "progression-free survival; secondary: time to next anti-lymphoma treatment.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a relapsed after exactly one prior line of "
                    "systemic therapy; the first-line regimen must have included an anti-CD20 "
                    "antibody",
                    "Need for treatment per investigator",
                    *NHL_MEASURABLE,
                ),
                ("Refractory to lenalidomide", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "rr-fl-pod24-early-relapse-time-to-next-treatment-summary",
        Trial(
            nct_id="NCT09600050",
            brief_title="Tafasitamab, Lenalidomide and Rituximab in Early Relapsing Follicular "
            "Lymphoma (POD24)",
            conditions=("Follicular Lymphoma", "POD24"),
            brief_summary="Patients with follicular lymphoma relapsing within 24 months of "
            "first-line chemoimmunotherapy receive tafasitamab with lenalidomide and rituximab "
            "for 12 cycles. Endpoints: complete response, progression-free survival and time to "
            "next treatment.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a",
                    "Relapse or progression within 24 months of starting first-line "
                    "chemoimmunotherapy (POD24)",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "rr-fl-r2-induction-then-r2-maintenance-versus-observation",
        Trial(
            nct_id="NCT09600051",
            brief_title="R2 Maintenance Versus Observation After R2 Induction in Relapsed "
            "Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            brief_summary="Patients with relapsed follicular lymphoma receive 12 cycles of R2 "
            "induction; responders are randomized to R2 maintenance for 18 months or to "
            "observation.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a, relapsed or refractory after \\>= 1 prior "
                    "systemic therapy",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
            arms=(
                Arm("R2 maintenance", "EXPERIMENTAL"),
                Arm("Observation", "NO_INTERVENTION"),
            ),
        ),
        (FL,),
        (RR, MT),
    ),
    (
        "fl-second-line-after-bendamustine-prior-maintenance-allowed",
        Trial(
            nct_id="NCT09600052",
            brief_title="Mosunetuzumab Plus Lenalidomide as Second-Line Treatment of Follicular "
            "Lymphoma After Bendamustine",
            conditions=("Follicular Lymphoma",),
            brief_summary="A phase 2 study of mosunetuzumab and lenalidomide for patients with "
            "follicular lymphoma needing second-line treatment after bendamustine-based "
            "first-line therapy.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a needing second-line treatment",
                    "First-line therapy with bendamustine and an anti-CD20 antibody; prior "
                    "anti-CD20 maintenance is allowed",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # Relapse words are outcomes and what happens off study; the trial enrols untreated FL.
        "untreated-elderly-fl-r2-summary-relapse-outcomes-off-study",
        Trial(
            nct_id="NCT09600053",
            brief_title="Rituximab-Lenalidomide Versus Rituximab Alone in Untreated Follicular "
            "Lymphoma in Patients Aged 70 or Older",
            conditions=("Follicular Lymphoma",),
            brief_summary="Older patients with previously untreated follicular lymphoma who "
            "need treatment are randomized to R2 or rituximab alone. The study measures the "
            "risk of relapse at 3 years and relapse-free survival among complete responders. "
            "Patients with relapsed disease go off study; salvage therapy is at the "
            "investigator's discretion.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a, previously untreated, requiring therapy",
                    "Age \\>= 70 years",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "fl-double-refractory-anti-cd20-and-alkylator-after-two-lines",
        Trial(
            nct_id="NCT09600054",
            brief_title="Odronextamab Plus Lenalidomide in Double-Refractory Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            brief_summary="A phase 2 study in follicular lymphoma refractory to both an "
            "anti-CD20 antibody and an alkylating agent after at least two prior lines.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a after at least two lines of systemic therapy",
                    "Double-refractory: refractory to an anti-CD20 antibody and to an "
                    "alkylating agent",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # Consolidation completes first-line therapy (fifth-table convention), and maintenance
        # follows it: newly diagnosed + maintenance.
        "fl-partial-response-after-first-line-r2-consolidation-followed-by-maintenance",
        Trial(
            nct_id="NCT09600055",
            brief_title="R2 Consolidation Followed by Rituximab Maintenance in Follicular "
            "Lymphoma in Partial Response After First-Line Induction",
            conditions=("Follicular Lymphoma",),
            brief_summary="Patients in partial response at the end of first-line "
            "chemoimmunotherapy receive 6 cycles of R2 consolidation followed by rituximab "
            "maintenance for 2 years. Primary endpoint: conversion to complete metabolic "
            "response.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a in partial response after 6-8 cycles of "
                    "first-line immunochemotherapy",
                    "No progression during induction",
                    "ECOG performance status 0-2",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND, MT),
    ),
    (
        "nci-untreated-fl-not-previously-treated-systemic-prior-radiotherapy-allowed",
        Trial(
            nct_id="NCT09600056",
            brief_title="Lenalidomide and Obinutuzumab in Treating Patients With Previously "
            "Untreated Follicular Lymphoma",
            conditions=(
                "Follicular Lymphoma",
                "Grade 1 Follicular Lymphoma",
                "Grade 2 Follicular Lymphoma",
                "Grade 3a Follicular Lymphoma",
            ),
            condition_mesh_terms=("Lymphoma, Follicular", "Lymphoma, Non-Hodgkin", "Lymphoma"),
            brief_summary=nci_summary(
                "This phase II trial studies how well lenalidomide and obinutuzumab work in "
                "treating patients with follicular lymphoma who have not received systemic "
                "treatment.",
                "PRIMARY OBJECTIVE:\nI. To estimate the complete response rate at 30 months.",
                "Patients receive obinutuzumab IV and lenalidomide PO QD on days 1-21. Cycles "
                "repeat every 28 days for 12 cycles in the absence of disease progression or "
                "unacceptable toxicity.",
            ),
            eligibility_criteria=nci(
                (
                    "Histologically confirmed follicular lymphoma grade 1, 2 or 3a",
                    "Patients must not have been previously treated with systemic therapy; "
                    "prior involved-site radiotherapy for localised disease is allowed",
                    *NCI_GENERAL,
                ),
                NCI_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND,),
    ),
    # --- marginal zone lymphoma
    (
        "mzl-previously-treated-with-anti-cd20-monotherapy-only",
        Trial(
            nct_id="NCT09600057",
            brief_title="Lenalidomide Plus Rituximab Versus Rituximab in Marginal Zone Lymphoma "
            "After Anti-CD20 Monotherapy",
            conditions=("Marginal Zone Lymphoma",),
            brief_summary="A randomized phase 3 study for patients with marginal zone lymphoma "
            "(nodal, splenic or extranodal) whose only prior treatment was anti-CD20 "
            "monotherapy and who need treatment again.",
            eligibility_criteria=criteria(
                (
                    "Marginal zone lymphoma (splenic, nodal or extranodal)",
                    "Previously treated with at least one course of anti-CD20 monotherapy "
                    "(rituximab or obinutuzumab), without prior chemotherapy",
                    "Requiring treatment per investigator",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        "splenic-mzl-untreated-and-requiring-therapy",
        Trial(
            nct_id="NCT09600058",
            brief_title="Rituximab and Lenalidomide in Splenic Marginal Zone Lymphoma Requiring "
            "Therapy",
            conditions=("Splenic Marginal Zone Lymphoma",),
            brief_summary="Patients with splenic marginal zone lymphoma who are untreated and "
            "require therapy (symptomatic splenomegaly or cytopenias) receive R2 for 12 cycles "
            "instead of splenectomy. Primary endpoint: complete response rate.",
            eligibility_criteria=criteria(
                (
                    "Splenic marginal zone lymphoma per WHO 2022",
                    "Untreated and requiring therapy: symptomatic splenomegaly, hemoglobin "
                    "\\< 10 g/dL, platelets \\< 80 x 10\\^9/L or neutrophils \\< 1 x 10\\^9/L",
                    "Hepatitis C negative, or HCV-positive after antiviral therapy",
                    "ECOG performance status 0-2",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "relapsed-mzl-r2-induction-then-maintenance-phase",
        Trial(
            nct_id="NCT09600059",
            brief_title="Zanubrutinib Plus R2 Induction Followed by a Maintenance Phase in "
            "Relapsed Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            brief_summary="Patients receive zanubrutinib, lenalidomide and rituximab for 12 "
            "cycles (induction phase); responders continue zanubrutinib and rituximab in a "
            "maintenance phase for 2 years.",
            eligibility_criteria=criteria(
                (
                    "Marginal zone lymphoma (extranodal, nodal or splenic), relapsed or "
                    "refractory after \\>= 1 prior anti-CD20-containing regimen",
                    "BTKi-naive",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (RR, MT),
    ),
    (
        # Eradication therapy is not lymphoma therapy (earlier convention
        # "gastric-malt-hp-negative").
        "gastric-malt-persisting-or-progressing-after-hp-eradication-no-systemic-therapy",
        Trial(
            nct_id="NCT09600060",
            brief_title="Lenalidomide and Rituximab in Gastric MALT Lymphoma Not Responding to "
            "Helicobacter Pylori Eradication",
            conditions=("Gastric MALT Lymphoma",),
            brief_summary="A phase 2 study of R2 in gastric extranodal marginal zone lymphoma "
            "of MALT type that persists or progresses after H. pylori eradication, or that is H. "
            "pylori-negative. Primary endpoint: complete remission rate at 12 months.",
            eligibility_criteria=criteria(
                (
                    "Gastric MALT lymphoma, stage IE-IIE",
                    "Persisting or progressing after Helicobacter pylori eradication, or H. "
                    "pylori-negative at diagnosis",
                    "No prior systemic therapy or radiotherapy for lymphoma",
                    "ECOG performance status 0-2",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "mzl-two-cohorts-untreated-or-after-one-prior-rituximab-regimen",
        Trial(
            nct_id="NCT09600061",
            brief_title="Obinutuzumab and Lenalidomide in Marginal Zone Lymphoma: Untreated "
            "and Previously Treated Cohorts",
            conditions=("Marginal Zone Lymphoma",),
            brief_summary="Cohort A enrols untreated MZL needing therapy; cohort B enrols MZL "
            "that relapsed after one prior rituximab-based regimen.",
            eligibility_criteria=criteria(
                (
                    "Marginal zone lymphoma (nodal, splenic or extranodal)",
                    "Cohort A: untreated and requiring therapy",
                    "Cohort B: relapsed after exactly one prior rituximab-containing regimen",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (ND, RR),
    ),
    (
        "chinese-rr-mzl-after-first-line-anti-cd20-numbered",
        Trial(
            nct_id="NCT09600062",
            brief_title="Orelabrutinib Combined With Lenalidomide and Rituximab in "
            "Relapsed/Refractory Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            brief_summary="A single-arm, multicenter study of orelabrutinib plus R2 in "
            "patients with marginal zone lymphoma after failure of first-line treatment.",
            eligibility_criteria=numbered(
                (
                    "Age \\>= 18 years",
                    "Pathologically confirmed marginal zone lymphoma",
                    "Relapsed or refractory after first-line treatment containing an anti-CD20 "
                    "antibody",
                    "At least one measurable lesion",
                    "Sign the informed consent",
                ),
                ("Prior BTK inhibitor", "Transformation to DLBCL"),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        # "Initial" therapy here is the history; the trial enrols relapse.
        "mzl-relapsed-more-than-2-years-after-initial-chemoimmunotherapy",
        Trial(
            nct_id="NCT09600063",
            brief_title="Lenalidomide-Rituximab Retreatment in Late-Relapsing Marginal Zone "
            "Lymphoma",
            conditions=("Marginal Zone Lymphoma", "Extranodal Marginal Zone Lymphoma"),
            brief_summary="A phase 2 study of R2 in patients whose marginal zone lymphoma "
            "progressed more than 24 months after initial chemoimmunotherapy.",
            eligibility_criteria=criteria(
                (
                    "Marginal zone lymphoma (any subtype)",
                    "Disease progression more than 24 months after initial therapy with "
                    "bendamustine-rituximab or R-CHOP",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (RR,),
    ),
    # --- look-alikes with a setting
    (
        "al-amyloidosis-newly-diagnosed-dara-vcd-then-dara-len-maintenance",
        Trial(
            nct_id="NCT09600064",
            brief_title="Daratumumab-VCd Followed by Daratumumab-Lenalidomide Maintenance in "
            "Newly Diagnosed AL Amyloidosis",
            conditions=("AL Amyloidosis",),
            brief_summary="Patients with newly diagnosed systemic AL amyloidosis receive 6 "
            "cycles of Dara-VCd followed by maintenance with daratumumab and lenalidomide for 2 "
            "years. Primary endpoint: hematologic complete response.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed systemic AL amyloidosis with measurable hematologic disease",
                    "At least one organ involved",
                ),
                ("Multiple myeloma meeting IMWG criteria for treatment", "Mayo stage IIIb"),
            ),
        ),
        (OTHER,),
        (ND, MT),
    ),
    (
        "rr-dlbcl-not-candidates-for-asct-tafasitamab-len",
        Trial(
            nct_id="NCT09600065",
            brief_title="Tafasitamab Plus Lenalidomide in Relapsed DLBCL Not Eligible for "
            "Transplant",
            conditions=("Diffuse Large B-Cell Lymphoma",),
            brief_summary="Tafasitamab with lenalidomide for 12 cycles, then tafasitamab "
            "alone until progression, in patients with relapsed or refractory DLBCL who are not "
            "candidates for ASCT.",
            eligibility_criteria=criteria(
                (
                    "DLBCL relapsed or refractory after 1-3 prior lines",
                    "Not candidates for high-dose chemotherapy and ASCT",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "waldenstrom-relapsed-after-btki-r2",
        Trial(
            nct_id="NCT09600066",
            brief_title="Lenalidomide and Rituximab in Waldenström Macroglobulinemia After BTK "
            "Inhibitor",
            conditions=("Waldenstrom Macroglobulinemia",),
            brief_summary="A phase 2 study of R2 in Waldenström macroglobulinemia that "
            "progressed on or after a BTK inhibitor.",
            eligibility_criteria=criteria(
                (
                    "Waldenström macroglobulinemia progressing on or after a BTK inhibitor",
                    "Serum IgM \\>= 2 x ULN",
                ),
                ("Marginal zone lymphoma with IgM paraprotein",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # Lenalidomide "continued as maintenance" after transplant: the trial studies maintenance.
        "ndmm-lenalidomide-started-after-transplant-and-continued-as-maintenance",
        Trial(
            nct_id="NCT09600072",
            brief_title="Lenalidomide With or Without Ixazomib After Autologous Transplant in "
            "Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients with newly diagnosed myeloma who have completed induction "
            "and a single ASCT are randomized to lenalidomide alone or lenalidomide with "
            "ixazomib. Study treatment is started 90 to 120 days after transplant and continued "
            "as maintenance until disease progression. Primary endpoint: progression-free "
            "survival.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma treated with induction therapy followed by "
                    "a single ASCT",
                    "At least stable disease after ASCT",
                    *MM_MEASURABLE[1:],
                ),
                ("Progressive disease since the start of induction", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    # --- single cues
    (
        # "Induction" before transplant is the only sign of first-line treatment.
        "high-risk-mm-isa-krd-induction-before-asct-only-cue",
        Trial(
            nct_id="NCT09600067",
            brief_title="Isatuximab-KRd Induction Before Autologous Transplant in Myeloma With "
            "High-Risk Cytogenetics",
            conditions=("Multiple Myeloma", "High-Risk Cytogenetics"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients with del(17p), t(4;14), t(14;16) or 1q gain receive 6 "
            "cycles of Isa-KRd induction before high-dose melphalan and ASCT. The primary "
            "endpoint is MRD negativity before transplant.",
            eligibility_criteria=criteria(
                (
                    "Symptomatic multiple myeloma with at least one high-risk cytogenetic "
                    "abnormality by FISH",
                    "Eligible for high-dose melphalan and ASCT",
                    *MM_MEASURABLE,
                ),
                ("Prior systemic anti-myeloma therapy", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "rr-mcl-r-bac-induction-then-lenalidomide-maintenance",
        Trial(
            nct_id="NCT09600068",
            brief_title="R-BAC Induction Followed by Lenalidomide Maintenance in Mantle Cell "
            "Lymphoma at First Relapse",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Patients with MCL at first relapse receive 4 cycles of "
            "rituximab, bendamustine and cytarabine (R-BAC); responders receive lenalidomide "
            "maintenance for 2 years. Primary endpoint: progression-free survival.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma in first relapse after an anti-CD20-containing "
                    "first-line regimen",
                    "Age \\>= 60 years or not eligible for ASCT",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (RR, MT),
    ),
    (
        # Lenalidomide-naive with prior ESA allowed: some patients are untreated, some are not;
        # no line of therapy is enrolled as such.
        "del5q-mds-lenalidomide-naive-prior-esa-allowed",
        Trial(
            nct_id="NCT09600069",
            brief_title="Lenalidomide Starting Dose by Renal Function in Lower-Risk Del(5q) MDS",
            conditions=("Myelodysplastic Syndrome With Del(5q)",),
            brief_summary="A pharmacokinetic study of lenalidomide dosed by creatinine "
            "clearance in patients with lower-risk MDS with del(5q).",
            eligibility_criteria=criteria(
                (
                    "MDS with del(5q), IPSS-R very low, low or intermediate",
                    "Lenalidomide-naive; prior ESA is allowed",
                    "Creatinine clearance 15-60 mL/min",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        # Relapsed MCL appears only as the background of the regimen.
        "untreated-mcl-summary-background-r2-responses-in-relapsed-mcl",
        Trial(
            nct_id="NCT09600070",
            brief_title="Acalabrutinib Plus Lenalidomide and Rituximab in Untreated Mantle Cell "
            "Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Lenalidomide plus rituximab (R2) produced durable responses in "
            "relapsed/refractory MCL and, in a phase 2 study, in untreated patients. This study "
            "adds acalabrutinib to R2 for 24 cycles in untreated MCL. Primary endpoint: MRD "
            "negativity at 12 months.",
            eligibility_criteria=criteria(
                (
                    "Mantle cell lymphoma, previously untreated, requiring therapy",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (MCL,),
        (ND,),
    ),
    (
        "fl-frontline-mosunetuzumab-lenalidomide-gelf",
        Trial(
            nct_id="NCT09600071",
            brief_title="Frontline Mosunetuzumab and Lenalidomide in High Tumor Burden "
            "Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            brief_summary="A phase 2 study of mosunetuzumab with lenalidomide for 12 cycles in "
            "follicular lymphoma requiring systemic treatment. Primary endpoint: complete "
            "metabolic response at end of treatment.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3a requiring systemic treatment (at least one "
                    "GELF criterion)",
                    "No prior systemic therapy for lymphoma",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND,),
    ),
]

CASES = params(SIXTH_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_sixth(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_sixth_case_ids_are_unique() -> None:
    check_unique(SIXTH_CASES)
