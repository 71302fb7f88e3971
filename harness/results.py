"""The run folder: results.jsonl (one scored item per line) and summary.json (aggregates).

Aggregates are pass rates over *graded* checks: a not-graded criterion is neither a pass nor a
failure, and an errored check counts against the run (fail closed).
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from harness import __version__, jsonl, schemas
from harness.errors import InputError
from harness.scoring.model import SEVERITY_RANK

RESULTS = "results.jsonl"
SUMMARY = "summary.json"


def _rate(passed: int, graded: int) -> float | None:
    return round(passed / graded, 4) if graded else None


def _tally(checks: Iterable[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"checks": 0, "passed": 0, "failed": 0,
                                                          "not_graded": 0, "error": 0})
    for c in checks:
        row = out[c[key]]
        row["checks"] += 1
        row[{"pass": "passed", "fail": "failed"}.get(c.get("outcome", "pass" if c["passed"] else "fail"),
                                                     c.get("outcome"))] += 1
    for row in out.values():
        row["pass_rate"] = _rate(row["passed"], row["passed"] + row["failed"] + row["error"])
    return dict(sorted(out.items()))


def summarize(items: list[dict[str, Any]], fail_on: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """summary.json content (schemas/summary.schema.json)."""
    checks = [c for it in items for c in it["checks"]]
    counts = {s: sum(1 for it in items if it["status"] == s) for s in ("passed", "failed", "error")}
    by_rule = _tally(checks, "rule")
    meta = {c["rule"]: (c["category"], c["severity"]) for c in checks}
    for rule, row in by_rule.items():
        row["category"], row["severity"] = meta[rule]
        row["failed_ids"] = sorted({it["id"] for it in items for c in it["checks"]
                                    if c["rule"] == rule and c.get("outcome") == "fail"})
    summary: dict[str, Any] = {
        "harness_version": __version__,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "counts": {"items": len(items), **counts},
        "pass_rate": _rate(counts["passed"], len(items)),
        "gate": {"fail_on": fail_on, "passed": counts["failed"] == 0 and counts["error"] == 0},
        "by_category": _tally(checks, "category"),
        "by_severity": dict(sorted(_tally(checks, "severity").items(), key=lambda kv: -SEVERITY_RANK[kv[0]])),
        "by_rule": by_rule,
        "failed_ids": sorted(it["id"] for it in items if it["status"] == "failed"),
        "error_ids": sorted(it["id"] for it in items if it["status"] == "error"),
    }
    usage = usage_summary(items)
    if usage:
        summary["usage"] = usage
    rep = repeats_summary(items)
    if rep:
        summary["repeats"] = rep
    if extra:
        summary.update(extra)
    return summary


def wilson(passed: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """95 % Wilson score interval of a pass rate (sound at small n, never outside [0, 1])."""
    if n <= 0:
        return None
    p = passed / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / denom
    return round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)


def repeats_summary(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """With ``--repeats N``: pass rate and 95 % CI per question, and the flaky questions (passed some
    repeats and failed or errored others). None when every question ran once."""
    by_id: dict[str, list[str]] = defaultdict(list)
    for it in items:
        by_id[it["id"]].append(it["status"])
    if not by_id or max(len(v) for v in by_id.values()) < 2:
        return None
    questions: dict[str, Any] = {}
    for qid, statuses in sorted(by_id.items()):
        n, k = len(statuses), statuses.count("passed")
        lo_hi = wilson(k, n)
        questions[qid] = {"n": n, "passed": k, "failed": statuses.count("failed"), "error": statuses.count("error"),
                          "pass_rate": round(k / n, 4), "ci95": list(lo_hi) if lo_hi else None,
                          "flaky": 0 < k < n}
    total = sum(q["n"] for q in questions.values())
    passed = sum(q["passed"] for q in questions.values())
    return {"max_repeats": max(q["n"] for q in questions.values()), "pass_rate": round(passed / total, 4),
            "ci95": list(wilson(passed, total) or ()), "flaky_ids": [q for q, v in questions.items() if v["flaky"]],
            "questions": questions}


def usage_summary(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Token usage, requests, retries and estimated cost from the items' ``generation`` records.
    Tokens and cost count calls made for this run folder; cache hits cost nothing and are counted
    apart (``cached_*``). None when no item carries generation details (e.g. ``harness score``)."""
    gens = [it.get("generation") or {} for it in items]
    if not any(("attempts" in g or "usage" in g) for g in gens):
        return None
    out: dict[str, Any] = {"items": len(items), "cache_hits": 0, "requests": 0, "retries": 0,
                           "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0,
                           "cached_total_tokens": 0, "estimated_cost_usd": 0.0, "cost_known": True,
                           "retries_by_kind": {}, "finish_reasons": {}, "errors_by_kind": {}}
    kinds: dict[str, int] = defaultdict(int)
    finish: dict[str, int] = defaultdict(int)
    errors: dict[str, int] = defaultdict(int)
    models: set[str] = set()
    for it, g in zip(items, gens):
        u = g.get("usage") or {}
        if g.get("model"):
            models.add(str(g["model"]))
        if g.get("finish_reason"):
            finish[str(g["finish_reason"])] += 1
        if it["status"] == "error" and it.get("error"):
            errors[str(g.get("error_kind") or "other")] += 1
        if g.get("cached"):
            out["cache_hits"] += 1
            out["cached_total_tokens"] += int(u.get("total_tokens") or 0)
            continue
        out["requests"] += int(g.get("attempts") or 0)
        out["retries"] += int(g.get("retries") or 0)
        for r in g.get("retry_log") or []:
            kinds[str(r.get("kind"))] += 1
        for k in ("prompt_tokens", "completion_tokens", "total_tokens"):
            out[k] += int(u.get(k) or 0)
        if g.get("cost_usd") is None:
            if u:
                out["cost_known"] = False
        else:
            out["estimated_cost_usd"] += float(g["cost_usd"])
    out["estimated_cost_usd"] = round(out["estimated_cost_usd"], 6) if out["cost_known"] else None
    out["retries_by_kind"] = dict(sorted(kinds.items()))
    out["finish_reasons"] = dict(sorted(finish.items()))
    out["errors_by_kind"] = dict(sorted(errors.items()))
    out["models"] = sorted(models)
    return out


def write_summary(run_dir: str | Path, summary: dict[str, Any]) -> None:
    from harness import atomic

    schemas.check(summary, "summary", path=Path(run_dir) / SUMMARY)
    atomic.write_text(Path(run_dir) / SUMMARY, json.dumps(summary, indent=2, ensure_ascii=True) + "\n")


def load_results(run_dir: str | Path) -> list[dict[str, Any]]:
    """Items of a run folder, validated; (id, repeat) must be unique."""
    d = Path(run_dir)
    if not d.is_dir():
        raise InputError("run folder does not exist" if not d.exists() else "not a folder, expected a run folder",
                         path=d)
    path = d / RESULTS
    if not path.exists():
        raise InputError(f"not a run folder: no {RESULTS}", path=d)
    items = jsonl.read(path, schema="result", unique=None)
    seen: dict[tuple[str, int], int] = {}
    for n, it in enumerate(items, start=1):
        key = (it["id"], int(it.get("repeat", 0)))
        if key in seen:
            raise InputError(f"duplicate item {key[0]!r} repeat {key[1]} (first on line {seen[key]})",
                             path=path, line=n, field="id")
        seen[key] = n
    return items


def load_summary(run_dir: str | Path) -> dict[str, Any]:
    from harness.textfiles import load_json

    p = Path(run_dir) / SUMMARY
    if not p.exists():
        raise InputError(f"not a run folder: no {SUMMARY}", path=run_dir)
    data = load_json(p, "run summary")
    schemas.check(data, "summary", path=p)
    return data


def load_items(src: str | Path | Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items from a run folder, an answers JSONL file, or an iterable of item dicts."""
    if isinstance(src, (str, Path)):
        p = Path(src)
        if p.is_dir():
            return load_results(p)
        return jsonl.read(p, schema="answer", unique=("id", "repeat"))
    return list(src)
