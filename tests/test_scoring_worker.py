"""Scoring in the worker process: same results as in-process, score cache, fail closed when it dies."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from harness.cli import main
from harness.datasets import enrich, load_corpus
from harness.paths import default_rubric
from harness.scoring import rubric as rubric_mod
from harness.scoring.engine import score_record
from harness.scoring.worker import RunScorer, ScoringWorker


def _records(repo: Path, n: int = 5) -> list[dict]:
    corpus = load_corpus(repo / "datasets" / "questions.jsonl")
    lines = (repo / "datasets" / "recorded" / "v2.jsonl").read_text().splitlines()[:n]
    return [enrich(json.loads(line), corpus) for line in lines]


def test_worker_scores_like_the_engine(repo: Path) -> None:
    records = _records(repo)

    async def go() -> list[dict]:
        w = ScoringWorker()
        await w.start(default_rubric(), {}, records[0])
        try:
            return list(await asyncio.gather(*(w.score(r) for r in records)))
        finally:
            await w.close()

    rub = rubric_mod.load(default_rubric())
    assert asyncio.run(go()) == [json.loads(json.dumps(score_record(r, rub))) for r in records]


def test_dead_worker_fails_closed(repo: Path, tmp_path: Path) -> None:
    async def go() -> None:
        w = ScoringWorker()
        await w.start(tmp_path / "no-such-rubric.yaml", {}, None)
        try:
            await w.score(_records(repo, 1)[0])
        finally:
            await w.close()

    with pytest.raises(RuntimeError, match="scoring worker"):
        asyncio.run(go())


def test_run_items_are_errors_when_the_worker_dies(repo: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    async def broken_start(self: RunScorer) -> None:
        await self._worker.start(tmp_path / "missing.yaml", {}, None)

    monkeypatch.setattr(RunScorer, "start", broken_start)
    code = main(["run", "--dataset", str(repo / "datasets" / "questions.jsonl"), "--generator", "replay",
                 "--replay", str(repo / "datasets" / "recorded" / "v1.jsonl"), "--out", str(tmp_path / "run"),
                 "--cache-dir", str(tmp_path / "cache")])
    assert code == 3
    from harness.results import load_results

    items = load_results(tmp_path / "run")
    assert len(items) == 84 and all(i["status"] == "error" and "not scored" in i["error"] for i in items)


def test_identical_rerun_comes_from_the_score_cache(repo: Path, tmp_path: Path) -> None:
    args = ["run", "--dataset", str(repo / "datasets" / "questions.jsonl"), "--generator", "replay",
            "--replay", str(repo / "datasets" / "recorded" / "v2.jsonl"), "--cache-dir", str(tmp_path / "cache")]
    main(args + ["--out", str(tmp_path / "a")])
    main(args + ["--out", str(tmp_path / "b")])
    summaries = [json.loads((tmp_path / d / "summary.json").read_text()) for d in "ab"]
    assert summaries[0]["config"]["score_cache_hits"] == 0
    assert summaries[1]["config"]["score_cache_hits"] == 84

    def strip(d: str) -> dict:
        from harness.results import load_results

        rows = load_results(tmp_path / d)
        return {r["id"]: {k: v for k, v in r.items() if k != "generation"} for r in rows}

    assert strip("a") == strip("b")
    main(args + ["--out", str(tmp_path / "c"), "--no-cache"])
    assert json.loads((tmp_path / "c" / "summary.json").read_text())["config"]["score_cache_hits"] == 0
