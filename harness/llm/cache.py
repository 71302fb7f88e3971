"""On-disk response cache (SQLite, WAL) shared by generation and judging.

The key is the sha256 of a canonical JSON of everything that determines the reply: generator
configuration, prompt template hash, question, sources (the rendered messages), model,
temperature, seed and repeat index. Only replies are stored (text, finish reason, usage): never a
request header or an API key (values are passed through harness.secrets.redact). Several
processes (CI shards) may share one cache directory.

A cache is only an optimisation, so a corrupt one (truncated, garbage, a folder in its place, an
unreadable row) must never stop a run: the file is moved aside as ``responses.sqlite3.corrupt-*``
with a warning naming both paths, and the run carries on with a fresh, empty cache.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any

from harness.errors import InputError
from harness.secrets import redact

DEFAULT_DIR = ".harness-cache"
DB_NAME = "responses.sqlite3"


def cache_key(parts: dict[str, Any]) -> str:
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _busy(exc: sqlite3.Error) -> bool:
    """Another process holds the database: wait or fail, but it is not corrupt."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


class ResponseCache:
    def __init__(self, directory: str | Path = DEFAULT_DIR) -> None:
        self.dir = Path(directory)
        if self.dir.exists() and not self.dir.is_dir():
            raise InputError("the cache directory is a file", path=self.dir, field="--cache-dir")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from harness.textfiles import os_error

            raise os_error(exc, self.dir, "create the cache directory") from None
        self.path = self.dir / DB_NAME
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        self.recovered: list[Path] = []  # files moved aside because they were corrupt
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            if _busy(exc):
                raise
            self._recover(exc)

    def _open(self) -> None:
        if self.path.is_dir() or (self.path.exists() and not self.path.is_file()):
            raise sqlite3.DatabaseError(f"{self.path} is not a regular file")
        db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, namespace TEXT NOT NULL,"
                       " value TEXT NOT NULL, created_at TEXT NOT NULL)")
            # reads every page of the table: a truncated or overwritten file fails here, not mid-run
            row = db.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {row[0] if row else 'no result'}")
        except BaseException:
            db.close()
            raise
        self._db = db

    def _recover(self, exc: Exception) -> None:
        """Move the corrupt file (and its WAL/SHM) aside, warn, start an empty cache."""
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        aside = self.path.with_name(f"{DB_NAME}.corrupt-{stamp}-{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except OSError as move_exc:
            raise InputError(f"response cache is corrupt ({exc}) and could not be moved aside ({move_exc.strerror}); "
                             "delete it or pass --no-cache", path=self.path) from None
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                try:
                    os.replace(side, Path(str(aside) + suffix))
                except OSError:
                    pass
        self.recovered.append(aside)
        print(f"harness: warning: response cache {self.path} is corrupt ({str(exc)[:120]}); "
              f"moved it to {aside} and started an empty cache", file=sys.stderr)
        self._open()

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            assert self._db is not None
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                if _busy(exc):
                    raise
                self._recover(exc)
                return self._db.execute(sql, params).fetchall()

    def get(self, key: str) -> dict[str, Any] | None:
        rows = self._run("SELECT value FROM responses WHERE key = ?", (key,))
        value = None
        if rows:
            try:
                value = json.loads(rows[0][0])
            except (ValueError, RecursionError, TypeError):
                value = None  # an unreadable row is a miss; the next put replaces it
        if not isinstance(value, dict):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: dict[str, Any], namespace: str = "generation") -> None:
        blob = redact(json.dumps(value, ensure_ascii=True))
        self._run("INSERT OR REPLACE INTO responses (key, namespace, value, created_at) VALUES (?, ?, ?, ?)",
                  (key, namespace, blob, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())))

    def __len__(self) -> int:
        return int(self._run("SELECT COUNT(*) FROM responses")[0][0])

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def open_cache(options: dict[str, Any]) -> ResponseCache | None:
    """The cache the CLI options ask for: ``--no-cache`` → None, else ``--cache-dir`` (default .harness-cache)."""
    if options.get("no_cache"):
        return None
    return ResponseCache(options.get("cache_dir") or DEFAULT_DIR)
