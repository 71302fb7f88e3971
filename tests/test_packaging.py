"""The wheel carries the report templates (package data) and renders a report from them alone."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from test_report_fixtures import baseline_and_candidate

REPO = Path(__file__).resolve().parent.parent


def test_wheel_includes_templates_and_renders_from_them(tmp_path: Path) -> None:
    from hatchling.builders.wheel import WheelBuilder

    (wheel,) = WheelBuilder(str(REPO)).build(directory=str(tmp_path / "dist"), versions=["standard"])
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = REPO / "harness" / "report" / "templates"
    expected = {p.relative_to(REPO).as_posix() for p in templates.rglob("*") if p.is_file()}
    assert expected and expected <= names, sorted(expected - names)
    assert "harness/_data/schemas/review_plan.schema.json" in names

    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    _, run = baseline_and_candidate(tmp_path / "runs")
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import harness, harness.report as r; "
            "assert harness.__file__.startswith(sys.argv[1]), harness.__file__; "
            "print(len(r.build(sys.argv[2])['report.html'].read_text()))")
    res = subprocess.run([sys.executable, "-c", code, str(unpacked), str(run)], capture_output=True, text=True,
                         cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert int(res.stdout) > 10_000
