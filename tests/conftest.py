"""Shared fixtures for the harness's own tests."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "data" / "seed_answer.txt"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seed_answer() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def write_jsonl(tmp_path: Path) -> Callable[[str, list[Any]], Path]:
    """Write records (dicts, or raw strings for malformed lines) to tmp_path/name."""
    def _write(name: str, records: list[Any]) -> Path:
        p = tmp_path / name
        p.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
        return p
    return _write

