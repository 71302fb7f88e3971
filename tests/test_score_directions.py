"""Every check type's score direction is declared once and is right: on real answers, passing checks
score better than failing ones *in the declared direction*; compare, reports and the pytest plugin
read it (a rising count of contradicted claims is worse, never better)."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from harness import registry
from harness.compare import compare_runs, diff_item
from harness.datasets import enrich, load_corpus
from harness.directions import change, score_directions
from harness.paths import data_root, default_rubric
from harness.pipeline import score_records
from harness.scoring import rubric as rubric_mod
from harness.scoring.model import ItemContext, Rule
from test_report_fixtures import SEED, item, write_run

ROOT = data_root() / "datasets"


@pytest.fixture(scope="module")
def corpus_checks() -> dict[str, list[tuple[str, float | None]]]:
    """(outcome, score) of every check of the recorded v1 and v2 answers, by check type."""
    rubric = rubric_mod.load(default_rubric())
    corpus = load_corpus(ROOT / "questions.jsonl")
    check_of = {r.id: r.check for r in rubric.rules}
    out: dict[str, list[tuple[str, float | None]]] = defaultdict(list)
    for version in ("v1", "v2"):
        records = [json.loads(line) for line in (ROOT / "recorded" / f"{version}.jsonl").read_text().splitlines() if line]
        for it in score_records([enrich(r, corpus) for r in records], rubric):
            for c in it["checks"]:
                assert c["direction"] == registry.check_direction(check_of[c["rule"]])  # recorded in every check
                out[check_of[c["rule"]]].append((c["outcome"], c["score"]))
    return out


def _rule(check: str, params: dict[str, Any] | None = None, category: str = "sections") -> Rule:
    return Rule(f"{category}.x", category, "major", "a rule for the direction test", check, params or {},
                direction=registry.check_direction(check))


def _body_sections() -> list[tuple[str, float | None]]:
    rule = _rule("body_sections", {"min_count": 2})
    flat = "CAR-T cell therapy reprograms immune cells. It is not yet standard for breast cancer."
    settings = rubric_mod.load(default_rubric()).settings
    return [(r.outcome, r.score) for r in (registry.checks()["body_sections"](ItemContext("a", "q", a, settings=settings),
                                                                              rule) for a in (SEED, flat))]


def _length_bounds() -> list[tuple[str, float | None]]:
    rule = _rule("length_bounds", {"min_chars": 100, "max_chars": 400}, "quality")
    return [(r.outcome, r.score) for r in (registry.checks()["length_bounds"](ItemContext("a", "q", "x " * n), rule)
                                           for n in (20, 120, 600))]


def _llm_judge(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, float | None]]:
    from harness.judge import adapters

    cfg = SimpleNamespace(threshold=0.7, model="fake-judge")
    out = []
    for value in (0.9, 0.3):
        monkeypatch.setitem(adapters.ADAPTERS, "fake", lambda *a, v=value: (v, "judge reason"))
        ctx = ItemContext("a", "q", SEED, contexts=["passage"], settings={"judge": cfg})
        r = registry.checks()["llm_judge"](ctx, _rule("llm_judge", {"metric": "fake"}, "grounding"))
        out.append((r.outcome, r.score))
    return out


SYNTHETIC = {"body_sections": _body_sections, "length_bounds": _length_bounds}


@pytest.mark.parametrize("check", sorted(registry.checks()))
def test_declared_direction_puts_passing_scores_on_the_better_side(check: str, corpus_checks, monkeypatch) -> None:
    direction = registry.check_direction(check)
    if check == "llm_judge":
        rows = _llm_judge(monkeypatch)
    else:
        rows = SYNTHETIC[check]() if check in SYNTHETIC else corpus_checks[check]
    scored = [(o, s) for o, s in rows if s is not None and o in ("pass", "fail")]
    if not scored:  # a pass/fail check without a score: nothing to orient
        assert all(s is None for _, s in rows) and direction == "higher"
        return
    passing = [s for o, s in scored if o == "pass"]
    failing = [s for o, s in scored if o == "fail"]
    assert passing and failing, f"{check}: need passing and failing examples"
    if direction == "none":  # failing on both sides of the passing scores: no order is right
        assert min(failing) < min(passing) and max(failing) > max(passing)
        return
    mean_pass, mean_fail = sum(passing) / len(passing), sum(failing) / len(failing)
    assert (mean_pass > mean_fail) if direction == "higher" else (mean_pass < mean_fail), \
        (check, direction, mean_pass, mean_fail)


def test_contradicted_claims_count_is_lower_is_better() -> None:
    assert registry.check_direction("grounding_contradicted") == "lower"
    assert registry.check_direction("reading_level") == "lower"
    assert registry.check_direction("length_bounds") == "none"
    assert change("lower", 0, 2) == "worse" and change("higher", 0, 2) == "better" and change("none", 1, 2) == "changed"


def test_rubric_rule_may_override_the_direction(tmp_path: Path) -> None:
    text = default_rubric().read_text(encoding="utf-8").replace(
        "    check: grounding_unsupported\n", "    check: grounding_unsupported\n    direction: lower\n", 1)
    p = tmp_path / "r.yaml"
    p.write_text(text, encoding="utf-8")
    assert rubric_mod.load(p).rule("grounding.unsupported").direction == "lower"
    assert rubric_mod.load(default_rubric()).rule("grounding.unsupported").direction == "higher"
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("direction: lower", "direction: sideways"), encoding="utf-8")
    from harness.errors import InputError
    with pytest.raises(InputError, match="direction"):
        rubric_mod.load(bad)


def _contradicted(qid: str, n: float, direction: str | None = "lower") -> dict[str, Any]:
    it = item(qid, SEED)
    c = {"rule": "grounding.contradicted", "category": "grounding", "severity": "critical", "passed": n == 0,
         "outcome": "pass" if n == 0 else "fail", "score": n, "evidence": None, "message": f"{n} contradicted",
         "spans": []}
    if direction:
        c["direction"] = direction
    it["checks"].append(c)
    it["scores"]["grounding.contradicted"] = n
    return it


def test_compare_counts_more_contradicted_claims_as_worse(tmp_path: Path) -> None:
    base = [_contradicted(f"q{i:03d}", 0) for i in range(1, 6)]
    cand = [_contradicted(f"q{i:03d}", 2 if i <= 3 else 0) for i in range(1, 6)]
    cmp = compare_runs(write_run(tmp_path / "b", base), write_run(tmp_path / "c", cand))
    st = cmp["scores"]["grounding.contradicted"]
    assert (st["direction"], st["worse"], st["better"], st["assessment"]) == ("lower", 3, 0, "worse")
    ch = next(c for c in diff_item(base[0], cand[0])["checks"] if c["rule"] == "grounding.contradicted")
    assert ch["score_change"] == "worse"
    assert score_directions(cand)["grounding.contradicted"] == "lower"


def test_markdown_and_html_name_the_direction(tmp_path: Path) -> None:
    from harness.cli import main

    base = [_contradicted(f"q{i:03d}", 0) for i in range(1, 6)]
    cand = [_contradicted(f"q{i:03d}", 2 if i <= 3 else 0) for i in range(1, 6)]
    out = tmp_path / "cmp"
    main(["compare", str(write_run(tmp_path / "b", base)), str(write_run(tmp_path / "c", cand)), "--out", str(out)])
    md = (out / "compare.md").read_text()
    assert "| grounding.contradicted | lower is better | 0 | 1.2 | 3 / 0 |" in md
    html = (out / "compare.html").read_text()
    assert "lower is better" in html and "score changes by direction" in html


def test_pytest_plugin_message_reads_the_direction() -> None:
    from harness.pytest_plugin import _fmt_check, _fmt_score

    assert _fmt_score(2.0, "lower", 0.0) == " [score 0 → 2 (lower is better: worse)]"
    assert _fmt_score(0.9, "higher", 0.5) == " [score 0.5 → 0.9 (higher is better: better)]"
    c = _contradicted("q001", 2)["checks"][-1]
    assert "[score 2 (lower is better)]" in _fmt_check(c)
