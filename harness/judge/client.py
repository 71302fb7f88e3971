"""Thin judge client: the harness's one LLM call path (harness.llm: cache + retry + timeout).

Checks run synchronously (also inside ``harness run``'s event loop), so async judge work runs on a
private event loop in a worker thread (``run_sync``).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import re
from typing import Any, Awaitable, Callable, TypeVar

from harness.judge import JudgeConfig

T = TypeVar("T")
_POOL: concurrent.futures.ThreadPoolExecutor | None = None


def run_sync(factory: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion whether or not an event loop is running in this thread."""
    global _POOL
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())  # type: ignore[arg-type]
    if _POOL is None:
        _POOL = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="harness-judge")
    return _POOL.submit(lambda: asyncio.run(factory())).result()  # type: ignore[arg-type]


def make_llm(cfg: JudgeConfig) -> Any:
    """The judge's LLM client: the same cache + retry + timeout layer as generation."""
    from harness.llm.cache import ResponseCache
    from harness.llm.client import LLMClient
    from harness.llm.retry import RetryPolicy

    policy = RetryPolicy(max_attempts=cfg.max_retries + 1, timeout_s=cfg.timeout_s,
                         backoff_base_s=float(cfg.extra.get("backoff_s", 0.5)))
    cache = ResponseCache(cfg.cache_dir) if cfg.cache_dir else None
    return LLMClient(cfg.model, base_url=cfg.base_url, api_key_env=cfg.api_key_env, policy=policy, cache=cache,
                     namespace="judge")


def api_key(cfg: JudgeConfig) -> str:
    import os

    from harness.llm.client import NO_KEY

    from harness import secrets

    key = os.environ.get(cfg.api_key_env) or NO_KEY
    if key != NO_KEY:
        secrets.register(key)
    return key


_JSON = re.compile(r"\{.*\}", re.S)


def parse_json(text: str | None) -> dict[str, Any] | None:
    """The first JSON object in a reply (judges wrap JSON in prose or code fences)."""
    if not text:
        return None
    for cand in (text, *(m.group(0) for m in _JSON.finditer(text))):
        try:
            v = json.loads(cand)
        except (ValueError, TypeError, RecursionError):  # malformed, huge integers, nested too deeply
            continue
        if isinstance(v, dict):
            return v
    return None
