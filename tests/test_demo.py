"""The main job: `harness demo` on the shipped corpus names every planted v2 regression."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.cli import main
from harness.paths import data_root, default_rubric
from harness.scoring import rubric as rubric_mod

PLANTED = data_root() / "datasets" / "recorded" / "planted_defects.jsonl"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("demo")
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["demo", "--out", str(out), "--strict"])
    return out, code, buf.getvalue()


def _planted(version: str) -> set[tuple[str, str]]:
    rows = [json.loads(line) for line in PLANTED.read_text().splitlines() if line.strip()]
    return {(r["id"], r["rule"]) for r in rows if r["version"] == version}


def test_demo_v1_vs_v2_fails_the_gate_and_names_every_planted_regression(demo) -> None:
    out, code, stdout = demo
    assert code == 1
    severity = {r.id: r.severity for r in rubric_mod.load(default_rubric()).rules}
    expected = {(i, r) for i, r in _planted("v2") - _planted("v1") if severity[r] != "minor"}
    cmp = json.loads((out / "compare" / "compare.json").read_text())
    found = {(r["id"], r["rule"]) for r in cmp["regressions"]}
    assert expected <= found, f"not reported: {sorted(expected - found)}"
    for qid, rule in expected:  # the first lines of stdout name the question and the rule
        assert any(qid in line and rule in line for line in stdout.splitlines()[:20]), (qid, rule)
    md = (out / "compare" / "compare.md").read_text()
    assert md.startswith("# Regression gate FAILED") and "compare.html" in md
    assert (out / "compare" / "junit.xml").exists() and (out / "compare" / "compare.html").exists()


def test_demo_without_strict_exits_zero(tmp_path: Path, capsys) -> None:
    assert main(["demo", "--out", str(tmp_path)]) == 0
    assert "compare.html" in capsys.readouterr().out


def test_v1_against_itself_passes(demo, tmp_path: Path, capsys) -> None:
    out, _, _ = demo
    assert main(["compare", str(out / "v1"), str(out / "v1"), "--out", str(tmp_path / "same")]) == 0
    assert "regression gate passed" in capsys.readouterr().out


def test_demo_counts_more_contradicted_claims_as_worse(demo) -> None:
    """v2 adds contradicted claims to 5 answers: compare must call that worse, not better."""
    out, _, stdout = demo
    cmp = json.loads((out / "compare" / "compare.json").read_text())
    st = cmp["scores"]["grounding.contradicted"]
    assert st["direction"] == "lower" and st["candidate"] > st["baseline"]
    assert (st["worse"], st["better"], st["assessment"]) == (5, 0, "worse")
    assert stdout.splitlines()[2].startswith("significant: ")  # after the two "vN: scored" lines
    assert "| grounding.contradicted | lower is better |" in (out / "compare" / "compare.md").read_text()
