"""An answer as a clinician reads it: Markdown rendered safely, with the evidence marked in place.

Model output is untrusted. markdown-it-py renders it with raw HTML off (``<script>`` stays text),
no linkify, no images, and links only to http/https (``rel=noopener``); every character of text is
escaped by the renderer. Evidence spans are character offsets into the *source* answer; markdown-it
gives source lines only for blocks, so each text token's characters are aligned back to the source
(the whole token when it occurs verbatim, else character by character across escapes and entities)
and marks are put inside text tokens only, so they can never break the element structure. A span
that covers Markdown syntax (``**``, ``## ``) marks the text around it; what cannot be aligned is
shown unmarked, never dropped.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

RANK = {"needs-review": 0, "minor": 1, "major": 2, "critical": 3}
_LOOKAHEAD = 12  # longest Markdown escape or entity a character can hide behind (&#x1F600;)
_SAFE_LINK = re.compile(r"^https?://", re.I)
_ALIGN = {"left": "align-left", "center": "align-center", "right": "align-right"}


@dataclass(frozen=True)
class Mark:
    """One highlighted range of the answer: ``kind`` is a severity or ``needs-review``."""

    start: int
    end: int
    kind: str
    rule: str

    @property
    def title(self) -> str:
        return f"{self.rule} ({self.kind})"


def marks_for(text: str, checks: list[dict[str, Any]]) -> list[Mark]:
    """Failed checks' evidence (their spans, or the evidence text located in the answer) and the
    grounding claims left for a clinician (verdict ``uncertain``)."""
    out: list[Mark] = []
    seen_claims: set[tuple[int, int]] = set()
    for ch in checks:
        if ch.get("outcome") == "fail":
            spans = [(a, b) for a, b in _pairs(ch.get("spans")) if 0 <= a < b <= len(text)]
            if not spans and ch.get("evidence"):
                ev = str(ch["evidence"]).strip().strip("'\"…")
                pos = text.find(ev) if len(ev) >= 8 else -1
                if pos >= 0:
                    spans = [(pos, pos + len(ev))]
            out += [Mark(a, b, str(ch.get("severity") or "minor"), str(ch.get("rule") or "")) for a, b in spans]
        for cl in (ch.get("details") or {}).get("claims") or [] if ch.get("category") == "grounding" else []:
            if isinstance(cl, dict) and cl.get("verdict") == "uncertain":
                for a, b in _pairs([cl.get("answer_span")]):
                    if 0 <= a < b <= len(text) and (a, b) not in seen_claims:
                        seen_claims.add((a, b))
                        out.append(Mark(a, b, "needs-review", "grounding: needs review"))
    return out


def _pairs(spans: Any) -> Iterable[tuple[int, int]]:
    for s in spans or []:
        if isinstance(s, (list, tuple)) and len(s) == 2 and all(isinstance(x, int) for x in s):
            yield int(s[0]), int(s[1])


def mark_index(length: int, marks: list[Mark]) -> list[Mark | None]:
    """The mark shown at each character of the answer; the worst severity wins where marks overlap."""
    at: list[Mark | None] = [None] * length
    for m in sorted(marks, key=lambda m: RANK.get(m.kind, 0)):
        for i in range(max(0, m.start), min(length, m.end)):
            at[i] = m
    return at


def segments(text: str, marks: list[Mark]) -> list[tuple[str, Mark | None]]:
    """The raw answer cut into runs of characters that share a mark (for the raw-text view)."""
    return _runs(text, mark_index(len(text), marks))


def _runs(chars: str, owners: list[Mark | None]) -> list[tuple[str, Mark | None]]:
    if not chars:
        return []
    if not any(owners):  # nearly every stretch of an answer: no mark at all
        return [(chars, None)]
    cuts = [i for i in range(1, len(chars)) if owners[i] is not owners[i - 1]]
    bounds = [0, *cuts, len(chars)]
    return [(chars[a:b], owners[a]) for a, b in zip(bounds, bounds[1:])]


# --------------------------------------------------------------------------- Markdown

@functools.cache
def _md() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False, "breaks": True})
    md.enable(["table", "strikethrough"])
    md.disable("image")
    md.validateLink = lambda url: bool(_SAFE_LINK.match(url))
    for name in ("text", "code_inline"):
        md.add_render_rule(name, _render_inline_text)
    for name in ("fence", "code_block"):
        md.add_render_rule(name, _render_code_block)
    md.add_render_rule("link_open", _render_link_open)
    return md


def _normalized(text: str) -> tuple[str, Sequence[int]]:
    """markdown-it's own input normalisation (CRLF/CR → LF, NUL → U+FFFD), keeping where each
    character came from so spans into the original text still apply."""
    if "\r" not in text and "\0" not in text:  # nearly every answer: nothing moves
        return text, range(len(text))
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\r":
            out.append("\n")
            origin.append(i)
            i += 2 if text.startswith("\r\n", i) else 1
            continue
        out.append("\ufffd" if ch == "\0" else ch)
        origin.append(i)
        i += 1
    return "".join(out), origin


def _align(content: str, src: str, cursor: int, end: int) -> tuple[list[int], int]:
    """Source offset of each character of ``content`` (-1 where it cannot be found), searching
    forward from ``cursor``; a piece that occurs verbatim is placed as a whole."""
    offsets: list[int] = []
    for piece in content.splitlines(keepends=True) or [content]:
        pos = src.find(piece, cursor, end) if piece else -1
        if pos >= 0:
            offsets += range(pos, pos + len(piece))
            cursor = pos + len(piece)
            continue
        for ch in piece:  # escapes (\*), entities (&amp;) or tabs expanded by the parser
            pos = src.find(ch, cursor, min(end, cursor + _LOOKAHEAD))
            if pos >= 0:
                offsets.append(pos)
                cursor = pos + 1
            else:
                offsets.append(-1)
    return offsets, cursor


def _skip_link_tail(src: str, cursor: int, end: int) -> int:
    """After a link's text: skip ``](destination "title")`` or ``][label]`` so the next text
    token is not aligned into the URL."""
    if src.startswith("](", cursor):
        depth, i = 0, cursor + 2
        while i < end:
            c = src[i]
            if c == "\\":
                i += 2
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    return i + 1
                depth -= 1
            i += 1
        return cursor
    if src.startswith("][", cursor):
        close = src.find("]", cursor + 2, end)
        return close + 1 if close >= 0 else cursor
    return cursor + 1 if src.startswith("]", cursor) else cursor


def _line_starts(src: str) -> list[int]:
    starts = [0]
    starts += [m.end() for m in re.finditer("\n", src)]
    starts.append(len(src))
    return starts


def _annotate(tokens: list[Any], src: str, origin: Sequence[int], at: list[Mark | None]) -> None:
    """Attach to every text-bearing token the mark of each of its characters (token.meta['marks'])
    and adapt what the page's policy needs: answer headings sit below the page's own (h1 → h4),
    table alignment becomes a class (the CSP forbids style attributes)."""
    starts = _line_starts(src)
    marked = any(at)  # no mark anywhere: nothing to align

    def owners(offsets: list[int]) -> list[Mark | None]:
        return [at[origin[o]] if o >= 0 else None for o in offsets]

    def unmarked(lo: int, hi: int) -> bool:
        """No mark on the source characters lo..hi (source offsets map onto ``at`` through ``origin``)."""
        if not marked:
            return True
        a, b = (origin[lo] if lo < len(origin) else len(at)), (origin[hi - 1] + 1 if 0 < hi <= len(origin) else len(at))
        return not any(at[a:b])

    for tok in tokens:
        if tok.type in ("heading_open", "heading_close"):
            tok.tag = f"h{min(6, int(tok.tag[1]) + 3)}"
        if tok.type in ("th_open", "td_open"):
            style = tok.attrs.pop("style", None)
            align = re.search(r"text-align:(\w+)", str(style or ""))
            if align and align.group(1) in _ALIGN:
                tok.attrSet("class", _ALIGN[align.group(1)])
        if not tok.map:
            continue
        lo, hi = starts[min(tok.map[0], len(starts) - 1)], starts[min(tok.map[1], len(starts) - 1)]
        if unmarked(lo, hi):
            continue  # rendered as plain escaped text, as it would be with no marks found
        if tok.type in ("fence", "code_block"):
            offsets, _ = _align(tok.content, src, lo, hi)
            tok.meta["marks"] = owners(offsets)
        elif tok.type == "inline":
            cursor = lo
            for child in tok.children or []:
                if child.type in ("text", "code_inline"):
                    offsets, cursor = _align(child.content, src, cursor, hi)
                    child.meta["marks"] = owners(offsets)
                elif child.type == "link_close" and child.markup != "autolink":
                    cursor = _skip_link_tail(src, cursor, hi)


def _marked_html(content: str, marks: list[Mark | None] | None) -> str:
    from markupsafe import Markup, escape

    if not marks or len(marks) != len(content) or not any(marks):
        return str(escape(content))
    return "".join(str(escape(run)) if m is None else
                   str(Markup('<mark class="sev-{}" data-rule="{}" title="{}">{}</mark>').format(m.kind, m.rule, m.title, run))
                   for run, m in _runs(content, marks))


def _render_inline_text(self: Any, tokens: list[Any], idx: int, options: Any, env: Any) -> str:
    from markupsafe import Markup

    tok = tokens[idx]
    inner = _marked_html(tok.content, tok.meta.get("marks"))
    if tok.type == "code_inline":
        return str(Markup("<code>{}</code>").format(Markup(inner)))
    return inner


def _render_code_block(self: Any, tokens: list[Any], idx: int, options: Any, env: Any) -> str:
    from markupsafe import Markup

    tok = tokens[idx]
    inner = Markup(_marked_html(tok.content, tok.meta.get("marks")))
    return str(Markup('<pre class="code"><code>{}</code></pre>\n').format(inner))


def _render_link_open(self: Any, tokens: list[Any], idx: int, options: Any, env: Any) -> str:
    tok = tokens[idx]
    tok.attrSet("rel", "noopener noreferrer nofollow")
    tok.attrSet("target", "_blank")
    return self.renderToken(tokens, idx, options, env)


def render(text: str, marks: list[Mark]) -> str:
    """The answer as HTML (raw HTML shown as text, safe links only) with ``marks`` in place.

    Returned as markupsafe.Markup: everything in it was escaped by the renderer."""
    from markupsafe import Markup

    src, origin = _normalized(text or "")
    md = _md()
    tokens = md.parse(src)
    _annotate(tokens, src, origin, mark_index(len(text or ""), marks))
    return Markup(md.renderer.render(tokens, md.options, {}))
