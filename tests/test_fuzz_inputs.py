"""issue 14: hostile inputs never crash the harness.

1. A generator of >= 200 malformed inputs (answers, questions, rubrics, review files, gate configs,
   special files): every one exits 2 with one line naming the file, never a traceback.
2. Property-based (hypothesis, derandomized, bounded): arbitrary answers, questions, rubrics and
   review files give an exit code in {0, 1, 2, 3} (4 would be a crash) and no traceback.
"""
from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generation_helpers import LIGHT_RUBRIC
from harness import cli
from harness.paths import data_root
from harness.registry import check_params_schema

ANSWER = {"id": "a1", "question": "How does CAR-T work?", "answer": "For informational purposes only. Text."}
QUESTION = json.loads((data_root() / "datasets" / "questions.jsonl").read_text(encoding="utf-8").split("\n")[0])
DEFAULT_RUBRIC = yaml.safe_load((data_root() / "rubrics" / "default.yaml").read_text(encoding="utf-8"))
REVIEW = {"schema_version": 1, "reviewer": "Dr. Lee", "report": {"kind": "run"},
          "items": [{"id": "a1", "repeat": 0, "verdict": "agree", "severity": None, "comment": ""}]}
BAD_VALUES = [1, 1.5, None, True, [], {}, "", "x", -1, float("nan")]


def call(argv: list[str]) -> tuple[int, str]:
    """Run the CLI in-process; return (exit code, stdout + stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = cli.main(argv)
        except SystemExit as exc:  # argparse usage errors
            rc = int(exc.code or 0)
    return rc, out.getvalue() + err.getvalue()


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small scored run (for review import and compare)."""
    d = tmp_path_factory.mktemp("fuzzrun")
    (d / "light.yaml").write_text(LIGHT_RUBRIC, encoding="utf-8")
    (d / "a.jsonl").write_text(json.dumps(ANSWER) + "\n", encoding="utf-8")
    rc, text = call(["score", "--answers", str(d / "a.jsonl"), "--rubric", str(d / "light.yaml"), "--out",
                     str(d / "run")])
    assert rc in (0, 1), text
    return d


# ----------------------------------------------------------------------------------- generator

Case = tuple[str, str, Any]  # (kind, file name, content: bytes, or a callable making a special file)


def _jsonl(*records: Any) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records).encode("utf-8")


def _mutations(good: dict[str, Any], fields: list[str]) -> Iterator[dict[str, Any]]:
    for f in fields:
        drop = dict(good)
        drop.pop(f, None)
        if f in ("id", "question", "answer"):
            yield drop
        for v in BAD_VALUES:
            if f in ("id", "question") and isinstance(v, str) and v == "x":
                continue  # a valid value
            if f == "answer" and isinstance(v, str):
                continue
            if f in ("contexts", "metadata") and v in ([], {}) and type(v) is (list if f == "contexts" else dict):
                continue
            if f == "repeat" and isinstance(v, int) and not isinstance(v, bool) and v >= 0:
                continue
            if f in ("source_ids", "criteria", "contexts") and isinstance(v, list) and not v:
                continue  # an empty list is valid
            yield {**good, f: v}


def _text_hazards(good: dict[str, Any], field: str) -> Iterator[bytes]:
    line = json.dumps(good)
    for cut in range(1, len(line), max(1, len(line) // 12)):
        yield (line[:cut] + "\n").encode("utf-8")                                 # truncated JSON
    yield (line.replace(json.dumps(good[field]), "[" * 3000 + "]" * 3000) + "\n").encode("utf-8")   # deep
    yield (line.replace(json.dumps(good[field]), "9" * 5000) + "\n").encode("utf-8")             # huge int
    yield (line.replace(json.dumps(good[field]), '"x\\udc80y"') + "\n").encode("utf-8")        # lone surrogate
    yield line.encode("latin-1", "replace")[:-3] + b"\xff\xfe\n"                                # not UTF-8
    yield b"[1, 2]\n"
    yield b"\n\n  \n"
    yield b""
    yield b"\xef\xbb\xbf"
    yield _jsonl(good, good)                                                                    # duplicate


def _rubric_cases() -> Iterator[bytes]:
    yield b"name: [unclosed\nrules:\n"
    yield b"name: t\n\trules: []\n"
    yield b"- just\n- a list\n"
    yield b"42\n"
    yield b"name: t\nrules: []\n"
    yield b"a: &a [x, x, x, x]\nb: [*a, *a, *a, *a]\n"
    yield b"name: t\nrules:\n" + b"  " + b"[" * 3000 + b"]" * 3000 + b"\n"
    yield b"name: t\nversion: " + b"1" * 5000 + b"\nrules: []\n"
    yield "name: t\nrules: \"\\uD800\"\n".encode("utf-8")
    base = DEFAULT_RUBRIC
    # every regex-valued parameter of every rule, broken in turn; wrong types and unknown keys for the
    # check types that declare a parameter schema (grounding_* and criteria do not yet)
    for i, rule in enumerate(base["rules"]):
        if check_params_schema(rule["check"]) is None:
            continue
        for key, value in (rule.get("params") or {}).items():
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value) and key != "requires_rules":
                bad = copy.deepcopy(base)
                bad["rules"][i]["params"][key][0] = "(unclosed"
                yield yaml.safe_dump(bad, allow_unicode=True).encode("utf-8")
        for key, value in (rule.get("params") or {}).items():  # wrong types
            bad = copy.deepcopy(base)
            bad["rules"][i]["params"][key] = {"nested": "object"} if not isinstance(value, dict) else 42
            yield yaml.safe_dump(bad, allow_unicode=True).encode("utf-8")
        bad = copy.deepcopy(base)
        bad["rules"][i].setdefault("params", {})["no_such_param"] = 1
        yield yaml.safe_dump(bad, allow_unicode=True).encode("utf-8")
    for field, value in (("id", "Not An Id"), ("category", "style"), ("severity", "blocker"), ("description", "short"),
                         ("check", "no_such_check"), ("applies_when", {"question_matches": ["(x"]}),
                         ("applies_when", {"red_flag": "yes"}), ("unknown_key", 1)):
        bad = copy.deepcopy(base)
        bad["rules"][0][field] = value
        yield yaml.safe_dump(bad, allow_unicode=True).encode("utf-8")
    for key in ("red_flag_patterns", "closing_patterns", "call_to_action_patterns", "boilerplate_headings"):
        bad = copy.deepcopy(base)
        bad["settings"][key] = ["ok", "(broken"]
        yield yaml.safe_dump(bad, allow_unicode=True).encode("utf-8")
    bad = copy.deepcopy(base)
    bad["settings"]["investigational_therapies"][0]["pattern"] = "[z-a]"
    yield yaml.safe_dump(bad, allow_unicode=True).encode("utf-8")
    bad = copy.deepcopy(base)
    bad["settings"]["limits"] = {"scoring_seconds": 0}
    yield yaml.safe_dump(bad, allow_unicode=True).encode("utf-8")


def _review_cases() -> Iterator[bytes]:
    text = json.dumps(REVIEW)
    for cut in range(1, len(text), max(1, len(text) // 10)):
        yield text[:cut].encode("utf-8")
    yield b"[]"
    yield b'{"items": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    for key, value in (("schema_version", 2), ("reviewer", ""), ("items", {}), ("report", {"kind": "x"}),
                       ("extra", 1), ("reviewer", "x\ud800")):
        yield json.dumps({**REVIEW, key: value}).encode("utf-8", "surrogatepass") if "\ud800" in str(value) \
            else json.dumps({**REVIEW, key: value}).encode("utf-8")
    for key, value in (("id", "not-in-run"), ("repeat", -1), ("verdict", "maybe"), ("harness_status", "error"),
                       ("checks", [{"rule": "no.rule", "harness_outcome": "fail", "verdict": "agree"}])):
        yield json.dumps({**REVIEW, "items": [{**REVIEW["items"][0], key: value}]}).encode("utf-8")


def malformed_cases() -> list[Case]:
    cases: list[Case] = []
    for rec in _mutations(ANSWER, ["id", "question", "answer", "contexts", "repeat", "metadata"]):
        cases.append(("answers", "answers.jsonl", _jsonl(ANSWER, rec)))
    for meta in ({"red_flag": "yes"}, {"risk_tier": "whenever"}, {"source_ids": "s1"}):
        cases.append(("answers", "answers.jsonl", _jsonl({**ANSWER, "metadata": meta})))
    for content in _text_hazards(ANSWER, "answer"):
        cases.append(("answers", "answers.jsonl", content))
    for rec in _mutations(QUESTION, ["id", "question", "cancer_type", "topic", "risk_tier", "red_flag", "source_ids",
                                     "criteria"]):
        cases.append(("dataset", "questions.jsonl", _jsonl(rec)))
    cases.append(("dataset", "questions.jsonl", _jsonl({**QUESTION, "source_ids": ["no-such-source"]})))
    cases.append(("dataset", "questions.jsonl", _jsonl({**QUESTION, "criteria": [
        {"criterion": "c", "points": 1, "match": {"any": ["(broken"]}}]})))
    for content in _text_hazards(QUESTION, "question"):
        cases.append(("dataset", "questions.jsonl", content))
    cases += [("rubric", "rubric.yaml", c) for c in _rubric_cases()]
    cases += [("review", "review.json", c) for c in _review_cases()]
    for body in (b"fail_on: sometimes\n", b"alpha: x\n", b"alpha: 0.9\n", b"max_drop: {style: 0.1}\n",
                 b"unknown: 1\n", b"[a, b]\n", b"fail_on: [\n", b"a: &x [1]\nb: *x\n"):
        cases.append(("gate", "gate.yaml", body))
    for special in ("fifo", "dir", "loop", "missing", "dangling"):
        for kind, name in (("answers", "answers.jsonl"), ("dataset", "questions.jsonl"), ("rubric", "rubric.yaml"),
                           ("review", "review.json")):
            cases.append((kind, name, special))
    return cases


def _materialize(path: Path, content: Any) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "fifo":
        os.mkfifo(path)
    elif content == "dir":
        path.mkdir()
    elif content == "loop":
        path.symlink_to(path.with_name("loop2"))
        path.with_name("loop2").symlink_to(path)
    elif content == "dangling":
        path.symlink_to(path.with_name("nowhere"))


def _argv(kind: str, path: Path, work: Path, run_dir: Path) -> list[str]:
    good = work / "good.jsonl"
    good.write_text(json.dumps(ANSWER) + "\n", encoding="utf-8")
    light = str(run_dir / "light.yaml")
    out = str(work / "out")
    return {
        "answers": ["score", "--answers", str(path), "--rubric", light, "--out", out],
        "dataset": ["score", "--answers", str(good), "--dataset", str(path), "--rubric", light, "--out", out],
        "rubric": ["validate", str(path)],
        "review": ["review", "import", str(path), "--run", str(run_dir / "run")],
        "gate": ["compare", str(run_dir / "run"), str(run_dir / "run"), "--out", out, "--gate-config", str(path)],
    }[kind]


def test_at_least_200_malformed_inputs_exit_2_naming_the_file_without_traceback(run_dir: Path) -> None:
    cases = malformed_cases()
    assert len(cases) >= 200
    problems = []
    for n, (kind, name, content) in enumerate(cases):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            path = work / name
            _materialize(path, content)
            rc, text = call(_argv(kind, path, work, run_dir))
        lines = text.strip().splitlines()
        if rc != 2 or "Traceback" in text or str(path) not in text or len(lines) != 1:
            problems.append(f"#{n} {kind} {content if isinstance(content, str) else content[:80]!r}: rc={rc} {text[-300:]!r}")
    assert not problems, f"{len(problems)} of {len(cases)} inputs misbehaved:\n" + "\n".join(problems[:20])


# ----------------------------------------------------------------------------------- properties

ODD_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=()), max_size=40) | st.sampled_from(
    ["\u2028", "\u2029\u0085", "\x1b[31m", "|`<b>", "\x00\x01", "\ufeff", "a\r\nb", "(a+)+$", "\\", "&amp;"])
JSONISH = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False) | ODD_TEXT,
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD_TEXT, inner, max_size=3),
                       max_leaves=8)
FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=25,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _assert_clean(rc: int, text: str) -> None:
    assert rc in (0, 1, 2, 3), text[-2000:]
    assert "Traceback" not in text, text[-2000:]


@st.composite
def answer_lines(draw: Callable[..., Any]) -> bytes:
    recs = []
    for i in range(draw(st.integers(1, 3))):
        rec: dict[str, Any] = {"id": draw(ODD_TEXT | st.just(f"a{i}")), "question": draw(ODD_TEXT | st.just("q?")),
                               "answer": draw(ODD_TEXT | st.just(ANSWER["answer"]))}
        for key in draw(st.lists(st.sampled_from(["contexts", "metadata", "repeat", "extra"]), max_size=2, unique=True)):
            rec[key] = draw(JSONISH)
        recs.append(json.dumps(rec, ensure_ascii=draw(st.booleans())))
    if draw(st.booleans()):
        recs.append(draw(ODD_TEXT))
    return ("\n".join(recs) + "\n").encode("utf-8", "surrogatepass")


@FUZZ
@given(content=answer_lines())
def test_property_any_answers_file(run_dir: Path, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "a.jsonl"
        p.write_bytes(content)
        _assert_clean(*call(["score", "--answers", str(p), "--rubric", str(run_dir / "light.yaml"), "--out",
                             str(Path(tmp) / "o"), "--scoring-timeout", "2"]))


@FUZZ
@given(changes=st.dictionaries(st.sampled_from(sorted(QUESTION)), JSONISH, max_size=3))
def test_property_any_questions_file(run_dir: Path, changes: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        q = Path(tmp) / "questions.jsonl"
        q.write_text(json.dumps({**QUESTION, **changes}) + "\n", encoding="utf-8", errors="surrogatepass")
        a = Path(tmp) / "a.jsonl"
        a.write_text(json.dumps({**ANSWER, "id": QUESTION["id"]}) + "\n", encoding="utf-8")
        _assert_clean(*call(["score", "--answers", str(a), "--dataset", str(q), "--sources",
                             str(data_root() / "datasets" / "sources"), "--rubric", str(run_dir / "light.yaml"),
                             "--out", str(Path(tmp) / "o"), "--scoring-timeout", "2"]))


REGEXISH = st.text(st.sampled_from(list("()[]{}+*?|^$.\\a1,-")), max_size=12)


@FUZZ
@given(rule=st.fixed_dictionaries({}, optional={
    "id": ODD_TEXT | st.just("disclaimer.fuzz"), "category": st.sampled_from(["disclaimer", "safety", "x"]),
    "severity": st.sampled_from(["minor", "major", "critical", "none"]), "description": ODD_TEXT,
    "check": st.sampled_from(["phrase_present", "forbidden_claim", "links", "length_bounds", "section_order", "x"]),
    "params": st.dictionaries(st.sampled_from(["patterns", "region", "min_chars", "order", "x"]),
                              st.lists(REGEXISH, max_size=2) | JSONISH, max_size=2),
    "applies_when": st.dictionaries(st.sampled_from(["question_matches", "red_flag"]),
                                    st.lists(REGEXISH, max_size=2) | JSONISH, max_size=1)}),
       raw=st.none() | ODD_TEXT)
def test_property_any_rubric(run_dir: Path, rule: dict[str, Any], raw: str | None) -> None:
    body = raw if raw is not None else yaml.safe_dump({"name": "fuzz", "rules": [rule]}, allow_unicode=True)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "r.yaml"
        p.write_bytes(body.encode("utf-8", "surrogatepass"))
        _assert_clean(*call(["validate", str(p)]))
        a = Path(tmp) / "a.jsonl"
        a.write_text(json.dumps({**ANSWER, "answer": "a" * 30 + "b " + ANSWER["answer"]}) + "\n", encoding="utf-8")
        _assert_clean(*call(["score", "--answers", str(a), "--rubric", str(p), "--out", str(Path(tmp) / "o"),
                             "--scoring-timeout", "0.5"]))


@FUZZ
@given(item=st.fixed_dictionaries({}, optional={
    "id": ODD_TEXT | st.just("a1"), "repeat": JSONISH, "verdict": st.sampled_from(["agree", "disagree", None, "x"]),
    "severity": JSONISH, "comment": ODD_TEXT, "harness_status": st.sampled_from(["passed", "failed", "error"]),
    "checks": st.lists(st.fixed_dictionaries({"rule": ODD_TEXT | st.just("disclaimer.banner"),
                                              "harness_outcome": st.sampled_from(["pass", "fail", "x"]),
                                              "verdict": st.sampled_from(["agree", None])}), max_size=2)}),
       top=st.dictionaries(st.sampled_from(["reviewer", "schema_version", "report", "extra"]), JSONISH, max_size=1))
def test_property_any_review_file(run_dir: Path, item: dict[str, Any], top: dict[str, Any]) -> None:
    data = {**REVIEW, "items": [item], **top}
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "review.json"
        p.write_bytes(json.dumps(data).encode("utf-8"))
        run = Path(tmp) / "run"
        import shutil

        shutil.copytree(run_dir / "run", run)
        _assert_clean(*call(["review", "import", str(p), "--run", str(run)]))
