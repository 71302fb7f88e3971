"""How far clinicians agree with each rule, and with each other.

Input: judgement rows from harness.review.pairs (reviewer, item, rule, harness label, clinician
label). Per rule: the confusion counts, the *precision* of the rule's failures (share of harness
failures a clinician also calls a failure, Wilson 95% interval) and Cohen's kappa between harness and
clinician with a 95% percentile-bootstrap interval. The bootstrap resamples reviewed *items*, not
rows: two clinicians judging the same item are not independent evidence. A rule whose kappa is below
``min_kappa`` (default 0.6, "substantial" agreement on the Landis-Koch scale) is marked ``below``.
When two clinicians judged the same (item, rule), their own kappa is the inter-rater agreement: the
ceiling any rule can be expected to reach.
"""
from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations
from typing import Any, Iterable

MIN_KAPPA = 0.6
BOOTSTRAP = 2000
ITEM_VERDICT = "(item verdict)"
_CELLS = ("harness_fail_clinician_fail", "harness_fail_clinician_pass",
          "harness_pass_clinician_fail", "harness_pass_clinician_pass")


def cohen_kappa(a: int, b: int, c: int, d: int) -> float | None:
    """Cohen's kappa of a 2x2 table [[a, b], [c, d]] (rows: rater 1 fail/pass; cols: rater 2 fail/pass).

    None when chance agreement is 1 (both raters used a single label): kappa is undefined there.
    """
    n = a + b + c + d
    if n == 0:
        return None
    po = (a + d) / n
    pe = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n)
    if pe >= 1:
        return None
    return round((po - pe) / (1 - pe), 4)


def wilson(k: int, n: int, z: float = 1.959964) -> list[float] | None:
    """Wilson score 95% interval of a proportion k/n (None when n is 0)."""
    if n == 0:
        return None
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return [round(max(0.0, mid - half), 4), round(min(1.0, mid + half), 4)]


def kappa_interval(tables: list[tuple[int, int, int, int]], n_boot: int = BOOTSTRAP,
                   seed: int = 0) -> list[float] | None:
    """95% percentile-bootstrap interval of kappa; ``tables`` holds one 2x2 count per item (the
    resampling unit). None with fewer than two items or when most resamples leave kappa undefined."""
    import numpy as np

    if len(tables) < 2:
        return None
    t = np.asarray(tables, dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(t), size=(n_boot, len(t)))
    s = t[idx].sum(axis=1)
    a, b, c, d = s.T
    n = s.sum(axis=1)
    po = (a + d) / n
    pe = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n)
    ok = pe < 1 - 1e-12
    if ok.sum() < n_boot / 2:
        return None
    k = (po[ok] - pe[ok]) / (1 - pe[ok])
    lo, hi = np.percentile(k, [2.5, 97.5])
    return [round(float(lo), 4), round(float(hi), 4)]


def _summary(rows: list[dict[str, Any]], min_kappa: float, n_boot: int, seed: int) -> dict[str, Any]:
    cm = dict.fromkeys(_CELLS, 0)
    per_item: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        cell = f"harness_{r['harness']}_clinician_{r['clinician']}"
        cm[cell] += 1
        per_item[(r.get("run"), r["id"], r["repeat"])][_CELLS.index(cell)] += 1
    a, b, c, d = cm.values()
    n = a + b + c + d
    kappa = cohen_kappa(a, b, c, d)
    sev = [r for r in rows if r["harness"] == "fail" and r["clinician"] == "fail" and r.get("clinician_severity")
           and r.get("harness_severity") and r["clinician_severity"] != r["harness_severity"]]
    return {
        "n": n, "items": len(per_item), "reviewers": len({r["reviewer"] for r in rows}), "confusion": cm,
        "agreement": round((a + d) / n, 4) if n else None,
        "precision": round(a / (a + b), 4) if a + b else None, "precision_ci": wilson(a, a + b),
        "kappa": kappa,
        "kappa_ci": kappa_interval([tuple(v) for v in per_item.values()], n_boot, seed) if kappa is not None else None,
        "below": kappa is not None and kappa < min_kappa,
        "false_alarms": sorted({r["id"] for r in rows if r["harness"] == "fail" and r["clinician"] == "pass"}),
        "missed": sorted({r["id"] for r in rows if r["harness"] == "pass" and r["clinician"] == "fail"}),
        "severity_changed": len(sev),
    }


def inter_rater(rows: list[dict[str, Any]], n_boot: int = BOOTSTRAP, seed: int = 0) -> list[dict[str, Any]]:
    """Per pair of reviewers who judged the same (item, rule): Cohen's kappa between the two
    clinicians over the checks both judged (pooled, with a bootstrap interval over items) and per rule."""
    labels: dict[str, dict[tuple[Any, ...], str]] = defaultdict(dict)
    for r in rows:
        labels[r["reviewer"]][(r.get("run"), r["id"], r["repeat"], r["rule"])] = r["clinician"]
    out = []
    for r1, r2 in combinations(sorted(labels), 2):
        shared = sorted(set(labels[r1]) & set(labels[r2]), key=str)
        if not shared:
            continue
        # _summary's "harness" and "clinician" columns hold the first and the second reviewer here
        both = [{"run": k[0], "id": k[1], "repeat": k[2], "rule": k[3], "reviewer": r1, "harness": labels[r1][k],
                 "clinician": labels[r2][k]} for k in shared]
        checks = [x for x in both if x["rule"] != ITEM_VERDICT]
        verdicts = [x for x in both if x["rule"] == ITEM_VERDICT]
        per_rule: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for x in checks:
            per_rule[x["rule"]].append(x)
        out.append({
            "reviewers": [r1, r2],
            "checks": _pair_summary(checks, n_boot, seed),
            "item_verdicts": _pair_summary(verdicts, n_boot, seed),
            "rules": {rule: _pair_summary(xs, n_boot, seed) for rule, xs in sorted(per_rule.items())},
        })
    return out


def _pair_summary(rows: list[dict[str, Any]], n_boot: int, seed: int) -> dict[str, Any]:
    s = _summary(rows, MIN_KAPPA, n_boot, seed)
    return {"n": s["n"], "items": s["items"], "agreement": s["agreement"], "kappa": s["kappa"],
            "kappa_ci": s["kappa_ci"]}


def agreement(rows: list[dict[str, Any]], min_kappa: float = MIN_KAPPA, n_boot: int = BOOTSTRAP,
              seed: int = 0) -> dict[str, Any]:
    """Per rule and pooled over all checks; plus inter-rater agreement between reviewers."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["rule"]].append(r)
    checks_only = [r for r in rows if r["rule"] != ITEM_VERDICT]
    return {"reviewers": sorted({r["reviewer"] for r in rows}), "judgements": len(rows),
            "min_kappa": min_kappa, "bootstrap": {"samples": n_boot, "seed": seed, "unit": "item"},
            "rules": {rule: _summary(rs, min_kappa, n_boot, seed) for rule, rs in sorted(groups.items())},
            "all_checks": _summary(checks_only, min_kappa, n_boot, seed),
            "inter_rater": inter_rater(rows, n_boot, seed)}


def fmt_kappa(s: dict[str, Any] | None) -> str:
    """'0.72 [0.41, 0.93]', 'n/a' when undefined (one label only)."""
    if not s or s.get("kappa") is None:
        return "n/a"
    ci = s.get("kappa_ci")
    return f"{s['kappa']:.2f}" + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "")


def fmt_share(x: float | None, ci: Iterable[float] | None = None) -> str:
    if x is None:
        return "n/a"
    lo_hi = list(ci or [])
    return f"{x:.2f}" + (f" [{lo_hi[0]:.2f}, {lo_hi[1]:.2f}]" if lo_hi else "")
