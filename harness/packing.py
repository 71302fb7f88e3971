"""Packed run folders: results.jsonl keeps per item what changes per item, data.jsonl the rest once.

A scored item repeats, every time, its question, contexts and metadata (the dataset's, the same for
every answer and repeat of a question), each check's category, severity and direction (the
rubric's), and for clean checks a message and evidence nobody reads. Packed, results.jsonl holds
per item its id (and repeat), status, answer, error, generation and per check its rule and outcome
(plus score, and for failed or errored checks the message, evidence and spans: what a person greps
for; a clean pass without a score is its rule id alone); ``data.jsonl`` beside it holds, each once, in the order the items first need them:

- ``{"rule": ID, "category": ..., "severity": ..., "direction": ...}``: a rule's fixed fields;
- ``{"record": KEY, "fields": {...}}``: the dataset fields of an item (question, contexts,
  metadata and any other field of the answers record), content-addressed: KEY is the first 24
  hex digits of the SHA-256 of their JSON, so the answers and repeats of one question share it;
- ``{"notes": [ID, REPEAT], "checks": [{...}, ...]}``: what an item's checks moved out (message,
  evidence, spans of clean checks; the per-check ``details`` of harness.details), one entry per
  check in order, ``{}`` for a check that moved nothing.

A packed item says ``"record": KEY`` and, when it has notes, ``"notes": true``; its ``scores``
are left out when they are what harness.scoring.engine computes from its checks. Unpacking gives
back the item exactly as scored (same keys, same order): every reader goes through
``harness.results.iter_results``, which reads the two files in step (memory: the rules, the offset
of each record seen and a few recent records, never the run). Items in the full form (results
files written before packing, or by tools that do not pack) are read as they are; a file may mix
both. An item whose layout packing would not give back exactly is written in full.
"""
from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from pathlib import Path
from typing import IO, Any, Iterator

from harness.errors import InputError

DATA = "data.jsonl"
ITEM_KEYS = ("id", "repeat", "status", "checks", "scores", "answer", "error", "generation")
RECORD_MAIN = ("question", "contexts", "metadata")
CHECK_KEYS = ("rule", "category", "severity", "passed", "outcome", "score", "direction", "evidence", "message",
              "spans", "details")
RULE_FIELDS = ("category", "severity", "direction")
_OPTIONAL_CHECK = ("score", "evidence", "spans")  # left out of a packed check when null / empty
_CLEAN = ("pass", "not_graded")
RECENT_RECORDS = 256


# --------------------------------------------------------------------------- packing (writers)

def rule_table(rubric: Any) -> dict[str, tuple[Any, Any, Any]]:
    """(category, severity, direction) of every rule of a loaded rubric."""
    return {r.id: (r.category, r.severity, r.direction) for r in rubric.rules}


def _item_order(item: dict[str, Any]) -> list[str]:
    """The keys of an item as harness.scoring.engine.score_record lays them out."""
    extras = [k for k in item if k not in ITEM_KEYS and k not in RECORD_MAIN]
    order = extras + ["id", "question", "answer", "contexts", "metadata"]
    order += [k for k in ("repeat", "generation") if k in item]
    return order + ["status", "checks", "scores", "error"]


def scores_of(checks: list[dict[str, Any]]) -> dict[str, Any]:
    """An item's ``scores`` from its checks (harness.scoring.engine.score_record)."""
    graded = [c for c in checks if c["outcome"] in ("pass", "fail")]
    passed = sum(c["passed"] for c in graded)
    scores: dict[str, Any] = {"checks_passed": passed, "checks_graded": len(graded),
                              "pass_fraction": round(passed / len(graded), 4) if graded else None}
    for c in checks:
        if c["score"] is not None and c["category"] in ("rubric", "grounding"):
            scores[c["rule"]] = c["score"]
    return scores


def _pack_check(c: dict[str, Any], rules: dict[str, tuple[Any, Any, Any]]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(what stays in results.jsonl, what moves to the notes); None when the check must stay whole."""
    if list(c) != [k for k in CHECK_KEYS if k in c] or any(k not in c for k in CHECK_KEYS[:-1]):
        return None
    if c["passed"] is not (c["outcome"] == "pass") or rules.get(c["rule"]) != tuple(c[k] for k in RULE_FIELDS):
        return None
    if not isinstance(c["spans"], list) or ("details" in c and not isinstance(c["details"], dict)):
        return None
    kept: dict[str, Any] = {"rule": c["rule"], "outcome": c["outcome"]}
    moved: dict[str, Any] = {}
    clean = c["outcome"] in _CLEAN
    for k in ("score", "evidence", "message", "spans"):
        v = c[k]
        if clean and k != "score":
            moved[k] = v
        elif k in _OPTIONAL_CHECK and v in (None, []):
            continue
        else:
            kept[k] = v
    if "details" in c:
        moved["details"] = c["details"]
    return kept, moved


def record_fields(item: dict[str, Any]) -> dict[str, Any]:
    return {k: item[k] for k in item if k not in ITEM_KEYS}


def record_key(fields_json: str) -> str:
    return hashlib.sha256(fields_json.encode("utf-8")).hexdigest()[:24]


def pack(item: dict[str, Any], rules: dict[str, tuple[Any, Any, Any]]) -> tuple[dict[str, Any], tuple[str, dict[str, Any]] | None, dict[str, Any] | None] | None:
    """(packed item, (record key, record line) , notes line or None); None when ``item`` is kept
    whole (an unusual layout, or checks whose rules ``rules`` does not know)."""
    from harness.jsonl import dumps

    if list(item) != _item_order(item) or not isinstance(item.get("checks"), list):
        return None
    if not isinstance(item.get("metadata"), dict) or not isinstance(item.get("contexts"), list):
        return None
    packed_checks: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for c in item["checks"]:
        if not isinstance(c, dict):
            return None
        pc = _pack_check(c, rules)
        if pc is None:
            return None
        kept = pc[0]
        packed_checks.append(kept["rule"] if len(kept) == 2 and kept["outcome"] == "pass" else kept)
        notes.append(pc[1])
    fields = record_fields(item)
    key = record_key(dumps(fields))
    out: dict[str, Any] = {"id": item["id"]}
    if "repeat" in item:
        out["repeat"] = item["repeat"]
    out.update(status=item["status"], answer=item["answer"], error=item["error"])
    if "generation" in item:
        out["generation"] = item["generation"]
    out["checks"] = packed_checks
    derived = scores_of(item["checks"])
    if item["scores"] != derived or list(item["scores"]) != list(derived):
        out["scores"] = item["scores"]
    out["record"] = key
    note_line = None
    if any(notes):
        out["notes"] = True
        note_line = {"notes": [item["id"], int(item.get("repeat", 0))], "checks": notes}
    return out, (key, {"record": key, "fields": fields}), note_line


class PackedWriter:
    """Writes results.jsonl and data.jsonl of a run folder together (atomically, streaming).

    ``rules`` (harness.packing.rule_table of the rubric) are written first; without it each rule is
    written when first met. ``add`` takes a whole item; ``add_packed`` an item packed elsewhere (a
    scoring worker: harness.scoring.pool)."""

    def __init__(self, run_dir: str | Path, rules: dict[str, tuple[Any, Any, Any]] | None = None) -> None:
        from harness import atomic

        d = Path(run_dir)
        self._ctx_r = atomic.replacing(d / "results.jsonl")
        self._ctx_d = atomic.replacing(d / DATA)
        self._res = self._ctx_r.__enter__()
        try:
            self._data = self._ctx_d.__enter__()
        except BaseException as e:
            self._ctx_r.__exit__(type(e), e, e.__traceback__)
            raise
        self.rules: dict[str, tuple[Any, Any, Any]] = {}
        self.fixed = rules is not None
        self._records: set[str] = set()
        for rid, fields in (rules or {}).items():
            self._rule(rid, fields)

    def _put(self, fh: IO[bytes], line: str) -> None:
        fh.write(line.encode("utf-8") + b"\n")

    def _rule(self, rid: str, fields: tuple[Any, Any, Any]) -> None:
        from harness.jsonl import dumps

        self.rules[rid] = fields
        self._put(self._data, dumps({"rule": rid, **dict(zip(RULE_FIELDS, fields))}))

    def add(self, item: dict[str, Any]) -> None:
        from harness.jsonl import dumps

        if not self.fixed:
            for c in item.get("checks") or ():
                if isinstance(c, dict) and "rule" in c and c["rule"] not in self.rules and all(k in c for k in RULE_FIELDS):
                    self._rule(c["rule"], tuple(c[k] for k in RULE_FIELDS))
        packed = pack(item, self.rules)
        if packed is None:
            self._put(self._res, dumps(item))
            return
        out, (key, record), notes = packed
        self.add_packed(dumps(out), key, dumps(record) if key not in self._records else None,
                        dumps(notes) if notes is not None else None)

    def add_packed(self, line: str, key: str | None, record_line: str | None, notes_line: str | None) -> None:
        """``record_line`` may be None when it was written already (it is written once per key)."""
        if key is not None and key not in self._records:
            if record_line is None:
                raise ValueError(f"record {key} not written yet")
            self._records.add(key)
            self._put(self._data, record_line)
        if notes_line is not None:
            self._put(self._data, notes_line)
        self._put(self._res, line)

    def has_record(self, key: str) -> bool:
        return key in self._records

    def close(self) -> None:
        self._ctx_d.__exit__(None, None, None)
        self._ctx_r.__exit__(None, None, None)

    def abort(self, exc: BaseException) -> None:
        for ctx in (self._ctx_d, self._ctx_r):
            ctx.__exit__(type(exc), exc, exc.__traceback__)

    def __enter__(self) -> "PackedWriter":
        return self

    def __exit__(self, et: Any, e: Any, tb: Any) -> None:
        if e is None:
            self.close()
        else:
            self.abort(e)


def write_items(run_dir: str | Path, items: Any) -> None:
    """results.jsonl (+ data.jsonl) of ``items``, packed. ``items`` may be read from the same run
    folder as they are written (both files are replaced when the last item is written)."""
    with PackedWriter(run_dir) as w:
        for it in items:
            w.add(it)


def repack(run_dir: str | Path) -> None:
    """Rewrite a run folder's results in the packed form (``harness run`` appends items whole)."""
    from harness.results import iter_results

    write_items(run_dir, iter_results(run_dir))


# --------------------------------------------------------------------------- unpacking (readers)

class DataReader:
    """data.jsonl read in step with results.jsonl: rules and record offsets are kept as they are
    passed, notes are consumed in order, records are re-read by offset when not among the recent."""

    def __init__(self, path: Path) -> None:
        from harness.textfiles import check_regular, os_error

        self.path = path
        check_regular(path, "JSONL file")
        try:
            self._fh = path.open("rb")
            self._seek = path.open("rb")
        except OSError as exc:
            raise os_error(exc, path) from None
        self._line = 0
        self._offset = 0
        self.rules: dict[str, dict[str, Any]] = {}
        self._where: dict[str, tuple[int, int]] = {}  # record key -> (offset, line)
        self._recent: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._notes: dict[tuple[str, int], dict[str, Any]] = {}

    def close(self) -> None:
        self._fh.close()
        self._seek.close()

    def _parse(self, raw: bytes, line: int) -> dict[str, Any]:
        from harness import schemas
        from harness.textfiles import parse_json

        try:
            text = raw.decode("utf-8-sig" if line == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start} of the line)",
                             path=self.path, line=line) from None
        obj = parse_json(text, self.path, line)
        if not isinstance(obj, dict):
            raise InputError(f"expected a JSON object, got {type(obj).__name__}", path=self.path, line=line)
        schemas.check(obj, "result_data", path=self.path, line=line)
        return obj

    def _advance(self) -> bool:
        """Read the next line; False at the end of the file."""
        while True:
            raw = self._fh.readline()
            if not raw:
                return False
            self._line += 1
            offset, self._offset = self._offset, self._offset + len(raw)
            if raw.strip():
                break
        obj = self._parse(raw, self._line)
        if "rule" in obj:
            self.rules[obj["rule"]] = {k: obj[k] for k in RULE_FIELDS}
        elif "record" in obj:
            self._where.setdefault(obj["record"], (offset, self._line))
            self._remember(obj["record"], obj["fields"])
        else:
            key = (obj["notes"][0], int(obj["notes"][1]))
            if key in self._notes:
                raise InputError(f"notes of {key[0]!r} repeat {key[1]} given twice", path=self.path,
                                 line=self._line, field="notes")
            self._notes[key] = {"checks": obj["checks"], "line": self._line}
        return True

    def _remember(self, key: str, fields: dict[str, Any]) -> None:
        self._recent[key] = fields
        self._recent.move_to_end(key)
        while len(self._recent) > RECENT_RECORDS:
            self._recent.popitem(last=False)

    def record(self, key: str) -> dict[str, Any] | None:
        hit = self._recent.get(key)
        if hit is not None:
            self._recent.move_to_end(key)
            return hit
        where = self._where.get(key)
        if where is not None:
            self._seek.seek(where[0])
            fields = self._parse(self._seek.readline(), where[1])["fields"]
            self._remember(key, fields)
            return fields
        while self._advance():
            if key in self._where:
                return self._recent[key]
        return None

    def notes(self, key: tuple[str, int]) -> dict[str, Any] | None:
        while key not in self._notes:
            if not self._advance():
                return None
        return self._notes.pop(key)

    def rule(self, rid: str) -> dict[str, Any] | None:
        while rid not in self.rules:
            if not self._advance():
                return None
        return self.rules[rid]

    def leftover_notes(self) -> tuple[tuple[str, int], int] | None:
        """Notes that no item claimed (read so far, then to the end of the file)."""
        while self._advance():
            pass
        for key, n in self._notes.items():
            return key, n["line"]
        return None


def is_packed(item: dict[str, Any]) -> bool:
    return "record" in item


def unpack(item: dict[str, Any], data: DataReader | None, path: Path, line: int) -> dict[str, Any]:
    """The item as scored, from its packed form and data.jsonl (errors name results.jsonl:line)."""
    if data is None:
        raise InputError(f"packed item, but the run folder has no {DATA}", path=path, line=line, field="record")
    fields = data.record(item["record"])
    if fields is None:
        raise InputError(f"record {item['record']!r} not found in {DATA}", path=path, line=line, field="record")
    key = (item["id"], int(item.get("repeat", 0)))
    notes: list[dict[str, Any]] | None = None
    if item.get("notes"):
        found = data.notes(key)
        if found is None:
            raise InputError(f"notes of this item not found in {DATA}", path=path, line=line, field="notes")
        notes = found["checks"]
        if len(notes) != len(item["checks"]):
            raise InputError(f"{DATA} line {found['line']}: {len(notes)} notes for {len(item['checks'])} checks",
                             path=path, line=line, field="notes")
    checks: list[dict[str, Any]] = []
    for n, c in enumerate(item["checks"]):
        if isinstance(c, str):
            c = {"rule": c, "outcome": "pass"}
        elif "category" in c:  # a check kept whole
            checks.append(c)
            continue
        meta = data.rule(c["rule"])
        if meta is None:
            raise InputError(f"rule {c['rule']!r} not found in {DATA}", path=path, line=line, field=f"checks.{n}.rule")
        moved = notes[n] if notes is not None else {}
        full: dict[str, Any] = {"rule": c["rule"], "category": meta["category"], "severity": meta["severity"],
                                "passed": c["outcome"] == "pass", "outcome": c["outcome"],
                                "score": c.get("score"), "direction": meta["direction"]}
        for k, default in (("evidence", None), ("message", None), ("spans", [])):
            full[k] = c[k] if k in c else moved.get(k, default)
        if full["message"] is None:
            raise InputError("check without a message (in results.jsonl or its notes)", path=path, line=line,
                             field=f"checks.{n}.message")
        if "details" in moved:
            full["details"] = moved["details"]
        checks.append(full)
    out: dict[str, Any] = {}
    for k, v in fields.items():
        if k not in RECORD_MAIN:
            out[k] = v
    out["id"] = item["id"]
    out["question"] = fields.get("question")
    out["answer"] = item["answer"]
    out["contexts"] = fields.get("contexts", [])
    out["metadata"] = fields.get("metadata", {})
    for k in ("repeat", "generation"):
        if k in item:
            out[k] = item[k]
    out["status"] = item["status"]
    out["checks"] = checks
    out["scores"] = item["scores"] if "scores" in item else scores_of(checks)
    out["error"] = item["error"]
    return out


def open_data(run_dir: Path) -> DataReader | None:
    p = run_dir / DATA
    return DataReader(p) if p.exists() else None


def iter_unpacked(results: Path, data: DataReader | None, items: Iterator[tuple[int, dict[str, Any]]]
                  ) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, item) with packed items unpacked; at the end, notes no item claimed are an error."""
    any_packed = False
    for n, it in items:
        if is_packed(it):
            any_packed = True
            it = unpack(it, data, results, n)
        yield n, it
    if any_packed and data is not None:
        left = data.leftover_notes()
        if left is not None:
            raise InputError(f"notes of {left[0][0]!r} repeat {left[0][1]}, but no such packed item in results.jsonl",
                             path=data.path, line=left[1], field="notes")


