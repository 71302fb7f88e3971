"""Baseline vs candidate: per-item, per-rule diff, rates before/after, and the regression gate.

The gate says which test it applied. With one sample per question (recorded answers, or a fixed
seed) a deterministic check that flips pass→fail is a real change, so every such flip at or above
``fail_on`` severity fails the gate ("exact" mode). With repeats, answers are samples: the gate runs
the paired statistics of harness.gate (McNemar on each question's majority outcome per rule, with
Tarone's correction over rules, and a paired bootstrap on the scores), so a noisy flip does not
block a merge ("paired" mode).

Only questions present in both runs are compared; the others are listed. Runs that share no
question are refused (exit 2). Differences in what scored the runs (rubric, scoring code, dataset)
are reported as warnings first: with ``--rescore`` the baseline's stored answers are scored again
with the candidate's rubric and code (harness.rescore), so the gate sees only the prompt change.
Every score is read in its declared direction (harness.directions).

Mean scores and category/severity pass rates carry a paired bootstrap 95% CI of the
candidate-minus-baseline delta, resampling *questions* (all repeats of a question move together),
with a fixed seed so the numbers are deterministic. ``max_drop`` limits use it in paired mode: a
drop beyond the limit fails only when the CI excludes zero.
"""
from __future__ import annotations

from collections import defaultdict
from math import comb
from pathlib import Path
from typing import Any

from harness import directions as dirs
from harness.errors import InputError
from harness.results import load_results, load_summary
from harness.scoring.model import SEVERITY_RANK

PHRASE = {
    "disclaimer": "lost a required disclaimer",
    "sections": "lost a required section",
    "safety": "broke a medical-safety rule",
    "grounding": "made claims their sources do not support",
    "rubric": "scored lower on their question-specific criteria",
    "quality": "dropped in quality",
}


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value for b (pass→fail) vs c (fail→pass) discordant pairs."""
    n = b + c
    if n == 0:
        return 1.0
    k = min(b, c)
    tail = sum(comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def _key(it: dict[str, Any]) -> tuple[str, int]:
    return it["id"], int(it.get("repeat", 0))


def _rate(p: int, n: int) -> float | None:
    return round(p / n, 4) if n else None


def _rates(items: list[dict[str, Any]], field: str) -> dict[str, tuple[int, int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for it in items:
        for c in it["checks"]:
            if c.get("outcome") in ("pass", "fail", "error"):
                out[c[field]][1] += 1
                out[c[field]][0] += c.get("outcome") == "pass"
    return {k: (v[0], v[1]) for k, v in out.items()}


def diff_item(b: dict[str, Any] | None, c: dict[str, Any] | None) -> dict[str, Any]:
    """Per-rule changes of one (question, repeat) between baseline and candidate."""
    it = c or b
    assert it is not None
    bc = {ch["rule"]: ch for ch in (b or {}).get("checks", [])}
    cc = {ch["rule"]: ch for ch in (c or {}).get("checks", [])}
    changes = []
    for rule in list(dict.fromkeys([*bc, *cc])):
        x, y = bc.get(rule), cc.get(rule)
        xo = x.get("outcome") if x else None
        yo = y.get("outcome") if y else None
        if xo not in ("fail", "error") and yo in ("fail", "error"):
            change = "newly_failing"
        elif xo in ("fail", "error") and yo == "pass":
            change = "newly_passing"
        elif xo in ("fail", "error") and yo in ("fail", "error"):
            change = "still_failing"
        elif x and y and x.get("score") != y.get("score"):
            change = "score_changed"
        else:
            change = "unchanged"
        ref = y or x
        assert ref is not None
        direction = ref.get("direction") or "higher"
        changes.append({
            "rule": rule, "category": ref["category"], "severity": ref["severity"], "change": change,
            "direction": direction,
            "score_change": dirs.change(direction, x.get("score") if x else None, y.get("score") if y else None),
            "baseline": {"outcome": xo, "score": x.get("score") if x else None, "evidence": x.get("evidence") if x else None},
            "candidate": {"outcome": yo, "score": y.get("score") if y else None, "evidence": y.get("evidence") if y else None,
                          "message": y.get("message") if y else None},
        })
    answer_changed = bool(b and c and (b.get("answer") or "") != (c.get("answer") or ""))
    scores_changed = any(ch["change"] != "unchanged" for ch in changes)
    return {
        "id": it["id"], "repeat": int(it.get("repeat", 0)), "question": it["question"],
        "cancer_type": str((it.get("metadata") or {}).get("cancer_type") or ""),
        "baseline_status": b["status"] if b else None, "candidate_status": c["status"] if c else None,
        "answer_changed": answer_changed, "answer_changed_scores_unchanged": answer_changed and not scores_changed,
        "checks": changes,
    }


def _per_question(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        out[it["id"]].append(it)
    return out


def _ratio_ci(pb: Any, gb: Any, pc: Any, gc: Any, n_boot: int, seed: int, level: float = 0.95
              ) -> list[float] | None:
    """Paired bootstrap CI of sum(pc)/sum(gc) - sum(pb)/sum(gb), resampling questions (rows)."""
    import numpy as np

    n = len(pb)
    if n < 2:
        return None
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    with np.errstate(invalid="ignore", divide="ignore"):
        d = pc[idx].sum(1) / gc[idx].sum(1) - pb[idx].sum(1) / gb[idx].sum(1)
    d = d[~np.isnan(d)]
    if not len(d):
        return None
    lo, hi = np.percentile(d, [100 * (1 - level) / 2, 100 * (1 + level) / 2])
    return [round(float(lo), 4), round(float(hi), 4)]


def rate_cis(base: list[dict[str, Any]], cand: list[dict[str, Any]], field: str, n_boot: int = 2000,
             seed: int = 0) -> dict[str, list[float] | None]:
    """Per category (or severity): bootstrap CI of the pass-rate delta over questions in both runs."""
    import numpy as np

    bq, cq = _per_question(base), _per_question(cand)
    qids = sorted(set(bq) & set(cq))
    keys = sorted({c[field] for it in [*base, *cand] for c in it["checks"]})
    out: dict[str, list[float] | None] = {}
    for k in keys:
        arr = np.zeros((4, len(qids)))
        for j, q in enumerate(qids):
            for row, side in ((0, bq[q]), (2, cq[q])):
                for it in side:
                    for c in it["checks"]:
                        if c[field] == k and c.get("outcome") in ("pass", "fail", "error"):
                            arr[row, j] += c.get("outcome") == "pass"
                            arr[row + 1, j] += 1
        keep = (arr[1] > 0) | (arr[3] > 0)
        out[k] = _ratio_ci(*arr[:, keep], n_boot=n_boot, seed=seed) if keep.any() else None
    return out


def score_stats(base: list[dict[str, Any]], cand: list[dict[str, Any]], n_boot: int = 2000,
                seed: int = 0) -> dict[str, dict[str, Any]]:
    """Mean of every numeric score in both runs, with a paired bootstrap CI of the mean difference.

    Pairs are questions: each question's score is the mean over its repeats (all repeats used), and
    the bootstrap resamples questions, so repeats of one question are never treated as independent.
    """
    import numpy as np

    bq, cq = _per_question(base), _per_question(cand)
    qids = sorted(set(bq) & set(cq))
    keys = sorted({k for it in [*base, *cand] for k, v in (it.get("scores") or {}).items()
                   if isinstance(v, (int, float)) and not isinstance(v, bool) and dirs.is_score_key(k)})
    direction = {**dirs.score_directions(base), **dirs.score_directions(cand)}

    def qmean(its: list[dict[str, Any]], k: str) -> float | None:
        vals = [float(v) for it in its if isinstance(v := (it.get("scores") or {}).get(k), (int, float))]
        return sum(vals) / len(vals) if vals else None

    out: dict[str, dict[str, Any]] = {}
    for k in keys:
        pairs = [(b, c) for q in qids if (b := qmean(bq[q], k)) is not None and (c := qmean(cq[q], k)) is not None]
        if not pairs:
            continue
        arr = np.array(pairs, dtype=float)
        ones = np.ones(len(arr))
        mb, mc = float(arr[:, 0].mean()), float(arr[:, 1].mean())
        d = direction.get(k, "higher")
        moved = [dirs.change(d, float(x), float(y)) for x, y in arr]
        out[k] = {"n": len(arr), "baseline": round(mb, 4), "candidate": round(mc, 4), "delta": round(mc - mb, 4),
                  "ci": _ratio_ci(arr[:, 0], ones, arr[:, 1], ones, n_boot, seed), "direction": d,
                  "worse": moved.count("worse"), "better": moved.count("better"),
                  "assessment": dirs.change(d, round(mb, 4), round(mc, 4))}
    return out


def question_scores(items_by_q: dict[str, list[dict[str, Any]]], qids: list[str], keys: list[str]
                    ) -> dict[str, list[float | None]]:
    """Per score key, each question's mean over its repeats (None when no repeat has it)."""
    out: dict[str, list[float | None]] = {}
    for k in keys:
        col: list[float | None] = []
        for q in qids:
            vals = [float(v) for it in items_by_q[q] if isinstance(v := (it.get("scores") or {}).get(k), (int, float))
                    and not isinstance(v, bool)]
            col.append(sum(vals) / len(vals) if vals else None)
        out[k] = col
    return out


def rule_fractions(items_by_q: dict[str, list[dict[str, Any]]], qids: list[str], rules: list[str]
                   ) -> dict[str, list[float | None]]:
    """Per rule, each question's pass fraction over the repeats where the rule was graded (an error
    counts as a failure: fail closed); None when the rule was never graded for that question."""
    out: dict[str, list[float | None]] = {}
    for rule in rules:
        col: list[float | None] = []
        for q in qids:
            outs = [c.get("outcome") for it in items_by_q[q] for c in it["checks"] if c["rule"] == rule
                    and c.get("outcome") in ("pass", "fail", "error")]
            col.append(sum(o == "pass" for o in outs) / len(outs) if outs else None)
        out[rule] = col
    return out


def _ids(ids: set[str], n: int = 5) -> str:
    shown = sorted(ids)
    return ", ".join(shown[:n]) + (", …" if len(shown) > n else "")


def shared_questions(base: list[dict[str, Any]], cand: list[dict[str, Any]], baseline_dir: str | Path,
                     candidate_dir: str | Path) -> tuple[list[str], list[str], list[str]]:
    """(shared, only in baseline, only in candidate) question ids; InputError when none is shared."""
    bids, cids = {it["id"] for it in base}, {it["id"] for it in cand}
    shared = bids & cids
    if not shared:
        raise InputError(f"the runs share no question id, so there is nothing to compare: baseline {baseline_dir} has "
                         f"{len(bids)} ({_ids(bids)}), candidate {candidate_dir} has {len(cids)} ({_ids(cids)})")
    return sorted(shared), sorted(bids - cids), sorted(cids - bids)


def provenance(bs: dict[str, Any], cs: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """What scored each run (rubric, scoring code, dataset, prompt), and a warning per difference that
    can move scores without any change of the answers."""
    def pick(s: dict[str, Any], field: str) -> str | None:
        if field == "code":
            sc = s.get("scoring") or {}
            return sc.get("code_sha256") or (f"harness {s['harness_version']}" if s.get("harness_version") else None)
        if field == "prompt":
            pr = s.get("prompt") or {}
            return pr.get("sha256") or pr.get("version")
        return (s.get(field) or {}).get("sha256")

    out: dict[str, Any] = {}
    warnings: list[str] = []
    for field in ("rubric", "code", "dataset", "prompt"):
        b, c = pick(bs, field), pick(cs, field)
        out[field] = {"baseline": b, "candidate": c, "same": None if b is None or c is None else b == c}
    if out["rubric"]["same"] is False:
        bn, cn = (bs.get("rubric") or {}), (cs.get("rubric") or {})
        warnings.append(f"the runs were scored with different rubrics (baseline {bn.get('path')} sha256 {str(bn.get('sha256'))[:12]}, "
                        f"candidate {cn.get('path')} sha256 {str(cn.get('sha256'))[:12]}): a rule change can look like a "
                        "prompt regression; use --rescore to score the baseline's answers with the candidate's rubric")
    if out["code"]["same"] is False:
        warnings.append(f"the runs were scored by different harness code (baseline {str(out['code']['baseline'])[:12]}, "
                        f"candidate {str(out['code']['candidate'])[:12]}): use --rescore to score both with this code")
    if out["dataset"]["same"] is False:
        warnings.append("the runs used different dataset files (questions or criteria may have changed); only "
                        "questions present in both are compared")
    return out, warnings


def _pts(x: float) -> str:
    return f"{100 * x:+.1f} pts"


def compare_runs(baseline_dir: str | Path, candidate_dir: str | Path, fail_on: str = "major",
                 alpha: float = 0.05, max_drop: dict[str, float] | None = None,
                 n_boot: int = 2000, seed: int = 0, mode: str = "auto", min_effect: float | None = None,
                 score_min_effect: dict[str, float] | None = None,
                 rescored: dict[str, Any] | None = None) -> dict[str, Any]:
    """compare.json content (schemas/compare.schema.json)."""
    from harness import gate as stats

    base_all, cand_all = load_results(baseline_dir), load_results(candidate_dir)
    shared, only_base, only_cand = shared_questions(base_all, cand_all, baseline_dir, candidate_dir)
    keep = set(shared)
    base = [it for it in base_all if it["id"] in keep]
    cand = [it for it in cand_all if it["id"] in keep]
    bmap, cmap = {_key(i): i for i in base}, {_key(i): i for i in cand}
    keys = list(dict.fromkeys([*bmap, *cmap]))
    items = [diff_item(bmap.get(k), cmap.get(k)) for k in keys]
    repeats = max([k[1] for k in keys] + [0]) > 0
    if mode == "auto":
        mode = "paired" if repeats else "exact"
    threshold = SEVERITY_RANK[fail_on]
    min_effect = stats.DEFAULT_MIN_EFFECT if min_effect is None else min_effect
    direction = {**dirs.score_directions(base), **dirs.score_directions(cand)}

    regressions, improvements = [], []
    per_rule: dict[str, dict[str, Any]] = {}
    for d in items:
        for ch in d["checks"]:
            row = per_rule.setdefault(ch["rule"], {"category": ch["category"], "severity": ch["severity"],
                                                   "direction": ch["direction"],
                                                   "newly_failing": 0, "newly_passing": 0, "still_failing": 0})
            if ch["change"] in ("newly_failing", "newly_passing", "still_failing"):
                row[ch["change"]] += 1
            entry = {"id": d["id"], "repeat": d["repeat"], "rule": ch["rule"], "category": ch["category"],
                     "severity": ch["severity"], "message": ch["candidate"].get("message"),
                     "evidence": ch["candidate"]["evidence"] if ch["change"] == "newly_failing" else ch["baseline"]["evidence"]}
            if ch["change"] == "newly_failing":
                regressions.append(entry)
            elif ch["change"] == "newly_passing":
                improvements.append(entry)

    def worst_first(e: dict[str, Any]) -> tuple[int, str, int, str]:
        return -SEVERITY_RANK[e["severity"]], e["id"], e["repeat"], e["rule"]

    regressions.sort(key=worst_first)
    improvements.sort(key=worst_first)
    for row in per_rule.values():
        row["p_value"] = round(mcnemar_exact(row["newly_failing"], row["newly_passing"]), 6)
    scores = score_stats(base, cand, n_boot, seed)

    reasons: list[str] = []
    notes: list[str] = []
    gating = [r for r in regressions if SEVERITY_RANK[r["severity"]] >= threshold]
    paired: dict[str, Any] | None = None
    if mode == "exact":
        below = sorted({(r["rule"], r["severity"]) for r in regressions if SEVERITY_RANK[r["severity"]] < threshold})
        for rule, sev in below:
            ids = sorted({r["id"] for r in regressions if r["rule"] == rule})
            notes.append(f"{rule} ({sev}, below fail-on '{fail_on}') newly fails on {', '.join(ids)}: reported, not gating")
        by_rule: dict[str, list[str]] = defaultdict(list)
        for r in gating:
            by_rule[r["rule"]].append(r["id"])
        for rule, ids in sorted(by_rule.items(), key=lambda kv: (-SEVERITY_RANK[per_rule[kv[0]]["severity"]], kv[0])):
            ids = sorted(set(ids))
            cat = per_rule[rule]["category"]
            reasons.append(f"{len(ids)} question{'s' if len(ids) != 1 else ''} {PHRASE.get(cat, 'regressed')} "
                           f"({rule}, {per_rule[rule]['severity']}): {', '.join(ids)}")
        for k, st in scores.items():
            if st["worse"] and k != dirs.PASS_FRACTION:
                notes.append(f"score {k} ({dirs.WORDS[st['direction']]}) got worse on {st['worse']} question"
                             f"{'s' if st['worse'] != 1 else ''} and better on {st['better']}: "
                             f"mean {st['baseline']:g} → {st['candidate']:g}")
    else:
        qb, qc = _per_question(base), _per_question(cand)
        gating_rules = sorted(r for r, row in per_rule.items() if SEVERITY_RANK[row["severity"]] >= threshold)
        score_keys = sorted(scores)
        paired = stats.paired_gate(rule_fractions(qb, shared, gating_rules), rule_fractions(qc, shared, gating_rules),
                                   question_scores(qb, shared, score_keys), question_scores(qc, shared, score_keys),
                                   direction, alpha, min_effect, score_min_effect, n_boot, seed)
        for rule, t in sorted(paired["rules"].items(), key=lambda kv: (-SEVERITY_RANK[per_rule[kv[0]]["severity"]], kv[0])):
            row = per_rule[rule]
            row["p_value"], row["majority"] = t["p_value"], t
            if not t["worse"]:
                continue
            worse_ids = [q for q, x, y in zip(shared, rule_fractions(qb, shared, [rule])[rule],
                                              rule_fractions(qc, shared, [rule])[rule])
                         if stats.majority(x) and stats.majority(y) is False]
            what = (f"{rule} ({row['severity']}): {t['worse']} question{'s now fail' if t['worse'] != 1 else ' now fails'} on most "
                    f"repeats, {t['better']} improved (majority pass rate {_pts(-t['majority_drop'])}), one-sided McNemar "
                    f"p={t['p_value']:.3g}")
            if t["fails"]:
                reasons.append(f"{what} ≤ {t['level']:.3g} (alpha {alpha / 2:g} over rules, Tarone K={t['tarone_k']}): "
                               f"{', '.join(worse_ids)}")
            elif t["significant"]:
                notes.append(f"{what}: significant but smaller than the minimum effect {100 * min_effect:.1f} pts")
            else:
                notes.append(f"{what} > {t['level']:.3g}: treated as noise")
        for key, t in paired["scores"].items():
            st = scores.get(key)
            if not st or t["worsening"] <= 0:
                continue
            what = (f"mean {key} ({dirs.WORDS[t['direction']]}) {st['baseline']:g} → {st['candidate']:g}, worse by "
                    f"{t['worsening']:g} (paired bootstrap lower bound {t['lower_bound']})")
            if t["fails"]:
                reasons.append(f"{what} > 0 and ≥ the minimum effect {t['min_effect']:g}")
            elif t["significant"]:
                notes.append(f"{what}: significant but smaller than the minimum effect {t['min_effect']:g}")
            else:
                notes.append(f"{what}: the bound includes 0, treated as noise")
    if only_base or only_cand:
        notes.append(f"compared the {len(shared)} questions in both runs; only in the baseline ({len(only_base)}): "
                     f"{_ids(set(only_base), 20) or '—'}; only in the candidate ({len(only_cand)}): {_ids(set(only_cand), 20) or '—'}")
    new_errors = sorted({d["id"] for d in items if d["candidate_status"] == "error" and d["baseline_status"] != "error"})
    if new_errors:
        reasons.append(f"{len(new_errors)} question(s) newly errored: {', '.join(new_errors)}")

    def table(field: str) -> dict[str, Any]:
        rb, rc = _rates(base, field), _rates(cand, field)
        out = {}
        for k in sorted(set(rb) | set(rc), key=lambda s: -SEVERITY_RANK.get(s, 0) if field == "severity" else 0):
            b_rate = _rate(*rb.get(k, (0, 0)))
            c_rate = _rate(*rc.get(k, (0, 0)))
            out[k] = {"baseline": b_rate, "candidate": c_rate,
                      "delta": round(c_rate - b_rate, 4) if b_rate is not None and c_rate is not None else None}
        return out

    by_category = table("category")
    by_severity = table("severity")
    for field, tab in (("category", by_category), ("severity", by_severity)):
        for k, ci in rate_cis(base, cand, field, n_boot, seed).items():
            if k in tab:
                tab[k]["ci"] = ci
    for cat, limit in (max_drop or {}).items():
        row = by_category.get(cat)
        if not (row and row["delta"] is not None and -row["delta"] > limit):
            continue
        msg = f"{cat} pass rate dropped {100 * -row['delta']:.1f} points (allowed {100 * limit:.1f})"
        ci = row.get("ci")
        if mode == "exact":
            reasons.append(msg)
        elif ci is not None and ci[1] < 0:
            reasons.append(f"{msg}; bootstrap 95% CI of the change [{100 * ci[0]:+.1f}, {100 * ci[1]:+.1f}] excludes 0")
        else:
            shown = f"[{100 * ci[0]:+.1f}, {100 * ci[1]:+.1f}]" if ci else "n/a"
            notes.append(f"{msg}, but the bootstrap 95% CI {shown} includes 0: treated as noise")

    bs, cs = load_summary(baseline_dir), load_summary(candidate_dir)
    prov, warnings = provenance(bs, cs)
    if rescored:
        prov["rescored"] = rescored
    n_repeats = max((len(v) for v in _per_question(cand).values()), default=1)
    applied = (("exact: every pass→fail flip of a deterministic check at or above "
                f"'{fail_on}' severity counts (one sample per question)") if mode == "exact" else
               (f"paired over {n_repeats} repeats: per rule, one-sided exact McNemar test on each question's majority "
                f"outcome (Tarone-corrected, alpha {alpha / 2:g}) and a majority pass-rate drop of at least "
                f"{100 * min_effect:.1f} pts; per score, paired bootstrap lower bound of the worsening (alpha {alpha / 2:g}); "
                "max_drop only when the bootstrap CI excludes 0"))
    return {
        "baseline": {"path": str(baseline_dir), "counts": bs["counts"], "pass_rate": bs["pass_rate"]},
        "candidate": {"path": str(candidate_dir), "counts": cs["counts"], "pass_rate": cs["pass_rate"]},
        "gate": {"fail_on": fail_on, "mode": mode, "alpha": alpha, "max_drop": max_drop or {},
                 "min_effect": min_effect, "passed": not reasons, "reasons": reasons, "notes": notes,
                 "warnings": warnings, "applied": applied},
        "significance": significance(mode, reasons, gating, scores, paired, len(shared)),
        "provenance": prov,
        "bootstrap": {"samples": n_boot, "seed": seed, "level": 0.95, "unit": "question"},
        "scores": scores,
        "by_category": by_category,
        "by_severity": by_severity,
        "rules": dict(sorted(per_rule.items())),
        "regressions": regressions,
        "improvements": improvements,
        "shared_questions": len(shared),
        "missing_in_candidate": only_base,
        "new_in_candidate": only_cand,
        "answer_changed_scores_unchanged": sorted({d["id"] for d in items if d["answer_changed_scores_unchanged"]}),
        "items": items,
    }


def significance(mode: str, reasons: list[str], gating: list[dict[str, Any]], scores: dict[str, Any],
                 paired: dict[str, Any] | None, n_questions: int) -> dict[str, Any]:
    """The first thing a reader needs: is the difference significant, and how big is it."""
    pf = scores.get(dirs.PASS_FRACTION)
    size = ""
    if pf:
        ci = pf.get("ci")
        size = (f"mean share of checks passed {100 * pf['baseline']:.1f}% → {100 * pf['candidate']:.1f}% "
                f"({_pts(pf['delta'])}" + (f", 95% CI [{100 * ci[0]:+.1f}, {100 * ci[1]:+.1f}]" if ci else "") + ")")
    if mode == "exact":
        qs = sorted({r["id"] for r in gating})
        significant = bool(gating)
        head = (f"significant: {len(gating)} gating check{'s' if len(gating) != 1 else ''} newly fail on {len(qs)} of "
                f"{n_questions} questions (exact mode: one deterministic answer per question, every flip is real)"
                if significant else f"no significant difference: no gating check newly fails on the {n_questions} questions "
                                    "(exact mode)")
        effects = []
    else:
        assert paired is not None
        effects = ([{"kind": "rule", "name": k, "majority_drop": t["majority_drop"], "p_value": t["p_value"],
                     "fails": t["fails"]} for k, t in paired["rules"].items() if t["significant"]]
                   + [{"kind": "score", "name": k, "worsening": t["worsening"], "lower_bound": t["lower_bound"],
                       "fails": t["fails"]} for k, t in paired["scores"].items() if t["significant"]])
        significant = bool(effects)
        if significant:
            parts = [f"{e['name']} majority pass rate {_pts(-e['majority_drop'])} (p={e['p_value']:.3g})" if e["kind"] == "rule"
                     else f"{e['name']} worse by {e['worsening']:g}" for e in effects]
            head = f"significant (paired test over repeats): {'; '.join(parts)}"
        else:
            head = f"no significant difference (paired test over repeats, {n_questions} questions)"
    text = head + (f"; {size}" if size else "")
    return {"significant": significant, "gate_failed": bool(reasons), "text": text, "effects": effects}
