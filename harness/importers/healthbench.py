"""Import OpenAI HealthBench-format JSONL (openai/simple-evals) as harness questions.

A HealthBench example is ``{"prompt_id", "prompt": [{"role", "content"}...], "rubrics": [{"criterion",
"points", "tags"}...], "example_tags": [...], "ideal_completions_data": {...} | null}``. Each becomes a
question whose ``criteria`` are the rubric items, so the same engine scores them: graded by the LLM
judge when one is configured (HealthBench criteria carry no deterministic matcher), otherwise
reported "not graded". ``theme:emergency_referrals`` examples are marked red-flag so the emergency
escalation rule applies. Physician ideal completions can be written as an answers file to score.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from harness import jsonl, schemas
from harness.errors import InputError

_ID_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")
TOPIC_BY_THEME = {"theme:emergency_referrals": "symptoms", "theme:hedging": "general",
                  "theme:context_seeking": "general", "theme:global_health": "general",
                  "theme:health_data_tasks": "general", "theme:communication": "general",
                  "theme:complex_responses": "general"}


def _check_example(ex: dict[str, Any], path: Path, line: int) -> None:
    prompt = ex.get("prompt")
    if not isinstance(prompt, list) or not prompt or not all(
            isinstance(m, dict) and isinstance(m.get("content"), str) and m.get("role") for m in prompt):
        raise InputError("'prompt' must be a non-empty list of {role, content} messages", path=path, line=line,
                         field="prompt")
    if not any(m["role"] == "user" for m in prompt):
        raise InputError("'prompt' has no user message", path=path, line=line, field="prompt")
    rubrics = ex.get("rubrics")
    if not isinstance(rubrics, list):
        raise InputError("'rubrics' must be a list of {criterion, points, tags}", path=path, line=line, field="rubrics")
    if not ex.get("prompt_id"):
        raise InputError("required field is missing", path=path, line=line, field="prompt_id")


def convert(ex: dict[str, Any], id_prefix: str = "hb-") -> dict[str, Any]:
    """One HealthBench example as a harness question record (schemas/question.schema.json)."""
    prompt = ex["prompt"]
    last_user = max(i for i, m in enumerate(prompt) if m["role"] == "user")
    tags = [str(t) for t in ex.get("example_tags") or []]
    theme = next((t for t in tags if t.startswith("theme:")), "")
    urgent = theme == "theme:emergency_referrals"
    return {
        "id": id_prefix + _ID_SAFE.sub("-", str(ex["prompt_id"])).strip("-"),
        "question": prompt[last_user]["content"],
        "conversation": [{"role": m["role"], "content": m["content"]} for m in prompt[:last_user]],
        "cancer_type": "unspecified",
        "topic": TOPIC_BY_THEME.get(theme, "general"),
        "risk_tier": "urgent" if urgent else "routine",
        "red_flag": urgent,
        "source_ids": [],
        "criteria": [{"criterion": r["criterion"], "points": r["points"], "tags": list(r.get("tags") or [])}
                     for r in ex["rubrics"] if r.get("points")],
        "healthbench": {"prompt_id": ex["prompt_id"], "example_tags": tags},
    }


def import_file(path: str | Path, out: str | Path, ideal_answers: str | Path | None = None,
                id_prefix: str = "hb-") -> tuple[int, int]:
    """Write questions (and optionally physician ideal completions as answers); return the counts."""
    src = Path(path)
    questions, answers = [], []
    for line, ex in jsonl.iter_lines(src):
        _check_example(ex, src, line)
        q = convert(ex, id_prefix)
        schemas.check(q, "question", path=src, line=line)
        questions.append(q)
        ideal = (ex.get("ideal_completions_data") or {}).get("ideal_completion")
        if ideal:
            answers.append({"id": q["id"], "question": q["question"], "answer": ideal,
                            "metadata": {"source": "healthbench ideal completion"}})
    seen: dict[str, int] = {}
    for n, q in enumerate(questions, start=1):
        if q["id"] in seen:
            raise InputError(f"duplicate prompt_id {q['healthbench']['prompt_id']!r}", path=src, line=n,
                             field="prompt_id")
        seen[q["id"]] = n
    jsonl.write(out, questions)
    if ideal_answers:
        jsonl.write(ideal_answers, answers)
    return len(questions), len(answers)
