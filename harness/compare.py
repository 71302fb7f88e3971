"""Baseline vs candidate: per-item, per-rule diff, rates before/after, and the regression gate.

The gate says which test it applied. With one sample per question (recorded answers, or a fixed
seed) a deterministic check that flips pass→fail is a real change, so every such flip at or above
``fail_on`` severity fails the gate ("exact" mode). With repeats, answers are samples: a rule fails
the gate only when its flips are significant by an exact McNemar test on the paired
(question, repeat) outcomes ("paired" mode), so a single noisy flip does not block a merge.

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
        changes.append({
            "rule": rule, "category": ref["category"], "severity": ref["severity"], "change": change,
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
                   if isinstance(v, (int, float)) and not isinstance(v, bool) and k not in ("checks_passed", "checks_graded")})

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
        diff = arr[:, 1] - arr[:, 0]
        out[k] = {"n": len(arr), "baseline": round(mb, 4), "candidate": round(mc, 4), "delta": round(mc - mb, 4),
                  "ci": _ratio_ci(arr[:, 0], ones, arr[:, 1], ones, n_boot, seed),
                  "worse": int((diff < 0).sum()), "better": int((diff > 0).sum())}
    return out


def compare_runs(baseline_dir: str | Path, candidate_dir: str | Path, fail_on: str = "major",
                 alpha: float = 0.05, max_drop: dict[str, float] | None = None,
                 n_boot: int = 2000, seed: int = 0) -> dict[str, Any]:
    """compare.json content (schemas/compare.schema.json)."""
    base, cand = load_results(baseline_dir), load_results(candidate_dir)
    bmap, cmap = {_key(i): i for i in base}, {_key(i): i for i in cand}
    keys = list(dict.fromkeys([*bmap, *cmap]))
    items = [diff_item(bmap.get(k), cmap.get(k)) for k in keys]
    repeats = max([k[1] for k in keys] + [0]) > 0
    mode = "paired" if repeats else "exact"
    threshold = SEVERITY_RANK[fail_on]

    regressions, improvements = [], []
    per_rule: dict[str, dict[str, Any]] = {}
    for d in items:
        for ch in d["checks"]:
            row = per_rule.setdefault(ch["rule"], {"category": ch["category"], "severity": ch["severity"],
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

    reasons: list[str] = []
    notes: list[str] = []
    gating = [r for r in regressions if SEVERITY_RANK[r["severity"]] >= threshold]
    below = sorted({(r["rule"], r["severity"]) for r in regressions if SEVERITY_RANK[r["severity"]] < threshold})
    for rule, sev in below:
        ids = sorted({r["id"] for r in regressions if r["rule"] == rule})
        notes.append(f"{rule} ({sev}, below fail-on '{fail_on}') newly fails on {', '.join(ids)}: reported, not gating")
    if mode == "exact":
        by_rule: dict[str, list[str]] = defaultdict(list)
        for r in gating:
            by_rule[r["rule"]].append(r["id"])
        for rule, ids in sorted(by_rule.items(), key=lambda kv: (-SEVERITY_RANK[per_rule[kv[0]]["severity"]], kv[0])):
            ids = sorted(set(ids))
            cat = per_rule[rule]["category"]
            reasons.append(f"{len(ids)} question{'s' if len(ids) != 1 else ''} {PHRASE.get(cat, 'regressed')} "
                           f"({rule}, {per_rule[rule]['severity']}): {', '.join(ids)}")
    else:
        for rule, row in sorted(per_rule.items()):
            if SEVERITY_RANK[row["severity"]] >= threshold and row["newly_failing"] > row["newly_passing"] \
                    and row["p_value"] < alpha:
                ids = sorted({r["id"] for r in gating if r["rule"] == rule})
                reasons.append(f"{rule} ({row['severity']}) regressed: {row['newly_failing']} pass→fail vs "
                               f"{row['newly_passing']} fail→pass over repeats, McNemar p={row['p_value']:.3g} < {alpha}: "
                               f"{', '.join(ids)}")
            elif SEVERITY_RANK[row["severity"]] >= threshold and row["newly_failing"] > 0:
                notes.append(f"{rule} ({row['severity']}): {row['newly_failing']} pass→fail vs {row['newly_passing']} "
                             f"fail→pass, McNemar p={row['p_value']:.3g} ≥ {alpha}: treated as noise")
    missing = sorted({k[0] for k in bmap if k not in cmap})
    if missing:
        reasons.append(f"{len(missing)} question(s) missing from the candidate run: {', '.join(missing)}")
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
    return {
        "baseline": {"path": str(baseline_dir), "counts": bs["counts"], "pass_rate": bs["pass_rate"]},
        "candidate": {"path": str(candidate_dir), "counts": cs["counts"], "pass_rate": cs["pass_rate"]},
        "gate": {"fail_on": fail_on, "mode": mode, "alpha": alpha, "max_drop": max_drop or {},
                 "passed": not reasons, "reasons": reasons, "notes": notes,
                 "applied": ("exact: every pass→fail flip of a deterministic check at or above "
                             f"'{fail_on}' severity counts (one sample per question)") if mode == "exact" else
                            (f"paired: per rule, exact McNemar test on (question, repeat) pass/fail flips at alpha={alpha}; "
                             "max_drop only when the bootstrap CI excludes 0")},
        "bootstrap": {"samples": n_boot, "seed": seed, "level": 0.95, "unit": "question"},
        "scores": score_stats(base, cand, n_boot, seed),
        "by_category": by_category,
        "by_severity": by_severity,
        "rules": dict(sorted(per_rule.items())),
        "regressions": regressions,
        "improvements": improvements,
        "missing_in_candidate": missing,
        "new_in_candidate": sorted({k[0] for k in cmap if k not in bmap}),
        "answer_changed_scores_unchanged": sorted({d["id"] for d in items if d["answer_changed_scores_unchanged"]}),
        "items": items,
    }
