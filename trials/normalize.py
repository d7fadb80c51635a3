"""Raw study (untrusted JSON) -> Trial and Site records. Missing pieces become blanks, never errors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from trials.model import Arm, Contact, Site, Trial

STUDY_URL = "https://clinicaltrials.gov/study/{nct_id}"
#: The API's placeholder for "enrollment not known" (reported by other clients).
UNKNOWN_ENROLLMENT = 99_999_999

#: Lenalidomide and the names registries use for it. Order = which name we report as matched.
ALIASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lenalidomide", re.compile(r"\blenalidomide?\b", re.I)),
    ("Revlimid", re.compile(r"\brevlimid\b", re.I)),
    ("CC-5013", re.compile(r"\bCC[\s-]?5013\b", re.I)),
)
_PLACEBO = re.compile(r"\bplacebos?\b", re.I)
#: Intervention types that are drugs a patient would take alongside lenalidomide.
_DRUG_TYPES = frozenset({"DRUG", "BIOLOGICAL", "COMBINATION_PRODUCT", "GENETIC", ""})
#: Registries sometimes put a whole regimen in one name ("Bendamustine and Rituximab induction
#: with Rituximab and Lenalidomide Maintenance"); split it to find the partners.
_REGIMEN_SPLIT = re.compile(
    r"\s*(?:\+|,|;|\band\b|\bwith\b|\bplus\b|/|\blenalidomide?\b|\brevlimid\b|\bCC[\s-]?5013\b)\s*",
    re.I,
)
_REGIMEN_NOISE = re.compile(
    r"\b(?:induction|maintenance|consolidation|therapy|treatment|regimen|arm|oral|iv|sc)\b", re.I
)
_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?\s*$", re.I)
_AGE_UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25,
                   "hour": 1 / 8766, "minute": 1 / 525960}  # fmt: skip
_PHASE_NAMES = {"EARLY_PHASE1": "Early phase 1", "PHASE1": "1", "PHASE2": "2", "PHASE3": "3",
                "PHASE4": "4", "NA": "Not applicable"}  # fmt: skip


def _dig(obj: Any, *keys: str) -> Any:
    """obj[k1][k2]… or None as soon as a level is missing or not an object (schema drift)."""
    for key in keys:
        if not isinstance(obj, Mapping):
            return None
        obj = obj.get(key)
    return obj


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(t for t in (_text(v) for v in value) if t)


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def parse_age_years(text: str) -> float | None:
    """'18 Years' -> 18.0, '6 Months' -> 0.5; absent or unreadable means no limit (None)."""
    match = _AGE.match(text or "")
    if not match:
        return None
    return round(float(match[1]) * _AGE_UNIT_YEARS[match[2].lower()], 4)


def phase_text(phases: Iterable[str]) -> str:
    """['PHASE1', 'PHASE2'] -> 'Phase 1/2'; ['NA'] -> 'Not applicable'."""
    names = [_PHASE_NAMES.get(p, p.title()) for p in phases]
    numbered = [n for n in names if n.isdigit()]
    others = [n for n in names if not n.isdigit()]
    parts = others + (["Phase " + "/".join(numbered)] if numbered else [])
    return ", ".join(parts)


def date_precision(date: str) -> str:
    """Start dates are partial: '2024' -> 'year', '2024-03' -> 'month', '2024-03-15' -> 'day'."""
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "") if date else ""


def match_alias(study: Mapping[str, Any]) -> str:
    """The lenalidomide name this study's interventions or arms use, or '' if none does."""
    arms_module = _dig(study, "protocolSection", "armsInterventionsModule")
    texts: list[str] = []
    for item in _dicts(_dig(arms_module, "interventions")):
        texts += [_text(item.get("name")), *_texts(item.get("otherNames"))]
    for arm in _dicts(_dig(arms_module, "armGroups")):
        texts += [_text(arm.get("label")), _text(arm.get("description"))]
        texts += _texts(arm.get("interventionNames"))
    for name, pattern in ALIASES:
        if any(pattern.search(t) for t in texts):
            return name
    return ""


def _is_lenalidomide(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in ALIASES)


def _regimen_parts(part: str) -> list[str]:
    """'Isatuximab Carfilzomib' -> both drugs; 'Brentuximab vedotin' stays one drug.

    Inside a regimen name, a run of capitalised single words is a list of drugs; a lower-case
    word means a multi-word drug name.
    """
    words = part.split()
    if len(words) > 1 and all(w[:1].isupper() and w[1:].islower() and len(w) > 4 for w in words):
        return words
    return [part]


def _drug_names(intervention: Mapping[str, Any]) -> list[str]:
    name = _text(intervention.get("name"))
    names = [name, *_texts(intervention.get("otherNames"))]
    if _is_lenalidomide(" ".join(names)):
        # A regimen name: keep the partners, drop lenalidomide itself.
        parts = (_REGIMEN_NOISE.sub("", p).strip(" -") for p in _REGIMEN_SPLIT.split(name))
        return [d for p in parts if len(p) > 2 and not _is_lenalidomide(p)
                for d in _regimen_parts(p)]  # fmt: skip
    return [name] if name else []


# What a registry adds to a drug's name that is not a different drug: the salt, the route or form,
# and the enzyme co-formulated for injection ("Daratumumab/rHuPH20", "Bendamustine Hydrochloride").
_DRUG_SUFFIX = re.compile(
    r"(?:\s*/\s*rHuPH20|\s+and\s+hyaluronidase(?:-\w+)?|\s+(?:di)?hydrochloride|\s+HCl|"
    r"\s+(?:mesylate|citrate|maleate|acetate|sulfate|phosphate)|\s+(?:SC|IV|PO|subcutaneous|"
    r"intravenous|oral|injection|for injection|tablets?|capsules?))+\s*$",
    re.IGNORECASE,
)


def drug_name(name: str) -> str:
    """One name per drug, so "Daratumumab SC" and "Daratumumab/rHuPH20" filter as daratumumab."""
    base = _DRUG_SUFFIX.sub("", name).strip() or name
    return base[0].upper() + base[1:] if base.islower() else base


def other_drugs(interventions: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    """Combination partners: drug-like interventions other than lenalidomide and placebo."""
    seen: dict[str, str] = {}
    for item in interventions:
        if _text(item.get("type")).upper() not in _DRUG_TYPES:
            continue
        for name in _drug_names(item):
            if _PLACEBO.search(name):
                continue
            display = drug_name(name)
            seen.setdefault(display.casefold(), display)
    return tuple(seen.values())


def _contact(raw: Mapping[str, Any]) -> Contact:
    phone = _text(raw.get("phone"))
    if ext := _text(raw.get("phoneExt")):
        phone = f"{phone} ext. {ext}"
    return Contact(
        name=_text(raw.get("name")),
        role=_text(raw.get("role")),
        phone=phone,
        email=_text(raw.get("email")),
    )


def _enrollment(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    count = int(value)
    return None if count < 0 or count >= UNKNOWN_ENROLLMENT else count


def study_to_trial(study: Mapping[str, Any]) -> Trial:
    """Normalise one study; `classification` is left empty for classify.classify_trial."""
    protocol = _dig(study, "protocolSection")
    ident = _dig(protocol, "identificationModule")
    status = _dig(protocol, "statusModule")
    design = _dig(protocol, "designModule")
    arms_module = _dig(protocol, "armsInterventionsModule")
    eligibility = _dig(protocol, "eligibilityModule")
    sponsor = _dig(protocol, "sponsorCollaboratorsModule", "leadSponsor")
    nct_id = _text(_dig(ident, "nctId"))
    interventions = _dicts(_dig(arms_module, "interventions"))
    phases = _texts(_dig(design, "phases"))
    start = _text(_dig(status, "startDateStruct", "date"))
    min_age = _text(_dig(eligibility, "minimumAge"))
    max_age = _text(_dig(eligibility, "maximumAge"))
    healthy = _dig(eligibility, "healthyVolunteers")
    return Trial(
        nct_id=nct_id,
        brief_title=_text(_dig(ident, "briefTitle")),
        official_title=_text(_dig(ident, "officialTitle")),
        acronym=_text(_dig(ident, "acronym")),
        status=_text(_dig(status, "overallStatus")),
        phases=phases,
        phase_text=phase_text(phases),
        study_type=_text(_dig(design, "studyType")),
        conditions=_texts(_dig(protocol, "conditionsModule", "conditions")),
        keywords=_texts(_dig(protocol, "conditionsModule", "keywords")),
        condition_mesh_terms=tuple(
            t
            for t in (
                _text(m.get("term"))
                for m in _dicts(_dig(study, "derivedSection", "conditionBrowseModule", "meshes"))
            )
            if t
        ),
        interventions=tuple(n for n in (_text(i.get("name")) for i in interventions) if n),
        other_drugs=other_drugs(interventions),
        matched_as=match_alias(study),
        arms=tuple(
            Arm(
                label=_text(a.get("label")),
                type=_text(a.get("type")),
                description=_text(a.get("description")),
                interventions=_texts(a.get("interventionNames")),
            )
            for a in _dicts(_dig(arms_module, "armGroups"))
        ),
        brief_summary=_text(_dig(protocol, "descriptionModule", "briefSummary")),
        eligibility_criteria=_text(_dig(eligibility, "eligibilityCriteria")),
        min_age_years=parse_age_years(min_age),
        max_age_years=parse_age_years(max_age),
        min_age_text=min_age,
        max_age_text=max_age,
        sex=_text(_dig(eligibility, "sex")),
        healthy_volunteers=healthy if isinstance(healthy, bool) else None,
        sponsor=_text(_dig(sponsor, "name")),
        sponsor_class=_text(_dig(sponsor, "class")),
        start_date=start,
        start_date_precision=date_precision(start),
        first_posted=_text(_dig(status, "studyFirstPostDateStruct", "date")),
        last_update=_text(_dig(status, "lastUpdatePostDateStruct", "date")),
        enrollment=_enrollment(_dig(design, "enrollmentInfo", "count")),
        central_contacts=tuple(
            _contact(c)
            for c in _dicts(_dig(protocol, "contactsLocationsModule", "centralContacts"))
        ),
        url=STUDY_URL.format(nct_id=nct_id) if nct_id else "",
    )


def _coordinate(value: Any, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if -limit <= value <= limit else None


def study_to_sites(study: Mapping[str, Any]) -> list[Site]:
    """One Site per location; coordinates only when the registry gave valid ones."""
    nct_id = _text(_dig(study, "protocolSection", "identificationModule", "nctId"))
    locations = _dicts(_dig(study, "protocolSection", "contactsLocationsModule", "locations"))
    sites = []
    for loc in locations:
        contacts = [_contact(c) for c in _dicts(loc.get("contacts"))]
        contact = next((c for c in contacts if c.phone or c.email), None) or (
            contacts[0] if contacts else Contact()
        )
        lat = _coordinate(_dig(loc, "geoPoint", "lat"), 90)
        lon = _coordinate(_dig(loc, "geoPoint", "lon"), 180)
        sites.append(
            Site(
                nct_id=nct_id,
                facility=_text(loc.get("facility")),
                city=_text(loc.get("city")),
                state=_text(loc.get("state")),
                zip=_text(loc.get("zip")),
                country=_text(loc.get("country")),
                status=_text(loc.get("status")),
                lat=lat if lon is not None else None,
                lon=lon if lat is not None else None,
                contact=contact,
            )
        )
    return sites
