"""harness.integrations.ragas_dataset: a run as a ragas EvaluationDataset."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from optional_deps import require

require("ragas")

from harness.integrations import ragas_dataset as rd  # noqa: E402


def test_run_folder_to_evaluation_dataset(tmp_path: Path, seed_answer: str) -> None:
    from harness.paths import default_rubric
    from harness.pytest_plugin import score_file

    answers = tmp_path / "answers.jsonl"
    recs = [{"id": "a1", "question": "Q1?", "answer": seed_answer, "contexts": ["p1", "p2"],
             "metadata": {"source_ids": ["s1", "s2"]}},
            {"id": "a2", "question": "Q2?", "answer": "short", "contexts": []}]
    answers.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    score_file(answers, tmp_path / "run", default_rubric(), None)
    ds = rd.to_evaluation_dataset(tmp_path / "run")
    assert type(ds).__name__ == "EvaluationDataset" and len(ds) == 2
    s = ds[0]
    assert (s.user_input, s.response, s.retrieved_contexts, s.retrieved_context_ids) == \
           ("Q1?", seed_answer, ["p1", "p2"], ["s1", "s2"])
    assert ds[1].retrieved_contexts == []
    # the answers file converts the same way
    assert [x.user_input for x in rd.to_evaluation_dataset(answers)] == ["Q1?", "Q2?"]


def test_items_without_answer_are_left_out_and_listed() -> None:
    items = [{"id": "a1", "question": "Q?", "answer": "A.", "contexts": []},
             {"id": "a2", "question": "Q?", "answer": None, "status": "error", "checks": [], "error": "timeout"},
             {"id": "a1", "repeat": 1, "question": "Q?", "answer": "B.", "contexts": []}]
    samples, skipped = rd.to_samples(items)
    assert [cid for cid, _ in samples] == ["a1", "a1#r1"] and skipped == ["a2"]
    assert len(rd.to_evaluation_dataset(items)) == 2


def test_ragas_llm_needs_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        rd.ragas_llm("gpt-4.1-mini")
