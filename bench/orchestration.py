"""Orchestration benchmark: 200 questions against the local OpenAI-compatible server with 200 ms
simulated latency at concurrency 32, through ``harness.pipeline.run`` and the ``openai`` generator.

Ideal wall time of the generation phase = ceil(200 / 32) × 0.2 s = 1.4 s (latency only, zero
overhead). We report the generation phase (first request → last reply), the whole
generate-and-score phase (scoring runs beside generation in one worker thread) and a second run
served from the cache (0 requests). The server runs in its own process so that its CPU does not
count against the harness.

    python bench/orchestration.py [--n 200] [--concurrency 32] [--latency 0.2] [--out bench/results_orchestration.json]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _server(latency: float, fault_rate: float = 0.0, answers: Path | None = None) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "harness.testing.fake_openai", "--latency", str(latency),
           "--fault-rate", str(fault_rate), "--slow", "3", "--retry-after", "0.2"]
    if answers:
        cmd += ["--answers", str(answers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    return proc, url


def _requests(base_url: str) -> int:
    with urllib.request.urlopen(base_url.rsplit("/v1", 1)[0] + "/_stats", timeout=5) as r:
        return int(json.loads(r.read())["requests"])


def run_once(dataset: Path, base_url: str, out: Path, cache: Path, concurrency: int, timeout: float = 10.0,
             no_cache: bool = False) -> dict[str, Any]:
    from harness.pipeline import run
    from harness.settings import GeneratorSettings, RunSettings

    gen = GeneratorSettings("openai", model="gpt-4o-mini", base_url=base_url, cache_dir=Path(cache), timeout=timeout,
                            backoff=0.05, no_cache=no_cache or None)
    before = _requests(base_url)
    t = time.perf_counter()
    summary = run(RunSettings(Path(dataset), Path(out), gen, concurrency=concurrency, progress=False, overwrite=True))
    wall = time.perf_counter() - t
    return {"wall_s": round(wall, 3), "generate_and_score_s": summary["timing"]["generate_and_score_seconds"],
            "generation_s": summary["timing"]["generation_seconds"], "requests": _requests(base_url) - before,
            "items": summary["counts"]["items"], "errors": summary["counts"]["error"],
            "retries": (summary.get("usage") or {}).get("retries")}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results_orchestration.json")
    a = ap.parse_args(argv)
    os.environ.setdefault("OPENAI_API_KEY", "sk-bench-not-a-real-key")
    from harness import jsonl
    from harness.testing.corpus import make_corpus

    ideal = math.ceil(a.n / a.concurrency) * a.latency
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        dataset, answers = make_corpus(tmpd / "corpus", a.n)
        jsonl.write(tmpd / "answers.jsonl", [{"question": q, "answer": ans} for q, ans in answers.items()])
        proc, url = _server(a.latency, answers=tmpd / "answers.jsonl")
        try:
            # warm-up: imports, rubric and grounding indexes, connection set-up (not measured)
            run_once(dataset, url, tmpd / "warm", tmpd / "warm-cache", a.concurrency)
            cold = run_once(dataset, url, tmpd / "run1", tmpd / "cache", a.concurrency)
            cached = run_once(dataset, url, tmpd / "run2", tmpd / "cache", a.concurrency)
        finally:
            proc.terminate()
            proc.wait(10)
    result = {
        "benchmark": "orchestration", "date": time.strftime("%Y-%m-%d"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "params": {"questions": a.n, "concurrency": a.concurrency, "latency_s": a.latency},
        "ideal_generation_s": round(ideal, 3),
        "cold": {**cold, "generation_vs_ideal": round(cold["generation_s"] / ideal, 3)},
        "cached": cached,
    }
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
