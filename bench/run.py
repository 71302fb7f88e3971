"""Run the benchmarks side by side, print one table and write bench/results.json.

    python bench/run.py                      # everything, full sizes (~15 min on 2 cores)
    python bench/run.py --quick              # CI-sized smoke run (tiny sizes; numbers are not meaningful)
    python bench/run.py --sections throughput,deepeval --sizes 100,1000

Sections:
  throughput     1. offline scoring answers/s on 1 core (rubric, grounding) at 100/1,000/10,000 answers,
                    peak memory, least-squares slope and R² (bench/throughput.py)
  deepeval       2. same rules as deepeval BaseMetrics through deepeval.evaluate, and the harness's own
                    deepeval wrappers; ratio vs the harness (bench/vs_deepeval.py)
  ragas          3. ragas.evaluate Faithfulness vs the harness claim judge: wall time, judge calls per
                    answer (bench/vs_ragas.py)
  orchestration  4. 200 questions, 200 ms simulated latency, concurrency 1/8/32/64 vs the ideal
                    ceil(N/c) × latency, and a cached re-run (bench/orchestration.py, run once per c)
  promptfoo      5. promptfoo eval vs harness run on the same questions and server (bench/vs_promptfoo.py)

Offline sections (1, 2) are measured in fresh subprocesses pinned to one core; their primary number
is process CPU time (time.process_time), because wall time on a shared machine includes time spent
waiting for the core; wall time is reported beside it. Peak memory is the subprocess's ru_maxrss.
No number here is asserted by any test (tests/test_bench_smoke.py checks only the file's shape).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput as T  # noqa: E402

SECTIONS = ("throughput", "deepeval", "ragas", "orchestration", "promptfoo")
RESULTS = T.BENCH / "results.json"
SCHEMA_VERSION = 1


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ machine
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(dist: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    import subprocess

    node = shutil.which("node")
    node_v = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip() if node else None
    pf_pkg = T.BENCH / ".promptfoo" / "node_modules" / "promptfoo" / "package.json"
    pf_v = json.loads(pf_pkg.read_text())["version"] if pf_pkg.exists() else None
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "date": _dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpu_model": _cpu_model(), "cores": os.cpu_count(), "affinity": sorted(os.sched_getaffinity(0)),
        "memory_gib": mem, "platform": platform.platform(), "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "packages": {d: _version(d) for d in ("oncology-answer-harness", "deepeval", "ragas", "openai",
                                              "langchain-openai", "langchain-community", "textstat", "bm25s")},
        "node": node_v, "promptfoo": pf_v,
    }


# ------------------------------------------------------------------ sections
def sec_throughput(a: argparse.Namespace) -> dict[str, Any]:
    return T.measure(a.sizes, ("rubric", "grounding"), log=log, warmup=8 if a.quick else None)


def sec_deepeval(a: argparse.Namespace) -> dict[str, Any]:
    import vs_deepeval

    return vs_deepeval.measure(a.deepeval_sizes, default_cache_max=a.deepeval_default_cache_max, log=log)


def sec_ragas(a: argparse.Namespace) -> dict[str, Any]:
    import vs_ragas

    return vs_ragas.measure(a.ragas_n, a.ragas_latency, log=log)


def sec_orchestration(a: argparse.Namespace) -> dict[str, Any]:
    script = T.BENCH / "orchestration.py"
    out: dict[str, Any] = {"n": a.questions, "latency_s": a.latency, "runs": [], "missing": []}
    if not script.exists():
        out["missing"].append("bench/orchestration.py does not exist")
        return out
    tmp = Path(tempfile.mkdtemp(prefix="bench-orch-"))
    try:
        for c in a.concurrency:
            dest = tmp / f"orch-c{c}.json"
            r = T.run_command([sys.executable, str(script), "--n", str(a.questions), "--concurrency", str(c),
                               "--latency", str(a.latency), "--out", str(dest)], timeout=1800)
            if r["returncode"] != 0 or not dest.exists():
                log(f"  orchestration c={c}: FAILED {r['stderr'][-600:]}")
                out["runs"].append({"concurrency": c, "ok": False, "error": r["stderr"][-1500:]})
                continue
            d = json.loads(dest.read_text())
            ideal = d["ideal_generation_s"]
            cold, cached = d["cold"], d["cached"]
            row = {"concurrency": c, "ok": True, "ideal_s": ideal, "generation_s": cold["generation_s"],
                   "generate_and_score_s": cold.get("generate_and_score_s"), "run_wall_s": cold["wall_s"],
                   "pct_of_ideal": round(100 * ideal / cold["generation_s"], 1) if cold["generation_s"] else None,
                   "requests": cold["requests"], "errors": cold["errors"],
                   "cached_wall_s": cached["wall_s"], "cached_requests": cached["requests"],
                   "process_peak_rss_mb": r["peak_rss_mb"]}
            out["runs"].append(row)
            log(f"  orchestration c={c:>3}: generation {row['generation_s']:6.2f} s vs ideal {ideal:5.2f} s "
                f"({row['pct_of_ideal']}% of ideal)  cached re-run {row['cached_wall_s']:.2f} s, "
                f"{row['cached_requests']} requests")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def sec_promptfoo(a: argparse.Namespace) -> dict[str, Any]:
    import vs_promptfoo

    c = 32 if 32 in a.concurrency else max(a.concurrency)
    return vs_promptfoo.measure(a.questions, c, a.latency, log=log, include_full=not a.quick)


RUNNERS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "throughput": sec_throughput, "deepeval": sec_deepeval, "ragas": sec_ragas,
    "orchestration": sec_orchestration, "promptfoo": sec_promptfoo,
}


# ------------------------------------------------------------------ table
def _f(x: Any, nd: int = 2, suffix: str = "") -> str:
    if x is None:
        return "—"
    if isinstance(x, float):
        return f"{x:,.{nd}f}{suffix}"
    return f"{x}{suffix}"


def table(res: dict[str, Any]) -> list[str]:
    rows: list[tuple[str, ...]] = []
    s = res["sections"]
    tp = s.get("throughput")
    if tp:
        for kind, d in tp.get("kinds", {}).items():
            for r in d["runs"]:
                if r.get("ok"):
                    rows.append((f"1 throughput {kind}, 1 core", f"{r['n']:,} answers",
                                 f"{_f(r['answers_per_cpu_s'], 0)} answers/CPU-s ({_f(r['answers_per_s'], 0)}/s wall),"
                                 f" peak {_f(r['peak_rss_mb'], 0)} MB", "", "", ""))
                else:
                    rows.append((f"1 throughput {kind}", f"{r.get('n')} answers", "FAILED", "", "", ""))
            rows.append((f"1 throughput {kind}, linearity", "least squares over sizes",
                         f"{_f(d['cpu_slope_s_per_1000'])} CPU-s per 1,000 answers, R² {_f(d['cpu_r2'], 4)};"
                         f" memory {_f(d['mem_slope_mb_per_1000'], 1)} MB per 1,000", "", "linear (R² ≈ 1)",
                         "yes" if (d.get("cpu_r2") or 0) >= 0.99 else "no"))
    de = s.get("deepeval")
    if de:
        runs = {(r["mode"], r["n"]): r for r in de.get("runs", [])}
        for rt in de.get("ratios", []):
            h, o = runs.get(("harness", rt["n"])), runs.get((rt["vs"], rt["n"]))
            label = {"deepeval": "deepeval.evaluate, default cache", "deepeval_nocache":
                     "deepeval.evaluate, write_cache=False", "wrappers": "harness deepeval wrappers"}[rt["vs"]]
            rows.append(("2 vs deepeval (same rules, 1 core)", f"{rt['n']:,} answers; {label}",
                         f"{_f(h['cpu_s'])} CPU-s", f"{_f(o['cpu_s'])} CPU-s ({_f(o['seconds'])} s wall)",
                         f"{_f(rt['cpu_ratio'], 1)}× (wall {_f(rt['wall_ratio'], 1)}×)",
                         "≥ 20×: " + ("met" if (rt["cpu_ratio"] or 0) >= 20 else "not met")))
        for m in de.get("missing", []):
            rows.append(("2 vs deepeval", "harness wrappers", "not measured: " + m, "", "", ""))
    rg = s.get("ragas")
    if rg:
        runs = rg.get("runs", {})
        r = runs.get("ragas", {})
        hc, hh = runs.get("harness_cold", {}), runs.get("harness_cached", {})
        if r.get("ok") and hc.get("ok"):
            calls_ok = hc["calls_per_answer"] < r["calls_per_answer"]
            wall_ok = hc["wall_s"] < r["wall_s"]
            rows.append(("3 vs ragas Faithfulness (judge)", f"{r['n']} answers, {rg['latency_s']*1000:.0f} ms latency,"
                         f" {rg['concurrency']} in flight",
                         f"{_f(hc['calls_per_answer'])} calls/answer, {_f(hc['wall_s'])} s",
                         f"{_f(r['calls_per_answer'])} calls/answer, {_f(r['wall_s'])} s",
                         f"calls {_f(rg.get('calls_ratio_ragas_over_harness'))}×, wall {_f(rg.get('wall_ratio_ragas_over_harness'))}× (ragas/harness)",
                         f"fewer calls: {'met' if calls_ok else 'not met'}; lower wall: {'met' if wall_ok else 'not met'}"))
            if hh.get("ok"):
                rows.append(("3 harness judge, cached re-run", f"{hh['n']} answers",
                             f"{_f(hh['calls_per_answer'])} calls/answer, {_f(hh['wall_s'])} s",
                             "ragas: no cache by default", "", ""))
        elif r.get("ok"):
            rows.append(("3 vs ragas", f"{r['n']} answers", "not measured: " + "; ".join(rg.get("missing", [])),
                         f"{_f(r['calls_per_answer'])} calls/answer, {_f(r['wall_s'])} s", "", "not met (missing)"))
        else:
            rows.append(("3 vs ragas", "", "FAILED", str(r.get("error", ""))[-200:], "", ""))
    orc = s.get("orchestration")
    if orc:
        for m in orc.get("missing", []):
            rows.append(("4 orchestration", "", "not measured: " + m, "", "", ""))
        for r in orc.get("runs", []):
            if not r.get("ok"):
                rows.append(("4 orchestration", f"c={r['concurrency']}", "FAILED", "", "", ""))
                continue
            goal = ""
            if r["concurrency"] == 32:
                goal = "≥ 90% of ideal: " + ("met" if (r["pct_of_ideal"] or 0) >= 90 else "not met")
            rows.append(("4 orchestration", f"{orc['n']} questions, {orc['latency_s']*1000:.0f} ms, c={r['concurrency']}",
                         f"generation {_f(r['generation_s'])} s (run {_f(r['run_wall_s'])} s)",
                         f"ideal {_f(r['ideal_s'])} s", f"{_f(r['pct_of_ideal'], 1)}% of ideal", goal))
            cgoal = r["cached_requests"] == 0 and r["cached_wall_s"] < 2
            rows.append(("4 orchestration, cached re-run", f"c={r['concurrency']}",
                         f"{_f(r['cached_wall_s'])} s, {r['cached_requests']} requests", "", "",
                         "0 requests, < 2 s: " + ("met" if cgoal else "not met")))
    pf = s.get("promptfoo")
    if pf:
        runs = pf.get("runs", {})
        p, he, hf = runs.get("promptfoo", {}), runs.get("harness_equivalent", {}), runs.get("harness_full_rubric", {})
        what = f"{pf['n']} questions, {pf['latency_s']*1000:.0f} ms, c={pf['concurrency']}"
        if p.get("ok") and he.get("ok"):
            rows.append(("5 vs promptfoo " + str(pf.get("promptfoo_version")), what + "; disclaimer+section rules",
                         f"{_f(he['wall_s'])} s, peak {_f(he['peak_rss_mb'], 0)} MB",
                         f"{_f(p['wall_s'])} s, peak {_f(p['peak_rss_mb'], 0)} MB",
                         f"wall {_f(pf.get('wall_ratio_promptfoo_over_harness'))}×, memory "
                         f"{_f(pf.get('memory_ratio_promptfoo_over_harness'))}× (promptfoo/harness)", ""))
            if hf.get("ok"):
                rows.append(("5 harness, whole default rubric", what, f"{_f(hf['wall_s'])} s, peak "
                             f"{_f(hf['peak_rss_mb'], 0)} MB", "", "", ""))
        else:
            rows.append(("5 vs promptfoo", what, "harness " + ("ok" if he.get("ok") else "FAILED"),
                         "promptfoo not measured: " + str(p.get("error", ""))[-300:], "", ""))
    head = ("benchmark", "workload", "harness", "other tool / reference", "ratio", "goal")
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(str(c).replace("|", "/") for c in r) + " |" for r in rows]
    return lines


# ------------------------------------------------------------------ main
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--sections", default=",".join(SECTIONS), help="comma list of " + ",".join(SECTIONS))
    ap.add_argument("--quick", action="store_true", help="tiny sizes for CI smoke runs (numbers not meaningful)")
    ap.add_argument("--sizes", help="throughput sizes (default 100,1000,10000; quick 20,40)")
    ap.add_argument("--deepeval-sizes", help="default 100,400,1000; quick 10")
    ap.add_argument("--deepeval-default-cache-max", type=int, default=400,
                    help="largest size run with deepeval's default (quadratic) cache")
    ap.add_argument("--ragas-n", type=int, help="answers judged in section 3 (default 40; quick 3)")
    ap.add_argument("--ragas-latency", type=float, default=0.1)
    ap.add_argument("--questions", type=int, help="questions for sections 4 and 5 (default 200; quick 16)")
    ap.add_argument("--concurrency", help="section 4 concurrencies (default 1,8,32,64; quick 8)")
    ap.add_argument("--latency", type=float, default=0.2, help="simulated latency of sections 4 and 5")
    ap.add_argument("--out", type=Path, default=RESULTS)
    a = ap.parse_args(argv)
    q = a.quick

    def ints(v: str | None, full: str, quick: str) -> list[int]:
        return [int(x) for x in (v or (quick if q else full)).split(",") if x.strip()]

    a.sizes = ints(a.sizes, "100,1000,10000", "20,40")
    a.deepeval_sizes = ints(a.deepeval_sizes, "100,400,1000", "10")
    a.concurrency = ints(a.concurrency, "1,8,32,64", "8")
    a.ragas_n = a.ragas_n or (3 if q else 40)
    a.questions = a.questions or (16 if q else 200)
    a.sections = [s.strip() for s in a.sections.split(",") if s.strip()]
    bad = [s for s in a.sections if s not in SECTIONS]
    if bad:
        ap.error(f"unknown section(s) {bad}; known: {', '.join(SECTIONS)}")
    return a


def main(argv: Sequence[str] | None = None) -> int:
    a = parse_args(argv)
    started = time.perf_counter()
    res: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "quick": a.quick, "machine": machine(),
                           "params": {"sections": a.sections, "sizes": a.sizes, "deepeval_sizes": a.deepeval_sizes,
                                      "deepeval_default_cache_max": a.deepeval_default_cache_max,
                                      "ragas_n": a.ragas_n, "ragas_latency_s": a.ragas_latency,
                                      "questions": a.questions, "concurrency": a.concurrency,
                                      "latency_s": a.latency},
                           "sections": {}, "errors": {}}
    for name in a.sections:
        log(f"== {name}")
        t0 = time.perf_counter()
        try:
            res["sections"][name] = RUNNERS[name](a)
            res["sections"][name]["section_s"] = round(time.perf_counter() - t0, 1)
        except Exception as exc:  # one broken section must not lose the others
            import traceback

            res["errors"][name] = f"{type(exc).__name__}: {exc}"
            log(traceback.format_exc())
    res["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    res["total_s"] = round(time.perf_counter() - started, 1)
    lines = table(res)
    res["table_md"] = lines
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    m = res["machine"]
    print(f"Machine: {m['cpu_model']}, {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}, "
          f"{m['date']} (load average at start {m['load_average_at_start']})")
    print("\n".join(lines))
    for k, v in res["errors"].items():
        print(f"section {k} crashed: {v}")
    print(f"wrote {a.out}")
    return 0 if not res["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
