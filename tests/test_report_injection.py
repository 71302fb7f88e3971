"""Markup in answers, questions, ids, metadata, rule names, evidence, claims, run paths, reviewer names
and review comments stays inert text in report.html and compare.html.

The pages are parsed as a browser parses them (html5lib) and every element and attribute is checked
against what the templates themselves produce: no injected element, attribute, comment or link.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from harness.cli import main
from harness.results import load_results
from html_dom import attributes, parse, text
from test_report_fixtures import SEED, check, item, write_run

HOSTILE = ("\"'><script>window.__pwned=1</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">j</a>"
           "</td></tr></table></section></main><b class=pwn>x</b><svg onload=alert(4)></svg><!-- ")
MD_HOSTILE = ("\n\n[click](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(6)> "
              "![i](x onerror=alert(7)) <iframe src=javascript:alert(8)></iframe> <style>body{display:none}</style>\n")
QID = "q1\"'><b class=pwn>id</b>"
RULE = "safety.x\"'><b class=pwn>rule</b>"
CHART_ALTS = {"pass rate by category", "pass rate by severity", "score distribution", "score changes by direction",
              "heat map", "heat map of changes"}
ALLOWED = {"html", "head", "body", "meta", "title", "style", "script", "header", "main", "section", "div", "span", "p",
           "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "em", "small", "code", "pre", "br", "ul", "ol", "li", "a",
           "table", "thead", "tbody", "tr", "th", "td", "figure", "img", "details", "summary", "label", "input",
           "select", "option", "button", "textarea", "mark", "del", "ins", "blockquote", "s"}


def hostile_item(qid: str, answer: str, fails: dict[str, str | None]) -> dict[str, Any]:
    it = item(qid, answer, fails, question=f"Question {HOSTILE}", cancer="breast cancer",
              claims=[{"claim": HOSTILE, "verdict": "uncertain", "source_id": HOSTILE, "source": HOSTILE,
                       "reason": HOSTILE, "backend": HOSTILE, "probability": 0.5, "answer_span": [0, 20]}])
    it["metadata"] = {"cancer_type": f"breast {HOSTILE}", "topic": HOSTILE, "risk_tier": HOSTILE}
    extra = check("safety.no_dosing", "fail", answer, HOSTILE)
    extra.update(rule=RULE, message=f"message {HOSTILE}")
    it["checks"].append(extra)
    it["status"] = "failed"
    for ch in it["checks"]:
        if ch["outcome"] == "fail" and not ch.get("evidence"):
            ch["evidence"] = HOSTILE
    return it


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("inj")
    runs = root / "runs <b class=pwn>dir</b> \"'"
    answer = SEED + HOSTILE + MD_HOSTILE
    base = write_run(runs / "v1", [hostile_item(QID, SEED + HOSTILE, {})])
    cand = write_run(runs / "v2", [hostile_item(QID, answer, {"safety.no_dosing": HOSTILE})])
    items = load_results(cand)
    review = {"schema_version": 1, "reviewer": f"Dr {HOSTILE}"[:200], "report": {"kind": "run", "run": str(cand)},
              "items": [{"id": QID, "repeat": 0, "harness_status": "failed", "verdict": "disagree", "severity": "major",
                         "comment": HOSTILE * 2,
                         "checks": [{"rule": RULE, "harness_outcome": "fail", "verdict": "disagree", "severity": None,
                                     "comment": HOSTILE}]}]}
    assert items[0]["id"] == QID
    f = root / "review.json"
    f.write_text(json.dumps(review), encoding="utf-8")
    assert main(["review", "import", str(f), "--run", str(cand)]) == 0
    assert main(["compare", str(base), str(cand), "--out", str(root / "cmp")]) == 1
    return {"run": (cand / "report.html").read_text(encoding="utf-8"),
            "compare": (root / "cmp" / "compare.html").read_text(encoding="utf-8")}


@pytest.mark.parametrize("kind", ["run", "compare"])
def test_no_injected_elements(pages: dict[str, str], kind: str) -> None:
    root = parse(pages[kind])
    tags = {e.tag for e in root.iter() if isinstance(e.tag, str)}
    assert tags <= ALLOWED, tags - ALLOWED
    assert not [e for e in root.iter() if e.tag is ET.Comment]
    data = ["application/x-gzip-base64"] if kind == "run" else []  # the run report's rows (and further pages)
    assert [s.get("type") for s in root.iter("script")] == ["application/json", None, *data]
    assert len(list(root.iter("style"))) == 2 and len(list(root.iter("meta"))) == 4
    assert not [e for e in root.iter() if "pwn" in (e.get("class") or "")]
    imgs = list(root.iter("img"))
    assert imgs and all(i.get("alt") in CHART_ALTS and i.get("src", "").startswith("data:image/png;base64,")
                        for i in imgs)


@pytest.mark.parametrize("kind", ["run", "compare"])
def test_no_injected_attributes_or_links(pages: dict[str, str], kind: str) -> None:
    root = parse(pages[kind])
    names = {k for _, k, _ in attributes(root)}
    assert not [k for k in names if k.startswith("on")] and "style" not in names and "srcdoc" not in names
    assert names <= {"lang", "charset", "http-equiv", "content", "name", "id", "type", "class", "media", "href", "src",
                     "alt", "title", "rel", "target", "placeholder", "aria-label", "value", "colspan", "for",
                     "data-target", "data-status", "data-cancer", "data-rules", "data-change", "data-search", "data-v",
                     "data-rule", "data-key", "data-id", "data-repeat", "data-name", "data-checks", "data-sort",
                     "data-rows", "data-page", "data-pages", "data-first", "hidden"}, names
    for a in root.iter("a"):
        href = a.get("href", "")
        assert href.startswith("#") or href.startswith("https://") or href.startswith("http://"), href
    # URL-valued attributes only ever hold the report's own anchors, chart data or the answer's http(s) links
    assert not [v for _, k, v in attributes(root) if k in ("href", "src", "action", "formaction", "background")
                and v.lower().lstrip().startswith(("javascript:", "vbscript:", "data:text"))]


@pytest.mark.parametrize("kind", ["run", "compare"])
def test_hostile_text_is_shown_as_text(pages: dict[str, str], kind: str) -> None:
    root = parse(pages[kind])
    body = text(root.find("body"))
    assert HOSTILE in body  # question, evidence, claims, metadata
    assert "[click](javascript:alert(5))" in body and "<iframe src=javascript:alert(8)></iframe>" in body
    assert "id</b>" in body and "rule</b>" in body
    # the clinician's comment (imported review) is a blockquote of plain text
    quotes = [text(q) for q in root.iter("blockquote")]
    assert quotes == [HOSTILE * 2]
    # attribute values keep the raw strings (they are data, escaped by the serializer)
    assert QID in {e.get("data-id") for e in root.iter("div")}
    meta = json.loads(next(s for s in root.iter("script") if s.get("id") == "report-meta").text)
    assert "<b class=pwn>dir</b>" in meta["run"]
