"""The learned part of the offline verifier: two logistic regressions over per-claim evidence features
(supported vs not, contradicted vs not), shipped as a small JSON file (harness/grounding/models/lexical-v2.json) with its training
provenance, rebuilt by ``python -m harness.grounding.train``.

Stored as plain numbers (no pickle): loading needs no scikit-learn and runs no code from the file;
scoring is one dot product per claim. The file also carries background document frequencies from the
training passages, so a word's rarity does not depend on the handful of passages an answer cites.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

HEADS = ("supported", "contradicted")
MODEL_PATH = Path(__file__).resolve().parent / "models" / "lexical-v2.json"


@dataclass(frozen=True)
class LinearModel:
    """Standardise, one dot product per head, logistic: P(supported) and P(contradicted)."""

    features: tuple[str, ...]
    heads: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    thresholds: dict[str, float]
    version: str
    provenance: dict[str, Any]
    # per head: (intercept, ((feature, weight), ...)) with the standardisation folded in
    _folded: tuple[tuple[float, tuple[tuple[str, float], ...]], ...] = field(default=(), init=False, repr=False,
                                                                              compare=False)

    def __post_init__(self) -> None:
        # standardisation folded into the weights once: w/s per feature, b - sum(w*m/s) per head
        folded = tuple((b - sum(w * m / s for w, m, s in zip(row, self.mean, self.scale)),
                        tuple((f, w / s) for f, w, s in zip(self.features, row, self.scale) if w))
                       for row, b in zip(self.coef, self.intercept))
        object.__setattr__(self, "_folded", folded)

    def predict(self, x: dict[str, float]) -> dict[str, float]:
        out: dict[str, float] = {}
        get = x.get
        for head, (b, terms) in zip(self.heads, self._folded):
            v = b
            for f, w in terms:
                xv = get(f, 0.0)
                if xv:
                    v += w * xv
            out[head] = 1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v))
        return out


def _load_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load(path: str | None = None) -> LinearModel:
    d = _load_json(Path(path) if path else MODEL_PATH)
    return LinearModel(
        features=tuple(d["features"]), heads=tuple(d["heads"]), mean=tuple(d["mean"]),
        scale=tuple(d["scale"]), coef=tuple(tuple(r) for r in d["coef"]), intercept=tuple(d["intercept"]),
        thresholds=dict(d.get("thresholds", {})), version=str(d["version"]), provenance=dict(d.get("provenance", {})))


@lru_cache(maxsize=4)
def background(path: str | None = None) -> tuple[int, dict[str, int]]:
    """(number of background sentences, document frequency per stem) from the model file."""
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        return 0, {}
    d = _load_json(p).get("background", {})
    return int(d.get("n", 0)), dict(d.get("df", {}))
