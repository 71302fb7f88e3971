"""Item 3 of the benchmarks: LLM-judged grounding, the harness's judge vs ``ragas.evaluate`` Faithfulness.

Both judge the same answers (the recorded v1 answers with their source passages) against the same
local OpenAI-compatible server (harness.testing.fake_openai in its own process, fixed simulated
latency, a responder that answers each judge prompt with well-formed JSON: ragas's statement
extraction and NLI prompts, and the harness's claim prompt) with 4 judge requests in flight:

* ragas 0.4.3: ``ragas.evaluate(EvaluationDataset, metrics=[Faithfulness()], llm=LangchainLLMWrapper(
  ChatOpenAI(base_url=...)), run_config=RunConfig(max_workers=4))`` — the obvious usage (no cache).
* harness: the default rubric's judge rule only (``harness.judge.attach`` with metric ``claims``,
  ``cache_dir`` set) scored with ``harness.pipeline.score_records`` as ``harness score`` does: 4
  items at a time, one batched claim request per answer. Then the same again with the warm cache.

Reported: wall time and judge requests per answer (counted by the server). RAGAS_DO_NOT_TRACK=true.

    python bench/vs_ragas.py --n 40 --latency 0.1
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput as T  # noqa: E402

ENV = {"RAGAS_DO_NOT_TRACK": "true", "DEEPEVAL_TELEMETRY_OPT_OUT": "1", "DEEPEVAL_DISABLE_DOTENV": "1",
       "OPENAI_API_KEY": "sk-bench-not-a-real-key"}
CONCURRENCY = 4


# ------------------------------------------------------------------ the judge server's responder
def _input_block(text: str) -> dict[str, Any] | None:
    i = text.rfind("input: {")
    j = text.rfind("Output:")
    if i < 0 or j < i:
        return None
    try:
        return json.loads(text[i + len("input: "):j].strip())
    except json.JSONDecodeError:
        return None


def judge_responder(body: dict[str, Any]) -> str:
    msgs = body.get("messages") or []
    text = "\n".join(str(m.get("content", "")) for m in msgs)
    if "You check medical claims" in text:                      # the harness's claim judge (batched)
        numbers = re.findall(r"^(\d+)\. ", text.rsplit("Claims:", 1)[-1], re.M)
        return json.dumps({"verdicts": [{"claim": int(n), "verdict": "supported", "passage_id": None, "span": None,
                                         "reason": "The passage states this."} for n in numbers]})
    if "analyze the complexity of each sentence" in text:       # ragas: statement extraction
        data = _input_block(text) or {}
        answer = str(data.get("answer", ""))
        sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", answer) if len(s.strip()) > 20]
        return json.dumps({"statements": sents or ["The answer makes no statement."]})
    if "faithfulness of a series of statements" in text:        # ragas: NLI verdicts
        data = _input_block(text) or {}
        stmts = data.get("statements") or []
        return json.dumps({"statements": [{"statement": s, "reason": "The context states this.", "verdict": 1}
                                          for s in stmts]})
    return json.dumps({"verdict": "supported", "reason": "ok"})


def serve(latency: float) -> None:
    from harness.testing.fake_openai import FakeOpenAI

    FakeOpenAI(latency, responder=judge_responder, keep_log=False).serve_in_foreground()


def _requests(base_url: str) -> int:
    with urllib.request.urlopen(base_url.rsplit("/v1", 1)[0] + "/_stats", timeout=5) as r:
        return int(json.loads(r.read())["requests"])


# ------------------------------------------------------------------ workers
def _records(n: int) -> list[dict[str, Any]]:
    base = [r for r in T.load_base_records() if r["contexts"]]
    return [base[k % len(base)] for k in range(n)] if n > len(base) else base[:n]


def ragas_worker(n: int, base_url: str) -> dict[str, Any]:
    import warnings

    warnings.filterwarnings("ignore")
    from langchain_openai import ChatOpenAI
    from ragas import EvaluationDataset, RunConfig, evaluate
    from ragas.llms import LangchainLLMWrapper
    from ragas.metrics import Faithfulness

    recs = _records(n)
    ds = EvaluationDataset.from_list([{"user_input": r["question"], "response": r["answer"],
                                       "retrieved_contexts": list(r["contexts"])} for r in recs])
    llm = LangchainLLMWrapper(ChatOpenAI(model="gpt-4o-mini", base_url=base_url, api_key="sk-bench-not-a-real-key",
                                         temperature=0))
    before = _requests(base_url)
    t0 = time.perf_counter()
    result = evaluate(ds, metrics=[Faithfulness()], llm=llm, run_config=RunConfig(max_workers=CONCURRENCY),
                      show_progress=False)
    wall = time.perf_counter() - t0
    calls = _requests(base_url) - before
    scores = [s for s in result["faithfulness"] if s == s]
    return {"tool": "ragas", "n": len(recs), "wall_s": round(wall, 3), "judge_calls": calls,
            "calls_per_answer": round(calls / len(recs), 2), "scored": len(scores)}


def harness_worker(n: int, base_url: str, cache_dir: str, label: str) -> dict[str, Any]:
    import dataclasses

    from harness.judge import JudgeConfig, attach
    from harness.pipeline import score_records

    recs = _records(n)
    rub = dataclasses.replace(T.sub_rubric("rubric"), rules=[])
    rub = attach(rub, JudgeConfig("gpt-4o-mini", base_url, metrics=("claims",), cache_dir=cache_dir))
    before = _requests(base_url)
    t0 = time.perf_counter()
    outcomes: dict[str, int] = {}
    for item in score_records(recs, rub):
        for c in item["checks"]:
            outcomes[c["outcome"]] = outcomes.get(c["outcome"], 0) + 1
    wall = time.perf_counter() - t0
    calls = _requests(base_url) - before
    return {"tool": label, "n": len(recs), "wall_s": round(wall, 3), "judge_calls": calls,
            "calls_per_answer": round(calls / len(recs), 2), "outcomes": outcomes}


# ------------------------------------------------------------------ section
def judge_available() -> str | None:
    if not (T.ROOT / "harness" / "judge" / "claims.py").exists():
        return "harness/judge/claims.py does not exist yet"
    return None


def measure(n: int = 40, latency: float = 0.1, log=print) -> dict[str, Any]:
    out: dict[str, Any] = {"n": n, "latency_s": latency, "concurrency": CONCURRENCY, "runs": {}, "missing": []}
    env = dict(os.environ)
    env.update(ENV)
    proc = subprocess.Popen([sys.executable, str(T.BENCH / "vs_ragas.py"), "serve", "--latency", str(latency)],
                            stdout=subprocess.PIPE, text=True, cwd=T.ROOT, env=env)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    tmp = tempfile.mkdtemp(prefix="bench-ragas-")
    try:
        jobs = [("ragas", ["ragas-worker"])]
        why = judge_available()
        if why:
            out["missing"].append(why + ": the harness judge side is not measured")
        else:
            jobs += [("harness_cold", ["harness-worker", "--cache-dir", tmp + "/cache", "--label", "harness_cold"]),
                     ("harness_cached", ["harness-worker", "--cache-dir", tmp + "/cache", "--label", "harness_cached"])]
        for name, args in jobs:
            res = T.run_worker([str(T.BENCH / "vs_ragas.py"), *args, "--n", str(n), "--base-url", url],
                               cwd=tmp, env=ENV, timeout=1800)
            out["runs"][name] = res
            if res.get("ok"):
                log(f"  {name:15s} n={res['n']:>4}: wall {res['wall_s']:7.2f} s  judge calls {res['judge_calls']:>5}"
                    f" ({res['calls_per_answer']:.2f}/answer)  peak {res['peak_rss_mb']:.0f} MB")
            else:
                log(f"  {name:15s}: FAILED {str(res.get('error'))[-600:]}")
    finally:
        proc.terminate()
        proc.wait(10)
    r, h = out["runs"].get("ragas", {}), out["runs"].get("harness_cold", {})
    if r.get("ok") and h.get("ok"):
        out["wall_ratio_ragas_over_harness"] = round(r["wall_s"] / h["wall_s"], 2) if h["wall_s"] else None
        out["calls_ratio_ragas_over_harness"] = (round(r["calls_per_answer"] / h["calls_per_answer"], 2)
                                                 if h["calls_per_answer"] else None)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd")
    s = sub.add_parser("serve")
    s.add_argument("--latency", type=float, default=0.1)
    rw = sub.add_parser("ragas-worker")
    hw = sub.add_parser("harness-worker")
    for p in (rw, hw):
        p.add_argument("--n", type=int, required=True)
        p.add_argument("--base-url", required=True)
    hw.add_argument("--cache-dir", required=True)
    hw.add_argument("--label", default="harness")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--latency", type=float, default=0.1)
    a = ap.parse_args(argv)
    for k, v in ENV.items():
        os.environ.setdefault(k, v)
    if a.cmd == "serve":
        serve(a.latency)
        return 0
    if a.cmd == "ragas-worker":
        print(json.dumps(ragas_worker(a.n, a.base_url)))
        return 0
    if a.cmd == "harness-worker":
        print(json.dumps(harness_worker(a.n, a.base_url, a.cache_dir, a.label)))
        return 0
    print(json.dumps(measure(a.n, a.latency, log=lambda m: print(m, file=sys.stderr)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
