"""bench/run.py in its quickest mode: it runs, prints a table and writes results.json of the right shape.

No timing assertions: benchmark numbers are reported, never asserted.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_writes_results(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--sections", "throughput",
                           "--sizes", "4,8", "--out", str(out)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "| benchmark |" in proc.stdout
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["quick"] is True and res["errors"] == {}
    m = res["machine"]
    for key in ("cpu_model", "cores", "python", "packages", "date"):
        assert key in m
    tp = res["sections"]["throughput"]
    assert set(tp["kinds"]) == {"rubric", "grounding"}
    for kind in tp["kinds"].values():
        assert [r["n"] for r in kind["runs"]] == [4, 8]
        for r in kind["runs"]:
            assert r["ok"] and r["peak_rss_mb"] > 0 and len(r["affinity"]) == 1
            assert sum(r["statuses"].values()) == r["n"]
        for key in ("cpu_slope_s_per_1000", "cpu_r2", "wall_slope_s_per_1000", "mem_slope_mb_per_1000"):
            assert key in kind
    assert res["table_md"][0].startswith("| benchmark |")


def test_synthesised_answers_are_deterministic_and_distinct() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import throughput

    base = throughput.load_base_records()
    a = throughput.synthesise(len(base) + 50, base)
    b = throughput.synthesise(len(base) + 50, base)
    assert [r["answer"] for r in a] == [r["answer"] for r in b]
    assert [r["answer"] for r in a[:len(base)]] == [r["answer"] for r in base]   # first round verbatim
    assert len({r["id"] for r in a}) == len(a)
    assert len({r["answer"] for r in a[len(base):]}) > 40                      # recombined, not copies


def test_linear_fit() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import throughput

    fit = throughput.linear_fit([100, 1000, 10000], [1.0 + 0.002 * x for x in (100, 1000, 10000)])
    assert abs(fit["slope"] - 0.002) < 1e-12 and abs(fit["r2"] - 1.0) < 1e-12


def test_gate_sim_writes_results_of_the_right_shape(tmp_path: Path) -> None:
    """bench/gate_sim.py with a handful of simulated pull requests: shape only, never the rates."""
    out = tmp_path / "gate.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "gate_sim.py"), "--sims", "3", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["bench"] == "gate_sim" and res["model"]["planted_drop"] == 0.10
    assert sorted({(c["noise"], c["repeats"]) for c in res["cells"]}) == [
        (noise, n) for noise in ("moderate", "noisy") for n in (1, 3, 5)]
    for c in res["cells"]:
        assert c["sims"] == 3 and 0 <= c["false_fail_rate"] <= 1 and 0 <= c["detection_rate"] <= 1
        assert len(c["false_fail_ci95"]) == 2 and len(c["detection_ci95"]) == 2


def test_report_size_bench_runs_small(tmp_path: Path) -> None:
    """bench/report_size.py at 10 and 30 answers: the shape of its results (numbers never asserted)."""
    out = tmp_path / "rs.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "report_size.py"), "--sizes", "10,30",
                           "--work", str(tmp_path / "work"), "--out", str(out)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    runs = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert [r["answers"] for r in runs] == [10, 30] and [r["junit_testcases"] for r in runs] == [10, 30]
    for r in runs:
        assert r["report_html_mb"] > 0 and r["build_peak_rss_mb"] > 0 and sum(r["statuses"].values()) == r["answers"]
