"""The run folder: results.jsonl (one scored item per line) and summary.json (aggregates).

Aggregates are pass rates over *graded* checks: a not-graded criterion is neither a pass nor a
failure, and an errored check counts against the run (fail closed).
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from harness import __version__, jsonl, schemas
from harness.errors import InputError
from harness.scoring.model import SEVERITY_RANK

RESULTS = "results.jsonl"
SUMMARY = "summary.json"


def _rate(passed: int, graded: int) -> float | None:
    return round(passed / graded, 4) if graded else None


_OUTCOME_KEY = {"pass": "passed", "fail": "failed", "not_graded": "not_graded", "error": "error"}


def _new_row() -> dict[str, Any]:
    return {"checks": 0, "passed": 0, "failed": 0, "not_graded": 0, "error": 0}


def _finish(rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {k: dict(v) for k, v in sorted(rows.items())}
    for row in out.values():
        row["pass_rate"] = _rate(row["passed"], row["passed"] + row["failed"] + row["error"])
    return out


class SummaryBuilder:
    """summary.json built one item at a time (``add``), so that a run of any size is summarised in
    one streaming pass (or while it is scored) in memory that grows with the number of questions and
    failures, never with the items' text. ``summarize``/``repeats_summary``/``usage_summary`` are
    this builder fed a list; the JSON they produce is the same."""

    def __init__(self) -> None:
        self.n = 0
        self.counts = {"passed": 0, "failed": 0, "error": 0}
        self.failed_ids: list[str] = []
        self.error_ids: list[str] = []
        self.by: dict[str, dict[str, dict[str, Any]]] = {"rule": {}, "category": {}, "severity": {}}
        self.rule_meta: dict[str, tuple[str, str]] = {}
        self.rule_failed: dict[str, set[str]] = {}
        self.per_id: dict[str, list[int]] = {}  # id -> [n, passed, failed, error]
        self.usage = _UsageBuilder()

    def add(self, it: dict[str, Any]) -> None:
        """Count one results item (a full item, or its slim form from ``slim``)."""
        self.n += 1
        status = it["status"]
        self.counts[status] += 1
        if status == "failed":
            self.failed_ids.append(it["id"])
        elif status == "error":
            self.error_ids.append(it["id"])
        for c in it["checks"]:
            outcome = c.get("outcome", "pass" if c["passed"] else "fail")
            col = _OUTCOME_KEY.get(outcome, outcome)
            for key in ("rule", "category", "severity"):
                row = self.by[key].get(c[key])
                if row is None:
                    row = self.by[key][c[key]] = _new_row()
                row["checks"] += 1
                row[col] += 1
            self.rule_meta[c["rule"]] = (c["category"], c["severity"])
            if c.get("outcome") == "fail":
                self.rule_failed.setdefault(c["rule"], set()).add(it["id"])
        q = self.per_id.get(it["id"])
        if q is None:
            q = self.per_id[it["id"]] = [0, 0, 0, 0]
        q[0] += 1
        q[1 + ("passed", "failed", "error").index(status)] += 1
        self.usage.add(it)

    def summary(self, fail_on: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """summary.json content (schemas/summary.schema.json)."""
        by_rule = _finish(self.by["rule"])
        for rule, row in by_rule.items():
            row["category"], row["severity"] = self.rule_meta[rule]
            row["failed_ids"] = sorted(self.rule_failed.get(rule, ()))
        counts = dict(self.counts)
        summary: dict[str, Any] = {
            "harness_version": __version__,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "counts": {"items": self.n, **counts},
            "pass_rate": _rate(counts["passed"], self.n),
            "gate": {"fail_on": fail_on, "passed": counts["failed"] == 0 and counts["error"] == 0},
            "by_category": _finish(self.by["category"]),
            "by_severity": dict(sorted(_finish(self.by["severity"]).items(), key=lambda kv: -SEVERITY_RANK[kv[0]])),
            "by_rule": by_rule,
            "failed_ids": sorted(self.failed_ids),
            "error_ids": sorted(self.error_ids),
        }
        usage = self.usage.result(self.n)
        if usage:
            summary["usage"] = usage
        rep = self.repeats()
        if rep:
            summary["repeats"] = rep
        if extra:
            summary.update(extra)
        return summary

    def repeats(self) -> dict[str, Any] | None:
        """With ``--repeats N``: pass rate and 95 % CI per question, and the flaky questions (passed
        some repeats and failed or errored others). None when every question ran once."""
        if not self.per_id or max(v[0] for v in self.per_id.values()) < 2:
            return None
        questions: dict[str, Any] = {}
        for qid, (n, k, failed, error) in sorted(self.per_id.items()):
            lo_hi = wilson(k, n)
            questions[qid] = {"n": n, "passed": k, "failed": failed, "error": error,
                              "pass_rate": round(k / n, 4), "ci95": list(lo_hi) if lo_hi else None,
                              "flaky": 0 < k < n}
        total = sum(q["n"] for q in questions.values())
        passed = sum(q["passed"] for q in questions.values())
        return {"max_repeats": max(q["n"] for q in questions.values()), "pass_rate": round(passed / total, 4),
                "ci95": list(wilson(passed, total) or ()), "flaky_ids": [q for q, v in questions.items() if v["flaky"]],
                "questions": questions}


class _UsageBuilder:
    """Token usage, requests, retries and estimated cost from the items' ``generation`` records.
    Tokens and cost count calls made for this run folder; cache hits cost nothing and are counted
    apart (``cached_*``)."""

    def __init__(self) -> None:
        self.any = False
        self.out: dict[str, Any] = {"cache_hits": 0, "requests": 0, "retries": 0,
                                    "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0,
                                    "cached_total_tokens": 0, "estimated_cost_usd": 0.0, "cost_known": True}
        self.kinds: dict[str, int] = defaultdict(int)
        self.finish: dict[str, int] = defaultdict(int)
        self.errors: dict[str, int] = defaultdict(int)
        self.models: set[str] = set()

    def add(self, it: dict[str, Any]) -> None:
        g = it.get("generation") or {}
        out = self.out
        self.any = self.any or "attempts" in g or "usage" in g
        u = g.get("usage") or {}
        if g.get("model"):
            self.models.add(str(g["model"]))
        if g.get("finish_reason"):
            self.finish[str(g["finish_reason"])] += 1
        if it["status"] == "error" and it.get("error"):
            self.errors[str(g.get("error_kind") or "other")] += 1
        if g.get("cached"):
            out["cache_hits"] += 1
            out["cached_total_tokens"] += int(u.get("total_tokens") or 0)
            return
        out["requests"] += int(g.get("attempts") or 0)
        out["retries"] += int(g.get("retries") or 0)
        for r in g.get("retry_log") or []:
            self.kinds[str(r.get("kind"))] += 1
        for k in ("prompt_tokens", "completion_tokens", "total_tokens"):
            out[k] += int(u.get(k) or 0)
        if g.get("cost_usd") is None:
            if u:
                out["cost_known"] = False
        else:
            out["estimated_cost_usd"] += float(g["cost_usd"])

    def result(self, n_items: int) -> dict[str, Any] | None:
        """None when no item carries generation details (e.g. ``harness score``)."""
        if not self.any:
            return None
        out: dict[str, Any] = {"items": n_items, **self.out}
        out["estimated_cost_usd"] = round(out["estimated_cost_usd"], 6) if out["cost_known"] else None
        out["retries_by_kind"] = dict(sorted(self.kinds.items()))
        out["finish_reasons"] = dict(sorted(self.finish.items()))
        out["errors_by_kind"] = dict(sorted(self.errors.items()))
        out["models"] = sorted(self.models)
        return out


def slim(item: dict[str, Any]) -> dict[str, Any]:
    """What SummaryBuilder.add reads of an item: a scoring worker sends this beside the item's JSON
    line instead of the whole item."""
    return {"id": item["id"], "status": item["status"], "error": item.get("error"),
            "generation": item.get("generation"),
            "checks": [{k: c.get(k) for k in ("rule", "category", "severity", "outcome", "passed")}
                       for c in item["checks"]]}


def _built(items: Iterable[dict[str, Any]]) -> SummaryBuilder:
    b = SummaryBuilder()
    for it in items:
        b.add(it)
    return b


def summarize(items: Iterable[dict[str, Any]], fail_on: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """summary.json content (schemas/summary.schema.json), in one pass over ``items``."""
    return _built(items).summary(fail_on, extra)


def wilson(passed: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """95 % Wilson score interval of a pass rate (sound at small n, never outside [0, 1])."""
    if n <= 0:
        return None
    p = passed / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / denom
    return round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)


def repeats_summary(items: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """See SummaryBuilder.repeats."""
    return _built(items).repeats()


def usage_summary(items: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """See _UsageBuilder: None when no item carries generation details."""
    b = _built(items)
    return b.usage.result(b.n)


def write_summary(run_dir: str | Path, summary: dict[str, Any]) -> None:
    from harness import atomic

    schemas.check(summary, "summary", path=Path(run_dir) / SUMMARY)
    atomic.write_text(Path(run_dir) / SUMMARY, json.dumps(summary, indent=2, ensure_ascii=True) + "\n")


def results_path(run_dir: str | Path) -> Path:
    """``run_dir``'s results.jsonl; an input error when ``run_dir`` is not a run folder."""
    d = Path(run_dir)
    if not d.is_dir():
        raise InputError("run folder does not exist" if not d.exists() else "not a folder, expected a run folder",
                         path=d)
    path = d / RESULTS
    if not path.exists():
        raise InputError(f"not a run folder: no {RESULTS}", path=d)
    return path


def iter_results(run_dir: str | Path) -> Iterator[dict[str, Any]]:
    """Items of a run folder one at a time, in file order, validated; (id, repeat) must be unique
    (an input error naming file and line at the first duplicate). Packed items (harness.packing)
    come back as scored, joined with data.jsonl. Memory: one item plus the keys."""
    from harness import packing, schemas

    path = results_path(run_dir)
    seen: dict[tuple[str, int], int] = {}
    data = packing.open_data(path.parent)

    def checked() -> Iterator[tuple[int, dict[str, Any]]]:
        for n, it in jsonl.iter_lines(path):
            schemas.check(it, "result", path=path, line=n)
            yield n, it

    try:
        for n, it in packing.iter_unpacked(path, data, checked()):
            key = (it["id"], int(it.get("repeat", 0)))
            if key in seen:
                raise InputError(f"duplicate item {key[0]!r} repeat {key[1]} (first on line {seen[key]})",
                                 path=path, line=n, field="id")
            seen[key] = n
            yield it
    finally:
        if data is not None:
            data.close()


def load_results(run_dir: str | Path) -> list[dict[str, Any]]:
    """Items of a run folder, validated; (id, repeat) must be unique. For commands that need them
    all at once (compare, review); a run's own pipeline streams them (iter_results)."""
    return list(iter_results(run_dir))


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
