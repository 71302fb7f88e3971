"""Load a rubric (YAML, validated by schemas/rubric.schema.json) into Rule objects.

Errors name the YAML file and the line of the offending rule: a rubric is edited by people.
Everything is checked here, before any answer is scored: the rubric schema (with its settings),
each rule's ``params`` against the parameter schema its check type declared
(``@register_check(name, params_schema=...)``), every regex compiled, references between rules
and to ``settings.sections`` resolved.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from harness import registry, schemas
from harness.errors import InputError
from harness.scoring.model import Rule
from harness.textfiles import bounded_loader, parse_yaml, read_text


@dataclass
class Rubric:
    name: str
    path: str
    rules: list[Rule]
    fail_on: str = "major"
    settings: dict[str, Any] = field(default_factory=dict)
    text: str = ""

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    @property
    def rule_ids(self) -> list[str]:
        return [r.id for r in self.rules]


def _rule_lines(text: str) -> list[int]:
    """1-based line of each item of the top-level ``rules`` list."""
    try:
        node = yaml.compose(text, Loader=bounded_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if getattr(key, "value", None) == "rules" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def load(path: str | Path) -> Rubric:
    p = Path(path)
    return _load_text(read_text(p, "rubric file"), str(p))


@lru_cache(maxsize=8)
def _load_text(text: str, path: str) -> Rubric:
    data = parse_yaml(text, path)
    if not isinstance(data, dict):
        raise InputError("a rubric is a YAML mapping with 'name' and 'rules'", path=path)
    lines = _rule_lines(text)
    errors = list(schemas.validator("rubric").iter_errors(data))
    if errors:
        err = schemas.best_match(errors)
        fieldname, message = schemas.describe(err)
        line = None
        path_items = list(err.absolute_path)
        if len(path_items) >= 2 and path_items[0] == "rules" and isinstance(path_items[1], int) and path_items[1] < len(lines):
            line = lines[path_items[1]]
        raise InputError(f"does not match rubric schema: {message}", path=path, line=line, field=fieldname)
    known = registry.checks()
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["rules"]):
        line = lines[i] if i < len(lines) else None
        if raw["id"] in seen:
            raise InputError(f"duplicate rule id {raw['id']!r} (first defined in rule #{seen[raw['id']] + 1})",
                             path=path, line=line, field="id")
        seen[raw["id"]] = i
        if raw["check"] not in known:
            raise InputError(f"unknown check type {raw['check']!r}; known: {', '.join(sorted(known))}",
                             path=path, line=line, field=f"rules.{i}.check")
        if not raw["id"].startswith(raw["category"] + "."):
            raise InputError(f"rule id {raw['id']!r} must start with its category {raw['category']!r}",
                             path=path, line=line, field=f"rules.{i}.id")
        _check_params(raw, i, path, line, data.get("settings") or {})
        if raw.get("enabled", True):
            rules.append(Rule(raw["id"], raw["category"], raw["severity"], raw["description"].strip(),
                              raw["check"], raw.get("params") or {}, raw.get("applies_when") or {},
                              raw.get("direction") or registry.check_direction(raw["check"])))
    ids = set(seen)
    for i, raw in enumerate(data["rules"]):
        for ref in (raw.get("params") or {}).get("requires_rules", []):
            if ref not in ids:
                raise InputError(f"rule {raw['id']!r} refers to unknown rule id {ref!r}", path=path,
                                 line=lines[i] if i < len(lines) else None, field=f"rules.{i}.params.requires_rules")
    gate = data.get("gate") or {}
    return Rubric(data["name"], path, rules, gate.get("fail_on", "major"), data.get("settings") or {}, text)


def _check_params(raw: dict[str, Any], i: int, path: str, line: int | None, settings: dict[str, Any]) -> None:
    """The rule's ``params`` against its check type's parameter schema (regexes compiled)."""
    params = raw.get("params") or {}
    schema = registry.check_params_schema(raw["check"])
    if schema is not None:
        errors = list(schemas.validator_for(schema).iter_errors(params))
        if errors:
            fieldname, message = schemas.describe(schemas.best_match(errors))
            unknown = sorted(k for k in params if k not in schema.get("properties", {}))
            if unknown and schema.get("additionalProperties") is False:  # a typo explains the rest
                import difflib

                close = difflib.get_close_matches(unknown[0], list(schema["properties"]), n=1)
                fieldname = unknown[0]
                message = (f"unknown parameter {unknown[0]!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
                           + f"; known: {', '.join(schema['properties'])}")
            where = f"rules.{i}.params" + (f".{fieldname}" if fieldname else "")
            raise InputError(f"rule {raw['id']!r} ({raw['check']}): {message}", path=path, line=line, field=where)
    sections = settings.get("sections") or {}
    names = [params["section"]] if isinstance(params.get("section"), str) else []
    if raw["check"] == "section_order":
        names = [n for n in params.get("order") or [] if n not in ("body", "closing")]
    for name in names:
        if name not in sections:
            raise InputError(f"rule {raw['id']!r} names section {name!r}, which settings.sections does not define "
                             f"(defined: {', '.join(sorted(sections)) or 'none'})", path=path, line=line,
                             field=f"rules.{i}.params")
