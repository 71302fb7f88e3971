"""Self-contained HTML reports (run and compare), rendered from jinja2 templates with autoescape on.

Model output is untrusted. This module only turns results into plain data (view models); the
templates under ``harness/report/templates/`` (one small template per part of the page) escape every
value. The only markup that reaches a template pre-built is the answer rendered by
``harness.report.answer`` (markdown-it, raw HTML off, escaped by its renderer) and the report's own
CSS/JS files. The Content-Security-Policy allows nothing but the page's own stylesheet and script
(by sha256 hash, no 'unsafe-inline'), data: images (the matplotlib charts), no base URL and no form
target; the file opens from disk with no network. Both reports share the same parts: scorecard,
charts, per-rule table with the clinicians' agreement, a sortable/filterable table of questions and
one section per question (rendered answer with the evidence marked, raw-text toggle, failed checks,
grounding verdict per claim with its backend, sentence diff against the baseline, clinicians'
comments, and the review form that exports ``review-<name>.json`` for ``harness review import``).
"""
from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Iterator

from harness import __version__
from harness.agreement import ITEM_VERDICT, fmt_kappa, fmt_share
from harness.directions import WORDS

_RANK = {"minor": 1, "major": 2, "critical": 3}
# compare.html of a big run: questions listed / shown in full, regressions first (the rest: compare.json)
COMPARE_MAX_ROWS = 2000
COMPARE_MAX_SECTIONS = 300
_VERDICT_LABEL = {"uncertain": "needs review", "not_checked": "not checked"}


# --------------------------------------------------------------------------- engine, assets, CSP

@functools.cache
def _env() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("harness.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    env.filters.update(pct=_pct, delta=_delta, ci=_ci, sci=_sci, kappa=fmt_kappa, share=fmt_share)
    return env


@functools.cache
def _assets() -> dict[str, Any]:
    """The report's own CSS and JS (package data), and the CSP that admits exactly them."""
    from markupsafe import Markup

    env = _env()
    text = {name: env.loader.get_source(env, f"assets/{name}")[0] for name in ("report.css", "print.css", "report.js")}

    def sha(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"

    csp = ("default-src 'none'; img-src data:; "
           f"style-src {sha(text['report.css'])} {sha(text['print.css'])}; script-src {sha(text['report.js'])}; "
           "base-uri 'none'; form-action 'none'")
    return {"css": Markup(text["report.css"]), "print_css": Markup(text["print.css"]), "js": Markup(text["report.js"]),
            "csp": csp}


def _render(template: str, title: str, meta: dict[str, Any], **ctx: Any) -> str:
    return _env().get_template(template).render(title=title, meta=meta, assets=_assets(), **ctx)


def _render_stream(template: str, title: str, meta: dict[str, Any], **ctx: Any) -> Iterator[str]:
    """The page piece by piece (jinja2's generate), for pages too big to hold as one string."""
    return _env().get_template(template).generate(title=title, meta=meta, assets=_assets(), **ctx)


# --------------------------------------------------------------------------- formatting (template filters)

def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _delta(x: float | None) -> str:
    return "" if x is None else f"{100 * x:+.1f}"


def _ci(ci: list[float] | None, scale: float = 100) -> str:
    return "" if not ci else f"[{scale * ci[0]:+.1f}, {scale * ci[1]:+.1f}]"


def _sci(ci: list[float] | None) -> str:
    return "" if not ci else f"[{ci[0]:+.3f}, {ci[1]:+.3f}]"


# --------------------------------------------------------------------------- small helpers

def _key(it: dict[str, Any]) -> str:
    return f"{it['id']}#{int(it.get('repeat', 0))}"


def _anchor(it: dict[str, Any]) -> str:
    rep = int(it.get("repeat", 0))
    return "item-" + re.sub(r"[^A-Za-z0-9_.-]", "_", it["id"]) + (f"-r{rep}" if rep else "")


def _label(it: dict[str, Any]) -> str:
    rep = int(it.get("repeat", 0))
    return it["id"] + (f" (repeat {rep})" if rep else "")


def _first(d: dict[str, Any], *names: str) -> Any:
    for n in names:
        if d.get(n) not in (None, ""):
            return d[n]
    return None


def _item_score(it: dict[str, Any]) -> float | None:
    v = (it.get("scores") or {}).get("pass_fraction")
    return float(v) if isinstance(v, (int, float)) else None


def _cls(s: Any) -> str:
    """A value used in a class name: letters, digits, '_' and '-' only."""
    return re.sub(r"[^A-Za-z0-9_-]", "", str(s or ""))


# --------------------------------------------------------------------------- per-question parts

def claims(checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Grounding verdict per claim, from ``details.claims`` of grounding.* checks: verdict (uncertain
    shown as "needs review"), which backend decided it and with what probability, source passage."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for ch in checks:
        if ch.get("category") != "grounding":
            continue
        details = ch.get("details") or {}
        found = details.get("claims")
        if not isinstance(found, list):
            continue
        default_backend = _backend_of(details)
        for cl in found:
            if not isinstance(cl, dict):
                cl = {"claim": str(cl)}
            text = str(_first(cl, "claim", "text", "sentence", "statement") or "")
            verdict = str(_first(cl, "verdict", "label", "status", "outcome") or "")
            key = f"{text}\x00{verdict}"
            if key in seen:
                continue
            seen.add(key)
            src = _first(cl, "passage_text", "source", "passage", "source_text", "context", "evidence")
            if isinstance(src, dict):
                src = _first(src, "text", "passage", "content") or json.dumps(src, ensure_ascii=False)
            prob = _first(cl, "probability", "score", "confidence", "similarity")
            probs = cl.get("probabilities") if isinstance(cl.get("probabilities"), dict) else {}
            rows.append({
                "text": text, "verdict": verdict or "—", "verdict_label": _VERDICT_LABEL.get(verdict, verdict or "—"),
                "verdict_cls": _cls(verdict.lower()), "reason": str(_first(cl, "reason", "explanation") or ""),
                "source_id": str(_first(cl, "source_id", "passage_id", "doc_id") or ""), "source": str(src or "—"),
                "probability": f"{prob:.2f}" if isinstance(prob, (int, float)) else str(prob or ""),
                "probabilities": ", ".join(f"P({k}) = {v}" for k, v in probs.items()),
                "backend": str(cl.get("backend") or default_backend), "kind": str(cl.get("kind") or ""),
            })
    return rows


def _backend_of(details: dict[str, Any]) -> str:
    backend, model = details.get("backend"), details.get("model")
    if backend and model and str(model) not in str(backend):
        return f"{backend}:{model}"
    return str(backend or model or "")


def _rule_badge(rule: str, agr: dict[str, Any] | None) -> dict[str, Any] | None:
    r = ((agr or {}).get("rules") or {}).get(rule)
    return None if r is None else {"text": fmt_kappa(r), "n": r["n"], "below": r["below"]}


def _failed_checks(checks: list[dict[str, Any]], changes: dict[str, str] | None,
                   agr: dict[str, Any] | None) -> list[dict[str, Any]]:
    bad = sorted((c for c in checks if c.get("outcome") in ("fail", "error")),
                 key=lambda c: (-_RANK.get(c.get("severity"), 0), str(c.get("rule"))))
    return [{"rule": str(c.get("rule")), "severity": str(c.get("severity")), "sev_cls": _cls(c.get("severity")),
             "outcome": str(c.get("outcome", "")), "change": (changes or {}).get(c.get("rule"), ""),
             "message": str(c.get("message") or ""), "evidence": str(c.get("evidence") or ""),
             "clinicians": _rule_badge(str(c.get("rule")), agr)} for c in bad]


def _review_form(it: dict[str, Any]) -> dict[str, Any]:
    """Clinician review of one item: agree/disagree with the verdict overall and per check, severity, comment."""
    key = _key(it)
    graded = sorted((c for c in it.get("checks", []) if c.get("outcome") in ("pass", "fail")),
                    key=lambda c: (c["outcome"] != "fail", -_RANK.get(c["severity"], 0), c["rule"]))
    return {"key": key, "name": "rv-" + re.sub(r"[^A-Za-z0-9_-]", "_", key), "id": it["id"],
            "repeat": int(it.get("repeat", 0)), "status": it["status"], "n_graded": len(graded),
            "checks_json": json.dumps([[c["rule"], c["outcome"], c["severity"]] for c in graded], ensure_ascii=False)}


def details_missing(checks: list[dict[str, Any]]) -> bool:
    """Compact results (``--details failed|none``) drop per-check details: a grounding check
    without them has claims the report cannot show."""
    return any(c.get("category") == "grounding" and c.get("outcome") in ("pass", "fail") and "details" not in c
               for c in checks)


def item_view(it: dict[str, Any], base: dict[str, Any] | None = None, changes: dict[str, str] | None = None,
              compare: bool = False, agr: dict[str, Any] | None = None,
              cl: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Everything one question's section shows (``cl``: its claims(), when already computed)."""
    from harness.report import answer, diff

    meta = it.get("metadata") or {}
    text = it.get("answer") or ""
    checks = it.get("checks") or []
    marks = answer.marks_for(text, checks)
    anchor = _anchor(it)
    cl = claims(checks) if cl is None else cl
    return {
        "anchor": anchor, "label": _label(it), "status": it["status"], "status_cls": _cls(it["status"]),
        "base_status": str(base["status"]) if base else None, "base_cls": _cls(base["status"]) if base else "",
        "facts": " · ".join(str(x) for x in (meta.get("cancer_type"), meta.get("topic"), meta.get("risk_tier")) if x),
        "question": str(it.get("question") or ""), "error": str(it["error"]) if it.get("error") else "",
        "failed": _failed_checks(checks, changes, agr), "compare": compare, "with_agreement": bool(agr),
        "answer_html": answer.render(text, marks), "has_answer": bool(text.strip()),
        "raw": [(run, m and {"kind": m.kind, "rule": m.rule, "title": m.title}) for run, m in answer.segments(text, marks)],
        "legend": sorted({m.kind for m in marks}, key=lambda k: -answer.RANK.get(k, 0)),
        "claims": cl, "needs_review": sum(c["verdict"] == "uncertain" for c in cl),
        "details_missing": details_missing(checks),
        "diff": (diff.diff(base.get("answer") or "", text) if base else None) if compare else None,
        "in_baseline": base is not None,
        "reviews": ((agr or {}).get("comments") or {}).get(_key(it), []),
        "form": _review_form(it),
    }


# --------------------------------------------------------------------------- page-level parts

def _figures(cand: list[dict[str, Any]], base: list[dict[str, Any]] | None,
             by_cat: dict[str, tuple[float | None, float | None]], by_sev: dict[str, tuple[float | None, float | None]],
             scores: dict[str, dict[str, Any]] | None = None) -> list[tuple[str, str]]:
    from harness.report import charts

    figs = [(charts.rate_bars(by_cat, "Pass rate by category"), "pass rate by category"),
            (charts.rate_bars(by_sev, "Pass rate by severity"), "pass rate by severity")]
    cs = charts.bin_counts(s for it in cand if (s := _item_score(it)) is not None)
    bs = charts.bin_counts(s for it in base if (s := _item_score(it)) is not None) if base is not None else None
    figs.append((charts.score_hist(bs, cs, "Score distribution (share of graded checks passed per answer)",
                                   "pass fraction"), "score distribution"))
    if scores:
        figs.append((charts.score_changes(scores, "Scores per question: better or worse than the baseline"),
                     "score changes by direction"))
    cells = charts.pass_table(cand, "cancer_type", "category")
    rows = sorted({r for r, _ in cells})
    cols = sorted({c for _, c in cells})
    if base is not None:
        bcells = charts.pass_table(base, "cancer_type", "category")
        delta = {k: (v - bcells[k]) if v is not None and bcells.get(k) is not None else None for k, v in cells.items()}
        figs.append((charts.heatmap(rows, cols, cells, "Candidate pass rate by cancer type (%)"), "heat map"))
        figs.append((charts.heatmap(rows, cols, delta, "Change vs baseline by cancer type (pts)", diverging=True),
                     "heat map of changes"))
    else:
        figs.append((charts.heatmap(rows, cols, cells, "Pass rate by cancer type (%)"), "heat map"))
    return [(uri, alt) for uri, alt in figs if uri]


def _rules(rules: dict[str, dict[str, Any]], agr: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Per-rule rows with the clinicians' agreement next to each rule (and the item verdict)."""
    agreed = (agr or {}).get("rules") or {}
    out = [{"rule": k, **r, "sev_rank": _RANK.get(r.get("severity"), 0), "clinicians": agreed.get(k)}
           for k, r in rules.items()]
    if ITEM_VERDICT in agreed:
        out.append({"rule": ITEM_VERDICT, "category": "", "severity": "", "sev_rank": 0,
                    "clinicians": agreed[ITEM_VERDICT]})
    return out


def _agreement_view(agr: dict[str, Any] | None) -> dict[str, Any] | None:
    if not agr:
        return None
    return {"reviewers": agr["reviewers"], "judgements": agr["judgements"], "min_kappa": agr["min_kappa"],
            "all": agr["all_checks"], "inter_rater": agr["inter_rater"],
            "below": [r for r, s in agr["rules"].items() if s["below"] and r != ITEM_VERDICT],
            "samples": agr["bootstrap"]["samples"]}


def _tags(it: dict[str, Any], view: dict[str, Any]) -> set[str]:
    tags = set()
    if view["needs_review"]:
        tags.add("needs_review")
    if view["reviews"]:
        tags.add("reviewed")
    if it["status"] == "passed" and view["failed"]:
        tags.add("warning")
    return tags


# --------------------------------------------------------------------------- run report

def run_report(items: Any, summary: dict[str, Any], run_dir: str | Path | None = None,
               stale: list[tuple[Any, list[str]]] | None = None, agreement: dict[str, Any] | None = None) -> str:
    """report.html of a run folder as one string (harness.report.run_page builds it in one pass)."""
    from harness.report import run_page

    return run_page.run_report(items, summary, run_dir, stale, agreement)


# --------------------------------------------------------------------------- compare report

def compare_report(cmp: dict[str, Any], base_items: list[dict[str, Any]] | None = None,
                   cand_items: list[dict[str, Any]] | None = None, md_path: str | None = None,
                   agreement: dict[str, Any] | None = None) -> str:
    """compare.html. Without the run items (old callers), they are loaded from the compared run folders;
    ``agreement`` is the clinicians' agreement on the candidate run (harness.review.stats_of_run)."""
    from harness.results import load_results

    if base_items is None:
        base_items = load_results(cmp["baseline"]["path"])
    if cand_items is None:
        cand_items = load_results(cmp["candidate"]["path"])
    bmap = {_key(i): i for i in base_items}
    cmap = {_key(i): i for i in cand_items}
    diffs = {f"{d['id']}#{d['repeat']}": d for d in cmp["items"]}
    g = cmp["gate"]
    ok = g["passed"]
    verdict = "PASSED" if ok else "FAILED"
    regs, imps = cmp["regressions"], cmp["improvements"]
    b, c = cmp["baseline"], cmp["candidate"]
    pf = (cmp.get("scores") or {}).get("pass_fraction")
    cards = [
        ("regression gate", verdict, "good" if ok else "bad"),
        ("regressions", len(regs), "bad" if regs else ""), ("improvements", len(imps), "good" if imps else ""),
        ("item pass rate", f"{_pct(b['pass_rate'])} → {_pct(c['pass_rate'])}", ""),
        ("mean score Δ", f"{_delta(pf['delta'])} pts {_ci(pf.get('ci'))}" if pf else "n/a", ""),
        ("answers changed, scores not", len(cmp["answer_changed_scores_unchanged"]), ""),
    ]

    def order(k: str) -> tuple[int, str]:
        d = diffs.get(k) or {}
        chg = {ch["change"] for ch in d.get("checks", [])}
        return (0 if "newly_failing" in chg else 1 if "newly_passing" in chg else 2 if d.get("answer_changed") else 3, k)

    rows, sections, rules_seen, cancers = [], [], set(), set()
    keys = sorted(dict.fromkeys([*cmap, *bmap]), key=order)
    for n, k in enumerate(keys[:COMPARE_MAX_ROWS]):
        it, bit, d = cmap.get(k), bmap.get(k), diffs.get(k) or {"checks": []}
        shown = it or bit
        assert shown is not None
        changes = {ch["rule"]: ch["change"] for ch in d["checks"]}
        newly = [r for r, ch in changes.items() if ch == "newly_failing"]
        fixed = [r for r, ch in changes.items() if ch == "newly_passing"]
        failing = [ch["rule"] for ch in shown["checks"] if ch.get("outcome") in ("fail", "error")] if it else []
        rules_seen.update(failing)
        tags = set(changes.values()) - {"unchanged"}
        tags.update(t for t, on in (("answer_changed", d.get("answer_changed")),
                                    ("answer_changed_scores_unchanged", d.get("answer_changed_scores_unchanged")),
                                    ("missing_in_candidate", it is None), ("new_in_candidate", bit is None)) if on)
        ct = str((shown.get("metadata") or {}).get("cancer_type") or "")
        cancers.update([ct] if ct else [])
        st = it["status"] if it else "missing"
        if it is None:
            view = {"anchor": _anchor(shown), "label": _label(shown), "missing": True,
                    "question": str(shown.get("question") or "")}
        elif n < COMPARE_MAX_SECTIONS:
            view = item_view(it, bit, changes, compare=True, agr=agreement)
        else:  # listed, not shown: only what the row needs
            view = {"anchor": _anchor(it), "failed": _failed_checks(it.get("checks") or [], changes, agreement),
                    "needs_review": sum(c["verdict"] == "uncertain" for c in claims(it.get("checks") or [])),
                    "reviews": ((agreement or {}).get("comments") or {}).get(_key(it), [])}
        if it is not None:
            tags |= _tags(it, view)
        if n < COMPARE_MAX_SECTIONS:
            sections.append(view)
        rows.append({"anchor": view["anchor"], "key": k, "label": _label(shown), "cancer": ct,
                     "base_status": str(bit["status"]) if bit else "—", "base_cls": _cls(bit["status"]) if bit else "",
                     "status": st, "status_cls": _cls(st), "newly": newly, "fixed": fixed, "failing": failing,
                     "answer_changed": bool(d.get("answer_changed")), "tags": sorted(tags),
                     "rules": sorted(set(failing) | set(newly)),
                     "search": " ".join([shown["id"], str(shown.get("question") or ""), ct, *failing, *newly]).lower()})

    by_cat = {k: (v["baseline"], v["candidate"]) for k, v in cmp["by_category"].items()}
    by_sev = {k: (v["baseline"], v["candidate"]) for k, v in cmp["by_severity"].items()}
    scores = [{"name": k, "direction": WORDS.get(v.get("direction", "higher"), ""), **v}
              for k, v in (cmp.get("scores") or {}).items()]
    rules = {k: r for k, r in cmp["rules"].items() if r["newly_failing"] or r["newly_passing"] or r["still_failing"]
             or k in ((agreement or {}).get("rules") or {})}
    title = f"Regression report — gate {verdict}"
    meta = {"kind": "compare", "run": c["path"], "baseline": b["path"],
            "report_id": f"compare:{b['path']}:{c['path']}", "harness_version": __version__}
    change_opts = ["newly_failing", "newly_passing", "still_failing", "score_changed", "answer_changed",
                   "answer_changed_scores_unchanged", "missing_in_candidate", "new_in_candidate", "needs_review",
                   "reviewed"]
    return _render(
        "compare_report.html.j2", title, meta,
        subtitle=f"baseline {b['path']} → candidate {c['path']}" + (f" · {md_path}" if md_path else ""),
        cards=cards, gate=g, significance=(cmp.get("significance") or {}).get("text"),
        regressions=[{**r, "anchor": _anchor(r), "label": _label(r), "sev_cls": _cls(r["severity"]),
                      "sev_rank": _RANK.get(r["severity"], 0)} for r in regs],
        figures=_figures(cand_items, base_items, by_cat, by_sev, cmp.get("scores")),
        by_category=cmp["by_category"], by_severity=cmp["by_severity"], scores=scores,
        samples=cmp.get("bootstrap", {}).get("samples", ""), rules=_rules(rules, agreement),
        agreement=_agreement_view(agreement), rows=rows, items=sections,
        capped={"total": len(keys), "rows": len(rows), "sections": len(sections)},
        filters={"cancers": sorted(cancers), "rules": sorted(rules_seen), "changes": change_opts,
                 "change_label": "change"})
