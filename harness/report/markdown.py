"""Markdown run report: short enough to read in a CI log or a pull-request comment.

Every id, rule name, path and piece of model text goes through ``_cell`` (harness.escape.markdown):
a crafted id must not break the table, open a code span or inject HTML into the comment.
"""
from __future__ import annotations

import heapq
from typing import Any, Iterable

from harness.directions import WORDS
from harness.escape import markdown


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _cell(text: Any, limit: int | None = 160) -> str:
    return markdown("" if text is None else text, limit)


def _finding(ch: dict[str, Any]) -> str:
    """Message and evidence of a failed check, each said once (many checks put the same text in both)."""
    msg, ev = str(ch.get("message") or "").strip(), str(ch.get("evidence") or "").strip()
    if not ev or ev in msg:
        return msg
    if not msg or msg in ev:
        return ev
    return f"{msg}: {ev}"


_SEV = {"minor": 1, "major": 2, "critical": 3}


class RunMarkdown:
    """report.md built item by item: the counts of everything, and only the ``max_items`` worst
    items that did not pass (errors first, then by their worst failed check, then file order),
    kept in a bounded heap; the rest are counted and left to report.html and results.jsonl."""

    def __init__(self, max_items: int = 30) -> None:
        self.max_items = max_items
        self.not_passed = 0
        self._seq = 0
        self._heap: list[tuple[tuple[int, int, int], list[str]]] = []

    def add(self, it: dict[str, Any]) -> None:
        if it["status"] == "passed":
            return
        self.not_passed += 1
        self._seq += 1
        bad = [ch for ch in it.get("checks") or [] if ch.get("outcome") in ("fail", "error")]
        worst = max((_SEV.get(ch.get("severity"), 0) for ch in bad), default=0)
        rank = (it["status"] == "error", worst, -self._seq)  # larger is worse; the heap root is the mildest kept
        if len(self._heap) >= self.max_items and rank <= self._heap[0][0]:
            return
        rows = []
        if it["status"] == "error":
            rows.append(f"| {_cell(it['id'], None)} | error | — | — | {_cell(it.get('error'))} |")
        rows += [f"| {_cell(it['id'], None)} | {it['status']} | {_cell(ch['rule'], None)} | {_cell(ch['severity'])} | "
                 f"{_cell(_finding(ch))} |" for ch in sorted(bad, key=lambda c: -_SEV.get(c.get('severity'), 0))]
        entry = (rank, rows)
        if len(self._heap) < self.max_items:
            heapq.heappush(self._heap, entry)
        else:
            heapq.heapreplace(self._heap, entry)

    def text(self, summary: dict[str, Any]) -> str:
        c = summary["counts"]
        gate = "PASSED" if summary["gate"]["passed"] else "FAILED"
        lines = [
            f"# Answer-quality run: gate {gate}",
            "",
            f"{c['items']} items: {c['passed']} passed, {c['failed']} failed, {c['error']} error "
            f"(item pass rate {_pct(summary['pass_rate'])}; an item fails on a {summary['gate']['fail_on']} or worse check).",
            "",
            "| category | checks | passed | failed | not graded | error | pass rate |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for cat, t in summary["by_category"].items():
            lines.append(f"| {_cell(cat)} | {t['checks']} | {t['passed']} | {t['failed']} | {t['not_graded']} | "
                         f"{t['error']} | {_pct(t['pass_rate'])} |")
        if self._heap:
            shown = sorted(self._heap, key=lambda e: e[0], reverse=True)
            title = ("Items that did not pass" if len(shown) == self.not_passed else
                     f"The {len(shown)} worst of {self.not_passed} items that did not pass")
            lines += ["", f"## {title}", "", "| id | status | rule | severity | evidence |", "|---|---|---|---|---|"]
            for _, rows in shown:
                lines += rows
            if len(shown) < self.not_passed:
                lines.append(f"\n{self.not_passed - len(shown)} more items did not pass: see report.html (every "
                             "failed item in full) and results.jsonl.")
        return "\n".join(lines) + "\n"


def run_report(items: Iterable[dict[str, Any]], summary: dict[str, Any], max_items: int = 30) -> str:
    """report.md of a run (RunMarkdown over ``items``)."""
    md = RunMarkdown(max_items)
    for it in items:
        md.add(it)
    return md.text(summary)


def compare_report(cmp: dict[str, Any], html_path: str | None = None, max_rows: int = 40) -> str:
    """compare.md: headline, table of regressions, rate deltas, path to the HTML report."""
    g = cmp["gate"]
    verdict = "PASSED" if g["passed"] else "FAILED"
    b, c = cmp["baseline"], cmp["candidate"]
    lines = [f"# Regression gate {verdict}", ""]
    if cmp.get("significance"):
        lines += [f"**{_cell(cmp['significance']['text'], 400)}**", ""]
    lines += [f"> **Warning:** {_cell(w, 400)}" for w in g.get("warnings", [])]
    if g.get("warnings"):
        lines.append("")
    lines += [f"- {_cell(r, None)}" for r in g["reasons"]] or ["- no regression at or above "
                                                                f"'{_cell(g['fail_on'])}' severity"]
    lines += ["", f"Baseline {_cell(b['path'], None)}: item pass rate {_pct(b['pass_rate'])}; candidate "
                  f"{_cell(c['path'], None)}: {_pct(c['pass_rate'])}. Gate: {_cell(g['applied'], None)}."]
    pf = (cmp.get("scores") or {}).get("pass_fraction")
    if pf:
        ci = pf.get("ci")
        shown = f" (paired bootstrap 95% CI [{100 * ci[0]:+.1f}, {100 * ci[1]:+.1f}])" if ci else ""
        lines += ["", f"Mean share of checks passed per answer: {100 * pf['baseline']:.1f}% → {100 * pf['candidate']:.1f}%, "
                      f"{100 * pf['delta']:+.1f} pts{shown} over {pf['n']} questions."]
    if g.get("notes"):
        lines += ["", f"Not gating ({len(g['notes'])}): " + "; ".join(_cell(n, 200) for n in g["notes"][:5])
                  + (" …" if len(g["notes"]) > 5 else "")]
    lines.append("")
    regs = cmp["regressions"]
    if regs:
        lines += [f"## Regressions ({len(regs)})", "", "| id | rule | severity | evidence |", "|---|---|---|---|"]
        for r in regs[:max_rows]:
            rid = r["id"] + (f"#r{r['repeat']}" if r.get("repeat") else "")
            lines.append(f"| {_cell(rid, None)} | {_cell(r['rule'], None)} | {_cell(r['severity'])} | "
                         f"{_cell(r.get('evidence') or r.get('message'))} |")
        if len(regs) > max_rows:
            lines.append(f"\n…and {len(regs) - max_rows} more (compare.json)")
    lines += ["", "## Pass rate by category", "", "| category | baseline | candidate | delta | 95% CI |", "|---|---:|---:|---:|---:|"]
    for cat, row in cmp["by_category"].items():
        delta = "n/a" if row["delta"] is None else f"{100 * row['delta']:+.1f} pts"
        ci = row.get("ci")
        lines.append(f"| {_cell(cat)} | {_pct(row['baseline'])} | {_pct(row['candidate'])} | {delta} | "
                     f"{f'[{100 * ci[0]:+.1f}, {100 * ci[1]:+.1f}]' if ci else ''} |")
    ordered = {k: v for k, v in (cmp.get("scores") or {}).items() if k != "pass_fraction"}
    if ordered:
        lines += ["", "## Scores", "", "| score | direction | baseline | candidate | questions worse / better |",
                  "|---|---|---:|---:|---:|"]
        for k, v in ordered.items():
            lines.append(f"| {_cell(k)} | {WORDS.get(v.get('direction', 'higher'), '')} | {v['baseline']:g} | "
                         f"{v['candidate']:g} | {v.get('worse', 0)} / {v.get('better', 0)} |")
    if cmp["improvements"]:
        lines += ["", f"Improvements: {len(cmp['improvements'])} checks newly pass."]
    if cmp.get("answer_changed_scores_unchanged"):
        ids = cmp["answer_changed_scores_unchanged"]
        lines += ["", f"Answer changed but every score stayed the same ({len(ids)}): "
                      f"{', '.join(_cell(i, None) for i in ids[:20])}"
                      f"{' …' if len(ids) > 20 else ''}"]
    if html_path:
        lines += ["", f"Full report: {_cell(html_path, None)}"]
    return "\n".join(lines) + "\n"
