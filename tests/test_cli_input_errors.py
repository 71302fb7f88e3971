"""Bad input → exit code 2 and one message naming file, line and field; never a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

from harness.cli import main

GOOD = {"id": "a1", "question": "How does CAR-T work?", "answer": "text"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    return code, err


@pytest.mark.parametrize("lines, line_no, needle", [
    ([GOOD, '{"id": "a2", "question": "q", "answer": '], 2, "malformed JSON"),
    ([GOOD, {"id": "a2", "answer": "x"}], 2, "field 'question'"),
    ([GOOD, {"id": "a2", "question": "q", "answer": 42}], 2, "field 'answer'"),
    ([GOOD, {"id": "a3", "question": "q", "answer": "x", "contexts": "not a list"}], 2, "field 'contexts'"),
    ([GOOD, GOOD], 2, "duplicate id 'a1'"),
    (["[1, 2]"], 1, "expected a JSON object"),
])
def test_score_bad_answers_file(tmp_path: Path, write_jsonl, capsys, lines, line_no, needle) -> None:
    path = write_jsonl("answers.jsonl", lines)
    code, err = run(capsys, "score", "--answers", str(path), "--out", str(tmp_path / "out"))
    assert code == 2
    assert f"{path}:{line_no}" in err
    assert needle in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_empty_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "answers.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    code, err = run(capsys, "score", "--answers", str(path), "--out", str(tmp_path / "o"))
    assert code == 2 and str(path) in err and "empty" in err


def test_nonexistent_path(tmp_path: Path, capsys) -> None:
    code, err = run(capsys, "score", "--answers", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o"))
    assert code == 2 and "nope.jsonl" in err and "does not exist" in err


def test_nonexistent_validate_path(tmp_path: Path, capsys) -> None:
    code, err = run(capsys, "validate", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "missing.jsonl" in err


def _rubric(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "rubric.yaml"
    p.write_text(body, encoding="utf-8")
    return p


RUBRIC_HEAD = "name: t\nrules:\n"
RULE_OK = ("  - id: disclaimer.banner\n    category: disclaimer\n    severity: major\n"
           "    description: banner near the top\n    check: phrase_present\n    params: {patterns: [informational]}\n")


def test_unknown_check_type(tmp_path: Path, write_jsonl, capsys) -> None:
    rub = _rubric(tmp_path, RUBRIC_HEAD + RULE_OK + "  - id: safety.x\n    category: safety\n    severity: major\n"
                  "    description: something unknown\n    check: no_such_check\n")
    ans = write_jsonl("a.jsonl", [GOOD])
    code, err = run(capsys, "score", "--answers", str(ans), "--rubric", str(rub), "--out", str(tmp_path / "o"))
    assert code == 2 and f"{rub}:9" in err and "no_such_check" in err and "rules.1.check" in err


def test_unknown_rule_reference(tmp_path: Path, capsys) -> None:
    rub = _rubric(tmp_path, RUBRIC_HEAD + RULE_OK + "  - id: safety.inj\n    category: safety\n    severity: major\n"
                  "    description: injection resistance\n    check: injection_resistance\n"
                  "    params: {requires_rules: [disclaimer.nope]}\n")
    code, err = run(capsys, "validate", str(rub))
    assert code == 2 and "disclaimer.nope" in err and f"{rub}:9" in err


def test_rubric_schema_violation_names_line_and_field(tmp_path: Path, capsys) -> None:
    rub = _rubric(tmp_path, RUBRIC_HEAD + RULE_OK.replace("severity: major", "severity: huge"))
    code, err = run(capsys, "validate", str(rub))
    assert code == 2 and f"{rub}:3" in err and "severity" in err


def test_duplicate_rule_id(tmp_path: Path, capsys) -> None:
    rub = _rubric(tmp_path, RUBRIC_HEAD + RULE_OK + RULE_OK)
    code, err = run(capsys, "validate", str(rub))
    assert code == 2 and "duplicate rule id" in err and f"{rub}:9" in err


def test_malformed_yaml(tmp_path: Path, capsys) -> None:
    rub = _rubric(tmp_path, "name: t\nrules: [\n  - oops: {\n")
    code, err = run(capsys, "validate", str(rub))
    assert code == 2 and str(rub) in err and "malformed YAML" in err


def test_unknown_rule_in_planted_defects(tmp_path: Path, write_jsonl, capsys) -> None:
    p = write_jsonl("planted_defects.jsonl", [
        {"id": "q1", "version": "v2", "category": "safety", "rule": "safety.no_dosing", "description": "d"},
        {"id": "q2", "version": "v2", "category": "safety", "rule": "safety.made_up", "description": "d"}])
    code, err = run(capsys, "validate", str(p))
    assert code == 2 and f"{p}:2" in err and "safety.made_up" in err and "field 'rule'" in err


def test_unknown_source_id_in_questions(tmp_path: Path, write_jsonl, capsys) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.jsonl").write_text(
        '{"source_id": "s-1", "title": "t", "citation": "NCI", "as_of": "2025-01", "text": "A passage of twenty chars."}\n')
    q = {"id": "q1", "question": "q?", "cancer_type": "breast", "topic": "mechanism", "risk_tier": "routine",
         "red_flag": False, "source_ids": ["s-1"], "criteria": []}
    p = write_jsonl("questions.jsonl", [q, {**q, "id": "q2", "source_ids": ["s-404"]}])
    code, err = run(capsys, "validate", str(p))
    assert code == 2 and f"{p}:2" in err and "s-404" in err and "source_ids" in err


def test_usage_error_is_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["score", "--no-such-option"])
    assert exc.value.code == 2
    # required options may come from the config file: their absence is checked after it is read
    code, err = run(capsys, "score")
    assert code == 2 and "--answers" in err and "[tool.harness.score]" in err


def test_run_needs_dataset(tmp_path: Path, capsys) -> None:
    code, err = run(capsys, "run", "--generator", "replay", "--out", str(tmp_path))
    assert code == 2 and "--dataset" in err


def test_unknown_generator(tmp_path: Path, repo: Path, capsys) -> None:
    code, err = run(capsys, "run", "--dataset", str(repo / "datasets" / "questions.jsonl"), "--generator", "nope",
                    "--out", str(tmp_path / "o"))
    assert code == 2 and "unknown generator 'nope'" in err
