"""Our claim-level LLM judge: the claims of one answer are judged together, in batches.

One request carries up to BATCH numbered claims and the answer's passages; the reply gives one
verdict per claim (verdict, passage id, span, reason) as JSON. Batching is what makes the judge
cheap: the passages are sent once per answer instead of once per claim. The claims are the same
ones the offline verifier checks (harness.grounding.claims), so the two instruments can be compared
claim by claim (python -m harness.grounding.calibrate --judge-model ...).
"""
from __future__ import annotations

import asyncio
from typing import Any

from harness.judge import JudgeConfig
from harness.judge.client import make_llm, parse_json, run_sync

BATCH = 20
SYSTEM = (
    "You check medical claims against guideline passages. Judge ONLY from the passages, not from your own "
    "knowledge. The claims are numbered. Reply with one JSON object {\"verdicts\": [...]} holding, for every "
    "claim in order, {\"claim\": its number, \"verdict\": \"supported\"|\"unsupported\"|\"contradicted\", "
    "\"passage_id\": the id of the passage that supports or contradicts it (or null), \"span\": the exact "
    "words of that passage (or null), \"reason\": one sentence}. "
    "supported: the passages state the claim (paraphrase is fine). contradicted: a passage states the "
    "opposite (e.g. 'not approved' vs 'approved', a different number, a cure promised where the passage "
    "says none can be promised). unsupported: the passages do not say it (including a number, dose, drug "
    "or cancer type that appears in no passage)."
)
VERDICTS = ("supported", "unsupported", "contradicted")


def messages(claims: list[str], passages: list[tuple[str, str]]) -> list[dict[str, str]]:
    body = "\n\n".join(f"[{pid}]\n{text}" for pid, text in passages)
    numbered = "\n".join(f"{i}. {c}" for i, c in enumerate(claims, start=1))
    return [{"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Passages:\n{body}\n\nClaims:\n{numbered}\n\nJSON:"}]


def parse(text: str | None, n: int) -> list[dict[str, Any]]:
    """One verdict per claim; a claim the reply leaves out or garbles is ``not_checked``."""
    data = parse_json(text)
    rows = data.get("verdicts") if isinstance(data, dict) else None
    out = [{"verdict": "not_checked", "reason": f"no verdict in the judge reply: {(text or '')[:120]!r}"}
           for _ in range(n)]
    if not isinstance(rows, list):
        return out
    for pos, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        k = row.get("claim", pos + 1)
        idx = (k if isinstance(k, int) else pos + 1) - 1
        verdict = str(row.get("verdict", "")).lower()
        if 0 <= idx < n and verdict in VERDICTS:
            out[idx] = {"verdict": verdict, "passage_id": row.get("passage_id"),
                        "passage_span_text": row.get("span"), "reason": str(row.get("reason") or "")}
    return out


async def _judge_many(cfg: JudgeConfig, jobs: list[tuple[list[str], list[tuple[str, str]]]],
                      concurrency: int = 4) -> list[list[dict[str, Any]]]:
    """Verdicts for each job (the claims of one answer with its passages), BATCH claims per request."""
    sem = asyncio.Semaphore(concurrency)
    async with make_llm(cfg) as llm:
        async def batch(claims: list[str], passages: list[tuple[str, str]]) -> list[dict[str, Any]]:
            async with sem:
                res = await llm.chat(messages(claims, passages), temperature=0)
            if res.error:
                return [{"verdict": "not_checked", "reason": f"judge call failed: {res.error}"} for _ in claims]
            return parse(res.text, len(claims))

        async def job(claims: list[str], passages: list[tuple[str, str]]) -> list[dict[str, Any]]:
            parts = await asyncio.gather(*(batch(claims[i:i + BATCH], passages)
                                           for i in range(0, len(claims), BATCH)))
            return [v for part in parts for v in part]

        return list(await asyncio.gather(*(job(c, p) for c, p in jobs)))


def judge_claim_list(cfg: JudgeConfig, claims: list[str], passages: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Verdicts for the claims of one answer against its passages."""
    return run_sync(lambda: _judge_many(cfg, [(claims, passages)]))[0]


def judge_claims(claims: list[dict[str, Any]], *, model: str, base_url: str | None = None,
                 api_key_env: str = "OPENAI_API_KEY", cache_dir: Any = None) -> list[str]:
    """Verdicts for the labelled claim set (datasets/grounding_claims.jsonl): claims that share their
    passages are judged together, as the claims of one answer would be."""
    from harness.datasets import load_sources
    from harness.paths import datasets_dir

    srcs = load_sources(datasets_dir() / "sources")
    cfg = JudgeConfig(model, base_url, api_key_env, ("claims",), str(cache_dir) if cache_dir else None)
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, c in enumerate(claims):
        groups.setdefault(tuple(c["passage_ids"]), []).append(i)
    jobs = [([claims[i]["claim"] for i in idx], [(p, srcs[p].text) for p in key]) for key, idx in groups.items()]
    verdicts = run_sync(lambda: _judge_many(cfg, jobs))
    out = [""] * len(claims)
    for idx, vs in zip(groups.values(), verdicts):
        for i, v in zip(idx, vs):
            out[i] = v["verdict"]
    return out
