"""A fourth audit of the classifier: invented records in the style of lenalidomide trials that are
recruiting or not yet recruiting in 2022-2026. CAR-T and bispecifics beside lenalidomide
maintenance, MRD-guided stopping, smouldering and frail myeloma, R2 and its bispecific/BTK
partners in FL, MZL and MCL, lower-risk MDS with and without del(5q), and the look-alikes that
also give lenalidomide (DLBCL after CAR-T, PCNSL, plasmablastic lymphoma, AL amyloidosis, POEMS,
histiocytoses, Diamond-Blackfan anaemia). The text is ours, phrased the way such registrations
read (markdown escapes, "Key" headers, numbered Chinese-style lists, NCI condition lists, MeSH
ancestors); labels are a haematologist's, under the product owner's rules. Where a convention is
debatable the case says so and follows the conventions of the earlier case tables."""

from __future__ import annotations

import pytest

from tests.classify_support import (
    DEL5Q,
    FL,
    MCL,
    MM,
    MM_MESH,
    MT,
    MZL,
    ND,
    OTHER,
    RR,
    check_evidence,
    check_labels,
    check_unique,
    criteria,
    numbered,
    params,
)
from trials.model import Arm, Indication, Setting, Trial

#: What industry myeloma trials exclude, whatever the line of therapy.
MM_EXCLUSIONS = (
    "Known active CNS involvement or clinical signs of meningeal involvement of multiple myeloma",
    "Plasma cell leukemia, Waldenström's macroglobulinemia, POEMS syndrome, or primary AL "
    "amyloidosis",
    "Monoclonal gammopathy of undetermined significance (MGUS) or smoldering multiple myeloma "
    "without evidence of MM requiring treatment",
    "Known to be seropositive for HIV with detectable viral load, or active hepatitis B or C",
    "Any other malignancy within 3 years, except adequately treated basal or squamous cell skin "
    "cancer, carcinoma in situ of the cervix or breast, or localized prostate cancer",
    "Unable or unwilling to undergo antithrombotic prophylaxis, or to comply with the "
    "lenalidomide pregnancy prevention program",
)
#: What industry lymphoma trials exclude.
NHL_EXCLUSIONS = (
    "Clinical evidence of histological transformation to an aggressive lymphoma (e.g., DLBCL)",
    "Follicular lymphoma grade 3b",
    "Known CNS lymphoma or leptomeningeal involvement",
    "Allogeneic stem cell transplantation within 6 months or active graft-versus-host disease",
    "Prior history of malignancies other than lymphoma, unless disease-free for \\>= 2 years",
    "Seropositive for or active viral infection with HBV, HCV or HIV",
    "Contraindication to thromboprophylaxis",
)
NHL_MEASURABLE = (
    "At least one bi-dimensionally measurable lesion (\\> 1.5 cm in its longest dimension) on CT "
    "or PET-CT",
    "ECOG performance status 0-2",
    "Adequate bone marrow function: ANC \\>= 1.0 x 10\\^9/L, platelets \\>= 75 x 10\\^9/L unless "
    "due to lymphoma involvement",
)

# (id, trial, indications, settings)
FOURTH_CASES = [
    # --- myeloma: CAR-T beside lenalidomide maintenance
    (
        "karmma-9-like-ide-cel-plus-len-vs-len-maintenance",
        Trial(
            nct_id="NCT09400001",
            brief_title="A Study to Compare the Efficacy and Safety of Idecabtagene Vicleucel "
            "With Lenalidomide Maintenance Versus Lenalidomide Maintenance Therapy Alone in "
            "Adult Participants With Newly Diagnosed Multiple Myeloma Who Have Suboptimal "
            "Response After Autologous Stem Cell Transplantation (KarMMa-9)",
            conditions=("Multiple Myeloma",),
            keywords=(
                "Idecabtagene vicleucel",
                "bb2121",
                "BCMA",
                "CAR T",
                "NDMM",
                "Suboptimal response",
            ),
            condition_mesh_terms=MM_MESH,
            brief_summary="The purpose of this study is to compare the efficacy of idecabtagene "
            "vicleucel (ide-cel) plus lenalidomide (LEN) maintenance versus LEN maintenance "
            "alone, in participants with newly diagnosed multiple myeloma (NDMM) who have a "
            "suboptimal response (less than very good partial response) after autologous stem "
            "cell transplantation (ASCT).",
            eligibility_criteria=criteria(
                (
                    "Participant has a documented diagnosis of MM per IMWG criteria",
                    "Received 3 to 6 cycles of induction therapy that included, at minimum, a "
                    "proteasome inhibitor and an immunomodulatory agent, with or without an "
                    "anti-CD38 monoclonal antibody",
                    "Received high-dose melphalan and a single ASCT 70 to 120 days prior to "
                    "randomization",
                    "Response less than VGPR at the time of screening",
                ),
                (
                    "Progressive disease at any time prior to randomization",
                    "Received post-ASCT consolidation or maintenance therapy prior to "
                    "randomization",
                    "Prior treatment with any CAR T-cell therapy or BCMA-targeted therapy",
                    *MM_EXCLUSIONS,
                ),
                key=True,
            ),
            interventions=("Idecabtagene vicleucel", "Lenalidomide"),
            arms=(
                Arm(
                    label="Arm A: Ide-cel + LEN maintenance",
                    description="Leukapheresis, bridging, lymphodepleting chemotherapy and a "
                    "single ide-cel infusion, followed by lenalidomide 10 mg days 1-21 of each "
                    "28-day cycle until progression",
                ),
                Arm(
                    label="Arm B: LEN maintenance",
                    description="Lenalidomide 10 mg continuously until progression",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # One cohort is relapsed, one is early relapse after first line, one is post-ASCT
        # frontline with lenalidomide maintenance, one is untreated high-risk NDMM.
        "cartitude-2-like-cohorts-len-refractory-and-post-asct",
        Trial(
            nct_id="NCT09400002",
            brief_title="A Study of JNJ-68284528, a Chimeric Antigen Receptor T Cell (CAR-T) "
            "Therapy Directed Against B-Cell Maturation Antigen (BCMA) in Participants With "
            "Multiple Myeloma (CARTITUDE-2)",
            conditions=("Multiple Myeloma",),
            keywords=("Ciltacabtagene autoleucel", "cilta-cel", "CAR-T", "BCMA"),
            brief_summary="The purpose of this study is to determine the percentage of "
            "participants with negative minimal residual disease (MRD) after treatment with "
            "cilta-cel in various clinical settings.",
            eligibility_criteria=criteria(
                (
                    "Cohort A: Progressive disease after 1 to 3 prior lines of therapy that "
                    "included a PI and IMiD, and documented lenalidomide-refractory disease",
                    "Cohort B: Early relapse after front-line therapy: one prior line of "
                    "therapy including a PI and IMiD, with disease progression within 12 months "
                    "after ASCT or within 12 months of the start of anti-myeloma therapy",
                    "Cohort D: Less than complete response after front-line induction therapy "
                    "and ASCT",
                    "Cohort E: Newly diagnosed high-risk multiple myeloma for whom ASCT is not "
                    "planned as initial therapy",
                    "Measurable disease at screening (Cohorts A and B)",
                ),
                (
                    "Prior treatment with CAR-T therapy directed at any target",
                    "Prior treatment with any therapy that is targeted to BCMA",
                    *MM_EXCLUSIONS,
                ),
            ),
            arms=(
                Arm(label="Cohort A: Cilta-cel", description="A single infusion of cilta-cel"),
                Arm(label="Cohort B: Cilta-cel", description="A single infusion of cilta-cel"),
                Arm(
                    label="Cohort D: Cilta-cel + Lenalidomide",
                    description="A single cilta-cel infusion followed by lenalidomide "
                    "maintenance for up to 2 years",
                ),
                Arm(
                    label="Cohort E: D-VRd + Cilta-cel",
                    description="Daratumumab, bortezomib, lenalidomide and dexamethasone "
                    "induction followed by cilta-cel",
                ),
            ),
        ),
        (MM,),
        (ND, RR, MT),
    ),
    (
        # "No maintenance" is negated: the trial does not study maintenance.
        "dvrd-then-anito-cel-no-maintenance-high-risk-ndmm",
        Trial(
            nct_id="NCT09400003",
            brief_title="Daratumumab-VRd Induction Followed by Anitocabtagene Autoleucel "
            "Without Maintenance in High-Risk Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma", "High Risk Multiple Myeloma"),
            brief_summary="Participants with high-risk newly diagnosed multiple myeloma receive "
            "4 cycles of daratumumab, bortezomib, lenalidomide and dexamethasone (D-VRd) "
            "induction, followed by a single infusion of anito-cel. No maintenance therapy is "
            "given after CAR-T; participants are followed with MRD assessments every 6 months.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed MM per IMWG with at least one high-risk feature: "
                    "del(17p), t(4;14), t(14;16), t(14;20), gain/amp(1q21), or R-ISS stage III",
                    "No more than one cycle of prior anti-myeloma therapy",
                    "Measurable disease",
                ),
                ("Prior BCMA-directed therapy", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (ND,),
    ),
    # --- myeloma: quadruplets, frontline
    (
        "gmmg-hd8-like-isa-krd-vs-isa-vrd-mesh-ancestors",
        Trial(
            nct_id="NCT09400004",
            brief_title="Isatuximab, Carfilzomib, Lenalidomide and Dexamethasone Versus "
            "Isatuximab, Bortezomib, Lenalidomide and Dexamethasone in Transplant-Eligible "
            "Newly Diagnosed Multiple Myeloma",
            official_title="A Randomized Phase III Trial of Isa-KRd Versus Isa-VRd Induction, "
            "High-Dose Melphalan and Autologous Stem Cell Transplantation, Consolidation and "
            "Isa-R Maintenance in Patients With Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Transplant-eligible patients receive 6 cycles of Isa-KRd or Isa-VRd "
            "induction, stem cell mobilisation, high-dose melphalan (200 mg/m2) and ASCT, 2 "
            "cycles of consolidation with the induction regimen, then isatuximab plus "
            "lenalidomide maintenance for 3 years.",
            eligibility_criteria=criteria(
                (
                    "Confirmed diagnosis of untreated multiple myeloma requiring systemic therapy "
                    "(IMWG 2014)",
                    "Age 18 to 70 years",
                    "Eligible for high-dose therapy and autologous stem cell transplantation",
                ),
                (
                    "Previous systemic anti-myeloma therapy, except one cycle of bortezomib-based "
                    "therapy, or radiotherapy for pain or fracture prevention",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "fit-elderly-dvrd-vs-drd",
        Trial(
            nct_id="NCT09400005",
            brief_title="Daratumumab-VRd Versus Daratumumab-Rd in Fit Elderly Patients With "
            "Newly Diagnosed Multiple Myeloma Not Eligible for Transplant",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell"),
            brief_summary="Patients aged 70 to 79 who are fit by IMWG geriatric assessment "
            "receive D-VRd for 8 cycles followed by D-Rd, or D-Rd, as continuous therapy until "
            "progression.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma with measurable disease",
                    "Fit by IMWG frailty score (score 0)",
                    "Not a candidate for high-dose chemotherapy and ASCT",
                ),
                (
                    "Prior anti-myeloma therapy",
                    "Peripheral neuropathy grade \\>= 2",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        # "Continuous therapy until progression" with the same regimen is not maintenance.
        "frontline-only-word-response-adapted-tne",
        Trial(
            nct_id="NCT09400006",
            brief_title="Frontline Isatuximab-Lenalidomide-Dexamethasone With Response-Adapted "
            "Dexamethasone Withdrawal in Transplant-Ineligible Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="All patients receive Isa-Rd as frontline therapy. Dexamethasone is "
            "stopped after cycle 9 in patients who reach VGPR or better; Isa-R continues until "
            "progression or unacceptable toxicity.",
            eligibility_criteria=criteria(
                (
                    "Symptomatic multiple myeloma requiring frontline therapy",
                    "Age \\>= 65, or younger with comorbidities precluding transplant",
                ),
                ("Relapsed or refractory multiple myeloma", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "s2209-like-frail-intermediate-fit-nci-plasma-cell-myeloma",
        Trial(
            nct_id="NCT09400007",
            brief_title="Comparing Three Treatment Regimens (Bortezomib-Lenalidomide-"
            "Dexamethasone Lite, Daratumumab-Lenalidomide-Dexamethasone, or Daratumumab-"
            "Lenalidomide With Short-Course Dexamethasone) for Frail or Intermediate-Fit Older "
            "Adults With Newly Diagnosed Multiple Myeloma",
            conditions=("Plasma Cell Myeloma",),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell"),
            brief_summary="This phase III trial compares the effect of three treatment regimens "
            "in older patients with newly diagnosed multiple myeloma who are frail or "
            "intermediate-fit. After the initial treatment, patients in the VRd-lite arm "
            "continue on lenalidomide maintenance, and patients in the daratumumab arms continue "
            "daratumumab and lenalidomide maintenance, until disease progression.",
            eligibility_criteria="Inclusion Criteria:\n\n* Participants must have newly "
            "diagnosed multiple myeloma per IMWG criteria\n* Participants must be \\>= 65 years "
            "and intermediate-fit or frail per simplified frailty score, or \\>= 75 years "
            "regardless of frailty\n* Participants must have measurable disease within 28 days "
            "prior to randomization\n\nExclusion Criteria:\n\n* Participants must not have "
            "received prior systemic therapy for multiple myeloma other than a maximum of 160 mg "
            "dexamethasone\n* Participants must not have plasma cell leukemia",
            arms=(
                Arm(
                    label="Arm I (VRd-lite, lenalidomide maintenance)",
                    description="Patients receive bortezomib SC, lenalidomide PO and "
                    "dexamethasone PO for 9 cycles, then lenalidomide PO maintenance.",
                ),
                Arm(
                    label="Arm II (DRd)",
                    description="Patients receive daratumumab-hyaluronidase SC, lenalidomide "
                    "and dexamethasone until progression.",
                ),
                Arm(
                    label="Arm III (DR)",
                    description="Patients receive daratumumab-hyaluronidase SC, lenalidomide "
                    "and dexamethasone for 2 cycles only, then DR maintenance.",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "kahler-disease-elderly-unfit",
        Trial(
            nct_id="NCT09400008",
            brief_title="Daratumumab-Lenalidomide With Reduced-Dose Dexamethasone in Patients "
            "Aged 80 Years or Older With Newly Diagnosed Kahler's Disease",
            conditions=("Kahler Disease",),
            brief_summary="A French multicentre phase II study in very elderly patients not "
            "eligible for intensive treatment.",
            eligibility_criteria="INCLUSION CRITERIA :\n\n- Age \\>= 80 years\n- Untreated "
            "symptomatic Kahler's disease according to IMWG criteria\n- Measurable "
            "disease\n\nNON-INCLUSION CRITERIA :\n\n- Prior treatment for Kahler's disease, "
            "except corticosteroids \\<= 160 mg dexamethasone\n- Plasma cell leukaemia",
        ),
        (MM,),
        (ND,),
    ),
    (
        "ndmm-severe-renal-impairment-dara-vd-then-drd",
        Trial(
            nct_id="NCT09400009",
            brief_title="Daratumumab-Bortezomib-Dexamethasone Followed by Daratumumab-"
            "Lenalidomide-Dexamethasone in Newly Diagnosed Myeloma With Severe Renal Impairment",
            conditions=("Multiple Myeloma", "Cast Nephropathy", "Renal Insufficiency"),
            brief_summary="Patients with newly diagnosed multiple myeloma and light-chain cast "
            "nephropathy receive Dara-Vd for 4 cycles; lenalidomide is added at a renally "
            "adjusted dose once the eGFR recovers above 30 mL/min.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed MM with eGFR \\< 30 mL/min/1.73 m2 or requiring dialysis, "
                    "attributed to myeloma cast nephropathy",
                    "Involved serum free light chain \\>= 500 mg/L",
                ),
                (
                    "AL amyloidosis or monoclonal immunoglobulin deposition disease on renal "
                    "biopsy",
                    "Prior anti-myeloma therapy",
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    # --- myeloma: maintenance, MRD-guided duration
    (
        # Patients are years past diagnosis; per the earlier "mrd-stop-maintenance" convention
        # this is maintenance only (a haematologist could argue for ND as well).
        "mrd-negative-stop-vs-continue-len-maintenance",
        Trial(
            nct_id="NCT09400010",
            brief_title="Discontinuation Versus Continuation of Lenalidomide Maintenance in "
            "Patients With Multiple Myeloma and Sustained MRD Negativity",
            conditions=("Multiple Myeloma in Remission",),
            keywords=("MRD", "next-generation sequencing", "treatment-free interval"),
            brief_summary="Lenalidomide maintenance is usually continued until progression. "
            "This randomized study asks whether patients who have received at least 3 years of "
            "lenalidomide maintenance and have been MRD-negative at 10^-6 for at least 12 "
            "months can safely stop. MRD is re-assessed every 6 months, and lenalidomide is "
            "restarted at MRD reappearance.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma treated with first-line induction with or without ASCT, "
                    "currently receiving lenalidomide maintenance",
                    "At least 36 months of lenalidomide maintenance",
                    "MRD negativity by NGS (10\\^-6) on two bone marrow assessments at least 12 "
                    "months apart, and no evidence of disease on PET-CT",
                ),
                (
                    "Biochemical or clinical progression at any time since diagnosis",
                    "Plasma cell leukemia or extramedullary disease at diagnosis",
                ),
            ),
        ),
        (MM,),
        (MT,),
    ),
    (
        "fixed-duration-vs-continuous-len-maintenance-ndmm",
        Trial(
            nct_id="NCT09400011",
            brief_title="Two Years Versus Continuous Lenalidomide Maintenance After Autologous "
            "Transplantation in Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="Patients with newly diagnosed multiple myeloma who started "
            "lenalidomide maintenance after induction and ASCT, and who are in at least VGPR "
            "after 24 months of maintenance, are randomized to stop lenalidomide (fixed-duration "
            "arm) or to continue it until progression (continuous arm).",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma treated with triplet or quadruplet induction and single "
                    "ASCT as first-line therapy",
                    "Receiving lenalidomide maintenance for 22 to 26 months",
                    "VGPR or better at randomization",
                ),
                ("Progressive disease during maintenance", "High-risk cytogenetics"),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "belantamab-plus-len-maintenance-mrd-positive-post-asct",
        Trial(
            nct_id="NCT09400012",
            brief_title="Belantamab Mafodotin Plus Lenalidomide Versus Lenalidomide as "
            "Post-Transplant Maintenance in MRD-Positive Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="Participants who remain MRD-positive (10^-5) after frontline "
            "induction and autologous transplant are randomized to belantamab mafodotin every 8 "
            "weeks plus lenalidomide, or lenalidomide alone, as maintenance.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma that received 4-6 cycles of induction followed by "
                    "high-dose melphalan and ASCT, within 100 to 180 days of ASCT",
                    "MRD-positive by NGS at 10\\^-5 after ASCT",
                ),
                (
                    "Progression after ASCT",
                    "Current corneal epithelial disease except mild punctate keratopathy",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "zoster-vaccine-on-len-maintenance",
        Trial(
            nct_id="NCT09400013",
            brief_title="Recombinant Zoster Vaccine in Patients With Multiple Myeloma Receiving "
            "Lenalidomide Maintenance",
            conditions=("Multiple Myeloma", "Herpes Zoster"),
            brief_summary="This study measures the immune response to two doses of recombinant "
            "zoster vaccine given to patients on lenalidomide maintenance, compared with "
            "patients who have stopped maintenance.",
            eligibility_criteria="Inclusion Criteria:\n\n* Multiple myeloma in partial response "
            "or better after first-line therapy\n* Currently receiving single-agent "
            "lenalidomide maintenance for at least 3 months\n* Willing to receive two vaccine "
            "doses 2 months apart\n\nExclusion Criteria:\n\n* Prior recombinant zoster "
            "vaccine\n* Active herpes zoster within 12 months",
        ),
        (MM,),
        (MT,),
    ),
    # --- myeloma: smouldering, plasma cell leukaemia
    (
        # Smoldering trials carry no setting unless they study maintenance (earlier convention).
        "ascent-like-dara-krd-then-dara-r-hr-smm",
        Trial(
            nct_id="NCT09400014",
            brief_title="Daratumumab, Carfilzomib, Lenalidomide and Dexamethasone in High-Risk "
            "Smoldering Multiple Myeloma",
            conditions=("Smoldering Multiple Myeloma",),
            keywords=("HR-SMM", "curative", "MRD"),
            brief_summary="Patients with high-risk SMM receive 6 cycles of Dara-KRd induction, "
            "6 cycles of Dara-KRd consolidation, and 12 cycles of daratumumab-lenalidomide "
            "maintenance, aiming at sustained MRD negativity.",
            eligibility_criteria="Inclusion Criteria:\n\n* High-risk smoldering myeloma per "
            "Mayo 2018 (20/2/20) or PETHEMA criteria\n* No prior therapy for SMM\n\nExclusion "
            "Criteria:\n\n* Active multiple myeloma (SLiM-CRAB)\n* AL amyloidosis",
        ),
        (MM,),
        (MT,),
    ),
    (
        "hr-smouldering-british-fixed-duration-rd-vs-monitoring",
        Trial(
            nct_id="NCT09400015",
            brief_title="Lenalidomide-Dexamethasone for Two Years Versus Active Monitoring in "
            "High-Risk Smouldering Myeloma",
            conditions=("Smouldering Myeloma", "Asymptomatic Multiple Myeloma"),
            condition_mesh_terms=(
                "Smoldering Multiple Myeloma",
                "Multiple Myeloma",
                "Neoplasms, Plasma Cell",
                "Paraproteinemias",
            ),
            brief_summary="A UK randomized phase III study of a fixed duration of lenalidomide "
            "and dexamethasone in smouldering myeloma at high risk of progression to active "
            "myeloma.",
            eligibility_criteria=criteria(
                (
                    "High-risk smouldering myeloma by the IMWG 2/20/20 risk model, diagnosed "
                    "within the last 5 years",
                    "No myeloma-defining event",
                    "No prior treatment for smouldering myeloma",
                ),
                ("MGUS or solitary plasmacytoma", "AL amyloidosis", "Prior lenalidomide"),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "primary-plasma-cell-leukaemia-british-spelling",
        Trial(
            nct_id="NCT09400016",
            brief_title="Isatuximab-KRd Induction, Tandem Transplant and Isatuximab-Lenalidomide "
            "Maintenance in Primary Plasma Cell Leukaemia",
            conditions=("Plasma Cell Leukaemia",),
            brief_summary="Primary plasma cell leukaemia is the most aggressive plasma cell "
            "neoplasm. This phase II study gives Isa-KRd induction, tandem autologous "
            "transplant and Isa-R maintenance for 2 years.",
            eligibility_criteria="Inclusion Criteria:\n\n* Newly diagnosed primary plasma cell "
            "leukaemia (\\>= 5% circulating clonal plasma cells, IMWG 2021)\n* Age 18-70 years\n* "
            "Eligible for high-dose therapy\n\nExclusion Criteria:\n\n* Secondary plasma cell "
            "leukaemia\n* Prior systemic therapy other than dexamethasone",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # The smoldering cohort carries no setting; the NDMM cohort is newly diagnosed.
        "hr-smm-and-ndmm-cohorts-dara-krd",
        Trial(
            nct_id="NCT09400066",
            brief_title="Daratumumab-KRd in High-Risk Smoldering or Newly Diagnosed Multiple "
            "Myeloma",
            conditions=("Smoldering Multiple Myeloma", "Multiple Myeloma"),
            eligibility_criteria=criteria(
                (
                    "Cohort 1: high-risk smoldering myeloma (Mayo 2018 20/2/20)",
                    "Cohort 2: newly diagnosed multiple myeloma requiring therapy, "
                    "transplant-eligible",
                    "No prior systemic therapy for SMM or MM",
                ),
                ("Plasma cell leukemia", "AL amyloidosis"),
            ),
        ),
        (MM,),
        (ND,),
    ),
    # --- myeloma: relapsed, after lenalidomide
    (
        "first-relapse-isa-krd-myeloma-plasma-cell-conditions",
        Trial(
            nct_id="NCT09400017",
            brief_title="Isatuximab Plus Carfilzomib-Lenalidomide-Dexamethasone Versus "
            "Carfilzomib-Dexamethasone at First Relapse of Multiple Myeloma",
            conditions=("Multiple Myeloma in Relapse", "Myeloma, Plasma-Cell"),
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma with progression after exactly one prior line of therapy "
                    "(first relapse)",
                    "Lenalidomide-naive or lenalidomide-sensitive: not refractory to lenalidomide",
                    "Prior anti-CD38 therapy is allowed if not refractory",
                ),
                ("Refractory to carfilzomib", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "sonrotoclax-t1114-lenalidomide-exposed",
        Trial(
            nct_id="NCT09400018",
            brief_title="Sonrotoclax Plus Dexamethasone Versus Pomalidomide-Bortezomib-"
            "Dexamethasone in t(11;14)-Positive Relapsed or Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("BCL2 inhibitor", "t(11;14)", "RRMM"),
            eligibility_criteria=criteria(
                (
                    "t(11;14) confirmed by FISH at a central laboratory",
                    "Received at least 1 prior line of therapy including lenalidomide; "
                    "lenalidomide-exposed and lenalidomide-refractory participants are eligible",
                    "Documented progressive disease on or after the most recent line",
                ),
                ("Prior BCL2 inhibitor", "Prior pomalidomide", *MM_EXCLUSIONS),
                key=True,
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "monumental-6-like-after-1-4-lines-incl-len",
        Trial(
            nct_id="NCT09400019",
            brief_title="A Study of Talquetamab + Pomalidomide, Talquetamab + Teclistamab Versus "
            "Elotuzumab, Pomalidomide, Dexamethasone or Pomalidomide, Bortezomib, Dexamethasone "
            "in Participants With Myeloma Who Have Received 1 to 4 Prior Lines of Therapy",
            conditions=("Multiple Myeloma",),
            brief_summary="The purpose of this study is to compare the efficacy of talquetamab "
            "combinations with that of investigator's choice in participants with relapsed or "
            "refractory multiple myeloma previously exposed to lenalidomide and a proteasome "
            "inhibitor.",
            eligibility_criteria=criteria(
                (
                    "Documented multiple myeloma per IMWG criteria and measurable disease",
                    "Received 1 to 4 prior lines of antimyeloma therapy including a PI and "
                    "lenalidomide",
                    "Documented evidence of progressive disease on or after the last regimen",
                ),
                ("Prior GPRC5D-targeted therapy", "Prior pomalidomide", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        # The summary explains that maintenance is given to newly diagnosed patients; the trial
        # itself enrols relapse on or after that maintenance.
        "rrmm-summary-background-nd-maintenance",
        Trial(
            nct_id="NCT09400020",
            brief_title="Carfilzomib, Daratumumab and Dexamethasone With or Without Iberdomide "
            "in Early Relapse After Lenalidomide Maintenance",
            conditions=("Multiple Myeloma",),
            brief_summary="Most patients with newly diagnosed multiple myeloma now receive "
            "lenalidomide maintenance after induction and autologous transplant, so their "
            "disease is often refractory to lenalidomide at first relapse. This study tests "
            "adding iberdomide to KdD in patients who relapse while on, or within 12 months of "
            "stopping, lenalidomide maintenance.",
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma with progressive disease during or within 12 months of "
                    "the end of lenalidomide maintenance",
                    "1 or 2 prior lines of therapy",
                ),
                ("Refractory to daratumumab or carfilzomib", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "biochemical-relapse-retreatment-len-exposed",
        Trial(
            nct_id="NCT09400021",
            brief_title="Early Intervention at Biochemical Relapse With Daratumumab-Pomalidomide-"
            "Dexamethasone in Lenalidomide-Exposed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="Patients with asymptomatic (biochemical) progression per IMWG after "
            "lenalidomide-based therapy are randomized to immediate DPd or to DPd at clinical "
            "relapse.",
            eligibility_criteria="Inclusion Criteria:\n\n* Biochemical relapse per IMWG "
            "(increase of \\>= 25% in M-protein, absolute increase \\>= 0.5 g/dL) without "
            "CRAB features\n* Prior exposure to lenalidomide\n* 1-3 prior lines of "
            "therapy\n\nExclusion Criteria:\n\n* Clinical relapse requiring immediate therapy\n* "
            "Prior pomalidomide",
        ),
        (MM,),
        (RR,),
    ),
    (
        "secondary-plasma-cell-leukemia-relapsed",
        Trial(
            nct_id="NCT09400067",
            brief_title="Teclistamab Plus Lenalidomide in Secondary Plasma Cell Leukemia",
            conditions=("Secondary Plasma Cell Leukemia",),
            brief_summary="Secondary plasma cell leukemia arises as a leukemic relapse of "
            "previously treated multiple myeloma. Patients receive teclistamab with "
            "lenalidomide until progression.",
            eligibility_criteria="Inclusion Criteria:\n\n* Circulating clonal plasma cells "
            "\\>= 5% at relapse of previously treated multiple myeloma\n* Not refractory to "
            "lenalidomide\n\nExclusion Criteria:\n\n* Prior BCMA-directed therapy",
        ),
        (MM,),
        (RR,),
    ),
    (
        "chinese-rrmm-extramedullary-selinexor-rd",
        Trial(
            nct_id="NCT09400022",
            brief_title="Selinexor Combined With Lenalidomide and Dexamethasone in Relapsed/"
            "Refractory Multiple Myeloma With Extramedullary Disease",
            conditions=("Relapsed/Refractory Multiple Myeloma", "Extramedullary Plasmacytoma"),
            eligibility_criteria=numbered(
                (
                    "Age \\>= 18 years, gender unlimited",
                    "Diagnosed as multiple myeloma according to IMWG criteria, with progression "
                    "after at least 1 prior line of therapy",
                    "At least one extramedullary lesion (paraskeletal or soft-tissue "
                    "plasmacytoma) confirmed by PET-CT",
                    "Not refractory to lenalidomide",
                    "ECOG 0-2",
                ),
                (
                    "Primary plasma cell leukemia",
                    "Previous treatment with selinexor",
                    "Pregnant or lactating women",
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    # --- myeloma: supportive care and formulation studies
    (
        "thromboprophylaxis-apixaban-nd-or-relapsed",
        Trial(
            nct_id="NCT09400023",
            brief_title="Apixaban Versus Aspirin for Thromboprophylaxis in Multiple Myeloma "
            "Patients Starting Lenalidomide- or Pomalidomide-Based Therapy",
            conditions=("Multiple Myeloma", "Venous Thromboembolism"),
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed or relapsed multiple myeloma starting an IMiD-containing "
                    "regimen (lenalidomide or pomalidomide)",
                    "Age \\>= 18",
                ),
                (
                    "Therapeutic anticoagulation for another indication",
                    "Platelets \\< 50 x 10\\^9/L",
                    "Creatinine clearance \\< 25 mL/min",
                ),
            ),
        ),
        (MM,),
        (ND, RR),
    ),
    (
        "generic-lenalidomide-bioequivalence-in-mm-patients",
        Trial(
            nct_id="NCT09400024",
            brief_title="Bioequivalence of Two Lenalidomide 25 mg Capsule Formulations in "
            "Patients With Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="An open-label, randomized, two-period crossover study comparing the "
            "pharmacokinetics of a test lenalidomide capsule with Revlimid (reference) in "
            "patients already receiving lenalidomide 25 mg.",
            eligibility_criteria="Inclusion Criteria:\n\n1. Multiple myeloma on a stable dose "
            "of lenalidomide 25 mg daily, days 1-21 of a 28-day cycle\n2. Creatinine clearance "
            "\\>= 60 mL/min\n\nExclusion Criteria:\n\n1. Gastrointestinal disease affecting "
            "absorption\n2. Use of strong P-gp inhibitors",
        ),
        (MM,),
        (),
    ),
    # --- myeloma look-alikes
    (
        "al-amyloidosis-relapsed-after-dara-paraproteinemias-mesh",
        Trial(
            nct_id="NCT09400025",
            brief_title="Lenalidomide-Based Salvage After Daratumumab in Relapsed Systemic AL "
            "Amyloidosis",
            conditions=("Immunoglobulin Light-chain Amyloidosis",),
            condition_mesh_terms=(
                "Immunoglobulin Light-chain Amyloidosis",
                "Amyloidosis",
                "Paraproteinemias",
                "Neoplasms, Plasma Cell",
                "Blood Protein Disorders",
            ),
            brief_summary="Patients with AL amyloidosis whose plasma cell clone relapsed after "
            "daratumumab-based therapy receive lenalidomide, cyclophosphamide and "
            "dexamethasone.",
            eligibility_criteria=criteria(
                (
                    "Biopsy-proven systemic AL amyloidosis with haematologic relapse or "
                    "refractoriness after a daratumumab-containing regimen",
                    "dFLC \\>= 20 mg/L",
                ),
                (
                    "Symptomatic multiple myeloma (any SLiM-CRAB criterion)",
                    "Mayo stage IIIb cardiac disease (NT-proBNP \\> 8500 ng/L)",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "poems-relapsed-dara-len-plasma-cell-dyscrasia",
        Trial(
            nct_id="NCT09400026",
            brief_title="Daratumumab, Lenalidomide and Dexamethasone in Relapsed or Refractory "
            "POEMS Syndrome",
            conditions=("POEMS Syndrome", "Plasma Cell Dyscrasia"),
            brief_summary="POEMS syndrome is a rare paraneoplastic syndrome caused by an "
            "underlying plasma cell neoplasm, usually lambda-restricted. Patients who relapsed "
            "after radiotherapy, ASCT or lenalidomide receive DRd.",
            eligibility_criteria="Inclusion Criteria:\n\n* POEMS syndrome meeting the "
            "mandatory criteria (polyneuropathy and monoclonal plasma cell proliferative "
            "disorder)\n* Progression or relapse after at least one prior therapy\n\nExclusion "
            "Criteria:\n\n* Multiple myeloma with CRAB features\n* Castleman disease without "
            "POEMS",
        ),
        (OTHER,),
        (RR,),
    ),
    # --- MDS
    (
        "lr-mds-non-del5q-luspatercept-vs-len-esa-refractory",
        Trial(
            nct_id="NCT09400027",
            brief_title="Luspatercept Versus Lenalidomide in ESA-Refractory Non-del(5q) "
            "Lower-Risk Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            eligibility_criteria=criteria(
                (
                    "MDS per WHO 2022 with IPSS-R very low, low or intermediate risk, without "
                    "del(5q)",
                    "Refractory to, relapsed after, or intolerant of ESAs",
                    "RBC transfusion dependence: \\>= 3 units per 16 weeks",
                ),
                (
                    "Del(5q) cytogenetic abnormality, isolated or with additional abnormalities",
                    "Prior luspatercept or lenalidomide",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "imetelstat-plus-len-lr-mds-with-or-without-del5q",
        Trial(
            nct_id="NCT09400028",
            brief_title="Imetelstat in Combination With Lenalidomide in Transfusion-Dependent "
            "Lower-Risk Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes",),
            keywords=("telomerase inhibitor", "IPSS-R", "transfusion dependence"),
            brief_summary="A phase 1b dose-finding study of imetelstat plus lenalidomide in "
            "lower-risk MDS, with or without del(5q), that is relapsed after, refractory to, "
            "or ineligible for erythropoiesis-stimulating agents.",
            eligibility_criteria=criteria(
                (
                    "IPSS-R very low, low or intermediate risk MDS",
                    "Relapsed after, refractory to, or ineligible for ESA (serum EPO \\> 500 "
                    "mU/mL)",
                    "Transfusion-dependent anemia",
                ),
                ("Prior imetelstat", "Prior HMA or allogeneic transplant"),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        # Loss of 5q in any karyotype, including oligoblastic AML: MDS with del(5q) can enrol.
        "hr-mds-loss-of-chromosome-5q-aza-len",
        Trial(
            nct_id="NCT09400029",
            brief_title="Azacitidine and Lenalidomide in Higher-Risk MDS or MDS/AML With Loss "
            "of Chromosome 5q",
            conditions=("Myelodysplastic Syndromes", "Acute Myeloid Leukemia"),
            eligibility_criteria=criteria(
                (
                    "MDS with increased blasts (MDS-IB1/IB2, WHO 2022) or MDS/AML (ICC 2022) "
                    "with 10-29% blasts",
                    "Monosomy or deletion of chromosome 5q (del(5q) or -5) as part of any "
                    "karyotype, including complex karyotype",
                ),
                ("Prior hypomethylating agent", "AML with \\>= 30% blasts"),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "lr-mds-del5q-only-in-exclusion-epoetin-len",
        Trial(
            nct_id="NCT09400030",
            brief_title="Lenalidomide Plus Epoetin Beta Versus Epoetin Beta in Lower-Risk MDS "
            "Refractory to ESA",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria=criteria(
                (
                    "Lower-risk MDS (IPSS low or intermediate-1)",
                    "Hemoglobin \\< 10 g/dL after at least 12 weeks of ESA",
                ),
                (
                    "MDS with del(5q), isolated or with one additional abnormality",
                    "Therapy-related MDS",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "nci-lr-mds-deletion-5q-conditions-and-mesh",
        Trial(
            nct_id="NCT09400031",
            brief_title="Lenalidomide With or Without Luspatercept in Treating Patients With "
            "Lower-Risk Myelodysplastic Syndrome With Deletion 5q",
            conditions=(
                "Myelodysplastic Syndrome With Isolated Del(5q)",
                "Myelodysplastic Syndrome With Low Blasts and Isolated 5q Deletion",
                "Anemia",
            ),
            condition_mesh_terms=(
                "Myelodysplastic Syndromes",
                "Preleukemia",
                "Bone Marrow Diseases",
                "Hematologic Diseases",
                "Precancerous Conditions",
                "Neoplasms",
                "Syndrome",
                "Anemia",
            ),
            brief_summary="This phase II trial compares lenalidomide with or without "
            "luspatercept in treating patients with lower-risk myelodysplastic syndrome with "
            "deletion 5q who have anemia.",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-treatment-naive-tp53-len-plus-aza",
        Trial(
            nct_id="NCT09400032",
            brief_title="Lenalidomide With or Without Azacitidine in Treatment-Naive Lower-Risk "
            "del(5q) MDS With TP53 Mutation",
            conditions=("Myelodysplastic Syndrome With 5q Deletion", "TP53 Gene Mutation"),
            eligibility_criteria=criteria(
                (
                    "Lower-risk MDS (IPSS-R \\<= 3.5) with del(5q) and a TP53 mutation (VAF "
                    "\\>= 2%)",
                    "Treatment-naive: no prior disease-modifying therapy for MDS",
                ),
                ("Complex karyotype (\\>= 3 abnormalities)", "Prior lenalidomide"),
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        "lr-mds-thrombocytopenia-any-karyotype-including-5q",
        Trial(
            nct_id="NCT09400033",
            brief_title="Lenalidomide Plus Eltrombopag in Thrombocytopenic Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes", "Thrombocytopenia"),
            eligibility_criteria="Inclusion Criteria:\n\n* IPSS-R very low, low or intermediate "
            "MDS, any karyotype including del(5q)\n* Platelets \\< 50 x 10\\^9/L\n\nExclusion "
            "Criteria:\n\n* Bone marrow fibrosis grade 3\n* Prior thrombopoietin receptor "
            "agonist",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "luspatercept-del5q-lenalidomide-ineligible",
        Trial(
            nct_id="NCT09400034",
            brief_title="Luspatercept in Lower-Risk MDS With Del(5q) Ineligible for or "
            "Intolerant of Lenalidomide",
            conditions=("MDS With Del(5q)",),
            brief_summary="Patients with del(5q) MDS who cannot take lenalidomide (because of "
            "neutropenia, thrombocytopenia, renal failure or intolerance) receive "
            "luspatercept.",
        ),
        (DEL5Q,),
        (),
    ),
    # --- follicular lymphoma
    (
        # The summary's background names MZL; this trial is untreated FL only.
        "epcore-fl-2-like-untreated-fl-r2-background-mzl",
        Trial(
            nct_id="NCT09400035",
            brief_title="A Phase 3 Trial of Epcoritamab + R2 Compared to Chemoimmunotherapy in "
            "Previously Untreated Follicular Lymphoma (EPCORE FL-2)",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=("Lymphoma, Follicular", "Lymphoma, Non-Hodgkin", "Lymphoma"),
            brief_summary="Lenalidomide plus rituximab (R2) is approved for previously treated "
            "follicular lymphoma and marginal zone lymphoma. This study compares epcoritamab "
            "with R2 against investigator's choice of chemoimmunotherapy (R-CHOP, BR or R-CVP) "
            "in adults with previously untreated, high tumor burden FL.",
            eligibility_criteria=criteria(
                (
                    "CD20+ follicular lymphoma grade 1, 2 or 3A, stage II-IV",
                    "In need of treatment per at least one GELF criterion",
                    "No prior systemic treatment for lymphoma",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "azd0486-len-vs-r2-rr-fl",
        Trial(
            nct_id="NCT09400036",
            brief_title="A Study of AZD0486 Plus Lenalidomide Versus Rituximab Plus "
            "Lenalidomide in Relapsed or Refractory Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            keywords=("CD19xCD3", "T-cell engager", "R2"),
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed FL grade 1-3A",
                    "Relapsed or refractory after at least one prior line of systemic therapy "
                    "including an anti-CD20 antibody",
                    "Requires treatment per investigator",
                ),
                ("Prior CD19-directed therapy", "Refractory to lenalidomide", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        # Under the earlier convention grade 3b FL alone is an aggressive lymphoma: Other.
        "fl-grade-3b-only-r2-chop-untreated",
        Trial(
            nct_id="NCT09400037",
            brief_title="Lenalidomide Plus R-CHOP in Previously Untreated Follicular Lymphoma "
            "Grade 3B",
            conditions=("Follicular Lymphoma Grade 3B",),
            eligibility_criteria="Inclusion Criteria:\n\n* Follicular lymphoma grade 3B (solid "
            "sheets of centroblasts), with or without a DLBCL component\n* Previously "
            "untreated\n\nExclusion Criteria:\n\n* Follicular lymphoma grade 1, 2 or 3A without "
            "a grade 3B component\n* Transformed lymphoma",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "fl-grade-1-3b-allowed-mosun-len",
        Trial(
            nct_id="NCT09400038",
            brief_title="Mosunetuzumab Plus Lenalidomide in Relapsed Follicular Lymphoma of Any "
            "Grade",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed or refractory follicular "
            "lymphoma grade 1-3b after at least one prior line\n* Measurable disease\n\n"
            "Exclusion Criteria:\n\n* Histological transformation to DLBCL",
        ),
        (FL,),
        (RR,),
    ),
    (
        "transformed-indolent-and-richter-tafa-len",
        Trial(
            nct_id="NCT09400039",
            brief_title="Tafasitamab and Lenalidomide in Transformed Indolent Lymphoma and "
            "Richter Transformation",
            conditions=(
                "Transformed Follicular Lymphoma",
                "Transformed Marginal Zone Lymphoma",
                "Richter Syndrome",
            ),
            eligibility_criteria=criteria(
                (
                    "Biopsy-proven DLBCL transformed from follicular lymphoma, marginal zone "
                    "lymphoma or CLL",
                    "Relapsed or refractory after at least one prior therapy for the "
                    "transformed disease",
                ),
                ("Untransformed indolent lymphoma only", "Hodgkin-type Richter transformation"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "indolent-nhl-fl-mzl-named-in-title-parentheses",
        Trial(
            nct_id="NCT09400040",
            brief_title="Zanubrutinib Plus Lenalidomide and Rituximab in Relapsed Indolent "
            "Non-Hodgkin Lymphoma (FL, MZL)",
            conditions=("Indolent Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed or refractory indolent "
            "B-NHL after \\>= 1 prior anti-CD20-containing regimen\n* Measurable disease",
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "zuma-22-like-axi-cel-vs-soc-including-r2",
        Trial(
            nct_id="NCT09400041",
            brief_title="Study of Axicabtagene Ciloleucel Versus Standard of Care Therapy in "
            "Participants With Relapsed/Refractory Follicular Lymphoma (ZUMA-22)",
            conditions=("Relapsed/Refractory Follicular Lymphoma",),
            brief_summary="Standard of care is the investigator's choice of R-CHOP, "
            "bendamustine-rituximab, or lenalidomide-rituximab (R2).",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed FL grade 1, 2 or 3a",
                    "Relapsed or refractory disease after \\>= 2 lines of systemic therapy, or "
                    "POD24 after first-line anti-CD20 antibody plus an alkylating agent",
                ),
                ("Prior CD19-targeted therapy", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "mosun-len-second-line-fl-or-mzl-mesh-conditions",
        Trial(
            nct_id="NCT09400042",
            brief_title="Mosunetuzumab Plus Lenalidomide as Second-Line Therapy for Follicular "
            "or Marginal Zone Lymphoma",
            conditions=("Lymphoma, Follicular", "Lymphoma, B-Cell, Marginal Zone"),
            condition_mesh_terms=(
                "Lymphoma, Follicular",
                "Lymphoma, B-Cell, Marginal Zone",
                "Lymphoma, B-Cell",
                "Lymphoma, Non-Hodgkin",
            ),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3a or MZL (splenic, nodal or extranodal)",
                    "Exactly one prior line of systemic therapy",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "chinese-orelabrutinib-r2-rr-fl",
        Trial(
            nct_id="NCT09400043",
            brief_title="Orelabrutinib Combined With Rituximab and Lenalidomide in Relapsed/"
            "Refractory Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=numbered(
                (
                    "Age 18-75 years, gender unlimited",
                    "Pathologically confirmed CD20-positive follicular lymphoma (grade 1-3a)",
                    "Relapse or progression after at least one prior line of rituximab-"
                    "containing therapy",
                    "At least one measurable lesion",
                ),
                (
                    "Transformed to DLBCL",
                    "Previously received BTK inhibitor",
                    "Active hepatitis B or C",
                ),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "tafasitamab-r2-treatment-naive-fl-diaeresis",
        Trial(
            nct_id="NCT09400044",
            brief_title="Tafasitamab Plus Lenalidomide and Rituximab in Treatment-Naïve "
            "Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Treatment-naïve FL grade 1-3A, stage II-IV, requiring therapy",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "early-stage-fl-isrt-with-or-without-r2",
        Trial(
            nct_id="NCT09400068",
            brief_title="Involved-Site Radiotherapy With or Without Rituximab-Lenalidomide in "
            "Early-Stage Follicular Lymphoma",
            conditions=("Follicular Lymphoma, Stage I", "Follicular Lymphoma, Stage II"),
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed FL grade 1-3A, Ann Arbor stage I or contiguous stage II, "
                    "confirmed by PET-CT",
                    "No prior therapy for lymphoma",
                ),
                ("Bulky disease \\>= 7 cm", "Grade 3B or transformed FL"),
            ),
        ),
        (FL,),
        (ND,),
    ),
    # --- marginal zone lymphoma
    (
        "relapsed-malt-r2-vs-r-chlorambucil",
        Trial(
            nct_id="NCT09400045",
            brief_title="Rituximab-Lenalidomide Versus Rituximab-Chlorambucil in Relapsed "
            "Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
            conditions=("MALT Lymphoma", "Extranodal Marginal Zone B-Cell Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Extranodal MZL of MALT type, any "
            "site, relapsed after at least one systemic therapy\n* Gastric MALT: H. pylori "
            "negative or eradicated\n\nExclusion Criteria:\n\n* Transformation to DLBCL\n* "
            "Nodal or splenic MZL",
        ),
        (MZL,),
        (RR,),
    ),
    (
        "mzl-untreated-r2-vs-rituximab-subtype-conditions",
        Trial(
            nct_id="NCT09400046",
            brief_title="Lenalidomide Plus Rituximab Versus Rituximab Alone in Previously "
            "Untreated Marginal Zone Lymphoma Requiring Systemic Therapy",
            conditions=(
                "Marginal Zone Lymphoma",
                "Splenic Marginal Zone Lymphoma",
                "Nodal Marginal Zone Lymphoma",
            ),
            eligibility_criteria=criteria(
                (
                    "Splenic, nodal or extranodal MZL requiring systemic therapy",
                    "No prior systemic therapy (prior splenectomy or radiotherapy is allowed)",
                ),
                ("Lymphoplasmacytic lymphoma", "Follicular lymphoma", "Transformed disease"),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "mzl-untreated-or-relapsed-two-cohorts",
        Trial(
            nct_id="NCT09400047",
            brief_title="Acalabrutinib, Lenalidomide and Rituximab in Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Cohort 1: previously untreated MZL "
            "requiring therapy\n* Cohort 2: relapsed or refractory MZL after 1-3 prior "
            "lines\n\nExclusion Criteria:\n\n* Prior BTK inhibitor",
        ),
        (MZL,),
        (ND, RR),
    ),
    (
        "broad-b-cell-condition-mzl-abbreviations-smzl-emzl",
        Trial(
            nct_id="NCT09400048",
            brief_title="R2 Plus a Novel Anti-CD79b Antibody in Relapsed B-Cell Lymphoma",
            conditions=("Lymphoma, B-Cell",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed NMZL, SMZL or EMZL after "
            "\\>= 1 prior line including an anti-CD20 antibody\n* Measurable disease\n\n"
            "Exclusion Criteria:\n\n* Transformed lymphoma",
        ),
        (MZL,),
        (RR,),
    ),
    (
        "mzl-with-plasmacytic-differentiation-wm-excluded",
        Trial(
            nct_id="NCT09400069",
            brief_title="Zanubrutinib, Rituximab and Lenalidomide in Relapsed Marginal Zone "
            "Lymphoma Including Cases With Plasmacytic Differentiation",
            conditions=("Marginal Zone Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed or refractory MZL, "
            "including MZL with plasmacytic differentiation and an IgM paraprotein\n* At "
            "least one prior anti-CD20-containing therapy\n\nExclusion Criteria:\n\n* "
            "Lymphoplasmacytic lymphoma / Waldenström macroglobulinemia (MYD88 L265P with "
            "marrow-predominant disease)\n* IgM MGUS",
        ),
        (MZL,),
        (RR,),
    ),
    # --- mantle cell lymphoma
    (
        "ibrutinib-r2-mrd-guided-untreated-elderly-mcl",
        Trial(
            nct_id="NCT09400049",
            brief_title="Ibrutinib, Lenalidomide and Rituximab With MRD-Guided Maintenance in "
            "Previously Untreated Elderly Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Patients aged 65 and over with untreated MCL receive 12 cycles of "
            "ibrutinib-lenalidomide-rituximab induction, then ibrutinib-rituximab maintenance "
            "that stops after 2 years of sustained MRD negativity.",
            eligibility_criteria=criteria(
                ("Untreated MCL, stage II-IV, requiring treatment", "Age \\>= 65", *NHL_MEASURABLE),
                ("Blastoid variant with CNS involvement", "Prior systemic therapy for MCL"),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "pirtobrutinib-r2-after-covalent-btki-mcl",
        Trial(
            nct_id="NCT09400050",
            brief_title="Pirtobrutinib Plus Rituximab and Lenalidomide in Mantle Cell Lymphoma "
            "Previously Treated With a Covalent BTK Inhibitor",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria="Key Inclusion Criteria:\n\n- MCL with documented cyclin D1 "
            "overexpression or t(11;14)\n- Previously treated with a covalent BTK inhibitor, "
            "discontinued for progression or intolerance\n\nKey Exclusion Criteria:\n\n- Prior "
            "non-covalent BTK inhibitor\n- CNS involvement",
        ),
        (MCL,),
        (RR,),
    ),
    (
        "acalabrutinib-r2-second-line-btki-naive-mcl",
        Trial(
            nct_id="NCT09400051",
            brief_title="Acalabrutinib, Lenalidomide and Rituximab as Second-Line Therapy in BTK "
            "Inhibitor-Naive Mantle Cell Lymphoma",
            conditions=("Lymphoma, Mantle-Cell",),
            eligibility_criteria=criteria(
                (
                    "MCL at first relapse or progression after one prior chemoimmunotherapy "
                    "regimen (with or without ASCT and rituximab maintenance)",
                    *NHL_MEASURABLE,
                ),
                ("Prior BTK inhibitor", "Prior lenalidomide"),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "leukemic-non-nodal-mcl-ibrutinib-r2-cll-excluded",
        Trial(
            nct_id="NCT09400052",
            brief_title="Ibrutinib and Lenalidomide-Rituximab in Symptomatic Leukemic Non-Nodal "
            "Mantle Cell Lymphoma",
            conditions=("Leukemic Non-Nodal Mantle Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Leukemic non-nodal MCL (SOX11-"
            "negative, CD5+, cyclin D1+) with splenomegaly or cytopenias requiring treatment\n* "
            "No prior therapy for MCL\n\nExclusion Criteria:\n\n* Chronic lymphocytic leukemia "
            "or other CD5+ lymphoproliferative disorder\n* Nodal disease \\> 3 cm",
        ),
        (MCL,),
        (ND,),
    ),
    (
        # "Non-follicular indolent" names no subtype; mantle cell is named.
        "mcl-or-non-follicular-indolent",
        Trial(
            nct_id="NCT09400053",
            brief_title="Lenalidomide Plus a PI3K-delta Inhibitor in Relapsed Mantle Cell or "
            "Non-Follicular Indolent Lymphoma",
            conditions=("Lymphoma, Non-Hodgkin",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed mantle cell lymphoma or "
            "non-follicular indolent B-cell lymphoma after \\>= 1 prior therapy\n\nExclusion "
            "Criteria:\n\n* Follicular lymphoma of any grade",
        ),
        (MCL,),
        (RR,),
    ),
    # --- baskets and broad conditions
    (
        "official-title-names-fl-mzl-dlbcl-broad-brief-title",
        Trial(
            nct_id="NCT09400054",
            brief_title="Glofitamab Plus Lenalidomide in B-Cell Non-Hodgkin Lymphoma",
            official_title="A Phase Ib/II Study of Glofitamab in Combination With Lenalidomide "
            "in Patients With Relapsed or Refractory Follicular Lymphoma, Marginal Zone "
            "Lymphoma, or Diffuse Large B-Cell Lymphoma",
            conditions=("B-cell Non-Hodgkin Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory CD20+ B-cell NHL of the histologies in the title",
                    "Patients with mantle cell lymphoma are not eligible",
                    *NHL_MEASURABLE,
                ),
                ("Prior glofitamab", "Burkitt lymphoma"),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "indolent-list-fl-mzl-sll-untreated",
        Trial(
            nct_id="NCT09400055",
            brief_title="Obinutuzumab-Lenalidomide in Previously Untreated Indolent B-Cell "
            "Lymphoma",
            conditions=("Lymphoma, Non-Hodgkin",),
            eligibility_criteria=criteria(
                (
                    "Indolent B-cell NHL: follicular lymphoma grade 1-3a, marginal zone "
                    "lymphoma (splenic, nodal or extranodal) or small lymphocytic lymphoma",
                    "No prior systemic therapy",
                ),
                ("Mantle cell lymphoma", "Transformed lymphoma"),
            ),
        ),
        (FL, MZL),
        (ND,),
    ),
    (
        "indolent-lymphoma-only-wm-sll-named-fl-mzl-excluded",
        Trial(
            nct_id="NCT09400056",
            brief_title="Lenalidomide-Rituximab Plus Ixazomib in Relapsed Indolent Lymphoma",
            conditions=("Indolent Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Relapsed lymphoplasmacytic lymphoma / Waldenström macroglobulinemia or "
                    "small lymphocytic lymphoma",
                    "At least one prior line of therapy",
                ),
                ("Follicular lymphoma, marginal zone lymphoma or mantle cell lymphoma",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- other diseases, lenalidomide all the same
    (
        "elderly-dlbcl-r-mini-chop-len-mesh-ancestors",
        Trial(
            nct_id="NCT09400057",
            brief_title="Lenalidomide Plus R-miniCHOP Versus R-miniCHOP in Elderly Patients "
            "With Untreated Diffuse Large B-Cell Lymphoma",
            conditions=("Diffuse Large B-Cell Lymphoma",),
            condition_mesh_terms=(
                "Lymphoma, Large B-Cell, Diffuse",
                "Lymphoma, B-Cell",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma",
            ),
            eligibility_criteria=criteria(
                (
                    "Previously untreated DLBCL NOS or FL grade 3b",
                    "Age \\> 80, or 65-80 and unfit by geriatric assessment",
                ),
                (
                    "Transformed follicular or marginal zone lymphoma",
                    "Primary CNS lymphoma",
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "lbcl-len-maintenance-after-car-t-incl-transformed-fl",
        Trial(
            nct_id="NCT09400058",
            brief_title="Lenalidomide Maintenance After CD19 CAR T-Cell Therapy in Relapsed or "
            "Refractory Large B-Cell Lymphoma",
            conditions=("Large B-cell Lymphoma", "Transformed Follicular Lymphoma"),
            brief_summary="Patients with relapsed or refractory LBCL, including transformed "
            "follicular lymphoma, who are in PR or SD 30 days after axi-cel or liso-cel receive "
            "lenalidomide maintenance for up to 12 cycles.",
        ),
        (OTHER,),
        (RR, MT),
    ),
    (
        "cll-sll-untreated-ven-obin-len-mcl-excluded",
        Trial(
            nct_id="NCT09400070",
            brief_title="Venetoclax, Obinutuzumab and Lenalidomide in Previously Untreated "
            "Chronic Lymphocytic Leukemia",
            conditions=("Chronic Lymphocytic Leukemia", "Small Lymphocytic Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* CLL or SLL (iwCLL 2018) requiring "
            "first-line treatment\n\nExclusion Criteria:\n\n* Richter transformation\n* "
            "Leukemic mantle cell lymphoma (cyclin D1 or SOX11 positive)\n* Splenic marginal "
            "zone lymphoma",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "rr-pcnsl-and-vitreoretinal-ibrutinib-r2",
        Trial(
            nct_id="NCT09400059",
            brief_title="Ibrutinib, Rituximab and Lenalidomide in Relapsed/Refractory Primary "
            "CNS Lymphoma and Primary Vitreoretinal Lymphoma",
            conditions=("Primary CNS Lymphoma", "Vitreoretinal Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed or refractory PCNSL or "
            "PVRL (DLBCL histology) after high-dose methotrexate-based therapy\n\nExclusion "
            "Criteria:\n\n* Systemic lymphoma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "plasmablastic-lymphoma-dara-len-epoch",
        Trial(
            nct_id="NCT09400060",
            brief_title="Daratumumab and Lenalidomide Plus DA-EPOCH in Untreated Plasmablastic "
            "Lymphoma",
            conditions=("Plasmablastic Lymphoma", "HIV-associated Lymphoma"),
            brief_summary="Plasmablastic lymphoma shares features with plasma cell myeloma, "
            "including CD38 and CD138 expression, which provides the rationale for daratumumab "
            "and lenalidomide.",
            eligibility_criteria="Inclusion Criteria:\n\n* Previously untreated plasmablastic "
            "lymphoma, HIV-positive or HIV-negative\n\nExclusion Criteria:\n\n* Plasmablastic "
            "myeloma or multiple myeloma with extramedullary disease\n* Primary effusion "
            "lymphoma",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "primary-cutaneous-dlbcl-leg-type-r2",
        Trial(
            nct_id="NCT09400061",
            brief_title="Rituximab and Lenalidomide in Relapsed Primary Cutaneous Diffuse Large "
            "B-Cell Lymphoma, Leg Type",
            conditions=("Primary Cutaneous Diffuse Large B-Cell Lymphoma, Leg Type",),
            eligibility_criteria="Inclusion Criteria:\n\n* PCDLBCL-LT relapsed after R-CHOP or "
            "radiotherapy\n\nExclusion Criteria:\n\n* Primary cutaneous follicle center "
            "lymphoma\n* Primary cutaneous marginal zone lymphoma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "langerhans-erdheim-chester-len",
        Trial(
            nct_id="NCT09400062",
            brief_title="Lenalidomide in Relapsed or Refractory Langerhans Cell Histiocytosis "
            "and Erdheim-Chester Disease",
            conditions=("Langerhans Cell Histiocytosis", "Erdheim-Chester Disease"),
            eligibility_criteria="Inclusion Criteria:\n\n* Biopsy-proven LCH or ECD with "
            "progression after at least one systemic therapy\n* Age \\>= 18",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "pediatric-rr-solid-tumours-and-lymphoma-len-nivolumab",
        Trial(
            nct_id="NCT09400063",
            brief_title="Lenalidomide and Nivolumab in Children and Young Adults With Relapsed "
            "or Refractory Solid Tumors or Lymphoma",
            conditions=("Pediatric Solid Tumor", "Hodgkin Lymphoma", "Non-Hodgkin Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Age 1 to 21 years\n* Relapsed or "
            "refractory solid tumour, Hodgkin lymphoma, or NHL (Burkitt, anaplastic large cell "
            "lymphoma, DLBCL, lymphoblastic lymphoma)\n\nExclusion Criteria:\n\n* Primary CNS "
            "tumours",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # del(5q) appears only as scientific background.
        "diamond-blackfan-anemia-del5q-background",
        Trial(
            nct_id="NCT09400064",
            brief_title="Lenalidomide for Transfusion-Dependent Diamond-Blackfan Anemia",
            conditions=("Diamond-Blackfan Anemia",),
            brief_summary="Lenalidomide improves erythropoiesis in MDS with del(5q), in which "
            "haploinsufficiency of the ribosomal protein RPS14 causes anemia. Diamond-Blackfan "
            "anemia is also a ribosomopathy; this study tests lenalidomide in adults with DBA "
            "who are steroid-refractory.",
        ),
        # Steroid-refractory counts as refractory, as radioiodine-refractory thyroid cancer does.
        (OTHER,),
        (RR,),
    ),
    (
        "len-pk-renal-impairment-mm-mcl-del5q-mds",
        Trial(
            nct_id="NCT09400065",
            brief_title="Lenalidomide Pharmacokinetics in Patients With Renal Impairment and "
            "Multiple Myeloma, Mantle Cell Lymphoma or Del(5q) MDS",
            conditions=("Multiple Myeloma", "Mantle Cell Lymphoma", "Myelodysplastic Syndromes"),
            eligibility_criteria="Inclusion Criteria:\n\n* Multiple myeloma, mantle cell "
            "lymphoma, or MDS with del(5q), for whom lenalidomide is indicated\n* Creatinine "
            "clearance \\< 60 mL/min or on dialysis",
        ),
        (MM, DEL5Q, MCL),
        (),
    ),
    (
        "myelomatosis-uk-spelling",
        Trial(
            nct_id="NCT09400099",
            brief_title="Lenalidomide Maintenance After Stem Cell Transplant for Myelomatosis",
            conditions=("Myelomatosis",),
            eligibility_criteria="Inclusion Criteria:\n\n* Myelomatosis in at least partial "
            "response 60-100 days after high-dose melphalan and autologous stem cell rescue",
        ),
        (MM,),
        (MT,),
    ),
]

CASES = params(FOURTH_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_fourth(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_fourth_case_ids_are_unique() -> None:
    check_unique(FOURTH_CASES)
