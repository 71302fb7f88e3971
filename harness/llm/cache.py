"""On-disk response cache (SQLite, WAL) shared by generation and judging.

The key is the sha256 of a canonical JSON of everything that determines the reply: generator
configuration, prompt template hash, question, sources (the rendered messages), model,
temperature, seed and repeat index. Only replies are stored (text, finish reason, usage): never a
request header or an API key. Several processes (CI shards) may share one cache directory.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

DEFAULT_DIR = ".harness-cache"
DB_NAME = "responses.sqlite3"


def cache_key(parts: dict[str, Any]) -> str:
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, directory: str | Path = DEFAULT_DIR) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / DB_NAME
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, namespace TEXT NOT NULL,"
                         " value TEXT NOT NULL, created_at TEXT NOT NULL)")
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(row[0])

    def put(self, key: str, value: dict[str, Any], namespace: str = "generation") -> None:
        blob = json.dumps(value, ensure_ascii=False)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO responses (key, namespace, value, created_at) VALUES (?, ?, ?, ?)",
                             (key, namespace, blob, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())))

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_cache(options: dict[str, Any]) -> ResponseCache | None:
    """The cache the CLI options ask for: ``--no-cache`` → None, else ``--cache-dir`` (default .harness-cache)."""
    if options.get("no_cache"):
        return None
    return ResponseCache(options.get("cache_dir") or DEFAULT_DIR)
