"""OpenAI-compatible chat calls with cache + retry + timeout: the one LLM call path of the harness.

    async with LLMClient(model="gpt-4o-mini", base_url=..., cache=ResponseCache(dir)) as llm:
        res = await llm.chat(messages, temperature=0, seed=7, repeat=0, key_extra={...})
        res.text, res.finish_reason, res.usage, res.cached, res.attempts, res.retry_log, res.error

The openai client runs with ``max_retries=0``: retries happen in harness.llm.retry so each one is
visible in the results and ``Retry-After`` is honoured. ``res.error`` is set (never raised) when the
call failed after retries, the reply was cut by a content filter, or it stayed empty/malformed.
The API key is read from an environment variable, used only in the Authorization header and
redacted from every error message; it is never part of a cache key, result or log line.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

from harness import secrets
from harness.errors import InputError
from harness.llm import pricing
from harness.llm.cache import ResponseCache, cache_key
from harness.llm.retry import (RETRYABLE_STATUS, Outcome, PermanentError, RetryPolicy, TransientError,
                               call_with_retries, parse_retry_after)

NO_KEY = "sk-no-key-needed"  # sent to a --base-url server when no key is set (local servers ignore it)


@dataclass
class ChatResult:
    text: str | None
    finish_reason: str | None = None
    usage: dict[str, int] = field(default_factory=dict)
    model: str | None = None
    cached: bool = False
    attempts: int = 0
    retry_log: list[dict[str, Any]] = field(default_factory=list)
    latency_s: float = 0.0
    error: str | None = None
    error_kind: str | None = None
    cost_usd: float | None = None
    cache_key: str | None = None

    @property
    def retries(self) -> int:
        return max(0, self.attempts - 1)

    def info(self) -> dict[str, Any]:
        """For results.jsonl ``generation``: how the answer was obtained (no secrets)."""
        out: dict[str, Any] = {"model": self.model, "cached": self.cached, "attempts": self.attempts,
                               "retries": self.retries, "latency_s": self.latency_s,
                               "finish_reason": self.finish_reason, "usage": self.usage, "cost_usd": self.cost_usd}
        if self.retry_log:
            out["retry_log"] = self.retry_log
        if self.error_kind:
            out["error_kind"] = self.error_kind
        if self.finish_reason == "length":
            out["truncated"] = True
        if self.cache_key:
            out["cache_key"] = self.cache_key[:16]
        return out


def _usage(u: Any) -> dict[str, int]:
    if u is None:
        return {}
    get = (lambda k: u.get(k)) if isinstance(u, dict) else (lambda k: getattr(u, k, None))
    pt = get("prompt_tokens") if get("prompt_tokens") is not None else get("input_tokens")
    ct = get("completion_tokens") if get("completion_tokens") is not None else get("output_tokens")
    pt, ct = int(pt or 0), int(ct or 0)
    total = get("total_tokens")
    return {"prompt_tokens": pt, "completion_tokens": ct, "total_tokens": int(total if total is not None else pt + ct)}


class LLMClient:
    """Cache + retry + timeout around an OpenAI-compatible server (chat completions or responses API)."""

    def __init__(self, model: str, *, base_url: str | None = None, api_key_env: str = "OPENAI_API_KEY",
                 api: str = "chat", policy: RetryPolicy | None = None, cache: ResponseCache | None = None,
                 price: tuple[float, float] | None = None, namespace: str = "generation",
                 max_connections: int = 100) -> None:
        if api not in ("chat", "responses"):
            raise InputError(f"unknown API {api!r}: use chat or responses", field="--api")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", api_key_env or "") or api_key_env.startswith("sk"):
            # never echo it: a key pasted here by mistake must not reach a log or run.json
            raise InputError("expected the NAME of an environment variable (e.g. OPENAI_API_KEY), not a key",
                             field="--key-env")
        key = os.environ.get(api_key_env, "")
        if not key:
            if base_url is None:
                raise InputError(f"set the API key in the environment variable {api_key_env} "
                                 "(it is never read from the command line)", field="--key-env")
            key = NO_KEY
        else:
            secrets.register(key)  # redacted from everything written, not only error messages
        self._secret = key
        self.model, self.base_url, self.api_key_env, self.api = model, base_url, api_key_env, api
        self.policy = policy or RetryPolicy()
        self.cache = cache
        self.price = pricing.price_for(model, price)
        self.namespace = namespace
        self.calls = 0  # requests actually sent (attempts), for stats
        import httpx
        from openai import AsyncOpenAI

        self._client = AsyncOpenAI(
            api_key=key, base_url=base_url, max_retries=0,
            timeout=httpx.Timeout(self.policy.timeout_s, connect=min(10.0, self.policy.timeout_s)),
            http_client=httpx.AsyncClient(limits=httpx.Limits(max_connections=max_connections,
                                                              max_keepalive_connections=max_connections)))

    def describe(self) -> dict[str, Any]:
        return {"model": self.model, "base_url": self.base_url, "api": self.api, "api_key_env": self.api_key_env}

    def redact(self, text: str) -> str:
        if self._secret and self._secret != NO_KEY and self._secret in text:
            text = text.replace(self._secret, "***")
        return text

    async def __aenter__(self) -> "LLMClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.close()

    # -- one attempt -------------------------------------------------------------------------------
    async def _attempt(self, messages: Sequence[dict[str, str]], model: str, temperature: float | None,
                       max_tokens: int | None, seed: int | None, extra: dict[str, Any]) -> dict[str, Any]:
        import openai

        self.calls += 1
        try:
            if self.api == "chat":
                kwargs: dict[str, Any] = {"model": model, "messages": list(messages), **extra}
                if temperature is not None:
                    kwargs["temperature"] = temperature
                if max_tokens is not None:
                    kwargs["max_tokens"] = max_tokens
                if seed is not None:
                    kwargs["seed"] = seed
                raw = await self._client.chat.completions.with_raw_response.create(**kwargs)
            else:
                kwargs = {"model": model, "input": list(messages), **extra}
                if temperature is not None:
                    kwargs["temperature"] = temperature
                if max_tokens is not None:
                    kwargs["max_output_tokens"] = max_tokens
                raw = await self._client.responses.with_raw_response.create(**kwargs)
        except openai.APITimeoutError as exc:
            raise TransientError("timeout", str(exc)) from None
        except openai.APIConnectionError as exc:
            raise TransientError("connection", f"{type(exc).__name__}: {exc}") from None
        except openai.APIStatusError as exc:
            status = exc.status_code
            detail = f"HTTP {status}: {exc.message}"
            if status == 429:
                raise TransientError("rate_limited", detail, status, parse_retry_after(exc.response.headers)) from None
            if status in RETRYABLE_STATUS or status >= 500:
                raise TransientError("server_error", detail, status, parse_retry_after(exc.response.headers)) from None
            raise PermanentError(f"http_{status}", detail, status) from None
        try:
            parsed = raw.parse()
        except Exception as exc:  # invalid JSON body on a 200
            raise TransientError("malformed", f"unparseable reply ({type(exc).__name__}: {str(exc)[:120]})") from None
        try:
            if self.api == "chat":
                choice = parsed.choices[0]
                text = choice.message.content
                finish = choice.finish_reason
            else:
                text = parsed.output_text
                status_ = getattr(parsed, "status", None)
                reason = getattr(getattr(parsed, "incomplete_details", None), "reason", None)
                finish = {"max_output_tokens": "length", "content_filter": "content_filter"}.get(
                    reason, "stop" if status_ in (None, "completed") else status_)
            usage = _usage(getattr(parsed, "usage", None))
            served_model = getattr(parsed, "model", None) or model
        except Exception as exc:
            raise TransientError("malformed", f"reply does not have the expected shape ({type(exc).__name__})") from None
        if text is not None and not isinstance(text, str):
            raise TransientError("malformed", f"message content is {type(text).__name__}, not text")
        if finish == "content_filter":
            return {"text": text or "", "finish_reason": finish, "usage": usage, "model": served_model}
        if not (text or "").strip():
            if finish == "length":
                return {"text": "", "finish_reason": finish, "usage": usage, "model": served_model}
            raise TransientError("empty", f"empty message content (finish_reason={finish})")
        return {"text": text, "finish_reason": finish, "usage": usage, "model": served_model}

    # -- public ------------------------------------------------------------------------------------
    async def chat(self, messages: Sequence[dict[str, str]], *, model: str | None = None,
                   temperature: float | None = None, max_tokens: int | None = None, seed: int | None = None,
                   repeat: int = 0, key_extra: dict[str, Any] | None = None, use_cache: bool = True,
                   extra_body: dict[str, Any] | None = None) -> ChatResult:
        """One completion with cache, retries and timeout. Never raises for a failed call."""
        model = model or self.model
        key = None
        if self.cache is not None and use_cache:
            key = cache_key({"namespace": self.namespace, "api": self.api, "base_url": self.base_url,
                             "model": model, "messages": list(messages), "temperature": temperature,
                             "max_tokens": max_tokens, "seed": seed, "repeat": repeat,
                             "extra_body": extra_body or {}, **(key_extra or {})})
            hit = self.cache.get(key)
            if hit is not None:
                res = ChatResult(hit["text"], hit.get("finish_reason"), hit.get("usage") or {}, hit.get("model"),
                                 cached=True, attempts=0, cost_usd=0.0, cache_key=key)
                return self._judge(res)
        started = time.perf_counter()
        outcome: Outcome[dict[str, Any]] = await call_with_retries(
            lambda: self._attempt(messages, model, temperature, max_tokens, seed, extra_body or {}),
            self.policy, self.redact)
        latency = round(time.perf_counter() - started, 4)
        if outcome.value is None:
            return ChatResult(None, model=model, attempts=outcome.attempts, retry_log=outcome.retry_log,
                              latency_s=latency, error=outcome.error, error_kind=outcome.error_kind, cache_key=key)
        v = outcome.value
        res = ChatResult(v["text"], v["finish_reason"], v["usage"], v["model"], cached=False,
                         attempts=outcome.attempts, retry_log=outcome.retry_log, latency_s=latency,
                         cost_usd=pricing.cost_usd(v["usage"], self.price), cache_key=key)
        if key is not None and self.cache is not None:
            self.cache.put(key, {"text": v["text"], "finish_reason": v["finish_reason"], "usage": v["usage"],
                                 "model": v["model"]}, self.namespace)
        return self._judge(res)

    @staticmethod
    def _judge(res: ChatResult) -> ChatResult:
        """A complete reply is an answer; a filtered or empty one is an error item with the reason."""
        if res.finish_reason == "content_filter":
            res.error, res.error_kind = "reply blocked by the content filter (finish_reason=content_filter)", "content_filter"
        elif not (res.text or "").strip():
            res.error, res.error_kind = f"empty reply (finish_reason={res.finish_reason})", "empty"
        return res


async def chat(messages: Sequence[dict[str, str]], model: str, *, base_url: str | None = None,
               api_key_env: str = "OPENAI_API_KEY", cache_dir: str | None = None,
               policy: RetryPolicy | None = None, namespace: str = "judge", **kwargs: Any) -> ChatResult:
    """One-off call with cache + retry + timeout. For many calls, keep one LLMClient open instead."""
    cache = ResponseCache(cache_dir) if cache_dir else None
    try:
        async with LLMClient(model, base_url=base_url, api_key_env=api_key_env, policy=policy, cache=cache,
                             namespace=namespace) as llm:
            return await llm.chat(messages, **kwargs)
    finally:
        if cache is not None:
            cache.close()


def policy_from_options(options: dict[str, Any]) -> RetryPolicy:
    """RetryPolicy from CLI options (--timeout, --max-retries, --backoff)."""
    p = RetryPolicy()
    if options.get("timeout") is not None:
        p.timeout_s = float(options["timeout"])
    if options.get("max_retries") is not None:
        p.max_attempts = int(options["max_retries"]) + 1
    if options.get("backoff") is not None:
        p.backoff_base_s = float(options["backoff"])
    return p
