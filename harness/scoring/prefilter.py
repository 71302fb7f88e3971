"""Literal prefixes of a regex: a cheap necessary condition before running it.

A rule's patterns are run case-insensitively over every answer, and most of them match nowhere:
Python's ``re`` still tries every alternative at every position (the approvals table alone, joined
into one regex, cost about 1.7 ms per sentence). Most patterns begin every alternative with a few
literal letters ("teclistamab", "CAR[- ]T", "\\b(stop|skip) "), so a pattern can only match text whose
folded form contains one of those prefixes, and a substring test (``in``) rules it out in
microseconds. A pattern whose alternatives do not all start with ``MIN`` literal characters gets no
prefixes and is always run.

The regex is read with the standard library's own parser (``re._parser``, the module ``re`` compiles
with), so the prefixes are exactly the literals ``re`` requires; ``fold`` maps text the way ``re``'s
IGNORECASE compares characters (simple lower case plus the extra equivalences of ``re._casefix``:
"ſ" matches "s", "ı" matches "i"), so "a match implies a prefix in the folded text" holds for any text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _casefix, _parser as sre  # type: ignore[attr-defined]
from typing import Any, Iterable

MIN = 3
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MAX_PREFIXES = 64
# characters re treats as equal under IGNORECASE although their lower cases differ: one representative each
_CANON = {k: chr(min([k, *v])) for k, v in _casefix._EXTRA_CASES.items()}
_CANON_CHARS = re.compile("[" + "".join(map(chr, _CANON)) + "]")


def fold(text: str) -> str:
    """``text`` as IGNORECASE sees it, one character for each (offsets kept). str.lower() is the full
    lower case, which differs from re's simple one (and changes the length) only for U+0130 "İ"; the
    translation runs only on text that holds one of the rare equivalent characters."""
    low = text.replace("\u0130", "i").lower()
    return low.translate(_CANON) if _CANON_CHARS.search(low) else low


@lru_cache(maxsize=8192)
def literal_prefixes(pattern: str) -> frozenset[str] | None:
    """Folded strings of which every match of ``pattern`` starts with one, or None if unknown."""
    try:
        tree = sre.parse(pattern, re.I)
    except (re.error, RecursionError):
        return None
    found = _prefixes(list(tree), "")
    return frozenset(fold(p) for p in found) if found is not None and len(found) <= _MAX_PREFIXES else None


def _prefixes(items: list[tuple[Any, Any]], acc: str) -> set[str] | None:
    for i, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            acc += chr(av)
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals around it stay contiguous
        if len(acc) >= MIN:
            return {acc}
        rest = items[i + 1:]
        if op is sre.BRANCH:
            return _union(_prefixes(list(branch) + rest, acc) for branch in av[1])
        if op is sre.SUBPATTERN:
            return _prefixes(list(av[-1]) + rest, acc)
        if op is sre.IN and len(av) <= 4 and all(o is sre.LITERAL for o, _ in av):
            return _union(_prefixes(rest, acc + chr(c)) for _, c in av)
        return None
    return {acc} if len(acc) >= MIN else None


def _union(parts: Iterable[set[str] | None]) -> set[str] | None:
    out: set[str] = set()
    for p in parts:
        if p is None or len(out) > _MAX_PREFIXES:
            return None
        out |= p
    return out


def may_match(prefixes: frozenset[str] | None, folded: str) -> bool:
    """False only when a pattern with these prefixes cannot match text whose ``fold`` is ``folded``."""
    return prefixes is None or any(p in folded for p in prefixes)


def live(patterns: Iterable[str], folded: str) -> tuple[str, ...]:
    """The patterns that may match text whose ``fold`` is ``folded``, in their order."""
    return tuple(p for p in patterns if may_match(literal_prefixes(p), folded))
