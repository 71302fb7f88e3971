"""Offline claim verifier: supported / unsupported / contradicted, with the passage and span as evidence.

Order of the decision for one claim (each step can end it):
1. polarity of regulatory and cure statements ("is approved" vs "is not approved / only in trials",
   "will cure" vs "no treatment can guarantee a cure"), scoped to the cancer types in the clause;
2. numbers: a number in the claim that no passage has is unsupported, or contradicted when the best
   matching sentence states a different number for the same thing;
3. named drugs/products, cancer types and biomarkers that no passage mentions: unsupported;
4. negation flip against the best matching sentence ("do not work" vs "works"): contradicted;
5. otherwise IDF-weighted coverage of the claim's content words by the best window decides
   supported / unsupported (threshold calibrated on the dev split of datasets/grounding_claims.jsonl).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from harness.grounding import text as T
from harness.grounding.retrieve import PassageIndex, SourceStats, Window, index_for, stats_for

DEFAULTS: dict[str, Any] = {
    "support_threshold": 0.6,      # IDF-weighted coverage of the claim by the best window
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
_NEGATION = re.compile(r"(?<!\bof )(?<!\bto )(?<!\bor )\b(?:not|no|never|cannot|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't)\b")


@dataclass
class Verdict:
    verdict: str                  # supported | unsupported | contradicted | not_checked
    reason: str
    passage_id: str | None = None
    passage_span: tuple[int, int] | None = None
    passage_text: str | None = None
    coverage: float = 0.0
    specific: bool = False        # unsupported because of a concrete fact (number, drug, cancer type)
    missing: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "reason": self.reason, "passage_id": self.passage_id,
                "passage_span": list(self.passage_span) if self.passage_span else None,
                "passage_text": self.passage_text, "coverage": round(self.coverage, 3),
                "specific": self.specific, "missing": self.missing}


@dataclass
class _SentAssertion:
    a: T.Assertion
    passage_index: int
    start: int
    end: int


class Verifier:
    def __init__(self, index: PassageIndex, stats: SourceStats, params: dict[str, Any] | None = None,
                 question: str = "") -> None:
        self.index = index
        self.stats = stats
        self.lex = stats.lexicon
        self.p = {**DEFAULTS, **(params or {})}
        self.passage_entities = [T.entities(p.norm, self.lex) for p in index.passages]
        self.all_entities: dict[str, set[str]] = {k: set() for k in ("cancer", "biomarker", "therapy", "drug")}
        for e in self.passage_entities:
            for k, v in e.items():
                self.all_entities[k] |= v
        # what the asker said is given: echoing their drug, their numbers or their cancer is not a fabrication
        qn = T.normalise(question or "")
        self.question_numbers = {n.value for n in T.numbers(qn)}
        q_ent = T.entities(qn, self.lex)
        for k, v in q_ent.items():
            self.all_entities[k] |= v
        self.sent_assertions: list[_SentAssertion] = []
        for p in index.passages:
            for s, e in p.sentences:
                for a in T.assertions(T.normalise(p.text[s:e]), self.lex):
                    self.sent_assertions.append(_SentAssertion(a, p.index, s, e))

    # ------------------------------------------------------------------ helpers
    def _weights(self, toks: list[str]) -> dict[str, float]:
        return {t: self.stats.idf(t) for t in dict.fromkeys(toks)}

    def _coverage(self, weights: dict[str, float], tokens: set[str]) -> float:
        total = sum(weights.values())
        return sum(w for t, w in weights.items() if t in tokens) / total if total else 0.0

    def _best(self, weights: dict[str, float]) -> tuple[Window | None, float, tuple[int, int] | None, int]:
        """Best window by coverage (BM25 rank breaks ties); also the whole passage as a last resort."""
        best: tuple[Window | None, float, tuple[int, int] | None, int] = (None, 0.0, None, -1)
        ranked = self.index.rank(list(weights), k=len(self.index.windows))
        top = max((s for _, s in ranked), default=0.0) or 1.0
        best_key = -1.0
        for w, bm in ranked:
            cov = self._coverage(weights, set(w.tokens))
            if w.text.count(". ") + w.text.count("? ") >= 1 and w.end - w.start > 0 and self._is_pair(w):
                cov *= self.p["pair_penalty"]
            key = cov + 0.01 * (bm / top)
            if key > best_key:
                best_key = key
                best = (w, cov, (w.start, w.end), w.passage_index)
        for p in self.index.passages:
            cov = self._coverage(weights, p.tokens) * self.p["passage_penalty"]
            if cov > best[1] + 1e-9:
                # point at the sentence of the passage that covers the most
                s, e = max(p.sentences, key=lambda se: self._coverage(
                    weights, set(T.content_tokens(T.normalise(p.text[se[0]:se[1]])))))
                best = (None, cov, (s, e), p.index)
        return best

    def _is_pair(self, w: Window) -> bool:
        p = self.index.passages[w.passage_index]
        return (w.start, w.end) not in p.sentences

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
            if ca.predicate == "cure" and ca.positive and T.CERTAINTY.search(ca.text) and not T.HEDGES.search(ca.text):
                for sa in same:
                    if not sa.a.positive and (not ca.cancers or not sa.a.cancers or ca.cancers & sa.a.cancers):
                        return "a definite cure/outcome statement where the source says it cannot be promised", sa
            scope = set(ca.cancers)
            specific_targets = frozenset(t for t in ca.targets if t not in T.BIOMARKERS)

            biomarkers = frozenset(t for t in ca.targets if t in T.BIOMARKERS)

            def compatible(sa: _SentAssertion, strict: bool) -> bool:
                """Same therapy: in the same clause (strict), or anywhere in the passage for a denial."""
                if not specific_targets:
                    return True
                if sa.a.targets & specific_targets:
                    return True
                # "It is FDA-approved for ...": the passage is about the product and the clause names no other
                others = {t for t in sa.a.targets if t not in T.BIOMARKERS}
                return not strict and not others and self._passage_has(sa.passage_index, specific_targets)

            def same_subtype(sa: _SentAssertion, positive: bool) -> bool:
                """A positive source statement must name the claim's biomarkers (MSI-H is not MSS); a
                negative one must not name only other biomarkers."""
                if not biomarkers:
                    return True
                sb = {t for t in sa.a.targets if t in T.BIOMARKERS}
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
                               and any(d in T.CLASS_MEMBERS.get(c, ()) for c in sa.a.cancers)]
                    neg_cls = [sa for sa in same if not sa.a.positive and compatible(sa, False) and same_subtype(sa, False)
                               and any(d in T.CLASS_MEMBERS.get(c, ()) for c in sa.a.cancers)]
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
        return bool(_NEGATION.search(norm))

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
            strong = weights is None or self._coverage(weights, set(T.content_tokens(cl))) >= \
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
                st = T.stem(w)
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
        if re.search(r"\b(only|unless|except|rather than|instead)\b", claim_norm):
            return None
        p = self.index.passages[win_pidx]
        wnorm = T.normalise(p.text[span[0]:span[1]])
        first_c, scope_c, pos_c = self._negated_words(claim_norm)
        first_w, scope_w, pos_w = self._negated_words(wnorm, weights)
        ents = {"cancer", "biomarker", "therapy", "drug"}

        def plain(w: str) -> bool:
            return w not in _NO_FLIP and not any(T.entities(w, self.lex)[k] for k in ents)

        a = sorted(w for w in first_w & pos_c if w not in pos_w and w not in scope_c and plain(w))
        if a:
            return f"the source negates '{a[0]}', the answer asserts it", win_pidx, span
        b = sorted(w for w in first_c & pos_w if w not in scope_w and w not in pos_c and plain(w))
        if b:
            return f"the answer negates '{b[0]}', the source asserts it", win_pidx, span
        return None

    # ------------------------------------------------------------------ main
    def verify(self, claim: str, kind: str = "claim") -> Verdict:
        if not self.index.passages:
            return Verdict("not_checked", "no passages to check against")
        norm = T.normalise(claim)
        toks = T.content_tokens(norm)
        weights = self._weights(toks)
        win, cov, span, pidx = self._best(weights)
        pid, pspan, ptext = self._evidence(pidx, span)

        pol = self._polarity(norm)
        if pol and pol[1] is None:
            return Verdict("unsupported", pol[0].split(":", 1)[1], pid, pspan, ptext, cov, specific=kind == "claim")
        if pol:
            why, sa = pol
            p = self.index.passages[sa.passage_index]
            return Verdict("contradicted", why, p.passage_id, (sa.start, sa.end), p.text[sa.start:sa.end], cov)

        # numbers
        nums = T.numbers(norm)
        missing_nums = [n for n in nums if n.value not in self.index.all_numbers and (
            n.value not in self.question_numbers or n.unit in _DOSE_UNITS)]
        if missing_nums:
            n = missing_nums[0]
            ctx_cov = cov
            if pidx >= 0 and span is not None:
                wnums = T.numbers(T.normalise(self.index.passages[pidx].text[span[0]:span[1]]))
                same_kind = [m for m in wnums if (m.unit and m.unit == n.unit) or (not m.unit and not n.unit)]
                if same_kind and ctx_cov >= self.p["number_context_threshold"]:
                    return Verdict("contradicted", f"the answer says {n.text.strip()}, the source says "
                                   f"{same_kind[0].text.strip()}", pid, pspan, ptext, cov, missing=[n.text.strip()])
            return Verdict("unsupported", f"number '{n.text.strip()}' is in none of the passages", pid, pspan, ptext,
                           cov, specific=kind == "claim", missing=[m.text.strip() for m in missing_nums])

        # named entities absent from every passage
        ent = T.entities(norm, self.lex)
        missing: list[str] = []
        for kind_name in ("drug", "cancer", "biomarker"):
            for e in sorted(ent[kind_name]):
                have = self.all_entities[kind_name] | (self.all_entities["drug"] if kind_name == "drug" else set())
                if e in have:
                    continue
                if kind_name == "cancer" and (
                        (e == "leukemia" and have & {"aml", "cll", "ball"}) or
                        (e in ("colon", "rectal") and "colorectal" in have) or
                        (e == "lung" and have & {"nsclc", "sclc"})):
                    continue
                if kind_name == "biomarker" and (e.startswith("her2") and "her2" in have or
                                                 e in ("her2", "hrpositive", "her2neg") and "tnbc" in have):
                    continue
                missing.append(e)
        if missing:
            return Verdict("unsupported", f"{', '.join(missing)} not mentioned in the passages", pid, pspan, ptext,
                           cov, specific=kind == "claim", missing=missing)

        # negation flip against the best sentence
        flip = None
        if kind == "claim":
            flip = self._flip(norm, weights, pidx, span, cov)
        if flip:
            why, fidx, fspan = flip
            p = self.index.passages[fidx]
            return Verdict("contradicted", why, p.passage_id, fspan, p.text[fspan[0]:fspan[1]], cov)

        if cov >= self.p["support_threshold"]:
            return Verdict("supported", f"covered by the passage ({cov:.0%} of the claim's weighted words)",
                           pid, pspan, ptext, cov)
        if T.CERTAINTY.search(norm) and not T.HEDGES.search(norm):
            return Verdict("unsupported", "a definite statement the passages do not make", pid, pspan, ptext, cov,
                           specific=kind == "claim")
        return Verdict("unsupported", f"low overlap with every passage (best {cov:.0%})", pid, pspan, ptext, cov)


def verify_claims(claims: list[str], contexts: list[str], ids: list[str],
                  params: dict[str, Any] | None = None, question: str = "") -> list[Verdict]:
    v = Verifier(index_for(contexts, ids), stats_for(contexts), params, question)
    return [v.verify(c) for c in claims]
