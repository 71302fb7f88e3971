"""A ``--generator python`` target for tests/test_generation_openai.py."""
from __future__ import annotations

from typing import Any

_ANSWER = ("For informational purposes only\n\nAn answer.\n\nThis information is for educational purposes only. "
           "Always consult your healthcare team for personalized medical advice.")


def answer(question: dict[str, Any], repeat: int = 0) -> Any:
    n = int("".join(c for c in question["id"] if c.isdigit())[:3] or 0)
    if n % 4 == 1:
        raise ValueError("this question breaks the function")
    if n % 4 == 2:
        return {"answer": _ANSWER, "contexts": ["ctx from the function"], "usage": {"total_tokens": 3}}
    assert question["sources"], "the record carries its sources"
    return _ANSWER
