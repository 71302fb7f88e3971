"""A harness run as a ragas ``EvaluationDataset``, so ragas metrics run on the same answers.

    from harness.integrations.ragas_dataset import to_evaluation_dataset, ragas_llm, faithfulness
    ds = to_evaluation_dataset("reports/demo/v2")          # offline: no judge needed
    to_jsonl("reports/demo/v2", "v2.ragas.jsonl")          # and back: harness score --answers v2.ragas.jsonl
    llm = ragas_llm("gpt-4.1-mini")                        # only when a judge is configured
    scores = faithfulness("reports/demo/v2", llm)          # {id: {"value": ..., "reason": ...}}

Each item becomes a ``SingleTurnSample(user_input=question, response=answer,
retrieved_contexts=passages, retrieved_context_ids=source_ids)``; items without an answer
(generation errors) are left out and listed by :func:`to_samples`. ragas is imported here only,
after :func:`harness.telemetry.disable` (``RAGAS_DO_NOT_TRACK=true``: ragas otherwise POSTs to its
analytics host, blocking for up to 1 s, from ``llm_factory()`` and ``evaluate()``).
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Iterable

from harness import telemetry
from harness.results import load_items

telemetry.disable()

from ragas import EvaluationDataset, SingleTurnSample  # noqa: E402


def criteria_rubrics(criteria: list[dict[str, Any]] | None) -> dict[str, str] | None:
    """A question's HealthBench-style criteria as a ragas instance rubric (``score1_description`` …
    ``score5_description``, what ``ragas.metrics.InstanceRubrics`` reads): 5 = every positive
    criterion met and no negative one; 1 = none met or a negative one; 2–4 = about a quarter, half
    and three quarters of the positive points. None when the question has no criteria."""
    if not criteria:
        return None
    pos = [c for c in criteria if float(c.get("points", 0)) > 0]
    neg = [c for c in criteria if float(c.get("points", 0)) < 0]

    def listing(cs: list[dict[str, Any]]) -> str:
        return "; ".join(f"{str(c.get('criterion', '')).strip()} ({float(c.get('points', 0)):+g} points)" for c in cs)

    good = f"The response meets these criteria: {listing(pos)}." if pos else "The response is appropriate."
    bad = f" It does none of these: {listing(neg)}." if neg else ""
    worst = ("The response meets none of the criteria" + (f", or does one of these: {listing(neg)}" if neg else "")
             + ".")
    return {
        "score1_description": worst,
        "score2_description": f"The response meets about a quarter of the positive points of: {listing(pos)}.{bad}",
        "score3_description": f"The response meets about half of the positive points of: {listing(pos)}.{bad}",
        "score4_description": f"The response meets about three quarters of the positive points of: {listing(pos)}.{bad}",
        "score5_description": good + bad,
    }


def to_sample(item: dict[str, Any]) -> SingleTurnSample:
    """One item as a ragas sample; the question's criteria become its instance ``rubrics``."""
    contexts = [str(c) for c in (item.get("contexts") or [])]
    meta = item.get("metadata") or {}
    ids = list(meta.get("source_ids") or [])
    kw: dict[str, Any] = {}
    if ids and len(ids) == len(contexts):
        kw["retrieved_context_ids"] = ids
    rubrics = criteria_rubrics(meta.get("criteria"))
    if rubrics:
        kw["rubrics"] = rubrics
    return SingleTurnSample(user_input=item["question"], response=item.get("answer") or "",
                            retrieved_contexts=contexts, **kw)


def to_jsonl(run_dir_or_items: str | Path | Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write the run as ragas JSONL (``EvaluationDataset.from_jsonl`` reads it; ragas ignores the
    extra ``id``/``repeat`` keys, which ``harness import`` and ``harness score`` use to score it back
    under the same ids). Returns the number of samples written."""
    from harness import jsonl

    samples, _ = to_samples(run_dir_or_items)
    rows = []
    for cid, sample in samples:
        qid, _, rep = cid.partition("#r")
        rows.append({"id": qid, **({"repeat": int(rep)} if rep else {}), **sample.to_dict()})
    jsonl.write(path, rows)
    return len(rows)


def to_samples(run_dir_or_items: str | Path | Iterable[dict[str, Any]]
               ) -> tuple[list[tuple[str, SingleTurnSample]], list[str]]:
    """``([(case id, sample), ...], [ids left out because they have no answer])``; the case id is
    the question id, with ``#rN`` for repeats."""
    out, skipped = [], []
    for it in load_items(run_dir_or_items):
        rep = int(it.get("repeat", 0) or 0)
        cid = it["id"] if not rep else f"{it['id']}#r{rep}"
        if it.get("answer") is None or (it.get("status") == "error" and not it.get("checks")):
            skipped.append(cid)
            continue
        out.append((cid, to_sample(it)))
    return out, skipped


def to_evaluation_dataset(run_dir_or_items: str | Path | Iterable[dict[str, Any]]) -> EvaluationDataset:
    """A run folder, an answers JSONL file or a list of items as a ragas ``EvaluationDataset``
    (same order as the run; unanswered items left out)."""
    samples, _ = to_samples(run_dir_or_items)
    return EvaluationDataset(samples=[s for _, s in samples])


def ragas_llm(model: str, *, base_url: str | None = None, api_key_env: str = "OPENAI_API_KEY") -> Any:
    """A ragas judge (``llm_factory`` over an ``AsyncOpenAI`` client); the key comes from the
    environment variable and is never stored by the harness."""
    import os

    from openai import AsyncOpenAI
    from ragas.llms import llm_factory

    key = os.environ.get(api_key_env)
    if not key:
        raise ValueError(f"the ragas judge needs the API key in ${api_key_env}")
    return llm_factory(model, client=AsyncOpenAI(base_url=base_url, api_key=key))


def faithfulness(run_dir_or_items: str | Path | Iterable[dict[str, Any]], llm: Any,
                 concurrency: int = 4) -> dict[str, dict[str, Any]]:
    """ragas Faithfulness per item with a judge: ``{id: {"value", "reason"}}``, or ``{"error"}`` when
    the judge's reply could not be used (the item is then not graded, never passed)."""
    from ragas.metrics.collections import Faithfulness

    metric = Faithfulness(llm=llm)
    samples, _ = to_samples(run_dir_or_items)

    async def run() -> dict[str, dict[str, Any]]:
        sem = asyncio.Semaphore(max(1, concurrency))

        async def one(cid: str, s: SingleTurnSample) -> tuple[str, dict[str, Any]]:
            async with sem:
                try:
                    r = await metric.ascore(user_input=s.user_input, response=s.response,
                                            retrieved_contexts=s.retrieved_contexts)
                    return cid, {"value": r.value, "reason": getattr(r, "reason", None)}
                except Exception as exc:  # judge failure: not graded
                    return cid, {"error": f"{type(exc).__name__}: {exc}"}

        return dict(await asyncio.gather(*(one(c, s) for c, s in samples)))

    return asyncio.run(run())


__all__ = ["criteria_rubrics", "to_sample", "to_samples", "to_evaluation_dataset", "to_jsonl", "ragas_llm",
           "faithfulness"]
