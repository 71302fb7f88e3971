"""report.html of a run, built in one pass over the items with memory that does not grow with the run.

Clinicians review what failed, so every item that errored, failed or is flagged (a passing item
with a failed minor check, grounding claims left for a human, or clinicians' reviews) is shown in
full. Passing items are shown as a stratified sample (harness.report.sample: up to
``SAMPLE_PER_STRATUM`` per cancer type, chosen by a stable hash of the id) with counts of what is
not shown. Charts and tables are counted item by item; each shown item's section is rendered once
and spooled to disk (harness.report.pages); the page is streamed to the file. The questions table
is data (gzip+base64 JSON, filled in by report.js, 100 rows at a time) and the sections are pages
of ``pages.PAGE_SIZE``: the first is plain HTML, the others compressed until opened.
"""
from __future__ import annotations

import functools
import itertools
import json
import zlib
from pathlib import Path
from typing import Any, Iterator

from harness import __version__
from harness.report import charts
from harness.report.html import (_RANK, _agreement_view, _env, _item_score, _key, _pct, _render_stream, _rules, claims,
                                  item_view)
from harness.report.pages import PAGE_SIZE, Spool, gzip_b64
from harness.report.sample import StratifiedSample

SAMPLE_PER_STRATUM = 20
ROWS_PER_PAGE = 100  # rows of the questions table shown at a time (report.js)
INLINE_BYTES = 18_000_000  # compressed pages kept inside report.html; later pages become files
PAGES_DIR = "report-pages"
_GROUP_LABEL = {"error": "errors", "failed": "failed", "flagged": "flagged passes", "sample": "sampled passes"}


def flags(it: dict[str, Any], needs_review: int, agreement: dict[str, Any] | None) -> set[str]:
    """Why a passing item is shown in full: a failed (minor) check, claims left for a clinician,
    or clinicians' reviews of it."""
    tags = set()
    if needs_review:
        tags.add("needs_review")
    if ((agreement or {}).get("comments") or {}).get(_key(it)):
        tags.add("reviewed")
    if it["status"] == "passed" and any(c.get("outcome") in ("fail", "error") for c in it.get("checks") or []):
        tags.add("warning")
    return tags


FIGURES_APART_FROM = 300  # sections shown from which the figures render in a child process


def figures_of(by_cat: dict[str, tuple[float | None, float | None]], by_sev: dict[str, tuple[float | None, float | None]],
               hist: list[int], cells: dict[tuple[str, str], float | None]) -> list[tuple[str, str]]:
    """The run report's four figures as (data URI, alt text); figures with nothing to show are left out."""
    figs = [(charts.rate_bars(by_cat, "Pass rate by category"), "pass rate by category"),
            (charts.rate_bars(by_sev, "Pass rate by severity"), "pass rate by severity"),
            (charts.score_hist(None, hist, "Score distribution (share of graded checks passed per answer)",
                               "pass fraction"), "score distribution"),
            (charts.heatmap(sorted({r for r, _ in cells}), sorted({c for _, c in cells}), cells,
                            "Pass rate by cancer type (%)"), "heat map")]
    return [(uri, alt) for uri, alt in figs if uri]


def _start_figures(args: tuple[Any, ...]) -> Any:
    """``figures_of(*args)`` in a child process (``python -m harness.report.run_page``; matplotlib's
    import and drawing take about two seconds, as long as compressing a big report's pages). A fresh
    interpreter (about 80 MB), not a fork of this process, whose pages the child would copy as it
    touched them; not multiprocessing's spawn either, which re-runs the caller's main module. None
    when no child can be started."""
    import os
    import subprocess
    import sys

    import harness

    by_cat, by_sev, hist, cells = args
    payload = json.dumps({"by_cat": by_cat, "by_sev": by_sev, "hist": hist,
                          "cells": [[r, c, v] for (r, c), v in cells.items()]})
    env = dict(os.environ)
    root = str(Path(harness.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "harness.report.run_page"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        assert proc.stdin is not None
        proc.stdin.write(payload.encode("utf-8"))
        proc.stdin.close()
    except OSError:
        return None
    return proc


def _finish_figures(background: Any, args: tuple[Any, ...]) -> list[tuple[str, str]]:
    proc = background
    try:
        out = proc.stdout.read()
        code = proc.wait()
        if code == 0:
            return [(uri, alt) for uri, alt in json.loads(out)]
    except (OSError, ValueError):
        proc.kill()
        proc.wait()
    finally:
        proc.stdout.close()
    return figures_of(*args)  # the child failed (killed, out of memory): the same figures, drawn here


def _figures_main() -> None:
    """Child side of _start_figures: arguments as JSON on stdin, [[uri, alt], ...] on stdout."""
    import sys

    a = json.loads(sys.stdin.read())
    cells = {(r, c): v for r, c, v in a["cells"]}
    by_cat = {k: tuple(v) for k, v in a["by_cat"].items()}
    by_sev = {k: tuple(v) for k, v in a["by_sev"].items()}
    sys.stdout.write(json.dumps(figures_of(by_cat, by_sev, a["hist"], cells)))


@functools.cache
def _section_template() -> Any:
    return _env().get_template("item_section.html.j2")


def prepare(it: dict[str, Any], agreement: dict[str, Any] | None) -> dict[str, Any]:
    """The part of ``RunPage.add`` that depends on the item alone (and the clinicians' reviews):
    its claims needing review and, when it is shown in full (errored, failed or flagged), its group,
    rendered section and table row. Picklable, so a scoring worker can do it beside the scoring
    (harness.scoring.pool) and the page only spools the result; the page does the same in-process
    otherwise."""
    checks = it.get("checks") or []
    cl = claims(checks)
    needs_review = sum(c["verdict"] == "uncertain" for c in cl)
    tags = flags(it, needs_review, agreement)
    group = it["status"] if it["status"] in ("error", "failed") else ("flagged" if tags else None)
    out: dict[str, Any] = {"needs_review": needs_review}
    if group is not None:
        out["shown"] = (group, *_section(it, cl, tags, agreement, group))
    return out


def _section(it: dict[str, Any], cl: list[dict[str, Any]], tags: set[str], agreement: dict[str, Any] | None,
             group: str) -> tuple[str, dict[str, Any]]:
    """(section HTML, table row) of a shown item."""
    v = item_view(it, agr=agreement, cl=cl)
    failed = [str(ch.get("rule")) for ch in it.get("checks") or [] if ch.get("outcome") in ("fail", "error")]
    worst = max((_RANK.get(ch.get("severity"), 0) for ch in it.get("checks") or [] if ch.get("outcome") == "fail"),
                default=0)
    ct = str((it.get("metadata") or {}).get("cancer_type") or "")
    row = {"anchor": v["anchor"], "key": _key(it), "label": v["label"], "status": it["status"],
           "status_cls": v["status_cls"], "status_rank": worst + (10 if it["status"] == "error" else 0),
           "cancer": ct, "score": _item_score(it), "failed": failed, "tags": sorted(tags),
           "needs_review": v["needs_review"], "group": group,
           "search": " ".join([it["id"], str(it.get("question") or ""), ct, *failed]).lower()}
    return _section_template().render(v=v), row


class RunPage:
    """Feed every item once (``add``), then ``write`` the page."""

    def __init__(self, summary: dict[str, Any] | None, run_dir: str | Path | None = None,
                 agreement: dict[str, Any] | None = None, per_stratum: int | None = None) -> None:
        self.summary, self.run_dir, self.agreement = summary, run_dir, agreement
        self.hist = [0] * charts.HIST_BINS
        self.heat = charts.PassTable("cancer_type", "category")
        self.cancers: set[str] = set()
        self.rules_seen: set[str] = set()
        self.n_review = 0
        self.n_items = 0
        self.sample = StratifiedSample(SAMPLE_PER_STRATUM if per_stratum is None else per_stratum)
        self.spool = Spool()

    def add(self, it: dict[str, Any], prepared: dict[str, Any] | None = None) -> None:
        """Count ``it``; spool its section when shown. ``prepared``: ``prepare(it, agreement)`` done
        elsewhere (a scoring worker), with this page's agreement."""
        self.n_items += 1
        checks = it.get("checks") or []
        score = _item_score(it)
        if score is not None:
            self.hist[min(charts.HIST_BINS - 1, max(0, int(score * charts.HIST_BINS)))] += 1
        self.heat.add(it)
        ct = str((it.get("metadata") or {}).get("cancer_type") or "")
        if ct:
            self.cancers.add(ct)
        self.rules_seen.update(str(c.get("rule")) for c in checks if c.get("outcome") in ("fail", "error"))
        if prepared is None:
            prepared = prepare(it, self.agreement)
        self.n_review += prepared["needs_review"]
        shown = prepared.get("shown")
        if shown is not None:
            self.spool.add(*shown)
        else:
            # kept packed: a tenth of the dict's memory
            self.sample.offer(ct or "unknown", _key(it), lambda: zlib.compress(json.dumps(it).encode("ascii")))

    def _show(self, group: str, it: dict[str, Any], cl: list[dict[str, Any]], tags: set[str]) -> None:
        self.spool.add(group, *_section(it, cl, tags, self.agreement, group))

    def _rows_blob(self) -> str:
        """Every shown item's row as one JSON array, gzip+base64, compressed row by row."""
        from harness.secrets import redact

        def pieces() -> Iterator[str]:
            yield "["
            for n, row in enumerate(self.spool.rows()):
                yield ("," if n else "") + redact(json.dumps(row, ensure_ascii=False))
            yield "]"

        return gzip_b64(pieces())

    def _pages(self, meta: dict[str, Any], out_dir: Path | None) -> Iterator[dict[str, Any]]:
        """The pages of sections report.html lists: page 1 as HTML; then compressed pages while they
        fit in INLINE_BYTES; then (a run whose failures alone are bigger than that) volumes in
        ``report-pages/`` beside report.html, each a page of up to INLINE_BYTES of compressed pages
        that opens on its own. Without ``out_dir`` (a report returned as a string) all stay inside."""
        from markupsafe import Markup

        from harness.secrets import redact

        pages = iter(self.spool.pages())
        first = next(pages, None)
        if first is None:
            return
        yield {"n": 1, "html": Markup(redact("".join(first))), "blob": None, "href": None}  # escaped by the template
        encoded = ((n, gzip_b64([redact("".join(p))])) for n, p in enumerate(pages, start=2))
        carry, used = None, 0
        for n, blob in encoded:
            if out_dir is not None and used + len(blob) > INLINE_BYTES:
                carry = (n, blob)
                break
            used += len(blob)
            yield {"n": n, "html": None, "blob": blob, "href": None}
        volume = 1
        while carry is not None and out_dir is not None:
            volume += 1
            name = f"{PAGES_DIR}/volume-{volume:03d}.html"
            numbers, carry = self._write_volume(out_dir / name, carry, encoded, meta)
            yield from ({"n": n, "html": None, "blob": None, "href": name} for n in numbers)

    def _write_volume(self, path: Path, carry: tuple[int, str], encoded: Iterator[tuple[int, str]],
                      meta: dict[str, Any]) -> tuple[list[int], tuple[int, str] | None]:
        """One volume file: ``carry`` and then pages from ``encoded`` up to INLINE_BYTES. Returns the
        page numbers it holds and the first page that did not fit (None when all did)."""
        from harness import atomic
        from harness.secrets import redact

        numbers: list[int] = []
        left: list[tuple[int, str]] = []
        last = self.spool.n_pages

        def local() -> Iterator[dict[str, Any]]:
            used = 0
            for n, blob in itertools.chain([carry], encoded):
                if numbers and used + len(blob) > INLINE_BYTES:
                    left.append((n, blob))
                    return
                used += len(blob)
                numbers.append(n)
                yield {"n": n, "html": None, "blob": blob, "href": None}

        def listed() -> Iterator[dict[str, Any]]:
            yield from ({"n": n, "html": None, "blob": None, "href": "../report.html"} for n in range(1, carry[0]))
            yield from local()
            yield from ({"n": n, "html": None, "blob": None, "href": "../report.html"}
                        for n in range(numbers[-1] + 1, last + 1))

        path.parent.mkdir(exist_ok=True)
        with atomic.replacing(path) as fh:
            for chunk in _render_stream("run_volume.html.j2", f"{self._title()} — answers (continued)", meta,
                                        pages=listed(), shown={"pages": last, "page_size": PAGE_SIZE,
                                                               "first": carry[0]}):
                fh.write(redact(chunk).encode("utf-8", errors="replace"))
        return numbers, (left[0] if left else None)

    def _title(self) -> str:
        return f"Answer-quality report — gate {'PASSED' if self.summary['gate']['passed'] else 'FAILED'}"

    def chunks(self, stale: list[tuple[Any, list[str], int]] | None = None,
               out_dir: Path | None = None) -> Iterator[str]:
        """The page, piece by piece; page files (if any) go to ``out_dir``/report-pages/."""
        for packed in self.sample.chosen():
            it = json.loads(zlib.decompress(packed))
            self._show("sample", it, claims(it.get("checks") or []), set())
        s, c, agreement = self.summary, self.summary["counts"], self.agreement
        ok = s["gate"]["passed"]
        gate = "PASSED" if ok else "FAILED"
        cards = [("gate", gate, "good" if ok else "bad"), ("answers", c["items"], ""), ("passed", c["passed"], ""),
                 ("failed", c["failed"], "bad" if c["failed"] else ""), ("error", c["error"], "bad" if c["error"] else ""),
                 ("item pass rate", _pct(s["pass_rate"]), ""),
                 ("claims needing review", self.n_review, "warn" if self.n_review else "")]
        if agreement:
            cards.append(("clinician reviewers", len(agreement["reviewers"]), ""))
        prov = " · ".join(x for x in (
            f"prompt {s['prompt']['version']}" if (s.get("prompt") or {}).get("version") else "",
            f"rubric {s['rubric']['name']}" if (s.get("rubric") or {}).get("name") else "",
            f"created {s.get('created_at', '')}") if x)
        meta = {"kind": "run", "run": str(self.run_dir) if self.run_dir else None, "baseline": None,
                "report_id": f"run:{self.run_dir}:{s.get('created_at', '')}", "harness_version": __version__,
                "rows_per_page": ROWS_PER_PAGE}
        by_cat = {k: (None, t["pass_rate"]) for k, t in s["by_category"].items()}
        by_sev = {k: (None, t["pass_rate"]) for k, t in s["by_severity"].items()}
        shown = dict(self.spool.sizes)
        sampled = self.sample.counts()
        fig_args = (by_cat, by_sev, list(self.hist), self.heat.cells())
        background = _start_figures(fig_args) if self.spool.total >= FIGURES_APART_FROM else None
        if background is None:
            figures: list[tuple[str, str]] = figures_of(*fig_args)
            rows_blob, pages = self._rows_blob(), self._pages(meta, out_dir)
        else:  # the figures render on the other core while this one compresses the pages
            rows_blob, pages = self._rows_blob(), iter(list(self._pages(meta, out_dir)))
            figures = _finish_figures(background, fig_args)
        return _render_stream(
            "run_report.html.j2", self._title(), meta,
            subtitle=f"{self.run_dir or ''} {prov}".strip(), cards=cards,
            figures=figures, by_category=s["by_category"], by_severity=s["by_severity"],
            rules=_rules(s.get("by_rule") or {}, agreement), agreement=_agreement_view(agreement),
            stale=[{"source_id": st.source_id, "as_of": st.as_of, "age": st.age_months, "ids": ", ".join(ids),
                    "more": n - len(ids)} for st, ids, n in stale or []],
            shown={"groups": [(_GROUP_LABEL[g], n) for g, n in shown.items() if n], "total": self.spool.total,
                   "n_items": self.n_items, "not_shown": sum(x["hidden"] for x in sampled),
                   "per_stratum": self.sample.per_stratum, "strata": sampled, "page_size": PAGE_SIZE,
                   "pages": self.spool.n_pages, "first": 1},
            rows_blob=rows_blob, pages=pages,
            filters={"cancers": sorted(self.cancers), "rules": sorted(self.rules_seen),
                     "changes": ["needs_review", "warning", "reviewed"], "change_label": "flag"})


    def write(self, path: Path, stale: list[tuple[Any, list[str], int]] | None = None) -> None:
        """Stream the page to ``path`` (atomically, secrets redacted)."""
        from harness import atomic
        from harness.secrets import redact

        pages_dir = path.parent / PAGES_DIR
        for old in pages_dir.glob("volume-*.html") if pages_dir.is_dir() else []:
            old.unlink()  # an earlier, bigger report's volumes
        try:
            with atomic.replacing(path) as fh:
                for chunk in self.chunks(stale, path.parent):
                    fh.write(redact(chunk).encode("utf-8", errors="replace"))
        finally:
            self.spool.close()


def run_report(items: Any, summary: dict[str, Any], run_dir: str | Path | None = None,
               stale: list[tuple[Any, list[str]]] | None = None, agreement: dict[str, Any] | None = None) -> str:
    """The whole report.html as one string (small runs and tests; build() streams to the file)."""
    page = RunPage(summary, run_dir, agreement)
    for it in items:
        page.add(it)
    try:
        return "".join(page.chunks([(s, ids, len(ids)) for s, ids in stale or []]))
    finally:
        page.spool.close()


if __name__ == "__main__":
    _figures_main()
