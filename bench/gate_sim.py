"""Simulation of the stochastic regression gate (harness.gate.paired_gate): how often it fails a pull
request that changed nothing, and how often it catches a planted 10-point drop in one rule, for
N = 1, 3, 5 repeats per question.

Model (a live model at temperature 0.7, answers re-sampled on every run): 84 questions × the
gating rules of rubrics/default.yaml. Each (question, rule) item has a typical outcome (pass with
probability 0.9) and its own flip rate r ~ Beta(a, b): each repeat shows the other outcome with
probability r, independently, in the baseline and in the candidate alike. Two flip-rate
distributions are run: ``moderate`` Beta(1, 19) (mean 5 %, 1 item in 10 above 11 %) and ``noisy``
Beta(1, 9) (mean 10 %). The planted change turns items of one rule from typically passing to
typically failing until that rule's expected pass rate is 10 points lower. The per-answer
``pass_fraction`` score (share of the gating rules passed) is tested too, as in ``harness compare``.

Seeded: the same command writes the same bench/results_gate_sim.json.
    python bench/gate_sim.py [--sims 400] [--out bench/results_gate_sim.json]
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from harness.gate import DEFAULT_MIN_EFFECT, paired_gate  # noqa: E402

QUESTIONS = 84
TYPICAL_PASS = 0.9
DROP = 0.10
NOISE = {"moderate": (1.0, 19.0), "noisy": (1.0, 9.0)}
REPEATS = (1, 3, 5)


def gating_rules() -> list[str]:
    from harness.paths import default_rubric
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.model import SEVERITY_RANK

    rb = rubric_mod.load(default_rubric())
    return [r.id for r in rb.rules if SEVERITY_RANK[r.severity] >= SEVERITY_RANK[rb.fail_on]]


def plant(p: np.ndarray, typical: np.ndarray, rng: np.random.Generator, drop: float) -> np.ndarray:
    """Copy of p where rule 0 loses ``drop`` of expected pass rate: typically-passing items of rule 0,
    in random order, become typically failing (p → 1 - p) until the drop is reached."""
    out = p.copy()
    lost = 0.0
    for q in rng.permutation(np.flatnonzero(typical[:, 0])):
        if lost >= drop * len(p):
            break
        lost += out[q, 0] - (1 - out[q, 0])
        out[q, 0] = 1 - out[q, 0]
    return out


def one_pr(n: int, planted: bool, noise: tuple[float, float], rules: list[str], rng: np.random.Generator,
           seed: int) -> dict[str, bool]:
    q, r = QUESTIONS, len(rules)
    typical = rng.random((q, r)) < TYPICAL_PASS
    flip = rng.beta(*noise, size=(q, r))
    p_base = np.where(typical, 1 - flip, flip)
    p_cand = plant(p_base, typical, rng, DROP) if planted else p_base
    base = rng.random((n, q, r)) < p_base  # repeats × questions × rules, True = pass
    cand = rng.random((n, q, r)) < p_cand
    fb, fc = base.mean(0), cand.mean(0)
    res = paired_gate({rule: list(fb[:, j]) for j, rule in enumerate(rules)},
                      {rule: list(fc[:, j]) for j, rule in enumerate(rules)},
                      {"pass_fraction": list(base.mean(2).mean(0))}, {"pass_fraction": list(cand.mean(2).mean(0))},
                      {"pass_fraction": "higher"}, n_boot=1000, seed=seed)
    exact_fails = bool((base[0] & ~cand[0]).any())  # the exact gate: any pass→fail flip of one sample
    return {"paired": bool(res["failed"]), "planted_rule": bool(res["rules"][rules[0]]["fails"]),
            "exact": exact_fails}


def wilson(k: int, n: int, z: float = 1.96) -> list[float]:
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / d
    return [round(max(0.0, c - h), 4), round(min(1.0, c + h), 4)]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sims", type=int, default=400, help="simulated pull requests per cell")
    ap.add_argument("--seed", type=int, default=20261127)
    ap.add_argument("--out", type=Path, default=HERE / "results_gate_sim.json")
    args = ap.parse_args(argv)
    rules = gating_rules()
    started = time.perf_counter()
    cells = []
    for noise_name, noise in NOISE.items():
        for n in REPEATS:
            rng = np.random.default_rng([args.seed, n, int(noise[1])])
            null = [one_pr(n, False, noise, rules, rng, i) for i in range(args.sims)]
            drop = [one_pr(n, True, noise, rules, rng, i) for i in range(args.sims)]
            ff = sum(x["paired"] for x in null)
            det = sum(x["planted_rule"] for x in drop)
            cell = {"noise": noise_name, "flip_rate_beta": list(noise), "repeats": n, "sims": args.sims,
                    "false_fail_rate": round(ff / args.sims, 4), "false_fail_ci95": wilson(ff, args.sims),
                    "detection_rate": round(det / args.sims, 4), "detection_ci95": wilson(det, args.sims),
                    "any_fail_with_drop": round(sum(x["paired"] for x in drop) / args.sims, 4),
                    "exact_gate_false_fail_rate": round(sum(x["exact"] for x in null) / args.sims, 4)}
            cells.append(cell)
            print(f"{noise_name:8s} N={n}: false-fail {100 * cell['false_fail_rate']:5.1f}% "
                  f"{cell['false_fail_ci95']}, detection {100 * cell['detection_rate']:5.1f}% {cell['detection_ci95']}, "
                  f"exact gate false-fail {100 * cell['exact_gate_false_fail_rate']:.0f}%", flush=True)
    out = {"bench": "gate_sim", "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "seconds": round(time.perf_counter() - started, 1), "python": platform.python_version(),
           "model": {"questions": QUESTIONS, "rules": rules, "typical_pass": TYPICAL_PASS, "planted_drop": DROP,
                     "alpha": 0.05, "min_effect": DEFAULT_MIN_EFFECT, "seed": args.seed},
           "targets": {"false_fail_rate_at_3": 0.05, "detection_rate_at_3": 0.80},
           "cells": cells}
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return out


if __name__ == "__main__":
    main()
