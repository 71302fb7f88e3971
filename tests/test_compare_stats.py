"""harness compare: per-item/per-rule diff, the gate (exact and paired), bootstrap CIs, CLI outputs."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from harness import schemas
from harness.cli import main
from harness.compare import compare_runs, mcnemar_exact, score_stats
from test_report_fixtures import SEED, baseline_and_candidate, item, write_run


@pytest.fixture()
def runs(tmp_path: Path) -> tuple[Path, Path]:
    return baseline_and_candidate(tmp_path)


def test_exact_gate_names_every_planted_regression(runs: tuple[Path, Path]) -> None:
    b, c = runs
    cmp = compare_runs(b, c)
    schemas.check(cmp, "compare")
    g = cmp["gate"]
    assert g["mode"] == "exact" and not g["passed"]
    text = "\n".join(g["reasons"])
    assert "disclaimer.not_medical_advice" in text and "q002" in text
    assert "safety.no_dosing" in text and "q003" in text
    assert "1 question lost a required disclaimer (disclaimer.not_medical_advice, critical): q002" in g["reasons"]
    # the minor regression is reported but does not gate at fail_on=major
    assert "q005" not in text and any("quality.length" in n and "q005" in n for n in g["notes"])
    assert {(r["id"], r["rule"]) for r in cmp["regressions"]} >= {
        ("q002", "disclaimer.not_medical_advice"), ("q002", "disclaimer.banner"), ("q003", "safety.no_dosing"),
        ("q005", "quality.length")}
    assert [(r["id"], r["rule"]) for r in cmp["improvements"]] == [("q006", "sections.questions_to_ask")]
    assert cmp["answer_changed_scores_unchanged"] == ["q004"]
    assert cmp["rules"]["safety.no_dosing"]["newly_failing"] == 1
    # by-category rates carry a CI that brackets the point estimate
    row = cmp["by_category"]["disclaimer"]
    assert row["delta"] < 0 and row["ci"][0] <= row["delta"] <= row["ci"][1]


def test_fail_on_minor_gates_minor_regressions(runs: tuple[Path, Path]) -> None:
    b, c = runs
    assert any("q005" in r for r in compare_runs(b, c, fail_on="minor")["gate"]["reasons"])
    crit = compare_runs(b, c, fail_on="critical")["gate"]["reasons"]
    assert any("q002" in r for r in crit) and not any("disclaimer.banner" in r for r in crit)


def test_same_run_passes_with_zero_deltas(runs: tuple[Path, Path]) -> None:
    b, _ = runs
    cmp = compare_runs(b, b)
    assert cmp["gate"]["passed"] and cmp["gate"]["reasons"] == [] and cmp["regressions"] == []
    pf = cmp["scores"]["pass_fraction"]
    assert pf["delta"] == 0 and pf["ci"] == [0.0, 0.0]


def test_bootstrap_is_deterministic_and_seeded(runs: tuple[Path, Path]) -> None:
    b, c = runs
    one, two = compare_runs(b, c), compare_runs(b, c)
    assert one["scores"] == two["scores"] and one["by_category"] == two["by_category"]
    assert one["bootstrap"] == {"samples": 2000, "seed": 0, "level": 0.95, "unit": "question"}
    pf = one["scores"]["pass_fraction"]
    assert pf["n"] == 8 and pf["ci"][0] <= pf["delta"] <= pf["ci"][1]
    assert pf["worse"] == 3 and pf["better"] == 1


def test_bootstrap_resamples_questions_not_repeats(tmp_path: Path) -> None:
    """With repeats, a question's repeats are averaged: 5 repeats of 2 questions is n=2, not 10."""
    base = [item(f"q{q:03d}", SEED, repeat=r) for q in (1, 2) for r in range(5)]
    cand = [item(f"q{q:03d}", SEED, {"quality.length": None} if r == 0 else None, repeat=r)
            for q in (1, 2) for r in range(5)]
    st = score_stats(base, cand)
    assert st["pass_fraction"]["n"] == 2
    assert st["pass_fraction"]["delta"] == pytest.approx(-1 / 6 / 5, abs=1e-4)


def test_mcnemar_exact_values() -> None:
    assert mcnemar_exact(0, 0) == 1.0
    assert mcnemar_exact(5, 0) == pytest.approx(0.0625)
    assert mcnemar_exact(6, 0) == pytest.approx(0.03125)
    assert mcnemar_exact(3, 3) == 1.0


def _repeat_runs(tmp_path: Path, flips: int, questions: int = 10, repeats: int = 3,
                 failing_repeats: int = 1) -> tuple[Path, Path]:
    """The candidate fails safety.no_dosing on ``failing_repeats`` of the repeats of ``flips`` questions."""
    base, cand = [], []
    for q in range(1, questions + 1):
        for r in range(repeats):
            qid = f"q{q:03d}"
            base.append(item(qid, SEED, repeat=r))
            fail = q <= flips and r < failing_repeats
            cand.append(item(qid, SEED, {"safety.no_dosing": None} if fail else None, repeat=r))
    return write_run(tmp_path / "b", base), write_run(tmp_path / "c", cand)


def test_paired_mode_one_failing_repeat_keeps_the_majority_but_the_score_test_sees_a_consistent_drop(
        tmp_path: Path) -> None:
    """8 of 10 questions fail one repeat in three: each still passes on most repeats, so the rule test
    sees nothing, but the mean share of checks passed fell on 8 questions and rose on none."""
    b, c = _repeat_runs(tmp_path, flips=8, failing_repeats=1)
    cmp = compare_runs(b, c)
    g = cmp["gate"]
    assert g["mode"] == "paired" and cmp["rules"]["safety.no_dosing"]["majority"]["worse"] == 0
    assert len(g["reasons"]) == 1 and g["reasons"][0].startswith("mean pass_fraction (higher is better)")
    assert "McNemar" in g["applied"] and "majority" in g["applied"]


def test_paired_mode_passes_a_single_noisy_repeat(tmp_path: Path) -> None:
    b, c = _repeat_runs(tmp_path, flips=1, failing_repeats=1)
    cmp = compare_runs(b, c)
    assert cmp["gate"]["passed"], cmp["gate"]
    assert cmp["significance"]["significant"] is False
    assert cmp["significance"]["text"].startswith("no significant difference")


def test_paired_mode_treats_few_majority_flips_as_noise(tmp_path: Path) -> None:
    b, c = _repeat_runs(tmp_path, flips=2, failing_repeats=2)
    g = compare_runs(b, c)["gate"]
    assert g["passed"], g
    assert any("safety.no_dosing" in n and "noise" in n and "p=0.25" in n for n in g["notes"]), g["notes"]


def test_paired_mode_fails_on_significant_majority_flips(tmp_path: Path) -> None:
    b, c = _repeat_runs(tmp_path, flips=8, failing_repeats=2)
    cmp = compare_runs(b, c)
    g = cmp["gate"]
    assert not g["passed"]
    rule_reasons = [r for r in g["reasons"] if r.startswith("safety.no_dosing")]
    assert len(rule_reasons) == 1 and "p=0.00391" in rule_reasons[0] and "q008" in rule_reasons[0]
    assert cmp["significance"]["significant"] and cmp["significance"]["text"].startswith("significant")


def test_paired_mode_minimum_effect(tmp_path: Path) -> None:
    """Significant, but a 6-point majority drop is below a 10-point minimum effect: a note, not a failure."""
    b, c = _repeat_runs(tmp_path, flips=6, questions=100, failing_repeats=3)
    assert not compare_runs(b, c)["gate"]["passed"]
    g = compare_runs(b, c, min_effect=0.10)["gate"]
    assert not any(r.startswith("safety.no_dosing") for r in g["reasons"])
    assert any("smaller than the minimum effect" in n for n in g["notes"])


def test_max_drop_exact_and_paired(tmp_path: Path, runs: tuple[Path, Path]) -> None:
    b, c = runs
    g = compare_runs(b, c, fail_on="critical", max_drop={"quality": 0.01})["gate"]
    assert any(r.startswith("quality pass rate dropped") for r in g["reasons"])
    # paired: one noisy flip of a minor rule exceeds the limit but the CI includes 0 → a note, not a failure
    base = [item(f"q{q:03d}", SEED, repeat=r) for q in range(1, 11) for r in range(3)]
    cand = [item(f"q{q:03d}", SEED, {"quality.length": None} if (q, r) == (1, 0) else None, repeat=r)
            for q in range(1, 11) for r in range(3)]
    bp, cp = write_run(tmp_path / "pb", base), write_run(tmp_path / "pc", cand)
    g = compare_runs(bp, cp, max_drop={"quality": 0.001})["gate"]
    assert g["passed"] and any("includes 0" in n for n in g["notes"])


def test_error_to_error_is_still_failing_not_a_regression(tmp_path: Path) -> None:
    err = item("q001", SEED)
    err["checks"][0].update(outcome="error", passed=False, message="scorer crashed")
    err["status"] = "error"
    b, c = write_run(tmp_path / "b", [err]), write_run(tmp_path / "c", [json.loads(json.dumps(err))])
    cmp = compare_runs(b, c)
    assert cmp["regressions"] == [] and cmp["items"][0]["checks"][0]["change"] == "still_failing"
    assert cmp["gate"]["passed"]


def test_cli_compare_exit_codes_stdout_and_files(runs: tuple[Path, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    b, c = runs
    out = tmp_path / "cmp"
    assert main(["compare", str(b), str(c), "--out", str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    # first: is the difference significant, and how big; then the gate's reasons per question
    assert lines[0].startswith("significant: ") and "newly fail on 2 of 8 questions" in lines[0]
    assert "mean share of checks passed" in lines[0] and "95% CI" in lines[0]
    assert lines[1].startswith("regression gate FAILED")
    assert "q002" in lines[2] and "disclaimer" in lines[2]
    for name in ("compare.json", "compare.md", "junit.xml", "compare.html"):
        assert (out / name).stat().st_size > 0
    cmp = json.loads((out / "compare.json").read_text())
    schemas.check(cmp, "compare")
    md = (out / "compare.md").read_text()
    assert md.startswith("# Regression gate FAILED") and "| q003 | safety.no_dosing | critical |" in md
    assert "compare.html" in md and len(md) < 65536
    suite = ET.parse(out / "junit.xml").getroot()
    names = {tc.get("name") for tc in suite.iter("testcase")}
    assert {"q002::disclaimer.not_medical_advice", "q003::safety.no_dosing", "q005::quality.length"} <= names
    assert int(suite.get("failures")) == len(cmp["regressions"])
    html = (out / "compare.html").read_text()
    assert "Against the baseline answer, by sentence" in html and "data:image/png;base64," in html

    same = tmp_path / "same"
    assert main(["compare", str(b), str(b), "--out", str(same)]) == 0
    first, second = capsys.readouterr().out.splitlines()[:2]
    assert first.startswith("no significant difference") and second.startswith("regression gate passed")


def test_cli_compare_gate_config(runs: tuple[Path, Path], tmp_path: Path) -> None:
    b, c = runs
    cfg = tmp_path / "gate.yaml"
    cfg.write_text("fail_on: critical\nmax_drop:\n  quality: 0.5\n")
    assert main(["compare", str(b), str(c), "--out", str(tmp_path / "o"), "--gate-config", str(cfg)]) == 1
    cmp = json.loads((tmp_path / "o" / "compare.json").read_text())
    assert cmp["gate"]["fail_on"] == "critical" and cmp["gate"]["max_drop"] == {"quality": 0.5}
    cfg.write_text("fail_on: sometimes\n")
    assert main(["compare", str(b), str(c), "--out", str(tmp_path / "o2"), "--gate-config", str(cfg)]) == 2
