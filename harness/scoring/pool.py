"""Scoring a stream of records on every core, results in input order (``harness score --workers N``).

Scoring is CPU-bound Python, so threads would share one core: a process pool does the work
(concurrent.futures.ProcessPoolExecutor). Each worker loads the rubric once, in its initializer, and
pays grounding's start-up (indexes, word statistics) on its first item, not per item. Records go
to the workers in chunks, and at most a few chunks per worker are in flight: the input is read as
fast as it is scored, never all at once. Futures are collected in submission order, so the output
is in input order and byte for byte the same whatever the number of workers.

A worker returns, per record, the results line already serialised (harness.jsonl.dumps) and the
slim form of the item that the summary needs (harness.results.slim): the parent only writes lines
and counts.
"""
from __future__ import annotations

import json
import os
from collections import deque
from dataclasses import dataclass
import itertools
from pathlib import Path
from typing import Any, Iterable, Iterator

from harness.settings import JudgeSettings, Limits

CHUNK = 16        # records per task: amortises pickling and scheduling, keeps the order buffer small
IN_FLIGHT = 3     # chunks queued per worker: enough to keep every core busy, bounded memory


@dataclass(frozen=True)
class ScoringSpec:
    """What a worker needs to rebuild the rubric on its own (a rubric holds compiled regexes and
    models, so it is loaded in each worker rather than pickled)."""

    rubric_path: Path
    judge: JudgeSettings = JudgeSettings()
    limits: Limits = Limits()
    details: str = "failed"

    def rubric(self) -> Any:
        from harness.pipeline import with_judge, with_limits
        from harness.scoring import rubric as rubric_mod

        return with_limits(with_judge(rubric_mod.load(self.rubric_path), self.judge), self.limits)


def default_workers() -> int:
    """The cores this process may use (``os.sched_getaffinity`` where it exists, else cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


_state: dict[str, Any] = {}  # per worker process: the rubric and the details mode


@dataclass(frozen=True)
class ReportPrep:
    """Ask the workers to do the item-level part of report.html too (harness.report.run_page.prepare,
    with the run's clinicians' agreement), and to return the whole item for the other reports."""

    agreement: Any = None


_VIEW_CHECK = ("rule", "category", "severity", "passed", "outcome", "evidence", "message")


def report_view(item: dict[str, Any]) -> dict[str, Any]:
    """What the main process's reports and summary read of an item whose section a worker rendered
    (harness.report.Feed: junit.xml, report.md, citations, the page's counters; SummaryBuilder)."""
    meta = item.get("metadata") or {}
    view: dict[str, Any] = {k: item[k] for k in ("id", "repeat", "status", "error", "generation") if k in item}
    view["metadata"] = {k: meta[k] for k in ("cancer_type", "source_ids") if k in meta}
    view["scores"] = {"pass_fraction": (item.get("scores") or {}).get("pass_fraction")}
    view["checks"] = [{k: c.get(k) for k in _VIEW_CHECK} for c in item["checks"]]
    return view


def _init(spec: ScoringSpec, rubric: Any = None, report: ReportPrep | None = None) -> None:
    _state.pop("sent", None)  # record lines this process sent: none yet (a forked worker starts afresh)
    _state["report"] = report
    if rubric is None and _state.get("spec") == spec:
        return  # forked from a parent that already loaded and warmed this rubric
    _state.update(spec=spec, rubric=rubric if rubric is not None else spec.rubric(), details=spec.details, rules=None)


Scored = tuple[str, dict[str, Any], "str | None", "str | None", "str | None", "dict[str, Any] | None"]


def _score_chunk(records: list[dict[str, Any]]) -> list[Scored]:
    """Per record: the results line, the slim item (the whole item when the reports are prepared
    here), (packed items, harness.packing) the record key, the record's data.jsonl line (None when
    this worker sent it before: each worker sends a key's line once, the parent writes it once) and
    the item's notes line; and with ReportPrep, the item's prepared report part."""
    from harness import packing
    from harness.details import compact
    from harness.jsonl import dumps, dumps_redacted
    from harness.pipeline import score_records
    from harness.results import slim

    rules = _state.get("rules")
    if rules is None:
        rules = _state["rules"] = packing.rule_table(_state["rubric"])
    sent: set[str] = _state.setdefault("sent", set())
    report: ReportPrep | None = _state.get("report")
    out: list[Scored] = []
    for item in score_records(records, _state["rubric"]):  # LLM-judged items on threads
        item = compact(item, _state["details"])
        packed = packing.pack(item, rules)
        if packed is None:
            line, masked = dumps_redacted(item)
            key = record_line = notes_line = None
        else:
            lean, (key, record), notes = packed
            line, masked = dumps_redacted(lean)
            record_line, m2 = dumps_redacted(record)
            notes_line, m3 = dumps_redacted(notes) if notes is not None else (None, False)
            masked = masked or m2 or m3
            if key in sent:
                record_line = None
            sent.add(key)
        prepared = None
        if report is not None:
            from harness.report.run_page import prepare

            if masked:  # the reports show what the run folder holds: secrets masked
                item = json.loads(dumps(item))
            prepared = prepare(item, report.agreement)
            if "shown" in prepared:  # rendered here: the parent's reports need only this much of it
                item = report_view(item)
        out.append((line, item if report is not None else slim(item), key, record_line, notes_line, prepared))
    return out


def _chunks(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(records)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def score_stream(records: Iterable[dict[str, Any]], spec: ScoringSpec, workers: int = 1,
                 rubric: Any = None, report: ReportPrep | None = None) -> Iterator[Scored]:
    """(results line, slim item, record key, record line, notes line) per record (_score_chunk), in
    input order. ``workers`` 1 scores in this process
    (with ``rubric`` if given, already loaded); more start a process pool that is shut down when the
    stream ends or is abandoned."""
    if workers <= 1:
        _init(spec, rubric, report)
        for chunk in _chunks(records, CHUNK):
            yield from _score_chunk(chunk)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    chunks = _chunks(records, CHUNK)
    ctx = multiprocessing.get_context()
    if ctx.get_start_method() == "fork":
        # Load and warm the rubric here, once: the first answer scored pays grounding's start-up
        # (models, indexes, word statistics; about 2 s), and forked workers inherit it all.
        from harness.scoring.engine import score_record

        _init(spec, rubric, report)
        first = next(chunks, [])
        if first:
            score_record(first[0], _state["rubric"])
        chunks = itertools.chain([first] if first else [], chunks)
    pending: deque[Future[list[Scored]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init, initargs=(spec, None, report)) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(_score_chunk, chunk))
                if len(pending) >= workers * IN_FLIGHT:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for fut in pending:
                fut.cancel()
