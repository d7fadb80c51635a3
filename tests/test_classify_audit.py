"""Audit of the classifier on invented records phrased the way real registrations are phrased:
NCI/CTEP, European cooperative groups, industry phase 3, Asian sponsors, MDS, lymphoma baskets
and the look-alikes. Labels are a haematologist's, under the product owner's rules."""

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
    params,
)
from trials.model import Arm, Indication, Setting, Trial

NCI_OTHER_CANCER = (
    "* Patients with a prior or concurrent malignancy whose natural history or treatment does "
    "not have the potential to interfere with the safety or efficacy assessment of the "
    "investigational regimen are eligible"
)
NCI_EXCLUSIONS = (
    "* Patients with known brain metastases should be excluded from this clinical trial\n"
    "* History of allergic reactions attributed to compounds of similar chemical or biologic "
    "composition to lenalidomide\n"
    "* Other active malignancy requiring treatment, except non-melanoma skin cancer or "
    "carcinoma in situ of the cervix or breast\n"
    "* Pregnant women are excluded from this study because lenalidomide is a thalidomide analogue"
)

# (id, trial, indications, settings)
AUDIT_CASES = [
    # --- myeloma: NCI/CTEP
    (
        "nci-recurrent-refractory-pcm",
        Trial(
            nct_id="NCT09100001",
            brief_title="Daratumumab, Lenalidomide, and Dexamethasone in Treating Patients With "
            "Recurrent or Refractory Plasma Cell Myeloma",
            official_title="A Phase II Study of Daratumumab in Combination With Lenalidomide and "
            "Dexamethasone in Patients With Recurrent or Refractory Plasma Cell Myeloma",
            conditions=("Recurrent Plasma Cell Myeloma", "Refractory Plasma Cell Myeloma"),
            brief_summary="This phase II trial studies how well daratumumab, lenalidomide, and "
            "dexamethasone work in treating patients with plasma cell myeloma that has come back "
            "(recurrent) or does not respond to treatment (refractory).\n\nPRIMARY OBJECTIVES:\n"
            "I. To estimate the rate of very good partial response or better.\n\nSECONDARY "
            "OBJECTIVES:\nI. To estimate progression-free survival.",
            eligibility_criteria="Inclusion Criteria:\n\n* Patients must have relapsed or "
            "refractory multiple myeloma after 1-3 prior lines of therapy\n* Absolute "
            "neutrophil count (ANC) >= 1,000/mm^3\n" + NCI_OTHER_CANCER + "\n\nExclusion "
            "Criteria:\n\n* Plasma cell leukemia, POEMS syndrome or primary AL amyloidosis\n"
            + NCI_EXCLUSIONS,
            arms=(
                Arm(
                    label="Treatment (daratumumab, lenalidomide, dexamethasone)",
                    description="Patients receive daratumumab IV, lenalidomide PO QD on days "
                    "1-21 and dexamethasone PO. Cycles repeat every 28 days in the absence of "
                    "disease progression or unacceptable toxicity.",
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "nci-smoldering-e3a06-like",
        Trial(
            nct_id="NCT09100002",
            brief_title="Lenalidomide or Observation in Treating Patients With Asymptomatic "
            "High-Risk Smoldering Multiple Myeloma",
            conditions=("Smoldering Plasma Cell Myeloma",),
            brief_summary="This randomized phase III trial studies lenalidomide to see how well "
            "it works compared to observation in treating patients with asymptomatic high-risk "
            "smoldering multiple myeloma. It is not yet known whether lenalidomide may delay "
            "progression to active multiple myeloma.",
            eligibility_criteria="Inclusion Criteria:\n\n* Patients must have been diagnosed "
            "with smoldering myeloma within 5 years\n* Patients must not have received prior "
            "therapy for smoldering myeloma\n\nExclusion Criteria:\n\n* Patients with "
            "symptomatic multiple myeloma (CRAB criteria)\n" + NCI_EXCLUSIONS,
        ),
        (MM,),
        (),
    ),
    (
        "nci-solitary-plasmacytoma",
        Trial(
            nct_id="NCT09100003",
            brief_title="Radiation Therapy With or Without Lenalidomide and Dexamethasone in "
            "Treating Patients With Solitary Plasmacytoma of Bone",
            conditions=("Plasmacytoma", "Solitary Osseous Plasmacytoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Biopsy-proven solitary bone "
            "plasmacytoma with < 10% clonal plasma cells in the marrow\n* No prior systemic "
            "therapy\n\nExclusion Criteria:\n\n* Multiple myeloma per IMWG criteria",
        ),
        (MM,),
        (ND,),
    ),
    (
        "nci-primary-pcl",
        Trial(
            nct_id="NCT09100004",
            brief_title="Daratumumab, Bortezomib, Lenalidomide and Dexamethasone Followed by "
            "Transplant in Primary Plasma Cell Leukaemia",
            conditions=("Primary Plasma Cell Leukemia",),
            eligibility_criteria="Inclusion Criteria:\n\n* Newly diagnosed pPCL (>= 5% "
            "circulating plasma cells)\n\nExclusion Criteria:\n\n* Secondary PCL evolving "
            "from previously treated myeloma",
        ),
        (MM,),
        (ND,),
    ),
    # --- myeloma: industry and cooperative groups
    (
        "maia-like-transplant-ineligible",
        Trial(
            nct_id="NCT09100005",
            brief_title="A Study Comparing Daratumumab, Lenalidomide, and Dexamethasone With "
            "Lenalidomide and Dexamethasone in Participants With Previously Untreated Multiple "
            "Myeloma",
            official_title="A Phase 3 Study Comparing Daratumumab, Lenalidomide, and "
            "Dexamethasone (DRd) vs Lenalidomide and Dexamethasone (Rd) in Subjects With "
            "Previously Untreated Multiple Myeloma Who Are Ineligible for High Dose Therapy",
            conditions=("Multiple Myeloma",),
            keywords=("Daratumumab", "Revlimid", "transplant-ineligible"),
        ),
        (MM,),
        (ND,),
    ),
    (
        "myeloma-xi-like",
        Trial(
            nct_id="NCT09100006",
            brief_title="Myeloma XI - A Trial for Patients With Newly Diagnosed Myeloma",
            official_title="Myeloma XI: A Phase III Trial Comparing Thalidomide and "
            "Lenalidomide Based Combinations in Older and Younger Patients With Newly Diagnosed "
            "Multiple Myeloma, With Randomisation to Lenalidomide Maintenance",
            conditions=("Multiple Myeloma",),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "ifm-style-ndmm",
        Trial(
            nct_id="NCT09100007",
            brief_title="Lenalidomide, Bortezomib, Dexamethasone With or Without ASCT in NDMM "
            "Patients up to 65 Years",
            conditions=("Multiple Myeloma",),
            brief_summary="Patients receive 3 cycles of RVD induction, then either 5 further "
            "cycles of RVD or high-dose melphalan and ASCT followed by 2 cycles of RVD "
            "consolidation. All patients then receive lenalidomide maintenance for 1 year.",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "gmmg-style-isa-krd",
        Trial(
            nct_id="NCT09100008",
            brief_title="Isatuximab, Carfilzomib, Lenalidomide and Dexamethasone in TE-NDMM",
            official_title="A Randomized Phase III Trial of Isatuximab Plus KRd Induction, "
            "High-Dose Melphalan and Isa-R Maintenance in Transplant-Eligible Newly Diagnosed "
            "Multiple Myeloma",
            conditions=("Multiple Myeloma",),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "hovon-style-frail-no-prior-anti-myeloma",
        Trial(
            nct_id="NCT09100009",
            brief_title="Ixazomib, Lenalidomide and Low-Dose Dexamethasone in Unfit and Frail "
            "Elderly Patients With Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion criteria:\n\n- Symptomatic multiple myeloma "
            "requiring systemic therapy (IMWG 2014)\n- No prior anti-myeloma therapy, with "
            "the exception of local radiotherapy or a maximum of 160 mg dexamethasone\n- "
            "Unfit or frail according to the IMWG frailty index\n\nExclusion criteria:\n\n- "
            "Systemic AL amyloidosis\n- POEMS syndrome",
        ),
        (MM,),
        (ND,),
    ),
    (
        "chinese-initially-diagnosed-maintenance",
        Trial(
            nct_id="NCT09100010",
            brief_title="Lenalidomide Maintenance Therapy for MM Patients After Autologous "
            "Stem Cell Transplantation",
            conditions=("Multiple Myeloma",),
            brief_summary="To evaluate the efficacy and safety of lenalidomide maintenance in "
            "patients with MM who were initially diagnosed and achieved at least partial "
            "response after autologous stem cell transplantation.",
            eligibility_criteria="Inclusion Criteria:\n\n1. Patients with MM who were initially "
            "diagnosed, aged 18-70 years\n2. Achieved PR or better after ASCT\n\nExclusion "
            "Criteria:\n\n1. Relapse/progression after transplantation",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "chinese-relapse-refractory",
        Trial(
            nct_id="NCT09100011",
            brief_title="Selinexor Combined With Lenalidomide and Dexamethasone in "
            "Relapse/Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="This is a single arm, multicenter study to observe the efficacy of "
            "XRd regimen in patients with relapse/refractory MM.",
        ),
        (MM,),
        (RR,),
    ),
    (
        "chinese-lines-of-prior-therapy",
        Trial(
            nct_id="NCT09100012",
            brief_title="Daratumumab Combined With Lenalidomide and Dexamethasone in Chinese "
            "MM Patients Who Received 1-3 Lines of Prior Therapy",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n1. Diagnosed with MM according to "
            "IMWG criteria\n2. Received 1-3 lines of prior therapy\n3. Measurable disease\n\n"
            "Exclusion Criteria:\n\n1. Refractory to lenalidomide",
        ),
        (MM,),
        (RR,),
    ),
    (
        "pretreated-myeloma",
        Trial(
            nct_id="NCT09100013",
            brief_title="Elotuzumab, Lenalidomide and Dexamethasone in Pretreated Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="Open-label phase II trial of ERd in heavily pretreated myeloma "
            "patients.",
        ),
        (MM,),
        (RR,),
    ),
    (
        "aspire-like-krd",
        Trial(
            nct_id="NCT09100014",
            brief_title="Carfilzomib, Lenalidomide, and Dexamethasone Versus Lenalidomide and "
            "Dexamethasone in Relapsed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            keywords=("KRd", "Rd"),
            eligibility_criteria="Key Inclusion Criteria:\n\n- Multiple myeloma with "
            "measurable disease\n- Documented relapse after 1 to 3 prior regimens\n- Prior "
            "lenalidomide allowed if not discontinued for progression\n\nKey Exclusion "
            "Criteria:\n\n- Progression during lenalidomide-containing therapy or within 60 "
            "days of lenalidomide maintenance\n- POEMS syndrome, plasma cell leukemia",
        ),
        (MM,),
        (RR,),
    ),
    (
        "rrmm-prior-len-maintenance-including",
        Trial(
            nct_id="NCT09100015",
            brief_title="Isatuximab, Pomalidomide-Free Combination With Lenalidomide Retreatment "
            "in Early Relapse Myeloma",
            conditions=("Multiple Myeloma in Relapse",),
            eligibility_criteria="Inclusion Criteria:\n\n* Multiple myeloma with 1 prior line "
            "of therapy including lenalidomide maintenance\n* Progressive disease per IMWG\n\n"
            "Exclusion Criteria:\n\n* Primary refractory disease",
        ),
        (MM,),
        (RR,),
    ),
    (
        "rrmm-prior-len-parenthetical",
        Trial(
            nct_id="NCT09100016",
            brief_title="Daratumumab-Based Triplet in Lenalidomide-Exposed Relapsed Myeloma",
            conditions=("Relapsed Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed multiple myeloma\n* Prior "
            "lenalidomide exposure (as induction, consolidation, or maintenance) is required",
        ),
        (MM,),
        (RR,),
    ),
    (
        "rrmm-relapsed-on-maintenance",
        Trial(
            nct_id="NCT09100017",
            brief_title="Carfilzomib-Based Salvage for Myeloma Relapsing on Lenalidomide "
            "Maintenance",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Biochemical or clinical relapse "
            "while on lenalidomide maintenance after first-line ASCT",
        ),
        (MM,),
        (RR,),
    ),
    (
        "cartitude-5-like",
        Trial(
            nct_id="NCT09100018",
            brief_title="A Study of Bortezomib, Lenalidomide and Dexamethasone Followed by "
            "Cilta-cel Versus VRd Followed by Rd Maintenance in NDMM for Whom ASCT Is Not "
            "Planned",
            conditions=("Multiple Myeloma",),
            arms=(
                Arm(
                    label="Arm A: VRd followed by Rd",
                    description="Participants receive VRd induction followed by "
                    "lenalidomide and dexamethasone maintenance until progression.",
                ),
                Arm(label="Arm B: VRd followed by cilta-cel"),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "car-t-rrmm-len-maintenance",
        Trial(
            nct_id="NCT09100019",
            brief_title="BCMA CAR-T Cells Followed by Lenalidomide Maintenance in "
            "Relapsed/Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma", "Relapsed/Refractory Multiple Myeloma"),
        ),
        (MM,),
        (RR, MT),
    ),
    (
        "mrd-stop-maintenance",
        Trial(
            nct_id="NCT09100020",
            brief_title="Discontinuation of Lenalidomide Maintenance in MRD-Negative Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Currently receiving lenalidomide "
            "maintenance for at least 3 years after first-line therapy\n* Sustained "
            "MRD negativity at 10^-5",
        ),
        (MM,),
        (MT,),
    ),
    (
        "myeloma-high-risk-mgus-and-smm",
        Trial(
            nct_id="NCT09100021",
            brief_title="Lenalidomide in High-Risk MGUS and Smoldering Myeloma",
            conditions=("MGUS", "Smoldering Multiple Myeloma"),
        ),
        (MM,),
        (),
    ),
    (
        "plasma-cell-dyscrasia-list",
        Trial(
            nct_id="NCT09100022",
            brief_title="Lenalidomide Pharmacokinetics in Plasma Cell Dyscrasias With Renal "
            "Impairment",
            conditions=("Plasma Cell Dyscrasia", "Renal Insufficiency"),
            eligibility_criteria="Inclusion Criteria:\n\n* Multiple myeloma, AL amyloidosis, "
            "or light chain deposition disease requiring therapy\n* Creatinine clearance < 60 "
            "mL/min",
        ),
        (MM,),
        (),
    ),
    # --- myeloma look-alikes
    (
        "al-amyloidosis-myeloma-requiring-therapy-excluded",
        Trial(
            nct_id="NCT09100023",
            brief_title="Lenalidomide and Dexamethasone in Treating Patients With Primary "
            "Systemic Amyloidosis",
            conditions=("Primary Systemic Amyloidosis", "Plasma Cell Neoplasm"),
            eligibility_criteria="DISEASE CHARACTERISTICS:\n\n* Biopsy-proven primary systemic "
            "(AL) amyloidosis\n* Patients with multiple myeloma requiring therapy are "
            "excluded\n\nPRIOR CONCURRENT THERAPY:\n\n* No prior lenalidomide",
        ),
        (OTHER,),
        (),
    ),
    (
        "al-amyloidosis-not-associated-with-myeloma",
        Trial(
            nct_id="NCT09100024",
            brief_title="Bortezomib, Lenalidomide and Dexamethasone in AL Amyloidosis Not "
            "Associated With Multiple Myeloma",
            conditions=("AL Amyloidosis", "Multiple Myeloma"),
            condition_mesh_terms=("Multiple Myeloma", "Immunoglobulin Light-chain Amyloidosis"),
            brief_summary="Patients with newly diagnosed light chain amyloidosis.",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "poems-nci",
        Trial(
            nct_id="NCT09100025",
            brief_title="Lenalidomide and Dexamethasone in Treating Patients With POEMS Syndrome",
            conditions=("POEMS Syndrome",),
            keywords=("osteosclerotic myeloma", "Crow-Fukase syndrome"),
            eligibility_criteria="Inclusion Criteria:\n\n* Diagnosis of POEMS syndrome: "
            "polyneuropathy and monoclonal plasma cell-proliferative disorder plus one major "
            "criterion\n\nExclusion Criteria:\n\n* Multiple myeloma with >= 10% bone marrow "
            "plasma cells",
        ),
        (OTHER,),
        (),
    ),
    (
        "waldenstrom-lpl",
        Trial(
            nct_id="NCT09100026",
            brief_title="Ibrutinib and Lenalidomide in Relapsed Waldenström Macroglobulinemia",
            conditions=("Waldenstrom Macroglobulinemia", "Lymphoplasmacytic Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Clinicopathological diagnosis of "
            "lymphoplasmacytic lymphoma / WM\n* At least one prior therapy\n\nExclusion "
            "Criteria:\n\n* IgM-secreting marginal zone lymphoma\n* IgM multiple myeloma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "mgrs",
        Trial(
            nct_id="NCT09100027",
            brief_title="Lenalidomide-Based Clone-Directed Therapy in Monoclonal Gammopathy of "
            "Renal Significance",
            conditions=("Monoclonal Gammopathy of Renal Significance",),
            eligibility_criteria="Inclusion Criteria:\n\n* Biopsy-proven MGRS\n* Patients who "
            "meet criteria for multiple myeloma are not eligible",
        ),
        (OTHER,),
        (),
    ),
    # --- MDS
    (
        "mds-004-like-additional-abnormalities",
        Trial(
            nct_id="NCT09100028",
            brief_title="Lenalidomide in Transfusion-Dependent Low/Int-1 MDS With Del(5q)",
            official_title="A Phase 3, Randomized, Double-Blind Study of Lenalidomide Versus "
            "Placebo in Red Blood Cell Transfusion-Dependent Subjects With Low- or "
            "Intermediate-1-Risk Myelodysplastic Syndromes Associated With a Deletion 5q "
            "Cytogenetic Abnormality",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria="Inclusion Criteria:\n\n* IPSS low or intermediate-1 risk "
            "MDS\n* del(5q) with or without additional cytogenetic abnormalities\n* "
            "RBC transfusion-dependent anemia\n\nExclusion Criteria:\n\n* Prior lenalidomide",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-005-like-non-del-space",
        Trial(
            nct_id="NCT09100029",
            brief_title="Lenalidomide in Transfusion-Dependent Low/Int-1 Risk Non-Del 5q MDS "
            "Refractory to ESAs",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "imerge-like-imetelstat",
        Trial(
            nct_id="NCT09100030",
            brief_title="Imetelstat in Transfusion-Dependent Lower Risk MDS Relapsed or "
            "Refractory to ESA",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria="Inclusion Criteria:\n\n* IPSS low or intermediate-1 risk "
            "MDS\n* Relapsed after or refractory to ESA treatment\n\nExclusion Criteria:\n\n* "
            "Del(5q) karyotype\n* Prior treatment with lenalidomide or hypomethylating agents",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "ipss-r-very-low-low-intermediate",
        Trial(
            nct_id="NCT09100031",
            brief_title="Lenalidomide With or Without Luspatercept in Anemic Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            eligibility_criteria="Inclusion Criteria:\n\n* MDS per WHO 2016 with IPSS-R very "
            "low, low or intermediate risk\n* Transfusion-dependent anemia\n\nExclusion "
            "Criteria:\n\n* Secondary MDS after chemotherapy for another cancer",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-summary-non-del5q-resistant",
        Trial(
            nct_id="NCT09100032",
            brief_title="Lenalidomide Plus Epoetin Beta in Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes",),
            brief_summary="This GFM study tests lenalidomide with epoetin beta in patients "
            "with lower-risk non-del(5q) MDS resistant to ESA.",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "mds-del5q-after-lenalidomide-failure",
        Trial(
            nct_id="NCT09100033",
            brief_title="Luspatercept in Lower-Risk Del(5q) MDS After Lenalidomide Failure",
            conditions=("MDS", "Chromosome 5q Deletion"),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        "mds-aml-minus-5-del5q",
        Trial(
            nct_id="NCT09100034",
            brief_title="Azacitidine and Lenalidomide in Higher-Risk MDS or AML With -5/Del(5q)",
            conditions=("Myelodysplastic Syndromes", "Acute Myeloid Leukemia"),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-karyotype-other-than-del5q",
        Trial(
            nct_id="NCT09100035",
            brief_title="Lenalidomide for Anemia in Low-Risk MDS",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria="Inclusion Criteria:\n\n* IPSS low or int-1\n* Normal "
            "karyotype or any abnormality other than isolated del(5q)",
        ),
        (OTHER,),
        (),
    ),
    (
        "mds-and-cmml-lower-risk",
        Trial(
            nct_id="NCT09100036",
            brief_title="Lenalidomide in Lower-Risk MDS and CMML",
            conditions=("Myelodysplastic Syndromes", "Chronic Myelomonocytic Leukemia"),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-del5q-negative",
        Trial(
            nct_id="NCT09100037",
            brief_title="Lenalidomide and Eltrombopag in Lower-Risk MDS",
            conditions=("MDS",),
            eligibility_criteria="Inclusion Criteria:\n\n* IPSS-R very low, low or "
            "intermediate risk\n* Del(5q)-negative by conventional cytogenetics or FISH",
        ),
        (OTHER,),
        (),
    ),
    (
        "mds-5q-regardless",
        Trial(
            nct_id="NCT09100038",
            brief_title="Lenalidomide in Transfusion-Dependent MDS",
            conditions=("Myelodysplastic Syndrome",),
            eligibility_criteria="Inclusion Criteria:\n\n* Low or intermediate-1 risk MDS "
            "regardless of del(5q) status\n* Transfusion dependence (>= 2 units / 8 weeks)",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-lenalidomide-refractory-del5q",
        Trial(
            nct_id="NCT09100039",
            brief_title="Novel Agent in Isolated Del(5q) MDS Refractory to Lenalidomide",
            conditions=("Myelodysplastic Syndrome With Isolated Del(5q)",),
        ),
        (DEL5Q,),
        (RR,),
    ),
    # --- lymphoma: industry phase 3
    (
        "augment-like",
        Trial(
            nct_id="NCT09100040",
            brief_title="Rituximab Plus Lenalidomide Versus Rituximab Plus Placebo in "
            "Relapsed/Refractory Indolent Lymphoma (AUGMENT)",
            conditions=("Lymphoma, Follicular", "Marginal Zone Lymphoma"),
            keywords=("R2", "indolent lymphoma"),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "magnify-like",
        Trial(
            nct_id="NCT09100041",
            brief_title="Lenalidomide Plus Rituximab Induction Followed by Lenalidomide "
            "Maintenance in Relapsed/Refractory FL, MZL and MCL (MAGNIFY)",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma", "Mantle Cell Lymphoma"),
        ),
        (MCL, FL, MZL),
        (RR, MT),
    ),
    (
        "relevance-like",
        Trial(
            nct_id="NCT09100042",
            brief_title="Rituximab-Lenalidomide Versus Rituximab-Chemotherapy in Untreated "
            "Advanced Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            brief_summary="Patients with previously untreated FL requiring treatment receive "
            "R2 or R-chemo followed by rituximab maintenance.",
        ),
        (FL,),
        (ND, MT),
    ),
    (
        "polarix-like-dlbcl",
        Trial(
            nct_id="NCT09100043",
            brief_title="Polatuzumab Vedotin, R-CHP and Lenalidomide in Previously Untreated "
            "Diffuse Large B-Cell Lymphoma",
            conditions=("Diffuse Large B-Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Previously untreated DLBCL, NOS, "
            "or high-grade B-cell lymphoma\n\nExclusion Criteria:\n\n* Transformed "
            "follicular lymphoma\n* Mantle cell lymphoma",
        ),
        (OTHER,),
        (ND,),
    ),
    # --- lymphoma: NCI/CTEP
    (
        "nci-fl-grades",
        Trial(
            nct_id="NCT09100044",
            brief_title="Obinutuzumab and Lenalidomide in Treating Patients With Recurrent "
            "Follicular Lymphoma",
            conditions=(
                "Grade 1 Follicular Lymphoma",
                "Grade 2 Follicular Lymphoma",
                "Grade 3a Follicular Lymphoma",
                "Recurrent Follicular Lymphoma",
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "nci-mzl-subsites",
        Trial(
            nct_id="NCT09100045",
            brief_title="Ibrutinib, Lenalidomide and Rituximab in Recurrent Marginal Zone Lymphoma",
            conditions=(
                "Recurrent Marginal Zone Lymphoma",
                "Refractory Marginal Zone Lymphoma",
                "Recurrent Splenic Marginal Zone Lymphoma",
                "Recurrent Nodal Marginal Zone Lymphoma",
                "Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        "nci-mcl-primary-objectives",
        Trial(
            nct_id="NCT09100046",
            brief_title="Venetoclax, Lenalidomide, and Rituximab in Refractory Mantle Cell "
            "Lymphoma",
            conditions=("Recurrent Mantle Cell Lymphoma", "Refractory Mantle Cell Lymphoma"),
            brief_summary="PRIMARY OBJECTIVES:\nI. To determine the overall response rate of "
            "venetoclax, lenalidomide and rituximab in relapsed/refractory mantle cell "
            "lymphoma.\n\nSECONDARY OBJECTIVES:\nI. To estimate the complete response rate.",
            eligibility_criteria="Inclusion Criteria:\n\n* Patients must have histologically "
            "confirmed mantle cell lymphoma with cyclin D1 or t(11;14)\n* Patients must have "
            "received at least one prior therapy\n\nExclusion Criteria:\n\n* Known CNS "
            "lymphoma\n" + NCI_EXCLUSIONS,
        ),
        (MCL,),
        (RR,),
    ),
    (
        "nci-untreated-mcl-not-previously-treated",
        Trial(
            nct_id="NCT09100047",
            brief_title="Lenalidomide and Rituximab in Treating Older Patients With Mantle Cell "
            "Lymphoma",
            conditions=("Stage II Mantle Cell Lymphoma", "Stage IV Mantle Cell Lymphoma"),
            brief_summary="This phase II trial studies lenalidomide and rituximab in treating "
            "older patients with mantle cell lymphoma that has not been previously treated.",
        ),
        (MCL,),
        (ND,),
    ),
    # --- lymphoma: European cooperative groups
    (
        "fil-mcl-post-asct-maintenance",
        Trial(
            nct_id="NCT09100048",
            brief_title="Lenalidomide Maintenance vs Observation After ASCT in Young Untreated "
            "MCL (FIL MCL0208)",
            conditions=("Lymphoma, Mantle-Cell",),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "lysa-elderly-mcl-r2-maintenance",
        Trial(
            nct_id="NCT09100049",
            brief_title="R2 Maintenance Versus Rituximab Maintenance After R-CHOP in Elderly "
            "Patients With Newly Diagnosed Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "fl-pod24-within-months-of-first-line",
        Trial(
            nct_id="NCT09100050",
            brief_title="Lenalidomide Plus Rituximab in Early-Progressing Follicular Lymphoma "
            "(POD24)",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* FL grade 1-3A that relapsed within "
            "24 months of first-line chemoimmunotherapy\n\nExclusion Criteria:\n\n* "
            "Transformation to DLBCL",
        ),
        (FL,),
        (RR,),
    ),
    (
        "mcl-progressed-during-first-line",
        Trial(
            nct_id="NCT09100051",
            brief_title="Acalabrutinib, Lenalidomide and Rituximab in Mantle Cell Lymphoma "
            "Progressing on Frontline Therapy",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* MCL that progressed during "
            "first-line treatment or within 24 months of its end",
        ),
        (MCL,),
        (RR,),
    ),
    # --- lymphoma baskets and broad conditions
    (
        "bnhl-list-dlbcl-fl-mcl-mzl",
        Trial(
            nct_id="NCT09100052",
            brief_title="Obinutuzumab Plus Lenalidomide in Relapsed or Refractory B-cell NHL",
            conditions=("B-cell Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed or refractory CD20+ B-cell "
            "NHL (DLBCL, FL, MCL, MZL)\n* At least one prior line of rituximab-containing "
            "therapy\n\nExclusion Criteria:\n\n* Burkitt lymphoma\n* Active CNS lymphoma",
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "indolent-list-in-parentheses",
        Trial(
            nct_id="NCT09100053",
            brief_title="Lenalidomide and Rituximab in Untreated Indolent B-cell Lymphoma",
            conditions=("Indolent B-Cell Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* CD20-positive indolent B-cell "
            "lymphoma (follicular, marginal zone, small lymphocytic or lymphoplasmacytic)\n* No "
            "prior systemic therapy for lymphoma",
        ),
        (FL, MZL),
        (ND,),
    ),
    (
        "follicular-grade-in-parentheses",
        Trial(
            nct_id="NCT09100054",
            brief_title="Zanubrutinib, Lenalidomide and Rituximab in Relapsed Indolent NHL",
            conditions=("Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Histologically confirmed "
            "follicular (grade 1, 2 or 3a) or marginal zone lymphoma\n* Relapsed after at "
            "least one prior line of therapy",
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "basket-exclusion-of-subtypes",
        Trial(
            nct_id="NCT09100055",
            brief_title="Tafasitamab and Lenalidomide in Relapsed B-cell Lymphoma",
            conditions=("Lymphoma, Non-Hodgkin",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed or refractory DLBCL, "
            "transformed indolent lymphoma, or high-grade B-cell lymphoma\n\nExclusion "
            "Criteria:\n\n* Mantle cell lymphoma, follicular lymphoma grade 1-3a, marginal "
            "zone lymphoma\n* Burkitt lymphoma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "bnhl-with-the-exception-of-mcl",
        Trial(
            nct_id="NCT09100056",
            brief_title="Lenalidomide Plus Rituximab in Relapsed B-cell Lymphoma",
            conditions=("B-Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* All relapsed CD20-positive B-cell "
            "lymphoma subtypes with the exception of mantle cell lymphoma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "bnhl-excluding-long-list",
        Trial(
            nct_id="NCT09100057",
            brief_title="Lenalidomide With R-GemOx in Relapsed Aggressive B-cell NHL",
            conditions=("Lymphoma, Non-Hodgkin",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed aggressive B-cell NHL, "
            "excluding follicular lymphoma grade 1-2 and marginal zone lymphoma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "bnhl-mcl-will-not-be-enrolled",
        Trial(
            nct_id="NCT09100058",
            brief_title="R2 Plus Ibrutinib in Relapsed Non-GCB Lymphoma",
            conditions=("Lymphoma, B-Cell",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed non-GCB B-cell lymphoma\n"
            "* Patients with mantle cell lymphoma will not be enrolled",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "indolent-subtypes-only-in-exclusion",
        Trial(
            nct_id="NCT09100059",
            brief_title="Lenalidomide and Obinutuzumab in Previously Untreated Indolent Lymphoma",
            conditions=("Indolent Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Indolent B-cell NHL requiring "
            "therapy\n\nExclusion Criteria:\n\n* Mantle cell lymphoma\n* Follicular lymphoma "
            "grade 3b",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "malt1-inhibitor",
        Trial(
            nct_id="NCT09100060",
            brief_title="MALT1 Inhibitor in Combination With Lenalidomide in Relapsed B-cell "
            "Non-Hodgkin Lymphoma",
            conditions=("B-Cell Non-Hodgkin Lymphoma",),
            brief_summary="JNJ-67856633 is a first-in-class inhibitor of mucosa-associated "
            "lymphoid tissue lymphoma translocation protein 1 (MALT1). Participants have "
            "relapsed non-GCB DLBCL.",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "transformed-indolent-with-subtypes",
        Trial(
            nct_id="NCT09100061",
            brief_title="Lenalidomide and R-ICE in Transformed Indolent Lymphoma",
            conditions=("Transformed Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Biopsy-proven DLBCL transformed "
            "from FL or MZL\n* Relapsed after anthracycline-based therapy",
        ),
        (OTHER,),
        (RR,),
    ),
    # --- other diseases
    (
        "cll-richter",
        Trial(
            nct_id="NCT09100062",
            brief_title="Lenalidomide and Ofatumumab in Richter's Transformation",
            conditions=("Richter Syndrome", "Chronic Lymphocytic Leukemia"),
        ),
        (OTHER,),
        (),
    ),
    (
        "hiv-associated-lymphoma",
        Trial(
            nct_id="NCT09100063",
            brief_title="Lenalidomide Plus Dose-Adjusted EPOCH-R in HIV-Associated B-cell Lymphoma",
            conditions=("AIDS-Related Lymphoma", "HIV Infection"),
            eligibility_criteria="Inclusion Criteria:\n\n* Untreated HIV-associated DLBCL, "
            "plasmablastic lymphoma or primary effusion lymphoma\n* HIV-1 infection on ART",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "pcnsl-recurrent-nhl",
        Trial(
            nct_id="NCT09100064",
            brief_title="Lenalidomide and Ibrutinib in Recurrent Primary Central Nervous System "
            "Lymphoma",
            conditions=("Recurrent Primary Central Nervous System Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed PCNSL or vitreoretinal "
            "lymphoma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "castleman",
        Trial(
            nct_id="NCT09100065",
            brief_title="Lenalidomide in Idiopathic Multicentric Castleman Disease",
            conditions=("Castleman Disease",),
        ),
        (OTHER,),
        (),
    ),
    (
        "ptcl-follicular-t-cell",
        Trial(
            nct_id="NCT09100066",
            brief_title="Romidepsin and Lenalidomide in Relapsed Peripheral T-cell Lymphoma",
            conditions=("Peripheral T-Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* PTCL-NOS, angioimmunoblastic "
            "T-cell lymphoma, or follicular T-cell lymphoma (nodal TFH lymphoma)",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "pediatric-solid-tumours",
        Trial(
            nct_id="NCT09100067",
            brief_title="Lenalidomide in Treating Young Patients With Recurrent or Refractory "
            "Solid Tumors",
            conditions=(
                "Recurrent Neuroblastoma",
                "Recurrent Osteosarcoma",
                "Childhood Solid Neoplasm",
            ),
            brief_summary="Lenalidomide, an analogue of thalidomide used to treat multiple "
            "myeloma, may stop the growth of tumor cells by blocking blood flow.",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "myelofibrosis-del5q",
        Trial(
            nct_id="NCT09100068",
            brief_title="Lenalidomide in Myelofibrosis With Anemia",
            conditions=("Primary Myelofibrosis", "Post-Essential Thrombocythemia Myelofibrosis"),
            eligibility_criteria="Inclusion Criteria:\n\n* Primary or post-ET/PV myelofibrosis "
            "with anemia (Hb < 10 g/dL)\n* Patients with del(5q) are eligible",
        ),
        (OTHER,),
        (),
    ),
    (
        "aml-maintenance-cr1",
        Trial(
            nct_id="NCT09100069",
            brief_title="Lenalidomide Maintenance in Older Patients With AML in First Complete "
            "Remission",
            conditions=("Acute Myeloid Leukemia",),
        ),
        (OTHER,),
        (MT,),
    ),
    (
        "mds-aml-mrc",
        Trial(
            nct_id="NCT09100070",
            brief_title="Lenalidomide Plus Intensive Chemotherapy in AML With "
            "Myelodysplasia-Related Changes",
            conditions=("Acute Myeloid Leukemia",),
        ),
        (OTHER,),
        (),
    ),
    # --- second pass: phrasings the first pass suggested
    (
        "other-than-dlbcl-including-subtypes",
        Trial(
            nct_id="NCT09100071",
            brief_title="Lenalidomide Plus Tafasitamab in Relapsed Non-DLBCL B-cell Lymphoma",
            conditions=("Lymphoma, B-Cell",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed B-cell NHL other than "
            "DLBCL, including follicular lymphoma grade 1-3a, MZL and MCL",
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "prior-len-including-as-maintenance",
        Trial(
            nct_id="NCT09100072",
            brief_title="Iberdomide Plus Daratumumab and Dexamethasone in Myeloma After 1-2 "
            "Prior Regimens",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Progressive disease after 1 or 2 "
            "prior regimens\n* Prior lenalidomide, including as maintenance, is permitted",
        ),
        (MM,),
        (RR,),
    ),
    (
        "celgene-cc5013-indolent-nhl",
        Trial(
            nct_id="NCT09100073",
            brief_title="CC-5013 in Subjects With Relapsed or Refractory Indolent Non-Hodgkin's "
            "Lymphoma",
            official_title="A Phase II, Multicenter, Single-Arm, Open-Label Study of CC-5013 "
            "Monotherapy in Subjects With Relapsed or Refractory Indolent Non-Hodgkin's Lymphoma",
            conditions=("Lymphoma, Non-Hodgkin",),
            eligibility_criteria="Inclusion Criteria:\n\n- Documented diagnosis of indolent "
            "NHL: follicular center lymphoma grade I or II, small lymphocytic lymphoma, or "
            "marginal zone lymphoma\n- Relapsed or refractory after at least one prior "
            "treatment regimen\n\nExclusion Criteria:\n\n- Mantle cell lymphoma",
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "celgene-cc5013-del5q-brackets",
        Trial(
            nct_id="NCT09100074",
            brief_title="CC-5013 in Myelodysplastic Syndromes Associated With a Del 5q[31-33] "
            "Abnormality",
            conditions=("Myelodysplastic Syndromes",),
            keywords=("CC-5013", "Revlimid", "transfusion-dependent anemia"),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "uk-myeloma-xiv-tne",
        Trial(
            nct_id="NCT09100075",
            brief_title="Frailty-Adjusted Therapy in Transplant Non-Eligible Patients With "
            "Newly Diagnosed Multiple Myeloma",
            official_title="Myeloma XIV: Frailty-adjusted Therapy in TNE NDMM With "
            "Ixazomib-Lenalidomide-Dexamethasone Induction and Lenalidomide +/- Ixazomib "
            "Maintenance",
            conditions=("Multiple Myeloma",),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "nci-ndmm-arms-induction-maintenance",
        Trial(
            nct_id="NCT09100076",
            brief_title="Bortezomib, Lenalidomide and Dexamethasone With or Without "
            "Daratumumab in Treating Patients With Plasma Cell Myeloma",
            conditions=("Plasma Cell Myeloma",),
            brief_summary="This phase III trial compares the effect of adding daratumumab to "
            "usual treatment in patients with newly diagnosed multiple myeloma.",
            arms=(
                Arm(
                    label="Arm A (VRd)",
                    description="INDUCTION: Patients receive bortezomib SC, lenalidomide PO "
                    "and dexamethasone PO. MAINTENANCE: Patients receive lenalidomide PO QD "
                    "on days 1-28. Cycles repeat every 28 days in the absence of disease "
                    "progression or unacceptable toxicity.",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "smouldering-british",
        Trial(
            nct_id="NCT09100077",
            brief_title="Lenalidomide and Dexamethasone Versus Observation in High-Risk "
            "Smouldering Myeloma",
            conditions=("Smouldering Myeloma",),
        ),
        (MM,),
        (),
    ),
    (
        "gastric-malt-hp-negative",
        Trial(
            nct_id="NCT09100078",
            brief_title="Rituximab and Lenalidomide in Untreated H. Pylori-Negative Gastric "
            "MALT Lymphoma",
            conditions=("Lymphoma, B-Cell, Marginal Zone",),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "wm-and-mzl-cohorts",
        Trial(
            nct_id="NCT09100079",
            brief_title="Lenalidomide and Rituximab in Waldenström Macroglobulinemia and "
            "Marginal Zone Lymphoma",
            conditions=("Waldenstrom Macroglobulinemia", "Marginal Zone Lymphoma"),
        ),
        (MZL,),
        (),
    ),
    (
        "mcl-after-btki-failure",
        Trial(
            nct_id="NCT09100080",
            brief_title="Venetoclax, Lenalidomide and Rituximab in MCL After BTK Inhibitor Failure",
            conditions=("Mantle Cell Lymphoma",),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "mds-ipss-r-risk-category",
        Trial(
            nct_id="NCT09100081",
            brief_title="Lenalidomide and Erythropoietin in Anaemic MDS",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria="Inclusion Criteria:\n\n* IPSS-R risk category of very low, "
            "low, or intermediate\n* Haemoglobin < 9 g/dL\n\nExclusion Criteria:\n\n* "
            "Therapy-related MDS",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "nci-old-disease-characteristics-fl",
        Trial(
            nct_id="NCT09100082",
            brief_title="Rituximab With or Without Lenalidomide in Treating Patients With "
            "Follicular Lymphoma",
            conditions=("Lymphoma",),
            eligibility_criteria="DISEASE CHARACTERISTICS:\n\n* Histologically confirmed "
            "follicular lymphoma, grade 1, 2, or 3a\n\nPRIOR CONCURRENT THERAPY:\n\n* No "
            "prior chemotherapy or monoclonal antibody therapy",
        ),
        (FL,),
        (ND,),
    ),
    (
        "rrmm-triple-class-car-t",
        Trial(
            nct_id="NCT09100083",
            brief_title="Anti-BCMA CAR-T in Triple-Class Exposed Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Received at least 3 prior lines, "
            "including an IMiD (lenalidomide or pomalidomide), a PI and an anti-CD38 "
            "antibody\n* Patients who received lenalidomide maintenance are eligible",
        ),
        (MM,),
        (RR,),
    ),
    (
        "fl-grade-3a-only",
        Trial(
            nct_id="NCT09100084",
            brief_title="R2-CHOP in Grade 3A Follicular Lymphoma",
            conditions=("Grade 3a Follicular Lymphoma",),
            brief_summary="Patients with previously untreated FL grade 3A receive R2-CHOP.",
        ),
        (FL,),
        (ND,),
    ),
    (
        "hodgkin-nlphl",
        Trial(
            nct_id="NCT09100085",
            brief_title="Lenalidomide in Relapsed Nodular Lymphocyte-Predominant Hodgkin Lymphoma",
            conditions=("Nodular Lymphocyte Predominant Hodgkin Lymphoma",),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "cll-sll-with-mcl-exclusion",
        Trial(
            nct_id="NCT09100086",
            brief_title="Lenalidomide Maintenance After Chemoimmunotherapy in CLL/SLL",
            conditions=("Chronic Lymphocytic Leukemia", "Small Lymphocytic Lymphoma"),
            brief_summary="Lenalidomide is approved for mantle cell lymphoma and is being "
            "studied in CLL.",
            eligibility_criteria="Inclusion Criteria:\n\n* CLL or SLL in PR or CR after "
            "first-line chemoimmunotherapy\n\nExclusion Criteria:\n\n* Mantle cell "
            "lymphoma (cyclin D1+)",
        ),
        (OTHER,),
        (MT,),
    ),
    # --- hard negatives for the rules the audit added
    (
        "maintenance-trial-induction-eg",
        Trial(
            nct_id="NCT09100087",
            brief_title="Daratumumab Plus Lenalidomide After Autologous Transplant in Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Received induction therapy (e.g., "
            "VRd) followed by ASCT, and eligible for maintenance",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "no-prior-anti-cd38-is-not-untreated",
        Trial(
            nct_id="NCT09100088",
            brief_title="Isatuximab Plus Lenalidomide Maintenance in Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* No prior anti-CD38 therapy",
        ),
        (MM,),
        (MT,),
    ),
    (
        "initially-diagnosed-with-is-history",
        Trial(
            nct_id="NCT09100089",
            brief_title="Lenalidomide Retreatment in Relapsed Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Patients initially diagnosed with "
            "ISS stage III disease",
        ),
        (MM,),
        (RR,),
    ),
    (
        "pretreated-with-premedication",
        Trial(
            nct_id="NCT09100090",
            brief_title="Subcutaneous Daratumumab With VRd in Newly Diagnosed Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Willing to be pretreated with "
            "antihistamines and paracetamol before each dose",
        ),
        (MM,),
        (ND,),
    ),
    (
        "follicular-thyroid-histology-list",
        Trial(
            nct_id="NCT09100091",
            brief_title="Lenalidomide in Radioiodine-Refractory Thyroid Cancer",
            conditions=("Thyroid Cancer",),
            eligibility_criteria="Inclusion Criteria:\n\n* Follicular, papillary or Hurthle "
            "cell carcinoma",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "follicular-grade-3b-in-parentheses",
        Trial(
            nct_id="NCT09100092",
            brief_title="R2 in Relapsed B-cell Lymphoma",
            conditions=("Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Follicular (grade 3b) or marginal "
            "zone lymphoma",
        ),
        (MZL,),
        (RR,),
    ),
    (
        "other-than-burkitt-eg-follicular",
        Trial(
            nct_id="NCT09100093",
            brief_title="Lenalidomide and Rituximab in Relapsed B-cell NHL",
            conditions=("Lymphoma, B-Cell",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed B-cell NHL other than "
            "Burkitt or lymphoblastic lymphoma, e.g. follicular or marginal zone lymphoma",
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "follicular-last-in-a-bare-list",
        Trial(
            nct_id="NCT09100095",
            brief_title="Obinutuzumab With Lenalidomide in Relapsed Indolent Lymphoma",
            conditions=("Indolent Non-Hodgkin Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed indolent B-cell lymphoma "
            "(marginal zone or follicular)\n",
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "mcl-list-then-follicular-thyroid-cancer",
        Trial(
            nct_id="NCT09100096",
            brief_title="Lenalidomide in Relapsed Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* Relapsed MCL\nExclusion Criteria:\n"
            "* Other cancer within 3 years, except treated papillary or follicular thyroid cancer",
        ),
        (MCL,),
        (RR,),
    ),
    (
        "first-line-during-in-untreated-trial",
        Trial(
            nct_id="NCT09100094",
            brief_title="R2 in Untreated Elderly Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria="Inclusion Criteria:\n\n* MCL requiring first-line therapy\n"
            "* Able to take thromboprophylaxis during first-line treatment",
        ),
        (MCL,),
        (ND,),
    ),
]

CASES = params(AUDIT_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_audit(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_audit_case_ids_are_unique() -> None:
    check_unique(AUDIT_CASES)
