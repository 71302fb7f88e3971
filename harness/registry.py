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


def register_check(name: str) -> Callable[[F], F]:
    """Decorator: make a check function available to rubrics as ``check: <name>``."""
    def deco(fn: F) -> F:
        _CHECKS[name] = fn
        return fn
    return deco


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
