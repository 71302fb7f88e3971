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
from test_report_fixtures import DOSING, baseline_and_candidate, markdown_pair

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("HARNESS_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "reports" / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


# records every Content-Security-Policy violation (init scripts run outside the page's CSP)
CSP_WATCH = ("document.addEventListener('securitypolicyviolation', e => "
             "(window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI))")


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
            page.add_init_script(CSP_WATCH)
            page.goto(html_path.as_uri())
            page.wait_for_load_state("load")

            # the <script> inside an answer rendered as text and never ran; the CSP let the page's own script run
            assert page.evaluate("window.__pwned === undefined")
            assert page.locator("#item-q003 .answer-rendered", has_text="<script>window.__pwned=1</script>").is_visible()
            assert page.evaluate("window.__csp === undefined"), page.evaluate("window.__csp")

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

            mark = page.locator("#item-q003 .answer-rendered mark.sev-critical")
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


def _launch(p: Any) -> Any:
    return p.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def _box(loc: Any) -> dict[str, float]:
    box = loc.bounding_box()
    assert box is not None
    return box


def test_rendered_answer_and_sentence_diff_in_headless_chromium(tmp_path: Path) -> None:
    sync_playwright = _need_browser()
    base, cand = markdown_pair(tmp_path)
    assert main(["compare", str(base), str(cand), "--out", str(tmp_path / "cmp")]) == 1
    problems: list[str] = []
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            page.add_init_script(CSP_WATCH)
            page.goto((tmp_path / "cmp" / "compare.html").as_uri())
            sec = page.locator("#item-q101")
            rendered = sec.locator(".answer-rendered")

            # headings and lists are HTML, not Markdown source
            assert rendered.locator("h5", has_text="Why They Happen").is_visible()
            assert rendered.locator("h4", has_text="Managing Hot Flashes on Tamoxifen").is_visible()
            assert rendered.locator("ol > li").count() == 3 and rendered.locator("ul > li").count() == 4
            assert "##" not in rendered.inner_text() and "**" not in rendered.inner_text()
            link = rendered.locator("a", has_text="cancer.gov")
            assert link.get_attribute("href") == "https://www.cancer.gov" and "noopener" in link.get_attribute("rel")

            # the evidence is highlighted on the rendered text: inside the bold list item, painted
            marks = rendered.locator("mark.sev-critical")
            assert "".join(marks.all_inner_texts()) == "Take 20 mg of tamoxifen once a day"
            assert rendered.locator("li strong mark.sev-critical").inner_text() == "Take 20 mg of tamoxifen"
            bg = marks.first.evaluate("e => getComputedStyle(e).backgroundColor")
            assert bg not in ("rgba(0, 0, 0, 0)", "transparent"), bg
            marks.first.scroll_into_view_if_needed()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "answer-rendered-highlight.png"))

            # the raw text is one toggle away (a <details>, no script)
            raw = sec.locator("details.raw pre.answer")
            assert not raw.is_visible()
            sec.locator("details.raw summary").click()
            assert raw.is_visible() and "**Take 20 mg of tamoxifen**" in raw.inner_text()
            sec.locator("details.raw summary").click()

            # the reorganised answer: moved sentences side by side, changed words marked within them
            diff = sec.locator("table.diff").first
            moved_old = diff.locator("tr.d-moved td.old a.move")
            moved_new = diff.locator("tr.d-moved td.new a.move")
            assert moved_old.count() == moved_new.count() == 4
            old_cell = diff.locator("tr.d-moved-changed td.old").filter(has_text="often")
            new_cell = diff.locator("tr.d-moved-changed td.new").filter(has_text="usually")
            ob, nb = _box(old_cell), _box(new_cell)
            assert ob["width"] > 350 and nb["width"] > 350 and nb["x"] >= ob["x"] + ob["width"]  # two columns
            assert old_cell.locator("del").all_inner_texts() == ["often", "the first"]
            assert new_cell.locator("ins").all_inner_texts() == ["usually", "a"]
            inserted = diff.locator("tr.d-inserted td.new", has_text="Take 20 mg")
            assert inserted.is_visible() and _box(inserted)["x"] >= ob["x"] + ob["width"]
            moved_old.first.click()  # jumps to the sentence's new place
            assert page.evaluate("location.hash").endswith("-new-12")
            diff.scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "diff-side-by-side.png"), full_page=False)
            diff.screenshot(path=str(ARTIFACTS / "diff-table.png"))

            # printing one question: only that section is laid out for print
            page.goto((tmp_path / "cmp" / "compare.html").as_uri() + "#item-q101")
            page.emulate_media(media="print")
            assert sec.is_visible() and not page.locator("#review-bar").is_visible()
            assert not page.locator("#items").is_visible() and not page.locator("header").is_visible()
            assert not sec.locator(".review").is_visible() and not sec.locator("details.raw").is_visible()
            page.pdf(path=str(ARTIFACTS / "print-one-question.pdf"))
            assert page.evaluate("window.__csp === undefined"), page.evaluate("window.__csp")
        finally:
            browser.close()
    assert problems == [], problems


def test_print_one_question_hides_the_others(report: tuple[Path, Path]) -> None:
    sync_playwright = _need_browser()
    html_path, _ = report
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(html_path.as_uri())
            page.emulate_media(media="print")
            assert page.locator("#item-q002").is_visible() and page.locator("#item-q003").is_visible()  # whole report
            page.emulate_media(media="screen")
            # the section's "Print this question" button prints the section named by the URL fragment
            assert page.locator("#item-q003 button.print-one").get_attribute("data-target") == "item-q003"
            page.goto(html_path.as_uri() + "#item-q003")
            page.emulate_media(media="print")
            assert page.locator("#item-q003").is_visible()
            assert not page.locator("#item-q002").is_visible() and not page.locator("#regressions").is_visible()
        finally:
            browser.close()


def test_clinician_agreement_in_headless_chromium(tmp_path: Path) -> None:
    sync_playwright = _need_browser()
    from test_review_agreement import A_FLIPS, B_FLIPS, COMMENT, review_file

    _, run = baseline_and_candidate(tmp_path)
    for name, flips, comment in (("Dr A", A_FLIPS, COMMENT), ("Dr B", B_FLIPS, "")):
        f = tmp_path / f"{name}.json"
        f.write_text(json.dumps(review_file(run, name, flips, comment)), encoding="utf-8")
        assert main(["review", "import", str(f), "--run", str(run)]) == 0
    problems: list[str] = []
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            page.add_init_script(CSP_WATCH)
            page.goto((run / "report.html").as_uri())
            below = page.locator("#rules tr.rule-below td.kappa")
            assert below.first.is_visible() and "below" in below.first.inner_text()
            assert page.locator("#rules tr[data-rule='quality.length']").locator("td.kappa.below").is_visible()
            inter = page.locator("#inter-rater tbody tr")
            assert inter.count() == 1 and inter.locator("td").first.inner_text() == "Dr A vs Dr B"
            assert page.evaluate("window.__pwned === undefined")
            assert page.locator("#item-q003 blockquote").inner_text() == COMMENT
            page.locator("#agreement").scroll_into_view_if_needed()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "run-report-agreement.png"))
            assert page.evaluate("window.__csp === undefined")
        finally:
            browser.close()
    assert problems == [], problems


def test_big_run_report_pages_rows_and_reviews_in_headless_chromium(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """3,000 answers: the questions table is drawn 100 rows at a time, a filter finds an answer on a
    compressed page and opens it, a review made there and one made on page 1 export together; with
    a tiny inline budget, a later page opens from its volume file and exports the same reviews."""
    sync_playwright = _need_browser()
    from harness import report
    from harness.report import run_page
    from test_report_scale import big_run

    run = big_run(tmp_path / "big", n_failed=2400, n_passed=590, n_flagged=8, n_error=2)
    report.build(run)
    rows = _rows(run)
    late = next(r for r in reversed(rows) if r["group"] == "failed")  # on a compressed page
    first = rows[0]
    problems: list[str] = []
    external: list[str] = []
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            page = ctx.new_page()
            page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            page.on("request", lambda r: external.append(r.url)
                    if not r.url.startswith(("file:", "data:", "blob:", "about:")) else None)
            page.add_init_script(CSP_WATCH)
            page.goto((run / "report.html").as_uri())
            page.wait_for_selector("html[data-ready='1']")
            assert page.locator("#items tbody tr.row").count() == 100
            assert page.inner_text(".rows-at") == f"rows 1–100 of {len(rows)}"
            page.click(".rows-next")
            assert page.locator("#items tbody tr.row td:first-child").first.inner_text() == rows[100]["label"]
            assert page.inner_text("#flt-count") == f"{len(rows)} shown"

            page.fill("#flt-text", late["label"])
            assert page.locator("#items tbody tr.row").count() == 1
            page.click(f"#items tbody tr.row a[href='#{late['anchor']}']")
            sec = page.locator(f"#{late['anchor']}")
            sec.wait_for(state="visible")
            assert page.evaluate("location.hash") == "#" + late["anchor"]
            assert page.input_value(".sections-pager .page-select >> nth=0") == str(late["page"]) != "1"
            page.fill("#rv-name", "Dr Pages")
            sec.locator("input.rv-item[value=disagree]").check()

            page.fill("#flt-text", "")
            page.select_option(".sections-pager .page-select >> nth=0", "1")
            box = page.locator(f"#{first['anchor']} .review")
            box.wait_for(state="visible")
            box.locator("input.rv-item[value=agree]").check()
            assert not sec.is_visible()  # its page is hidden again, its review kept
            with page.expect_download() as dl:
                page.click("#rv-export")
            exported = tmp_path / "review.json"
            dl.value.save_as(str(exported))
            assert page.evaluate("window.__csp === undefined"), page.evaluate("window.__csp")
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "big-run-report.png"))

            # the same report with its later pages in volume files
            monkeypatch.setattr(run_page, "INLINE_BYTES", 30_000)
            report.build(run)
            assert list((run / "report-pages").glob("volume-*.html"))
            page.goto((run / "report.html").as_uri())
            page.wait_for_selector("html[data-ready='1']")
            page.fill("#flt-text", late["label"])
            page.click(f"#items tbody tr.row a[href='#{late['anchor']}']")
            page.wait_for_url("**/report-pages/volume-*.html*")
            page.wait_for_selector("html[data-ready='1']")
            vsec = page.locator(f"#{late['anchor']}")
            vsec.wait_for(state="visible")
            assert vsec.locator("input.rv-item[value=disagree]").is_checked()  # the review made in report.html
            vsec.locator("select.rv-sev").select_option("major")
            with page.expect_download() as dl2:
                page.click("#rv-export")
            exported2 = tmp_path / "review2.json"
            dl2.value.save_as(str(exported2))
            assert page.evaluate("window.__csp === undefined"), page.evaluate("window.__csp")
        finally:
            browser.close()
    assert problems == [] and external == [], (problems, external)
    items = {(i["id"], i["verdict"], i["severity"]) for i in json.loads(exported.read_text())["items"]}
    assert items == {(first["key"].split("#")[0], "agree", None), (late["key"].split("#")[0], "disagree", None)}
    items2 = {(i["id"], i["verdict"], i["severity"]) for i in json.loads(exported2.read_text())["items"]}
    assert items2 == {(first["key"].split("#")[0], "agree", None), (late["key"].split("#")[0], "disagree", "major")}
    assert main(["review", "import", str(exported2), "--run", str(run)]) == 0


def _rows(run: Path) -> list[dict[str, Any]]:
    from html_dom import parse, run_rows

    return run_rows(parse((run / "report.html").read_text(encoding="utf-8")))
