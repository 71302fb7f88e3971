"""The pytest plugin's options, as data: the plugin declares each one as a command-line option
(``--harness-NAME``) and as an ini option (``harness_NAME`` in ``[tool.pytest.ini_options]``), and
the config file's ``[tool.harness.pytest]`` table takes the same names (schemas/config.schema.json
is generated from this list). Kept apart from harness.pytest_plugin so that generating the schema
needs no pytest.
"""
from __future__ import annotations

from typing import NamedTuple


class Option(NamedTuple):
    name: str          # config key; --harness-<name> on the command line, harness_<name> in ini files
    metavar: str
    kind: str          # "string", "integer" or "list" (repeatable)
    help: str


OPTIONS = (
    Option("run", "DIR|FILE", "string",
           "candidate: a finished run folder (results.jsonl) or an answers JSONL file to score"),
    Option("generator", "NAME", "string", "candidate: generate answers now with this generator (e.g. openai, replay)"),
    Option("prompt", "FILE", "string", "prompt file passed to the generator (option 'prompt')"),
    Option("option", "KEY=VALUE", "list",
           "extra generator option (repeatable), e.g. replay=datasets/recorded/v2.jsonl, model=gpt-4.1-mini"),
    Option("concurrency", "N", "integer", "generation concurrency (default 4)"),
    Option("dataset", "FILE", "string",
           "questions JSONL (metadata, criteria, sources) joined onto answers (default: the shipped corpus)"),
    Option("baseline", "DIR|FILE", "string", "baseline run folder or answers file: fail only on regressions against it"),
    Option("rubric", "FILE", "string", "rubric YAML (default: rubrics/default.yaml)"),
    Option("known-issues", "FILE", "string",
           "YAML allow-list of known (id, rule) defects, each with a reason; they run as xfail(strict=True)"),
    Option("out", "DIR", "string",
           "write the scored candidate/baseline run folders here (default: a temporary folder)"),
)
