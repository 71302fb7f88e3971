"""Skip tests of optional integrations cleanly when their libraries are not installed."""
from __future__ import annotations

import importlib.util

import pytest


def require(*modules: str) -> None:
    """Skip unless the optional modules are installed, without importing them: importing deepeval
    before harness.telemetry.disable() would start its telemetry and write ./.deepeval."""
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)} (pip install -e '.[dev]')", allow_module_level=True)
