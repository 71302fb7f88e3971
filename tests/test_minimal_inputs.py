"""Bring your own questions and answers: a questions file with only id and question (any topic),
validate's file-kind detection and --sources/--strict, the join warning, ragas/deepeval exports
(harness import, and read directly by harness score), and the ragas round trip both ways."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.cli import main
from harness.paths import data_root

REPO = data_root()
V1 = REPO / "datasets" / "recorded" / "v1.jsonl"


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _recorded(n: int) -> list[dict]:
    return [json.loads(line) for line in V1.read_text().splitlines()[:n]]


def test_minimal_questions_join_and_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = _recorded(3)
    questions = _jsonl(tmp_path / "questions.jsonl", [
        {"id": answers[0]["id"], "question": answers[0]["question"], "topic": "lifestyle"},
        {"id": answers[1]["id"], "question": answers[1]["question"]},
        {"id": answers[2]["id"], "question": answers[2]["question"], "topic": "treatment", "red_flag": False},
    ])
    code, out, err = _run(capsys, "validate", str(questions))
    assert code == 0 and "3 questions" in out, err
    ans = _jsonl(tmp_path / "answers.jsonl", [{k: a[k] for k in ("id", "question", "answer")} for a in answers])
    code, out, err = _run(capsys, "score", "--answers", str(ans), "--dataset", str(questions),
                          "--out", str(tmp_path / "run"))
    assert code in (0, 1), err
    assert "warning" not in err  # every answer joined its question
    from harness.results import load_results

    items = {it["id"]: it for it in load_results(tmp_path / "run")}
    assert items[answers[0]["id"]]["metadata"]["topic"] == "lifestyle"  # free-form topic joined
    assert items[answers[2]["id"]]["metadata"]["red_flag"] is False
    crit = {c["rule"]: c["outcome"] for c in items[answers[1]["id"]]["checks"]}
    assert "rubric.criteria" not in crit  # no criteria: the rule does not apply (never a pass or a fail)
    assert crit["disclaimer.banner"] in ("pass", "fail")  # the answer itself is scored


def test_strict_validation_keeps_the_corpus_taxonomy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    q = _jsonl(tmp_path / "q.jsonl", [{"id": "a1", "question": "Is walking good during chemo?", "topic": "lifestyle"}])
    code, _, err = _run(capsys, "validate", "--strict", str(q))
    assert code == 2 and f"{q}:1" in err and "question_strict" in err
    code, _, _ = _run(capsys, "validate", "--strict", str(REPO / "datasets" / "questions.jsonl"))
    assert code == 0


def test_validate_detects_the_kind_and_takes_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    srcs = tmp_path / "passages"
    srcs.mkdir()
    _jsonl(srcs / "a.jsonl", [{"source_id": "s-1", "title": "t", "citation": "c", "text": "CAR T-cell therapy uses the patient's own immune cells, changed in a laboratory.",
                               "as_of": "2026-10"}])
    q = _jsonl(tmp_path / "elsewhere.jsonl", [{"id": "a1", "question": "What is CAR-T?", "source_ids": ["s-1"]}])
    code, _, err = _run(capsys, "validate", str(q))
    assert code == 2 and "unknown source id 's-1'" in err  # sources/ beside the file does not exist
    code, out, err = _run(capsys, "validate", str(q), "--sources", str(srcs))
    assert code == 0 and "1 questions citing 1 known sources" in out, err
    ans = _jsonl(tmp_path / "answers.jsonl", [{"id": "a1", "question": "q?", "answer": "text"}])
    code, out, _ = _run(capsys, "validate", str(ans))
    assert code == 0 and "1 answers" in out


def test_warning_when_answers_and_questions_barely_overlap(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    answers = _recorded(4)
    ans = _jsonl(tmp_path / "a.jsonl", [{**{k: a[k] for k in ("question", "answer")}, "id": f"x-{i}"}
                                        for i, a in enumerate(answers[:3])] + [answers[3]])
    code, _, err = _run(capsys, "score", "--answers", str(ans), "--dataset", str(REPO / "datasets" / "questions.jsonl"),
                        "--out", str(tmp_path / "run"))
    assert code in (0, 1)
    assert "barely overlap: only 1 of 4 answer ids" in err and "x-0" in err
    assert "criteria, source passages and red flag" in err


DEEPEVAL_EXPORT = [
    {"input": "Can I take ibuprofen for a headache during chemotherapy?", "actual_output": "For informational purposes only.",
     "retrieval_context": ["Ask your care team before any pain reliever."], "name": "d1",
     "additional_metadata": {"red_flag": False}},
    {"input": "What is CAR-T?", "actual_output": "CAR-T is a cell therapy.", "context": ["CAR T-cell therapy ..."]},
]


def test_import_deepeval_and_ragas_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    de = tmp_path / "deepeval.json"
    de.write_text(json.dumps({"test_cases": DEEPEVAL_EXPORT}), encoding="utf-8")
    code, out, err = _run(capsys, "import", str(de), "--out", str(tmp_path / "a.jsonl"))
    assert code == 0 and "2 answers from the deepeval export" in out, err
    rows = [json.loads(l) for l in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["d1", "deepeval-0002"]
    assert rows[0]["contexts"] == ["Ask your care team before any pain reliever."]
    assert rows[0]["metadata"] == {"red_flag": False} and rows[1]["contexts"] == ["CAR T-cell therapy ..."]

    # ragas: no ids in the file; the question text finds the id in --dataset
    rec = _recorded(2)
    rg = _jsonl(tmp_path / "ragas.jsonl", [{"user_input": r["question"], "response": r["answer"],
                                            "retrieved_contexts": r["contexts"]} for r in rec])
    code, out, err = _run(capsys, "import", str(rg), "--out", str(tmp_path / "b.jsonl"), "--dataset",
                          str(REPO / "datasets" / "questions.jsonl"))
    assert code == 0 and "ragas export" in out, err
    assert [json.loads(l)["id"] for l in (tmp_path / "b.jsonl").read_text().splitlines()] == [r["id"] for r in rec]
    code, out, _ = _run(capsys, "validate", str(rg))
    assert code == 0 and "ragas export" in out

    golden = tmp_path / "goldens.jsonl"
    _jsonl(golden, [{"input": "q?", "expected_output": "x"}])
    code, _, err = _run(capsys, "import", str(golden), "--out", str(tmp_path / "c.jsonl"), "--format", "deepeval")
    assert code == 2 and f"{golden}:1" in err and "actual_output" in err


def test_ragas_round_trip_both_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from optional_deps import require

    require("ragas")
    from ragas import EvaluationDataset

    from harness.integrations.ragas_dataset import to_jsonl

    code, _, err = _run(capsys, "score", "--answers", str(V1), "--dataset", str(REPO / "datasets" / "questions.jsonl"),
                        "--out", str(tmp_path / "v1"))
    assert code == 1, err
    assert to_jsonl(tmp_path / "v1", tmp_path / "v1.ragas.jsonl") == 84
    ds = EvaluationDataset.from_jsonl(str(tmp_path / "v1.ragas.jsonl"))  # ragas reads ours
    assert len(ds) == 84 and ds.samples[0].rubrics and "score5_description" in ds.samples[0].rubrics
    # back: harness score reads the ragas file directly, under the original ids, with the same verdicts
    code, _, err = _run(capsys, "score", "--answers", str(tmp_path / "v1.ragas.jsonl"), "--dataset",
                        str(REPO / "datasets" / "questions.jsonl"), "--out", str(tmp_path / "back"))
    assert code == 1, err
    assert "warning" not in err

    def statuses(d: Path) -> dict[str, str]:
        from harness.results import load_results

        return {it["id"]: it["status"] for it in load_results(d)}

    assert statuses(tmp_path / "back") == statuses(tmp_path / "v1")
    # and a file written by ragas itself (no ids) comes back by question text
    ds.to_jsonl(str(tmp_path / "by_ragas.jsonl"))
    code, _, err = _run(capsys, "import", str(tmp_path / "by_ragas.jsonl"), "--out", str(tmp_path / "imp.jsonl"),
                        "--dataset", str(REPO / "datasets" / "questions.jsonl"))
    assert code == 0, err
    ids = [json.loads(l)["id"] for l in (tmp_path / "imp.jsonl").read_text().splitlines()]
    assert ids == list(statuses(tmp_path / "v1"))


def test_criteria_become_ragas_instance_rubrics() -> None:
    from optional_deps import require

    require("ragas")
    from harness.integrations.ragas_dataset import criteria_rubrics

    r = criteria_rubrics([{"criterion": "Advises calling the oncology team now", "points": 5},
                          {"criterion": "Suggests waiting until morning", "points": -6}])
    assert r is not None and sorted(r) == [f"score{i}_description" for i in range(1, 6)]
    assert "calling the oncology team now (+5 points)" in r["score5_description"]
    assert "none of these: Suggests waiting until morning (-6 points)" in r["score5_description"]
    assert "waiting until morning" in r["score1_description"]
    assert criteria_rubrics([]) is None
