"""Atomic, redacted file writes: every output file of the harness goes through here.

A reader (CI, a browser, ``harness compare`` on the same folder) sees either the old file or the
new one, never half of one; a crash leaves at most a ``.tmp`` file beside it, removed on failure.
Text is passed through harness.secrets.redact first.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from harness.secrets import redact


@contextmanager
def replacing(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` when the block ends without error: a
    temp file in the same folder, fsync'd, then os.replace over ``path`` (removed on failure). For
    writers that stream (results.jsonl of any size) rather than hold the whole content."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to a temp file in the same folder, fsync, then os.replace over ``path``."""
    with replacing(path) as fh:
        fh.write(data)
    return Path(path)


def write_text(path: str | Path, text: str) -> Path:
    """Redacted UTF-8 text, written atomically. A lone surrogate (not encodable) becomes "?"."""
    return write_bytes(path, redact(text).encode("utf-8", errors="replace"))
