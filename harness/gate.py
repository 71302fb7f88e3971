"""The paired statistics of the regression gate for stochastic generators (``--repeats N``).

A live model does not give the same answer twice, even at temperature 0, so one pass→fail flip is
not evidence of a regression. Baseline and candidate are each sampled N times per question and the
gate asks two questions, each at a family-wise significance level ``alpha``:

* per rule: did more questions go from passing on most repeats to failing on most repeats than the
  other way? One-sided exact McNemar test on the per-question *majority* outcome (a tie is not a
  majority pass), so a question that fails one repeat in three counts as passing on both sides.
  Many rules are tested at once, so the per-rule level is corrected with Tarone's procedure for
  discrete tests: a rule with k discordant questions cannot reach a p-value below 0.5**k, and only
  rules that could be significant count in the Bonferroni divisor. A rule fails the gate only when
  it is significant *and* its majority pass rate fell by at least ``min_effect`` (a fraction of the
  questions).
* per score (``pass_fraction``, grounding and criteria scores): paired bootstrap over questions of
  the mean worsening, read in the score's declared direction (harness.directions). A score fails
  when the one-sided lower bound of its worsening at ``alpha / m`` is above 0 and the mean worsening
  is at least its ``min_effect`` (in the score's own units).

bench/gate_sim.py calls :func:`paired_gate` itself to measure the false-fail rate with no change and
the detection rate of a planted drop; ``harness compare`` calls it on real run folders.
"""
from __future__ import annotations

from math import comb
from typing import Any, Mapping, Sequence

DEFAULT_MIN_EFFECT = 0.05        # a rule's majority pass rate must fall at least 5 points to fail
DEFAULT_SCORE_MIN_EFFECT = 0.02  # a mean score must worsen at least this much (score units) to fail


def mcnemar_one_sided(b: int, c: int) -> float:
    """Exact one-sided McNemar p-value that pass→fail (b) outnumbers fail→pass (c): P(X ≥ b), X ~ Bin(b+c, ½)."""
    n = b + c
    if n == 0 or b == 0:
        return 1.0
    return min(1.0, sum(comb(n, i) for i in range(b, n + 1)) / 2 ** n)


def tarone_level(discordant: Sequence[int], alpha: float) -> tuple[float, int]:
    """Per-test level and divisor K of Tarone's modified Bonferroni procedure for exact one-sided
    McNemar tests: the smallest K such that at most K tests can reach a p-value ≤ alpha / K."""
    k = 1
    while sum(1 for n in discordant if n > 0 and 0.5 ** n <= alpha / k) > k:
        k += 1
    return alpha / k, k


def majority(frac: float | None) -> bool | None:
    """Pass on most graded repeats (a tie is not a majority pass); None when never graded."""
    return None if frac is None else frac > 0.5


def rule_tests(base: Mapping[str, Sequence[float | None]], cand: Mapping[str, Sequence[float | None]],
               alpha: float, min_effect: float = DEFAULT_MIN_EFFECT) -> dict[str, dict[str, Any]]:
    """Per rule: majority flips, McNemar p, Tarone-corrected decision. ``base[rule][q]`` is question
    q's pass fraction over its graded repeats (None: not graded), aligned with ``cand[rule][q]``."""
    rows: dict[str, dict[str, Any]] = {}
    for rule in base:
        b = c = n = 0
        rate_b = rate_c = 0.0
        for x, y in zip(base[rule], cand.get(rule, [])):
            mx, my = majority(x), majority(y)
            if mx is None or my is None:
                continue
            n += 1
            b += mx and not my
            c += my and not mx
            rate_b += float(x)  # type: ignore[arg-type]
            rate_c += float(y)  # type: ignore[arg-type]
        rows[rule] = {"questions": n, "worse": b, "better": c, "p_value": round(mcnemar_one_sided(b, c), 6),
                      "majority_drop": round((b - c) / n, 4) if n else 0.0,
                      "rate_drop": round((rate_b - rate_c) / n, 4) if n else 0.0}
    level, k = tarone_level([r["worse"] + r["better"] for r in rows.values()], alpha)
    for r in rows.values():
        r["significant"] = r["worse"] > r["better"] and r["p_value"] <= level
        r["fails"] = r["significant"] and r["majority_drop"] >= min_effect
        r["level"], r["tarone_k"] = round(level, 6), k
    return rows


def score_tests(base: Mapping[str, Sequence[float | None]], cand: Mapping[str, Sequence[float | None]],
                directions: Mapping[str, str], alpha: float, min_effect: Mapping[str, float] | float | None = None,
                n_boot: int = 2000, seed: int = 0) -> dict[str, dict[str, Any]]:
    """Per ordered score: mean worsening (score units) and its paired bootstrap lower bound at
    ``alpha / m`` one-sided, resampling questions. Scores that are not ordered are not tested."""
    import numpy as np

    from harness.directions import worsening

    keys = [k for k in base if directions.get(k, "higher") != "none"]
    m = max(1, len(keys))
    rng = np.random.default_rng(seed)
    out: dict[str, dict[str, Any]] = {}
    for key in keys:
        d = directions.get(key, "higher")
        w = np.array([worsening(d, float(x), float(y)) for x, y in zip(base[key], cand.get(key, []))
                      if x is not None and y is not None], dtype=float)
        limit = min_effect.get(key, DEFAULT_SCORE_MIN_EFFECT) if isinstance(min_effect, Mapping) else \
            (DEFAULT_SCORE_MIN_EFFECT if min_effect is None else float(min_effect))
        row: dict[str, Any] = {"direction": d, "questions": int(len(w)), "min_effect": limit,
                               "worsening": round(float(w.mean()), 4) if len(w) else 0.0, "lower_bound": None}
        if len(w) >= 2:
            means = w[rng.integers(0, len(w), size=(n_boot, len(w)))].mean(1)
            row["lower_bound"] = round(float(np.quantile(means, alpha / m)), 4)
        row["significant"] = row["lower_bound"] is not None and row["lower_bound"] > 0
        row["fails"] = row["significant"] and row["worsening"] >= limit
        out[key] = row
    return out


def paired_gate(rule_base: Mapping[str, Sequence[float | None]], rule_cand: Mapping[str, Sequence[float | None]],
                score_base: Mapping[str, Sequence[float | None]], score_cand: Mapping[str, Sequence[float | None]],
                directions: Mapping[str, str], alpha: float = 0.05, min_effect: float = DEFAULT_MIN_EFFECT,
                score_min_effect: Mapping[str, float] | float | None = None, n_boot: int = 2000,
                seed: int = 0) -> dict[str, Any]:
    """Both tests; ``alpha`` is split evenly between the rule family and the score family."""
    rules = rule_tests(rule_base, rule_cand, alpha / 2, min_effect)
    scores = score_tests(score_base, score_cand, directions, alpha / 2, score_min_effect, n_boot, seed)
    return {"rules": rules, "scores": scores,
            "failed": any(r["fails"] for r in rules.values()) or any(s["fails"] for s in scores.values())}
