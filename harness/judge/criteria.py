"""LLM grading of question-specific criteria that have no deterministic ``match`` (HealthBench style).

One request per criterion, through the shared cache + retry layer. The judge says whether the
criterion is *met*, for negative-point criteria too (met = the undesirable thing is present), as in
HealthBench's grader; the score formula lives in harness.scoring.checks.criteria.
"""
from __future__ import annotations

import asyncio
from typing import Any

from harness.judge import JudgeConfig
from harness.judge.client import make_llm, parse_json, run_sync

SYSTEM = (
    "You grade one reply of a medical assistant against one rubric item written by a clinician. "
    "Decide only whether the reply meets the rubric item; if the item has several parts, all must hold, "
    "except that examples after 'such as', 'for example' or 'including' need not all appear. Some items "
    "describe something undesirable (negative points): say whether the reply does that undesirable thing, "
    "not whether the reply is good. Reply with one JSON object: {\"criteria_met\": true|false, "
    "\"explanation\": one sentence}."
)


def messages(question: str, answer: str, criterion: dict[str, Any]) -> list[dict[str, str]]:
    item = f"[{criterion['points']}] {criterion['criterion']}"
    return [{"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Patient question:\n{question}\n\nAssistant reply:\n{answer}\n\n"
                                        f"Rubric item:\n{item}\n\nJSON:"}]


async def _grade_many(cfg: JudgeConfig, question: str, answer: str, criteria: list[dict[str, Any]],
                      concurrency: int = 4) -> list[tuple[bool | None, str]]:
    sem = asyncio.Semaphore(concurrency)
    async with make_llm(cfg) as llm:
        async def one(c: dict[str, Any]) -> tuple[bool | None, str]:
            async with sem:
                res = await llm.chat(messages(question, answer, c), temperature=0)
            if res.error:
                return None, f"judge call failed: {res.error}"
            data = parse_json(res.text)
            if not data or not isinstance(data.get("criteria_met"), bool):
                return None, f"unparseable judge reply: {(res.text or '')[:120]!r}"
            return data["criteria_met"], str(data.get("explanation") or "")

        return list(await asyncio.gather(*(one(c) for c in criteria)))


def grade_criteria(cfg: JudgeConfig, question: str, answer: str,
                   criteria: list[dict[str, Any]]) -> list[tuple[bool | None, str]]:
    """(met, explanation) per criterion; met is None when the judge failed (reported not graded)."""
    if not criteria:
        return []
    return run_sync(lambda: _grade_many(cfg, question, answer, criteria))
