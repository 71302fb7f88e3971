"""Agreement per rule (precision of failures, kappa with an interval, n), rules below a set agreement,
inter-rater kappa between two clinicians, and the reports that show them after `harness review import`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness import agreement as ag
from harness.cli import main
from harness.results import load_results
from harness.review import stats_of_run
from html_dom import by_id, classes, find_all, parse, squash, text
from test_report_fixtures import baseline_and_candidate

# Reviewer A overrules quality.length on q001/q004/q007 (calls a pass a failure): low agreement with that rule.
# Reviewer B agrees with the harness everywhere except quality.length on q001 and disclaimer.banner on q002.
A_FLIPS = {("q001", "quality.length"), ("q004", "quality.length"), ("q007", "quality.length"), ("q005", "quality.length")}
B_FLIPS = {("q001", "quality.length"), ("q002", "disclaimer.banner")}
COMMENT = "Dose </blockquote><script>alert('c')</script> is <b class=pwn>wrong</b>"


def review_file(run: Path, reviewer: str, flips: set[tuple[str, str]], comment: str = "") -> dict[str, Any]:
    items = []
    for it in load_results(run):
        checks = [{"rule": c["rule"], "harness_outcome": c["outcome"], "harness_severity": c["severity"],
                   "verdict": "disagree" if (it["id"], c["rule"]) in flips else "agree", "severity": None}
                  for c in it["checks"] if c["outcome"] in ("pass", "fail")]
        items.append({"id": it["id"], "repeat": 0, "harness_status": it["status"],
                      "verdict": "disagree" if any(i == it["id"] for i, _ in flips) else "agree",
                      "severity": None, "comment": comment if it["id"] == "q003" else "", "checks": checks})
    return {"schema_version": 1, "reviewer": reviewer, "created_at": "2026-11-27T10:00:00Z",
            "report": {"kind": "run", "run": str(run)}, "items": items}


def labels(run: Path, flips: set[tuple[str, str]], rule: str) -> tuple[list[str], list[str]]:
    h, c = [], []
    for it in load_results(run):
        out = next(ch["outcome"] for ch in it["checks"] if ch["rule"] == rule)
        h.append(out)
        c.append(({"fail": "pass", "pass": "fail"}[out]) if (it["id"], rule) in flips else out)
    return h, c


@pytest.fixture()
def reviewed(tmp_path: Path) -> tuple[Path, Path, Path]:
    base, run = baseline_and_candidate(tmp_path)
    for name, flips, comment in (("Dr A", A_FLIPS, COMMENT), ("Dr B", B_FLIPS, "")):
        f = tmp_path / f"review-{name}.json"
        f.write_text(json.dumps(review_file(run, name, flips, comment)), encoding="utf-8")
        assert main(["review", "import", str(f), "--run", str(run)]) == 0
    return tmp_path, base, run


def test_kappa_and_precision_match_sklearn(reviewed: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    from sklearn.metrics import cohen_kappa_score

    _, _, run = reviewed
    capsys.readouterr()
    out = run.parent / "stats.json"
    assert main(["review", "stats", "--run", str(run), "--json", str(out)]) == 0
    st = json.loads(out.read_text())
    ql = st["rules"]["quality.length"]
    ha, ca = labels(run, A_FLIPS, "quality.length")
    hb, cb = labels(run, B_FLIPS, "quality.length")
    assert ql["n"] == 16 and ql["items"] == 8 and ql["reviewers"] == 2
    assert ql["kappa"] == pytest.approx(cohen_kappa_score(ha + hb, ca + cb), abs=1e-4)
    a = sum(h == c == "fail" for h, c in zip(ha + hb, ca + cb))
    b = sum(h == "fail" and c == "pass" for h, c in zip(ha + hb, ca + cb))
    assert ql["precision"] == pytest.approx(a / (a + b), abs=1e-4)
    lo, hi = ql["kappa_ci"]
    assert lo <= ql["kappa"] <= hi and hi - lo > 0
    assert ql["below"] is True and st["rules"]["safety.no_dosing"]["below"] is False
    assert st["rules"]["safety.no_dosing"]["kappa"] == 1.0 and st["rules"]["safety.no_dosing"]["precision"] == 1.0
    # inter-rater: the two clinicians' own labels, over the checks both judged
    (pair,) = st["inter_rater"]
    assert pair["reviewers"] == ["Dr A", "Dr B"] and pair["checks"]["n"] == 48
    ra, rb = [], []
    for it in load_results(run):
        for ch in it["checks"]:
            flip = {"fail": "pass", "pass": "fail"}
            ra.append(flip[ch["outcome"]] if (it["id"], ch["rule"]) in A_FLIPS else ch["outcome"])
            rb.append(flip[ch["outcome"]] if (it["id"], ch["rule"]) in B_FLIPS else ch["outcome"])
    assert pair["checks"]["kappa"] == pytest.approx(cohen_kappa_score(ra, rb), abs=1e-4)
    text_out = capsys.readouterr().out
    assert "Inter-rater (Dr A vs Dr B): kappa" in text_out
    assert "! quality.length" in text_out and "Below the agreement threshold (kappa < 0.6): quality.length" in text_out


def test_min_kappa_is_configurable(reviewed: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, _, run = reviewed
    capsys.readouterr()
    assert main(["review", "stats", "--run", str(run), "--min-kappa", "-1"]) == 0
    assert "Below the agreement threshold" not in capsys.readouterr().out
    assert main(["report", str(run), "--min-kappa", "1.01"]) == 0
    root = parse((run / "report.html").read_text(encoding="utf-8"))
    below = {tr.get("data-rule") for tr in by_id(root, "rules").find("tbody") if "rule-below" in classes(tr)}
    assert "safety.no_dosing" in below  # kappa 1.0 < 1.01


def test_run_report_shows_agreement_next_to_each_rule_and_inter_rater(reviewed: tuple[Path, Path, Path]) -> None:
    _, _, run = reviewed
    root = parse((run / "report.html").read_text(encoding="utf-8"))  # rebuilt by `review import`
    st = stats_of_run(run)
    assert st is not None
    table = by_id(root, "rules")
    head = [squash(text(th)) for th in table.find("thead").iter("th")]
    assert head[-3:] == ["clinician n", "precision", "kappa [95% CI]"]
    rows = {tr.get("data-rule"): [squash(text(td)) for td in tr] for tr in table.find("tbody")}
    ql = st["rules"]["quality.length"]
    assert rows["quality.length"][-3] == "16"
    assert rows["quality.length"][-1] == f"{ag.fmt_kappa(ql)} ⚠ below"
    assert rows["safety.no_dosing"][-1].startswith("1.00") and "below" not in rows["safety.no_dosing"][-1]
    assert rows["(item verdict)"][-3] == "16"
    inter = by_id(root, "inter-rater")
    (pair,) = [[squash(text(td)) for td in tr] for tr in inter.find("tbody")]
    assert pair[0] == "Dr A vs Dr B" and pair[1] == "48" and pair[4] == ag.fmt_kappa(st["inter_rater"][0]["checks"])
    assert "Below the agreement threshold (kappa < 0.6): quality.length" in squash(text(by_id(root, "agreement")))
    # next to the failed check of an item, too
    q005 = by_id(root, "item-q005")
    assert any("⚠" in text(td) for td in find_all(q005, "td", "kappa"))
    # the clinicians' comments are shown as text
    q003 = by_id(root, "item-q003")
    quotes = [text(b) for b in q003.iter("blockquote")]
    assert quotes == [COMMENT] and not find_all(root, "b", "pwn")


def test_compare_report_shows_candidate_reviews(reviewed: tuple[Path, Path, Path]) -> None:
    root_dir, base, run = reviewed
    assert main(["compare", str(base), str(run), "--out", str(root_dir / "cmp")]) == 1
    root = parse((root_dir / "cmp" / "compare.html").read_text(encoding="utf-8"))
    rows = {tr.get("data-rule"): [squash(text(td)) for td in tr] for tr in by_id(root, "rules").find("tbody")}
    assert rows["quality.length"][-1].endswith("⚠ below")
    assert squash(text(by_id(root, "inter-rater"))).count("Dr A vs Dr B") == 1


def test_wilson_and_kappa_interval() -> None:
    assert ag.wilson(8, 10) == pytest.approx([0.4902, 0.9433], abs=1e-4)
    assert ag.wilson(0, 0) is None
    tables = [(1, 0, 0, 0), (0, 0, 0, 1)] * 5 + [(0, 1, 0, 0)]
    ci = ag.kappa_interval(tables, seed=3)
    assert ci is not None and ci == ag.kappa_interval(tables, seed=3) and -1 <= ci[0] < ci[1] <= 1
    assert ag.kappa_interval(tables[:1]) is None
    assert ag.kappa_interval([(0, 0, 0, 1)] * 5) is None  # one label only: undefined in every resample


def test_inter_rater_needs_shared_items() -> None:
    rows = [{"reviewer": "a", "run": "r", "id": "q1", "repeat": 0, "rule": "x", "harness": "fail", "clinician": "fail"},
            {"reviewer": "b", "run": "r", "id": "q2", "repeat": 0, "rule": "x", "harness": "fail", "clinician": "pass"},
            {"reviewer": "b", "run": "other", "id": "q1", "repeat": 0, "rule": "x", "harness": "fail", "clinician": "pass"}]
    assert ag.inter_rater(rows) == []  # same id in another run is another answer
