"""Rebuild rubrics/intents/model.json from the paraphrase bank and the blind DEV answers.

    python -m harness.scoring.intents_train            # needs the [train] extra (scikit-learn)

Training data, per intent:
- the bank (rubrics/intents/bank.yaml): each example is positive for its intent(s), negative for
  the others; ``negatives`` are negative for every intent;
- the blind DEV answers (harness.scoring.devdata: the dev split of datasets/blind and the sets retired
  to dev; test data is never read): where the writers labelled an intent ``fail`` (absent), every sentence of that answer
  is a negative for it; where they labelled it ``pass``, the sentence a bank-only model finds most
  likely in the region the rule searches becomes a positive (when it scores at least 0.2).
One logistic regression per intent (balanced classes) over TF-IDF of ``intents.features``; the
vocabulary, IDF and weights are written as JSON with the bank's hash and the training counts.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Callable

from harness import schemas
from harness.paths import rubrics_dir
from harness.scoring.devdata import describe, dev_rows
from harness.scoring.document import Document
from harness.scoring.intents import IntentModel, features
from harness.textfiles import parse_yaml, read_text

DEV_MIN_PROBABILITY = 0.2
# Which blind labels say whether an intent is present, and where the rule looks for it.
DEV_LABELS = {"ai_disclosure": [("disclaimer.ai_disclosure", "all")],
              "not_medical_advice": [("disclaimer.not_medical_advice", "all")],
              "consult_care_team": [("disclaimer.consult_care_team", "all")],
              "informational": [("disclaimer.banner", "top"), ("disclaimer.closing", "bottom")]}
WEIGHT_DIGITS = 4


def load_bank(path: Path) -> dict[str, Any]:
    data = parse_yaml(read_text(path, "intent bank"), str(path))
    schemas.check(data, "intent_bank", path=path)
    return data


def bank_examples(bank: dict[str, Any], headings: bool) -> tuple[list[str], list[set[str]], list[str]]:
    """(texts, intents of each text, intent names) of one input kind."""
    names = [n for n, spec in bank["sentences"].items() if bool(spec.get("headings")) == headings]
    texts: list[str] = []
    labels: list[set[str]] = []
    for n in names:
        for ex in bank["sentences"][n]["examples"]:
            texts.append(ex)
            labels.append({n})
    if not headings:
        for m in bank.get("mixed", []):
            texts.append(m["text"])
            labels.append(set(m["intents"]))
    for neg in bank.get("negatives", {}).get("headings" if headings else "sentences", []):
        texts.append(neg)
        labels.append(set())
    return texts, labels, names


def _region(doc: Document, where: str) -> tuple[int, int]:
    """The part of an answer a rule searches (see harness.scoring.regions.intent_region)."""
    from harness.scoring.regions import intent_region

    return intent_region(doc, where)


def dev_examples(model: IntentModel, names: list[str], rows: list[dict[str, Any]],
                 report: list[str]) -> tuple[list[str], list[dict[str, bool]]]:
    """Sentences of the DEV answers with per-intent targets (True/False; absent = not used)."""
    texts: list[str] = []
    targets: list[dict[str, bool]] = []
    for r in rows:
        doc = Document(r["answer"], r["question"])
        sents = doc.sentences
        per: list[dict[str, bool]] = [{} for _ in sents]
        for intent in names:
            for label_id, where in DEV_LABELS.get(intent, []):
                label = r["labels"].get(label_id)
                if label == "fail" and all(r["labels"].get(other) == "fail" for other, _ in DEV_LABELS[intent]):
                    for t in per:
                        t[intent] = False
                elif label == "pass":
                    lo, hi = _region(doc, where)
                    scored = [(model.probability(intent, s.text), i) for i, s in enumerate(sents)
                              if lo <= s.start < hi]
                    if scored:
                        p, i = max(scored)
                        if p >= DEV_MIN_PROBABILITY:
                            per[i][intent] = True
                            report.append(f"{r['id']} {intent} {p:.2f} {sents[i].text[:100]}")
                        else:
                            report.append(f"{r['id']} {intent} NOT FOUND (best {p:.2f})")
        for s, t in zip(sents, per):
            if t:
                texts.append(s.text)
                targets.append(t)
    return texts, targets


def fit_group(texts: list[str], targets: list[dict[str, bool]], names: list[str], c: float,
              min_df: int = 1, analyzer: Callable[[str], list[str]] = features) -> dict[str, Any]:
    """One vocabulary (TF-IDF of ``analyzer``) and one balanced logistic head per name, as JSON numbers."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, norm="l2", min_df=min_df)
    x = vec.fit_transform(texts)
    vocab = vec.vocabulary_
    inv = {i: t for t, i in vocab.items()}
    out: dict[str, Any] = {"idf": {inv[i]: round(float(v), WEIGHT_DIGITS) for i, v in enumerate(vec.idf_)},
                           "intents": {}}
    for name in names:
        rows = [i for i, t in enumerate(targets) if name in t]
        y = [int(targets[i][name]) for i in rows]
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        clf.fit(x[rows], y)
        weights = {inv[j]: round(float(w), WEIGHT_DIGITS) for j, w in enumerate(clf.coef_[0])
                   if abs(w) >= 10 ** -WEIGHT_DIGITS}
        out["intents"][name] = {"intercept": round(float(clf.intercept_[0]), WEIGHT_DIGITS), "threshold": 0.5,
                                "weights": dict(sorted(weights.items())), "positives": sum(y),
                                "negatives": len(y) - sum(y)}
    return out


def _targets(labels: list[set[str]], names: list[str]) -> list[dict[str, bool]]:
    return [{n: n in lab for n in names} for lab in labels]


def build(bank_path: Path, dev: list[dict[str, Any]], c: float, report: list[str]) -> dict[str, Any]:
    import sklearn

    bank = load_bank(bank_path)
    groups: dict[str, Any] = {}
    for kind, headings in (("sentences", False), ("headings", True)):
        texts, labels, names = bank_examples(bank, headings)
        targets = _targets(labels, names)
        group = fit_group(texts, targets, names, c)
        if not headings and dev:
            stage1 = IntentModel({kind: group})
            dtexts, dtargets = dev_examples(stage1, names, dev, report)
            group = fit_group(texts + dtexts, targets + dtargets, names, c, min_df=2)  # drop one-off dev words
            group["dev_sentences"] = len(dtexts)
        groups[kind] = group
    return {"model": "intents-tfidf-logreg-v1",
            "provenance": {"bank": str(bank_path.relative_to(rubrics_dir().parent)) if bank_path.is_relative_to(
                rubrics_dir().parent) else str(bank_path),
                "bank_sha256": hashlib.sha256(bank_path.read_bytes()).hexdigest(),
                "dev_split": describe() if dev else None, "C": c,
                "scikit_learn": sklearn.__version__},
            "groups": groups}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bank", type=Path, default=rubrics_dir() / "intents" / "bank.yaml")
    ap.add_argument("--dev", action=argparse.BooleanOptionalAction, default=True,
                    help="also learn from the blind DEV answers (harness.scoring.devdata)")
    ap.add_argument("--out", type=Path, default=rubrics_dir() / "intents" / "model.json")
    ap.add_argument("--C", type=float, default=10.0, dest="c")
    ap.add_argument("--show-dev", action="store_true", help="print the DEV sentences taken as positives")
    a = ap.parse_args(argv)
    report: list[str] = []
    model = build(a.bank, dev_rows("answers") if a.dev else [], a.c, report)
    a.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    if a.show_dev:
        print("\n".join(report))
    sizes = {k: len(g["idf"]) for k, g in model["groups"].items()}
    print(f"wrote {a.out} (vocabulary {sizes})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
