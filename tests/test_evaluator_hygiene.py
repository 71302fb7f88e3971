"""deepeval next to the harness: no ./.deepeval/ from the harness whatever the import order,
telemetry off, and a team's own deepeval settings (.env, folders) left alone unless asked."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from optional_deps import require

require("deepeval")

REPO = Path(__file__).resolve().parent.parent

SCRIPT = r'''
import json, os, sys
order = sys.argv[1]
if order == "deepeval-first":
    import deepeval                                    # telemetry on: deepeval makes ./.deepeval/ here
    made_by_import = os.path.isdir(".deepeval")
from harness.integrations import deepeval_metrics as dm
if order != "deepeval-first":
    import deepeval
    made_by_import = None
case = dm.to_llm_test_case({"id": "a1", "question": "What is CAR-T?", "answer": "CAR-T is a cell therapy.",
                            "contexts": ["CAR T-cell therapy is a cell therapy."]})
m = dm.SafetyMetric()
m.measure(case)
print("RESULT " + json.dumps({"made_by_import": made_by_import, "score": m.score,
                              "dotenv": os.environ.get("TEAM_SETTING"),
                              "home": os.environ.get("DEEPEVAL_HOME"),
                              "opt_out": os.environ.get("DEEPEVAL_TELEMETRY_OPT_OUT")}))
'''


def _run(tmp_path: Path, order: str, **extra_env: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DEEPEVAL_", "RAGAS_", "CONFIDENT_", "HARNESS_")) and k not in
           ("OPENAI_API_KEY", "DO_NOT_TRACK", "POSTHOG_DISABLED", "ANONYMIZED_TELEMETRY")}
    env.update(HOME=str(tmp_path / "home"), PYTHONPATH=str(REPO), HARNESS_STATE_DIR=str(tmp_path / "state"),
               **extra_env)
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    (work / ".env").write_text("TEAM_SETTING=from-dotenv\n", encoding="utf-8")
    script = tmp_path / "s.py"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), order], cwd=work, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))[len("RESULT "):])
    out["files"] = sorted(os.listdir(work))
    return out


@pytest.mark.parametrize("order", ["deepeval-first", "harness-first"])
def test_no_deepeval_folder_in_the_working_directory_whatever_the_import_order(tmp_path: Path, order: str) -> None:
    out = _run(tmp_path, order)
    if order == "deepeval-first":
        assert out["made_by_import"] is True  # the situation this guards against really happens
    assert out["files"] == [".env"]  # no ./.deepeval/
    assert out["score"] == 1.0 and out["opt_out"] == "1"  # the metric works; telemetry is off


def test_team_deepeval_settings_left_alone_unless_asked(tmp_path: Path) -> None:
    out = _run(tmp_path, "harness-first")
    assert out["dotenv"] == "from-dotenv"  # deepeval still reads the team's .env
    assert out["home"] is None  # and its folders are where deepeval puts them
    isolated = _run(tmp_path, "harness-first", HARNESS_ISOLATE_EVALUATORS="1")
    assert isolated["dotenv"] is None  # asked: .env not read, folders moved to the state directory
    assert isolated["home"] == str(tmp_path / "state" / "evaluators" / "deepeval")


def test_a_non_empty_deepeval_folder_is_never_touched(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / ".deepeval").mkdir(parents=True)
    (work / ".deepeval" / ".latest_test_run.json").write_text("{}")
    _run(tmp_path, "deepeval-first")
    assert (work / ".deepeval" / ".latest_test_run.json").exists()
