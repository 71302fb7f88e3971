"""Our claim-level LLM judge: one request per claim, verdict + passage id + reason as JSON.

The same claims the offline verifier checks (harness.grounding.claims), so the two instruments can
be compared claim by claim (python -m harness.grounding.calibrate --judge-model ...).
"""
from __future__ import annotations

import asyncio
from typing import Any

from harness.judge import JudgeConfig
from harness.judge.client import make_llm, parse_json, run_sync

SYSTEM = (
    "You check medical claims against guideline passages. Judge ONLY from the passages, not from your own "
    "knowledge. Reply with one JSON object: {\"verdict\": \"supported\"|\"unsupported\"|\"contradicted\", "
    "\"passage_id\": the id of the passage that supports or contradicts the claim (or null), "
    "\"span\": the exact words of that passage (or null), \"reason\": one sentence}. "
    "supported: the passages state the claim (paraphrase is fine). contradicted: a passage states the "
    "opposite (e.g. 'not approved' vs 'approved', a different number, a cure promised where the passage "
    "says none can be promised). unsupported: the passages do not say it (including a number, dose, drug "
    "or cancer type that appears in no passage)."
)
VERDICTS = ("supported", "unsupported", "contradicted")


def messages(claim: str, passages: list[tuple[str, str]]) -> list[dict[str, str]]:
    body = "\n\n".join(f"[{pid}]\n{text}" for pid, text in passages)
    return [{"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Passages:\n{body}\n\nClaim: {claim}\n\nJSON:"}]


def parse(text: str | None) -> dict[str, Any]:
    data = parse_json(text)
    if not data or str(data.get("verdict", "")).lower() not in VERDICTS:
        return {"verdict": "not_checked", "reason": f"unparseable judge reply: {(text or '')[:120]!r}"}
    return {"verdict": str(data["verdict"]).lower(), "passage_id": data.get("passage_id"),
            "passage_span_text": data.get("span"), "reason": str(data.get("reason") or "")}


async def _judge_many(cfg: JudgeConfig, jobs: list[tuple[str, list[tuple[str, str]]]],
                      concurrency: int = 4) -> list[dict[str, Any]]:
    sem = asyncio.Semaphore(concurrency)
    async with make_llm(cfg) as llm:
        async def one(claim: str, passages: list[tuple[str, str]]) -> dict[str, Any]:
            async with sem:
                res = await llm.chat(messages(claim, passages), temperature=0)
            if res.error:
                return {"verdict": "not_checked", "reason": f"judge call failed: {res.error}"}
            return parse(res.text)

        return list(await asyncio.gather(*(one(c, p) for c, p in jobs)))


def judge_claim_list(cfg: JudgeConfig, claims: list[str], passages: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return run_sync(lambda: _judge_many(cfg, [(c, passages) for c in claims]))


def judge_claims(claims: list[dict[str, Any]], *, model: str, base_url: str | None = None,
                 api_key_env: str = "OPENAI_API_KEY", cache_dir: Any = None) -> list[str]:
    """Verdicts for the labelled claim set (datasets/grounding_claims.jsonl)."""
    from harness.datasets import load_sources
    from harness.paths import datasets_dir

    srcs = load_sources(datasets_dir() / "sources")
    cfg = JudgeConfig(model, base_url, api_key_env, ("claims",), str(cache_dir) if cache_dir else None)
    jobs = [(c["claim"], [(p, srcs[p].text) for p in c["passage_ids"]]) for c in claims]
    return [r["verdict"] for r in run_sync(lambda: _judge_many(cfg, jobs))]
