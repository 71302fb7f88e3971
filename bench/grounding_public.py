"""Grounding on public claim-verification data nobody here wrote, through ``harness score``.

    python bench/grounding_public.py --healthver DIR [--check-covid DIR] [--split dev|test] [--per-label 100]

Each claim becomes a one-sentence plain answer whose evidence is its only context, scored by the CLI with
the default rubric, exactly as a user would. A claim "passes grounding" when neither grounding rule
fails; labelled Supports it should pass, Refutes and Neutral should not. ``not_graded`` (no checkable
claim) counts as not passing, and is reported. Figures: balanced accuracy with a 95 % bootstrap
interval (items resampled), the flag rate per label with a Wilson interval, claims per second.

The data sets are read from the paths given and never copied into the repository (HealthVer has no
licence file; Check-COVID is MIT). A missing path is skipped with a message. Every run on a test split
is appended to bench/TEST_LOG.md: nothing may be tuned after looking at it.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PASS_LABEL = "Supports"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def balanced_accuracy(rows: list[tuple[str, bool]]) -> float:
    """Mean of recall on Supports (passes) and on the rest (flagged)."""
    pos = [p for lab, p in rows if lab == PASS_LABEL]
    neg = [p for lab, p in rows if lab != PASS_LABEL]
    if not pos or not neg:
        return float("nan")
    return (sum(pos) / len(pos) + sum(not p for p in neg) / len(neg)) / 2


def bootstrap(rows: list[tuple[str, bool]], n: int = 2000, seed: int = 0) -> tuple[float, float]:
    rng = random.Random(seed)
    vals = sorted(balanced_accuracy([rows[rng.randrange(len(rows))] for _ in rows]) for _ in range(n))
    vals = [v for v in vals if not math.isnan(v)]
    return (vals[int(0.025 * len(vals))], vals[int(0.975 * len(vals)) - 1])


def healthver(path: Path, split: str) -> list[dict[str, Any]]:
    with (path / f"healthver_{split}.csv").open(encoding="utf-8", newline="") as fh:
        return [{"claim": r["claim"].strip(), "evidence": r["evidence"].strip(), "label": r["label"],
                 "question": r.get("question", "").strip()} for r in csv.DictReader(fh)]


def check_covid(path: Path, split: str) -> list[dict[str, Any]]:
    base = path / "Check-COVID"
    corpus = {}
    for line in (base / "corpus.json").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            corpus[d["cord_id"]] = d["abstract"]
    labels = {"SUPPORT": "Supports", "REFUTE": "Refutes", "NOTENOUGHINFO": "Neutral"}
    out = []
    for f in sorted((base / split).glob("covidCheck_*_*.json")):
        if "+" in f.name:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            sents = corpus[d["cord_id"]]
            idx = sorted({e["sent_index"] for e in d["evidence_set"]})
            out.append({"claim": d["claim"].strip(), "evidence": " ".join(sents[i] for i in idx),
                        "label": labels[d["label"]], "question": "",
                        "subset": "extracted" if d.get("is_auth") else "composed"})
    return out


def sample(rows: list[dict[str, Any]], per_label: int | None, seed: int) -> list[dict[str, Any]]:
    if not per_label:
        return rows
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for lab in ("Supports", "Refutes", "Neutral"):
        pool = [r for r in rows if r["label"] == lab]
        out += rng.sample(pool, min(per_label, len(pool)))
    return out


def score(rows: list[dict[str, Any]], name: str, workdir: Path) -> tuple[list[dict[str, Any]], float]:
    answers = workdir / f"{name}.jsonl"
    with answers.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"id": f"{name}-{i:04d}", "question": r["question"] or "Is this true?",
                                 "answer": r["claim"], "contexts": [r["evidence"]]}) + "\n")
    out = workdir / f"{name}-run"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "harness", "score", "--answers", str(answers), "--out", str(out)],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"harness score failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    from harness.results import load_results

    items = load_results(out)  # results.jsonl + data.jsonl (harness.packing)
    return items, wall


def evaluate(rows: list[dict[str, Any]], items: list[dict[str, Any]], wall: float | None) -> dict[str, Any]:
    by_id = {it["id"]: it for it in items}
    res: list[tuple[str, bool]] = []
    not_graded = 0
    verdicts: dict[str, dict[str, int]] = {}
    for i, r in enumerate(rows):
        it = by_id[f"{r['_name']}-{i:04d}"]
        g = {c["rule"]: c["outcome"] for c in it["checks"] if c["rule"].startswith("grounding.")}
        passed = bool(g) and all(o == "pass" for o in g.values())
        if g and all(o == "not_graded" for o in g.values()):
            not_graded += 1
        res.append((r["label"], passed))
        claims = next((c.get("details", {}).get("claims", []) for c in it["checks"]
                       if c["rule"] == "grounding.unsupported"), [])
        for c in claims:
            verdicts.setdefault(r["label"], {}).setdefault(c.get("verdict", "?"), 0)
            verdicts[r["label"]][c.get("verdict", "?")] += 1
    lo, hi = bootstrap(res)
    per_label = {}
    for lab in ("Supports", "Refutes", "Neutral"):
        flags = [not p for label, p in res if label == lab]
        k, n = sum(flags), len(flags)
        per_label[lab] = {"n": n, "flagged": k, "flag_rate": round(k / n, 3) if n else None,
                          "wilson95": [round(x, 3) for x in wilson(k, n)], "claim_verdicts": verdicts.get(lab, {})}
    out = {"n": len(res), "balanced_accuracy": round(balanced_accuracy(res), 4),
           "bootstrap95": [round(lo, 4), round(hi, 4)], "not_graded": not_graded, "per_label": per_label}
    if wall:  # the whole `harness score` process: start-up, scoring, reports
        out |= {"wall_s": round(wall, 2), "answers_per_s": round(len(res) / wall, 1)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--healthver", type=Path, help="folder with healthver_{dev,test}.csv")
    ap.add_argument("--check-covid", type=Path, help="folder of the posuer/Check-COVID repository")
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--per-label", type=int, default=100, help="stratified sample per label (0: all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results_grounding_public.json")
    ap.add_argument("--keep", type=Path, help="keep the answers files and run folders here (for error analysis)")
    a = ap.parse_args(argv)
    sets: dict[str, list[dict[str, Any]]] = {}
    if a.healthver and (a.healthver / f"healthver_{a.split}.csv").is_file():
        sets["healthver"] = sample(healthver(a.healthver, a.split), a.per_label, a.seed)
    elif a.healthver:
        print(f"skipped healthver: {a.healthver / f'healthver_{a.split}.csv'} not found")
    if a.check_covid and (a.check_covid / "Check-COVID" / a.split).is_dir():
        sets["check_covid"] = check_covid(a.check_covid, a.split)
    elif a.check_covid:
        print(f"skipped check_covid: {a.check_covid / 'Check-COVID' / a.split} not found")
    if not sets:
        print("skipped: no data set found (give --healthver and/or --check-covid)")
        return 0
    sys.path.insert(0, str(ROOT))
    from harness.grounding import model as M

    report: dict[str, Any] = {"when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                              "split": a.split, "model": M.load().version, "sets": {}}
    with tempfile.TemporaryDirectory() as tmp:
        if a.keep:
            a.keep.mkdir(parents=True, exist_ok=True)
        work = a.keep or Path(tmp)
        for name, rows in sets.items():
            for r in rows:
                r["_name"] = name
            items, wall = score(rows, name, work)
            report["sets"][name] = evaluate(rows, items, wall)
            if name == "check_covid":
                for sub in ("composed", "extracted"):
                    idx = [i for i, r in enumerate(rows) if r.get("subset") == sub]
                    sub_rows = [{**rows[i], "_name": name} for i in idx]
                    sub_items = [items[i] for i in idx]
                    for j, (r, it) in enumerate(zip(sub_rows, sub_items)):
                        it = {**it, "id": f"{name}-{j:04d}"}
                        sub_items[j] = it
                    report["sets"][f"{name}/{sub}"] = evaluate(sub_rows, sub_items, None)
    print(json.dumps(report, indent=1))
    a.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if a.split == "test":
        with (ROOT / "bench" / "TEST_LOG.md").open("a", encoding="utf-8") as fh:
            for name, r in report["sets"].items():
                fh.write(f"- {report['when']}: {name} test split through `harness score`, model {report['model']}: "
                         f"balanced accuracy {r['balanced_accuracy']} (95% {r['bootstrap95']}), n={r['n']}.\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
