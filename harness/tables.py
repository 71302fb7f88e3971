"""A run folder as pandas DataFrames, for notebook users: ``harness.load_run(DIR)``.

    >>> run = harness.load_run("reports/demo/v2")
    >>> run.items.groupby("cancer_type").status.value_counts()
    >>> run.checks.query("outcome == 'fail'").groupby(["category", "severity"]).size()

pandas is imported here, lazily from ``harness.load_run``, so ``import harness`` stays fast.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from harness.results import load_results, load_summary

_SEV = {"minor": 1, "major": 2, "critical": 3}
ITEM_COLUMNS = ["id", "repeat", "status", "cancer_type", "topic", "risk_tier", "red_flag", "prompt_version",
                "question", "answer", "error", "n_checks", "n_failed", "n_not_graded", "worst_severity",
                "failed_rules", "pass_fraction"]
CHECK_COLUMNS = ["id", "repeat", "rule", "category", "severity", "outcome", "passed", "score", "message",
                 "evidence", "n_spans", "cancer_type", "status"]


@dataclass
class RunTables:
    """``items``: one row per (question, repeat); ``checks``: one row per check; ``reviews``: one row per
    clinician judgement stored in ``reviews/`` (empty when none); ``summary``: summary.json as a dict."""

    path: Path
    items: pd.DataFrame
    checks: pd.DataFrame
    summary: dict[str, Any]
    reviews: pd.DataFrame = field(default_factory=pd.DataFrame)

    def __repr__(self) -> str:
        return (f"RunTables({str(self.path)!r}: {len(self.items)} items, {len(self.checks)} checks, "
                f"{len(self.reviews)} review judgements)")

    def pass_rates(self, by: str | list[str] = "category") -> pd.DataFrame:
        """Pass rate over graded checks (pass/fail/error), grouped by check or item columns."""
        graded = self.checks[self.checks["outcome"].isin(["pass", "fail", "error"])]
        g = graded.groupby(by)["passed"]
        return pd.DataFrame({"graded": g.size(), "passed": g.sum().astype(int), "pass_rate": g.mean().round(4)})


def _items_frame(items: list[dict[str, Any]]) -> pd.DataFrame:
    rows = []
    for it in items:
        meta = it.get("metadata") or {}
        checks = it.get("checks") or []
        failed = [c for c in checks if c.get("outcome") in ("fail", "error")]
        worst = max((c["severity"] for c in failed if c.get("outcome") == "fail"), key=_SEV.get, default=None)
        row = {
            "id": it["id"], "repeat": int(it.get("repeat", 0)), "status": it["status"],
            "cancer_type": meta.get("cancer_type"), "topic": meta.get("topic"), "risk_tier": meta.get("risk_tier"),
            "red_flag": meta.get("red_flag"), "prompt_version": meta.get("prompt_version"),
            "question": it["question"], "answer": it.get("answer"), "error": it.get("error"),
            "n_checks": len(checks), "n_failed": sum(c.get("outcome") == "fail" for c in checks),
            "n_not_graded": sum(c.get("outcome") == "not_graded" for c in checks),
            "worst_severity": worst, "failed_rules": ",".join(c["rule"] for c in failed),
            "pass_fraction": (it.get("scores") or {}).get("pass_fraction"),
        }
        for k, v in (it.get("scores") or {}).items():
            if k not in ("pass_fraction", "checks_passed", "checks_graded"):
                row[f"score:{k}"] = v
        rows.append(row)
    df = pd.DataFrame(rows)
    if df.empty:
        return pd.DataFrame(columns=ITEM_COLUMNS)
    df["status"] = pd.Categorical(df["status"], categories=["passed", "failed", "error"])
    df["worst_severity"] = pd.Categorical(df["worst_severity"], categories=["minor", "major", "critical"], ordered=True)
    return df


def _checks_frame(items: list[dict[str, Any]]) -> pd.DataFrame:
    rows = []
    for it in items:
        ct = (it.get("metadata") or {}).get("cancer_type")
        for c in it.get("checks") or []:
            rows.append({
                "id": it["id"], "repeat": int(it.get("repeat", 0)), "rule": c["rule"], "category": c["category"],
                "severity": c["severity"], "outcome": c.get("outcome", "pass" if c["passed"] else "fail"),
                "passed": bool(c["passed"]), "score": c.get("score"), "message": c["message"],
                "evidence": c.get("evidence"), "n_spans": len(c.get("spans") or []), "cancer_type": ct,
                "status": it["status"],
            })
    df = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    df["severity"] = pd.Categorical(df["severity"], categories=["minor", "major", "critical"], ordered=True)
    df["score"] = pd.to_numeric(df["score"], errors="coerce")
    return df


def _reviews_frame(run_dir: Path) -> pd.DataFrame:
    from harness import review

    files = review.find_reviews([run_dir])
    data = [review.load_review_file(f)[0] for f in files]
    return pd.DataFrame(review.pairs(data), columns=["reviewer", "id", "repeat", "rule", "harness", "clinician",
                                                     "harness_severity", "clinician_severity"])


def load_run(run_dir: str | Path) -> RunTables:
    """Items and checks of a run folder as DataFrames (results.jsonl validated as the CLI does)."""
    d = Path(run_dir)
    items = load_results(d)
    return RunTables(path=d, items=_items_frame(items), checks=_checks_frame(items), summary=load_summary(d),
                     reviews=_reviews_frame(d))
