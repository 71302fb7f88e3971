"""Answers exported by ragas or deepeval, as harness answers records (``harness import``, and read
as they are by ``harness score``).

- ragas: an ``EvaluationDataset`` saved with ``to_jsonl`` — one ``SingleTurnSample`` per line:
  ``user_input`` → question, ``response`` → answer, ``retrieved_contexts`` → contexts,
  ``retrieved_context_ids`` → metadata.source_ids, ``reference`` → metadata.reference.
- deepeval: test cases or goldens as JSON (a list, or ``{"test_cases"|"goldens": [...]}``) or
  JSONL: ``input`` → question, ``actual_output`` → answer, ``retrieval_context`` (else
  ``context``) → contexts, ``additional_metadata``/``metadata`` → metadata.

ids: the record's own ``id`` (harness.integrations write it), else deepeval's ``name`` or
``metadata.harness_id``, else the id of the question in ``--dataset`` with the same text, else
``ragas-0001`` / ``deepeval-0001`` in file order. Every record is checked against the answer schema.
"""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, Iterator

from harness import jsonl, schemas
from harness.errors import InputError

FORMATS = ("harness", "ragas", "deepeval")


def detect(record: dict[str, Any]) -> str:
    """The format of an answers file, from its first record."""
    if "user_input" in record or "response" in record:
        return "ragas"
    if "actual_output" in record or ("input" in record and "question" not in record):
        return "deepeval"
    return "harness"


def _records(path: Path) -> Iterator[tuple[int | None, dict[str, Any]]]:
    """(line or None, record) of a JSONL file, or of a JSON list / {"test_cases"|"goldens": [...]}."""
    if path.suffix.lower() == ".json":
        from harness.textfiles import load_json

        data = load_json(path, "export file")
        if isinstance(data, dict):
            data = data.get("test_cases") or data.get("goldens") or data.get("testCases")
        if not isinstance(data, list) or not data:
            raise InputError("expected a non-empty JSON list of test cases (or {\"test_cases\": [...]})", path=path)
        for n, rec in enumerate(data):
            if not isinstance(rec, dict):
                raise InputError(f"test case #{n + 1} is not a JSON object", path=path)
            yield None, rec
        return
    yield from jsonl.iter_lines(path)


def _question_ids(dataset: Path | None) -> dict[str, str]:
    if dataset is None:
        return {}
    return {" ".join(str(q["question"]).split()).lower(): q["id"] for q in jsonl.read(dataset, schema="question")}


def _ragas(rec: dict[str, Any], path: Path, line: int | None) -> dict[str, Any]:
    question = rec.get("user_input")
    if isinstance(question, list):
        raise InputError("multi-turn ragas samples are not supported (user_input is a list of messages)",
                         path=path, line=line, field="user_input")
    meta: dict[str, Any] = dict(rec.get("metadata") or {})
    if rec.get("retrieved_context_ids"):
        meta["source_ids"] = [str(s) for s in rec["retrieved_context_ids"]]
    if rec.get("reference") is not None:
        meta["reference"] = rec["reference"]
    return {"question": question, "answer": rec.get("response"), "contexts": rec.get("retrieved_contexts") or [],
            "metadata": meta, "_name": None}


def _deepeval(rec: dict[str, Any], path: Path, line: int | None) -> dict[str, Any]:
    if rec.get("actual_output") is None:
        raise InputError("no actual_output: a golden without an answer cannot be scored", path=path, line=line,
                         field="actual_output")
    meta = dict(rec.get("additional_metadata") or rec.get("metadata") or {})
    contexts = rec.get("retrieval_context") or rec.get("context") or []
    if rec.get("expected_output") is not None:
        meta.setdefault("reference", rec["expected_output"])
    return {"question": rec.get("input"), "answer": rec.get("actual_output"), "contexts": contexts,
            "metadata": meta, "_name": rec.get("name")}


def convert(path: str | Path, fmt: str = "auto", dataset: str | Path | None = None) -> tuple[list[dict[str, Any]], str]:
    """(answers records, the format read) for a ragas or deepeval export, or a harness answers file."""
    p = Path(path)
    records = list(_records(p))
    if not records:
        raise InputError("file is empty", path=p)
    kind = detect(records[0][1]) if fmt == "auto" else fmt
    if kind == "harness":
        return [_checked(rec, p, line) for line, rec in records], kind
    by_text = _question_ids(Path(dataset) if dataset else None)
    reader = _ragas if kind == "ragas" else _deepeval
    out: list[dict[str, Any]] = []
    seen: dict[tuple[str, int], int | None] = {}
    for n, (line, rec) in enumerate(records, start=1):
        conv = reader(rec, p, line)
        meta = conv["metadata"]
        text = " ".join(str(conv["question"] or "").split()).lower()
        rid = rec.get("id") or meta.pop("harness_id", None) or conv.pop("_name", None) or by_text.get(text) \
            or f"{kind}-{n:04d}"
        conv.pop("_name", None)
        repeat = int(rec.get("repeat") or meta.pop("harness_repeat", 0) or 0)
        meta.pop("harness_status", None)
        answer = {"id": str(rid), "question": conv["question"], "answer": conv["answer"],
                  "contexts": [str(c) for c in conv["contexts"]], "metadata": meta}
        if repeat:
            answer["repeat"] = repeat
        key = (answer["id"], repeat)
        if key in seen:
            raise InputError(f"duplicate id {answer['id']!r}" + (f" repeat {repeat}" if repeat else "")
                             + (f" (first on line {seen[key]})" if seen[key] else ""), path=p, line=line, field="id")
        seen[key] = line
        out.append(_checked(answer, p, line))
    return out, kind


def _checked(rec: dict[str, Any], path: Path, line: int | None) -> dict[str, Any]:
    schemas.check(rec, "answer", path=path, line=line)
    return rec


def read_answers(path: str | Path) -> list[dict[str, Any]]:
    """An answers file for scoring: harness JSONL, or a ragas/deepeval export converted on the fly."""
    return list(iter_answers(path))


def iter_answers(path: str | Path) -> Iterator[dict[str, Any]]:
    """read_answers as a stream: harness JSONL is read and checked one line at a time (the first
    record is read before this returns, so a missing, empty or malformed file fails at once);
    ragas/deepeval exports are converted whole (they are a JSON list, or need ids resolved)."""
    p = Path(path)
    first = next(iter(_records(p)))[1]
    if detect(first) == "harness" and p.suffix.lower() != ".json":
        stream = jsonl.iter_read(p, schema="answer", unique=("id", "repeat"))
        head = next(stream)
        return itertools.chain([head], stream)
    return iter(convert(p)[0])


def import_file(src: str | Path, out: str | Path, fmt: str = "auto", dataset: str | Path | None = None
                ) -> tuple[int, str]:
    """``harness import``: write the converted answers to ``out``; (number of answers, format)."""
    records, kind = convert(src, fmt, dataset)
    jsonl.write(out, records)
    return len(records), kind


__all__ = ["FORMATS", "detect", "convert", "read_answers", "iter_answers", "import_file"]
