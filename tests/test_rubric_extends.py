"""Rubrics that extend another: `extends: default`, rules overridden by id (params deep-merged),
disabled (`enabled: false`) or added; errors point at the extending file's line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.cli import main
from harness.results import load_results
from harness.errors import InputError
from harness.paths import data_root
from harness.scoring import rubric as rubric_mod

REPO = data_root()
V1 = REPO / "datasets" / "recorded" / "v1.jsonl"
QUESTIONS = REPO / "datasets" / "questions.jsonl"

TEAM = """name: team
extends: default
rules:
  - id: sections.questions_to_ask
    enabled: false
"""


def _statuses(run: Path) -> dict[str, str]:
    from harness.results import load_results

    return {it["id"]: it["status"] for it in load_results(run)}


def test_five_line_team_rubric_disables_one_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    assert len(TEAM.strip().splitlines()) == 5
    default = rubric_mod.load(REPO / "rubrics" / "default.yaml")
    r = rubric_mod.load(team)
    assert r.name == "team" and r.rule_ids == [i for i in default.rule_ids if i != "sections.questions_to_ask"]
    assert r.settings == default.settings and r.fail_on == default.fail_on
    for code_expected, rubric, out in ((1, REPO / "rubrics" / "default.yaml", "default"), (1, team, "team")):
        assert main(["score", "--answers", str(V1), "--dataset", str(QUESTIONS), "--rubric", str(rubric),
                     "--out", str(tmp_path / out)]) == code_expected
    capsys.readouterr()
    before, after = _statuses(tmp_path / "default"), _statuses(tmp_path / "team")
    rank = {"minor": 1, "major": 2, "critical": 3}
    gating = {}  # under the default rubric: the gating rules each answer fails
    from harness.results import load_results

    for it in load_results(tmp_path / "default"):
        gating[it["id"]] = {c["rule"] for c in it["checks"] if c["outcome"] in ("fail", "error")
                            and rank[c["severity"]] >= rank[default.fail_on]}
    only_that = {i for i, rules in gating.items() if rules == {"sections.questions_to_ask"}}
    assert len(only_that) >= 3  # v1 has answers whose one defect is a missing "Questions to ask"
    assert {i for i, s in before.items() if s == "failed"} == {i for i, r in gating.items() if r}
    # with the rule disabled exactly those pass; every other failure stays
    assert {i for i, s in after.items() if s == "failed"} == {i for i, r in gating.items() if r} - only_that
    items = load_results(tmp_path / "team")
    assert not any(c["rule"] == "sections.questions_to_ask" for it in items for c in it["checks"])
    summary = json.loads((tmp_path / "team" / "summary.json").read_text())
    assert summary["rubric"]["name"] == "team"


def test_override_deep_merges_params_and_adds_rules(tmp_path: Path) -> None:
    base = rubric_mod.load(REPO / "rubrics" / "default.yaml")
    team = tmp_path / "team.yaml"
    team.write_text("""name: team
extends: default
gate: {fail_on: critical}
rules:
  - id: quality.length
    severity: major
    params: {max_chars: 9000}
  - id: safety.no_phone_numbers
    category: safety
    severity: major
    description: Answers never give a phone number to call for dosing.
    check: forbidden_claim
    params: {patterns: ['\\b\\d{3}-\\d{3}-\\d{4}\\b']}
""", encoding="utf-8")
    r = rubric_mod.load(team)
    length, old = r.rule("quality.length"), base.rule("quality.length")
    assert length.severity == "major" and length.params["max_chars"] == 9000
    assert {k: v for k, v in length.params.items() if k != "max_chars"} == \
        {k: v for k, v in old.params.items() if k != "max_chars"}  # the other params kept
    assert r.rule_ids[-1] == "safety.no_phone_numbers" and r.fail_on == "critical"
    assert len(r.rules) == len(base.rules) + 1
    # a rubric extending the team rubric (a file path) inherits both layers
    child = tmp_path / "child.yaml"
    child.write_text("name: child\nextends: team.yaml\nrules:\n  - id: safety.no_phone_numbers\n    enabled: false\n")
    assert "safety.no_phone_numbers" not in rubric_mod.load(child).rule_ids
    assert rubric_mod.load(child).rule("quality.length").params["max_chars"] == 9000


def test_errors_name_the_extending_file_and_line(tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"
    team.write_text("name: team\nextends: default\nrules:\n  - id: quality.links\n    enabled: false\n"
                    "  - id: quality.reading_level\n    params: {max_grde: 8}\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        rubric_mod.load(team)
    assert exc.value.path == str(team) and exc.value.line == 6 and "max_grde" in str(exc.value)
    team.write_text("name: team\nextends: default\nrules:\n  - id: safety.brand_new\n    enabled: true\n")
    with pytest.raises(InputError) as exc:  # a new id must be a whole rule
        rubric_mod.load(team)
    assert exc.value.path == str(team) and exc.value.line == 4
    team.write_text("name: team\nextends: nonexistent\nrules: []\n")
    with pytest.raises(InputError, match="no such rubric"):
        rubric_mod.load(team)
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("name: a\nextends: b.yaml\nrules: []\n")
    b.write_text("name: b\nextends: a.yaml\nrules: []\n")
    with pytest.raises(InputError, match="cycle"):
        rubric_mod.load(a)


def test_changing_the_base_changes_the_rubric_hash(tmp_path: Path) -> None:
    """Provenance (and the score cache) see a change in the base rubric, not only in the team file."""
    base = tmp_path / "base.yaml"
    base.write_text((REPO / "rubrics" / "default.yaml").read_text(), encoding="utf-8")
    team = tmp_path / "team.yaml"
    team.write_text("name: team\nextends: base.yaml\nrules:\n  - id: quality.links\n    enabled: false\n")
    first = rubric_mod.load(team).text
    base.write_text(base.read_text().replace("name: default", "name: default-edited", 1), encoding="utf-8")
    assert rubric_mod.load(team).text != first
