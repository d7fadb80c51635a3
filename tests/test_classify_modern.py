"""Audit of the classifier on invented records in the style of trials recruiting now (registered
2020-2026): bispecifics, CAR-T and CELMoDs beside lenalidomide, quadruplets, R2-based lymphoma
combinations, lower-risk MDS, and the hard negatives that also give lenalidomide. The text is ours,
written the way such registrations read (markdown bullets, backslash escapes, long exclusion
lists); labels are a haematologist's, under the product owner's rules."""

from __future__ import annotations

import pytest

from tests.classify_support import (
    DEL5Q,
    FL,
    MCL,
    MM,
    MT,
    MZL,
    ND,
    OTHER,
    RR,
    check_evidence,
    check_labels,
    check_unique,
    criteria,
    params,
)
from trials.model import Arm, Indication, Setting, Trial

#: What industry myeloma trials exclude, whatever the line of therapy.
MM_EXCLUSIONS = (
    "Plasma cell leukemia (\\>= 5% circulating plasma cells), Waldenström macroglobulinemia, "
    "POEMS syndrome, or primary AL amyloidosis",
    "Known active central nervous system (CNS) involvement or clinical signs of meningeal "
    "involvement of multiple myeloma",
    "Prior allogeneic stem cell transplant within 6 months, or active graft-versus-host disease",
    "Contraindication to thromboprophylaxis, or inability to comply with the lenalidomide "
    "pregnancy prevention program",
    "Any other malignancy within 3 years, except adequately treated non-melanoma skin cancer, "
    "carcinoma in situ of the cervix or breast, or localized prostate cancer under surveillance",
    "Known HIV infection with detectable viral load, or active hepatitis B or C infection",
)
#: What industry lymphoma trials exclude: other histologies, CNS disease, transformation.
NHL_EXCLUSIONS = (
    "Histologic transformation to diffuse large B-cell lymphoma or high-grade B-cell lymphoma",
    "Follicular lymphoma grade 3b",
    "Known active CNS lymphoma or leptomeningeal involvement",
    "Prior allogeneic stem cell transplantation, or CAR T-cell therapy within 100 days",
    "Prior lenalidomide refractoriness (progression within 6 months of a lenalidomide-containing "
    "regimen)",
    "History of severe hypersensitivity to rituximab or to any component of the study drugs",
    "Active hepatitis B (HBsAg+ or HBV DNA detectable) or hepatitis C infection",
)

# (id, trial, indications, settings)
MODERN_CASES = [
    # --- myeloma: bispecific antibodies with lenalidomide
    (
        "majestec-7-like-tec-dr-vs-drd",
        Trial(
            nct_id="NCT09200001",
            brief_title="A Study Comparing Teclistamab in Combination With Daratumumab SC and "
            "Lenalidomide (Tec-DR) and Talquetamab in Combination With Daratumumab SC and "
            "Lenalidomide (Tal-DR) Versus Daratumumab SC, Lenalidomide, and Dexamethasone (DRd) "
            "in Participants With Newly Diagnosed Multiple Myeloma Who Are Either Ineligible or "
            "Not Intended for Autologous Stem Cell Transplant as Initial Therapy",
            conditions=("Multiple Myeloma",),
            keywords=("Teclistamab", "Talquetamab", "Tec-DR", "Transplant-ineligible"),
            brief_summary="The purpose of this study is to compare progression-free survival "
            "(PFS) and sustained minimal residual disease (MRD)-negative complete response with "
            "Tec-DR versus DRd in participants with newly diagnosed multiple myeloma (NDMM) who "
            "are ineligible for or do not intend to receive autologous stem cell transplant "
            "(ASCT) as initial therapy.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma according to International Myeloma "
                    "Working Group (IMWG) diagnostic criteria",
                    "Measurable disease at screening: serum M-protein level \\>= 1.0 g/dL, or "
                    "urine M-protein \\>= 200 mg/24 hours, or serum free light chain (FLC) "
                    "\\>= 10 mg/dL with abnormal kappa/lambda ratio",
                    "Either ineligible for high-dose chemotherapy with ASCT due to age (\\>= 65 "
                    "years) or comorbidities, or not intended for ASCT as initial therapy",
                    "Eastern Cooperative Oncology Group (ECOG) performance status of 0, 1, or 2",
                ),
                (
                    "Received any prior therapy for multiple myeloma or smoldering myeloma, "
                    "other than a short course of corticosteroids (\\<= 160 mg dexamethasone)",
                    "Prior treatment with any bispecific antibody or CAR-T therapy",
                    *MM_EXCLUSIONS,
                ),
            ),
            arms=(
                Arm(
                    label="Arm A: Tec-DR",
                    description="Participants receive teclistamab SC, daratumumab SC and "
                    "lenalidomide orally until disease progression or unacceptable toxicity.",
                ),
                Arm(
                    label="Arm C: DRd",
                    description="Participants receive daratumumab SC, lenalidomide and "
                    "dexamethasone until disease progression.",
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "magnetismm-7-like-elranatamab-vs-len-maintenance",
        Trial(
            nct_id="NCT09200002",
            brief_title="Study of Elranatamab Versus Lenalidomide in Patients With Newly "
            "Diagnosed Multiple Myeloma After Transplant (MagnetisMM-7)",
            official_title="A Phase 3, Open-Label, Multicenter, Randomized Study to Evaluate "
            "the Efficacy and Safety of Elranatamab (PF-06863135) Versus Lenalidomide in "
            "Patients With Newly Diagnosed Multiple Myeloma Who Are Minimal Residual "
            "Disease-Positive After Undergoing Autologous Stem-Cell Transplantation",
            conditions=("Multiple Myeloma",),
            keywords=("MRD-positive", "post-transplant", "maintenance", "BCMA", "bispecific"),
            brief_summary="This study compares elranatamab with lenalidomide as maintenance "
            "therapy in people with newly diagnosed multiple myeloma who still have detectable "
            "minimal residual disease after high-dose chemotherapy and autologous stem cell "
            "transplant.",
            eligibility_criteria=criteria(
                (
                    "Prior diagnosis of multiple myeloma as defined by IMWG criteria",
                    "Received induction therapy followed by high-dose melphalan and a single "
                    "ASCT; consolidation is allowed",
                    "MRD-positive by next-generation sequencing (10\\^-5) after ASCT",
                    "Randomization within 120 days of ASCT",
                ),
                (
                    "Progressive disease at any time before randomization",
                    "Prior lenalidomide maintenance for more than 3 months",
                    "Prior treatment with a BCMA-directed therapy",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "majestec-4-like-tec-r-maintenance",
        Trial(
            nct_id="NCT09200003",
            brief_title="A Study of Teclistamab in Combination With Lenalidomide (Tec-R) Versus "
            "Lenalidomide Alone (R) as Maintenance Therapy in Participants With Newly Diagnosed "
            "Multiple Myeloma Who Have Been Treated With Autologous Stem Cell Transplant",
            conditions=("Multiple Myeloma",),
            brief_summary="EMN30 / MajesTEC-4 style study: after induction, high-dose therapy "
            "and ASCT, participants are randomized to teclistamab plus lenalidomide, "
            "teclistamab alone, or lenalidomide alone as maintenance.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma treated with 4 to 6 cycles of induction, "
                    "high-dose chemotherapy and ASCT",
                    "Achieved at least a partial response after ASCT",
                    "Prior lenalidomide during induction or consolidation is allowed",
                ),
                (
                    "Progressive disease or relapse after ASCT",
                    "Prior exposure to any BCMA-targeted therapy",
                    *MM_EXCLUSIONS,
                ),
                key=True,
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "magnetismm-6-like-elranatamab-dr-transplant-ineligible",
        Trial(
            nct_id="NCT09200004",
            brief_title="Study of Elranatamab, Daratumumab and Lenalidomide Versus "
            "Daratumumab, Lenalidomide and Dexamethasone in Transplant-Ineligible Newly "
            "Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("TI-NDMM", "EDR", "DRd"),
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed MM not eligible for high-dose therapy and ASCT",
                    "Measurable disease per IMWG criteria",
                    "ECOG 0-2",
                    "Creatinine clearance \\>= 30 mL/min",
                ),
                (
                    "Smoldering myeloma or MGUS",
                    "Prior systemic therapy for myeloma, except one cycle of bortezomib-based "
                    "therapy and/or \\<= 160 mg of dexamethasone",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "majestec-2-like-cohorts-nd-and-rr",
        Trial(
            nct_id="NCT09200005",
            brief_title="A Study of Teclistamab in Combination With Other Anticancer Therapies "
            "in Participants With Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="A multi-cohort phase 1b study of teclistamab combinations: with "
            "daratumumab and lenalidomide (Tec-DR), with lenalidomide (Tec-R), and with "
            "nirogacestat.",
            eligibility_criteria=criteria(
                (
                    "Cohorts Tec-R and Tec-DP: relapsed or refractory multiple myeloma with 1 to "
                    "3 prior lines of therapy, including a proteasome inhibitor and an "
                    "immunomodulatory drug",
                    "Cohort Tec-DR-ND: newly diagnosed multiple myeloma, transplant-eligible or "
                    "transplant-ineligible",
                    "Measurable disease at screening",
                ),
                ("Prior treatment with a BCMA-targeted therapy", *MM_EXCLUSIONS),
            ),
            arms=(
                Arm(label="Cohort A: Teclistamab + Daratumumab + Pomalidomide (RRMM)"),
                Arm(label="Cohort B: Teclistamab + Lenalidomide (RRMM)"),
                Arm(label="Cohort C: Teclistamab + Daratumumab + Lenalidomide (NDMM)"),
            ),
        ),
        (MM,),
        (ND, RR),
    ),
    (
        "talquetamab-lenalidomide-rrmm-phase-1b",
        Trial(
            nct_id="NCT09200006",
            brief_title="A Study of Talquetamab and Teclistamab Each in Combination With a "
            "Programmed Cell Death Receptor-1 Inhibitor or With Lenalidomide in Relapsed or "
            "Refractory Multiple Myeloma (RedirecTT-like)",
            conditions=("Relapsed or Refractory Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n- Documented diagnosis of multiple "
            "myeloma per IMWG criteria\n- Relapsed or refractory disease after \\>= 3 prior "
            "lines of therapy, including a proteasome inhibitor, an IMiD and an anti-CD38 "
            "monoclonal antibody (triple-class exposed)\n- Not refractory to lenalidomide "
            "(lenalidomide arm only)\n\nExclusion Criteria:\n\n- Prior GPRC5D-directed therapy\n"
            "- Stroke or seizure within 6 months\n- Plasma cell leukemia or POEMS syndrome",
        ),
        (MM,),
        (RR,),
    ),
    (
        "linvoseltamab-lenalidomide-early-relapse",
        Trial(
            nct_id="NCT09200007",
            brief_title="Linvoseltamab in Combination With Lenalidomide or Other Agents in "
            "Participants With Multiple Myeloma Who Have Received 1 to 3 Prior Lines of Therapy",
            conditions=("Multiple Myeloma",),
            brief_summary="This study is testing linvoseltamab combined with other cancer "
            "treatments (carfilzomib, bortezomib, daratumumab, lenalidomide or pomalidomide) in "
            "adults whose myeloma has come back or has not responded to treatment.",
            eligibility_criteria=criteria(
                (
                    "Progressive multiple myeloma after 1 to 3 prior lines of antimyeloma therapy",
                    "For the lenalidomide cohort: not refractory to lenalidomide; prior "
                    "lenalidomide maintenance is permitted",
                    "Measurable disease",
                ),
                ("Prior BCMA-directed therapy", *MM_EXCLUSIONS),
                key=True,
            ),
        ),
        (MM,),
        (RR,),
    ),
    # --- myeloma: CAR-T beside lenalidomide
    (
        "cartitude-6-like-dvrd-cilta-cel-vs-asct",
        Trial(
            nct_id="NCT09200008",
            brief_title="A Study of Daratumumab, Bortezomib, Lenalidomide and Dexamethasone "
            "(DVRd) Followed by Ciltacabtagene Autoleucel Versus DVRd Followed by Autologous "
            "Stem Cell Transplant in Participants With Newly Diagnosed Multiple Myeloma Who Are "
            "Transplant Eligible (EMN28 / CARTITUDE-6-like)",
            conditions=("Multiple Myeloma",),
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma, eligible for high-dose chemotherapy and "
                    "ASCT per investigator",
                    "Age 18 to 70 years",
                    "Measurable disease as defined by IMWG",
                ),
                (
                    "Any prior therapy for multiple myeloma or smoldering myeloma except a short "
                    "course of corticosteroids or radiotherapy",
                    "Prior CAR-T therapy or any BCMA-directed therapy",
                    *MM_EXCLUSIONS,
                ),
            ),
            arms=(
                Arm(
                    label="Arm A: DVRd + Cilta-cel",
                    description="Participants receive 6 cycles of DVRd induction, a single "
                    "infusion of cilta-cel, then 2 cycles of DVRd consolidation followed by "
                    "lenalidomide maintenance.",
                ),
                Arm(
                    label="Arm B: DVRd + ASCT",
                    description="Participants receive DVRd induction, high-dose melphalan and "
                    "ASCT, DVRd consolidation, and DR maintenance.",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "cartitude-5-like-transplant-not-planned",
        Trial(
            nct_id="NCT09200009",
            brief_title="A Study of Bortezomib, Lenalidomide and Dexamethasone (VRd) Followed "
            "by Cilta-cel Versus VRd Followed by Lenalidomide and Dexamethasone (Rd) Therapy in "
            "Participants With Newly Diagnosed Multiple Myeloma for Whom Hematopoietic Stem Cell "
            "Transplant Is Not Planned as Initial Therapy",
            conditions=("Multiple Myeloma",),
            brief_summary="Participants receive VRd induction and are randomized to a single "
            "cilta-cel infusion with no maintenance, or to continuous Rd maintenance until "
            "progression.",
            eligibility_criteria="Inclusion Criteria:\n\n* Newly diagnosed multiple myeloma "
            "per IMWG criteria\n* Not considered a candidate for high-dose chemotherapy with "
            "ASCT due to ineligibility or deferral\n* ECOG 0-1\n\nExclusion Criteria:\n\n* Frail "
            "participants (IMWG frailty index \\>= 2)\n* Peripheral neuropathy grade \\>= 2\n* "
            "Received any prior therapy for multiple myeloma or smoldering myeloma other than a "
            "short course of corticosteroids",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "cartitude-4-like-lenalidomide-refractory",
        Trial(
            nct_id="NCT09200010",
            brief_title="A Study Comparing Cilta-cel Versus Pomalidomide, Bortezomib and "
            "Dexamethasone (PVd) or Daratumumab, Pomalidomide and Dexamethasone (DPd) in "
            "Participants With Relapsed and Lenalidomide-Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="The purpose of this study is to compare the efficacy of cilta-cel with "
            "standard therapy in participants with relapsed and lenalidomide-refractory multiple "
            "myeloma who received 1 to 3 prior lines of therapy.",
            eligibility_criteria=criteria(
                (
                    "Received 1 to 3 prior lines of therapy including a proteasome inhibitor "
                    "and an immunomodulatory drug",
                    "Documented disease progression during or within 6 months of the last regimen",
                    "Refractory to lenalidomide per IMWG consensus criteria, i.e. progression "
                    "on or within 60 days of the last dose of lenalidomide (including "
                    "maintenance)",
                ),
                (
                    "Prior treatment with CAR-T therapy or any BCMA-targeting agent",
                    "Refractory to or intolerant of pomalidomide",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "imagine-3-like-anito-cel-len-exposed",
        Trial(
            nct_id="NCT09200011",
            brief_title="Anitocabtagene Autoleucel Versus Standard of Care in Relapsed and "
            "Refractory Multiple Myeloma",
            conditions=("Relapsed/Refractory Multiple Myeloma",),
            eligibility_criteria="Key Inclusion Criteria:\n\n1. Received 1 to 3 prior lines of "
            "therapy, including an anti-CD38 monoclonal antibody and an IMiD\n2. Refractory to "
            "lenalidomide, including patients refractory to lenalidomide maintenance\n3. "
            "Documented progressive disease after the last line of therapy\n\nKey Exclusion "
            "Criteria:\n\n1. Prior BCMA-directed or CAR T-cell therapy\n2. Active plasma cell "
            "leukemia, amyloidosis, POEMS syndrome\n3. CNS involvement by myeloma",
        ),
        (MM,),
        (RR,),
    ),
    (
        "bcma-car-t-consolidation-high-risk-ndmm",
        Trial(
            nct_id="NCT09200012",
            brief_title="BCMA CAR-T Consolidation Followed by Lenalidomide Maintenance in "
            "High-Risk Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma", "High-risk Cytogenetics"),
            brief_summary="Patients with high-risk cytogenetics (del(17p), t(4;14), t(14;16), "
            "1q21 gain/amplification) receive 4 cycles of induction, BCMA CAR-T consolidation "
            "and then lenalidomide maintenance for 2 years.",
            eligibility_criteria="Inclusion Criteria:\n\n1. Age 18-70 years\n2. Newly diagnosed "
            "symptomatic MM with at least one high-risk feature\n3. No more than 1 cycle of "
            "prior induction therapy\n\nExclusion Criteria:\n\n1. Plasma cell leukemia\n2. "
            "Active CNS involvement\n3. Prior lenalidomide maintenance",
        ),
        (MM,),
        (ND, MT),
    ),
    # --- myeloma: CELMoDs where lenalidomide is the comparator or a prior therapy
    (
        "excaliber-maintenance-like-iberdomide-vs-len",
        Trial(
            nct_id="NCT09200013",
            brief_title="A Study to Compare Iberdomide Maintenance Versus Lenalidomide "
            "Maintenance Therapy Following Autologous Stem Cell Transplant in Participants With "
            "Newly Diagnosed Multiple Myeloma (EXCALIBER-Maintenance)",
            conditions=("Multiple Myeloma",),
            keywords=("CC-220", "Iberdomide", "Lenalidomide", "Maintenance", "CELMoD"),
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma who received 3 to 6 cycles of induction "
                    "therapy, followed by high-dose melphalan and a single or tandem ASCT",
                    "Achieved at least a partial response after ASCT",
                    "Randomized within 180 days of the start of induction therapy",
                ),
                (
                    "Progressive disease after ASCT",
                    "Received post-ASCT consolidation or more than 1 month of lenalidomide "
                    "maintenance before randomization",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "successor-1-like-mezigdomide-prior-lenalidomide",
        Trial(
            nct_id="NCT09200014",
            brief_title="A Study to Evaluate Mezigdomide, Bortezomib and Dexamethasone (MeziVd) "
            "Versus Pomalidomide, Bortezomib and Dexamethasone (PVd) in Participants With "
            "Relapsed or Refractory Multiple Myeloma (SUCCESSOR-1-like)",
            conditions=("Multiple Myeloma",),
            keywords=("CC-92480", "Mezigdomide", "RRMM"),
            eligibility_criteria=criteria(
                (
                    "Documented diagnosis of MM and measurable disease",
                    "Received 1 to 3 prior lines of antimyeloma therapy",
                    "Prior treatment with lenalidomide for at least 2 consecutive cycles",
                    "Documented disease progression on or after the last antimyeloma regimen",
                ),
                (
                    "Prior treatment with pomalidomide or mezigdomide",
                    "Refractory to bortezomib (progression during or within 60 days of "
                    "bortezomib 1.3 mg/m\\^2 twice weekly)",
                    *MM_EXCLUSIONS,
                ),
                key=True,
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "successor-2-like-mezigdomide-carfilzomib",
        Trial(
            nct_id="NCT09200015",
            brief_title="Mezigdomide, Carfilzomib and Dexamethasone (MeziKd) Versus "
            "Carfilzomib and Dexamethasone (Kd) in Relapsed or Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="Participants must have received prior lenalidomide and an anti-CD38 "
            "monoclonal antibody.",
            eligibility_criteria=criteria(
                (
                    "At least 1 prior line of antimyeloma therapy, including lenalidomide and "
                    "an anti-CD38 monoclonal antibody",
                    "Prior lenalidomide maintenance counts as lenalidomide exposure",
                ),
                ("Prior carfilzomib refractoriness", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "excaliber-rrmm-like-iberdomide-dara",
        Trial(
            nct_id="NCT09200016",
            brief_title="Iberdomide, Daratumumab and Dexamethasone (IberDd) Versus Daratumumab, "
            "Bortezomib, and Dexamethasone (DVd) in Relapsed or Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Received 1 or 2 prior lines of "
            "therapy, including lenalidomide\n* Lenalidomide-refractory participants are "
            "eligible\n* Documented disease progression during or after the last "
            "regimen\n\nExclusion Criteria:\n\n* Refractory to anti-CD38 therapy\n* Prior "
            "iberdomide",
        ),
        (MM,),
        (RR,),
    ),
    (
        "iberdomide-dara-dex-vs-drd-tne",
        Trial(
            nct_id="NCT09200017",
            brief_title="Iberdomide, Daratumumab and Dexamethasone Versus Daratumumab, "
            "Lenalidomide and Dexamethasone in Transplant-Ineligible NDMM",
            conditions=("Newly Diagnosed Multiple Myeloma",),
            eligibility_criteria=criteria(
                (
                    "Symptomatic multiple myeloma requiring treatment, not previously treated",
                    "Age \\>= 65 years, or \\< 65 with comorbidities precluding ASCT",
                ),
                ("Prior systemic antimyeloma therapy", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (ND,),
    ),
    # --- myeloma: quadruplets and MRD-guided therapy
    (
        "midas-like-isa-krd-mrd-guided",
        Trial(
            nct_id="NCT09200018",
            brief_title="Isatuximab, Carfilzomib, Lenalidomide and Dexamethasone (Isa-KRd) "
            "Induction With MRD-Guided Consolidation in Transplant-Eligible NDMM",
            conditions=("Multiple Myeloma",),
            brief_summary="After 6 cycles of Isa-KRd induction, MRD-negative participants are "
            "randomized to Isa-KRd consolidation or single ASCT; MRD-positive participants to "
            "single or tandem ASCT. All participants receive lenalidomide maintenance, with "
            "isatuximab added for 3 years.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma requiring treatment",
                    "Eligible for high-dose chemotherapy and ASCT, age 18-65",
                ),
                ("Previous treatment for multiple myeloma", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "master-like-dara-krd-mrd-surveillance",
        Trial(
            nct_id="NCT09200019",
            brief_title="Daratumumab, Carfilzomib, Lenalidomide and Dexamethasone With MRD "
            "Response-Adapted Therapy in Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="Participants receive Dara-KRd induction and ASCT. Those with two "
            "consecutive MRD-negative assessments stop therapy and enter MRD surveillance; "
            "those who remain MRD-positive continue to lenalidomide-based maintenance.",
            eligibility_criteria="Inclusion Criteria:\n\n* Newly diagnosed MM per IMWG, "
            "transplant-eligible\n* Up to one prior cycle of systemic therapy\n\nExclusion "
            "Criteria:\n\n* Primary plasma cell leukemia\n* AL amyloidosis with cardiac stage "
            "IIIb",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "perseus-like-d-vrd-transplant-eligible",
        Trial(
            nct_id="NCT09200020",
            brief_title="Daratumumab, VELCADE, Lenalidomide and Dexamethasone Compared to "
            "VELCADE, Lenalidomide and Dexamethasone in Subjects With Previously Untreated "
            "Multiple Myeloma Who Are Eligible for High-dose Therapy",
            conditions=("Multiple Myeloma",),
            arms=(
                Arm(
                    label="D-VRd",
                    description="Induction (4 cycles D-VRd), ASCT, consolidation (2 cycles "
                    "D-VRd), then daratumumab and lenalidomide (D-R) maintenance.",
                ),
                Arm(
                    label="VRd",
                    description="Induction, ASCT, consolidation, then lenalidomide maintenance.",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "cepheus-like-d-vrd-transplant-not-planned",
        Trial(
            nct_id="NCT09200021",
            brief_title="A Study Comparing Daratumumab, VELCADE, Lenalidomide, and "
            "Dexamethasone (D-VRd) With VELCADE, Lenalidomide, and Dexamethasone (VRd) in "
            "Participants With Untreated Multiple Myeloma and for Whom Hematopoietic Stem Cell "
            "Transplant Is Not Planned as Initial Therapy",
            conditions=("Multiple Myeloma",),
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed and not considered a candidate for high-dose chemotherapy "
                    "with ASCT due to age \\>= 65 or comorbidities, or transplant deferred",
                    "ECOG 0, 1 or 2",
                ),
                (
                    "Prior or current systemic therapy or SCT for any plasma cell dyscrasia, "
                    "except a short course of corticosteroids",
                    "Peripheral neuropathy or neuropathic pain grade 2 or higher",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "frail-ndmm-dexamethasone-sparing",
        Trial(
            nct_id="NCT09200022",
            brief_title="Daratumumab-Lenalidomide Without Continuous Dexamethasone Versus DRd "
            "in Frail Elderly Patients With Newly Diagnosed Myeloma",
            conditions=("Multiple Myeloma", "Frailty"),
            brief_summary="An IFM-style trial in frail (IMWG frailty score \\>= 2) patients aged "
            "65 and over, testing whether dexamethasone can be stopped after 2 cycles.",
            eligibility_criteria="Inclusion Criteria:\n\n- Previously untreated symptomatic "
            "multiple myeloma\n- Frail per IMWG geriatric assessment\n\nExclusion Criteria:\n\n"
            "- Smoldering myeloma\n- Prior lenalidomide",
        ),
        (MM,),
        (ND,),
    ),
    (
        "concept-like-isa-krd-high-risk-te-and-tne",
        Trial(
            nct_id="NCT09200023",
            brief_title="Isatuximab, Carfilzomib, Lenalidomide and Dexamethasone in High-Risk "
            "Newly Diagnosed Multiple Myeloma, Transplant-Eligible and -Ineligible",
            conditions=("Multiple Myeloma",),
            brief_summary="Isa-KRd induction, ASCT (TE arm) or Isa-KRd consolidation (TNE arm), "
            "then Isa-KR maintenance.",
            eligibility_criteria="Inclusion Criteria:\n\n1. NDMM with at least one of: del17p, "
            "t(4;14), t(14;16), more than 3 copies of 1q21, ISS stage 3\n2. No prior "
            "antimyeloma therapy\n\nExclusion Criteria:\n\n1. Plasma cell leukemia\n2. Active "
            "CNS myeloma",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "chinese-te-ndmm-dvrd-vs-vrd",
        Trial(
            nct_id="NCT09200024",
            brief_title="Daratumumab Combined With VRd Versus VRd in Transplant-Eligible "
            "Initially Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="A multicenter randomized study in Chinese patients with initially "
            "diagnosed MM eligible for autologous transplantation.",
            eligibility_criteria="Inclusion Criteria:\n\n1. Age 18-65 years, initially "
            "diagnosed multiple myeloma requiring treatment\n2. Measurable disease\n3. Eligible "
            "for ASCT\n\nExclusion Criteria:\n\n1. Previous treatment for MM (except local "
            "radiotherapy)\n2. Non-secretory myeloma\n3. Plasma cell leukemia, amyloidosis",
        ),
        (MM,),
        (ND,),
    ),
    # --- myeloma: smoldering, plasma cell leukaemia, plasmacytoma
    (
        "deter-smm-like-drd-vs-rd",
        Trial(
            nct_id="NCT09200025",
            brief_title="Daratumumab, Lenalidomide and Dexamethasone Compared to Lenalidomide "
            "and Dexamethasone in Treating Patients With High-Risk Smoldering Myeloma",
            conditions=("Smoldering Plasma Cell Myeloma",),
            brief_summary="This phase III trial compares the effect of daratumumab with "
            "lenalidomide and dexamethasone to lenalidomide and dexamethasone alone in treating "
            "patients with high-risk smoldering myeloma, to see whether it prevents "
            "progression to active multiple myeloma.",
            eligibility_criteria="Inclusion Criteria:\n\n* Patients must have high-risk "
            "smoldering myeloma diagnosed within 5 years, per Mayo 2018 (20/2/20) criteria\n* "
            "Patients must not have received any prior therapy for smoldering myeloma; "
            "bisphosphonates are allowed\n\nExclusion Criteria:\n\n* Evidence of CRAB criteria "
            "or myeloma-defining events\n* Prior lenalidomide or daratumumab",
        ),
        (MM,),
        (),
    ),
    (
        "ithaca-like-isa-rd-vs-rd",
        Trial(
            nct_id="NCT09200026",
            brief_title="Isatuximab in Combination With Lenalidomide and Dexamethasone Versus "
            "Lenalidomide and Dexamethasone in High-Risk Smoldering Multiple Myeloma (ITHACA)",
            conditions=("Smoldering Multiple Myeloma",),
            keywords=("HR-SMM",),
            eligibility_criteria=criteria(
                (
                    "Diagnosis of SMM within 5 years per IMWG 2014 criteria",
                    "High-risk SMM: at least 2 of serum M-protein \\> 2 g/dL, involved/uninvolved "
                    "FLC ratio \\> 20, bone marrow plasma cells \\> 20%",
                    "No prior treatment for SMM or MM",
                ),
                (
                    "Multiple myeloma requiring treatment (any SLiM-CRAB criterion)",
                    "Primary systemic AL amyloidosis",
                ),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "immuno-prism-like-teclistamab-vs-rd-smm",
        Trial(
            nct_id="NCT09200027",
            brief_title="Teclistamab Versus Lenalidomide and Dexamethasone in Very High-Risk "
            "Smoldering Myeloma",
            conditions=("Smoldering Multiple Myeloma", "Plasma Cell Neoplasm"),
            brief_summary="A randomized study of fixed-duration teclistamab versus Rd in "
            "patients with HR-SMM who are at high risk of progression to multiple myeloma.",
        ),
        (MM,),
        (),
    ),
    (
        "primary-pcl-dara-krd-asct",
        Trial(
            nct_id="NCT09200028",
            brief_title="Daratumumab-KRd, Tandem ASCT and Dara-R Maintenance in Newly Diagnosed "
            "Primary Plasma Cell Leukemia",
            conditions=("Primary Plasma Cell Leukemia",),
            eligibility_criteria="Inclusion Criteria:\n\n* pPCL defined as \\>= 5% circulating "
            "plasma cells in peripheral blood smear (IMWG 2021)\n* Untreated, except for "
            "corticosteroids\n\nExclusion Criteria:\n\n* Secondary plasma cell leukemia "
            "evolving from previously treated myeloma",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "solitary-plasmacytoma-rt-then-rd",
        Trial(
            nct_id="NCT09200029",
            brief_title="Radiotherapy Followed by Lenalidomide-Dexamethasone in Solitary "
            "Plasmacytoma With Minimal Marrow Involvement",
            conditions=("Solitary Plasmacytoma", "Extramedullary Plasmacytoma"),
            brief_summary="Patients with solitary bone or extramedullary plasmacytoma and a "
            "clonal marrow population below 10% receive radiotherapy and then 9 cycles of Rd, "
            "aiming to reduce the risk of progression to multiple myeloma.",
        ),
        (MM,),
        (),
    ),
    # --- myeloma: relapsed, after lenalidomide
    (
        "magnetismm-5-like-after-1-3-lines-including-len",
        Trial(
            nct_id="NCT09200030",
            brief_title="Study of Elranatamab Monotherapy and Elranatamab + Daratumumab Versus "
            "Daratumumab + Pomalidomide + Dexamethasone in Participants With Relapsed/Refractory "
            "Multiple Myeloma Who Have Received Prior Anti-CD38 Directed Therapy and "
            "Lenalidomide",
            conditions=("Multiple Myeloma",),
            eligibility_criteria=criteria(
                (
                    "Prior diagnosis of MM as defined by IMWG criteria",
                    "Received 1 to 3 prior lines of antimyeloma therapy, including lenalidomide "
                    "and a proteasome inhibitor",
                    "Relapsed or refractory to the last line of therapy",
                ),
                ("Prior pomalidomide", "Prior BCMA-directed therapy", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "dreamm-8-like-belantamab-len-exposed",
        Trial(
            nct_id="NCT09200031",
            brief_title="Belantamab Mafodotin Plus Pomalidomide and Dexamethasone Versus "
            "Pomalidomide Plus Bortezomib and Dexamethasone in Participants With Relapsed/"
            "Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n- Previously treated with at least "
            "1 prior line of MM therapy including a lenalidomide-containing regimen, with "
            "documented disease progression during or after the most recent therapy\n- "
            "Lenalidomide maintenance counts as a lenalidomide-containing line\n\nExclusion "
            "Criteria:\n\n- Current corneal epithelial disease\n- Prior pomalidomide",
        ),
        (MM,),
        (RR,),
    ),
    (
        "early-relapse-after-len-maintenance",
        Trial(
            nct_id="NCT09200032",
            brief_title="Isatuximab, Carfilzomib and Pomalidomide in Early Relapse After "
            "Frontline Therapy Including Lenalidomide Maintenance",
            conditions=("Multiple Myeloma in Relapse",),
            eligibility_criteria="Inclusion Criteria:\n\n* Functional high-risk myeloma: "
            "progression within 18 months of frontline therapy including ASCT and lenalidomide "
            "maintenance\n* Exactly 1 prior line of therapy\n\nExclusion Criteria:\n\n* Prior "
            "pomalidomide\n* Plasma cell leukemia",
        ),
        (MM,),
        (RR,),
    ),
    # --- myeloma look-alikes
    (
        "al-amyloidosis-relapsed-concurrent-myeloma-excluded",
        Trial(
            nct_id="NCT09200033",
            brief_title="Daratumumab, Lenalidomide and Dexamethasone in Relapsed or Refractory "
            "AL Amyloidosis",
            conditions=("AL Amyloidosis", "Multiple Myeloma"),
            condition_mesh_terms=("Immunoglobulin Light-chain Amyloidosis", "Multiple Myeloma"),
            eligibility_criteria=criteria(
                (
                    "Histopathological diagnosis of systemic AL amyloidosis with measurable "
                    "hematologic disease (dFLC \\>= 20 mg/L)",
                    "Relapsed or refractory after at least 1 prior line of therapy",
                    "No evidence of symptomatic multiple myeloma",
                ),
                (
                    "Concurrent multiple myeloma meeting IMWG SLiM-CRAB criteria",
                    "Mayo cardiac stage IIIb",
                    "Prior lenalidomide intolerance",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "al-amyloidosis-newly-diagnosed-dara-rd",
        Trial(
            nct_id="NCT09200034",
            brief_title="Daratumumab-Lenalidomide-Dexamethasone in Newly Diagnosed AL "
            "Amyloidosis Ineligible for Bortezomib",
            conditions=("Amyloidosis", "Light Chain Deposition Disease"),
            brief_summary="Bortezomib-based therapy is standard in AL amyloidosis; this study "
            "tests DRd for patients with neuropathy that precludes bortezomib.",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "poems-len-dex-newly-diagnosed",
        Trial(
            nct_id="NCT09200035",
            brief_title="Lenalidomide Plus Dexamethasone Versus Radiotherapy-Based Approach in "
            "Newly Diagnosed POEMS Syndrome",
            conditions=("POEMS Syndrome",),
            keywords=("Crow-Fukase syndrome", "osteosclerotic myeloma", "VEGF"),
            eligibility_criteria="Inclusion Criteria:\n\n* POEMS syndrome per Dispenzieri "
            "criteria: polyneuropathy and monoclonal plasma cell disorder, plus one major and "
            "one minor criterion\n* No prior systemic therapy\n\nExclusion Criteria:\n\n* "
            "Multiple myeloma with \\>= 10% bone marrow plasma cells and CRAB features",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "waldenstrom-ibrutinib-len-rituximab",
        Trial(
            nct_id="NCT09200036",
            brief_title="Ibrutinib, Lenalidomide and Rituximab in Relapsed Waldenström "
            "Macroglobulinemia",
            conditions=("Waldenstrom Macroglobulinemia",),
            eligibility_criteria="Inclusion Criteria:\n\n* Clinicopathological diagnosis of WM "
            "(lymphoplasmacytic lymphoma with IgM paraprotein)\n* At least one prior line of "
            "therapy\n\nExclusion Criteria:\n\n* IgM MGUS or smoldering WM\n* Marginal zone "
            "lymphoma with plasmacytic differentiation\n* IgM myeloma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "castleman-siltuximab-refractory",
        Trial(
            nct_id="NCT09200037",
            brief_title="Lenalidomide for Idiopathic Multicentric Castleman Disease Refractory "
            "to Siltuximab",
            conditions=("Castleman Disease", "Giant Lymph Node Hyperplasia"),
            brief_summary="iMCD (plasma cell, hyaline vascular or mixed histology) that did not "
            "respond to IL-6 blockade.",
        ),
        (OTHER,),
        (RR,),
    ),
    # --- lymphoma: R2-based combinations
    (
        "inmind-like-tafasitamab-r2-fl-or-mzl",
        Trial(
            nct_id="NCT09200038",
            brief_title="Tafasitamab Plus Lenalidomide and Rituximab Versus Lenalidomide and "
            "Rituximab in Patients With Relapsed/Refractory Follicular Lymphoma or Marginal "
            "Zone Lymphoma (inMIND-like)",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma"),
            keywords=("R2", "anti-CD19", "tafasitamab"),
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed FL grade 1, 2 or 3a, or nodal, splenic or "
                    "extranodal MZL",
                    "Relapsed or refractory disease after \\>= 1 prior systemic therapy "
                    "including an anti-CD20 monoclonal antibody",
                    "Requires treatment per investigator (e.g. GELF criteria)",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "epcore-fl-1-like-epcoritamab-r2",
        Trial(
            nct_id="NCT09200039",
            brief_title="A Phase 3 Trial of Epcoritamab + R2 Versus R2 in Relapsed or "
            "Refractory Follicular Lymphoma (EPCORE FL-1-like)",
            conditions=("Follicular Lymphoma",),
            brief_summary="Epcoritamab is a bispecific antibody against CD3 and CD20. This study "
            "compares epcoritamab with rituximab and lenalidomide (R2) against R2 alone in adults "
            "with R/R FL.",
            eligibility_criteria=criteria(
                (
                    "CD20+ FL grade 1, 2 or 3a, relapsed or refractory after at least 1 prior "
                    "line of systemic therapy",
                    "Need for treatment (GELF criteria or symptomatic disease)",
                    "Participants with marginal zone lymphoma are not eligible",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "epcore-nhl-2-like-multi-arm",
        Trial(
            nct_id="NCT09200040",
            brief_title="Safety and Efficacy of Epcoritamab in Combination With Other Standard "
            "Agents in Subjects With B-cell Non-Hodgkin Lymphoma",
            conditions=("B-cell Non-Hodgkin Lymphoma",),
            arms=(
                Arm(label="Arm 1: Epcoritamab + R-CHOP in previously untreated DLBCL"),
                Arm(label="Arm 2: Epcoritamab + R2 in R/R FL"),
                Arm(label="Arm 3: Epcoritamab + GemOx in R/R DLBCL"),
                Arm(label="Arm 6: Epcoritamab + R2 in previously untreated FL"),
            ),
        ),
        (FL,),
        (ND, RR),
    ),
    (
        "celestimo-like-mosunetuzumab-len-vs-r2",
        Trial(
            nct_id="NCT09200041",
            brief_title="A Study Evaluating Mosunetuzumab in Combination With Lenalidomide "
            "Versus Rituximab in Combination With Lenalidomide in Participants With Follicular "
            "Lymphoma After at Least One Line of Systemic Therapy",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Histologically documented CD20-positive FL grade 1-3a",
                    "Relapsed or refractory after \\>= 1 prior line of systemic therapy",
                    "Prior lenalidomide is allowed if the participant was not refractory",
                ),
                (
                    "FL grade 3b or transformed lymphoma",
                    "Prior treatment with mosunetuzumab or another CD20-directed bispecific "
                    "antibody",
                    "Known CNS involvement",
                ),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "olympia-5-like-odronextamab-len",
        Trial(
            nct_id="NCT09200042",
            brief_title="A Trial to Learn if Odronextamab Combined With Lenalidomide Works "
            "Better Than Rituximab Combined With Lenalidomide in Adult Participants With "
            "Follicular Lymphoma and Marginal Zone Lymphoma",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma"),
            brief_summary="The study is focused on patients whose lymphoma has come back after "
            "treatment (relapsed) or has not responded to treatment (refractory).",
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3a or MZL (nodal, splenic, extranodal/MALT)",
                    "Relapsed/refractory after \\>= 1 line of anti-CD20-containing systemic "
                    "therapy",
                    "Need for systemic therapy",
                ),
                NHL_EXCLUSIONS,
                key=True,
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "mahogany-like-zanubrutinib-obinutuzumab-vs-r2",
        Trial(
            nct_id="NCT09200043",
            brief_title="Zanubrutinib Plus Obinutuzumab Versus Lenalidomide Plus Rituximab in "
            "Participants With Relapsed/Refractory Follicular or Marginal Zone Lymphoma",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n1. Histologically confirmed FL (grade "
            "1, 2, or 3A) or MZL (splenic, nodal, or extranodal)\n2. Previously treated with at "
            "least 1 line of anti-CD20-directed therapy\n\nExclusion Criteria:\n\n1. Prior BTK "
            "inhibitor\n2. Evidence of transformation to DLBCL\n3. Clinically significant "
            "cardiovascular disease",
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "zanubrutinib-r2-untreated-mzl",
        Trial(
            nct_id="NCT09200044",
            brief_title="Zanubrutinib, Lenalidomide and Rituximab in Previously Untreated "
            "Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed MZL of any subtype (nodal, splenic, extranodal / "
                    "MALT lymphoma)",
                    "Gastric MALT lymphoma only after failure of H. pylori eradication",
                    "No prior systemic therapy for lymphoma",
                    "Indication for treatment",
                ),
                (
                    "Lymphoplasmacytic lymphoma / Waldenström macroglobulinemia",
                    "Follicular lymphoma, mantle cell lymphoma or CLL/SLL",
                    "Known CNS involvement",
                ),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "acalabrutinib-r2-untreated-mcl",
        Trial(
            nct_id="NCT09200045",
            brief_title="Acalabrutinib, Lenalidomide and Rituximab (ALR) Induction Followed by "
            "Acalabrutinib-Rituximab Maintenance in Untreated Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Untreated MCL with cyclin D1 overexpression or t(11;14)",
                    "Age \\>= 18, not eligible for or declining intensive chemotherapy and ASCT",
                    "Measurable disease \\>= 1.5 cm",
                ),
                (
                    "Blastoid or pleomorphic MCL with CNS involvement",
                    "Prior systemic therapy for MCL",
                    "Requires warfarin",
                ),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "r2-elderly-untreated-mcl",
        Trial(
            nct_id="NCT09200046",
            brief_title="Lenalidomide and Rituximab in Elderly Patients With Previously "
            "Untreated Mantle Cell Lymphoma Unfit for Chemotherapy",
            conditions=("Lymphoma, Mantle-Cell",),
            brief_summary="Patients aged 70 and over, or 60-69 with comorbidities, receive R2 "
            "until progression.",
            eligibility_criteria="Inclusion Criteria:\n\n- MCL, stage II-IV, in need of "
            "treatment\n- Not previously treated, except for corticosteroids \\<= 7 days\n\n"
            "Exclusion Criteria:\n\n- Known CNS involvement\n- Other lymphoma subtypes "
            "(follicular, marginal zone)",
        ),
        (MCL,),
        (ND,),
    ),
    (
        "tafasitamab-r2-pod24-fl",
        Trial(
            nct_id="NCT09200047",
            brief_title="Tafasitamab Plus Lenalidomide and Rituximab in Relapsed Follicular "
            "Lymphoma With Early Progression (POD24)",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3a",
                    "Progression of disease within 24 months of initiation of first-line "
                    "chemoimmunotherapy (POD24)",
                    "No more than 2 prior lines of systemic therapy",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "mosunetuzumab-len-untreated-fl",
        Trial(
            nct_id="NCT09200048",
            brief_title="Mosunetuzumab Plus Lenalidomide in Previously Untreated High Tumor "
            "Burden Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "CD20+ FL grade 1, 2 or 3a, stage II-IV",
                    "High tumor burden per GELF criteria",
                    "No prior systemic lymphoma therapy (prior involved-field radiotherapy is "
                    "allowed)",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "mzl-subsites-r2-plus-novel-agent",
        Trial(
            nct_id="NCT09200049",
            brief_title="Novel BTK Degrader Plus Rituximab-Lenalidomide in Relapsed Marginal "
            "Zone Lymphoma",
            conditions=(
                "Splenic Marginal Zone Lymphoma",
                "Nodal Marginal Zone Lymphoma",
                "Extranodal Marginal Zone Lymphoma of Mucosa-associated Lymphoid Tissue",
            ),
            eligibility_criteria="Inclusion Criteria:\n\n* R/R MZL after \\>= 1 prior "
            "anti-CD20-based therapy\n* Measurable disease or, for SMZL, splenomegaly with "
            "marrow involvement\n\nExclusion Criteria:\n\n* Transformed disease",
        ),
        (MZL,),
        (RR,),
    ),
    (
        "bnhl-basket-cohorts-in-inclusion",
        Trial(
            nct_id="NCT09200050",
            brief_title="A Study of a CD19xCD3 Bispecific Antibody Plus Lenalidomide in "
            "Relapsed or Refractory B-cell Non-Hodgkin Lymphoma",
            conditions=("B-cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Cohort A: R/R DLBCL after \\>= 2 prior lines, not eligible for CAR-T",
                    "Cohort B: R/R FL grade 1-3a after \\>= 2 prior lines",
                    "Cohort C: R/R MCL after a BTK inhibitor",
                    "Cohort D: R/R MZL after \\>= 1 prior line including an anti-CD20 antibody",
                ),
                (
                    "Burkitt lymphoma, primary mediastinal B-cell lymphoma, CLL/SLL",
                    "Active CNS lymphoma",
                ),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "tafasitamab-len-dlbcl-asct-ineligible",
        Trial(
            nct_id="NCT09200051",
            brief_title="Tafasitamab Plus Lenalidomide in Relapsed or Refractory Diffuse Large "
            "B-cell Lymphoma Not Eligible for Autologous Stem Cell Transplant",
            conditions=("Diffuse Large B-cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "R/R DLBCL NOS, T-cell/histiocyte-rich LBCL, EBV+ DLBCL, or DLBCL "
                    "transformed from an earlier low-grade lymphoma (e.g., FL or MZL)",
                    "1 to 3 prior systemic regimens",
                    "Not eligible for high-dose chemotherapy and ASCT",
                ),
                (
                    "Other histological types, including mantle cell lymphoma, follicular "
                    "lymphoma and marginal zone lymphoma",
                    "Primary refractory DLBCL",
                    "Known CNS lymphoma involvement",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "loncastuximab-r2-fl-mzl",
        Trial(
            nct_id="NCT09200052",
            brief_title="Loncastuximab Tesirine Plus Rituximab and Lenalidomide (Lonca-R2) in "
            "Relapsed/Refractory Follicular Lymphoma and Marginal Zone Lymphoma",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma"),
            eligibility_criteria="**Inclusion Criteria:**\n\n* Pathologic diagnosis of FL (grade "
            "1-3A) or MZL\n* Relapsed or refractory after \\>= 1 prior systemic therapy\n\n"
            "**Exclusion Criteria:**\n\n* Prior CD19-directed therapy\n* Transformed lymphoma",
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "golcadomide-rituximab-vs-r2-fl",
        Trial(
            nct_id="NCT09200053",
            brief_title="Golcadomide Plus Rituximab Versus Investigator's Choice (R2 or "
            "R-Chemotherapy) in Relapsed or Refractory Follicular Lymphoma",
            conditions=("Lymphoma, Follicular",),
            keywords=("CC-99282", "CELMoD", "R2"),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3a, R/R after at least one prior line of systemic therapy",
                    "Prior lenalidomide is not allowed",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "glofitamab-len-rr-mcl-after-btki",
        Trial(
            nct_id="NCT09200054",
            brief_title="Glofitamab Plus Lenalidomide After Obinutuzumab Pretreatment in "
            "Relapsed or Refractory Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* MCL relapsed after or refractory to "
            "at least one prior line including a covalent BTK inhibitor\n* Measurable "
            "disease\n\nExclusion Criteria:\n\n* CNS involvement\n* Prior allogeneic SCT "
            "within 12 months",
        ),
        (MCL,),
        (RR,),
    ),
    (
        "broad-nhl-subtypes-only-in-exclusion",
        Trial(
            nct_id="NCT09200055",
            brief_title="A Study of a CD20xCD3 Bispecific Plus Lenalidomide in Relapsed or "
            "Refractory Aggressive B-cell Lymphoma",
            conditions=("Lymphoma, Non-Hodgkin",),
            brief_summary="This study tests a bispecific antibody with lenalidomide in "
            "aggressive lymphomas that came back after at least two treatments.",
            eligibility_criteria=criteria(
                (
                    "R/R large B-cell lymphoma (DLBCL NOS, HGBL with MYC and BCL2 "
                    "rearrangements, FL grade 3b, transformed FL)",
                    "\\>= 2 prior lines of systemic therapy",
                ),
                (
                    "Indolent lymphomas: FL grade 1-3a, MZL, small lymphocytic lymphoma",
                    "Mantle cell lymphoma",
                    "Burkitt lymphoma",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "indolent-other-than-follicular-ie-mzl",
        Trial(
            nct_id="NCT09200056",
            brief_title="Lenalidomide and Rituximab Plus a PI3K Inhibitor in Relapsed Indolent "
            "B-cell Lymphoma",
            conditions=("Indolent Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed indolent B-cell lymphoma "
            "other than follicular lymphoma (i.e., marginal zone lymphoma or lymphoplasmacytic "
            "lymphoma)\n* At least one prior line of therapy\n\nExclusion Criteria:\n\n* "
            "Transformed lymphoma",
        ),
        (MZL,),
        (RR,),
    ),
    (
        "non-follicular-indolent-mzl-named",
        Trial(
            nct_id="NCT09200057",
            brief_title="R2 in Non-Follicular Indolent Lymphoma",
            conditions=("Lymphoma, B-Cell",),
            eligibility_criteria="Inclusion Criteria:\n\n* Non-follicular indolent B-cell "
            "lymphoma: nodal, splenic or extranodal marginal zone lymphoma\n* Previously "
            "untreated\n\nExclusion Criteria:\n\n* Follicular lymphoma of any grade\n* Mantle "
            "cell lymphoma",
        ),
        (MZL,),
        (ND,),
    ),
    (
        "bnhl-any-subtype-except-dlbcl",
        Trial(
            nct_id="NCT09200058",
            brief_title="Lenalidomide Plus a Novel Anti-CD20 Antibody in Relapsed B-NHL",
            conditions=("Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed CD20+ B-cell NHL of any "
            "subtype except DLBCL: follicular lymphoma grade 1-3a, marginal zone lymphoma or "
            "mantle cell lymphoma\n* \\>= 1 prior line of therapy",
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "bnhl-excluding-the-following-colon",
        Trial(
            nct_id="NCT09200076",
            brief_title="Lenalidomide Plus a CD19 Antibody-Drug Conjugate in Relapsed Aggressive "
            "B-cell Lymphoma",
            conditions=("Lymphoma, B-Cell",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed or refractory B-cell NHL, "
            "excluding the following subtypes: mantle cell lymphoma, follicular lymphoma grade "
            "1-3a\n* \\>= 2 prior lines of therapy",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "relapsed-malt-and-hp-eradication-clause",
        Trial(
            nct_id="NCT09200077",
            brief_title="Rituximab-Lenalidomide Plus a BTK Inhibitor in MALT Lymphoma",
            conditions=("MALT Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed MALT lymphoma after at "
            "least one prior systemic therapy\n* Gastric MALT lymphoma after failure of H. "
            "pylori eradication alone does not qualify",
        ),
        (MZL,),
        (RR,),
    ),
    # --- MDS
    (
        "lr-mds-del5q-luspatercept-plus-len",
        Trial(
            nct_id="NCT09200059",
            brief_title="Luspatercept Plus Lenalidomide Versus Lenalidomide in Transfusion-"
            "Dependent Lower-Risk MDS With Del(5q)",
            conditions=("Myelodysplastic Syndromes", "Del(5q) MDS"),
            eligibility_criteria=criteria(
                (
                    "MDS per WHO 2016 with isolated del(5q) or del(5q) plus one additional "
                    "abnormality other than -7/del(7q)",
                    "IPSS-R very low, low or intermediate risk",
                    "RBC transfusion dependence (\\>= 2 units / 8 weeks)",
                ),
                (
                    "Prior lenalidomide or luspatercept",
                    "TP53 mutation with VAF \\> 10%",
                    "Secondary MDS after chemotherapy",
                ),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "lr-mds-with-or-without-del5q-transfusion-dependent",
        Trial(
            nct_id="NCT09200060",
            brief_title="Lenalidomide in Transfusion-Dependent Lower-Risk Myelodysplastic "
            "Syndromes With or Without Del(5q)",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            eligibility_criteria="Inclusion Criteria:\n\n* MDS with IPSS-R very low, low or "
            "intermediate risk, with or without del(5q)\n* Transfusion-dependent anemia\n* "
            "Failure of or ineligibility for ESAs (serum EPO \\> 500 U/L)\n\nExclusion "
            "Criteria:\n\n* Therapy-related MDS\n* Prior lenalidomide",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-eb-del5q-azacitidine-lenalidomide",
        Trial(
            nct_id="NCT09200061",
            brief_title="Azacitidine Plus Lenalidomide in MDS With Excess Blasts and Del(5q)",
            conditions=("Myelodysplastic Syndrome With Excess Blasts", "Chromosome 5q Deletion"),
            eligibility_criteria="Inclusion Criteria:\n\n* MDS-EB1 or MDS-EB2 (WHO 2016), or "
            "IPSS-R high/very high, with del(5q) alone or in a complex karyotype\n* No prior "
            "hypomethylating agent\n\nExclusion Criteria:\n\n* AML (\\>= 20% blasts)\n* CMML",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "lr-mds-non-del5q-after-luspatercept",
        Trial(
            nct_id="NCT09200062",
            brief_title="Lenalidomide With Epoetin in Non-Del(5q) Lower-Risk MDS After "
            "Luspatercept Failure",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria=criteria(
                (
                    "Lower-risk MDS (IPSS-R \\<= 3.5) without del(5q)",
                    "Refractory to or relapsed after luspatercept",
                ),
                ("Del(5q) karyotype", "MDS/MPN overlap"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "lr-mds-ipss-m-len-esa",
        Trial(
            nct_id="NCT09200063",
            brief_title="Lenalidomide and Epoetin Alfa in Anemic MDS Stratified by IPSS-M",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria="Inclusion Criteria:\n\n* MDS with IPSS-M very low, low or "
            "moderate low risk\n* Hemoglobin \\< 9.5 g/dL or transfusion dependence\n\n"
            "Exclusion Criteria:\n\n* IPSS-M moderate high, high or very high\n* Prior "
            "hypomethylating agents",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-who-2022-low-blasts-5q-deletion",
        Trial(
            nct_id="NCT09200064",
            brief_title="Reduced-Dose Lenalidomide in MDS With Low Blasts and Isolated 5q "
            "Deletion (MDS-5q)",
            conditions=("MDS-5q",),
            brief_summary="WHO 2022 MDS-5q / ICC MDS with del(5q) with transfusion-dependent "
            "anemia.",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "higher-risk-mds-aml-post-allo-len-maintenance",
        Trial(
            nct_id="NCT09200065",
            brief_title="Lenalidomide Maintenance After Allogeneic Transplant in High-Risk "
            "MDS and AML",
            conditions=("Myelodysplastic Syndromes", "Acute Myeloid Leukemia"),
            eligibility_criteria="Inclusion Criteria:\n\n* AML or MDS-EB in complete remission "
            "within 100 days after allogeneic HSCT\n\nExclusion Criteria:\n\n* Active "
            "GVHD grade \\>= 2",
        ),
        (OTHER,),
        (MT,),
    ),
    # --- hard negatives that also give lenalidomide
    (
        "cll-lenalidomide-maintenance",
        Trial(
            nct_id="NCT09200066",
            brief_title="Lenalidomide Maintenance After Venetoclax-Obinutuzumab in CLL With "
            "Detectable MRD",
            conditions=("Chronic Lymphocytic Leukemia", "Small Lymphocytic Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* CLL/SLL with MRD \\>= 10\\^-4 after "
            "first-line venetoclax-obinutuzumab\n\nExclusion Criteria:\n\n* Richter's "
            "transformation\n* Mantle cell lymphoma (cyclin D1+)",
        ),
        (OTHER,),
        (MT,),
    ),
    (
        "pcnsl-r-mpv-then-len-maintenance",
        Trial(
            nct_id="NCT09200067",
            brief_title="R-MPV Induction Followed by Lenalidomide Maintenance in Elderly "
            "Patients With Newly Diagnosed Primary CNS Lymphoma",
            conditions=("Primary Central Nervous System Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Newly diagnosed PCNSL (DLBCL "
            "histology) confined to the brain, eyes or CSF\n* Age \\>= 65\n\nExclusion "
            "Criteria:\n\n* Systemic lymphoma\n* Prior lenalidomide maintenance",
        ),
        (OTHER,),
        (ND, MT),
    ),
    (
        "r2-chop-untreated-abc-dlbcl",
        Trial(
            nct_id="NCT09200068",
            brief_title="R2-CHOP Versus R-CHOP in Previously Untreated ABC-Type Diffuse Large "
            "B-Cell Lymphoma",
            conditions=("Diffuse Large B Cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Untreated DLBCL of activated B-cell (ABC) subtype by gene expression "
                    "profiling",
                    "Stage II-IV",
                ),
                (
                    "Transformed follicular lymphoma or composite lymphoma with a follicular "
                    "or marginal zone component",
                    "Primary mediastinal B-cell lymphoma, primary CNS lymphoma",
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "atll-lenalidomide-relapsed",
        Trial(
            nct_id="NCT09200069",
            brief_title="Lenalidomide Plus Mogamulizumab in Relapsed Adult T-cell "
            "Leukemia-Lymphoma",
            conditions=("Adult T-cell Leukemia-Lymphoma",),
            keywords=("ATL", "HTLV-1"),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "tfh-lymphoma-chop-len",
        Trial(
            nct_id="NCT09200070",
            brief_title="CHOP Plus Lenalidomide in Untreated Nodal T-Follicular Helper Cell "
            "Lymphoma",
            conditions=("Angioimmunoblastic T-cell Lymphoma", "Peripheral T-Cell Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Nodal TFH cell lymphoma, "
            "angioimmunoblastic type, follicular type or NOS (WHO 2022)\n* Previously "
            "untreated",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "hodgkin-len-relapsed",
        Trial(
            nct_id="NCT09200071",
            brief_title="Lenalidomide Plus Nivolumab in Relapsed Classical Hodgkin Lymphoma "
            "After Brentuximab",
            conditions=("Hodgkin Lymphoma",),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "aml-cr1-lenalidomide-maintenance",
        Trial(
            nct_id="NCT09200072",
            brief_title="Lenalidomide Maintenance in Older Patients With AML in First Remission",
            conditions=("Acute Myeloid Leukemia",),
            eligibility_criteria="Inclusion Criteria:\n\n* AML (non-APL) in CR/CRi after "
            "intensive induction\n* Not eligible for allogeneic transplant",
        ),
        (OTHER,),
        (ND, MT),
    ),
    (
        "myelofibrosis-len-ruxolitinib",
        Trial(
            nct_id="NCT09200073",
            brief_title="Ruxolitinib Plus Lenalidomide in Myelofibrosis With Anemia",
            conditions=("Primary Myelofibrosis", "Post-PV Myelofibrosis"),
            eligibility_criteria="Inclusion Criteria:\n\n* PMF, post-PV or post-ET MF, "
            "DIPSS intermediate-1 or higher\n* Hemoglobin \\< 10 g/dL\n\nExclusion Criteria:\n\n"
            "* Myelodysplastic syndrome with del(5q)",
        ),
        (OTHER,),
        (),
    ),
    (
        "kaposi-sarcoma-lenalidomide",
        Trial(
            nct_id="NCT09200074",
            brief_title="Lenalidomide for Kaposi Sarcoma in People With and Without HIV",
            conditions=("Kaposi Sarcoma",),
            brief_summary="Lenalidomide, an immunomodulatory drug approved for multiple "
            "myeloma, is tested in advanced Kaposi sarcoma.",
        ),
        (OTHER,),
        (),
    ),
    (
        "pediatric-cns-tumours-len",
        Trial(
            nct_id="NCT09200075",
            brief_title="Lenalidomide and Nivolumab in Recurrent Pediatric Brain Tumors",
            conditions=("Ependymoma", "Medulloblastoma", "Pediatric Glioma"),
        ),
        (OTHER,),
        (RR,),
    ),
]

CASES = params(MODERN_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_modern(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_modern_case_ids_are_unique() -> None:
    check_unique(MODERN_CASES)
