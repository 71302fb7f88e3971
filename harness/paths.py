"""Where the shipped data lives: the repository root in a checkout or editable install, and
``harness/_data`` in a wheel (hatch force-includes schemas/, rubrics/, datasets/, prompts/)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_root() -> Path:
    """Folder that holds schemas/, rubrics/, datasets/ and prompts/."""
    bundled = _PKG / "_data"
    if (bundled / "schemas").is_dir():
        return bundled
    return _PKG.parent


def schemas_dir() -> Path:
    return data_root() / "schemas"


def rubrics_dir() -> Path:
    return data_root() / "rubrics"


def datasets_dir() -> Path:
    return data_root() / "datasets"


def prompts_dir() -> Path:
    return data_root() / "prompts"


def default_rubric() -> Path:
    return rubrics_dir() / "default.yaml"
