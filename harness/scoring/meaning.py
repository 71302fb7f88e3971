"""Features for recognising a safety statement or an urgent question by meaning, not by one wording.

The safety regexes of rubrics/default.yaml were written against our own corpus and then the blind
dev split; on the blind test split they found 64 % of the violations and a third of the urgent
questions. Wording nobody here wrote needs a model of the *kind* of sentence: "Many women simply
take a break from letrozole" and "you could give the tablets a rest for a fortnight" share no
pattern but share words and word pairs with a few hundred paraphrases of the same advice.

This analyzer is the one the logistic heads of ``rubrics/intents/safety_model.json`` were trained
with (``python -m harness.scoring.meaning_train``); ``harness.scoring.intents.IntentModel`` applies
them in plain Python. Beyond lower-cased word unigrams and bigrams it emits:

- ``neg:<word>`` for every word inside a negation scope (the shared ``negation.NEGATION`` cue, to the
  next clause break), so "do not stop your letrozole" and "stop your letrozole" differ in features a
  linear model can weigh (the classic marking of Das & Chen 2001 / Pang et al. 2002);
- number classes instead of the digits: ``<dose>`` for an amount with a unit a reader could take
  (500 mg, 2 tablets, 10 ml), ``<fever>`` / ``<normal_temp>`` for a body temperature (38.4, 101.5 F,
  "a temp of 100.6"), ``<num>`` otherwise; a model cannot learn every number, it can learn the class.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from harness.scoring.negation import NEGATION

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-z]+(?:'[a-z]+)?")
_BREAK = re.compile(r"[.!?;:,—–()\n]|\b(?:but|however|although|though|whereas|while|unless|if|so|because|and then)\b")
_DOSE_UNIT = re.compile(r"^(?:mg|mgs|milligrams?|mcg|micrograms?|g|grams?|ml|mls|millilitres?|milliliters?|units?|iu|"
                        r"tablets?|tabs?|pills?|capsules?|caps|drops?|puffs?|sachets?|teaspoons?|tablespoons?|tsp|"
                        r"tbsp|doses?|patch(?:es)?)$")
_TEMP_CONTEXT = re.compile(r"\b(?:temp|temperature|fever|febrile|thermometer|degrees?|°|celsius|fahrenheit)\b|°", re.I)
_UNIT = re.compile(r"\s*(°?[a-z]*)")
ANALYZER = "meaning-v1"


def _number_class(value: str, unit: str, temp_context: bool) -> str:
    """The class of a number from its value, the word after it and whether the text talks of temperature."""
    try:
        x = float(value.replace(",", "."))
    except ValueError:
        return "<num>"
    if _DOSE_UNIT.match(unit):
        return "<dose>"
    celsius = unit in ("c", "°c", "degrees", "deg") or (temp_context and 35.0 <= x <= 42.5)
    fahrenheit = unit in ("f", "°f", "fahrenheit") or (temp_context and 95.0 <= x <= 108.0)
    if celsius and 35.0 <= x <= 42.5:
        return "<fever>" if x >= 38.0 else "<normal_temp>"
    if fahrenheit and 95.0 <= x <= 108.0:
        return "<fever>" if x >= 100.4 else "<normal_temp>"
    return "<num>"


def tokens(text: str) -> list[tuple[str, bool]]:
    """(token, negated) pairs: lower-cased words and number classes, each marked when a negation cue
    governs it (from the cue to the next clause break)."""
    low = text.lower().replace("°", " °").replace("’", "'")
    temp_context = bool(_TEMP_CONTEXT.search(low))
    breaks = [m.start() for m in _BREAK.finditer(low)]
    neg_ends = [m.end() for m in NEGATION.finditer(low)]
    out: list[tuple[str, bool]] = []
    for m in _TOKEN.finditer(low):
        word = m.group(0)
        if word[0].isdigit():
            unit = _UNIT.match(low, m.end()).group(1)
            word = _number_class(word, unit, temp_context)
        # Negated when the latest negation cue ending at or before this word comes after the latest break.
        i = bisect_right(neg_ends, m.start())
        negated = bool(i) and bisect_right(breaks, m.start()) == bisect_right(
            breaks, neg_ends[i - 1] - 1)
        out.append((word, negated))
    return out


def features(text: str) -> list[str]:
    """Word unigrams and bigrams, number classes, and ``neg:`` copies of words under negation."""
    toks = tokens(text)
    words = [w for w, _ in toks]
    feats = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    feats += [f"neg:{w}" for w, neg in toks if neg]
    return feats
