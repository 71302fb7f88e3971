"""Reading user-edited text files (YAML, JSON) so that every failure is an InputError naming the
file and line: the one place that turns parser errors into exit code 2."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from harness.errors import InputError


def read_text(path: str | Path, what: str = "file") -> str:
    """The file's UTF-8 text; missing paths, folders and non-UTF-8 bytes are input errors."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} does not exist", path=p)
    if p.is_dir():
        raise InputError(f"is a directory, expected a {what}", path=p)
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason})", path=p) from None


def parse_yaml(text: str, path: str | Path) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"malformed YAML ({problem})", path=path, line=mark.line + 1 if mark else None) from None


def load_yaml(path: str | Path, what: str = "YAML file") -> Any:
    return parse_yaml(read_text(path, what), path)
