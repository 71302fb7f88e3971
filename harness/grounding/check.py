"""Check types ``grounding_contradicted`` and ``grounding_unsupported`` (rules grounding.*).

Both share one analysis per answer (claims → best passage → verdict), kept on the ItemContext.
``details`` carries every claim with its verdict, passage id, passage span and answer offsets so
the HTML report can show the grounding verdict per claim with its source passage.
"""
from __future__ import annotations

import re
from typing import Any

from harness.grounding import lexicon
from harness.grounding.claims import Claim, extract
from harness.grounding.retrieve import index_for, passage_ids_for, stats_for
from harness.grounding.verify import DEFAULTS, Verdict, Verifier
from harness.registry import register_check
from harness.scoring.params import FLAG, FRACTION, POSITIVE, TEXT, params

# Parameters both grounding rules accept (they share one analysis per answer; rubric
# ``settings.grounding`` takes the same keys and applies to both).
_COMMON = {
    "lexicon": TEXT, "model": TEXT, "backend": {"enum": ["lexical", "nli"]},
    "supported_probability": FRACTION, "unsupported_probability": FRACTION, "contradicted_probability": FRACTION,
    "pair_penalty": FRACTION, "passage_penalty": FRACTION, "number_context_threshold": FRACTION,
    "flip_threshold": FRACTION, "flip_clause_threshold": FRACTION,
    "nli_model": TEXT, "nli_top_k": POSITIVE, "nli_entailment": FRACTION, "nli_uncertain_below": FRACTION,
    "nli_contradiction": FRACTION, "nli_cache_dir": TEXT, "nli_allow_download": FLAG,
}
from harness.scoring.model import CheckResult, ItemContext, Rule

_CRITICAL_TOPIC = re.compile(r"approv|standard|routine|eligib|candidate|qualif|safe|risk|side effect|warning|"
                             r"dose|cure|guarantee|emergenc|fever|infection|death|fatal", re.I)
_KEY = "_grounding_analysis"


def analyse(ctx: ItemContext, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Claims and verdicts of one answer (cached on the context: both rules reuse it)."""
    cached = ctx.__dict__.get(_KEY)
    if cached is not None:
        return cached
    # rubric ``settings.grounding`` applies to both grounding rules (they share this analysis); a rule's
    # own params add to it
    params = {**((ctx.settings or {}).get("grounding") or {}), **(params or {})}
    vparams = {k: v for k, v in params.items() if k in DEFAULTS}
    prof = lexicon.load((params or {}).get("lexicon"))
    ids = passage_ids_for(ctx.contexts, ctx.metadata.get("source_ids"))
    verifier = Verifier(index_for(ctx.contexts, ids, prof), stats_for(ctx.contexts, prof), vparams, ctx.question)
    claims = extract(ctx.answer, ctx.question, ctx.settings, ctx.doc)
    backend = (params or {}).get("backend", "lexical")
    if backend == "nli" and claims:
        from harness.grounding.backends import nli_verdicts

        verdicts = nli_verdicts(verifier, [c.text for c in claims], params or {})
    else:
        verdicts = [verifier.verify(c.text, c.kind) for c in claims]
    rows: list[dict[str, Any]] = [_row(c, v) for c, v in zip(claims, verdicts)]
    out = {
        "claims": rows, **summarise(rows),
        "backend": backend, "model": (verdicts[0].backend if backend == "nli" and verdicts else verifier.model.version),
        "lexicon": prof.name, "passage_ids": ids,
    }
    ctx.__dict__[_KEY] = out
    return out


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts over an answer's claim rows (each with ``kind``, ``verdict``, ``specific``)."""
    # uncertain claims ("needs review") are neither evidence of support nor of its absence
    scored = [r for r in rows if r["kind"] == "claim" and r["verdict"] not in ("not_checked", "uncertain")]
    n_sup = sum(r["verdict"] == "supported" for r in scored)
    return {
        "n_claims": len(scored),
        "n_checked": sum(r["verdict"] != "not_checked" and r["kind"] != "framing" for r in rows),
        "n_supported": n_sup,
        "n_unsupported": sum(r["verdict"] == "unsupported" for r in scored),
        "n_uncertain": sum(r["verdict"] == "uncertain" and r["kind"] == "claim" for r in rows),
        "n_contradicted": sum(r["verdict"] == "contradicted" for r in rows),
        "supported_fraction": round(n_sup / len(scored), 4) if scored else None,
    }


def contradicted_outcome(a: dict[str, Any]) -> str:
    """pass | fail | not_graded of grounding_contradicted for an analysis (``summarise`` counts + claims)."""
    if not a["n_checked"]:
        return "not_graded"
    return "fail" if a["n_contradicted"] else "pass"


def unsupported_outcome(a: dict[str, Any], threshold: float, fail_on_specific: bool = True
                        ) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """(pass | fail | not_graded, unsupported claim rows, those unsupported for a specific fact)."""
    if a["supported_fraction"] is None:
        return "not_graded", [], []
    unsup = [r for r in a["claims"] if r["verdict"] == "unsupported" and r["kind"] == "claim"]
    specific = [r for r in unsup if r.get("specific")] if fail_on_specific else []
    return ("pass" if a["supported_fraction"] >= threshold and not specific else "fail"), unsup, specific


def _row(c: Claim, v: Verdict) -> dict[str, Any]:
    d = c.as_dict()
    d.update(v.as_dict())
    d["answer_span"] = [c.start, c.end]
    if v.verdict == "contradicted":
        d["severity"] = "critical" if _CRITICAL_TOPIC.search(c.text) else "major"
    elif v.verdict == "unsupported" and c.kind == "claim":
        d["severity"] = "major" if v.specific else "minor"
    return d


def _summary_details(a: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return {"supported_fraction": a["supported_fraction"], "n_claims": a["n_claims"],
            "n_supported": a["n_supported"], "n_unsupported": a["n_unsupported"],
            "n_uncertain": a["n_uncertain"], "n_contradicted": a["n_contradicted"],
            "passage_ids": a["passage_ids"], "backend": a["backend"], "model": a["model"],
            "lexicon": a["lexicon"], **extra, "claims": a["claims"]}


def _quote(s: str | None, n: int = 220) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


@register_check("grounding_contradicted", direction="lower", params_schema=params(**_COMMON))
def grounding_contradicted(ctx: ItemContext, rule: Rule) -> CheckResult:
    """Fail when any claim of the answer is contradicted by its source passages."""
    if not ctx.contexts:
        return CheckResult.not_graded("no source passages to check against")
    a = analyse(ctx, rule.params)
    bad = [r for r in a["claims"] if r["verdict"] == "contradicted"]
    details = _summary_details(a, {"offline": True})
    outcome = contradicted_outcome(a)
    if outcome == "not_graded":
        return CheckResult.not_graded("no checkable medical claims in the answer", details=details)
    if outcome == "pass":
        return CheckResult.ok(f"no contradicted claim among {a['n_checked']}", score=float(len(bad)),
                              details=details)
    ev = " | ".join(f"claim \"{_quote(r['text'], 160)}\" contradicted by {r['passage_id']}: "
                    f"\"{_quote(r['passage_text'])}\" ({r['reason']})" for r in bad[:3])
    return CheckResult.fail(f"{len(bad)} claim(s) contradicted by the sources", evidence=ev,
                            spans=[tuple(r["answer_span"]) for r in bad], score=float(len(bad)), details=details)


@register_check("grounding_unsupported", params_schema=params(
    min_supported_fraction=FRACTION, fail_on_specific=FLAG, **_COMMON))
def grounding_unsupported(ctx: ItemContext, rule: Rule) -> CheckResult:
    """Fail when the supported fraction of claims is below ``min_supported_fraction``, or (with
    ``fail_on_specific``) when a concrete fact (a number, a drug or a cancer type) is in no passage."""
    if not ctx.contexts:
        return CheckResult.not_graded("no source passages to check against")
    a = analyse(ctx, rule.params)
    threshold = float(rule.params.get("min_supported_fraction", 0.5))
    outcome, unsup, specific = unsupported_outcome(a, threshold, rule.params.get("fail_on_specific", True))
    if outcome == "not_graded":
        return CheckResult.not_graded("no checkable medical claims in the answer",
                                      details=_summary_details(a, {}))
    frac = a["supported_fraction"]
    details = _summary_details(a, {"min_supported_fraction": threshold})
    msg = f"{a['n_supported']}/{a['n_claims']} claims supported ({frac:.0%}, threshold {threshold:.0%})"
    if outcome == "pass":
        return CheckResult.ok(msg, score=frac, details=details)
    listed = specific or unsup
    ev = " | ".join(f"\"{_quote(r['text'], 160)}\" ({r['reason']})" for r in listed[:5])
    why = (f"; {len(specific)} claim(s) state a fact found in no passage" if specific else "")
    return CheckResult.fail(msg + why, evidence=ev, spans=[tuple(r["answer_span"]) for r in listed],
                            score=frac, details=details)
