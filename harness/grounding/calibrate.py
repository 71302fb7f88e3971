"""Measure the offline verifier on datasets/grounding_claims.jsonl, per split (dev / test).

    python -m harness.grounding.calibrate                 # figures per split at the rubric's threshold
    python -m harness.grounding.calibrate --sweep         # coverage-threshold sweep on the dev split
    python -m harness.grounding.calibrate --judge-model M --judge-base-url URL   # + judge agreement

"Positive" = a defect (unsupported or contradicted). Precision and recall are of flagging a defect;
balanced accuracy is the mean of recall on defects and recall on supported claims. Contradicted
precision/recall are reported separately (the critical rule). Thresholds are tuned on dev only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from harness import jsonl
from harness.paths import datasets_dir


def load_claims(path: str | Path | None = None) -> list[dict[str, Any]]:
    return jsonl.read(path or datasets_dir() / "grounding_claims.jsonl", schema="grounding_claim")


def predict(claims: list[dict[str, Any]], params: dict[str, Any] | None = None) -> list[str]:
    from harness.datasets import load_sources
    from harness.grounding.retrieve import PassageIndex, stats_for
    from harness.grounding.verify import Verifier

    srcs = load_sources(datasets_dir() / "sources")
    out: list[str] = []
    cache: dict[tuple[str, ...], Verifier] = {}
    for c in claims:
        key = tuple(c["passage_ids"]) + (c.get("question", ""),)
        if key not in cache:
            texts = [srcs[p].text for p in c["passage_ids"]]
            cache[key] = Verifier(PassageIndex(texts, list(c["passage_ids"])), stats_for(texts), params,
                                  c.get("question", ""))
        v = cache[key].verify(c["claim"]).verdict
        # "uncertain" is shown to a clinician as needs-review: a flag, like unsupported
        out.append("unsupported" if v == "uncertain" else v)
    return out


def metrics(labels: list[str], preds: list[str]) -> dict[str, Any]:
    def pr(pos: set[str]) -> tuple[float | None, float | None]:
        tp = sum(1 for y, p in zip(labels, preds) if y in pos and p in pos)
        fp = sum(1 for y, p in zip(labels, preds) if y not in pos and p in pos)
        fn = sum(1 for y, p in zip(labels, preds) if y in pos and p not in pos)
        return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)

    defect = {"unsupported", "contradicted"}
    prec, rec = pr(defect)
    neg = [(y, p) for y, p in zip(labels, preds) if y == "supported"]
    spec = sum(p == "supported" for _, p in neg) / len(neg) if neg else None
    bal = (rec + spec) / 2 if rec is not None and spec is not None else None
    cp, cr = pr({"contradicted"})
    exact = sum(y == p for y, p in zip(labels, preds)) / len(labels) if labels else None
    confusion: dict[str, dict[str, int]] = {}
    for y, p in zip(labels, preds):
        confusion.setdefault(y, {}).setdefault(p, 0)
        confusion[y][p] += 1
    return {"n": len(labels), "precision": prec, "recall": rec, "specificity": spec, "balanced_accuracy": bal,
            "contradicted_precision": cp, "contradicted_recall": cr, "three_way_accuracy": exact,
            "confusion": confusion}


def _fmt(v: float | None) -> str:
    return "  n/a" if v is None else f"{v:.3f}"


def report(claims: list[dict[str, Any]], preds: list[str], title: str = "offline verifier") -> dict[str, Any]:
    out: dict[str, Any] = {}
    print(f"{title}: defect = unsupported or contradicted")
    print(f"{'split':<12}{'n':>5}{'prec':>8}{'recall':>8}{'spec':>8}{'bal.acc':>9}{'contra P':>10}{'contra R':>10}{'3-way':>8}")
    for split in ("dev", "test", "test/hard", "all"):
        if split == "all":
            idx = list(range(len(claims)))
        elif split == "test/hard":
            idx = [i for i, c in enumerate(claims) if c["split"] == "test" and c["hard"]]
        else:
            idx = [i for i, c in enumerate(claims) if c["split"] == split]
        m = metrics([claims[i]["label"] for i in idx], [preds[i] for i in idx])
        out[split] = m
        print(f"{split:<12}{m['n']:>5}{_fmt(m['precision']):>8}{_fmt(m['recall']):>8}{_fmt(m['specificity']):>8}"
              f"{_fmt(m['balanced_accuracy']):>9}{_fmt(m['contradicted_precision']):>10}"
              f"{_fmt(m['contradicted_recall']):>10}{_fmt(m['three_way_accuracy']):>8}")
    print("test confusion (label -> predicted):", json.dumps(out["test"]["confusion"], sort_keys=True))
    return out


def _rubric_params() -> dict[str, Any]:
    from harness.paths import default_rubric
    from harness.scoring import rubric as rubric_mod

    try:
        return dict(rubric_mod.load(default_rubric()).rule("grounding.unsupported").params)
    except KeyError:
        return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m harness.grounding.calibrate", description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=Path, default=None)
    ap.add_argument("--sweep", action="store_true", help="sweep supported_probability on the dev split")
    ap.add_argument("--show-errors", choices=["dev", "test", "all"], default=None)
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--judge-model")
    ap.add_argument("--judge-base-url")
    ap.add_argument("--judge-api-key-env", default="OPENAI_API_KEY")
    ap.add_argument("--judge-cache", type=Path, default=None)
    args = ap.parse_args(argv)
    claims = load_claims(args.claims)
    params = {k: v for k, v in _rubric_params().items()
              if k.endswith(("threshold", "penalty", "probability"))}
    if args.sweep:
        print("dev split, supported_probability sweep (the verifier's supported threshold):")
        dev = [c for c in claims if c["split"] == "dev"]
        for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
            m = metrics([c["label"] for c in dev], predict(dev, {**params, "supported_probability": t,
                                                                   "unsupported_probability": t}))
            print(f"  {t:.2f}: precision {_fmt(m['precision'])} recall {_fmt(m['recall'])} "
                  f"balanced accuracy {_fmt(m['balanced_accuracy'])}")
        print()
    preds = predict(claims, params)
    print(f"parameters: {params or 'defaults'}")
    figures = {"offline": report(claims, preds)}
    if args.show_errors:
        for c, p in zip(claims, preds):
            if p != c["label"] and (args.show_errors == "all" or c["split"] == args.show_errors):
                print(f"  {c['id']} [{c['label']} -> {p}] {c['claim']}")
    if args.judge_model:
        from harness.judge.claims import judge_claims

        jpreds = judge_claims(claims, model=args.judge_model, base_url=args.judge_base_url,
                              api_key_env=args.judge_api_key_env, cache_dir=args.judge_cache)
        print()
        figures["judge"] = report(claims, jpreds, title=f"LLM judge ({args.judge_model})")
        graded = [(o, j) for o, j in zip(preds, jpreds) if j != "not_checked"]
        agree = sum(o == j for o, j in graded) / len(graded) if graded else None
        agree_bin = (sum((o == "supported") == (j == "supported") for o, j in graded) / len(graded)
                     if graded else None)
        figures["agreement"] = {"n": len(graded), "three_way": agree, "supported_vs_defect": agree_bin}
        print(f"offline vs judge agreement on {len(graded)} claims: three-way {_fmt(agree)}, "
              f"supported-vs-defect {_fmt(agree_bin)}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
