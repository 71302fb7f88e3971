"""How much per-check detail a results item keeps (``--details full|failed|none``).

The per-claim details of grounding (every claim, its verdict, the passage it was checked against)
are most of an item's bytes: 15–24 KB an item in full, which makes results.jsonl of a 20,000-answer
run half a gigabyte. Nobody reads them for a clean pass; the summary, ``harness compare``, the gate
and the review plan read outcomes, scores and evidence, which every mode keeps.

- ``full``: every check keeps its details (as scored).
- ``failed`` (default): details are kept on the checks a person will look at — outcome ``fail`` or
  ``error``, or grounding claims left ``uncertain`` (needs review) — and dropped elsewhere. A
  list of claims shared by several grounding checks of one item is stored once: the later checks
  say where it is (``claims_in``: the rule holding it).
- ``none``: no check keeps details (outcomes, scores, evidence and spans remain).
"""
from __future__ import annotations

from typing import Any

MODES = ("full", "failed", "none")
DEFAULT = "failed"


def check_mode(mode: str) -> str:
    """``mode`` if it is one of MODES, else an input error naming ``--details``."""
    if mode not in MODES:
        from harness.errors import InputError

        raise InputError(f"expected one of {', '.join(MODES)}, got {mode!r}", field="--details")
    return mode


def _useful(check: dict[str, Any]) -> bool:
    """A check whose details a person reads: failed, errored, or with claims left for review."""
    if check.get("outcome") in ("fail", "error"):
        return True
    claims = (check.get("details") or {}).get("claims")
    return isinstance(claims, list) and any(isinstance(c, dict) and c.get("verdict") == "uncertain" for c in claims)


def compact(item: dict[str, Any], mode: str = DEFAULT) -> dict[str, Any]:
    """``item`` with the details ``mode`` keeps (a new dict when anything is dropped; ``item`` is
    not changed)."""
    if mode == "full" or not any("details" in c for c in item.get("checks") or ()):
        return item
    checks: list[dict[str, Any]] = []
    stored: list[tuple[list[Any], str]] = []  # claims lists kept so far, and the rule keeping each
    for c in item["checks"]:
        details = c.get("details")
        if details is None:
            checks.append(c)
            continue
        if mode == "none" or not _useful(c):
            checks.append({k: v for k, v in c.items() if k != "details"})
            continue
        claims = details.get("claims")
        if isinstance(claims, list) and claims:
            owner = next((rule for seen, rule in stored if seen is claims or seen == claims), None)
            if owner is not None:
                details = {**{k: v for k, v in details.items() if k != "claims"}, "claims_in": owner}
            else:
                stored.append((claims, c["rule"]))
        checks.append({**c, "details": details})
    return {**item, "checks": checks}
