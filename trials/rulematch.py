"""RuleTable: many (tag, regex) rules over one text, each tried only where it can match.

The classifier's rules are dozens of case-insensitive alternations; `re.finditer` tries each of
them at every position of every text. A RuleTable reads how each pattern's matches can begin (its
"heads", from Python's own regex parser), finds those heads in one pass, and tries each rule only
there. The matches are exactly those of `finditer` (tests/test_rulematch.py checks it on random
text); where a pattern's heads cannot be worked out, or the parser is unavailable, that rule
simply falls back to `finditer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

try:  # re's own parser (3.11+); without it every rule falls back to plain finditer
    from re import _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a future Python may rename them
    _constants = _parser = None

_FLAGS = re.IGNORECASE

#: How many characters of how a match begins (its "head") the prefilter looks for.
HEAD_LENGTH = 4
#: Folded text and heads are lower-case ASCII: İ ı ſ K become i i s k (re.IGNORECASE matches them
#: to those), and any other non-ASCII character becomes NON_ASCII (none matches an ASCII one).
NON_ASCII = "\x00"
_ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

#: (head, open): how a match can begin, and whether what follows can still lengthen the head.
_Heads = set[tuple[str, bool]]


class RuleTable:
    """(tag, regex) rules, each tried only where one of its matches can begin.

    re.finditer would try each rule, a case-insensitive alternation that re cannot skip ahead in,
    at every position of every text. Instead one pass of a plain trie regex over the folded text
    finds the heads of all the rules (see _heads), and each rule is tried only at its own: the
    matches are exactly those of finditer, about ten times faster.
    """

    def __init__(self, table: tuple[tuple[str, str], ...]) -> None:
        self.rules = tuple((tag, re.compile(p, _FLAGS), _heads(p)) for tag, p in table)
        heads = {head for *_, hs in self.rules for head in hs or ()}
        self._any_head = re.compile(_longest_of(heads)) if heads else None
        # The head found at a position is the longest there; every rule with a head that begins
        # it (itself included) can match there.
        self._rules_at = {
            found: tuple(
                i for i, (*_, hs) in enumerate(self.rules) if any(map(found.startswith, hs or ()))
            )
            for found in heads
        }

    def matches(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """(tag, match) for each rule in turn, each rule's matches in order."""
        for (tag, pattern, heads), starts in zip(self.rules, self._starts(text), strict=True):
            if heads is None:
                yield from ((tag, match) for match in pattern.finditer(text))
                continue
            end = 0
            for start in starts:
                if start >= end and (match := pattern.match(text, start)):
                    yield tag, match
                    end = match.end()  # never empty: every match begins with a head

    def _starts(self, text: str) -> list[list[int]]:
        """Where in `text` each rule can match: at its heads."""
        starts: list[list[int]] = [[] for _ in self.rules]
        if self._any_head is None:
            return starts
        folded = _fold(text)
        head = self._any_head.search(folded)
        while head:
            for i in self._rules_at[head.group()]:
                starts[i].append(head.start())
            head = self._any_head.search(folded, head.start() + 1)  # heads may overlap
        return starts


def _fold(text: str) -> str:
    """`text` spelled as heads are (see NON_ASCII), character for character."""
    if not text.isascii():
        text = _NON_ASCII.sub(lambda m: _ASCII_TWINS.get(m.group(), NON_ASCII), text)
    return text.lower()


def _fold_code(code: int) -> str:
    char = chr(code)
    return char.lower() if char.isascii() else _ASCII_TWINS.get(char, NON_ASCII)


def _heads(pattern: str) -> frozenset[str] | None:
    """How matches of `pattern` begin: folded, up to HEAD_LENGTH characters, every match begins
    with one of them; None if a match could begin with anything.

    Read from re's own parse of the pattern: lookarounds and \\b are skipped, literals, small
    character sets, branches and optional parts spelled out, and anything else ends a head.
    """
    if _parser is None:
        return None
    try:
        heads = {head for head, _ in _sequence_heads(_parser.parse(pattern, _FLAGS))}
    except (AttributeError, TypeError, ValueError, re.error):  # an unexpected parse tree shape
        return None
    return None if "" in heads else frozenset(heads)


def _sequence_heads(items: Iterable[tuple[Any, Any]]) -> _Heads:
    heads: _Heads = {("", True)}
    for op, av in items:
        if not any(is_open for _, is_open in heads):
            break
        following = _item_heads(op, av)
        heads = {_joined(head, tail) for head in heads for tail in following}
    return heads


def _joined(head: tuple[str, bool], tail: tuple[str, bool]) -> tuple[str, bool]:
    text, is_open = head
    if not is_open:
        return head
    joined = (text + tail[0])[:HEAD_LENGTH]
    return joined, tail[1] and len(joined) < HEAD_LENGTH


def _item_heads(op: Any, av: Any) -> _Heads:
    """Heads of one parsed item of a pattern; ("", False) if it is too varied to spell out."""
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):  # zero-width
        return {("", True)}
    if op is _constants.LITERAL:
        return {(_fold_code(av), True)}
    if op is _constants.IN and all(
        kind in (_constants.LITERAL, _constants.RANGE) for kind, _ in av
    ):
        codes = [c for kind, c in av if kind is _constants.LITERAL]
        codes += [
            c for kind, span in av if kind is _constants.RANGE for c in range(span[0], span[1] + 1)
        ]
        if len(codes) <= 10:
            return {(_fold_code(code), True) for code in codes}
    if op is _constants.SUBPATTERN:
        return _sequence_heads(av[-1])
    if op is _constants.BRANCH:
        return set().union(*map(_sequence_heads, av[1]))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, high, item = av
        once = _sequence_heads(item)
        heads = once if high == 1 else {(head, False) for head, _ in once}
        return heads | {("", True)} if low == 0 else heads
    return {("", False)}


def _longest_of(heads: set[str]) -> str:
    """A regex for the longest of `heads` at a position, as a trie: one branch per character."""
    tails: dict[str, set[str]] = {}
    for head in heads - {""}:
        tails.setdefault(head[0], set()).add(head[1:])
    branches = [re.escape(char) + _longest_of(rest) for char, rest in sorted(tails.items())]
    if "" in heads:
        branches.append("")  # last: longer heads first
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
