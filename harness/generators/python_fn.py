"""``python``: call ``--function module:function`` for each question.

The function receives the question record (with ``sources``: the cited passages as dicts) and
the repeat index if it accepts a second argument, and returns the answer text, a dict
``{"answer", "contexts"?, "usage"?}`` or a tuple ``(answer, contexts)``. It may be ``async``;
a plain function runs in a worker thread. An exception becomes an ``error`` item with the reason.
Replies are cached keyed by the function's module source hash, so editing the code re-generates.
"""
from __future__ import annotations

import asyncio
import hashlib
import importlib
import inspect
import os
import sys
import time
from typing import Any, Callable

from harness.errors import InputError
from harness.generators.base import Generation, Generator
from harness.llm.cache import ResponseCache, cache_key, open_cache
from harness.llm.client import policy_from_options
from harness.registry import register_generator


def load_function(spec: str) -> Callable[..., Any]:
    """``pkg.mod:fn`` → the function; modules in the current folder are found (as with ``python -m``),
    although the ``harness`` script's own folder, not the current one, heads sys.path."""
    if ":" not in spec:
        raise InputError(f"expected module:function, got {spec!r}", field="--function")
    mod_name, _, attr = spec.partition(":")
    cwd = os.getcwd()
    if cwd not in sys.path and "" not in sys.path:
        sys.path.insert(0, cwd)
        importlib.invalidate_caches()
    try:
        mod = importlib.import_module(mod_name)
    except ImportError as exc:
        raise InputError(f"cannot import {mod_name!r}: {exc}", field="--function") from None
    fn = mod
    for part in attr.split("."):
        fn = getattr(fn, part, None)
        if fn is None:
            raise InputError(f"{mod_name!r} has no attribute {attr!r}", field="--function")
    if not callable(fn):
        raise InputError(f"{spec!r} is not callable", field="--function")
    return fn  # type: ignore[return-value]


class PythonGenerator(Generator):
    name = "python"

    def __init__(self, spec: str, options: dict[str, Any] | None = None, cache: ResponseCache | None = None) -> None:
        self.spec = spec
        self.fn = load_function(spec)
        self.policy = policy_from_options(options or {})
        self.cache = cache
        try:
            src = inspect.getsource(inspect.getmodule(self.fn))  # type: ignore[arg-type]
            self.code_sha256 = hashlib.sha256(src.encode("utf-8")).hexdigest()
        except (OSError, TypeError):
            self.code_sha256 = None
        try:
            self._takes_repeat = len(inspect.signature(self.fn).parameters) >= 2
        except (TypeError, ValueError):
            self._takes_repeat = False

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "function": self.spec, "code_sha256": self.code_sha256}

    async def _call(self, question: dict[str, Any], repeat: int) -> Any:
        args = (question, repeat) if self._takes_repeat else (question,)
        if inspect.iscoroutinefunction(self.fn):
            return await self.fn(*args)
        result = await asyncio.to_thread(self.fn, *args)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def generate(self, question: dict[str, Any], repeat: int = 0) -> Generation:
        default_ctx = [s["text"] for s in question.get("sources") or [] if s.get("text")]
        key = None
        if self.cache is not None and self.code_sha256:
            key = cache_key({"namespace": "generation", **self.describe(), "question": question["question"],
                             "sources": [s.get("source_id") for s in question.get("sources") or []],
                             "id": question["id"], "repeat": repeat})
            hit = self.cache.get(key)
            if hit is not None:
                return Generation(hit["answer"], hit.get("contexts") or default_ctx,
                                  info={"generator": self.name, "cached": True, "attempts": 0, "retries": 0,
                                        "usage": hit.get("usage") or {}})
        started = time.perf_counter()
        info: dict[str, Any] = {"generator": self.name, "cached": False, "attempts": 1, "retries": 0}
        try:
            result = await asyncio.wait_for(self._call(question, repeat), timeout=self.policy.timeout_s)
        except asyncio.TimeoutError:
            info["latency_s"] = round(time.perf_counter() - started, 4)
            return Generation(None, default_ctx, error=f"timeout: no answer within {self.policy.timeout_s:g} s",
                              info=info)
        except Exception as exc:
            info["latency_s"] = round(time.perf_counter() - started, 4)
            return Generation(None, default_ctx, error=f"{self.spec} raised {type(exc).__name__}: {exc}", info=info)
        info["latency_s"] = round(time.perf_counter() - started, 4)
        usage: dict[str, Any] = {}
        if isinstance(result, str):
            answer, contexts = result, None
        elif isinstance(result, tuple) and len(result) == 2:
            answer, contexts = result
        elif isinstance(result, dict) and "answer" in result:
            answer, contexts, usage = result["answer"], result.get("contexts"), result.get("usage") or {}
        else:
            return Generation(None, default_ctx, error=f"{self.spec} returned {type(result).__name__}; expected str, "
                              "(answer, contexts) or {'answer': ...}", info=info)
        if not isinstance(answer, str) or not answer.strip():
            return Generation(None, default_ctx, error=f"{self.spec} returned an empty answer", info=info)
        contexts = [str(c) for c in contexts] if isinstance(contexts, (list, tuple)) else None
        if usage:
            info["usage"] = usage
        if key is not None and self.cache is not None:
            self.cache.put(key, {"answer": answer, "contexts": contexts, "usage": usage})
        return Generation(answer, contexts or default_ctx, info=info)

    async def aclose(self) -> None:
        if self.cache is not None:
            self.cache.close()


@register_generator("python")
def make(options: dict[str, Any]) -> Generator:
    spec = options.get("function")
    if not spec:
        raise InputError("the python generator needs --function module:function", field="--function")
    return PythonGenerator(str(spec), options, open_cache(options))
