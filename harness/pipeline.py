"""dataset → generator → scoring → results → report, as the CLI and the pytest plugin drive it."""
from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

from harness import atomic, jsonl, registry
from harness.datasets import Corpus, enrich, load_corpus, sha256_file
from harness.errors import InputError, RunIncomplete
from harness.generators.base import Generation, Generator
from harness.results import RESULTS, load_results, summarize, write_summary
from harness.runlock import RunLock, prepare_out, refuse_existing_run
from harness.scoring import rubric as rubric_mod
from harness.scoring.engine import score_record
from harness.scoring.rubric import Rubric

RUN_CONFIG = "run.json"


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def provenance(rubric: Rubric, dataset: str | Path | None, answers: str | Path | None) -> dict[str, Any]:
    import hashlib

    from harness import __version__
    from harness.fingerprint import code_fingerprint

    return {
        "scoring": {"code_sha256": code_fingerprint(), "harness_version": __version__},
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


def with_limits(rubric: Rubric, options: dict[str, Any] | None) -> Rubric:
    """The rubric with ``--max-answer-chars`` / ``--scoring-timeout`` in place of its settings.limits."""
    from dataclasses import replace

    from harness.scoring.limits import with_overrides

    opts = options or {}
    chars, secs = opts.get("max_answer_chars"), opts.get("scoring_timeout")
    if chars is None and secs is None:
        return rubric
    if chars is not None and int(chars) < 1:
        raise InputError("must be at least 1", field="--max-answer-chars")
    if secs is not None and not float(secs) > 0:
        raise InputError("must be more than 0", field="--scoring-timeout")
    return replace(rubric, settings=with_overrides(rubric.settings, chars, secs))


JUDGED_IN_PARALLEL = 4


def score_records(records: list[dict[str, Any]], rubric: Rubric) -> list[dict[str, Any]]:
    """Score records in order. With an LLM judge, JUDGED_IN_PARALLEL items are scored at a time
    (threads): a judged item spends its time waiting for the judge, not computing."""
    if rubric.settings.get("judge") is None or len(records) < 2:
        return [score_record(r, rubric) for r in records]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=JUDGED_IN_PARALLEL, thread_name_prefix="harness-judged") as pool:
        return list(pool.map(lambda r: score_record(r, rubric), records))


def score_answers(answers: str | Path, out_dir: str | Path, rubric_path: str | Path,
                  dataset: str | Path | None = None, sources: str | Path | None = None,
                  judge_options: dict[str, Any] | None = None, overwrite: bool = True,
                  ) -> dict[str, Any]:
    """``harness score``: score an answers file that was generated elsewhere.

    ``judge_options`` (judge_model, judge_base_url, judge_api_key_env, judge_metrics) adds the
    LLM-judged grounding rules of harness.judge. ``overwrite=False`` (the CLI without
    ``--overwrite``) refuses an ``out_dir`` that already holds a run."""
    rubric = with_limits(with_judge(rubric_mod.load(rubric_path), judge_options), judge_options)
    records = jsonl.read(answers, schema="answer", unique=("id", "repeat"))
    corpus = load_corpus(dataset, sources) if dataset else None
    out = prepare_out(out_dir)
    with RunLock(out):
        refuse_existing_run(out, overwrite)
        return _score_into(out, answers, records, rubric, dataset, corpus)


def _score_into(out: Path, answers: str | Path, records: list[dict[str, Any]], rubric: Rubric,
                dataset: str | Path | None, corpus: Corpus | None) -> dict[str, Any]:
    started = time.perf_counter()
    started_at = _now()
    results = score_records([enrich(r, corpus) for r in records], rubric)
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
    from harness.textfiles import clean_text

    rec: dict[str, Any] = {
        "id": question["id"], "question": question["question"],
        "answer": clean_text(gen.answer) if isinstance(gen.answer, str) else gen.answer,
        "contexts": [clean_text(c) if isinstance(c, str) else c for c in gen.contexts], "metadata": {},
        "repeat": repeat, "generation": gen.info, "error": clean_text(gen.error) if gen.error else gen.error,
    }
    return enrich(rec, corpus)


def _with_sources(question: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    """The question record a generator receives: plus ``sources``, its cited passages as dicts."""
    from dataclasses import asdict

    q = dict(question)
    q["sources"] = [asdict(corpus.sources[s]) for s in question.get("source_ids", []) if s in corpus.sources]
    return q


def parse_shard(spec: str | tuple[int, int] | None) -> tuple[int, int] | None:
    """``"2/4"`` → (2, 4): the second of four shards (1-based, like CI matrix indices)."""
    if spec is None or isinstance(spec, tuple):
        return spec
    try:
        i, n = (int(x) for x in str(spec).split("/"))
    except ValueError:
        raise InputError(f"expected I/N (e.g. 2/4), got {spec!r}", field="--shard") from None
    if not (n >= 1 and 1 <= i <= n):
        raise InputError(f"shard {i}/{n}: need 1 <= I <= N", field="--shard")
    return i, n


def shard_questions(questions: list[dict[str, Any]], shard: tuple[int, int] | None) -> list[dict[str, Any]]:
    """Questions of one shard: every N-th question of the dataset, starting at the I-th (all repeats
    of a question stay in the same shard)."""
    if shard is None:
        return questions
    i, n = shard
    return [q for k, q in enumerate(questions) if k % n == i - 1]


def repair_tail(path: Path) -> int:
    """Drop a partial last line (a run killed mid-write); return the bytes dropped."""
    if not path.exists():
        return 0
    data = path.read_bytes()
    if not data or data.endswith(b"\n"):
        return 0
    keep = data.rfind(b"\n") + 1
    with path.open("r+b") as fh:
        fh.truncate(keep)
        fh.flush()
        import os

        os.fsync(fh.fileno())
    return len(data) - keep


class _Live:
    """Progress bar with ETA and live pass/fail/error/retry counts (rich, on stderr)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.counts = {"passed": 0, "failed": 0, "error": 0}
        self.retries = 0
        self.cached = 0
        self._p = None
        if enabled and total:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                       TimeRemainingColumn)

            self._p = Progress(TextColumn("generating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                               TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.fields[stats]}"),
                               console=Console(stderr=True), refresh_per_second=4)
            self._p.start()
            self._task = self._p.add_task("generating", total=total, stats=self._stats())

    def _stats(self) -> str:
        c = self.counts
        return (f"[green]{c['passed']} passed[/] [red]{c['failed']} failed[/] [yellow]{c['error']} error[/]"
                f" · {self.retries} retries · {self.cached} cached")

    def update(self, item: dict[str, Any]) -> None:
        self.counts[item["status"]] += 1
        gen = item.get("generation") or {}
        self.retries += int(gen.get("retries") or 0)
        self.cached += bool(gen.get("cached"))
        if self._p is not None:
            self._p.update(self._task, advance=1, stats=self._stats())

    def close(self) -> None:
        if self._p is not None:
            self._p.stop()
            self._p = None


JUDGE_OPTIONS = ("judge_model", "judge_base_url", "judge_api_key_env", "judge_metrics", "judge_cache_dir")
LIMIT_OPTIONS = ("max_answer_chars", "scoring_timeout")


async def _generate_all(todo: list[tuple[dict[str, Any], int]], generator: Generator, corpus: Corpus,
                        rubric_path: str | Path, options: dict[str, Any], out: Path, concurrency: int,
                        budget: Any = None, live: _Live | None = None) -> dict[str, float]:
    """Generate and score every (question, repeat) with at most ``concurrency`` generations in
    flight; append each scored item (fsync'd) as soon as it is scored. Scoring runs in a worker
    process (harness.scoring.worker): CPU-bound checks then neither hold this event loop's GIL nor
    delay requests, and the two use both cores; a record scored before by the same rubric and code
    comes from the score cache. Items not started when the error budget runs out, or when the run
    is interrupted, are simply not in results.jsonl: ``--resume`` does them (their replies, if any, are in the cache)."""
    from concurrent.futures import ThreadPoolExecutor

    from harness.llm.cache import open_cache
    from harness.scoring.worker import RunScorer

    sem = asyncio.Semaphore(max(1, concurrency))
    appender = jsonl.Appender(out / RESULTS)
    live = live or _Live(0, False)
    warm_up = None
    if todo:  # the first question's passages as its "answer" exercise every check, grounding included
        first = _record(todo[0][0], todo[0][1], Generation(None), corpus)
        warm_up = {**first, "answer": "\n\n".join(first["contexts"]) or first["question"], "error": None}
    judge = {k: str(options[k]) for k in JUDGE_OPTIONS if options.get(k) is not None}
    limits = {k: options[k] for k in LIMIT_OPTIONS if options.get(k) is not None}
    scorer = RunScorer(rubric_path, judge, warm_up, open_cache(options), limits)
    await scorer.start()
    loop = asyncio.get_running_loop()
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="harness-append")  # one writer keeps order
    t0 = time.perf_counter()
    last_generated = [t0]

    async def one(q: dict[str, Any], r: int) -> None:
        async with sem:
            if budget is not None and budget.exhausted:
                return
            try:
                gen = await generator.generate(_with_sources(q, corpus), r)
            except Exception as exc:  # fail closed: a generator bug is an error item, not a lost one
                gen = Generation(None, error=f"generator crashed: {type(exc).__name__}: {exc}")
        last_generated[0] = time.perf_counter()
        if gen.error and budget is not None:
            budget.spend()
        record = _record(q, r, gen, corpus)
        try:
            item = await scorer.score(record)
        except RuntimeError as exc:  # the worker died: fail closed, the item is an error, not lost
            item = {**{k: v for k, v in record.items() if k != "error"}, "status": "error", "checks": [],
                    "scores": {}, "error": f"not scored: {exc}"}
        await loop.run_in_executor(writer, appender.append, item)  # fsync off the event loop
        live.update(item)

    tasks = [asyncio.ensure_future(one(q, r)) for q, r in todo]
    interrupted = False
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        interrupted = True
        raise
    finally:
        for t in tasks:
            t.cancel()
        await scorer.close(interrupted)
        writer.shutdown(wait=True)
        live.close()
        appender.close()
        await generator.aclose()
    return {"generation_seconds": round(last_generated[0] - t0, 3), "seconds": round(time.perf_counter() - t0, 3),
            "score_cache_hits": scorer.hits}


# run-level options kept in run.json so that ``--resume`` continues with the same settings
RUN_OPTIONS = ("cache_dir", "no_cache", "timeout", "max_retries", "backoff", "price", "error_budget",
               "max_answer_chars", "scoring_timeout")


def run(dataset: str | Path, generator_name: str, options: dict[str, Any], out_dir: str | Path,
        rubric_path: str | Path, sources: str | Path | None = None, concurrency: int = 8,
        repeats: int = 1, resume: bool = False, *, shard: str | tuple[int, int] | None = None,
        error_budget: str | int | float | None = None, progress: bool | None = None,
        retry_errors: bool = False, overwrite: bool = True) -> dict[str, Any]:
    """``harness run``: generate an answer for every question (× repeats), score, report.

    ``shard`` ("I/N") runs every N-th question only (merge shards with ``harness merge``);
    ``error_budget`` (items, or a fraction like "10%") stops starting new items once that many
    ended in a generation error; ``resume`` continues a run folder, skipping items already recorded
    (``retry_errors`` first drops its error items so they are generated again). The run folder is
    locked for the whole run (a second writer stops with exit 2); ``overwrite=False`` (the CLI
    without ``--overwrite``) refuses a folder that already holds a run. At the end every
    (question, repeat) must be in results.jsonl exactly once, or the run is incomplete (exit 3).
    """
    from harness.llm.retry import parse_budget

    started = time.perf_counter()
    started_at = _now()
    if repeats < 1:
        raise InputError("must be at least 1", field="--repeats")
    if concurrency < 1:
        raise InputError("must be at least 1", field="--concurrency")
    shard_t = parse_shard(shard)
    budget_limit = parse_budget(error_budget if error_budget is not None else options.get("error_budget"))
    rubric = with_limits(with_judge(rubric_mod.load(rubric_path), options), options)
    corpus = load_corpus(dataset, sources)
    options = dict(options)
    options["concurrency"] = concurrency
    from harness.llm.cache import DEFAULT_DIR

    options["cache_dir"] = str(Path(options.get("cache_dir") or DEFAULT_DIR).resolve())
    out = prepare_out(out_dir)
    with RunLock(out):
        if not resume:
            refuse_existing_run(out, overwrite)
        generator = make_generator(generator_name, options)
        return _run_locked(out, dataset, generator, options, rubric, rubric_path, corpus, sources, concurrency,
                           repeats, resume, shard_t, budget_limit, error_budget, progress, retry_errors,
                           started, started_at)


def _run_locked(out: Path, dataset: str | Path, generator: Generator, options: dict[str, Any], rubric: Rubric,
                rubric_path: str | Path, corpus: Corpus, sources: str | Path | None, concurrency: int,
                repeats: int, resume: bool, shard_t: tuple[int, int] | None, budget_limit: int | float | None,
                error_budget: str | int | float | None, progress: bool | None, retry_errors: bool,
                started: float, started_at: str) -> dict[str, Any]:
    """The body of ``run`` while it holds the run folder's lock."""
    import sys

    from harness.llm.retry import ErrorBudget

    results_path = out / RESULTS
    done: set[tuple[str, int]] = set()
    if resume and results_path.exists():
        dropped = repair_tail(results_path)
        if dropped:
            print(f"harness: dropped a partial last line ({dropped} bytes) of {results_path}", file=sys.stderr)
        old_cfg_path = out / RUN_CONFIG
        if old_cfg_path.exists():
            from harness.textfiles import load_json

            old_cfg = load_json(old_cfg_path, "run configuration")
            old_gen = old_cfg.get("generator") if isinstance(old_cfg, dict) else None
            new_gen = json.loads(json.dumps(generator.describe()))
            if old_gen is not None and old_gen != new_gen:
                changed = sorted(k for k in set(old_gen) | set(new_gen) if old_gen.get(k) != new_gen.get(k))
                raise InputError(f"cannot resume: the generator changed since the run started ({', '.join(changed)}); "
                                 "start a new run folder", path=out)
        items = load_results(out) if results_path.stat().st_size else []
        if retry_errors:
            kept = [it for it in items if not (it["status"] == "error" and not it.get("checks"))]
            if len(kept) != len(items):
                jsonl.write(results_path, kept)
            items = kept
        done = {(it["id"], int(it.get("repeat", 0))) for it in items}
    elif results_path.exists():
        results_path.unlink()
    run_options = {k: options[k] for k in RUN_OPTIONS if options.get(k) is not None}
    if error_budget is not None:
        run_options["error_budget"] = error_budget
    config = {"dataset": str(dataset), "sources": str(sources) if sources else None,
              "generator": generator.describe(), "rubric": str(rubric_path), "repeats": repeats, "concurrency": concurrency,
              "shard": f"{shard_t[0]}/{shard_t[1]}" if shard_t else None, "options": run_options}
    atomic.write_text(out / RUN_CONFIG, json.dumps(config, indent=2) + "\n")
    questions = shard_questions(corpus.questions, shard_t)
    todo = [(q, r) for q in questions for r in range(repeats) if (q["id"], r) not in done]
    budget = ErrorBudget(budget_limit, len(todo))
    live = _Live(len(todo), sys.stderr.isatty() if progress is None else progress)
    try:
        phase = asyncio.run(_generate_all(todo, generator, corpus, rubric_path, options, out, concurrency, budget,
                                          live))
    except KeyboardInterrupt:
        n = results_path.read_bytes().count(b"\n") if results_path.exists() else 0
        print(f"harness: interrupted; {n} items are saved in {results_path}. "
              f"Continue with: harness run --resume {out}", file=sys.stderr)
        raise
    extra = provenance(rubric, dataset, None)
    desc = generator.describe()
    extra["generator"] = desc
    if desc.get("prompt_version"):
        extra["prompt"] = {"version": desc["prompt_version"], "sha256": desc.get("prompt_sha256", "")}
    extra["config"] = {"repeats": repeats, "concurrency": concurrency, "resumed": bool(done),
                       "shard": config["shard"], "error_budget": budget.limit,
                       "cache": None if options.get("no_cache") else options.get("cache_dir"),
                       "score_cache_hits": phase["score_cache_hits"]}
    extra["timing"] = {"started_at": started_at, "finished_at": _now(),
                       "seconds": round(time.perf_counter() - started, 3),
                       "generate_and_score_seconds": phase["seconds"],
                       "generation_seconds": phase["generation_seconds"], "items_this_session": len(todo)}
    summary = finalize(out, rubric, extra)
    if budget.exhausted:
        missing = len(questions) * repeats - summary["counts"]["items"]
        raise RunIncomplete(f"error budget exhausted: {budget.spent} items failed to generate (limit {budget.limit}); "
                            f"{missing} items not attempted. Fix the cause, then: harness run --resume {out} "
                            "--retry-errors")
    if summary["counts"]["items"] and summary["counts"]["error"] == summary["counts"]["items"]:
        raise RunIncomplete(f"every item errored (first: {load_results(out)[0].get('error')}); see {out / RESULTS}")
    check_complete(out, [q["id"] for q in questions], repeats)
    return summary


def check_complete(out: Path, question_ids: list[str], repeats: int) -> None:
    """Every (question, repeat) exactly once in ``out``'s results.jsonl, nothing else: a run that
    lost or gained items must not look finished. Duplicates are already refused by load_results."""
    have = {(it["id"], int(it.get("repeat", 0))) for it in load_results(out)}
    want = {(q, r) for q in question_ids for r in range(repeats)}
    missing = sorted(want - have)
    extra = sorted(have - want)
    if not missing and not extra:
        return

    def show(keys: list[tuple[str, int]]) -> str:
        from harness.escape import terminal

        shown = ", ".join(terminal(q) + (f"#r{r}" if r else "") for q, r in keys[:10])
        return shown + (" …" if len(keys) > 10 else "")

    parts = []
    if missing:
        parts.append(f"{len(missing)} of {len(want)} items missing ({show(missing)}); "
                     f"harness run --resume {out} generates them")
    if extra:
        parts.append(f"{len(extra)} items not in the dataset × repeats ({show(extra)})")
    raise RunIncomplete(f"{out / RESULTS}: " + "; ".join(parts))
