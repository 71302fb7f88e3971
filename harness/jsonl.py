"""JSONL reading with line numbers and schema checks, and durable appends.

Every reader error is an InputError naming file, line and field (exit code 2 at the CLI).
Appends are flushed and fsync'd so a run killed with SIGKILL loses at most the line being written.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from harness import schemas
from harness.errors import InputError
from harness.textfiles import read_text


def iter_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; blank lines are allowed."""
    p = Path(path)
    text = read_text(p, "JSONL file")
    seen_any = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", path=p, line=number) from None
        if not isinstance(obj, dict):
            raise InputError(f"expected a JSON object, got {type(obj).__name__}", path=p, line=number)
        seen_any = True
        yield number, obj
    if not seen_any:
        raise InputError("file is empty: expected one JSON object per line", path=p)


def read(path: str | Path, schema: str | None = None, unique: str | tuple[str, ...] | None = "id",
         ) -> list[dict[str, Any]]:
    """Read a JSONL file, validating each line against ``schema`` and ``unique`` keys."""
    out: list[dict[str, Any]] = []
    first_seen: dict[Any, int] = {}
    keys = (unique,) if isinstance(unique, str) else unique
    for number, obj in iter_lines(path):
        if schema:
            schemas.check(obj, schema, path=path, line=number)
        if keys:
            key = tuple(obj.get(k) for k in keys)
            if key in first_seen:
                named = [f"{k} {v!r}" for k, v in zip(keys, key) if v is not None]
                raise InputError(f"duplicate {', '.join(named)} (first seen on line {first_seen[key]})",
                                 path=path, line=number, field=keys[0])
            first_seen[key] = number
        out.append(obj)
    return out


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)


def write(path: str | Path, records: Iterable[dict[str, Any]]) -> None:
    """Write records atomically (temp file + rename)."""
    p = Path(path)
    tmp = p.with_suffix(p.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(dumps(rec) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, p)


class Appender:
    """Append-only JSONL writer that fsyncs each line (resumable runs)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fh = self.path.open("a", encoding="utf-8")

    def append(self, record: dict[str, Any]) -> None:
        self._fh.write(dumps(record) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> "Appender":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
