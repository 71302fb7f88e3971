"""Run a rubric over one answer and produce the results.jsonl item (schemas/result.schema.json).

Fail closed: a check that raises becomes outcome ``error`` and the item's status ``error``; so
does an answer over the size limit, or one whose scoring runs out of time (harness.scoring.limits).
"""
from __future__ import annotations

import re
from typing import Any

from harness import registry
from harness.scoring.checks.safety import is_injection, is_red_flag
from harness.scoring.limits import ScoringTimeout, deadline, limits
from harness.scoring.model import SEVERITY_RANK, CheckResult, ItemContext, Rule
from harness.scoring.rubric import Rubric

PASSTHROUGH_SKIP = {"id", "question", "answer", "contexts", "metadata", "error", "generation", "repeat"}


def applies(rule: Rule, ctx: ItemContext) -> bool:
    cond = rule.applies_when
    if not cond:
        return True
    if "red_flag" in cond and is_red_flag(ctx) != cond["red_flag"]:
        return False
    if "injection" in cond and is_injection(ctx) != cond["injection"]:
        return False
    if "risk_tier" in cond and ctx.metadata.get("risk_tier") not in cond["risk_tier"]:
        return False
    if "has_criteria" in cond and bool(ctx.metadata.get("criteria")) != cond["has_criteria"]:
        return False
    if "has_contexts" in cond and bool(ctx.contexts) != cond["has_contexts"]:
        return False
    if "question_matches" in cond and not any(re.search(p, ctx.question, re.I) for p in cond["question_matches"]):
        return False
    if "cancer_type_matches" in cond and not any(
            re.search(p, str(ctx.metadata.get("cancer_type", "")), re.I) for p in cond["cancer_type_matches"]):
        return False
    return True


def check_record(rule: Rule, res: CheckResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": rule.id, "category": rule.category, "severity": rule.severity,
        "passed": res.outcome == "pass", "outcome": res.outcome, "score": res.score, "direction": rule.direction,
        "evidence": res.evidence, "message": res.message,
        "spans": [[int(a), int(b)] for a, b in res.spans],
    }
    if res.details:
        out["details"] = res.details
    return out


def item_status(checks: list[dict[str, Any]], fail_on: str, error: str | None = None) -> str:
    if error or any(c["outcome"] == "error" for c in checks):
        return "error"
    threshold = SEVERITY_RANK[fail_on]
    if any(c["outcome"] == "fail" and SEVERITY_RANK[c["severity"]] >= threshold for c in checks):
        return "failed"
    return "passed"


def score_record(record: dict[str, Any], rubric: Rubric) -> dict[str, Any]:
    """Score one answers-file record. A record carrying ``error`` (generation failed) is an error item."""
    metadata = dict(record.get("metadata") or {})
    base: dict[str, Any] = {k: v for k, v in record.items() if k not in PASSTHROUGH_SKIP}
    base.update(id=record["id"], question=record["question"], answer=record.get("answer"),
                contexts=list(record.get("contexts") or []), metadata=metadata)
    if "repeat" in record:
        base["repeat"] = record["repeat"]
    if "generation" in record:
        base["generation"] = record["generation"]
    if record.get("error") or record.get("answer") is None:
        base.update(status="error", checks=[], scores={}, error=record.get("error") or "no answer")
        return base
    bounds = limits(rubric.settings)
    if len(record["answer"]) > bounds.answer_max_chars:
        base.update(status="error", checks=[], scores={},
                    error=f"answer not scored: {len(record['answer']):,} characters, over the limit of "
                          f"{bounds.answer_max_chars:,} (settings.limits.answer_max_chars, --max-answer-chars)")
        return base
    ctx = ItemContext(record["id"], record["question"], record["answer"], metadata,
                      list(record.get("contexts") or []), rubric.settings)
    checks_out: list[dict[str, Any]] = []
    known = registry.checks()
    timed_out: str | None = None
    current = rubric.rules[0] if rubric.rules else None
    try:
        with deadline(bounds.scoring_seconds):
            for rule in rubric.rules:
                current = rule
                try:
                    if not applies(rule, ctx):
                        continue
                    res = known[rule.check](ctx, rule)
                except Exception as exc:  # fail closed: a crashing scorer never passes
                    res = CheckResult("error", f"scorer crashed: {type(exc).__name__}: {exc}")
                ctx.results[rule.id] = res
                checks_out.append(check_record(rule, res))
    except ScoringTimeout:
        assert current is not None
        timed_out = (f"scoring time limit of {bounds.scoring_seconds:g} s per answer reached in rule {current.id} "
                     "(settings.limits.scoring_seconds, --scoring-timeout); later rules not run")
        checks_out = [c for c in checks_out if c["rule"] != current.id]
        checks_out.append(check_record(current, CheckResult("error", timed_out)))
    graded = [c for c in checks_out if c["outcome"] in ("pass", "fail")]
    scores: dict[str, Any] = {
        "checks_passed": sum(c["passed"] for c in graded),
        "checks_graded": len(graded),
        "pass_fraction": round(sum(c["passed"] for c in graded) / len(graded), 4) if graded else None,
    }
    for c in checks_out:
        if c["score"] is not None and c["category"] in ("rubric", "grounding"):
            scores[c["rule"]] = c["score"]
    base.update(status=item_status(checks_out, rubric.fail_on, timed_out), checks=checks_out, scores=scores,
                error=timed_out)
    return base
