"""Disclaimer sentences and section headings recognised by meaning, not by one wording.

Regexes find "For informational purposes only"; they miss "Educational content: general background"
or "An artificial-intelligence assistant wrote this summary". This module scores a sentence (or a
heading) for each intent of rubrics/intents/bank.yaml with one logistic regression per intent over
TF-IDF weighted word unigrams and bigrams. The model is a JSON file of numbers (vocabulary with IDF,
weights per intent), rebuilt by ``python -m harness.scoring.intents_train`` with scikit-learn; here it
is applied in plain Python, so scoring needs no scikit-learn. ``features`` is the analyzer used at
training time too, so both sides see the same tokens.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from harness.scoring.document import Document

_TOKEN = re.compile(r"[a-z0-9]+")
# Parts of one token that mean the same thing to a disclaimer ("AI-authored" ~ "AI written").
_NORMAL = {"artificial": "ai", "intelligence": "ai", "ai": "ai", "machine": "ai", "automated": "ai",
           "automatically": "ai", "chatbot": "ai", "bot": "ai", "educational": "education", "educate": "education",
           "informational": "information", "info": "information", "doctors": "doctor", "oncologists": "oncologist",
           "clinicians": "clinician", "physicians": "doctor", "physician": "doctor", "gp": "doctor"}


def features(text: str) -> list[str]:
    """Word unigrams and bigrams of lower-cased text (a few synonyms folded; markup and punctuation dropped)."""
    words = [_NORMAL.get(w, w) for w in _TOKEN.findall(text.lower())]
    words = [w for i, w in enumerate(words) if not (w == "ai" and i and words[i - 1] == "ai")]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass(frozen=True)
class IntentModel:
    """The numbers of rubrics/intents/model.json: one vocabulary per input kind, one head per intent."""

    groups: dict[str, dict[str, Any]]  # "sentences"/"headings" -> {"idf": {...}, "intents": {name: head}}

    def group_of(self, intent: str) -> dict[str, Any]:
        for g in self.groups.values():
            if intent in g["intents"]:
                return g
        raise KeyError(f"intent model has no intent {intent!r}")

    def probability(self, intent: str, text: str) -> float:
        """P(text expresses ``intent``), exactly as scikit-learn's predict_proba on the same features."""
        g = self.group_of(intent)
        return _probabilities(g, text)[intent]

    def threshold(self, intent: str) -> float:
        return float(self.group_of(intent)["intents"][intent]["threshold"])


def analyzer(group: dict[str, Any]) -> Callable[[str], list[str]]:
    """The feature function a group was trained with (``analyzer`` in the model file; disclaimer
    intents predate the field and use this module's ``features``)."""
    from harness.scoring import meaning

    name = group.get("analyzer", "intent-v1")
    if name == meaning.ANALYZER:
        return meaning.features
    if name == "intent-v1":
        return features
    raise ValueError(f"unknown analyzer {name!r}")


@dataclass(frozen=True)
class _Heads:
    """A group's heads side by side (a term x head weight matrix), so scoring every sentence of an
    answer for every head is one matrix product instead of a Python loop per head and term."""

    names: tuple[str, ...]
    intercepts: Any  # numpy array (heads,)
    index: dict[str, int]  # term -> row of ``weights``
    weights: Any  # numpy array (terms, heads)


_HEADS: dict[int, tuple[dict[str, Any], _Heads]] = {}


def _heads(group: dict[str, Any]) -> _Heads:
    import numpy as np

    hit = _HEADS.get(id(group))
    if hit is None or hit[0] is not group:
        names = tuple(group["intents"])
        heads = [group["intents"][n] for n in names]
        terms = sorted({t for h in heads for t in h["weights"]})
        weights = np.array([[float(h["weights"].get(t, 0.0)) for h in heads] for t in terms], dtype=float)
        hit = (group, _Heads(names, np.array([float(h["intercept"]) for h in heads]),
                             {t: i for i, t in enumerate(terms)}, weights.reshape(len(terms), len(heads))))
        _HEADS[id(group)] = hit
    return hit[1]


_SEEN: "OrderedDict[tuple[int, str], tuple[float, ...]]" = OrderedDict()
SEEN_MAX = 20_000  # sentences remembered across answers (house boilerplate repeats in every answer)


def _probabilities_many(group: dict[str, Any], texts: list[str]) -> list[dict[str, float]]:
    """P(head) for every text and head, exactly as scikit-learn's predict_proba on the same features
    (sublinear tf x idf, l2-normalised, one logistic head per intent). Texts seen recently (the
    banner, the disclaimers, the questions every answer carries) come from a bounded cache."""
    import numpy as np

    heads = _heads(group)
    out: list[tuple[float, ...] | None] = [_SEEN.get((id(group), t)) for t in texts]
    todo = [i for i, hit in enumerate(out) if hit is None]
    if todo:
        idf = group["idf"]
        feats = analyzer(group)
        sent: list[int] = []
        term: list[int] = []
        vals: list[float] = []
        for k, i in enumerate(todo):
            counts = Counter(t for t in feats(texts[i]) if t in idf)
            vec = {t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            for t, v in vec.items():
                j = heads.index.get(t)
                if j is not None:
                    sent.append(k)
                    term.append(j)
                    vals.append(v / norm)
        z = np.tile(heads.intercepts, (len(todo), 1))
        if sent:
            np.add.at(z, np.array(sent, dtype=np.intp), heads.weights[np.array(term, dtype=np.intp)]
                      * np.array(vals)[:, None])
        for i, row in zip(todo, (1.0 / (1.0 + np.exp(-z))).tolist()):
            out[i] = tuple(row)
            _SEEN[(id(group), texts[i])] = out[i]
            if len(_SEEN) > SEEN_MAX:
                _SEEN.popitem(last=False)
    return [dict(zip(heads.names, row)) for row in out]  # type: ignore[arg-type]


def _probabilities(group: dict[str, Any], text: str) -> dict[str, float]:
    return _probabilities_many(group, [text])[0]


@lru_cache(maxsize=4)
def load_model(path: str) -> IntentModel:
    """The model named by the rubric's ``settings.intent_model``; a missing or broken file is an input error."""
    from harness.errors import InputError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        groups = data["groups"]
        for g in groups.values():
            for head in g["intents"].values():
                float(head["intercept"]), float(head["threshold"]), dict(head["weights"])
            dict(g["idf"])
            analyzer(g)
    except OSError as exc:
        raise InputError(f"cannot read the intent model: {exc.strerror}", path=path) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"not an intent model (rebuild with python -m harness.scoring.intents_train): {exc}",
                         path=path) from None
    return IntentModel(groups)


DEFAULT_MODELS = {"intent_model": "intents/model.json", "safety_model": "intents/safety_model.json"}


def model_path(settings: dict[str, Any], key: str = "intent_model") -> Path:
    """The model file a rubric names in ``settings.<key>`` (relative to rubrics/)."""
    from harness.paths import rubrics_dir

    p = Path(settings.get(key, DEFAULT_MODELS[key]))
    return p if p.is_absolute() else rubrics_dir() / p


def model_for(settings: dict[str, Any], key: str = "intent_model") -> IntentModel:
    return load_model(str(model_path(settings, key)))


def find_sentence(doc: Document, settings: dict[str, Any], intent: str, start: int = 0, end: int | None = None,
                  threshold: float | None = None) -> tuple[int, int, float] | None:
    """The most probable sentence of ``doc`` in [start, end) for ``intent``: (start, end, probability),
    or None when none reaches the threshold. Probabilities are computed once per answer and shared by
    every rule that asks (they are kept in ``doc.cache``)."""
    model = model_for(settings)
    cut = model.threshold(intent) if threshold is None else threshold
    end = len(doc.text) if end is None else end
    best: tuple[int, int, float] | None = None
    for s, p in _sentence_scores(doc, model, intent):
        if s.start >= start and s.start < end and p >= cut and (best is None or p > best[2]):
            best = (s.start, s.end, p)
    return best


def sentences_over(doc: Document, settings: dict[str, Any], intent: str, threshold: float | None = None,
                   key: str = "intent_model", sentences: list[Any] | None = None) -> list[tuple[Any, float]]:
    """Every sentence of ``sentences`` (default: all of ``doc``) whose probability for ``intent``
    (model ``settings.<key>``) reaches the threshold, in text order, with its probability."""
    model = model_for(settings, key)
    cut = model.threshold(intent) if threshold is None else threshold
    return [(s, p) for s, p in _sentence_scores(doc, model, intent, sentences) if p >= cut]


def text_probability(settings: dict[str, Any], intent: str, text: str, key: str = "intent_model") -> float:
    """P(``text`` as a whole expresses ``intent``), e.g. a patient question for ``red_flag``."""
    return model_for(settings, key).probability(intent, text)


def _sentence_scores(doc: Document, model: IntentModel, intent: str,
                     sentences: list[Any] | None = None) -> list[tuple[Any, float]]:
    """(sentence, P(intent)) for ``sentences`` (default: all of ``doc``). All heads of the intent's
    group are scored once per sentence and kept in ``doc.cache``, so seven safety rules cost one
    feature extraction per sentence."""
    group = model.group_of(intent)
    cache: dict[int, dict[str, float]] = doc.cache.setdefault(("intent-group", id(group)), {})
    sents = doc.sentences if sentences is None else sentences
    todo = [s for s in sents if s.start not in cache]
    if todo:
        for s, probs in zip(todo, _probabilities_many(group, [s.text for s in todo])):
            cache[s.start] = probs
    return [(s, cache[s.start][intent]) for s in sents]


def heading_probability(settings: dict[str, Any], intent: str, title: str) -> tuple[float, float]:
    """(probability, threshold) that a section heading ``title`` is of kind ``intent``."""
    model = model_for(settings)
    return model.probability(intent, title), model.threshold(intent)
