"""A seventh audit of the classifier: look-alikes and borderline populations. Invented full records
written the way 2020-2026 registrations read, whose difficulty is what the trial enrols beside
(or instead of) a target disease: AL amyloidosis with and without coexisting myeloma, POEMS with
a sclerotic plasmacytoma, MGUS and MGRS "not fulfilling" myeloma criteria, smoldering myeloma and
smoldering Waldenström, solitary plasmacytoma, plasma cell leukaemia, light chain deposition
disease, cryoglobulinaemia, Castleman disease, rare plasma cell disorder baskets; AML with
MDS-related changes, myelodysplastic CMML, therapy-related myeloid neoplasms, IPSS-M categories,
CCUS, myelofibrosis anaemia; Richter transformation, Burkitt and double-hit lymphoma, primary
mediastinal and vitreoretinal lymphoma, cutaneous and peripheral T-cell lymphoma, PTLD,
HIV-associated lymphoma, gastric DLBCL with a MALT component, pulmonary and ocular adnexal MALT
lymphoma, cold agglutinin disease; and non-haematological uses of lenalidomide (Parkinson's
disease, melanoma, HHT, Behçet's, Crohn's, LVAD bleeding, NF1) whose records name a target
disease in passing. The text is ours; labels say whom each trial enrols, as a haematologist
would, under the product owner's rules. Where a convention is debatable the case says so and
follows the conventions of the earlier case tables."""

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
    NCI_GENERAL,
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

#: MeSH terms the registry derives for an AL amyloidosis record.
AL_MESH = (
    "Immunoglobulin Light-chain Amyloidosis",
    "Amyloidosis",
    "Proteostasis Deficiencies",
    "Metabolic Diseases",
    "Paraproteinemias",
    "Blood Protein Disorders",
    "Hematologic Diseases",
    "Hemic and Lymphatic Diseases",
    "Lymphoproliferative Disorders",
    "Immunoproliferative Disorders",
    "Immune System Diseases",
)
#: What AL amyloidosis trials ask of everyone, whatever the line of therapy.
AL_GENERAL = (
    "Measurable hematologic disease: difference between involved and uninvolved serum free "
    "light chains (dFLC) \\>= 50 mg/L, or serum M-protein \\>= 0.5 g/dL",
    "ECOG performance status 0, 1 or 2",
    "Estimated glomerular filtration rate \\>= 20 mL/min/1.73 m\\^2",
    "Absolute neutrophil count \\>= 1.0 x 10\\^9/L, hemoglobin \\>= 8.0 g/dL and platelets \\>= "
    "75 x 10\\^9/L",
    "Females of childbearing potential must agree to the lenalidomide pregnancy prevention "
    "programme",
)
#: What AL amyloidosis trials exclude, whatever the line of therapy.
AL_EXCLUSIONS = (
    "Any form of non-AL amyloidosis (wild-type or hereditary ATTR, AA, ALECT2)",
    "Mayo 2012 cardiac stage IIIb (NT-proBNP \\> 8500 ng/L) or NYHA class IIIB or IV heart failure",
    "Supine systolic blood pressure \\< 90 mm Hg or symptomatic orthostatic hypotension",
    "Venous thromboembolism within 6 months, or inability to take thromboprophylaxis",
    "Known HIV infection with detectable viral load, or active hepatitis B or C infection",
)
#: What industry myeloma trials ask of everyone, whatever the line of therapy.
MM_MEASURABLE = (
    "Measurable disease, defined as any of: serum M-protein \\>= 0.5 g/dL; urine M-protein \\>= "
    "200 mg/24 hours; or involved serum free light chain \\>= 10 mg/dL with an abnormal "
    "kappa/lambda ratio",
    "ECOG performance status of 0, 1 or 2",
    "Females of childbearing potential must have two negative pregnancy tests before starting "
    "lenalidomide and agree to the pregnancy prevention programme",
)
MM_EXCLUSIONS = (
    "Waldenström macroglobulinemia, POEMS syndrome, or primary AL amyloidosis",
    "Known active CNS involvement by multiple myeloma",
    "Any other malignancy within 3 years, except adequately treated non-melanoma skin cancer or "
    "carcinoma in situ",
    "Known HIV infection with detectable viral load, or active hepatitis B or C infection",
)
#: What industry lymphoma trials exclude, whatever the histology.
NHL_EXCLUSIONS = (
    "Prior allogeneic stem cell transplantation",
    "Active hepatitis B (HBsAg positive or detectable HBV DNA) or hepatitis C infection",
    "Other malignancy within 3 years, except adequately treated non-melanoma skin cancer or "
    "carcinoma in situ",
    "Inability to take thromboprophylaxis",
)
#: What MDS and other myeloid trials exclude, whatever the subtype.
MYELOID_EXCLUSIONS = (
    "Prior allogeneic hematopoietic stem cell transplantation",
    "Uncontrolled infection, or known HIV, active hepatitis B or hepatitis C infection",
    "History of thromboembolism within 6 months",
)
#: What trials of lenalidomide outside cancer ask of everyone.
NONCANCER_GENERAL = (
    "Age 18-80 years",
    "Absolute neutrophil count \\>= 1.5 x 10\\^9/L and platelets \\>= 100 x 10\\^9/L",
    "Creatinine clearance \\>= 60 mL/min",
    "Women of childbearing potential and men with partners of childbearing potential must "
    "follow the lenalidomide pregnancy prevention programme (Revlimid REMS)",
)
NONCANCER_EXCLUSIONS = (
    "History of deep vein thrombosis, pulmonary embolism or arterial thrombosis",
    "Active malignancy, or malignancy treated within the past 5 years",
    "Pregnancy or breastfeeding",
    "Known hypersensitivity to thalidomide or lenalidomide",
)

# (id, trial, indications, settings)
SEVENTH_CASES = [
    # --- AL amyloidosis, with and without coexisting myeloma
    (
        # AL amyloidosis with >= 10% marrow plasma cells but no myeloma-defining event is AL
        # amyloidosis (IMWG): the trial admits no patient who has myeloma.
        "al-amyloidosis-nd-dara-rd-bmpc-10-percent-allowed-unless-symptomatic-myeloma",
        Trial(
            nct_id="NCT09700001",
            brief_title="Daratumumab, Lenalidomide and Dexamethasone Versus Daratumumab-CyBorD "
            "in Newly Diagnosed AL Amyloidosis",
            official_title="A Randomized, Open-label Phase 3 Study of Subcutaneous Daratumumab "
            "Plus Lenalidomide and Dexamethasone Versus Daratumumab Plus Cyclophosphamide, "
            "Bortezomib and Dexamethasone in Participants With Newly Diagnosed Systemic "
            "Immunoglobulin Light Chain (AL) Amyloidosis",
            conditions=("AL Amyloidosis", "Immunoglobulin Light-chain Amyloidosis"),
            keywords=("daratumumab", "lenalidomide", "hematologic response", "MOD-PFS"),
            condition_mesh_terms=AL_MESH,
            brief_summary="This study compares daratumumab with lenalidomide and dexamethasone "
            "(Dara-Rd) against Dara-CyBorD in participants with newly diagnosed AL amyloidosis. "
            "The primary endpoint is hematologic complete response at 6 months; major organ "
            "deterioration progression-free survival (MOD-PFS) and organ response rates are "
            "key secondary endpoints.",
            eligibility_criteria=criteria(
                (
                    "Histopathological diagnosis of systemic AL amyloidosis, with amyloid typing "
                    "by mass spectrometry or immunoelectron microscopy",
                    "No prior therapy for AL amyloidosis or multiple myeloma, except a maximum "
                    "of 160 mg dexamethasone in the 4 weeks before randomization",
                    "One or more organs involved by AL amyloidosis (heart, kidney, liver, "
                    "peripheral or autonomic nerves, soft tissue)",
                    "Clonal bone marrow plasma cells may be \\>= 10%, provided the participant "
                    "does not meet IMWG criteria for symptomatic multiple myeloma (CRAB "
                    "features or other myeloma-defining events)",
                    *AL_GENERAL,
                ),
                (
                    "Clinically overt multiple myeloma: lytic bone lesions, hypercalcemia "
                    "attributable to the plasma cell disorder, or \\>= 60% clonal plasma cells "
                    "in the bone marrow",
                    "Planned autologous stem cell transplantation during the first 6 cycles",
                    *AL_EXCLUSIONS,
                ),
                key=True,
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # Convention "al-amyloidosis-admits-myeloma": patients with myeloma can enrol.
        "al-amyloidosis-t11-14-relapsed-with-or-without-coexisting-myeloma",
        Trial(
            nct_id="NCT09700002",
            brief_title="Venetoclax With Lenalidomide and Dexamethasone in Relapsed or "
            "Refractory t(11;14) AL Amyloidosis",
            conditions=("Light Chain (AL) Amyloidosis", "Multiple Myeloma", "t(11;14)"),
            condition_mesh_terms=("Multiple Myeloma", *AL_MESH),
            brief_summary="About half of AL amyloidosis clones carry t(11;14), which predicts "
            "sensitivity to the BCL-2 inhibitor venetoclax. This phase 1b/2 study combines "
            "venetoclax with lenalidomide and dexamethasone in relapsed or refractory "
            "t(11;14)-positive AL amyloidosis. Primary endpoint: hematologic VGPR or better.",
            eligibility_criteria=criteria(
                (
                    "Systemic AL amyloidosis, with or without coexisting multiple myeloma "
                    "meeting IMWG criteria",
                    "t(11;14) detected by FISH on CD138-selected bone marrow plasma cells",
                    "Relapsed or refractory after at least 1 prior line of therapy, including an "
                    "anti-CD38 antibody-containing regimen",
                    "NT-proBNP \\< 8500 ng/L",
                    *AL_GENERAL,
                ),
                (
                    "Prior venetoclax or other BCL-2 inhibitor",
                    "Refractory to lenalidomide (progression on or within 60 days of a "
                    "lenalidomide-containing regimen)",
                    "Plasma cell leukemia",
                    *AL_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "al-amyloidosis-nci-plasma-cell-neoplasm-condition-concomitant-mm-not-eligible",
        Trial(
            nct_id="NCT09700003",
            brief_title="Daratumumab and Lenalidomide-Dexamethasone in Treating Patients With "
            "Newly Diagnosed AL Amyloidosis Who Are Not Candidates for Stem Cell Transplant",
            conditions=("Amyloidosis", "Plasma Cell Neoplasm", "Primary Amyloidosis"),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell", *AL_MESH),
            brief_summary=nci_summary(
                "This phase II trial studies how well daratumumab, lenalidomide and "
                "dexamethasone work in treating patients with newly diagnosed light chain (AL) "
                "amyloidosis who are not eligible for stem cell transplant. Daratumumab is a "
                "monoclonal antibody that binds to CD38 on plasma cells, the cells that make "
                "the abnormal light chains.",
                "PRIMARY OBJECTIVE:\nI. To evaluate the rate of hematologic very good partial "
                "response or better after 6 cycles.\n\nSECONDARY OBJECTIVES:\nI. To evaluate "
                "cardiac and renal organ response rates.",
                "Patients receive daratumumab subcutaneously (SC) on days 1, 8, 15 and 22 of "
                "cycles 1-2, lenalidomide orally (PO) once daily (QD) on days 1-21, and "
                "dexamethasone PO weekly. Cycles repeat every 28 days for up to 24 cycles in "
                "the absence of disease progression or unacceptable toxicity.",
            ),
            eligibility_criteria=nci(
                (
                    "Biopsy-proven systemic AL amyloidosis with Congo red staining and typing",
                    "Patients with concomitant MM (\\>= 10% bone marrow plasma cells with CRAB "
                    "features) are not eligible",
                    "Not a candidate for high-dose melphalan with autologous stem cell "
                    "transplant, per treating physician",
                    "No prior systemic therapy for AL amyloidosis, other than dexamethasone "
                    "=\\< 160 mg",
                    *NCI_GENERAL,
                ),
                (
                    "Amyloidosis of other types (hereditary, senile or secondary)",
                    "Patients with plasma cell leukemia",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # AL amyloidosis with coexisting smoldering myeloma: patients with (smoldering) myeloma
        # can enrol, as in "al-amyloidosis-concurrent-myeloma" (debatable: the trial treats the
        # amyloidosis).
        "al-amyloidosis-coexisting-smoldering-myeloma-range-plasma-cells-eligible",
        Trial(
            nct_id="NCT09700004",
            brief_title="Isatuximab, Lenalidomide and Dexamethasone in Newly Diagnosed AL "
            "Amyloidosis With a High Bone Marrow Plasma Cell Burden",
            conditions=("AL Amyloidosis",),
            condition_mesh_terms=AL_MESH,
            brief_summary="Patients with AL amyloidosis and 10% or more bone marrow plasma "
            "cells respond less well to bortezomib-based therapy. This single-arm phase 2 "
            "study tests isatuximab with lenalidomide and dexamethasone (Isa-Rd) for 12 cycles "
            "in this group. Primary endpoint: hematologic CR or VGPR with dFLC \\< 10 mg/L.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed systemic AL amyloidosis with at least one organ involved",
                    "Bone marrow clonal plasma cells 10-59% (AL amyloidosis with coexisting "
                    "smoldering myeloma); patients meeting the 2014 IMWG criteria for active "
                    "multiple myeloma are not eligible",
                    *AL_GENERAL,
                ),
                ("Prior anti-CD38 antibody", *AL_EXCLUSIONS),
            ),
        ),
        (MM,),
        (ND,),
    ),
    # --- POEMS, MGUS, MGRS
    (
        # The plasmacytoma is one of POEMS' major criteria: a POEMS trial, not a myeloma one.
        "poems-major-criterion-sclerotic-plasmacytoma",
        Trial(
            nct_id="NCT09700005",
            brief_title="Daratumumab Plus Lenalidomide and Dexamethasone in Newly Diagnosed "
            "POEMS Syndrome",
            conditions=("POEMS Syndrome", "Plasma Cell Dyscrasia"),
            keywords=("polyneuropathy", "VEGF", "sclerotic bone lesions"),
            condition_mesh_terms=(
                "POEMS Syndrome",
                "Paraproteinemias",
                "Blood Protein Disorders",
                "Hematologic Diseases",
                "Polyneuropathies",
            ),
            brief_summary="POEMS syndrome is a rare paraneoplastic syndrome driven by a small "
            "lambda-restricted plasma cell clone. This single-arm phase 2 study tests "
            "daratumumab with lenalidomide and dexamethasone for 12 cycles in patients with "
            "newly diagnosed POEMS syndrome who need systemic therapy. Primary endpoint: VEGF "
            "response at 12 months.",
            eligibility_criteria=criteria(
                (
                    "Diagnosis of POEMS syndrome by the 2021 criteria: both mandatory criteria "
                    "(polyneuropathy and a monoclonal plasma cell proliferative disorder, almost "
                    "always lambda), at least one major criterion and at least one minor "
                    "criterion",
                    "Major criteria: Castleman disease, elevated VEGF, or sclerotic bone "
                    "lesions (including a biopsy-proven sclerotic plasmacytoma)",
                    "Disseminated disease requiring systemic therapy: more than 3 sclerotic "
                    "bone lesions or clonal plasma cells on iliac crest biopsy",
                    "No prior systemic therapy for POEMS syndrome",
                    "Overall Neuropathy Limitations Scale (ONLS) documented at baseline",
                ),
                (
                    "Multiple myeloma with \\>= 10% clonal bone marrow plasma cells or CRAB "
                    "features",
                    "Castleman disease without a monoclonal plasma cell disorder",
                    "AL amyloidosis",
                    "Grade 4 neuropathy with respiratory failure requiring ventilation",
                    "Venous thromboembolism within 6 months despite anticoagulation",
                ),
                key=True,
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "mgrs-clone-not-fulfilling-criteria-of-smoldering-or-active-myeloma",
        Trial(
            nct_id="NCT09700006",
            brief_title="Clone-Directed Therapy With Daratumumab, Lenalidomide and "
            "Dexamethasone in Monoclonal Gammopathy of Renal Significance",
            conditions=(
                "Monoclonal Gammopathy of Renal Significance",
                "Proliferative Glomerulonephritis With Monoclonal Immunoglobulin Deposits",
                "C3 Glomerulopathy",
            ),
            condition_mesh_terms=(
                "Monoclonal Gammopathy of Undetermined Significance",
                "Paraproteinemias",
                "Glomerulonephritis",
                "Kidney Diseases",
            ),
            brief_summary="MGRS denotes kidney disease caused by a monoclonal immunoglobulin "
            "secreted by a small B-cell or plasma-cell clone that does not itself require "
            "treatment. This study treats plasma cell clones with daratumumab, lenalidomide and "
            "dexamethasone for 12 cycles; the primary endpoint is renal response at 12 months.",
            eligibility_criteria=criteria(
                (
                    "Kidney biopsy showing an MGRS lesion: PGNMID, monoclonal immunoglobulin "
                    "deposition disease, C3 glomerulopathy with monoclonal gammopathy, light "
                    "chain proximal tubulopathy or cryoglobulinemic glomerulonephritis",
                    "Plasma cell clone (IgG, IgA or light chain only), the haematological "
                    "disorder not fulfilling the IMWG diagnostic criteria of smoldering or "
                    "active multiple myeloma",
                    "eGFR \\>= 15 mL/min/1.73 m\\^2 and proteinuria \\>= 0.5 g/day",
                    "Age \\>= 18 years; ECOG 0-2",
                ),
                (
                    "B-cell clone (IgM MGRS), including Waldenström macroglobulinemia, marginal "
                    "zone lymphoma or CLL",
                    "AL amyloidosis",
                    "Kidney transplant recipient",
                    "Dialysis for more than 3 months",
                ),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "high-risk-non-igm-mgus-smoldering-myeloma-excluded",
        Trial(
            nct_id="NCT09700007",
            brief_title="Low-Dose Lenalidomide to Eradicate the Clone in High-Risk Non-IgM MGUS",
            conditions=("Monoclonal Gammopathy of Undetermined Significance",),
            keywords=("MGUS", "precursor disease", "interception"),
            brief_summary="MGUS progresses to multiple myeloma or a related disorder at about 1% "
            "per year; the risk is higher with a non-IgG isotype, an M-protein \\> 1.5 g/dL and "
            "an abnormal free light chain ratio. This pilot study tests 12 months of "
            "lenalidomide 5 mg in high-risk MGUS. Primary endpoint: M-protein reduction by "
            "\\>= 50%.",
            eligibility_criteria=criteria(
                (
                    "Non-IgM MGUS per IMWG: serum M-protein \\< 3 g/dL, clonal bone marrow "
                    "plasma cells \\< 10%, and no myeloma-defining event",
                    "Mayo high-intermediate or high risk (2 or 3 of: non-IgG isotype, M-protein "
                    "\\> 1.5 g/dL, abnormal FLC ratio)",
                    "Age 40-80 years; ECOG 0-1",
                ),
                (
                    "Smoldering multiple myeloma (M-protein \\>= 3 g/dL or plasma cells \\>= 10%) "
                    "or multiple myeloma",
                    "IgM MGUS",
                    "AL amyloidosis, POEMS syndrome or another monoclonal gammopathy of clinical "
                    "significance",
                    "Prior treatment for a plasma cell disorder",
                ),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        # Low-risk smoldering myeloma can enrol: a myeloma trial (convention
        # "myeloma-high-risk-mgus-and-smm"); precursors are untreated by definition.
        "precursor-plasma-cell-disorders-mgus-and-low-risk-smm-nci-conditions",
        Trial(
            nct_id="NCT09700008",
            brief_title="PVX-410 Vaccine With Lenalidomide in Patients With Precursor Plasma "
            "Cell Disorders",
            conditions=(
                "Monoclonal Gammopathy of Undetermined Significance",
                "Smoldering Plasma Cell Myeloma",
            ),
            condition_mesh_terms=MM_MESH,
            brief_summary=nci_summary(
                "This phase II trial studies a peptide vaccine (PVX-410) given with low-dose "
                "lenalidomide in patients with high-risk monoclonal gammopathy of undetermined "
                "significance or low-risk smoldering plasma cell myeloma, to see whether it "
                "induces immunity against the abnormal plasma cells.",
                "PRIMARY OBJECTIVE:\nI. To evaluate the rate of vaccine-specific T-cell responses.",
                "Patients receive PVX-410 SC every 2 weeks for 6 doses and lenalidomide PO QD "
                "on days 1-21 of each 28-day cycle for 6 cycles.",
            ),
            eligibility_criteria=nci(
                (
                    "One of: high-risk MGUS (Mayo risk score \\>= 2), or smoldering plasma cell "
                    "myeloma with low or intermediate risk by the Mayo 2018 20/2/20 model (0-1 "
                    "risk factors)",
                    "HLA-A2 positive",
                    "No prior therapy for MGUS or smoldering myeloma",
                    *NCI_GENERAL,
                ),
                (
                    "Myeloma-defining events (CRAB or SLiM criteria)",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "hr-smm-mayo-2018-20-2-20-len-versus-active-monitoring",
        Trial(
            nct_id="NCT09700009",
            brief_title="Lenalidomide Versus Active Monitoring in Smoldering Myeloma at High Risk "
            "by the 20/2/20 Model",
            conditions=("Smoldering Multiple Myeloma",),
            keywords=("SMM", "20/2/20", "watch and wait", "early treatment"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Patients with high-risk smoldering multiple myeloma (SMM) have a 50% "
            "risk of progression to active myeloma within 2 years. This randomized phase 3 "
            "study compares 2 years of lenalidomide with active monitoring. Patients in either "
            "arm who progress to myeloma receive standard treatment at the investigator's "
            "discretion. The primary endpoint is time to myeloma-defining event.",
            eligibility_criteria=criteria(
                (
                    "SMM per IMWG 2014: serum M-protein \\>= 3 g/dL or urinary M-protein \\>= "
                    "500 mg/24 h and/or clonal bone marrow plasma cells 10-60%, without "
                    "myeloma-defining events or amyloidosis",
                    "High risk by the Mayo 2018 model: at least 2 of serum M-protein \\> 2 g/dL, "
                    "involved/uninvolved FLC ratio \\> 20, and bone marrow plasma cells \\> 20%",
                    "Diagnosis of SMM within 5 years",
                    *MM_MEASURABLE,
                ),
                (
                    "Any SLiM-CRAB criterion: hypercalcemia, renal insufficiency, anemia, lytic "
                    "bone lesions, bone marrow plasma cells \\>= 60%, FLC ratio \\>= 100, or "
                    "\\> 1 focal lesion on MRI",
                    "Prior or current systemic therapy for SMM, including bisphosphonates for "
                    "bone disease",
                    "Primary AL amyloidosis",
                ),
            ),
            arms=(
                Arm(
                    "Lenalidomide",
                    "EXPERIMENTAL",
                    "Lenalidomide 25 mg days 1-21 every 28 days for 24 cycles",
                    ("Lenalidomide",),
                ),
                Arm(
                    "Active monitoring",
                    "NO_INTERVENTION",
                    "Watch-and-wait with laboratory tests every 3 months",
                ),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "smoldering-waldenstrom-r2-versus-observation-igm-myeloma-excluded",
        Trial(
            nct_id="NCT09700010",
            brief_title="Lenalidomide and Rituximab Versus Observation in High-Risk Smoldering "
            "Waldenström Macroglobulinemia",
            conditions=(
                "Smoldering Waldenstrom Macroglobulinemia",
                "Waldenstrom Macroglobulinemia",
            ),
            keywords=("asymptomatic WM", "IgM", "MYD88"),
            brief_summary="Smoldering (asymptomatic) Waldenström macroglobulinemia progresses to "
            "symptomatic disease at about 12% per year, faster with bone marrow infiltration "
            "\\>= 70%, IgM \\>= 4.5 g/dL, beta-2 microglobulin \\>= 4 mg/L and albumin =\\< 3.5 "
            "g/dL. This randomized phase 2 study compares 12 cycles of lenalidomide and "
            "rituximab with observation.",
            eligibility_criteria=criteria(
                (
                    "Smoldering WM per the Second International Workshop criteria: IgM "
                    "monoclonal protein and \\>= 10% bone marrow lymphoplasmacytic infiltration, "
                    "without end-organ damage or symptoms attributable to WM",
                    "High risk of progression by the Mayo model (score \\>= 2)",
                    "No prior therapy for WM",
                    "ECOG 0-1",
                ),
                (
                    "Symptomatic WM requiring therapy per IWWM consensus (hyperviscosity, "
                    "cytopenias, bulky disease, neuropathy)",
                    "IgM multiple myeloma (lytic lesions or t(11;14))",
                    "IgM MGUS (\\< 10% infiltration)",
                    "Marginal zone lymphoma with plasmacytic differentiation",
                ),
            ),
        ),
        (OTHER,),
        (),
    ),
    # --- solitary plasmacytoma, plasma cell leukaemia, myeloma look-alikes around the kidney
    (
        "solitary-plasmacytoma-minimal-marrow-involvement-rt-then-rd",
        Trial(
            nct_id="NCT09700011",
            brief_title="Radiotherapy Followed by Lenalidomide-Dexamethasone Versus "
            "Radiotherapy Alone in Solitary Plasmacytoma With Minimal Marrow Involvement",
            conditions=(
                "Solitary Plasmacytoma of Bone",
                "Extramedullary Plasmacytoma",
                "Solitary Plasmacytoma With Minimal Marrow Involvement",
            ),
            condition_mesh_terms=("Plasmacytoma", "Neoplasms, Plasma Cell", "Multiple Myeloma"),
            brief_summary="Solitary plasmacytoma with minimal marrow involvement progresses to "
            "multiple myeloma in most patients within 3 years of radiotherapy. This randomized "
            "phase 2 study tests 9 cycles of lenalidomide and dexamethasone after definitive "
            "radiotherapy.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed solitary plasmacytoma (bone or extramedullary, including "
                    "head and neck) per IMWG 2014: a single biopsy-proven lesion of clonal "
                    "plasma cells",
                    "Minimal bone marrow involvement: clonal plasma cells 1-9% by morphology or "
                    "flow cytometry",
                    "No other lesions on whole-body PET-CT or MRI",
                    "Definitive radiotherapy (40-50 Gy) completed within 12 weeks before "
                    "randomization",
                    "ECOG 0-2",
                ),
                (
                    "Multiple myeloma: \\>= 10% clonal plasma cells, a second lesion, or CRAB "
                    "features",
                    "Multiple solitary plasmacytomas",
                    "Primary AL amyloidosis",
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "chinese-primary-pcl-imwg-2021-secondary-pcl-not-eligible",
        Trial(
            nct_id="NCT09700012",
            brief_title="Selinexor Combined With VRd Induction and Lenalidomide Maintenance in "
            "Untreated Primary Plasma Cell Leukemia",
            conditions=("Primary Plasma Cell Leukemia",),
            condition_mesh_terms=("Leukemia, Plasma Cell", "Multiple Myeloma"),
            brief_summary="A single-arm, multicenter phase 2 study in China. Patients with "
            "untreated primary plasma cell leukemia receive 6 cycles of selinexor, bortezomib, "
            "lenalidomide and dexamethasone; transplant-eligible patients then undergo "
            "autologous transplantation, and all patients receive lenalidomide plus selinexor "
            "maintenance for 2 years.",
            eligibility_criteria=numbered(
                (
                    "Age 18-75 years",
                    "Newly diagnosed pPCL according to the IMWG 2021 criteria (\\>= 5% "
                    "circulating plasma cells in the peripheral blood smear)",
                    "Patients with secondary PCL (leukemic transformation of previously "
                    "diagnosed multiple myeloma) are not eligible",
                    "ECOG 0-2",
                    "Adequate organ function: ALT and AST =\\< 2.5 x ULN, creatinine clearance "
                    "\\>= 30 mL/min",
                ),
                (
                    "Prior anti-myeloma therapy other than dexamethasone =\\< 160 mg",
                    "CNS involvement",
                    "Active hepatitis B or C, or HIV infection",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "ndmm-light-chain-cast-nephropathy-dialysis-dependent",
        Trial(
            nct_id="NCT09700013",
            brief_title="Daratumumab-Bortezomib-Dexamethasone Followed by Daratumumab-"
            "Lenalidomide in Newly Diagnosed Multiple Myeloma With Light-Chain Cast Nephropathy",
            conditions=("Multiple Myeloma", "Cast Nephropathy", "Acute Kidney Injury"),
            condition_mesh_terms=MM_MESH,
            brief_summary="Myeloma cast nephropathy causes acute kidney injury in about 10% of "
            "newly diagnosed patients. Patients receive 8 cycles of daratumumab, bortezomib and "
            "dexamethasone; lenalidomide is added at renally adjusted doses once eGFR is \\>= "
            "15 mL/min, and daratumumab-lenalidomide maintenance continues until progression. "
            "Primary endpoint: renal response at 6 months.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed multiple myeloma per IMWG",
                    "Acute kidney injury attributed to light-chain cast nephropathy: "
                    "biopsy-proven, or presumed with involved serum free light chain \\> 500 "
                    "mg/L",
                    "eGFR \\< 30 mL/min/1.73 m\\^2 or dialysis-dependent",
                    *MM_MEASURABLE,
                ),
                (
                    "Renal failure from another cause (AL amyloidosis, light chain deposition "
                    "disease, hypercalcemia alone)",
                    *MM_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        # A summary that says MIDD "may occur together with multiple myeloma" describes the
        # disease; the inclusion criteria admit MIDD only.
        "midd-lcdd-summary-may-occur-with-multiple-myeloma",
        Trial(
            nct_id="NCT09700014",
            brief_title="Bortezomib, Lenalidomide and Dexamethasone in Monoclonal "
            "Immunoglobulin Deposition Disease",
            conditions=(
                "Light Chain Deposition Disease",
                "Monoclonal Immunoglobulin Deposition Disease",
                "Kidney Diseases",
            ),
            brief_summary="Monoclonal immunoglobulin deposition disease (MIDD), most often light "
            "chain deposition disease (LCDD), is a rare complication of a plasma cell clone in "
            "which non-amyloid monoclonal light chains deposit along basement membranes, "
            "chiefly in the kidney. It may occur alone or together with multiple myeloma. This "
            "phase 2 study tests bortezomib-based induction followed by lenalidomide-"
            "dexamethasone consolidation in previously untreated MIDD, aiming at hematologic "
            "and renal response.",
            eligibility_criteria=criteria(
                (
                    "Biopsy-proven MIDD (LCDD, LHCDD or HCDD) by immunofluorescence and electron "
                    "microscopy",
                    "Detectable monoclonal protein or abnormal serum free light chain ratio",
                    "Previously untreated",
                    "eGFR \\>= 15 mL/min/1.73 m\\^2",
                ),
                (
                    "Multiple myeloma requiring therapy (CRAB features or \\>= 60% clonal plasma "
                    "cells)",
                    "Concomitant AL amyloidosis (Congo red positive deposits)",
                    "Dialysis for more than 6 months",
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # The summary lists the clones that cause type I cryoglobulinaemia; the trial treats
        # the vasculitis and excludes myeloma needing therapy.
        "type-1-cryoglobulinaemic-vasculitis-summary-names-underlying-clones",
        Trial(
            nct_id="NCT09700015",
            brief_title="Lenalidomide and Dexamethasone in Relapsing or Refractory Type I "
            "Cryoglobulinemic Vasculitis",
            conditions=("Cryoglobulinemia", "Cryoglobulinemic Vasculitis"),
            brief_summary="Type I cryoglobulinemia is caused by a monoclonal immunoglobulin that "
            "precipitates in the cold, produced by an underlying clone: MGUS, Waldenström "
            "macroglobulinemia or multiple myeloma. Vasculitis (purpura, skin ulcers, "
            "neuropathy, glomerulonephritis) is treated by targeting the clone. This phase 2 "
            "study tests lenalidomide-dexamethasone in patients who relapsed after or were "
            "refractory to rituximab- or bortezomib-based therapy.",
            eligibility_criteria=criteria(
                (
                    "Type I cryoglobulinemic vasculitis with a serum monoclonal cryoglobulin "
                    "(IgG or IgM) on two occasions at least 12 weeks apart",
                    "Underlying IgG or IgM MGUS, or Waldenström macroglobulinemia not otherwise "
                    "requiring therapy",
                    "Relapsing or refractory vasculitis after at least one prior line "
                    "(rituximab, bortezomib or an alkylator)",
                    "Birmingham Vasculitis Activity Score (BVAS) \\>= 2",
                ),
                (
                    "Type II or III (mixed) cryoglobulinemia, including HCV-associated",
                    "Multiple myeloma or lymphoma requiring treatment in its own right",
                    "Prior lenalidomide",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "kshv-mcd-castleman-with-kaposi-sarcoma-pel-excluded",
        Trial(
            nct_id="NCT09700016",
            brief_title="Lenalidomide Plus Rituximab in KSHV-Associated Multicentric Castleman "
            "Disease With or Without Kaposi Sarcoma",
            conditions=(
                "Castleman Disease",
                "Kaposi Sarcoma",
                "HIV Infections",
                "KSHV Inflammatory Cytokine Syndrome",
            ),
            brief_summary="KSHV-associated multicentric Castleman disease (KSHV-MCD) is a "
            "lymphoproliferative disorder caused by Kaposi sarcoma herpesvirus, mostly in "
            "people with HIV. Patients often have concurrent Kaposi sarcoma and are at risk of "
            "KSHV-associated lymphomas such as primary effusion lymphoma. This phase 2 study "
            "combines rituximab with lenalidomide to control KSHV-MCD while treating coexisting "
            "Kaposi sarcoma.",
            eligibility_criteria=criteria(
                (
                    "Pathologically confirmed KSHV-associated MCD (LANA-1 positive) with active "
                    "symptoms per the NCI KSHV-MCD criteria",
                    "Both untreated and relapsed KSHV-MCD are eligible",
                    "Concurrent Kaposi sarcoma is allowed",
                    "HIV-positive participants must be on antiretroviral therapy",
                ),
                (
                    "Primary effusion lymphoma or other KSHV-associated lymphoma requiring "
                    "chemotherapy",
                    "Idiopathic (KSHV-negative) multicentric Castleman disease",
                    "Pregnancy or breastfeeding",
                ),
            ),
        ),
        (OTHER,),
        (ND, RR),
    ),
    (
        # CDCN criteria require myeloma and lymphoma to be ruled out: the examples are mimics.
        "idiopathic-mcd-cdcn-criteria-exclusion-of-mimics-eg-myeloma",
        Trial(
            nct_id="NCT09700017",
            brief_title="Sirolimus Plus Lenalidomide in Idiopathic Multicentric Castleman Disease "
            "After Failure of Anti-IL-6 Therapy",
            conditions=(
                "Castleman Disease",
                "Idiopathic Multicentric Castleman Disease",
                "TAFRO Syndrome",
            ),
            brief_summary="About half of patients with idiopathic multicentric Castleman disease "
            "(iMCD) do not respond to siltuximab. This phase 2 study tests sirolimus with "
            "lenalidomide in iMCD after anti-IL-6 therapy. Primary endpoint: CDCN symptomatic "
            "and biochemical response at 24 weeks.",
            eligibility_criteria=criteria(
                (
                    "Diagnosis of iMCD per the CDCN international consensus criteria: both major "
                    "criteria (lymph node histopathology consistent with iMCD; enlarged lymph "
                    "nodes in \\>= 2 stations), \\>= 2 of 11 minor criteria, and exclusion of "
                    "infectious, autoimmune and malignant disorders that can mimic iMCD (e.g., "
                    "HHV-8 infection, lupus, lymphoma, multiple myeloma, POEMS syndrome)",
                    "Failure of, or intolerance to, siltuximab or tocilizumab given for \\>= 3 "
                    "months",
                    "ECOG 0-2",
                ),
                (
                    "HHV-8-positive (KSHV-associated) multicentric Castleman disease",
                    "Unicentric Castleman disease",
                    "POEMS-associated Castleman disease",
                    "Active infection requiring systemic therapy",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "rare-plasma-cell-disorders-basket-al-poems-midd-tempi-myeloma-excluded",
        Trial(
            nct_id="NCT09700018",
            brief_title="Daratumumab With Lenalidomide and Dexamethasone in Relapsed Rare Plasma "
            "Cell Disorders",
            official_title="A Phase 2 Basket Study of Daratumumab-Rd in Relapsed or Refractory "
            "AL Amyloidosis, POEMS Syndrome, Monoclonal Immunoglobulin Deposition Disease and "
            "TEMPI Syndrome",
            conditions=(
                "Plasma Cell Dyscrasia",
                "AL Amyloidosis",
                "POEMS Syndrome",
                "Monoclonal Immunoglobulin Deposition Disease",
                "TEMPI Syndrome",
            ),
            brief_summary="A basket study of daratumumab with lenalidomide and dexamethasone in "
            "four rare plasma cell disorders after at least one prior therapy. Each basket is "
            "analysed separately for hematologic and organ response.",
            eligibility_criteria=criteria(
                (
                    "One of: (a) systemic AL amyloidosis; (b) POEMS syndrome; (c) monoclonal "
                    "immunoglobulin deposition disease; (d) TEMPI syndrome",
                    "Relapsed or refractory after at least 1 prior line of plasma cell-directed "
                    "therapy",
                    "ECOG 0-2",
                ),
                (
                    "Multiple myeloma meeting IMWG criteria, including smoldering multiple myeloma",
                    "Plasma cell leukemia",
                    "Refractory to daratumumab",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- Waldenström and lymphoplasmacytic lymphoma
    (
        "waldenstrom-bing-neel-cns-involvement-after-cns-therapy",
        Trial(
            nct_id="NCT09700019",
            brief_title="Ibrutinib Plus Lenalidomide in Bing-Neel Syndrome",
            conditions=("Bing-Neel Syndrome", "Waldenstrom Macroglobulinemia"),
            brief_summary="Bing-Neel syndrome is the involvement of the central nervous system "
            "by Waldenström macroglobulinemia. Both ibrutinib and lenalidomide cross the "
            "blood-brain barrier. This phase 2 study tests the combination in Bing-Neel "
            "syndrome that progressed after CNS-directed therapy.",
            eligibility_criteria=criteria(
                (
                    "CNS involvement by WM/lymphoplasmacytic lymphoma (Bing-Neel syndrome), "
                    "confirmed by CSF flow cytometry, MYD88 L265P PCR or brain biopsy",
                    "Progressive Bing-Neel syndrome after at least one prior CNS-directed "
                    "therapy (high-dose methotrexate, cytarabine or intrathecal therapy)",
                    "ECOG 0-2",
                ),
                (
                    "Primary CNS lymphoma (DLBCL) or CNS involvement by another lymphoma",
                    "Prior progression on a BTK inhibitor",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # WM trial whose diagnostic criterion rules out the look-alikes (IgM myeloma, MZL).
        "waldenstrom-consensus-igm-myeloma-and-mzl-must-be-excluded",
        Trial(
            nct_id="NCT09700020",
            brief_title="Zanubrutinib Plus Lenalidomide and Rituximab in Relapsed or Refractory "
            "Waldenström Macroglobulinemia",
            conditions=("Waldenstrom Macroglobulinemia", "Lymphoplasmacytic Lymphoma"),
            condition_mesh_terms=(
                "Waldenstrom Macroglobulinemia",
                "Paraproteinemias",
                "Lymphoma, B-Cell",
                "Lymphoma, Non-Hodgkin",
            ),
            brief_summary="A phase 2 study of zanubrutinib with lenalidomide and rituximab for "
            "12 cycles, then zanubrutinib alone, in WM after at least one prior therapy.",
            eligibility_criteria=criteria(
                (
                    "Clinicopathological diagnosis of WM per the consensus of the Second "
                    "International Workshop on WM; IgM MGUS, IgM multiple myeloma and marginal "
                    "zone lymphoma with plasmacytic differentiation must be excluded",
                    "Relapsed or refractory after at least one prior therapy",
                    "Meets at least one IWWM criterion for treatment initiation",
                    "Serum IgM \\>= 0.5 g/dL or measurable extramedullary disease",
                ),
                (
                    "Prior BTK inhibitor",
                    "Histological transformation to DLBCL",
                    "Known CNS involvement (Bing-Neel syndrome)",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "non-igm-lymphoplasmacytic-lymphoma-untreated",
        Trial(
            nct_id="NCT09700021",
            brief_title="Rituximab and Lenalidomide in Untreated Non-IgM Lymphoplasmacytic "
            "Lymphoma",
            conditions=("Lymphoplasmacytic Lymphoma",),
            brief_summary="About 5% of lymphoplasmacytic lymphomas secrete IgG or IgA, or no "
            "paraprotein. This phase 2 study tests R2 for 12 cycles in untreated non-IgM LPL.",
            eligibility_criteria=criteria(
                (
                    "LPL with an IgG or IgA paraprotein or no paraprotein, by bone marrow or "
                    "lymph node biopsy",
                    "Previously untreated, requiring therapy",
                    *NHL_MEASURABLE,
                ),
                (
                    "Splenic or nodal marginal zone lymphoma with plasmacytic differentiation",
                    "IgM Waldenström macroglobulinemia",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "rrmm-t11-14-venetoclax-rd-mcl-hallmark-background",
        Trial(
            nct_id="NCT09700022",
            brief_title="Venetoclax With Lenalidomide and Dexamethasone in t(11;14)-Positive "
            "Relapsed or Refractory Multiple Myeloma",
            conditions=("Multiple Myeloma", "t(11;14)"),
            condition_mesh_terms=MM_MESH,
            brief_summary="The t(11;14)(q13;q32) translocation, the hallmark of mantle cell "
            "lymphoma, occurs in 15-20% of multiple myeloma and predicts sensitivity to "
            "venetoclax. This phase 2 study tests venetoclax-Rd in t(11;14) myeloma after 1-3 "
            "prior lines.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory multiple myeloma after 1-3 prior lines of therapy",
                    "t(11;14) by FISH on CD138-selected plasma cells",
                    "Not refractory to lenalidomide",
                    *MM_MEASURABLE,
                ),
                ("Plasma cell leukemia", *MM_EXCLUSIONS),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        # "Plasma cell neoplasm" alone names nothing; the inclusion criteria admit myeloma.
        "plasma-cell-neoplasms-umbrella-post-asct-lenalidomide-maintenance",
        Trial(
            nct_id="NCT09700023",
            brief_title="Lenalidomide Maintenance After Autologous Transplant in Plasma Cell "
            "Neoplasms: a Registry-Based Pragmatic Study",
            conditions=("Plasma Cell Neoplasm", "Autologous Stem Cell Transplantation"),
            brief_summary="A pragmatic study of lenalidomide 10 mg maintenance, continued until "
            "progression, after autologous stem cell transplantation for a plasma cell "
            "neoplasm.",
            eligibility_criteria=criteria(
                (
                    "Plasma cell neoplasm treated with autologous stem cell transplantation "
                    "within the past 100 days: multiple myeloma, plasma cell leukemia, or AL "
                    "amyloidosis with coexisting multiple myeloma",
                    "At least stable disease after transplant",
                    "ANC \\>= 1.0 x 10\\^9/L and platelets \\>= 75 x 10\\^9/L",
                ),
                ("AL amyloidosis without myeloma", "Progressive disease after transplant"),
            ),
        ),
        (MM,),
        (MT,),
    ),
    (
        "chinese-asymptomatic-myeloma-numbered-high-risk",
        Trial(
            nct_id="NCT09700024",
            brief_title="Daratumumab Combined With Lenalidomide and Dexamethasone for "
            "High-Risk Asymptomatic Multiple Myeloma",
            conditions=("Asymptomatic Multiple Myeloma",),
            brief_summary="A single-arm, open-label phase 2 study in China of 9 cycles of "
            "daratumumab, lenalidomide and dexamethasone followed by lenalidomide for 1 year in "
            "high-risk asymptomatic (smoldering) multiple myeloma.",
            eligibility_criteria=numbered(
                (
                    "Age 18-75 years",
                    "Diagnosis of asymptomatic multiple myeloma per IMWG 2014 within the past "
                    "3 years",
                    "High risk defined by the IMWG 2020 risk score (\\>= 9 points) or by the "
                    "Mayo 20/2/20 model (\\>= 2 factors)",
                    "No prior therapy for myeloma",
                ),
                (
                    "Any myeloma-defining event",
                    "AL amyloidosis",
                    "Active hepatitis B or C, or HIV infection",
                ),
            ),
        ),
        (MM,),
        (),
    ),
    # --- MDS and its neighbours
    (
        # AML whose MDS-related cytogenetics include del(5q): an AML trial (conventions
        # "aml-del5q", "aml-mr-cytogenetics-del5q-named-aml-only").
        "aml-mr-mds-related-cytogenetic-abnormalities-including-del5q",
        Trial(
            nct_id="NCT09700025",
            brief_title="Venetoclax and Azacitidine With or Without Lenalidomide in Older "
            "Adults With Newly Diagnosed AML With Myelodysplasia-Related Changes",
            conditions=("Acute Myeloid Leukemia", "AML With Myelodysplasia-Related Changes"),
            condition_mesh_terms=("Leukemia, Myeloid, Acute", "Leukemia, Myeloid", "Leukemia"),
            brief_summary="A randomized phase 2 study adding lenalidomide to venetoclax and "
            "azacitidine in older or unfit adults with newly diagnosed AML with "
            "myelodysplasia-related changes. Primary endpoint: composite complete remission "
            "rate.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed AML (\\>= 20% blasts) per WHO 2022 or ICC 2022, "
                    "myelodysplasia-related: AML with MDS-related cytogenetic abnormalities "
                    "(e.g. complex karyotype, -5/del(5q), -7/del(7q), 17p loss) or MDS-related "
                    "gene mutations (ASXL1, BCOR, EZH2, SF3B1, SRSF2, STAG2, U2AF1, ZRSR2)",
                    "Age \\>= 75 years, or 60-74 years with comorbidities precluding intensive "
                    "chemotherapy",
                    "No prior treatment for AML; prior hydroxyurea for leukocytosis is allowed",
                    "ECOG 0-2",
                ),
                (
                    "Acute promyelocytic leukemia",
                    "AML with NPM1 mutation or core-binding factor rearrangement",
                    "Prior venetoclax or hypomethylating agent",
                    "Active CNS leukemia",
                    *MYELOID_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # WHO 2022's myelodysplastic CMML (MD-CMML) is CMML, an MDS/MPN, not MDS
        # (conventions "cmml-only", "cmml-and-mds-mpn-sf3b1-thrombocytosis-after-hma").
        "myelodysplastic-cmml-md-cmml-after-hma-failure",
        Trial(
            nct_id="NCT09700026",
            brief_title="Lenalidomide Plus Azacitidine in Chronic Myelomonocytic Leukemia After "
            "Hypomethylating Agent Failure",
            conditions=("Chronic Myelomonocytic Leukemia",),
            keywords=("CMML", "MD-CMML", "HMA failure"),
            condition_mesh_terms=(
                "Leukemia, Myelomonocytic, Chronic",
                "Myelodysplastic-Myeloproliferative Diseases",
                "Bone Marrow Diseases",
            ),
            brief_summary="Patients with CMML whose disease failed a hypomethylating agent "
            "have a median survival under 1 year. This phase 2 study adds lenalidomide 10 mg "
            "on days 1-21 to continued azacitidine.",
            eligibility_criteria=criteria(
                (
                    "CMML per WHO 2022 (persistent monocytosis \\>= 0.5 x 10\\^9/L and \\>= 10% "
                    "of leukocytes), CMML-1 or CMML-2",
                    "Myelodysplastic CMML (MD-CMML, WBC \\< 13 x 10\\^9/L)",
                    "Failure of at least 4 cycles of azacitidine or decitabine (no response, "
                    "loss of response or progression)",
                    "ECOG 0-2",
                ),
                (
                    "Myeloproliferative CMML (MP-CMML, WBC \\>= 13 x 10\\^9/L)",
                    "Transformation to AML (\\>= 20% blasts)",
                    "Other MDS/MPN (atypical CML, MDS/MPN with SF3B1 mutation and "
                    "thrombocytosis, MDS/MPN-NOS) or JMML",
                    "Prior lenalidomide",
                    *MYELOID_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # t-MDS and t-AML without del(5q) named (convention "mds-with-aml"); the prior cancer is
        # history, not the disease enrolled.
        "therapy-related-myeloid-neoplasm-prior-malignancy-eg-myeloma",
        Trial(
            nct_id="NCT09700027",
            brief_title="Oral Decitabine-Cedazuridine Plus Lenalidomide in Therapy-Related "
            "Myeloid Neoplasms",
            conditions=(
                "Therapy-Related Myeloid Neoplasm",
                "Therapy-Related Myelodysplastic Syndrome",
                "Therapy-Related Acute Myeloid Leukemia",
            ),
            brief_summary="Myeloid neoplasms that follow cytotoxic therapy carry a poor "
            "prognosis. This phase 1/2 study tests oral decitabine-cedazuridine with "
            "lenalidomide in previously untreated therapy-related MDS or AML in patients unfit "
            "for intensive chemotherapy.",
            eligibility_criteria=criteria(
                (
                    "Myeloid neoplasm post cytotoxic therapy (WHO 2022), either MDS or AML, "
                    "previously untreated",
                    "The prior malignancy (e.g., breast cancer, lymphoma or multiple myeloma) "
                    "must be in remission and off therapy for \\>= 6 months, except hormonal "
                    "therapy",
                    "Not a candidate for intensive chemotherapy",
                    "ECOG 0-2",
                ),
                (
                    "Acute promyelocytic leukemia",
                    "Prior hypomethylating agent",
                    *MYELOID_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # MDS and oligoblastic AML with del(5q): del(5q) named (convention
        # "mds-aml-minus-5-del5q").
        "myeloid-neoplasms-with-del5q-mds-or-oligoblastic-aml",
        Trial(
            nct_id="NCT09700028",
            brief_title="Lenalidomide in Myeloid Neoplasms With Isolated Del(5q): MDS and "
            "Oligoblastic AML",
            conditions=(
                "Myelodysplastic Syndrome With Isolated Del(5q)",
                "Acute Myeloid Leukemia",
                "Chromosome 5q Deletion",
            ),
            brief_summary="A phase 2 study of lenalidomide in patients with a myeloid neoplasm "
            "carrying del(5q), from MDS with low blasts to AML with up to 29% blasts, who are "
            "unfit for intensive therapy.",
            eligibility_criteria=criteria(
                (
                    "Myeloid neoplasm with del(5q) as the sole abnormality or with one "
                    "additional abnormality other than -7/del(7q): MDS with low blasts and "
                    "isolated del(5q), MDS with excess blasts, or AML with 20-29% blasts",
                    "TP53 wild type or mutated with VAF \\< 10%",
                    "Lenalidomide-naive",
                    *MDS_GENERAL,
                ),
                ("Therapy-related myeloid neoplasm", *MYELOID_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        # IPSS-M lower-risk MDS, any karyotype (convention "lower-risk-with-or-without"); ESA
        # failure is relapsed/refractory (convention "imerge-like-imetelstat").
        "lower-risk-mds-anaemia-ipss-m-any-karyotype-esa-refractory",
        Trial(
            nct_id="NCT09700029",
            brief_title="Luspatercept Plus Lenalidomide for Anemia in Lower-Risk "
            "Myelodysplastic Syndromes Classified by IPSS-M",
            conditions=("Anemia", "Myelodysplastic Syndromes"),
            condition_mesh_terms=("Myelodysplastic Syndromes", "Anemia", "Bone Marrow Diseases"),
            brief_summary="The molecular International Prognostic Scoring System (IPSS-M) "
            "reclassifies about a third of patients. This phase 2 study enrols transfusion-"
            "dependent patients with lower-risk MDS by IPSS-M and tests luspatercept with "
            "lenalidomide.",
            eligibility_criteria=criteria(
                (
                    "MDS per WHO 2022 with IPSS-M very low, low or moderate-low risk",
                    "Any karyotype; patients with del(5q) are eligible",
                    "RBC transfusion dependence (\\>= 2 units per 8 weeks over 16 weeks)",
                    "Refractory to, intolerant of, or ineligible for erythropoiesis-"
                    "stimulating agents (serum EPO \\> 500 U/L)",
                    *MDS_GENERAL,
                ),
                ("Prior luspatercept or lenalidomide", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        # IPSS-M moderate-high to very high: a higher-risk trial that names no del(5q)
        # (convention "higher-risk-no-del5q").
        "untreated-mds-ipss-m-moderate-high-to-very-high-categories",
        Trial(
            nct_id="NCT09700030",
            brief_title="IPSS-M-Guided Azacitidine Plus Lenalidomide in Previously Untreated "
            "Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes",),
            condition_mesh_terms=("Myelodysplastic Syndromes", "Bone Marrow Diseases"),
            brief_summary="The molecular International Prognostic Scoring System (IPSS-M) "
            "refines risk with 31 genes. This phase 2 study enrols untreated MDS in the IPSS-M "
            "moderate-high, high or very high category and tests azacitidine with lenalidomide "
            "on days 1-21 of each 28-day cycle.",
            eligibility_criteria=criteria(
                (
                    "MDS per WHO 2022 with bone marrow blasts \\< 20%",
                    "IPSS-M risk category moderate high (MH), high (H) or very high (VH)",
                    "No prior hypomethylating agent, lenalidomide or chemotherapy for MDS",
                    *MDS_GENERAL,
                ),
                (
                    "AML (\\>= 20% blasts)",
                    "CMML or other MDS/MPN",
                    *MDS_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # ICC 2022 MDS/AML with AML, del(5q) not named (convention "mds-with-aml").
        "icc-mds-aml-and-aml-tp53-mutated-untreated",
        Trial(
            nct_id="NCT09700031",
            brief_title="Azacitidine, Venetoclax and Lenalidomide in Untreated TP53-Mutated "
            "MDS/AML and AML",
            conditions=(
                "Myelodysplastic Syndrome/Acute Myeloid Leukemia",
                "Acute Myeloid Leukemia",
                "TP53 Gene Mutation",
            ),
            brief_summary="The International Consensus Classification (ICC 2022) groups "
            "myeloid neoplasms with 10-19% blasts as MDS/AML and defines a TP53-mutated "
            "category across MDS/AML and AML. This phase 1/2 study adds lenalidomide to "
            "azacitidine and venetoclax in untreated TP53-mutated MDS/AML or AML.",
            eligibility_criteria=criteria(
                (
                    "Untreated MDS/AML (ICC 2022; 10-19% blasts) or AML (\\>= 20% blasts) with a "
                    "TP53 mutation at VAF \\>= 10%",
                    "Not a candidate for intensive chemotherapy",
                    "ECOG 0-2",
                ),
                ("Acute promyelocytic leukemia", "Prior venetoclax", *MYELOID_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # CCUS is not MDS: patients with MDS are excluded.
        "ccus-anaemia-summary-precursor-of-mds",
        Trial(
            nct_id="NCT09700032",
            brief_title="Low-Dose Lenalidomide for Symptomatic Anemia in Clonal Cytopenia of "
            "Undetermined Significance",
            conditions=("Clonal Cytopenia of Undetermined Significance", "Anemia"),
            keywords=("CCUS", "clonal hematopoiesis"),
            brief_summary="Clonal cytopenia of undetermined significance (CCUS) is a precursor "
            "of myelodysplastic syndromes: patients have persistent cytopenia and a somatic "
            "mutation but do not meet diagnostic criteria for MDS. This pilot study tests "
            "lenalidomide 5 mg in CCUS with symptomatic anemia.",
            eligibility_criteria=criteria(
                (
                    "Persistent (\\>= 4 months) anemia with hemoglobin \\< 10 g/dL",
                    "Somatic mutation with VAF \\>= 2% in a myeloid gene (e.g., TET2, DNMT3A, "
                    "SF3B1)",
                    "Bone marrow without morphologic dysplasia (\\< 10% in each lineage), with "
                    "\\< 5% blasts and without MDS-defining cytogenetic abnormalities",
                    "ECOG 0-2",
                ),
                (
                    "MDS, MDS/MPN, AML or MPN by WHO 2022",
                    "Aplastic anemia, or PNH clone \\> 10%",
                    "Anemia due to iron, B12 or folate deficiency, hemolysis or chronic kidney "
                    "disease",
                ),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "mds-5q-tp53-mutated-del5q-excluded-not-yet-transfusion-dependent",
        Trial(
            nct_id="NCT09700033",
            brief_title="Lenalidomide in Non-Transfusion-Dependent Lower-Risk MDS With Isolated "
            "Del(5q)",
            conditions=("Myelodysplastic Syndrome With Low Blasts and 5q Deletion",),
            condition_mesh_terms=("Myelodysplastic Syndromes", "Chromosome Deletion"),
            brief_summary="Lenalidomide is started before transfusion dependence in lower-risk "
            "MDS with isolated del(5q). Patients whose del(5q) clone carries a TP53 mutation "
            "are excluded because of their higher risk of clonal evolution.",
            eligibility_criteria=criteria(
                (
                    "MDS-5q per WHO 2022 (MDS with low blasts and isolated 5q deletion), IPSS-R "
                    "very low, low or intermediate",
                    "Symptomatic anemia (hemoglobin \\< 10 g/dL), not yet transfusion-dependent",
                    "Lenalidomide-naive",
                    *MDS_GENERAL,
                ),
                (
                    "Del(5q) with TP53 mutation (VAF \\>= 10%) or complex karyotype (\\>= 3 "
                    "abnormalities)",
                    "Prior hypomethylating agent",
                    *MDS_EXCLUSIONS,
                ),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        # Anaemia in myelofibrosis, refractory to ESA: not MDS (convention
        # "myelofibrosis-anemia-del5q-background").
        "myelofibrosis-anaemia-esa-refractory-after-jak-inhibitor",
        Trial(
            nct_id="NCT09700034",
            brief_title="Ruxolitinib Plus Low-Dose Lenalidomide for Anemia in Myelofibrosis "
            "After JAK Inhibitor Failure",
            conditions=(
                "Primary Myelofibrosis",
                "Post-Polycythemia Vera Myelofibrosis",
                "Post-Essential Thrombocythemia Myelofibrosis",
                "Anemia",
            ),
            condition_mesh_terms=(
                "Primary Myelofibrosis",
                "Anemia",
                "Myeloproliferative Disorders",
            ),
            brief_summary="Anemia limits ruxolitinib dosing in myelofibrosis. This phase 2 study "
            "adds lenalidomide 5 mg to ruxolitinib in anemic patients with MF after JAK "
            "inhibitor failure. Primary endpoint: anemia response by IWG-MRT 2013 criteria.",
            eligibility_criteria=criteria(
                (
                    "PMF, post-PV MF or post-ET MF per WHO 2022 or ICC",
                    "DIPSS intermediate-1, intermediate-2 or high risk",
                    "Anemia: hemoglobin \\< 10 g/dL, transfusion-dependent or ESA-refractory "
                    "anemia",
                    "Relapsed, refractory or intolerant to prior JAK inhibitor therapy (\\>= 3 "
                    "months of ruxolitinib or fedratinib)",
                    "Platelets \\>= 50 x 10\\^9/L",
                ),
                (
                    "Myelodysplastic syndrome or MDS/MPN overlap",
                    "Blasts \\>= 10% in blood or marrow (accelerated or blast phase)",
                    "Prior lenalidomide or thalidomide",
                    *MYELOID_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- lymphoma neighbours
    (
        "richter-transformation-untreated-hodgkin-variant-excluded",
        Trial(
            nct_id="NCT09700035",
            brief_title="Zanubrutinib, Lenalidomide and R-CHOP in Previously Untreated Richter "
            "Transformation",
            conditions=(
                "Richter Syndrome",
                "Chronic Lymphocytic Leukemia",
                "Small Lymphocytic Lymphoma",
            ),
            brief_summary="Richter transformation of CLL to diffuse large B-cell lymphoma has a "
            "median survival under 1 year with R-CHOP. This phase 2 study adds zanubrutinib "
            "and lenalidomide to R-CHOP for 6 cycles, followed by zanubrutinib.",
            eligibility_criteria=criteria(
                (
                    "Biopsy-proven Richter transformation of CLL/SLL to DLBCL, clonally related "
                    "or unrelated",
                    "Previously untreated Richter transformation; any prior CLL-directed "
                    "therapy is allowed",
                    *NHL_MEASURABLE,
                ),
                (
                    "Hodgkin-variant Richter transformation",
                    "Transformation of an indolent lymphoma other than CLL (e.g., follicular or "
                    "marginal zone lymphoma)",
                    "Known CNS involvement",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "hiv-burkitt-and-hgbl-untreated-da-epoch-r-len",
        Trial(
            nct_id="NCT09700036",
            brief_title="Dose-Adjusted EPOCH-R Plus Lenalidomide in Untreated HIV-Associated "
            "Burkitt and High-Grade B-Cell Lymphoma",
            conditions=(
                "Burkitt Lymphoma",
                "High-grade B-cell Lymphoma",
                "HIV Infections",
                "AIDS-Related Lymphoma",
            ),
            brief_summary="A phase 1/2 study of lenalidomide added to risk-adapted DA-EPOCH-R "
            "in people with HIV and untreated Burkitt lymphoma or high-grade B-cell lymphoma.",
            eligibility_criteria=criteria(
                (
                    "Untreated Burkitt lymphoma, HGBL with MYC and BCL2 rearrangements, or "
                    "HGBL-NOS",
                    "HIV-1 infection, on or willing to start antiretroviral therapy",
                    "Concurrent Kaposi sarcoma is allowed",
                    *NHL_MEASURABLE,
                ),
                ("Primary CNS lymphoma", "Plasmablastic lymphoma or primary effusion lymphoma"),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # A history of FL or MZL is the past of some patients, who now have HGBL.
        "hgbl-double-hit-untreated-history-of-indolent-lymphoma-allowed",
        Trial(
            nct_id="NCT09700037",
            brief_title="Glofitamab Plus Pola-R-CHP and Lenalidomide in Untreated High-Grade "
            "B-Cell Lymphoma With MYC and BCL2 Rearrangements",
            conditions=("High-grade B-cell Lymphoma", "Double-Hit Lymphoma"),
            brief_summary="A phase 2 study of glofitamab with polatuzumab vedotin, R-CHP and "
            "lenalidomide for 6 cycles in untreated HGBL-DH. Primary endpoint: complete "
            "metabolic response rate.",
            eligibility_criteria=criteria(
                (
                    "HGBL with MYC and BCL2 rearrangements (WHO 2016), or DLBCL/HGBL with MYC "
                    "and BCL2 rearrangements (WHO 2022), previously untreated",
                    "Patients with a history of indolent lymphoma (for example follicular or "
                    "marginal zone lymphoma) are eligible if they have received no prior "
                    "anthracycline",
                    *NHL_MEASURABLE,
                ),
                ("Known CNS involvement", *NHL_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "pmbcl-relapsed-pembrolizumab-len-grey-zone-excluded",
        Trial(
            nct_id="NCT09700038",
            brief_title="Pembrolizumab Plus Lenalidomide in Relapsed or Refractory Primary "
            "Mediastinal Large B-Cell Lymphoma",
            conditions=("Primary Mediastinal Large B-cell Lymphoma",),
            brief_summary="PMBCL frequently carries 9p24.1 alterations and responds to PD-1 "
            "blockade. This phase 2 study tests pembrolizumab with lenalidomide after at least "
            "one prior line.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory PMBCL after at least one prior line of "
                    "anthracycline-based chemoimmunotherapy",
                    "Ineligible for, or relapsed after, autologous transplant or CAR T-cells",
                    *NHL_MEASURABLE,
                ),
                (
                    "Mediastinal grey-zone lymphoma",
                    "Nodular sclerosis classic Hodgkin lymphoma",
                    "Prior PD-1 or PD-L1 antibody",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # The summary contrasts PVRL with ocular adnexal MZL; the trial enrols PVRL only.
        "primary-vitreoretinal-lymphoma-summary-contrasts-ocular-adnexal-mzl",
        Trial(
            nct_id="NCT09700039",
            brief_title="Intravitreal Methotrexate Plus Oral Lenalidomide in Newly Diagnosed "
            "Primary Vitreoretinal Lymphoma",
            conditions=("Primary Vitreoretinal Lymphoma", "Intraocular Lymphoma"),
            brief_summary="Primary vitreoretinal lymphoma (PVRL) is a subset of primary CNS "
            "lymphoma, almost always of large B-cell type, and most patients later develop "
            "brain involvement. Unlike ocular adnexal extranodal marginal zone lymphoma of the "
            "conjunctiva or orbit, which is indolent and treated with radiotherapy, PVRL needs "
            "treatment that reaches the eye and the brain. This phase 2 study adds oral "
            "lenalidomide for 2 years to intravitreal methotrexate.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed PVRL confirmed by vitreous biopsy (cytology, flow "
                    "cytometry, MYD88 L265P or IL-10/IL-6 ratio \\> 1)",
                    "No brain or CSF involvement on MRI and lumbar puncture",
                    "ECOG 0-2",
                ),
                (
                    "Systemic lymphoma with secondary ocular involvement",
                    "Ocular adnexal (conjunctival, orbital, lacrimal) lymphoma",
                    "Prior systemic therapy for lymphoma",
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # "PCL" here is primary cutaneous lymphoma, not plasma cell leukaemia.
        "ctcl-primary-cutaneous-lymphoma-pcl-abbreviation",
        Trial(
            nct_id="NCT09700040",
            brief_title="Mogamulizumab Plus Lenalidomide in Relapsed or Refractory Mycosis "
            "Fungoides and Sézary Syndrome",
            conditions=("Mycosis Fungoides", "Sezary Syndrome", "Cutaneous T-Cell Lymphoma"),
            brief_summary="A phase 1b/2 study of mogamulizumab with lenalidomide in MF and SS "
            "after at least one prior systemic therapy. Primary endpoint: global response by "
            "the ISCL/EORTC consensus criteria.",
            eligibility_criteria=criteria(
                (
                    "Diagnosis of primary cutaneous lymphoma (PCL) of T-cell type: mycosis "
                    "fungoides (stage IB-IVB, including folliculotropic MF) or Sézary syndrome, "
                    "confirmed by skin biopsy",
                    "Relapsed or refractory after at least one prior systemic therapy",
                    "ECOG 0-2",
                ),
                (
                    "Primary cutaneous B-cell lymphomas (follicle centre, marginal zone)",
                    "Prior mogamulizumab",
                    "Active autoimmune disease requiring systemic therapy",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # Reduction of immunosuppression is not lymphoma therapy (as H. pylori eradication is
        # not, "relapsed-malt-and-hp-eradication-clause"): R2 here is first-line treatment.
        "ptld-cd20-first-line-plasmacytoma-like-not-eligible",
        Trial(
            nct_id="NCT09700041",
            brief_title="Rituximab and Lenalidomide as First-Line Therapy for CD20-Positive "
            "Post-Transplant Lymphoproliferative Disorder",
            conditions=("Post-transplant Lymphoproliferative Disorder", "Solid Organ Transplant"),
            brief_summary="Most PTLD after solid organ transplantation is of B-cell type and "
            "EBV-driven. This phase 2 study tests 4 cycles of rituximab with lenalidomide as "
            "first-line therapy, followed by R-CHOP only for patients without complete "
            "response.",
            eligibility_criteria=criteria(
                (
                    "CD20-positive PTLD after solid organ transplantation: polymorphic PTLD, or "
                    "monomorphic B-cell PTLD of DLBCL or Burkitt type; plasmacytoma-like and "
                    "Hodgkin-type PTLD are not eligible",
                    "Persistent or progressive disease despite reduction of immunosuppression, "
                    "or reduction not feasible",
                    *NHL_MEASURABLE,
                ),
                (
                    "T-cell or NK-cell PTLD",
                    "Primary CNS PTLD",
                    "Prior chemotherapy or rituximab for PTLD",
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "hiv-associated-aggressive-bnhl-relapsed-indolent-excluded",
        Trial(
            nct_id="NCT09700042",
            brief_title="Lenalidomide With R-ICE in Relapsed HIV-Associated Aggressive B-Cell "
            "Lymphoma",
            conditions=(
                "AIDS-Related Lymphoma",
                "HIV Infections",
                "Diffuse Large B-Cell Lymphoma",
                "Plasmablastic Lymphoma",
                "Primary Effusion Lymphoma",
            ),
            brief_summary="A phase 2 study of lenalidomide with R-ICE salvage before autologous "
            "transplantation in people with HIV and relapsed aggressive B-cell lymphoma.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory HIV-associated aggressive B-cell lymphoma: DLBCL, "
                    "HGBL, Burkitt lymphoma, plasmablastic lymphoma or primary effusion "
                    "lymphoma",
                    "CD4 count \\>= 100/uL on antiretroviral therapy",
                    *NHL_MEASURABLE,
                ),
                (
                    "Indolent lymphomas (follicular, marginal zone), mantle cell lymphoma and CLL",
                    "Active Kaposi sarcoma requiring systemic therapy",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "bnhl-basket-fl-mzl-mcl-lpl-sll-after-one-line",
        Trial(
            nct_id="NCT09700043",
            brief_title="Odronextamab Plus Lenalidomide in Relapsed Indolent and Mantle Cell "
            "B-Cell Non-Hodgkin Lymphomas",
            conditions=("B-cell Non-Hodgkin Lymphoma",),
            condition_mesh_terms=("Lymphoma, B-Cell", "Lymphoma, Non-Hodgkin", "Lymphoma"),
            brief_summary="A phase 1b study of odronextamab with lenalidomide in relapsed or "
            "refractory CD20-positive B-cell lymphomas other than DLBCL, with expansion cohorts "
            "by histology.",
            eligibility_criteria=criteria(
                (
                    "CD20-positive B-NHL of one of the following histologies, relapsed or "
                    "refractory after \\>= 1 prior systemic therapy:\n  * Follicular lymphoma "
                    "grade 1-3A\n  * Marginal zone lymphoma (splenic, nodal or extranodal/MALT)"
                    "\n  * Mantle cell lymphoma after a BTK inhibitor\n  * Lymphoplasmacytic "
                    "lymphoma/Waldenström macroglobulinemia\n  * Small lymphocytic lymphoma",
                    *NHL_MEASURABLE,
                ),
                (
                    "Richter transformation or transformed follicular lymphoma",
                    "Hairy cell leukemia or B-prolymphocytic leukemia",
                    "Follicular lymphoma grade 3B",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        # Dural MALT lymphoma is named as a histology that may not enrol.
        "pcnsl-elderly-other-histologies-eg-dural-malt-not-eligible",
        Trial(
            nct_id="NCT09700044",
            brief_title="Ibrutinib, Rituximab, High-Dose Methotrexate and Lenalidomide in "
            "Newly Diagnosed Primary CNS Lymphoma in Patients Aged 70 or Older",
            conditions=("Primary Central Nervous System Lymphoma",),
            brief_summary="A phase 2 study of 4 cycles of rituximab, methotrexate, ibrutinib and "
            "lenalidomide in older patients with newly diagnosed PCNSL. Primary endpoint: "
            "complete response rate at the end of induction.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed PCNSL of diffuse large B-cell type confined to brain, eyes, "
                    "leptomeninges or spinal cord; other histologies (e.g., dural MALT lymphoma, "
                    "T-cell or Burkitt lymphoma) are not eligible",
                    "Age \\>= 70 years",
                    "Creatinine clearance \\>= 50 mL/min",
                ),
                (
                    "Systemic lymphoma with secondary CNS involvement",
                    "Prior therapy for lymphoma other than corticosteroids",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # Plasmacytoma is a differential diagnosis that must be ruled out.
        "relapsed-extranodal-mzl-plasmacytic-differentiation-plasmacytoma-must-be-excluded",
        Trial(
            nct_id="NCT09700045",
            brief_title="Zanubrutinib Plus Rituximab-Lenalidomide in Relapsed Extranodal "
            "Marginal Zone Lymphoma",
            conditions=("Extranodal Marginal Zone Lymphoma", "MALT Lymphoma"),
            brief_summary="A phase 2 study of zanubrutinib with lenalidomide and rituximab for "
            "12 cycles, then zanubrutinib, in extranodal MZL after at least one prior line.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed extranodal MZL of MALT type; in cases with marked "
                    "plasmacytic differentiation, extramedullary plasmacytoma and "
                    "lymphoplasmacytic lymphoma must be excluded",
                    "Relapsed or refractory after at least one prior anti-CD20-containing regimen",
                    *NHL_MEASURABLE,
                ),
                ("Transformation to DLBCL", "Prior BTK inhibitor", *NHL_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        "cll-sll-and-mcl-two-cohorts-after-covalent-btki",
        Trial(
            nct_id="NCT09700046",
            brief_title="Nemtabrutinib Plus Lenalidomide and Rituximab in Relapsed CLL/SLL and "
            "Mantle Cell Lymphoma After a Covalent BTK Inhibitor",
            conditions=(
                "Chronic Lymphocytic Leukemia",
                "Small Lymphocytic Lymphoma",
                "Mantle Cell Lymphoma",
            ),
            brief_summary="A two-cohort phase 1b/2 study of the non-covalent BTK inhibitor "
            "nemtabrutinib with lenalidomide and rituximab in CLL/SLL or MCL that progressed "
            "on or after a covalent BTK inhibitor.",
            eligibility_criteria=criteria(
                (
                    "Cohort A: CLL/SLL per iwCLL 2018 requiring treatment; Cohort B: MCL with "
                    "cyclin D1 overexpression or t(11;14)",
                    "Progressed on or after a covalent BTK inhibitor (ibrutinib, acalabrutinib "
                    "or zanubrutinib)",
                    *NHL_MEASURABLE,
                ),
                (
                    "Richter transformation",
                    "Prior non-covalent BTK inhibitor",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "classic-hodgkin-relapsed-after-bv-and-pd1-nlphl-excluded",
        Trial(
            nct_id="NCT09700047",
            brief_title="Lenalidomide Plus Favezelimab and Pembrolizumab in Classic Hodgkin "
            "Lymphoma After Anti-PD-1 Failure",
            conditions=("Hodgkin Lymphoma", "Classical Hodgkin Lymphoma"),
            brief_summary="A phase 2 study of lenalidomide added to anti-LAG-3 and anti-PD-1 "
            "antibodies in classic Hodgkin lymphoma that progressed on anti-PD-1 therapy.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory classic Hodgkin lymphoma after brentuximab vedotin "
                    "and an anti-PD-1 antibody",
                    "Ineligible for, or relapsed after, autologous transplant",
                    *NHL_MEASURABLE,
                ),
                (
                    "Nodular lymphocyte-predominant Hodgkin lymphoma",
                    "Grey-zone lymphoma or composite lymphoma",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # MALT lymphoma and splenic MZL are ruled out in the inclusion criteria: an FL trial.
        "untreated-indolent-bnhl-fl-or-sll-malt-and-splenic-mzl-not-eligible",
        Trial(
            nct_id="NCT09700048",
            brief_title="Tafasitamab Plus Lenalidomide and Rituximab in Previously Untreated "
            "Indolent B-Cell Lymphoma Requiring Therapy",
            conditions=("Indolent B-Cell Non-Hodgkin Lymphoma",),
            condition_mesh_terms=("Lymphoma, B-Cell", "Lymphoma, Non-Hodgkin", "Lymphoma"),
            brief_summary="A phase 2 study of tafasitamab with R2 for 12 cycles in previously "
            "untreated indolent B-cell lymphoma with a high tumour burden.",
            eligibility_criteria=criteria(
                (
                    "Follicular lymphoma grade 1-3A or small lymphocytic lymphoma, previously "
                    "untreated and requiring therapy by GELF criteria; MALT lymphoma and splenic "
                    "marginal zone lymphoma are not eligible",
                    *NHL_MEASURABLE,
                ),
                ("Transformed lymphoma", "Follicular lymphoma grade 3B", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        # Gastric DLBCL with a MALT component (composite or transformed): a DLBCL trial.
        "chinese-primary-gastric-dlbcl-with-or-without-malt-component",
        Trial(
            nct_id="NCT09700049",
            brief_title="Lenalidomide Plus R-CHOP in Newly Diagnosed Primary Gastric Diffuse "
            "Large B-Cell Lymphoma",
            conditions=("Primary Gastric Diffuse Large B-Cell Lymphoma",),
            brief_summary="A single-arm, multicenter phase 2 study in China of 6 cycles of "
            "R2-CHOP in stage I-II primary gastric DLBCL, without radiotherapy.",
            eligibility_criteria=numbered(
                (
                    "Histologically confirmed primary gastric DLBCL, with or without a MALT "
                    "lymphoma component",
                    "Lugano stage I-II1 (modified Ann Arbor IE-IIE)",
                    "No prior chemotherapy or radiotherapy for lymphoma; prior H. pylori "
                    "eradication is allowed",
                    "ECOG 0-2",
                ),
                (
                    "Pure gastric MALT lymphoma without a large-cell component",
                    "Gastric mantle cell or Burkitt lymphoma",
                    "CNS involvement",
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "cd30-ptcl-alcl-aitl-nodal-tfh-follicular-type-relapsed",
        Trial(
            nct_id="NCT09700050",
            brief_title="Brentuximab Vedotin Plus Lenalidomide in Relapsed CD30-Positive "
            "Peripheral T-Cell Lymphoma",
            conditions=(
                "Peripheral T-Cell Lymphoma",
                "Anaplastic Large Cell Lymphoma",
                "Angioimmunoblastic T-cell Lymphoma",
            ),
            brief_summary="A phase 2 study of brentuximab vedotin with lenalidomide in CD30-"
            "positive PTCL after at least one prior regimen.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory CD30-positive (\\>= 1% of tumour cells) PTCL: ALCL "
                    "(ALK-positive or ALK-negative), PTCL-NOS, nodal T-follicular helper cell "
                    "lymphoma (angioimmunoblastic type, follicular type or NOS), or ATLL",
                    *NHL_MEASURABLE,
                ),
                (
                    "Mycosis fungoides with large-cell transformation",
                    "Primary cutaneous ALCL",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "pulmonary-balt-lymphoma-extranodal-mzl-untreated",
        Trial(
            nct_id="NCT09700051",
            brief_title="Rituximab Plus Lenalidomide in Untreated Pulmonary MALT Lymphoma",
            conditions=("Pulmonary MALT Lymphoma", "BALT Lymphoma"),
            brief_summary="Bronchus-associated lymphoid tissue (BALT) lymphoma, the pulmonary "
            "form of extranodal marginal zone lymphoma, is usually indolent. This phase 2 study "
            "tests 12 cycles of R2 in patients needing treatment.",
            eligibility_criteria=criteria(
                (
                    "Extranodal marginal zone lymphoma of the lung (BALT), biopsy-proven",
                    "Untreated, with symptoms, multifocal disease or progression on observation",
                    *NHL_MEASURABLE,
                ),
                ("Transformation to DLBCL", "Prior systemic therapy", *NHL_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        # Doxycycline for Chlamydia psittaci, like H. pylori eradication, is not lymphoma therapy
        # (convention "relapsed-malt-and-hp-eradication-clause").
        "ocular-adnexal-malt-after-doxycycline-failure-no-systemic-therapy",
        Trial(
            nct_id="NCT09700052",
            brief_title="Lenalidomide and Rituximab in Ocular Adnexal MALT Lymphoma",
            conditions=(
                "Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
                "Ocular Adnexal Lymphoma",
            ),
            brief_summary="A phase 2 study of R2 for 6 cycles in ocular adnexal MALT lymphoma "
            "(conjunctiva, orbit, lacrimal gland or eyelid), as an alternative to radiotherapy "
            "that spares the eye.",
            eligibility_criteria=criteria(
                (
                    "Stage IE-IV ocular adnexal MALT lymphoma, biopsy-proven",
                    "No prior systemic therapy or radiotherapy for lymphoma; patients with "
                    "persistent disease after failure of doxycycline eradication therapy for "
                    "Chlamydophila psittaci are eligible",
                    *NHL_MEASURABLE,
                ),
                ("Transformation to DLBCL", *NHL_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "cd5-positive-dlbcl-cyclin-d1-negative-to-exclude-pleomorphic-mcl",
        Trial(
            nct_id="NCT09700053",
            brief_title="R2-CHOP in Newly Diagnosed CD5-Positive Diffuse Large B-Cell Lymphoma",
            conditions=("Diffuse Large B-Cell Lymphoma", "CD5-Positive DLBCL"),
            brief_summary="De novo CD5-positive DLBCL has a high risk of CNS relapse. This phase "
            "2 study adds lenalidomide to R-CHOP for 6 cycles with CNS prophylaxis.",
            eligibility_criteria=criteria(
                (
                    "Newly diagnosed de novo DLBCL, CD5-positive by immunohistochemistry or flow "
                    "cytometry",
                    "Cyclin D1-negative and SOX11-negative (to exclude pleomorphic or blastoid "
                    "mantle cell lymphoma)",
                    *NHL_MEASURABLE,
                ),
                (
                    "DLBCL transformed from CLL (Richter) or from another indolent lymphoma",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "hiv-associated-indolent-bnhl-fl-mzl-and-mcl-untreated",
        Trial(
            nct_id="NCT09700054",
            brief_title="Lenalidomide and Rituximab in Untreated HIV-Associated Indolent B-Cell "
            "Lymphoma and Mantle Cell Lymphoma",
            conditions=("AIDS-Related Lymphoma", "HIV Infections"),
            brief_summary="Indolent B-cell lymphomas are increasingly seen in people with HIV "
            "on effective antiretroviral therapy. This phase 2 study tests R2 for 12 cycles.",
            eligibility_criteria=criteria(
                (
                    "HIV-associated B-cell lymphoma, previously untreated: follicular lymphoma "
                    "grade 1-3A, marginal zone lymphoma (any site), or mantle cell lymphoma "
                    "not requiring intensive therapy",
                    "On antiretroviral therapy with HIV viral load \\< 200 copies/mL",
                    *NHL_MEASURABLE,
                ),
                ("DLBCL, Burkitt or plasmablastic lymphoma", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL, FL, MZL),
        (ND,),
    ),
    (
        # Primary cold agglutinin disease is a clonal B-cell disorder distinct from LPL and MZL
        # (WHO 2022).
        "cold-agglutinin-disease-summary-distinct-from-lpl-and-mzl",
        Trial(
            nct_id="NCT09700055",
            brief_title="Lenalidomide Plus Rituximab in Primary Cold Agglutinin Disease After "
            "Rituximab Failure",
            conditions=("Cold Agglutinin Disease", "Autoimmune Hemolytic Anemia"),
            brief_summary="Primary cold agglutinin disease (CAD) is a clonal B-cell "
            "lymphoproliferative disorder of the bone marrow, distinct from lymphoplasmacytic "
            "lymphoma and marginal zone lymphoma, that causes complement-mediated hemolysis. "
            "This phase 2 study tests lenalidomide with rituximab in CAD that relapsed after or "
            "did not respond to rituximab.",
            eligibility_criteria=criteria(
                (
                    "Primary CAD: chronic hemolysis, polyspecific DAT positive, monospecific DAT "
                    "strongly positive for C3d, cold agglutinin titre \\>= 64 at 4 °C",
                    "Relapsed after or refractory to at least one rituximab-containing regimen",
                    "Hemoglobin \\<= 10 g/dL or symptomatic anemia",
                ),
                (
                    "Secondary cold agglutinin syndrome (infection, aggressive lymphoma)",
                    "Overt B-cell lymphoma requiring therapy",
                    "Prior lenalidomide",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # DLBCL trial: prior lenalidomide given for a preceding FL is history.
        "rr-dlbcl-prior-lenalidomide-for-preceding-follicular-lymphoma-allowed",
        Trial(
            nct_id="NCT09700056",
            brief_title="Tafasitamab and Lenalidomide Plus Loncastuximab in Relapsed or "
            "Refractory Diffuse Large B-Cell Lymphoma",
            conditions=("Diffuse Large B-Cell Lymphoma",),
            brief_summary="A phase 1b/2 study of loncastuximab tesirine added to tafasitamab and "
            "lenalidomide in relapsed or refractory DLBCL not eligible for transplant.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory DLBCL NOS, including DLBCL transformed from indolent "
                    "lymphoma, after 1-3 prior systemic therapies",
                    "Prior lenalidomide is allowed, including lenalidomide given for a "
                    "preceding follicular lymphoma, if not refractory",
                    "Not eligible for or refused autologous transplant",
                    *NHL_MEASURABLE,
                ),
                ("Prior CD19-directed therapy", *NHL_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- lenalidomide outside haematology, a target disease in passing
    (
        # "MDS-UPDRS" is the Movement Disorder Society rating scale.
        "parkinson-disease-mds-updrs-endpoint",
        Trial(
            nct_id="NCT09700057",
            brief_title="Lenalidomide for Neuroinflammation in Early Parkinson's Disease",
            official_title="A Phase 2, Randomized, Double-Blind, Placebo-Controlled Trial of "
            "Low-Dose Lenalidomide in Early Parkinson's Disease",
            conditions=("Parkinson Disease",),
            keywords=("neuroinflammation", "alpha-synuclein", "microglia"),
            brief_summary="Lenalidomide reduces microglial activation and alpha-synuclein "
            "pathology in mouse models. This trial randomizes patients with early Parkinson's "
            "disease to lenalidomide 5 mg or placebo for 52 weeks. The primary endpoint is the "
            "change in MDS-UPDRS Part III score at 52 weeks.",
            eligibility_criteria=criteria(
                (
                    "Clinically established or probable Parkinson's disease per MDS criteria, "
                    "diagnosed within 3 years",
                    "Hoehn and Yahr stage =\\< 2.5 and MDS-UPDRS Part III score \\>= 10 in the "
                    "OFF state",
                    "On stable dopaminergic therapy for \\>= 8 weeks, or untreated",
                    *NONCANCER_GENERAL,
                ),
                ("Atypical or secondary parkinsonism", *NONCANCER_EXCLUSIONS),
            ),
        ),
        # "Or untreated" reads as first-line, as in the sixth table's mixed populations.
        (OTHER,),
        (ND,),
    ),
    (
        # "MM" here is malignant melanoma.
        "metastatic-melanoma-mm-abbreviation-after-anti-pd-1",
        Trial(
            nct_id="NCT09700058",
            brief_title="Lenalidomide Plus Nivolumab and Ipilimumab in Metastatic Melanoma "
            "Resistant to Anti-PD-1 Therapy",
            conditions=("Melanoma", "Malignant Melanoma"),
            brief_summary="A phase 2 study testing whether lenalidomide restores sensitivity to "
            "checkpoint blockade in melanoma that progressed on anti-PD-1 therapy.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed unresectable stage III or stage IV malignant "
                    "melanoma (MM), cutaneous or of unknown primary",
                    "Progressed after at least one prior anti-PD-1 containing regimen",
                    "Measurable disease per RECIST 1.1",
                    "ECOG 0-1",
                ),
                (
                    "Uveal or mucosal melanoma",
                    "Active brain metastases",
                    "Autoimmune disease requiring systemic treatment within 2 years",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # What lenalidomide is used for elsewhere is background; recurrent epistaxis is not
        # relapsed disease (convention "gi-angiodysplasia-recurrent-bleeding").
        "hht-epistaxis-summary-drug-used-for-myeloma-and-del5q-mds",
        Trial(
            nct_id="NCT09700059",
            brief_title="Lenalidomide for Moderate to Severe Epistaxis in Hereditary Hemorrhagic "
            "Telangiectasia",
            conditions=("Hereditary Hemorrhagic Telangiectasia", "Epistaxis"),
            brief_summary="HHT causes recurrent epistaxis and iron-deficiency anemia. "
            "Lenalidomide is an oral immunomodulatory drug used in the treatment of multiple "
            "myeloma and of myelodysplastic syndromes with deletion 5q. Like thalidomide and "
            "pomalidomide it has anti-angiogenic effects. This randomized, placebo-controlled "
            "trial tests 16 weeks of lenalidomide on the Epistaxis Severity Score (ESS).",
            eligibility_criteria=criteria(
                (
                    "Clinical diagnosis of HHT (\\>= 3 Curaçao criteria) or a pathogenic variant "
                    "in ENG, ACVRL1 or SMAD4",
                    "Epistaxis Severity Score \\>= 4",
                    *NONCANCER_GENERAL,
                ),
                NONCANCER_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        # Refractory to colchicine counts as refractory (convention
        # "diamond-blackfan-anemia-del5q-background").
        "behcet-mucocutaneous-refractory-to-colchicine-approved-background",
        Trial(
            nct_id="NCT09700060",
            brief_title="Lenalidomide Versus Thalidomide for Mucocutaneous Behçet's Disease "
            "Refractory to Colchicine",
            conditions=("Behcet Syndrome",),
            brief_summary="Thalidomide heals oral and genital ulcers in Behçet's disease but "
            "causes neuropathy. Lenalidomide, an analogue approved for multiple myeloma and "
            "myelodysplastic syndromes, is less neurotoxic. This randomized trial compares the "
            "two drugs over 24 weeks.",
            eligibility_criteria=criteria(
                (
                    "Behçet's disease per ICBD 2014",
                    "\\>= 3 oral ulcers in the past 4 weeks despite colchicine for \\>= 3 months",
                    *NONCANCER_GENERAL,
                ),
                (
                    "Active uveitis, vascular or neurological Behçet's disease requiring "
                    "immunosuppression",
                    "Pre-existing peripheral neuropathy",
                    *NONCANCER_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "lvad-gi-bleeding-angiodysplasia-mds-excluded",
        Trial(
            nct_id="NCT09700061",
            brief_title="Lenalidomide to Reduce Gastrointestinal Bleeding in Patients With a "
            "Left Ventricular Assist Device",
            conditions=("Gastrointestinal Hemorrhage", "Angiodysplasia", "Heart-Assist Devices"),
            brief_summary="Acquired von Willebrand syndrome and angiodysplasia cause recurrent "
            "gastrointestinal bleeding in up to a third of LVAD recipients. Thalidomide reduces "
            "bleeding in small series. This randomized trial tests lenalidomide 10 mg against "
            "placebo for 12 months.",
            eligibility_criteria=criteria(
                (
                    "Continuous-flow LVAD implanted \\>= 3 months earlier",
                    "\\>= 2 GI bleeding episodes requiring transfusion or hospitalization in the "
                    "previous 12 months",
                    "Platelets \\>= 100 x 10\\^9/L",
                ),
                (
                    "Myelodysplastic syndrome or another hematologic malignancy",
                    "Pump thrombosis or stroke within 3 months",
                    "Pregnancy",
                ),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "nf1-plexiform-neurofibroma-after-mek-inhibitor",
        Trial(
            nct_id="NCT09700062",
            brief_title="Lenalidomide in Children and Young Adults With NF1 and Progressive "
            "Plexiform Neurofibromas After MEK Inhibitor Therapy",
            conditions=("Neurofibromatosis 1", "Plexiform Neurofibroma"),
            brief_summary="Lenalidomide, an immunomodulatory drug approved for adults with "
            "multiple myeloma, showed activity against plexiform neurofibromas in a phase 1 "
            "study. This phase 2 study tests it after MEK inhibitor therapy.",
            eligibility_criteria=nci(
                (
                    "Age 5-21 years with NF1 and an inoperable plexiform neurofibroma",
                    "Progressed after, or did not tolerate, selumetinib or another MEK inhibitor",
                    "Volumetric MRI measurable disease",
                    "Lansky or Karnofsky performance score \\>= 60",
                ),
                (
                    "Malignant peripheral nerve sheath tumor",
                    "Optic pathway glioma requiring treatment",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "beta-thalassaemia-fetal-haemoglobin-induction-del5q-background",
        Trial(
            nct_id="NCT09700063",
            brief_title="Lenalidomide for Fetal Hemoglobin Induction in Transfusion-Dependent "
            "Beta-Thalassemia",
            conditions=("Beta-Thalassemia",),
            brief_summary="Thalidomide raises fetal hemoglobin and reduces transfusion needs in "
            "beta-thalassemia. Lenalidomide, which corrects anemia in MDS with del(5q), is more "
            "potent in erythroid cultures. This phase 2 study tests lenalidomide 10 mg for 24 "
            "weeks.",
            eligibility_criteria=criteria(
                (
                    "Transfusion-dependent beta-thalassemia (\\>= 8 transfusion episodes per year)",
                    "Age 12-50 years",
                    "Ferritin \\< 5000 ng/mL on chelation",
                ),
                (
                    "Hydroxyurea or thalidomide within 6 months",
                    "History of thrombosis or splenectomy with platelets \\> 800 x 10\\^9/L",
                    "Pregnancy",
                ),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "platinum-resistant-ovarian-cancer-must-not-have-mds-aml-after-parpi",
        Trial(
            nct_id="NCT09700064",
            brief_title="Lenalidomide Plus Pegylated Liposomal Doxorubicin in Platinum-Resistant "
            "Ovarian Cancer After a PARP Inhibitor",
            conditions=("Ovarian Cancer", "Fallopian Tube Cancer", "Primary Peritoneal Carcinoma"),
            brief_summary="A phase 2 study of lenalidomide with pegylated liposomal doxorubicin "
            "in platinum-resistant high-grade serous ovarian cancer after PARP inhibitor "
            "maintenance. Primary endpoint: objective response rate.",
            eligibility_criteria=criteria(
                (
                    "High-grade serous or endometrioid ovarian, fallopian tube or primary "
                    "peritoneal cancer",
                    "Platinum-resistant disease: progression within 6 months of the last "
                    "platinum dose",
                    "Prior PARP inhibitor maintenance is allowed",
                    "Patients must not have MDS/AML or features suggestive of MDS/AML",
                    "Measurable disease per RECIST 1.1; ECOG 0-1",
                ),
                (
                    "More than 3 prior lines of chemotherapy",
                    "Bowel obstruction within 3 months",
                    "History of thromboembolism within 6 months",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "crohn-disease-refractory-to-anti-tnf-and-vedolizumab",
        Trial(
            nct_id="NCT09700065",
            brief_title="Lenalidomide in Crohn's Disease Refractory to Anti-TNF and Vedolizumab",
            conditions=("Crohn Disease",),
            brief_summary="Thalidomide induces remission in refractory paediatric Crohn's "
            "disease but is poorly tolerated. This phase 2 study tests lenalidomide for 12 "
            "weeks in adults whose disease failed biologic therapy.",
            eligibility_criteria=criteria(
                (
                    "Crohn's disease for \\>= 3 months with CDAI 220-450 and SES-CD \\>= 6",
                    "Inadequate response to at least one anti-TNF agent and to vedolizumab or "
                    "ustekinumab",
                    *NONCANCER_GENERAL,
                ),
                ("Short bowel syndrome or stoma", *NONCANCER_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
]

CASES = params(SEVENTH_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_seventh(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_seventh_case_ids_are_unique() -> None:
    check_unique(SEVENTH_CASES)
