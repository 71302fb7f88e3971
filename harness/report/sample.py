"""A stratified sample of passing items for the run report, in one pass and bounded memory.

A clinician cannot read 15,000 passing answers, but should see some from every cancer type. Each
stratum keeps the ``per_stratum`` items whose key has the smallest SHA-256 (a bottom-k sketch): the
sample is the same whatever the order of results.jsonl (workers, shards, merge), needs no random
seed, and holds at most ``per_stratum`` items per stratum at any time.
"""
from __future__ import annotations

import hashlib
import heapq
from dataclasses import dataclass, field
from typing import Any, Callable


def stable_rank(key: str) -> int:
    """A key's place in the sample order: the first 8 bytes of its SHA-256."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


@dataclass
class StratifiedSample:
    """Offer every item once; ``chosen()`` gives the kept ones in the order they were offered."""

    per_stratum: int
    seen: dict[str, int] = field(default_factory=dict)
    _heaps: dict[str, list[tuple[int, int, Any]]] = field(default_factory=dict)
    _n: int = 0

    def offer(self, stratum: str, key: str, value: Callable[[], Any]) -> None:
        """``value`` is called only when the item is kept (the caller may pack it small)."""
        self.seen[stratum] = self.seen.get(stratum, 0) + 1
        heap = self._heaps.setdefault(stratum, [])
        rank = -stable_rank(key)  # max-heap on rank: the root is the first to drop
        self._n += 1
        if len(heap) < self.per_stratum:
            heapq.heappush(heap, (rank, self._n, value()))
        elif self.per_stratum and rank > heap[0][0]:
            heapq.heapreplace(heap, (rank, self._n, value()))

    def chosen(self) -> list[Any]:
        kept = sorted((e for heap in self._heaps.values() for e in heap), key=lambda e: e[1])
        return [e[2] for e in kept]

    def counts(self) -> list[dict[str, Any]]:
        """Per stratum: how many were offered, how many are shown, how many are not."""
        return [{"stratum": s, "total": n, "shown": len(self._heaps.get(s, [])),
                 "hidden": n - len(self._heaps.get(s, []))} for s, n in sorted(self.seen.items())]
