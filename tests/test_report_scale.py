"""The run report of a big run: one pass over the items, failed and flagged items all shown, passes
as a stratified sample with counts, pages (compressed, then volumes), compact items, junit.xml with
every item, report.md capped, compare.html capped. Sizes and speed are measured in
bench/report_size.py, never here."""
from __future__ import annotations

import json
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Iterator

import pytest

from harness import report
from harness.compare import compare_runs
from harness.report import html, markdown, pages, run_page
from harness.report.sample import StratifiedSample
from harness.results import load_results, load_summary
from html_dom import by_id, parse, run_pages, run_rows, text
from test_report_fixtures import CANCERS, SEED, item, uncertain_claim, write_run

FAILS = {"safety.no_dosing": None}


def big_run(d: Path, n_failed: int = 120, n_passed: int = 90, n_flagged: int = 7, n_error: int = 2) -> Path:
    """Items in an interleaved order: failures (critical), errors, flagged passes (a failed minor
    check) and plain passes over CANCERS."""
    items = []
    for k in range(n_failed + n_passed + n_flagged + n_error):
        qid = f"q{k:04d}"
        if k < n_failed:
            it = item(qid, SEED, FAILS)
        elif k < n_failed + n_flagged:
            it = item(qid, SEED, {"quality.length": None})
        elif k < n_failed + n_flagged + n_error:
            it = item(qid, SEED)
            it.update(status="error", error=f"scoring failed on {qid}")
        else:
            it = item(qid, SEED)
        items.append(it)
    random.Random(7).shuffle(items)
    return write_run(d, items)


def once(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """A generator, as the pipeline passes results.jsonl: it can be read once only."""
    yield from items


def sections(page_html: str) -> list[str]:
    return re.findall(r'<section class="item" id="([^"]+)"', page_html)


@pytest.fixture()
def small_sample(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(run_page, "SAMPLE_PER_STRATUM", 5)
    return 5


def test_failed_errors_and_flagged_all_shown_passes_sampled_with_counts(tmp_path: Path, small_sample: int) -> None:
    d = big_run(tmp_path / "run")
    items = load_results(d)
    paths = report.build(d, once(items), load_summary(d))
    page = paths["report.html"].read_text(encoding="utf-8")
    root = parse(page)
    rows = run_rows(root)
    must = {i["id"] for i in items if i["status"] != "passed" or any(c["outcome"] == "fail" for c in i["checks"])}
    passes: dict[str, list[str]] = {}
    for i in items:
        if i["id"] not in must:
            passes.setdefault(i["metadata"]["cancer_type"], []).append(i["id"])
    shown = {r["key"].split("#")[0] for r in rows}
    assert must <= shown and len(must) == 129
    sampled = shown - must
    for ct, ids in passes.items():  # up to 5 per cancer type
        assert len(sampled & set(ids)) == min(small_sample, len(ids))
    assert len(rows) == len(shown) == 129 + 5 * len(passes)

    # groups in order (errors, failures, flagged, sample) and pages of PAGE_SIZE, in that order
    order = [r["group"] for r in rows]
    assert order == sorted(order, key=["error", "failed", "flagged", "sample"].index)
    assert [r["page"] for r in rows] == [n // pages.PAGE_SIZE + 1 for n in range(len(rows))]
    all_pages = run_pages(page)
    assert list(all_pages) == list(range(1, -(-len(rows) // pages.PAGE_SIZE) + 1))
    assert len(all_pages) == int(by_id(root, "pages").get("data-pages"))
    on_pages = [a for p in all_pages.values() for a in sections(p)]
    assert on_pages == [r["anchor"] for r in rows]  # every shown item once, on the page its row names
    assert len(sections(page)) == pages.PAGE_SIZE  # only page 1 is HTML in the file

    # the counts of what is not shown
    hidden = sum(len(ids) for ids in passes.values()) - len(sampled)
    note = text(next(p for p in root.iter("p") if "shown-note" in (p.get("class") or "")))
    assert f"{len(rows)} of {len(items)} answers shown" in note and f"{hidden} passing answers are not shown" in note
    strata = {tuple(text(td) for td in tr) for tr in by_id(root, "strata").find("tbody")}
    assert strata == {(ct, str(len(ids)), str(min(5, len(ids))), str(len(ids) - min(5, len(ids))))
                      for ct, ids in passes.items()}


def test_sample_does_not_depend_on_file_order(tmp_path: Path, small_sample: int) -> None:
    d = big_run(tmp_path / "a")
    items = load_results(d)
    first = {r["key"] for r in run_rows(parse(html.run_report(items, load_summary(d), d)))}
    random.Random(1).shuffle(items)
    again = {r["key"] for r in run_rows(parse(html.run_report(items, load_summary(d), d)))}
    assert first == again


def test_stratified_sample_keeps_the_smallest_hashes_per_stratum() -> None:
    s = StratifiedSample(2)
    for k in range(10):
        s.offer("a" if k % 2 else "b", f"id{k}", lambda k=k: k)
    s.offer("c", "only", lambda: "only")
    assert s.counts() == [{"stratum": "a", "total": 5, "shown": 2, "hidden": 3},
                          {"stratum": "b", "total": 5, "shown": 2, "hidden": 3},
                          {"stratum": "c", "total": 1, "shown": 1, "hidden": 0}]
    from harness.report.sample import stable_rank

    best = {st: sorted((k for k in range(10) if ("a" if k % 2 else "b") == st), key=lambda k: stable_rank(f"id{k}"))[:2]
            for st in "ab"}
    assert sorted(x for x in s.chosen() if x != "only") == sorted(best["a"] + best["b"])
    assert StratifiedSample(0).chosen() == []


def test_pages_beyond_the_budget_go_to_volumes_and_old_volumes_go(tmp_path: Path, small_sample: int,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    d = big_run(tmp_path / "run", n_failed=260, n_passed=10)
    monkeypatch.setattr(run_page, "INLINE_BYTES", 3_000)  # about one compressed page per file
    report.build(d)
    root = parse((d / "report.html").read_text(encoding="utf-8"))
    rows = run_rows(root)
    n_pages = int(by_id(root, "pages").get("data-pages"))
    divs = {int(x.get("data-page")): x.get("data-href") for x in root.iter("div") if x.get("data-page")}
    assert sorted(divs) == list(range(1, n_pages + 1)) and n_pages >= 5
    volumes = sorted((d / "report-pages").glob("volume-*.html"))
    assert volumes and {h for h in divs.values() if h} == {f"report-pages/{v.name}" for v in volumes}
    found: dict[str, int] = {}
    inside = run_pages((d / "report.html").read_text(encoding="utf-8"))
    assert all(divs[n] is None for n in inside)
    for n, p in inside.items():
        found.update((a, n) for a in sections(p))
    for v in volumes:
        vol = v.read_text(encoding="utf-8")
        vroot = parse(vol)
        assert '<a href="../report.html">' in vol and by_id(vroot, "report-meta") is not None
        local = run_pages(vol)
        assert local and all(divs[n] == f"report-pages/{v.name}" for n in local)
        vdivs = {int(x.get("data-page")): x.get("data-href") for x in vroot.iter("div") if x.get("data-page")}
        assert sorted(vdivs) == list(range(1, n_pages + 1))  # the others: back to report.html, which knows
        assert all(vdivs[n] is None if n in local else vdivs[n] == "../report.html" for n in vdivs)
        for n, p in local.items():
            assert not set(sections(p)) & set(found)
            found.update((a, n) for a in sections(p))
    assert found == {r["anchor"]: r["page"] for r in rows}  # every shown item exactly once, on its page

    monkeypatch.setattr(run_page, "INLINE_BYTES", 10_000_000)
    report.build(d)
    assert not list((d / "report-pages").glob("volume-*.html"))  # a smaller report leaves no stale volume
    assert "data-href" not in (d / "report.html").read_text(encoding="utf-8")


def test_compact_items_render_and_say_details_are_not_stored(tmp_path: Path) -> None:
    ans = SEED
    full = item("q001", ans, {"safety.no_dosing": None}, claims=[uncertain_claim(ans)])
    compact_pass = item("q002", ans, claims=[uncertain_claim(ans)])
    for ch in compact_pass["checks"]:  # --details failed: a passing item keeps no per-check details
        ch.pop("details", None)
        ch.pop("spans", None)
    compact_fail = item("q003", ans, {"safety.no_dosing": None, "quality.length": None})
    for ch in compact_fail["checks"]:  # --details none
        ch.pop("details", None)
    d = write_run(tmp_path / "run", [full, compact_pass, compact_fail])
    root = parse(report.build(d)["report.html"].read_text(encoding="utf-8"))

    def note(anchor: str) -> str:
        found = [p for p in by_id(root, anchor).iter("p") if "details-missing" in (p.get("class") or "")]
        return text(found[0]) if found else ""

    assert note("item-q001") == ""
    assert "not stored for this passing answer" in note("item-q002") and "--details full" in note("item-q002")
    assert "not stored for this answer" in note("item-q003")
    assert {r["key"]: r["group"] for r in run_rows(root)} == {"q001#0": "failed", "q003#0": "failed", "q002#0": "sample"}


def test_junit_has_every_item_and_is_written_from_a_generator(tmp_path: Path) -> None:
    d = big_run(tmp_path / "run", n_failed=30, n_passed=40)
    items = load_results(d)
    report.build(d, once(items), load_summary(d))
    suite = ET.parse(d / "junit.xml").getroot()
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [i["id"] for i in items]
    assert suite.get("tests") == str(len(items)) == str(len(cases))
    assert len([c for c in cases if c.find("failure") is not None]) == int(suite.get("failures")) == 37 - 7
    assert len([c for c in cases if c.find("error") is not None]) == int(suite.get("errors")) == 2
    flagged = next(c for c in cases if c.get("name") == next(i["id"] for i in items if i["status"] == "passed"
                                                             and any(ch["outcome"] == "fail" for ch in i["checks"])))
    assert len(flagged) == 0  # a pass with a failed minor check is a passing testcase


def test_report_md_names_the_worst_items_and_counts_the_rest(tmp_path: Path) -> None:
    d = big_run(tmp_path / "run", n_failed=40, n_passed=5, n_flagged=0, n_error=1)
    items = load_results(d)
    minor = item("q9999", SEED, {"quality.length": None}, fail_on="minor")  # fails on a minor rule only
    md = markdown.run_report([*items, minor], load_summary(d), max_items=10)
    assert "## The 10 worst of 42 items that did not pass" in md
    assert "32 more items did not pass: see report.html (every failed item in full) and results.jsonl." in md
    table = md.split("| id | status | rule | severity | evidence |")[1]
    assert table.index("| error |") < table.index("| critical |") and "q9999" not in table
    small = markdown.run_report(items[:3], load_summary(d))
    assert "more items did not pass" not in small


def test_compare_report_is_capped_with_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_report_fixtures import baseline_and_candidate

    b, c = baseline_and_candidate(tmp_path)
    monkeypatch.setattr(html, "COMPARE_MAX_ROWS", 4)
    monkeypatch.setattr(html, "COMPARE_MAX_SECTIONS", 2)
    root = parse(html.compare_report(compare_runs(b, c), load_results(b), load_results(c)))
    rows = [tr for tr in root.iter("tr") if "row" in (tr.get("class") or "").split()]
    secs = [s for s in root.iter("section") if "item" in (s.get("class") or "")]
    assert len(rows) == 4 and len(secs) == 2
    assert {s.get("id") for s in secs} <= {"item-q002", "item-q003", "item-q005"}  # regressions first
    note = text(next(p for p in root.iter("p") if "shown-note" in (p.get("class") or "")))
    assert "8 questions: the first 4 are listed and the first 2 shown in full" in note


def test_hostile_text_stays_inert_on_compressed_pages_and_in_volumes(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from test_report_injection import ALLOWED, HOSTILE, QID, hostile_item

    filler = [item(f"q{k:04d}", SEED, FAILS) for k in range(2 * pages.PAGE_SIZE)]
    hostile = hostile_item(QID, SEED + HOSTILE, {"safety.no_dosing": HOSTILE})
    d = write_run(tmp_path / "run", [*filler, hostile])  # the hostile item is on page 3
    monkeypatch.setattr(run_page, "INLINE_BYTES", 3_000)  # page 3 in a volume
    report.build(d)
    main = (d / "report.html").read_text(encoding="utf-8")
    row = next(r for r in run_rows(parse(main)) if r["key"] == f"{QID}#0")
    assert row["page"] == 3 and row["label"] == QID and HOSTILE.lower() in row["search"]  # data, drawn as text
    docs = [main, *(v.read_text(encoding="utf-8") for v in sorted((d / "report-pages").glob("volume-*.html")))]
    held = {n: p for doc in docs for n, p in run_pages(doc).items()}
    assert sorted(held) == [1, 2, 3]
    for doc in docs:  # each file as the browser parses it
        root = parse(doc)
        assert {e.tag for e in root.iter() if isinstance(e.tag, str)} <= ALLOWED
    for n, p in held.items():  # each page as report.js inserts it
        root = parse(f"<!doctype html><body>{p}")
        tags = {e.tag for e in root.iter() if isinstance(e.tag, str)}
        assert tags <= ALLOWED - {"script", "style", "meta"}, (n, tags)
        assert not [k for e in root.iter() for k in e.attrib if k.startswith("on") or k in ("style", "srcdoc")]
        assert not [e for e in root.iter() if "pwn" in (e.get("class") or "")]
        assert not [e for e in root.iter() if e.tag is ET.Comment]
    page3 = parse(f"<!doctype html><body>{held[3]}")
    assert HOSTILE in text(page3) and QID in {e.get("data-id") for e in page3.iter("div")}


def test_figures_rendered_in_a_child_process_are_the_same() -> None:
    """A big report renders its figures in a child process while the pages are compressed."""
    from harness.report.run_page import _finish_figures, _start_figures, figures_of

    args = ({"safety": (None, 0.5), "sections": (None, 0.9)}, {"critical": (None, 0.7)}, [1, 0, 3, 5, 2, 0, 0, 1, 4, 9] * 2,
            {("breast", "safety"): 0.5, ("lung", "safety"): None, ("lung", "sections"): 1.0})
    background = _start_figures(args)
    assert background is not None
    assert _finish_figures(background, args) == figures_of(*args)
