"""RuleTable finds exactly what re.finditer finds, only faster; odd text never crashes a trial."""

from __future__ import annotations

import random
import re

from trials.classify import DISEASE_RULES, SETTING_RULES, classify_trial, split_eligibility
from trials.model import Indication, Trial
from trials.rulematch import RuleTable

ALPHABET = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 ()/-,.;:\n"
    "İıſKéü–−"  # letters re.IGNORECASE folds to ASCII, accents, dashes
)
WORDS = ["myeloma", "MM", "del(5q)", "5q-", "mantle cell", "MCL", "follicular lymphoma", "FL",
         "marginal zone", "MALT", "MDS", "relapsed", "refractory", "maintenance", "newly diagnosed",
         "induction", "not", "without", "smoldering", "plasmacytoma", "İnclusion", "del 5q31"]  # fmt: skip


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 30)):
        if rng.random() < 0.5:
            word = rng.choice(WORDS)
            parts.append(word.upper() if rng.random() < 0.2 else word)
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))))
    return " ".join(parts)


def test_rule_tables_match_exactly_what_finditer_matches():
    rng = random.Random(5013)
    for rules in (DISEASE_RULES, SETTING_RULES):
        table = RuleTable(rules)
        compiled = [(tag, re.compile(p, re.IGNORECASE)) for tag, p in rules]
        for _ in range(1500):
            text = random_text(rng)
            expected = [(tag, m.span()) for tag, rx in compiled for m in rx.finditer(text)]
            assert [(tag, m.span()) for tag, m in table.matches(text)] == expected, text


def test_unusual_eligibility_headers_do_not_crash():
    inclusion, exclusion = split_eligibility(
        "İnclusion Criteria:\n* MCL\nEXCLUSION CRITERIA:\n* FL"
    )
    assert "MCL" in inclusion and "FL" in exclusion
    trial = Trial(nct_id="NCT1", conditions=("Lymphoma",),
                  eligibility_criteria="İnclusion Criteria:\n* mantle cell lymphoma")  # fmt: skip
    assert classify_trial(trial).indications == (Indication.MCL,)
