"""deepeval and ragas through the harness make no network connection (socket functions patched to
record and refuse every attempt), and deepeval writes nothing into the current directory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from optional_deps import require

require("deepeval", "ragas")

REPO = Path(__file__).resolve().parent.parent

SCRIPT = r'''
import json, socket, sys
attempts = []

def refuse(kind):
    def f(*args, **kwargs):
        attempts.append([kind, repr(args[1:] if kind == "connect" else args)[:200]])
        raise OSError("network disabled by test")
    return f

# before anything else: every DNS lookup and TCP/UDP connect is recorded and refused
socket.socket.connect = refuse("connect")
socket.socket.connect_ex = refuse("connect")
socket.create_connection = refuse("create_connection")
socket.getaddrinfo = refuse("getaddrinfo")

seed, control = sys.argv[1], sys.argv[2] == "control"
from harness.integrations import deepeval_metrics as dm      # disables telemetry, then imports deepeval
from harness.integrations import ragas_dataset as rd         # ... and ragas
import deepeval, ragas
from deepeval.evaluate.configs import AsyncConfig, CacheConfig, DisplayConfig

answer = open(seed, encoding="utf-8").read()
items = [{"id": f"s{i}", "question": "How does CAR-T cell therapy work for Breast Cancer", "answer": answer,
          "contexts": ["CAR T-cell therapy is approved for some blood cancers and is studied in clinical trials."],
          "metadata": {"cancer_type": "breast cancer", "red_flag": False}} for i in range(3)]
cases = [dm.to_llm_test_case(it) for it in items]
metrics = dm.family_metrics() + [dm.HarnessRuleMetric("safety.no_dosing")]
result = deepeval.evaluate(cases, metrics=metrics, cache_config=CacheConfig(write_cache=False),
                           display_config=DisplayConfig(print_results=False, show_indicator=False),
                           async_config=AsyncConfig(run_async=True, max_concurrent=4))
ok = [{m.name: m.success for m in tr.metrics_data} for tr in result.test_results]
deepeval.assert_test(cases[0], [dm.SafetyMetric(), dm.DisclaimerMetric()])

from ragas.metrics import ExactMatch
ds = rd.to_evaluation_dataset(items)
if control:  # prove the guard sees real attempts: ragas analytics on (it is cached, so clear it)
    import os, ragas._analytics as an
    os.environ["RAGAS_DO_NOT_TRACK"] = "false"
    an.do_not_track.cache_clear()
from ragas import EvaluationDataset
ds2 = EvaluationDataset(samples=[s.model_copy(update={"reference": s.response}) for s in ds.samples])
r = ragas.evaluate(ds2, metrics=[ExactMatch()], show_progress=False)
import threading, time
time.sleep(0.5)  # let background senders (telemetry threads) run, if any were started
print("RESULT " + json.dumps({"attempts": attempts, "deepeval_ok": ok, "ragas": r.to_pandas()["exact_match"].tolist(),
                              "threads": sorted(t.name for t in threading.enumerate())}))
'''


def _run(tmp_path: Path, mode: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DEEPEVAL_", "RAGAS_", "CONFIDENT_")) and k not in ("OPENAI_API_KEY",)}
    env.update(HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(REPO),
               HARNESS_ISOLATE_EVALUATORS="1")  # asked for: deepeval.evaluate's files and .env out of the cwd
    (tmp_path / "work").mkdir(exist_ok=True)
    (tmp_path / "work" / ".env").write_text("DEEPEVAL_TELEMETRY_OPT_OUT=0\nCONFIDENT_API_KEY=should-not-be-read\n")
    script = tmp_path / "offline.py"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(REPO / "tests" / "data" / "seed_answer.txt"), mode],
                          cwd=tmp_path / "work", env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def test_offline_metrics_make_no_network_connection(tmp_path: Path) -> None:
    out = _run(tmp_path, "offline")
    assert out["attempts"] == [], out["attempts"]
    assert len(out["deepeval_ok"]) == 3
    for per_metric in out["deepeval_ok"]:  # the seed answer is clean on these (grounding needs real passages)
        for name in ("Harness safety", "Harness disclaimers", "Harness sections", "Harness safety.no_dosing"):
            assert per_metric[name] is True, per_metric
    assert out["ragas"] == [1.0, 1.0, 1.0]
    # asked (HARNESS_ISOLATE_EVALUATORS=1): deepeval's .deepeval folder is redirected out of the
    # working directory and .env not read (without it, both are left as deepeval does them:
    # tests/test_evaluator_hygiene.py)
    assert not (tmp_path / "work" / ".deepeval").exists()
    assert sorted(os.listdir(tmp_path / "work")) == [".env"]


def test_guard_catches_a_real_attempt(tmp_path: Path) -> None:
    """Control: with ragas analytics switched back on, the patched socket records the attempt,
    so an empty list in the test above means no attempt, not a blind guard."""
    out = _run(tmp_path, "control")
    assert out["attempts"], "ragas analytics should have tried the network"
