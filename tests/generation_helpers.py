"""Shared helpers of tests/test_generation_*.py (a plain module: pytest puts tests/ on sys.path)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SECRET = "sk-test-7f3a9c1e5b2d4f6a8c0e1g3h5j7k9m"  # not a real key; must never reach a file

LIGHT_RUBRIC = """\
name: light
version: 1
description: Two cheap checks, so that generation tests do not pay for the full rubric.
gate: {fail_on: major}
rules:
  - id: disclaimer.banner
    category: disclaimer
    severity: major
    description: banner near the top
    check: phrase_present
    params:
      looking_for: the banner
      region: {first_lines: 8}
      patterns: ["\\\\bfor (general )?(informational|information) purposes only\\\\b"]
  - id: disclaimer.closing
    category: disclaimer
    severity: minor
    description: closing line
    check: phrase_present
    params:
      looking_for: the closing line
      patterns: ["\\\\beducational purposes only\\\\b"]
"""


def light_rubric(tmp: Path) -> Path:
    p = tmp / "light.yaml"
    p.write_text(LIGHT_RUBRIC, encoding="utf-8")
    return p


def items(run_dir: Path) -> list[dict[str, Any]]:
    from harness.results import load_results

    return load_results(run_dir)


def question_ids(dataset: Path) -> list[str]:
    return [json.loads(line)["id"] for line in dataset.read_text(encoding="utf-8").splitlines() if line.strip()]


def openai_args(base_url: str, dataset: Path, out: Path, cache: Path, *extra: str) -> list[str]:
    """A run against the fake server. The client timeout is generous (10 s, the fake replies in
    milliseconds): under a loaded machine a 0.5 s timeout turned ordinary replies into retries and
    made request counts and error counts flaky. Tests that inject hangs set their own timeout."""
    return ["run", "--dataset", str(dataset), "--generator", "openai", "--model", "gpt-4o-mini",
            "--base-url", base_url, "--out", str(out), "--cache-dir", str(cache), "--timeout", "10",
            "--backoff", "0.01", "--no-progress", *extra]


def all_text_under(*dirs: Path) -> str:
    chunks = []
    for d in dirs:
        for p in sorted(Path(d).rglob("*")):
            if p.is_file():
                chunks.append(p.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(chunks)
