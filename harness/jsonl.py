"""JSONL reading with line numbers and schema checks, and durable, atomic or appended writes.

Every reader error is an InputError naming file, line and field (exit code 2 at the CLI).
Lines are split on "\\n" only: U+2028, U+2029, U+0085 and the other characters that
``str.splitlines`` treats as line breaks are legal inside JSON strings (models do emit U+2028).
Writers escape them anyway, so other tools' line readers see one record per line too.
Appends are flushed and fsync'd so a run killed with SIGKILL loses at most the line being written.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from harness import atomic, schemas
from harness.errors import InputError
from harness.secrets import redact
from harness.textfiles import check_regular, os_error, parse_json

# characters some line readers split on, and lone surrogates (not encodable as UTF-8)
_UNSAFE = re.compile("[\u0085\u2028\u2029\ud800-\udfff]")


def iter_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; blank lines are allowed. The file is
    read line by line (memory: one line), with read_text's checks (regular file, UTF-8, BOM)."""
    p = Path(path)
    check_regular(p, "JSONL file")
    seen_any = False
    try:
        fh = p.open("rb")
    except OSError as exc:
        raise os_error(exc, p) from None
    with fh:
        for number, data in enumerate(fh, start=1):
            try:
                raw = data.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start} of the line)",
                                 path=p, line=number) from None
            if not raw.strip():
                continue
            obj = parse_json(raw, p, number)
            if not isinstance(obj, dict):
                raise InputError(f"expected a JSON object, got {type(obj).__name__}", path=p, line=number)
            seen_any = True
            yield number, obj
    if not seen_any:
        raise InputError("file is empty: expected one JSON object per line", path=p)


def iter_read(path: str | Path, schema: str | None = None, unique: str | tuple[str, ...] | None = None,
              ) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file one at a time, each validated against ``schema``; ``unique`` keys
    must not repeat (an input error naming the line of the repeat and of the first one)."""
    first_seen: dict[Any, int] = {}
    keys = (unique,) if isinstance(unique, str) else unique
    for number, obj in iter_lines(path):
        if schema:
            schemas.check(obj, schema, path=path, line=number)
        if keys:
            key = tuple(json.dumps(obj.get(k), sort_keys=True) for k in keys)
            if key in first_seen:
                named = [f"{k} {obj.get(k)!r}" for k in keys if obj.get(k) is not None]
                raise InputError(f"duplicate {', '.join(named)} (first seen on line {first_seen[key]})",
                                 path=path, line=number, field=keys[0])
            first_seen[key] = number
        yield obj


def read(path: str | Path, schema: str | None = None, unique: str | tuple[str, ...] | None = "id",
         ) -> list[dict[str, Any]]:
    """Read a JSONL file, validating each line against ``schema`` and ``unique`` keys."""
    return list(iter_read(path, schema, unique))


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group(0)):04x}"


def dumps(obj: Any) -> str:
    """One JSON line: readable UTF-8, but U+0085/U+2028/U+2029 and lone surrogates escaped (they
    only occur inside strings, where ``\\uXXXX`` is the same value), and secrets redacted."""
    return redact(_UNSAFE.sub(_escape, json.dumps(obj, ensure_ascii=False, sort_keys=False)))


def dumps_redacted(obj: Any) -> tuple[str, bool]:
    """``dumps(obj)`` and whether redaction changed it (a secret was masked)."""
    plain = _UNSAFE.sub(_escape, json.dumps(obj, ensure_ascii=False, sort_keys=False))
    line = redact(plain)
    return line, line != plain


def write(path: str | Path, records: Iterable[dict[str, Any]]) -> None:
    """Write records atomically (temp file + rename), streaming: one record in memory at a time."""
    write_lines(path, (dumps(rec) for rec in records))


def write_lines(path: str | Path, lines: Iterable[str]) -> None:
    """Write already serialised JSON lines (no trailing newline) atomically, one at a time."""
    with atomic.replacing(path) as fh:
        for line in lines:
            fh.write(line.encode("utf-8") + b"\n")


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
