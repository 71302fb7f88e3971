"""Parse an answer into lines, headings, sections and sentences, with character offsets.

Answers arrive either as Markdown (``## Heading``, ``**Heading**``) or as the rendered plain text
of the house format (a heading is a short line with no final punctuation, set off by a blank line).
Every structure keeps offsets into the original text so failed checks can be highlighted in place.

Text that must not count as the assistant's own words is *masked* (replaced by spaces of the
same length, so offsets still line up): fenced and inline code, and block quotes or quoted spans
that echo the patient's question. A disclaimer that only appears there does not count.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property
from typing import Any, Iterable

from harness.scoring.patterns import compile_all
from harness.scoring.prefilter import fold, live

_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_QUOTED = re.compile(r"[\"“]([^\"”\n]{12,})[\"”]")
_WORD = re.compile(r"[a-z0-9]+")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_BOLD_HEADING = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪◦]|\(?\d{1,2}[.)])\s+")
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[A-Z0-9\"“(])")


def normalize(text: str) -> str:
    """Lower-case words only: for tolerant heading and phrase comparison."""
    return " ".join(_WORD.findall(text.lower()))


def close_enough(a: str, b: str, threshold: float) -> bool:
    """``SequenceMatcher.ratio() >= threshold`` on normalised strings, with the cheap upper bounds first."""
    if not a or not b or 2 * min(len(a), len(b)) / (len(a) + len(b)) < threshold:
        return False
    m = SequenceMatcher(None, a, b)
    return m.quick_ratio() >= threshold and m.ratio() >= threshold


@dataclass(frozen=True)
class Line:
    number: int  # 0-based line index
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Heading:
    line: Line
    title: str  # heading text without markup or numbering


@dataclass
class Section:
    heading: Heading | None
    lines: list[Line] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.heading.line.start if self.heading else (self.lines[0].start if self.lines else 0)

    @property
    def end(self) -> int:
        if self.lines:
            return self.lines[-1].end
        return self.heading.line.end if self.heading else 0

    def body_lines(self) -> list[Line]:
        return [ln for ln in self.lines if not ln.blank]

    def list_items(self) -> list[Line]:
        return [ln for ln in self.lines if _LIST_ITEM.match(ln.text)]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _strip_heading_markup(text: str) -> str:
    t = text.strip()
    t = re.sub(r"^#{1,6}\s*", "", t)
    t = re.sub(r"^(\*\*|__)(.*?)(\*\*|__)\s*:?$", r"\2", t)
    t = re.sub(r"^\(?\d{1,2}[.)]\s+", "", t)
    t = re.sub(r"^[IVX]{1,4}\.\s+", "", t)
    return t.strip().strip("*_").strip().rstrip(":").strip()


class Document:
    """An answer, parsed lazily (each structure is computed once, on first use)."""

    def __init__(self, text: str, question: str = "") -> None:
        self.text = text or ""
        self.question = question or ""
        self._found: dict[tuple[object, ...], Section | None] = {}
        # Per-answer results that several rules share (e.g. intent probabilities of each sentence).
        self.cache: dict[tuple[object, ...], Any] = {}

    # -- masking -------------------------------------------------------------------------
    @cached_property
    def masked(self) -> str:
        """Text with code and echoes of the question (quoted or block-quoted) blanked out."""
        chars = list(self.text)

        def blank(start: int, end: int) -> None:
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "

        for m in _FENCE.finditer(self.text):
            blank(m.start(), m.end())
        for m in _INLINE_CODE.finditer(self.text):
            blank(m.start(), m.end())
        qwords = set(_WORD.findall(self.question.lower()))

        def echoes_question(text: str) -> bool:
            words = _WORD.findall(text.lower())
            return len(words) >= 4 and sum(w in qwords for w in words) / len(words) >= 0.8

        # A block quote is the assistant's own call-out ("> Not medical advice ...") unless it
        # echoes the question; only the echo is masked.
        for ln in self.lines:
            if ln.text.lstrip().startswith(">") and echoes_question(ln.text):
                blank(ln.start, ln.end)
        if qwords:
            for m in _QUOTED.finditer(self.text):
                if echoes_question(m.group(1)):
                    blank(m.start(), m.end())
        return "".join(chars)

    @cached_property
    def folded(self) -> str:
        """``masked`` as case-insensitive matching sees it (prefilter.fold): for literal-prefix tests."""
        return fold(self.masked)

    def present(self, patterns: Iterable[str]) -> list[re.Pattern[str]]:
        """The compiled ``patterns`` that can match somewhere in this answer (a literal-prefix test each,
        prefilter.live): most of a rule's patterns match nowhere, and running them costs most of its time."""
        return compile_all(live(patterns, self.folded))

    @cached_property
    def masked_lower(self) -> str | None:
        """``masked`` lower-cased, when that keeps every offset (else None): for fast prefilters."""
        low = self.masked.lower()
        return low if len(low) == len(self.masked) else None

    # -- lines and headings ------------------------------------------------------------------
    @cached_property
    def lines(self) -> list[Line]:
        out: list[Line] = []
        pos = 0
        for i, raw in enumerate(self.text.split("\n")):
            out.append(Line(i, pos, pos + len(raw), raw))
            pos += len(raw) + 1
        return out

    def masked_line(self, line: Line) -> str:
        return self.masked[line.start:line.end]

    @cached_property
    def nonblank_lines(self) -> list[Line]:
        return [ln for ln in self.lines if ln.text.strip()]

    def _is_plain_heading(self, idx: int) -> bool:
        ln = self.lines[idx]
        t = ln.text.strip()
        if not t or len(t) > 80 or _LIST_ITEM.match(ln.text) or t.startswith(("|", ">")):
            return False
        words = t.split()
        if t.endswith(":"):
            # "QUESTIONS TO ASK YOUR ONCOLOGIST:" is a heading; "If you're interested in CAR-T:" is not.
            alpha = [w for w in words if w[:1].isalpha()]
            if not alpha or sum(w[0].isupper() for w in alpha) / len(alpha) < 0.6:
                return False
        elif t[-1] in ".,;!\"”'" or t.endswith("...") or "http" in t:
            return False
        if len(words) > 12:
            return False
        prev_blank = idx == 0 or self.lines[idx - 1].blank
        if not prev_blank:
            return False
        nxt = next((l for l in self.lines[idx + 1:] if not l.blank), None)
        if nxt is None:
            return False
        # A plain heading introduces content that is longer than itself or is a list.
        return len(nxt.text.strip()) > len(t) or bool(_LIST_ITEM.match(nxt.text))

    @cached_property
    def headings(self) -> list[Heading]:
        out: list[Heading] = []
        title = self.nonblank_lines[0].number if self.nonblank_lines else -1
        for i, ln in enumerate(self.lines):
            if ln.blank or self.masked_line(ln).strip() == "":
                continue
            m = _MD_HEADING.match(ln.text) or _BOLD_HEADING.match(ln.text)
            if m:
                out.append(Heading(ln, _strip_heading_markup(ln.text)))
            elif i == title and len(ln.text.strip()) <= 120 and not ln.text.rstrip().endswith("."):
                out.append(Heading(ln, _strip_heading_markup(ln.text)))  # the answer's title line
            elif _NUMBERED.match(ln.text) and self._numbered_heading(i):
                out.append(Heading(ln, _strip_heading_markup(ln.text)))
            elif self._is_plain_heading(i):
                out.append(Heading(ln, _strip_heading_markup(ln.text)))
        return out

    def _numbered_heading(self, idx: int) -> bool:
        """'1. Side Effects' on its own, followed by a paragraph: a numbered heading, not a list item."""
        ln = self.lines[idx]
        t = _NUMBERED.sub("", ln.text).strip()
        if not t or len(t) > 60 or t[-1] in ".,;:?!" or len(t.split()) > 8:
            return False
        prev_blank = idx == 0 or self.lines[idx - 1].blank
        next_blank = idx + 1 < len(self.lines) and self.lines[idx + 1].blank
        return prev_blank and next_blank and t[:1].isupper()

    @cached_property
    def sections(self) -> list[Section]:
        """Content split at headings; the first section (before any heading) has heading None."""
        heading_at = {h.line.number: h for h in self.headings}
        sections: list[Section] = [Section(None)]
        for ln in self.lines:
            if ln.number in heading_at:
                sections.append(Section(heading_at[ln.number]))
            else:
                sections[-1].lines.append(ln)
        return sections

    def find_section(self, patterns: list[re.Pattern[str]], canonical: list[str],
                     min_similarity: float = 0.8) -> Section | None:
        """First section whose heading matches a pattern or is close to a canonical title (memoised:
        several rules ask for the same named section)."""
        key = (tuple(p.pattern for p in patterns), tuple(canonical), min_similarity)
        if key not in self._found:
            self._found[key] = self._find_section(patterns, canonical, min_similarity)
        return self._found[key]

    def _find_section(self, patterns: list[re.Pattern[str]], canonical: list[str],
                      min_similarity: float) -> Section | None:
        wanted = [normalize(c) for c in canonical]
        for sec in self.sections:
            if sec.heading is None:
                continue
            title = normalize(sec.heading.title)
            if any(p.search(title) for p in patterns):
                return sec
            if any(close_enough(title, c, min_similarity) for c in wanted):
                return sec
        return None

    # -- paragraphs and sentences ---------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of blocks separated by blank lines."""
        out: list[tuple[int, int]] = []
        start = None
        end = 0
        for ln in self.lines:
            if ln.blank:
                if start is not None:
                    out.append((start, end))
                    start = None
            else:
                if start is None:
                    start = ln.start
                end = ln.end
        if start is not None:
            out.append((start, end))
        return out

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences over the masked text; list items and headings end a sentence too."""
        out: list[Sentence] = []
        for ln in self.lines:
            seg = self.masked[ln.start:ln.end]
            if not seg.strip():
                continue
            pos = 0
            for m in _SENTENCE_END.finditer(seg):
                piece = seg[pos:m.start()]
                if piece.strip():
                    off = len(piece) - len(piece.lstrip())
                    out.append(Sentence(ln.start + pos + off, ln.start + m.start(), piece.strip()))
                pos = m.end()
            piece = seg[pos:]
            if piece.strip():
                off = len(piece) - len(piece.lstrip())
                out.append(Sentence(ln.start + pos + off, ln.start + pos + off + len(piece.strip()), piece.strip()))
        return out

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    @cached_property
    def _line_starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    def line_index_at(self, offset: int) -> int:
        """Index of the line holding ``offset`` (binary search: called for every sentence)."""
        return max(0, min(bisect_right(self._line_starts, offset) - 1, len(self.lines) - 1))
