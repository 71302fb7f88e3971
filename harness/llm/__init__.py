"""LLM calls with a timeout, retries (exponential backoff + jitter, Retry-After honoured) and an
on-disk response cache. Used by the openai generator and reusable by LLM judges.

``import harness.llm`` stays cheap: the openai client is imported only when a client is created.
"""
from harness.llm.cache import ResponseCache, cache_key
from harness.llm.retry import ErrorBudget, PermanentError, RetryPolicy, TransientError, call_with_retries

__all__ = ["ResponseCache", "cache_key", "RetryPolicy", "TransientError", "PermanentError", "ErrorBudget",
           "call_with_retries"]
