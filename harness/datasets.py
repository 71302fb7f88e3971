"""Load the question dataset and the grounding sources, and join them onto answers.

An answers file may carry its own metadata and contexts; when a dataset is given, what the
question record says (cancer type, red flag, criteria, source passages) fills in what is missing.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from harness import jsonl, schemas
from harness.errors import InputError

QUESTION_META = ("cancer_type", "topic", "risk_tier", "red_flag", "source_ids", "criteria", "adversarial")


@dataclass
class Source:
    source_id: str
    title: str
    citation: str
    text: str
    as_of: str
    url: str | None = None
    freshness_waiver: str | None = None


@dataclass
class Corpus:
    questions: list[dict[str, Any]]
    sources: dict[str, Source] = field(default_factory=dict)
    path: str | None = None

    @cached_property
    def by_id(self) -> dict[str, dict[str, Any]]:
        return {q["id"]: q for q in self.questions}


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def load_sources(path: str | Path) -> dict[str, Source]:
    """All passages in a sources folder (every *.jsonl) or one file; ids unique across files."""
    p = Path(path)
    files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    if p.is_dir() and not files:
        raise InputError("sources folder holds no *.jsonl file", path=p)
    out: dict[str, Source] = {}
    where: dict[str, str] = {}
    for f in files:
        for number, rec in jsonl.iter_lines(f):
            schemas.check(rec, "source", path=f, line=number)
            sid = rec["source_id"]
            if sid in out:
                raise InputError(f"duplicate source_id {sid!r} (first in {where[sid]})", path=f, line=number,
                                 field="source_id")
            where[sid] = f"{f}:{number}"
            out[sid] = Source(sid, rec["title"], rec["citation"], rec["text"], rec["as_of"], rec.get("url"),
                              rec.get("freshness_waiver"))
    return out


def default_sources_dir(dataset_path: str | Path) -> Path:
    return Path(dataset_path).resolve().parent / "sources"


def load_corpus(path: str | Path, sources: str | Path | None = None) -> Corpus:
    """Questions (validated) plus the sources they cite; unknown source ids are input errors."""
    questions = jsonl.read(path, schema="question")
    src_path = Path(sources) if sources else default_sources_dir(path)
    srcs = load_sources(src_path) if src_path.exists() else {}
    for q in questions:
        for sid in q.get("source_ids", []):
            if sid not in srcs:
                line = next(n for n, rec in jsonl.iter_lines(path) if rec.get("id") == q["id"])  # error path only
                raise InputError(f"unknown source id {sid!r} (not in {src_path})", path=path, line=line,
                                 field="source_ids")
    return Corpus(questions, srcs, str(path))


def overlap_warning(answer_ids: Iterable[str], corpus: Corpus) -> str | None:
    """A warning when answers do not join their questions by id: those answers are scored without
    the question's criteria, source passages and red flag (the join is silent otherwise)."""
    ids = list(dict.fromkeys(str(i) for i in answer_ids))
    unmatched = [i for i in ids if i not in corpus.by_id]
    if not ids or not unmatched:
        return None
    from harness.escape import terminal

    shown = ", ".join(terminal(i) for i in unmatched[:5]) + (" …" if len(unmatched) > 5 else "")
    matched = len(ids) - len(unmatched)
    head = (f"answers and questions barely overlap: only {matched} of {len(ids)} answer ids are in {corpus.path}"
            if matched * 2 < len(ids) else f"{len(unmatched)} of {len(ids)} answer ids are not in {corpus.path}")
    return (f"{head} ({shown}); those answers are scored without their question's criteria, source passages "
            "and red flag: check that the ids match")


def contexts_for(question: dict[str, Any], corpus: Corpus) -> list[str]:
    return [corpus.sources[s].text for s in question.get("source_ids", []) if s in corpus.sources]


def enrich(record: dict[str, Any], corpus: Corpus | None) -> dict[str, Any]:
    """Fill an answer record's metadata and contexts from its question in the dataset."""
    if corpus is None:
        return record
    q = corpus.by_id.get(record["id"])
    if q is None:
        return record
    rec = dict(record)
    meta = dict(rec.get("metadata") or {})
    for key in QUESTION_META:
        if key in q and key not in meta:
            meta[key] = q[key]
    rec["metadata"] = meta
    if not rec.get("contexts"):
        rec["contexts"] = contexts_for(q, corpus)
    return rec
