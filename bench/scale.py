"""Issue 17: ``harness score`` end to end at scale — 2,000 to 20,000 answers, default rubric, offline
grounding, ``--workers 2``.

    python bench/scale.py                                  # 2k,5k,10k,20k → bench/results_scale.json
    python bench/scale.py --sizes 2000 --workers 1,2       # one size, one and two workers

Per size: N answers synthesised from the recorded v1/v2 answers (bench/throughput.synthesise, seeded;
written to an answers JSONL with their contexts and metadata, so no ``--dataset`` join is needed),
then ``harness score --answers FILE --out DIR --workers W`` in a fresh process. Measured from the
outside, nothing timed inside the harness:

- wall seconds of the whole command (interpreter start, imports, rubric load, scoring, results,
  summary and reports) and answers per wall second;
- CPU seconds (user + system of the command and its scoring workers, from os.wait4): on a machine
  shared with other jobs the wall figures are noisy, CPU time much less so;
- peak memory of the command and all its descendants together (the pool's workers run at the
  same time), sampled from /proc/PID/smaps_rollup every 50 ms: the sum of RSS (counts the pages
  forked workers share with their parent once per process) and the sum of PSS (shared pages
  divided among the processes mapping them: what the machine holds); and the largest single
  process (ru_maxrss);
- results.jsonl bytes per item, data.jsonl (harness.packing) bytes per item and the two together,
  and the size of report.html;
- least-squares fits of wall, CPU and peak memory against N (slope and R²).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import BENCH, ROOT, linear_fit, synthesise  # noqa: E402

RESULTS = BENCH / "results_scale.json"


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _tree_memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of ``pid`` and every descendant, in MB. RSS counts pages the forked scoring
    workers share with their parent once per process; PSS divides each shared page among the
    processes that map it, so the PSS sum is what the machine actually holds."""
    rss = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue
        stack += _children(p)
    return rss / 1024, pss / 1024


def measure_command(cmd: Sequence[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd``; wall, CPU (self + reaped children), peak tree RSS (sampled) and ru_maxrss."""
    import subprocess

    peak = [0.0, 0.0]
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=subprocess.DEVNULL, stderr=err, cwd=str(ROOT),
                                env={**os.environ, **(env or {})})
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                rss, pss = _tree_memory_mb(proc.pid)
                peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
                done.wait(0.05)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {"returncode": os.waitstatus_to_exitcode(status), "wall_s": round(wall, 3),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 3), "peak_tree_rss_mb": round(peak[0], 1), "peak_tree_pss_mb": round(peak[1], 1),
            "max_single_rss_mb": round(usage.ru_maxrss / 1024, 1), "stderr_tail": stderr[-400:]}


def one(n: int, workers: int, work: Path, details: str | None = None) -> dict[str, Any]:
    from harness import jsonl

    answers = work / f"answers-{n}.jsonl"
    if not answers.exists():
        jsonl.write(answers, synthesise(n))
    out = work / f"run-{n}-w{workers}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "harness", "score", "--answers", str(answers), "--out", str(out),
           "--workers", str(workers)]
    if details:
        cmd += ["--details", details]
    res = measure_command(cmd, {"PYTHONHASHSEED": "0"})
    res.update(n=n, workers=workers, details=details or "failed (default)",
               ok=res["returncode"] in (0, 1))  # 1: the quality gate failed, which the synthetic answers do
    if res["ok"]:
        size = (out / "results.jsonl").stat().st_size
        data = (out / "data.jsonl").stat().st_size if (out / "data.jsonl").exists() else 0
        res.update(answers_per_s=round(n / res["wall_s"], 1), answers_per_cpu_s=round(n / res["cpu_s"], 1),
                   results_bytes_per_item=round(size / n), results_mb=round(size / 1e6, 1),
                   data_bytes_per_item=round(data / n), run_bytes_per_item=round((size + data) / n),
                   report_html_mb=round((out / "report.html").stat().st_size / 1e6, 2),
                   statuses=json.loads((out / "summary.json").read_text())["counts"])
        res.pop("stderr_tail")
    shutil.rmtree(out, ignore_errors=True)
    return res


def shipped_sizes(work: Path) -> dict[str, dict[str, int]]:
    """results.jsonl bytes per item of the shipped recorded answers (v1, v2), per --details mode;
    ``v1+data``/``v2+data``: results.jsonl and data.jsonl together."""
    import contextlib
    import io

    from harness import cli

    out: dict[str, dict[str, int]] = {}
    for version in ("v1", "v2"):
        for mode in ("full", "failed", "none"):
            run = work / f"shipped-{version}-{mode}"
            with contextlib.redirect_stdout(io.StringIO()):
                cli.main(["score", "--answers", str(ROOT / "datasets" / "recorded" / f"{version}.jsonl"),
                          "--dataset", str(ROOT / "datasets" / "questions.jsonl"), "--out", str(run),
                          "--details", mode, "--overwrite"])
            data = (run / "results.jsonl").read_bytes()
            side = (run / "data.jsonl").stat().st_size if (run / "data.jsonl").exists() else 0
            n = data.count(b"\n")
            out.setdefault(version, {})[mode] = round(len(data) / n)
            out.setdefault(f"{version}+data", {})[mode] = round((len(data) + side) / n)
            shutil.rmtree(run, ignore_errors=True)
    return out


def _fit(runs: list[dict[str, Any]], key: str, scale: float = 1000.0) -> dict[str, float | None]:
    fit = linear_fit([r["n"] for r in runs], [r[key] for r in runs])
    return {"slope_per_1000": None if fit["slope"] is None else round(fit["slope"] * scale, 4),
            "intercept": None if fit["intercept"] is None else round(fit["intercept"], 3),
            "r2": None if fit["r2"] is None else round(fit["r2"], 5)}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,5000,10000,20000")
    ap.add_argument("--workers", default="2", help="comma-separated worker counts (default 2)")
    ap.add_argument("--details", choices=["full", "failed", "none"], help="default: the harness's default")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--work", type=Path, help="folder for the synthesised answers (default: a temp folder)")
    ap.add_argument("--shipped-only", action="store_true",
                    help="only the bytes per item of the shipped answers per --details mode (added to --out)")
    a = ap.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",")]
    workers = [int(w) for w in a.workers.split(",")]
    work = a.work or Path(tempfile.mkdtemp(prefix="harness-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    if a.shipped_only:
        report = json.loads(a.out.read_text()) if a.out.exists() else {}
        report["shipped_results_bytes_per_item"] = shipped_sizes(work)
        a.out.write_text(json.dumps(report, indent=2) + "\n")
        print(json.dumps(report["shipped_results_bytes_per_item"]))
        return 0
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)),
                                          "load_before": os.getloadavg()},
                              "command": "harness score --answers N.jsonl --out DIR --workers W (default rubric, "
                                         "offline grounding)", "runs": [], "fits": {}}
    try:
        for w in workers:
            for n in sizes:
                res = one(n, w, work, a.details)
                report["runs"].append(res)
                print(json.dumps(res), file=sys.stderr)
    finally:
        if a.work is None:
            shutil.rmtree(work, ignore_errors=True)
    report["machine"]["load_after"] = os.getloadavg()
    for w in workers:
        good = [r for r in report["runs"] if r["workers"] == w and r.get("ok")]
        if len(good) >= 2:
            report["fits"][f"workers={w}"] = {k: _fit(good, k) for k in ("wall_s", "cpu_s", "peak_tree_rss_mb", "peak_tree_pss_mb")}
    a.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report["fits"], indent=2))
    return 0 if all(r.get("ok") for r in report["runs"]) else 1


if __name__ == "__main__":
    sys.exit(main())
