"""Which blind data may train and tune the meaning models: the DEV lines, never test ones.

datasets/blind/ carries a ``split`` per line (dev or test). A later blind set is test-only while it
is the newest; once a newer set replaces it, it is retired to dev as a whole (``RETIRED_TO_DEV``;
bench/TEST_LOG.md records when), and its per-item errors may be read and learned from. The newest
set (datasets/blind7/) is never read here.
"""
from __future__ import annotations

import json
from typing import Any

from harness.paths import datasets_dir

RETIRED_TO_DEV = ("blind2", "blind3", "blind4", "blind5", "blind6")


def dev_rows(kind: str) -> list[dict[str, Any]]:
    """The blind DEV lines of ``kind`` (``answers`` or ``redflag_questions``): datasets/blind/ lines with
    ``split == "dev"`` and every line of the retired sets."""
    return [r for rows in dev_rows_by_set(kind).values() for r in rows]


def dev_rows_by_set(kind: str) -> dict[str, list[dict[str, Any]]]:
    """``dev_rows`` grouped by the set (one writer each) they come from, so a cross-validation can hold out
    a whole writer, as a new blind set does."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in ("blind", *RETIRED_TO_DEV):
        path = datasets_dir() / name / f"{kind}.jsonl"
        if path.exists():
            rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            out[name] = [r for r in rows if name in RETIRED_TO_DEV or r.get("split") == "dev"]
    return out


def describe() -> str:
    return "datasets/blind (split == dev), " + ", ".join(f"datasets/{n} (all)" for n in RETIRED_TO_DEV)
