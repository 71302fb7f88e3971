"""Run report size, build cost and time to interactive at 2,000 and 20,000 answers.

The 2,000 answers are bench/throughput.py's synthesised answers (recorded v1/v2 answers with body
paragraphs swapped), scored with `harness score` (default rubric, offline grounding). The 20,000 are
those scored items repeated ten times with new ids (scoring them again would only re-measure
scoring). Each report is built in a fresh subprocess with harness.report.build over a generator of
results.jsonl (peak RSS: the subprocess's VmHWM); then opened in headless Chromium (Debian's /usr/bin/chromium
through Playwright): time from navigation to interactive (report.js marks <html data-ready> once
the questions table is drawn and page 1 shown), and to open an answer on a compressed page.
Figures go to bench/results_report_size.json and the README; nothing here is asserted in tests.

    python bench/report_size.py [--sizes 2000,20000] [--work DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
CHROMIUM = os.environ.get("HARNESS_CHROMIUM", "/usr/bin/chromium")
BUILD = """
import json, re, sys, time
from harness import report
from harness.results import iter_results, load_summary
d = sys.argv[1]
summary = load_summary(d)
t = time.perf_counter()
report.build(d, iter_results(d), summary)  # results.jsonl + data.jsonl, joined as every reader does
# VmHWM: this process's own peak (getrusage's ru_maxrss would carry the parent's peak across exec)
hwm = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
print(json.dumps({"build_s": time.perf_counter() - t, "peak_rss_mb": hwm / 1024}))
"""


def scored_base(work: Path, n: int) -> Path:
    """n synthesised answers scored by `harness score` (reused when already there)."""
    from throughput import synthesise

    run = work / f"scored-{n}"
    if (run / "results.jsonl").exists():
        return run
    answers = work / f"answers-{n}.jsonl"
    with open(answers, "w", encoding="utf-8") as fh:
        for r in synthesise(n):
            fh.write(json.dumps({k: r[k] for k in ("id", "question", "answer", "contexts", "metadata") if k in r}) + "\n")
    done = subprocess.run([sys.executable, "-m", "harness", "score", "--answers", str(answers), "--out", str(run),
                           "--overwrite"], cwd=ROOT, stdout=subprocess.DEVNULL)
    if done.returncode not in (0, 1):  # 1: the gate failed, as it does on these answers
        raise SystemExit(f"harness score exited {done.returncode}")
    return run


def repeated_run(base: Path, work: Path, n: int) -> Path:
    """A run folder of n items: the base run's items repeated with new ids, and its summary."""
    from harness.packing import write_items
    from harness.results import iter_results, load_results, summarize, write_summary

    run = work / f"run-{n}"
    run.mkdir(exist_ok=True)
    lines = [json.dumps(it, ensure_ascii=False) for it in load_results(base)]

    def repeated() -> Any:
        for k in range(n):
            it = json.loads(lines[k % len(lines)])
            if k >= len(lines):
                it["id"] = f"{it['id']}-x{k // len(lines)}"
            yield it
    write_items(run, repeated())
    base_summary = json.loads((base / "summary.json").read_text(encoding="utf-8"))
    slim = [{k: it.get(k) for k in ("id", "repeat", "status", "error", "checks", "scores")}
            for it in iter_results(run)]
    for it in slim:
        it["checks"] = [{k: c.get(k) for k in ("rule", "category", "severity", "outcome", "passed", "score",
                                                "direction")} for c in it["checks"]]
    extra = {k: v for k, v in base_summary.items() if k in ("rubric", "dataset", "scoring", "created_at")}
    write_summary(run, summarize(slim, base_summary["gate"]["fail_on"], extra))
    return run


def open_in_chromium(html: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            t = time.perf_counter()
            page.goto(html.as_uri(), wait_until="commit")
            page.wait_for_selector("html[data-ready='1']", timeout=120_000)
            interactive = time.perf_counter() - t
            rows = page.locator("#items tbody tr.row").count()
            last = page.evaluate("parseInt(document.getElementById('pages').dataset.pages,10)")
            inline = page.evaluate("document.querySelectorAll('#pages script.page-data').length + 1")
            target = min(last, inline)  # the last page inside report.html
            open_page = None
            if target > 1:
                t = time.perf_counter()
                page.select_option(".sections-pager .page-select >> nth=0", str(target))
                page.wait_for_selector(f"#pages .page[data-page='{target}'] section.item", state="visible")
                open_page = round(time.perf_counter() - t, 2)
            t = time.perf_counter()
            page.fill("#flt-text", "fever")
            page.wait_for_function("document.getElementById('flt-count').textContent.length > 0")
            filter_s = time.perf_counter() - t
            volume_s = None
            if last > inline:  # the next page is in report-pages/volume-002.html
                t = time.perf_counter()
                page.select_option(".sections-pager .page-select >> nth=0", str(inline + 1))
                page.wait_for_url("**/report-pages/volume-*.html*")
                page.wait_for_selector("html[data-ready='1']", timeout=120_000)
                page.wait_for_selector(f"#pages .page[data-page='{inline + 1}'] section.item", state="visible")
                volume_s = round(time.perf_counter() - t, 2)
        finally:
            browser.close()
    return {"interactive_s": round(interactive, 2), "rows_drawn": rows, "pages": last, "pages_inline": inline,
            "open_last_inline_page_s": open_page, "filter_s": round(filter_s, 2),
            "open_page_in_volume_s": volume_s}


def measure(run: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", BUILD, str(run)], check=True, cwd=ROOT, capture_output=True, text=True)
    built = json.loads(out.stdout.strip().splitlines()[-1])
    statuses: dict[str, int] = {}
    with open(run / "results.jsonl", encoding="utf-8") as fh:
        for line in fh:
            s = json.loads(line)["status"]
            statuses[s] = statuses.get(s, 0) + 1
    items = sum(statuses.values())
    pages_dir = run / "report-pages"
    files = sorted(pages_dir.glob("volume-*.html")) if pages_dir.is_dir() else []
    row = {"answers": items, "statuses": statuses, "build_s": round(built["build_s"], 1),
           "build_peak_rss_mb": round(built["peak_rss_mb"]), "report_html_mb": round((run / "report.html").stat().st_size / 1e6, 2),
           "volumes": len(files), "volumes_mb": [round(f.stat().st_size / 1e6, 1) for f in files],
           "report_md_kb": round((run / "report.md").stat().st_size / 1e3, 1),
           "junit_testcases": (run / "junit.xml").read_text(encoding="utf-8").count("<testcase "),
           "results_jsonl_mb": round((run / "results.jsonl").stat().st_size / 1e6, 1)}
    if Path(CHROMIUM).exists():
        row.update(open_in_chromium(run / "report.html"))
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="2000,20000")
    ap.add_argument("--work", default=None, help="folder for the runs (default: a temporary one)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results_report_size.json"))
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.work or tmp)
        work.mkdir(parents=True, exist_ok=True)
        base = scored_base(work, min(sizes))
        rows = [measure(repeated_run(base, work, n)) for n in sizes]
    result = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
              "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "runs": rows}
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
