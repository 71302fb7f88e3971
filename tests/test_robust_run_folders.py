"""issue 14: run folders that survive odd text, crashes, corrupt caches, concurrent runs and hostile
rubrics, with exit codes CI can act on (0 ok, 1 gate failed, 2 input error, 3 incomplete, 4 bug)."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generation_helpers import SECRET, all_text_under, items, light_rubric, openai_args, question_ids
from harness import cli
from harness.escape import markdown, terminal, xml_text
from harness.testing.corpus import make_corpus
from harness.testing.fake_openai import FakeOpenAI, FaultPlan


def _answer(seed: str, qid: str = "a1", question: str = "How does CAR-T work?", **extra) -> dict:
    return {"id": qid, "question": question, "answer": seed, **extra}


def _lines(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def _err_line(capsys) -> tuple[str, str]:
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err and "Traceback" not in cap.out
    return cap.out, cap.err


# ------------------------------------------------------------------ odd text in answers and ids

def test_u2028_in_answer_score_report_compare_all_work(tmp_path: Path, seed_answer: str, capsys) -> None:
    odd = seed_answer.replace("\n\n", "\n\n\u2028 \u2029 \u0085 ", 3)
    ans = _lines(tmp_path / "a.jsonl", [_answer(odd, "q\u2028x", "What is\u2028this?"), _answer(seed_answer, "b2")])
    rubric = str(light_rubric(tmp_path))
    assert cli.main(["score", "--answers", str(ans), "--rubric", rubric, "--out", str(tmp_path / "r1")]) in (0, 1)
    raw = (tmp_path / "r1" / "results.jsonl").read_text(encoding="utf-8")
    assert "\u2028" not in raw and "\\u2028" in raw and raw.count("\n") == 2  # escaped: one record per line
    assert [it["answer"] for it in items(tmp_path / "r1")][0] == odd        # and read back unchanged
    assert cli.main(["report", str(tmp_path / "r1")]) == 0
    assert cli.main(["score", "--answers", str(ans), "--rubric", rubric, "--out", str(tmp_path / "r2")]) in (0, 1)
    assert cli.main(["compare", str(tmp_path / "r1"), str(tmp_path / "r2"), "--out", str(tmp_path / "c")]) == 0
    _err_line(capsys)


def test_control_characters_in_ids_junit_parses_markdown_table_intact_terminal_clean(tmp_path: Path, seed_answer: str,
                                                                                       capsys) -> None:
    bad_id = "q\x01|<b>x</b>`\x1b[31mRED\x1b[0m\nline"
    broken = seed_answer.replace("For informational purposes only", "")
    ans = _lines(tmp_path / "a.jsonl", [_answer(broken, bad_id), _answer(seed_answer, "ok1")])
    rc = cli.main(["score", "--answers", str(ans), "--rubric", str(light_rubric(tmp_path)), "--out", str(tmp_path / "r")])
    out, err = _err_line(capsys)
    assert rc == 1
    assert "\x1b" not in out + err and "\x01" not in out + err
    suite = ET.parse(tmp_path / "r" / "junit.xml").getroot()  # well-formed despite \x01 and ESC
    assert len(list(suite.iter("testcase"))) == 2
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    row = next(line for line in md.splitlines() if "RED" in line)
    assert row.count(" | ") == 4 and "<b>" not in md and "\\|" in row and "\\`" in row


def test_markdown_xml_terminal_escaping_units() -> None:
    assert markdown("a|b\nc") == "a\\|b c"
    assert markdown("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert markdown("`code` *em* _u_ [l](u)") == "\\`code\\` \\*em\\* \\_u\\_ \\[l\\](u)"
    assert markdown("disclaimer.not_medical_advice") == "disclaimer.not_medical_advice"
    assert xml_text("a\x00b\x0bc\ud800\ufffe") == "a\ufffdb\ufffdc\ufffd\ufffd" and xml_text("tab\tnl\n") == "tab\tnl\n"
    assert terminal("\x1b[2J\x1b]0;title\x07ok\x07\r") == "ok"


# ------------------------------------------------------------------ input errors: exit 2, no traceback

def test_unreadable_input_exits_2_without_traceback(tmp_path: Path, seed_answer: str, capsys,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    ans = _lines(tmp_path / "a.jsonl", [_answer(seed_answer)])
    if os.geteuid() == 0:  # root reads a chmod 000 file: make the read fail as it would for a user
        real, real_open = Path.read_bytes, Path.open

        def deny(self: Path) -> bytes:
            if self == ans:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real(self)

        def deny_open(self: Path, *a, **kw):  # JSONL files are read line by line
            if self == ans:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, *a, **kw)
        monkeypatch.setattr(Path, "read_bytes", deny)
        monkeypatch.setattr(Path, "open", deny_open)
    else:
        ans.chmod(0)
    rc = cli.main(["score", "--answers", str(ans), "--out", str(tmp_path / "o")])
    _, err = _err_line(capsys)
    assert rc == 2 and str(ans) in err and "permission denied" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("kind", ["fifo", "loop", "dir"])
def test_special_paths_are_named_not_opened(tmp_path: Path, kind: str, capsys) -> None:
    p = tmp_path / "answers.jsonl"
    if kind == "fifo":
        os.mkfifo(p)  # reading it would block forever
    elif kind == "loop":
        p.symlink_to(tmp_path / "other.jsonl")
        (tmp_path / "other.jsonl").symlink_to(p)
    else:
        p.mkdir()
    rc = cli.main(["score", "--answers", str(p), "--out", str(tmp_path / "o")])
    _, err = _err_line(capsys)
    assert rc == 2 and str(p) in err
    assert {"fifo": "FIFO", "loop": "symlink loop", "dir": "directory"}[kind] in err


def test_out_that_is_a_file_or_under_a_file_exits_2(tmp_path: Path, seed_answer: str, capsys) -> None:
    ans = _lines(tmp_path / "a.jsonl", [_answer(seed_answer)])
    (tmp_path / "file").write_text("x")
    for out in (tmp_path / "file", tmp_path / "file" / "sub"):
        assert cli.main(["score", "--answers", str(ans), "--out", str(out)]) == 2
        _, err = _err_line(capsys)
        assert str(tmp_path / "file") in err


def test_bom_is_accepted(tmp_path: Path, seed_answer: str) -> None:
    p = tmp_path / "a.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + (json.dumps(_answer(seed_answer)) + "\n").encode("utf-8"))
    assert cli.main(["score", "--answers", str(p), "--rubric", str(light_rubric(tmp_path)),
                     "--out", str(tmp_path / "o")]) in (0, 1)


@pytest.mark.parametrize("line, needle", [
    ('{"id": "a", "question": "q", "answer": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply"),
    ('{"id": "a", "question": "q", "answer": "x", "metadata": {"n": ' + "9" * 5000 + "}}", "4300 digits"),
    ('{"id": "a", "question": "q", "answer": "x\\ud800y"}', "field 'answer': lone UTF-16 surrogate"),
    ('{"id": "a", "question": "q", "answer": "x", "repeat": "one"}', "field 'repeat'"),
])
def test_hostile_json_lines_exit_2_naming_file_and_line(tmp_path: Path, line: str, needle: str, capsys) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps(_answer("ok")) + "\n" + line + "\n", encoding="utf-8")
    assert cli.main(["score", "--answers", str(p), "--out", str(tmp_path / "o")]) == 2
    _, err = _err_line(capsys)
    assert f"{p}:2" in err and needle in err
    assert not list((tmp_path / "o").glob("*.tmp")) if (tmp_path / "o").exists() else True


@pytest.mark.parametrize("body, needle", [
    ("name: t\nrules:\n" + "  " + "[" * 3000 + "]" * 3000 + "\n", "nested"),
    ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n", "aliases"),
    ("name: t\nversion: " + "7" * 5000 + "\nrules: []\n", "4300 digits"),
])
def test_hostile_yaml_rubric_exits_2(tmp_path: Path, body: str, needle: str, capsys) -> None:
    p = tmp_path / "r.yaml"
    p.write_text(body, encoding="utf-8")
    assert cli.main(["validate", str(p)]) == 2
    _, err = _err_line(capsys)
    assert str(p) in err and needle in err


def test_deep_review_file_exits_2(tmp_path: Path, seed_answer: str, capsys) -> None:
    ans = _lines(tmp_path / "a.jsonl", [_answer(seed_answer)])
    assert cli.main(["score", "--answers", str(ans), "--rubric", str(light_rubric(tmp_path)),
                     "--out", str(tmp_path / "run")]) in (0, 1)
    rv = tmp_path / "review.json"
    rv.write_text('{"items": ' + "[" * 100000 + "]" * 100000 + "}")
    assert cli.main(["review", "import", str(rv), "--run", str(tmp_path / "run")]) == 2
    _, err = _err_line(capsys)
    assert str(rv) in err and "nested too deeply" in err


# ------------------------------------------------------------------ rubric validation up front

@pytest.mark.parametrize("params, field, needle", [
    ('{patterns: ["(unclosed"]}', "rules.0.params.patterns.0", "invalid regular expression '(unclosed'"),
    ("{patterns: 42}", "rules.0.params.patterns", "42 is not of type 'array'"),
    ('{pattern: ["x"]}', "rules.0.params.pattern", "did you mean 'patterns'"),
    ('{patterns: ["x"], region: {first_lines: -1}}', "rules.0.params.region.first_lines", "less than the minimum"),
])
def test_rubric_param_errors_fail_validate_and_score(tmp_path: Path, seed_answer: str, params: str, field: str,
                                                     needle: str, capsys) -> None:
    p = tmp_path / "r.yaml"
    p.write_text("name: t\nrules:\n  - id: disclaimer.x\n    category: disclaimer\n    severity: major\n"
                 f"    description: a test rule here\n    check: phrase_present\n    params: {params}\n")
    ans = _lines(tmp_path / "a.jsonl", [_answer(seed_answer)])
    for argv in (["validate", str(p)], ["score", "--answers", str(ans), "--rubric", str(p), "--out", str(tmp_path / "o")]):
        assert cli.main(argv) == 2
        _, err = _err_line(capsys)
        assert f"{p}:3" in err and f"field '{field}'" in err and "disclaimer.x" in err and needle in err
    assert not (tmp_path / "o" / "results.jsonl").exists()  # nothing scored


def test_catastrophic_regex_times_out_item_error_names_rule(tmp_path: Path, capsys) -> None:
    p = tmp_path / "r.yaml"
    p.write_text("name: t\nrules:\n  - id: disclaimer.slow\n    category: disclaimer\n    severity: major\n"
                 "    description: backtracks forever\n    check: phrase_present\n    params: {patterns: ['(a+)+$']}\n")
    ans = _lines(tmp_path / "a.jsonl", [_answer("a" * 60 + "b", "slow"), _answer("fine", "fast")])
    rc = cli.main(["score", "--answers", str(ans), "--rubric", str(p), "--out", str(tmp_path / "o"),
                   "--scoring-timeout", "0.5"])
    _err_line(capsys)
    assert rc == 3
    by = {it["id"]: it for it in items(tmp_path / "o")}
    assert by["slow"]["status"] == "error" and "disclaimer.slow" in by["slow"]["error"]
    assert "time limit" in by["slow"]["error"] and by["fast"]["status"] == "failed"


def test_answer_size_limit(tmp_path: Path, seed_answer: str, capsys) -> None:
    ans = _lines(tmp_path / "a.jsonl", [_answer(seed_answer * 3, "big"), _answer(seed_answer, "ok")])
    rc = cli.main(["score", "--answers", str(ans), "--rubric", str(light_rubric(tmp_path)), "--out",
                   str(tmp_path / "o"), "--max-answer-chars", str(len(seed_answer) + 1)])
    _err_line(capsys)
    by = {it["id"]: it for it in items(tmp_path / "o")}
    assert rc == 3 and by["big"]["status"] == "error" and "over the limit" in by["big"]["error"]
    assert by["ok"]["status"] != "error"


# ------------------------------------------------------------------ run folders: overwrite, lock, completeness

def test_out_on_existing_run_refused_without_overwrite(tmp_path: Path, seed_answer: str, capsys) -> None:
    ans = _lines(tmp_path / "a.jsonl", [_answer(seed_answer)])
    argv = ["score", "--answers", str(ans), "--rubric", str(light_rubric(tmp_path)), "--out", str(tmp_path / "o")]
    assert cli.main(argv) in (0, 1)
    before = (tmp_path / "o" / "results.jsonl").read_bytes()
    assert cli.main(argv) == 2
    _, err = _err_line(capsys)
    assert "--overwrite" in err and str(tmp_path / "o") in err
    assert (tmp_path / "o" / "results.jsonl").read_bytes() == before
    assert cli.main(argv + ["--overwrite"]) in (0, 1)


def test_two_runs_into_one_out_second_exits_2_first_keeps_every_item_once(tmp_path: Path, repo: Path, capsys) -> None:
    dataset, answers = make_corpus(tmp_path / "corpus", 12)
    out = tmp_path / "run"
    env = {**os.environ, "OPENAI_API_KEY": "sk-test-not-a-real-key-000000"}
    with FakeOpenAI(latency=0.25, answers=answers) as srv:
        args = openai_args(srv.base_url, dataset, out, tmp_path / "cache", "--concurrency", "2",
                           "--rubric", str(light_rubric(tmp_path)))
        args[args.index("--timeout") + 1] = "30"
        first = subprocess.Popen([sys.executable, "-m", "harness", *args], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        lock = out / ".harness.lock"
        for _ in range(600):  # until the first run holds the folder (bounded: 60 s)
            if lock.exists() and lock.read_text().strip() == str(first.pid):
                break
            time.sleep(0.1)
        os.environ["OPENAI_API_KEY"] = env["OPENAI_API_KEY"]
        try:
            second = cli.main([*args[:args.index("--out")], "--out", str(out), *args[args.index("--out") + 2:],
                               "--overwrite"])
            resumed = cli.main(["run", "--resume", str(out), "--no-progress"])
        finally:
            del os.environ["OPENAI_API_KEY"]
        _, err = _err_line(capsys)
        assert second == 2 and resumed == 2
        assert f"pid {first.pid}" in err and "in use by another harness process" in err
        _, first_err = first.communicate(timeout=120)
    assert first.returncode in (0, 1), first_err
    keys = [(it["id"], it.get("repeat", 0)) for it in items(out)]
    assert sorted(keys) == sorted((q, 0) for q in question_ids(dataset))  # all 12, each once


def test_incomplete_merge_and_resume_with_foreign_items_exit_3(tmp_path: Path, capsys) -> None:
    dataset, answers = make_corpus(tmp_path / "corpus", 6)
    rubric = str(light_rubric(tmp_path))
    os.environ["OPENAI_API_KEY"] = SECRET
    try:
        with FakeOpenAI(answers=answers) as srv:
            for i in (1, 2):
                assert cli.main(openai_args(srv.base_url, dataset, tmp_path / f"s{i}", tmp_path / "cache", "--rubric",
                                            rubric, "--shard", f"{i}/2")) in (0, 1)
        assert cli.main(["merge", str(tmp_path / "s1"), "--out", str(tmp_path / "m")]) == 3
        assert "merged run is incomplete" in capsys.readouterr().err
        assert cli.main(["merge", str(tmp_path / "s1"), str(tmp_path / "s2"), "--out", str(tmp_path / "m2")]) in (0, 1)
        # an item that is not a question × repeat of this run makes --resume incomplete, not silently "done"
        res = tmp_path / "s1" / "results.jsonl"
        extra = dict(items(tmp_path / "s1")[0], id="zz-foreign")
        res.write_text(res.read_text() + json.dumps(extra) + "\n")
        assert cli.main(["run", "--resume", str(tmp_path / "s1"), "--no-progress"]) == 3
        assert "zz-foreign" in capsys.readouterr().err
    finally:
        del os.environ["OPENAI_API_KEY"]


def test_partial_generation_failure_all_items_recorded_exit_3(tmp_path: Path, capsys,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    dataset, answers = make_corpus(tmp_path / "corpus", 30)
    texts = {json.loads(l)["id"]: json.loads(l)["question"] for l in dataset.read_text().splitlines()}
    failing = ["q002", "q009", "q017", "q023", "q030"]
    plan = FaultPlan(script={texts[q]: "503" for q in failing})  # every attempt
    with FakeOpenAI(answers=answers, faults=plan) as srv:
        rc = cli.main(openai_args(srv.base_url, dataset, tmp_path / "run", tmp_path / "cache", "--rubric",
                                  str(light_rubric(tmp_path)), "--max-retries", "2"))
    _, err = _err_line(capsys)
    assert rc == 3 and "5 of 30 items ended in error" in err
    its = items(tmp_path / "run")
    assert sorted(it["id"] for it in its) == sorted(texts)
    errs = {it["id"]: it["error"] for it in its if it["status"] == "error"}
    assert sorted(errs) == failing and all(e.startswith("server_error after 3 attempts") for e in errs.values())


# ------------------------------------------------------------------ cache, secrets, crashes

def test_truncated_cache_next_run_completes(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    dataset, answers = make_corpus(tmp_path / "corpus", 8)
    cache = tmp_path / "cache"
    rubric = str(light_rubric(tmp_path))
    with FakeOpenAI(answers=answers) as srv:
        assert cli.main(openai_args(srv.base_url, dataset, tmp_path / "a", cache, "--rubric", rubric)) in (0, 1)
        db = cache / "responses.sqlite3"
        for side in cache.glob("responses.sqlite3-*"):
            side.unlink()
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 2])
        capsys.readouterr()
        assert cli.main(openai_args(srv.base_url, dataset, tmp_path / "b", cache, "--rubric", rubric)) in (0, 1)
    _, err = _err_line(capsys)
    assert f"response cache {db} is corrupt" in err and "moved it to" in err
    assert len(items(tmp_path / "b")) == 8 and list(cache.glob("responses.sqlite3.corrupt-*"))


def test_key_echoed_in_a_200_reply_is_stored_nowhere(tmp_path: Path, seed_answer: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    dataset, _ = make_corpus(tmp_path / "corpus", 3)
    echo = seed_answer + f"\n\nDebug: your header was Authorization: Bearer {SECRET}"
    with FakeOpenAI(responder=lambda body: echo) as srv:
        assert cli.main(openai_args(srv.base_url, dataset, tmp_path / "run", tmp_path / "cache", "--rubric",
                                    str(light_rubric(tmp_path)))) in (0, 1)
    blob = all_text_under(tmp_path / "run", tmp_path / "cache")
    assert "Debug: your header was" in blob and SECRET not in blob


def test_internal_error_exit_4_one_line_crash_log_in_run_folder(tmp_path: Path, seed_answer: str, capsys,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import harness.report

    def boom(*a, **k):
        raise ZeroDivisionError("simulated bug")
    monkeypatch.setattr(harness.report.Feed, "finish", boom)  # harness score feeds the reports as it scores
    ans = _lines(tmp_path / "a.jsonl", [_answer(seed_answer)])
    rc = cli.main(["score", "--answers", str(ans), "--rubric", str(light_rubric(tmp_path)), "--out", str(tmp_path / "o")])
    _, err = _err_line(capsys)
    assert rc == 4 and len(err.strip().splitlines()) == 1 and "internal error: ZeroDivisionError" in err
    log = tmp_path / "o" / "harness-crash.log"
    assert str(log) in err and "Traceback" in log.read_text() and "simulated bug" in log.read_text()


def test_error_budget_parsing() -> None:
    from harness.errors import InputError
    from harness.llm.retry import ErrorBudget, parse_budget

    assert parse_budget("3") == 3 and parse_budget("10%") == 0.1 and parse_budget("none") is None
    for bad in ("0", "-1", "abc", "150%", "2.5"):
        with pytest.raises(InputError):
            parse_budget(bad)
    b = ErrorBudget(2, 10)
    b.spend()
    assert not b.exhausted
    b.spend()
    assert b.exhausted  # stops once N items failed, as the README says
