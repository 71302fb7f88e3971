"""Building blocks for the parameter schemas that check types declare with
``@register_check(name, params_schema=...)``.

A rubric is edited by people: a typo (``pattern:`` for ``patterns:``), a wrong type
(``patterns: 42``) or a regex that does not compile must stop ``harness validate`` and every
scoring command with the rubric file, the rule's line and the field, not turn every item into
``error`` at scoring time. Regex-valued fields are declared with ``format: regex`` and compiled
(case-insensitive, as the checks use them) by harness.schemas' format checker.
"""
from __future__ import annotations

from typing import Any

REGEX: dict[str, Any] = {"type": "string", "format": "regex"}
REGEX_LIST: dict[str, Any] = {"type": "array", "items": REGEX}
PATTERNS: dict[str, Any] = {"type": "array", "items": REGEX, "minItems": 1}
COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
POSITIVE: dict[str, Any] = {"type": "integer", "minimum": 1}
TEXT: dict[str, Any] = {"type": "string"}
FLAG: dict[str, Any] = {"type": "boolean"}
FRACTION: dict[str, Any] = {"type": "number", "minimum": 0, "maximum": 1}
THERAPY: dict[str, Any] = {
    "type": "object", "required": ["name", "pattern", "not_approved_for"], "additionalProperties": False,
    "properties": {"name": TEXT, "pattern": REGEX, "approved_for": REGEX, "not_approved_for": REGEX},
}


def params(required: tuple[str, ...] = (), **properties: dict[str, Any]) -> dict[str, Any]:
    """An object schema: exactly these keys (unknown ones are typos), ``required`` among them."""
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}
