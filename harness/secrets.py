"""Redaction of secrets from everything the harness stores (results, reports, caches, logs).

A key can reach stored text by routes no error handler sees: a server echoing the Authorization
header inside a 200 reply, a model repeating its system prompt. So redaction is applied where text
is *written* (harness.atomic, harness.jsonl, the response cache), not where errors are formatted.
Two layers: the exact values the harness itself read from the environment (registered by the code
that reads them), and the shapes of common API keys and bearer tokens.
"""
from __future__ import annotations

import re
import threading

MASK = "***"
MIN_SECRET_LEN = 8  # shorter values would redact ordinary words

_lock = threading.Lock()
_known: set[str] = set()
_known_re: re.Pattern[str] | None = None

# OpenAI-style keys (sk-..., sk-proj-...), bearer tokens in echoed headers
_SHAPES = re.compile(r"\bsk-[A-Za-z0-9_-]{16,}|(?<=Bearer )[A-Za-z0-9._~+/=-]{8,}", re.I)


def register(value: str | None) -> None:
    """Redact ``value`` from everything written by this process from now on."""
    global _known_re
    if not value or len(value) < MIN_SECRET_LEN:
        return
    with _lock:
        if value in _known:
            return
        _known.add(value)
        _known_re = re.compile("|".join(re.escape(s) for s in sorted(_known, key=len, reverse=True)))


def redact(text: str) -> str:
    """``text`` with every registered secret and every key-shaped token replaced by ``***``."""
    known = _known_re
    if known is not None:
        text = known.sub(MASK, text)
    if "sk-" in text or "Bearer " in text or "bearer " in text:
        text = _SHAPES.sub(MASK, text)
    return text
