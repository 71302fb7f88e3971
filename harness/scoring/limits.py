"""Bounds on scoring one answer, so a hostile answer or rubric cannot hang or exhaust a run.

- ``answer_max_chars`` (default 100,000; answers of the assistant are under 10,000): a longer
  answer is not scored; the item is ``error`` naming the limit.
- ``scoring_seconds`` (default 10 s; 300 s when an LLM judge is configured, whose calls have
  their own timeouts): a regex with catastrophic backtracking such as ``(a+)+$`` can run for
  hours. Scoring is interrupted with SIGALRM (CPython's regex engine checks for signals), and the
  item is ``error`` naming the rule that was running.

Both come from the rubric's ``settings.limits`` and the ``--max-answer-chars`` /
``--scoring-timeout`` options. The timer needs the main thread (POSIX signals): scoring in
worker threads (several judged items at once) runs without it.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

DEFAULT_ANSWER_MAX_CHARS = 100_000
DEFAULT_SCORING_SECONDS = 10.0
DEFAULT_JUDGED_SCORING_SECONDS = 300.0


class ScoringTimeout(BaseException):
    """Raised inside a check when the answer's time is up. A BaseException, so that a check's own
    ``except Exception`` (fail-closed handlers) cannot swallow it."""


@dataclass(frozen=True)
class Limits:
    answer_max_chars: int
    scoring_seconds: float


def limits(settings: dict[str, Any]) -> Limits:
    cfg = settings.get("limits") or {}
    judged = settings.get("judge") is not None
    seconds = cfg.get("scoring_seconds") or (DEFAULT_JUDGED_SCORING_SECONDS if judged else DEFAULT_SCORING_SECONDS)
    return Limits(int(cfg.get("answer_max_chars") or DEFAULT_ANSWER_MAX_CHARS), float(seconds))


def with_overrides(settings: dict[str, Any], answer_max_chars: int | None, scoring_seconds: float | None,
                   ) -> dict[str, Any]:
    """Settings with the command line's limits in place of the rubric's."""
    cfg = dict(settings.get("limits") or {})
    if answer_max_chars is not None:
        cfg["answer_max_chars"] = int(answer_max_chars)
    if scoring_seconds is not None:
        cfg["scoring_seconds"] = float(scoring_seconds)
    return {**settings, "limits": cfg} if cfg else settings


def _raise(signum: int, frame: Any) -> None:
    raise ScoringTimeout()


@contextmanager
def deadline(seconds: float) -> Iterator[bool]:
    """Raise ScoringTimeout in this block after ``seconds`` (main thread only); yields whether the
    timer is armed."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield False
        return
    import time

    previous = signal.signal(signal.SIGALRM, _raise)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay > 0:  # a timer of the host program: give it back what is left of it
            left = outer_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), outer_interval)
