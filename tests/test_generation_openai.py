"""issue 6: the openai generator against a real local HTTP server speaking the chat completions
protocol (harness.testing.fake_openai), with injected faults, the cache, secrets, repeats, shards."""
from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path

import pytest

from generation_helpers import SECRET, all_text_under, items, light_rubric, openai_args, question_ids
from harness import cli
from harness.testing.corpus import make_corpus
from harness.testing.fake_openai import FakeOpenAI, FaultPlan


@pytest.fixture(autouse=True)
def _api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)


@pytest.fixture(scope="module")
def corpus100(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    return make_corpus(tmp_path_factory.mktemp("corpus100"), 100)


def test_faults_every_item_scored_or_error_with_reason(tmp_path: Path, corpus100, caplog, capsys) -> None:
    """20 % injected faults (429 + Retry-After, 500, a hang until the client times out, malformed
    JSON, empty content) on 100 questions: nothing lost, nothing duplicated, retries visible in the
    results, exit 3 (some items are error).

    Deterministic under any machine load (it failed 3 of 16 times under load before): the only
    timeouts are the injected hangs (the server holds those requests until the client hangs up),
    ordinary replies have a 5 s client timeout, 1000× their latency; the scripted faults of q003,
    q004 and q005 apply to every attempt, so the outcome does not depend on which attempt a
    random fault or a slow reply lands on."""
    for name in ("harness", "openai", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    dataset, answers = corpus100
    ids = question_ids(dataset)
    texts = {json.loads(l)["id"]: json.loads(l)["question"] for l in dataset.read_text().splitlines()}
    plan = FaultPlan(rate=0.2, seed=6, retry_after="0.05",
                     script={texts["q003"]: "500",                 # never recovers → error with the reason
                             texts["q004"]: "content_filter",      # not retried: recorded as such → error
                             texts["q005"]: "length"})             # truncated answer, scored and flagged
    out, cache = tmp_path / "run", tmp_path / "cache"
    with FakeOpenAI(latency=0.005, faults=plan, answers=answers) as srv:
        args = openai_args(srv.base_url, dataset, out, cache, "--concurrency", "16", "--max-retries", "4")
        args[args.index("--timeout") + 1] = "5"
        rc = cli.main(args)
        injected = Counter(e["fault"] for e in srv.log)
        auth = {e["headers"].get("Authorization") for e in srv.log}
    assert rc == 3  # some items ended in error: the run is incomplete, not a failed gate
    its = items(out)
    keys = [(it["id"], it.get("repeat", 0)) for it in its]
    assert sorted(keys) == sorted((i, 0) for i in ids)  # every question exactly once: 0 lost, 0 duplicated
    for it in its:
        if it["status"] == "error":
            assert it["error"], it["id"]
        else:
            assert it["answer"] and it["checks"], it["id"]
    by_id = {it["id"]: it for it in its}
    assert by_id["q003"]["status"] == "error"
    assert by_id["q003"]["error"].startswith("server_error after 5 attempts")
    assert by_id["q003"]["generation"]["attempts"] == 5
    assert by_id["q004"]["status"] == "error" and "content_filter" in by_id["q004"]["error"]
    assert by_id["q005"]["generation"]["finish_reason"] == "length" and by_id["q005"]["generation"]["truncated"]
    assert by_id["q005"]["status"] in ("passed", "failed")
    # every injected fault kind happened and shows up as a retry in the results
    assert {"429", "500", "timeout", "malformed", "empty"} <= set(injected)
    kinds = Counter(r["kind"] for it in its for r in it["generation"].get("retry_log", []))
    assert {"rate_limited", "server_error", "timeout", "malformed", "empty"} <= set(kinds)
    # (the script matches q003-r1 and q004-r1 too: their text starts with q003's and q004's)
    scripted = {"q003", "q003-r1", "q004", "q004-r1"}
    retried = [it for it in its if it["generation"]["retries"] > 0 and it["id"] not in scripted]
    assert len(retried) >= 10 and all(it["status"] != "error" for it in retried)
    assert {it["id"] for it in its if it["status"] == "error"} == scripted
    # Retry-After is a floor on the wait
    for it in its:
        for r in it["generation"].get("retry_log", []):
            if r["kind"] == "rate_limited" and r["wait_s"] is not None:
                assert r["retry_after_s"] == pytest.approx(0.05) and r["wait_s"] >= 0.05
    summary = json.loads((out / "summary.json").read_text())
    usage = summary["usage"]
    assert usage["retries"] == sum(it["generation"]["retries"] for it in its)
    assert usage["requests"] == sum(it["generation"]["attempts"] for it in its)
    assert usage["total_tokens"] > 0 and usage["estimated_cost_usd"] > 0
    assert summary["counts"]["items"] == 100
    # the key was sent to the server, and nowhere else
    assert auth == {f"Bearer {SECRET}"}
    captured = capsys.readouterr()
    blob = all_text_under(out, cache) + captured.out + captured.err + caplog.text
    assert SECRET not in blob
    assert not re.search(r"bearer\s+sk-|authorization[\"']?\s*[:=]", blob, re.I)


def test_cache_second_run_makes_zero_requests(tmp_path: Path, corpus100) -> None:
    dataset, answers = corpus100
    small = tmp_path / "q.jsonl"
    lines = dataset.read_text().splitlines()[:30]
    small.write_text("\n".join(lines) + "\n")
    (tmp_path / "sources").symlink_to(dataset.parent / "sources")
    rubric = light_rubric(tmp_path)
    cache = tmp_path / "cache"
    with FakeOpenAI(answers=answers) as srv:
        def run(out: str, *extra: str, data: Path = small) -> int:
            before = srv.requests
            assert cli.main(openai_args(srv.base_url, data, tmp_path / out, cache, "--rubric", str(rubric),
                                        *extra)) in (0, 1)
            return srv.requests - before

        assert run("a") == 30
        assert run("b") == 0                              # identical re-run: served from the cache
        assert all(it["generation"]["cached"] for it in items(tmp_path / "b"))
        assert json.loads((tmp_path / "b" / "summary.json").read_text())["usage"]["cache_hits"] == 30
        # one question changed → only that one is generated again
        recs = [json.loads(l) for l in lines]
        recs[7]["question"] += " Also, is it safe to travel?"
        changed = tmp_path / "q2.jsonl"
        changed.write_text("".join(json.dumps(r) + "\n" for r in recs))
        assert run("c", data=changed) == 1
        # a changed prompt template → everything is generated again; unchanged comments do not count
        v1 = (Path(cli.__file__).resolve().parents[1] / "prompts" / "v1.yaml").read_text()
        commented = tmp_path / "v1-comment.yaml"
        commented.write_text("# only a comment changed\n" + v1)
        assert run("d", "--prompt", str(commented)) == 0
        edited = tmp_path / "v1-edited.yaml"
        edited.write_text(v1.replace("plain, warm language", "plain, kind language"))
        assert run("e", "--prompt", str(edited)) == 30
        assert run("f", "--temperature", "0.7") == 30      # model parameters are part of the key
        assert run("g", "--no-cache") == 30
        assert run("h", "--repeats", "2") == 30           # repeat 0 cached (temperature unset), repeat 1 new


def test_repeats_keep_index_and_summary_marks_flaky(tmp_path: Path, corpus100) -> None:
    dataset, answers = corpus100
    small = tmp_path / "q.jsonl"
    small.write_text("\n".join(dataset.read_text().splitlines()[:6]) + "\n")
    (tmp_path / "sources").symlink_to(dataset.parent / "sources")
    texts = [json.loads(l)["question"] for l in small.read_text().splitlines()]
    # the first question's answer loses its banner on every other call: flaky across repeats
    calls = Counter()

    def responder(body):
        user = body["messages"][-1]["content"]
        q = next(t for t in texts if t in user)
        calls[q] += 1
        good = answers[q]
        if q == texts[0] and calls[q] % 2 == 0:
            return good.replace("For informational purposes only", "")
        return good

    with FakeOpenAI(responder=responder) as srv:
        rc = cli.main(openai_args(srv.base_url, small, tmp_path / "run", tmp_path / "cache", "--rubric",
                                  str(light_rubric(tmp_path)), "--repeats", "4", "--concurrency", "1"))
        assert srv.requests == 24
    assert rc == 1
    its = items(tmp_path / "run")
    assert sorted({it["repeat"] for it in its}) == [0, 1, 2, 3] and len(its) == 24
    rep = json.loads((tmp_path / "run" / "summary.json").read_text())["repeats"]
    qid = json.loads(small.read_text().splitlines()[0])["id"]
    assert rep["flaky_ids"] == [qid]
    q = rep["questions"][qid]
    assert (q["n"], q["passed"], q["failed"], q["flaky"]) == (4, 2, 2, True)
    lo, hi = q["ci95"]
    assert 0 < lo < 0.5 < hi < 1
    other = rep["questions"][json.loads(small.read_text().splitlines()[1])["id"]]
    assert other["pass_rate"] == 1.0 and not other["flaky"] and other["ci95"][1] == 1.0


def test_shards_then_merge_equal_one_run(tmp_path: Path, corpus100) -> None:
    dataset, answers = corpus100
    small = tmp_path / "q.jsonl"
    small.write_text("\n".join(dataset.read_text().splitlines()[:20]) + "\n")
    (tmp_path / "sources").symlink_to(dataset.parent / "sources")
    rubric = str(light_rubric(tmp_path))
    with FakeOpenAI(answers=answers) as srv:
        for i in (1, 2, 3):
            cli.main(openai_args(srv.base_url, small, tmp_path / f"s{i}", tmp_path / f"cache{i}", "--rubric", rubric,
                                 "--shard", f"{i}/3"))
        assert srv.requests == 20
    sizes = [len(items(tmp_path / f"s{i}")) for i in (1, 2, 3)]
    assert sizes == [7, 7, 6]
    assert cli.main(["merge", str(tmp_path / "s1"), str(tmp_path / "s2"), str(tmp_path / "s3"),
                     "--out", str(tmp_path / "merged")]) in (0, 1)
    merged = items(tmp_path / "merged")
    assert [it["id"] for it in merged] == question_ids(small)  # every question once, in dataset order
    summary = json.loads((tmp_path / "merged" / "summary.json").read_text())
    assert summary["counts"]["items"] == 20 and summary["config"]["merge"]["complete"] is True
    assert summary["usage"]["requests"] == 20
    # the same shard twice is refused (exit 2), a missing shard is reported
    assert cli.main(["merge", str(tmp_path / "s1"), str(tmp_path / "s1"), "--out", str(tmp_path / "dup")]) == 2
    cli.main(["merge", str(tmp_path / "s1"), str(tmp_path / "s3"), "--out", str(tmp_path / "part")])
    part = json.loads((tmp_path / "part" / "summary.json").read_text())["config"]["merge"]
    assert part["complete"] is False and part["missing_shards"] == ["2/3"]


def test_error_budget_stops_then_resume_retry_errors_completes(tmp_path: Path, corpus100) -> None:
    dataset, answers = corpus100
    small = tmp_path / "q.jsonl"
    small.write_text("\n".join(dataset.read_text().splitlines()[:20]) + "\n")
    (tmp_path / "sources").symlink_to(dataset.parent / "sources")
    plan = FaultPlan(script={"": "401"})  # every request refused (a wrong key): not retried
    out = tmp_path / "run"
    with FakeOpenAI(answers=answers, faults=plan) as srv:
        rc = cli.main(openai_args(srv.base_url, small, out, tmp_path / "cache", "--rubric",
                                  str(light_rubric(tmp_path)), "--error-budget", "3", "--concurrency", "2"))
        assert rc == 3                                   # run incomplete
        first = items(out)
        # stops once 3 items failed; with concurrency 2, at most one more was already in flight
        assert 3 <= len(first) <= 4 and all(it["status"] == "error" and "http_401" in it["error"] for it in first)
        assert srv.requests == len(first)                # 401 is not retried
        plan.script.clear()                              # the cause is fixed
        assert cli.main(["run", "--resume", str(out), "--retry-errors", "--no-progress"]) in (0, 1)
    final = items(out)
    assert sorted(it["id"] for it in final) == sorted(question_ids(small))
    assert all(it["status"] != "error" for it in final)


def test_responses_api_and_http_generator(tmp_path: Path, corpus100, monkeypatch: pytest.MonkeyPatch) -> None:
    dataset, answers = corpus100
    small = tmp_path / "q.jsonl"
    small.write_text("\n".join(dataset.read_text().splitlines()[:5]) + "\n")
    (tmp_path / "sources").symlink_to(dataset.parent / "sources")
    rubric = str(light_rubric(tmp_path))
    token = "svc-token-SECRET-42"
    monkeypatch.setenv("ANSWER_SERVICE_TOKEN", token)
    with FakeOpenAI(answers=answers, faults=FaultPlan(rate=0.3, kinds=("503", "malformed"), seed=1)) as srv:
        rc = cli.main(openai_args(srv.base_url, small, tmp_path / "resp", tmp_path / "cache", "--rubric", rubric,
                                  "--api", "responses", "--max-tokens", "900"))
        assert rc in (0, 1)
        assert {e["path"] for e in srv.log} == {"/v1/responses"}
        assert all(it["answer"] and it["generation"]["usage"]["total_tokens"] for it in items(tmp_path / "resp"))
        n = srv.requests
        rc = cli.main(["run", "--dataset", str(small), "--generator", "http", "--url", srv.url + "/answer",
                       "--header-env", "Authorization=ANSWER_SERVICE_TOKEN", "--answer-path", "data.answer",
                       "--out", str(tmp_path / "http"), "--cache-dir", str(tmp_path / "cache"), "--rubric", rubric,
                       "--backoff", "0.01", "--no-progress"])
        assert rc in (0, 1)
        http_log = srv.log[n:]
        assert {e["headers"].get("Authorization") for e in http_log} == {token}
    its = items(tmp_path / "http")
    assert len(its) == 5 and all(it["answer"] == answers[next(q for q in answers if q in it["question"])] for it in its)
    assert sum(it["generation"]["retries"] for it in its) == len(http_log) - 5
    blob = all_text_under(tmp_path / "http", tmp_path / "resp", tmp_path / "cache")
    assert token not in blob and SECRET not in blob


def test_python_generator_and_key_never_on_command_line(tmp_path: Path, corpus100, capsys) -> None:
    dataset, _ = corpus100
    small = tmp_path / "q.jsonl"
    small.write_text("\n".join(dataset.read_text().splitlines()[:4]) + "\n")
    (tmp_path / "sources").symlink_to(dataset.parent / "sources")
    rc = cli.main(["run", "--dataset", str(small), "--generator", "python",
                   "--function", "generation_helpers_fn:answer", "--out", str(tmp_path / "py"),
                   "--cache-dir", str(tmp_path / "cache"), "--rubric", str(light_rubric(tmp_path)), "--no-progress"])
    assert rc == 3  # the function raised for one question: that item is error
    its = items(tmp_path / "py")
    by = {it["id"]: it for it in its}
    ids = question_ids(small)
    assert by[ids[0]]["status"] == "error" and "ValueError" in by[ids[0]]["error"]
    assert all(by[i]["answer"].startswith("For informational purposes only") for i in ids[1:])
    assert by[ids[1]]["contexts"] == ["ctx from the function"]
    # there is no option for the key itself: usage error
    with pytest.raises(SystemExit) as exc:
        cli.main(["run", "--dataset", str(small), "--generator", "openai", "--model", "m", "--api-key", SECRET,
                  "--out", str(tmp_path / "x")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "never taken from the command line" in err and SECRET not in err
