"""How to read a score: higher is better, lower is better, or not ordered.

Each check type declares its direction once, at registration (``register_check(name,
direction=...)``; a rubric rule may override it with ``direction:``), and the engine writes it into
every check record. Everything that says "worse" or "better" about a score asks this module, with
the run's own items, so ``grounding.contradicted`` (a count of contradicted claims) is never read
as "more is better".
"""
from __future__ import annotations

from typing import Any, Iterable

PASS_FRACTION = "pass_fraction"  # the item's share of graded checks passed: higher is better
_NOT_SCORES = {"checks_passed", "checks_graded"}  # counts behind pass_fraction, not scores of their own

WORDS = {"higher": "higher is better", "lower": "lower is better", "none": "not ordered"}


def score_directions(items: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Direction of every item score (``scores`` keys) and every check's score, from the check records.
    A record without a direction (a run folder written before directions existed) reads as higher."""
    out = {PASS_FRACTION: "higher"}
    for it in items:
        for c in it.get("checks") or []:
            out.setdefault(c["rule"], c.get("direction") or "higher")
    return out


def is_score_key(key: str) -> bool:
    return key not in _NOT_SCORES


def change(direction: str, before: float | None, after: float | None) -> str:
    """``worse``, ``better``, ``same`` or ``changed`` (a change of a score that is not ordered)."""
    if before is None or after is None or before == after:
        return "same"
    if direction == "none":
        return "changed"
    return "better" if (after > before) == (direction == "higher") else "worse"


def worsening(direction: str, before: float, after: float) -> float:
    """How much worse ``after`` is than ``before`` in the score's own units (negative: better)."""
    return before - after if direction == "higher" else after - before
