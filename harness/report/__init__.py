"""Human-readable outputs of a run folder: report.md, junit.xml, report.html.

build() reads the items once, in order, and hands each to every report as it goes: memory holds
counters, a bounded sample and the few items report.md names, never the run (the HTML sections
are spooled to disk; junit.xml is written testcase by testcase).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from harness.results import iter_results, load_summary


def build(run_dir: str | Path, items: Iterable[dict[str, Any]] | None = None,
          summary: dict[str, Any] | None = None, min_kappa: float | None = None) -> dict[str, Path]:
    """(Re)build every report file of a run folder; returns their paths. ``items`` may be a
    generator (consumed once). report.html shows the clinicians' agreement when reviews were
    imported into the run (DIR/reviews/)."""
    from harness import atomic
    from harness.agreement import MIN_KAPPA
    from harness.freshness import Citations, run_date, sources_of_run
    from harness.report import junit, markdown, run_page
    from harness.review import stats_of_run

    d = Path(run_dir)
    items = items if items is not None else iter_results(d)  # streamed: never the whole run in memory
    summary = summary if summary is not None else load_summary(d)
    out = {
        "report.md": d / "report.md",
        "junit.xml": d / "junit.xml",
        "report.html": d / "report.html",
    }
    agreement = stats_of_run(d, MIN_KAPPA if min_kappa is None else min_kappa)
    md, cites = markdown.RunMarkdown(), Citations()
    page = run_page.RunPage(summary, d, agreement)
    xml = junit.RunWriter(summary, out["junit.xml"])
    try:
        for it in items:
            md.add(it)
            cites.add(it)
            page.add(it)
            xml.add(it)
    except BaseException as e:
        xml.abort(e)
        page.spool.close()
        raise
    xml.close()
    atomic.write_text(out["report.md"], md.text(summary))
    page.write(out["report.html"], cites.stale(sources_of_run(summary), run_date(summary)))
    return out
