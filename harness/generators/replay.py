"""``replay``: answers recorded earlier, from an answers JSONL file or a previous run folder."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from harness import jsonl
from harness.errors import InputError
from harness.generators.base import Generation, Generator
from harness.registry import register_generator
from harness.results import RESULTS


class ReplayGenerator(Generator):
    name = "replay"

    def __init__(self, path: str | Path) -> None:
        p = Path(path)
        if p.is_dir():
            from harness.results import load_results

            records = load_results(p)
            p = p / RESULTS
        else:
            records = jsonl.read(p, schema="answer", unique=("id", "repeat"))
        self.path = p
        self.records: dict[tuple[str, int], dict[str, Any]] = {
            (r["id"], int(r.get("repeat", 0) or 0)): r for r in records}

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "path": str(self.path)}

    async def generate(self, question: dict[str, Any], repeat: int = 0) -> Generation:
        rec = self.records.get((question["id"], repeat)) or self.records.get((question["id"], 0))
        if rec is None:
            return Generation(None, error=f"no recorded answer for {question['id']!r} in {self.path}",
                              info={"generator": self.name})
        if rec.get("answer") is None:
            return Generation(None, error=rec.get("error") or "recorded item has no answer", info={"generator": self.name})
        return Generation(rec["answer"], list(rec.get("contexts") or []), info={"generator": self.name, "cached": True,
                                                                                "prompt_version": (rec.get("metadata") or {}).get("prompt_version")})


@register_generator("replay")
def make(options: dict[str, Any]) -> Generator:
    path = options.get("replay")
    if not path:
        raise InputError("the replay generator needs --replay FILE.jsonl or a run folder", field="--replay")
    return ReplayGenerator(path)
