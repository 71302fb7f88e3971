"""Criteria without a deterministic match are graded by the LLM judge when one is configured."""
from __future__ import annotations

import json
from typing import Any

from harness.judge import JudgeConfig, attach
from harness.paths import default_rubric
from harness.scoring import rubric as rubric_mod
from harness.scoring.engine import score_record
from harness.testing.fake_openai import FakeOpenAI

CRITERIA = [
    {"criterion": "Says CAR-T is studied in clinical trials for breast cancer", "points": 5,
     "match": {"any": ["clinical trials?"]}},
    {"criterion": "Acknowledges the reader's worry with warmth", "points": 3},
    {"criterion": "Recommends a specific CAR-T product for the reader", "points": -6},
]


def _responder(body: dict[str, Any]) -> str:
    user = body["messages"][-1]["content"]
    if "Rubric item:\n[3] Acknowledges" in user:
        return json.dumps({"criteria_met": True, "explanation": "It opens with empathy."})
    if "Rubric item:\n[-6] Recommends" in user:
        return "```json\n" + json.dumps({"criteria_met": False, "explanation": "No product is recommended."}) + "\n```"
    return "not json at all"


def _score(server: FakeOpenAI, seed_answer: str, criteria: list[dict[str, Any]]) -> dict[str, Any]:
    rub = attach(rubric_mod.load(default_rubric()), JudgeConfig("judge-model", server.base_url, metrics=()))
    rec = {"id": "j1", "question": "Can CAR-T help my breast cancer?", "answer": seed_answer,
           "metadata": {"cancer_type": "breast cancer", "criteria": criteria}}
    return next(c for c in score_record(rec, rub)["checks"] if c["rule"] == "rubric.criteria")


def test_judge_grades_unmatched_criteria(seed_answer, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    with FakeOpenAI(responder=_responder) as server:
        check = _score(server, seed_answer, CRITERIA)
        sent = [e["body"]["messages"][-1]["content"] for e in server.log]
    rows = check["details"]["criteria"]
    assert [r["graded_by"] for r in rows] == ["match", "judge", "judge"]
    assert rows[1]["met"] is True and rows[2]["met"] is False and "empathy" in rows[1]["reason"]
    assert check["score"] == 1.0 and check["outcome"] == "pass" and check["details"]["not_graded"] == 0
    assert len(sent) == 2 and all("Assistant reply:" in s for s in sent)


def test_unparseable_judge_reply_is_not_graded(seed_answer, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    odd = [CRITERIA[0], {"criterion": "Something the fake judge does not know", "points": 2}]
    with FakeOpenAI(responder=_responder) as server:
        check = _score(server, seed_answer, odd)
    rows = check["details"]["criteria"]
    assert rows[1]["met"] is None and rows[1]["graded_by"] is None and "unparseable" in rows[1]["reason"]
    assert check["details"]["not_graded"] == 1 and check["score"] == 1.0  # scored on what was graded


def test_without_judge_unmatched_criteria_stay_not_graded(seed_answer) -> None:
    rub = rubric_mod.load(default_rubric())
    rec = {"id": "j1", "question": "q", "answer": seed_answer, "metadata": {"criteria": CRITERIA[1:]}}
    check = next(c for c in score_record(rec, rub)["checks"] if c["rule"] == "rubric.criteria")
    assert check["outcome"] == "not_graded" and check["passed"] is False
