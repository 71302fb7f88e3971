"""CLI polish: the python generator imports from the current folder, a missing optional library
fails up front naming its extra (exit 2), and the progress line fits 80 columns."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from harness.cli import main
from harness.paths import data_root

REPO = data_root()
QUESTIONS = REPO / "datasets" / "questions.jsonl"


def test_python_generator_imports_from_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "my_bot_w18.py").write_text("def answer(q):\n    return 'For informational purposes only. ' + q['id']\n")
    (tmp_path / "q.jsonl").write_text(json.dumps({"id": "a1", "question": "What is CAR-T?"}) + "\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.path", [p for p in __import__("sys").path if p not in ("", str(tmp_path))])
    code = main(["run", "--dataset", "q.jsonl", "--generator", "python", "--function", "my_bot_w18:answer",
                 "--out", "run", "--no-cache"])
    err = capsys.readouterr().err
    assert code in (0, 1), err
    from harness.results import load_results

    (item,) = load_results(tmp_path / "run")
    assert item["answer"] == "For informational purposes only. a1"


@pytest.mark.parametrize("metric, module", [("ragas.faithfulness", "ragas"), ("deepeval.faithfulness", "deepeval")])
def test_missing_optional_library_fails_up_front_with_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str], metric: str,
                                                                module: str) -> None:
    import harness.extras

    real = harness.extras.find_spec
    monkeypatch.setattr(harness.extras, "find_spec", lambda name: None if name == module else real(name))
    code = main(["score", "--answers", str(REPO / "datasets" / "recorded" / "v1.jsonl"), "--out", str(tmp_path / "o"),
                 "--judge-model", "m", "--judge-metrics", metric])
    err = capsys.readouterr().err
    assert code == 2
    assert f"--judge-metrics {metric} needs {module}" in err and "pip install 'oncology-answer-harness[llm]'" in err
    assert not (tmp_path / "o" / "results.jsonl").exists()  # nothing scored


def test_progress_line_fits_80_columns() -> None:
    from rich.console import Console

    from harness.pipeline import _Live

    buf = io.StringIO()
    live = _Live(12345, True, console=Console(file=buf, width=80, force_terminal=True))
    for status in ["passed"] * 11000 + ["failed"] * 1200 + ["error"] * 45:
        live.update({"status": status, "generation": {"retries": 1, "cached": status == "passed"}})
    live._p.refresh()  # type: ignore[union-attr]
    live.close()
    lines = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", ln) for ln in buf.getvalue().replace("\r", "\n").split("\n")]
    last = [ln for ln in lines if ln.strip()][-1]
    assert max(len(ln) for ln in lines) <= 80
    assert "12245/12345" in last and "11000 ok 1200 fail 45 err" in last and "12245 retry 11000 cache" in last
