"""Audit of the classifier on records at full length, the way the registry returns real ones:
NCI/CTEP records with a dozen conditions and their MeSH terms (ancestors included), summaries with
objectives, outline, arms and follow-up, 40-80-line eligibility criteria with nested bullets and
long lists of other cancers, multi-disease baskets, and trials that give lenalidomide only as a
comparator or background. The text is ours, written the way such records read; labels are a
haematologist's, under the product owner's rules."""

from __future__ import annotations

from typing import Any

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
from trials.classify import classify_trial, split_eligibility
from trials.model import Arm, Indication, Setting, Trial


def bullets(*lines: str, mark: str = "* ") -> str:
    return "\n".join(f"{mark}{line}" for line in lines)


def criteria(
    inclusion: tuple[str, ...],
    exclusion: tuple[str, ...],
    *,
    headers: tuple[str, str] = ("Inclusion Criteria:", "Exclusion Criteria:"),
    mark: str = "* ",
) -> str:
    """Eligibility text: two headers, each followed by a blank line and its bullets."""
    return (
        f"{headers[0]}\n\n{bullets(*inclusion, mark=mark)}\n\n"
        f"{headers[1]}\n\n{bullets(*exclusion, mark=mark)}"
    )


def industry(inclusion: tuple[str, ...], exclusion: tuple[str, ...], **layout: Any) -> str:
    """Eligibility text of an industry or cooperative-group record: the disease-specific criteria,
    then the general ones every such record repeats."""
    return criteria((*inclusion, *GENERAL_INCLUSION), (*exclusion, *GENERAL_EXCLUSIONS), **layout)


def french(inclusion: tuple[str, ...], non_inclusion: tuple[str, ...]) -> str:
    """Eligibility text as French cooperative groups (IFM, GFM, LYSA) head it."""
    return criteria(
        (*inclusion, *FRENCH_INCLUSION),
        (*non_inclusion, *FRENCH_NON_INCLUSION),
        headers=("INCLUSION CRITERIA :", "NON-INCLUSION CRITERIA :"),
        mark="- ",
    )


# --- pieces NCI/CTEP records share, word for word, whatever the disease
NCI_LABS = (
    "Age >= 18 years",
    "Eastern Cooperative Oncology Group (ECOG) performance status =< 2 (Karnofsky >= 60%)",
    "Absolute neutrophil count (ANC) >= 1,000/mm^3 (obtained =< 14 days prior to registration)",
    "Platelet count >= 75,000/mm^3 (>= 50,000/mm^3 if bone marrow involvement is documented)",
    "Total bilirubin =< 1.5 x institutional upper limit of normal (ULN) (=< 3 x ULN for patients "
    "with Gilbert's syndrome or lymphomatous involvement of the liver)",
    "Aspartate aminotransferase (AST) (serum glutamic-oxaloacetic transaminase [SGOT])/alanine "
    "aminotransferase (ALT) (serum glutamic-pyruvic transaminase [SGPT]) =< 3 x institutional ULN",
    "Creatinine clearance >= 30 mL/min by the Cockcroft-Gault formula",
    "Human immunodeficiency virus (HIV)-infected patients on effective anti-retroviral therapy "
    "with undetectable viral load within 6 months are eligible for this trial",
    "For patients with evidence of chronic hepatitis B virus (HBV) infection, the HBV viral load "
    "must be undetectable on suppressive therapy, if indicated",
    "Patients with a prior or concurrent malignancy whose natural history or treatment does not "
    "have the potential to interfere with the safety or efficacy assessment of the investigational "
    "regimen are eligible for this trial",
    "Patients with known history or current symptoms of cardiac disease, or history of treatment "
    "with cardiotoxic agents, should have a clinical risk assessment of cardiac function using the "
    "New York Heart Association Functional Classification; patients should be class 2B or better",
)
NCI_REMS = (
    "All study participants must be registered into the mandatory Revlimid REMS program, and be "
    "willing and able to comply with the requirements of the REMS program",
    "Females of reproductive potential must adhere to the scheduled pregnancy testing as required "
    "in the Revlimid REMS program",
    "Patients must be able to take aspirin (81 or 325 mg) daily as prophylactic anticoagulation; "
    "patients intolerant to aspirin may use low molecular weight heparin or a direct oral "
    "anticoagulant",
    "The effects of lenalidomide on the developing human fetus are unknown; for this reason and "
    "because immunomodulatory agents are known to be teratogenic, women of child-bearing "
    "potential and men must agree to use adequate contraception (hormonal or barrier method of "
    "birth control; abstinence) prior to study entry, for the duration of study participation, "
    "and for 28 days after completion of lenalidomide administration",
    "Ability to understand and the willingness to sign a written informed consent document",
)
OTHER_CANCERS = (
    "Other malignancy within 3 years prior to registration, except adequately treated basal cell "
    "or squamous cell skin cancer, carcinoma in situ of the cervix or breast, superficial bladder "
    "cancer, localized prostate cancer on active surveillance (Gleason score <= 6 and PSA < 10 "
    "ng/mL), papillary or follicular thyroid cancer treated with curative intent, stage 0-IA "
    "melanoma excised with clear margins, or any other cancer from which the patient has been "
    "disease-free for >= 3 years"
)
#: What industry and cooperative-group records ask of everyone, whatever the disease.
GENERAL_INCLUSION = (
    "Participant must be >= 18 years of age at the time of signing the informed consent form (ICF)",
    "Eastern Cooperative Oncology Group (ECOG) performance status of 0, 1 or 2",
    "Life expectancy of at least 3 months",
    "Adequate organ function at screening:\n  * Absolute neutrophil count >= 1.0 x 10^9/L "
    "without growth factor support within 7 days\n  * Hemoglobin >= 8 g/dL without red blood "
    "cell transfusion within 7 days\n  * Platelets >= 75 x 10^9/L (>= 50 x 10^9/L if bone marrow "
    "involvement)\n  * AST and ALT <= 3 x ULN\n  * Total bilirubin <= 1.5 x ULN (<= 3 x ULN for "
    "Gilbert's syndrome)\n  * Creatinine clearance >= 30 mL/min (Cockcroft-Gault)",
    "Females of childbearing potential (FCBP) must have two negative pregnancy tests before "
    "starting lenalidomide and must either commit to continued abstinence from heterosexual "
    "intercourse or begin TWO acceptable methods of birth control, one highly effective method "
    "and one additional effective method AT THE SAME TIME, at least 28 days before starting "
    "lenalidomide",
    "Male participants must agree to use a latex or synthetic condom during sexual contact with "
    "a FCBP even if they have had a successful vasectomy, and must not donate sperm",
    "All participants must agree not to donate blood while on study drug and for 28 days after "
    "the last dose",
    "Willing and able to take thromboprophylaxis (aspirin, low molecular weight heparin or a "
    "direct oral anticoagulant)",
    "Willing and able to adhere to the study visit schedule and other protocol requirements",
)
GENERAL_EXCLUSIONS = (
    "Major surgery within 4 weeks before the first dose of study treatment",
    "Known hypersensitivity to thalidomide or lenalidomide, or history of erythema nodosum "
    "characterized by a desquamating rash while taking thalidomide",
    "Clinically significant cardiac disease, including:\n  * Myocardial infarction within 6 "
    "months, or unstable or uncontrolled angina\n  * New York Heart Association class III or IV "
    "congestive heart failure\n  * Uncontrolled cardiac arrhythmia or QTcF > 470 ms",
    "Known human immunodeficiency virus (HIV) infection with detectable viral load, or active "
    "hepatitis B (HBsAg positive or HBV DNA detectable) or hepatitis C (HCV RNA detectable) "
    "infection",
    "Active infection requiring systemic antibiotics, antivirals or antifungals within 14 days "
    "before the first dose",
    "Live, attenuated vaccine within 4 weeks before the first dose",
    "Grade >= 2 peripheral neuropathy or neuropathic pain",
    "Pregnant or breastfeeding, or planning to become pregnant during the study or within 3 "
    "months after the last dose",
    "Received an investigational drug or used an invasive investigational medical device within "
    "4 weeks or 5 half-lives, whichever is longer",
    "Any serious medical condition, laboratory abnormality or psychiatric illness that would "
    "prevent the participant from signing the ICF or place them at unacceptable risk",
    OTHER_CANCERS,
)
#: ... and what French cooperative-group records repeat.
FRENCH_INCLUSION = (
    "Patient aged 18 years or older",
    "ECOG performance status <= 2",
    "Adequate haematological function: neutrophils >= 1 G/L, platelets >= 75 G/L",
    "Creatinine clearance >= 30 mL/min (MDRD)",
    "Women of childbearing potential must use effective contraception as required by the "
    "lenalidomide pregnancy prevention programme",
    "Patient affiliated to a social security system",
    "Signed written informed consent",
)
FRENCH_NON_INCLUSION = (
    "Pregnant or breast-feeding woman",
    "Known HIV infection, active hepatitis B or C infection",
    "Severe cardiac, pulmonary, hepatic or renal disease",
    "Participation in another interventional study within 30 days",
    "Patient under guardianship or curatorship, or deprived of liberty",
    OTHER_CANCERS,
)
NCI_EXCLUSIONS = (
    "Patients who are receiving any other investigational agents",
    "Patients with known active brain metastases or leptomeningeal disease should be excluded "
    "from this clinical trial because of their poor prognosis",
    "History of allergic reactions attributed to compounds of similar chemical or biologic "
    "composition to lenalidomide, thalidomide or other agents used in study",
    "Uncontrolled intercurrent illness including, but not limited to, ongoing or active "
    "infection, symptomatic congestive heart failure, unstable angina pectoris, cardiac "
    "arrhythmia, or psychiatric illness/social situations that would limit compliance with study "
    "requirements",
    "Pregnant women are excluded from this study because lenalidomide is a thalidomide analogue "
    "with the potential for teratogenic or abortifacient effects; breastfeeding should be "
    "discontinued if the mother is treated with lenalidomide",
    "Deep vein thrombosis or pulmonary embolism within 6 months prior to registration unless on "
    "stable therapeutic anticoagulation",
    "Uncontrolled hypertension (systolic > 160 mmHg or diastolic > 100 mmHg despite medication)",
    "Major surgery within 4 weeks prior to registration",
    "Stroke or intracranial hemorrhage within 6 months prior to registration",
    "Chronic systemic corticosteroids > 10 mg/day of prednisone or equivalent, other than as "
    "part of protocol therapy",
    "Active autoimmune disease that has required systemic treatment in the past 2 years",
    "Inability to swallow oral medications, or malabsorption syndrome",
    "Cirrhosis (Child-Pugh class B or C)",
    OTHER_CANCERS,
)
NCI_FOLLOW_UP = (
    "After completion of study treatment, patients are followed up every 3 months for 2 years, "
    "every 6 months for 3 years, and then annually for up to 10 years from registration."
)
#: What myeloma trials ask of the disease, whatever the line of therapy.
MM_MEASURABLE = (
    "Measurable disease within 28 days prior to registration, defined as any of the following:\n"
    "  * Serum monoclonal protein >= 0.5 g/dL by protein electrophoresis\n"
    "  * >= 200 mg of monoclonal protein in the urine on 24-hour electrophoresis\n"
    "  * Serum immunoglobulin free light chain >= 10 mg/dL and abnormal serum immunoglobulin "
    "kappa to lambda free light chain ratio"
)
MM_OTHER_PLASMA_CELL = (
    "Patients with smoldering myeloma, monoclonal gammopathy of undetermined significance (MGUS), "
    "POEMS syndrome, primary AL amyloidosis or plasma cell leukemia are not eligible"
)
#: What lymphoma trials ask of the disease.
NHL_MEASURABLE = (
    "Measurable disease by Lugano 2014 criteria: at least one bidimensionally measurable nodal "
    "lesion > 1.5 cm in longest diameter or extranodal lesion > 1.0 cm on CT or PET/CT",
    "Tissue from a biopsy performed within 12 months must be available for central pathology "
    "review; fine needle aspirates are not acceptable",
)
NHL_EXCLUSIONS = (
    "Known central nervous system (CNS) lymphoma or leptomeningeal involvement",
    "Evidence of histologic transformation to diffuse large B-cell lymphoma (DLBCL), high-grade "
    "B-cell lymphoma or Burkitt lymphoma",
    "Prior allogeneic stem cell transplantation, or autologous transplant within 100 days",
    "Known hypersensitivity to murine proteins or to any component of rituximab",
    "Active hepatitis B (HBsAg positive) or hepatitis C infection (detectable HCV RNA)",
)


def nci_summary(opening: str, objectives: str, outline: str) -> str:
    """A CTEP-style brief summary: opening, objectives, outline, follow-up."""
    return f"{opening}\n\n{objectives}\n\nOUTLINE: {outline}\n\n{NCI_FOLLOW_UP}"


# (id, trial, indications, settings)
LONG_CASES = [
    # --- myeloma
    (
        "ecog-acrin-ndmm-step-1-induction-step-2-maintenance",
        Trial(
            nct_id="NCT09300001",
            brief_title="Testing the Addition of Daratumumab-Hyaluronidase to Bortezomib, "
            "Lenalidomide and Dexamethasone Induction and to Lenalidomide Maintenance in Newly "
            "Diagnosed Multiple Myeloma",
            official_title="A Randomized Phase III Trial of Daratumumab-Hyaluronidase Plus "
            "Bortezomib, Lenalidomide and Dexamethasone (D-VRd) Versus VRd Induction Followed by "
            "Lenalidomide With or Without Daratumumab-Hyaluronidase Maintenance in Newly "
            "Diagnosed Multiple Myeloma Not Planned for Early Transplant",
            conditions=(
                "Plasma Cell Myeloma",
                "ISS Stage I Plasma Cell Myeloma",
                "ISS Stage II Plasma Cell Myeloma",
                "ISS Stage III Plasma Cell Myeloma",
            ),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell"),
            interventions=(
                "Bortezomib",
                "Daratumumab and Hyaluronidase-fihj",
                "Dexamethasone",
                "Lenalidomide",
                "Quality-of-Life Assessment",
                "Bone Marrow Aspiration",
            ),
            brief_summary=nci_summary(
                "This phase III trial compares the effect of adding daratumumab-hyaluronidase to "
                "the usual treatment of bortezomib, lenalidomide and dexamethasone, followed by "
                "lenalidomide maintenance, versus the usual treatment alone in patients with "
                "newly diagnosed multiple myeloma.",
                "PRIMARY OBJECTIVE:\nI. To compare overall survival (OS) between the arms.\n\n"
                "SECONDARY OBJECTIVES:\nI. To compare progression-free survival (PFS).\nII. To "
                "compare PFS2, defined as the time from randomization to progression on the next "
                "line of therapy or death.\nIII. To compare the rate of minimal residual disease "
                "(MRD) negativity at 12 months.",
                "STEP 1 (INDUCTION): Patients are randomized to 1 of 2 arms.\n\nARM A: Patients "
                "receive bortezomib subcutaneously (SC) on days 1, 8, and 15, lenalidomide orally "
                "(PO) once daily (QD) on days 1-21, and dexamethasone PO on days 1, 8, 15, and "
                "22. Treatment repeats every 28 days for up to 12 cycles in the absence of "
                "disease progression or unacceptable toxicity.\n\nARM B: Patients receive "
                "daratumumab-hyaluronidase SC plus VRd as in Arm A.\n\nSTEP 2 (MAINTENANCE): "
                "Patients with stable disease or better after induction receive lenalidomide PO "
                "QD on days 1-21 with or without daratumumab-hyaluronidase SC every 28 days. "
                "Patients with progressive disease after induction go off protocol therapy.",
            ),
            eligibility_criteria=criteria(
                (
                    "STEP 1: REGISTRATION TO INDUCTION",
                    "Patient must have newly diagnosed multiple myeloma requiring treatment, per "
                    "International Myeloma Working Group (IMWG) criteria: clonal bone marrow "
                    "plasma cells >= 10% or biopsy-proven bony or extramedullary plasmacytoma, "
                    "and any one or more of the following myeloma defining events:\n"
                    "  * Hypercalcemia: serum calcium > 0.25 mmol/L (> 1 mg/dL) higher than the "
                    "upper limit of normal or > 2.75 mmol/L (> 11 mg/dL)\n"
                    "  * Renal insufficiency: creatinine clearance < 40 mL per minute or serum "
                    "creatinine > 177 umol/L (> 2 mg/dL)\n"
                    "  * Anemia: hemoglobin value of > 20 g/L below the lower limit of normal, or "
                    "a hemoglobin value < 100 g/L\n"
                    "  * Bone lesions: one or more osteolytic lesions on skeletal radiography, CT, "
                    "or PET-CT\n"
                    "  * Clonal bone marrow plasma cell percentage >= 60%\n"
                    "  * Involved:uninvolved serum free light chain ratio >= 100\n"
                    "  * > 1 focal lesion on MRI studies (each >= 5 mm)",
                    MM_MEASURABLE,
                    "Bone marrow aspirate and biopsy within 28 days prior to registration, with "
                    "samples sent for fluorescence in situ hybridization (FISH) for:\n"
                    "  * del(17p)\n  * t(4;14)\n  * t(14;16)\n  * gain or amplification of 1q21",
                    "Prior radiation therapy for symptom control is allowed if completed >= 7 "
                    "days before registration",
                    "Patients must not have received prior systemic therapy for multiple "
                    "myeloma; one prior cycle of bortezomib-based therapy and/or up to 160 mg of "
                    "dexamethasone before registration is allowed",
                    *NCI_LABS,
                    *NCI_REMS,
                    "STEP 2: REGISTRATION TO MAINTENANCE",
                    "Patients must have completed induction with stable disease or better and "
                    "must not have progressed",
                    "Registration to Step 2 must be within 60 days of the last dose of induction",
                    "Absolute neutrophil count >= 1,000/mm^3 and platelet count >= 75,000/mm^3 "
                    "within 14 days before Step 2 registration",
                    "Non-hematologic toxicities of induction resolved to grade =< 2",
                    "Patients must continue to comply with the Revlimid REMS program",
                ),
                (MM_OTHER_PLASMA_CELL, *NCI_EXCLUSIONS),
            ),
            arms=(
                Arm(
                    label="Arm A (VRd, lenalidomide maintenance)",
                    type="ACTIVE_COMPARATOR",
                    description="INDUCTION: Patients receive bortezomib SC, lenalidomide PO and "
                    "dexamethasone PO. MAINTENANCE: Patients receive lenalidomide PO QD on days "
                    "1-21.",
                    interventions=("Drug: Bortezomib", "Drug: Lenalidomide"),
                ),
                Arm(
                    label="Arm B (D-VRd, daratumumab and lenalidomide maintenance)",
                    type="EXPERIMENTAL",
                    description="INDUCTION: Patients receive daratumumab-hyaluronidase SC with "
                    "VRd. MAINTENANCE: Patients receive daratumumab-hyaluronidase SC every 28 "
                    "days and lenalidomide PO QD on days 1-21.",
                    interventions=("Drug: Daratumumab and Hyaluronidase-fihj",),
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "nci-rrmm-after-car-t-many-mesh",
        Trial(
            nct_id="NCT09300002",
            brief_title="Selinexor, Lenalidomide and Dexamethasone for the Treatment of Recurrent "
            "or Refractory Multiple Myeloma After CAR T-Cell Therapy",
            conditions=("Recurrent Plasma Cell Myeloma", "Refractory Plasma Cell Myeloma"),
            condition_mesh_terms=(
                "Multiple Myeloma",
                "Neoplasms, Plasma Cell",
                "Paraproteinemias",
                "Hypergammaglobulinemia",
                "Hemostatic Disorders",
            ),
            brief_summary=nci_summary(
                "This phase II trial tests how well selinexor, lenalidomide and dexamethasone "
                "work in treating patients with multiple myeloma that has come back (recurrent) "
                "or does not respond to treatment (refractory) after chimeric antigen receptor "
                "(CAR) T-cell therapy. Lenalidomide may help shrink or stabilize cancer by "
                "stimulating the immune system.",
                "PRIMARY OBJECTIVE:\nI. To estimate the overall response rate.\n\nSECONDARY "
                "OBJECTIVES:\nI. To estimate progression-free survival and duration of "
                "response.\nII. To evaluate the safety of the regimen.",
                "Patients receive selinexor PO once weekly, lenalidomide PO QD on days 1-21, and "
                "dexamethasone PO on days 1, 8, 15 and 22. Cycles repeat every 28 days in the "
                "absence of disease progression or unacceptable toxicity.",
            ),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory multiple myeloma after at least 2 prior lines of "
                    "therapy, including an anti-CD38 antibody and a BCMA-directed CAR T-cell "
                    "product",
                    "Prior lenalidomide is allowed, including as maintenance, provided the "
                    "patient did not progress within 60 days of the last dose",
                    MM_MEASURABLE,
                    *NCI_LABS,
                    *NCI_REMS,
                ),
                (
                    "Active plasma cell leukemia (>= 20% circulating plasma cells) or known CNS "
                    "involvement by myeloma",
                    "Systemic AL amyloidosis with cardiac involvement",
                    *NCI_EXCLUSIONS,
                ),
            ),
            arms=(
                Arm(
                    label="Treatment (selinexor, lenalidomide, dexamethasone)",
                    type="EXPERIMENTAL",
                    description="Patients receive selinexor PO, lenalidomide PO QD on days "
                    "1-21, and dexamethasone PO. Cycles repeat every 28 days in the absence of "
                    "disease progression or unacceptable toxicity.",
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "swog-high-risk-smoldering-long",
        Trial(
            nct_id="NCT09300003",
            brief_title="Lenalidomide With or Without Daratumumab-Hyaluronidase in Treating "
            "Patients With High-Risk Smoldering Myeloma",
            official_title="Randomized Phase III Trial of Lenalidomide Versus Lenalidomide Plus "
            "Daratumumab-Hyaluronidase in High-Risk Smoldering Multiple Myeloma",
            conditions=("Smoldering Plasma Cell Myeloma",),
            condition_mesh_terms=(
                "Smoldering Multiple Myeloma",
                "Multiple Myeloma",
                "Neoplasms, Plasma Cell",
                "Paraproteinemias",
            ),
            brief_summary=nci_summary(
                "This phase III trial compares lenalidomide alone with lenalidomide plus "
                "daratumumab-hyaluronidase in patients with high-risk smoldering myeloma, to "
                "see whether the combination better prevents or delays progression to active "
                "(symptomatic) multiple myeloma.",
                "PRIMARY OBJECTIVE:\nI. To compare overall survival.\n\nSECONDARY "
                "OBJECTIVES:\nI. To compare the rate of progression to multiple myeloma with "
                "end-organ damage (CRAB or myeloma-defining events).\nII. To compare the "
                "response rate.",
                "Patients are randomized to 1 of 2 arms. ARM I: Patients receive lenalidomide "
                "PO QD on days 1-21. ARM II: Patients receive daratumumab-hyaluronidase SC and "
                "lenalidomide PO QD on days 1-21. In both arms, cycles repeat every 28 days for "
                "up to 24 cycles in the absence of progression to active myeloma.",
            ),
            eligibility_criteria=criteria(
                (
                    "Diagnosis of smoldering multiple myeloma within 5 years, with high-risk "
                    "features by the Mayo 2018 (20/2/20) model",
                    "No myeloma-defining events (no CRAB features, bone marrow plasma cells < "
                    "60%, free light chain ratio < 100, no more than one focal lesion on MRI)",
                    "No prior therapy for smoldering myeloma or multiple myeloma; prior "
                    "bisphosphonates and a short course of corticosteroids are allowed",
                    *NCI_LABS[:7],
                    *NCI_REMS,
                ),
                (
                    "Active (symptomatic) multiple myeloma, AL amyloidosis or plasma cell leukemia",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "plasma-cell-disorders-basket-mm-pcl-al-poems",
        Trial(
            nct_id="NCT09300004",
            brief_title="Daratumumab, Lenalidomide and Dexamethasone in Relapsed Plasma Cell "
            "Disorders",
            conditions=(
                "Multiple Myeloma",
                "Plasma Cell Leukemia",
                "AL Amyloidosis",
                "POEMS Syndrome",
                "Plasma Cell Disorder",
            ),
            condition_mesh_terms=(
                "Multiple Myeloma",
                "Leukemia, Plasma Cell",
                "Immunoglobulin Light-chain Amyloidosis",
                "POEMS Syndrome",
                "Paraproteinemias",
                "Neoplasms, Plasma Cell",
                "Amyloidosis",
            ),
            brief_summary="This is a phase II, multi-cohort study of daratumumab, lenalidomide "
            "and dexamethasone in relapsed plasma cell disorders. Cohort 1 enrols relapsed "
            "multiple myeloma or secondary plasma cell leukemia; Cohort 2 enrols relapsed AL "
            "amyloidosis; Cohort 3 enrols relapsed POEMS syndrome.",
            eligibility_criteria=criteria(
                (
                    "One of the following, relapsed or refractory after at least one prior line "
                    "of therapy:\n  * Cohort 1: multiple myeloma or plasma cell leukemia, with "
                    "measurable disease\n  * Cohort 2: systemic AL amyloidosis with at least one "
                    "involved organ and dFLC >= 5 mg/dL\n  * Cohort 3: POEMS syndrome by "
                    "Dispenzieri criteria",
                    "Not refractory to daratumumab or lenalidomide",
                    *NCI_LABS[:7],
                ),
                (
                    "Mayo stage IIIb cardiac AL amyloidosis (NT-proBNP > 8,500 ng/L)",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "al-amyloidosis-newly-diagnosed-mesh-multiple-myeloma",
        Trial(
            nct_id="NCT09300005",
            brief_title="Daratumumab, Lenalidomide and Dexamethasone in Newly Diagnosed AL "
            "Amyloidosis",
            official_title="A Phase II Study of Daratumumab in Combination With Lenalidomide and "
            "Dexamethasone for Patients With Newly Diagnosed Systemic Light Chain (AL) "
            "Amyloidosis Not Eligible for Stem Cell Transplant",
            conditions=("AL Amyloidosis", "Primary Systemic Amyloidosis"),
            keywords=("light chain amyloidosis", "daratumumab", "lenalidomide"),
            condition_mesh_terms=(
                "Amyloidosis",
                "Immunoglobulin Light-chain Amyloidosis",
                "Paraproteinemias",
                "Neoplasms, Plasma Cell",
                "Multiple Myeloma",
            ),
            brief_summary="Systemic AL amyloidosis is a plasma cell disorder closely related to "
            "multiple myeloma. Daratumumab and lenalidomide are approved for multiple myeloma. "
            "This study tests daratumumab with lenalidomide and dexamethasone for 24 cycles in "
            "newly diagnosed AL amyloidosis patients who cannot undergo transplant; patients "
            "with hematologic progression go off study.",
            eligibility_criteria=criteria(
                (
                    "Histopathological diagnosis of systemic AL amyloidosis with measurable "
                    "disease (dFLC >= 5 mg/dL)",
                    "No prior therapy for AL amyloidosis or multiple myeloma",
                    "Patients must not have symptomatic multiple myeloma by IMWG criteria "
                    "(bone marrow plasma cells >= 60% or lytic bone lesions)",
                    *NCI_LABS[:7],
                ),
                (
                    "Symptomatic multiple myeloma (CRAB) or myeloma-defining events",
                    "Non-AL amyloidosis (ATTR, AA)",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "poems-osteosclerotic-myeloma-condition",
        Trial(
            nct_id="NCT09300006",
            brief_title="Lenalidomide and Dexamethasone in Newly Diagnosed POEMS Syndrome",
            conditions=("POEMS Syndrome", "Osteosclerotic Myeloma"),
            condition_mesh_terms=("POEMS Syndrome", "Paraproteinemias", "Multiple Myeloma"),
            brief_summary="POEMS syndrome (osteosclerotic myeloma) is a rare paraneoplastic "
            "syndrome due to a plasma cell neoplasm. Patients receive lenalidomide 25 mg on days "
            "1-21 and dexamethasone weekly for 12 cycles.",
            eligibility_criteria=industry(
                (
                    "Diagnosis of POEMS syndrome by the 2019 Dispenzieri criteria",
                    "Previously untreated, or treated only with radiotherapy to a solitary "
                    "sclerotic lesion more than 3 months ago",
                ),
                (
                    "Multiple myeloma with >= 10% clonal bone marrow plasma cells",
                    *NCI_EXCLUSIONS[:4],
                ),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "imroz-like-isa-vrd-continuous-isa-rd",
        Trial(
            nct_id="NCT09300007",
            brief_title="Isatuximab in Combination With Bortezomib, Lenalidomide, and "
            "Dexamethasone Versus Bortezomib, Lenalidomide, and Dexamethasone in Patients With "
            "Newly Diagnosed Multiple Myeloma Not Eligible for Transplant",
            conditions=("Plasma Cell Myeloma",),
            keywords=("Isatuximab", "SAR650984", "Transplant-ineligible"),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell"),
            brief_summary="Primary Objective: To demonstrate the benefit of isatuximab in "
            "combination with bortezomib, lenalidomide, and dexamethasone (Isa-VRd) compared with "
            "VRd in terms of progression-free survival (PFS) in patients with newly diagnosed "
            "multiple myeloma (NDMM) not eligible for transplant.\n\nSecondary Objectives: To "
            "compare complete response rate, MRD negativity, overall survival, PFS on the next "
            "line of therapy (PFS2), and time to progression between arms.",
            eligibility_criteria=industry(
                (
                    "Patients with newly diagnosed multiple myeloma with measurable disease",
                    "Not eligible for transplant due to age >= 65 years or comorbidities",
                ),
                (
                    "Prior therapy for myeloma, other than a single short course of "
                    "corticosteroids (maximum 160 mg dexamethasone)",
                    "Primary AL amyloidosis or monoclonal gammopathy of undetermined "
                    "significance or smoldering multiple myeloma",
                    OTHER_CANCERS,
                ),
                headers=("Inclusion criteria :", "Exclusion criteria:"),
                mark="- ",
            ),
            arms=(
                Arm(
                    label="Isatuximab + VRd, then Isa-Rd",
                    type="EXPERIMENTAL",
                    description="Four 6-week cycles of Isa-VRd, followed by 4-week cycles of "
                    "isatuximab, lenalidomide and dexamethasone until disease progression.",
                ),
                Arm(
                    label="VRd, then Rd",
                    type="ACTIVE_COMPARATOR",
                    description="Four 6-week cycles of VRd, followed by 4-week cycles of "
                    "lenalidomide and dexamethasone until disease progression.",
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "chinese-ndmm-numbered-induction-asct-maintenance",
        Trial(
            nct_id="NCT09300008",
            brief_title="Daratumumab-VRd Induction, ASCT and Daratumumab-Lenalidomide Maintenance "
            "in Transplant-eligible Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma", "Newly Diagnosed"),
            keywords=("Daratumumab", "Lenalidomide", "Autologous Stem Cell Transplantation"),
            brief_summary="This is a prospective, multicenter, single-arm phase 2 study. "
            "Patients will receive 4 cycles of D-VRd induction, stem cell mobilization and "
            "collection, high-dose melphalan (200 mg/m2) with ASCT, 2 cycles of D-VRd "
            "consolidation and then daratumumab-lenalidomide maintenance for 2 years. Patients "
            "who relapse or progress during the study will be withdrawn and treated according "
            "to the investigator's choice.",
            eligibility_criteria="Inclusion criteria:\n1. Age 18-65 years, male or female;\n2. "
            "Newly diagnosed symptomatic multiple myeloma according to IMWG 2014 criteria;\n3. "
            "Measurable disease: serum M protein >= 10 g/L, or urine M protein >= 200 mg/24h, or "
            "involved serum free light chain >= 100 mg/L;\n4. Eligible for high-dose "
            "chemotherapy and ASCT;\n5. ECOG 0-2;\n6. Adequate organ function:\n   a) ANC >= "
            "1.0x10^9/L;\n   b) PLT >= 75x10^9/L (>= 50x10^9/L if plasma cells > 50%);\n   c) "
            "Creatinine clearance >= 30 ml/min;\n7. Signed informed consent.\nExclusion "
            "criteria:\n1. Non-secretory myeloma, plasma cell leukemia, POEMS syndrome or "
            "amyloidosis;\n2. Received any anti-myeloma therapy other than local radiotherapy or "
            "dexamethasone <= 160 mg;\n3. Other malignancies within 5 years except cured basal "
            "cell carcinoma or cervical carcinoma in situ;\n4. HIV infection, active hepatitis B "
            "or C;\n5. Pregnant or lactating women.",
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "ifm-rrmm-non-inclusion-header",
        Trial(
            nct_id="NCT09300009",
            brief_title="Carfilzomib, Lenalidomide and Dexamethasone With or Without Isatuximab "
            "in Early Relapse of Multiple Myeloma",
            conditions=("Multiple Myeloma in Relapse",),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell"),
            brief_summary="Randomized phase 3 study of the Intergroupe Francophone du Myélome "
            "(IFM) in patients with multiple myeloma in first or second relapse who are not "
            "refractory to lenalidomide.",
            eligibility_criteria=french(
                (
                    "Patient with multiple myeloma in first or second relapse, with measurable "
                    "disease",
                    "Patient having received 1 or 2 prior lines of therapy",
                    "Patient not refractory to lenalidomide",
                ),
                (
                    "Patient not previously treated for myeloma",
                    "Primary refractory disease to a proteasome inhibitor",
                    "Plasma cell leukemia, POEMS syndrome or AL amyloidosis",
                    "Uncontrolled hypertension or heart failure (NYHA III-IV)",
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "early-relapse-after-asct-len-maintenance-comparator",
        Trial(
            nct_id="NCT09300010",
            brief_title="Teclistamab-Daratumumab Versus Daratumumab-Pomalidomide-Dexamethasone "
            "in Myeloma Relapsing on Lenalidomide Maintenance",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell"),
            brief_summary="Patients whose myeloma relapses within 36 months of transplant "
            "while receiving lenalidomide maintenance have a poor outcome. This study compares "
            "teclistamab plus daratumumab with daratumumab, pomalidomide and dexamethasone "
            "(DPd) in such patients.",
            eligibility_criteria=industry(
                (
                    "Documented multiple myeloma per IMWG criteria with progressive disease on "
                    "or within 60 days of lenalidomide maintenance after one prior line of "
                    "therapy including induction, ASCT and lenalidomide maintenance",
                    MM_MEASURABLE,
                    "ECOG 0-2",
                ),
                (
                    "Prior anti-BCMA therapy",
                    "Plasma cell leukemia, POEMS syndrome, AL amyloidosis",
                    OTHER_CANCERS,
                ),
                headers=("**Inclusion Criteria:**", "**Exclusion Criteria:**"),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "primary-pcl-and-high-risk-ndmm-consolidation-maintenance",
        Trial(
            nct_id="NCT09300011",
            brief_title="Isatuximab-KRd, Tandem Transplant and Isatuximab-Lenalidomide "
            "Maintenance in Primary Plasma Cell Leukemia and Ultra-High-Risk Myeloma",
            conditions=(
                "Primary Plasma Cell Leukemia",
                "Multiple Myeloma",
                "High-risk Cytogenetics",
            ),
            condition_mesh_terms=(
                "Leukemia, Plasma Cell",
                "Multiple Myeloma",
                "Neoplasms, Plasma Cell",
            ),
            brief_summary="Patients receive 6 cycles of Isa-KRd induction, tandem autologous "
            "transplant, 4 cycles of Isa-KRd consolidation and isatuximab-lenalidomide "
            "maintenance until progression.",
            eligibility_criteria=industry(
                (
                    "Newly diagnosed primary plasma cell leukemia (>= 5% circulating plasma "
                    "cells) or newly diagnosed multiple myeloma with >= 2 high-risk "
                    "cytogenetic abnormalities (del(17p), t(4;14), t(14;16), t(14;20), gain or "
                    "amplification 1q)",
                    "Up to one cycle of prior therapy is allowed",
                ),
                (
                    "Secondary plasma cell leukemia evolving from previously treated myeloma",
                    OTHER_CANCERS,
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "waldenstrom-paraproteinemias-mesh",
        Trial(
            nct_id="NCT09300012",
            brief_title="Ibrutinib, Lenalidomide and Rituximab in Relapsed Waldenström "
            "Macroglobulinemia",
            conditions=("Waldenstrom Macroglobulinemia", "Lymphoplasmacytic Lymphoma"),
            condition_mesh_terms=(
                "Waldenstrom Macroglobulinemia",
                "Lymphoma",
                "Lymphoma, B-Cell",
                "Paraproteinemias",
                "Hypergammaglobulinemia",
                "Lymphoproliferative Disorders",
            ),
            brief_summary="Waldenström macroglobulinemia (WM) is an indolent B-cell lymphoma, "
            "like marginal zone lymphoma and follicular lymphoma, in which lenalidomide has "
            "shown activity. This phase II trial tests ibrutinib, lenalidomide and rituximab in "
            "relapsed or refractory WM.",
            eligibility_criteria=industry(
                (
                    "Clinicopathological diagnosis of Waldenström macroglobulinemia per the "
                    "Second International Workshop consensus",
                    "Relapsed or refractory after at least one prior therapy",
                    *NHL_MEASURABLE[1:],
                ),
                (
                    "Marginal zone lymphoma with plasmacytic differentiation, or IgM myeloma",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- MDS
    (
        "nci-lower-risk-mds-many-conditions-del5q",
        Trial(
            nct_id="NCT09300013",
            brief_title="Lenalidomide With or Without Luspatercept in Treating Patients With "
            "Lower-Risk Myelodysplastic Syndrome and Anemia",
            conditions=(
                "Myelodysplastic Syndrome",
                "Myelodysplastic Syndrome With Isolated Del(5q)",
                "Refractory Anemia",
                "Refractory Anemia With Ring Sideroblasts",
                "Refractory Cytopenia With Multilineage Dysplasia",
                "Myelodysplastic Syndrome With Ring Sideroblasts",
                "Secondary Myelodysplastic Syndrome",
            ),
            condition_mesh_terms=(
                "Myelodysplastic Syndromes",
                "Anemia",
                "Anemia, Refractory",
                "Anemia, Sideroblastic",
                "Preleukemia",
                "Syndrome",
                "Bone Marrow Diseases",
            ),
            brief_summary=nci_summary(
                "This randomized phase II trial studies how well lenalidomide works with or "
                "without luspatercept in treating patients with lower-risk myelodysplastic "
                "syndrome (MDS) and anemia.",
                "PRIMARY OBJECTIVE:\nI. To compare the rate of red blood cell transfusion "
                "independence for >= 8 weeks.\n\nSECONDARY OBJECTIVES:\nI. To compare "
                "erythroid response by IWG 2018 criteria.\nII. To estimate the time to "
                "progression to acute myeloid leukemia (AML).",
                "Patients are randomized to 1 of 2 arms. ARM I: Patients receive lenalidomide "
                "PO QD on days 1-21. ARM II: Patients receive lenalidomide as in Arm I and "
                "luspatercept SC on day 1. Cycles repeat every 28 days.",
            ),
            eligibility_criteria=criteria(
                (
                    "Diagnosis of MDS per WHO 2016 with IPSS-R very low, low or intermediate "
                    "risk (< 5% bone marrow blasts)",
                    "Symptomatic anemia (hemoglobin < 10 g/dL) or red blood cell "
                    "transfusion-dependence (>= 2 units in 8 weeks)",
                    "Patients with or without del(5q) are eligible; del(5q) status will be "
                    "used as a stratification factor",
                    "Prior erythropoiesis-stimulating agents (ESA) are allowed; no prior "
                    "lenalidomide or luspatercept",
                    *NCI_LABS[:7],
                    *NCI_REMS,
                ),
                ("Secondary AML or >= 5% bone marrow blasts", *NCI_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-002-like-chromosome-5-deletion-between-bands-excluded",
        Trial(
            nct_id="NCT09300014",
            brief_title="Lenalidomide (CC-5013) in Red Blood Cell Transfusion-Dependent "
            "Low- or Intermediate-1-Risk Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            condition_mesh_terms=("Myelodysplastic Syndromes", "Anemia", "Preleukemia"),
            brief_summary="A multicenter, single-arm, open-label study of the efficacy and "
            "safety of CC-5013 monotherapy in red blood cell transfusion-dependent subjects "
            "with myelodysplastic syndromes.",
            eligibility_criteria=industry(
                (
                    "Must understand and voluntarily sign an informed consent form",
                    "Age 18 years or older at the time of signing the informed consent",
                    "Diagnosis of low or intermediate-1-risk International Prognostic Scoring "
                    "System (IPSS) Myelodysplastic Syndromes (MDS) without an abnormality of "
                    "chromosome 5 involving a deletion between bands q31 and q33",
                    "Red blood cell (RBC) transfusion-dependent anemia defined as having "
                    "received >= 2 units of RBCs within 8 weeks of the first day of study "
                    "drug treatment",
                    "Eastern Cooperative Oncology Group (ECOG) performance status score of 0, "
                    "1 or 2",
                    "Women of childbearing potential (WCBP) must have a negative serum or urine "
                    "pregnancy test within 7 days of starting study drug",
                ),
                (
                    "Pregnant or lactating females",
                    "Prior therapy with lenalidomide",
                    "Absolute neutrophil count (ANC) < 500 cells/mm^3",
                    "Platelet count < 50,000/mm^3",
                ),
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "mds-004-like-deletion-5q31-33-brackets",
        Trial(
            nct_id="NCT09300015",
            brief_title="Lenalidomide Versus Placebo in Transfusion-Dependent Low- or "
            "Intermediate-1-Risk MDS",
            official_title="A Phase 3, Multicenter, Randomized, Double-Blind Study of the "
            "Efficacy and Safety of Two Doses of Lenalidomide Versus Placebo in Red Blood Cell "
            "Transfusion-Dependent Subjects With Low- or Intermediate-1-Risk Myelodysplastic "
            "Syndromes Associated With a Deletion (Del) 5q[31] Cytogenetic Abnormality",
            conditions=("Myelodysplastic Syndromes",),
            condition_mesh_terms=(
                "Myelodysplastic Syndromes",
                "Preleukemia",
                "Bone Marrow Diseases",
            ),
            eligibility_criteria=industry(
                (
                    "Diagnosis of low- or intermediate-1-risk MDS by IPSS with an associated "
                    "deletion 5q[31-33] cytogenetic abnormality, alone or with additional "
                    "cytogenetic abnormalities",
                    "RBC transfusion-dependent anemia",
                ),
                ("Prior therapy with lenalidomide", "Proliferative (WBC >= 12,000/uL) CMML"),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "gfm-lower-risk-mds-non-inclusion-del5q",
        Trial(
            nct_id="NCT09300016",
            brief_title="Lenalidomide and Epoetin Beta in Lower-Risk MDS Resistant to ESA",
            conditions=("Myelodysplastic Syndromes",),
            condition_mesh_terms=("Myelodysplastic Syndromes", "Preleukemia"),
            brief_summary="Randomized phase 3 study of the Groupe Francophone des "
            "Myélodysplasies comparing lenalidomide alone with lenalidomide plus epoetin beta "
            "in RBC transfusion-dependent lower-risk MDS resistant to erythropoiesis-stimulating "
            "agents.",
            eligibility_criteria=french(
                (
                    "MDS with IPSS low or intermediate-1 risk",
                    "RBC transfusion dependence (>= 4 RBC units over 8 weeks)",
                    "Resistance to ESA (no response after 12 weeks of epoetin >= 60,000 U/week)",
                ),
                (
                    "MDS with del(5q)",
                    "Previous treatment with lenalidomide or a hypomethylating agent",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "higher-risk-mds-aza-len-del5q-eligible-note",
        Trial(
            nct_id="NCT09300017",
            brief_title="Azacitidine With or Without Lenalidomide in Previously Untreated "
            "Higher-Risk Myelodysplastic Syndromes",
            conditions=(
                "Myelodysplastic Syndrome",
                "Refractory Anemia With Excess Blasts-1",
                "Refractory Anemia With Excess Blasts-2",
                "Chronic Myelomonocytic Leukemia-2",
                "Acute Myeloid Leukemia With Myelodysplasia-Related Changes",
            ),
            condition_mesh_terms=(
                "Myelodysplastic Syndromes",
                "Leukemia, Myeloid, Acute",
                "Leukemia, Myelomonocytic, Chronic",
                "Anemia, Refractory, with Excess of Blasts",
                "Preleukemia",
            ),
            brief_summary="This randomized phase II trial compares azacitidine alone with "
            "azacitidine plus lenalidomide in previously untreated higher-risk MDS, CMML-2 and "
            "low-blast-count AML. Patients with del(5q), alone or in a complex karyotype, are a "
            "prespecified subgroup.",
            eligibility_criteria=criteria(
                (
                    "One of the following, previously untreated:\n  * MDS with IPSS "
                    "intermediate-2 or high risk, or IPSS-R > 4.5\n  * CMML-2 with WBC < "
                    "13,000/uL\n  * AML with 20-30% marrow blasts (formerly RAEB-T)",
                    "Patients with del(5q), alone or with additional abnormalities, are eligible",
                    *NCI_LABS[:7],
                ),
                (
                    "Prior hypomethylating agent or lenalidomide",
                    "Acute promyelocytic leukemia",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        "aml-mds-post-allo-len-maintenance-many-conditions",
        Trial(
            nct_id="NCT09300018",
            brief_title="Lenalidomide Maintenance to Prevent Relapse After Allogeneic "
            "Transplant in High-Risk AML and MDS",
            conditions=(
                "Acute Myeloid Leukemia",
                "Myelodysplastic Syndrome",
                "Secondary Acute Myeloid Leukemia",
                "Therapy-Related Myelodysplastic Syndrome",
                "Acute Myeloid Leukemia With Myelodysplasia-Related Changes",
            ),
            condition_mesh_terms=(
                "Leukemia, Myeloid, Acute",
                "Myelodysplastic Syndromes",
                "Leukemia, Myeloid",
                "Preleukemia",
            ),
            brief_summary=nci_summary(
                "This phase II trial studies low-dose lenalidomide given after donor stem cell "
                "transplant in patients with high-risk acute myeloid leukemia or "
                "myelodysplastic syndrome, to see whether it reduces relapse.",
                "PRIMARY OBJECTIVE:\nI. To estimate relapse-free survival at 1 year.\n\n"
                "SECONDARY OBJECTIVES:\nI. To estimate the incidence of graft-versus-host "
                "disease.",
                "Beginning day 60-120 after transplant, patients receive lenalidomide PO QD on "
                "days 1-21. Cycles repeat every 28 days for up to 12 cycles in the absence of "
                "relapse or unacceptable toxicity.",
            ),
            eligibility_criteria=criteria(
                (
                    "AML in first or second complete remission, or MDS with IPSS-R high or very "
                    "high risk at diagnosis, including those with -5/del(5q) within a complex "
                    "karyotype",
                    "Received allogeneic hematopoietic cell transplant 60-120 days before "
                    "registration",
                    "No active graft-versus-host disease (GVHD) requiring systemic therapy",
                    *NCI_LABS[:7],
                ),
                NCI_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (MT,),
    ),
    (
        "luspatercept-len-lr-mds-del5q-after-len-failure",
        Trial(
            nct_id="NCT09300019",
            brief_title="Luspatercept Plus Lenalidomide in ESA-Refractory Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            condition_mesh_terms=("Myelodysplastic Syndromes", "Anemia"),
            brief_summary="Phase 2 study of luspatercept combined with lenalidomide in "
            "transfusion-dependent lower-risk MDS after ESA failure.",
            eligibility_criteria=industry(
                (
                    "MDS per WHO 2016 with IPSS-R very low, low or intermediate risk",
                    "Refractory, intolerant or unlikely to respond to ESA (serum EPO > 200 U/L)",
                    "Patients with MDS with del(5q) are eligible only if they have failed or "
                    "are intolerant to prior lenalidomide",
                    "Transfusion dependence (>= 3 units RBC in 16 weeks)",
                ),
                ("Prior luspatercept", OTHER_CANCERS),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        "cmml-mds-mpn-only-mesh-ancestors",
        Trial(
            nct_id="NCT09300020",
            brief_title="Lenalidomide and Ruxolitinib in Chronic Myelomonocytic Leukemia and "
            "MDS/MPN Overlap Neoplasms",
            conditions=(
                "Chronic Myelomonocytic Leukemia",
                "Myelodysplastic/Myeloproliferative Neoplasm, Unclassifiable",
                "Atypical Chronic Myeloid Leukemia, BCR-ABL1 Negative",
                "Myelodysplastic/Myeloproliferative Neoplasm With Ring Sideroblasts and "
                "Thrombocytosis",
            ),
            condition_mesh_terms=(
                "Leukemia, Myelomonocytic, Chronic",
                "Myelodysplastic-Myeloproliferative Diseases",
                "Leukemia, Myeloid, Chronic, Atypical, BCR-ABL Negative",
                "Thrombocytosis",
            ),
            brief_summary="A phase I/II study of ruxolitinib with lenalidomide in CMML and "
            "MDS/MPN overlap neoplasms.",
            eligibility_criteria=industry(
                (
                    "Diagnosis of CMML, MDS/MPN-U, aCML or MDS/MPN-RS-T per WHO 2016",
                    "Previously untreated or relapsed after hypomethylating agents",
                ),
                (
                    "Acute myeloid leukemia (>= 20% blasts)",
                    "Myelodysplastic syndrome",
                    *NCI_EXCLUSIONS[:4],
                ),
            ),
        ),
        (OTHER,),
        (ND, RR),
    ),
    # --- mantle cell lymphoma
    (
        "nci-untreated-mcl-elderly-br-induction-r2-maintenance",
        Trial(
            nct_id="NCT09300021",
            brief_title="Bendamustine and Rituximab With or Without Acalabrutinib Followed by "
            "Rituximab and Lenalidomide Maintenance in Older Patients With Untreated Mantle Cell "
            "Lymphoma",
            conditions=(
                "Mantle Cell Lymphoma",
                "Ann Arbor Stage II Mantle Cell Lymphoma",
                "Ann Arbor Stage III Mantle Cell Lymphoma",
                "Ann Arbor Stage IV Mantle Cell Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma, Mantle-Cell",
                "Lymphoma",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma, B-Cell",
            ),
            brief_summary=nci_summary(
                "This phase II trial compares bendamustine and rituximab (BR) with BR plus "
                "acalabrutinib as induction, followed by rituximab and lenalidomide "
                "maintenance, in patients 60 years or older with previously untreated mantle "
                "cell lymphoma.",
                "PRIMARY OBJECTIVE:\nI. To compare progression-free survival.\n\nSECONDARY "
                "OBJECTIVES:\nI. To compare complete response rates at the end of induction.\n"
                "II. To evaluate time to progression after maintenance.",
                "INDUCTION: Patients are randomized to 1 of 2 arms. ARM I: Patients receive "
                "bendamustine IV on days 1-2 and rituximab IV on day 1. Treatment repeats every "
                "28 days for 6 cycles. ARM II: Patients receive BR as in Arm I and "
                "acalabrutinib PO twice daily.\n\nMAINTENANCE: Patients with a response "
                "receive rituximab IV every 8 weeks and lenalidomide PO QD on days 1-21 of "
                "28-day cycles for up to 2 years. Patients with progressive disease after "
                "induction are removed from study.",
            ),
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed mantle cell lymphoma with cyclin D1 or "
                    "t(11;14) expression; blastoid and pleomorphic variants are eligible",
                    "Age >= 60 years, or 18-59 years and not a candidate for high-dose "
                    "chemotherapy and autologous transplant",
                    "No prior systemic therapy for mantle cell lymphoma; one prior cycle of "
                    "rituximab or a short course of steroids for symptom control is allowed",
                    *NHL_MEASURABLE,
                    *NCI_LABS,
                    *NCI_REMS,
                ),
                (*NHL_EXCLUSIONS, *NCI_EXCLUSIONS),
            ),
            arms=(
                Arm(
                    label="Arm I (BR, then rituximab and lenalidomide maintenance)",
                    type="ACTIVE_COMPARATOR",
                    description="INDUCTION: Patients receive bendamustine and rituximab. "
                    "MAINTENANCE: Patients receive rituximab and lenalidomide.",
                ),
                Arm(
                    label="Arm II (BR plus acalabrutinib, then R2 maintenance)",
                    type="EXPERIMENTAL",
                    description="INDUCTION: Patients receive BR and acalabrutinib. "
                    "MAINTENANCE: Patients receive rituximab and lenalidomide.",
                ),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "rr-mcl-after-btki-first-line-regimen-containing",
        Trial(
            nct_id="NCT09300022",
            brief_title="Pirtobrutinib, Venetoclax and Lenalidomide in Relapsed or Refractory "
            "Mantle Cell Lymphoma",
            conditions=("Recurrent Mantle Cell Lymphoma", "Refractory Mantle Cell Lymphoma"),
            condition_mesh_terms=("Lymphoma, Mantle-Cell", "Lymphoma, Non-Hodgkin"),
            brief_summary="This phase I/II trial tests the safety, side effects and best dose "
            "of pirtobrutinib given with venetoclax and lenalidomide in treating patients with "
            "mantle cell lymphoma that has come back after treatment (recurrent) or does not "
            "respond to treatment (refractory), including after a covalent BTK inhibitor.",
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed mantle cell lymphoma with documented cyclin D1 "
                    "overexpression or t(11;14)",
                    "Previously treated with a first-line regimen containing an anti-CD20 "
                    "antibody, and relapsed or refractory after 1-5 prior lines of systemic "
                    "therapy",
                    "Prior covalent BTK inhibitor is allowed",
                    *NHL_MEASURABLE,
                    *NCI_LABS,
                    *NCI_REMS,
                ),
                (*NHL_EXCLUSIONS, *NCI_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "tp53-mutated-mcl-untreated-chemo-refractory-background",
        Trial(
            nct_id="NCT09300023",
            brief_title="Zanubrutinib, Obinutuzumab and Lenalidomide in Untreated TP53-Mutated "
            "Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma", "TP53 Gene Mutation"),
            keywords=("TP53", "MCL", "chemotherapy-free", "frontline"),
            condition_mesh_terms=("Lymphoma, Mantle-Cell",),
            brief_summary="Patients with TP53-mutated mantle cell lymphoma have poor outcomes "
            "with standard chemoimmunotherapy, with early relapse and often chemo-refractory "
            "disease. This single-arm phase II study tests a chemotherapy-free regimen of "
            "zanubrutinib, obinutuzumab and lenalidomide for 24 cycles as first treatment.",
            eligibility_criteria=industry(
                (
                    "Untreated MCL with TP53 mutation (VAF >= 10%) and/or del(17p)",
                    "In need of treatment by investigator assessment",
                    *NHL_MEASURABLE,
                ),
                ("Prior systemic therapy for MCL", *NHL_EXCLUSIONS),
                headers=("Key Inclusion Criteria:", "Key Exclusion Criteria:"),
            ),
        ),
        (MCL,),
        (ND,),
    ),
    (
        "rr-mcl-r2-induction-then-len-maintenance-arms",
        Trial(
            nct_id="NCT09300024",
            brief_title="Ibrutinib Plus Rituximab and Lenalidomide in Relapsed Mantle Cell "
            "Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            condition_mesh_terms=("Lymphoma, Mantle-Cell",),
            brief_summary="Nordic Lymphoma Group phase II trial. Patients with relapsed or "
            "refractory MCL receive ibrutinib, lenalidomide and rituximab for 12 cycles "
            "(induction), followed by ibrutinib and rituximab until progression (maintenance).",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory MCL after at least one rituximab-containing regimen",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
            arms=(
                Arm(
                    label="Induction and maintenance",
                    type="EXPERIMENTAL",
                    description="Induction: cycles 1-12 ibrutinib 560 mg daily, lenalidomide "
                    "15 mg days 1-21, rituximab. Maintenance: ibrutinib daily and rituximab "
                    "every 8 weeks until progression.",
                ),
            ),
        ),
        (MCL,),
        (RR, MT),
    ),
    # --- follicular and marginal zone lymphoma
    (
        "nci-untreated-fl-stage-and-grade-conditions",
        Trial(
            nct_id="NCT09300025",
            brief_title="Lenalidomide and Obinutuzumab With or Without Radiation in Treating "
            "Patients With Untreated Stage II-IV Follicular Lymphoma",
            conditions=(
                "Ann Arbor Stage II Follicular Lymphoma",
                "Ann Arbor Stage III Follicular Lymphoma",
                "Ann Arbor Stage IV Follicular Lymphoma",
                "Grade 1 Follicular Lymphoma",
                "Grade 2 Follicular Lymphoma",
                "Grade 3a Follicular Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma, Follicular",
                "Lymphoma",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma, B-Cell",
            ),
            brief_summary=nci_summary(
                "This phase II trial studies how well lenalidomide and obinutuzumab work in "
                "treating patients with previously untreated follicular lymphoma. Some "
                "patients with follicular lymphoma relapse within 2 years (POD24) and have "
                "poor survival.",
                "PRIMARY OBJECTIVE:\nI. To estimate the complete metabolic response rate at 30 "
                "months.\n\nSECONDARY OBJECTIVES:\nI. To estimate the rate of POD24.\nII. To "
                "estimate the rate of histologic transformation to diffuse large B-cell "
                "lymphoma.",
                "Patients receive obinutuzumab IV on days 1, 8, 15 of cycle 1 and day 1 of "
                "cycles 2-6 and lenalidomide PO QD on days 1-21 for 12 cycles. Patients with "
                "residual PET-avid disease receive involved-site radiation therapy.",
            ),
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed follicular lymphoma, grade 1, 2 or 3a, stage "
                    "II-IV, with CD20 expression",
                    "No prior systemic therapy for lymphoma",
                    "Meeting GELF criteria or in need of therapy by investigator judgement",
                    *NHL_MEASURABLE,
                    *NCI_LABS,
                    *NCI_REMS,
                ),
                (
                    "Grade 3b follicular lymphoma or any diffuse large B-cell component",
                    *NHL_EXCLUSIONS,
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "nci-recurrent-indolent-many-conditions-fl-mzl-sll",
        Trial(
            nct_id="NCT09300026",
            brief_title="Tafasitamab, Lenalidomide and Rituximab in Treating Patients With "
            "Recurrent or Refractory Indolent B-Cell Non-Hodgkin Lymphoma",
            conditions=(
                "Recurrent Grade 1 Follicular Lymphoma",
                "Recurrent Grade 2 Follicular Lymphoma",
                "Recurrent Grade 3a Follicular Lymphoma",
                "Recurrent Marginal Zone Lymphoma",
                "Recurrent Small Lymphocytic Lymphoma",
                "Refractory Follicular Lymphoma",
                "Refractory Marginal Zone Lymphoma",
                "Refractory Small Lymphocytic Lymphoma",
                "Recurrent Lymphoplasmacytic Lymphoma",
                "Recurrent Indolent Adult Non-Hodgkin Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma",
                "Lymphoma, Follicular",
                "Lymphoma, B-Cell, Marginal Zone",
                "Leukemia, Lymphocytic, Chronic, B-Cell",
                "Waldenstrom Macroglobulinemia",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma, B-Cell",
            ),
            brief_summary=nci_summary(
                "This phase II trial tests how well tafasitamab, lenalidomide and rituximab "
                "work in treating patients with indolent B-cell non-Hodgkin lymphoma that has "
                "come back (recurrent) or does not respond to treatment (refractory).",
                "PRIMARY OBJECTIVE:\nI. To estimate the complete response rate.\n\nSECONDARY "
                "OBJECTIVES:\nI. To estimate progression-free survival by histology (follicular, "
                "marginal zone, small lymphocytic, lymphoplasmacytic).",
                "Patients receive tafasitamab IV, lenalidomide PO QD on days 1-21 and rituximab "
                "IV. Cycles repeat every 28 days for up to 12 cycles in the absence of disease "
                "progression or unacceptable toxicity.",
            ),
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed indolent B-cell NHL of one of the following "
                    "subtypes:\n  * Follicular lymphoma grade 1, 2 or 3a\n  * Marginal zone "
                    "lymphoma (splenic, nodal or extranodal)\n  * Small lymphocytic lymphoma "
                    "(absolute lymphocyte count < 5,000/uL)\n  * Lymphoplasmacytic lymphoma",
                    "Relapsed after, or refractory to, at least one prior systemic therapy "
                    "including an anti-CD20 monoclonal antibody",
                    "Patients with a history of follicular lymphoma that has transformed to "
                    "DLBCL are not eligible",
                    *NHL_MEASURABLE,
                    *NCI_LABS,
                    *NCI_REMS,
                ),
                (*NHL_EXCLUSIONS, *NCI_EXCLUSIONS),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "fl-r2-vs-r-chemo-untreated-rituximab-maintenance",
        Trial(
            nct_id="NCT09300027",
            brief_title="Rituximab-Lenalidomide Versus Rituximab-Chemotherapy Followed by "
            "Rituximab Maintenance in Untreated Advanced Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            keywords=("R2", "rituximab maintenance", "GELF", "first-line"),
            condition_mesh_terms=("Lymphoma, Follicular", "Lymphoma"),
            brief_summary="Patients with untreated, high-tumor-burden follicular lymphoma are "
            "randomized to rituximab plus lenalidomide (R2) for 18 cycles, or to investigator's "
            "choice of R-CHOP, R-CVP or bendamustine-rituximab. Responding patients in both "
            "arms receive rituximab maintenance every 8 weeks for 12 doses. The study also "
            "evaluates outcomes after second-line therapy.",
            eligibility_criteria=industry(
                (
                    "Histologically confirmed CD20+ follicular lymphoma grade 1-3a",
                    "Stage II bulky, III or IV, requiring treatment (GELF criteria)",
                    "No prior systemic treatment for lymphoma",
                    *NHL_MEASURABLE,
                ),
                ("Grade 3b follicular lymphoma", "Transformed lymphoma", *NHL_EXCLUSIONS),
                headers=("Main inclusion criteria:", "Main exclusion criteria:"),
                mark="- ",
            ),
        ),
        (FL,),
        (ND, MT),
    ),
    (
        "fl-pod24-odronextamab-vs-r2-comparator",
        Trial(
            nct_id="NCT09300028",
            brief_title="A Study to Compare Odronextamab With Lenalidomide to Rituximab With "
            "Lenalidomide (R2) in Relapsed or Refractory Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            keywords=("Odronextamab", "bispecific", "CD20xCD3", "R2"),
            condition_mesh_terms=("Lymphoma, Follicular", "Lymphoma"),
            brief_summary="This study compares odronextamab plus lenalidomide with the "
            "standard regimen of rituximab plus lenalidomide (R2) in participants whose "
            "follicular lymphoma relapsed or was refractory after at least one prior line of "
            "systemic chemoimmunotherapy.",
            eligibility_criteria=industry(
                (
                    "Histologically confirmed CD20+ follicular lymphoma grade 1-3a",
                    "Relapsed or refractory after >= 1 prior line of systemic therapy "
                    "including an anti-CD20 antibody",
                    "In need of treatment",
                    *NHL_MEASURABLE,
                ),
                (
                    "Grade 3b follicular lymphoma, marginal zone lymphoma, small lymphocytic "
                    "lymphoma, or mantle cell lymphoma",
                    "Refractory to lenalidomide",
                    *NHL_EXCLUSIONS,
                ),
                headers=("Key Inclusion Criteria:", "Key Exclusion Criteria:"),
            ),
            arms=(
                Arm(
                    label="Odronextamab + Lenalidomide",
                    type="EXPERIMENTAL",
                    description="Odronextamab IV with step-up dosing, plus lenalidomide PO "
                    "days 1-21 of each 28-day cycle for 12 cycles",
                ),
                Arm(
                    label="Rituximab + Lenalidomide (R2)",
                    type="ACTIVE_COMPARATOR",
                    description="Rituximab IV plus lenalidomide PO days 1-21 for 12 cycles",
                ),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "lysa-fl-non-inclusion-header",
        Trial(
            nct_id="NCT09300029",
            brief_title="Obinutuzumab Plus Lenalidomide in Relapsed Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=("Lymphoma, Follicular",),
            brief_summary="Phase II LYSA study of obinutuzumab and lenalidomide induction, "
            "then obinutuzumab maintenance every 2 months for 2 years.",
            eligibility_criteria=french(
                (
                    "Histologically confirmed CD20+ follicular lymphoma grade 1, 2 or 3a",
                    "Relapsed or refractory after at least one prior rituximab-containing regimen",
                    "Need for treatment according to GELF criteria",
                    *NHL_MEASURABLE,
                ),
                (
                    "Mantle cell lymphoma, marginal zone lymphoma, or grade 3b follicular lymphoma",
                    "Transformed lymphoma",
                    "Central nervous system involvement",
                ),
            ),
        ),
        (FL,),
        (RR, MT),
    ),
    (
        "fl-grade-3b-and-dlbcl-only-conditions",
        Trial(
            nct_id="NCT09300030",
            brief_title="Lenalidomide Plus R-ICE in Relapsed Diffuse Large B-Cell Lymphoma and "
            "Grade 3b Follicular Lymphoma",
            conditions=(
                "Recurrent Diffuse Large B-Cell Lymphoma",
                "Refractory Diffuse Large B-Cell Lymphoma",
                "Recurrent Grade 3b Follicular Lymphoma",
                "Refractory Grade 3b Follicular Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma, Large B-Cell, Diffuse",
                "Lymphoma, Follicular",
                "Lymphoma",
                "Lymphoma, B-Cell",
            ),
            brief_summary="This phase II trial studies lenalidomide with rituximab, "
            "ifosfamide, carboplatin and etoposide (R-ICE) as salvage before autologous "
            "transplant in relapsed DLBCL or grade 3b follicular lymphoma.",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory DLBCL, or follicular lymphoma grade 3b, after one "
                    "prior anthracycline-containing regimen",
                    "Transplant-eligible",
                ),
                ("Follicular lymphoma grade 1-3a", *NHL_EXCLUSIONS[2:]),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "dlbcl-transformed-fl-and-mzl-eligible-notes",
        Trial(
            nct_id="NCT09300031",
            brief_title="Loncastuximab Tesirine and Lenalidomide in Relapsed or Refractory "
            "Large B-Cell Lymphoma",
            conditions=(
                "Recurrent Diffuse Large B-Cell Lymphoma",
                "Refractory Diffuse Large B-Cell Lymphoma",
                "Recurrent High Grade B-Cell Lymphoma With MYC and BCL2 Rearrangements",
                "Transformed Follicular Lymphoma to Diffuse Large B-Cell Lymphoma",
                "Transformed Marginal Zone Lymphoma to Diffuse Large B-Cell Lymphoma",
                "Recurrent Transformed Non-Hodgkin Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma",
                "Lymphoma, Large B-Cell, Diffuse",
                "Lymphoma, Follicular",
                "Lymphoma, B-Cell, Marginal Zone",
                "Lymphoma, Non-Hodgkin",
            ),
            brief_summary=nci_summary(
                "This phase II trial tests loncastuximab tesirine with lenalidomide in "
                "patients with large B-cell lymphoma that has come back or does not respond to "
                "treatment, including lymphoma that has transformed from follicular or "
                "marginal zone lymphoma.",
                "PRIMARY OBJECTIVE:\nI. To estimate the overall response rate.",
                "Patients receive loncastuximab tesirine IV on day 1 and lenalidomide PO QD on "
                "days 1-21. Cycles repeat every 21 days for up to 12 cycles.",
            ),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory DLBCL NOS, high-grade B-cell lymphoma, or "
                    "transformed indolent lymphoma, after >= 2 prior lines",
                    "Patients with a history of follicular lymphoma that has transformed to "
                    "DLBCL are eligible",
                    "Patients with transformed marginal zone lymphoma are eligible if the "
                    "transformation is biopsy-proven",
                    *NHL_MEASURABLE,
                    *NCI_LABS,
                ),
                ("Untransformed indolent lymphoma", *NHL_EXCLUSIONS[2:], *NCI_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "dlbcl-r2-chop-untreated-composite-fl-component",
        Trial(
            nct_id="NCT09300032",
            brief_title="Lenalidomide Plus R-CHOP in Previously Untreated Activated B-Cell "
            "Diffuse Large B-Cell Lymphoma",
            conditions=(
                "Diffuse Large B-Cell Lymphoma",
                "Activated B-Cell Type",
                "Ann Arbor Stage II Diffuse Large B-Cell Lymphoma",
                "Ann Arbor Stage III Diffuse Large B-Cell Lymphoma",
                "Ann Arbor Stage IV Diffuse Large B-Cell Lymphoma",
            ),
            condition_mesh_terms=("Lymphoma, Large B-Cell, Diffuse", "Lymphoma, B-Cell"),
            brief_summary="Randomized phase III study of lenalidomide plus R-CHOP (R2-CHOP) "
            "versus placebo plus R-CHOP in previously untreated ABC-type DLBCL.",
            eligibility_criteria=industry(
                (
                    "Previously untreated DLBCL of activated B-cell type by gene expression "
                    "profiling",
                    "Follicular lymphoma grade 3b is eligible",
                    "Discordant or composite lymphoma with a follicular lymphoma grade 1-2 "
                    "component is eligible if the DLBCL component predominates",
                    "IPI >= 2",
                    *NHL_MEASURABLE,
                ),
                ("Primary mediastinal or CNS lymphoma", *NHL_EXCLUSIONS[2:]),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "untreated-low-tumour-burden-fl-r2-vs-rituximab",
        Trial(
            nct_id="NCT09300033",
            brief_title="Rituximab With or Without Lenalidomide in Low Tumor Burden Follicular "
            "Lymphoma",
            conditions=("Follicular Lymphoma", "Low Tumor Burden"),
            condition_mesh_terms=("Lymphoma, Follicular",),
            brief_summary="Patients with previously untreated low-tumour-burden follicular "
            "lymphoma are randomised to 4 weekly doses of rituximab alone or rituximab with "
            "lenalidomide for 6 cycles. Patients who progress after rituximab alone may "
            "cross over.",
            eligibility_criteria=industry(
                (
                    "Follicular lymphoma grade 1, 2 or 3a, stage II-IV",
                    "Low tumour burden (no GELF criteria met)",
                    "Not previously treated",
                ),
                ("Any prior systemic therapy", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "splenic-mzl-untreated-hcv-after-failed-antiviral-therapy",
        Trial(
            nct_id="NCT09300034",
            brief_title="Rituximab and Lenalidomide in Untreated Splenic Marginal Zone Lymphoma",
            conditions=("Splenic Marginal Zone Lymphoma",),
            condition_mesh_terms=("Lymphoma, B-Cell, Marginal Zone", "Splenic Diseases"),
            brief_summary="Single-arm phase II trial of rituximab and lenalidomide (R2) for 12 "
            "cycles in patients with splenic marginal zone lymphoma requiring first treatment.",
            eligibility_criteria=industry(
                (
                    "Splenic marginal zone lymphoma diagnosed by bone marrow or spleen "
                    "histology with intrasinusoidal CD20+ infiltration",
                    "Requiring treatment: symptomatic splenomegaly, cytopenias or B symptoms",
                    "Patients with hepatitis C-associated SMZL are eligible only if they "
                    "failed antiviral therapy or are not candidates for it",
                    "No prior treatment for lymphoma",
                ),
                ("Nodal or extranodal MZL without splenic involvement", *NHL_EXCLUSIONS[2:4]),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "relapsed-mzl-all-subsites-ipsid-mesh",
        Trial(
            nct_id="NCT09300035",
            brief_title="Zanubrutinib and Lenalidomide in Relapsed or Refractory Marginal Zone "
            "Lymphoma",
            conditions=(
                "Marginal Zone Lymphoma",
                "Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
                "Nodal Marginal Zone Lymphoma",
                "Splenic Marginal Zone Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma, B-Cell, Marginal Zone",
                "Immunoproliferative Small Intestinal Disease",
                "Lymphoma, B-Cell",
            ),
            brief_summary="Open-label phase 2 study of zanubrutinib plus lenalidomide for "
            "12 cycles, then zanubrutinib maintenance until progression, in relapsed or "
            "refractory MZL.",
            eligibility_criteria=industry(
                (
                    "Histologically confirmed MZL (splenic, nodal or extranodal/MALT)",
                    "At least 1 prior anti-CD20-based therapy",
                    *NHL_MEASURABLE,
                ),
                (
                    "Prior BTK inhibitor",
                    "Gastric MALT lymphoma eligible for H. pylori eradication alone",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MZL,),
        (RR, MT),
    ),
    (
        "ocular-adnexal-malt-untreated-long-conditions",
        Trial(
            nct_id="NCT09300036",
            brief_title="Lenalidomide and Rituximab in Previously Untreated Extranodal MALT "
            "Lymphoma",
            conditions=(
                "Extranodal Marginal Zone B-Cell Lymphoma of Mucosa-Associated Lymphoid Tissue",
                "Ocular Adnexal Lymphoma",
                "Gastric MALT Lymphoma",
                "Salivary Gland Lymphoma",
            ),
            condition_mesh_terms=("Lymphoma, B-Cell, Marginal Zone",),
            brief_summary="Phase II study of R2 in previously untreated extranodal marginal "
            "zone lymphoma of MALT type at any site. Gastric MALT lymphoma is eligible only "
            "after failure of H. pylori eradication or if H. pylori negative.",
            eligibility_criteria=industry(
                ("Untreated MALT lymphoma, stage I-IV, any extranodal site", *NHL_MEASURABLE),
                NHL_EXCLUSIONS,
            ),
        ),
        (MZL,),
        (ND,),
    ),
    # --- baskets and broad conditions
    (
        "b-cell-basket-cohorts-cll-mcl-fl-mzl-wm",
        Trial(
            nct_id="NCT09300037",
            brief_title="A Study of Golcadomide in Combination With Rituximab in Participants "
            "With Relapsed or Refractory B-Cell Malignancies",
            conditions=(
                "Chronic Lymphocytic Leukemia",
                "Mantle Cell Lymphoma",
                "Follicular Lymphoma",
                "Marginal Zone Lymphoma",
                "Waldenstrom Macroglobulinemia",
            ),
            condition_mesh_terms=(
                "Leukemia, Lymphocytic, Chronic, B-Cell",
                "Lymphoma, Mantle-Cell",
                "Lymphoma, Follicular",
                "Lymphoma, B-Cell, Marginal Zone",
                "Waldenstrom Macroglobulinemia",
                "Paraproteinemias",
            ),
            brief_summary="A phase 1b, multi-cohort study of golcadomide (a CELMoD related to "
            "lenalidomide) in combination with rituximab. Part A escalates dose; Part B "
            "expands in cohorts of relapsed CLL, MCL, FL, MZL and WM.",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory disease after at least 2 prior lines of therapy, in "
                    "one of the following cohorts:\n  * Cohort 1: CLL/SLL after a BTK "
                    "inhibitor and venetoclax\n  * Cohort 2: mantle cell lymphoma after a BTK "
                    "inhibitor\n  * Cohort 3: follicular lymphoma grade 1-3a\n  * Cohort 4: "
                    "marginal zone lymphoma (any subtype)\n  * Cohort 5: Waldenström "
                    "macroglobulinemia",
                    *NHL_MEASURABLE,
                ),
                ("Richter's transformation", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "cll-and-nhl-conditions-subtypes-named-in-summary",
        Trial(
            nct_id="NCT09300038",
            brief_title="Lenalidomide Plus Ublituximab and Umbralisib in Relapsed B-Cell "
            "Malignancies",
            conditions=("Chronic Lymphocytic Leukemia", "B-cell Non-Hodgkin Lymphoma"),
            condition_mesh_terms=(
                "Leukemia, Lymphocytic, Chronic, B-Cell",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma, B-Cell",
            ),
            brief_summary="This phase I/II study evaluates lenalidomide in combination with "
            "ublituximab and umbralisib in patients with relapsed or refractory chronic "
            "lymphocytic leukemia, mantle cell lymphoma, follicular lymphoma or marginal zone "
            "lymphoma.",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory B-cell malignancy, after at least one prior "
                    "therapy, as defined in the summary",
                    "Measurable disease",
                ),
                ("Richter's transformation or diffuse large B-cell lymphoma", *NHL_EXCLUSIONS[2:]),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "nci-ctep-lymphoid-basket-twenty-conditions",
        Trial(
            nct_id="NCT09300039",
            brief_title="Lenalidomide and Nivolumab in Treating Patients With Recurrent or "
            "Refractory Lymphoid Malignancies",
            conditions=(
                "Recurrent B-Cell Non-Hodgkin Lymphoma",
                "Recurrent Chronic Lymphocytic Leukemia",
                "Recurrent Diffuse Large B-Cell Lymphoma",
                "Recurrent Follicular Lymphoma",
                "Recurrent Hodgkin Lymphoma",
                "Recurrent Mantle Cell Lymphoma",
                "Recurrent Marginal Zone Lymphoma",
                "Recurrent Plasma Cell Myeloma",
                "Recurrent Small Lymphocytic Lymphoma",
                "Recurrent T-Cell Non-Hodgkin Lymphoma",
                "Refractory B-Cell Non-Hodgkin Lymphoma",
                "Refractory Chronic Lymphocytic Leukemia",
                "Refractory Diffuse Large B-Cell Lymphoma",
                "Refractory Follicular Lymphoma",
                "Refractory Hodgkin Lymphoma",
                "Refractory Mantle Cell Lymphoma",
                "Refractory Marginal Zone Lymphoma",
                "Refractory Plasma Cell Myeloma",
                "Refractory Small Lymphocytic Lymphoma",
                "Refractory T-Cell Non-Hodgkin Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma",
                "Multiple Myeloma",
                "Neoplasms, Plasma Cell",
                "Leukemia, Lymphoid",
                "Leukemia, Lymphocytic, Chronic, B-Cell",
                "Lymphoma, Follicular",
                "Lymphoma, Mantle-Cell",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma, B-Cell",
                "Lymphoma, B-Cell, Marginal Zone",
                "Lymphoma, T-Cell",
                "Hodgkin Disease",
                "Lymphoma, Large B-Cell, Diffuse",
            ),
            brief_summary=nci_summary(
                "This phase I/II trial studies the side effects and best dose of lenalidomide "
                "when given with nivolumab in treating patients with lymphoid malignancies "
                "that have come back or do not respond to treatment.",
                "PRIMARY OBJECTIVES:\nI. To determine the maximum tolerated dose.\nII. To "
                "estimate the response rate in each disease cohort.",
                "This is a dose-escalation study of lenalidomide. Patients receive nivolumab IV "
                "every 2 weeks and lenalidomide PO QD on days 1-21. Cycles repeat every 28 "
                "days.",
            ),
            eligibility_criteria=criteria(
                (
                    "Histologically confirmed lymphoid malignancy, relapsed or refractory "
                    "after at least one prior therapy:\n  * Cohort A: B-cell NHL (DLBCL, "
                    "follicular, mantle cell, marginal zone)\n  * Cohort B: T-cell NHL\n  * "
                    "Cohort C: Hodgkin lymphoma\n  * Cohort D: CLL/SLL\n  * Cohort E: multiple "
                    "myeloma",
                    *NCI_LABS,
                    *NCI_REMS,
                ),
                NCI_EXCLUSIONS,
            ),
        ),
        (MM, MCL, FL, MZL),
        (RR,),
    ),
    (
        "old-nci-disease-characteristics-broad-lymphoma",
        Trial(
            nct_id="NCT09300040",
            brief_title="Lenalidomide in Treating Patients With Relapsed or Refractory "
            "Non-Hodgkin's Lymphoma",
            conditions=("Lymphoma",),
            condition_mesh_terms=("Lymphoma", "Lymphoma, Non-Hodgkin"),
            brief_summary="RATIONALE: Lenalidomide may stop the growth of cancer cells by "
            "blocking blood flow to the cancer.\n\nPURPOSE: This phase II trial is studying "
            "how well lenalidomide works in treating patients with relapsed or refractory "
            "non-Hodgkin's lymphoma.",
            eligibility_criteria="DISEASE CHARACTERISTICS:\n\n* Histologically confirmed "
            "non-Hodgkin's lymphoma of 1 of the following subtypes:\n\n  * Follicular "
            "lymphoma (grade 1, 2 or 3)\n  * Mantle cell lymphoma\n  * Small lymphocytic "
            "lymphoma\n  * Marginal zone lymphoma\n* Relapsed or refractory disease after >= "
            "1 prior regimen\n* No CNS lymphoma\n\nPATIENT CHARACTERISTICS:\n\n* ECOG 0-2\n* "
            "ANC >= 1,500/mm^3\n* Platelet count >= 75,000/mm^3\n* Bilirubin =< 2.0 mg/dL\n* "
            "AST and ALT =< 2.5 times upper limit of normal\n* Creatinine =< 2.0 mg/dL\n* Not "
            "pregnant or nursing\n* Negative pregnancy test\n* Fertile patients must use two "
            "methods of effective contraception for 4 weeks before, during, and for 4 weeks "
            "after completion of study treatment\n* No uncontrolled infection\n* No history of "
            "deep vein thrombosis or pulmonary embolism within the past 6 months\n* No other "
            "malignancy within the past 5 years except nonmelanoma skin cancer or carcinoma in "
            "situ of the cervix\n* No known HIV positivity\n\nPRIOR CONCURRENT THERAPY:\n\n* "
            "See Disease Characteristics\n* At least 4 weeks since prior chemotherapy or "
            "radiotherapy\n* At least 4 weeks since prior rituximab\n* Prior autologous stem "
            "cell transplantation allowed\n* No prior allogeneic transplantation\n* No prior "
            "lenalidomide or thalidomide\n* No other concurrent investigational agents",
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "indolent-nhl-subtypes-background-in-summary-excluded",
        Trial(
            nct_id="NCT09300041",
            brief_title="Lenalidomide and Obinutuzumab in Relapsed Indolent Non-Hodgkin "
            "Lymphoma Other Than Follicular or Marginal Zone",
            conditions=("Indolent Non-Hodgkin Lymphoma",),
            condition_mesh_terms=("Lymphoma, Non-Hodgkin", "Lymphoma"),
            brief_summary="Indolent lymphomas other than follicular and marginal zone lymphoma "
            "are rare and have few trials. This phase II study treats small lymphocytic "
            "lymphoma and lymphoplasmacytic lymphoma.",
            eligibility_criteria=industry(
                (
                    "Relapsed indolent B-cell NHL: small lymphocytic lymphoma or "
                    "lymphoplasmacytic lymphoma",
                    "At least one prior therapy",
                ),
                (
                    "Follicular lymphoma",
                    "Marginal zone lymphoma",
                    "Mantle cell lymphoma",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- other diseases, lenalidomide all the same
    (
        "cll-sll-lenalidomide-maintenance-nci-many-conditions",
        Trial(
            nct_id="NCT09300042",
            brief_title="Lenalidomide Maintenance After First-Line Chemoimmunotherapy in Chronic "
            "Lymphocytic Leukemia or Small Lymphocytic Lymphoma",
            conditions=(
                "B-Cell Chronic Lymphocytic Leukemia",
                "Small Lymphocytic Lymphoma",
                "Stage II Chronic Lymphocytic Leukemia",
                "Stage III Chronic Lymphocytic Leukemia",
                "Stage IV Chronic Lymphocytic Leukemia",
            ),
            condition_mesh_terms=(
                "Leukemia, Lymphocytic, Chronic, B-Cell",
                "Leukemia, Lymphoid",
                "Lymphoma",
            ),
            brief_summary=nci_summary(
                "This phase III trial compares lenalidomide maintenance with observation after "
                "first-line chemoimmunotherapy in patients with CLL or SLL. Lenalidomide is "
                "approved for mantle cell lymphoma, follicular lymphoma and marginal zone "
                "lymphoma.",
                "PRIMARY OBJECTIVE:\nI. To compare progression-free survival.",
                "Patients are randomized to lenalidomide PO QD on days 1-28 or observation. "
                "Patients with disease progression during maintenance go off study.",
            ),
            eligibility_criteria=criteria(
                (
                    "CLL or SLL with partial or complete response after first-line "
                    "fludarabine, cyclophosphamide and rituximab (FCR) or "
                    "bendamustine-rituximab",
                    *NCI_LABS,
                    *NCI_REMS,
                ),
                ("Richter's transformation", "Prior lenalidomide", *NCI_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (MT,),  # as the earlier audit's CLL maintenance after first-line therapy
    ),
    (
        "nci-recurrent-hodgkin-subtypes",
        Trial(
            nct_id="NCT09300043",
            brief_title="Lenalidomide and Nivolumab in Recurrent or Refractory Classic Hodgkin "
            "Lymphoma",
            conditions=(
                "Recurrent Classic Hodgkin Lymphoma",
                "Refractory Classic Hodgkin Lymphoma",
                "Recurrent Nodular Lymphocyte Predominant Hodgkin Lymphoma",
                "Recurrent Mixed Cellularity Classic Hodgkin Lymphoma",
                "Recurrent Nodular Sclerosis Classic Hodgkin Lymphoma",
            ),
            condition_mesh_terms=("Hodgkin Disease", "Lymphoma"),
            brief_summary="Lenalidomide has activity in relapsed non-Hodgkin lymphomas such as "
            "mantle cell and follicular lymphoma. This trial tests lenalidomide with "
            "nivolumab in Hodgkin lymphoma that came back after brentuximab vedotin.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory classic Hodgkin lymphoma after >= 2 prior lines",
                    *NCI_LABS,
                ),
                NCI_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "ptcl-many-conditions-including-follicular-t-cell",
        Trial(
            nct_id="NCT09300044",
            brief_title="Lenalidomide Plus CHOEP in Untreated Peripheral T-Cell Lymphoma",
            conditions=(
                "Angioimmunoblastic T-cell Lymphoma",
                "Follicular T-Cell Lymphoma",
                "Nodal Peripheral T-Cell Lymphoma With TFH Phenotype",
                "Peripheral T-Cell Lymphoma, Not Otherwise Specified",
                "Anaplastic Large Cell Lymphoma, ALK-Negative",
                "Enteropathy-Associated T-Cell Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma, T-Cell",
                "Lymphoma, T-Cell, Peripheral",
                "Immunoblastic Lymphadenopathy",
                "Lymphoma, Large-Cell, Anaplastic",
                "Lymphoma, Follicular",
            ),
            brief_summary="Phase II study of lenalidomide added to CHOEP in previously "
            "untreated nodal T-follicular helper cell lymphomas and other PTCL.",
            eligibility_criteria=industry(
                ("Previously untreated PTCL of one of the listed subtypes", "Stage II-IV"),
                ("Cutaneous T-cell lymphoma, ALK-positive ALCL", *NHL_EXCLUSIONS[2:]),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "pcnsl-recurrent-r-len-then-len-maintenance",
        Trial(
            nct_id="NCT09300045",
            brief_title="Rituximab and Lenalidomide Followed by Lenalidomide Maintenance in "
            "Recurrent Primary Central Nervous System Lymphoma",
            conditions=(
                "Recurrent Primary Central Nervous System Lymphoma",
                "Refractory Primary Central Nervous System Lymphoma",
                "Primary Vitreoretinal Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma",
                "Central Nervous System Neoplasms",
                "Lymphoma, Large B-Cell, Diffuse",
            ),
            brief_summary="Phase II study of rituximab and lenalidomide induction for 8 cycles "
            "followed by lenalidomide maintenance for 12 months in relapsed or refractory PCNSL. "
            "Secondary CNS involvement by systemic lymphoma (such as mantle cell lymphoma) is "
            "not eligible.",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory PCNSL or vitreoretinal lymphoma after high-dose "
                    "methotrexate",
                    "Measurable enhancing disease on MRI",
                ),
                ("Systemic lymphoma", "Prior lenalidomide"),
            ),
        ),
        (OTHER,),
        (RR, MT),
    ),
    (
        "myelofibrosis-anemia-del5q-background",
        Trial(
            nct_id="NCT09300046",
            brief_title="Lenalidomide and Prednisone in Myelofibrosis With Anemia",
            conditions=(
                "Primary Myelofibrosis",
                "Post-Polycythemia Vera Myelofibrosis",
                "Post-Essential Thrombocythemia Myelofibrosis",
                "Anemia",
            ),
            condition_mesh_terms=(
                "Primary Myelofibrosis",
                "Anemia",
                "Polycythemia Vera",
                "Thrombocythemia, Essential",
            ),
            brief_summary="Lenalidomide is approved for myelodysplastic syndrome with del(5q) "
            "and improves anemia in some patients with myelofibrosis. This phase II study "
            "tests lenalidomide with a prednisone taper in transfusion-dependent MF.",
            eligibility_criteria=industry(
                (
                    "PMF, post-PV MF or post-ET MF per WHO 2016",
                    "Hemoglobin < 10 g/dL",
                    "Relapsed, refractory or intolerant to ruxolitinib, or not a candidate",
                ),
                ("MDS with del(5q) or other MDS", "AML"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "recurrent-neuroblastoma-children",
        Trial(
            nct_id="NCT09300047",
            brief_title="Lenalidomide and Dinutuximab in Children With Recurrent or Refractory "
            "Neuroblastoma",
            conditions=("Recurrent Neuroblastoma", "Refractory Neuroblastoma"),
            condition_mesh_terms=("Neuroblastoma", "Neuroectodermal Tumors"),
            brief_summary="Phase I study of lenalidomide with dinutuximab and isotretinoin. "
            "Lenalidomide is an immunomodulatory drug used in multiple myeloma and MDS.",
            eligibility_criteria=criteria(
                (
                    "Patients must be >= 1 and =< 21 years of age at the time of enrollment",
                    "Patients must have a diagnosis of neuroblastoma or ganglioneuroblastoma "
                    "verified by histology or demonstration of tumor cells in bone marrow with "
                    "increased urinary catecholamines",
                    "Recurrent or refractory high-risk neuroblastoma with at least one "
                    "measurable or MIBG-avid lesion",
                    "Karnofsky >= 50% for patients > 16 years and Lansky >= 50 for patients =< "
                    "16 years of age",
                    "Patients must have fully recovered from the acute toxic effects of all "
                    "prior anti-cancer therapy:\n  * At least 21 days after the last dose of "
                    "myelosuppressive chemotherapy\n  * At least 7 days after the last dose of "
                    "a hematopoietic growth factor\n  * At least 12 weeks after autologous stem "
                    "cell infusion",
                    "Peripheral absolute neutrophil count (ANC) >= 750/uL and platelet count >= "
                    "75,000/uL (transfusion independent)",
                    "Serum creatinine within the age-based normal range",
                    *NCI_REMS,
                ),
                (
                    "Prior myelodysplastic syndrome or secondary leukemia",
                    "Patients who have had an allogeneic stem cell transplant",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "cutaneous-lupus-lenalidomide",
        Trial(
            nct_id="NCT09300048",
            brief_title="Lenalidomide for Refractory Cutaneous Lupus Erythematosus",
            conditions=("Cutaneous Lupus Erythematosus", "Discoid Lupus"),
            condition_mesh_terms=("Lupus Erythematosus, Cutaneous", "Lupus Erythematosus, Discoid"),
            brief_summary="Open-label study of low-dose lenalidomide (5 mg daily) in "
            "cutaneous lupus refractory to antimalarials, followed by a maintenance phase at "
            "the lowest effective dose.",
            eligibility_criteria=industry(
                (
                    "Biopsy-proven subacute or chronic cutaneous lupus erythematosus with "
                    "CLASI activity score >= 8",
                    "Failure of, or intolerance to, hydroxychloroquine for at least 3 months",
                ),
                (
                    "Active lupus nephritis or central nervous system lupus",
                    "History of deep vein thrombosis or antiphospholipid antibody syndrome",
                ),
            ),
        ),
        (OTHER,),
        (RR, MT),
    ),
    # --- settings in long summaries and arms
    (
        "ndmm-summary-progression-after-induction-and-pfs2",
        Trial(
            nct_id="NCT09300049",
            brief_title="Elotuzumab Plus KRd Versus KRd in Newly Diagnosed Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            condition_mesh_terms=("Multiple Myeloma", "Neoplasms, Plasma Cell"),
            brief_summary="Newly diagnosed patients are randomized to E-KRd or KRd for 8 "
            "cycles. Patients with progressive disease after induction, or who do not reach at "
            "least a partial response, go off study. Secondary endpoints include PFS2 "
            "(progression after second-line therapy) and overall survival.",
            eligibility_criteria=industry(
                ("Newly diagnosed multiple myeloma, measurable disease", "Age >= 18"),
                ("Prior systemic therapy", MM_OTHER_PLASMA_CELL),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "rr-mzl-r2-induction-len-maintenance",
        Trial(
            nct_id="NCT09300050",
            brief_title="R2 Induction Followed by Lenalidomide Maintenance in Relapsed Marginal "
            "Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            condition_mesh_terms=("Lymphoma, B-Cell, Marginal Zone",),
            eligibility_criteria=industry(
                ("MZL relapsed after at least one prior anti-CD20 containing regimen",),
                NHL_EXCLUSIONS,
            ),
            arms=(
                Arm(
                    label="INDUCTION",
                    type="EXPERIMENTAL",
                    description="Rituximab 375 mg/m2 and lenalidomide 20 mg days 1-21 for 12 "
                    "cycles",
                ),
                Arm(
                    label="MAINTENANCE",
                    type="EXPERIMENTAL",
                    description="Lenalidomide 10 mg days 1-21 until progression",
                ),
            ),
        ),
        (MZL,),
        (RR, MT),
    ),
    (
        "fl-rr-and-untreated-cohorts-long",
        Trial(
            nct_id="NCT09300051",
            brief_title="Mosunetuzumab and Lenalidomide in Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=("Lymphoma, Follicular",),
            brief_summary="Two-cohort phase II study: Cohort A enrols untreated high tumour "
            "burden FL; Cohort B enrols FL relapsed after at least one line of therapy.",
            eligibility_criteria=industry(
                (
                    "Cohort A: previously untreated FL grade 1-3a requiring treatment",
                    "Cohort B: relapsed or refractory FL after at least one prior line",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL,),
        (ND, RR),
    ),
    (
        "mcl-lenalidomide-maintenance-after-asct-first-remission",
        Trial(
            nct_id="NCT09300052",
            brief_title="Lenalidomide Maintenance Versus Observation After Autologous "
            "Transplant in Mantle Cell Lymphoma in First Remission",
            conditions=("Mantle Cell Lymphoma",),
            condition_mesh_terms=("Lymphoma, Mantle-Cell",),
            brief_summary="Patients with MCL in first complete or partial remission after "
            "R-CHOP/R-DHAP induction and autologous transplant are randomized to "
            "lenalidomide for 24 months or observation. Patients who relapse receive salvage "
            "therapy per investigator.",
            eligibility_criteria=industry(
                (
                    "MCL in first CR/PR after first-line induction and ASCT",
                    "ASCT within 60-100 days",
                ),
                ("Relapse after transplant", "Prior lenalidomide"),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "mds-broad-anemia-condition-lower-risk-summary",
        Trial(
            nct_id="NCT09300053",
            brief_title="Low-Dose Lenalidomide for Anemia in Lower-Risk Myelodysplastic Syndromes",
            conditions=("Anemia", "Myelodysplastic Syndromes"),
            condition_mesh_terms=("Anemia", "Myelodysplastic Syndromes", "Preleukemia"),
            brief_summary="This study treats anemia in lower-risk MDS, with or without the "
            "5q deletion, with low-dose lenalidomide (5 mg daily).",
            eligibility_criteria=industry(
                ("IPSS-R very low, low or intermediate MDS", "Hemoglobin < 9 g/dL"),
                ("Prior lenalidomide", OTHER_CANCERS),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mm-and-nhl-allo-transplant-len-maintenance",
        Trial(
            nct_id="NCT09300054",
            brief_title="Lenalidomide Maintenance After Allogeneic Transplant for Myeloma or "
            "Relapsed Lymphoma",
            conditions=(
                "Multiple Myeloma",
                "Mantle Cell Lymphoma",
                "Follicular Lymphoma",
                "Diffuse Large B-Cell Lymphoma",
            ),
            condition_mesh_terms=(
                "Multiple Myeloma",
                "Lymphoma, Mantle-Cell",
                "Lymphoma, Follicular",
                "Lymphoma, Large B-Cell, Diffuse",
            ),
            brief_summary="Phase II study of lenalidomide maintenance started 60-180 days "
            "after allogeneic stem cell transplant in high-risk myeloma or relapsed "
            "lymphoma. Lenalidomide may enhance the graft-versus-tumour effect.",
            eligibility_criteria=industry(
                (
                    "One of: multiple myeloma with high-risk cytogenetics or relapsed after "
                    "ASCT; mantle cell, follicular or diffuse large B-cell lymphoma relapsed "
                    "after at least one prior line",
                    "Allogeneic transplant 60-180 days before enrolment",
                ),
                ("Active grade III-IV acute GVHD",),
            ),
        ),
        (MM, MCL, FL),
        (RR, MT),
    ),
    (
        "al-amyloidosis-coexisting-myeloma-eligible",
        Trial(
            nct_id="NCT09300055",
            brief_title="Ixazomib, Lenalidomide and Dexamethasone in Relapsed AL Amyloidosis",
            conditions=("AL Amyloidosis", "Multiple Myeloma"),
            condition_mesh_terms=(
                "Immunoglobulin Light-chain Amyloidosis",
                "Multiple Myeloma",
                "Paraproteinemias",
            ),
            brief_summary="Phase II study of ixazomib, lenalidomide and dexamethasone in "
            "relapsed or refractory systemic AL amyloidosis.",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory AL amyloidosis after 1-3 prior lines",
                    "Patients with AL amyloidosis and coexisting multiple myeloma meeting "
                    "IMWG criteria are eligible",
                ),
                ("Localized amyloidosis only",),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "smoldering-induction-then-maintenance-nd-background",
        Trial(
            nct_id="NCT09300056",
            brief_title="Lenalidomide and Dexamethasone Versus Observation in Asymptomatic Myeloma",
            conditions=("Smoldering Multiple Myeloma",),
            condition_mesh_terms=(
                "Smoldering Multiple Myeloma",
                "Multiple Myeloma",
                "Paraproteinemias",
            ),
            brief_summary="High-risk smoldering myeloma progresses to active disease in about "
            "50% of patients within 2 years. Lenalidomide-dexamethasone is a standard of care "
            "for newly diagnosed myeloma; this study tests it at the smoldering stage, with "
            "induction of 9 cycles followed by lenalidomide maintenance.",
            eligibility_criteria=industry(
                ("High-risk SMM by PETHEMA or Mayo criteria", "No prior therapy"),
                ("MGUS, active myeloma, AL amyloidosis",),
            ),
        ),
        (MM,),
        (MT,),
    ),
    # --- more of what full records hold
    (
        "lr-mds-del5q-excluded-unless-lenalidomide-failed",
        Trial(
            nct_id="NCT09300057",
            brief_title="Oral Azacitidine in Transfusion-Dependent Lower-Risk Myelodysplastic "
            "Syndromes",
            conditions=("Myelodysplastic Syndromes", "Anemia", "Thrombocytopenia"),
            condition_mesh_terms=(
                "Myelodysplastic Syndromes",
                "Anemia",
                "Thrombocytopenia",
                "Preleukemia",
            ),
            brief_summary="A phase 3, randomized, double-blind study of oral azacitidine plus "
            "best supportive care versus placebo plus best supportive care in subjects with "
            "red blood cell transfusion-dependent anemia and thrombocytopenia due to IPSS "
            "lower-risk MDS.",
            eligibility_criteria=industry(
                (
                    "Documented diagnosis of MDS per WHO 2016 with IPSS low or intermediate-1 risk",
                    "RBC transfusion-dependent anemia and thrombocytopenia (platelets <= 75 x "
                    "10^9/L)",
                    "Refractory to, intolerant of, or ineligible for erythropoiesis-stimulating "
                    "agents",
                ),
                (
                    "MDS with del(5q), unless previously treated with lenalidomide with no "
                    "response, loss of response or intolerance",
                    "Prior treatment with azacitidine or decitabine",
                    "Secondary MDS after chemotherapy or radiation for another malignancy",
                ),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        "solitary-and-extramedullary-plasmacytoma-rt-then-rd",
        Trial(
            nct_id="NCT09300058",
            brief_title="Radiotherapy Followed by Lenalidomide and Dexamethasone in High-Risk "
            "Solitary Plasmacytoma",
            conditions=("Solitary Plasmacytoma of Bone", "Extramedullary Plasmacytoma"),
            condition_mesh_terms=(
                "Plasmacytoma",
                "Neoplasms, Plasma Cell",
                "Multiple Myeloma",
                "Paraproteinemias",
            ),
            brief_summary="Patients with solitary plasmacytoma and minimal marrow involvement "
            "or persistent M-protein have a high risk of progression to multiple myeloma. "
            "This study gives involved-field radiotherapy (40-50 Gy) followed by 6 cycles of "
            "lenalidomide and dexamethasone, to delay progression to myeloma.",
            eligibility_criteria=industry(
                (
                    "Newly diagnosed, biopsy-proven solitary plasmacytoma of bone or "
                    "extramedullary plasmacytoma",
                    "High risk: clonal bone marrow plasma cells 1-9% by flow cytometry, or "
                    "persistent M-protein 6 weeks after radiotherapy",
                    "No evidence of multiple myeloma: no other lesion on whole-body PET/CT or "
                    "MRI, and no CRAB features",
                ),
                (
                    "Multiple solitary plasmacytomas",
                    "Prior systemic therapy for plasma cell neoplasm",
                ),
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "b-cell-lymphoma-cohorts-named-only-in-arms",
        Trial(
            nct_id="NCT09300059",
            brief_title="Epcoritamab With Lenalidomide in Relapsed B-Cell Lymphoma",
            conditions=("B-cell Lymphoma",),
            condition_mesh_terms=("Lymphoma, B-Cell", "Lymphoma"),
            brief_summary="An open-label, multi-arm phase 1b/2 study of epcoritamab in "
            "combination with lenalidomide in relapsed or refractory B-cell lymphoma.",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory CD20+ mature B-cell lymphoma, after at least one "
                    "prior systemic anti-lymphoma therapy, eligible for one of the arms",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS,
            ),
            arms=(
                Arm(
                    label="Arm A: R/R mantle cell lymphoma",
                    type="EXPERIMENTAL",
                    description="Epcoritamab SC plus lenalidomide 20 mg on days 1-21 of each "
                    "28-day cycle for 12 cycles, then epcoritamab every 4 weeks",
                ),
                Arm(
                    label="Arm B: R/R follicular lymphoma grade 1-3a",
                    type="EXPERIMENTAL",
                    description="Epcoritamab SC plus lenalidomide 20 mg on days 1-21 for 12 cycles",
                ),
            ),
        ),
        (MCL, FL),
        (RR,),
    ),
    (
        "dlbcl-with-family-condition-summary-activity-background",
        Trial(
            nct_id="NCT09300060",
            brief_title="Rituximab, Lenalidomide, Gemcitabine and Oxaliplatin in Relapsed "
            "Diffuse Large B-Cell Lymphoma",
            conditions=("Lymphoma", "Diffuse Large B-Cell Lymphoma"),
            condition_mesh_terms=("Lymphoma", "Lymphoma, Large B-Cell, Diffuse"),
            brief_summary="Lenalidomide has activity in relapsed lymphomas including mantle "
            "cell and follicular lymphoma, and in non-germinal-center DLBCL. This phase II "
            "study adds lenalidomide to R-GemOx in patients with relapsed or refractory DLBCL "
            "who are not candidates for transplant or CAR T-cell therapy.",
            eligibility_criteria=industry(
                (
                    "Relapsed or refractory DLBCL NOS after 1-3 prior lines",
                    "Not eligible for high-dose chemotherapy with autologous transplant",
                    *NHL_MEASURABLE,
                ),
                NHL_EXCLUSIONS[2:],
            ),
        ),
        (OTHER,),
        (RR,),
    ),
]

CASES = params(LONG_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_long(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_long_case_ids_are_unique() -> None:
    check_unique(LONG_CASES)


def _long_case(name: str) -> Trial:
    return next(t for n, t, *_ in LONG_CASES if n == name)


# What a patient reads under "Why these labels?": the strongest field, in few words.
EVIDENCE_CASES = [
    (
        "nci-recurrent-indolent-many-conditions-fl-mzl-sll",
        [
            "fl: condition “Recurrent Grade 1 Follicular Lymphoma”",
            "mzl: condition “Recurrent Marginal Zone Lymphoma”",
            "relapsed-refractory: condition “Recurrent Grade 1 Follicular Lymphoma”",
        ],
    ),
    (
        "ecog-acrin-ndmm-step-1-induction-step-2-maintenance",
        [
            "myeloma: condition “Plasma Cell Myeloma”",
            "newly-diagnosed: title “Newly Diagnosed”",
            "maintenance: title “Maintenance”",
        ],
    ),
    (
        "nci-lower-risk-mds-many-conditions-del5q",
        ["mds-del5q: condition “Myelodysplastic Syndrome With Isolated Del(5q)”"],
    ),
    (
        "mds-004-like-deletion-5q31-33-brackets",
        ["mds-del5q: official title “Deletion (Del) 5q”"],
    ),
    (
        "cll-and-nhl-conditions-subtypes-named-in-summary",
        [
            "mcl: summary “mantle cell lymphoma”",
            "fl: summary “follicular lymphoma”",
            "mzl: summary “marginal zone lymphoma”",
            "relapsed-refractory: title “Relapsed”",
        ],
    ),
    (
        "nci-untreated-mcl-elderly-br-induction-r2-maintenance",
        [
            "mcl: condition “Mantle Cell Lymphoma”",
            "newly-diagnosed: title “Untreated”",
            "maintenance: title “Maintenance”",
        ],
    ),
    (
        "old-nci-disease-characteristics-broad-lymphoma",
        [
            "mcl: inclusion criteria “Mantle cell lymphoma”",
            "fl: inclusion criteria “Follicular lymphoma”",
            "mzl: inclusion criteria “Marginal zone lymphoma”",
            "relapsed-refractory: title “Relapsed”",
        ],
    ),
]


@pytest.mark.parametrize(("name", "described"), EVIDENCE_CASES, ids=[n for n, _ in EVIDENCE_CASES])
def test_long_evidence_names_the_strongest_field(name: str, described: list[str]) -> None:
    assert [e.describe() for e in classify_trial(_long_case(name)).evidence] == described


def test_long_records_are_long() -> None:
    """The point of this table: most records are at the registry's full length."""
    long_ones = [
        t for _, t, *_ in LONG_CASES if len(t.eligibility_criteria) + len(t.brief_summary) > 2000
    ]
    lines = [len(t.eligibility_criteria.splitlines()) for _, t, *_ in LONG_CASES]
    assert len(long_ones) >= 50 and sum(n >= 40 for n in lines) >= 30 and max(lines) >= 60


def test_non_inclusion_criteria_are_exclusions() -> None:
    """French cooperative groups head their exclusions "NON-INCLUSION CRITERIA :"."""
    text = "INCLUSION CRITERIA :\n\n- FL grade 1-3a\n\nNON-INCLUSION CRITERIA :\n\n- MCL\n"
    assert split_eligibility(text) == ("- FL grade 1-3a", "- MCL")
