"""Regex helpers shared by checks: cached compilation and negation/hedge detection in a sentence."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from harness.scoring.document import Document, Sentence

NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|cannot|can't|can not|won't|isn't|aren't|wasn't|weren't|don't|doesn't|"
    r"didn't|shouldn't|mustn't|without|neither|nor|avoid|rather than|instead of|yet to be|has yet|"
    r"have yet|is unproven|unproven)\b", re.I)


@lru_cache(maxsize=4096)
def compile_one(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def compile_all(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [compile_one(p) for p in patterns]


def first_match(patterns: list[re.Pattern[str]], text: str, start: int = 0, end: int | None = None,
                ) -> re.Match[str] | None:
    """Earliest match of any pattern in text[start:end]."""
    best: re.Match[str] | None = None
    for p in patterns:
        m = p.search(text, start, len(text) if end is None else end)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def negated_before(doc: Document, sentence: Sentence, offset: int, window: int = 60) -> bool:
    """True when a negation word precedes ``offset`` within its sentence (and the window)."""
    lo = max(sentence.start, offset - window)
    return bool(NEGATION.search(doc.masked, lo, offset))


def excerpt(text: str, start: int, end: int, limit: int = 240) -> str:
    s = " ".join(text[start:end].split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
