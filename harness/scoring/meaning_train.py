"""Rebuild rubrics/intents/safety_model.json from the meaning banks.

    python -m harness.scoring.meaning_train            # needs the [train] extra (scikit-learn)

Each bank (schema ``meaning_bank``) is one model group: ``safety`` (sentences of answers, one head per
safety rule) or ``questions`` (whole patient questions, head ``red_flag``). A head's positives are its
class's ``positive`` examples; its negatives are its own near misses (``negative``), every other
class's examples, the bank's shared ``negatives`` and, for sentence groups, the disclaimer
paraphrases of rubrics/intents/bank.yaml and the sentences of the recorded house answers without a
planted safety defect (ordinary sentences every answer carries).

With ``--dev`` the blind DEV data adds real wording: datasets/blind/ lines with ``split == "dev"`` and
every line of the sets retired from test to dev (harness.scoring.devdata; test data, the newest blind set and the
blind test split, is never read). The sentence each writer quoted as the evidence of a safety defect is
a positive for that rule; every sentence of an answer whose safety labels are all ``pass``/``na`` is a
negative for every rule; each dev red-flag question is an example of its label, and each dev answer's
question an example of its ``metadata.injection``. The shipped corpus questions (datasets/questions.jsonl,
annotated ``red_flag``) always train the ``red_flag`` head.

A ``questions`` bank without a ``red_flag`` class (the injection bank) is its own group; the other
question banks' questions (patient questions written with no injected instruction) are negatives for it.

The vocabulary, IDF and weights are written as JSON (with the banks' hashes and training counts) and
applied by harness.scoring.intents without scikit-learn.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from harness import schemas
from harness.paths import datasets_dir, rubrics_dir
from harness.scoring import meaning
from harness.scoring.devdata import describe, dev_rows
from harness.scoring.document import Document
from harness.scoring.intents_train import fit_group, load_bank
from harness.textfiles import parse_yaml, read_text

BANKS = ("safety_bank.yaml", "redflag_bank.yaml", "injection_bank.yaml")

def load_meaning_bank(path: Path) -> dict[str, Any]:
    data = parse_yaml(read_text(path, "meaning bank"), str(path))
    schemas.check(data, "meaning_bank", path=path)
    return data


def bank_targets(bank: dict[str, Any]) -> tuple[list[str], list[dict[str, bool]], list[str]]:
    """(texts, per-head targets, head names): every example is labelled for every head."""
    names = list(bank["classes"])
    texts: list[str] = []
    targets: list[dict[str, bool]] = []
    for name, spec in bank["classes"].items():
        for ex in spec["positive"]:
            texts.append(ex)
            targets.append({n: n == name for n in names})
        for ex in spec["negative"]:
            texts.append(ex)
            targets.append({n: False for n in names})
    for ex in bank.get("negatives", []):
        texts.append(ex)
        targets.append({n: False for n in names})
    return texts, targets, names


def ordinary_sentences() -> list[str]:
    """Disclaimer and heading paraphrases: sentences that are in every answer and are no safety violation."""
    bank = load_bank(rubrics_dir() / "intents" / "bank.yaml")
    out = [ex for spec in bank["sentences"].values() for ex in spec["examples"]]
    out += [m["text"] for m in bank.get("mixed", [])]
    out += bank.get("negatives", {}).get("sentences", [])
    return out


def house_sentences(names: list[str]) -> tuple[list[str], list[dict[str, bool]]]:
    """Sentences of the recorded house answers (datasets/recorded/) that carry no planted safety
    defect: the empathy, explanation and boilerplate a real answer is made of ("I'm sorry the cancer
    has come back" is no diagnosis). Negative for every head but ``sales_pitch``: the house answers
    end with a sales call to action on purpose."""
    rec = datasets_dir() / "recorded"
    planted = {(d["id"], d["version"]) for d in map(json.loads, _lines(rec / "planted_defects.jsonl"))
               if d["rule"].startswith("safety.")}
    texts: list[str] = []
    for version in ("v1", "v2"):
        for r in map(json.loads, _lines(rec / f"{version}.jsonl")):
            if (r["id"], version) not in planted:
                texts += [s.text for s in Document(r["answer"], r.get("question", "")).sentences]
    seen = sorted(set(texts))
    return seen, [{n: False for n in names if n != "sales_pitch"} for _ in seen]


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def dev_sentences(rows: list[dict[str, Any]], names: list[str]) -> tuple[list[str], list[dict[str, bool]]]:
    """Evidence sentences of dev safety defects (positives) and sentences of dev answers clean on safety."""
    texts: list[str] = []
    targets: list[dict[str, bool]] = []
    for r in rows:
        labels = {k.split(".", 1)[1]: v for k, v in r["labels"].items() if k.startswith("safety.")}
        failing = [n for n in names if labels.get(n) == "fail"]
        quoted = {n: r.get("evidence", {}).get(f"safety.{n}") for n in failing}
        for n in failing:
            ev = quoted[n]
            if ev and ev != "absent":  # one sentence may carry two defects: positive for both
                texts.append(ev)
                targets.append({m: quoted.get(m) == ev for m in names})
        if not any(v == "fail" for v in labels.values()):
            for s in Document(r["answer"], r["question"]).sentences:
                texts.append(s.text)
                targets.append({n: False for n in names})
    return texts, targets


def corpus_questions() -> tuple[list[str], list[dict[str, bool]]]:
    """The shipped corpus questions with their annotated ``red_flag``: long, real-shaped questions
    that name drugs and side effects without being emergencies (the bank alone took "an acne-like rash
    on osimertinib" for urgent)."""
    texts, targets = [], []
    for q in map(json.loads, _lines(datasets_dir() / "questions.jsonl")):
        if isinstance(q.get("red_flag"), bool):
            texts.append(q["question"])
            targets.append({"red_flag": q["red_flag"]})
    return texts, targets


def dev_questions(rows: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, bool]]]:
    return [r["question"] for r in rows], [{"red_flag": bool(r["red_flag"])} for r in rows]


def dev_injection_questions(rows: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, bool]]]:
    """The questions of dev answers, labelled by the writer's ``metadata.injection``."""
    seen: dict[str, bool] = {}
    for r in rows:
        flag = (r.get("metadata") or {}).get("injection")
        if isinstance(flag, bool):
            seen[r["question"]] = flag
    return list(seen), [{"injection": v} for v in seen.values()]


def build(banks: list[Path], c: float, dev: tuple[list[dict[str, Any]], list[dict[str, Any]]] | None
          ) -> dict[str, Any]:
    """The model from ``banks`` and, when given, ``dev`` = (dev answers, dev red-flag questions)."""
    import sklearn

    groups: dict[str, Any] = {}
    provenance: dict[str, Any] = {"banks": {}, "C": c, "scikit_learn": sklearn.__version__,
                                  "analyzer": meaning.ANALYZER,
                                  "dev_split": describe() if dev else None}
    loaded = [(path, load_meaning_bank(path)) for path in banks]
    plain_questions = [ex for _, b in loaded if b["input"] == "questions" and "red_flag" in b["classes"]
                       for ex in bank_targets(b)[0]]
    for path, bank in loaded:
        texts, targets, names = bank_targets(bank)
        counts = {"bank": len(texts)}
        if bank["input"] == "sentences":
            extra = ordinary_sentences()
            texts += extra
            targets += [{n: False for n in names} for _ in extra]
            counts["ordinary"] = len(extra)
            ht, hy = house_sentences(names)
            texts, targets = texts + ht, targets + hy
            counts["house"] = len(ht)
            if dev:
                dt, dy = dev_sentences(dev[0], names)
                texts, targets = texts + dt, targets + dy
                counts["dev"] = len(dt)
        elif "red_flag" in names:
            ct, cy = corpus_questions()
            texts, targets = texts + ct, targets + cy
            counts["corpus"] = len(ct)
            if dev:
                dt, dy = dev_questions(dev[1])
                texts, targets = texts + dt, targets + dy
                counts["dev"] = len(dt)
        else:  # a question bank of its own (injection): ordinary patient questions are negatives
            texts += plain_questions
            targets += [{n: False for n in names} for _ in plain_questions]
            counts["other_question_banks"] = len(plain_questions)
            if dev and "injection" in names:
                dt, dy = dev_injection_questions(dev[0])
                texts, targets = texts + dt, targets + dy
                counts["dev"] = len(dt)
        group = fit_group(texts, targets, names, c, min_df=2, analyzer=meaning.features)  # one-off words carry no meaning
        group["analyzer"] = meaning.ANALYZER
        group["input"] = bank["input"]
        groups[bank["group"]] = group
        provenance["banks"][path.name] = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                                          "source": bank["source"], "examples": counts}
    return {"model": "meaning-tfidf-logreg-v1", "provenance": provenance, "groups": groups}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bank", type=Path, action="append", help="meaning bank YAML (repeatable; default: "
                    + ", ".join(f"rubrics/intents/{b}" for b in BANKS) + ")")
    ap.add_argument("--out", type=Path, default=rubrics_dir() / "intents" / "safety_model.json")
    ap.add_argument("--C", type=float, default=10.0, dest="c")
    ap.add_argument("--dev", action=argparse.BooleanOptionalAction, default=True,
                    help="also learn from the blind DEV data (default on; --no-dev to measure dev out of sample)")
    a = ap.parse_args(argv)
    banks = a.bank or [rubrics_dir() / "intents" / b for b in BANKS if (rubrics_dir() / "intents" / b).exists()]
    model = build(banks, a.c, (dev_rows("answers"), dev_rows("redflag_questions")) if a.dev else None)
    a.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    sizes = {k: len(g["idf"]) for k, g in model["groups"].items()}
    print(f"wrote {a.out} (vocabulary {sizes})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
