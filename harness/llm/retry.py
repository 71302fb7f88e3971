"""Retry layer shared by every generator and judge that talks to a service.

One attempt is a coroutine that returns a value or raises:
- ``TransientError`` (429, 5xx, timeouts, connection errors, malformed or empty replies): retried
  with exponential backoff and full jitter; a server's ``Retry-After`` / ``retry-after-ms`` is a floor
  on the wait;
- ``PermanentError`` (400, 401, 403, 404, ...): not retried.
Every failed attempt is logged in the outcome so the run's results show the retries.
"""
from __future__ import annotations

import asyncio
import email.utils
import random
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Generic, Mapping, TypeVar

T = TypeVar("T")

RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524})


class TransientError(Exception):
    def __init__(self, kind: str, detail: str = "", status: int | None = None,
                 retry_after: float | None = None) -> None:
        self.kind, self.detail, self.status, self.retry_after = kind, detail, status, retry_after
        super().__init__(f"{kind}: {detail}" if detail else kind)


class PermanentError(Exception):
    def __init__(self, kind: str, detail: str = "", status: int | None = None) -> None:
        self.kind, self.detail, self.status = kind, detail, status
        super().__init__(f"{kind}: {detail}" if detail else kind)


@dataclass
class RetryPolicy:
    max_attempts: int = 6            # 1 try + 5 retries
    timeout_s: float = 60.0          # per attempt
    backoff_base_s: float = 0.5      # attempt k waits U(0, min(max, base * 2**(k-1)))
    backoff_max_s: float = 30.0
    max_retry_after_s: float = 120.0  # a longer Retry-After is capped here
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def wait_for(self, retry_number: int, retry_after: float | None) -> float:
        ceiling = min(self.backoff_max_s, self.backoff_base_s * (2 ** (retry_number - 1)))
        wait = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_retry_after_s))
        return wait


def parse_retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date)."""
    if not headers:
        return None
    lower = {k.lower(): v for k, v in headers.items()}
    ms = lower.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = lower.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass
class Outcome(Generic[T]):
    value: T | None
    attempts: int
    retry_log: list[dict[str, Any]]
    error: str | None = None
    error_kind: str | None = None
    latency_s: float = 0.0

    @property
    def retries(self) -> int:
        return max(0, self.attempts - 1)


async def call_with_retries(attempt: Callable[[], Awaitable[T]], policy: RetryPolicy,
                            redact: Callable[[str], str] = lambda s: s) -> Outcome[T]:
    """Run ``attempt`` until it succeeds, fails permanently or runs out of attempts.

    The per-attempt timeout is enforced here (asyncio.wait_for), whatever the transport does.
    Never raises for a failed call (except cancellation): the outcome carries the reason.
    """
    log: list[dict[str, Any]] = []
    started = time.perf_counter()
    n = 0
    while True:
        n += 1
        t0 = time.perf_counter()
        try:
            value = await asyncio.wait_for(attempt(), timeout=policy.timeout_s)
            return Outcome(value, n, log, latency_s=round(time.perf_counter() - started, 4))
        except PermanentError as exc:
            log.append({"attempt": n, "kind": exc.kind, "status": exc.status, "detail": redact(exc.detail)[:300],
                        "elapsed_s": round(time.perf_counter() - t0, 4), "wait_s": None})
            return Outcome(None, n, log, error=redact(str(exc))[:500], error_kind=exc.kind,
                           latency_s=round(time.perf_counter() - started, 4))
        except (TransientError, asyncio.TimeoutError) as exc:
            if isinstance(exc, TransientError):
                kind, status, detail, ra = exc.kind, exc.status, exc.detail, exc.retry_after
            else:
                kind, status, detail, ra = "timeout", None, f"no reply within {policy.timeout_s:g} s", None
            entry = {"attempt": n, "kind": kind, "status": status, "detail": redact(detail)[:300],
                     "elapsed_s": round(time.perf_counter() - t0, 4), "wait_s": None}
            if ra is not None:
                entry["retry_after_s"] = ra
            log.append(entry)
            if n >= policy.max_attempts:
                reason = f"{kind} after {n} attempt{'s' if n != 1 else ''}"
                if detail:
                    reason += f": {redact(detail)[:300]}"
                return Outcome(None, n, log, error=reason, error_kind=kind,
                               latency_s=round(time.perf_counter() - started, 4))
            wait = policy.wait_for(n, ra)
            entry["wait_s"] = round(wait, 4)
            await asyncio.sleep(wait)


class ErrorBudget:
    """``--error-budget N``: once N items have failed to generate, no new item is started (items
    already in flight finish and are recorded); the run then exits 3.

    ``limit`` None = unlimited; an int is a count of items; a float in (0, 1] is a fraction of the
    run's items (at least 1).
    """

    def __init__(self, limit: int | float | None, total: int) -> None:
        if limit is None:
            self.limit: int | None = None
        elif isinstance(limit, float):
            self.limit = max(1, int(limit * total))
        else:
            self.limit = int(limit)
        self.spent = 0

    def spend(self) -> None:
        self.spent += 1

    @property
    def exhausted(self) -> bool:
        return self.limit is not None and self.spent >= self.limit


def parse_budget(value: str | int | float | None) -> int | float | None:
    """``25`` → 25 items, ``10%`` or ``0.1`` → a tenth of the items (a float), ``none`` → unlimited.
    Anything else (0, negative, > 100 %, not a number) is an input error."""
    from harness.errors import InputError

    if value is None:
        return None
    v = str(value).strip().lower()
    if v in ("none", "unlimited", "inf"):
        return None
    bad = InputError(f"expected a number of items N >= 1, a percentage like 10% or 'none', got {str(value)[:40]!r}",
                     field="--error-budget")
    try:
        if v.endswith("%"):
            frac = float(v[:-1]) / 100
        elif isinstance(value, float) or "." in v or "e" in v:
            frac = float(v)
            if frac >= 1 and frac == int(frac):
                return int(frac)
        else:
            n = int(v)
            if n < 1:
                raise bad
            return n
    except (ValueError, OverflowError):
        raise bad from None
    if not 0 < frac <= 1:
        raise bad
    return frac
