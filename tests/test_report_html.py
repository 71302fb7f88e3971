"""HTML reports: self-contained, everything escaped, highlighted evidence, claims, diff, charts, review form."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from harness import report
from harness.compare import compare_runs
from harness.report import html
from harness.results import load_results, load_summary
from test_report_fixtures import CLAIMS, DOSING, SCRIPT, SEED, baseline_and_candidate, item, write_run


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("html")
    b, c = baseline_and_candidate(root)
    cmp = compare_runs(b, c)
    paths = report.build(c)
    return {"compare": html.compare_report(cmp, load_results(b), load_results(c)),
            "run": paths["report.html"].read_text(encoding="utf-8")}


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script\b[^>]*>", page)


@pytest.mark.parametrize("kind", ["compare", "run"])
def test_model_text_is_escaped(built: dict[str, str], kind: str) -> None:
    page = built[kind]
    assert SCRIPT not in page and "window.__pwned" in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    # only the report's own two script blocks (metadata JSON and the page JS)
    assert _scripts(page) == ["<script type='application/json' id='report-meta'>", "<script>"]
    assert "<b>yet</b>" not in page and "&lt;b&gt;yet&lt;/b&gt;" in page  # a source passage


@pytest.mark.parametrize("kind", ["compare", "run"])
def test_self_contained_no_network(built: dict[str, str], kind: str) -> None:
    page = built[kind]
    assert not re.search(r"""(?:src|href)\s*=\s*['"]?(?:https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page
    assert len(re.findall(r"src='data:image/png;base64,", page)) >= (5 if kind == "compare" else 4)
    assert "Content-Security-Policy" in page


def test_failed_evidence_is_highlighted_in_place(built: dict[str, str]) -> None:
    page = built["compare"]
    assert (f"<mark class='sev-critical' data-rule='safety.no_dosing' title='safety.no_dosing (critical)'>"
            f"{DOSING}</mark>") in page


def test_highlight_handles_overlaps_and_bad_spans() -> None:
    text = "abc <i>def</i> ghi"
    checks = [{"rule": "r1", "severity": "minor", "outcome": "fail", "spans": [[0, 9]]},
              {"rule": "r2", "severity": "critical", "outcome": "fail", "spans": [[4, 14]]},
              {"rule": "r3", "severity": "major", "outcome": "fail", "spans": [[10, 999]]},
              {"rule": "r4", "severity": "major", "outcome": "pass", "spans": [[0, 3]]}]
    out = html.highlight(text, checks)
    assert out.count("<mark") == 1 and "<i>" not in out
    assert re.sub(r"<[^>]+>", "", out) == "abc &lt;i&gt;def&lt;/i&gt; ghi"
    # evidence without spans is located by text
    out = html.highlight("one two three four", [{"rule": "r", "severity": "major", "outcome": "fail",
                                                 "evidence": "two three", "spans": []}])
    assert "<mark class='sev-major' data-rule='r' title='r (major)'>two three</mark>" in out


def test_grounding_claims_rendered_and_absence_tolerated(built: dict[str, str]) -> None:
    page = built["compare"]
    assert "Grounding: verdict per claim" in page
    assert "class='verdict-contradicted'>contradicted<" in page and "src-breast-7: " in page
    assert html.claims_table([{"rule": "grounding.unsupported", "category": "grounding", "outcome": "fail"}]) == ""
    odd = html.claims_table([{"rule": "g", "category": "grounding", "details": {"claims": ["bare <claim>", 3]}}])
    assert "bare &lt;claim&gt;" in odd and "<td>3</td>" in odd


def test_answer_diff_against_baseline(built: dict[str, str]) -> None:
    page = built["compare"]
    assert "<del>reprograms</del><ins>re-trains</ins>" in page
    assert "Answer identical to the baseline." in page
    d = html.answer_diff("a\n<b>\nc", "a\n<i>\nc")
    assert "<del>&lt;b&gt;</del><ins>&lt;i&gt;</ins>" in d


def test_compare_page_sections_and_filters(built: dict[str, str]) -> None:
    page = built["compare"]
    for needle in ("Regression report — gate FAILED", "Regressions (", "Pass rate by category", "Mean scores",
                   "Per rule", "id=flt-text", "id=flt-change", "id=flt-cancer", "data-sort", "Export review JSON"):
        assert needle in page, needle
    assert page.count("<section class=item") == 8
    assert re.search(r"data-target='item-q002'[^>]*data-change='[^']*newly_failing", page)
    # the regressions come first
    order = re.findall(r"<section class=item id='item-(q\d+)'", page)
    assert set(order[:3]) == {"q002", "q003", "q005"}


def test_review_form_and_metadata(built: dict[str, str]) -> None:
    page = built["compare"]
    meta = json.loads(re.search(r"id='report-meta'>(.*?)</script>", page).group(1))
    assert meta["kind"] == "compare" and meta["run"].endswith("v2") and meta["baseline"].endswith("v1")
    assert page.count("<div class=review ") == 8
    rows = re.search(r"data-key='q003#0'.*?data-checks='([^']*)'", page, re.S).group(1)
    checks = json.loads(rows.replace("&quot;", '"'))
    assert checks[0][1] == "fail" and len(checks) == 6


def test_meta_json_cannot_close_the_script_tag(tmp_path: Path) -> None:
    d = write_run(tmp_path / "</script><script>alert(1)</script>", [item("q001", SEED)])
    page = html.run_report(load_results(d), load_summary(d), d)
    assert len(_scripts(page)) == 2
    assert "<script>alert(1)" not in page


def test_no_secrets_in_reports(built: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-SECRET-should-not-appear")
    b, c = baseline_and_candidate(tmp_path)
    page = html.compare_report(compare_runs(b, c))
    assert "SECRET" not in page and "Authorization" not in page


def test_run_report_has_scorecard_charts_table(built: dict[str, str]) -> None:
    page = built["run"]
    assert "Answer-quality report — gate FAILED" in page
    assert page.count("<tr class=row ") == 8 and "alt='heat map'" in page and "alt='score distribution'" in page
    assert CLAIMS[0]["claim"] in page
