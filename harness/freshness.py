"""Source freshness: which grounding passages were last checked too long ago.

Approvals and labels change, so every passage carries ``as_of`` (the month its facts were last
checked). A passage older than the allowed age is *stale* unless it carries a ``freshness_waiver``
saying why its facts do not age (e.g. figures that are explicitly dated). Stale passages are a
warning for ``harness validate`` and a list in the clinician report, never a gate.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from harness.datasets import Source

DEFAULT_MAX_AGE_MONTHS = 12


@dataclass(frozen=True)
class Stale:
    source_id: str
    as_of: str
    age_months: int


def age_months(as_of: str, today: date) -> int:
    """Whole months from ``as_of`` (YYYY-MM or YYYY-MM-DD; the month counts) to ``today``."""
    year, month = (int(x) for x in as_of.split("-")[:2])
    return (today.year - year) * 12 + today.month - month


def stale(sources: Iterable[Source], today: date, max_age_months: int = DEFAULT_MAX_AGE_MONTHS) -> list[Stale]:
    """Passages older than ``max_age_months`` without a waiver, oldest first."""
    out = [Stale(s.source_id, s.as_of, age_months(s.as_of, today)) for s in sources if not s.freshness_waiver]
    return sorted((s for s in out if s.age_months > max_age_months), key=lambda s: (-s.age_months, s.source_id))


class Citations:
    """Which items cite each passage, counted item by item; at most ``max_ids`` ids are kept per
    passage (a report names a few and counts the rest), so memory does not grow with the run."""

    def __init__(self, max_ids: int | None = 20) -> None:
        self.max_ids = max_ids
        self.ids: dict[str, list[str]] = {}
        self.count: dict[str, int] = {}
        self._last: dict[str, str] = {}

    def add(self, it: dict[str, Any]) -> None:
        for sid in (it.get("metadata") or {}).get("source_ids") or []:
            if self._last.get(sid) == it["id"] or it["id"] in self.ids.get(sid, ()):
                continue  # repeats of one question cite once
            self._last[sid] = it["id"]
            self.count[sid] = self.count.get(sid, 0) + 1
            ids = self.ids.setdefault(sid, [])
            if self.max_ids is None or len(ids) < self.max_ids:
                ids.append(it["id"])

    def stale(self, sources: dict[str, Source], today: date,
              max_age_months: int = DEFAULT_MAX_AGE_MONTHS) -> list[tuple[Stale, list[str], int]]:
        """Stale cited passages with the citing ids kept and how many items cite each."""
        cited = [sources[k] for k in self.ids if k in sources]
        return [(s, self.ids[s.source_id], self.count[s.source_id]) for s in stale(cited, today, max_age_months)]


def stale_cited(items: Iterable[dict[str, Any]], sources: dict[str, Source], today: date,
                max_age_months: int = DEFAULT_MAX_AGE_MONTHS) -> list[tuple[Stale, list[str]]]:
    """Stale passages cited (``metadata.source_ids``) by the given result items, with the citing item ids."""
    c = Citations(max_ids=None)
    for it in items:
        c.add(it)
    return [(s, ids) for s, ids, _ in c.stale(sources, today, max_age_months)]


def sources_of_run(summary: dict[str, Any]) -> dict[str, Source]:
    """The passages next to the run's dataset (datasets/sources beside questions.jsonl), if still there."""
    from harness.datasets import default_sources_dir, load_sources
    from harness.errors import InputError

    path = ((summary.get("dataset") or {}).get("path")) if isinstance(summary.get("dataset"), dict) else None
    folder = default_sources_dir(path) if path else None
    if folder is None or not folder.is_dir():
        return {}
    try:
        return load_sources(folder)
    except InputError:  # a report is still written; `harness validate` names the broken passage
        return {}


def run_date(summary: dict[str, Any]) -> date:
    """The day the run was created (the report judges freshness as of then), else today."""
    created = str(summary.get("created_at") or "")
    try:
        return date.fromisoformat(created[:10])
    except ValueError:
        return date.today()


def describe(s: Stale, max_age_months: int, path: Path | None = None) -> str:
    where = f"{path}: " if path else ""
    return (f"warning: {where}source {s.source_id!r} was last checked {s.as_of} ({s.age_months} months ago, "
            f"limit {max_age_months}); re-check it and update as_of, or add a freshness_waiver with the reason")
