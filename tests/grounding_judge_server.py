"""The harness's fake OpenAI-compatible server (127.0.0.1), scripted for the judge tests.

It answers chat completions in the shape each client asks for (our batched claim judge, ragas
Faithfulness/AnswerRelevancy, deepeval FaithfulnessMetric) and embeddings with fixed vectors, and
can be told to fail: ``mode`` = "ok" | "malformed" (non-JSON text) | "http500" (always 500).
``sent`` lists what was sent (path, body, Authorization header).
"""
from __future__ import annotations

import json
import re
from typing import Any

from harness.testing.fake_openai import FakeOpenAI, FaultPlan


def _claim_verdict(n: int, claim: str, ids: list[str]) -> dict[str, Any]:
    if re.search(r"\b(is|are) (now )?(an )?FDA[- ]approved\b|\bnow an FDA-approved\b", claim, re.I) or \
            "approved for HER2-positive" in claim:
        return {"claim": n, "verdict": "contradicted", "passage_id": ids[0] if ids else None,
                "span": "no CAR T-cell therapy is FDA-approved", "reason": "The passage says it is not approved."}
    if re.search(r"\b\d+ ?mg\b", claim):
        return {"claim": n, "verdict": "unsupported", "passage_id": None, "span": None,
                "reason": "No dose in the passages."}
    return {"claim": n, "verdict": "supported", "passage_id": ids[0] if ids else None, "span": None,
            "reason": "Stated in the passage."}


def _reply_for(prompt: str) -> dict[str, Any] | str:
    p = prompt
    if "You check medical claims" in p:
        ids = re.findall(r"^\[([a-z0-9_.-]+)\]$", p, re.M)
        claims = re.findall(r"^(\d+)\. (.*)$", p.rsplit("Claims:", 1)[-1], re.M)
        return {"verdicts": [_claim_verdict(int(n), claim, ids) for n, claim in claims]}
    low = p.lower()
    # deepeval FaithfulnessMetric templates name the JSON key they want
    if '"truths"' in p:
        return {"truths": ["No CAR T-cell therapy is FDA-approved for any solid tumor.", "CAR-T is in trials."]}
    if '"claims"' in p and "verdict" not in low:
        return {"claims": ["CAR-T is studied in trials for breast cancer.", "CAR-T is approved for breast cancer."]}
    if '"verdicts"' in p:
        return {"verdicts": [{"verdict": "yes", "reason": None},
                             {"verdict": "no", "reason": "The context says no CAR-T is approved for solid tumors."}]}
    if '"reason"' in p and "score" in low:
        return {"reason": "One of two claims contradicts the retrieval context (approval for breast cancer)."}
    # ragas (instructor JSON mode: the schema is in the prompt)
    if "noncommittal" in low:
        return {"question": "Is CAR-T approved for breast cancer?", "noncommittal": 0}
    if '"verdict"' in p or "verdict" in low and "statement" in low and "context" in low:
        return {"statements": [
            {"statement": "CAR-T is being studied in trials for breast cancer.", "reason": "Stated.", "verdict": 1},
            {"statement": "CAR-T is FDA-approved for breast cancer.", "reason": "Contradicted.", "verdict": 0}]}
    if "statement" in low:
        return {"statements": ["CAR-T is being studied in trials for breast cancer.",
                               "CAR-T is FDA-approved for breast cancer."]}
    return {"note": "unrecognised prompt"}


class ScriptedServer(FakeOpenAI):
    def __init__(self, mode: str = "ok") -> None:
        super().__init__(responder=self._respond,
                         faults=FaultPlan(script={"": "500"}) if mode == "http500" else None)
        self.mode = mode
        self.unknown: list[str] = []

    def _respond(self, body: dict[str, Any]) -> str:
        prompt = "\n".join(str(m.get("content")) for m in body.get("messages", []))
        reply = _reply_for(prompt)
        if isinstance(reply, dict) and reply.get("note") == "unrecognised prompt":
            self.unknown.append(prompt[:2000])
        return "I think it is fine." if self.mode == "malformed" else json.dumps(reply)

    @property
    def sent(self) -> list[dict[str, Any]]:
        return [{"path": e["path"], "body": e["body"],
                 "auth": next((v for k, v in e["headers"].items() if k.lower() == "authorization"), "")}
                for e in self.log]
