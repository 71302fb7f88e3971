"""``http``: POST each question to the team's own answer service.

Request body: ``{"id", "question", "metadata": {cancer_type, topic, risk_tier}, "sources":
[{source_id, title, text}]}``. The answer is read from the JSON reply at ``--answer-path``
(dotted, list indices allowed: ``data.answer``, ``choices.0.text``) and contexts, if the service
returns them, at ``--contexts-path``. Headers come only from the environment:
``--header-env Authorization=ANSWER_SERVICE_TOKEN`` sends the variable's value; values are
never logged, cached or written to the run folder.
"""
from __future__ import annotations

import os
import time
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from harness import secrets
from harness.errors import InputError
from harness.generators.base import Generation, Generator
from harness.llm.cache import ResponseCache, cache_key, open_cache
from harness.llm.client import policy_from_options
from harness.llm.retry import RETRYABLE_STATUS, PermanentError, TransientError, call_with_retries, parse_retry_after
from harness.registry import register_generator


def json_path(obj: Any, path: str) -> Any:
    for part in [p for p in path.split(".") if p]:
        if isinstance(obj, list):
            try:
                obj = obj[int(part)]
            except (ValueError, IndexError):
                raise KeyError(path) from None
        elif isinstance(obj, dict) and part in obj:
            obj = obj[part]
        else:
            raise KeyError(path)
    return obj


def _safe_url(url: str) -> str:
    """URL without user:password@ and without the query string (it may hold a token)."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class HttpGenerator(Generator):
    name = "http"

    def __init__(self, url: str, header_env: list[str], answer_path: str = "answer",
                 contexts_path: str | None = None, options: dict[str, Any] | None = None,
                 cache: ResponseCache | None = None) -> None:
        import httpx

        self.url, self.answer_path, self.contexts_path = url, answer_path, contexts_path
        self.header_env = list(header_env)
        self._headers: dict[str, str] = {}
        self._secrets: list[str] = []
        for spec in self.header_env:
            if "=" not in spec:
                raise InputError(f"expected HEADER=ENV_VAR, got {spec!r}", field="--header-env")
            header, var = (s.strip() for s in spec.split("=", 1))
            value = os.environ.get(var)
            if value is None:
                raise InputError(f"environment variable {var} (for header {header}) is not set", field="--header-env")
            self._headers[header] = value
            self._secrets.append(value)
            secrets.register(value)
        self.policy = policy_from_options(options or {})
        self.cache = cache
        self._client = httpx.AsyncClient(timeout=self.policy.timeout_s, headers=self._headers)

    def redact(self, text: str) -> str:
        for s in self._secrets:
            if s:
                text = text.replace(s, "***")
        return text

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "url": _safe_url(self.url), "answer_path": self.answer_path,
                "contexts_path": self.contexts_path, "header_env": self.header_env}

    async def _attempt(self, body: dict[str, Any]) -> dict[str, Any]:
        import httpx

        try:
            resp = await self._client.post(self.url, json=body)
        except httpx.TimeoutException as exc:
            raise TransientError("timeout", type(exc).__name__) from None
        except httpx.TransportError as exc:
            raise TransientError("connection", f"{type(exc).__name__}: {exc}") from None
        if resp.status_code == 429:
            raise TransientError("rate_limited", f"HTTP 429: {resp.text[:200]}", 429, parse_retry_after(resp.headers))
        if resp.status_code in RETRYABLE_STATUS or resp.status_code >= 500:
            raise TransientError("server_error", f"HTTP {resp.status_code}: {resp.text[:200]}", resp.status_code,
                                 parse_retry_after(resp.headers))
        if resp.status_code >= 400:
            raise PermanentError(f"http_{resp.status_code}", f"HTTP {resp.status_code}: {resp.text[:200]}",
                                 resp.status_code)
        try:
            data = resp.json()
        except ValueError:
            raise TransientError("malformed", "reply is not JSON") from None
        try:
            answer = json_path(data, self.answer_path)
        except KeyError:
            raise TransientError("malformed", f"no {self.answer_path!r} in the reply") from None
        if not isinstance(answer, str):
            raise TransientError("malformed", f"{self.answer_path!r} is {type(answer).__name__}, not text")
        if not answer.strip():
            raise TransientError("empty", "empty answer")
        contexts = None
        if self.contexts_path:
            try:
                ctx = json_path(data, self.contexts_path)
                contexts = [str(c) for c in ctx] if isinstance(ctx, list) else None
            except KeyError:
                contexts = None
        return {"answer": answer, "contexts": contexts}

    async def generate(self, question: dict[str, Any], repeat: int = 0) -> Generation:
        sources = list(question.get("sources") or [])
        body = {"id": question["id"], "question": question["question"],
                "metadata": {k: question.get(k) for k in ("cancer_type", "topic", "risk_tier") if k in question},
                "sources": [{"source_id": s.get("source_id"), "title": s.get("title"), "text": s.get("text")}
                            for s in sources]}
        default_ctx = [s["text"] for s in sources if s.get("text")]
        key = None
        if self.cache is not None:
            key = cache_key({"namespace": "generation", **self.describe(), "body": body, "repeat": repeat})
            hit = self.cache.get(key)
            if hit is not None:
                return Generation(hit["answer"], hit.get("contexts") or default_ctx,
                                  info={"generator": self.name, "cached": True, "attempts": 0, "retries": 0})
        started = time.perf_counter()
        out = await call_with_retries(lambda: self._attempt(body), self.policy, self.redact)
        info: dict[str, Any] = {"generator": self.name, "cached": False, "attempts": out.attempts,
                                "retries": out.retries, "latency_s": round(time.perf_counter() - started, 4)}
        if out.retry_log:
            info["retry_log"] = out.retry_log
        if out.value is None:
            info["error_kind"] = out.error_kind
            return Generation(None, default_ctx, error=out.error, info=info)
        if key is not None and self.cache is not None:
            self.cache.put(key, out.value)
        return Generation(out.value["answer"], out.value["contexts"] or default_ctx, info=info)

    async def aclose(self) -> None:
        await self._client.aclose()
        if self.cache is not None:
            self.cache.close()


@register_generator("http")
def make(options: dict[str, Any]) -> Generator:
    url = options.get("url")
    if not url:
        raise InputError("the http generator needs --url", field="--url")
    return HttpGenerator(str(url), list(options.get("header_env") or []), options.get("answer_path") or "answer",
                         options.get("contexts_path"), options, open_cache(options))
