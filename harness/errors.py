"""Error types that map onto the CLI's exit codes.

Exit codes are a public contract that users' CI scripts depend on:
0 gate passed, 1 quality/regression gate failed (and only that), 2 usage or input error (one line
naming file, line and field; no traceback), 3 incomplete (an item in status ``error``, the error
budget spent, an interrupted run, a missing item), 4 internal error (a bug: one line on stderr, the
traceback in the run folder's crash log).
"""
from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_GATE_FAILED = 1
EXIT_INPUT_ERROR = 2
EXIT_INCOMPLETE = 3
EXIT_INTERNAL = 4


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


class RunFolderBusy(InputError):
    """Another harness process holds the run folder's lock."""
