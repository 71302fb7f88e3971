"""The offline verifier's fast paths give exactly what the plain computation gives: BM25 rows summed as
bm25s sums them, coverage from token postings, and verdicts reused from the per-passage-set cache."""
from __future__ import annotations

import random

import numpy as np
import pytest

from harness.datasets import load_sources
from harness.grounding import verify
from harness.grounding.retrieve import PassageIndex, stats_for
from harness.grounding.verify import Verifier, verify_claims
from harness.paths import datasets_dir


@pytest.fixture(scope="module")
def index() -> PassageIndex:
    srcs = sorted(load_sources(datasets_dir() / "sources").values(), key=lambda s: s.source_id)[:12]
    return PassageIndex([s.text for s in srcs], [s.source_id for s in srcs])


def test_bm25_scores_equal_bm25s_get_scores(index: PassageIndex) -> None:
    """Same float32 values, so the window ranking (and its ties) is the library's."""
    vocab = sorted(t for t in index._bm25.vocab_dict if t)
    rng = random.Random(7)
    for _ in range(300):
        q = rng.sample(vocab, rng.randint(1, 12)) + rng.choice([[], ["notaword"], [vocab[0], vocab[0]]])
        assert np.array_equal(index.bm25_scores(q), index._bm25.get_scores(q)), q


def test_rank_orders_by_score_then_window(index: PassageIndex) -> None:
    q = index.windows[3].tokens[:4]
    scores = index._bm25.get_scores(q)
    expected = sorted(range(len(index.windows)), key=lambda i: (-float(scores[i]), i))[:10]
    assert [i for i, _ in index.rank_positions(q, 10)] == expected


def test_window_weight_equals_summing_each_window(index: PassageIndex) -> None:
    weights = {t: 1.0 + i / 7 for i, t in enumerate(dict.fromkeys(index.windows[5].tokens + index.windows[40].tokens
                                                                  + ["notaword"]))}
    got = index.window_weight(weights)
    for i, w in enumerate(index.windows):
        plain = sum(v for t, v in weights.items() if t in w.tokset)
        assert got.get(i, 0) == plain


TNBC = ("Triple-negative breast cancer has no estrogen receptors and no progesterone receptors and does not make too "
        "much HER2, so hormone therapy and HER2-targeted drugs do not work against it.")
OSI = ("Osimertinib (Tagrisso) is a targeted therapy pill that blocks signals from the abnormal EGFR protein. It is "
       "taken by mouth at home, and the dose is set by the oncologist for each person.")
CLAIMS = ["Hormone therapy works well against triple-negative breast cancer.",
          "Tagrisso blocks signals from the abnormal EGFR protein.",
          "The cancer reached 2 of your 14 lymph nodes.",
          "Most people take 80 mg of osimertinib once a day."]


def test_cached_verdicts_equal_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, ids = [TNBC, OSI], ["tnbc", "osi"]
    cached = [v.as_dict() for v in verify_claims(CLAIMS * 2, ctx, ids)]
    assert cached[:4] == cached[4:]
    monkeypatch.setattr(verify, "VERDICT_CACHE_SIZE", 0)
    fresh = [v.as_dict() for v in verify_claims(CLAIMS, ctx, ids)]
    assert cached[:4] == fresh


def test_cache_keeps_question_and_parameters_apart() -> None:
    """A verdict given for one question or one threshold is not reused for another."""
    from harness.grounding.retrieve import index_for

    ctx, ids = [TNBC, OSI], ["tnbc", "osi"]
    claim = "The cancer reached 2 of your 14 lymph nodes."
    without = Verifier(index_for(ctx, ids), stats_for(ctx)).verify(claim)
    with_q = Verifier(index_for(ctx, ids), stats_for(ctx), question="2 of 14 nodes were positive").verify(claim)
    assert without.specific and without.missing == ["2", "14"]   # numbers in no passage...
    assert not with_q.specific and not with_q.missing           # ...unless the asker gave them
    strict = Verifier(index_for(ctx, ids), stats_for(ctx), {"supported_probability": 0.99,
                                                            "unsupported_probability": 0.99}).verify(CLAIMS[1])
    default = Verifier(index_for(ctx, ids), stats_for(ctx)).verify(CLAIMS[1])
    assert default.verdict == "supported" and strict.verdict == "unsupported"
