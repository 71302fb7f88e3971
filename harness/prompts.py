"""Prompt templates (prompts/*.yaml, schema schemas/prompt.schema.json) for the openai generator.

A template has ``system`` and ``user`` format strings; ``user`` receives ``{question}`` and
``{sources}``, the question's passages each rendered with ``source_format`` and joined with
``source_separator``. ``sha256`` hashes only what reaches the model (system, user, source_format,
source_separator), so editing a comment or the description does not invalidate the response cache.
"""
from __future__ import annotations

import hashlib
import json
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from harness.errors import InputError
from harness.paths import prompts_dir

USER_FIELDS = frozenset({"question", "sources"})
SYSTEM_FIELDS = frozenset({"question", "sources"})
SOURCE_FIELDS = frozenset({"source_id", "title", "citation", "as_of", "url", "text", "n"})


@dataclass(frozen=True)
class PromptTemplate:
    version: str
    system: str
    user: str
    source_format: str
    source_separator: str
    path: str
    description: str = ""

    @property
    def sha256(self) -> str:
        payload = {"system": self.system, "user": self.user, "source_format": self.source_format,
                   "source_separator": self.source_separator}
        return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()

    def render_sources(self, sources: Sequence[Mapping[str, Any]]) -> str:
        parts = []
        for n, src in enumerate(sources, start=1):
            fields = {k: ("" if src.get(k) is None else src.get(k)) for k in SOURCE_FIELDS if k != "n"}
            parts.append(self.source_format.format(n=n, **fields))
        return self.source_separator.join(parts)

    def messages(self, question: str, sources: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
        values = {"question": question, "sources": self.render_sources(sources)}
        return [{"role": "system", "content": self.system.format(**values).rstrip("\n")},
                {"role": "user", "content": self.user.format(**values).rstrip("\n")}]


def _fields(template: str, path: Path, field: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise InputError(f"bad format string ({exc}); write literal braces as {{{{ and }}}}", path=path,
                         field=field) from None


def resolve(name_or_path: str | Path) -> Path:
    """``v1`` → prompts/v1.yaml in the shipped data; anything else is a path."""
    p = Path(name_or_path)
    if p.exists():
        return p
    shipped = prompts_dir() / f"{name_or_path}.yaml"
    if shipped.exists() and p.suffix == "" and len(p.parts) == 1:
        return shipped
    raise InputError("prompt template does not exist (give a path or a name from prompts/)", path=p, field="--prompt")


def load(name_or_path: str | Path) -> PromptTemplate:
    from harness import schemas
    from harness.textfiles import load_yaml

    path = resolve(name_or_path)
    data = load_yaml(path, "prompt template")
    if not isinstance(data, dict):
        raise InputError("expected a mapping with version, system, user, source_format", path=path)
    schemas.check(data, "prompt", path=path)
    allowed = {"system": SYSTEM_FIELDS, "user": USER_FIELDS, "source_format": SOURCE_FIELDS}
    for key, ok in allowed.items():
        unknown = _fields(data[key], path, key) - ok
        if unknown:
            raise InputError(f"unknown placeholder(s) {', '.join('{' + u + '}' for u in sorted(unknown))}; "
                             f"allowed: {', '.join('{' + a + '}' for a in sorted(ok))}", path=path, field=key)
    return PromptTemplate(version=str(data["version"]), system=data["system"], user=data["user"],
                          source_format=data["source_format"],
                          source_separator=data.get("source_separator", "\n\n"), path=str(path),
                          description=data.get("description", ""))
