"""The compare report in a real browser (Debian's chromium driven by Playwright).

Locally the test skips with a message when /usr/bin/chromium (or the playwright package) is absent;
in CI (env CI set) a missing browser is a failure: .ci/run installs it. The screenshot is saved to
reports/artifacts/ (gitignored) for the CI job to keep.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from harness.cli import main
from test_report_fixtures import DOSING, baseline_and_candidate

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("HARNESS_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "reports" / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need_browser() -> Any:
    why = None
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        why = f"{CHROMIUM} not found (apt-get install -y chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        why = why or "the playwright package is not installed (pip install -e '.[dev]')"
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"browser test required in CI: {why}")
        pytest.skip(f"browser test skipped locally: {why}")
    return sync_playwright


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("browser")
    b, c = baseline_and_candidate(root)
    assert main(["compare", str(b), str(c), "--out", str(root / "cmp")]) == 1
    return root / "cmp" / "compare.html", c


def test_compare_report_in_headless_chromium(report: tuple[Path, Path], tmp_path: Path) -> None:
    sync_playwright = _need_browser()
    html_path, cand_run = report
    problems: list[str] = []
    external: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            page.on("request", lambda r: external.append(r.url)
                    if not r.url.startswith(("file:", "data:", "blob:", "about:")) else None)
            page.goto(html_path.as_uri())
            page.wait_for_load_state("load")

            # the <script> inside an answer rendered as text and never ran
            assert page.evaluate("window.__pwned === undefined")
            assert page.locator("pre.answer", has_text="<script>window.__pwned=1</script>").count() == 1

            # charts decoded (inline PNGs with a real size)
            widths = page.eval_on_selector_all(".charts img", "els => els.map(e => e.naturalWidth)")
            assert len(widths) >= 5 and min(widths) > 100

            rows = page.locator("#items tr.row")
            assert rows.count() == 8
            page.fill("#flt-text", "q003")
            assert page.locator("#items tr.row:visible").count() == 1
            assert not page.locator("#item-q002").is_visible()
            page.fill("#flt-text", "")
            page.select_option("#flt-change", "newly_failing")
            visible = page.locator("#items tr.row:visible td:first-child").all_inner_texts()
            assert sorted(visible) == ["q002", "q003", "q005"]
            page.select_option("#flt-change", "")
            assert page.locator("#items tr.row:visible").count() == 8

            # sorting by a column does not lose rows
            page.click("#items th:has-text('newly failing')")
            assert page.locator("#items tr.row").count() == 8

            mark = page.locator("#item-q003 mark.sev-critical")
            mark.scroll_into_view_if_needed()
            assert mark.is_visible() and mark.inner_text() == DOSING
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "compare-report-highlight.png"))

            # clinician review: mark one item and one check, export, import into the candidate run
            page.fill("#rv-name", "Dr Test")
            box = page.locator("#item-q003 .review")
            box.locator("input.rv-item[value=disagree]").check()
            box.locator("select.rv-sev").select_option("major")
            box.locator("textarea.rv-comment").fill("dose is from the label </script>")
            box.locator("details summary").click()
            first = box.locator("tr.rv-check").first
            assert first.get_attribute("data-rule") == "safety.no_dosing"
            first.locator("input[value=agree]").check()
            with page.expect_download() as dl:
                page.click("#rv-export")
            download = dl.value
            assert download.suggested_filename == "review-dr-test.json"
            exported = tmp_path / download.suggested_filename
            download.save_as(str(exported))

            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(ARTIFACTS / "compare-report.png"))
        finally:
            browser.close()

    assert problems == [], problems
    assert external == [], external
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["reviewer"] == "Dr Test" and data["report"]["kind"] == "compare"
    assert data["items"] == [{"id": "q003", "repeat": 0, "harness_status": "failed", "verdict": "disagree",
                              "severity": "major", "comment": "dose is from the label </script>",
                              "checks": [{"rule": "safety.no_dosing", "harness_outcome": "fail",
                                          "harness_severity": "critical", "verdict": "agree", "severity": None}]}]
    assert main(["review", "import", str(exported), "--run", str(cand_run)]) == 0
    assert (cand_run / "reviews" / "review-dr-test.json").exists()
