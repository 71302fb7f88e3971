"""What every generator returns, and the interface the runner drives.

A generator never raises for a failed item: it returns a Generation with ``error`` set, so the
item is recorded as ``error`` (fail closed) with the reason, never dropped and never passed.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Generation:
    answer: str | None
    contexts: list[str] = field(default_factory=list)
    error: str | None = None
    info: dict[str, Any] = field(default_factory=dict)  # attempts, latency_s, usage, cached, finish_reason


class Generator(ABC):
    """Produces one answer for one question (and repeat index)."""

    name: str = "generator"

    def describe(self) -> dict[str, Any]:
        """Configuration for summary.json and cache keys. Must never contain secrets."""
        return {"name": self.name}

    @abstractmethod
    async def generate(self, question: dict[str, Any], repeat: int = 0) -> Generation: ...

    async def aclose(self) -> None:
        return None
