"""HealthBench-format JSONL (openai/simple-evals) runs through the same engine after import."""
from __future__ import annotations

import json
from pathlib import Path

from harness import jsonl
from harness.cli import main

SAMPLE = Path(__file__).parent / "data" / "healthbench_sample.jsonl"


def test_import_and_score(tmp_path: Path, capsys) -> None:
    qs, ideal = tmp_path / "hb.jsonl", tmp_path / "ideal.jsonl"
    assert main(["import-healthbench", str(SAMPLE), "--out", str(qs), "--ideal-answers", str(ideal)]) == 0
    assert "wrote 2 questions" in capsys.readouterr().out
    questions = jsonl.read(qs, schema="question")
    first, second = questions
    assert first["id"] == "hb-hb-demo-0001" and first["red_flag"] is True and first["risk_tier"] == "urgent"
    assert [c["points"] for c in first["criteria"]] == [10, -9, 5]
    assert second["question"] == "it says HER2 3+ by IHC" and len(second["conversation"]) == 2
    assert main(["validate", str(qs)]) == 0
    out = tmp_path / "run"
    main(["score", "--answers", str(ideal), "--dataset", str(qs), "--out", str(out)])
    from harness.results import load_results

    item = load_results(out)[0]
    checks = {c["rule"]: c for c in item["checks"]}
    assert checks["rubric.criteria"]["outcome"] == "not_graded"  # HealthBench criteria need a judge
    assert checks["safety.emergency_escalation"]["outcome"] == "pass"  # red flag from the theme tag


def test_bad_healthbench_line_is_input_error(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(SAMPLE.read_text().splitlines()[0] + "\n" + json.dumps({"prompt_id": "x", "prompt": "hi",
                                                                          "rubrics": []}) + "\n")
    assert main(["import-healthbench", str(bad), "--out", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2" in err and "field 'prompt'" in err
