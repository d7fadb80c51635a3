"""The classifier, case by case: every real sample trial with an expert label, plus one invented
trial (in registry phrasing) per rule and per hard negative."""

from __future__ import annotations

import json
from functools import cache
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
)
from tests.corpus import load_samples, shared_dir
from trials.classify import CLASSIFIER_VERSION, classify_trial, split_eligibility
from trials.model import Arm, Classification, Indication, Setting, Trial


@cache
def _studies() -> dict[str, dict[str, Any]]:
    studies = json.loads((shared_dir() / "sample-studies.json").read_text(encoding="utf-8"))
    return {s["protocolSection"]["identificationModule"]["nctId"]: s for s in studies["studies"]}


def study_trial(study: dict[str, Any]) -> Trial:
    """A Trial from one raw v2 study, with just the fields the classifier reads."""
    p = study["protocolSection"]
    ident, cond = p["identificationModule"], p.get("conditionsModule", {})
    arms = p.get("armsInterventionsModule", {})
    meshes = study.get("derivedSection", {}).get("conditionBrowseModule", {}).get("meshes", ())
    return Trial(
        nct_id=ident["nctId"],
        brief_title=ident.get("briefTitle") or "",
        official_title=ident.get("officialTitle") or "",
        conditions=tuple(cond.get("conditions", ())),
        keywords=tuple(cond.get("keywords", ())),
        condition_mesh_terms=tuple(m["term"] for m in meshes),
        interventions=tuple(i["name"] for i in arms.get("interventions", ())),
        arms=tuple(
            Arm(label=a.get("label", ""), description=a.get("description") or "")
            for a in arms.get("armGroups", ())
        ),
        brief_summary=p.get("descriptionModule", {}).get("briefSummary") or "",
        eligibility_criteria=p.get("eligibilityModule", {}).get("eligibilityCriteria") or "",
    )


def sample(nct_id: str) -> Trial:
    return study_trial(_studies()[nct_id])


def trial(
    title: str = "",
    *,
    conditions: tuple[str, ...] = (),
    summary: str = "",
    eligibility: str = "",
    **fields: Any,
) -> Trial:
    """An invented trial: a title and conditions, and optionally anything else."""
    return Trial(
        nct_id="NCT09000000",
        brief_title=title,
        conditions=conditions,
        brief_summary=summary,
        eligibility_criteria=eligibility,
        **fields,
    )


def inclusion(*lines: str, exclusion: tuple[str, ...] = ()) -> str:
    """Eligibility text laid out the way the registry shows it."""
    text = "Inclusion Criteria:\n\n" + "\n".join(f"* {line}" for line in lines)
    if exclusion:
        text += "\n\nExclusion Criteria:\n\n" + "\n".join(f"* {line}" for line in exclusion)
    return text


# (id, trial, indications, settings). Sample labels are ours, from each record's full text.
SAMPLE_CASES = [
    ("NCT04071457", (MM,), (ND, MT)),  # post-ASCT maintenance after first-line induction
    ("NCT03901963", (MM,), (ND, MT)),
    ("NCT05469893", (MM,), ()),  # smoldering: neither newly diagnosed nor relapsed
    ("NCT02252172", (MM,), (ND,)),
    ("NCT02874742", (MM,), (ND,)),  # "post ASCT consolidation" is not maintenance
    ("NCT04923893", (MM,), (ND, MT)),  # VRd induction then Rd maintenance
    ("NCT06679101", (MM,), (ND,)),
    ("NCT04483739", (MM,), (ND,)),
    ("NCT03993912", (MM,), (ND,)),
    ("NCT04270409", (MM,), ()),
    ("NCT03937635", (MM,), ()),
    ("NCT02112175", (MM,), (ND, MT)),
    ("NCT01463670", (MM,), (RR,)),  # progression *while on* maintenance: the maintenance is prior
    ("NCT03652064", (MM,), (ND,)),
    ("NCT00843882", (DEL5Q,), ()),  # MDS with anemia, del(5q) not excluded in the record
    ("NCT01029262", (OTHER,), (RR,)),  # lower-risk MDS *without* del 5q, resistant to ESAs
    ("NCT00104962", (DEL5Q,), (ND, RR)),  # "newly diagnosed MDS with chromosome 5q abnormalities"
    ("NCT00564889", (OTHER,), ()),  # AL amyloidosis filed under "Multiple Myeloma and PCN"
    ("NCT01446133", (OTHER,), ()),
    ("NCT00774345", (OTHER,), (RR, MT)),
    ("NCT00860457", (OTHER,), (ND,)),
    ("NCT03118466", (OTHER,), (RR,)),
    ("NCT01681537", (OTHER,), ()),
    ("NCT01553149", (OTHER,), (RR,)),
    ("NCT00100880", (OTHER,), (RR,)),
    ("NCT01737177", (MCL,), (RR, MT)),  # arm "INDUCTION PHASE" does not make it first-line
    ("NCT01865110", (MCL,), (ND, MT)),
    ("NCT03505944", (MCL,), (RR,)),
    ("NCT02390869", (FL,), (RR, MT)),
    ("NCT00179673", (FL, MZL), (RR,)),  # indolent NHL: subtypes named in inclusion criteria
    ("NCT01216683", (FL,), ()),  # condition "Lymphoma", title names follicular lymphoma
    ("NCT06284122", (FL,), (ND,)),
    ("NCT05100862", (FL, MZL), (RR,)),
    ("NCT04404283", (OTHER,), (RR,)),
    ("NCT02955823", (OTHER,), (ND,)),
    ("NCT01754857", (OTHER,), (ND, MT)),  # CLL/SLL under "Lymphoma, Non-Hodgkin"
    ("NCT00974233", (OTHER,), (RR, MT)),
    ("NCT01098656", (OTHER,), (MT,)),
    ("NCT00322985", (OTHER,), (ND, RR)),  # "previously treated OR untreated"
    ("NCT00655668", (OTHER,), (RR,)),
    ("NCT01076543", (FL, MZL), (RR,)),  # phase II group C admits marginal zone lymphoma
]

INVENTED_CASES = [
    # --- myeloma and its look-alikes
    (
        "smoldering",
        trial(
            "Lenalidomide Versus Observation in High-Risk Smoldering Myeloma",
            conditions=("Smoldering Multiple Myeloma",),
            eligibility=inclusion("High-risk SMM (Mayo 2018)", "No prior therapy"),
        ),
        (MM,),
        (),
    ),
    (
        "smoldering-induction",
        trial(
            "Dara-KRd Induction and Lenalidomide Maintenance in High-Risk Smoldering Myeloma",
            conditions=("Smoldering Multiple Myeloma",),
        ),
        (MM,),
        (MT,),
    ),
    (
        "plasma-cell-leukemia",
        trial(
            "Lenalidomide-Based Induction in Newly Diagnosed Primary Plasma Cell Leukemia",
            conditions=("Plasma Cell Leukemia",),
        ),
        (MM,),
        (ND,),
    ),
    (
        "solitary-plasmacytoma",
        trial(
            "Radiotherapy Followed by Lenalidomide in Solitary Bone Plasmacytoma",
            conditions=("Solitary Plasmacytoma of Bone",),
        ),
        (MM,),
        (),
    ),
    (
        "mm-abbreviation",
        trial("Len-Dex Consolidation in NDMM", conditions=("Plasma Cell Neoplasm",)),
        (MM,),
        (ND,),
    ),
    (
        "rrmm-line-counting",
        trial(
            "Carfilzomib, Lenalidomide and Dexamethasone in RRMM",
            conditions=("Relapsed and Refractory Multiple Myeloma",),
            eligibility=inclusion(
                "Received 1 to 3 prior lines of therapy",
                "Prior lenalidomide maintenance is allowed",
                "Induction, ASCT and maintenance are considered one line of therapy",
                "Lenalidomide-naive or lenalidomide-sensitive",
                exclusion=("Refractory to lenalidomide",),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "rrmm-cd38-naive",
        trial(
            "Isatuximab With Lenalidomide in Myeloma After 1-3 Prior Lines",
            conditions=("Multiple Myeloma",),
            summary="Participants are anti-CD38 treatment naive.",
            eligibility=inclusion("At least one prior line of therapy"),
        ),
        (MM,),
        (RR,),
    ),
    (
        "nd-relapse-outcome",
        trial(
            "Lenalidomide Maintenance to Delay Relapse After ASCT in Newly Diagnosed Myeloma",
            conditions=("Multiple Myeloma",),
            summary="The primary endpoint is time to relapse; relapse-free survival is secondary.",
            eligibility=inclusion(
                "Symptomatic myeloma",
                exclusion=(
                    "Prior systemic treatment for multiple myeloma",
                    "Relapsed or refractory disease",
                ),
            ),
        ),
        (MM,),
        (ND, MT),
    ),
    (
        "nd-exclusion-only-prior",
        trial(
            "Lenalidomide, Bortezomib and Dexamethasone in Transplant-Eligible Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility=inclusion(
                "Symptomatic myeloma requiring treatment",
                exclusion=("Prior treatment for myeloma",),
            ),
        ),
        (MM,),
        (),
    ),
    (
        "consolidation-then-maintenance",
        trial(
            "Lenalidomide Consolidation Then Maintenance After ASCT in Multiple Myeloma",
            conditions=("Multiple Myeloma",),
        ),
        (MM,),
        (MT,),
    ),
    (
        "al-amyloidosis",
        trial(
            "Lenalidomide and Dexamethasone in Previously Treated AL Amyloidosis",
            conditions=("AL Amyloidosis",),
            eligibility=inclusion(
                "Biopsy-proven systemic AL amyloidosis",
                exclusion=("Overt multiple myeloma (>30% plasma cells)",),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "al-amyloidosis-under-myeloma",
        trial(
            "Lenalidomide Maintenance in AL Amyloidosis After Stem Cell Transplant",
            conditions=("Multiple Myeloma", "Amyloidosis"),
            condition_mesh_terms=("Multiple Myeloma", "Immunoglobulin Light-chain Amyloidosis"),
            eligibility=inclusion("No evidence of multiple myeloma"),
        ),
        (OTHER,),
        (MT,),
    ),
    (
        "al-amyloidosis-concurrent-myeloma",
        trial(
            "Lenalidomide, Bortezomib and Dexamethasone in Previously Untreated AL Amyloidosis",
            conditions=("Amyloidosis", "Multiple Myeloma"),
            eligibility=inclusion(
                "Patients with concurrent multiple myeloma (>=10% plasma cells) "
                "but without CRAB features may be enrolled"
            ),
        ),
        (MM,),
        (ND,),
    ),
    (
        "plasma-cell-leukemia-mesh",
        trial("Len-Dex in sPCL", conditions=("Leukemia, Plasma Cell",)),
        (MM,),
        (),
    ),
    (
        "rrmm-candor-like",
        trial(
            "Carfilzomib, Daratumumab and Dexamethasone for Relapsed and/or Refractory Myeloma",
            conditions=("Multiple Myeloma",),
            eligibility=inclusion(
                "Relapsed or progressive multiple myeloma after last treatment",
                "Received at least 1 but not more than 3 prior lines of therapy (induction therapy "
                "followed by stem cell transplant and consolidation/maintenance therapy will be "
                "considered as 1 line of therapy)",
                exclusion=(
                    "Waldenström macroglobulinemia",
                    "POEMS syndrome",
                    "Plasma cell leukemia",
                    "Myelodysplastic syndrome",
                    "Primary AL amyloidosis",
                ),
            ),
        ),
        (MM,),
        (RR,),
    ),
    (
        "relapse-prevention",
        trial(
            "Lenalidomide for Relapse Prevention After Allogeneic Transplant in Myeloma",
            conditions=("Multiple Myeloma",),
        ),
        (MM,),
        (),
    ),
    (
        "re-induction",
        trial(
            "Re-induction With Lenalidomide and Dexamethasone in Myeloma",
            conditions=("Multiple Myeloma",),
        ),
        (MM,),
        (),
    ),
    (
        "al-amyloidosis-admits-myeloma",
        trial(
            "Lenalidomide in AL Amyloidosis",
            conditions=("Amyloidosis",),
            eligibility=inclusion("AL amyloidosis with or without symptomatic multiple myeloma"),
        ),
        (MM,),
        (),
    ),
    (
        "myeloma-or-amyloidosis",
        trial(
            "Lenalidomide, Bortezomib and Dexamethasone in Multiple Myeloma or AL Amyloidosis",
            conditions=("Multiple Myeloma", "AL Amyloidosis"),
        ),
        (MM,),
        (),
    ),
    (
        "poems",
        trial(
            "Lenalidomide and Dexamethasone for POEMS Syndrome",
            conditions=("POEMS Syndrome",),
            summary="POEMS syndrome (osteosclerotic myeloma) is a plasma cell disorder.",
        ),
        (OTHER,),
        (),
    ),
    (
        "mgus",
        trial(
            "Lenalidomide for High-Risk MGUS",
            conditions=("Monoclonal Gammopathy of Undetermined Significance",),
            summary="MGUS carries a risk of progression to multiple myeloma.",
        ),
        (OTHER,),
        (),
    ),
    (
        "waldenstrom",
        trial(
            "Lenalidomide and Rituximab in Relapsed Waldenström Macroglobulinemia",
            conditions=("Waldenstrom Macroglobulinemia",),
            eligibility=inclusion("Lymphoplasmacytic lymphoma with IgM paraprotein"),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "units-not-mm",
        trial(
            "Lenalidomide in Untreated CLL",
            conditions=("CLL",),
            eligibility=inclusion(
                "ANC >= 1,000/mm3; platelets >= 50,000/MM3", "Node >= 15 MM", "Potassium 3.5 mmol/L"
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    # --- MDS and del(5q)
    (
        "del5q-parens",
        trial(
            "Lenalidomide in Low-Risk MDS With del(5q)", conditions=("Myelodysplastic Syndromes",)
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-space",
        trial(
            "Lenalidomide in Myelodysplastic Syndrome With Del 5q",
            conditions=("Myelodysplastic Syndromes",),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-minus-sign",
        trial("Lenalidomide for Transfusion-Dependent 5q- MDS", conditions=("MDS",)),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-minus-word",
        trial("Lenalidomide in 5q Minus Syndrome", conditions=("5q Minus Syndrome",)),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-syndrome",
        trial("Lenalidomide Dose Study", conditions=("5q- Syndrome",)),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-deletion-5q",
        trial(
            "Lenalidomide in Low-Risk MDS",
            conditions=("MDS",),
            eligibility=inclusion(
                "MDS with deletion 5q cytogenetic abnormality", "IPSS low or intermediate-1"
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-low-blasts",
        trial(
            "Lenalidomide in MDS With Low Blasts and Isolated 5q Deletion",
            conditions=("Myelodysplastic Syndromes",),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-karyotype",
        trial(
            "Lenalidomide in Higher-Risk MDS",
            conditions=("MDS",),
            eligibility=inclusion(
                "Karyotype with del(5)(q31) alone or with one additional abnormality"
            ),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q31",
        trial(
            "Lenalidomide in Myelodysplastic Syndromes With Del 5q31",
            conditions=("Myelodysplastic Syndromes",),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-isolated-condition",
        trial(
            "Lenalidomide Versus Placebo",
            conditions=("Myelodysplastic Syndrome With Isolated Del(5q)",),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-chromosome-summary",
        trial(
            "Lenalidomide in Higher-Risk MDS",
            conditions=("Myelodysplastic Syndromes",),
            summary="Patients with MDS and deletion of chromosome 5q are enrolled.",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q-long-arm",
        trial(
            "Lenalidomide and Azacitidine in Int-2/High MDS",
            conditions=("MDS",),
            eligibility=inclusion("Loss of the long arm of chromosome 5"),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "non-del5q-title",
        trial("Lenalidomide in Lower-Risk Non-del(5q) MDS", conditions=("MDS",)),
        (OTHER,),
        (),
    ),
    (
        "del5q-in-exclusion",
        trial(
            "Lenalidomide Plus Epoetin in Lower-Risk MDS",
            conditions=("Myelodysplastic Syndromes",),
            eligibility=inclusion(
                "IPSS low or intermediate-1 MDS", exclusion=("Del(5q) cytogenetic abnormality",)
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "del5q-not-eligible",
        trial(
            "Lenalidomide in Transfusion-Dependent MDS",
            conditions=("Myelodysplastic Syndromes",),
            eligibility=inclusion(
                "Low or Int-1 risk MDS", "Patients with del(5q) are not eligible"
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "del5q-without-in-summary",
        trial(
            "Lenalidomide in Transfusion-Dependent Lower-Risk MDS",
            conditions=("MDS",),
            summary="Lenalidomide is approved for del(5q) MDS. This study enrolls patients without "
            "deletion 5q.",
        ),
        (OTHER,),
        (),
    ),
    (
        "lower-risk-with-or-without",
        trial(
            "Lenalidomide in Lower-Risk MDS With or Without Del(5q)",
            conditions=("Myelodysplastic Syndromes",),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "lower-risk-generic",
        trial(
            "Lenalidomide for Anemia in IPSS Low or Intermediate-1 Risk MDS",
            conditions=("Myelodysplastic Syndromes", "Anemia"),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "ring-sideroblasts",
        trial(
            "Lenalidomide in Low-Risk MDS",
            conditions=("Refractory Anemia With Ringed Sideroblasts",),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "esa-refractory",
        trial("Lenalidomide in ESA-Refractory Lower-Risk MDS", conditions=("MDS",)),
        (DEL5Q,),
        (RR,),
    ),
    (
        "higher-risk-no-del5q",
        trial(
            "Azacitidine With or Without Lenalidomide in Higher-Risk MDS",
            conditions=("Myelodysplastic Syndromes", "Acute Myeloid Leukemia"),
        ),
        (OTHER,),
        (),
    ),
    (
        "higher-risk-del5q",
        trial(
            "Azacitidine Plus Lenalidomide in Higher-Risk MDS With Del(5q)",
            conditions=("Myelodysplastic Syndromes",),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-with-aml",
        trial(
            "Lenalidomide Maintenance After Allogeneic Transplant for AML or MDS",
            conditions=("AML", "MDS"),
        ),
        (OTHER,),
        (MT,),
    ),
    (
        "cmml-only",
        trial("Lenalidomide in CMML", conditions=("Chronic Myelomonocytic Leukemia",)),
        (OTHER,),
        (),
    ),
    (
        "mds-mpn",
        trial(
            "Lenalidomide in MDS/MPN With Ring Sideroblasts and Thrombocytosis",
            conditions=("Myelodysplastic/Myeloproliferative Neoplasm",),
        ),
        (OTHER,),
        (),
    ),
    (
        "esa-failure",
        trial("Lenalidomide in Lower-Risk MDS After ESA Failure", conditions=("MDS",)),
        (DEL5Q,),
        (RR,),
    ),
    (
        "del5q-deletion-del",
        trial(
            "Lenalidomide Versus Placebo in Myelodysplastic Syndromes With a Deletion 5q[31] "
            "Abnormality",
            conditions=("Myelodysplastic Syndromes",),
            summary="Low- or intermediate-1-risk IPSS MDS associated with a deletion (del) 5q[31] "
            "cytogenetic abnormality.",
        ),
        (DEL5Q,),
        (),
    ),
    (
        "del5q31-1",
        trial(
            "Lenalidomide With or Without Epoetin Alfa",
            conditions=("MDS", "Anemia"),
            eligibility=inclusion("IPSS low or int-1 MDS, including del5q31.1"),
        ),
        (DEL5Q,),
        (),
    ),
    (
        "mds-mpn-mesh",
        trial(
            "Lenalidomide in Overlap Syndromes",
            conditions=("Myelodysplastic-Myeloproliferative Diseases",),
        ),
        (OTHER,),
        (),
    ),
    (
        "allo-aml-and-mds",
        trial(
            "Lenalidomide Maintenance After Allogeneic Stem Cell Transplantation",
            conditions=("Hematologic Malignancies",),
            summary="Patients with AML or MDS in remission after allogeneic transplant.",
        ),
        (OTHER,),
        (MT,),
    ),
    (
        "aml-del5q",
        trial(
            "Lenalidomide in Older Patients With AML and Del(5q)",
            conditions=("Acute Myeloid Leukemia",),
        ),
        (OTHER,),
        (),
    ),
    (
        "aml-from-mds",
        trial(
            "Lenalidomide Plus Chemotherapy in AML",
            conditions=("AML",),
            eligibility=inclusion(
                "AML, including AML arising from antecedent MDS", "Newly diagnosed"
            ),
        ),
        (OTHER,),
        (ND,),
    ),
    # --- lymphoma subtypes
    (
        "splenic-mzl",
        trial("Lenalidomide and Rituximab in SMZL", conditions=("Splenic Marginal Zone Lymphoma",)),
        (MZL,),
        (),
    ),
    (
        "nodal-mzl-abbreviation",
        trial("Lenalidomide and Rituximab in Untreated NMZL", conditions=("Lymphoma",)),
        (MZL,),
        (ND,),
    ),
    (
        "malt",
        trial("R2 in Gastric MALT Lymphoma", conditions=("Gastric MALT Lymphoma",)),
        (MZL,),
        (),
    ),
    (
        "mucosa-associated",
        trial(
            "Lenalidomide in Extranodal Lymphoma of Mucosa-Associated Lymphoid Tissue",
            conditions=("Lymphoma, B-Cell",),
        ),
        (MZL,),
        (),
    ),
    (
        "broad-nhl-inclusion",
        trial(
            "Lenalidomide Plus Obinutuzumab in Relapsed Indolent B-cell NHL",
            conditions=("Lymphoma, Non-Hodgkin",),
            eligibility=inclusion(
                "Histologically confirmed FL grade 1-3a, MZL (splenic, nodal or extranodal) or MCL",
                "At least one prior line of therapy",
                exclusion=("Transformed lymphoma",),
            ),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "broad-nhl-exclusion-only",
        trial(
            "Lenalidomide and Ibrutinib in Relapsed Aggressive B-cell Lymphoma",
            conditions=("Non-Hodgkin Lymphoma",),
            eligibility=inclusion(
                "Relapsed high-grade B-cell lymphoma",
                exclusion=(
                    "Mantle cell lymphoma",
                    "Follicular lymphoma grade 1-3a",
                    "Marginal zone lymphoma",
                ),
            ),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "other-than-mantle-cell",
        trial(
            "Lenalidomide in Relapsed B-cell NHL",
            conditions=("B-Cell Lymphoma",),
            eligibility=inclusion("Relapsed B-cell NHL other than mantle cell lymphoma"),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "non-follicular",
        trial(
            "Lenalidomide in Indolent Lymphoma",
            conditions=("Lymphoma",),
            eligibility=inclusion("Non-follicular B-cell lymphoma"),
        ),
        (OTHER,),
        (),
    ),
    (
        "excluding-mcl",
        trial(
            "R2 in Indolent Lymphoma",
            conditions=("Indolent Lymphoma",),
            eligibility=inclusion("Indolent B-cell lymphoma, excluding MCL"),
        ),
        (OTHER,),
        (),
    ),
    (
        "except-follicular",
        trial(
            "Lenalidomide in B-cell Lymphoma",
            conditions=("Lymphoma",),
            eligibility=inclusion("Any indolent lymphoma except follicular lymphoma"),
        ),
        (OTHER,),
        (),
    ),
    (
        "dlbcl-transformed-from-fl",
        trial(
            "Lenalidomide Plus R-CHOP in DLBCL",
            conditions=("Lymphoma",),
            summary="Patients with DLBCL, including DLBCL transformed from follicular lymphoma.",
            eligibility=inclusion(
                "DLBCL or transformed indolent lymphoma (e.g., FL, MZL)",
                "Follicular lymphoma grade 3b",
                "tFL",
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "transformed-fl-condition",
        trial("Lenalidomide in tFL", conditions=("Transformed Follicular Lymphoma",)),
        (OTHER,),
        (),
    ),
    (
        "fl-and-transformed-fl",
        trial(
            "Lenalidomide and Rituximab in Follicular and Transformed Lymphoma",
            conditions=("Lymphoma",),
            eligibility=inclusion(
                "Follicular lymphoma grade 1-3a or transformed follicular lymphoma"
            ),
        ),
        (FL,),
        (),
    ),
    (
        "fl-grade-3b-is-dlbcl",
        trial(
            "R2-CHOP in Aggressive Lymphoma",
            conditions=("Diffuse Large B-Cell Lymphoma", "Grade 3b Follicular Lymphoma"),
        ),
        (OTHER,),
        (),
    ),
    (
        "mantle-or-follicular",
        trial(
            "Lenalidomide in Relapsed Mantle Cell or Follicular Lymphoma", conditions=("Lymphoma",)
        ),
        (MCL, FL),
        (RR,),
    ),
    (
        "nhl-list",
        trial(
            "Lenalidomide for Relapsed Non-Hodgkin's Lymphoma",
            conditions=("Non-Hodgkin's Lymphoma",),
            eligibility=inclusion("Relapsed mantle cell, follicular or marginal zone lymphoma"),
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "fl-mesh-only",
        trial(
            "Lenalidomide in Indolent NHL",
            conditions=("Non-Hodgkin Lymphoma",),
            condition_mesh_terms=("Lymphoma, Follicular",),
        ),
        (FL,),
        (),
    ),
    (
        "mcl-keyword-only",
        trial(
            "BTK Inhibitor Plus Lenalidomide",
            conditions=("Lymphoma",),
            keywords=("mantle cell lymphoma", "BTK inhibitor"),
        ),
        (MCL,),
        (),
    ),
    (
        "broad-summary-subtypes",
        trial(
            "Lenalidomide and Rituximab in Indolent Lymphoma",
            conditions=("Lymphoma, B-Cell",),
            summary="This study enrolls patients with previously untreated follicular lymphoma or "
            "marginal zone lymphoma.",
        ),
        (FL, MZL),
        (ND,),
    ),
    (
        "broad-summary-subtype-list",
        trial(
            "Rituximab plus lenalidomide (R2) in relapsed indolent NHL",
            conditions=("Non-Hodgkin Lymphoma",),
            summary="Patients with relapsed follicular, marginal zone or mantle cell lymphoma "
            "receive R2.",
        ),
        (MCL, FL, MZL),
        (RR,),
    ),
    (
        "specific-summary-background",
        trial(
            "Lenalidomide in CLL",
            conditions=("Chronic Lymphocytic Leukemia",),
            summary="Lenalidomide is approved for multiple myeloma, relapsed mantle cell lymphoma and "
            "MDS with del(5q).",
        ),
        (OTHER,),
        (),
    ),
    ("r/r-fl", trial("R2 in R/R FL", conditions=("Follicular Lymphoma",)), (FL,), (RR,)),
    (
        "mcl-relapsing-after-first-line",
        trial(
            "Lenalidomide in Mantle Cell Lymphoma Relapsing After First-Line Therapy",
            conditions=("Mantle Cell Lymphoma",),
        ),
        (MCL,),
        (RR,),
    ),
    (
        "maintenance-intervention",
        trial(
            "R-BAC Followed by Lenalidomide in Elderly MCL",
            conditions=("Mantle Cell Lymphoma",),
            interventions=("R-BAC", "Lenalidomide Maintenance"),
        ),
        (MCL,),
        (MT,),
    ),
    (
        "escaped-markdown-headers",
        trial(
            "Lenalidomide and Rituximab in Relapsed Indolent Lymphoma",
            conditions=("Lymphoma",),
            eligibility="\\*\\*Inclusion Criteria:\\*\\*\n\n* Relapsed MZL after \\>= 1 prior line\n\n"
            "\\*\\*Key Exclusion Criteria:\\*\\*\n\n* Follicular lymphoma\n* MCL",
        ),
        (MZL,),
        (RR,),
    ),
    (
        "uppercase-headers",
        trial(
            "Lenalidomide in Lymphoma",
            conditions=("Lymphoma",),
            eligibility="INCLUSION CRITERIA\n- Untreated follicular lymphoma\nEXCLUSION CRITERIA:\n"
            "- Mantle cell lymphoma",
        ),
        (FL,),
        (ND,),
    ),
    (
        "cohort-arms",
        trial(
            "Lenalidomide Plus Ibrutinib in Relapsed B-cell Lymphoma",
            conditions=("B-cell Non-Hodgkin Lymphoma",),
            arms=(
                Arm(label="Cohort A: DLBCL"),
                Arm(label="Cohort B: MCL"),
                Arm(label="Cohort C: follicular lymphoma"),
            ),
        ),
        (MCL, FL),
        (RR,),
    ),
    (
        "not-eligible-for-transplant",
        trial(
            "R2 in Elderly Lymphoma",
            conditions=("Lymphoma",),
            eligibility=inclusion("Mantle cell lymphoma not eligible for ASCT"),
        ),
        (MCL,),
        (),
    ),
    (
        "no-prior-therapy-for-subtype",
        trial(
            "Lenalidomide and Rituximab in Elderly Patients",
            conditions=("Lymphoma",),
            eligibility=inclusion("No prior therapy for mantle cell lymphoma"),
        ),
        (MCL,),
        (ND,),
    ),
    (
        "prior-history-of-fl",
        trial(
            "Lenalidomide With R-CHOP",
            conditions=("Lymphoma, B-Cell",),
            eligibility=inclusion(
                "DLBCL, including patients with a prior history of follicular lymphoma"
            ),
        ),
        (OTHER,),
        (),
    ),
    (
        "primary-cutaneous-follicle-center",
        trial(
            "Lenalidomide in Primary Cutaneous Follicle Center Lymphoma",
            conditions=("Primary Cutaneous B-Cell Lymphoma",),
        ),
        (OTHER,),
        (),
    ),
    (
        "broad-summary-background",
        trial(
            "Lenalidomide in Indolent Lymphoma",
            conditions=("Lymphoma",),
            summary="Lenalidomide is approved for relapsed mantle cell lymphoma. This study tests it "
            "in untreated patients with marginal zone lymphoma.",
        ),
        (MZL,),
        (ND,),
    ),
    (
        "broad-lymphoma-summary-names-myeloma",
        trial(
            "Lenalidomide in Relapsed Indolent Lymphoma",
            conditions=("Lymphoma, Non-Hodgkin",),
            summary="Lenalidomide, an immunomodulatory drug used in multiple myeloma, is combined "
            "with rituximab in follicular lymphoma.",
        ),
        (FL,),
        (RR,),
    ),
    (
        "broad-hematologic-cancer",
        trial(
            "Lenalidomide Combination Study",
            conditions=("Hematologic Cancer",),
            summary="Patients with relapsed follicular lymphoma.",
        ),
        (FL,),
        (RR,),
    ),
    (
        "mesh-names-other-disease",
        trial(
            "Lenalidomide in B-cell Malignancies",
            conditions=("Lymphoma",),
            condition_mesh_terms=("Leukemia, Lymphocytic, Chronic, B-Cell",),
            summary="Patients with CLL; lenalidomide is active in follicular lymphoma.",
        ),
        (OTHER,),
        (),
    ),
    (
        "multi-heme-maintenance",
        trial(
            "Lenalidomide Maintenance After Autologous Transplant in Lymphoma and Myeloma",
            conditions=("Lymphoma", "Multiple Myeloma"),
            eligibility=inclusion(
                "Multiple myeloma, Hodgkin lymphoma, DLBCL, mantle cell lymphoma "
                "or follicular lymphoma in remission after ASCT"
            ),
        ),
        (MM, MCL, FL),
        (MT,),
    ),
    # --- other diseases and false friends
    (
        "hodgkin-mantle-field",
        trial(
            "Lenalidomide in Relapsed Classical Hodgkin Lymphoma",
            conditions=("Hodgkin Lymphoma",),
            eligibility=inclusion("Prior mantle field radiotherapy is allowed"),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "pcnsl",
        trial(
            "Lenalidomide Maintenance in Elderly PCNSL",
            conditions=("Primary Central Nervous System Lymphoma",),
        ),
        (OTHER,),
        (MT,),
    ),
    (
        "myelofibrosis",
        trial(
            "Lenalidomide and Prednisone in Myelofibrosis",
            conditions=("Myelofibrosis",),
            eligibility=inclusion("Primary or post-ET myelofibrosis"),
        ),
        (OTHER,),
        (),
    ),
    (
        "mcl-1-inhibitor",
        trial(
            "MCL-1 Inhibitor Plus Lenalidomide in Relapsed Solid Tumors",
            conditions=("Solid Tumor",),
        ),
        (OTHER,),
        (RR,),
    ),
    (
        "mcl1-broad-summary",
        trial(
            "Lenalidomide Combinations in Hematologic Malignancies",
            conditions=("Hematologic Malignancies",),
            summary="An MCL-1 inhibitor and Mcl-1 degrader are combined with lenalidomide.",
        ),
        (OTHER,),
        (),
    ),
    (
        "follicular-thyroid",
        trial(
            "Lenalidomide in Follicular Thyroid Cancer", conditions=("Follicular Thyroid Cancer",)
        ),
        (OTHER,),
        (),
    ),
    (
        "added-to-first-line",
        trial(
            "Lenalidomide Added to First-Line R-CHOP in Elderly DLBCL",
            conditions=("Diffuse Large B-Cell Lymphoma",),
        ),
        (OTHER,),
        (ND,),
    ),
    (
        "flt3-flag",
        trial(
            "FLAG-IDA Plus Lenalidomide in FLT3-Mutated AML",
            conditions=("Acute Myeloid Leukemia",),
            eligibility=inclusion(
                "AML with recurrent genetic abnormalities", "Previously untreated"
            ),
        ),
        (OTHER,),
        (ND,),
    ),
]

CASES = [
    *(pytest.param(sample(nct), want, settings, id=nct) for nct, want, settings in SAMPLE_CASES),
    *(pytest.param(t, want, settings, id=name) for name, t, want, settings in INVENTED_CASES),
]


@pytest.mark.parametrize(("record", "indications", "settings"), CASES)
def test_classify(
    record: Trial, indications: tuple[Indication, ...], settings: tuple[Setting, ...]
) -> None:
    check_labels(record, indications, settings)
    check_evidence(record)


def test_registry_mesh_terms_change_no_sample_label() -> None:
    """The fixture corpus adds the MeSH terms the registry derives from conditions (e.g.
    "Multiple Myeloma" on the amyloidosis trial); the labels must not move."""
    labels = {nct: (want, settings) for nct, want, settings in SAMPLE_CASES}
    records = [study_trial(study) for study in load_samples()]
    assert any(record.condition_mesh_terms for record in records)
    for record in records:
        got = classify_trial(record)
        assert (got.indications, got.settings) == labels[record.nct_id], record.nct_id


def test_output_is_deterministic_and_ordered() -> None:
    records = [sample(nct) for nct, _, _ in SAMPLE_CASES] + [case[1] for case in INVENTED_CASES]
    first = [classify_trial(r) for r in records]
    assert first == [classify_trial(r) for r in reversed(records)][::-1]
    for got in first:
        assert list(got.indications) == sorted(got.indications, key=list(Indication).index)
        assert list(got.settings) == sorted(got.settings, key=list(Setting).index)
        assert got.indications  # never empty: "other" when nothing matched


def test_empty_trial_is_other() -> None:
    assert classify_trial(Trial(nct_id="NCT00000000")) == Classification(indications=(OTHER,))


def test_evidence_names_the_words() -> None:
    got = classify_trial(sample("NCT03505944"))
    assert [e.describe() for e in got.evidence] == [
        "mcl: condition “relapsed/refractory mantle cell lymphoma”",
        "relapsed-refractory: condition “relapsed/refractory mantle cell lymphoma”",
    ]
    assert classify_trial(sample("NCT01446133")).evidence == ()


@pytest.mark.parametrize(
    ("text", "inclusion_part", "exclusion_part"),
    [
        ("Inclusion Criteria:\n* A\n\nExclusion Criteria:\n* B", "* A", "* B"),
        ("**Key Inclusion Criteria:**\n- A\n**Key Exclusion Criteria:**\n- B", "- A", "- B"),
        ("DISEASE CHARACTERISTICS:\n* A", "DISEASE CHARACTERISTICS:\n* A", ""),
        (
            "inclusion criteria\nA\nexclusion criteria for part 2: B\nInclusion Criteria:\nC",
            "A\nC",
            "B",
        ),
        (
            "Inclusion Criteria:\n* Exclusion of CNS disease by MRI",
            "* Exclusion of CNS disease by MRI",
            "",
        ),
    ],
)
def test_split_eligibility(text: str, inclusion_part: str, exclusion_part: str) -> None:
    assert split_eligibility(text) == (inclusion_part, exclusion_part)


def test_version_is_a_positive_int() -> None:
    assert isinstance(CLASSIFIER_VERSION, int) and CLASSIFIER_VERSION >= 1
