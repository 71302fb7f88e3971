"""Clinician review round-trip: import exported review files, and agreement statistics per rule.

A clinician marks items in report.html / compare.html as agree/disagree with the automated verdict
(overall and per check), sets their own severity and comments; the page exports
``review-<name>.json`` (schemas/review.schema.json). ``harness review import FILE --run DIR``
validates it against the run and stores it as ``DIR/reviews/review-<name>.json``.
``harness review stats`` turns every stored review into (harness label, clinician label) pairs —
per check: the clinician's label is the harness outcome when they agree and the opposite when they
disagree — and reports per rule the confusion counts, the precision of the rule's failures and
Cohen's kappa with an interval (harness/agreement.py), so the team sees which automated rules
clinicians trust, and how far two clinicians agree with each other.
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from harness import schemas
from harness.agreement import ITEM_VERDICT, MIN_KAPPA, agreement, fmt_kappa, fmt_share
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

def pairs(reviews: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (reviewer, item, rule) judgement: harness label vs clinician label ('fail'/'pass').

    Rule ``(item verdict)`` holds the item-level judgement (harness status failed → 'fail'). ``run``
    is the run folder the review was imported into: the same id in two runs is two answers.
    """
    out: list[dict[str, Any]] = []
    flip = {"fail": "pass", "pass": "fail"}
    for rv in reviews:
        who = rv["reviewer"]
        run = (rv.get("imported") or {}).get("run") or rv["report"].get("run")
        for it in rv["items"]:
            rep = int(it.get("repeat", 0))
            status = it.get("harness_status")
            if it.get("verdict") and status in ("passed", "failed"):
                h = "fail" if status == "failed" else "pass"
                out.append({"reviewer": who, "run": run, "id": it["id"], "repeat": rep, "rule": ITEM_VERDICT,
                            "harness": h, "clinician": h if it["verdict"] == "agree" else flip[h],
                            "harness_severity": None, "clinician_severity": it.get("severity")})
            for ch in it.get("checks") or []:
                if not ch.get("verdict"):
                    continue
                h = ch["harness_outcome"]
                out.append({"reviewer": who, "run": run, "id": it["id"], "repeat": rep, "rule": ch["rule"], "harness": h,
                            "clinician": h if ch["verdict"] == "agree" else flip[h],
                            "harness_severity": ch.get("harness_severity"), "clinician_severity": ch.get("severity")})
    return out


def load_reviews(files: Iterable[Path]) -> list[dict[str, Any]]:
    """Stored review files, schema-checked (one file per reviewer and run: re-import replaces)."""
    return [load_review_file(f)[0] for f in files]


def stats(files: list[Path], min_kappa: float = MIN_KAPPA) -> dict[str, Any]:
    out = agreement(pairs(load_reviews(files)), min_kappa)
    out["files"] = [str(f) for f in files]
    return out


def stats_of_run(run_dir: str | Path, min_kappa: float = MIN_KAPPA) -> dict[str, Any] | None:
    """Agreement of the reviews stored in a run folder (None when there are none): for the reports."""
    files = sorted((Path(run_dir) / REVIEWS).glob("review-*.json"))
    if not files:
        return None
    out = stats(files, min_kappa)
    out["comments"] = comments(load_reviews(files))
    return out


def comments(reviews: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each reviewer's verdict, severity and comment per item (key 'id#repeat'), for the report."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rv in reviews:
        for it in rv["items"]:
            out[f"{it['id']}#{int(it.get('repeat', 0))}"].append(
                {"reviewer": rv["reviewer"], "verdict": it.get("verdict"), "severity": it.get("severity"),
                 "comment": it.get("comment") or "",
                 "disagreed": [c["rule"] for c in it.get("checks") or [] if c.get("verdict") == "disagree"]})
    return dict(out)


def render_stats(st: dict[str, Any]) -> str:
    """Plain-text table for the terminal (kappa n/a = one label only, undefined)."""
    from harness.escape import terminal

    lines = [f"{len(st['files'])} review file(s), {len(st['reviewers'])} reviewer(s): "
             f"{terminal(', '.join(st['reviewers']))}; {st['judgements']} judgements",
             f"precision = share of the rule's failures clinicians confirm (Wilson 95% CI); kappa = Cohen's kappa "
             f"harness vs clinician (95% bootstrap CI over items); ! = kappa below {st['min_kappa']:g}",
             "",
             f"  {'rule':34} {'n':>4} {'agree':>6} {'precision':>18} {'kappa':>20}  {'H fail/C fail':>13} "
             f"{'H fail/C pass':>13} {'H pass/C fail':>13} {'H pass/C pass':>13}"]
    rows = list(st["rules"].items()) + [("ALL CHECKS", st["all_checks"])]
    for rule, r in rows:
        cm = r["confusion"]
        flag = "!" if r["below"] else " "
        lines.append(f"{flag} {terminal(rule)[:34]:34} {r['n']:>4} {fmt_share(r['agreement']):>6} "
                     f"{fmt_share(r['precision'], r['precision_ci']):>18} {fmt_kappa(r):>20}  "
                     f"{cm['harness_fail_clinician_fail']:>13} {cm['harness_fail_clinician_pass']:>13} "
                     f"{cm['harness_pass_clinician_fail']:>13} {cm['harness_pass_clinician_pass']:>13}")
    below = [rule for rule, r in st["rules"].items() if r["below"] and rule != ITEM_VERDICT]
    if below:
        lines += ["", f"Below the agreement threshold (kappa < {st['min_kappa']:g}): {terminal(', '.join(below))}"]
    for pair in st["inter_rater"]:
        c = pair["checks"]
        lines += ["", f"Inter-rater ({terminal(' vs '.join(pair['reviewers']))}): kappa {fmt_kappa(c)} over "
                      f"{c['n']} checks on {c['items']} items (raw agreement {fmt_share(c['agreement'])}); "
                      f"item verdicts {fmt_kappa(pair['item_verdicts'])} (n={pair['item_verdicts']['n']})"]
    distrusted = [(rule, r) for rule, r in st["rules"].items() if r["false_alarms"] and rule != ITEM_VERDICT]
    if distrusted:
        lines += ["", "Clinicians overruled these failures (harness fail, clinician pass):"]
        lines += [f"  {terminal(rule)}: {terminal(', '.join(r['false_alarms'][:15]))}" for rule, r in distrusted]
    missed = [(rule, r) for rule, r in st["rules"].items() if r["missed"] and rule != ITEM_VERDICT]
    if missed:
        lines += ["", "Clinicians flagged problems the harness passed:"]
        lines += [f"  {terminal(rule)}: {terminal(', '.join(r['missed'][:15]))}" for rule, r in missed]
    return "\n".join(lines)
