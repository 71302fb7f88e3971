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
    if extra:
        summary.update(extra)
    return summary


def write_summary(run_dir: str | Path, summary: dict[str, Any]) -> None:
    schemas.check(summary, "summary", path=Path(run_dir) / SUMMARY)
    p = Path(run_dir) / SUMMARY
    tmp = p.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(p)


def load_results(run_dir: str | Path) -> list[dict[str, Any]]:
    """Items of a run folder, validated; (id, repeat) must be unique."""
    d = Path(run_dir)
    if not d.is_dir():
        raise InputError("run folder does not exist", path=d)
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
    p = Path(run_dir) / SUMMARY
    if not p.exists():
        raise InputError(f"not a run folder: no {SUMMARY}", path=run_dir)
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({exc.msg})", path=p, line=exc.lineno) from None
