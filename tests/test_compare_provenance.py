"""harness compare on runs that do not line up: no shared question (exit 2, one line), partial
overlap (shared ids compared, the rest listed), different rubric or scoring code (reported, and
--rescore removes the difference), gate configuration of the paired gate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.cli import main
from harness.compare import compare_runs
from harness.paths import data_root, default_rubric
from test_report_fixtures import SEED, item, write_run

ROOT = data_root() / "datasets"


def test_disjoint_runs_exit_2_with_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write_run(tmp_path / "a", [item(f"a{i}", SEED) for i in range(1, 6)])
    q = write_run(tmp_path / "q", [item(f"q{i:03d}", SEED, {"disclaimer.banner": None}) for i in range(1, 85)])
    assert main(["compare", str(a), str(q), "--out", str(tmp_path / "cmp")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1, err
    assert "share no question id" in err and "a1, a2" in err and "84 (q001" in err and "Traceback" not in err
    assert not (tmp_path / "cmp" / "compare.json").exists()


def test_partial_overlap_compares_shared_ids_and_lists_the_rest(tmp_path: Path) -> None:
    base = [item(f"q{i:03d}", SEED) for i in range(1, 7)]
    cand = [item(f"q{i:03d}", SEED, {"safety.no_dosing": None} if i == 4 else None) for i in range(4, 10)]
    cmp = compare_runs(write_run(tmp_path / "b", base), write_run(tmp_path / "c", cand))
    assert cmp["shared_questions"] == 3
    assert cmp["missing_in_candidate"] == ["q001", "q002", "q003"]
    assert cmp["new_in_candidate"] == ["q007", "q008", "q009"]
    assert {d["id"] for d in cmp["items"]} == {"q004", "q005", "q006"}
    g = cmp["gate"]
    assert len(g["reasons"]) == 1 and "safety.no_dosing" in g["reasons"][0] and "q004" in g["reasons"][0]
    assert any("compared the 3 questions in both runs" in n and "q001" in n and "q009" in n for n in g["notes"])


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """12 recorded v1 answers scored twice: with the default rubric, and with a rubric whose
    reading-level rule was made major with a stricter grade (a rubric change, same answers)."""
    tmp = tmp_path_factory.mktemp("prov")
    lines = (ROOT / "recorded" / "v1.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    answers = tmp / "answers.jsonl"
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    strict = tmp / "strict.yaml"
    text = default_rubric().read_text(encoding="utf-8")
    marker = "  - id: quality.reading_level\n    category: quality\n    severity: minor\n"
    assert marker in text
    strict.write_text(text.replace(marker, marker.replace("minor", "major")).replace("max_grade: 9", "max_grade: 6"),
                      encoding="utf-8")
    runs = {}
    for name, rubric in (("default", default_rubric()), ("strict", strict)):
        code = main(["score", "--answers", str(answers), "--dataset", str(ROOT / "questions.jsonl"),
                     "--rubric", str(rubric), "--out", str(tmp / name)])
        assert code in (0, 1)
        runs[name] = tmp / name
    runs["tmp"] = tmp
    return runs


def test_rubric_mismatch_is_reported_and_rescore_removes_it(scored: dict[str, Path], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    base, cand = scored["default"], scored["strict"]
    assert main(["compare", str(base), str(cand), "--out", str(tmp_path / "plain")]) == 1
    out = capsys.readouterr().out
    assert "warning: the runs were scored with different rubrics" in out and "--rescore" in out
    cmp = json.loads((tmp_path / "plain" / "compare.json").read_text())
    assert cmp["provenance"]["rubric"]["same"] is False
    assert any(r["rule"] == "quality.reading_level" for r in cmp["regressions"])  # the rubric change looks like a regression
    assert "different rubrics" in (tmp_path / "plain" / "compare.md").read_text()

    assert main(["compare", str(base), str(cand), "--out", str(tmp_path / "re"), "--rescore"]) == 0
    out = capsys.readouterr().out
    assert "warning" not in out and "regression gate passed" in out
    cmp = json.loads((tmp_path / "re" / "compare.json").read_text())
    assert cmp["provenance"]["rubric"]["same"] is True and cmp["gate"]["warnings"] == []
    assert cmp["regressions"] == [] and cmp["provenance"]["rescored"]["baseline_from"] == str(base)
    assert cmp["baseline"]["path"] == str(tmp_path / "re" / "rescored" / "baseline")
    assert cmp["candidate"]["path"] == str(cand)  # same code and rubric: the candidate is used as scored


def test_code_mismatch_is_reported_and_rescore_scores_both(scored: dict[str, Path], tmp_path: Path) -> None:
    import shutil

    cand = tmp_path / "cand"
    shutil.copytree(scored["default"], cand)
    summary = json.loads((cand / "summary.json").read_text())
    summary["scoring"]["code_sha256"] = "0" * 64  # as if scored by another harness version
    (cand / "summary.json").write_text(json.dumps(summary))
    cmp = json.loads(json.dumps(compare_runs(scored["default"], cand)))
    assert cmp["provenance"]["code"]["same"] is False
    assert any("different harness code" in w for w in cmp["gate"]["warnings"])
    assert main(["compare", str(scored["default"]), str(cand), "--out", str(tmp_path / "re"), "--rescore"]) == 0
    cmp = json.loads((tmp_path / "re" / "compare.json").read_text())
    assert cmp["gate"]["warnings"] == [] and cmp["candidate"]["path"] == str(tmp_path / "re" / "rescored" / "candidate")


def test_rescore_refuses_a_rubric_that_changed_since(scored: dict[str, Path], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    cand = tmp_path / "cand"
    shutil.copytree(scored["strict"], cand)
    summary = json.loads((cand / "summary.json").read_text())
    summary["rubric"]["sha256"] = "f" * 64
    (cand / "summary.json").write_text(json.dumps(summary))
    assert main(["compare", str(scored["default"]), str(cand), "--out", str(tmp_path / "o"), "--rescore"]) == 2
    err = capsys.readouterr().err
    assert "changed since the candidate was scored" in err and "--rubric" in err
    assert main(["compare", str(scored["default"]), str(cand), "--out", str(tmp_path / "o2"), "--rescore",
                 "--rubric", str(scored["tmp"] / "strict.yaml")]) in (0, 1)


def test_gate_config_mode_and_minimum_effect(tmp_path: Path) -> None:
    base = [item(f"q{q:03d}", SEED, repeat=r) for q in range(1, 11) for r in range(3)]
    cand = [item(f"q{q:03d}", SEED, {"safety.no_dosing": None} if q <= 8 and r < 2 else None, repeat=r)
            for q in range(1, 11) for r in range(3)]
    b, c = write_run(tmp_path / "b", base), write_run(tmp_path / "c", cand)
    cfg = tmp_path / "gate.yaml"
    cfg.write_text("mode: paired\nalpha: 0.05\nmin_effect: 0.9\nscore_min_effect:\n  pass_fraction: 0.5\n")
    assert main(["compare", str(b), str(c), "--out", str(tmp_path / "o"), "--gate-config", str(cfg)]) == 0
    cmp = json.loads((tmp_path / "o" / "compare.json").read_text())
    assert cmp["gate"]["min_effect"] == 0.9 and cmp["significance"]["significant"]  # significant, below the minimum
    cfg.write_text("mode: exact\n")
    assert main(["compare", str(b), str(c), "--out", str(tmp_path / "o2"), "--gate-config", str(cfg)]) == 1
    assert json.loads((tmp_path / "o2" / "compare.json").read_text())["gate"]["mode"] == "exact"
    cfg.write_text("min_effect: 2\n")
    assert main(["compare", str(b), str(c), "--out", str(tmp_path / "o3"), "--gate-config", str(cfg)]) == 2
