"""The config file: ``[tool.harness]`` in pyproject.toml, or harness.toml with the same tables.

One table per command whose keys are that command's long option names (``[tool.harness.run]``
``dataset = "questions.jsonl"``), and named profiles (``[tool.harness.profiles.ci.run]``) chosen with
``--profile NAME``. Precedence, lowest first: the option's default, the command's table, the
profile's table, the command line. Relative paths in the file are relative to the file's folder.
The file is validated by schemas/config.schema.json (generated from the command-line parser by
``harness docs``); an unknown table or key is an input error naming the file, line and key.
"""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.errors import InputError

FILES = ("harness.toml", "pyproject.toml")
DEFAULT = "default"
COMMAND_LINE = "command line"


@dataclass
class ConfigFile:
    """A parsed config file: its path, the harness tables and how they are named in it."""

    path: Path
    tables: dict[str, Any]
    prefix: str  # "tool.harness." in pyproject.toml, "" in harness.toml

    def label(self, *keys: str) -> str:
        """``pyproject.toml [tool.harness.profiles.ci.run]`` — where a value came from."""
        return f"{self.path.name} [{self.prefix}{'.'.join(keys)}]"

    def table(self, command: str, profile: str | None = None) -> dict[str, Any]:
        if profile is None:
            return dict(self.tables.get(command) or {})
        profiles = self.tables.get("profiles") or {}
        if profile not in profiles:
            raise InputError(f"unknown profile {profile!r} (defined: {', '.join(sorted(profiles)) or 'none'})",
                             path=self.path, field="--profile")
        return dict(profiles[profile].get(command) or {})


@dataclass
class Resolved:
    """The effective option values of one command and where each came from."""

    values: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)
    config: ConfigFile | None = None
    profile: str | None = None


def find(start: Path) -> Path | None:
    """The config file for a command run in ``start``: the nearest folder (``start`` or a parent)
    holding harness.toml or a pyproject.toml; None when that pyproject.toml has no [tool.harness]."""
    for folder in (start, *start.parents):
        for name in FILES:
            p = folder / name
            if p.is_file():
                if name == "pyproject.toml" and not _has_tool_harness(p):
                    return None  # the project root, without harness settings
                return p
    return None


def _has_tool_harness(path: Path) -> bool:
    return bool(re.search(r"^\s*\[\s*tool\.harness[.\]\s]", _read(path), re.M))


def _read(path: Path) -> str:
    from harness.textfiles import read_text

    return read_text(path, "config file")


def load(path: Path) -> ConfigFile:
    """Parse and validate a config file (exit 2 naming file, line and key on any problem)."""
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise InputError(f"not valid TOML: {exc}", path=path, line=int(m.group(1)) if m else None) from None
    if path.name == "pyproject.toml":
        tables, prefix = (data.get("tool") or {}).get("harness") or {}, "tool.harness."
    else:
        tables, prefix = data, ""
    cfg = ConfigFile(path, tables, prefix)
    _validate(cfg, text)
    return cfg


def _validate(cfg: ConfigFile, text: str) -> None:
    from harness import schemas

    errors = list(schemas.validator("config").iter_errors(cfg.tables))
    if not errors:
        return
    err = schemas.best_match(errors)
    keys = [str(k) for k in err.absolute_path]
    if err.validator == "additionalProperties":
        allowed = list((err.schema.get("properties") or {}))
        unknown = sorted(k for k in err.instance if k not in allowed)
        key = unknown[0] if unknown else "?"
        close = difflib.get_close_matches(key, allowed, n=1)
        table = cfg.prefix + ".".join(keys) if keys else cfg.prefix.rstrip(".") or "top level"
        message = (f"unknown key {key!r} in [{table}]" + (f" (did you mean {close[0]!r}?)" if close else "")
                   + f"; known: {', '.join(allowed)}")
        raise InputError(message, path=cfg.path, line=_line_of(text, keys, key),
                         field=cfg.prefix + ".".join([*keys, key]))
    _, message = schemas.describe(err)
    raise InputError(f"does not match the config schema: {message}", path=cfg.path,
                     line=_line_of(text, keys[:-1], keys[-1]) if keys else None, field=cfg.prefix + ".".join(keys))


def _line_of(text: str, table: list[str], key: str) -> int | None:
    """The 1-based line of ``key`` (as a key or a table name) in the file, searched after the
    header of ``table`` when there is one: good enough to point a person at it."""
    lines = text.splitlines()
    start = 0
    if table:
        header = re.compile(r"^\s*\[\s*(tool\.harness\.)?" + r"\s*\.\s*".join(map(re.escape, table)) + r"\s*\]")
        start = next((i for i, ln in enumerate(lines) if header.match(ln)), 0)
    pat = re.compile(r"^\s*(\[\s*[\w.\s-]*\.)?\s*\"?" + re.escape(key) + r"\"?\s*(=|\]|\.)")
    for i in range(start, len(lines)):
        if pat.match(lines[i]):
            return i + 1
    return None


def option_keys(subparser: Any) -> dict[str, Any]:
    """Config key (the long option name without ``--``) → argparse action, for one command."""
    import argparse

    out: dict[str, Any] = {}
    for action in subparser._actions:
        longs = [s for s in action.option_strings if s.startswith("--")]
        if not longs or action.help == argparse.SUPPRESS or action.dest in NOT_CONFIGURABLE:
            continue
        out[longs[0][2:]] = action
    return out


NOT_CONFIGURABLE = ("help", "profile", "config", "show_config", "version")


def convert(value: Any, action: Any, base: Path) -> Any:
    """A TOML value as the command line would have produced it (paths relative to ``base``)."""
    if isinstance(value, str) and action.type is Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p
    if isinstance(value, list) and action.type is Path:
        return [convert(v, action, base) for v in value]
    return value


def resolve(command: str, subparser: Any, parsed: dict[str, Any], explicit: set[str],
            cfg: ConfigFile | None, profile: str | None) -> Resolved:
    """Layer defaults < the command's table < the profile's table < the command line."""
    values = dict(parsed)
    sources = {dest: (COMMAND_LINE if dest in explicit else DEFAULT) for dest in parsed}
    if profile and cfg is None:
        raise InputError(f"--profile {profile}: no config file found (harness.toml, or [tool.harness] in "
                         "pyproject.toml, here or in a parent folder)", field="--profile")
    if cfg is not None:
        keys = option_keys(subparser)
        layers = [(cfg.table(command), cfg.label(command))]
        if profile:
            layers.append((cfg.table(command, profile), cfg.label("profiles", profile, command)))
        for table, label in layers:
            for key, value in table.items():
                action = keys[key]  # the schema has refused unknown keys
                if action.dest in explicit:
                    continue
                values[action.dest] = convert(value, action, cfg.path.parent)
                sources[action.dest] = label
    return Resolved(values, sources, cfg, profile)


def render(command: str, resolved: Resolved, subparser: Any) -> str:
    """``harness config``: each option that has a value, with where it came from."""
    keys = option_keys(subparser)
    rows = []
    for key, action in keys.items():
        value = resolved.values.get(action.dest)
        if value is None:
            continue
        shown = str(value) if not isinstance(value, list) else ", ".join(map(str, value))
        rows.append((key, shown, resolved.sources.get(action.dest, DEFAULT)))
    width = max((len(k) + len(v) for k, v, _ in rows), default=0) + 3
    lines = [f"[{command}]"]
    lines += [f"  {k} = {v}".ljust(width + 2) + f"  # {src}" for k, v, src in rows]
    return "\n".join(lines)
