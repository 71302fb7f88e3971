"""Passages as sentence windows, ranked for a claim with BM25 (bm25s) over normalised, stemmed tokens.

An answer is grounded in a handful of passages (its ``contexts``), so each item gets its own small
index of windows (one sentence, or two adjacent sentences of the same passage). IDF weights for
the coverage score come from the whole sources folder, so rare words (drug names, numbers' nouns)
count for more than "cancer" or "treatment".
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from harness.grounding import text as T

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")


@dataclass
class Window:
    passage_id: str
    passage_index: int
    start: int            # offsets into the passage text
    end: int
    text: str
    norm: str = ""
    tokens: list[str] = field(default_factory=list)


@dataclass
class Passage:
    passage_id: str
    index: int
    text: str
    norm: str
    sentences: list[tuple[int, int]]
    tokens: set[str]
    numbers: list[T.Number]


def split_sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


class SourceStats:
    """IDF over every known passage and the drug/brand lexicon."""

    def __init__(self, texts: list[str]) -> None:
        self.lexicon = T.Lexicon(texts)
        df: Counter[str] = Counter()
        for t in texts:
            for s, e in split_sentences(t):
                df.update(set(T.content_tokens(T.normalise(t[s:e]))))
        self.n = max(1, sum(len(split_sentences(t)) for t in texts))
        self.df = df

    def idf(self, tok: str) -> float:
        return math.log(1 + (self.n + 1) / (self.df.get(tok, 0) + 0.5))


@lru_cache(maxsize=4)
def _default_source_texts(root: str) -> tuple[tuple[str, str], ...]:
    from harness.datasets import load_sources

    p = Path(root)
    if not p.exists():
        return ()
    try:
        srcs = load_sources(p)
    except Exception:  # a half-written sources folder must not break scoring
        return ()
    return tuple((s.source_id, s.text) for s in srcs.values())


def default_sources() -> tuple[tuple[str, str], ...]:
    from harness.paths import datasets_dir

    return _default_source_texts(str(datasets_dir() / "sources"))


_STATS: dict[int, SourceStats] = {}


def stats_for(extra_texts: list[str]) -> SourceStats:
    base = default_sources()
    known = {t for _, t in base}
    missing = tuple(t for t in extra_texts if t not in known)
    key = hash((len(base), missing))
    if key not in _STATS:
        if len(_STATS) > 64:
            _STATS.clear()
        _STATS[key] = SourceStats([t for _, t in base] + list(missing))
    return _STATS[key]


@lru_cache(maxsize=512)
def _index_for(contexts: tuple[str, ...], ids: tuple[str, ...]) -> PassageIndex:
    return PassageIndex(list(contexts), list(ids))


def index_for(contexts: list[str], ids: list[str]) -> PassageIndex:
    """The index of these passages, built once: questions share passages, and v1/v2 runs share questions."""
    return _index_for(tuple(contexts), tuple(ids))


def passage_ids_for(contexts: list[str], source_ids: list[str] | None) -> list[str]:
    """Name each context: the question's source_ids when they line up, else by text, else context[i]."""
    by_text = {t: sid for sid, t in default_sources()}
    ids: list[str] = []
    for i, c in enumerate(contexts):
        if c in by_text:
            ids.append(by_text[c])
        elif source_ids and len(source_ids) == len(contexts):
            ids.append(source_ids[i])
        else:
            ids.append(f"context[{i}]")
    return ids


class PassageIndex:
    """The passages of one item, their sentence windows and a BM25 index over the windows."""

    def __init__(self, contexts: list[str], ids: list[str]) -> None:
        self.passages: list[Passage] = []
        self.windows: list[Window] = []
        for i, (pid, txt) in enumerate(zip(ids, contexts)):
            sents = split_sentences(txt)
            norm = T.normalise(txt)
            self.passages.append(Passage(pid, i, txt, norm, sents, set(T.content_tokens(norm)), T.numbers(norm)))
            for k, (s, e) in enumerate(sents):
                self._add(Window(pid, i, s, e, txt[s:e]))
                if k + 1 < len(sents):
                    self._add(Window(pid, i, s, sents[k + 1][1], txt[s:sents[k + 1][1]]))
        self._bm25 = None
        if self.windows:
            import bm25s

            self._bm25 = bm25s.BM25()
            self._bm25.index([w.tokens or ["__empty__"] for w in self.windows], show_progress=False)
        self.all_tokens: set[str] = set().union(*(p.tokens for p in self.passages)) if self.passages else set()
        self.all_numbers: set[str] = {n.value for p in self.passages for n in p.numbers}

    def _add(self, w: Window) -> None:
        w.norm = T.normalise(w.text)
        w.tokens = T.content_tokens(w.norm)
        self.windows.append(w)

    def rank(self, query_tokens: list[str], k: int = 8) -> list[tuple[Window, float]]:
        if not self._bm25 or not query_tokens:
            return [(w, 0.0) for w in self.windows[:k]]
        scores = self._bm25.get_scores(query_tokens)
        order = sorted(range(len(self.windows)), key=lambda i: (-float(scores[i]), i))[:k]
        return [(self.windows[i], float(scores[i])) for i in order]
