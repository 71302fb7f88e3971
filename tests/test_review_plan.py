"""`harness review plan`: every failure and flagged item, plus a seeded stratified sample of passes."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness import schemas
from harness.cli import main
from harness.review_plan import UNKNOWN, plan
from test_report_fixtures import SEED, item, uncertain_claim, write_run


def items(extra_melanoma: int = 0) -> list[dict[str, Any]]:
    out = []
    for n in range(1, 21):  # 20 clean breast-cancer passes
        out.append(item(f"b{n:02d}", SEED, cancer="breast cancer"))
    for n in range(1, 3):  # 2 clean lung-cancer passes: fewer than N
        out.append(item(f"l{n:02d}", SEED, cancer="lung cancer"))
    for n in range(1, 6 + extra_melanoma):
        out.append(item(f"m{n:02d}", SEED, cancer="melanoma"))
    nocancer = item("x01", SEED)
    nocancer["metadata"] = {}
    out.append(nocancer)
    out.append(item("f01", SEED, {"safety.no_dosing": None}, cancer="breast cancer"))       # failed, critical
    out.append(item("f02", SEED, {"disclaimer.banner": None}, cancer="melanoma"))           # failed, major
    out.append(item("w01", SEED, {"quality.length": None}, cancer="breast cancer"))         # warning (minor)
    out.append(item("u01", SEED, claims=[uncertain_claim(SEED)], cancer="lung cancer"))     # needs review
    err = item("e01", SEED, cancer="lung cancer")
    err.update(status="error", error="generator timed out")
    out.append(err)
    return out


def test_plan_has_every_flagged_item_first_then_a_sample_per_cancer_type() -> None:
    rows = plan(items(), per_cancer=3, seed=0)
    flagged = [r for r in rows if r["selected"] == "flagged"]
    assert [(r["id"], r["reasons"]) for r in flagged] == [
        ("e01", ["error"]), ("f01", ["failed"]), ("f02", ["failed"]), ("u01", ["needs_review"]), ("w01", ["warning"])]
    assert flagged[3]["needs_review_claims"] == 1 and flagged[1]["failed_rules"] == ["safety.no_dosing"]
    sample = [r for r in rows if r["selected"] == "sample"]
    by_ct: dict[str, list[dict[str, Any]]] = {}
    for r in sample:
        by_ct.setdefault(r["cancer_type"], []).append(r)
    assert {k: len(v) for k, v in by_ct.items()} == {"breast cancer": 3, "lung cancer": 2, "melanoma": 3, UNKNOWN: 1}
    assert {r["weight"] for r in by_ct["breast cancer"]} == {round(20 / 3, 4)} and by_ct["lung cancer"][0]["weight"] == 1
    assert by_ct["breast cancer"][0]["stratum_passes"] == 20
    assert all(r["reasons"] == ["sample"] and r["status"] == "passed" for r in sample)
    for r in rows:
        schemas.check(r, "review_plan")


def test_sample_is_seeded_and_strata_are_independent() -> None:
    def sample(rows: list[dict[str, Any]], ct: str) -> list[str]:
        return sorted(r["id"] for r in rows if r["selected"] == "sample" and r["cancer_type"] == ct)

    a, b = plan(items(), 3, seed=7), plan(items(), 3, seed=7)
    assert a == b
    assert sample(a, "breast cancer") != sample(plan(items(), 3, seed=8), "breast cancer")
    # more melanoma questions do not change which breast-cancer passes are drawn
    assert sample(plan(items(extra_melanoma=4), 3, seed=7), "breast cancer") == sample(a, "breast cancer")
    assert [r for r in plan(items(), 0, seed=7) if r["selected"] == "sample"] == []


def test_cli_writes_a_valid_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = write_run(tmp_path / "run", items())
    out = tmp_path / "plan.jsonl"
    assert main(["review", "plan", str(run), "--out", str(out), "--sample-per-cancer", "2", "--seed", "3"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5 + 2 + 2 + 2 + 1 and rows == plan(items(), 2, seed=3)
    said = capsys.readouterr().out
    assert said.startswith("review plan: 12 items (1 error, 2 failed, 1 needs review, 1 warning, "
                           "7 sampled passes over 4 cancer type(s))")


@pytest.mark.parametrize("args,message", [
    (["--sample-per-cancer", "-1"], "--sample-per-cancer"),
    (["--seed", "x"], "invalid int value"),
])
def test_cli_bad_arguments_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                  message: str) -> None:
    run = write_run(tmp_path / "run", items())
    try:
        code = main(["review", "plan", str(run), "--out", str(tmp_path / "p.jsonl"), *args])
    except SystemExit as exc:  # argparse usage error
        code = exc.code
    assert code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "p.jsonl").exists()


def test_cli_missing_run_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "plan", str(tmp_path / "nope"), "--out", str(tmp_path / "p.jsonl")]) == 2
    assert "run folder does not exist" in capsys.readouterr().err
