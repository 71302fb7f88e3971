"""``harness validate``: check datasets, sources, rubrics, answers and run files against their schemas.

The kind of a file is decided from its name and first record, so users can pass any mix of paths.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterator

from harness import jsonl
from harness.datasets import load_corpus, load_sources
from harness.errors import InputError
from harness.paths import data_root, default_rubric
from harness.scoring import rubric as rubric_mod


def kind_of(path: Path) -> str:
    """The kind of file or folder, from its name and the keys of its first record."""
    if path.is_dir():
        if (path / "results.jsonl").exists():
            return "run"
        return "sources"
    if path.suffix in (".yaml", ".yml"):
        return "rubric"
    name = path.name
    if name == "results.jsonl":
        return "result"
    if name.startswith("planted_defects"):
        return "planted_defect"
    if name == "grounding_claims.jsonl":
        return "grounding_claim"
    if path.suffix == ".toml":
        return "config"
    from harness.importers.answers import _records, detect

    first = next(iter(_records(path)))[1]
    if "source_id" in first:
        return "source"
    if "status" in first and "checks" in first:
        return "result"
    fmt = detect(first)
    if fmt != "harness":
        return fmt  # ragas or deepeval export
    if "answer" in first:
        return "answer"
    return "question"


def validate_path(path: Path, sources: Path | None = None, strict: bool = False) -> str:
    """Validate one path; return a one-line description of what was checked.

    ``sources`` is the sources folder questions cite (default: sources/ beside the file);
    ``strict`` holds questions to the corpus rules (schemas/question_strict.schema.json: every
    field set, topic from the corpus taxonomy)."""
    if not path.exists():
        raise InputError("path does not exist", path=path)
    kind = kind_of(path)
    if kind == "rubric":
        r = rubric_mod.load(path)
        return f"rubric '{r.name}' with {len(r.rules)} rules"
    if kind in ("sources", "source"):
        return f"{len(load_sources(path))} source passages"
    if kind == "run":
        from harness.results import load_results
        return f"run folder with {len(load_results(path))} items"
    if kind == "config":
        from harness import config

        cfg = config.load(path)
        return f"config file with tables {', '.join(sorted(cfg.tables)) or 'none'}"
    if kind == "question":
        corpus = load_corpus(path, sources)
        if strict:
            jsonl.read(path, schema="question_strict")
        return (f"{len(corpus.questions)} questions citing {len(corpus.sources)} known sources"
                + (" (strict)" if strict else ""))
    if kind == "planted_defect":
        recs = jsonl.read(path, schema="planted_defect", unique=None)
        known = set(rubric_mod.load(default_rubric()).rule_ids)
        for n, (_, rec) in enumerate(jsonl.iter_lines(path), start=1):
            if rec["rule"] not in known:
                raise InputError(f"unknown rule id {rec['rule']!r}", path=path, line=n, field="rule")
        return f"{len(recs)} planted defects"
    if kind == "grounding_claim":
        return f"{len(jsonl.read(path, schema='grounding_claim'))} labelled claims"
    if kind == "result":
        from harness.packing import DATA, is_packed

        if path.name == "results.jsonl":
            from harness.results import load_results  # packed items are checked against data.jsonl too

            return f"{len(load_results(path.parent))} scored items"
        items = jsonl.read(path, schema="result", unique=("id", "repeat"))
        for n, it in jsonl.iter_lines(path):
            if is_packed(it):
                raise InputError(f"a packed item: readable only as a run folder's results.jsonl, beside its {DATA}",
                                 path=path, line=n, field="record")
        return f"{len(items)} scored items"
    if kind in ("ragas", "deepeval"):
        from harness.importers.answers import convert

        recs, _ = convert(path, kind)
        return f"{len(recs)} answers in a {kind} export (harness import converts it; harness score reads it)"
    recs = jsonl.read(path, schema="answer", unique=("id", "repeat"))
    return f"{len(recs)} answers"


def default_paths() -> Iterator[Path]:
    root = data_root()
    yield from sorted((root / "rubrics").glob("*.yaml"))
    yield root / "datasets" / "questions.jsonl"
    yield root / "datasets" / "sources"
    yield from sorted((root / "datasets" / "recorded").glob("*.jsonl"))
    claims = root / "datasets" / "grounding_claims.jsonl"
    if claims.exists():
        yield claims


def freshness_warnings(path: Path, max_age_months: int, today: date | None = None) -> list[str]:
    """Warnings for source passages last checked more than ``max_age_months`` ago (not errors)."""
    if not path.exists() or kind_of(path) not in ("sources", "source"):
        return []
    from harness.freshness import describe, stale

    return [describe(s, max_age_months, path) for s in stale(load_sources(path).values(), today or date.today(),
                                                               max_age_months)]

