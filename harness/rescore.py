"""Score a run folder's stored answers again, with another rubric and this harness's code.

``harness compare --rescore`` uses it so the gate isolates the prompt change: the baseline's
answers are scored with the rubric the candidate was scored with (and, when the candidate was
scored by other code, both runs are scored with this code), so a rule edit or a scorer change can
no longer look like a prompt regression. Offline: LLM-judge rules are not re-run.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from harness import jsonl
from harness.errors import InputError
from harness.results import RESULTS, load_results, load_summary, summarize, write_summary

# What an answers record carries; scores, checks and status are recomputed.
_KEEP = ("id", "question", "answer", "contexts", "metadata", "repeat", "error", "generation")


def rubric_of(run_dir: str | Path, override: str | Path | None = None) -> Path:
    """The rubric file a run was scored with, checked against the sha256 its summary recorded."""
    if override is not None:
        return Path(override)
    summary = load_summary(run_dir)
    rec = summary.get("rubric") or {}
    path = Path(rec.get("path") or "")
    if not rec.get("path") or not path.is_file():
        raise InputError(f"cannot re-score: the rubric the candidate was scored with ({rec.get('path')}) is not "
                         "readable here; give it with --rubric FILE", path=Path(run_dir) / "summary.json", field="rubric.path")
    if rec.get("sha256") and hashlib.sha256(path.read_bytes()).hexdigest() != rec["sha256"]:
        raise InputError(f"cannot re-score: {path} changed since the candidate was scored with it; give the "
                         "rubric with --rubric FILE", path=Path(run_dir) / "summary.json", field="rubric.sha256")
    return path


def rescore_run(src: str | Path, out: str | Path, rubric_path: str | Path) -> dict[str, Any]:
    """Write ``out`` (results.jsonl + summary.json): the answers of ``src`` scored with ``rubric_path``."""
    from harness.pipeline import provenance, score_records
    from harness.scoring import rubric as rubric_mod

    rubric = rubric_mod.load(rubric_path)
    records = [{k: it[k] for k in _KEEP if k in it} for it in load_results(src)]
    items = score_records(records, rubric)
    dest = Path(out)
    dest.mkdir(parents=True, exist_ok=True)
    from harness.packing import write_items

    write_items(dest, items)
    old = load_summary(src)
    extra = provenance(rubric, None, None)
    extra.update({k: old[k] for k in ("dataset", "answers", "prompt", "generator", "config") if k in old})
    extra["rescored_from"] = str(src)
    summary = summarize(items, rubric.fail_on, extra)
    write_summary(dest, summary)
    return summary


def rescore_pair(baseline: Path, candidate: Path, out: Path, rubric: Path | None = None
                 ) -> tuple[Path, Path, dict[str, Any]]:
    """(baseline dir, candidate dir, what was done) for a comparison that isolates the prompt: the
    baseline re-scored with the candidate's rubric, the candidate re-scored too only when it was
    scored by other code than this harness's or an explicit ``rubric`` differs from its own."""
    from harness.fingerprint import code_fingerprint

    rubric_path = rubric_of(candidate, rubric)
    cs = load_summary(candidate)
    info: dict[str, Any] = {"rubric": str(rubric_path), "baseline_from": str(baseline)}
    new_base = out / "rescored" / "baseline"
    rescore_run(baseline, new_base, rubric_path)
    same_code = (cs.get("scoring") or {}).get("code_sha256") == code_fingerprint()
    same_rubric = (cs.get("rubric") or {}).get("sha256") == hashlib.sha256(rubric_path.read_bytes()).hexdigest()
    if same_code and same_rubric:
        return new_base, candidate, info
    new_cand = out / "rescored" / "candidate"
    rescore_run(candidate, new_cand, rubric_path)
    info["candidate_from"] = str(candidate)
    return new_base, new_cand, info
