"""Human-readable outputs of a run folder: report.md, junit.xml, report.html.

build() reads the items once, in order, and hands each to every report as it goes (a Feed): memory
holds counters, a bounded sample and the few items report.md names, never the run (the HTML
sections and junit.xml's testcases are spooled to disk). ``harness score`` feeds the items as they
are scored (harness.pipeline), so there is no second pass at all.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from harness.results import iter_results, load_summary


class Feed:
    """Every report of a run fed one item at a time (``add``), before the summary exists; ``finish``
    writes them once it does. ``harness score`` feeds the items as they are scored, so the reports
    need no second pass over results.jsonl, and the sections shown in full arrive rendered by the
    scoring workers (``add``'s ``prepared``: ``harness.report.run_page.prepare`` with ``agreement``).
    Memory: counters, a bounded sample, the few items report.md names; sections and testcases are
    spooled to disk."""

    def __init__(self, run_dir: str | Path, min_kappa: float | None = None) -> None:
        import tempfile

        from harness.agreement import MIN_KAPPA
        from harness.freshness import Citations
        from harness.report import markdown, run_page
        from harness.review import stats_of_run

        self.dir = Path(run_dir)
        self.agreement = stats_of_run(self.dir, MIN_KAPPA if min_kappa is None else min_kappa)
        self.md, self.cites = markdown.RunMarkdown(), Citations()
        self.page = run_page.RunPage(None, self.dir, self.agreement)
        self._cases = tempfile.TemporaryFile("w+", encoding="utf-8")

    def add(self, it: dict[str, Any], prepared: dict[str, Any] | None = None) -> None:
        from harness.report.junit import case_text

        self.md.add(it)
        self.cites.add(it)
        self.page.add(it, prepared)
        self._cases.write(case_text(it))

    def close(self) -> None:
        self._cases.close()
        self.page.spool.close()

    def finish(self, summary: dict[str, Any]) -> dict[str, Path]:
        """Write report.md, junit.xml and report.html; returns their paths."""
        from harness import atomic
        from harness.freshness import run_date, sources_of_run
        from harness.report import junit

        d = self.dir
        out = {"report.md": d / "report.md", "junit.xml": d / "junit.xml", "report.html": d / "report.html"}
        try:
            xml = junit.RunWriter(summary, out["junit.xml"])
            try:
                self._cases.seek(0)
                for line in self._cases:
                    xml.add_text(line)
            except BaseException as e:
                xml.abort(e)
                raise
            xml.close()
            atomic.write_text(out["report.md"], self.md.text(summary))
            self.page.summary = summary
            self.page.write(out["report.html"], self.cites.stale(sources_of_run(summary), run_date(summary)))
        finally:
            self.close()
        return out


def build(run_dir: str | Path, items: Iterable[dict[str, Any]] | None = None,
          summary: dict[str, Any] | None = None, min_kappa: float | None = None) -> dict[str, Path]:
    """(Re)build every report file of a run folder; returns their paths. ``items`` may be a
    generator (consumed once). report.html shows the clinicians' agreement when reviews were
    imported into the run (DIR/reviews/)."""
    d = Path(run_dir)
    items = items if items is not None else iter_results(d)  # streamed: never the whole run in memory
    summary = summary if summary is not None else load_summary(d)
    feed = Feed(d, min_kappa)
    try:
        for it in items:
            feed.add(it)
    except BaseException:
        feed.close()
        raise
    return feed.finish(summary)
