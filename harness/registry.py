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
_DIRECTIONS: dict[str, str] = {}
DIRECTIONS = ("higher", "lower", "none")  # higher is better / lower is better / not ordered (e.g. a length)
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


def register_check(name: str, direction: str = "higher",
                   params_schema: dict[str, Any] | None = None) -> Callable[[F], F]:
    """Decorator: make a check function available to rubrics as ``check: <name>``.

    ``direction`` says once how to read the check's numeric ``score``: ``higher`` is better (a
    fraction of claims supported, the default), ``lower`` is better (a count of contradicted claims,
    a reading grade), or ``none`` (not ordered, e.g. a length). compare, the reports and the pytest
    plugin read it from each check record, so a score is never read backwards.

    ``params_schema`` (JSON Schema; helpers in harness.scoring.params) is what the rule's
    ``params`` must satisfy; rubrics are checked against it when loaded (``harness validate`` and
    before any scoring), and every field declared ``format: regex`` is compiled then."""
    if direction not in DIRECTIONS:
        raise ValueError(f"direction of check {name!r} must be one of {DIRECTIONS}, not {direction!r}")

    def deco(fn: F) -> F:
        _CHECKS[name] = fn
        _DIRECTIONS[name] = direction
        if params_schema is not None:
            _CHECK_SCHEMAS[name] = params_schema
        else:
            _CHECK_SCHEMAS.pop(name, None)
        return fn
    return deco


def check_direction(name: str) -> str:
    """The score direction a check type declared at registration (``higher`` when it said nothing)."""
    checks()
    return _DIRECTIONS.get(name, "higher")


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
