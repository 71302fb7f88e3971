"""Optional libraries: fail up front, naming the extra that installs them.

A feature that needs ragas, deepeval or onnxruntime must say so before any work starts (exit 2),
not turn every item into ``not graded`` or ``error`` halfway through a run. Checking uses
importlib's finder only: nothing is imported (``import harness`` stays fast and offline).
"""
from __future__ import annotations

from importlib.util import find_spec

from harness.errors import InputError

DIST = "oncology-answer-harness"


def missing(module: str) -> bool:
    try:
        return find_spec(module) is None
    except (ImportError, ValueError):
        return True


def require(module: str, extra: str, feature: str) -> None:
    """InputError (exit 2) naming the extra when ``module`` is not installed."""
    if missing(module):
        raise InputError(f"{feature} needs {module}, which is not installed: pip install '{DIST}[{extra}]'")
