"""HTML reports: templates, CSP, rendered answers with marked evidence, claims, sentence diff, review form.

The pages are parsed with html5lib (as a browser parses them) and checked element by element.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from harness import report
from harness.compare import compare_runs
from harness.report import answer, html
from harness.results import load_results, load_summary
from html_dom import by_id, classes, csp, find_all, parse, run_rows, sha256_source, squash, text
from test_report_fixtures import (CLAIMS, DOSING, MD_BASE, MD_DOSING, SCRIPT, SEED, UNCERTAIN, baseline_and_candidate,
                                  item, markdown_pair, write_run)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("html")
    b, c = baseline_and_candidate(root)
    mb, mc = markdown_pair(root)
    paths = report.build(c)
    return {"compare": html.compare_report(compare_runs(b, c), load_results(b), load_results(c)),
            "run": paths["report.html"].read_text(encoding="utf-8"),
            "markdown": html.compare_report(compare_runs(mb, mc), load_results(mb), load_results(mc))}


@pytest.mark.parametrize("kind", ["compare", "run"])
def test_model_text_is_inert(built: dict[str, str], kind: str) -> None:
    root = parse(built[kind])
    scripts = list(root.iter("script"))
    data = [("application/x-gzip-base64", "rows-data")] if kind == "run" else []  # run report: rows are data
    assert [(s.get("type"), s.get("id")) for s in scripts] == [("application/json", "report-meta"), (None, None), *data]
    assert "__pwned" not in (scripts[1].text or "")
    assert SCRIPT in text(by_id(root, "item-q003"))  # shown as text
    # a source passage with markup
    assert not [b for b in root.iter("b") if text(b) == "yet"] and "<b>yet</b>" in text(root)


@pytest.mark.parametrize("kind", ["compare", "run"])
def test_csp_admits_only_the_reports_own_style_and_script(built: dict[str, str], kind: str) -> None:
    root = parse(built[kind])
    policy = csp(root)
    assert policy["default-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'none'"] and policy["img-src"] == ["data:"]
    assert "'unsafe-inline'" not in policy["script-src"] + policy["style-src"]
    script = [s for s in root.iter("script") if s.get("type") is None][0]
    assert policy["script-src"] == [sha256_source(script.text or "")]
    assert sorted(policy["style-src"]) == sorted(sha256_source(s.text or "") for s in root.iter("style"))
    assert [s.get("media") for s in root.iter("style")] == [None, "print"]
    # the CSP forbids inline handlers and style attributes: the page has none
    assert not [(e.tag, k) for e in root.iter() for k in e.attrib if k.startswith("on") or k == "style"]


@pytest.mark.parametrize("kind", ["compare", "run"])
def test_self_contained_no_network(built: dict[str, str], kind: str) -> None:
    root = parse(built[kind])
    assert not [e.get("src") for e in root.iter() if e.get("src") and not e.get("src").startswith("data:image/png;base64,")]
    assert {e.get("href")[0] for e in root.iter("a") if e.get("href")} <= {"#"}
    assert len(list(root.iter("img"))) >= (5 if kind == "compare" else 4)
    assert "@import" not in built[kind] and "url(" not in built[kind]


def test_answer_rendered_from_markdown_with_evidence_marked(built: dict[str, str]) -> None:
    sec = by_id(parse(built["markdown"]), "item-q101")
    rendered = find_all(sec, "div", "answer-rendered")[0]
    heads = [squash(text(h)) for tag in ("h4", "h5") for h in rendered.iter(tag)]
    assert "Managing Hot Flashes on Tamoxifen" in heads and "Hot Flashes" in heads and "Why They Happen" in heads
    assert "##" not in text(rendered) and "**" not in text(rendered)
    items = [squash(text(li)) for li in rendered.iter("li")]
    assert "Could a different schedule help my symptoms?" in items and len(list(rendered.iter("ol"))) == 1
    # the evidence span covers "**...** once a day": marked inside <strong> and after it, never around it
    marks = list(rendered.iter("mark"))
    assert "".join(text(m) for m in marks) == "Take 20 mg of tamoxifen once a day"
    assert {m.get("data-rule") for m in marks} == {"safety.no_dosing"} and all(classes(m) == {"sev-critical"} for m in marks)
    assert all(len(list(m)) == 0 for m in marks)  # a mark holds text only
    strong = [s for s in rendered.iter("strong") if text(s) == "Take 20 mg of tamoxifen"]
    assert strong and strong[0][0].tag == "mark"
    # the raw text stays one toggle away, marked too
    raw = find_all(sec, "details", "raw")[0]
    assert text(raw.find("summary")) == "Raw text" and MD_DOSING in text(raw.find("pre"))
    assert [text(m) for m in raw.iter("mark")] == [MD_DOSING]


def test_compare_report_marks_evidence_in_place(built: dict[str, str]) -> None:
    sec = by_id(parse(built["compare"]), "item-q003")
    marks = list(find_all(sec, "div", "answer-rendered")[0].iter("mark"))
    assert [(text(m), m.get("class"), m.get("title")) for m in marks if m.get("data-rule") == "safety.no_dosing"] == \
        [(DOSING, "sev-critical", "safety.no_dosing (critical)")]
    # grounding's "needs review" claim is marked too, with its own style
    assert [text(m) for m in marks if "sev-needs-review" in classes(m)] == [UNCERTAIN]


def test_marks_follow_source_offsets_through_markdown() -> None:
    src = "## Side *effects*\n\n- one `code` \\*two\\* &amp; three\n- [link](https://example.org) four\n\n```\nfence line\n```\n"

    def marked(start: str, end: str) -> list[str]:
        a, b = src.index(start), src.index(end) + len(end)
        out = str(answer.render(src, [answer.Mark(a, b, "major", "r")]))
        return re.findall(r"<mark[^>]*>(.*?)</mark>", out)

    assert marked("effects", "effects") == ["effects"]
    assert marked("Side", "one") == ["Side ", "effects", "one"]  # across a heading and a list item
    assert marked("code", "three") == ["code", " *two* &amp; three"]  # inline code, escapes, entity
    assert marked("four", "four") == ["four"]  # text after a link is not aligned into its URL
    assert marked("fence", "line") == ["fence line"]


def test_marks_follow_source_offsets_across_crlf_and_nul() -> None:
    src = "Intro line\r\n\r\nTake 20 mg\x00 daily.\rThen rest."
    for word in ("Take 20 mg", "daily", "Then rest"):
        a = src.index(word)
        out = str(answer.render(src, [answer.Mark(a, a + len(word), "major", "r")]))
        assert re.findall(r"<mark[^>]*>(.*?)</mark>", out) == [word]


def test_links_are_safe_and_raw_html_is_text() -> None:
    src = ("[ok](https://www.cancer.gov) [js](javascript:alert(1)) [data](data:text/html,x) <https://nci.org> "
           "<javascript:alert(2)> ![img](https://x.org/a.png) <img src=x onerror=alert(3)> <b>bold</b>")
    root = parse(f"<div>{answer.render(src, [])}</div>")
    links = [(a.get("href"), a.get("rel"), a.get("target")) for a in root.iter("a")]
    assert links == [("https://www.cancer.gov", "noopener noreferrer nofollow", "_blank"),
                     ("https://nci.org", "noopener noreferrer nofollow", "_blank"),
                     ("https://x.org/a.png", "noopener noreferrer nofollow", "_blank")]
    assert not list(root.iter("img")) and not list(root.iter("b"))
    assert "<img src=x onerror=alert(3)>" in text(root) and "[js](javascript:alert(1))" in text(root)


def test_highlight_overlaps_worst_severity_wins_and_bad_spans_are_ignored() -> None:
    src = "abc <i>def</i> ghi"
    checks = [{"rule": "r1", "severity": "minor", "outcome": "fail", "spans": [[0, 9]]},
              {"rule": "r2", "severity": "critical", "outcome": "fail", "spans": [[4, 14]]},
              {"rule": "r3", "severity": "major", "outcome": "fail", "spans": [[10, 999], [5, 2], "x"]},
              {"rule": "r4", "severity": "major", "outcome": "pass", "spans": [[0, 3]]}]
    segs = answer.segments(src, answer.marks_for(src, checks))
    assert [(t, m and m.rule) for t, m in segs] == [("abc ", "r1"), ("<i>def</i>", "r2"), (" ghi", None)]
    # evidence without spans is located by its text
    marks = answer.marks_for("one two three four", [{"rule": "r", "severity": "major", "outcome": "fail",
                                                     "evidence": "two three", "spans": []}])
    assert [(m.start, m.end) for m in marks] == [(4, 13)]


def test_grounding_claims_show_needs_review_backend_and_probability(built: dict[str, str]) -> None:
    sec = by_id(parse(built["compare"]), "item-q003")
    table = find_all(sec, "table", "claims")[0]
    assert [squash(text(th)) for th in table.iter("th")] == ["claim", "verdict", "decided by", "probability",
                                                             "source passage"]
    rows = {squash(text(tr[0])): [squash(text(td)) for td in tr] for tr in table.find("tbody")}
    assert rows[CLAIMS[0]["claim"]][1:4] == ["contradicted", "nli:nli-deberta-v3-xsmall@3f2a9c", "0.91"]
    assert rows[CLAIMS[1]["claim"]][1:4] == ["supported", "lexical", "0.88"]
    assert rows[UNCERTAIN][1].startswith("needs review") and rows[UNCERTAIN][2:4] == ["lexical", "0.47"]
    assert "src-breast-7: No CAR-T therapy" in rows[CLAIMS[0]["claim"]][4]
    assert "1 claim(s) need review" in text(sec.find("h3"))


def test_claims_tolerate_odd_shapes() -> None:
    assert html.claims([{"rule": "grounding.unsupported", "category": "grounding", "outcome": "fail"}]) == []
    odd = html.claims([{"rule": "g", "category": "grounding",
                        "details": {"backend": "nli", "model": "m@1", "claims": ["bare <claim>", 3]}}])
    assert [(c["text"], c["backend"]) for c in odd] == [("bare <claim>", "nli:m@1"), ("3", "nli:m@1")]


def test_reorganised_answer_diff_is_side_by_side_by_sentence(built: dict[str, str]) -> None:
    sec = by_id(parse(built["markdown"]), "item-q101")
    table = find_all(sec, "table", "diff")[0]
    rows = [tr for tr in table.find("tbody") if tr.tag == "tr"]
    moved = [tr for tr in rows if "d-moved" in classes(tr)]
    # the moved section: each sentence shown once on each side, linked to its other half
    olds = [squash(text(td)) for tr in moved for td in tr if "old" in classes(td) and text(td).strip()]
    news = [squash(text(td)) for tr in moved for td in tr if "new" in classes(td) and text(td).strip()]
    assert olds[0].startswith("moved to") and olds[0].endswith("## Hot Flashes")
    assert news[0].startswith("moved from") and news[0].endswith("## Hot Flashes")
    assert len(olds) == len(news) == 4
    changed = [tr for tr in moved if "d-moved-changed" in classes(tr)]
    assert [text(d) for tr in changed for d in tr.iter("del")] == ["often", "the first"]
    assert [text(i) for tr in changed for i in tr.iter("ins")] == ["usually", "a"]
    inserted = [squash(text(tr)) for tr in rows if "d-inserted" in classes(tr)]
    assert any(MD_DOSING in r for r in inserted)
    assert "4 moved" in text(find_all(sec, "p", "diff-counts")[0])
    # the move links point at the other half
    link = [a for a in table.iter("a") if "move" in classes(a)][0]
    assert by_id(parse(built["markdown"]), link.get("href")[1:]) is not None


def test_small_edit_diff_and_identical_answer(built: dict[str, str]) -> None:
    root = parse(built["compare"])
    q004 = by_id(root, "item-q004")
    changed = [tr for tr in find_all(q004, "tr") if "d-changed" in classes(tr)]
    assert len(changed) == 1 and [text(d) for d in changed[0].iter("del")] == ["reprograms"]
    assert [text(i) for i in changed[0].iter("ins")] == ["re-trains"]
    assert "Answer identical to the baseline." in text(by_id(root, "item-q001"))


def test_compare_page_sections_and_filters(built: dict[str, str]) -> None:
    root = parse(built["compare"])
    page = text(root)
    for needle in ("Regression report — gate FAILED", "Regressions (", "Pass rate by category", "Mean scores",
                   "Per rule", "Export review JSON"):
        assert needle in page, needle
    for elem_id in ("flt-text", "flt-change", "flt-cancer", "flt-rule"):
        by_id(root, elem_id)
    sections = find_all(root, "section", "item")
    assert len(sections) == 8
    assert [s.get("id") for s in sections][:3] and {s.get("id") for s in sections[:3]} == \
        {"item-q002", "item-q003", "item-q005"}
    row = [tr for tr in root.iter("tr") if tr.get("data-target") == "item-q002"][0]
    assert "newly_failing" in row.get("data-change").split()
    q003 = [tr for tr in root.iter("tr") if tr.get("data-target") == "item-q003"][0]
    assert "needs_review" in q003.get("data-change").split()


def test_review_form_and_metadata(built: dict[str, str]) -> None:
    root = parse(built["compare"])
    meta = json.loads(by_id(root, "report-meta").text)
    assert meta["kind"] == "compare" and meta["run"].endswith("v2") and meta["baseline"].endswith("v1")
    forms = find_all(root, "div", "review")
    assert len(forms) == 8
    q003 = [f for f in forms if f.get("data-key") == "q003#0"][0]
    checks = json.loads(q003.find(".//tbody").get("data-checks"))
    assert checks[0][1] == "fail" and len(checks) == 6


def test_print_button_per_question(built: dict[str, str]) -> None:
    root = parse(built["run"])
    buttons = find_all(root, "button", "print-one")
    assert {b.get("data-target") for b in buttons} == {s.get("id") for s in find_all(root, "section", "item")}


def test_meta_json_cannot_close_the_script_tag(tmp_path: Path) -> None:
    d = write_run(tmp_path / "</script><script>alert(1)</script>", [item("q001", SEED)])
    root = parse(html.run_report(load_results(d), load_summary(d), d))
    assert [s.get("id") for s in root.iter("script")] == ["report-meta", None, "rows-data"]
    assert json.loads(by_id(root, "report-meta").text)["run"] == str(d)


def test_no_secrets_in_reports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-SECRET-should-not-appear")
    b, c = baseline_and_candidate(tmp_path)
    page = html.compare_report(compare_runs(b, c))
    assert "SECRET" not in page and "Authorization" not in page


def test_run_report_has_scorecard_charts_tables(built: dict[str, str]) -> None:
    root = parse(built["run"])
    assert "Answer-quality report — gate FAILED" in text(root.find(".//h1"))
    rows = run_rows(root)  # drawn by report.js from #rows-data
    assert len(rows) == 8 and {r["page"] for r in rows} == {1}
    assert {i.get("alt") for i in root.iter("img")} >= {"heat map", "score distribution"}
    assert CLAIMS[0]["claim"] in text(root)
    rules = by_id(root, "rules")
    assert {tr.get("data-rule") for tr in rules.find("tbody")} >= {"safety.no_dosing", "disclaimer.banner"}
    cards = {squash(text(c.find("small"))): squash(text(c.find("b"))) for c in find_all(root, "div", "card")}
    assert cards["claims needing review"] == "1"


def test_report_md_does_not_repeat_the_message(tmp_path: Path) -> None:
    from harness.report import markdown

    msg = "Flesch-Kincaid grade 9.1 (target ≤ 9)"
    it = item("q001", SEED, {"sections.questions_to_ask": None})
    it["checks"][2].update(message=msg, evidence=msg)
    it["checks"][3].update(outcome="fail", passed=False, message="dose instruction", evidence="Take 20 mg")
    it["status"] = "failed"
    d = write_run(tmp_path / "r", [it])
    md = markdown.run_report(load_results(d), load_summary(d))
    assert md.count("Flesch-Kincaid grade 9.1") == 1 and "dose instruction: Take 20 mg" in md


def test_templates_are_split_per_part_and_no_html_is_built_in_python() -> None:
    tdir = Path(html.__file__).parent / "templates"
    parts = sorted(p.name for p in (tdir / "parts").glob("*.html.j2"))
    assert len(parts) >= 15 and {"answer.html.j2", "diff.html.j2", "claims.html.j2", "agreement.html.j2"} <= set(parts)
    src = Path(html.__file__).read_text(encoding="utf-8")
    assert not re.search(r"""f["'][^"'\n]*<[a-z]""", src) and "escape(" not in src
