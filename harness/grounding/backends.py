"""Grounding backends other than the default lexical verifier, behind one rubric setting.

``grounding.backend: nli`` (rubric params of the grounding rules) decides each claim with a local NLI
cross-encoder (harness/grounding/nli.py, extra ``[nli]``, docs/NLI.md) over the claim's top-k passage
windows from the same retrieval as the lexical verifier. The verdict records ``backend: nli`` and the
model's fingerprint, so a report always says what decided a claim.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from harness.grounding.verify import Verdict, Verifier

NLI_DEFAULTS: dict[str, Any] = {
    "nli_model": None,            # local directory or Hugging Face model id (pre-downloaded: docs/NLI.md)
    "nli_top_k": 3,               # passage windows per claim
    "nli_entailment": 0.5,        # P(entailment) at or above: supported
    "nli_uncertain_below": 0.3,   # P(entailment) below (and no contradiction): unsupported; between: uncertain
    "nli_contradiction": 0.5,     # P(contradiction) at or above: contradicted
    "nli_cache_dir": None,        # on-disk cache of pair probabilities (None: memory only)
    "nli_allow_download": False,  # never download weights unless the rubric says so
}


@lru_cache(maxsize=2)
def _model(name: str, cache_dir: str | None, allow_download: bool) -> Any:
    from harness.grounding.nli import NLIModel

    return NLIModel.load(name, cache_dir=cache_dir, allow_download=allow_download)


def check_params(params: dict[str, Any]) -> None:
    """Fail up front (exit 2) on an unknown backend or an NLI backend without a model."""
    from harness.errors import InputError

    backend = params.get("backend", "lexical")
    if backend not in ("lexical", "nli"):
        raise InputError(f"unknown grounding backend '{backend}' (lexical or nli)", field="params.backend")
    if backend == "nli" and not params.get("nli_model"):
        raise InputError("grounding backend 'nli' needs 'nli_model' (a local directory or model id)",
                         field="params.nli_model")


def nli_verdicts(verifier: Verifier, claims: list[str], params: dict[str, Any]) -> list[Verdict]:
    """One verdict per claim from the NLI model: all claims x top-k windows in one batched call."""
    p = {**NLI_DEFAULTS, **{k: v for k, v in params.items() if k in NLI_DEFAULTS and v is not None}}
    check_params({**params, **p, "backend": "nli"})
    model = _model(str(p["nli_model"]), p["nli_cache_dir"], bool(p["nli_allow_download"]))
    cands = [verifier.candidates(c, int(p["nli_top_k"])) for c in claims]
    results = model.best_evidence_many([(c, [w.text for w in ws]) for c, ws in zip(claims, cands)])
    decided = model.describe()
    tag = f"nli:{decided.get('model')}@{str(decided.get('fingerprint', ''))[:12]}"
    out: list[Verdict] = []
    for ws, r in zip(cands, results):
        if not ws or r["entailment"] is None:
            out.append(Verdict("not_checked", "no passages to check against", backend=tag))
            continue
        ent, con = r["entailment"], r.get("contradiction")
        probs = {"supported": ent["entailment"], "contradicted": con["contradiction"] if con else 0.0}

        def ev(i: int) -> dict[str, Any]:
            w = ws[i]
            return {"passage_id": w.passage_id, "passage_span": (w.start, w.end), "passage_text": w.text}

        if con and con["contradiction"] >= p["nli_contradiction"] and con["contradiction"] > ent["entailment"]:
            out.append(Verdict("contradicted", f"the passage contradicts it (P(contradiction) "
                               f"{con['contradiction']:.2f})", **ev(con["index"]), probabilities=probs, backend=tag))
        elif ent["entailment"] >= p["nli_entailment"]:
            out.append(Verdict("supported", f"the passage entails it (P(entailment) {ent['entailment']:.2f})",
                               **ev(ent["index"]), probabilities=probs, backend=tag))
        elif ent["entailment"] < p["nli_uncertain_below"]:
            out.append(Verdict("unsupported", f"no passage entails it (best P(entailment) {ent['entailment']:.2f})",
                               **ev(ent["index"]), probabilities=probs, backend=tag))
        else:
            out.append(Verdict("uncertain", f"needs review: weak entailment (P {ent['entailment']:.2f})",
                               **ev(ent["index"]), probabilities=probs, backend=tag))
    return out
