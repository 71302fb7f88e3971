"""The data a check receives (ItemContext) and returns (CheckResult)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from harness.scoring.document import Document

SEVERITY_RANK = {"minor": 1, "major": 2, "critical": 3}


@dataclass
class Rule:
    """One rubric rule: a check type from the registry plus its parameters."""

    id: str
    category: str
    severity: str
    description: str
    check: str
    params: dict[str, Any] = field(default_factory=dict)
    applies_when: dict[str, Any] = field(default_factory=dict)
    direction: str = "higher"  # how to read this rule's score; see harness.registry.register_check


@dataclass
class CheckResult:
    """What one rule concluded about one answer. ``outcome`` is pass/fail/not_graded/error."""

    outcome: str
    message: str
    evidence: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    score: float | None = None
    details: dict[str, Any] | None = None

    @classmethod
    def ok(cls, message: str, evidence: str | None = None, spans: list[tuple[int, int]] | None = None,
           score: float | None = None, details: dict[str, Any] | None = None) -> "CheckResult":
        return cls("pass", message, evidence, list(spans or []), score, details)

    @classmethod
    def fail(cls, message: str, evidence: str | None = None, spans: list[tuple[int, int]] | None = None,
             score: float | None = None, details: dict[str, Any] | None = None) -> "CheckResult":
        return cls("fail", message, evidence, list(spans or []), score, details)

    @classmethod
    def not_graded(cls, message: str, details: dict[str, Any] | None = None) -> "CheckResult":
        return cls("not_graded", message, None, [], None, details)


@dataclass
class ItemContext:
    """One answer to score, with its question, metadata and source passages."""

    id: str
    question: str
    answer: str
    metadata: dict[str, Any] = field(default_factory=dict)
    contexts: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    results: dict[str, CheckResult] = field(default_factory=dict)  # rule id -> result so far

    @cached_property
    def doc(self) -> Document:
        return Document(self.answer, self.question)
