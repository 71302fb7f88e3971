"""ragas and deepeval metrics on the same answer/passages, through a judge endpoint.

Both are imported lazily, after harness.telemetry.disable() (and, for deepeval, isolate(): this is
the harness judging, not a team's deepeval suite, so its files go to the harness's state folder). Each adapter returns
``(score, reason)`` or raises; the check turns an exception into ``not_graded`` with the reason.
"""
from __future__ import annotations

from typing import Any

from harness import telemetry
from harness.judge import JudgeConfig
from harness.judge.client import api_key, run_sync


def _async_openai(cfg: JudgeConfig) -> Any:
    from openai import AsyncOpenAI

    return AsyncOpenAI(base_url=cfg.base_url, api_key=api_key(cfg), max_retries=cfg.max_retries,
                       timeout=cfg.timeout_s)


def ragas_faithfulness(cfg: JudgeConfig, question: str, answer: str, contexts: list[str]) -> tuple[float, str]:
    telemetry.disable()
    from ragas.llms import llm_factory
    from ragas.metrics.collections import Faithfulness

    async def go() -> tuple[float, str]:
        client = _async_openai(cfg)
        try:
            metric = Faithfulness(llm=llm_factory(cfg.model, client=client))
            res = await metric.ascore(user_input=question, response=answer, retrieved_contexts=contexts)
            return float(res.value), str(getattr(res, "reason", None) or "")
        finally:
            await client.close()

    return run_sync(go)


def ragas_response_relevancy(cfg: JudgeConfig, question: str, answer: str, contexts: list[str]) -> tuple[float, str]:
    telemetry.disable()
    from ragas.embeddings.base import embedding_factory
    from ragas.llms import llm_factory
    from ragas.metrics.collections import AnswerRelevancy

    async def go() -> tuple[float, str]:
        client = _async_openai(cfg)
        try:
            emb = embedding_factory("openai", model=cfg.embedding_model, client=client)
            metric = AnswerRelevancy(llm=llm_factory(cfg.model, client=client), embeddings=emb, strictness=1)
            res = await metric.ascore(user_input=question, response=answer)
            return float(res.value), str(getattr(res, "reason", None) or "")
        finally:
            await client.close()

    return run_sync(go)


def deepeval_faithfulness(cfg: JudgeConfig, question: str, answer: str, contexts: list[str]) -> tuple[float, str]:
    telemetry.disable()
    telemetry.isolate()  # the harness's own judge: deepeval writes nothing into the working directory
    telemetry.tidy_cwd()
    from deepeval.metrics import FaithfulnessMetric
    from deepeval.models import LocalModel
    from deepeval.test_case import LLMTestCase

    model = LocalModel(model=cfg.model, api_key=api_key(cfg), base_url=cfg.base_url or "https://api.openai.com/v1",
                       format="json")
    metric = FaithfulnessMetric(model=model, threshold=cfg.threshold, include_reason=True, async_mode=False,
                                verbose_mode=False)
    case = LLMTestCase(input=question, actual_output=answer, retrieval_context=list(contexts))
    metric.measure(case)
    if getattr(metric, "error", None):
        raise RuntimeError(str(metric.error))
    return float(metric.score or 0.0), str(metric.reason or "")


ADAPTERS = {
    "ragas.faithfulness": ragas_faithfulness,
    "ragas.response_relevancy": ragas_response_relevancy,
    "deepeval.faithfulness": deepeval_faithfulness,
}
