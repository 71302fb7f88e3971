"""Error types that map onto the CLI's exit codes.

Exit codes are a public contract that users' CI scripts depend on:
0 gate passed, 1 quality/regression gate failed, 2 usage or input error, 3 run could not complete.
"""
from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_INPUT_ERROR = 2
EXIT_INCOMPLETE = 3


class InputError(Exception):
    """Bad input: the message names the file, the line and the field, so no traceback is needed."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        self.detail = message
        super().__init__(self.render())

    def render(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}"
        parts = [p for p in (where, f"field '{self.field}'" if self.field else "") if p]
        prefix = ": ".join(parts)
        return f"{prefix}: {self.detail}" if prefix else self.detail


class RunIncomplete(Exception):
    """The run could not complete (e.g. the generator was unreachable for every item)."""
