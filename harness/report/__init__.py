"""Human-readable outputs of a run folder: report.md, junit.xml, report.html."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from harness.results import load_results, load_summary


def build(run_dir: str | Path, items: Iterable[dict[str, Any]] | None = None,
          summary: dict[str, Any] | None = None, min_kappa: float | None = None) -> dict[str, Path]:
    """(Re)build every report file of a run folder; returns their paths. report.html shows the
    clinicians' agreement when reviews were imported into the run (DIR/reviews/)."""
    from harness import atomic
    from harness.agreement import MIN_KAPPA
    from harness.report import html, junit, markdown
    from harness.review import stats_of_run

    d = Path(run_dir)
    items = list(items) if items is not None else load_results(d)  # an iterable (finalize streams results.jsonl)
    summary = summary if summary is not None else load_summary(d)
    out = {
        "report.md": d / "report.md",
        "junit.xml": d / "junit.xml",
        "report.html": d / "report.html",
    }
    atomic.write_text(out["report.md"], markdown.run_report(items, summary))
    junit.write_run(items, summary, out["junit.xml"])
    agreement = stats_of_run(d, MIN_KAPPA if min_kappa is None else min_kappa)
    atomic.write_text(out["report.html"], html.run_report(items, summary, d, _stale(items, summary), agreement))
    return out


def _stale(items: list[dict[str, Any]], summary: dict[str, Any]) -> list[tuple[Any, list[str]]]:
    """Stale passages cited by the run's answers, judged on the day the run was created."""
    from harness.freshness import run_date, sources_of_run, stale_cited

    return stale_cited(items, sources_of_run(summary), run_date(summary))

