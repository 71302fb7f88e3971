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

from typing import Any

from harness.grounding import text as T
from harness.grounding.lexicon import Profile

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
    tokset: frozenset[str] = frozenset()
    is_pair: bool = False   # two adjacent sentences, not one


@dataclass
class Passage:
    passage_id: str
    index: int
    text: str
    norm: str
    sentences: list[tuple[int, int]]
    tokens: set[str]
    numbers: list[T.Number]
    sentence_tokens: list[frozenset[str]]


_ABBREV_END = re.compile(r"(?:\b[A-Z]\.[A-Z]|\be\.g|\bi\.e|\bDr|\bMr|\bMrs|\bMs|\bvs|\betc|\bSt|\bNo|\bapprox|\bFig)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a full stop that ends an abbreviation ("U.S.", "e.g.", "Dr.") ends no sentence."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT.finditer(text):
        if _ABBREV_END.search(text[pos:m.start()]):
            continue
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


class SourceStats:
    """IDF over every known passage plus the verifier model's background document frequencies (so a
    word's rarity does not depend on the few passages at hand), and the drug/brand lexicon."""

    def __init__(self, texts: list[str], prof: Profile | None = None,
                 background: tuple[int, dict[str, int]] | None = None) -> None:
        self.profile = prof or T.default_profile()
        self.lexicon = T.Lexicon(texts, self.profile)
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            for s, e in split_sentences(t):
                df.update(set(T.content_tokens(T.normalise(t[s:e], self.profile), self.profile)))
                n += 1
        bg_n, bg_df = background or (0, {})
        self.n = max(1, n + bg_n)
        self.df = df
        self.bg_df = bg_df
        self._idf: dict[str, float] = {}

    def idf(self, tok: str) -> float:
        v = self._idf.get(tok)
        if v is None:
            v = self._idf[tok] = math.log(1 + (self.n + 1) / (self.df.get(tok, 0) + self.bg_df.get(tok, 0) + 0.5))
        return v


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


_STATS: dict[tuple[Any, ...], SourceStats] = {}


@lru_cache(maxsize=4)
def _by_text(base: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Source id per passage text (built once per sources folder, not once per answer)."""
    return {t: sid for sid, t in base}


def stats_for(extra_texts: list[str], prof: Profile | None = None) -> SourceStats:
    from harness.grounding.model import background

    prof = prof or T.default_profile()
    base = default_sources()
    known = _by_text(base)
    missing = tuple(t for t in extra_texts if t not in known)
    key = (len(base), missing, prof)
    if key not in _STATS:
        if len(_STATS) > 64:
            _STATS.clear()
        _STATS[key] = SourceStats([t for _, t in base] + list(missing), prof, background())
    return _STATS[key]


@lru_cache(maxsize=512)
def _index_for(contexts: tuple[str, ...], ids: tuple[str, ...], prof: Profile) -> PassageIndex:
    return PassageIndex(list(contexts), list(ids), prof)


def index_for(contexts: list[str], ids: list[str], prof: Profile | None = None) -> PassageIndex:
    """The index of these passages, built once: questions share passages, and v1/v2 runs share questions."""
    return _index_for(tuple(contexts), tuple(ids), prof or T.default_profile())


def passage_ids_for(contexts: list[str], source_ids: list[str] | None) -> list[str]:
    """Name each context: the question's source_ids when they line up, else by text, else context[i]."""
    by_text = _by_text(default_sources())
    ids: list[str] = []
    for i, c in enumerate(contexts):
        if c in by_text:
            ids.append(by_text[c])
        elif source_ids and len(source_ids) == len(contexts):
            ids.append(source_ids[i])
        else:
            ids.append(f"context[{i}]")
    return ids


_ABBR = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,11})\)")


def abbreviations(texts: list[str]) -> dict[str, str]:
    """Abbreviations the passages define, long form -> short form ("non-small cell lung cancer (NSCLC)",
    "U.S. Food and Drug Administration (FDA)"). The long form is the shortest run of words before the
    parenthesis that starts with the abbreviation's first letter and holds its letters in order
    (the Schwartz & Hearst rule)."""
    out: dict[str, str] = {}
    for t in texts:
        for m in _ABBR.finditer(t):
            short = m.group(1)
            letters = [c.lower() for c in short if c.isalpha()]
            if len(letters) < 2 or not any(c.isupper() for c in short):
                continue
            before = re.findall(r"[A-Za-z0-9][\w.'/-]*", t[max(0, m.start() - 160):m.start()])
            for k in range(1, min(len(before), len(letters) + 5) + 1):
                tail = before[-k:]
                if tail[0][0].lower() != letters[0]:
                    continue
                joined = " ".join(tail).lower()
                pos = 0
                for c in letters:
                    pos = joined.find(c, pos)
                    if pos < 0:
                        break
                    pos += 1
                if pos > 0 and len(tail) >= max(1, len(letters) // 3):
                    out.setdefault(" ".join(tail), short)
                    break
    return out


class PassageIndex:
    """The passages of one item, their sentence windows and a BM25 index over the windows."""

    def __init__(self, contexts: list[str], ids: list[str], prof: Profile | None = None) -> None:
        self.profile = prof or T.default_profile()
        self.passages: list[Passage] = []
        self.windows: list[Window] = []
        self._abbr: list[tuple[re.Pattern[str], str]] = []
        self._norms: dict[str, str] = {}
        self._toks: dict[str, list[str]] = {}
        for long, short in abbreviations(contexts).items():
            lnorm = T.normalise(long, self.profile).strip()
            snorm = T.normalise(short, self.profile).strip()
            # a long form the profile already folds to one canonical token ("chimeric antigen receptor"
            # -> "cart") is left to the profile
            if len(lnorm.split()) >= 2 and snorm and lnorm != snorm:
                pat = r"\s+".join(re.escape(w) for w in lnorm.split())
                self._abbr.append((re.compile(rf"(?<![\w-]){pat}(?![\w-])"), f" {snorm} "))
        for i, (pid, txt) in enumerate(zip(ids, contexts)):
            sents = split_sentences(txt)
            norm = self.norm(txt)
            self.passages.append(Passage(pid, i, txt, norm, sents, set(self.tokens(norm)), T.numbers(norm),
                                         [frozenset(self.tokens(self.norm(txt[a:b]))) for a, b in sents]))
            for k, (s, e) in enumerate(sents):
                self._add(Window(pid, i, s, e, txt[s:e]))
                if k + 1 < len(sents):
                    self._add(Window(pid, i, s, sents[k + 1][1], txt[s:sents[k + 1][1]], is_pair=True))
        # which windows and passages hold each token: coverage is summed per token over these lists
        # instead of testing every claim token against every window
        self.window_postings: dict[str, list[int]] = {}
        for i, w in enumerate(self.windows):
            for t in w.tokset:
                self.window_postings.setdefault(t, []).append(i)
        self._bm25: Any = None
        self._rows: dict[str, Any] = {}
        if self.windows:
            import bm25s

            self._bm25 = bm25s.BM25()
            self._bm25.index([w.tokens or ["__empty__"] for w in self.windows], show_progress=False)
        self.all_tokens: set[str] = set().union(*(p.tokens for p in self.passages)) if self.passages else set()
        self.all_numbers: set[str] = {n.value for p in self.passages for n in p.numbers}

    def norm(self, text: str) -> str:
        """Normalised text with the abbreviations these passages define folded to their short form."""
        hit = self._norms.get(text)
        if hit is not None:
            return hit
        t = T.normalise(text, self.profile)
        for pat, rep in self._abbr:
            t = pat.sub(rep, t)
        if len(self._norms) < 20000:
            self._norms[text] = t
        return t

    def tokens(self, norm_text: str) -> list[str]:
        hit = self._toks.get(norm_text)
        if hit is None:
            hit = T.content_tokens(norm_text, self.profile)
            if len(self._toks) < 20000:
                self._toks[norm_text] = hit
        return hit

    def _add(self, w: Window) -> None:
        w.norm = self.norm(w.text)
        w.tokens = self.tokens(w.norm)
        w.tokset = frozenset(w.tokens)
        self.windows.append(w)

    def _bm25_row(self, tok: str) -> Any:
        """BM25 weight of one token in every window: a column of bm25s's precomputed score matrix
        (``BM25.scores``, CSC), as a dense float32 row; None for a token no window has."""
        if tok in self._rows:
            return self._rows[tok]
        import numpy as np

        row = None
        tid = self._bm25.vocab_dict.get(tok) if self._bm25 else None
        sc = self._bm25.scores if self._bm25 else None
        if tid is not None and tid + 1 < len(sc["indptr"]):
            a, b = int(sc["indptr"][tid]), int(sc["indptr"][tid + 1])
            row = np.zeros(int(sc["num_docs"]), dtype=sc["data"].dtype)
            row[sc["indices"][a:b]] = sc["data"][a:b]
        self._rows[tok] = row
        return row

    def bm25_scores(self, query_tokens: list[str]) -> Any:
        """BM25 score of every window: the query tokens' rows added in query order in float32, which
        is how bm25s's ``get_scores`` adds them (same values), without its per-query set-up."""
        import numpy as np

        scores = None
        for t in query_tokens:
            row = self._bm25_row(t)
            if row is None:
                continue
            if scores is None:
                scores = row.copy()
            else:
                scores += row
        return scores if scores is not None else np.zeros(len(self.windows), dtype=np.float32)

    def rank_positions(self, query_tokens: list[str], k: int = 8) -> list[tuple[int, float]]:
        """(window position, BM25 score) of the k best windows, best first; ties in window order."""
        if not self._bm25 or not query_tokens:
            return [(i, 0.0) for i in range(min(k, len(self.windows)))]
        import numpy as np

        scores = self.bm25_scores(query_tokens)
        order = np.argsort(-scores, kind="stable")[:k].tolist()
        return [(i, float(scores[i])) for i in order]

    def rank(self, query_tokens: list[str], k: int = 8) -> list[tuple[Window, float]]:
        return [(self.windows[i], s) for i, s in self.rank_positions(query_tokens, k)]

    def window_weight(self, weights: dict[str, float]) -> dict[int, float]:
        """Summed weight of the given tokens per window position (windows with none are absent),
        added in the order of ``weights`` so the sums equal summing over the window's token set."""
        acc: dict[int, float] = {}
        get = self.window_postings.get
        for t, v in weights.items():
            for i in get(t, ()):
                acc[i] = acc.get(i, 0) + v
        return acc
