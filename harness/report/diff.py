"""Answer against the baseline answer, by sentence and paragraph, for a side-by-side view.

A word diff of a reorganised answer is unreadable ("##Hot Whyflashes Yourare…"): when sections move,
every word looks changed. Here the unit is the sentence (list items and headings are sentences of
their own). difflib.SequenceMatcher aligns the two sentence lists; then deleted and inserted
sentences are paired by word similarity: a pair inside the same changed block, in order, is
*changed* (shown side by side with a word diff), any other pair is *moved* (identical text) or
*moved and changed*. Paragraph breaks of either side are kept as row separators, and long unchanged
stretches are folded. Everything returned is plain data; the template escapes it.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

SIMILAR = 0.6       # word-level similarity at which a deleted and an inserted sentence are one sentence
CONTEXT = 1         # unchanged sentences shown around a change; longer stretches are folded
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[A-Z0-9\"“(*_])")
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Sentence:
    text: str
    para: int  # paragraph number (0-based) in its answer

    @property
    def key(self) -> str:
        return " ".join(self.text.split())


@dataclass
class Side:
    """One sentence in one column: its number, paragraph, text parts ``(op, text)`` with op
    ``""``, ``"del"`` or ``"ins"``, and for a moved sentence the number of its other half."""

    n: int
    para: int
    parts: list[tuple[str, str]]
    new_para: bool = False
    moved_to: int | None = None
    moved_from: int | None = None


@dataclass
class Row:
    kind: str  # equal | changed | moved | deleted | inserted | folded
    left: Side | None = None
    right: Side | None = None
    folded: list[Row] = field(default_factory=list)
    changed: bool = False  # a moved sentence whose words changed too

    @property
    def new_para(self) -> bool:
        return bool((self.left and self.left.new_para) or (self.right and self.right.new_para))


@dataclass
class Diff:
    rows: list[Row]
    identical: bool
    counts: dict[str, int]


def sentences(text: str) -> list[Sentence]:
    """Sentences of an answer; blank lines separate paragraphs, and every line ends a sentence
    (headings, list items)."""
    out: list[Sentence] = []
    para = -1
    blank = True
    for line in (text or "").splitlines():
        if not line.strip():
            blank = True
            continue
        if blank:
            para += 1
            blank = False
        out += [Sentence(s.strip(), para) for s in _SENTENCE_END.split(line) if s.strip()]
    return out


def _ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    aw, bw = a.lower().split(), b.lower().split()
    sm = difflib.SequenceMatcher(None, aw, bw, autojunk=False)
    return sm.ratio() if sm.real_quick_ratio() >= SIMILAR and sm.quick_ratio() >= SIMILAR else 0.0


def words(old: str, new: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Word diff of one sentence pair (words, punctuation and spaces are tokens): (left parts, right parts)."""
    aw, bw = _TOKENS.findall(old), _TOKENS.findall(new)
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, aw, bw, autojunk=False).get_opcodes():
        if op == "equal":
            left.append(("", "".join(aw[i1:i2])))
            right.append(("", "".join(bw[j1:j2])))
            continue
        if i2 > i1:
            left.append(("del", "".join(aw[i1:i2])))
        if j2 > j1:
            right.append(("ins", "".join(bw[j1:j2])))
    return left, right


def _pair(a: list[Sentence], b: list[Sentence], blocks: list[tuple[int, int, int, int]]
          ) -> tuple[dict[int, int], dict[int, int]]:
    """Pair deleted with inserted sentences: (in place: old → new, moved: old → new)."""
    block_of_old = {i: k for k, (i1, i2, _, _) in enumerate(blocks) for i in range(i1, i2)}
    block_of_new = {j: k for k, (_, _, j1, j2) in enumerate(blocks) for j in range(j1, j2)}
    cands = []
    for i in block_of_old:
        for j in block_of_new:
            r = _ratio(a[i].key, b[j].key)
            if r >= SIMILAR:
                cands.append((-r, block_of_old[i] != block_of_new[j], abs(i - j), i, j))
    cands.sort()
    in_place: dict[int, int] = {}
    moved: dict[int, int] = {}
    used_new: set[int] = set()
    for _, other_block, _, i, j in cands:
        if i in in_place or i in moved or j in used_new:
            continue
        in_order = all((i < i2) == (j < j2) for i2, j2 in in_place.items() if block_of_old[i2] == block_of_old[i])
        if not other_block and in_order:
            in_place[i] = j
        else:
            moved[i] = j
        used_new.add(j)
    return in_place, moved


def diff(old: str, new: str, context: int = CONTEXT) -> Diff:
    """Sentence diff of ``new`` against ``old``, as rows for a two-column table."""
    a, b = sentences(old), sentences(new)
    if old == new:
        return Diff([], True, {})
    ops = difflib.SequenceMatcher(None, [s.key for s in a], [s.key for s in b], autojunk=False).get_opcodes()
    blocks = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in ops if op != "equal"]
    in_place, moved = _pair(a, b, blocks)
    moved_from = {j: i for i, j in moved.items()}
    rows: list[Row] = []
    seen_para: dict[str, int] = {"l": -1, "r": -1}

    def side(s: Sentence, n: int, col: str, parts: list[tuple[str, str]] | None = None) -> Side:
        start = s.para != seen_para[col]
        seen_para[col] = s.para
        return Side(n + 1, s.para + 1, parts if parts is not None else [("", s.text)], new_para=start and n > 0)

    def left_only(i: int) -> Row:
        if i in moved:
            j = moved[i]
            parts = words(a[i].text, b[j].text)[0] if a[i].key != b[j].key else None
            sd = side(a[i], i, "l", parts)
            sd.moved_to = j + 1
            return Row("moved", left=sd, changed=parts is not None)
        return Row("deleted", left=side(a[i], i, "l", [("del", a[i].text)]))

    def right_only(j: int) -> Row:
        if j in moved_from:
            i = moved_from[j]
            parts = words(a[i].text, b[j].text)[1] if a[i].key != b[j].key else None
            sd = side(b[j], j, "r", parts)
            sd.moved_from = i + 1
            return Row("moved", right=sd, changed=parts is not None)
        return Row("inserted", right=side(b[j], j, "r", [("ins", b[j].text)]))

    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            rows += [Row("equal", side(a[i], i, "l"), side(b[j], j, "r")) for i, j in zip(range(i1, i2), range(j1, j2))]
            continue
        p, q = i1, j1
        while p < i2 or q < j2:
            if p < i2 and q < j2 and in_place.get(p) == q:
                lp, rp = words(a[p].text, b[q].text)
                rows.append(Row("changed", side(a[p], p, "l", lp), side(b[q], q, "r", rp)))
                p, q = p + 1, q + 1
            elif p < i2 and p not in in_place:
                rows.append(left_only(p))
                p += 1
            else:  # in-place pairs keep their order, so q is unpaired or moved here
                rows.append(right_only(q))
                q += 1
    counts = {k: sum(r.kind == k for r in rows) for k in ("changed", "moved", "deleted", "inserted")}
    counts["moved"] //= 2
    return Diff(_fold(rows, context), False, counts)


def _fold(rows: list[Row], context: int) -> list[Row]:
    """Fold runs of unchanged rows longer than 2 * context + 1 into one row that keeps them."""
    out: list[Row] = []
    k = 0
    while k < len(rows):
        if rows[k].kind != "equal":
            out.append(rows[k])
            k += 1
            continue
        end = k
        while end < len(rows) and rows[end].kind == "equal":
            end += 1
        run = rows[k:end]
        head = context if k > 0 else 0
        tail = context if end < len(rows) else 0
        if len(run) > head + tail + 1:
            out += run[:head]
            out.append(Row("folded", folded=run[head:len(run) - tail]))
            out += run[len(run) - tail:]
        else:
            out += run
        k = end
    return out
