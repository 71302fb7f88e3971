"""issue 6: a run killed with SIGKILL is resumed with ``harness run --resume DIR``: every item
exactly once. Plus the small pieces: Retry-After parsing, torn last lines, prompt templates."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generation_helpers import SECRET, all_text_under, items, light_rubric, openai_args, question_ids
from harness import cli
from harness.errors import InputError
from harness.llm.retry import RetryPolicy, parse_retry_after
from harness.pipeline import repair_tail
from harness.testing.corpus import make_corpus
from harness.testing.fake_openai import FakeOpenAI


def test_sigkill_then_resume_every_item_exactly_once(tmp_path: Path) -> None:
    dataset, answers = make_corpus(tmp_path / "corpus", 60)
    out, cache = tmp_path / "run", tmp_path / "cache"
    env = {**os.environ, "OPENAI_API_KEY": SECRET}
    rubric = str(light_rubric(tmp_path))
    with FakeOpenAI(latency=0.03, answers=answers) as srv:
        args = openai_args(srv.base_url, dataset, out, cache, "--rubric", rubric, "--concurrency", "2")
        proc = subprocess.Popen([sys.executable, "-m", "harness", *args], env=env, cwd=tmp_path,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        results = out / "results.jsonl"
        deadline = time.monotonic() + 60  # a guard against hanging, not an assertion
        while time.monotonic() < deadline and proc.poll() is None:
            if results.exists() and results.read_bytes().count(b"\n") >= 10:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        before = len(items(out))
        assert 10 <= before < 60
        with results.open("a", encoding="utf-8") as fh:  # what a kill in the middle of a write leaves
            fh.write('{"id": "q0')
        rc = cli.main(["run", "--resume", str(out), "--no-progress"])
        assert rc in (0, 1)
    its = items(out)
    keys = [(it["id"], it["repeat"]) for it in its]
    assert len(keys) == len(set(keys)) == 60
    assert sorted(k[0] for k in keys) == sorted(question_ids(dataset))
    assert json.loads((out / "summary.json").read_text())["config"]["resumed"] is True
    assert SECRET not in all_text_under(out, cache)


def test_resume_refuses_a_changed_generator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    dataset, answers = make_corpus(tmp_path / "corpus", 3)
    with FakeOpenAI(answers=answers) as srv:
        cli.main(openai_args(srv.base_url, dataset, tmp_path / "run", tmp_path / "c", "--rubric",
                             str(light_rubric(tmp_path))))
        assert cli.main(["run", "--resume", str(tmp_path / "run"), "--prompt", "v2"]) == 2


def test_repair_tail_drops_only_a_partial_last_line(tmp_path: Path) -> None:
    p = tmp_path / "r.jsonl"
    p.write_text('{"a": 1}\n{"b": 2}\n{"c"')
    assert repair_tail(p) == 4 and p.read_text() == '{"a": 1}\n{"b": 2}\n'
    assert repair_tail(p) == 0


def test_retry_after_parsing_and_backoff_floor() -> None:
    assert parse_retry_after({"Retry-After": "3"}) == 3.0
    assert parse_retry_after({"retry-after-ms": "250", "Retry-After": "9"}) == 0.25
    assert parse_retry_after({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0  # a date in the past
    assert parse_retry_after({"Retry-After": "soon"}) is None and parse_retry_after(None) is None
    pol = RetryPolicy(backoff_base_s=0.01, backoff_max_s=0.02, max_retry_after_s=5)
    assert all(pol.wait_for(k, 1.5) >= 1.5 for k in range(1, 6))
    assert pol.wait_for(3, 60) == 5
    assert all(0 <= pol.wait_for(k, None) <= 0.02 for k in range(1, 8))


def test_prompt_template_errors_name_the_field(tmp_path: Path) -> None:
    from harness import prompts

    bad = tmp_path / "p.yaml"
    bad.write_text("version: x\nsystem: hi\nuser: '{question} {context}'\nsource_format: '{text}'\n")
    with pytest.raises(InputError) as exc:
        prompts.load(bad)
    assert exc.value.field == "user" and "{context}" in str(exc.value)
    bad.write_text("version: x\nsytem: hi\nuser: '{question}'\nsource_format: '{text}'\n")
    with pytest.raises(InputError):
        prompts.load(bad)
    t = prompts.load("v1")
    msgs = t.messages("Q?", [{"source_id": "s1", "title": "T", "citation": "C", "as_of": "2025-01", "text": "X"}])
    assert msgs[1]["content"].endswith("QUESTION:\nQ?") and "[s1] T (C, as of 2025-01)\nX" in msgs[1]["content"]
    assert prompts.load("v1").sha256 != prompts.load("v2").sha256
