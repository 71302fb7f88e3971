"""``harness merge DIR... --out OUT``: one run folder from several (CI shards of ``--shard I/N``).

Refuses to mix runs of different datasets, rubrics or generators (that would be a comparison,
not a merge) and items present in two folders. Items are written in dataset order, then by repeat;
summary.json and the reports are rebuilt; ``config.merge`` says which shards were merged and
whether any of the N is missing.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Sequence

from harness import atomic, jsonl
from harness.errors import InputError, RunIncomplete
from harness.results import RESULTS, load_results, load_summary
from harness.runlock import RunLock, prepare_out, refuse_existing_run
from harness.textfiles import load_json


def _run_config(d: Path) -> dict[str, Any]:
    from harness.pipeline import RUN_CONFIG

    p = d / RUN_CONFIG
    if not p.exists():
        return {}
    cfg = load_json(p, "run configuration")
    if not isinstance(cfg, dict):
        raise InputError(f"expected a JSON object, got {type(cfg).__name__}", path=p, line=1)
    return cfg


def merge(run_dirs: Sequence[str | Path], out_dir: str | Path, rubric_path: str | Path | None = None,
          overwrite: bool = True) -> dict[str, Any]:
    """Merge ``run_dirs`` into ``out_dir`` (locked while written; ``overwrite=False`` refuses an
    existing run there). Raises RunIncomplete (exit 3) when the dataset is known and some
    (question, repeat) is in none of the inputs."""
    dirs = [Path(d) for d in run_dirs]
    out = Path(out_dir)
    if out.resolve() in {d.resolve() for d in dirs}:
        raise InputError("--out must be a new folder, not one of the inputs", path=out)
    out = prepare_out(out)
    with RunLock(out):
        refuse_existing_run(out, overwrite)
        return _merge(dirs, out, rubric_path)


def _merge(dirs: list[Path], out: Path, rubric_path: str | Path | None) -> dict[str, Any]:
    from harness.paths import default_rubric
    from harness.pipeline import RUN_CONFIG, check_complete, finalize
    from harness.scoring import rubric as rubric_mod

    first_seen: dict[tuple[str, int], Path] = {}
    items: list[dict[str, Any]] = []
    configs: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    for d in dirs:
        its = load_results(d)
        summaries.append(load_summary(d) if (d / "summary.json").exists() else {})
        configs.append(_run_config(d))
        for it in its:
            key = (it["id"], int(it.get("repeat", 0)))
            if key in first_seen:
                raise InputError(f"item {key[0]!r} repeat {key[1]} is in both {first_seen[key]} and {d}",
                                 path=d / RESULTS, field="id")
            first_seen[key] = d
        items.extend(its)

    def same(label: str, values: list[Any]) -> None:
        known = [v for v in values if v is not None]
        if any(v != known[0] for v in known[1:]):
            raise InputError(f"cannot merge runs with different {label}: "
                             + "; ".join(f"{d}: {v}" for d, v in zip(dirs, values)))

    same("datasets", [(s.get("dataset") or {}).get("sha256") for s in summaries])
    same("rubrics", [(s.get("rubric") or {}).get("sha256") for s in summaries])
    same("generators", [c.get("generator") for c in configs])
    same("repeats", [c.get("repeats") for c in configs])
    same("shard schemes (--shard-by)", [((c.get("options") or {}).get("shard_by") or "position") if c.get("shard")
                                        else None for c in configs])

    rubric_file = rubric_path or next((c.get("rubric") for c in configs if c.get("rubric")), None) or default_rubric()
    rubric = rubric_mod.load(rubric_file)
    dataset = next((c.get("dataset") for c in configs if c.get("dataset")), None)
    order: dict[str, int] = {}
    if dataset and Path(dataset).exists():
        order = {str(q.get("id")): n for n, (_, q) in enumerate(jsonl.iter_lines(dataset))}
    items.sort(key=lambda it: (order.get(it["id"], len(order)), it["id"], int(it.get("repeat", 0))))

    shards = [c.get("shard") for c in configs]
    merge_info: dict[str, Any] = {"from": [str(d) for d in dirs], "shards": shards}
    if shards and all(shards):
        ns = {int(s.split("/")[1]) for s in shards}
        if len(ns) == 1:
            n = ns.pop()
            have = {int(s.split("/")[0]) for s in shards}
            merge_info["missing_shards"] = [f"{i}/{n}" for i in range(1, n + 1) if i not in have]
            merge_info["complete"] = not merge_info["missing_shards"]
    from harness.packing import write_items

    write_items(out, items)
    base = next((c for c in configs if c), {})
    merged_cfg = {**base, "shard": None, "merged_from": merge_info["from"]}
    atomic.write_text(out / RUN_CONFIG, json.dumps(merged_cfg, indent=2) + "\n")
    s0 = next((s for s in summaries if s), {})
    extra: dict[str, Any] = {k: s0[k] for k in ("rubric", "dataset", "answers", "prompt", "generator", "scoring")
                             if k in s0}
    extra["config"] = {**(s0.get("config") or {}), "shard": None, "resumed": False, "merge": merge_info}
    secs = [float((s.get("timing") or {}).get("seconds", 0)) for s in summaries]
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    extra["timing"] = {"started_at": min(((s.get("timing") or {}).get("started_at") or now) for s in summaries),
                       "finished_at": now, "seconds": round(max(secs or [0.0]), 3),
                       "seconds_total": round(sum(secs), 3)}
    summary = finalize(out, rubric, extra)
    if order:  # the dataset is known: every question × repeat must be in exactly one input
        repeats = next((int(c["repeats"]) for c in configs if isinstance(c.get("repeats"), int)), 1)
        try:
            check_complete(out, list(order), repeats)
        except RunIncomplete as exc:
            raise RunIncomplete(f"merged run is incomplete: {exc}") from None
    return summary
