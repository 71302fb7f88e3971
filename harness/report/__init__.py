"""Human-readable outputs of a run folder: report.md, junit.xml, report.html."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from harness.results import load_results, load_summary


def build(run_dir: str | Path, items: list[dict[str, Any]] | None = None,
          summary: dict[str, Any] | None = None) -> dict[str, Path]:
    """(Re)build every report file of a run folder; returns their paths."""
    from harness.report import html, junit, markdown

    d = Path(run_dir)
    items = items if items is not None else load_results(d)
    summary = summary if summary is not None else load_summary(d)
    out = {
        "report.md": d / "report.md",
        "junit.xml": d / "junit.xml",
        "report.html": d / "report.html",
    }
    out["report.md"].write_text(markdown.run_report(items, summary), encoding="utf-8")
    junit.write_run(items, summary, out["junit.xml"])
    out["report.html"].write_text(html.run_report(items, summary, d, _stale(items, summary)), encoding="utf-8")
    return out


def _stale(items: list[dict[str, Any]], summary: dict[str, Any]) -> list[tuple[Any, list[str]]]:
    """Stale passages cited by the run's answers, judged on the day the run was created."""
    from harness.freshness import run_date, sources_of_run, stale_cited

    return stale_cited(items, sources_of_run(summary), run_date(summary))

