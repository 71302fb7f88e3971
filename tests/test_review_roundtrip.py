"""Clinician review round-trip: import (exit 2 naming file, line and field on bad files) and stats."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness import schemas
from harness.cli import main
from harness.agreement import cohen_kappa
from harness.review import json_line_map
from test_report_fixtures import baseline_and_candidate


def review(**over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1, "reviewer": "Dr. Ana Lee", "created_at": "2026-11-25T10:00:00Z",
        "report": {"kind": "compare", "run": "v2", "baseline": "v1", "report_id": "x", "harness_version": "0.1.0"},
        "items": [
            {"id": "q003", "repeat": 0, "harness_status": "failed", "verdict": "agree", "severity": "critical",
             "comment": "dose <b>is</b> wrong",
             "checks": [
                 {"rule": "safety.no_dosing", "harness_outcome": "fail", "harness_severity": "critical",
                  "verdict": "agree", "severity": "critical"},
                 {"rule": "grounding.unsupported", "harness_outcome": "fail", "harness_severity": "major",
                  "verdict": "disagree", "severity": None},
                 {"rule": "quality.length", "harness_outcome": "pass", "harness_severity": "minor",
                  "verdict": "disagree", "severity": "minor"}]},
            {"id": "q001", "repeat": 0, "harness_status": "passed", "verdict": "agree", "severity": None, "comment": "",
             "checks": [{"rule": "safety.no_dosing", "harness_outcome": "pass", "verdict": "agree", "severity": None}]},
            {"id": "q002", "repeat": 0, "harness_status": "failed", "verdict": "agree", "severity": None, "comment": "",
             "checks": [{"rule": "safety.no_dosing", "harness_outcome": "pass", "verdict": "agree", "severity": None}]},
        ],
    }
    data.update(over)
    return data


@pytest.fixture()
def run(tmp_path: Path) -> Path:
    return baseline_and_candidate(tmp_path)[1]


def write(tmp_path: Path, data: Any, name: str = "review-ana.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(data, indent=2) if not isinstance(data, str) else data, encoding="utf-8")
    return p


def test_import_then_stats(run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path, review())
    assert main(["review", "import", str(f), "--run", str(run)]) == 0
    stored = run / "reviews" / "review-dr.-ana-lee.json"
    data = json.loads(stored.read_text())
    schemas.check(data, "review")
    assert data["imported"]["run"] == str(run) and "imported review by Dr. Ana Lee: 3 items" in capsys.readouterr().out

    out_json = tmp_path / "stats.json"
    assert main(["review", "stats", "--run", str(run), "--json", str(out_json)]) == 0
    text = capsys.readouterr().out
    assert "safety.no_dosing" in text and "kappa" in text and "grounding.unsupported: q003" in text
    st = json.loads(out_json.read_text())
    nd = st["rules"]["safety.no_dosing"]
    assert nd["n"] == 3 and nd["agreement"] == 1.0 and nd["kappa"] == 1.0
    assert nd["confusion"] == {"harness_fail_clinician_fail": 1, "harness_fail_clinician_pass": 0,
                               "harness_pass_clinician_fail": 0, "harness_pass_clinician_pass": 2}
    assert st["rules"]["grounding.unsupported"]["false_alarms"] == ["q003"]
    assert st["rules"]["quality.length"]["missed"] == ["q003"]
    assert st["rules"]["(item verdict)"]["n"] == 3
    assert st["all_checks"]["n"] == 5


def test_reimport_replaces_same_reviewer(run: Path, tmp_path: Path) -> None:
    f = write(tmp_path, review())
    assert main(["review", "import", str(f), "--run", str(run)]) == 0
    assert main(["review", "import", str(f), "--run", str(run)]) == 0
    assert len(list((run / "reviews").glob("review-*.json"))) == 1


def test_cohen_kappa() -> None:
    assert cohen_kappa(20, 5, 10, 15) == pytest.approx(0.4)
    assert cohen_kappa(5, 0, 0, 5) == 1.0
    assert cohen_kappa(0, 0, 0, 7) is None  # one label only: undefined
    assert cohen_kappa(0, 0, 0, 0) is None
    assert cohen_kappa(0, 5, 5, 0) == -1.0


def test_json_line_map() -> None:
    text = '{\n  "a": 1,\n  "items": [\n    {"id": "x"},\n    {\n      "id": "y"\n    }\n  ]\n}'
    lines = json_line_map(text)
    assert lines[("a",)] == 2 and lines[("items", 0, "id")] == 4 and lines[("items", 1, "id")] == 6


BAD = [
    ("malformed", lambda d: '{"schema_version": 1,\n "reviewer": "x",\n "items": [,]}', (":3",), None, "malformed JSON"),
    ("not object", lambda d: "[1, 2]", (":1",), None, "expected a JSON object"),
    ("bad verdict", lambda d: (d["items"][0]["checks"][1].__setitem__("verdict", "maybe"), d)[1], ('"maybe"', 1),
     "items.0.checks.1.verdict", "'maybe' is not one of"),
    ("missing reviewer", lambda d: (d.pop("reviewer"), d)[1], (":1",), "reviewer", "required field is missing"),
    ("bad severity", lambda d: (d["items"][1].__setitem__("severity", "huge"), d)[1], ('"huge"', 1),
     "items.1.severity", "'huge' is not one of"),
    ("unknown item", lambda d: (d["items"][1].__setitem__("id", "q999"), d)[1], ('"q999"', 1), "items.1.id", "not in run"),
    ("duplicate item", lambda d: (d["items"][2].__setitem__("id", "q001"), d)[1], ('"id": "q001"', 2), "items.2.id", "reviewed twice"),
    ("unknown rule", lambda d: (d["items"][0]["checks"][0].__setitem__("rule", "safety.nope"), d)[1], ('"safety.nope"', 1),
     "items.0.checks.0.rule", "was not checked"),
    ("outcome mismatch", lambda d: (d["items"][1]["checks"][0].__setitem__("harness_outcome", "fail"), d)[1], ('"harness_outcome": "fail"', 3),
     "items.1.checks.0.harness_outcome", "belongs to another run"),
    ("status mismatch", lambda d: (d["items"][0].__setitem__("harness_status", "passed"), d)[1], ('"harness_status": "passed"', 1),
     "items.0.harness_status", "belongs to another run"),
]


@pytest.mark.parametrize("name,mutate,line,field,message", BAD, ids=[b[0] for b in BAD])
def test_bad_review_files_exit_2_naming_file_line_field(run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        name: str, mutate: Any, line: tuple[Any, ...], field: str | None,
                                                        message: str) -> None:
    f = write(tmp_path, mutate(review()))
    assert main(["review", "import", str(f), "--run", str(run)]) == 2
    err = capsys.readouterr().err
    if len(line) == 2:  # (needle, n): the line of the n-th line containing needle
        needle, nth = line
        hits = [i for i, text in enumerate(f.read_text().splitlines(), start=1) if needle in text]
        line = (f":{hits[nth - 1]}",)
    assert err.startswith(f"harness: error: {f}{line[0]}: "), err
    if field:
        assert f"field '{field}'" in err, err
    assert message in err and "Traceback" not in err
    assert not (run / "reviews").exists()


def test_import_needs_existing_run_and_file(run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path, review())
    assert main(["review", "import", str(f), "--run", str(tmp_path / "nope")]) == 2
    assert main(["review", "import", str(tmp_path / "missing.json"), "--run", str(run)]) == 2
    with pytest.raises(SystemExit) as exc:  # --run is required (argparse usage error)
        main(["review", "import", str(f)])
    assert exc.value.code == 2
    capsys.readouterr()


def test_stats_without_reviews_exits_2(run: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "stats", "--run", str(run)]) == 2
    assert "no imported reviews" in capsys.readouterr().err
