"""Source freshness: the corpus is within its window, validate warns (exit 0), the report lists stale passages.

``test_every_cited_passage_is_fresh_or_waived`` judges the shipped corpus against today's date on
purpose: when a passage ages out of the 12-month window it fails, which is the reminder to re-check
the passage (and update its ``as_of``) or to waive it with a reason.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from harness.cli import main
from harness.datasets import Source, load_sources
from harness.freshness import DEFAULT_MAX_AGE_MONTHS, Stale, age_months, stale, stale_cited
from harness.paths import data_root
from harness.report import html
from harness.results import load_results, load_summary, write_summary
from test_report_fixtures import SEED, item, write_run

DATA = data_root() / "datasets"


def _src(sid: str, as_of: str, waiver: str | None = None) -> Source:
    return Source(sid, "t", "NCI", "some text about a fact", as_of, None, waiver)


def test_age_in_months() -> None:
    assert age_months("2025-11", date(2026, 11, 27)) == 12
    assert age_months("2025-10-31", date(2026, 11, 1)) == 13
    old, new, waived = _src("old", "2025-10"), _src("new", "2025-11"), _src("w", "2020-01", "figures are dated 2019")
    assert stale([old, new, waived], date(2026, 11, 27)) == [Stale("old", "2025-10", 13)]
    assert stale([old], date(2026, 11, 27), max_age_months=24) == []


def _cited_ids() -> set[str]:
    ids = set()
    for line in (DATA / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        ids.update(json.loads(line)["source_ids"])
    return ids


def test_every_cited_passage_is_fresh_or_waived() -> None:
    sources = load_sources(DATA / "sources")
    cited = [sources[s] for s in sorted(_cited_ids())]
    assert cited
    old = stale(cited, date.today(), DEFAULT_MAX_AGE_MONTHS)
    assert not old, f"passages to re-check (or waive with a reason): {[(s.source_id, s.as_of) for s in old]}"
    for s in cited:
        assert s.freshness_waiver is None or len(s.freshness_waiver.split()) >= 5, s.source_id  # a reason, not a flag


def _sources_dir(tmp_path: Path, **extra: str) -> Path:
    d = tmp_path / "sources"
    d.mkdir()
    rec = {"source_id": "old-passage", "title": "Old", "citation": "NCI", "as_of": "2000-01",
           "text": "A fact that was last checked long ago.", **extra}
    (d / "a.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return d


def test_validate_warns_about_old_passages_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _sources_dir(tmp_path)
    assert main(["validate", str(d)]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("ok:") and "old-passage" in out.err and "2000-01" in out.err and "warning" in out.err
    assert main(["validate", "--max-source-age-months", "100000", str(d)]) == 0
    assert "old-passage" not in capsys.readouterr().err


def test_validate_accepts_a_waiver(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _sources_dir(tmp_path, freshness_waiver="Historical figures, dated in the text.")
    assert main(["validate", str(d)]) == 0
    assert capsys.readouterr().err == ""


def test_report_lists_stale_passages_cited_by_the_answers(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _sources_dir(data)
    (data / "questions.jsonl").write_text("", encoding="utf-8")
    a, b = item("q001", SEED), item("q002", SEED)
    a["metadata"] = {"source_ids": ["old-passage"]}
    run = write_run(tmp_path / "run", [a, b])
    summary = load_summary(run)
    summary["dataset"] = {"path": str(data / "questions.jsonl"), "sha256": "x"}
    write_summary(run, summary)
    from harness import report

    page = report.build(run)["report.html"].read_text(encoding="utf-8")
    section = page[page.index("Stale sources cited"):page.index("<h2>Questions")]
    assert "old-passage" in section and "2000-01" in section and "q001" in section and "q002" not in section
    # nothing stale cited: no section at all
    assert "Stale sources cited" not in html.run_report(load_results(run), load_summary(run), run, [])


def test_stale_cited_names_the_citing_items() -> None:
    srcs = {"a": _src("a", "2001-01"), "b": _src("b", "2026-11")}
    items = [{"id": "q1", "metadata": {"source_ids": ["a", "b"]}}, {"id": "q2", "metadata": {"source_ids": ["a"]}},
             {"id": "q3", "metadata": {}}]
    ((s, ids),) = stale_cited(items, srcs, date(2026, 11, 27))
    assert s.source_id == "a" and ids == ["q1", "q2"]
