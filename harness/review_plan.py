"""Which answers a clinician should review first (``harness review plan RUN --out PLAN.jsonl``).

Everything the harness flagged is in the plan: errors, failed items, items with a failed check below
the gate (warnings) and items with grounding claims the verifier left for a person (verdict
``uncertain``, "needs review"). Clean passes are sampled at random, ``N`` per cancer type, so a
clinician also sees what the rules let through; without them the precision of a rule could be
measured but never what it misses. Each stratum has its own seeded generator (seed and cancer type),
so adding questions of one cancer type does not change the sample of another, and each sampled line
carries its ``weight`` (passes in the stratum / sampled) for estimates over the whole run.
"""
from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path
from typing import Any

_PRIORITY = {"error": 0, "failed": 1, "needs_review": 2, "warning": 3, "sample": 4}
_RANK = {"minor": 1, "major": 2, "critical": 3}
UNKNOWN = "(no cancer type)"


def _needs_review(it: dict[str, Any]) -> int:
    seen = set()
    for ch in it.get("checks") or []:
        if ch.get("category") != "grounding":
            continue
        for cl in (ch.get("details") or {}).get("claims") or []:
            if isinstance(cl, dict) and cl.get("verdict") == "uncertain":
                seen.add((str(cl.get("claim") or cl.get("text") or ""), str(cl.get("answer_span"))))
    return len(seen)


def reasons(it: dict[str, Any]) -> list[str]:
    """Why an item must be reviewed (empty: a clean pass)."""
    out = []
    if it.get("status") == "error":
        out.append("error")
    if it.get("status") == "failed":
        out.append("failed")
    if _needs_review(it):
        out.append("needs_review")
    if it.get("status") == "passed" and any(ch.get("outcome") in ("fail", "error") for ch in it.get("checks") or []):
        out.append("warning")
    return out


def plan(items: list[dict[str, Any]], per_cancer: int = 3, seed: int = 0) -> list[dict[str, Any]]:
    """The review plan: every flagged item, plus up to ``per_cancer`` clean passes per cancer type."""
    rows: list[dict[str, Any]] = []
    clean: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        why = reasons(it)
        ct = str((it.get("metadata") or {}).get("cancer_type") or UNKNOWN)
        if why:
            rows.append(_row(it, ct, why, "flagged", 1.0, None))
        else:
            clean[ct].append(it)
    for ct in sorted(clean):
        pool = sorted(clean[ct], key=lambda i: (i["id"], int(i.get("repeat", 0))))
        chosen = random.Random(f"{seed}:{ct}").sample(pool, min(per_cancer, len(pool)))
        rows += [_row(it, ct, ["sample"], "sample", round(len(pool) / len(chosen), 4), len(pool)) for it in chosen]
    rows.sort(key=lambda r: (_PRIORITY[r["reasons"][0]], -r["worst_severity_rank"], r["id"], r["repeat"]))
    for r in rows:
        del r["worst_severity_rank"]
    return rows


def _row(it: dict[str, Any], ct: str, why: list[str], selected: str, weight: float,
         stratum: int | None) -> dict[str, Any]:
    failed = [ch for ch in it.get("checks") or [] if ch.get("outcome") in ("fail", "error")]
    return {"id": it["id"], "repeat": int(it.get("repeat", 0)), "cancer_type": ct, "status": it.get("status"),
            "reasons": sorted(why, key=_PRIORITY.__getitem__), "selected": selected,
            "failed_rules": [ch["rule"] for ch in failed], "needs_review_claims": _needs_review(it),
            "weight": weight, "stratum_passes": stratum, "question": it.get("question") or "",
            "worst_severity_rank": max((_RANK.get(ch.get("severity"), 0) for ch in failed), default=0)}


def write_plan(run_dir: str | Path, out: str | Path, per_cancer: int = 3, seed: int = 0) -> list[dict[str, Any]]:
    """Plan the review of a run folder and write it as JSONL (schemas/review_plan.schema.json)."""
    from harness import jsonl, schemas
    from harness.errors import InputError
    from harness.results import load_results

    if per_cancer < 0:
        raise InputError("must be 0 or more", field="--sample-per-cancer")
    if not Path(run_dir).is_dir():
        raise InputError("run folder does not exist", path=run_dir)
    rows = plan(load_results(run_dir), per_cancer, seed)
    for n, r in enumerate(rows, start=1):
        schemas.check(r, "review_plan", path=out, line=n)
    jsonl.write(out, rows)
    return rows


def describe(rows: list[dict[str, Any]]) -> str:
    """One line for the terminal: how many of each reason, and the sample."""
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r["reasons"][0]] += 1
    strata = {r["cancer_type"] for r in rows if r["selected"] == "sample"}
    parts = [f"{counts[k]} {k.replace('_', ' ')}" for k in ("error", "failed", "needs_review", "warning") if counts[k]]
    parts.append(f"{counts['sample']} sampled passes over {len(strata)} cancer type(s)")
    return f"review plan: {len(rows)} items ({', '.join(parts)})"
