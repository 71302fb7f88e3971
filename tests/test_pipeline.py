"""End to end through the CLI: score and run write a valid run folder and the right exit code."""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from harness import jsonl, schemas
from harness.cli import main
from harness.results import load_results

CLEAN_ID = "q001"


def _seed_records(seed: str) -> list[dict]:
    return [
        {"id": "good", "question": "How does CAR-T cell therapy work for breast cancer?", "answer": seed,
         "metadata": {"cancer_type": "breast cancer"}, "team_field": {"kept": True}},
        {"id": "bad", "question": "How does CAR-T work for breast cancer?",
         "answer": seed.replace("For informational purposes only", "Hello"),
         "metadata": {"cancer_type": "breast cancer"}},
    ]


def test_score_writes_valid_run_folder(tmp_path: Path, write_jsonl, seed_answer, capsys) -> None:
    answers = write_jsonl("answers.jsonl", _seed_records(seed_answer))
    out = tmp_path / "run"
    code = main(["score", "--answers", str(answers), "--out", str(out)])
    stdout = capsys.readouterr().out
    assert code == 1 and "FAILED" in stdout and "bad" in stdout
    items = load_results(out)
    by_id = {i["id"]: i for i in items}
    assert by_id["good"]["status"] == "passed" and by_id["bad"]["status"] == "failed"
    assert by_id["good"]["team_field"] == {"kept": True}  # unknown keys pass through
    banner = next(c for c in by_id["bad"]["checks"] if c["rule"] == "disclaimer.banner")
    assert banner["passed"] is False and banner["evidence"]
    summary = json.loads((out / "summary.json").read_text())
    schemas.check(summary, "summary")
    assert summary["counts"] == {"items": 2, "passed": 1, "failed": 1, "error": 0}
    assert summary["failed_ids"] == ["bad"]
    assert summary["by_rule"]["disclaimer.banner"]["failed_ids"] == ["bad"]
    assert len(summary["answers"]["sha256"]) == 64 and summary["rubric"]["name"] == "default"
    suite = ET.parse(out / "junit.xml").getroot()
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    assert "gate FAILED" in (out / "report.md").read_text()
    assert "<html" in (out / "report.html").read_text()


def test_all_passing_exits_zero(tmp_path: Path, write_jsonl, seed_answer) -> None:
    answers = write_jsonl("answers.jsonl", _seed_records(seed_answer)[:1])
    assert main(["score", "--answers", str(answers), "--out", str(tmp_path / "run")]) == 0


def test_report_rebuilds(tmp_path: Path, write_jsonl, seed_answer, capsys) -> None:
    answers = write_jsonl("answers.jsonl", _seed_records(seed_answer))
    out = tmp_path / "run"
    main(["score", "--answers", str(answers), "--out", str(out)])
    (out / "report.md").unlink()
    assert main(["report", str(out)]) == 0
    assert (out / "report.md").exists()


def test_report_on_missing_folder_is_input_error(tmp_path: Path, capsys) -> None:
    assert main(["report", str(tmp_path / "nope")]) == 2


def test_answer_with_script_is_escaped_in_html(tmp_path: Path, write_jsonl, seed_answer) -> None:
    rec = _seed_records(seed_answer)[1]
    rec["answer"] = "<script>alert('x')</script>\n" + rec["answer"]
    out = tmp_path / "run"
    main(["score", "--answers", str(write_jsonl("a.jsonl", [rec])), "--out", str(out)])
    html = (out / "report.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_run_with_replay_matches_score(tmp_path: Path, repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the run's default cache folder (.harness-cache) goes here
    ds = repo / "datasets" / "questions.jsonl"
    rec = repo / "datasets" / "recorded" / "v1.jsonl"
    assert main(["run", "--dataset", str(ds), "--generator", "replay", "--replay", str(rec),
                 "--out", str(tmp_path / "run")]) in (0, 1)
    assert main(["score", "--answers", str(rec), "--dataset", str(ds), "--out", str(tmp_path / "score")]) in (0, 1)
    run_items = {i["id"]: i["status"] for i in load_results(tmp_path / "run")}
    score_items = {i["id"]: i["status"] for i in load_results(tmp_path / "score")}
    assert run_items == score_items and len(run_items) == 84


def test_replay_missing_answers_are_errors_and_all_errors_exit_3(tmp_path: Path, repo: Path, write_jsonl,
                                                                  seed_answer, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    ds = repo / "datasets" / "questions.jsonl"
    recs = write_jsonl("few.jsonl", [{"id": CLEAN_ID, "question": "q", "answer": seed_answer}])
    code = main(["run", "--dataset", str(ds), "--generator", "replay", "--replay", str(recs),
                 "--out", str(tmp_path / "partial")])
    assert code == 3  # 83 items are error: incomplete, even though the gate also failed
    items = load_results(tmp_path / "partial")
    assert len(items) == 84
    errors = [i for i in items if i["status"] == "error"]
    assert len(errors) == 83 and all("no recorded answer" in i["error"] for i in errors)
    nobody = write_jsonl("none.jsonl", [{"id": "zzz", "question": "q", "answer": "a"}])
    code = main(["run", "--dataset", str(ds), "--generator", "replay", "--replay", str(nobody),
                 "--out", str(tmp_path / "none")])
    assert code == 3 and "every item errored" in capsys.readouterr().err


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "harness", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.startswith("harness ")


def test_import_stays_light() -> None:
    code = ("import sys, harness, harness.cli; heavy = [m for m in ('pandas', 'matplotlib', 'openai', 'ragas', "
            "'deepeval', 'numpy', 'textstat', 'bm25s', 'jinja2', 'markdown_it') if m in sys.modules]; print(heavy)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]"


@pytest.mark.parametrize("path", ["rubrics/default.yaml", "datasets/questions.jsonl", "datasets/sources",
                                  "datasets/recorded/v1.jsonl", "datasets/recorded/planted_defects.jsonl"])
def test_validate_shipped_data(repo: Path, path: str, capsys) -> None:
    assert main(["validate", str(repo / path)]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
