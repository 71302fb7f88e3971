"""Regex helpers shared by checks: cached compilation, earliest match, excerpts (negation: negation.py)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


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


def excerpt(text: str, start: int, end: int, limit: int = 240) -> str:
    s = " ".join(text[start:end].split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
