"""harness.load_run: items and checks as pandas DataFrames for notebook users."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import harness
from test_report_fixtures import baseline_and_candidate


def test_load_run_frames(tmp_path: Path) -> None:
    _, c = baseline_and_candidate(tmp_path)
    run = harness.load_run(c)
    assert len(run.items) == 8 and len(run.checks) == 8 * 6
    assert {"id", "repeat", "status", "cancer_type", "question", "answer", "n_failed", "worst_severity",
            "pass_fraction"} <= set(run.items.columns)
    assert {"id", "rule", "category", "severity", "outcome", "passed", "score", "evidence"} <= set(run.checks.columns)
    failed = run.items.set_index("id").loc[["q002", "q003"], "status"].tolist()
    assert failed == ["failed", "failed"]
    assert run.items.set_index("id").loc["q003", "worst_severity"] == "critical"
    rates = run.pass_rates("category")["pass_rate"].to_dict()
    for cat, row in run.summary["by_category"].items():
        assert rates[cat] == row["pass_rate"]
    assert run.reviews.empty and "8 items" in repr(run)


def test_import_harness_does_not_import_pandas() -> None:
    code = "import sys, harness, harness.cli; print('pandas' in sys.modules, 'matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
