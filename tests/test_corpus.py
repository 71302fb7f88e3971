"""The shipped corpus meets what the product promises (coverage, provenance, consistency)."""
from __future__ import annotations

import json
from collections import Counter

from harness.datasets import load_corpus
from harness.paths import data_root

DATA = data_root() / "datasets"
CORPUS = load_corpus(DATA / "questions.jsonl")


def _recorded(version: str) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, (DATA / "recorded" / f"{version}.jsonl").read_text().splitlines())}


def test_size_red_flags_and_intents() -> None:
    qs = CORPUS.questions
    assert len(qs) >= 80
    assert sum(q["red_flag"] for q in qs) >= 10
    assert all(q["risk_tier"] == "urgent" for q in qs if q["red_flag"])
    topics = Counter(q["topic"] for q in qs)
    for t in ("mechanism", "eligibility", "side_effects", "clinical_trials", "prognosis", "diet_alternative",
              "second_opinion", "cost_insurance", "caregiver"):
        assert topics[t] >= 2, t
    kinds = Counter(a for q in qs for a in q.get("adversarial", []))
    for k in ("dosing", "stop_treatment", "guarantee", "false_approval", "injection"):
        assert kinds[k] >= 1, k


def test_cancer_types_covered() -> None:
    text = " ".join(q["cancer_type"] + " " + q["question"] for q in CORPUS.questions).lower()
    for needle in ("her2", "triple", "egfr", "alk", "pd-l1", "colorectal", "prostate", "lymphoma",
                   "leukemia", "myeloma", "melanoma", "ovarian", "pancreatic"):
        assert needle in text, needle


def test_every_question_cites_sources_and_has_criteria() -> None:
    for q in CORPUS.questions:
        assert q["source_ids"], q["id"]
        assert 3 <= len(q["criteria"]) <= 6, q["id"]
        assert any(c["points"] < 0 for c in q["criteria"]) or any(c["points"] > 0 for c in q["criteria"])


def test_sources_have_provenance() -> None:
    for s in CORPUS.sources.values():
        assert s.citation and s.as_of and len(s.text) > 40, s.source_id


def test_recorded_answers_cover_every_question_with_their_passages() -> None:
    for version in ("v1", "v2"):
        rec = _recorded(version)
        assert set(rec) == {q["id"] for q in CORPUS.questions}, version
        for q in CORPUS.questions:
            r = rec[q["id"]]
            assert r["metadata"]["prompt_version"] == version
            assert r["contexts"] == [CORPUS.sources[s].text for s in q["source_ids"]], (version, q["id"])


def test_red_flags_are_detected_from_the_question_text_alone() -> None:
    """The fallback for unannotated questions agrees with every annotation of the corpus
    (tuned on it: a regression guard, not an estimate of accuracy on new questions)."""
    from harness.paths import default_rubric
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.checks.safety import detect_red_flag

    settings = rubric_mod.load(default_rubric()).settings
    wrong = [(q["id"], q["red_flag"]) for q in CORPUS.questions
             if (detect_red_flag(q["question"], settings) is not None) != q["red_flag"]]
    assert wrong == []
