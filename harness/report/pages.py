"""Item sections of a big run report: spooled to disk as they are rendered, read back as pages.

The run report renders each shown item's section once, as it reads results.jsonl, and writes it
to a temporary file per group (errors, failures, flagged passes, sampled passes) so memory does
not grow with the run. The page then shows the sections ``PAGE_SIZE`` at a time: the first page
as ordinary HTML, every other page gzip-compressed and base64-encoded inside an inert
``<script type="application/x-gzip-base64">`` element that report.js decompresses
(DecompressionStream) and inserts when the clinician opens that page. The sections were escaped by
the templates before compression; compression only keeps a 20,000-answer report small enough to
open (the HTML of a failed item with its claims is 10–20 KB and compresses about tenfold).
"""
from __future__ import annotations

import base64
import json
import tempfile
import zlib
from typing import IO, Any, Iterable, Iterator

PAGE_SIZE = 50  # item sections per page
GROUPS = ("error", "failed", "flagged", "sample")


def gzip_b64(texts: Iterable[str]) -> str:
    """The texts, concatenated, as base64 of a gzip stream (what DecompressionStream('gzip') reads);
    compressed one piece at a time as they come, so only the compressed result is held."""
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    out = [c.compress(t.encode("utf-8")) for t in texts]
    out.append(c.flush())
    return base64.b64encode(b"".join(out)).decode("ascii")


class Spool:
    """Rendered sections and their table rows, per group, on disk until the page is written."""

    def __init__(self) -> None:
        self._files: dict[str, IO[str]] = {g: tempfile.TemporaryFile("w+", encoding="utf-8") for g in GROUPS}
        self.sizes = {g: 0 for g in GROUPS}

    def add(self, group: str, section: str, row: dict[str, Any]) -> None:
        self._files[group].write(json.dumps([row, section], ensure_ascii=False) + "\n")
        self.sizes[group] += 1

    @property
    def total(self) -> int:
        return sum(self.sizes.values())

    def _read(self) -> Iterator[tuple[dict[str, Any], str]]:
        for g in GROUPS:
            fh = self._files[g]
            fh.seek(0)
            for line in fh:
                row, section = json.loads(line)
                yield row, section

    def rows(self) -> Iterator[dict[str, Any]]:
        """Table rows in page order, each with the number of the page (1-based) its section is on."""
        for n, (row, _) in enumerate(self._read()):
            yield {**row, "page": n // PAGE_SIZE + 1}

    def pages(self) -> Iterator[list[str]]:
        """The sections in page order, PAGE_SIZE at a time."""
        page: list[str] = []
        for _, section in self._read():
            page.append(section)
            if len(page) == PAGE_SIZE:
                yield page
                page = []
        if page:
            yield page

    @property
    def n_pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
