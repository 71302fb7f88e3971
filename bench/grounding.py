"""Benchmark: offline grounding of the whole demo corpus (v1 + v2 recorded answers), cold and warm.

    /tmp/venv/bin/python bench/grounding.py [--repeat 3]

Runs only the two grounding rules (no reports), in one process, single-threaded. "cold" includes
building the IDF/lexicon over all sources and importing bm25s; "warm" is a second pass.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t0 = time.perf_counter()
    from harness.datasets import enrich, load_corpus
    from harness.grounding.check import analyse, grounding_contradicted, grounding_unsupported
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.model import ItemContext

    rub = rubric_mod.load(ROOT / "rubrics" / "default.yaml")
    corpus = load_corpus(ROOT / "datasets" / "questions.jsonl")
    records = []
    for v in ("v1", "v2"):
        for line in (ROOT / "datasets" / "recorded" / f"{v}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(enrich(json.loads(line), corpus))
    t_load = time.perf_counter() - t0
    timings = []
    n_claims = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        n_claims = 0
        for r in records:
            ctx = ItemContext(r["id"], r["question"], r["answer"], r.get("metadata") or {}, r.get("contexts") or [],
                              rub.settings)
            grounding_contradicted(ctx, rub.rule("grounding.contradicted"))
            grounding_unsupported(ctx, rub.rule("grounding.unsupported"))
            n_claims += len(analyse(ctx)["claims"])
        timings.append(time.perf_counter() - start)
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"load (imports, rubric, corpus): {t_load:.2f} s")
    print(f"{len(records)} answers, {n_claims} claims; passes: " + ", ".join(f"{t:.2f} s" for t in timings))
    print(f"cold {timings[0]:.2f} s, warm best {min(timings):.2f} s = {1000 * min(timings) / len(records):.1f} ms/answer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
