"""JSON Schema validation of everything the harness reads or writes (schemas/*.schema.json).

Validators are built once per schema and cached: validation runs on every line of every file, so
each line is first checked by a compiled validator (fastjsonschema, generated Python code, about
50 times faster than interpreting the schema). Only a line it rejects goes through jsonschema, whose
best_match error names the field a person must fix; jsonschema has the last word either way.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from harness.errors import InputError
from harness.paths import schemas_dir


@lru_cache(maxsize=1)
def _registry() -> Registry:
    resources = []
    for path in sorted(schemas_dir().glob("*.schema.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents)))
    return Registry().with_resources(resources)


@lru_cache(maxsize=1)
def format_checker() -> FormatChecker:
    """Checks ``format: regex`` by compiling the pattern as the checks do (case-insensitive);
    no other format is asserted."""
    import re

    checker = FormatChecker(formats=())

    @checker.checks("regex", raises=(re.error, OverflowError, RecursionError))
    def _regex(instance: object) -> bool:
        if isinstance(instance, str):
            re.compile(instance, re.I)
        return True

    return checker


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    """Validator for ``schemas/<name>.schema.json``."""
    path = schemas_dir() / f"{name}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry(), format_checker=format_checker())


def _compiled_format_regex(instance: str) -> bool:
    import re

    try:
        re.compile(instance, re.I)
    except (re.error, OverflowError, RecursionError):
        return False
    return True


@lru_cache(maxsize=None)
def fast_validator(name: str) -> Callable[[Any], Any]:
    """Compiled validator for ``schemas/<name>.schema.json`` (references to sibling schemas are
    read from schemas/, never fetched)."""
    import fastjsonschema

    def local(uri: str) -> Any:
        return json.loads((schemas_dir() / Path(uri).name).read_text(encoding="utf-8"))

    schema = json.loads((schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema, handlers={"": local, "file": local},
                                  formats={"regex": _compiled_format_regex}, use_default=False)


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """Validator for a schema given as data (a check type's parameter schema)."""
    return Draft202012Validator(schema, format_checker=format_checker())


def describe(error: ValidationError) -> tuple[str | None, str]:
    """A (field path, message) pair a person can act on."""
    field = ".".join(str(p) for p in error.absolute_path) or None
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        field = f"{field}.{missing}" if field else missing
        return field, "required field is missing"
    if error.validator == "additionalProperties":
        return field, error.message
    if error.validator == "format" and error.validator_value == "regex":
        return field, f"invalid regular expression {str(error.instance)[:160]!r}: {error.cause or 'does not compile'}"
    return field, error.message


def check(record: Any, name: str, path: str | Path | None = None, line: int | None = None) -> None:
    """Raise InputError naming file, line and field if ``record`` violates schema ``name``."""
    import fastjsonschema

    try:
        fast_validator(name)(record)
        return
    except fastjsonschema.JsonSchemaException:
        pass  # jsonschema says why (and decides: it is the reference implementation)
    errors = list(validator(name).iter_errors(record))
    if not errors:
        return
    field, message = describe(best_match(errors))
    raise InputError(f"does not match {name} schema: {message}", path=path, line=line, field=field)
