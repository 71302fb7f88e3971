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


_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


@lru_cache(maxsize=512)
def any_of(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], bool]:
    """One regex matching wherever any of ``patterns`` would (case-insensitively), for a single pass
    over an answer instead of one per pattern. When no pattern uses an upper-case escape (``\\S``,
    ``\\W``...), it is the lower-cased patterns without IGNORECASE, meant for lower-cased text
    (several times faster in ``re``); the flag says so."""
    lower = not any(_UPPER_ESCAPE.search(p) for p in patterns)
    joined = "|".join(f"(?:{p.lower() if lower else p})" for p in patterns)
    return re.compile(joined, 0 if lower else re.I), lower


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
