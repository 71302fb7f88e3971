"""Check type ``llm_judge``: one judge metric (params.metric) on an answer and its passages.

Results land in results.jsonl like every check: score, pass/fail against the threshold, the judge's
reasons as evidence. A judge that cannot be reached or replies malformed JSON makes the check
``not_graded`` with the reason (the offline grounding rules still decide the gate).
"""
from __future__ import annotations

from typing import Any

from harness.registry import register_check
from harness.scoring.params import FRACTION, params
from harness.scoring.model import CheckResult, ItemContext, Rule


def _cfg(ctx: ItemContext) -> Any:
    return (ctx.settings or {}).get("judge")


@register_check("llm_judge", params_schema=params(
    metric={"type": "string"}, threshold=FRACTION))
def llm_judge(ctx: ItemContext, rule: Rule) -> CheckResult:
    cfg = _cfg(ctx)
    if cfg is None:
        return CheckResult.not_graded("no judge configured (--judge-model)")
    if not ctx.contexts:
        return CheckResult.not_graded("no source passages to judge against")
    metric = rule.params.get("metric", "claims")
    threshold = float(rule.params.get("threshold", cfg.threshold))
    if metric == "claims":
        return _claims(ctx, cfg)
    from harness.judge.adapters import ADAPTERS

    try:
        score, reason = ADAPTERS[metric](cfg, ctx.question, ctx.answer, list(ctx.contexts))
    except Exception as exc:  # unreachable judge, malformed reply after the library's retries
        return CheckResult.not_graded(f"{metric}: judge failed: {type(exc).__name__}: {str(exc)[:300]}",
                                      details={"metric": metric, "model": cfg.model})
    details = {"metric": metric, "model": cfg.model, "threshold": threshold, "reason": reason}
    msg = f"{metric} {score:.2f} (threshold {threshold:.2f}, judge {cfg.model})"
    if score >= threshold:
        return CheckResult.ok(msg, evidence=reason or None, score=round(score, 4), details=details)
    return CheckResult.fail(msg, evidence=reason or msg, score=round(score, 4), details=details)


def _claims(ctx: ItemContext, cfg: Any) -> CheckResult:
    from harness.grounding.claims import extract
    from harness.grounding.retrieve import passage_ids_for
    from harness.judge.claims import judge_claim_list

    claims = [c for c in extract(ctx.answer, ctx.question, ctx.settings, ctx.doc) if c.kind == "claim"]
    if not claims:
        return CheckResult.not_graded("no checkable medical claims in the answer")
    ids = passage_ids_for(ctx.contexts, ctx.metadata.get("source_ids"))
    verdicts = judge_claim_list(cfg, [c.text for c in claims], list(zip(ids, ctx.contexts)))
    rows: list[dict[str, Any]] = []
    for c, v in zip(claims, verdicts):
        rows.append({**c.as_dict(), **v, "answer_span": [c.start, c.end]})
    graded = [r for r in rows if r["verdict"] != "not_checked"]
    if not graded:
        return CheckResult.not_graded(f"judge gave no usable verdict ({rows[0].get('reason', '')})",
                                      details={"metric": "claims", "model": cfg.model, "claims": rows})
    sup = sum(r["verdict"] == "supported" for r in graded)
    frac = sup / len(graded)
    bad = [r for r in graded if r["verdict"] != "supported"]
    details = {"metric": "claims", "model": cfg.model, "supported_fraction": round(frac, 4),
               "n_contradicted": sum(r["verdict"] == "contradicted" for r in graded), "claims": rows}
    msg = f"judge: {sup}/{len(graded)} claims supported, {details['n_contradicted']} contradicted ({cfg.model})"
    if not any(r["verdict"] == "contradicted" for r in graded) and frac >= cfg.threshold:
        return CheckResult.ok(msg, score=round(frac, 4), details=details)
    ev = " | ".join(f"[{r['verdict']}] \"{r['text'][:140]}\" — {r.get('passage_id')}: {r.get('reason', '')}"
                    for r in bad[:4])
    return CheckResult.fail(msg, evidence=ev, spans=[tuple(r["answer_span"]) for r in bad], score=round(frac, 4),
                            details=details)
