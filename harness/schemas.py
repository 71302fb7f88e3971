"""JSON Schema validation of everything the harness reads or writes (schemas/*.schema.json).

Validators are built once per schema and cached: validation runs on every line of every file.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

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
    errors = list(validator(name).iter_errors(record))
    if not errors:
        return
    field, message = describe(best_match(errors))
    raise InputError(f"does not match {name} schema: {message}", path=path, line=line, field=field)
