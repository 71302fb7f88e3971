"""Ctrl-C during `harness run`: exit 3 (incomplete), what was scored is saved, no scoring worker is left behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from generation_helpers import items, light_rubric, openai_args

from harness.testing.fake_openai import FakeOpenAI


def _processes_with(marker: str) -> list[int]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if marker.encode() in Path(f"/proc/{pid}/environ").read_bytes():
                found.append(int(pid))
        except OSError:
            continue
    return found


def test_sigint_stops_the_run_cleanly(tmp_path: Path, repo: Path) -> None:
    marker = f"HARNESS_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, "OPENAI_API_KEY": "sk-test", marker.split("=")[0]: marker.split("=")[1]}
    out = tmp_path / "run"
    with FakeOpenAI(latency=0.3) as server:
        args = openai_args(server.base_url, repo / "datasets" / "questions.jsonl", out, tmp_path / "cache",
                           "--concurrency", "2", "--rubric", str(light_rubric(tmp_path)))
        args[args.index("--timeout") + 1] = "10"
        proc = subprocess.Popen([sys.executable, "-m", "harness", *args], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        results = out / "results.jsonl"
        for _ in range(600):  # wait until something is saved (bounded: at most 60 s)
            if results.exists() and results.read_text(encoding="utf-8").count("\n") >= 2:
                break
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGINT)  # like Ctrl-C in a terminal: the whole process group
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 3  # incomplete: the exit-code contract, not the shell's 130
    assert "interrupted" in err and "--resume" in err and "Traceback" not in err
    saved = items(out)
    assert 2 <= len(saved) < 84 and len({i["id"] for i in saved}) == len(saved)
    assert _processes_with(marker) == []
