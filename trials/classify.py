"""Tag a trial with the indications and settings it enrols, quoting the words that say so.

Rules are data: (tag, regex) tables find mentions, guard tables void mentions by their context
(negation, "transformed from", outcome wording), and small functions decide from what is left.
Tags that are not Indication or Setting ids ("mds", "del5q", "mimic", ...) are internal facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from trials.model import Classification, Evidence, Indication, Setting, Trial
from trials.rulematch import RuleTable

#: Bump when any rule changes: stored datasets are reclassified when theirs differs.
CLASSIFIER_VERSION = 13


def _alt(*alternatives: str) -> str:
    return "|".join(alternatives)


# Abbreviations are case-sensitive ((?-i:...)) so "mm3", "Mcl-1", "fL" and "FLT3" never match.
DISEASE_RULES: tuple[tuple[str, str], ...] = (
    (
        "myeloma",
        _alt(
            r"(?<!osteosclerotic )(?<!anti-)\bmyelomas?\b(?![\s-]*(?:working group|"
            r"defining))",
            r"\bplasma[- ]cell leuka?emias?\b",
            r"\bleuka?emia,\s*plasma[- ]cell\b",
            r"\bplasmacytomas?\b",
            r"\bkahler'?s?\s+disease\b",
            r"\bmyelomatosis\b",
            r"(?-i:\b(?:HR-?)?SMM\b|\b(?:TI-|TE-|TNE-)?NDMM\b|\bR/?RMM\b|(?<!lymphoma \()\b[ps]?PCL\b(?!-\d))",
            r"(?<![\d.,])(?<![\d.,]\s)(?<!melanoma \()(?-i:\bMM\b)(?!/)",
        ),
    ),
    (
        "smoldering",
        _alt(
            r"\bsmou?ldering\b", r"(?-i:\b(?:HR-?)?SMM\b)", r"\basymptomatic (?:multiple )?myeloma"
        ),
    ),
    (
        "mcl",
        _alt(
            r"\bmantle[- ]cells?\b(?![- ](?:zone|layer))(?:\s+lymphomas?\b)?",
            r"(?-i:\bMCL\b)(?![- ]?1\b)",
        ),
    ),
    (
        "fl",
        _alt(
            r"(?<!cutaneous )\bfollic(?:ular|le)(?:[\s-]+(?:center|centre|cell|B[- ]cell|"
            r"non[- ]?Hodgkin'?s?))*\s+(?:lymphomas?|NHL)\b",
            # MeSH's word order, not a list ("mantle cell lymphoma, follicular lymphoma").
            r"\blymphoma,\s*follicular\b(?!\s+(?:lymphomas?|NHL|thyroid|carcinoma|cancer)\b)",
            r"\bfollicular\s*(?:,|/|&|\band\b|\bor\b)\s*(?:[\w,-]+\s+){0,7}?(?:lymphomas?|NHL)\b",
            # A list of subtypes without the word: "indolent NHL (follicular, marginal zone)",
            # "follicular (grade 1, 2 or 3a) or marginal zone lymphoma".
            r"\bfollicular(?=\s*\(\s*(?:WHO\s+)?grades?\s*"
            r"(?:[12]|I{1,2}\b|I{1,2}\s*-|3\s*a\b|IIIa\b)"
            r"|\s*(?:,|/|\bor\b|\band\b)\s*(?:marginal[- ]zone|mantle[- ]cell|small lymphocytic|"
            r"lymphoplasmacytic|(?-i:MZL|MCL|SLL|LPL)\b))",
            # ... or last in such a list: "(marginal zone, mantle cell or follicular)".
            r"\b(?:marginal[- ]zone|mantle[- ]cell|small lymphocytic|lymphoplasmacytic|"
            r"(?-i:MZL|MCL|SLL))\s*(?:,|/|\bor\b|\band\b)\s*follicular\b(?!\s*(?:thyroid|"
            r"carcinoma|cancer|dendritic|helper|hyperplasia|cells?\b|T\b))",
            r"(?<![\d.])(?<![\d.]\s)(?-i:\bFL)(?:\b|(?=[1-3]))",
        ),
    ),
    (
        "mzl",
        _alt(
            r"\b(?:(?:splenic|nodal|extranodal)\s+)?marginal[- ]zone(?:\s+B[- ]cell)?"
            r"(?:\s+lymphomas?)?\b",
            # ... not the MALT1 protein ("mucosa-associated lymphoid tissue lymphoma translocation
            # protein 1").
            r"\bmucosa[- ]associated lymphoid tissue\b(?!\s+(?:lymphoma\s+)?translocation)",
            r"\bMALToma\b",
            r"(?-i:\b[SNE]?MZL\b|\bMALT\b)",
        ),
    ),
    (
        "mds",
        _alt(
            # ... not CMML's myelodysplastic type, nor MDS-related changes of AML
            r"(?<!CMML, )\bmyelodysplas(?:tic|ia)\b(?![- ]related|[\s/-]*myeloproliferative|\s+CMML|"
            r"\s+chronic myelomonocytic|\s+type\b)",
            # ... nor the Movement Disorder Society's rating scale (MDS-UPDRS)
            r"(?<!per )(?-i:\bMDS\b)(?!\s*/\s*MPN|[- ](?:related|UPDRS))",
            r"(?<!-)\brefractory an(?:a)?emia\b",
            r"\brefractory cytopenias?\b",
            r"\b5q\s*(?:-|−|–|minus)\s*syndrome\b",
        ),
    ),
    # del(5q) as registries spell it: del(5q), del 5q31, del(5)(q31), 5q-, 5q minus, 5q deletion,
    # deletion (of chromosome) 5q, monosomy 5q, loss of the long arm of chromosome 5, ...
    (
        "del5q",
        _alt(
            r"\bdel\)?[\s-]*\(?\s*5\s*\)?\s*\(?\s*q(?:\d+(?:\.\d+)?)?\s*\)?",
            r"\b5q\s*(?:-|−|–)(?=\s|\)|,|;|\.|/|$|syndrome)",
            r"\b5q\s+minus\b",
            r"\b(?:chromosome\s+)?5q(?:\d+(?:\.\d+)?)?\s*-?\s*(?:deletion|deleted|del)\b",
            r"\b(?:deletion|deleted|loss|monosomy)\s+(?:\(del\)\s+)?(?:of\s+)?(?:chromosome\s+)?"
            r"5q[\d.]*",
            r"\b(?:deletion|loss)\s+of\s+(?:the\s+)?long\s+arm\s+of\s+chromosome\s+5\b",
            r"\b(?:chromosome\s+)?5q\s+(?:cytogenetic\s+)?abnormalit(?:y|ies)\b",
            r"\babnormalit(?:y|ies)\s+of\s+chromosome\s+5\s+involving\s+(?:a\s+)?deletion\b",
        ),
    ),
    # WHO 2022 and ICC define MDS with SF3B1 mutation as having no del(5q).
    (
        "mds-sf3b1",
        r"(?-i:\bMDS-SF3B1\b)|\bMDS with (?:low blasts and )?(?:mutated )?SF3B1(?: mutation)?\b",
    ),
    (
        "lower-risk",
        _alt(
            r"\blow(?:er)?[- ]risk\b",
            r"\bint(?:ermediate)?[- ]?(?:1|I)\b(?![\dI])",
            r"\bIPSS(?:-R)?\s+(?:score\s+)?(?:of\s+)?(?:very\s+)?low\b",
        ),
    ),
    (
        "higher-risk",
        _alt(
            r"\bhigh(?:er)?[- ]risk\b(?!\s+(?:of|for)\b)",
            r"\bint(?:ermediate)?[- ]?(?:2|II)\b",
            r"\bexcess(?:ive)? blasts|\bincreased blasts\b|(?-i:\bMDS-IB-?[12]?\b)",
            r"\bmoderate[- ]high\b|\bvery[- ]high\b(?!\s+(?:dose|level|titer|count))",
            r"(?-i:\bRAEB(?:-?(?:1|2|T|I|II))?\b|\bMDS-EB)",
        ),
    ),
    # A broad family: a summary may name its subtypes (see _usable).
    ("lymphoma", r"\blymphomas?\b|(?-i:\bNHL\b)|\blymphoproliferative"),
    (
        "aml",
        _alt(
            r"(?-i:\bAML\b)",
            r"\bacute myelo(?:id|genous) leuka?emia",
            r"\bleuka?emia,\s*myeloid,\s*acute",
        ),
    ),
    # Look-alikes of myeloma: a trial *titled* for one of these is not a myeloma trial.
    (
        "mimic",
        _alt(
            r"\bamyloid(?:osis)?\b",
            r"\bPOEMS\b",
            r"\bMGUS\b",
            r"\bmonoclonal gammopathy",
            r"\bwaldenstr",
            r"\blymphoplasmacytic\b",
        ),
    ),
    # Any other named disease: naming one makes a trial "specific" (see _usable).
    (
        "other-disease",
        _alt(
            r"\b(?:CLL|DLBCL|GVHD|HIV)\b",
            r"(?-i:\b(?:SLL|PTCL|CTCL|PCNSL|CML|CMML)\b)",
            r"\b(?:chronic|small) lymphocytic|\blymphocytic,\s*chronic",
            r"(?<!non-)(?<!non )\bhodgkin",
            r"\bdiffuse large|\blarge B[- ]cell|\bT[- ]cell (?:lymphoma|non|NHL|leuk)",
            r"\blymphoma,\s*T[- ]cell",
            r"\bmycosis fungoides|\bs[ée]zary|\b(?:CNS|central nervous system) lymphoma|\bburkitt",
            r"\bacute (?:lymphoblastic|promyelocytic)|\bchronic myelo(?:monocytic|id|genous)",
            r"\bmyelomonocytic|\bmyelofibrosis|\bmyeloproliferat|\bhairy cell|\bcastleman",
            r"(?<!logic )(?<!logical )(?<!blood )\b(?:cancers?|tumou?rs?)\b|blastomas?\b",
            r"\b(?:carcin|sarc|gli|astrocyt|melan)omas?\b|\blupus\b|\bcrohn|\bsickle|\bthalass",
            r"graft[- ]versus[- ]host",
            r"\bdiamond[- ]blackfan|\baplastic an(?:a)?emia|\bangiodysplas|\bparkinson",
            r"\blight[- ]chain deposition|\bmonoclonal immunoglobulin deposition|\bcryoglobulin",
            r"(?-i:\b(?:CCUS|ICUS|HHT|PTLD)\b)|\bclonal cytopenia|\bcold agglutinin|telangiectasia",
            r"\b(?:vitreoretinal|intraocular) lymphoma|post-?transplant lymphoproliferative",
        ),
    ),
)

SETTING_RULES: tuple[tuple[str, str], ...] = (
    (
        "newly-diagnosed",
        _alt(
            r"\bnewly[- ]diagnosed\b",
            r"\bnewly[- ]treated\b",  # Chinese registrations: untreated
            r"(?-i:\b(?:TI-|TE-|TNE-)?NDMM\b)",
            r"\b(?:previously[- ]|prior[- ])?untreated\b",
            r"\bnot (?:been )?previously treated\b(?!\s+with\b)",
            r"\binitially[- ]diagnosed\b(?!\s+(?:with|as)\b)",
            # Chinese registrations: "de novo multiple myeloma" is newly diagnosed myeloma.
            r"\bde novo\s+(?=(?:multiple\s+)?myeloma|(?-i:MM|NDMM)\b)",  # "patients with MM who were ..."
        ),
    ),
    (
        "nd-naive",
        r"\b(?:treatment|therapy)[- ]na[iï]ve\b|\bna[iï]ve to (?:any\s+)?(?:prior\s+)?"
        r"(?:systemic\s+)?(?:anti-?[\w-]+\s+)?(?:therapy|treatment)\b",
    ),
    (
        "nd-line",
        r"\b(?:first|1st)[- ]line\b|\bfront[- ]?line\b|\bup[- ]?front\b|"
        r"\brequir\w+\s+(?:a\s+)?first\s+(?:systemic\s+)?(?:treatment|therapy)\b",
    ),
    # Weak signs of first-line treatment; see _settings.
    (
        "nd-weak",
        _alt(
            r"(?<!re-)(?<!re)(?<!globin )(?<!HbF )\binduction\b(?!\s+of\b)",
            # "requiring therapy per GELF criteria", "currently managed by watch and wait",
            # "initial treatment" / "initially treated" (Chinese registrations: treatment-naive).
            r"(?-i:\bGELF\b)",
            r"\bchemotherapy[- ]na[iï]ve\b",
            r"\bwatch[- ](?:and|&)[- ]wait\b|\bwatchful waiting\b",
            r"(?<!after )(?<!following )(?<!to )\binitial(?:ly)?\s+(?:treatment|therapy|treated)\b",
            r"\bnot (?:yet |previously )?(?:have |has )?received (?:any )?"
            r"(?:prior |previous )?(?:systemic )?(?:anti-?(?:myeloma|lymphoma|cancer|tumou?r) )?"
            r"(?:treatment|therapy)",
            r"\bno (?:prior|previous) (?:systemic )?(?:anti-?(?:myeloma|MM|lymphoma|cancer|tumou?r) |"
            r"(?:(?:myeloma|MM|lymphoma|cancer|MCL|FL|MZL|NHL)(?:[- ](?:directed|specific))?) )?"
            r"(?:therapy|treatment|chemotherapy)\b"
            r"(?!\s+(?:with|including|containing)\b)",
        ),
    ),
    (
        "relapsed-refractory",
        _alt(
            r"\brelapsed\b",
            r"\brelapsing\b",
            r"\br/r\b",
            r"(?-i:\bRR(?:MM|MCL|FL)\b)",
            r"\brefractory\b(?!\s+(?:an(?:a)?emia|cytopenia|thrombocytopenia|neutropenia))",
            r"\brecurr(?:ent|ing|ed)\b(?!\s+(?:\w+\s+)?(?:genetic|cytogenetic|chromosomal|abnormalit|infection|"
            r"thrombo|mutation|translocation|events?|pregnanc|fever|DVT|VTE|episode|bleed|epistax|nose ?bleed|"
            r"h(?:a)?emorrhag))",
            r"\b(?:second|third|fourth|2nd|3rd|later)[- ]line\b",
            # ... not "pretreated with antihistamines" (premedication)
            r"\bpreviously[- ]treated\b(?!\s+with\s+(?:anti-?histamine|(?:cortico)?steroid|"
            r"premedication|antibiotic|antiviral))",
            r"\bpre-?treated\b(?!\s+with)",
            r"\b(?:has|have)\s+come\s+back\b",
            r"\bcame\s+back\b",
            r"\b(?:resistant|resistance) to\b",
            # ... not "failed antiviral therapy" (hepatitis C-associated splenic MZL)
            r"\bfail(?:ed|ure of|ing)\s+(?:at least\s+)?(?:(?!anti-?viral\b)[\w-]+\s+){0,2}?"
            r"(?:prior|previous|therap\w*|treatment|regimens?|lines?|ESAs?|HMAs?|erythropoie\w*|"
            r"hypomethylating)\b",
            r"\b(?:after|following)\s+(?:[\w-]+\s+){0,2}?failure\b",
            r"\b(?:triple|quad|penta|double)[- ]class[- ]exposed\b",
            r"\bat least (?:one|two|three|1|2|3)\s+(?:prior\s+|previous\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:lines?|regimens?|"
            r"(?:systemic\s+)?therap(?:y|ies)|treatments?)\b",
            r"\b(?:prior|previous)\s+lines?\s+of\s+(?:therapy|treatment)\b",
            r"\blines?\s+of\s+(?:prior|previous)\s+(?:systemic\s+)?(?:therap(?:y|ies)|"
            r"treatments?)\b",
            r"\b(?:one|two|three|[1-4])\s+(?:(?:to|-|or)\s+(?:one|two|three|four|five|[1-9])\s+|"
            r"or more\s+)?(?:prior|previous)\s+(?:[\w-]+\s+){0,2}?(?:lines?|regimens?|"
            r"therap(?:y|ies)|treatments?)\b",
            r"\bprogress(?:ed|ing|ion|ive disease)\s+(?:[\w/-]+\s+){0,4}?(?:while\s+(?:on|receiving)|"
            r"on\s+or\s+(?:after|within)|on(?!\s+(?:study|protocol|trial|this|observation|watch|(?:active\s+)?surveillance|"
            r"imaging|CT|PET|scans?))|after|following|"
            r"during|despite|within)\b",
            # MDS after lenalidomide: "loss of transfusion independence", "no erythroid response".
            r"\bloss of (?:(?:the\s+)?(?:hematologic|haematologic|erythroid)\s+)?(?:response|"
            r"transfusion independence|improvement)\b",
            r"\bno (?:erythroid |hematologic |haematologic )?response (?:to|after)\b",
        ),
    ),
    (
        "maintenance",
        # ... or lenalidomide started a set time after transplant (CALGB 100104's wording).
        r"\b(?:lenalidomide|placebo)\b(?:\s+[\w-]+){0,4}\s+(?:started|starting|begun|beginning|"
        r"initiated)\s+(?:\d+\s*(?:-|to)\s*)?\d+\s+days\s+"
        r"(?:after|post)[- ]?(?:autologous\s+)?(?:stem[- ]cell\s+)?(?:transplant\w*|ASCT|HCT|SCT)\b|"
        r"\bma?i?nt(?:e|a|ai)n(?:a|e)nce\b(?!\s+(?:dose|of\s+(?:response|remission|h\w*globin|"
        r"transfusion|blood|adequate)))",
    ),
)

#: Matched only in conditions, titles, keywords and inclusion criteria: in a summary or an arm these
#: words usually describe what happens later ("patients who relapse receive salvage therapy").
CORE_SETTING_RULES: tuple[tuple[str, str], ...] = (
    (
        "relapsed-refractory",
        r"\brelapses?\b(?!\s*-?\s*free|\s+(?:prevention|prophylaxis|risk))|\bsalvage\b",
    ),
)

#: (tags, where, pattern): a mention of one of `tags` ("*": any) whose context matches is void.
#: where: "before"/"after" the match within its clause, the "clause", or "weak clause" (the clause
#: in a summary, arm or intervention only).
GUARDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # Follicular lymphoma grade 3b is treated as DLBCL, and is enrolled alongside it.
    (("fl",), "before", r"\bgrade\s*(?:3|III)\s*b\W*$"),
    (("fl",), "after", r"^[\s,(]*(?:WHO\s+)?(?:grade\s*)?(?:3|III)\s*b\b"),
    # "Aggressive follicular lymphoma": grade 3b or transformed, by the same token.
    (("fl",), "before", r"\baggressive\s+$"),
    # del(5q) as AML cytogenetics ("AML with myelodysplasia-related changes, e.g. del(5q)").
    (
        ("del5q",),
        "before",
        r"^(?!.*(?:\bMDS\b|myelodysplastic syndrome))"
        r".*(?:(?-i:\bAML\b)|acute myeloid|myelodysplasia[- ]related)",
    ),
    # "MDS with del(5q), unless lenalidomide failed" leaves del(5q) patients a way in.
    (("del5q",), "after", r"^[^;]{0,60}?\b(?:unless|except (?:if|when|for|in|after))\b"),
    # "time to relapse", "relapse-free survival", "until progression after": outcomes, not setting;
    # nor what a disease does in general: "early relapse and often chemo-refractory disease".
    (
        ("relapsed-refractory",),
        "before",
        r"\b(?:time to|risk of|rates? of|incidence of|probability "
        r"of|prevent\w*|delay\w*|reduc\w*|until|free from|duration of|at the time of|in case of|"
        r"upon|in the event of|before|outcomes? (?:after|of|following|on)|often|frequently|"
        r"usually|commonly|typically|at (?:disease )?progression|(?:ASCT|transplant\w*|HCT|SCT)\s+"
        r"\(?at(?:\s+the\s+time\s+of)?(?:\s+first)?)\s*,?\s+(?:[\w-]+,?\s+){0,2}"
        r"(?:\w+-)?$",
    ),
    (("relapsed-refractory",), "after", r"^\s*-?\s*free\b"),
    # Gastric MALT lymphoma "after failure of H. pylori eradication" has had no lymphoma therapy.
    (
        ("relapsed-refractory",),
        "after",
        r"^\s*(?:(?:of|to)\s+)?(?:\w+\s+)?(?:H\.?\s*pylori|helicobacter|antibiotic|eradication|"
        r"(?:reduc\w*|withdraw\w*|tapering) (?:of|in) immunosuppress)",
    ),
    # Prior therapy, not the setting enrolled: "progressed while on lenalidomide maintenance",
    # and RRMM line-counting ("induction, ASCT and maintenance count as one line").
    (
        ("maintenance",),
        "before",
        r"\b(?:prior|previous(?:ly)?|received|after|following|refractory to|failed|"
        r"failure of|completed|completion of|end of|(?:months?|weeks?|days?) of "
        r"(?:stopping|discontinu\w+),?)\s+(?:[\w/+-]+\s+(?:(?:or|and/or)\s+[\w/+-]+\s+)?)"
        r"{0,2}$",
    ),
    # ... "on", "during" or "receiving" only after progression: "progressed while on lenalidomide
    # maintenance" (but "patients on lenalidomide maintenance" are the trial's population).
    (
        ("maintenance",),
        "before",
        r"\b(?:progress|relaps|refractor|resist|fail|PD\b)\w*\b[^;]{0,60}?\b(?:on|during|receiving|"
        r"treated with)"
        r"\s+(?:[\w/+-]+\s+(?:(?:or|and|and/or)\s+[\w/+-]+\s+)?){0,2}$",
    ),
    (
        ("maintenance",),
        "clause",
        r"\blines?\s+of\s+(?:therapy|treatment)|\b(?:one|single|a|1)\s+"
        r"(?:[\w-]+-(?:containing|based)\s+)?line\b|\b(?:one|single|1)\s+regimen\b",
    ),
    # ... and in an aside on prior exposure: "prior lenalidomide (as induction or maintenance)".
    (
        ("maintenance",),
        "before",
        r"\b(?:prior|previous|exposure|exposed|received)\b[^();]*[(,]\s*(?:including\s+)?"
        r"(?:as|including|e\.g\.,?|such as|with or without|with/without)\s+"
        r"(?:[\w/+-]+,?\s+){0,4}$",
    ),
    # ... or what happens on it: "in patients treated with lenalidomide maintenance, the disease
    # will return" (a trial for that return).
    (
        ("maintenance",),
        "weak clause",
        r"\b(?:will|may|can|often|eventually)\s+(?:\w+\s+)?(?:return|relapse|progress|come back)\b",
    ),
    # ... or the line that failed: "first relapse after ASCT with or without lenalidomide
    # maintenance", "progression within 18 months of first-line therapy (induction with or without
    # ASCT and maintenance)".
    (
        ("maintenance",),
        "before",
        r"(?:\b(?:relaps\w*|progress\w*|refractory)\b[^;]{0,100}?|\(\s*[\w-]+\s+)\bwith or without"
        r"\s+(?:[\w/+-]+\s+){0,3}$",
    ),
    # ... or how a drug was once used: "given during induction or maintenance".
    (
        ("maintenance",),
        "before",
        r"(?:\b(?:given|used|administered)\s+(?:as|during|in)|\(\s*(?:as|during))\s+"
        r"(?:[\w/+-]+\s+(?:or|and|and/or)\s+)?$",
    ),
    # ... or in what the line that failed included: "progression within 60 days of the last dose
    # of lenalidomide (including maintenance)", "relapse after frontline therapy including ASCT
    # and lenalidomide maintenance".
    (
        ("maintenance",),
        "before",
        r"\b(?:prior|previous|dose|months? of|progress(?:ed|ion)|relapse[ds]?)\b(?!-free)[^;]*"
        r"\bincluding\s+(?:[\w/+-]+,?\s+){0,4}$",
    ),
    (
        ("nd-line",),
        "before",
        r"\b(?:after|following|(?:refractory|resistant|respon\w+) to|prior|previous|failed|"
        r"failure of|beyond|than|since|from|received|receiving|during|(?:progress|relaps)\w* on|"
        r"treated with|part of|"
        r"(?:months?|years?) (?:of|from)(?:\s+(?:the\s+)?(?:initiation|start|end|completion)\s+of)?)"
        r"\s+(?:[\w-]+\s+){0,5}?\(?\s*$",
    ),
    # ... "; the first-line regimen must have contained", "whose first line included":
    # what the earlier line was, in a trial for what came after.
    (
        ("nd-line",),
        "after",
        r"^\s*(?:(?:anti-?\w+[\w-]*\s+)?(?:therapy|treatment|regimen|chemo\w*)\s+)?"
        r"(?:must|should)\s+have\s+(?:included|contained|consisted|been)\b|"
        r"^\s*(?:(?:therapy|treatment|regimen)\s+)?(?:included|contained|consisted)\b",
    ),
    (
        ("nd-line",),
        "inclusion after",
        r"^\s*(?:therapy|treatment|regimen|chemo\w*)\s+(?:with|of|containing|including)\b",
    ),
    # Induction as history of someone now on maintenance: "treated with first-line induction,
    # currently receiving lenalidomide maintenance".
    (("nd-weak",), "clause", r"\bcurrently (?:receiving|on|taking)\b"),
    # "anti-CD38 treatment naive", "lenalidomide-naive": naive to a drug, not untreated.
    (
        ("nd-naive",),
        "before",
        r"(?:CD38|BCMA|anti-[\w-]+|\w+(?:mab|mib|nib|clax|domide)|inhibitors?|(?-i:BTKi))\)?"
        r"[\s-]*$",
    ),
    # "Prior therapy for marginal zone lymphoma is allowed": history of another disease.
    (
        ("myeloma", "mcl", "fl", "mzl"),
        "clause",
        r"\b(?:prior|previous)\s+(?:[\w-]+\s+){0,2}?(?:therapy|treatment)\s+for\s+(?:the\s+|a\s+)?"
        r"[\w\s-]{3,40}?\s+(?:is|are)\s+(?:allowed|permitted|acceptable)\b",
    ),
    # "No prior therapy for AL amyloidosis or multiple myeloma" admits no myeloma patient.
    (
        ("myeloma",),
        "before",
        r"\b(?:no|not received)\s+(?:any\s+)?(?:prior|previous)\s+(?:systemic\s+)?(?:therapy|"
        r"treatment)\s+for\s+(?:[\w-]+\s+){0,4}$",
    ),
    # Background in a summary or arm ("lenalidomide is approved for relapsed MCL", "is active in
    # follicular lymphoma") is not the trial.
    (
        ("*",),
        "weak clause",
        r"\b(?:is|are|was|were|been|being)\s+(?:\w+\s+){0,2}?(?:approved|"
        r"indicated|licensed)\b|\bapproved (?:for|in)\b|\bused (?:in|for) (?:the )?(?:treatment|"
        r"management) of\b|\b(?:is|are|has become|have become)\s+(?:now\s+)?(?:(?:a|an|the)\s+)?"
        r"(?:\w+\s+)?standard\b|\bwidely used\b|\b(?:has|have) "
        r"(?:been )?(?:shown|demonstrated)\b|\b(?:is|are) (?:\w+ )?active (?:in|against)\b|"
        # ... nor what is true of most patients ("most patients with newly diagnosed myeloma now
        # receive lenalidomide maintenance").
        r"^\W*(?:most|many|the majority of)\s+(?:patients|people)\b|"
        r"\b(?:produced|induced|showed|demonstrated|achieved)\b[^.;]{0,40}\b(?:responses?|"
        r"activity|efficacy|remissions?)\s+(?:in|against)\b",
    ),
    # ... nor what happens to patients on study ("patients with progressive disease after induction
    # go off study"), nor an outcome's definition ("PFS2 (progression after second-line therapy)").
    (
        ("relapsed-refractory",),
        "weak clause",
        r"\b(?:go(?:es)?|are|is|be|taken)\s+off\s+(?:protocol|study|treatment)\b|"
        r"\b(?:are|is|will be) followed\b|\bdiscontinue (?:the\s+)?(?:study |protocol )?(?:treatment|"
        r"therapy|drugs?)\b|\bproceed to salvage\b|\bremoved from "
        r"(?:the )?(?:study|protocol|treatment)\b|\bPFS2\b|\bsecond (?:disease )?progression\b",
    ),
)

#: Negation before a mention: "without del(5q)", "other than mantle cell", "no evidence of myeloma".
NEGATION_CUE = (
    r"\b(?:no|not|without|except|excluding|exclude[sd]?|other than|rather than|exception of|"
    r"absence of|lacking|negative for)\b"
)
#: Cues that open a list of what is left out reach further: "excluding FL grade 1-2 and MZL".
LIST_NEGATION_CUE = (
    r"\b(?:except|excluding|other than|exception of|exclusion of|distinct from|unlike)\b"
)
#: ... and criteria not met reach further still: "not fulfilling the IMWG diagnostic criteria of
#: smoldering or active multiple myeloma".
UNMET_CUE = r"\b(?:not|nor)\s+(?:meet\w*|fulfil\w*|satisf\w*)\b"
#: ... or after it: "del(5q) MDS are excluded" (but not "not eligible for transplant").
NEGATION_AFTER = (
    # A grade or a qualifier may come between ("FL grade 1, 2 or 3a without transformation are not
    # eligible"), but not another disease or another group of patients.
    r"^(?:\s*lymphomas?\b)?(?:(?!\b(?:and|or)\s+(?:patients|those|subjects|prior)\b|lymphoma|"
    r"myeloma|leuka?emia|(?-i:\b(?:FL|MZL|MCL|DLBCL|CLL|SLL|MM|AML|MDS|NHL|PTCL|LPL|WM)\b))[^(]){0,70}?"
    r"\b(?:(?:are|is|will be|must be|to be)\s+)?(?:excluded|closed|"
    r"(?:not (?:be )?eligible|ineligible)(?!\s+for\s+(?!(?:this|the)\s+(?:study|"
    r"trial)|study|trial)\w)|not (?:be )?(?:allowed|permitted|included|enrolled|part of)|an "
    r"exclusion)\b|^\s*-?\s*negative\b|"
    # ... or a list that ends so: "IgM multiple myeloma and marginal zone lymphoma must be excluded".
    r"^(?:\s*lymphomas?\b)?(?:\s*(?:,|and|or|and/or)\s+(?:(?!patients|those|subjects|participants)"
    r"[\w-]+\s+){0,5}?(?:lymphomas?|myelomas?|plasmacytomas?|leuka?emias?|(?-i:[A-Z]{2,5}(?:/[A-Z]{2,5})?)))+"
    r"(?:\s+(?:with|without|of|other than)\s+[\w-]+(?:\s+[\w-]+){0,2})?\s+(?:must|should|will|are|"
    r"is|to)\s+"
    r"(?:be\s+)?(?:not\s+(?:be\s+)?eligible|excluded|ruled out)\b|"
    # ... or a list of examples that ends so: "other histologies (e.g., dural MALT lymphoma, T-cell
    # or Burkitt lymphoma) are not eligible".
    r"^[^()]*\)\s*(?:are|is|will be|must be)?\s*(?:not (?:be )?eligible|excluded|ineligible)\b"
)
#: A disease named as the origin of another: "DLBCL transformed from follicular lymphoma", or as
#: a component of it: "composite lymphoma with a follicular lymphoma grade 1-2 component".
TRANSFORM_CUE = (
    r"\b(?:transform\w*|arising|arisen|evolv\w* (?:from|to|into)|secondary to|"
    r"progress\w* to|develop(?:s|ed|ing)?(?: into)?|turn\w* into|risk of|richter'?s?|"
    r"antecedent|history of|(?:for|of) (?:an? )?(?:previous|prior|earlier|preceding)|preceding|"
    r"(?:prior|previous|earlier) malignanc\w*|mimic\w*|composite|discordant)\b"
)
TRANSFORM_AFTER = (
    r"^[^(]{0,30}?\b(?:(?:has|have|had)\s+(?:histologically\s+)?transformed|"
    r"with\s+(?:histologic(?:al)?\s+)?transformation|transformed\s+(?:to|into)|components?)\b"
)

INDICATION_OF = {
    "myeloma": Indication.MYELOMA,
    "mcl": Indication.MCL,
    "fl": Indication.FL,
    "mzl": Indication.MZL,
}
SETTING_OF = {
    "newly-diagnosed": Setting.NEWLY_DIAGNOSED,
    "nd-naive": Setting.NEWLY_DIAGNOSED,
    "nd-line": Setting.NEWLY_DIAGNOSED,
    "maintenance": Setting.MAINTENANCE,
    "relapsed-refractory": Setting.RELAPSED_REFRACTORY,
}
DISEASE_TAGS = frozenset(tag for tag, _ in DISEASE_RULES)
#: Tags that name a disease; a trial whose conditions/titles/keywords/MeSH name one is "specific".
SPECIFIC_TAGS = DISEASE_TAGS - {"lower-risk", "higher-risk", "lymphoma"}
#: The family each tag refines: a summary may refine a family that conditions or titles name.
FAMILY = {
    "del5q": "mds",
    "lower-risk": "mds",
    "higher-risk": "mds",
    "mcl": "lymphoma",
    "fl": "lymphoma",
    "mzl": "lymphoma",
}

STRONG, INCLUSION, WEAK, EXCLUSION = "strong", "inclusion", "weak", "exclusion"
TITLE_FIELDS = frozenset({"title", "official title"})
MESH = "MeSH term"
CORE_FIELDS = frozenset({"condition", "title", "official title", "keyword", "inclusion criteria"})
SHORT_ENTRY = 80  # conditions, keywords and MeSH terms this short are quoted whole
CONTEXT = 80  # characters of a clause read before and after a mention

_FLAGS = re.IGNORECASE


_DISEASE, _SETTING = RuleTable(DISEASE_RULES), RuleTable(SETTING_RULES)
_CORE_SETTING = RuleTable(CORE_SETTING_RULES)
_DEL5Q = RuleTable(tuple((tag, p) for tag, p in DISEASE_RULES if tag == "del5q"))
_GUARDS = tuple((tags, where, re.compile(p, _FLAGS)) for tags, where, p in GUARDS)
_GUARDS_OF = {
    tag: tuple((where, rx) for tags, where, rx in _GUARDS if tag in tags or "*" in tags)
    for tag, _ in DISEASE_RULES + SETTING_RULES + CORE_SETTING_RULES
}
_NEGATION_CUE, _LIST_NEGATION_CUE, _UNMET_CUE, _NEGATION_AFTER = (
    re.compile(p, _FLAGS) for p in (NEGATION_CUE, LIST_NEGATION_CUE, UNMET_CUE, NEGATION_AFTER)
)
_TRANSFORM_CUE, _TRANSFORM_AFTER = (re.compile(p, _FLAGS) for p in (TRANSFORM_CUE, TRANSFORM_AFTER))
_BOTH_WAYS = re.compile(r"\bwith\s*(?:or|and|/)\s*$", _FLAGS)  # "with or without del(5q)"
_NON_PREFIX = re.compile(r"\bnon[\s-]*$", _FLAGS)  # "non-del(5q)", "non-follicular"
# A negation stops at "or with"/"but" ("without X or with del(5q)"), at examples of what is
# included ("other than DLBCL, including FL", "e.g.", "i.e."), and at a colon after the one name
# left out ("any subtype except DLBCL: FL, MZL or MCL"); one about therapy or transplant
# eligibility is not about the disease ("no prior therapy for MCL").
_GAP_STOP = re.compile(
    r"^\s*[^\s:]+\s*:|\b(?:e\.g|i\.e)\.|\b(?:(?:or|and)\s+with|but|includ\w*|limited\s+to|such as|therap\w*|"
    r"treat\w*|chemo\w*|regimens?|lines?|eligible|candidates?|suitable)\b",
    _FLAGS,
)
_EXAMPLES = re.compile(
    r"\(\s*(?:e\.g\.|i\.e\.|such as|including|for (?:example|instance))[^()]*$", _FLAGS
)
# The origins listed after "transformed from": "follicular lymphoma, marginal zone lymphoma or CLL".
_ORIGIN_LIST = re.compile(
    r"^\s+(?:from|out of)\s+(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:lymphomas?|NHL|CLL|SLL|"
    r"leuka?emia)\s*,\s*)+(?:[\w-]+\s+){0,3}$",
    _FLAGS,
)
_SMOLDERING = re.compile(
    r"\bsmou?lder|(?-i:\bH?R?-?SMM\b)|\basymptomatic (?:multiple )?myeloma", _FLAGS
)
_HIGH_RISK = re.compile(r"^[\s,-]*(?:(?:ultra[- ])?high[- ]risk\s+)?", _FLAGS)
_UNTREATED = re.compile(r"^(?!.*\bnewly\b).*\buntreated\b", _FLAGS)
_NOS = re.compile(r"\bnot otherwise specified\b", _FLAGS)
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
# "MZL, including MZL with plasmacytic differentiation, is not eligible"
_COMMA_ASIDE = re.compile(r"^\s*,\s*(?:including|e\.g\.|such as|i\.e\.)[^,;]*,", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
# A clause ends at a line break, a semicolon, or a full stop that starts a new sentence. (Each
# alternative begins with its character, so re skips straight to the next ";", "\n" or ".".)
_BOUNDARY = re.compile(r";|\n|\.(?<!e\.g\.)(?<!i\.e\.)(?<!\bvs\.)(?=\s+[A-Z(])|\.$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark backslash escapes: "\>" -> ">"
_SECTION = re.compile(
    r"^[\s#>*_-]*(?:key\s+|main\s+|major\s+|general\s+|additional\s+|specific\s+)?"
    r"((?:non[\s-]*)?inclusion|exclusion)(?:\s+criteria)?(?:[\s*_]*$|[^\n:]{0,40}:[*_]*)",
    _FLAGS | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class _Field:
    name: str  # the human field name shown as evidence
    kind: str  # STRONG, INCLUSION, WEAK or EXCLUSION
    text: str


@dataclass(frozen=True, slots=True)
class _Hit:
    tag: str
    field: _Field
    text: str
    negated: bool
    after: str = ""  # the words after it in its clause ("newly diagnosed [smoldering myeloma]")


def classify_trial(trial: Trial) -> Classification:
    """Indications and settings of `trial`, each with an Evidence quoting the words that matched."""
    fields = _trial_fields(trial)
    # In exclusion criteria only del(5q) counts: it restricts the MDS a trial admits (_mds_del5q).
    disease = [hit for f in fields for hit in _scan(f, _DEL5Q if f.kind == EXCLUSION else _DISEASE)]
    setting = [
        hit
        for f in fields
        if f.kind != EXCLUSION and f.name != MESH
        for rules in ((_SETTING, _CORE_SETTING) if f.name in CORE_FIELDS else (_SETTING,))
        for hit in _scan(f, rules)
    ]
    indications, settings = _indications(disease), _settings(setting, disease)
    found: list[tuple[Indication | Setting, _Hit]] = [
        (i, indications[i]) for i in Indication if i in indications
    ]
    found += [(s, settings[s]) for s in Setting if s in settings]
    return Classification(
        indications=tuple(i for i in Indication if i in indications) or (Indication.OTHER,),
        settings=tuple(s for s in Setting if s in settings),
        evidence=tuple(Evidence(tag.value, hit.field.name, hit.text) for tag, hit in found),
    )


def _indications(hits: list[_Hit]) -> dict[Indication, _Hit]:
    usable = _usable(hits)
    first: dict[str, _Hit] = {}
    for hit in usable:
        first.setdefault(hit.tag, hit)
    found = {INDICATION_OF[tag]: hit for tag, hit in first.items() if tag in INDICATION_OF}
    title_tags = {hit.tag for hit in usable if hit.field.name in TITLE_FIELDS}
    if "mimic" in title_tags and "myeloma" not in title_tags:
        # AL amyloidosis/POEMS/MGUS/Waldenström trials are often filed under a myeloma condition
        # (NCT00564889: "Multiple Myeloma and Plasma Cell Neoplasm"); only inclusion criteria that
        # admit myeloma patients make such a trial a myeloma trial.
        found.pop(Indication.MYELOMA, None)
        # POEMS' "sclerotic plasmacytoma" is one of its own criteria, not a myeloma patient.
        admitted = [
            hit
            for hit in usable
            if hit.tag == "myeloma"
            and hit.field.kind == INCLUSION
            and "plasmacytoma" not in hit.text.lower()
        ]
        if admitted:
            found[Indication.MYELOMA] = admitted[0]
    for tag in ("mcl", "fl", "mzl"):
        # A lymphoma the conditions list but the inclusion criteria only rule out ("patients with
        # mantle cell lymphoma are not eligible"): an amended protocol under a stale list.
        hit = found.get(INDICATION_OF[tag])
        inclusion = [h for h in hits if h.tag == tag and h.field.kind == INCLUSION]
        titled = any(h.tag == tag and h.field.name in TITLE_FIELDS and not h.negated for h in hits)
        ruled_out = inclusion and all(h.negated for h in inclusion)
        if hit and hit.field.kind != INCLUSION and ruled_out and not titled:
            del found[INDICATION_OF[tag]]
    mds = _mds_del5q(hits, usable)
    if mds is not None:
        found[Indication.MDS_DEL5Q] = mds
    return found


def _usable(hits: list[_Hit]) -> list[_Hit]:
    """Un-negated mentions outside exclusion criteria; in summaries and arms only when needed.

    Summaries name other diseases in passing ("an immunomodulator used in myeloma"), so a summary
    only refines what conditions, titles, keywords and MeSH name: MDS into del(5q) and risk, a
    broad "Lymphoma"/"Indolent NHL" into subtypes; it names diseases only if those name none.
    MeSH terms, indexed from the conditions, likewise only refine what the conditions, titles and
    keywords name: "Lymphoma, Follicular" indexes "Grade 3b" and "Transformed" follicular lymphoma.
    """
    kept = [hit for hit in hits if not hit.negated and hit.field.kind != EXCLUSION]
    core = _named([hit for hit in kept if hit.field.kind == STRONG and hit.field.name != MESH])
    named = _named([hit for hit in kept if hit.field.kind == STRONG])

    def counts(hit: _Hit) -> bool:
        if hit.field.name == MESH:
            return not core or hit.tag in core or FAMILY.get(hit.tag) in core
        return hit.field.kind != WEAK or not named or FAMILY.get(hit.tag) in named

    return [hit for hit in kept if counts(hit)]


def _named(strong: list[_Hit]) -> set[str]:
    """The diseases and families that strong fields name.

    The lymphoma family counts beside other diseases when the fields that name lymphoma name no
    kind of it ("Chronic Lymphocytic Leukemia" and "B-cell Non-Hodgkin Lymphoma": a summary may
    say which lymphomas), not when one does ("Lymphoma" beside "DLBCL" is DLBCL's family).
    """
    tags = {hit.tag for hit in strong}
    found: dict[_Field, set[str]] = {}
    for hit in strong:
        if hit.field.name != MESH:
            found.setdefault(hit.field, set()).add(hit.tag)
    lymphomas = [field_tags for field_tags in found.values() if "lymphoma" in field_tags]
    broad = bool(lymphomas) and not any(field_tags & SPECIFIC_TAGS for field_tags in lymphomas)
    return tags & SPECIFIC_TAGS | ({"lymphoma"} if broad else set()) or tags & {"lymphoma"}


def _mds_del5q(hits: list[_Hit], usable: list[_Hit]) -> _Hit | None:
    """The evidence that patients with del(5q) MDS can enrol, or None.

    An MDS trial qualifies when it names del(5q) as eligible, or when it is open to MDS and does
    not restrict to non-del(5q) (a negated mention anywhere, or del(5q) in exclusion criteria).
    Judgement call: a trial only for higher-risk MDS, or one enrolling MDS together with AML, uses
    lenalidomide as an AML-type regimen, so it counts only if it names del(5q) itself.
    CMML and MDS/MPN alone are not MDS here.
    """
    mds = [hit for hit in usable if hit.tag == "mds"]
    if not mds:
        return None
    restricted = any(
        hit.tag == "del5q" and (hit.negated or hit.field.kind == EXCLUSION) for hit in hits
    ) or any(hit.tag == "mds-sf3b1" for hit in usable)
    named = [
        hit for hit in usable if hit.tag == "del5q" and not (restricted and hit.field.kind == WEAK)
    ]
    if named:
        return named[0]
    tags = {hit.tag for hit in usable}
    with_aml = "aml" in tags
    if restricted or ("lower-risk" not in tags and ("higher-risk" in tags or with_aml)):
        return None
    return mds[0]


def _settings(hits: list[_Hit], disease: list[_Hit]) -> dict[Setting, _Hit]:
    found: dict[Setting, _Hit] = {}
    for hit in hits:
        if not hit.negated and hit.tag in SETTING_OF:
            found.setdefault(SETTING_OF[hit.tag], hit)
    weak = next((hit for hit in hits if hit.tag == "nd-weak" and not hit.negated), None)
    smoldering = any(
        hit.tag == "smoldering" and hit.field.kind == STRONG and not hit.negated for hit in disease
    )
    # "Induction" or "no prior therapy" alone means first-line treatment, unless the trial is for
    # relapsed disease or for smoldering myeloma (neither newly diagnosed nor relapsed unless said).
    lines = {Setting.NEWLY_DIAGNOSED, Setting.RELAPSED_REFRACTORY}
    if weak and not smoldering and not found.keys() & lines:
        found[Setting.NEWLY_DIAGNOSED] = weak
    nd = found.get(Setting.NEWLY_DIAGNOSED)
    if (
        smoldering
        and nd is not None
        and (
            nd.tag == "nd-naive"
            or _UNTREATED.search(nd.text)
            or _SMOLDERING.match(_HIGH_RISK.sub("", nd.after))
        )
    ):
        # Smoldering myeloma is untreated by definition: "treatment-naive" or "newly diagnosed
        # high-risk smoldering myeloma" says nothing more.
        del found[Setting.NEWLY_DIAGNOSED]
    return found


def _scan(field: _Field, rules: RuleTable) -> Iterator[_Hit]:
    for tag, match in rules.matches(field.text):
        before, after = _context(field.text, match.start(), match.end())
        if _guarded(tag, field, before + match.group() + after, before, after):
            continue
        if tag in DISEASE_TAGS and _transformed(before, after):
            continue
        yield _Hit(tag, field, _quote(field, match), _negated(before, after), after)


def _guarded(tag: str, field: _Field, clause: str, before: str, after: str) -> bool:
    context = {
        "before": before,
        "after": after,
        "clause": clause,
        "weak clause": clause if field.kind == WEAK else "",
        "inclusion after": after if field.kind == INCLUSION else "",
    }
    return any(rx.search(context[where]) for where, rx in _GUARDS_OF[tag])


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a match within its clause (~80 characters each), without
    asides: "myeloma (>30% plasma cells) are excluded" vs "MCL (blastoid variants excluded)"."""
    window = max(0, start - CONTEXT)  # read, as ever, as if the text ended at `start`
    cut = max((m.end() for m in _BOUNDARY.finditer(text, window, start)), default=0)
    stop = _BOUNDARY.search(text, end)
    after = _PARENTHETICAL.sub("", text[end : stop.start() if stop else len(text)])
    after = _COMMA_ASIDE.sub("", after)
    return text[max(cut, start - CONTEXT) : start], after[:CONTEXT]


def _negated(before: str, after: str) -> bool:
    before = _NOS.sub("NOS", before)
    cue = (
        _last_cue(_NEGATION_CUE, before, 4)
        or _last_cue(_LIST_NEGATION_CUE, before, 8)
        or _last_cue(_UNMET_CUE, before, 10)
    )
    if cue is not None:
        gap = before[cue.end() :]
        both_ways = cue.group().lower() == "without" and _BOTH_WAYS.search(before[: cue.start()])
        if not _GAP_STOP.search(gap) and not both_ways:
            return True
    return bool(_NON_PREFIX.search(before) or _NEGATION_AFTER.search(after))


def _transformed(before: str, after: str) -> bool:
    """Named as what another disease came from: "transformed indolent lymphoma (e.g., FL, MZL)"."""
    cue = _last_cue(_TRANSFORM_CUE, before, 7)
    if cue is None and (examples := _EXAMPLES.search(before)):
        # Examples may follow a longer phrase: "DLBCL transformed from an earlier low-grade
        # lymphoma (e.g., FL or MZL)".
        cue = _last_cue(_TRANSFORM_CUE, before[: examples.start()], 8)
    gap = before[cue.end() :] if cue else ""
    listed = bool(_ORIGIN_LIST.match(gap))
    return bool(cue and ("," not in gap or "(" in gap or listed)) or bool(
        _TRANSFORM_AFTER.search(after)
    )


def _last_cue(cue: re.Pattern[str], before: str, max_words: int) -> re.Match[str] | None:
    """The last cue in `before`, if at most `max_words` words separate it from the mention."""
    cues = list(cue.finditer(before))
    if cues and len(_WORD.findall(before[cues[-1].end() :])) <= max_words:
        return cues[-1]
    return None


def _quote(field: _Field, match: re.Match[str]) -> str:
    whole = field.name in {"condition", "keyword", MESH} and len(field.text) <= SHORT_ENTRY
    return " ".join((field.text if whole else match.group()).split())


def _trial_fields(trial: Trial) -> list[_Field]:
    """Every text of the trial we read, strongest first (the first hit per tag is its evidence)."""
    inclusion, exclusion = split_eligibility(unescape(trial.eligibility_criteria))
    strong = [
        *(("condition", text) for text in trial.conditions),
        ("title", trial.brief_title),
        ("official title", trial.official_title),
        *(("keyword", k) for k in trial.keywords),
        *((MESH, text) for text in trial.condition_mesh_terms),
    ]
    weak = [
        ("summary", trial.brief_summary),
        *(("intervention", i) for i in trial.interventions),
        *(("arm", text) for arm in trial.arms for text in (arm.label, arm.description)),
    ]
    return [
        *(_Field(name, STRONG, unescape(text)) for name, text in strong if text.strip()),
        _Field("inclusion criteria", INCLUSION, inclusion),
        *(_Field(name, WEAK, unescape(text)) for name, text in weak if text.strip()),
        _Field("exclusion criteria", EXCLUSION, exclusion),
    ]


def unescape(text: str) -> str:
    """CommonMark text without its backslash escapes ("\\>= 18" -> ">= 18")."""
    return _ESCAPE.sub(r"\1", text)


def split_eligibility(text: str) -> tuple[str, str]:
    """(inclusion, exclusion) parts of eligibility text, split at headers such as "Inclusion
    Criteria:", "**Key Exclusion Criteria**", "EXCLUSION CRITERIA", "Exclusion criteria for Part
    2:", "NON-INCLUSION CRITERIA :". Text before any header (old NCI records: "DISEASE
    CHARACTERISTICS:") is inclusion."""
    parts: dict[str, list[str]] = {"inclusion": [], "exclusion": []}
    mode, pos = "inclusion", 0
    for header in _SECTION.finditer(text):
        parts[mode].append(text[pos : header.start()])
        # By first letter: "İnclusion" (Turkish dotted capital I) lower-cases to "i̇nclusion";
        # French sponsors head exclusions "NON-INCLUSION CRITERIA :".
        mode = "exclusion" if header.group(1)[:1] in "EeNn" else "inclusion"
        pos = header.end()
    parts[mode].append(text[pos:])
    inclusion, exclusion = ("\n".join(p.strip() for p in parts[k] if p.strip()) for k in parts)
    return inclusion, exclusion
