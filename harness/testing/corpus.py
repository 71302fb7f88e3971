"""A corpus of any size for tests and benchmarks, built from the shipped questions and sources.

Question k is shipped question k mod 84; later rounds get a new id (``q001-r1``) and a suffix on
the text so every question (and every cache key) is distinct. ``answers`` maps each shipped
question's text to its recorded v1 answer: give it to FakeOpenAI(answers=...) and the server
replies with realistic answers that the rubric scores as in the demo (the question text is a
substring of every prompt that asks it).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from harness import jsonl
from harness.paths import data_root


def make_corpus(directory: str | Path, n: int = 100) -> tuple[Path, dict[str, str]]:
    shipped = data_root() / "datasets"
    questions = jsonl.read(shipped / "questions.jsonl")
    recorded = jsonl.read(shipped / "recorded" / "v1.jsonl", unique=None)
    answers = {r["question"]: r["answer"] for r in recorded}
    out = []
    for k in range(n):
        q = dict(questions[k % len(questions)])
        rnd = k // len(questions)
        if rnd:
            q["id"] = f"{q['id']}-r{rnd}"
            q["question"] = f"{q['question']} (asked again, #{rnd})"
        out.append(q)
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    jsonl.write(d / "questions.jsonl", out)
    if (d / "sources").exists():
        shutil.rmtree(d / "sources")
    shutil.copytree(shipped / "sources", d / "sources")
    return d / "questions.jsonl", answers
