"""Fixtures and defaults of the team's answer-quality suites (``pytest evals/``).

The harness pytest plugin (``harness.pytest_plugin``, loaded through its ``pytest11`` entry point)
provides the fixtures ``harness_item`` (one test per question), ``harness_pair`` (baseline vs
candidate per question), ``harness_check``, ``harness_regression`` and ``harness_run``.

Defaults, so that a bare ``pytest evals/`` is meaningful on the shipped demo data:
  candidate    datasets/recorded/v1.jsonl  (the trusted prompt's recorded answers, scored now)
  baseline     datasets/recorded/v1.jsonl  (used by test_regression.py only; v1 against itself passes)
  known issues evals/known_issues.yaml     (v1's planted defects: xfail(strict=True), stay visible)
Override on the command line, e.g. the regressed prompt's answers:
  pytest evals/ --harness-run datasets/recorded/v2.jsonl          # fails, naming every defect
  pytest evals/ --harness-run reports/demo/v2 --harness-baseline reports/demo/v1   # regressions only
"""
from __future__ import annotations

from pathlib import Path

import pytest

from harness.pytest_plugin import set_defaults

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RECORDED = ROOT / "datasets" / "recorded"


def pytest_configure(config: pytest.Config) -> None:
    set_defaults(config,
                 run=RECORDED / "v1.jsonl",
                 baseline=RECORDED / "v1.jsonl",
                 dataset=ROOT / "datasets" / "questions.jsonl",
                 rubric=ROOT / "rubrics" / "default.yaml",
                 known_issues=HERE / "known_issues.yaml")
