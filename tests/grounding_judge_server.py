"""A small scripted OpenAI-compatible server on 127.0.0.1 for the judge tests (no internet).

It answers /v1/chat/completions in the shape each client asks for (our claim judge, ragas
Faithfulness/AnswerRelevancy, deepeval FaithfulnessMetric), /v1/embeddings with fixed vectors, and can
be told to fail: ``mode`` = "ok" | "malformed" (non-JSON text) | "http500" (always 500).
Every request body is kept in ``requests`` so tests can check what was sent.
"""
from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


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


class ScriptedServer:
    def __init__(self, mode: str = "ok") -> None:
        self.mode = mode
        self.requests: list[dict[str, Any]] = []
        self.unknown: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802
                n = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(n) or b"{}")
                outer.requests.append({"path": self.path, "body": body,
                                       "auth": self.headers.get("Authorization", "")})
                if outer.mode == "http500":
                    return self._send(500, {"error": {"message": "scripted failure", "type": "server_error"}})
                if self.path.endswith("/embeddings"):
                    inputs = body.get("input")
                    inputs = inputs if isinstance(inputs, list) else [inputs]
                    data = [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3, 0.4]}
                            for i, _ in enumerate(inputs)]
                    return self._send(200, {"object": "list", "data": data, "model": body.get("model"),
                                            "usage": {"prompt_tokens": 1, "total_tokens": 1}})
                prompt = "\n".join(str(m.get("content")) for m in body.get("messages", []))
                reply = _reply_for(prompt)
                if isinstance(reply, dict) and reply.get("note") == "unrecognised prompt":
                    outer.unknown.append(prompt[:2000])
                text = "I think it is fine." if outer.mode == "malformed" else json.dumps(reply)
                return self._send(200, {
                    "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": body.get("model"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": text}}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}})

            def _send(self, code: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> "ScriptedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
