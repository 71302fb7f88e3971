"""dataset → generator → scoring → results → report, as the CLI and the pytest plugin drive it."""
from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from harness import atomic, jsonl, registry
from harness.datasets import Corpus, enrich, load_corpus, sha256_file
from harness.errors import InputError, RunIncomplete
from harness.generators.base import Generation, Generator
from harness.packing import DATA, repack
from harness.results import RESULTS, SummaryBuilder, iter_results, write_summary
from harness.runlock import RunLock, prepare_out, refuse_existing_run
from harness.scoring import rubric as rubric_mod
from harness.scoring.engine import score_record
from harness.scoring.rubric import Rubric
from harness.settings import JudgeSettings, Limits, RunSettings, ScoreSettings

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


def finalize(out_dir: Path, rubric: Rubric, extra: dict[str, Any],
             built: SummaryBuilder | None = None, feed: Any = None) -> dict[str, Any]:
    """Write summary.json and the reports from results.jsonl; return the summary. ``built`` is the
    summary builder already fed every item while they were scored; without it results.jsonl is
    summarised in one streaming pass. ``feed`` (harness.report.Feed) holds the reports already fed
    every item; without it the reports read results.jsonl once more, streaming."""
    from harness import report

    if feed is not None:
        assert built is not None
        summary = built.summary(rubric.fail_on, extra)
        write_summary(out_dir, summary)
        feed.finish(summary)
        return summary
    if built is None:
        built = SummaryBuilder()
        for it in iter_results(out_dir):
            built.add(it)
    summary = built.summary(rubric.fail_on, extra)
    write_summary(out_dir, summary)
    report.build(out_dir, iter_results(out_dir), summary)
    return summary


def with_judge(rubric: Rubric, judge: JudgeSettings | None) -> Rubric:
    """The rubric plus the LLM-judge rules when ``--judge-model`` is given (harness.judge)."""
    if judge is None:
        return rubric
    from harness.judge import attach, config_from_args

    return attach(rubric, config_from_args(judge.model, judge.base_url, judge.api_key_env, judge.metrics,
                                           judge.cache_dir))


def with_limits(rubric: Rubric, limits: Limits | None) -> Rubric:
    """The rubric with ``--max-answer-chars`` / ``--scoring-timeout`` in place of its settings.limits."""
    from dataclasses import replace

    from harness.scoring.limits import with_overrides

    chars, secs = (limits.max_answer_chars, limits.scoring_timeout) if limits else (None, None)
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


def score_answers(settings: ScoreSettings) -> dict[str, Any]:
    """``harness score``: score an answers file that was generated elsewhere.

    ``settings.judge`` adds the LLM-judged grounding rules of harness.judge; without
    ``settings.overwrite`` an ``out`` folder that already holds a run is refused. Answers files
    exported by ragas or deepeval are read as they are (harness.importers.answers). The answers are
    read, scored (on ``settings.workers`` processes), written and summarised as a stream: memory
    does not grow with the number of answers."""
    from harness.details import check_mode
    from harness.importers.answers import iter_answers

    require_extras(settings.judge)
    if settings.workers is not None and settings.workers < 1:
        raise InputError("must be at least 1", field="--workers")
    check_mode(settings.details)
    rubric = with_limits(with_judge(rubric_mod.load(settings.rubric_path), settings.judge), settings.limits)
    records = iter_answers(settings.answers)  # the first record is read (and checked) now
    corpus = load_corpus(settings.dataset, settings.sources) if settings.dataset else None
    out = prepare_out(settings.out)
    with RunLock(out):
        refuse_existing_run(out, settings.overwrite)
        return _score_into(out, settings, records, rubric, corpus)


def warn_overlap(ids: Iterable[str], corpus: Corpus) -> None:
    """Tell the user on stderr when answers do not join their questions (harness.datasets.overlap_warning)."""
    import sys

    from harness.datasets import overlap_warning

    msg = overlap_warning(ids, corpus)
    if msg:
        print(f"harness: warning: {msg}", file=sys.stderr)


def require_extras(judge: JudgeSettings | None) -> None:
    """Fail up front (exit 2) when a judge metric needs an optional library that is not installed."""
    if judge is None or not judge.enabled:
        return
    from harness.extras import require
    from harness.judge import parse_metrics

    for metric in parse_metrics(judge.metrics):
        lib = metric.split(".")[0]
        if lib in ("ragas", "deepeval"):
            require(lib, "llm", f"--judge-metrics {metric}")


def _score_into(out: Path, settings: ScoreSettings, records: Iterable[dict[str, Any]], rubric: Rubric,
                corpus: Corpus | None) -> dict[str, Any]:
    from harness.scoring.pool import ScoringSpec, default_workers, score_stream

    started = time.perf_counter()
    started_at = _now()
    ids: dict[str, None] = {}
    prompt_versions: set[str] = set()

    def joined() -> Iterator[dict[str, Any]]:
        for r in records:
            ids[str(r.get("id"))] = None
            pv = (r.get("metadata") or {}).get("prompt_version")
            if pv:
                prompt_versions.add(str(pv))
            yield enrich(r, corpus)

    # an LLM judge waits on the network, not the CPU: its items are scored on threads in-process
    workers = 1 if settings.judge.enabled else (settings.workers or default_workers())
    spec = ScoringSpec(settings.rubric_path, settings.judge, settings.limits, settings.details)
    built = SummaryBuilder()

    from harness import report
    from harness.packing import PackedWriter, rule_table
    from harness.scoring.pool import ReportPrep

    feed = report.Feed(out)  # the reports are fed as items are scored; the workers render the sections
    try:
        with PackedWriter(out, rule_table(rubric)) as writer:
            for line, item, key, record_line, notes_line, prepared in score_stream(
                    joined(), spec, workers, rubric, ReportPrep(feed.agreement)):
                built.add(item)
                feed.add(item, prepared)
                writer.add_packed(line, key, record_line, notes_line)
    except BaseException:
        feed.close()
        raise
    if corpus is not None:
        warn_overlap(ids, corpus)
    extra = provenance(rubric, settings.dataset, settings.answers)
    extra["prompt"] = {"version": ",".join(sorted(prompt_versions))} if prompt_versions else None
    extra["generator"] = None
    extra["timing"] = {"started_at": started_at, "finished_at": _now(),
                       "seconds": round(time.perf_counter() - started, 3)}
    return finalize(out, rubric, extra, built, feed)


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


SHARD_BY = ("position", "hash")


def shard_questions(questions: list[dict[str, Any]], shard: tuple[int, int] | None,
                    by: str = "position") -> list[dict[str, Any]]:
    """Questions of one shard (all repeats of a question stay in the same shard). ``position``:
    every N-th question of the dataset, starting at the I-th. ``hash``: the questions whose id's
    SHA-256 is I-1 modulo N — a question keeps its shard when others are added to or removed from
    the dataset, so each shard's response cache stays valid as a corpus grows."""
    if shard is None:
        return questions
    i, n = shard
    if by == "hash":
        import hashlib

        return [q for q in questions
                if int.from_bytes(hashlib.sha256(str(q["id"]).encode("utf-8")).digest()[:8], "big") % n == i - 1]
    if by != "position":
        raise InputError(f"expected one of {', '.join(SHARD_BY)}, got {by!r}", field="--shard-by")
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
    """Progress bar with ETA and live pass/fail/error/retry counts (rich, on stderr). Fits in 80
    columns: a fixed-width bar and short labels, so the counts are never cut off."""

    BAR_WIDTH = 8

    def __init__(self, total: int, enabled: bool, console: Any = None) -> None:
        self.counts = {"passed": 0, "failed": 0, "error": 0}
        self.retries = 0
        self.cached = 0
        self._p = None
        if enabled and total:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._p = Progress(BarColumn(bar_width=self.BAR_WIDTH), MofNCompleteColumn(), TextColumn("eta"),
                               TimeRemainingColumn(compact=True), TextColumn("{task.fields[stats]}"),
                               console=console or Console(stderr=True), refresh_per_second=4, expand=False)
            self._p.start()
            self._task = self._p.add_task("generating", total=total, stats=self._stats())

    def _stats(self) -> str:
        c = self.counts
        return (f"[green]{c['passed']} ok[/] [red]{c['failed']} fail[/] [yellow]{c['error']} err[/]"
                f" {self.retries} retry {self.cached} cache")

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


async def _generate_all(todo: list[tuple[dict[str, Any], int]], generator: Generator, corpus: Corpus,
                        settings: RunSettings, out: Path, budget: Any = None,
                        live: _Live | None = None) -> dict[str, float]:
    """Generate and score every (question, repeat) with at most ``settings.concurrency`` generations
    in flight; append each scored item (fsync'd) as soon as it is scored. Scoring runs in a worker
    process (harness.scoring.worker): CPU-bound checks then neither hold this event loop's GIL nor
    delay requests, and the two use both cores; a record scored before by the same rubric and code
    comes from the score cache. Items not started when the error budget runs out, or when the run
    is interrupted, are simply not in results.jsonl: ``--resume`` does them (their replies, if any, are in the cache)."""
    from concurrent.futures import ThreadPoolExecutor

    from harness.details import compact
    from harness.llm.cache import open_cache
    from harness.scoring.worker import RunScorer

    sem = asyncio.Semaphore(max(1, settings.concurrency))
    appender = jsonl.Appender(out / RESULTS)
    live = live or _Live(0, False)
    warm_up = None
    if todo:  # the first question's passages as its "answer" exercise every check, grounding included
        first = _record(todo[0][0], todo[0][1], Generation(None), corpus)
        warm_up = {**first, "answer": "\n\n".join(first["contexts"]) or first["question"], "error": None}
    scorer = RunScorer(settings.rubric_path, settings.judge.as_options(), warm_up,
                       open_cache(settings.generator.options()), settings.limits.as_options())
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
        item = compact(item, settings.details)
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
               "max_answer_chars", "scoring_timeout", "details", "shard_by")


def run(settings: RunSettings, resume: bool = False) -> dict[str, Any]:
    """``harness run``: generate an answer for every question (× repeats), score, report.

    ``settings.shard`` ("I/N") runs every N-th question only (merge shards with ``harness merge``);
    ``settings.error_budget`` (items, or a fraction like "10%") stops starting new items once that
    many ended in a generation error; ``resume`` continues the run folder ``settings.out``, skipping
    items already recorded (``settings.retry_errors`` first drops its error items so they are
    generated again). The run folder is locked for the whole run (a second writer stops with exit
    2); without ``settings.overwrite`` a folder that already holds a run is refused. At the end every
    (question, repeat) must be in results.jsonl exactly once, or the run is incomplete (exit 3).
    """
    from dataclasses import replace

    from harness.llm.cache import DEFAULT_DIR
    from harness.llm.retry import parse_budget

    started = time.perf_counter()
    started_at = _now()
    if settings.repeats < 1:
        raise InputError("must be at least 1", field="--repeats")
    if settings.concurrency < 1:
        raise InputError("must be at least 1", field="--concurrency")
    from harness.details import check_mode

    check_mode(settings.details)
    shard_t = parse_shard(settings.shard)
    budget_limit = parse_budget(settings.error_budget)
    require_extras(settings.judge)
    rubric = with_limits(with_judge(rubric_mod.load(settings.rubric_path), settings.judge), settings.limits)
    corpus = load_corpus(settings.dataset, settings.sources)
    settings = replace(settings, generator=replace(
        settings.generator, cache_dir=Path(settings.generator.cache_dir or DEFAULT_DIR).resolve()))
    out = prepare_out(settings.out)
    with RunLock(out):
        if not resume:
            refuse_existing_run(out, settings.overwrite)
        if not settings.generator.name:
            raise InputError("no generator given", field="--generator")
        generator = make_generator(settings.generator.name,
                                   {**settings.generator.options(), "concurrency": settings.concurrency})
        return _run_locked(out, generator, settings, rubric, corpus, resume, shard_t, budget_limit, started,
                           started_at)


def _run_locked(out: Path, generator: Generator, settings: RunSettings, rubric: Rubric, corpus: Corpus,
                resume: bool, shard_t: tuple[int, int] | None, budget_limit: int | float | None,
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
        if results_path.stat().st_size:
            done = _done_items(out, settings.retry_errors)
    elif results_path.exists():
        results_path.unlink()
    if not resume and (out / DATA).exists():
        (out / DATA).unlink()  # an earlier run's packed data (harness.packing)
    options = {**settings.generator.options(), **settings.limits.as_options(), "error_budget": settings.error_budget,
               "details": settings.details, "shard_by": settings.shard_by if shard_t else None}
    run_options = {k: (str(options[k]) if isinstance(options[k], Path) else options[k])
                   for k in RUN_OPTIONS if options.get(k) is not None}
    config = {"dataset": str(settings.dataset), "sources": str(settings.sources) if settings.sources else None,
              "generator": generator.describe(), "rubric": str(settings.rubric_path), "repeats": settings.repeats,
              "concurrency": settings.concurrency, "shard": f"{shard_t[0]}/{shard_t[1]}" if shard_t else None,
              "options": run_options}
    atomic.write_text(out / RUN_CONFIG, json.dumps(config, indent=2) + "\n")
    questions = shard_questions(corpus.questions, shard_t, settings.shard_by)
    todo = [(q, r) for q in questions for r in range(settings.repeats) if (q["id"], r) not in done]
    budget = ErrorBudget(budget_limit, len(todo))
    live = _Live(len(todo), sys.stderr.isatty() if settings.progress is None else settings.progress)
    try:
        phase = asyncio.run(_generate_all(todo, generator, corpus, settings, out, budget, live))
    except KeyboardInterrupt:
        n = results_path.read_bytes().count(b"\n") if results_path.exists() else 0
        print(f"harness: interrupted; {n} items are saved in {results_path}. "
              f"Continue with: harness run --resume {out}", file=sys.stderr)
        raise
    extra = provenance(rubric, settings.dataset, None)
    desc = generator.describe()
    extra["generator"] = desc
    if desc.get("prompt_version"):
        extra["prompt"] = {"version": desc["prompt_version"], "sha256": desc.get("prompt_sha256", "")}
    gen = settings.generator
    extra["config"] = {"repeats": settings.repeats, "concurrency": settings.concurrency, "resumed": bool(done),
                       "shard": config["shard"], "error_budget": budget.limit,
                       "cache": None if gen.no_cache else str(gen.cache_dir),
                       "score_cache_hits": phase["score_cache_hits"]}
    extra["timing"] = {"started_at": started_at, "finished_at": _now(),
                       "seconds": round(time.perf_counter() - started, 3),
                       "generate_and_score_seconds": phase["seconds"],
                       "generation_seconds": phase["generation_seconds"], "items_this_session": len(todo)}
    if results_path.exists():
        repack(out)  # appended whole, item by item; stored packed (harness.packing)
    summary = finalize(out, rubric, extra)
    if budget.exhausted:
        missing = len(questions) * settings.repeats - summary["counts"]["items"]
        raise RunIncomplete(f"error budget exhausted: {budget.spent} items failed to generate (limit {budget.limit}); "
                            f"{missing} items not attempted. Fix the cause, then: harness run --resume {out} "
                            "--retry-errors")
    if summary["counts"]["items"] and summary["counts"]["error"] == summary["counts"]["items"]:
        raise RunIncomplete(f"every item errored (first: {next(iter_results(out)).get('error')}); see {out / RESULTS}")
    check_complete(out, [q["id"] for q in questions], settings.repeats)
    return summary


def _unscored_error(it: dict[str, Any]) -> bool:
    """An item whose generation failed (error, no checks): ``--retry-errors`` generates it again."""
    return it["status"] == "error" and not it.get("checks")


def _done_items(out: Path, retry_errors: bool) -> set[tuple[str, int]]:
    """(id, repeat) already in ``out``'s results.jsonl, read as a stream; with ``retry_errors`` the
    items whose generation failed are first dropped from the file (rewritten as a stream)."""
    def key(it: dict[str, Any]) -> tuple[str, int]:
        return it["id"], int(it.get("repeat", 0))

    if not (retry_errors and any(_unscored_error(it) for it in iter_results(out))):
        return {key(it) for it in iter_results(out)}
    done: set[tuple[str, int]] = set()

    def kept() -> Iterator[dict[str, Any]]:
        for it in iter_results(out):
            if not _unscored_error(it):
                done.add(key(it))
                yield it
    from harness.packing import write_items

    write_items(out, kept())  # may leave it empty: every item is generated again
    return done


def check_complete(out: Path, question_ids: list[str], repeats: int) -> None:
    """Every (question, repeat) exactly once in ``out``'s results.jsonl, nothing else: a run that
    lost or gained items must not look finished. Duplicates are already refused by iter_results."""
    have = {(it["id"], int(it.get("repeat", 0))) for it in iter_results(out)}
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
