"""The one place where check types and generators are found by name.

Built-in modules register themselves on import; third parties can add their own through the
``harness.checks`` and ``harness.generators`` entry-point groups (pytest-plugin style).
"""
from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CHECKS: dict[str, Callable[..., Any]] = {}
_CHECK_SCHEMAS: dict[str, dict[str, Any]] = {}
_GENERATORS: dict[str, Callable[..., Any]] = {}

_BUILTIN_CHECK_MODULES = (
    "harness.scoring.checks.disclaimers",
    "harness.scoring.checks.sections",
    "harness.scoring.checks.safety",
    "harness.scoring.checks.quality",
    "harness.scoring.checks.criteria",
    "harness.grounding.check",
    "harness.judge.check",
)
_BUILTIN_GENERATOR_MODULES = ("harness.generators.replay", "harness.generators.openai_chat",
                              "harness.generators.http", "harness.generators.python_fn")
_loaded: set[str] = set()


def register_check(name: str, params_schema: dict[str, Any] | None = None) -> Callable[[F], F]:
    """Decorator: make a check function available to rubrics as ``check: <name>``.

    ``params_schema`` (JSON Schema; helpers in harness.scoring.params) is what the rule's
    ``params`` must satisfy; rubrics are checked against it when loaded (``harness validate`` and
    before any scoring), and every field declared ``format: regex`` is compiled then."""
    def deco(fn: F) -> F:
        _CHECKS[name] = fn
        if params_schema is not None:
            _CHECK_SCHEMAS[name] = params_schema
        else:
            _CHECK_SCHEMAS.pop(name, None)
        return fn
    return deco


def check_params_schema(name: str) -> dict[str, Any] | None:
    """The parameter schema a check type declared, or None (its params are only required to be a mapping)."""
    checks()
    return _CHECK_SCHEMAS.get(name)


def register_generator(name: str) -> Callable[[F], F]:
    """Decorator: make a generator factory available as ``--generator <name>``."""
    def deco(fn: F) -> F:
        _GENERATORS[name] = fn
        return fn
    return deco


def _load(kind: str, modules: tuple[str, ...], group: str) -> None:
    if kind in _loaded:
        return
    _loaded.add(kind)
    for mod in modules:
        import_module(mod)
    for ep in entry_points(group=group):
        ep.load()


def checks() -> dict[str, Callable[..., Any]]:
    _load("checks", _BUILTIN_CHECK_MODULES, "harness.checks")
    return _CHECKS


def generators() -> dict[str, Callable[..., Any]]:
    _load("generators", _BUILTIN_GENERATOR_MODULES, "harness.generators")
    return _GENERATORS
