"""A fifth audit of the classifier: invented records where the earlier four are thin. NCI-style
lymphoma registrations whose long condition lists mix subtypes (recurrent/refractory, stage and
grade items, nodal/splenic/extranodal MZL, DLBCL, Burkitt and T-cell items) while the eligibility
says which are enrolled; B-cell baskets that enumerate eligible histologies with WHO 2022 and ICC
names (classic FL, follicular large B-cell lymphoma, duodenal- and paediatric-type FL, in situ
neoplasms, leukaemic non-nodal MCL, ocular adnexal MALT, primary cutaneous marginal zone disease,
hairy cell leukaemia and its look-alikes); negations and "e.g." lists; lower- and higher-risk MDS
with and without del(5q), MDS-SF3B1, MDS-5q, CMML and MDS/MPN; the line-of-therapy words lymphoma
trials use (GELF, watch and wait, POD24, anti-CD20 refractory, consolidation, rituximab and R2
maintenance, second line, relapse after CAR-T); and look-alikes that also give lenalidomide. The
text is ours, phrased the way such registrations read; labels are a haematologist's, under the
product owner's rules. Where a convention is debatable the case says so and follows the
conventions of the earlier case tables."""

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

#: What NCI/CTEP records ask of everyone, whatever the disease.
NCI_GENERAL = (
    "Age \\>= 18 years",
    "Eastern Cooperative Oncology Group (ECOG) performance status =\\< 2",
    "Absolute neutrophil count (ANC) \\>= 1,000/mm\\^3 (\\>= 500/mm\\^3 if bone marrow "
    "involvement by lymphoma)",
    "Platelets \\>= 75,000/mm\\^3 (\\>= 50,000/mm\\^3 if bone marrow involvement by lymphoma)",
    "Total bilirubin =\\< 1.5 x institutional upper limit of normal (ULN)",
    "Creatinine clearance \\>= 30 mL/min by the Cockcroft-Gault formula",
    "All study participants must be registered into the mandatory Revlimid REMS program and "
    "be willing and able to comply with its requirements",
    "Ability to understand and the willingness to sign a written informed consent document",
)
NCI_EXCLUSIONS = (
    "Patients who are receiving any other investigational agents",
    "History of allergic reactions attributed to compounds of similar chemical or biologic "
    "composition to lenalidomide or other agents used in study",
    "Pregnant women are excluded from this study because lenalidomide is a thalidomide "
    "analogue with the potential for teratogenic or abortifacient effects",
    "Deep vein thrombosis or pulmonary embolism within 6 months prior to registration unless "
    "on stable therapeutic anticoagulation",
    "Uncontrolled intercurrent illness including, but not limited to, ongoing or active "
    "infection, symptomatic congestive heart failure, unstable angina pectoris, or cardiac "
    "arrhythmia",
)
NHL_EXCLUSIONS = (
    "Known CNS lymphoma or leptomeningeal involvement",
    "Prior allogeneic stem cell transplantation",
    "Active hepatitis B (HBsAg positive or detectable HBV DNA), hepatitis C or uncontrolled HIV "
    "infection",
    "Other malignancy within 3 years, except adequately treated non-melanoma skin cancer or "
    "carcinoma in situ",
    "Inability to take thromboprophylaxis",
)
# (id, trial, indications, settings)
FIFTH_CASES = [
    # --- NCI-style lymphoma records: long condition lists, eligibility decides
    (
        "nci-fl-mzl-eligible-conditions-also-list-dlbcl-burkitt-t-cell",
        Trial(
            nct_id="NCT09500001",
            brief_title="Tafasitamab, Lenalidomide and Rituximab With or Without Zanubrutinib "
            "in Treating Patients With Recurrent or Refractory Non-Hodgkin Lymphoma",
            conditions=(
                "Recurrent B-Cell Non-Hodgkin Lymphoma",
                "Recurrent Burkitt Lymphoma",
                "Recurrent Diffuse Large B-Cell Lymphoma",
                "Recurrent Follicular Lymphoma",
                "Recurrent Marginal Zone Lymphoma",
                "Recurrent Mature T-Cell and NK-Cell Non-Hodgkin Lymphoma",
                "Refractory B-Cell Non-Hodgkin Lymphoma",
                "Refractory Burkitt Lymphoma",
                "Refractory Diffuse Large B-Cell Lymphoma",
                "Refractory Follicular Lymphoma",
                "Refractory Marginal Zone Lymphoma",
                "Refractory Mature T-Cell and NK-Cell Non-Hodgkin Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma, B-Cell",
                "Lymphoma, Follicular",
                "Lymphoma, B-Cell, Marginal Zone",
                "Lymphoma, Large B-Cell, Diffuse",
                "Burkitt Lymphoma",
                "Lymphoma, T-Cell",
            ),
            brief_summary=nci_summary(
                "This phase II trial compares tafasitamab, lenalidomide and rituximab with or "
                "without zanubrutinib in treating patients with non-Hodgkin lymphoma that has "
                "come back (recurrent) or does not respond to treatment (refractory).",
                "PRIMARY OBJECTIVE:\nI. To compare progression-free survival.\n\nSECONDARY "
                "OBJECTIVES:\nI. To compare complete response rates by histology (follicular "
                "vs marginal zone).",
                "Patients are randomized to 1 of 2 arms. ARM A: Patients receive tafasitamab "
                "IV, lenalidomide PO QD on days 1-21 and rituximab IV. ARM B: Patients receive "
                "treatment as in Arm A plus zanubrutinib PO BID. Cycles repeat every 28 days "
                "for up to 12 cycles.",
            ),
            eligibility_criteria=nci(
                (
                    "Histologically confirmed follicular lymphoma (grade 1, 2 or 3a) or "
                    "marginal zone lymphoma (nodal, splenic or extranodal)",
                    "Relapsed or refractory disease after at least one prior systemic therapy "
                    "including an anti-CD20 monoclonal antibody",
                    *NCI_GENERAL,
                ),
                (
                    "Diffuse large B-cell lymphoma, Burkitt lymphoma, or any T-cell or NK-cell "
                    "lymphoma, including histologic transformation of follicular or marginal "
                    "zone lymphoma",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        # The condition list still carries the mantle cell items of the original protocol; the
        # amended eligibility no longer enrols MCL, and the eligibility decides.
        "nci-conditions-list-mcl-but-amended-eligibility-excludes-mcl",
        Trial(
            nct_id="NCT09500002",
            brief_title="Lenalidomide, Rituximab and Venetoclax in Treating Patients With "
            "Recurrent or Refractory Indolent B-Cell Lymphoma",
            conditions=(
                "Recurrent Follicular Lymphoma",
                "Recurrent Mantle Cell Lymphoma",
                "Recurrent Marginal Zone Lymphoma",
                "Refractory Follicular Lymphoma",
                "Refractory Mantle Cell Lymphoma",
                "Refractory Marginal Zone Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma",
                "Lymphoma, Follicular",
                "Lymphoma, Mantle-Cell",
                "Lymphoma, B-Cell, Marginal Zone",
                "Lymphoma, Non-Hodgkin",
            ),
            brief_summary=nci_summary(
                "This phase I/II trial studies the side effects and best dose of venetoclax "
                "when given with lenalidomide and rituximab in treating patients with "
                "follicular or marginal zone lymphoma that has come back or does not respond "
                "to treatment.",
                "PRIMARY OBJECTIVES:\nI. To determine the recommended phase II dose of "
                "venetoclax with lenalidomide and rituximab. (Phase I)\nII. To estimate the "
                "complete response rate. (Phase II)",
                "This is a dose-escalation study of venetoclax. Patients receive venetoclax PO "
                "QD on days 1-28, lenalidomide PO QD on days 1-21 and rituximab IV on days 1, "
                "8, 15 and 22 of cycle 1 and day 1 of cycles 2-12.",
            ),
            eligibility_criteria=nci(
                (
                    "Histologically confirmed follicular lymphoma grade 1-3a or marginal zone "
                    "lymphoma that is relapsed or refractory after \\>= 1 prior therapy",
                    "Patients with mantle cell lymphoma are not eligible (enrollment of mantle "
                    "cell lymphoma closed with Amendment #4)",
                    *NCI_GENERAL,
                ),
                ("Prior venetoclax", *NCI_EXCLUSIONS),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        # Conditions say "Recurrent Follicular Lymphoma", but only grade 3b and transformed FL
        # can enrol: Other under the earlier grade-3b and transformed-FL conventions.
        "nci-recurrent-fl-conditions-eligibility-grade-3b-or-transformed-only",
        Trial(
            nct_id="NCT09500003",
            brief_title="Glofitamab and Lenalidomide in Treating Patients With Recurrent or "
            "Refractory Aggressive Follicular Lymphoma",
            conditions=(
                "Recurrent Follicular Lymphoma",
                "Refractory Follicular Lymphoma",
                "Recurrent Grade 3b Follicular Lymphoma",
                "Recurrent Transformed Follicular Lymphoma",
                "Refractory Transformed Follicular Lymphoma",
            ),
            condition_mesh_terms=("Lymphoma, Follicular", "Lymphoma, Non-Hodgkin", "Lymphoma"),
            brief_summary=nci_summary(
                "This phase II trial tests how well glofitamab and lenalidomide work in "
                "treating patients with grade 3b follicular lymphoma or follicular lymphoma "
                "that has transformed into an aggressive lymphoma and has come back or does "
                "not respond to treatment.",
                "PRIMARY OBJECTIVE:\nI. To estimate the complete metabolic response rate.",
                "Patients receive obinutuzumab IV on cycle 1 day 1, glofitamab IV with step-up "
                "dosing, and lenalidomide PO QD on days 1-21 of cycles 2-12.",
            ),
            eligibility_criteria=nci(
                (
                    "Histologically confirmed follicular lymphoma grade 3b, or diffuse large "
                    "B-cell lymphoma transformed from follicular lymphoma grade 1-3a "
                    "(biopsy-proven)",
                    "Patients with follicular lymphoma grade 1, 2 or 3a without histologic "
                    "transformation are not eligible",
                    "Relapsed or refractory after at least one anthracycline-containing regimen",
                    *NCI_GENERAL,
                ),
                ("Prior CD20xCD3 bispecific antibody", *NCI_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "nci-untreated-stage-grade-fl-and-mzl-subsite-conditions-broad-title",
        Trial(
            nct_id="NCT09500004",
            brief_title="Obinutuzumab and Lenalidomide in Treating Patients With Previously "
            "Untreated Advanced Stage Indolent B-Cell Lymphoma",
            conditions=(
                "Ann Arbor Stage III Follicular Lymphoma",
                "Ann Arbor Stage IV Follicular Lymphoma",
                "Grade 1 Follicular Lymphoma",
                "Grade 2 Follicular Lymphoma",
                "Grade 3a Follicular Lymphoma",
                "Ann Arbor Stage III Marginal Zone Lymphoma",
                "Ann Arbor Stage IV Marginal Zone Lymphoma",
                "Nodal Marginal Zone Lymphoma",
                "Splenic Marginal Zone Lymphoma",
                "Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
            ),
            condition_mesh_terms=(
                "Lymphoma, Follicular",
                "Lymphoma, B-Cell, Marginal Zone",
                "Lymphoma, Non-Hodgkin",
                "Lymphoma, B-Cell",
                "Lymphoma",
            ),
            brief_summary=nci_summary(
                "This phase II trial studies how well obinutuzumab and lenalidomide work in "
                "treating patients with indolent B-cell lymphoma that has not been treated "
                "before and is stage III or IV.",
                "PRIMARY OBJECTIVE:\nI. To estimate the 2-year progression-free survival.",
                "Patients receive obinutuzumab IV and lenalidomide PO QD on days 1-21 for 12 "
                "cycles.",
            ),
            eligibility_criteria=nci(
                (
                    "Previously untreated, histologically confirmed follicular lymphoma (grade "
                    "1, 2 or 3a) or marginal zone lymphoma (nodal, splenic or extranodal), Ann "
                    "Arbor stage III or IV",
                    "Requiring therapy in the opinion of the treating investigator",
                    *NCI_GENERAL,
                ),
                (
                    "Grade 3b follicular lymphoma or evidence of transformation",
                    "Small lymphocytic lymphoma, lymphoplasmacytic lymphoma or mantle cell "
                    "lymphoma",
                    *NCI_EXCLUSIONS,
                ),
            ),
        ),
        (FL, MZL),
        (ND,),
    ),
    (
        "nci-escalation-any-bnhl-expansion-dlbcl-only",
        Trial(
            nct_id="NCT09500005",
            brief_title="Epcoritamab and Lenalidomide With or Without Polatuzumab Vedotin in "
            "Treating Patients With Recurrent or Refractory B-Cell Non-Hodgkin Lymphoma",
            conditions=(
                "Recurrent B-Cell Non-Hodgkin Lymphoma",
                "Recurrent Diffuse Large B-Cell Lymphoma",
                "Recurrent Follicular Lymphoma",
                "Recurrent High Grade B-Cell Lymphoma With MYC and BCL2 Rearrangements",
                "Recurrent Mantle Cell Lymphoma",
                "Recurrent Marginal Zone Lymphoma",
                "Recurrent Primary Mediastinal (Thymic) Large B-Cell Lymphoma",
                "Recurrent Transformed Follicular Lymphoma",
                "Refractory B-Cell Non-Hodgkin Lymphoma",
                "Refractory Diffuse Large B-Cell Lymphoma",
                "Refractory Follicular Lymphoma",
                "Refractory Mantle Cell Lymphoma",
                "Refractory Marginal Zone Lymphoma",
            ),
            brief_summary=nci_summary(
                "This phase I trial tests the safety, side effects and best dose of "
                "epcoritamab and lenalidomide with or without polatuzumab vedotin in treating "
                "patients with B-cell non-Hodgkin lymphoma that has come back or has not "
                "responded to treatment.",
                "PRIMARY OBJECTIVE:\nI. To determine the maximum tolerated dose.\n\nSECONDARY "
                "OBJECTIVE:\nI. To estimate the response rate in the DLBCL expansion cohort.",
                "This is a dose-escalation study followed by a dose-expansion study.",
            ),
            eligibility_criteria=nci(
                (
                    "DOSE ESCALATION: relapsed or refractory DLBCL, high-grade B-cell "
                    "lymphoma, transformed follicular lymphoma, follicular lymphoma grade "
                    "1-3b, marginal zone lymphoma, or mantle cell lymphoma after \\>= 2 prior "
                    "lines of therapy",
                    "DOSE EXPANSION: relapsed or refractory DLBCL or high-grade B-cell lymphoma "
                    "only",
                    *NCI_GENERAL,
                ),
                ("Burkitt lymphoma", *NCI_EXCLUSIONS),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "nci-mzl-three-subsite-conditions-broad-title",
        Trial(
            nct_id="NCT09500006",
            brief_title="Zanubrutinib, Lenalidomide and Rituximab in Treating Patients With "
            "Recurrent or Refractory Indolent B-Cell Lymphoma",
            conditions=(
                "Recurrent Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
                "Recurrent Nodal Marginal Zone Lymphoma",
                "Recurrent Splenic Marginal Zone Lymphoma",
                "Refractory Extranodal Marginal Zone Lymphoma of Mucosa-Associated Lymphoid Tissue",
                "Refractory Nodal Marginal Zone Lymphoma",
                "Refractory Splenic Marginal Zone Lymphoma",
            ),
            condition_mesh_terms=(
                "Lymphoma, B-Cell, Marginal Zone",
                "Lymphoma, B-Cell",
                "Lymphoma, Non-Hodgkin",
            ),
            brief_summary=nci_summary(
                "This phase II trial tests how well zanubrutinib, lenalidomide and rituximab "
                "work in treating patients with indolent B-cell lymphoma that has come back "
                "(recurrent) or does not respond to treatment (refractory).",
                "PRIMARY OBJECTIVE:\nI. To estimate the complete response rate at 12 months.",
                "Patients receive zanubrutinib PO BID on days 1-28, lenalidomide PO QD on "
                "days 1-21 and rituximab IV on day 1. Cycles repeat every 28 days for up to 12 "
                "cycles, then zanubrutinib alone until progression.",
            ),
            eligibility_criteria=nci(
                (
                    "Histologically confirmed marginal zone lymphoma of any subtype",
                    "At least one prior systemic therapy including an anti-CD20 antibody",
                    *NCI_GENERAL,
                ),
                ("Prior BTK inhibitor", *NCI_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        "nci-mcl-blastoid-pleomorphic-variant-conditions-in-situ-excluded",
        Trial(
            nct_id="NCT09500007",
            brief_title="Pirtobrutinib, Lenalidomide and Rituximab in Treating Patients With "
            "Recurrent or Refractory Mantle Cell Lymphoma After a Covalent BTK Inhibitor",
            conditions=(
                "Recurrent Mantle Cell Lymphoma",
                "Refractory Mantle Cell Lymphoma",
                "Blastoid Variant Mantle Cell Lymphoma",
                "Pleomorphic Variant Mantle Cell Lymphoma",
            ),
            condition_mesh_terms=("Lymphoma, Mantle-Cell", "Lymphoma, Non-Hodgkin"),
            brief_summary=nci_summary(
                "This phase II trial tests how well pirtobrutinib, lenalidomide and rituximab "
                "work in treating patients with mantle cell lymphoma that has come back or "
                "does not respond to a covalent BTK inhibitor.",
                "PRIMARY OBJECTIVE:\nI. To estimate the overall response rate.",
                "Patients receive pirtobrutinib PO QD, lenalidomide PO QD on days 1-21 and "
                "rituximab IV. Cycles repeat every 28 days.",
            ),
            eligibility_criteria=nci(
                (
                    "Mantle cell lymphoma with cyclin D1 overexpression or t(11;14), classic, "
                    "blastoid or pleomorphic morphology",
                    "Progression on or after a covalent BTK inhibitor",
                    *NCI_GENERAL,
                ),
                ("In situ mantle cell neoplasm", "Prior pirtobrutinib", *NCI_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        # The condition is only MCL; an amendment opened an FL cohort (inclusion criteria).
        "nci-conditions-only-mcl-amendment-adds-fl-cohort",
        Trial(
            nct_id="NCT09500008",
            brief_title="Acalabrutinib, Lenalidomide and Rituximab in Treating Patients With "
            "Recurrent or Refractory B-Cell Lymphoma",
            conditions=("Recurrent Mantle Cell Lymphoma", "Refractory Mantle Cell Lymphoma"),
            brief_summary=nci_summary(
                "This phase II trial studies how well acalabrutinib, lenalidomide and "
                "rituximab work in treating patients with B-cell lymphoma that has come back "
                "or does not respond to treatment.",
                "PRIMARY OBJECTIVE:\nI. To estimate the overall response rate in each cohort.",
                "Patients receive acalabrutinib PO BID, lenalidomide PO QD on days 1-21 and "
                "rituximab IV for up to 24 cycles.",
            ),
            eligibility_criteria=nci(
                (
                    "COHORT 1: relapsed or refractory mantle cell lymphoma after 1-3 prior "
                    "therapies, BTK inhibitor-naive",
                    "COHORT 2 (added with Amendment #2): relapsed or refractory follicular "
                    "lymphoma grade 1-3a after \\>= 2 prior therapies",
                    *NCI_GENERAL,
                ),
                ("Prior BTK inhibitor", *NCI_EXCLUSIONS),
            ),
        ),
        (MCL, FL),
        (RR,),
    ),
    # --- B-cell baskets with WHO 2022 / ICC histology names
    (
        "who-icc-bnhl-basket-eligible-and-ineligible-histologies",
        Trial(
            nct_id="NCT09500009",
            brief_title="A Study of a CD20xCD3 Bispecific Antibody With Lenalidomide in "
            "Relapsed or Refractory Mature B-Cell Neoplasms",
            conditions=("B-cell Non-Hodgkin Lymphoma", "Mature B-Cell Neoplasm"),
            brief_summary="A phase 1b/2, open-label, multicohort study of a subcutaneous "
            "CD20xCD3 T-cell engager given with lenalidomide in adults with relapsed or "
            "refractory mature B-cell neoplasms.",
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory mature B-cell neoplasm of one of the following "
                    "histologies (WHO 2022 or ICC 2022):\n  * Follicular lymphoma grade 1-3A "
                    "(classic FL)\n  * Extranodal marginal zone lymphoma of mucosa-associated "
                    "lymphoid tissue (MALT lymphoma), including MALT lymphoma of the ocular "
                    "adnexa\n  * Nodal or splenic marginal zone lymphoma\n  * Mantle cell "
                    "lymphoma, including leukaemic non-nodal MCL",
                    "At least one prior line of systemic therapy including an anti-CD20 antibody",
                    *NHL_MEASURABLE,
                ),
                (
                    "The following histologies are not eligible: lymphoplasmacytic lymphoma, "
                    "hairy cell leukaemia, CLL/SLL, follicular large B-cell lymphoma (FL grade "
                    "3B), DLBCL and other large B-cell lymphomas",
                    "Prior CD20xCD3 bispecific antibody",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "bnhl-basket-lpl-hcl-sll-only-mzl-negated-in-inclusion",
        Trial(
            nct_id="NCT09500010",
            brief_title="Lenalidomide and Obinutuzumab in Relapsed Low-Grade B-Cell "
            "Lymphoproliferative Disorders",
            conditions=("B-Cell Lymphoma", "Hairy Cell Leukemia", "Lymphoplasmacytic Lymphoma"),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory lymphoplasmacytic lymphoma (including Waldenström "
                    "macroglobulinaemia), hairy cell leukaemia (classic or variant), or small "
                    "lymphocytic lymphoma",
                    "Marginal zone lymphoma, including MZL with plasmacytic differentiation, "
                    "is not eligible",
                    "At least one prior systemic therapy",
                ),
                (
                    "Follicular lymphoma or mantle cell lymphoma",
                    "Richter transformation",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "untreated-classic-fl-who-2022-variants-and-nmzl-excluded",
        Trial(
            nct_id="NCT09500011",
            brief_title="Epcoritamab Plus Lenalidomide Versus Chemoimmunotherapy in Previously "
            "Untreated Classic Follicular Lymphoma",
            conditions=("Follicular Lymphoma",),
            condition_mesh_terms=("Lymphoma, Follicular", "Lymphoma, Non-Hodgkin", "Lymphoma"),
            eligibility_criteria=criteria(
                (
                    "Classic follicular lymphoma (cFL) per WHO 2022, or FL grade 1-3A per ICC "
                    "2022, CD20-positive",
                    "Stage II-IV, in need of treatment per GELF criteria",
                    "No prior systemic therapy for lymphoma",
                    *NHL_MEASURABLE,
                ),
                (
                    "Follicular large B-cell lymphoma (formerly FL grade 3B), duodenal-type "
                    "follicular lymphoma, paediatric-type follicular lymphoma, in situ "
                    "follicular B-cell neoplasm, or primary cutaneous follicle centre lymphoma",
                    "Nodal marginal zone lymphoma or other indolent lymphoma with a follicular "
                    "growth pattern",
                    "Histological transformation",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        # WHO 2022 renamed FL grade 3B "follicular large B-cell lymphoma"; under the earlier
        # grade-3b convention it is an aggressive lymphoma: Other.
        "follicular-large-b-cell-lymphoma-who-2022-only",
        Trial(
            nct_id="NCT09500012",
            brief_title="Lenalidomide Plus R-CHOP in Previously Untreated Follicular Large "
            "B-Cell Lymphoma",
            conditions=("Follicular Large B-Cell Lymphoma",),
            brief_summary="Follicular large B-cell lymphoma (FLBL, WHO 2022; FL grade 3B in ICC "
            "2022) behaves like DLBCL and is treated with R-CHOP. This phase II study adds "
            "lenalidomide to six cycles of R-CHOP.",
            eligibility_criteria="Inclusion Criteria:\n\n* Follicular large B-cell lymphoma "
            "(FLBL) / FL grade 3B, with or without a diffuse component\n* Previously "
            "untreated\n\nExclusion Criteria:\n\n* Classic follicular lymphoma (grade 1-3A) "
            "without a FLBL component\n* Primary CNS lymphoma",
        ),
        (OTHER,),
        (ND,),
    ),
    # --- follicular lymphoma: line-of-therapy words
    (
        "fl-gelf-criteria-after-watch-and-wait-no-untreated-word",
        Trial(
            nct_id="NCT09500013",
            brief_title="Mosunetuzumab Plus Lenalidomide in High Tumour Burden Follicular "
            "Lymphoma Requiring Therapy per GELF Criteria",
            conditions=("Follicular Lymphoma",),
            brief_summary="Patients with grade 1-3A follicular lymphoma who meet at least one "
            "GELF criterion, including patients followed with watch and wait since diagnosis, "
            "receive mosunetuzumab with lenalidomide for 12 cycles.",
            eligibility_criteria=criteria(
                (
                    "CD20+ FL grade 1, 2 or 3A, stage II-IV",
                    "At least one GELF criterion: bulky disease (\\> 7 cm), \\>= 3 nodal sites "
                    "\\> 3 cm, B symptoms, symptomatic splenomegaly, compressive syndrome, "
                    "serous effusion, or cytopenias due to lymphoma",
                    "A period of watch and wait is allowed; prior systemic anti-lymphoma "
                    "therapy is not allowed",
                    *NHL_MEASURABLE,
                ),
                ("Grade 3B FL or transformed lymphoma", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        "fl-low-tumour-burden-early-r2-versus-watch-and-wait",
        Trial(
            nct_id="NCT09500014",
            brief_title="Early Rituximab-Lenalidomide Versus Watch and Wait in Asymptomatic "
            "Low Tumour Burden Follicular Lymphoma",
            conditions=("Follicular Lymphoma", "Low Tumor Burden"),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3A, stage II-IV, diagnosed within the last 12 months",
                    "Asymptomatic, low tumour burden: no GELF criterion met",
                    "Currently managed by watch and wait",
                ),
                ("Any previous treatment for lymphoma, including radiotherapy", *NHL_EXCLUSIONS),
            ),
            arms=(
                Arm(
                    label="Watch and wait",
                    description="Clinical and CT surveillance every 3 months; treatment at "
                    "progression meeting GELF criteria",
                ),
                Arm(
                    label="R2",
                    description="Rituximab weekly x4 then every 8 weeks, with lenalidomide "
                    "15 mg days 1-21 for 6 cycles",
                ),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        # "First-line" describes the prior therapy; the trial enrols early progression.
        "fl-pod24-early-progression-after-first-line",
        Trial(
            nct_id="NCT09500015",
            brief_title="Tafasitamab, Lenalidomide and Rituximab Versus R-Chemotherapy in "
            "Follicular Lymphoma With Early Progression After First-Line Chemoimmunotherapy",
            conditions=("Follicular Lymphoma",),
            keywords=("POD24", "early progression", "R2"),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3A",
                    "Progression of disease within 24 months of starting first-line "
                    "anti-CD20 chemoimmunotherapy (POD24), biopsy-confirmed",
                    "Only one prior line of systemic therapy",
                ),
                ("Transformation to aggressive lymphoma at progression", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "fl-anti-cd20-refractory-after-two-lines",
        Trial(
            nct_id="NCT09500016",
            brief_title="Odronextamab Plus Lenalidomide in Anti-CD20-Refractory Follicular "
            "Lymphoma",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3a",
                    "Anti-CD20-refractory: no response to, or progression within 6 months of "
                    "the last dose of, an anti-CD20 antibody-containing regimen",
                    "At least 2 prior lines of systemic therapy",
                    *NHL_MEASURABLE,
                ),
                ("Prior CD20xCD3 bispecific antibody", *NHL_EXCLUSIONS),
                key=True,
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "fl-or-mzl-relapsed-after-car-t",
        Trial(
            nct_id="NCT09500017",
            brief_title="Epcoritamab With Rituximab-Lenalidomide in Follicular or Marginal "
            "Zone Lymphoma Relapsed After CAR T-Cell Therapy",
            conditions=("Follicular Lymphoma", "Marginal Zone Lymphoma"),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3A or MZL (any subtype)",
                    "Progression after CD19-directed CAR T-cell therapy (axicabtagene "
                    "ciloleucel, lisocabtagene maraleucel or tisagenlecleucel)",
                    "CD20 expression on a biopsy taken after CAR-T failure",
                ),
                ("CAR-T infusion within the last 90 days", *NHL_EXCLUSIONS),
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "fl-first-relapse-r2-then-r2-maintenance-arm",
        Trial(
            nct_id="NCT09500018",
            brief_title="Rituximab-Lenalidomide Followed by Fixed-Duration R2 in Follicular "
            "Lymphoma at First Relapse",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3A at first relapse after one prior systemic regimen",
                    "Requires treatment",
                ),
                ("Refractory to rituximab", "Prior lenalidomide", *NHL_EXCLUSIONS),
            ),
            arms=(
                Arm(
                    label="R2 induction and R2 maintenance",
                    description="Lenalidomide 20 mg days 1-21 with rituximab for 12 cycles, "
                    "then R2 maintenance: lenalidomide 10 mg days 1-21 and rituximab every 8 "
                    "weeks for 18 months",
                ),
            ),
        ),
        (FL,),
        (RR, MT),
    ),
    (
        # Consolidation completes first-line therapy: newly diagnosed, not maintenance
        # (convention "post ASCT consolidation is not maintenance"). Anti-CD20 maintenance
        # appears only as an exclusion.
        "fl-pet-positive-after-first-line-r2-consolidation",
        Trial(
            nct_id="NCT09500019",
            brief_title="Rituximab-Lenalidomide Consolidation in Follicular Lymphoma With "
            "Residual PET-Positive Disease After First-Line Chemoimmunotherapy",
            conditions=("Follicular Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3A treated with first-line R-CHOP, R-CVP, BR or obinutuzumab-"
                    "chemotherapy",
                    "PET-positive (Deauville 4 or 5) at the end of first-line induction, "
                    "without progression",
                ),
                (
                    "Started anti-CD20 maintenance after induction",
                    "Progression during induction",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (FL,),
        (ND,),
    ),
    (
        # Rituximab maintenance is the prior therapy that failed.
        "fl-progressing-during-or-after-rituximab-maintenance",
        Trial(
            nct_id="NCT09500020",
            brief_title="Zanubrutinib Plus Lenalidomide and Rituximab in Follicular Lymphoma "
            "Progressing During or After Rituximab Maintenance",
            conditions=("Follicular Lymphoma",),
            brief_summary="Many patients with follicular lymphoma receive two years of "
            "rituximab maintenance after first-line chemoimmunotherapy. This study treats "
            "patients whose lymphoma progressed during or within 12 months after that "
            "maintenance.",
            eligibility_criteria=criteria(
                (
                    "FL grade 1-3A progressing during or within 12 months after rituximab or "
                    "obinutuzumab maintenance",
                    *NHL_MEASURABLE,
                ),
                ("Prior BTK inhibitor", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "indolent-lymphoma-fl-only-patients-with-mzl-not-eligible",
        Trial(
            nct_id="NCT09500021",
            brief_title="Lenalidomide and Rituximab Plus a PI3K-delta Inhibitor in Relapsed "
            "Indolent Lymphoma",
            conditions=("Indolent Non-Hodgkin Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory follicular lymphoma grade 1-3A after \\>= 1 prior "
                    "anti-CD20-containing regimen",
                    "Patients with MZL are not eligible (they are enrolled in a companion study)",
                    *NHL_MEASURABLE,
                ),
                ("Prior PI3K inhibitor", *NHL_EXCLUSIONS),
            ),
        ),
        (FL,),
        (RR,),
    ),
    (
        "bnhl-histologies-other-than-fl-dlbcl-hgbl-mcl",
        Trial(
            nct_id="NCT09500022",
            brief_title="A CD19 Antibody-Drug Conjugate Plus Lenalidomide in Relapsed B-Cell "
            "Non-Hodgkin Lymphoma",
            conditions=("B-cell Non-Hodgkin Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory B-NHL of histologies other than FL: DLBCL NOS, "
                    "high-grade B-cell lymphoma, or mantle cell lymphoma after a BTK inhibitor",
                    "At least 2 prior lines of systemic therapy",
                    *NHL_MEASURABLE,
                ),
                ("Follicular lymphoma of any grade", "Marginal zone lymphoma", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "indolent-fl-mzl-excluding-mantle-cell-and-sll-in-inclusion",
        Trial(
            nct_id="NCT09500023",
            brief_title="Obinutuzumab, Lenalidomide and a BCL2 Inhibitor in Relapsed Indolent "
            "B-Cell Lymphoma",
            conditions=("Lymphoma, B-Cell", "Indolent Lymphoma"),
            eligibility_criteria=criteria(
                (
                    "Relapsed CD20+ indolent B-cell NHL (follicular lymphoma grade 1-3a or "
                    "marginal zone lymphoma), excluding mantle cell lymphoma and small "
                    "lymphocytic lymphoma",
                    "1 to 3 prior lines of therapy",
                ),
                NHL_EXCLUSIONS,
            ),
        ),
        (FL, MZL),
        (RR,),
    ),
    (
        "bnhl-no-standard-option-eg-mcl-after-btki-fl-after-two-lines",
        Trial(
            nct_id="NCT09500024",
            brief_title="A Trispecific T-Cell Engager Plus Lenalidomide in Relapsed B-Cell "
            "Non-Hodgkin Lymphoma",
            conditions=("Non-Hodgkin Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory B-NHL for which no therapy of proven benefit is "
                    "available (e.g., MCL after a BTK inhibitor, FL after \\>= 2 prior lines, "
                    "DLBCL ineligible for CAR-T)",
                    *NHL_MEASURABLE,
                ),
                ("Burkitt lymphoma or B-lymphoblastic lymphoma", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL, FL),
        (RR,),
    ),
    (
        "chinese-cd20-bcl-including-but-not-limited-to",
        Trial(
            nct_id="NCT09500025",
            brief_title="Chidamide Combined With R2 Regimen in Relapsed/Refractory "
            "CD20-Positive B-Cell Lymphoma",
            conditions=("B-cell Lymphoma",),
            eligibility_criteria=numbered(
                (
                    "Age 18-75 years, gender unlimited",
                    "Pathologically confirmed CD20-positive B-cell lymphoma, including but "
                    "not limited to DLBCL, FL, MCL and MZL",
                    "Relapsed or refractory after at least 1 line of standard treatment",
                    "At least one measurable lesion",
                ),
                (
                    "Primary central nervous system lymphoma",
                    "Burkitt lymphoma",
                    "Pregnant or lactating women",
                ),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    # --- marginal zone lymphoma
    (
        "non-gastric-malt-ocular-adnexa-salivary-lung-relapsed-after-radiotherapy",
        Trial(
            nct_id="NCT09500026",
            brief_title="Rituximab and Lenalidomide in Non-Gastric MALT Lymphoma Relapsed "
            "After Radiotherapy",
            conditions=("MALT Lymphoma", "Ocular Adnexal Lymphoma"),
            eligibility_criteria=criteria(
                (
                    "Extranodal marginal zone lymphoma of MALT type of the ocular adnexa, "
                    "salivary gland, lung, breast, thyroid or skin",
                    "Relapse after involved-site radiotherapy or after one prior systemic therapy",
                ),
                (
                    "Gastric MALT lymphoma",
                    "Transformation to DLBCL",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        # WHO 2022 keeps primary cutaneous MZL among the extranodal MZLs; ICC 2022 calls it a
        # lymphoproliferative disorder. For the product it is marginal zone (debatable;
        # primary cutaneous follicle centre lymphoma, a distinct entity, is Other).
        "primary-cutaneous-marginal-zone-lymphoproliferative-disorder-icc",
        Trial(
            nct_id="NCT09500027",
            brief_title="Lenalidomide Plus Rituximab in Multifocal Primary Cutaneous Marginal "
            "Zone Lymphoma",
            conditions=("Primary Cutaneous Marginal Zone Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Primary cutaneous marginal zone lymphoma (WHO 2022) / primary cutaneous "
                    "marginal zone lymphoproliferative disorder (ICC 2022), multifocal",
                    "Relapsed after local therapy (radiotherapy, excision or intralesional "
                    "steroids)",
                ),
                (
                    "Secondary cutaneous involvement by systemic lymphoma",
                    "Primary cutaneous follicle centre lymphoma",
                ),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        "splenic-b-cell-lymphomas-smzl-sbllpn-sdrpl-untreated",
        Trial(
            nct_id="NCT09500028",
            brief_title="Rituximab-Lenalidomide in Untreated Splenic B-Cell Lymphomas "
            "Requiring Therapy",
            conditions=(
                "Splenic Marginal Zone Lymphoma",
                "Hairy Cell Leukemia Variant",
                "Splenic Diffuse Red Pulp Small B-Cell Lymphoma",
            ),
            eligibility_criteria=criteria(
                (
                    "Splenic marginal zone lymphoma, splenic B-cell lymphoma/leukaemia with "
                    "prominent nucleoli (formerly HCL-variant), or splenic diffuse red pulp "
                    "small B-cell lymphoma",
                    "Requiring therapy: symptomatic splenomegaly, or haemoglobin \\< 10 g/dL "
                    "or platelets \\< 80 x 10\\^9/L due to lymphoma",
                    "No prior systemic therapy; prior splenectomy is allowed",
                ),
                (
                    "Classic hairy cell leukaemia",
                    "HCV-associated SMZL eligible for antiviral therapy",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "splenic-lymphomas-hcl-sbllpn-sdrpl-smzl-not-eligible",
        Trial(
            nct_id="NCT09500029",
            brief_title="Lenalidomide Plus Obinutuzumab in Relapsed Hairy Cell Leukemia and "
            "Other Splenic B-Cell Lymphomas",
            conditions=("Hairy Cell Leukemia", "Splenic Lymphoma"),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory classic hairy cell leukaemia, splenic B-cell "
                    "lymphoma/leukaemia with prominent nucleoli, or splenic diffuse red pulp "
                    "small B-cell lymphoma, after \\>= 1 purine analogue",
                    "Splenic marginal zone lymphoma is not eligible (enrolled in a companion "
                    "study)",
                ),
                ("Splenic marginal zone lymphoma", "Chronic lymphocytic leukaemia"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "untreated-nodal-mzl-paediatric-nmzl-and-paediatric-type-fl-excluded",
        Trial(
            nct_id="NCT09500030",
            brief_title="Rituximab-Lenalidomide Versus Bendamustine-Rituximab in Previously "
            "Untreated Nodal Marginal Zone Lymphoma",
            conditions=("Nodal Marginal Zone Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Nodal marginal zone lymphoma in adults, stage II-IV, requiring therapy",
                    "No prior systemic therapy for lymphoma",
                    *NHL_MEASURABLE,
                ),
                (
                    "Paediatric nodal marginal zone lymphoma",
                    "Paediatric-type follicular lymphoma or follicular lymphoma with marginal "
                    "zone differentiation",
                    "Mantle cell lymphoma",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        # "Initial treatment" in Chinese registrations means treatment-naive.
        "chinese-initial-treatment-mzl-orelabrutinib-r2",
        Trial(
            nct_id="NCT09500031",
            brief_title="Orelabrutinib Combined With R2 Regimen in the Initial Treatment of "
            "Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            eligibility_criteria=numbered(
                (
                    "Age 18-80 years, gender unlimited",
                    "Pathologically diagnosed MZL (splenic, nodal or extranodal/MALT) "
                    "according to WHO 2016",
                    "Initial treatment patients with indications for treatment",
                    "At least one measurable lesion, or splenomegaly for splenic MZL",
                ),
                (
                    "Transformation to large B-cell lymphoma",
                    "Active hepatitis B or C",
                    "Pregnant or lactating women",
                ),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    (
        "mzl-second-line-r2-then-rituximab-maintenance",
        Trial(
            nct_id="NCT09500032",
            brief_title="R2 Followed by Rituximab Maintenance Versus R2 Alone in Marginal Zone "
            "Lymphoma After One Prior Line",
            conditions=("Marginal Zone Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "MZL (splenic, nodal or extranodal) requiring second-line therapy after "
                    "exactly one prior systemic regimen",
                    *NHL_MEASURABLE,
                ),
                ("Refractory to rituximab", *NHL_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (RR, MT),
    ),
    (
        "mzl-rituximab-refractory-chinese",
        Trial(
            nct_id="NCT09500033",
            brief_title="Zanubrutinib Plus Lenalidomide in Rituximab-Refractory Marginal Zone "
            "Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            eligibility_criteria=numbered(
                (
                    "Pathologically confirmed MZL",
                    "Refractory to rituximab: no response or progression within 6 months "
                    "after the last rituximab dose",
                    "ECOG 0-2",
                ),
                ("Previously received BTK inhibitor", "Pregnant or lactating women"),
            ),
        ),
        (MZL,),
        (RR,),
    ),
    (
        # The summary's background names FL; the trial enrols untreated MZL only.
        "untreated-mzl-vs-r2-comparator-background-fl",
        Trial(
            nct_id="NCT09500034",
            brief_title="Zanubrutinib Plus Obinutuzumab Versus Rituximab-Lenalidomide in "
            "Previously Untreated Marginal Zone Lymphoma",
            conditions=("Marginal Zone Lymphoma",),
            brief_summary="Rituximab plus lenalidomide (R2) is approved for previously treated "
            "follicular and marginal zone lymphoma. This study compares zanubrutinib plus "
            "obinutuzumab with R2 in adults with marginal zone lymphoma who have not received "
            "systemic treatment.",
            eligibility_criteria=criteria(
                (
                    "MZL (splenic, nodal or extranodal) requiring systemic therapy",
                    "No prior systemic therapy; prior H. pylori eradication, radiotherapy or "
                    "splenectomy is allowed",
                ),
                ("Follicular lymphoma", "Transformed disease", *NHL_EXCLUSIONS),
            ),
        ),
        (MZL,),
        (ND,),
    ),
    # --- mantle cell lymphoma
    (
        "rr-mcl-prior-lenalidomide-for-fl-allowed",
        Trial(
            nct_id="NCT09500035",
            brief_title="Acalabrutinib, Venetoclax and Lenalidomide in Relapsed or Refractory "
            "Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "Relapsed or refractory MCL after 1-3 prior lines of therapy",
                    "Prior lenalidomide is allowed, including lenalidomide-rituximab given for "
                    "a previous follicular lymphoma, if not refractory to it",
                    *NHL_MEASURABLE,
                ),
                ("Prior venetoclax", "Blastoid MCL with CNS involvement", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "mcl-relapsed-after-brexu-cel",
        Trial(
            nct_id="NCT09500036",
            brief_title="Glofitamab Plus Lenalidomide in Mantle Cell Lymphoma Relapsed After "
            "Brexucabtagene Autoleucel",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "MCL with progression after brexucabtagene autoleucel, at least 60 days "
                    "after infusion",
                    "Prior covalent BTK inhibitor",
                ),
                ("Active cytokine release syndrome or ICANS", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "young-untreated-mcl-acalabrutinib-r2-asct-rituximab-maintenance",
        Trial(
            nct_id="NCT09500037",
            brief_title="Acalabrutinib-R2 Induction, Autologous Transplant and Rituximab "
            "Maintenance in Younger Patients With Untreated Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "MCL, classic or blastoid/pleomorphic, stage II-IV",
                    "Age 18-65, eligible for high-dose therapy",
                    "No prior therapy for MCL except one cycle of R-CHOP or local radiotherapy",
                ),
                (
                    "In situ mantle cell neoplasm or leukaemic non-nodal MCL not requiring therapy",
                    *NHL_EXCLUSIONS,
                ),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "chinese-treatment-naive-elderly-mcl-zanubrutinib-r2-then-maintenance",
        Trial(
            nct_id="NCT09500038",
            brief_title="Zanubrutinib Combined With Rituximab and Lenalidomide in Elderly "
            "Treatment-Naive Mantle Cell Lymphoma",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria=numbered(
                (
                    "Age \\>= 65 years, or 60-64 years and unfit for intensive chemotherapy",
                    "Pathologically confirmed MCL (cyclin D1 or SOX11 positive)",
                    "No previous anti-lymphoma treatment",
                ),
                ("Central nervous system involvement", "Active hepatitis B or C"),
            ),
            arms=(
                Arm(
                    label="ZR2",
                    description="Induction: zanubrutinib + rituximab + lenalidomide x 12 "
                    "cycles; Maintenance: zanubrutinib + rituximab for 2 years",
                ),
            ),
        ),
        (MCL,),
        (ND, MT),
    ),
    (
        "mcl-pod24-prior-rituximab-maintenance-allowed",
        Trial(
            nct_id="NCT09500039",
            brief_title="Ibrutinib, Lenalidomide and Rituximab in Mantle Cell Lymphoma With "
            "Early Relapse (POD24)",
            conditions=("Mantle Cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "MCL with progression within 24 months of diagnosis after first-line "
                    "therapy, with or without ASCT",
                    "Prior rituximab maintenance is allowed",
                    *NHL_MEASURABLE,
                ),
                ("Prior BTK inhibitor or lenalidomide", *NHL_EXCLUSIONS),
            ),
        ),
        (MCL,),
        (RR,),
    ),
    # --- MDS
    (
        "lr-mds-luspatercept-failure-add-lenalidomide-any-karyotype",
        Trial(
            nct_id="NCT09500040",
            brief_title="Lenalidomide Added to Luspatercept in Lower-Risk MDS After Loss of "
            "Response to Luspatercept",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            eligibility_criteria=criteria(
                (
                    "MDS with IPSS-R very low, low or intermediate risk, any karyotype",
                    "Refractory to, or lost response after, \\>= 24 weeks of luspatercept",
                    "Red blood cell transfusion dependence (\\>= 2 units per 8 weeks)",
                    *MDS_GENERAL,
                ),
                ("Prior lenalidomide", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        # WHO 2022 defines MDS-SF3B1 by the absence of del(5q), -7 and complex karyotype, so
        # patients with del(5q) cannot enrol (the earlier "ring-sideroblasts" case predates
        # that definition).
        "mds-sf3b1-who-2022-definition-excludes-del5q",
        Trial(
            nct_id="NCT09500041",
            brief_title="Imetelstat Plus Lenalidomide in Transfusion-Dependent MDS With Low "
            "Blasts and SF3B1 Mutation After Luspatercept",
            conditions=("Myelodysplastic Syndromes", "SF3B1 Gene Mutation"),
            eligibility_criteria=criteria(
                (
                    "MDS with low blasts and SF3B1 mutation (MDS-SF3B1) per WHO 2022, SF3B1 "
                    "VAF \\>= 5%",
                    "Refractory to, or relapsed after, luspatercept",
                    "Transfusion-dependent anemia",
                    *MDS_GENERAL,
                ),
                ("Prior imetelstat", *MDS_EXCLUSIONS),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "lr-mds-without-5q-deletion-inclusion-only-esa-refractory",
        Trial(
            nct_id="NCT09500042",
            brief_title="Lenalidomide Plus Epoetin Alfa in ESA-Refractory Lower-Risk "
            "Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria=criteria(
                (
                    "IPSS low or intermediate-1 MDS without 5q deletion",
                    "No response to, or loss of response after, \\>= 12 weeks of an ESA",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "mds-5q-who-2022-abbreviation-only",
        Trial(
            nct_id="NCT09500043",
            brief_title="Cytopenia-Adapted Lenalidomide Dosing in MDS-5q (WHO 2022)",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria=criteria(
                (
                    "MDS-5q per the WHO 2022 classification",
                    "Symptomatic anemia or transfusion dependence",
                    *MDS_GENERAL,
                ),
                ("TP53 multi-hit", *MDS_EXCLUSIONS),
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "conditions-5q-minus-syndrome-and-mds-lb-isolated-del5q",
        Trial(
            nct_id="NCT09500044",
            brief_title="Lenalidomide 5 mg Versus 10 mg in Transfusion-Dependent Lower-Risk "
            "Myelodysplasia",
            conditions=("5q- Syndrome", "MDS-LB With Isolated del(5q)"),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-5q-unicode-minus-sign",
        Trial(
            nct_id="NCT09500045",
            brief_title="Lenalidomide in Transfusion-Dependent 5q\u2212 Myelodysplastic Syndrome",
            conditions=("Myelodysplastic Syndromes",),
            brief_summary="A phase II study of lenalidomide 10 mg on days 1-21 of 28-day "
            "cycles in patients with 5q\u2212 MDS and transfusion-dependent anaemia.",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "hr-mds-treatment-naive-ven-aza-len-no-del5q",
        Trial(
            nct_id="NCT09500046",
            brief_title="Venetoclax, Azacitidine and Lenalidomide in Treatment-Naive "
            "Higher-Risk Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes", "MDS/AML"),
            eligibility_criteria=criteria(
                (
                    "IPSS-R intermediate (score \\> 3.5), high or very high risk MDS, MDS-IB2 "
                    "or MDS/AML (ICC 2022)",
                    "No prior hypomethylating agent or intensive chemotherapy",
                ),
                ("Prior lenalidomide", "AML with \\>= 20% blasts"),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        # AML, not MDS, although MDS and del(5q) are named (convention "aml-del5q").
        "aml-mr-cytogenetics-del5q-named-aml-only",
        Trial(
            nct_id="NCT09500047",
            brief_title="CPX-351 Plus Lenalidomide in Newly Diagnosed AML With "
            "Myelodysplasia-Related Changes",
            conditions=(
                "Acute Myeloid Leukemia With Myelodysplasia-Related Changes",
                "Secondary Acute Myeloid Leukemia",
            ),
            eligibility_criteria=criteria(
                (
                    "AML (\\>= 20% blasts) with myelodysplasia-related cytogenetic "
                    "abnormalities (complex karyotype, del(5q)/t(5q)/add(5q), -7/del(7q), "
                    "others per WHO 2022), or AML arising from prior MDS or MDS/MPN",
                    "No prior treatment for AML; prior HMA for MDS is allowed",
                ),
                ("Acute promyelocytic leukemia", "Core-binding factor AML"),
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "cmml-and-mds-mpn-sf3b1-thrombocytosis-after-hma",
        Trial(
            nct_id="NCT09500048",
            brief_title="Lenalidomide in CMML and MDS/MPN With Ring Sideroblasts and "
            "Thrombocytosis After Hypomethylating Agent Failure",
            conditions=(
                "Chronic Myelomonocytic Leukemia",
                "Myelodysplastic/Myeloproliferative Neoplasm With SF3B1 Mutation and "
                "Thrombocytosis",
                "MDS/MPN-RS-T",
            ),
            eligibility_criteria="Inclusion Criteria:\n\n* CMML-1/CMML-2 or MDS/MPN-RS-T "
            "(MDS/MPN with SF3B1 mutation and thrombocytosis)\n* Progression on, or no "
            "response after, \\>= 4 cycles of azacitidine or decitabine\n\nExclusion "
            "Criteria:\n\n* Transformation to AML",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "lr-mds-randomisation-stratified-by-del5q",
        Trial(
            nct_id="NCT09500049",
            brief_title="Lenalidomide Versus Best Supportive Care in Transfusion-Dependent "
            "Lower-Risk Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes",),
            brief_summary="Patients are randomized 2:1 to lenalidomide or best supportive "
            "care. Randomization is stratified by karyotype (isolated del(5q) versus other) "
            "and transfusion burden.",
            eligibility_criteria=criteria(
                (
                    "IPSS-R very low, low or intermediate risk MDS",
                    "RBC transfusion dependence: \\>= 4 units in the 8 weeks before randomization",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "lr-mds-two-cohorts-non-del5q-esa-and-del5q-after-len",
        Trial(
            nct_id="NCT09500050",
            brief_title="Imetelstat With or Without Lenalidomide in Lower-Risk "
            "Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria=criteria(
                (
                    "Cohort A: non-del(5q) MDS, IPSS low or intermediate-1, relapsed after or "
                    "refractory to ESA",
                    "Cohort B: MDS with del(5q) after failure of, or intolerance to, lenalidomide",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (RR,),
    ),
    (
        "transfusion-dependent-anaemia-low-risk-myelodysplasia-wording",
        Trial(
            nct_id="NCT09500051",
            brief_title="Lenalidomide and Epoetin Beta for Transfusion-Dependent Anaemia in "
            "Low-Risk Myelodysplasia",
            conditions=("Anaemia", "Myelodysplasia"),
            eligibility_criteria="Inclusion Criteria:\n\n* Low or intermediate-1 risk "
            "myelodysplasia (IPSS)\n* Transfusion dependence: \\>= 2 units every 8 "
            "weeks\n\nExclusion Criteria:\n\n* Therapy-related myelodysplasia\n* Prior "
            "lenalidomide",
        ),
        (DEL5Q,),
        (),
    ),
    (
        # "Initial treatment"/"initially treated" in Chinese registrations means
        # treatment-naive.
        "chinese-initially-treated-lr-mds-5q-deletion",
        Trial(
            nct_id="NCT09500052",
            brief_title="Lenalidomide in Initially Treated Lower-Risk Myelodysplastic "
            "Syndrome With 5q Deletion",
            conditions=("Myelodysplastic Syndromes",),
            eligibility_criteria=numbered(
                (
                    "Diagnosed as MDS according to WHO 2016, IPSS-R lower risk (\\<= 3.5)",
                    "5q deletion (5q-) confirmed by karyotype or FISH",
                    "Initial treatment patients",
                ),
                ("Complex karyotype", "Pregnant or lactating women"),
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        "esa-naive-lr-mds-first-line-luspatercept-plus-len",
        Trial(
            nct_id="NCT09500053",
            brief_title="Luspatercept Plus Lenalidomide as First-Line Treatment of Anemia in "
            "ESA-Naive Lower-Risk Myelodysplastic Syndromes",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
            eligibility_criteria=criteria(
                (
                    "IPSS-R very low, low or intermediate risk MDS, with or without del(5q)",
                    "No prior ESA, luspatercept, lenalidomide or HMA",
                    *MDS_GENERAL,
                ),
                MDS_EXCLUSIONS,
            ),
        ),
        (DEL5Q,),
        (ND,),
    ),
    (
        # del(5q) is named for the AML cohort only; the MDS cohort is non-del(5q).
        "mds-non-del5q-cohort-and-aml-del5q-cohort",
        Trial(
            nct_id="NCT09500054",
            brief_title="Lenalidomide Combinations in Myeloid Neoplasms: A Two-Cohort Study",
            conditions=("Myelodysplastic Syndromes", "Acute Myeloid Leukemia"),
            eligibility_criteria=criteria(
                (
                    "Cohort 1: lower-risk MDS without del(5q), refractory to ESA",
                    "Cohort 2: AML with del(5q) or monosomy 5, unfit for intensive "
                    "chemotherapy, relapsed after first-line HMA-venetoclax",
                ),
                ("Acute promyelocytic leukemia", "Prior allogeneic transplant"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    # --- myeloma: supportive care in patients on lenalidomide
    (
        "covid-vaccine-myeloma-on-therapy-no-setting",
        Trial(
            nct_id="NCT09500055",
            brief_title="Immunogenicity of an Updated COVID-19 mRNA Vaccine in Patients With "
            "Multiple Myeloma Receiving Anti-Myeloma Therapy",
            conditions=("Multiple Myeloma", "COVID-19"),
            eligibility_criteria=criteria(
                (
                    "Multiple myeloma receiving lenalidomide- or daratumumab-containing "
                    "therapy, or BCMA-directed therapy",
                    "At least 3 prior doses of a COVID-19 vaccine",
                ),
                ("COVID-19 infection within 3 months", "IVIG within 3 months"),
            ),
            interventions=("mRNA COVID-19 vaccine",),
        ),
        (MM,),
        (),
    ),
    (
        "colesevelam-lenalidomide-diarrhoea-on-maintenance",
        Trial(
            nct_id="NCT09500056",
            brief_title="Colesevelam for Lenalidomide-Associated Diarrhoea in Myeloma Patients "
            "on Lenalidomide Maintenance",
            conditions=("Multiple Myeloma", "Diarrhea", "Bile Acid Malabsorption"),
            eligibility_criteria="Inclusion Criteria:\n\n* Multiple myeloma on single-agent "
            "lenalidomide maintenance for \\>= 3 months\n* Chronic diarrhoea (CTCAE grade "
            "\\>= 1 for \\>= 4 weeks) attributed to lenalidomide\n\nExclusion Criteria:\n\n* "
            "Clostridioides difficile infection\n* Prior cholecystectomy",
            interventions=("Colesevelam",),
        ),
        (MM,),
        (MT,),
    ),
    (
        "supervised-exercise-during-induction-ndmm",
        Trial(
            nct_id="NCT09500057",
            brief_title="Supervised Exercise During Induction Therapy in Newly Diagnosed "
            "Multiple Myeloma",
            conditions=("Multiple Myeloma",),
            brief_summary="Patients starting VRd, DVRd or DRd induction are randomized to a "
            "12-week supervised resistance and aerobic exercise programme or usual care.",
            eligibility_criteria="Inclusion Criteria:\n\n* Newly diagnosed multiple myeloma "
            "starting first-line lenalidomide-containing induction\n* No unstable lytic "
            "lesions on imaging\n\nExclusion Criteria:\n\n* Spinal cord compression",
            interventions=("Exercise programme",),
        ),
        (MM,),
        (ND,),
    ),
    # --- look-alikes that also give lenalidomide
    (
        # Follows the "aml-cr1" and "pcnsl-r-mpv" conventions: first-line, then maintenance.
        "elderly-dlbcl-len-maintenance-after-first-line-r-chop",
        Trial(
            nct_id="NCT09500058",
            brief_title="Lenalidomide Maintenance Versus Observation in Elderly Patients With "
            "Diffuse Large B-Cell Lymphoma Responding to First-Line R-CHOP",
            conditions=("Diffuse Large B-Cell Lymphoma",),
            eligibility_criteria=criteria(
                (
                    "DLBCL NOS or FL grade 3b in complete or partial response after 6-8 "
                    "cycles of first-line R-CHOP",
                    "Age 60-80 years",
                ),
                ("Transformed follicular or marginal zone lymphoma", "Primary CNS lymphoma"),
            ),
        ),
        # "In response after first-line R-CHOP" is history, as in the other tables.
        (OTHER,),
        (MT,),
    ),
    (
        "older-classic-hodgkin-first-line-len-avd",
        Trial(
            nct_id="NCT09500059",
            brief_title="Lenalidomide Plus AVD in Previously Untreated Older Patients With "
            "Classic Hodgkin Lymphoma",
            conditions=("Hodgkin Lymphoma", "Classical Hodgkin Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Classic Hodgkin lymphoma (nodular "
            "sclerosis, mixed cellularity, lymphocyte-rich or lymphocyte-depleted), stage "
            "IIB-IV\n* Age \\>= 61\n* Previously untreated\n\nExclusion Criteria:\n\n* Nodular "
            "lymphocyte-predominant Hodgkin lymphoma\n* Composite lymphoma with a follicular "
            "or mantle cell component",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "chinese-elderly-pcnsl-r-mtx-then-len-maintenance",
        Trial(
            nct_id="NCT09500060",
            brief_title="R-MTX Induction Followed by Lenalidomide Maintenance in Elderly "
            "Newly Diagnosed Primary CNS Lymphoma",
            conditions=("Primary Central Nervous System Lymphoma",),
            eligibility_criteria=numbered(
                (
                    "Age \\>= 65 years",
                    "Newly diagnosed PCNSL confirmed by stereotactic biopsy (DLBCL)",
                    "Lesions confined to brain, spinal cord, eyes or CSF",
                ),
                ("Systemic lymphoma involvement", "HIV positive"),
            ),
        ),
        (OTHER,),
        (ND, MT),
    ),
    (
        # Consolidation after first-line therapy, in CLL (Other). Debatable whether that is first
        # line; "after first-line ..." reads as history, as it does before maintenance.
        "cll-mrd-positive-len-consolidation-after-first-line",
        Trial(
            nct_id="NCT09500061",
            brief_title="Lenalidomide Consolidation for MRD-Positive CLL After First-Line "
            "Chemoimmunotherapy",
            conditions=("Chronic Lymphocytic Leukemia", "Small Lymphocytic Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* CLL or SLL in PR or CR with "
            "detectable MRD (\\>= 10\\^-4) 2-6 months after first-line FCR, BR or "
            "venetoclax-obinutuzumab\n\nExclusion Criteria:\n\n* Richter transformation\n* "
            "Leukaemic non-nodal mantle cell lymphoma (cyclin D1+)",
        ),
        (OTHER,),
        (),
    ),
    (
        "enktl-extranodal-nasal-type-chinese",
        Trial(
            nct_id="NCT09500062",
            brief_title="Lenalidomide Plus Sintilimab and Chidamide in Relapsed Extranodal "
            "NK/T-Cell Lymphoma, Nasal Type",
            conditions=("Extranodal NK/T-cell Lymphoma, Nasal Type",),
            eligibility_criteria=numbered(
                (
                    "Pathologically confirmed extranodal NK/T-cell lymphoma",
                    "Relapsed or refractory after asparaginase-based chemotherapy",
                    "At least one measurable lesion",
                ),
                ("Aggressive NK-cell leukaemia", "Haemophagocytic lymphohistiocytosis"),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "histiocytic-dendritic-basket-follicular-dendritic-cell-sarcoma",
        Trial(
            nct_id="NCT09500063",
            brief_title="Lenalidomide in Relapsed Histiocytic and Dendritic Cell Neoplasms",
            conditions=(
                "Follicular Dendritic Cell Sarcoma",
                "Histiocytic Sarcoma",
                "Rosai-Dorfman Disease",
            ),
            eligibility_criteria="Inclusion Criteria:\n\n* Follicular dendritic cell sarcoma, "
            "histiocytic sarcoma or Rosai-Dorfman disease, relapsed or refractory after \\>= 1 "
            "systemic therapy\n\nExclusion Criteria:\n\n* Langerhans cell histiocytosis",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        # "Recurrent bleeding" is not relapsed disease (debatable; no line of therapy applies).
        "gi-angiodysplasia-recurrent-bleeding",
        Trial(
            nct_id="NCT09500064",
            brief_title="Lenalidomide for Recurrent Bleeding From Small-Bowel Angiodysplasia",
            conditions=("Angiodysplasia", "Gastrointestinal Hemorrhage"),
            brief_summary="Lenalidomide, an anti-angiogenic agent approved for multiple "
            "myeloma, is compared with placebo in transfusion-dependent patients with "
            "bleeding from small-bowel angiodysplasias.",
            eligibility_criteria="Inclusion Criteria:\n\n* Small-bowel angiodysplasia on "
            "capsule endoscopy\n* \\>= 2 bleeding episodes in the last 6 months requiring "
            "transfusion\n\nExclusion Criteria:\n\n* Haematological malignancy\n* Prior "
            "thromboembolism",
        ),
        (OTHER,),
        (),
    ),
    (
        "waldenstrom-treatment-naive-r2-ibrutinib-igm-mzl-excluded",
        Trial(
            nct_id="NCT09500065",
            brief_title="Ibrutinib, Rituximab and Lenalidomide in Treatment-Naive Waldenström "
            "Macroglobulinemia",
            conditions=("Waldenstrom Macroglobulinemia", "Lymphoplasmacytic Lymphoma"),
            eligibility_criteria="Inclusion Criteria:\n\n* Lymphoplasmacytic lymphoma with "
            "IgM paraprotein (WM) per IWWM-11, MYD88 L265P\n* Symptomatic, requiring therapy\n"
            "* No prior systemic therapy\n\nExclusion Criteria:\n\n* Marginal zone lymphoma "
            "with IgM paraprotein\n* IgM MGUS",
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "sclc-lenalidomide-background-names-every-target",
        Trial(
            nct_id="NCT09500066",
            brief_title="Lenalidomide Plus Pembrolizumab in Relapsed Small Cell Lung Cancer",
            conditions=("Small Cell Lung Cancer",),
            brief_summary="Lenalidomide is approved for multiple myeloma, MDS with del(5q), "
            "mantle cell lymphoma, and follicular and marginal zone lymphoma. Its "
            "immunomodulatory activity may enhance PD-1 blockade in small cell lung cancer "
            "that relapsed after platinum-based chemotherapy.",
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "old-nci-disease-characteristics-no-mantle-cell",
        Trial(
            nct_id="NCT09500067",
            brief_title="Lenalidomide Plus Rituximab in Treating Patients With Relapsed "
            "Indolent Non-Hodgkin's Lymphoma",
            conditions=("Lymphoma",),
            eligibility_criteria="DISEASE CHARACTERISTICS:\n\n* Histologically confirmed "
            "indolent B-cell non-Hodgkin's lymphoma, including any of the following:\n\n  * "
            "Follicular lymphoma (grade 1 or 2)\n  * Marginal zone lymphoma\n* No mantle cell "
            "lymphoma\n* Relapsed after \\>= 1 prior regimen\n\nPATIENT CHARACTERISTICS:\n\n* "
            "ECOG 0-2\n* No other malignancy within the past 5 years\n\nPRIOR CONCURRENT "
            "THERAPY:\n\n* No prior lenalidomide",
        ),
        (FL, MZL),
        (RR,),
    ),
]

CASES = params(FIFTH_CASES)


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify_fifth(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_fifth_case_ids_are_unique() -> None:
    check_unique(FIFTH_CASES)
