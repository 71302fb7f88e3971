"""The rubric on answers nobody here wrote: recall and precision per rule on datasets/blind/.

    python bench/blind_eval.py --split dev            # tune on this one
    python bench/blind_eval.py --split test --log     # report only; appends to bench/TEST_LOG.md
    python bench/blind_eval.py --set blind5 --split test --log   # the fifth blind set: test only
    python bench/blind_eval.py --set blind4 --split dev --verbose  # blind2, blind3, blind4: retired to dev

Each blind answer is scored by the default rubric through ``harness.scoring.engine.score_record``,
the function ``harness score`` calls per record (the answer's own ``metadata``, with its annotated
``red_flag``, is passed as ``harness score`` would). A rule's outcome ``fail`` is a *flag*; a writer's
label ``fail`` is a *defect*. Per rule and per category: recall = flagged defects / defects, precision
= flagged defects / flags (a flag on a ``na`` label is a false alarm), each with a Wilson 95 %
interval; and, for labels ``pass``, the share the rule lets pass (``present_recognised``: for a
disclaimer or section, a paraphrase recognised as present). Clean answers (every label ``pass``/``na``): the share with any major or critical check
failing, whatever the rule. Red flags: ``detect_red_flag`` (the fallback used when ``red_flag`` is not
annotated) on the blind questions, against the writers' ``red_flag``.

Results are merged into bench/results_blind.json under the split's name (``blind5/test`` for the
newest set, datasets/blind7/, whose lines carry no split: all of it is test). A test-only set is
retired to dev when a newer one replaces it (harness.scoring.devdata.RETIRED_TO_DEV): blind2 and
blind3 on 2026-11-28T04:48Z (looked at twice and once, aggregates only), blind4 on 06:06Z, blind5
on 10:23Z and blind6 on 10:57Z (each looked at once); from then on their per-item misses are read and they train the models. Each retirement and
each test look is in bench/TEST_LOG.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "results_blind.json"
SERIOUS = ("major", "critical")


from harness.scoring.devdata import RETIRED_TO_DEV  # noqa: E402  (sets that are dev in full)

SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")


def load(path: Path, split: str) -> list[dict[str, Any]]:
    """The lines of one split (the others are never returned, so never looked at); a line without a
    ``split`` belongs to a test-only set, unless its set was retired to dev."""
    default = "dev" if path.parent.name in RETIRED_TO_DEV else "test"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("split", default) == split]


def rate(k: int, n: int) -> dict[str, Any]:
    from harness.results import wilson

    return {"k": k, "n": n, "value": round(k / n, 4) if n else None, "wilson95": list(wilson(k, n) or [])}


def confusion(pairs: list[tuple[str, bool]]) -> dict[str, Any]:
    """pairs: (label, flagged). Defect = label 'fail'."""
    tp = sum(1 for lab, f in pairs if lab == "fail" and f)
    fn = sum(1 for lab, f in pairs if lab == "fail" and not f)
    fp = sum(1 for lab, f in pairs if lab != "fail" and f)
    ok = sum(1 for lab, f in pairs if lab == "pass" and not f)
    present = sum(1 for lab, _ in pairs if lab == "pass")
    return {"defects": tp + fn, "flags": tp + fp, "tp": tp, "fn": fn, "fp": fp,
            "recall": rate(tp, tp + fn), "precision": rate(tp, tp + fp),
            # For disclaimers and sections: of those the writers say are present, the share recognised.
            "present_recognised": rate(ok, present)}


def _drop_items(result: dict[str, Any]) -> None:
    """Remove every per-item list (ids, evidence) from a result, keeping counts and rates."""
    for part in ("answers", "red_flag_questions"):
        sec = result.get(part) or {}
        for k in [k for k, v in sec.items() if isinstance(v, (list, dict)) and k in (
                "misses", "false_alarms", "clean_false_alarms", "errors")]:
            del sec[k]


def score_answers(rows: list[dict[str, Any]], rubric_path: Path) -> dict[str, Any]:
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.engine import score_record

    rubric = rubric_mod.load(rubric_path)
    per_rule: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    misses: dict[str, list[dict[str, str]]] = defaultdict(list)
    false_alarms: dict[str, list[dict[str, str]]] = defaultdict(list)
    clean_alarm: list[dict[str, Any]] = []
    n_clean = 0
    for r in rows:
        res = score_record({"id": r["id"], "question": r["question"], "answer": r["answer"],
                            "metadata": dict(r.get("metadata") or {})}, rubric)
        outcome = {c["rule"]: c for c in res["checks"]}
        for rule_id, label in r["labels"].items():
            c = outcome.get(rule_id)
            flagged = c is not None and c["outcome"] in ("fail", "error")
            per_rule[rule_id].append((label, flagged))
            if label == "fail" and not flagged:
                misses[rule_id].append({"id": r["id"], "evidence": str(r.get("evidence", {}).get(rule_id, ""))[:200]})
            elif label != "fail" and flagged:
                false_alarms[rule_id].append({"id": r["id"], "flag": str(c.get("evidence") or c["message"])[:200]})
        if all(v in ("pass", "na") for v in r["labels"].values()):
            n_clean += 1
            bad = [c["rule"] for c in res["checks"] if c["outcome"] in ("fail", "error") and c["severity"] in SERIOUS]
            if bad:
                clean_alarm.append({"id": r["id"], "rules": bad})
    categories: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for rule_id, pairs in per_rule.items():
        categories[rule_id.split(".")[0]].extend(pairs)
    return {
        "answers": len(rows),
        "per_category": {k: confusion(v) for k, v in sorted(categories.items())},
        "per_rule": {k: confusion(v) for k, v in sorted(per_rule.items())},
        "clean_answers": n_clean,
        "clean_with_serious_false_alarm": rate(len(clean_alarm), n_clean),
        "clean_false_alarms": clean_alarm,
        "misses": dict(sorted(misses.items())),
        "false_alarms": dict(sorted(false_alarms.items())),
    }


def score_red_flags(rows: list[dict[str, Any]], rubric_path: Path) -> dict[str, Any]:
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.checks.safety import detect_red_flag

    settings = rubric_mod.load(rubric_path).settings
    pairs = []
    wrong = []
    for r in rows:
        hit = detect_red_flag(r["question"], settings)
        pairs.append(("fail" if r["red_flag"] else "pass", hit is not None))
        if (hit is not None) != bool(r["red_flag"]):
            wrong.append({"id": r["id"], "red_flag": r["red_flag"], "matched": hit.reason if hit else None})
    out = confusion(pairs)
    out.update(questions=len(rows), urgent=sum(1 for r in rows if r["red_flag"]), errors=wrong)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), required=True)
    ap.add_argument("--set", choices=SETS, default="blind", dest="dataset",
                    help="datasets/blind (dev and test splits), blind2-blind6 (dev only), blind7 (test only)")
    ap.add_argument("--rubric", type=Path, default=ROOT / "rubrics" / "default.yaml")
    ap.add_argument("--log", action="store_true", help="append a line to bench/TEST_LOG.md (required for test)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--verbose", action="store_true", help="print misses and false alarms (dev only)")
    a = ap.parse_args(argv)
    if a.split == "test" and not a.log:
        ap.error("the test split is looked at only with --log (each look goes into bench/TEST_LOG.md)")
    folder = ROOT / "datasets" / a.dataset
    answers = score_answers(load(folder / "answers.jsonl", a.split), a.rubric)
    flags = score_red_flags(load(folder / "redflag_questions.jsonl", a.split), a.rubric)
    key = a.split if a.dataset == "blind" else f"{a.dataset}/{a.split}"
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    result = {"set": a.dataset, "split": a.split, "measured": when, "rubric": str(a.rubric.relative_to(ROOT) if a.rubric.is_relative_to(ROOT)
                                                                else a.rubric),
              "answers": answers, "red_flag_questions": flags}
    if a.split == "test":
        _drop_items(result)  # per-item misses on test would invite tuning on it: aggregates only
    stored = json.loads(a.out.read_text()) if a.out.exists() else {}
    stored[key] = result
    a.out.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")

    def fmt(c: dict[str, Any]) -> str:
        rc, pr = c["recall"], c["precision"]
        show = lambda x: "  n/a " if x["value"] is None else f"{x['value']:.3f} [{x['wilson95'][0]:.2f},{x['wilson95'][1]:.2f}]"
        out = f"defects {c['defects']:3d} flags {c['flags']:3d}  recall {show(rc)}  precision {show(pr)}"
        return out + (f"  present recognised {show(c['present_recognised'])}" if "present_recognised" in c else "")

    for name, c in answers["per_category"].items():
        print(f"{name:40s} {fmt(c)}")
    print()
    for name, c in answers["per_rule"].items():
        print(f"{name:40s} {fmt(c)}")
    ca = answers["clean_with_serious_false_alarm"]
    print(f"\nclean answers with a major/critical false alarm: {ca['k']}/{ca['n']} ({ca['value']}) {ca['wilson95']}")
    print(f"red-flag questions: {fmt(flags)}")
    if a.verbose and a.split == "dev":
        for kind in ("misses", "false_alarms"):
            for rule, items in answers[kind].items():
                for it in items:
                    print(f"{kind[:-2] if kind == 'misses' else 'false alarm'} {rule} {it}")
        for it in answers["clean_false_alarms"]:
            print("clean alarm", it)
        for it in flags["errors"]:
            print("red-flag error", it)
    if a.log:
        cat = answers["per_category"]
        line = (f"- {when}: `datasets/{a.dataset}` {a.split} split ({answers['answers']} answers, "
                f"{flags['questions']} questions) through bench/blind_eval.py with {result['rubric']}: "
                + "; ".join(f"{k} recall {v['recall']['value']} precision {v['precision']['value']} present recognised "
                            f"{v['present_recognised']['value']}" for k, v in cat.items())
                + f"; clean answers with a serious false alarm {ca['value']}; red-flag recall "
                f"{flags['recall']['value']} precision {flags['precision']['value']}. Nothing may be tuned after this look.")
        with open(ROOT / "bench" / "TEST_LOG.md", "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
