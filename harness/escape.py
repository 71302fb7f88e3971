"""Escaping untrusted text (ids, answers, evidence: all model- or user-controlled) for Markdown,
XML and the terminal.

- Markdown: a crafted id must not break the pull-request comment's table, inject HTML, or open a
  code span; ``markdown`` escapes pipes, backslashes, backticks, emphasis and link brackets,
  turns ``<``/``>``/``&`` into entities, and folds newlines into spaces.
- XML 1.0 forbids most C0 control characters, lone surrogates and U+FFFE/U+FFFF even as
  character references; ``xml_text`` replaces them (ElementTree escapes the rest).
- Terminal: ANSI escape sequences and other control characters in ids would rewrite the CI log;
  ``terminal`` removes them.
"""
from __future__ import annotations

import re

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# characters that format inline Markdown; "_" only at a word edge (GFM ignores it inside words, so
# rule ids like disclaimer.not_medical_advice stay readable in the raw text)
_MD_SPECIAL = re.compile(r"([\\`*|\[\]~])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_MD_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def xml_text(text: object) -> str:
    """Text that XML 1.0 can carry: forbidden characters become U+FFFD."""
    return _XML_FORBIDDEN.sub("\ufffd", str(text))


def terminal(text: object) -> str:
    """Text safe to print: ANSI sequences and control characters removed (newlines kept only
    between the lines the caller prints)."""
    return _CONTROL.sub("", _ANSI.sub("", str(text)))


def markdown(text: object, limit: int | None = None) -> str:
    """Inline Markdown text (a table cell, a list item) that renders as exactly the given
    characters: one line, no HTML, no formatting, no code span; cut to ``limit`` characters."""
    s = " ".join(terminal(str(text if text is not None else "")).split())
    if limit is not None and len(s) > limit:
        s = s[: limit - 1] + "…"
    s = "".join(_MD_HTML.get(ch, ch) for ch in s)
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), s)
