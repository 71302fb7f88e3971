"""issue 17: the pipeline at scale — streaming summary, scoring on a process pool in input order,
compact results (--details), the compiled validator's errors, 3 shards + merge = one run.

No timings are asserted here: speed and memory are measured by bench/scale.py.
"""
from __future__ import annotations

import json
import shutil
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import pytest

from harness import __version__, cli, jsonl
from harness.errors import InputError
from harness.paths import data_root
from harness.results import SummaryBuilder, _rate, iter_results, load_results, summarize, wilson
from harness.scoring.model import SEVERITY_RANK

DATA = data_root() / "datasets"
RECORDED = DATA / "recorded"


# ------------------------------------------------------------------ oracle: summarize() before issue 17
# The list-based code summary.json was computed with until the pipeline streamed (verbatim but for
# created_at). The streaming SummaryBuilder must produce the same JSON.

def _tally(checks: Iterable[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"checks": 0, "passed": 0, "failed": 0,
                                                          "not_graded": 0, "error": 0})
    for c in checks:
        row = out[c[key]]
        row["checks"] += 1
        row[{"pass": "passed", "fail": "failed"}.get(c.get("outcome", "pass" if c["passed"] else "fail"),
                                                     c.get("outcome"))] += 1
    for row in out.values():
        row["pass_rate"] = _rate(row["passed"], row["passed"] + row["failed"] + row["error"])
    return dict(sorted(out.items()))


def old_summarize(items: list[dict[str, Any]], fail_on: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """summary.json content (schemas/summary.schema.json)."""
    checks = [c for it in items for c in it["checks"]]
    counts = {s: sum(1 for it in items if it["status"] == s) for s in ("passed", "failed", "error")}
    by_rule = _tally(checks, "rule")
    meta = {c["rule"]: (c["category"], c["severity"]) for c in checks}
    for rule, row in by_rule.items():
        row["category"], row["severity"] = meta[rule]
        row["failed_ids"] = sorted({it["id"] for it in items for c in it["checks"]
                                    if c["rule"] == rule and c.get("outcome") == "fail"})
    summary: dict[str, Any] = {
        "harness_version": __version__,
        "created_at": "",
        "counts": {"items": len(items), **counts},
        "pass_rate": _rate(counts["passed"], len(items)),
        "gate": {"fail_on": fail_on, "passed": counts["failed"] == 0 and counts["error"] == 0},
        "by_category": _tally(checks, "category"),
        "by_severity": dict(sorted(_tally(checks, "severity").items(), key=lambda kv: -SEVERITY_RANK[kv[0]])),
        "by_rule": by_rule,
        "failed_ids": sorted(it["id"] for it in items if it["status"] == "failed"),
        "error_ids": sorted(it["id"] for it in items if it["status"] == "error"),
    }
    usage = old_usage_summary(items)
    if usage:
        summary["usage"] = usage
    rep = old_repeats_summary(items)
    if rep:
        summary["repeats"] = rep
    if extra:
        summary.update(extra)
    return summary


def old_repeats_summary(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """With ``--repeats N``: pass rate and 95 % CI per question, and the flaky questions (passed some
    repeats and failed or errored others). None when every question ran once."""
    by_id: dict[str, list[str]] = defaultdict(list)
    for it in items:
        by_id[it["id"]].append(it["status"])
    if not by_id or max(len(v) for v in by_id.values()) < 2:
        return None
    questions: dict[str, Any] = {}
    for qid, statuses in sorted(by_id.items()):
        n, k = len(statuses), statuses.count("passed")
        lo_hi = wilson(k, n)
        questions[qid] = {"n": n, "passed": k, "failed": statuses.count("failed"), "error": statuses.count("error"),
                          "pass_rate": round(k / n, 4), "ci95": list(lo_hi) if lo_hi else None,
                          "flaky": 0 < k < n}
    total = sum(q["n"] for q in questions.values())
    passed = sum(q["passed"] for q in questions.values())
    return {"max_repeats": max(q["n"] for q in questions.values()), "pass_rate": round(passed / total, 4),
            "ci95": list(wilson(passed, total) or ()), "flaky_ids": [q for q, v in questions.items() if v["flaky"]],
            "questions": questions}


def old_usage_summary(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Token usage, requests, retries and estimated cost from the items' ``generation`` records.
    Tokens and cost count calls made for this run folder; cache hits cost nothing and are counted
    apart (``cached_*``). None when no item carries generation details (e.g. ``harness score``)."""
    gens = [it.get("generation") or {} for it in items]
    if not any(("attempts" in g or "usage" in g) for g in gens):
        return None
    out: dict[str, Any] = {"items": len(items), "cache_hits": 0, "requests": 0, "retries": 0,
                           "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0,
                           "cached_total_tokens": 0, "estimated_cost_usd": 0.0, "cost_known": True,
                           "retries_by_kind": {}, "finish_reasons": {}, "errors_by_kind": {}}
    kinds: dict[str, int] = defaultdict(int)
    finish: dict[str, int] = defaultdict(int)
    errors: dict[str, int] = defaultdict(int)
    models: set[str] = set()
    for it, g in zip(items, gens):
        u = g.get("usage") or {}
        if g.get("model"):
            models.add(str(g["model"]))
        if g.get("finish_reason"):
            finish[str(g["finish_reason"])] += 1
        if it["status"] == "error" and it.get("error"):
            errors[str(g.get("error_kind") or "other")] += 1
        if g.get("cached"):
            out["cache_hits"] += 1
            out["cached_total_tokens"] += int(u.get("total_tokens") or 0)
            continue
        out["requests"] += int(g.get("attempts") or 0)
        out["retries"] += int(g.get("retries") or 0)
        for r in g.get("retry_log") or []:
            kinds[str(r.get("kind"))] += 1
        for k in ("prompt_tokens", "completion_tokens", "total_tokens"):
            out[k] += int(u.get(k) or 0)
        if g.get("cost_usd") is None:
            if u:
                out["cost_known"] = False
        else:
            out["estimated_cost_usd"] += float(g["cost_usd"])
    out["estimated_cost_usd"] = round(out["estimated_cost_usd"], 6) if out["cost_known"] else None
    out["retries_by_kind"] = dict(sorted(kinds.items()))
    out["finish_reasons"] = dict(sorted(finish.items()))
    out["errors_by_kind"] = dict(sorted(errors.items()))
    out["models"] = sorted(models)
    return out




# ------------------------------------------------------------------------------------------ helpers
def _score(tmp: Path, name: str, version: str, *extra: str) -> Path:
    out = tmp / name
    rc = cli.main(["score", "--answers", str(RECORDED / f"{version}.jsonl"), "--dataset", str(DATA / "questions.jsonl"),
                   "--out", str(out), *extra])
    assert rc in (0, 1), rc
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """v1 and v2 scored with full details on one worker, v1 on two workers and v1 with the other modes."""
    tmp = tmp_path_factory.mktemp("scale")
    return {"v1_full": _score(tmp, "v1_full", "v1", "--workers", "1", "--details", "full"),
            "v1_full_w2": _score(tmp, "v1_full_w2", "v1", "--workers", "2", "--details", "full"),
            "v1_failed": _score(tmp, "v1_failed", "v1", "--workers", "2"),
            "v1_none": _score(tmp, "v1_none", "v1", "--workers", "2", "--details", "none"),
            "v2_full": _score(tmp, "v2_full", "v2", "--workers", "1", "--details", "full"),
            "v2_failed": _score(tmp, "v2_failed", "v2", "--workers", "2")}


def _without(summary: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in summary.items() if k not in keys}


# ------------------------------------------------------------------------------------------ workers
def test_two_workers_write_the_same_bytes_as_one(runs: dict[str, Path]) -> None:
    one = (runs["v1_full"] / "results.jsonl").read_bytes()
    two = (runs["v1_full_w2"] / "results.jsonl").read_bytes()
    assert one == two and one.count(b"\n") == 84
    assert (runs["v1_full"] / "data.jsonl").read_bytes() == (runs["v1_full_w2"] / "data.jsonl").read_bytes()
    ids = [json.loads(l)["id"] for l in (RECORDED / "v1.jsonl").read_text().splitlines() if l.strip()]
    assert [it["id"] for it in iter_results(runs["v1_full_w2"])] == ids  # answers-file order
    s1, s2 = (json.loads((runs[k] / "summary.json").read_text()) for k in ("v1_full", "v1_full_w2"))
    assert _without(s1, "created_at", "timing") == _without(s2, "created_at", "timing")


def test_workers_below_one_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = cli.main(["score", "--answers", str(RECORDED / "v1.jsonl"), "--out", str(tmp_path / "o"), "--workers", "0"])
    assert rc == 2 and "--workers" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ summary
def _synthetic_items() -> list[dict[str, Any]]:
    """Items exercising repeats, usage (cached, retries, unknown cost), errors and not-graded checks."""
    base = load_results_full_v1()
    out = []
    for k in range(18):
        it = json.loads(json.dumps(base[k % 6]))
        it["repeat"] = k // 6
        if k % 5 == 0:
            it["status"], it["error"], it["checks"] = "error", "boom", []
        gen: dict[str, Any] = {"generator": "openai", "model": f"m{k % 2}", "attempts": 1 + k % 3, "retries": k % 3,
                               "retry_log": [{"kind": "429"}] * (k % 3), "finish_reason": "stop",
                               "usage": {"prompt_tokens": 10 + k, "completion_tokens": 5, "total_tokens": 15 + k},
                               "cost_usd": None if k == 7 else 0.001 * k, "cached": k % 4 == 0,
                               "error_kind": "timeout" if k % 5 == 0 else None}
        it["generation"] = gen
        if it["checks"]:
            it["checks"][0] = {**it["checks"][0], "outcome": "not_graded", "passed": False}
        out.append(it)
    return out


@lru_cache(maxsize=1)
def _scored_v1() -> str:
    from harness.datasets import enrich, load_corpus
    from harness.paths import default_rubric
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.engine import score_record

    rubric = rubric_mod.load(default_rubric())
    corpus = load_corpus(DATA / "questions.jsonl")
    records = jsonl.read(RECORDED / "v1.jsonl", schema="answer")[:6]
    return json.dumps([score_record(enrich(r, corpus), rubric) for r in records])


def load_results_full_v1() -> list[dict[str, Any]]:
    """Six v1 answers scored in full (a fresh copy each call)."""
    return json.loads(_scored_v1())


@pytest.mark.parametrize("which", ["v1_full", "v2_full", "v1_failed", "synthetic"])
def test_streaming_summary_equals_the_list_based_one(runs: dict[str, Path], which: str) -> None:
    items = _synthetic_items() if which == "synthetic" else load_results(runs[which])
    new = summarize(iter(items), "major")  # a generator: one pass
    old = old_summarize(items, "major")
    assert {**new, "created_at": ""} == old
    if which == "synthetic":
        assert new["repeats"]["max_repeats"] == 3 and new["usage"]["cost_known"] is False
        assert new["usage"]["retries_by_kind"] == old_usage_summary(items)["retries_by_kind"] != {}


def test_run_summary_json_equals_the_list_based_summary(runs: dict[str, Path]) -> None:
    """What harness score wrote while scoring (builder fed slim items from the workers)."""
    for name in ("v1_full_w2", "v2_failed"):
        written = json.loads((runs[name] / "summary.json").read_text())
        old = old_summarize(load_results(runs[name]), written["gate"]["fail_on"])
        assert {k: written[k] for k in old if k != "created_at"} == {k: v for k, v in old.items() if k != "created_at"}


def test_builder_memory_does_not_hold_items() -> None:
    b = SummaryBuilder()
    item = load_results_full_v1()[0]
    b.add(item)
    held = json.dumps({"per_id": b.per_id, "ids": b.failed_ids + b.error_ids,
                       "failed": {k: sorted(v) for k, v in b.rule_failed.items()}})
    assert item["answer"][:40] not in held and len(held) < 2000


# ------------------------------------------------------------------------------------------ iter_results
def test_iter_results_is_lazy_and_refuses_duplicates_with_the_line(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    good = load_results_full_v1()[:2]
    lines = [jsonl.dumps(good[0]), jsonl.dumps(good[1]), jsonl.dumps(good[0])]
    (run / "results.jsonl").write_text("\n".join(lines) + "\n")
    it = iter_results(run)
    assert next(it)["id"] == good[0]["id"] and next(it)["id"] == good[1]["id"]  # read before the bad line
    with pytest.raises(InputError) as exc:
        next(it)
    assert "results.jsonl:3:" in str(exc.value) and "duplicate item" in str(exc.value) and "first on line 1" in str(exc.value)


def test_compiled_validator_errors_are_still_readable(tmp_path: Path) -> None:
    """A bad line is caught by the compiled validator and explained by jsonschema: file, line, field."""
    run = tmp_path / "run"
    run.mkdir()
    ok = load_results_full_v1()[0]
    bad = {**ok, "checks": [{**ok["checks"][0], "severity": "catastrophic"}]}
    (run / "results.jsonl").write_text(jsonl.dumps(ok) + "\n" + jsonl.dumps(bad) + "\n")
    with pytest.raises(InputError) as exc:
        list(iter_results(run))
    msg = str(exc.value)
    assert "results.jsonl" in msg and ":2" in msg and "checks.0.severity" in msg and "catastrophic" in msg
    answers = tmp_path / "a.jsonl"
    answers.write_text(json.dumps({"id": "x", "question": "q", "answer": 3}) + "\n")
    with pytest.raises(InputError) as exc:
        jsonl.read(answers, schema="answer")
    assert "a.jsonl:1" in str(exc.value) and "answer" in str(exc.value) and "3 is not of type" in str(exc.value)


def test_valid_lines_do_not_go_through_jsonschema(runs: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from harness import schemas

    def refuse(name: str) -> Any:
        raise AssertionError(f"jsonschema used for a valid {name} line")
    monkeypatch.setattr(schemas, "validator", refuse)
    assert len(load_results(runs["v1_failed"])) == 84


def test_compiled_and_reference_validators_agree_on_broken_records() -> None:
    """The compiled validator is never more lenient than jsonschema on the result schema."""
    from harness import schemas

    ok = load_results_full_v1()[0]
    check = ok["checks"][0]
    broken = [{**ok, "status": "maybe"}, {**ok, "checks": "none"}, {k: v for k, v in ok.items() if k != "question"},
              {**ok, "checks": [{**check, "spans": [[1]]}]}, {**ok, "checks": [{**check, "extra": 1}]},
              {**ok, "repeat": -1}, {**ok, "scores": {"x": "high"}}, {**ok, "checks": [{**check, "outcome": "meh"}]}]
    for rec in broken:
        assert list(schemas.validator("result").iter_errors(rec))
        with pytest.raises(Exception):
            schemas.fast_validator("result")(rec)
    schemas.fast_validator("result")(ok)


# ------------------------------------------------------------------------------------------ --details
def _bytes_per_item(run: Path) -> float:
    """results.jsonl and data.jsonl (harness.packing) together, per item."""
    data = (run / "results.jsonl").read_bytes()
    return (len(data) + (run / "data.jsonl").stat().st_size) / data.count(b"\n")


def test_details_modes_shrink_results_and_keep_what_readers_need(runs: dict[str, Path]) -> None:
    full, failed, none = (_bytes_per_item(runs[k]) for k in ("v1_full", "v1_failed", "v1_none"))
    assert full > failed > none
    by_key = {(it["id"], it.get("repeat", 0)): it for it in load_results(runs["v1_full"])}
    for it in load_results(runs["v1_none"]):
        assert not any("details" in c for c in it["checks"])
    kept_claims = 0
    for it in load_results(runs["v1_failed"]):
        ref = by_key[(it["id"], it.get("repeat", 0))]
        # everything but details is as scored
        assert [{k: v for k, v in c.items() if k != "details"} for c in it["checks"]] == \
               [{k: v for k, v in c.items() if k != "details"} for c in ref["checks"]]
        assert {k: v for k, v in it.items() if k != "checks"} == {k: v for k, v in ref.items() if k != "checks"}
        for c, r in zip(it["checks"], ref["checks"]):
            if c["outcome"] in ("fail", "error") and "details" in r:
                assert "details" in c  # a person reads these
            claims = (c.get("details") or {}).get("claims")
            kept_claims += bool(claims)
            if "claims_in" in (c.get("details") or {}):  # stored once: the same list is on the named check
                owner = next(o for o in it["checks"] if o["rule"] == c["details"]["claims_in"])
                assert owner["details"]["claims"] == r["details"]["claims"]
    assert kept_claims


def test_review_plan_and_junit_are_the_same_on_compact_results(runs: dict[str, Path]) -> None:
    from harness.review_plan import plan

    assert plan(load_results(runs["v1_failed"])) == plan(load_results(runs["v1_full"]))
    assert (runs["v1_failed"] / "junit.xml").read_text() == (runs["v1_full"] / "junit.xml").read_text()
    # the summary does not depend on the details kept
    s_full, s_failed, s_none = (json.loads((runs[k] / "summary.json").read_text())
                                for k in ("v1_full", "v1_failed", "v1_none"))
    keep = ("counts", "by_rule", "by_category", "by_severity", "failed_ids", "error_ids", "gate")
    assert {k: s_full[k] for k in keep} == {k: s_failed[k] for k in keep} == {k: s_none[k] for k in keep}


def test_compare_and_gate_are_the_same_on_compact_results(runs: dict[str, Path], tmp_path: Path) -> None:
    rcs, cmps = [], []
    for base, cand in (("v1_full", "v2_full"), ("v1_none", "v2_failed")):
        out = tmp_path / f"cmp_{base}"
        rcs.append(cli.main(["compare", str(runs[base]), str(runs[cand]), "--out", str(out)]))
        cmp = json.loads((out / "compare.json").read_text())
        cmps.append({k: v for k, v in cmp.items() if k not in ("baseline", "candidate", "provenance")})
    assert rcs[0] == rcs[1] == 1
    assert cmps[0] == cmps[1] and cmps[0]["items"] and cmps[0]["regressions"]


def test_review_roundtrip_on_compact_results(runs: dict[str, Path], tmp_path: Path) -> None:
    run = tmp_path / "run"
    shutil.copytree(runs["v1_failed"], run)
    plan_path = tmp_path / "plan.jsonl"
    assert cli.main(["review", "plan", str(run), "--out", str(plan_path)]) == 0
    rows = [json.loads(l) for l in plan_path.read_text().splitlines()]
    assert cli.main(["review", "plan", str(runs["v1_full"]), "--out", str(tmp_path / "plan_full.jsonl")]) == 0
    full_rows = [json.loads(l) for l in (tmp_path / "plan_full.jsonl").read_text().splitlines()]
    assert rows == full_rows and any("needs_review" in r["reasons"] for r in rows)
    # a clinician's review of the flagged items is imported into the compact run and counted
    by_key = {(it["id"], it.get("repeat", 0)): it for it in load_results(run)}
    reviewed = []
    for r in [r for r in rows if r["failed_rules"]][:5]:
        it = by_key[(r["id"], r["repeat"])]
        reviewed.append({"id": r["id"], "repeat": r["repeat"], "harness_status": it["status"], "verdict": "agree",
                         "severity": None, "comment": "",
                         "checks": [{"rule": c["rule"], "harness_outcome": c["outcome"], "harness_severity": c["severity"],
                                     "verdict": "agree", "severity": c["severity"]}
                                    for c in it["checks"] if c["outcome"] == "fail"]})
    data = {"schema_version": 1, "reviewer": "Dr. Compact", "created_at": "2026-11-28T10:00:00Z",
            "report": {"kind": "run", "run": "v1", "baseline": None, "report_id": "x", "harness_version": __version__},
            "items": reviewed}
    review_file = tmp_path / "review-compact.json"
    review_file.write_text(json.dumps(data))
    assert len(reviewed) == 5 and cli.main(["review", "import", str(review_file), "--run", str(run)]) == 0
    assert cli.main(["review", "stats", "--run", str(run)]) == 0
    assert "Dr. Compact" in (run / "report.html").read_text()


def test_details_and_workers_are_settings_of_the_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "harness.toml"
    cfg.write_text('[score]\ndetails = "none"\nworkers = 1\n')
    assert cli.main(["score", "--config", str(cfg), "--show-config"]) == 0
    shown = capsys.readouterr().out
    assert "details = none" in shown and "workers = 1" in shown
    from harness.settings import score_settings

    s = score_settings({"answers": "a", "out": "o", "details": "none", "workers": 3})
    assert (s.details, s.workers) == ("none", 3)


# ------------------------------------------------------------------------------------------ shards
@pytest.mark.parametrize("shard_by", ["position", "hash"])
def test_three_shards_merged_equal_the_unsharded_run_item_for_item(tmp_path: Path, shard_by: str) -> None:
    questions = tmp_path / "questions.jsonl"
    lines = [l for l in (DATA / "questions.jsonl").read_text().splitlines() if l.strip()][:21]
    questions.write_text("\n".join(lines) + "\n")
    (tmp_path / "sources").symlink_to(DATA / "sources")

    def run(out: Path, *extra: str) -> int:
        return cli.main(["run", "--dataset", str(questions), "--generator", "replay", "--replay",
                         str(RECORDED / "v2.jsonl"), "--out", str(out), "--no-cache", "--no-progress", *extra])

    assert run(tmp_path / "all") in (0, 1)
    for i in (1, 2, 3):
        assert run(tmp_path / f"s{i}", "--shard", f"{i}/3", "--shard-by", shard_by) in (0, 1)
    assert cli.main(["merge", *(str(tmp_path / f"s{i}") for i in (1, 2, 3)), "--out", str(tmp_path / "merged")]) in (0, 1)
    whole = sorted(load_results(tmp_path / "all"), key=lambda it: it["id"])
    merged = load_results(tmp_path / "merged")
    assert [it["id"] for it in merged] == [json.loads(l)["id"] for l in lines]  # dataset order
    assert sorted(merged, key=lambda it: it["id"]) == whole and len(whole) == 21
    s_all, s_merged = (json.loads((tmp_path / d / "summary.json").read_text()) for d in ("all", "merged"))
    keep = ("counts", "by_rule", "by_category", "failed_ids", "error_ids", "gate", "pass_rate")
    assert {k: s_all[k] for k in keep} == {k: s_merged[k] for k in keep}
    assert s_merged["config"]["merge"]["complete"] is True


def test_hash_shards_partition_the_dataset_and_survive_insertions() -> None:
    from harness.pipeline import shard_questions

    qs = [{"id": f"q{k:04d}"} for k in range(300)]
    parts = [shard_questions(qs, (i, 3), "hash") for i in (1, 2, 3)]
    ids = [q["id"] for p in parts for q in p]
    assert sorted(ids) == [q["id"] for q in qs] and all(60 < len(p) < 140 for p in parts)
    grown = qs[:150] + [{"id": "new-question"}] + qs[150:]
    for i, part in enumerate(parts, start=1):  # every old question stays in its shard
        assert [q for q in shard_questions(grown, (i, 3), "hash") if q["id"] != "new-question"] == part
    # by position, the questions after the insertion change shards
    assert shard_questions(grown, (1, 3))[60:] != shard_questions(qs, (1, 3))[60:]
    with pytest.raises(InputError):
        shard_questions(qs, (1, 3), "random")
