"""Item 2 of the benchmarks: the offline checks in the harness vs the same checks as deepeval metrics.

Three ways to run the same rules (disclaimer, sections, safety, quality of rubrics/default.yaml) on
the same synthesised answers, each in a fresh process pinned to one core:

* ``harness``        — harness.scoring.engine.score_record, results serialised (as bench/throughput.py).
* ``deepeval``       — the obvious deepeval port: one ``BaseMetric`` subclass per rubric rule whose
                       ``measure()`` builds the check's input from the ``LLMTestCase`` and calls the same
                       check function, all run through ``deepeval.evaluate`` with its defaults (the
                       default cache, ``write_cache=True``); only printing is turned off
                       (``DisplayConfig(print_results=False, show_indicator=False)``), which favours deepeval.
* ``deepeval_nocache`` — the same with ``CacheConfig(write_cache=False)`` (the fix for deepeval's
                       quadratic cache, see /work/shared/notes/ragas-deepeval-offline.md).
* ``wrappers``       — the harness's own deepeval BaseMetric wrappers (harness/integrations/
                       deepeval_metrics.py) through ``deepeval.evaluate`` with ``write_cache=False``,
                       when that module exists.

deepeval runs with DEEPEVAL_TELEMETRY_OPT_OUT=1 and DEEPEVAL_DISABLE_DOTENV=1 in a throwaway working
directory (it writes ./.deepeval/). Timed: the scoring call only (``evaluate(...)`` or the harness
loop); building test cases and imports are not timed. Outcome agreement per rule is reported so the
comparison is known to be the same work.

    python bench/vs_deepeval.py --sizes 100,1000
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput as T  # noqa: E402

DEEPEVAL_ENV = {"DEEPEVAL_TELEMETRY_OPT_OUT": "1", "DEEPEVAL_DISABLE_DOTENV": "1",
                "DEEPEVAL_UPDATE_WARNING_OPT_IN": "0", "ERROR_REPORTING": "0"}
MODES = ("harness", "deepeval", "deepeval_nocache", "wrappers")


def wrappers_available() -> bool:
    return (T.ROOT / "harness" / "integrations" / "deepeval_metrics.py").exists()


# ------------------------------------------------------------------ the obvious deepeval port
def make_rule_metrics(rubric: Any) -> list[Any]:
    """One deepeval BaseMetric per rule: what a team porting these checks to deepeval would write."""
    from deepeval.metrics import BaseMetric

    from harness import registry
    from harness.scoring.engine import applies
    from harness.scoring.model import ItemContext

    checks = registry.checks()
    settings = rubric.settings

    class RuleMetric(BaseMetric):
        def __init__(self, rule: Any) -> None:
            self.rule = rule
            self.fn = checks[rule.check]
            self.threshold = 1.0
            self.async_mode = True
            self.include_reason = True
            self.strict_mode = False
            self.evaluation_model = None

        def measure(self, test_case: Any, *args: Any, **kwargs: Any) -> float:
            meta = dict(test_case.metadata or {})
            ctx = ItemContext(test_case.name or "", test_case.input, test_case.actual_output or "", meta,
                              list(test_case.retrieval_context or []), settings)
            if not applies(self.rule, ctx):
                self.score, self.reason, self.success = 1.0, "not applicable", True
                return self.score
            res = self.fn(ctx, self.rule)
            self.score = 0.0 if res.outcome == "fail" else 1.0
            self.reason = res.message
            self.success = res.outcome != "fail"
            return self.score

        async def a_measure(self, test_case: Any, *args: Any, **kwargs: Any) -> float:
            return self.measure(test_case)

        def is_successful(self) -> bool:
            return bool(self.success)

        @property
        def __name__(self) -> str:  # type: ignore[override]
            return self.rule.id

    return [RuleMetric(r) for r in rubric.rules]


def make_wrapper_metrics(rubric: Any) -> list[Any]:
    """The harness's own wrappers; the module's public factory is looked up by a few likely names."""
    import importlib

    mod = importlib.import_module("harness.integrations.deepeval_metrics")
    for name in ("offline_metrics", "rubric_metrics", "metrics_for_rubric", "make_metrics", "metrics"):
        fn = getattr(mod, name, None)
        if callable(fn):
            try:
                return list(fn(rubric=rubric))
            except TypeError:
                try:
                    return list(fn(rubric))
                except TypeError:
                    pass
    raise RuntimeError(f"no metrics factory found in harness.integrations.deepeval_metrics "
                       f"(public names: {[n for n in dir(mod) if not n.startswith('_')]})")


def to_test_cases(records: list[dict[str, Any]]) -> list[Any]:
    from deepeval.test_case import LLMTestCase

    return [LLMTestCase(input=r["question"], actual_output=r["answer"], retrieval_context=list(r["contexts"]),
                        metadata=dict(r["metadata"]), name=r["id"]) for r in records]


# ------------------------------------------------------------------ worker
def worker(mode: str, n: int, cpu: int | None) -> dict[str, Any]:
    affinity = T.pin_to_one_core(cpu)
    rubric = T.sub_rubric("rubric")
    base = T.load_base_records()
    records = T.synthesise(n, base)
    outcomes: dict[str, dict[str, bool]] = {}
    extra: dict[str, Any] = {}
    if mode == "harness":
        from harness import jsonl
        from harness.scoring.engine import score_record

        for r in base:
            score_record(r, rubric)
        with tempfile.TemporaryDirectory() as tmp, open(Path(tmp) / "results.jsonl", "w", encoding="utf-8") as fh:
            t0, c0 = time.perf_counter(), time.process_time()
            for r in records:
                res = score_record(r, rubric)
                fh.write(jsonl.dumps(res) + "\n")
                outcomes[r["id"]] = {c["rule"]: c["outcome"] != "fail" for c in res["checks"]}
            wall, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    else:
        import contextlib
        import io

        from deepeval import evaluate
        from deepeval.evaluate.configs import AsyncConfig, CacheConfig, DisplayConfig

        metrics = make_wrapper_metrics(rubric) if mode == "wrappers" else make_rule_metrics(rubric)
        extra["metrics"] = len(metrics)
        cases = to_test_cases(records)
        warm = to_test_cases(base[:20])
        kwargs: dict[str, Any] = {"display_config": DisplayConfig(print_results=False, show_indicator=False),
                                  "async_config": AsyncConfig()}
        if mode in ("deepeval_nocache", "wrappers"):
            kwargs["cache_config"] = CacheConfig(write_cache=False)
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink):
            evaluate(warm, metrics, **{**kwargs, "cache_config": CacheConfig(write_cache=False)})
            t0, c0 = time.perf_counter(), time.process_time()
            result = evaluate(cases, metrics, **kwargs)
            wall, cpu_s = time.perf_counter() - t0, time.process_time() - c0
        for tr in result.test_results:
            outcomes[tr.name] = {md.name: bool(md.success) for md in (tr.metrics_data or [])}
        extra["stdout_chars"] = len(sink.getvalue())
    return {"mode": mode, "n": n, "seconds": round(wall, 4), "cpu_s": round(cpu_s, 4),
            "answers_per_s": round(n / wall, 1), "answers_per_cpu_s": round(n / cpu_s, 1) if cpu_s else None,
            "affinity": affinity, "outcomes_sha": _digest(outcomes), "fails": _fails(outcomes), **extra}


def _digest(outcomes: dict[str, dict[str, bool]]) -> str:
    import hashlib

    return hashlib.sha256(json.dumps(outcomes, sort_keys=True).encode()).hexdigest()[:16]


def _fails(outcomes: dict[str, dict[str, bool]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for checks in outcomes.values():
        for rule, ok in checks.items():
            if not ok:
                out[rule] = out.get(rule, 0) + 1
    return dict(sorted(out.items()))


# ------------------------------------------------------------------ section
def measure(sizes: Sequence[int], modes: Sequence[str] = MODES, default_cache_max: int = 1000,
            cpu: int | None = None, log=print) -> dict[str, Any]:
    """Run every mode at every size (the default-cache mode only up to ``default_cache_max``:
    it grows quadratically). Ratios are deepeval time / harness time on the same answers."""
    out: dict[str, Any] = {"sizes": list(sizes), "runs": [], "ratios": [], "missing": []}
    if "wrappers" in modes and not wrappers_available():
        out["missing"].append("harness/integrations/deepeval_metrics.py does not exist yet: wrappers not measured")
        modes = [m for m in modes if m != "wrappers"]
    tmp = tempfile.mkdtemp(prefix="bench-deepeval-")
    for n in sizes:
        by_mode: dict[str, dict[str, Any]] = {}
        for mode in modes:
            if mode == "deepeval" and n > default_cache_max:
                log(f"  deepeval  n={n:>6}: default cache skipped above {default_cache_max} answers (quadratic)")
                continue
            argv = [str(T.BENCH / "vs_deepeval.py"), "worker", "--mode", mode, "--n", str(n)]
            if cpu is not None:
                argv += ["--cpu", str(cpu)]
            res = T.run_worker(argv, cwd=tmp, env=DEEPEVAL_ENV, timeout=1800)
            if res.get("ok"):
                log(f"  {mode:16s} n={n:>6}: cpu {res['cpu_s']:8.2f} s  wall {res['seconds']:8.2f} s"
                    f"  ({res['answers_per_cpu_s']:7.1f} answers/cpu-s)  peak {res['peak_rss_mb']:.0f} MB")
            else:
                log(f"  {mode:16s} n={n:>6}: FAILED {str(res.get('error'))[-400:]}")
            res.setdefault("mode", mode)
            res.setdefault("n", n)
            out["runs"].append(res)
            by_mode[mode] = res
        h = by_mode.get("harness")
        if h and h.get("ok"):
            for mode, res in by_mode.items():
                if mode == "harness" or not res.get("ok"):
                    continue
                out["ratios"].append({
                    "n": n, "vs": mode,
                    "cpu_ratio": round(res["cpu_s"] / h["cpu_s"], 2) if h["cpu_s"] else None,
                    "wall_ratio": round(res["seconds"] / h["seconds"], 2) if h["seconds"] else None,
                    "same_fail_counts": res.get("fails") == h.get("fails"),
                })
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd")
    w = sub.add_parser("worker")
    w.add_argument("--mode", choices=MODES, required=True)
    w.add_argument("--n", type=int, required=True)
    w.add_argument("--cpu", type=int)
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--default-cache-max", type=int, default=1000)
    a = ap.parse_args(argv)
    if a.cmd == "worker":
        for k, v in DEEPEVAL_ENV.items():
            os.environ.setdefault(k, v)
        print(json.dumps(worker(a.mode, a.n, a.cpu)))
        return 0
    res = measure([int(s) for s in a.sizes.split(",")], a.modes.split(","), a.default_cache_max,
                  log=lambda m: print(m, file=sys.stderr))
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
