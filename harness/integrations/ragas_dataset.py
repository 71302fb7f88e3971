"""A harness run as a ragas ``EvaluationDataset``, so ragas metrics run on the same answers.

    from harness.integrations.ragas_dataset import to_evaluation_dataset, ragas_llm, faithfulness
    ds = to_evaluation_dataset("reports/demo/v2")          # offline: no judge needed
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


def to_sample(item: dict[str, Any]) -> SingleTurnSample:
    contexts = [str(c) for c in (item.get("contexts") or [])]
    ids = list((item.get("metadata") or {}).get("source_ids") or [])
    kw: dict[str, Any] = {}
    if ids and len(ids) == len(contexts):
        kw["retrieved_context_ids"] = ids
    return SingleTurnSample(user_input=item["question"], response=item.get("answer") or "",
                            retrieved_contexts=contexts, **kw)


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


__all__ = ["to_sample", "to_samples", "to_evaluation_dataset", "ragas_llm", "faithfulness"]
