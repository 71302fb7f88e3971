"""Offline claim verifier: supported / contradicted / unsupported / uncertain, with the passage span
and a probability, decided by a small learned model over evidence features.

For one claim: retrieve the best passage window (BM25 + IDF-weighted coverage), then compute the
evidence features -- lexical relatedness (coverage, TF-IDF and character n-gram cosine), polarity
cues (negation mismatch, antonyms, the approval/cure polarity of the clause with its cancer-type and
therapy scope, negation flips), concrete facts (numbers that conflict or are missing, drugs and
cancer types named in no passage), certainty and hedging. A multinomial logistic regression
(harness/grounding/model.py, trained by harness/grounding/train.py on public claim-verification data
and the shipped calibration set) turns them into P(supported), P(contradicted), P(unsupported).
Thresholds (rubric params) decide the verdict; between them the claim is ``uncertain`` (shown as
"needs review"). A lexical verifier calls a claim contradicted only when it can point at a
contradiction cue in the passage.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from harness.grounding import model as M
from harness.grounding import text as T
from harness.grounding.retrieve import PassageIndex, SourceStats, Window, index_for, stats_for

FEATURES = ("cov_best", "cov_all", "cos_tfidf", "char_cos", "neg_mismatch", "antonym", "flip", "pol_contra",
            "pol_unsup", "num_conflict", "num_missing", "ent_missing", "definite", "ev_uncertain", "hedged")
# Contradiction cues the verifier can point at in the passage; a bare negation mismatch is a feature,
# not a cue ("Do not stop your tamoxifen" against a passage with no negation contradicts nothing).
_CUES = ("antonym", "flip", "pol_contra", "num_conflict")

DEFAULTS: dict[str, Any] = {
    "supported_probability": None,     # P(supported) at or above: supported (None: the model file's value)
    "unsupported_probability": None,   # P(supported) below: unsupported; in between: uncertain
    "contradicted_probability": None,  # P(contradicted) at or above, with a contradiction cue: contradicted
    "model": None,                     # path of another model file (harness.grounding.train --out)
    "pair_penalty": 0.97,          # two-sentence windows count slightly less than one sentence
    "passage_penalty": 0.9,        # the whole passage counts less again
    "number_context_threshold": 0.5,  # coverage (without numbers) needed to call a number contradicted
    "flip_threshold": 0.6,         # coverage needed before a negation flip counts as a contradiction
    "flip_clause_threshold": 0.45,  # ... and coverage by the matching clause of that sentence
}

_MODAL_SKIP = {"need", "needs", "have", "has", "want", "always", "usually", "yet", "be", "been", "being", "able",
               "instead", "only", "just", "also", "even", "longer", "necessarily", "really", "exactly"}
_NO_FLIP = {"fda", "approv", "standard", "routin", "cur", "guarante", "recommend", "only", "all", "any"}
_DOSE_UNITS = {"mg", "mcg", "g", "ml"}  # a dose is never excused because the asker mentioned it
# An instruction ("Do not stop ... without ...", "Avoid ...") is checked for its facts, but its
# negation is a prohibition, not a statement that contradicts a passage.
_INSTRUCTION = re.compile(r"^\W*(?:please |so |and |but |also )?(?:do not|don't|never|avoid|stop|take|keep|call|go|"
                          r"tell|ask|try|use|make sure)\b")
_NEGATION = re.compile(r"(?<!\bof )(?<!\bto )(?<!\bor )\b(?:not|no|never|cannot|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't)\b")


def _grams(text: str, n: int = 4) -> frozenset[str]:
    t = " ".join(T.words(text))
    return frozenset({t[i:i + n] for i in range(len(t) - n + 1)})


@lru_cache(maxsize=65536)
def _is_negated(norm: str) -> bool:
    return bool(_NEGATION.search(norm))


@dataclass
class Verdict:
    verdict: str                  # supported | unsupported | contradicted | uncertain | not_checked
    reason: str
    passage_id: str | None = None
    passage_span: tuple[int, int] | None = None
    passage_text: str | None = None
    coverage: float = 0.0
    specific: bool = False        # unsupported because of a concrete fact (number, drug, cancer type)
    missing: list[str] = field(default_factory=list)
    probabilities: dict[str, float] = field(default_factory=dict)
    backend: str = "lexical"

    @property
    def probability(self) -> float | None:
        """The probability of the verdict given (P(supported) for uncertain)."""
        key = {"uncertain": "supported"}.get(self.verdict, self.verdict)
        return self.probabilities.get(key)

    def as_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "reason": self.reason, "passage_id": self.passage_id,
                "passage_span": list(self.passage_span) if self.passage_span else None,
                "passage_text": self.passage_text, "coverage": round(self.coverage, 3),
                "specific": self.specific, "missing": self.missing,
                "probability": None if self.probability is None else round(self.probability, 3),
                "probabilities": {k: round(v, 3) for k, v in self.probabilities.items()},
                "backend": self.backend}


@dataclass
class _SentAssertion:
    a: T.Assertion
    passage_index: int
    start: int
    end: int


@dataclass
class _PassageFacts:
    """What the verifier derives from one item's passages, computed once per (passages, sources):
    answers to the same question, and v1/v2 runs, share their passages."""
    entities: list[dict[str, set[str]]]
    all_entities: dict[str, set[str]]
    sent_assertions: list[_SentAssertion]
    tok_counts: dict[int, dict[str, float]] = field(default_factory=dict)   # log-TF x IDF per passage
    norms: dict[int, float] = field(default_factory=dict)
    grams: dict[str, frozenset[str]] = field(default_factory=dict)
    # verdicts already given against these passages, per (claim, kind, question, parameters), with the
    # model that gave them: answers repeat sentences (house phrasing, v1/v2 of one question)
    verdicts: dict[tuple[Any, ...], tuple[M.LinearModel, Verdict]] = field(default_factory=dict)


# verdicts kept per passage set (0 turns the cache off: bench/throughput.py measures both ways)
VERDICT_CACHE_SIZE = 4096

_FACTS: dict[tuple[int, int], tuple[PassageIndex, SourceStats, _PassageFacts]] = {}


def _passage_facts(index: PassageIndex, stats: SourceStats) -> _PassageFacts:
    key = (id(index), id(stats))
    hit = _FACTS.get(key)
    if hit is not None and hit[0] is index and hit[1] is stats:
        return hit[2]
    ents = [T.entities(p.norm, stats.lexicon) for p in index.passages]
    all_e: dict[str, set[str]] = {k: set() for k in ("cancer", "biomarker", "therapy", "drug")}
    for e in ents:
        for k, v in e.items():
            all_e[k] |= v
    sents = [_SentAssertion(a, p.index, s, e) for p in index.passages for s, e in p.sentences
             for a in T.assertions(index.norm(p.text[s:e]), stats.lexicon)]
    facts = _PassageFacts(ents, all_e, sents)
    if len(_FACTS) > 256:
        _FACTS.clear()
    _FACTS[key] = (index, stats, facts)
    return facts


class Verifier:
    def __init__(self, index: PassageIndex, stats: SourceStats, params: dict[str, Any] | None = None,
                 question: str = "", model: M.LinearModel | None = None) -> None:
        self.index = index
        self.stats = stats
        self.lex = stats.lexicon
        self.prof = stats.profile
        self.model = model or M.load((params or {}).get("model"))
        self.p = {**DEFAULTS, **{k: v for k, v in (params or {}).items() if v is not None}}
        for k in ("supported_probability", "unsupported_probability", "contradicted_probability"):
            if self.p.get(k) is None:
                self.p[k] = self.model.thresholds[k]
        shared = _passage_facts(index, stats)
        self.passage_entities = shared.entities
        self.all_entities: dict[str, set[str]] = {k: set(v) for k, v in shared.all_entities.items()}
        # what the asker said is given: echoing their drug, their numbers or their cancer is not a fabrication
        qn = index.norm(question or "")
        self.question_numbers = {n.value for n in T.numbers(qn)}
        q_ent = T.entities(qn, self.lex)
        for k, v in q_ent.items():
            self.all_entities[k] |= v
        self._passage_tok_counts = shared.tok_counts
        self._passage_norms = shared.norms
        self._grams = shared.grams
        self.sent_assertions = shared.sent_assertions
        self._verdicts = shared.verdicts
        try:
            self._cache_key: tuple[Any, ...] | None = (question or "", tuple(sorted(self.p.items())))
            hash(self._cache_key)
        except TypeError:  # an unhashable parameter value: no caching
            self._cache_key = None

    # ------------------------------------------------------------------ helpers
    def _weights(self, toks: list[str]) -> dict[str, float]:
        return {t: self.stats.idf(t) for t in dict.fromkeys(toks)}

    def _coverage(self, weights: dict[str, float], tokens: set[str]) -> float:
        total = sum(weights.values())
        return sum(w for t, w in weights.items() if t in tokens) / total if total else 0.0

    def _best(self, weights: dict[str, float]) -> tuple[Window | None, float, tuple[int, int] | None, int]:
        """Best window by coverage (BM25 rank breaks ties); also the whole passage as a last resort."""
        best: tuple[Window | None, float, tuple[int, int] | None, int] = (None, 0.0, None, -1)
        total = sum(weights.values())
        if not total:
            return best
        # the best-covering window is among the top BM25 windows (same tokens, IDF-weighted)
        windows = self.index.windows
        ranked = self.index.rank_positions(list(weights), k=min(len(windows), 24))
        top = max((s for _, s in ranked), default=0.0) or 1.0
        covered = self.index.window_weight(weights)
        pair_penalty = self.p["pair_penalty"]
        best_key = -1.0
        for i, bm in ranked:
            w = windows[i]
            cov = covered.get(i, 0) / total
            if w.is_pair:
                cov *= pair_penalty
            key = cov + 0.01 * (bm / top)
            if key > best_key:
                best_key = key
                best = (w, cov, (w.start, w.end), w.passage_index)
        for p in self.index.passages:
            cov = self._coverage(weights, p.tokens) * self.p["passage_penalty"]
            if cov > best[1] + 1e-9:
                # point at the sentence of the passage that covers the most
                k = max(range(len(p.sentences)), key=lambda j: self._coverage(weights, p.sentence_tokens[j]))
                s, e = p.sentences[k]
                best = (None, cov, (s, e), p.index)
        return best

    def _evidence(self, pidx: int, span: tuple[int, int] | None) -> tuple[str | None, tuple[int, int] | None, str | None]:
        if pidx < 0 or span is None:
            return None, None, None
        p = self.index.passages[pidx]
        return p.passage_id, span, p.text[span[0]:span[1]]

    def _passage_has(self, pidx: int, targets: frozenset[str]) -> bool:
        e = self.passage_entities[pidx]
        return bool(targets & (e["drug"] | e["biomarker"] | e["therapy"]))

    # ------------------------------------------------------------------ polarity of assertions
    def _polarity(self, claim_norm: str) -> tuple[str, _SentAssertion | None] | None:
        for ca in T.assertions(claim_norm, self.lex):
            same = [sa for sa in self.sent_assertions if sa.a.predicate == ca.predicate]
            if not same:
                if ca.positive and ca.predicate == "cure" and ca.cancers:
                    return f"UNSUPPORTED:the passages do not say it can be cured", None
                continue
            if ca.predicate == "cure" and ca.positive and T.definite(ca.text, self.prof):
                for sa in same:
                    if not sa.a.positive and (not ca.cancers or not sa.a.cancers or ca.cancers & sa.a.cancers):
                        return "a definite cure/outcome statement where the source says it cannot be promised", sa
            scope = set(ca.cancers)
            specific_targets = frozenset(t for t in ca.targets if t not in self.prof.entities["biomarker"])

            biomarkers = frozenset(t for t in ca.targets if t in self.prof.entities["biomarker"])

            def compatible(sa: _SentAssertion, strict: bool) -> bool:
                """Same therapy: in the same clause (strict), or anywhere in the passage for a denial."""
                if not specific_targets:
                    return True
                if sa.a.targets & specific_targets:
                    return True
                # "It is FDA-approved for ...": the passage is about the product and the clause names no other
                others = {t for t in sa.a.targets if t not in self.prof.entities["biomarker"]}
                return not strict and not others and self._passage_has(sa.passage_index, specific_targets)

            def same_subtype(sa: _SentAssertion, positive: bool) -> bool:
                """A positive source statement must name the claim's biomarkers (MSI-H is not MSS); a
                negative one must not name only other biomarkers."""
                if not biomarkers:
                    return True
                sb = {t for t in sa.a.targets if t in self.prof.entities["biomarker"]}
                if positive:
                    return biomarkers <= sb
                return bool(biomarkers & sb) or not sb

            if scope:
                for d in sorted(scope):
                    pos_exact = [sa for sa in same if sa.a.positive and d in sa.a.cancers and compatible(sa, False)
                                 and same_subtype(sa, True)]
                    neg_exact = [sa for sa in same if not sa.a.positive and d in sa.a.cancers and compatible(sa, False)
                                 and same_subtype(sa, False)]
                    pos_cls = [sa for sa in same if sa.a.positive and compatible(sa, False) and same_subtype(sa, True)
                               and any(T.covers(c, d, self.prof) for c in sa.a.cancers)]
                    neg_cls = [sa for sa in same if not sa.a.positive and compatible(sa, False) and same_subtype(sa, False)
                               and any(T.covers(c, d, self.prof) for c in sa.a.cancers)]
                    if ca.positive:
                        if neg_exact and not pos_exact:
                            return f"the source says the opposite about {ca.predicate} for '{d}'", neg_exact[0]
                        if neg_cls and not pos_exact and not pos_cls:
                            return f"the source says the opposite about {ca.predicate} for '{d}'", neg_cls[0]
                    if ca.positive and ca.predicate in ("approval", "cure") and not pos_exact and not pos_cls:
                        return (f"UNSUPPORTED:the passages do not state {ca.predicate} for '{d}'"
                                + (f" ({', '.join(sorted(biomarkers))})" if biomarkers else ""), None)
                    if not ca.positive:
                        strict_pos = [sa for sa in pos_exact if compatible(sa, True)]
                        if strict_pos and not neg_exact and ca.predicate == "approval":
                            return f"the source states {ca.predicate} for '{d}' where the answer denies it", strict_pos[0]
            elif specific_targets and ca.positive and ca.predicate == "approval":
                neg = [sa for sa in same if not sa.a.positive and sa.a.targets & specific_targets]
                pos = [sa for sa in same if sa.a.positive and sa.a.targets & specific_targets]
                if neg and not pos:
                    return "the source says it is not approved/standard", neg[0]
        return None

    # ------------------------------------------------------------------ negation flips
    @staticmethod
    def _negated(norm: str) -> bool:
        return _is_negated(norm)

    def _negated_words(self, norm: str, weights: dict[str, float] | None = None
                       ) -> tuple[set[str], set[str], set[str]]:
        """(first word after a negator, every word in a negator's scope, words outside any scope) as
        stems. Negations inside an "if" clause and after "of/to/or" are conditions, not statements.
        With ``weights``, only clauses that cover the claim well count as negating."""
        first: set[str] = set()
        scope: set[str] = set()
        pos: set[str] = set()
        for cl in T.clauses(norm):
            ws = T.words(cl)
            strong = weights is None or self._coverage(weights, set(self.index.tokens(cl))) >= \
                self.p["flip_clause_threshold"]
            in_scope = False
            pending = False
            for i, w in enumerate(ws):
                if _NEGATION.fullmatch(w):
                    if i and ws[i - 1] in ("of", "to", "or") or "if" in ws[max(0, i - 4):i]:
                        continue
                    in_scope, pending = True, True
                    continue
                if w in T.STOPWORDS or w in _MODAL_SKIP:
                    continue
                st = T.stem(w, self.prof)
                if in_scope:
                    scope.add(st)
                    if pending and strong:
                        first.add(st)
                    pending = False
                else:
                    pos.add(st)
        return first, scope, pos

    def _flip(self, claim_norm: str, weights: dict[str, float], win_pidx: int,
              span: tuple[int, int] | None, cov: float) -> tuple[str, int, tuple[int, int]] | None:
        """Contradicted when the best-matching sentence negates a word the claim asserts (or the other
        way round) and never asserts it elsewhere: "do not work" vs "works", "should be reported" vs
        "do not need to be reported". Regulatory words are left to the approval logic; exclusive
        statements ("only", "unless", "except") are not flips."""
        if span is None or cov < self.p["flip_threshold"] or win_pidx < 0:
            return None
        wnorm = self.index.norm(self.index.passages[win_pidx].text[span[0]:span[1]])
        if not (_is_negated(claim_norm) or _is_negated(wnorm)):
            return None  # a flip needs a negation on one side
        if re.search(r"\b(only|unless|except|rather than|instead)\b", claim_norm):
            return None
        p = self.index.passages[win_pidx]
        wnorm = self.index.norm(p.text[span[0]:span[1]])
        first_c, scope_c, pos_c = self._negated_words(claim_norm)
        first_w, scope_w, pos_w = self._negated_words(wnorm, weights)
        ents = {"cancer", "biomarker", "therapy", "drug"}

        def plain(w: str) -> bool:
            return w not in _NO_FLIP and not any(T.entities(w, self.lex)[k] for k in ents)

        a = sorted(w for w in first_w & pos_c if w not in pos_w and w not in scope_c and plain(w))
        if a:
            return f"the source negates '{a[0]}', the answer asserts it", win_pidx, span
        # the other direction only for a plain verbal denial: not for "no X" lists, "X, not Y" or "is not a Y"
        # contrasts, "should not" advice, or a denial in a "but" clause of its own ("lowers ... but does not remove")
        verbal = re.search(r"(?<!, )\b(?:not|never|cannot|can't|isn't|aren't|doesn't|don't|didn't|won't)\b", claim_norm)
        contrast = re.search(r"\b(?:should|must|need to|but|is not an?|are not|isn't an?)\b", claim_norm)
        b = sorted(w for w in first_c & pos_w if w not in scope_w and w not in pos_c and plain(w))
        if b and verbal and not contrast:
            return f"the answer negates '{b[0]}', the source asserts it", win_pidx, span
        return None

    def candidates(self, claim: str, k: int) -> list[Window]:
        """The k passage windows that best match the claim (BM25 over the same normalised tokens), for
        backends that judge a claim against a few windows (NLI)."""
        toks = self.index.tokens(self.index.norm(claim))
        return [w for w, _ in self.index.rank(toks, k=k)] if self.index.windows else []

    # ------------------------------------------------------------------ evidence features
    def _has_entity(self, kind_name: str, e: str) -> bool:
        have = self.all_entities[kind_name] | (self.all_entities["drug"] if kind_name == "drug" else set())
        if e in have:
            return True
        if kind_name == "cancer" and (have & self.prof.hypernyms.get(e, frozenset())
                                      or any(T.covers(e2, e, self.prof) and e2 not in ("solidtumor", "bloodcancer")
                                             for e2 in have)):
            return True
        if kind_name == "biomarker" and (e.startswith("her2") and "her2" in have or
                                         e in ("her2", "hrpositive", "her2neg") and "tnbc" in have):
            return True
        return False

    def _window_norm(self, pidx: int, span: tuple[int, int] | None) -> str:
        if pidx < 0 or span is None:
            return ""
        return self.index.norm(self.index.passages[pidx].text[span[0]:span[1]])

    def _char_cos(self, a: str, b: str) -> float:
        """Cosine of the sets of character 4-grams (spelling variants and compounds still overlap)."""
        ga = _grams(a)
        gb = self._grams.get(b)
        if gb is None:
            gb = self._grams[b] = _grams(b)
        return len(ga & gb) / math.sqrt(len(ga) * len(gb)) if ga and gb else 0.0

    def _tfidf_cos(self, toks: list[str]) -> float:
        """Best cosine between the claim's and a passage's log-TF x IDF vectors (passage vectors cached)."""
        qa = {t: (1 + math.log(c)) * self.stats.idf(t) for t, c in Counter(toks).items()}
        na = math.sqrt(sum(v * v for v in qa.values()))
        if not na:
            return 0.0
        best = 0.0
        for p in self.index.passages:
            vec, nb = self._passage_vector(p.index)
            num = sum(v * vec[t] for t, v in qa.items() if t in vec)
            if num and nb:
                best = max(best, num / (na * nb))
        return best

    def _passage_vector(self, pidx: int) -> tuple[dict[str, float], float]:
        hit = self._passage_tok_counts.get(pidx)
        if hit is None:
            counts = Counter(self.index.tokens(self.index.passages[pidx].norm))
            vec = {t: (1 + math.log(c)) * self.stats.idf(t) for t, c in counts.items()}
            self._passage_tok_counts[pidx] = vec
            self._passage_norms[pidx] = math.sqrt(sum(v * v for v in vec.values()))
            hit = vec
        return hit, self._passage_norms[pidx]

    def _antonym(self, claim_toks: set[str], win_toks: set[str]) -> str | None:
        for a in sorted(claim_toks):
            for b in self.prof.antonyms.get(a, ()):
                if b in win_toks and b not in claim_toks and a not in win_toks:
                    return f"the answer says '{a}', the source says '{b}'"
        return None

    def analyse(self, claim: str, kind: str = "claim") -> tuple[dict[str, float], dict[str, Any]]:
        """Evidence features of one claim, and what explains them (passage, span, reasons)."""
        norm = self.index.norm(claim)
        toks = self.index.tokens(norm)
        weights = self._weights(toks)
        win, cov, span, pidx = self._best(weights)
        info: dict[str, Any] = {"pidx": pidx, "span": span, "cov": cov, "reasons": {}}
        why = info["reasons"]
        wnorm = self._window_norm(pidx, span)
        wtoks = set(self.index.tokens(wnorm))
        f = dict.fromkeys(FEATURES, 0.0)
        f["cov_best"] = cov
        f["cov_all"] = self._coverage(weights, self.index.all_tokens)
        f["cos_tfidf"] = self._tfidf_cos(toks)
        f["char_cos"] = self._char_cos(norm, wnorm) if wnorm else 0.0
        if wnorm and self._negated(norm) != self._negated(wnorm):
            f["neg_mismatch"] = 1.0
        ant = self._antonym(set(toks), wtoks) if wnorm else None
        if ant:
            f["antonym"] = 1.0
            why["antonym"] = ant
        pol = self._polarity(norm)
        if pol and pol[1] is None:
            f["pol_unsup"] = 1.0
            why["pol_unsup"] = pol[0].split(":", 1)[1]
        elif pol:
            f["pol_contra"] = 1.0
            why["pol_contra"] = pol
        nums = T.numbers(norm)
        # a count written in words ("two other therapies") matches a passage's digits, but only digits
        # or a number with a unit count as a concrete fact the passages must contain
        missing_nums = [n for n in nums if n.value not in self.index.all_numbers and (
            n.value not in self.question_numbers or n.unit in _DOSE_UNITS)
            and (n.unit or n.value != "1" and re.search(rf"(?<![\d.]){re.escape(n.value)}(?![\d])", claim))]
        if missing_nums:
            n = missing_nums[0]
            wnums = T.numbers(wnorm) if wnorm else []
            same_kind = [m for m in wnums if (m.unit and m.unit == n.unit) or (not m.unit and not n.unit)]
            if same_kind and cov >= self.p["number_context_threshold"]:
                f["num_conflict"] = 1.0
                why["num_conflict"] = f"the answer says {n.text.strip()}, the source says {same_kind[0].text.strip()}"
                info["missing"] = [n.text.strip()]
            else:
                f["num_missing"] = 1.0
                why["num_missing"] = f"number '{n.text.strip()}' is in none of the passages"
                info["missing"] = [m.text.strip() for m in missing_nums]
        ent = T.entities(norm, self.lex)
        missing = [e for k in ("drug", "cancer", "biomarker") for e in sorted(ent[k]) if not self._has_entity(k, e)]
        if missing:
            f["ent_missing"] = 1.0
            why["ent_missing"] = f"{', '.join(missing)} not mentioned in the passages"
            info.setdefault("missing", missing)
        if kind == "claim" and not _INSTRUCTION.match(norm):
            flip = self._flip(norm, weights, pidx, span, cov)
            if flip:
                f["flip"] = 1.0
                why["flip"] = flip
        f["definite"] = float(T.definite(norm, self.prof))
        f["ev_uncertain"] = float(bool(wnorm and self.prof.cues["evidence_uncertain"].search(wnorm)))
        f["hedged"] = float(bool(self.prof.cues["hedges"].search(norm)))
        return f, info

    # ------------------------------------------------------------------ main
    def verify(self, claim: str, kind: str = "claim") -> Verdict:
        """The verdict of one claim (the same object again for a claim already verified against these
        passages with the same question, parameters and model; callers read verdicts, never change them)."""
        if self._cache_key is None or not VERDICT_CACHE_SIZE:
            return self._verify(claim, kind)
        key = (claim, kind, self._cache_key)
        hit = self._verdicts.get(key)
        if hit is not None and hit[0] is self.model:
            return hit[1]
        v = self._verify(claim, kind)
        if len(self._verdicts) >= VERDICT_CACHE_SIZE:
            self._verdicts.clear()
        self._verdicts[key] = (self.model, v)
        return v

    def _verify(self, claim: str, kind: str) -> Verdict:
        if not self.index.passages:
            return Verdict("not_checked", "no passages to check against")
        f, info = self.analyse(claim, kind)
        probs = self.model.predict(f)
        pidx, span, cov, why = info["pidx"], info["span"], info["cov"], info["reasons"]
        pid, pspan, ptext = self._evidence(pidx, span)
        base = {"coverage": cov, "probabilities": probs}
        label = decide(f, probs, self.p, kind)
        if label == "contradicted":
            cue = next(c for c in _CUES if f[c])
            if cue == "pol_contra":
                reason, sa = why["pol_contra"]
                p = self.index.passages[sa.passage_index]
                return Verdict("contradicted", reason, p.passage_id, (sa.start, sa.end), p.text[sa.start:sa.end], **base)
            if cue == "flip":
                reason, fidx, fspan = why["flip"]
                p = self.index.passages[fidx]
                return Verdict("contradicted", reason, p.passage_id, fspan, p.text[fspan[0]:fspan[1]], **base)
            reason = why.get(cue) or "the passage negates what the answer states"
            return Verdict("contradicted", reason, pid, pspan, ptext, missing=info.get("missing", []), **base)
        p_sup = probs["supported"]
        if label == "supported":
            return Verdict("supported", f"covered by the passage ({cov:.0%} of the claim's weighted words, "
                           f"P(supported) {p_sup:.2f})", pid, pspan, ptext, **base)
        if label == "unsupported" and specific_fact(f, kind):
            reason = why.get("pol_unsup") or why.get("num_missing") or why.get("ent_missing") or ""
            return Verdict("unsupported", reason, pid, pspan, ptext, specific=True,
                           missing=info.get("missing", []), **base)
        if label == "unsupported":
            reason = ("a definite statement the passages do not make" if f["definite"]
                      else f"low support from every passage (best {cov:.0%}, P(supported) {p_sup:.2f})")
            return Verdict("unsupported", reason, pid, pspan, ptext, **base)
        return Verdict("uncertain", f"needs review: partial support (best {cov:.0%}, P(supported) {p_sup:.2f})",
                       pid, pspan, ptext, **base)


def specific_fact(f: dict[str, float], kind: str) -> bool:
    """A claim (not advice) naming a concrete fact no passage holds: a number, a drug or cancer type, an
    approval or cure the passages do not state. Unsupported whatever the model's probability."""
    return kind == "claim" and bool(f["num_missing"] or f["ent_missing"] or f["pol_unsup"])


def decide(f: dict[str, float], probs: dict[str, float], thresholds: dict[str, Any], kind: str = "claim") -> str:
    """The verdict from the features and the model's probabilities: contradicted only with a cue the
    verifier can point at; a specific unsupported fact is unsupported; otherwise the thresholds decide
    (between them: uncertain). Shared by the verifier and by training (harness/grounding/train.py), so
    cross-validation scores exactly the decision the harness makes."""
    if any(f[c] for c in _CUES) and probs["contradicted"] >= thresholds["contradicted_probability"]:
        return "contradicted"
    specific = specific_fact(f, kind)
    if probs["supported"] >= thresholds["supported_probability"] and not specific:
        return "supported"
    if specific or probs["supported"] < thresholds["unsupported_probability"]:
        return "unsupported"
    return "uncertain"


def verify_claims(claims: list[str], contexts: list[str], ids: list[str],
                  params: dict[str, Any] | None = None, question: str = "") -> list[Verdict]:
    v = Verifier(index_for(contexts, ids), stats_for(contexts), params, question)
    return [v.verify(c) for c in claims]
