"""Domain profiles for the offline grounding verifier, loaded from data (rubrics/lexicons/*.yaml).

A profile is everything the verifier knows about a domain: phrase rewrites that make two phrasings
compare equal ("CAR T-cell therapy" = "CAR-T"), word synonyms, entity classes, hypernyms ("blood
cancers" covers lymphoma), brand <-> generic drug names, antonym pairs and language cues. Keeping it
as data means a team can extend the oncology profile (``extends: oncology``) or replace it without
touching code, and a clinician can read why two phrasings were treated as the same.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_PROFILE = "oncology"


@dataclass(frozen=True, eq=False)
class Profile:
    """A compiled domain profile. Compared and hashed by identity (it keys the normalise cache)."""

    name: str
    source: str
    stemmer: Any
    cased: tuple[tuple[re.Pattern[str], str], ...]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    word_synonyms: dict[str, str]            # stem -> canonical stem
    entities: dict[str, frozenset[str]]      # cancer / organ / cancer_noun / biomarker / therapy
    hypernyms: dict[str, frozenset[str]]     # class -> members (canonical tokens)
    drug_alias: dict[str, str]               # brand or generic word -> brand id
    drug_classes: dict[str, tuple[str, ...]]  # brand id -> therapy classes
    drug_suffix: re.Pattern[str]
    antonyms: dict[str, frozenset[str]]      # stem -> stems of its antonyms
    cues: dict[str, re.Pattern[str]]
    predicates: dict[str, re.Pattern[str]]
    fingerprint: str = field(default="")

    def stem(self, word: str) -> str:
        return self.stemmer.stemWord(word)


def profiles_dir() -> Path:
    from harness.paths import rubrics_dir

    return rubrics_dir() / "lexicons"


def resolve(name_or_path: str | Path | None) -> Path:
    """A profile name ("oncology") or a YAML path."""
    from harness.errors import InputError

    ref = str(name_or_path or DEFAULT_PROFILE)
    p = Path(ref)
    if p.suffix in (".yaml", ".yml"):
        if not p.is_file():
            raise InputError(f"grounding lexicon not found: {p}", path=str(p))
        return p
    cand = profiles_dir() / f"{ref}.yaml"
    if not cand.is_file():
        known = sorted(x.stem for x in profiles_dir().glob("*.yaml"))
        raise InputError(f"unknown grounding lexicon '{ref}' (known: {', '.join(known)}; or give a .yaml path)")
    return cand


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``extends``: lists are appended, mappings merged (the extending file wins), scalars replaced."""
    out = dict(base)
    for k, v in over.items():
        if k == "extends":
            continue
        if isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + v
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _raw(path: Path, depth: int = 0) -> dict[str, Any]:
    from harness import schemas
    from harness.errors import InputError
    from harness.textfiles import load_yaml

    data = load_yaml(path, "grounding lexicon")
    schemas.check(data, "lexicon", path=str(path))
    parent = data.get("extends")
    if parent:
        if depth > 4:
            raise InputError("grounding lexicon 'extends' nests too deeply", path=str(path), field="extends")
        data = _merge(_raw(resolve(parent), depth + 1), data)
    return data


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> Profile:
    import hashlib

    import Stemmer

    from harness.errors import InputError

    d = _raw(Path(path))
    try:
        stemmer = Stemmer.Stemmer(d.get("language", "english"))
    except KeyError as e:
        raise InputError(f"no Snowball stemmer for language '{d.get('language')}'", path=path,
                         field="language") from e

    def compile_(pat: str, where: str, flags: int = 0) -> re.Pattern[str]:
        try:
            return re.compile(pat, flags)
        except re.error as e:
            raise InputError(f"bad regex ({e})", path=path, field=where) from e

    def st(w: str) -> str:
        return stemmer.stemWord(w.lower())

    cased = tuple((compile_(r["pattern"], "cased_rewrites"), r["replace"]) for r in d.get("cased_rewrites", []))
    rewrites = tuple((compile_(r["pattern"], "rewrites"), r["replace"]) for r in d.get("rewrites", []))
    syn = {st(k): st(v) for k, v in (d.get("word_synonyms") or {}).items()}
    ents = {k: frozenset(v) for k, v in (d.get("entities") or {}).items()}
    for k in ("cancer", "organ", "cancer_noun", "biomarker", "therapy"):
        ents.setdefault(k, frozenset())
    hyper = {k: frozenset(v) for k, v in (d.get("hypernyms") or {}).items()}
    alias: dict[str, str] = {}
    classes: dict[str, tuple[str, ...]] = {}
    for brand, info in (d.get("drugs") or {}).items():
        b = brand.lower()
        alias[b] = b
        classes[b] = tuple(info.get("classes", []))
        for w in re.findall(r"[a-z][a-z-]+", str(info.get("generic", "")).lower()):
            if len(w) >= 6:
                alias.setdefault(w, b)
    ant: dict[str, set[str]] = {}
    for a, b in d.get("antonyms", []):
        ant.setdefault(st(a), set()).add(st(b))
        ant.setdefault(st(b), set()).add(st(a))
    cues = {k: compile_(v, f"cues.{k}") for k, v in (d.get("cues") or {}).items() if isinstance(v, str)}
    preds = {k: compile_(v, f"cues.predicates.{k}") for k, v in ((d.get("cues") or {}).get("predicates") or {}).items()}
    for k in ("hedges", "certainty", "investigational", "evidence_uncertain"):
        cues.setdefault(k, re.compile(r"(?!x)x"))
    fp = hashlib.sha256(repr(sorted(d.items(), key=lambda kv: kv[0])).encode()).hexdigest()[:12]
    return Profile(
        name=str(d.get("name", Path(path).stem)), source=path, stemmer=stemmer, cased=cased, rewrites=rewrites,
        word_synonyms=syn, entities=ents, hypernyms=hyper, drug_alias=alias, drug_classes=classes,
        drug_suffix=compile_(d.get("drug_suffix", r"(?!x)x"), "drug_suffix"),
        antonyms={k: frozenset(v) for k, v in ant.items()}, cues=cues, predicates=preds, fingerprint=fp)


@lru_cache(maxsize=32)
def _resolved(ref: str | None, cwd: str) -> str:
    """Absolute path of a profile name or path (``cwd`` keys the cache: a relative path depends on it)."""
    return str(resolve(ref).resolve())


def load(name_or_path: str | Path | None = None) -> Profile:
    """The compiled profile (cached until the file changes; where a name points is looked up once)."""
    try:
        p = _resolved(None if name_or_path is None else str(name_or_path), os.getcwd())
        mtime = Path(p).stat().st_mtime
    except FileNotFoundError:  # moved or deleted since: look it up again (InputError when gone)
        _resolved.cache_clear()
        p = str(resolve(name_or_path).resolve())
        mtime = Path(p).stat().st_mtime
    return _load(p, mtime)
