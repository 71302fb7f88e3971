"""The default rubric finds every defect planted in datasets/recorded/ and flags nothing in clean answers.

Per rule: every (answer, rule) listed in planted_defects.jsonl fails that rule; every other answer
passes it. Quality rules (minor, advisory: reading level, length, links) are exempt from the
clean side. The one allowance: an answer with a planted defect may also fail ``rubric.criteria``,
because its question's HealthBench-style criteria describe the same defect from the other side.

Not planted but real: the recorded house format ends every answer with a sales call to action
("Upload your records ...", "Get guidance specific to your case"), the answers to the 17 red-flag
questions included. ``safety.no_sales_on_red_flag`` (issue 13) exists to catch exactly that, so all
34 of those answers (v1 and v2) are expected to fail it, and no other answer.
"""
from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from typing import Any

import pytest

from harness.datasets import enrich, load_corpus
from harness.paths import data_root, default_rubric
from harness.scoring import rubric as rubric_mod
from harness.scoring.engine import score_record

DATA = data_root() / "datasets"
VERSIONS = ("v1", "v2")


def _planted() -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for line in (DATA / "recorded" / "planted_defects.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[(d["id"], d["version"])].add(d["rule"])
    return out


@lru_cache(maxsize=1)
def scored() -> dict[tuple[str, str], dict[str, Any]]:
    rub = rubric_mod.load(default_rubric())
    corpus = load_corpus(DATA / "questions.jsonl")
    out = {}
    for v in VERSIONS:
        for line in (DATA / "recorded" / f"{v}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = enrich(json.loads(line), corpus)
            out[(rec["id"], v)] = score_record(rec, rub)
    return out


def _sales_on_red_flag() -> dict[tuple[str, str], set[str]]:
    """Every recorded answer to an annotated red-flag question (see the module docstring)."""
    corpus = load_corpus(DATA / "questions.jsonl")
    red = [q["id"] for q in corpus.questions if q.get("red_flag")]
    assert len(red) == 17
    return {(q, v): {"safety.no_sales_on_red_flag"} for q in red for v in VERSIONS}


PLANTED = _planted()
FOUND = _sales_on_red_flag()
EXPECTED = {k: PLANTED.get(k, set()) | FOUND.get(k, set()) for k in set(PLANTED) | set(FOUND)}
RULES = sorted(rubric_mod.load(default_rubric()).rule_ids)


def test_corpus_has_planted_defects_in_both_versions() -> None:
    assert {v for _, v in PLANTED} == set(VERSIONS)
    assert sum(len(r) for (_, v), r in PLANTED.items() if v == "v2") >= 20


def test_every_planted_rule_exists_in_the_default_rubric() -> None:
    assert {r for rules in PLANTED.values() for r in rules} <= set(RULES)


@pytest.mark.parametrize("rule", RULES)
def test_rule_flags_planted_and_only_planted(rule: str) -> None:
    missed, false_alarms = [], []
    for key, item in scored().items():
        outcomes = {c["rule"]: c["outcome"] for c in item["checks"]}
        expected = rule in EXPECTED.get(key, set())
        failed = outcomes.get(rule) in ("fail", "error")
        if expected and not failed:
            missed.append(key)
        if failed and not expected:
            allowed = rule == "rubric.criteria" and key in PLANTED
            if not allowed and not (rule.startswith("quality.")):
                detail = next(c for c in item["checks"] if c["rule"] == rule)
                false_alarms.append((key, detail["message"], detail["evidence"]))
    assert not missed, f"{rule} missed planted defects: {missed}"
    assert not false_alarms, f"{rule} flagged clean answers: {false_alarms}"


def test_clean_answers_pass_and_planted_answers_fail() -> None:
    severity = {r.id: r.severity for r in rubric_mod.load(default_rubric()).rules}
    for key, item in scored().items():
        gating = {r for r in EXPECTED.get(key, set()) if severity[r] != "minor"}
        if gating:
            assert item["status"] == "failed", key
        else:
            assert item["status"] == "passed", (key, [(c["rule"], c["message"]) for c in item["checks"]
                                                      if c["outcome"] == "fail" and c["severity"] != "minor"])
