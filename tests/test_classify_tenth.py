"""A tenth audit of the classifier: the short, ordinary records that make up most of a real
registry search for lenalidomide. Brief titles, two to four conditions, a summary of a few
sentences and a short eligibility list, written the way sponsors actually type them (odd
capitalisation, missing spaces, abbreviations such as "R/R MM", "NDMM pts", "5q-", "MZL (SMZL,
NMZL, EMZL)"). Roughly half myeloma, a quarter lymphoma (follicular, marginal zone and mantle cell
lymphoma beside DLBCL, CLL, Hodgkin and T-cell look-alikes), the rest MDS, AML, amyloidosis and
other uses. The text is ours; labels say whom each trial enrols, as a haematologist would, under
the product owner's rules and the conventions of the earlier case tables."""

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
    nci,
    numbered,
    params,
)
from trials.model import Indication, Setting, Trial


def plain(inclusion: tuple[str, ...], exclusion: tuple[str, ...]) -> str:
    """Eligibility text as many small sponsors type it: plain headers and "-" bullets."""
    return (
        "Inclusion Criteria:\n"
        + "\n".join(f"- {line}" for line in inclusion)
        + "\n\nExclusion Criteria:\n"
        + "\n".join(f"- {line}" for line in exclusion)
    )


# (id, trial, indications, settings)
TENTH_CASES = [
    # --- myeloma: relapsed
    (
        "rrmm-dara-pom-dex-condition-without-space",
        Trial(
            nct_id="NCT09100001",
            brief_title="Daratumumab, Pomalidomide and Dexamethasone in Relapsed Myeloma",
            conditions=("Multiple Myeloma,Relapsed",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Single arm phase 2 study of DPd in patients with multiple myeloma "
            "who have received 1-3 prior lines including lenalidomide. Primary endpoint is ORR.",
            eligibility_criteria=criteria(
                (
                    "Relapsed multiple myeloma after 1 to 3 prior lines of therapy",
                    "Prior lenalidomide exposure",
                    "Measurable disease",
                ),
                ("Prior pomalidomide", "Plasma cell leukemia"),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "r-slash-r-mm-abbreviations-carfilzomib-len-dex",
        Trial(
            nct_id="NCT09100002",
            brief_title="KRd in R/R MM Pts After One Prior Line",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Open label study of carfilzomib, lenalidomide and dexamethasone in "
            "R/R MM pts at first relapse. Treatment continues until progression.",
            eligibility_criteria=plain(
                ("R/R MM with exactly 1 prior line", "Measurable M-protein or FLC"),
                ("Refractory to lenalidomide", "LVEF < 40%"),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "nci-recurrent-refractory-plasma-cell-myeloma-conditions",
        Trial(
            nct_id="NCT09100003",
            brief_title="Selinexor, Lenalidomide and Dexamethasone for Recurrent or Refractory "
            "Plasma Cell Myeloma",
            conditions=("Recurrent Plasma Cell Myeloma", "Refractory Plasma Cell Myeloma"),
            condition_mesh_terms=MM_MESH,
            brief_summary="This phase II trial tests how well selinexor, lenalidomide and "
            "dexamethasone work in treating patients with plasma cell myeloma that has come "
            "back (recurrent) or does not respond to treatment (refractory).",
            eligibility_criteria=nci(
                (
                    "Plasma cell myeloma that has progressed after at least 1 prior therapy",
                    "Age \\>= 18 years",
                ),
                ("Prior selinexor",),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "lenalidomide-refractory-mm-cilta-cel-versus-pvd-or-dpd",
        Trial(
            nct_id="NCT09100004",
            brief_title="CAR-T Versus Standard Therapy in Lenalidomide-Refractory Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Participants with lenalidomide-refractory multiple myeloma after "
            "1-3 prior lines are randomized to ciltacabtagene autoleucel or to PVd/DPd.",
            eligibility_criteria=criteria(
                (
                    "1 to 3 prior lines including a PI and lenalidomide",
                    "Refractory to lenalidomide",
                ),
                ("Prior BCMA-directed therapy",),
                key=True,
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "chinese-rrmm-numbered-list-dara-rd",
        Trial(
            nct_id="NCT09100005",
            brief_title="Daratumumab Combined With Lenalidomide and Dexamethasone in "
            "Relapsed/Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma", "Relapsed/Refractory"),
            brief_summary="To observe the efficacy and safety of DRd regimen in Chinese "
            "patients with RRMM.",
            eligibility_criteria=numbered(
                (
                    "Diagnosed as multiple myeloma according to IMWG criteria",
                    "Relapsed or refractory after at least one prior therapy",
                    "ECOG 0-2",
                ),
                ("Allergic to daratumumab", "Pregnant or lactating women"),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "early-relapse-mm-after-frontline-asct-isa-kd",
        Trial(
            nct_id="NCT09100006",
            brief_title="Isatuximab-Kd in Early Relapse After Frontline Transplant",
            conditions=("Multiple Myeloma in Relapse",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients relapsing within 18 months of ASCT while on lenalidomide "
            "maintenance receive isatuximab, carfilzomib and dexamethasone.",
            eligibility_criteria=plain(
                (
                    "First relapse within 18 months of frontline ASCT",
                    "Progression on lenalidomide maintenance",
                ),
                ("More than 1 prior line",),
            ),
        ),
        (MM,),
        (RR,),
    ),
    # --- myeloma: newly diagnosed and maintenance
    (
        "ndmm-pts-transplant-eligible-dvrd-then-len-maintenance",
        Trial(
            nct_id="NCT09100007",
            brief_title="Dara-VRd Induction, ASCT and Lenalidomide Maintenance in NDMM",
            conditions=("Multiple Myeloma", "Newly Diagnosed"),
            condition_mesh_terms=MM_MESH,
            brief_summary="NDMM pts eligible for transplant get 4 cycles of D-VRd, then "
            "high-dose melphalan and ASCT, 2 cycles of consolidation and lenalidomide "
            "maintenance for 2 years.",
            eligibility_criteria=plain(
                ("Newly diagnosed MM requiring therapy", "Age 18-70", "Transplant eligible"),
                ("Prior systemic therapy for myeloma except 1 cycle of bortezomib",),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "transplant-ineligible-ndmm-drd-until-progression",
        Trial(
            nct_id="NCT09100008",
            brief_title="Daratumumab-Rd in Elderly Untreated Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Older adults with previously untreated multiple myeloma not eligible "
            "for transplant receive daratumumab with lenalidomide and dexamethasone until "
            "disease progression.",
            eligibility_criteria=criteria(
                ("Untreated symptomatic multiple myeloma", "Age >= 65 or transplant-ineligible"),
                ("Smoldering myeloma", "MGUS"),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "post-asct-len-maintenance-versus-len-dara-maintenance",
        Trial(
            nct_id="NCT09100009",
            brief_title="Lenalidomide Alone or With Daratumumab as Maintenance After "
            "Autologous Transplant",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Randomised study of maintenance therapy after first-line induction "
            "and autologous stem cell transplant for myeloma.",
            eligibility_criteria=plain(
                (
                    "MM treated with first-line induction followed by ASCT within 100 days",
                    "At least partial response after transplant",
                ),
                ("Progression after ASCT",),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "chinese-ndmm-vrd-asct-len-maintenance-numbered",
        Trial(
            nct_id="NCT09100010",
            brief_title="VRd Followed by ASCT and Lenalidomide Maintenance in Newly Diagnosed "
            "Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="A multicenter prospective study in China. Patients receive VRd "
            "induction, autologous transplantation and then lenalidomide maintenance.",
            eligibility_criteria=numbered(
                (
                    "Newly diagnosed multiple myeloma, never treated",
                    "Aged 18-65 years",
                    "Measurable disease",
                ),
                ("Plasma cell leukemia", "Severe renal insufficiency requiring dialysis"),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "teclistamab-len-ndmm-transplant-ineligible",
        Trial(
            nct_id="NCT09100011",
            brief_title="Teclistamab and Lenalidomide vs DRd in Newly Diagnosed Multiple "
            "Myeloma Not Intended for Transplant",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Phase 3 study comparing Tec-DR with DRd in participants with newly "
            "diagnosed MM for whom ASCT is not planned as initial therapy.",
            eligibility_criteria=criteria(
                ("Newly diagnosed multiple myeloma", "Not a candidate for high-dose therapy"),
                ("Prior therapy for MM other than up to 1 cycle",),
                key=True,
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "high-risk-ndmm-isa-krd-induction-consolidation-isa-r-maintenance",
        Trial(
            nct_id="NCT09100012",
            brief_title="Isa-KRd in High Risk Newly Diagnosed Myeloma",
            conditions=("Multiple Myeloma", "High-risk Cytogenetics"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients with high-risk NDMM receive Isa-KRd induction, ASCT, Isa-KRd "
            "consolidation and isatuximab-lenalidomide maintenance.",
            eligibility_criteria=plain(
                (
                    "Newly diagnosed MM with del(17p), t(4;14), t(14;16) or 1q gain",
                    "Eligible for ASCT",
                ),
                ("Prior treatment for MM",),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "frail-ndmm-rd-then-r-dose-reduced-maintenance",
        Trial(
            nct_id="NCT09100013",
            brief_title="Rd Followed by Reduced-Dose Lenalidomide Maintenance in Frail Newly "
            "Diagnosed Myeloma Patients",
            conditions=("Multiple Myeloma", "Frailty"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Frail patients (IMWG frailty score >= 2) with newly diagnosed "
            "myeloma receive 9 cycles of Rd and then lenalidomide 10 mg maintenance without "
            "dexamethasone.",
            eligibility_criteria=plain(
                ("Newly diagnosed MM, not eligible for transplant", "Frail by IMWG score"),
                ("Previous treatment for myeloma",),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "mrd-negative-stop-lenalidomide-maintenance-randomised",
        Trial(
            nct_id="NCT09100014",
            brief_title="Stopping Lenalidomide Maintenance in MRD-Negative Myeloma",
            conditions=("Multiple Myeloma", "Minimal Residual Disease"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients on lenalidomide maintenance for at least 3 years with "
            "sustained MRD negativity are randomized to continue or stop maintenance.",
            eligibility_criteria=plain(
                (
                    "Multiple myeloma on lenalidomide maintenance for >= 36 months",
                    "MRD negative (10^-5) on two marrows 1 year apart",
                ),
                ("Progressive disease",),
            ),
        ),
        (MM,),
        (MT,),
    ),
    (
        "ndmm-renal-impairment-bortezomib-based-induction",
        Trial(
            nct_id="NCT09100015",
            brief_title="Bortezomib-Based Induction in Newly Diagnosed Myeloma With Renal Failure",
            conditions=("Multiple Myeloma", "Renal Insufficiency"),
            condition_mesh_terms=(*MM_MESH, "Renal Insufficiency"),
            brief_summary="Patients with newly diagnosed MM and cast nephropathy receive "
            "bortezomib-dexamethasone with daratumumab; lenalidomide is added once eGFR "
            "exceeds 30 mL/min.",
            eligibility_criteria=plain(
                ("Newly diagnosed myeloma", "eGFR < 30 mL/min due to light chain cast nephropathy"),
                ("AL amyloidosis", "Prior myeloma treatment"),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "elranatamab-plus-len-maintenance-post-transplant",
        Trial(
            nct_id="NCT09100016",
            brief_title="Elranatamab Plus Lenalidomide Versus Lenalidomide After Transplant",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Newly diagnosed patients who had induction and ASCT are randomized "
            "to elranatamab plus lenalidomide or lenalidomide alone as maintenance.",
            eligibility_criteria=criteria(
                ("NDMM after induction and single or tandem ASCT", "Within 7 months of ASCT"),
                ("Progressive disease at any time",),
                key=True,
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    # --- myeloma: smoldering, PCL, plasmacytoma, no setting
    (
        "high-risk-smoldering-myeloma-len-versus-observation",
        Trial(
            nct_id="NCT09100017",
            brief_title="Lenalidomide or Observation in High-Risk Smoldering Myeloma",
            conditions=("Smoldering Multiple Myeloma",),
            brief_summary="Patients with high-risk SMM by 2/20/20 are randomised to "
            "lenalidomide for 2 years or active monitoring.",
            eligibility_criteria=plain(
                ("High risk smoldering myeloma", "No CRAB or SLiM criteria"),
                ("Active multiple myeloma", "Prior treatment for SMM"),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "smouldering-myeloma-uk-spelling-dara-rd",
        Trial(
            nct_id="NCT09100018",
            brief_title="Daratumumab With Lenalidomide in Smouldering Myeloma",
            conditions=("Smouldering Myeloma",),
            brief_summary="A phase 2 trial of daratumumab and lenalidomide in intermediate or "
            "high risk smouldering myeloma.",
            eligibility_criteria=plain(
                ("Smouldering myeloma per IMWG",), ("Symptomatic myeloma requiring therapy",)
            ),
        ),
        (MM,),
        (),
    ),
    (
        "primary-plasma-cell-leukemia-untreated-dara-krd",
        Trial(
            nct_id="NCT09100019",
            brief_title="Dara-KRd in Primary Plasma Cell Leukaemia",
            conditions=("Plasma Cell Leukemia",),
            brief_summary="Newly diagnosed primary PCL patients receive Dara-KRd induction, "
            "tandem ASCT or allograft, and consolidation.",
            eligibility_criteria=plain(
                ("Primary plasma cell leukemia (>= 5% circulating plasma cells)", "Untreated"),
                ("Secondary PCL",),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "solitary-plasmacytoma-radiotherapy-then-rd",
        Trial(
            nct_id="NCT09100020",
            brief_title="Radiotherapy Followed by Lenalidomide-Dexamethasone in Solitary Bone "
            "Plasmacytoma",
            conditions=("Plasmacytoma", "Solitary Bone Plasmacytoma"),
            brief_summary="Patients with newly diagnosed solitary plasmacytoma of bone with "
            "high-risk features receive local radiotherapy then 9 cycles of Rd to delay "
            "progression to myeloma.",
            eligibility_criteria=plain(
                ("Newly diagnosed solitary bone plasmacytoma", "Minimal marrow involvement <10%"),
                ("Multiple myeloma", "Prior systemic therapy"),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "aspirin-versus-apixaban-thromboprophylaxis-on-imid-therapy",
        Trial(
            nct_id="NCT09100021",
            brief_title="Apixaban vs Aspirin for VTE Prevention in Myeloma Patients Receiving "
            "Lenalidomide",
            conditions=("Multiple Myeloma", "Venous Thromboembolism"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Myeloma patients starting a lenalidomide- or pomalidomide-based "
            "regimen in any line are randomised to apixaban 2.5 mg bid or aspirin 100 mg.",
            eligibility_criteria=plain(
                ("Multiple myeloma starting IMiD-containing therapy",),
                ("Active bleeding", "Therapeutic anticoagulation for other reasons"),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "real-world-registry-mm-on-lenalidomide-observational",
        Trial(
            nct_id="NCT09100022",
            brief_title="Registry of Myeloma Patients Treated With Lenalidomide-Based Regimens",
            conditions=("Multiple Myeloma",),
            brief_summary="Prospective observational registry collecting outcomes, adverse "
            "events and second primary malignancies in patients with multiple myeloma "
            "receiving lenalidomide in routine practice.",
            eligibility_criteria="Inclusion Criteria:\n\n* Diagnosis of multiple myeloma\n* "
            "Prescribed lenalidomide\n\nExclusion Criteria:\n\n* Participation in an "
            "interventional trial",
        ),
        (MM,),
        (),
    ),
    (
        "mm-lowercase-title-relapsed-ixazomib-rd-oral",
        Trial(
            nct_id="NCT09100023",
            brief_title="all oral ixazomib lenalidomide dexamethasone in relapsed multiple myeloma",
            conditions=("multiple myeloma",),
            brief_summary="phase 2 study of IRd in patients with relapsed myeloma after 1-3 "
            "lines of therapy. patients treated until progression.",
            eligibility_criteria=plain(
                ("relapsed MM after 1-3 prior lines", "measurable disease"),
                ("refractory to proteasome inhibitor",),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "mm-and-pcl-basket-rrmm-venetoclax-t-11-14",
        Trial(
            nct_id="NCT09100024",
            brief_title="Venetoclax Plus Dexamethasone in t(11;14) Multiple Myeloma or "
            "Plasma Cell Leukemia",
            conditions=("Multiple Myeloma", "Plasma Cell Leukemia", "t(11;14)"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients with relapsed/refractory t(11;14)-positive MM or PCL "
            "receive venetoclax-dexamethasone, with lenalidomide added in cohort B.",
            eligibility_criteria=plain(
                ("t(11;14) by FISH", "Relapsed or refractory after >= 1 prior line"),
                ("Prior venetoclax",),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "ndmm-mulitple-typo-in-summary-krd-asct",
        Trial(
            nct_id="NCT09100025",
            brief_title="KRd With or Without Transplant in Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients with newly diagnosed mulitple myeloma receive 8 cycles of "
            "KRd or 4 KRd, ASCT and 4 KRd. All patients then recieve lenalidomide maintanence.",
            eligibility_criteria=plain(
                ("Newly diagnosed MM", "Transplant eligible, age < 70"),
                ("Prior systemic therapy",),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    # --- lymphoma: follicular, marginal zone, mantle cell
    (
        "untreated-fl-gr-1-3a-r2-versus-rituximab-low-tumour-burden",
        Trial(
            nct_id="NCT09100026",
            brief_title="R2 vs Rituximab in Low Tumor Burden Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            brief_summary="Previously untreated low tumour burden FL patients are randomized "
            "to rituximab-lenalidomide or rituximab alone.",
            eligibility_criteria=plain(
                ("follicular lymphoma gr 1-3a", "No prior treatment", "GELF criteria not met"),
                ("Grade 3b or transformed lymphoma",),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "rr-fl-and-mzl-tafasitamab-r2",
        Trial(
            nct_id="NCT09100027",
            brief_title="Tafasitamab + Lenalidomide + Rituximab in Relapsed/Refractory FL or MZL",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma"),
            brief_summary="Phase 3 trial of tafasitamab added to R2 in patients with R/R "
            "follicular or marginal zone lymphoma after at least one prior anti-CD20 therapy.",
            eligibility_criteria=criteria(
                ("FL grade 1-3a or MZL", "Relapsed or refractory after >= 1 prior systemic line"),
                ("Transformed lymphoma", "Prior lenalidomide refractoriness"),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "untreated-mzl-smzl-nmzl-emzl-r2",
        Trial(
            nct_id="NCT09100028",
            brief_title="Lenalidomide and Rituximab in Untreated Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            brief_summary="First-line R2 for MZL (SMZL, NMZL, EMZL) requiring therapy.",
            eligibility_criteria=plain(
                ("MZL (SMZL, NMZL, EMZL) requiring systemic treatment", "Treatment naive"),
                ("Transformation to DLBCL",),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "malt-lymphoma-relapsed-after-rituximab-or-radiotherapy",
        Trial(
            nct_id="NCT09100029",
            brief_title="Lenalidomide Plus Obinutuzumab in Relapsed MALT Lymphoma",
            conditions=("MALT Lymphoma", "Extranodal Marginal Zone B-Cell Lymphoma"),
            brief_summary="Phase II study for patients with extranodal marginal zone lymphoma "
            "of MALT type relapsing after rituximab or radiotherapy.",
            eligibility_criteria=plain(
                ("MALT lymphoma of any site", "Relapse after at least one prior therapy"),
                ("Gastric MALT lymphoma not yet given H. pylori eradication",),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        "non-hodgkins-lymphoma-indolent-relapsed-fl-mzl-inclusion",
        Trial(
            nct_id="NCT09100030",
            brief_title="Zanubrutinib Plus R2 in Relapsed Indolent Non Hodgkins Lymphoma",
            conditions=("Non Hodgkins Lymphoma", "Indolent Lymphoma"),
            brief_summary="Phase 2 study of zanubrutinib with lenalidomide and rituximab in "
            "relapsed/refractory indolent B-NHL.",
            eligibility_criteria=plain(
                (
                    "Histologically confirmed follicular lymphoma (grade 1-3a) or marginal zone "
                    "lymphoma",
                    "At least 1 prior anti-CD20 containing regimen",
                ),
                ("Small lymphocytic lymphoma", "Lymphoplasmacytic lymphoma"),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "relapsed-mantle-cell-lymphoma-ibrutinib-len-rituximab",
        Trial(
            nct_id="NCT09100031",
            brief_title="Ibrutinib, Lenalidomide and Rituximab in Relapsed Mantle-Cell Lymphoma",
            conditions=("Mantle-Cell Lymphoma",),
            brief_summary="Patients with relapsed or refractory MCL receive ibrutinib, "
            "lenalidomide and rituximab for up to 2 years.",
            eligibility_criteria=criteria(
                ("MCL with cyclin D1 or t(11;14)", "1-4 prior lines"),
                ("Prior BTK inhibitor",),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "elderly-untreated-mcl-r2-induction-then-r2-maintenance",
        Trial(
            nct_id="NCT09100032",
            brief_title="R2 Induction and Maintenance in Older Patients With Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            brief_summary="Chemotherapy-free first line treatment: 12 cycles of lenalidomide "
            "and rituximab induction followed by lenalidomide-rituximab maintenance in "
            "previously untreated MCL patients aged 65 or older.",
            eligibility_criteria=plain(
                ("Untreated mantle cell lymphoma", "Age >= 65 or unfit for intensive chemo"),
                ("Blastoid variant with CNS involvement",),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "mcl-after-btki-failure-acalabrutinib-len-venetoclax",
        Trial(
            nct_id="NCT09100033",
            brief_title="Lenalidomide-Based Triplet in MCL Progressing After BTKi",
            conditions=("Lymphoma, Mantle-Cell",),
            brief_summary="Open-label study of lenalidomide, rituximab and venetoclax in "
            "mantle cell lymphoma that progressed on a covalent BTK inhibitor.",
            eligibility_criteria=plain(
                ("MCL progressing on or after BTK inhibitor",), ("Prior venetoclax",)
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "fl-untreated-high-tumour-burden-mosun-len-china",
        Trial(
            nct_id="NCT09100034",
            brief_title="Mosunetuzumab Plus Lenalidomide as First-Line Treatment of Follicular "
            "Lymphoma",
            conditions=("Follicular Lymphoma",),
            brief_summary="Single-arm study in treatment-naive FL patients with high tumor burden.",
            eligibility_criteria=numbered(
                (
                    "Pathologically confirmed CD20+ follicular lymphoma grade 1-3a",
                    "No prior anti-lymphoma treatment",
                    "Meets GELF criteria",
                ),
                ("Grade 3b FL", "Pregnant or lactating women"),
            ),
        ),
        (FL,),
        (ND,),
    ),
    # --- lymphoma look-alikes
    (
        "untreated-dlbcl-elderly-r2-chop",
        Trial(
            nct_id="NCT09100035",
            brief_title="R2-mini-CHOP in Elderly Patients With Untreated DLBCL",
            conditions=("Diffuse Large B Cell Lymphoma",),
            brief_summary="Patients over 80 with previously untreated diffuse large B-cell "
            "lymphoma receive lenalidomide with R-mini-CHOP.",
            eligibility_criteria=plain(
                ("Untreated DLBCL, any stage", "Age > 80"),
                ("Transformed follicular lymphoma", "CNS lymphoma"),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "relapsed-cll-obinutuzumab-len",
        Trial(
            nct_id="NCT09100036",
            brief_title="Obinutuzumab and Lenalidomide in Relapsed CLL/SLL",
            conditions=("Chronic Lymphocytic Leukemia", "Small Lymphocytic Lymphoma"),
            brief_summary="Phase 2 trial of obinutuzumab with lenalidomide for relapsed or "
            "refractory CLL or SLL.",
            eligibility_criteria=plain(
                ("CLL/SLL requiring treatment per iwCLL", ">= 1 prior therapy"),
                ("Richter transformation",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "relapsed-hodgkin-lymphoma-len-nivolumab",
        Trial(
            nct_id="NCT09100037",
            brief_title="Nivolumab and Lenalidomide in Relapsed Hodgkin Lymphoma",
            conditions=("Hodgkin Lymphoma",),
            brief_summary="Patients with classical Hodgkin lymphoma relapsed after or "
            "ineligible for ASCT receive nivolumab plus lenalidomide.",
            eligibility_criteria=plain(
                ("Relapsed or refractory classical Hodgkin lymphoma",),
                ("Nodular lymphocyte predominant HL",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "b-cell-lymphoma-relapsed-dlbcl-fl-mcl-excluded",
        Trial(
            nct_id="NCT09100038",
            brief_title="Loncastuximab With Lenalidomide in Relapsed B-Cell Lymphoma",
            conditions=("B-cell Lymphoma", "Lymphoma, Large B-Cell, Diffuse"),
            brief_summary="Dose-escalation and expansion study in relapsed or refractory "
            "large B-cell lymphoma.",
            eligibility_criteria=criteria(
                ("Relapsed/refractory DLBCL NOS or high-grade B-cell lymphoma", ">= 2 prior lines"),
                ("Mantle cell lymphoma", "Follicular lymphoma grade 1-3a", "Burkitt lymphoma"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "relapsed-pcnsl-ibrutinib-len-rituximab",
        Trial(
            nct_id="NCT09100039",
            brief_title="Ibrutinib, Lenalidomide and Rituximab in Relapsed Primary CNS Lymphoma",
            conditions=("Primary Central Nervous System Lymphoma",),
            brief_summary="Patients with relapsed or refractory PCNSL after methotrexate-based "
            "therapy receive ibrutinib, lenalidomide and rituximab.",
            eligibility_criteria=plain(
                ("Relapsed/refractory PCNSL", "Prior HD-MTX"),
                ("Systemic lymphoma involvement",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "relapsed-ptcl-aitl-len-azacitidine",
        Trial(
            nct_id="NCT09100040",
            brief_title="Azacitidine and Lenalidomide in Relapsed Angioimmunoblastic T-Cell "
            "Lymphoma",
            conditions=("Peripheral T-Cell Lymphoma", "Angioimmunoblastic T-cell Lymphoma"),
            brief_summary="Oral azacitidine combined with lenalidomide in R/R AITL and other "
            "nodal PTCL with TFH phenotype.",
            eligibility_criteria=plain(
                ("Relapsed/refractory nodal PTCL of TFH origin", ">= 1 prior systemic therapy"),
                ("ALK-positive ALCL",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- MDS
    (
        "del5q-mds-low-risk-transfusion-dependent-len-10mg",
        Trial(
            nct_id="NCT09100041",
            brief_title="Lenalidomide in Low Risk MDS With 5q-",
            conditions=("Myelodysplastic Syndrome(MDS)", "5q- Syndrome"),
            brief_summary="Lenalidomide 10 mg daily in red cell transfusion-dependent lower "
            "risk MDS with isolated del(5q).",
            eligibility_criteria=plain(
                ("IPSS low or int-1 MDS with del(5q)", "Transfusion dependent anemia"),
                ("Prior lenalidomide", "Blasts >= 5%"),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "lr-mds-with-or-without-del5q-esa-refractory-len-epo",
        Trial(
            nct_id="NCT09100042",
            brief_title="Lenalidomide Plus Epoetin in ESA-Refractory Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            brief_summary="Lenalidomide combined with epoetin alfa for anemic lower-risk MDS "
            "patients, with or without del(5q), who failed prior ESA.",
            eligibility_criteria=plain(
                (
                    "Low or Int-1 risk MDS, with or without del 5q",
                    "Refractory to or relapsed after ESA",
                ),
                ("Prior lenalidomide", "Prior HMA"),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        "non-del5q-lr-mds-len-versus-luspatercept-esa-failure",
        Trial(
            nct_id="NCT09100043",
            brief_title="Lenalidomide Versus Luspatercept in Non-Del(5q) Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes",),
            brief_summary="Randomized study in non-del(5q) LR-MDS with anemia after ESA failure.",
            eligibility_criteria=plain(
                ("IPSS-R very low, low or intermediate MDS", "ESA refractory or relapsed"),
                ("del(5q) karyotype", "Prior lenalidomide or luspatercept"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "higher-risk-mds-azacitidine-len-chromosome-5",
        Trial(
            nct_id="NCT09100044",
            brief_title="Azacitidine With Lenalidomide for Higher-Risk MDS With Del 5q",
            conditions=("MDS", "Chromosome 5q Deletion"),
            brief_summary="Untreated higher-risk MDS with del(5q) (isolated or complex "
            "karyotype) receive azacitidine plus lenalidomide.",
            eligibility_criteria=plain(
                ("IPSS int-2 or high MDS with 5q deletion", "No prior HMA"),
                ("AML with >= 20% blasts",),
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    # --- AML, amyloidosis and other uses
    (
        "aml-elderly-maintenance-len-after-induction",
        Trial(
            nct_id="NCT09100045",
            brief_title="Lenalidomide Maintenance in Older AML Patients in Remission",
            conditions=("Acute Myeloid Leukemia",),
            brief_summary="AML patients aged 60+ in first complete remission after intensive "
            "induction chemotherapy receive lenalidomide maintenance for up to 12 cycles.",
            eligibility_criteria=plain(
                ("AML in CR1 after induction", "Age >= 60"),
                ("APL", "Candidate for allogeneic transplant"),
            ),
        ),
        (OTHER,),
        (ND, MT),
    ),
    (
        "al-amyloidosis-relapsed-ixazomib-rd",
        Trial(
            nct_id="NCT09100046",
            brief_title="Ixazomib, Lenalidomide and Dexamethasone in Relapsed AL Amyloidosis",
            conditions=("AL Amyloidosis", "Amyloidosis, Immunoglobulin Light-chain"),
            brief_summary="Phase 2 study of IRd in patients with systemic AL amyloidosis after "
            "1-3 prior therapies.",
            eligibility_criteria=plain(
                ("Relapsed or refractory systemic AL amyloidosis", "dFLC >= 20 mg/L"),
                ("Multiple myeloma with CRAB features", "Mayo stage IIIb"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "poems-syndrome-newly-diagnosed-rd",
        Trial(
            nct_id="NCT09100047",
            brief_title="Lenalidomide and Dexamethasone in Newly Diagnosed POEMS Syndrome",
            conditions=("POEMS Syndrome",),
            brief_summary="Patients with newly diagnosed POEMS syndrome not eligible for ASCT "
            "receive 12 cycles of Rd.",
            eligibility_criteria=plain(
                ("POEMS syndrome per Dispenzieri criteria", "No prior systemic therapy"),
                ("Solitary plasmacytoma suitable for radiotherapy alone",),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "waldenstrom-untreated-ixazomib-rituximab-len",
        Trial(
            nct_id="NCT09100048",
            brief_title="Rituximab Lenalidomide Combination in Treatment-Naive Waldenstrom's",
            conditions=("Waldenstrom Macroglobulinemia",),
            brief_summary="Phase 2 study of rituximab and lenalidomide in symptomatic "
            "previously untreated Waldenström macroglobulinemia.",
            eligibility_criteria=plain(
                ("Untreated WM requiring therapy", "IgM monoclonal protein"),
                ("Marginal zone lymphoma", "Prior therapy for WM"),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "myelofibrosis-anemia-ruxolitinib-len",
        Trial(
            nct_id="NCT09100049",
            brief_title="Ruxolitinib and Lenalidomide for Myelofibrosis With Anemia",
            conditions=("Primary Myelofibrosis", "Post-PV Myelofibrosis", "Post-ET Myelofibrosis"),
            brief_summary="Lenalidomide is added to ruxolitinib for MF patients with "
            "hemoglobin < 10 g/dL.",
            eligibility_criteria=plain(
                ("Intermediate or high risk myelofibrosis", "Hb < 10 g/dL"),
                ("Del(5q) MDS", "Blast phase"),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "healthy-volunteers-lenalidomide-capsule-bioequivalence",
        Trial(
            nct_id="NCT09100050",
            brief_title="Bioequivalence Study of Two Lenalidomide 25 mg Capsule Formulations",
            conditions=("Healthy",),
            healthy_volunteers=True,
            brief_summary="Open-label, two-period crossover study comparing a generic "
            "lenalidomide capsule with Revlimid in healthy male volunteers under fasting "
            "conditions.",
            eligibility_criteria=plain(
                ("Healthy males 18-45 years", "BMI 18.5-30"),
                ("History of thromboembolism", "Any malignancy"),
            ),
        ),
        (OTHER,),
        (),
    ),
]

CASES = params(TENTH_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_tenth(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_tenth_case_ids_are_unique() -> None:
    check_unique(TENTH_CASES)
