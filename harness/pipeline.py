"""dataset → generator → scoring → results → report, as the CLI and the pytest plugin drive it."""
from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

from harness import jsonl, registry
from harness.datasets import Corpus, enrich, load_corpus, sha256_file
from harness.errors import InputError, RunIncomplete
from harness.generators.base import Generation, Generator
from harness.results import RESULTS, load_results, summarize, write_summary
from harness.scoring import rubric as rubric_mod
from harness.scoring.engine import score_record
from harness.scoring.rubric import Rubric

RUN_CONFIG = "run.json"


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def provenance(rubric: Rubric, dataset: str | Path | None, answers: str | Path | None) -> dict[str, Any]:
    import hashlib

    return {
        "rubric": {"name": rubric.name, "path": rubric.path,
                   "sha256": hashlib.sha256(rubric.text.encode("utf-8")).hexdigest()},
        "dataset": {"path": str(dataset), "sha256": sha256_file(dataset)} if dataset else None,
        "answers": {"path": str(answers), "sha256": sha256_file(answers)} if answers else None,
    }


def finalize(out_dir: Path, rubric: Rubric, extra: dict[str, Any]) -> dict[str, Any]:
    """Write summary.json and the reports from results.jsonl; return the summary."""
    from harness import report

    items = load_results(out_dir)
    summary = summarize(items, rubric.fail_on, extra)
    write_summary(out_dir, summary)
    report.build(out_dir, items, summary)
    return summary


def with_judge(rubric: Rubric, options: dict[str, Any] | None) -> Rubric:
    """The rubric plus the LLM-judge rules when ``--judge-model`` is given (harness.judge)."""
    if not options or not options.get("judge_model"):
        return rubric
    from harness.judge import attach, config_from_args

    return attach(rubric, config_from_args(options.get("judge_model"), options.get("judge_base_url"),
                                           options.get("judge_api_key_env"), options.get("judge_metrics"),
                                           options.get("judge_cache_dir")))


def score_answers(answers: str | Path, out_dir: str | Path, rubric_path: str | Path,
                  dataset: str | Path | None = None, sources: str | Path | None = None,
                  judge_options: dict[str, Any] | None = None,
                  ) -> dict[str, Any]:
    """``harness score``: score an answers file that was generated elsewhere.

    ``judge_options`` (judge_model, judge_base_url, judge_api_key_env, judge_metrics) adds the
    LLM-judged grounding rules of harness.judge."""
    started = time.perf_counter()
    started_at = _now()
    rubric = with_judge(rubric_mod.load(rubric_path), judge_options)
    records = jsonl.read(answers, schema="answer", unique=("id", "repeat"))
    corpus = load_corpus(dataset, sources) if dataset else None
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results = [score_record(enrich(r, corpus), rubric) for r in records]
    jsonl.write(out / RESULTS, results)
    prompt_versions = sorted({str((r.get("metadata") or {}).get("prompt_version")) for r in records
                              if (r.get("metadata") or {}).get("prompt_version")})
    extra = provenance(rubric, dataset, answers)
    extra["prompt"] = {"version": ",".join(prompt_versions)} if prompt_versions else None
    extra["generator"] = None
    extra["timing"] = {"started_at": started_at, "finished_at": _now(),
                       "seconds": round(time.perf_counter() - started, 3)}
    return finalize(out, rubric, extra)


def make_generator(name: str, options: dict[str, Any]) -> Generator:
    gens = registry.generators()
    if name not in gens:
        raise InputError(f"unknown generator {name!r}; known: {', '.join(sorted(gens))}", field="--generator")
    return gens[name](options)


def _record(question: dict[str, Any], repeat: int, gen: Generation, corpus: Corpus) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": question["id"], "question": question["question"], "answer": gen.answer,
        "contexts": gen.contexts, "metadata": {}, "repeat": repeat,
        "generation": gen.info, "error": gen.error,
    }
    return enrich(rec, corpus)


async def _generate_all(todo: list[tuple[dict[str, Any], int]], generator: Generator, corpus: Corpus,
                        rubric: Rubric, out: Path, concurrency: int) -> None:
    sem = asyncio.Semaphore(max(1, concurrency))
    appender = jsonl.Appender(out / RESULTS)

    async def one(q: dict[str, Any], r: int) -> None:
        async with sem:
            try:
                gen = await generator.generate(q, r)
            except Exception as exc:  # fail closed: a generator bug is an error item, not a lost one
                gen = Generation(None, error=f"generator crashed: {type(exc).__name__}: {exc}")
        appender.append(score_record(_record(q, r, gen, corpus), rubric))

    try:
        await asyncio.gather(*(one(q, r) for q, r in todo))
    finally:
        appender.close()
        await generator.aclose()


def run(dataset: str | Path, generator_name: str, options: dict[str, Any], out_dir: str | Path,
        rubric_path: str | Path, sources: str | Path | None = None, concurrency: int = 8,
        repeats: int = 1, resume: bool = False) -> dict[str, Any]:
    """``harness run``: generate an answer for every question (× repeats), score, report."""
    started = time.perf_counter()
    started_at = _now()
    rubric = with_judge(rubric_mod.load(rubric_path), options)
    corpus = load_corpus(dataset, sources)
    generator = make_generator(generator_name, options)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    done: set[tuple[str, int]] = set()
    if resume and (out / RESULTS).exists():
        done = {(it["id"], int(it.get("repeat", 0))) for it in load_results(out)}
    elif (out / RESULTS).exists():
        (out / RESULTS).unlink()
    config = {"dataset": str(dataset), "generator": generator.describe(), "rubric": str(rubric_path),
              "repeats": repeats, "concurrency": concurrency}
    (out / RUN_CONFIG).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    todo = [(q, r) for q in corpus.questions for r in range(repeats) if (q["id"], r) not in done]
    asyncio.run(_generate_all(todo, generator, corpus, rubric, out, concurrency))
    extra = provenance(rubric, dataset, None)
    extra["generator"] = generator.describe()
    extra["config"] = {"repeats": repeats, "concurrency": concurrency, "resumed": bool(done)}
    extra["timing"] = {"started_at": started_at, "finished_at": _now(),
                       "seconds": round(time.perf_counter() - started, 3)}
    summary = finalize(out, rubric, extra)
    if summary["counts"]["items"] and summary["counts"]["error"] == summary["counts"]["items"]:
        raise RunIncomplete(f"every item errored (first: {load_results(out)[0].get('error')}); see {out / RESULTS}")
    return summary
