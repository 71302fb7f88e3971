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
    """Load a rubric; one that says ``extends: NAME|PATH`` is merged onto its base first (merge())."""
    return _load_chain(tuple(_chain(Path(path), ())))


def resolve_extends(name: str, rubric_path: Path) -> Path:
    """``extends: default`` → the shipped rubrics/default.yaml; a value with a slash or a .yaml
    suffix → a file relative to the extending rubric."""
    if "/" not in name and "\\" not in name and not name.endswith((".yaml", ".yml")):
        from harness.paths import rubrics_dir

        return rubrics_dir() / f"{name}.yaml"
    p = Path(name).expanduser()
    return p if p.is_absolute() else rubric_path.parent / p


def _chain(p: Path, seen: tuple[Path, ...]) -> list[tuple[str, str]]:
    """[(path, text)] of a rubric and the rubrics it extends, the extending one first."""
    text = read_text(p, "rubric file")
    data = parse_yaml(text, str(p))
    ext = data.get("extends") if isinstance(data, dict) else None
    if ext is None:
        return [(str(p), text)]
    if not isinstance(ext, str) or not ext.strip():
        raise InputError("extends must name a rubric (e.g. default) or a rubric file", path=p, field="extends")
    base = resolve_extends(ext.strip(), p)
    if not base.exists():
        raise InputError(f"extends {ext!r}: no such rubric ({base})", path=p, field="extends")
    if base.resolve() in seen or base.resolve() == p.resolve():
        raise InputError(f"extends {ext!r}: rubrics extend each other in a cycle", path=p, field="extends")
    return [(str(p), text), *_chain(base, (*seen, p.resolve()))]


def _deep_merge(base: Any, over: Any) -> Any:
    """Mappings merge key by key (``over`` wins); anything else (lists included) is replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _deep_merge(base.get(k), v) if k in base else v
        return out
    return over


def merge(base: dict[str, Any], child: dict[str, Any], child_path: str, child_lines: list[int],
          origins: dict[str, tuple[str, int | None]]) -> dict[str, Any]:
    """``child`` (a rubric that extends ``base``) applied to ``base``: name, description, version and
    gate from the child when it sets them; settings deep-merged; each child rule whose id is in the
    base overrides that rule (params deep-merged, ``enabled: false`` disables it), a new id is
    appended. ``origins`` (rule id → file, line) is updated for error messages."""
    out = {k: v for k, v in base.items() if k != "extends"}
    for key, value in child.items():
        if key in ("rules", "extends"):
            continue
        out[key] = _deep_merge(base.get(key), value) if key in ("settings", "gate") else value
    rules = list(base.get("rules") or [])
    index = {r.get("id"): i for i, r in enumerate(rules) if isinstance(r, dict)}
    child_rules = child.get("rules") or []
    if not isinstance(child_rules, list):
        raise InputError("rules must be a list of rules (new ids) or overrides (existing ids)", path=child_path,
                         field="rules")
    seen: set[str] = set()
    for i, entry in enumerate(child_rules):
        line = child_lines[i] if i < len(child_lines) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise InputError("each rule needs an id (an existing id overrides that rule, a new id adds one)",
                             path=child_path, line=line, field=f"rules.{i}.id")
        rid = entry["id"]
        if rid in seen:
            raise InputError(f"duplicate rule id {rid!r}", path=child_path, line=line, field="id")
        seen.add(rid)
        origins[rid] = (child_path, line)
        if rid in index:
            rules[index[rid]] = _deep_merge(rules[index[rid]], entry)
        else:
            index[rid] = len(rules)
            rules.append(entry)
    out["rules"] = rules
    return out


@lru_cache(maxsize=8)
def _load_chain(chain: tuple[tuple[str, str], ...]) -> Rubric:
    """Parse, merge (base first) and check a rubric chain; errors name the file and line where the
    offending rule (or its last override) is written."""
    *children, (path, text) = chain
    data = parse_yaml(text, path)
    if not isinstance(data, dict):
        raise InputError("a rubric is a YAML mapping with 'name' and 'rules'", path=path)
    origins: dict[str, tuple[str, int | None]] = {}
    base_lines = _rule_lines(text)
    for i, r in enumerate(data.get("rules") or [] if isinstance(data.get("rules"), list) else []):
        if isinstance(r, dict) and isinstance(r.get("id"), str) and r["id"] not in origins:
            origins[r["id"]] = (path, base_lines[i] if i < len(base_lines) else None)
    for child_path, child_text in reversed(children):
        child = parse_yaml(child_text, child_path)
        if not isinstance(child, dict):
            raise InputError("a rubric is a YAML mapping with 'name' and 'rules'", path=child_path)
        data = merge(data, child, child_path, _rule_lines(child_text), origins)
    top = chain[0][0]
    if not children:
        where = [(path, ln) for ln in base_lines]
    else:
        where = [origins.get(r.get("id"), (top, None)) if isinstance(r, dict) else (top, None)
                 for r in (data.get("rules") or [])] if isinstance(data.get("rules"), list) else []
    return _build(data, top if children else path, where, "\n---\n".join(t for _, t in chain))


def _build(data: dict[str, Any], path: str, where: list[tuple[str, int | None]], text: str) -> Rubric:
    """Check the (merged) rubric and build its Rule objects; ``where`` is each rule's (file, line)."""
    lines = [ln for _, ln in where]
    files = [f for f, _ in where]
    errors = list(schemas.validator("rubric").iter_errors(data))
    if errors:
        err = schemas.best_match(errors)
        fieldname, message = schemas.describe(err)
        line, where_path = None, path
        path_items = list(err.absolute_path)
        if len(path_items) >= 2 and path_items[0] == "rules" and isinstance(path_items[1], int) and path_items[1] < len(lines):
            line, where_path = lines[path_items[1]], files[path_items[1]]
        raise InputError(f"does not match rubric schema: {message}", path=where_path, line=line, field=fieldname)
    top_path = path
    known = registry.checks()
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["rules"]):
        line = lines[i] if i < len(lines) else None
        path = files[i] if i < len(files) else path
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
        for key in ("requires_rules", "requested_rules"):
            for ref in (raw.get("params") or {}).get(key, []):
                if ref not in ids:
                    raise InputError(f"rule {raw['id']!r} refers to unknown rule id {ref!r}", path=files[i],
                                     line=lines[i] if i < len(lines) else None, field=f"rules.{i}.params.{key}")
    if (data.get("settings") or {}).get("approvals"):
        from harness.scoring.approvals import for_settings

        for_settings(data["settings"])  # a broken approvals table is an input error now, not mid-run
    gate = data.get("gate") or {}
    return Rubric(data["name"], top_path, rules, gate.get("fail_on", "major"), data.get("settings") or {}, text)


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
    if isinstance(params.get("intent"), str):
        _check_intent(raw, i, path, line, settings, params["intent"])
    sections = settings.get("sections") or {}
    names = [params["section"]] if isinstance(params.get("section"), str) else []
    if raw["check"] == "section_order":
        names = [n for n in params.get("order") or [] if n not in ("body", "closing")]
    for name in names:
        if name not in sections:
            raise InputError(f"rule {raw['id']!r} names section {name!r}, which settings.sections does not define "
                             f"(defined: {', '.join(sorted(sections)) or 'none'})", path=path, line=line,
                             field=f"rules.{i}.params")


def _check_intent(raw: dict[str, Any], i: int, path: str, line: int | None, settings: dict[str, Any],
                  intent: str) -> None:
    """An ``intent`` a rule asks for must be a head of the model its check reads (safety checks read
    ``settings.safety_model``, disclaimer and section checks ``settings.intent_model``): a typo is an
    input error at load time, not a crash on the first answer."""
    from harness.scoring.intents import model_for

    key = "intent_model" if raw["check"] in ("phrase_present", "section_present") else "safety_model"
    model = model_for(settings, key)
    known = sorted(n for g in model.groups.values() for n in g["intents"])
    if intent not in known:
        raise InputError(f"rule {raw['id']!r}: intent {intent!r} is not in {key} (known: {', '.join(known)})",
                         path=path, line=line, field=f"rules.{i}.params.intent")
