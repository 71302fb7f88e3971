"""Clinician review round-trip: import exported review files, and agreement statistics per rule.

A clinician marks items in report.html / compare.html as agree/disagree with the automated verdict
(overall and per check), sets their own severity and comments; the page exports
``review-<name>.json`` (schemas/review.schema.json). ``harness review import FILE --run DIR``
validates it against the run and stores it as ``DIR/reviews/review-<name>.json``.
``harness review stats`` turns every stored review into (harness label, clinician label) pairs —
per check: the clinician's label is the harness outcome when they agree and the opposite when they
disagree — and reports confusion counts and Cohen's kappa per rule, so the team sees which automated
rules clinicians trust.
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from harness import schemas
from harness.errors import InputError
from harness.textfiles import parse_json, read_text

REVIEWS = "reviews"

# --------------------------------------------------------------------------- JSON with line numbers

_WS = re.compile(r"[ \t\n\r]*")
_NUM = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")


def json_line_map(text: str) -> dict[tuple[Any, ...], int]:
    """Line (1-based) where the value at each JSON path starts; text must already be valid JSON."""
    lines: dict[tuple[Any, ...], int] = {}
    decoder = json.JSONDecoder()

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    def value(pos: int, path: tuple[Any, ...]) -> int:
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        lines[path] = line_of(pos)
        ch = text[pos]
        if ch == "{":
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            if text[pos] == "}":
                return pos + 1
            while True:
                key, pos = decoder.raw_decode(text, _WS.match(text, pos).end())  # type: ignore[union-attr]
                pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]  # the ':'
                pos = value(pos, (*path, key))
                pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
                if text[pos] == "}":
                    return pos + 1
                pos += 1  # ','
        if ch == "[":
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            if text[pos] == "]":
                return pos + 1
            i = 0
            while True:
                pos = value(pos, (*path, i))
                pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
                if text[pos] == "]":
                    return pos + 1
                pos += 1
                i += 1
        _, end = decoder.raw_decode(text, pos)
        return end

    try:
        value(0, ())
    except (ValueError, IndexError):  # pragma: no cover - text was validated by json.loads first
        pass
    return lines


def _line(lines: dict[tuple[Any, ...], int], path: Iterable[Any]) -> int | None:
    p = tuple(path)
    while p not in lines and p:
        p = p[:-1]
    return lines.get(p)


def load_review_file(path: str | Path) -> tuple[dict[str, Any], dict[tuple[Any, ...], int]]:
    """Parse and schema-check a review file; every error names file, line and field (exit 2)."""
    p = Path(path)
    text = read_text(p, "review JSON file")
    data = parse_json(text, p)
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}", path=p, line=1)
    lines = json_line_map(text)
    errors = list(schemas.validator("review").iter_errors(data))
    if errors:
        from jsonschema.exceptions import best_match

        err = best_match(errors)
        field, message = schemas.describe(err)
        raise InputError(f"does not match review schema: {message}", path=p,
                         line=_line(lines, err.absolute_path), field=field)
    return data, lines


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-") or "anonymous"


def import_review(file: str | Path, run_dir: str | Path) -> tuple[Path, dict[str, Any]]:
    """Validate ``file`` against the run's results and store it in ``run_dir/reviews/``."""
    from harness.results import load_results

    data, lines = load_review_file(file)
    items = {(it["id"], int(it.get("repeat", 0))): it for it in load_results(run_dir)}
    seen: dict[tuple[str, int], int] = {}
    for n, rv in enumerate(data["items"]):
        key = (rv["id"], int(rv.get("repeat", 0)))
        where = ("items", n)
        if key in seen:
            raise InputError(f"item {key[0]!r} repeat {key[1]} reviewed twice (also items.{seen[key]})",
                             path=file, line=_line(lines, (*where, "id")), field=f"items.{n}.id")
        seen[key] = n
        it = items.get(key)
        if it is None:
            raise InputError(f"item {key[0]!r} repeat {key[1]} is not in run {run_dir}: was this review made on "
                             "another run's report?", path=file, line=_line(lines, (*where, "id")), field=f"items.{n}.id")
        if rv.get("harness_status") and rv["harness_status"] != it["status"]:
            raise InputError(f"the report said {rv['harness_status']!r} but run {run_dir} has {it['status']!r} for "
                             f"{key[0]}: the review belongs to another run", path=file,
                             line=_line(lines, (*where, "harness_status")), field=f"items.{n}.harness_status")
        outcomes = {c["rule"]: c.get("outcome") for c in it["checks"]}
        for m, ch in enumerate(rv.get("checks") or []):
            cw = (*where, "checks", m)
            if ch["rule"] not in outcomes:
                raise InputError(f"rule {ch['rule']!r} was not checked on {key[0]} in run {run_dir}", path=file,
                                 line=_line(lines, (*cw, "rule")), field=f"items.{n}.checks.{m}.rule")
            if outcomes[ch["rule"]] != ch["harness_outcome"]:
                raise InputError(f"the report said {ch['rule']} was {ch['harness_outcome']!r} on {key[0]} but run "
                                 f"{run_dir} has {outcomes[ch['rule']]!r}: the review belongs to another run",
                                 path=file, line=_line(lines, (*cw, "harness_outcome")),
                                 field=f"items.{n}.checks.{m}.harness_outcome")
    data["imported"] = {"at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "from": str(file), "run": str(run_dir)}
    out_dir = Path(run_dir) / REVIEWS
    out_dir.mkdir(exist_ok=True)
    dest = out_dir / f"review-{slug(data['reviewer'])}.json"
    from harness import atomic

    atomic.write_text(dest, json.dumps(data, indent=2, ensure_ascii=True) + "\n")
    return dest, data


def find_reviews(run_dirs: Iterable[str | Path] | None = None, root: str | Path = "reports") -> list[Path]:
    """Stored review files of the given run folders, or of every run folder under ``root``."""
    if run_dirs:
        files = []
        for d in run_dirs:
            if not Path(d).is_dir():
                raise InputError("run folder does not exist", path=d)
            files += sorted((Path(d) / REVIEWS).glob("review-*.json"))
        return files
    return sorted(Path(root).glob(f"**/{REVIEWS}/review-*.json"))


# --------------------------------------------------------------------------- agreement statistics

def cohen_kappa(a: int, b: int, c: int, d: int) -> float | None:
    """Cohen's kappa of a 2x2 table [[a, b], [c, d]] (rows: harness fail/pass; cols: clinician fail/pass).

    None when chance agreement is 1 (both raters used a single label): kappa is undefined there.
    """
    n = a + b + c + d
    if n == 0:
        return None
    po = (a + d) / n
    pe = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n)
    if pe >= 1:
        return None
    return round((po - pe) / (1 - pe), 4)


def pairs(reviews: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (reviewer, item, rule) judgement: harness label vs clinician label ('fail'/'pass').

    Rule ``(item verdict)`` holds the item-level judgement (harness status failed → 'fail').
    """
    out: list[dict[str, Any]] = []
    flip = {"fail": "pass", "pass": "fail"}
    for rv in reviews:
        who = rv["reviewer"]
        for it in rv["items"]:
            rep = int(it.get("repeat", 0))
            status = it.get("harness_status")
            if it.get("verdict") and status in ("passed", "failed"):
                h = "fail" if status == "failed" else "pass"
                out.append({"reviewer": who, "id": it["id"], "repeat": rep, "rule": "(item verdict)",
                            "harness": h, "clinician": h if it["verdict"] == "agree" else flip[h],
                            "harness_severity": None, "clinician_severity": it.get("severity")})
            for ch in it.get("checks") or []:
                if not ch.get("verdict"):
                    continue
                h = ch["harness_outcome"]
                out.append({"reviewer": who, "id": it["id"], "repeat": rep, "rule": ch["rule"], "harness": h,
                            "clinician": h if ch["verdict"] == "agree" else flip[h],
                            "harness_severity": ch.get("harness_severity"), "clinician_severity": ch.get("severity")})
    return out


def agreement(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per rule: confusion counts, raw agreement and Cohen's kappa; plus the pooled total."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["rule"]].append(r)

    def summarize(rs: list[dict[str, Any]]) -> dict[str, Any]:
        cm = {"harness_fail_clinician_fail": 0, "harness_fail_clinician_pass": 0,
              "harness_pass_clinician_fail": 0, "harness_pass_clinician_pass": 0}
        for r in rs:
            cm[f"harness_{r['harness']}_clinician_{r['clinician']}"] += 1
        a, b, c, d = cm.values()
        n = a + b + c + d
        sev = [r for r in rs if r["harness"] == "fail" and r["clinician"] == "fail" and r.get("clinician_severity")
               and r.get("harness_severity") and r["clinician_severity"] != r["harness_severity"]]
        return {"n": n, "reviewers": len({r["reviewer"] for r in rs}), "confusion": cm,
                "agreement": round((a + d) / n, 4) if n else None, "kappa": cohen_kappa(a, b, c, d),
                "false_alarms": sorted({r["id"] for r in rs if r["harness"] == "fail" and r["clinician"] == "pass"}),
                "missed": sorted({r["id"] for r in rs if r["harness"] == "pass" and r["clinician"] == "fail"}),
                "severity_changed": len(sev)}

    per_rule = {rule: summarize(rs) for rule, rs in sorted(groups.items())}
    checks_only = [r for r in rows if r["rule"] != "(item verdict)"]
    return {"reviewers": sorted({r["reviewer"] for r in rows}), "judgements": len(rows),
            "rules": per_rule, "all_checks": summarize(checks_only)}


def stats(files: list[Path]) -> dict[str, Any]:
    reviews = []
    for f in files:
        data, _ = load_review_file(f)
        reviews.append(data)
    out = agreement(pairs(reviews))
    out["files"] = [str(f) for f in files]
    return out


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def render_stats(st: dict[str, Any]) -> str:
    """Plain-text table for the terminal (kappa n/a = one label only, undefined)."""
    lines = [f"{len(st['files'])} review file(s), {len(st['reviewers'])} reviewer(s): {', '.join(st['reviewers'])}; "
             f"{st['judgements']} judgements",
             "",
             f"{'rule':34} {'n':>4} {'agree':>6} {'kappa':>6}  {'H fail/C fail':>13} {'H fail/C pass':>13} "
             f"{'H pass/C fail':>13} {'H pass/C pass':>13}"]
    rows = list(st["rules"].items()) + [("ALL CHECKS", st["all_checks"])]
    for rule, r in rows:
        cm = r["confusion"]
        lines.append(f"{rule[:34]:34} {r['n']:>4} {_fmt(r['agreement']):>6} {_fmt(r['kappa']):>6}  "
                     f"{cm['harness_fail_clinician_fail']:>13} {cm['harness_fail_clinician_pass']:>13} "
                     f"{cm['harness_pass_clinician_fail']:>13} {cm['harness_pass_clinician_pass']:>13}")
    distrusted = [(rule, r) for rule, r in st["rules"].items() if r["false_alarms"] and rule != "(item verdict)"]
    if distrusted:
        lines += ["", "Clinicians overruled these failures (harness fail, clinician pass):"]
        lines += [f"  {rule}: {', '.join(r['false_alarms'][:15])}" for rule, r in distrusted]
    missed = [(rule, r) for rule, r in st["rules"].items() if r["missed"] and rule != "(item verdict)"]
    if missed:
        lines += ["", "Clinicians flagged problems the harness passed:"]
        lines += [f"  {rule}: {', '.join(r['missed'][:15])}" for rule, r in missed]
    return "\n".join(lines)
