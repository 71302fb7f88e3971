"""Choose the safety model's thresholds out of sample: k-fold cross-validation on the blind DEV data.

    python bench/meaning_cv.py [--folds 2 | --by-set] [--grid 0.5 0.6 0.7 0.8 0.9]

Every blind dev answer and dev red-flag question (harness.scoring.meaning_train.dev_rows: the dev split
of datasets/blind and every line of the sets retired to dev) falls in one fold by sha256(id) modulo the
number of folds, or, with ``--by-set``, by the set it comes from: each set was written by a different
helper, so holding out a whole set measures what a new blind set measures, wording by a writer the model
never read (random folds put every writer on both sides and read optimistic: on 2026-11-28 2-fold CV
said safety recall about 0.9 where the next blind set measured 0.79). For each fold the safety model is trained on the banks plus the other folds' dev lines,
then the held-out answers are scored by the default rubric with every meaning-path rule's
``intent_threshold`` set to each grid value, and the held-out questions are judged urgent at each
``red_flag_threshold`` (and injected at each ``injection_threshold``). The disclaimer and section rules
are scored once per fold with an intent model trained the same way (bank + other folds). The table gives, per rule and
threshold, out-of-fold recall, precision and the number of clean answers that rule alone would fail;
then, at the rubric's own thresholds, the issue's figures: recall and precision per category and the
share of clean answers with any major or critical false alarm.
Test data (the newest blind set, and the blind test split) is never read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def fold_of(item_id: str, folds: int) -> int:
    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % folds


def meaning_rules(rubric: Any) -> list[Any]:
    """Rules with a meaning path in the safety model (``params.intent``, category safety)."""
    return [r for r in rubric.rules if r.category == "safety" and r.params.get("intent")]


def main(argv: list[str] | None = None) -> int:
    from harness.scoring import intents
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.checks.safety import detect_red_flag, detect_injection
    from harness.scoring.engine import score_record
    from harness.scoring.devdata import dev_rows, dev_rows_by_set
    from harness.scoring.meaning_train import BANKS, build
    from harness.scoring import intents_train
    from harness.paths import rubrics_dir

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--by-set", action="store_true", help="one fold per dev set (leave one writer out)")
    ap.add_argument("--grid", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9])
    ap.add_argument("--rubric", type=Path, default=ROOT / "rubrics" / "default.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results_meaning_cv.json")
    a = ap.parse_args(argv)
    answers, questions = dev_rows("answers"), dev_rows("redflag_questions")
    if a.by_set:
        sets = {r["id"]: i for kind in ("answers", "redflag_questions")
                for i, rows in enumerate(dev_rows_by_set(kind).values()) for r in rows}
        a.folds = len(dev_rows_by_set("answers"))
        fold = lambda item_id: sets[item_id]  # noqa: E731
    else:
        fold = lambda item_id: fold_of(item_id, a.folds)  # noqa: E731
    banks = [rubrics_dir() / "intents" / b for b in BANKS if (rubrics_dir() / "intents" / b).exists()]
    # per (rule, threshold): tp, fn, fp, clean answers failed
    table: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    flags: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0, 0])
    at_rubric: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # per category: tp, fn, fp
    clean_seen = [0, 0]  # clean answers, those with a major/critical false alarm
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(a.folds):
            train_a = [r for r in answers if fold(r["id"]) != k]
            train_q = [r for r in questions if fold(r["id"]) != k]
            model_path = Path(tmp) / f"fold{k}.json"
            model_path.write_text(json.dumps(build(banks, 10.0, (train_a, train_q))), encoding="utf-8")
            intent_path = Path(tmp) / f"intents{k}.json"
            intent_path.write_text(json.dumps(intents_train.build(
                rubrics_dir() / "intents" / "bank.yaml", train_a, 10.0, [])), encoding="utf-8")
            intents._SEEN.clear()
            rubric = rubric_mod.load(a.rubric)
            rubric.settings["safety_model"] = str(model_path)
            rubric.settings["intent_model"] = str(intent_path)
            held_a = [r for r in answers if fold(r["id"]) == k]
            held_q = [r for r in questions if fold(r["id"]) == k]
            own = {rule.id: rule.params.get("intent_threshold") for rule in meaning_rules(rubric)}
            for r in held_a:  # at the rubric's own thresholds: the figures a blind test set reports
                res = score_record({"id": r["id"], "question": r["question"], "answer": r["answer"],
                                    "metadata": dict(r.get("metadata") or {})}, rubric)
                checks = {c["rule"]: c for c in res["checks"]}
                for rule_id, label in r["labels"].items():
                    c = checks.get(rule_id)
                    flagged = c is not None and c["outcome"] in ("fail", "error")
                    row = at_rubric[rule_id.split(".")[0]]
                    row[0] += label == "fail" and flagged
                    row[1] += label == "fail" and not flagged
                    row[2] += label != "fail" and flagged
                if all(v in ("pass", "na") for v in r["labels"].values()):
                    clean_seen[0] += 1
                    clean_seen[1] += any(c["outcome"] in ("fail", "error") and c["severity"] in ("major", "critical")
                                    for c in res["checks"])
            for t in a.grid:
                for rule in meaning_rules(rubric):
                    rule.params["intent_threshold"] = t
                for r in held_a:
                    res = score_record({"id": r["id"], "question": r["question"], "answer": r["answer"],
                                        "metadata": dict(r.get("metadata") or {})}, rubric)
                    outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
                    clean = all(v in ("pass", "na") for v in r["labels"].values())
                    for rule in meaning_rules(rubric) + ([x for x in rubric.rules if x.category in (
                            "disclaimer", "sections")] if t == a.grid[0] else []):
                        label, flagged = r["labels"].get(rule.id, "na"), outcome.get(rule.id) == "fail"
                        row = table[(rule.id, t)]
                        row[0] += label == "fail" and flagged
                        row[1] += label == "fail" and not flagged
                        row[2] += label != "fail" and flagged
                        row[3] += clean and flagged
                settings = dict(rubric.settings)
                settings["red_flag_threshold"] = t
                settings["injection_threshold"] = t
                for r in held_q:
                    hit = detect_red_flag(r["question"], settings) is not None
                    row = flags[("red_flag", t)]
                    row[0] += r["red_flag"] and hit
                    row[1] += r["red_flag"] and not hit
                    row[2] += (not r["red_flag"]) and hit
                for r in held_a:
                    inj = (r.get("metadata") or {}).get("injection")
                    if isinstance(inj, bool):
                        hit = detect_injection(r["question"], settings) is not None
                        row = flags[("injection", t)]
                        row[0] += inj and hit
                        row[1] += inj and not hit
                        row[2] += (not inj) and hit
    out: dict[str, Any] = {"folds": a.folds, "answers": len(answers), "questions": len(questions), "rules": {},
                           "questions_by_threshold": {}}
    for (rule_id, t), (tp, fn, fp, clean) in sorted(table.items()):
        out["rules"].setdefault(rule_id, {})[str(t)] = {"tp": tp, "fn": fn, "fp": fp, "clean_failed": clean}
        rec = tp / (tp + fn) if tp + fn else float("nan")
        pre = tp / (tp + fp) if tp + fp else float("nan")
        print(f"{rule_id:36s} t={t:.2f} recall {rec:.3f} ({tp}/{tp + fn}) precision {pre:.3f} clean failed {clean}")
    for (name, t), (tp, fn, fp) in sorted(flags.items()):
        out["questions_by_threshold"].setdefault(name, {})[str(t)] = {"tp": tp, "fn": fn, "fp": fp}
        print(f"{name:36s} t={t:.2f} recall {tp}/{tp + fn} false alarms {fp}")
    out["at_rubric_thresholds"] = {"per_category": {k: {"tp": tp, "fn": fn, "fp": fp}
                                                    for k, (tp, fn, fp) in sorted(at_rubric.items())},
                                   "clean_answers": clean_seen[0], "clean_with_serious_false_alarm": clean_seen[1]}
    for k, (tp, fn, fp) in sorted(at_rubric.items()):
        print(f"at rubric thresholds: {k:24s} recall {tp / max(1, tp + fn):.3f} ({tp}/{tp + fn}) "
              f"precision {tp / max(1, tp + fp):.3f}")
    print(f"at rubric thresholds: clean answers with a major/critical false alarm {clean_seen[1]}/{clean_seen[0]}")
    out["by_set"] = a.by_set
    a.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
