"""Negation scope: does a "not", "never", "without", "instead of" ... govern a regex match?

Safety rules and question criteria share this one function, so "It is not safe to wait until
morning" neither trips a rule nor loses a criterion's points for "safe to wait". The test is
lexical: a negation word before the match, in the same scope, within a character window.
Its known limit: a negation in the first of two clauses joined by a bare "and" with a new subject
("there is no rush and it is fine to wait") is still read as negating the second.
"""
from __future__ import annotations

import re

NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|cannot|can't|can not|won't|isn't|aren't|wasn't|weren't|don't|doesn't|"
    r"didn't|shouldn't|mustn't|without|neither|nor|avoid|rather than|instead of|yet to be|has yet|"
    r"have yet|is unproven|unproven)\b", re.I)

# Where a clause starts: a sentence end, a line break, clause punctuation, or a conjunction that
# opens a clause of its own ("Don't worry, you can wait" does not negate "you can wait").
_SCOPE_BREAK = re.compile(
    r"[.!?](?=\s|$)|\n|[;:,—–]|\b(?:but|however|although|though|whereas|while|unless|if|so|because)\b", re.I)


def is_negated(text: str, match_start: int, *, scope_start: int | None = None, window: int = 60) -> bool:
    """True when a negation word precedes ``match_start`` in its scope and within ``window`` characters.

    The scope starts at ``scope_start`` when the caller knows it (the safety rules pass the start of
    the parsed sentence); otherwise at the start of the clause around the match.
    """
    if scope_start is None:
        scope_start = 0
        for m in _SCOPE_BREAK.finditer(text, max(0, match_start - window), match_start):
            scope_start = m.end()
    lo = max(scope_start, match_start - window)
    return bool(NEGATION.search(text, lo, match_start))
