"""The config file ([tool.harness] in pyproject.toml, or harness.toml): tables per command, profiles,
command-line precedence, `harness config`, unknown keys, the generated schema; typed settings."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from harness.cli import CONFIGURABLE, build_parser, main, subparser
from harness.paths import data_root

REPO = data_root()
QUESTIONS = REPO / "datasets" / "questions.jsonl"
V1 = REPO / "datasets" / "recorded" / "v1.jsonl"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _pyproject(folder: Path, body: str) -> Path:
    p = folder / "pyproject.toml"
    p.write_text(body, encoding="utf-8")
    return p


def test_plain_harness_run_from_pyproject_in_an_empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _pyproject(tmp_path, f'''[project]
name = "team-bot"

[tool.harness.run]
dataset = "{QUESTIONS}"
generator = "replay"
replay = "{V1}"
out = "reports/nightly"
no-cache = true
''')
    code, out, err = _run(capsys, "run")
    assert code == 1, err  # v1 carries planted defects: the gate fails, and only that
    run_dir = tmp_path / "reports" / "nightly"  # relative to the config file's folder
    from harness.results import load_results

    items = load_results(run_dir)
    assert len(items) == 84 and {it["status"] for it in items} == {"passed", "failed"}
    cfg = json.loads((run_dir / "run.json").read_text())
    assert cfg["generator"] == {"name": "replay", "path": str(V1)}
    n_failed = sum(it["status"] == "failed" for it in items)
    assert f"quality gate FAILED: 84 items, {84 - n_failed} passed, {n_failed} failed" in out
    assert not (tmp_path / ".harness-cache").exists()  # no-cache = true was applied


def test_profiles_and_command_line_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _pyproject(tmp_path, f'''[tool.harness.run]
dataset = "{QUESTIONS}"
generator = "replay"
replay = "{V1}"
out = "reports/local"
concurrency = 2

[tool.harness.profiles.ci.run]
out = "reports/ci"
repeats = 2
''')
    code, out, _ = _run(capsys, "run", "--profile", "ci", "--concurrency", "5", "--show-config")
    assert code == 0
    rows = {line.split("=")[0].strip(): line for line in out.splitlines() if "=" in line}
    assert str(tmp_path / "reports" / "ci") in rows["out"] and "[tool.harness.profiles.ci.run]" in rows["out"]
    assert "= 2" in rows["repeats"] and "profiles.ci.run" in rows["repeats"]
    assert "= 5" in rows["concurrency"] and "# command line" in rows["concurrency"]
    assert "pyproject.toml [tool.harness.run]" in rows["generator"]
    code, out, _ = _run(capsys, "config")  # every command the file sets; no profile: the base table
    assert code == 0 and "[run]" in out and str(tmp_path / "reports" / "local") in out and "concurrency = 2" in out
    code, _, err = _run(capsys, "run", "--profile", "nightly")
    assert code == 2 and "unknown profile 'nightly'" in err and "ci" in err


def test_harness_toml_with_the_same_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    sub = tmp_path / "project" / "evals"
    sub.mkdir(parents=True)
    (tmp_path / "project" / "harness.toml").write_text(f'''[score]
answers = "{V1}"
dataset = "{QUESTIONS}"
out = "runs/v1"
''', encoding="utf-8")
    monkeypatch.chdir(sub)  # found in a parent folder; relative paths are the file's
    code, _, err = _run(capsys, "score")
    assert code == 1, err
    assert (tmp_path / "project" / "runs" / "v1" / "summary.json").exists()


@pytest.mark.parametrize("body, key, line", [
    ('[tool.harness.run]\ndataset = "q.jsonl"\nconcurency = 4\n', "concurency", 3),
    ('[tool.harness.runn]\nout = "x"\n', "runn", 1),
    ('[tool.harness.profiles.ci.score]\n\nanswerz = "a.jsonl"\n', "answerz", 3),
])
def test_unknown_key_is_exit_2_naming_file_line_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str], body: str, key: str,
                                                        line: int) -> None:
    monkeypatch.chdir(tmp_path)
    path = _pyproject(tmp_path, body)
    code, _, err = _run(capsys, "validate", str(QUESTIONS))
    assert code == 2
    assert f"{path}:{line}" in err and f"unknown key '{key}'" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_wrong_type_and_bad_toml_are_input_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _pyproject(tmp_path, '[tool.harness.run]\nconcurrency = "eight"\n')
    code, _, err = _run(capsys, "run")
    assert code == 2 and "concurrency" in err and "'eight' is not of type 'integer'" in err
    _pyproject(tmp_path, '[tool.harness.run\n')
    code, _, err = _run(capsys, "run")
    assert code == 2 and "not valid TOML" in err and ":1" in err


def test_a_pyproject_without_tool_harness_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _pyproject(tmp_path, '[project]\nname = "x"\n[tool.harnessy]\nfoo = 1\n')
    code, out, _ = _run(capsys, "config")
    assert code == 0 and "config file: none" in out


def test_generated_files_are_up_to_date() -> None:
    """docs/CHECKS.md and schemas/config.schema.json are generated (harness docs); a check type,
    parameter or option added without regenerating them fails here."""
    from harness import gendocs

    assert gendocs.write_all(check=True) == [], "run: harness docs"


def test_config_schema_lists_every_long_option_of_every_configurable_command() -> None:
    schema = json.loads((REPO / "schemas" / "config.schema.json").read_text())
    parser = build_parser()
    for command in CONFIGURABLE:
        props = schema["properties"][command]["properties"]
        sp = subparser(parser, command)
        longs = {s[2:] for a in sp._actions for s in a.option_strings[:2] if s.startswith("--")
                 and a.help != argparse.SUPPRESS and a.dest not in ("help", "profile", "config", "show_config")}
        canonical = {k for k in longs if k in props}
        assert canonical and all(props[k].get("description") for k in canonical)
    assert schema["properties"]["run"]["properties"]["concurrency"]["type"] == "integer"
    assert schema["properties"]["run"]["properties"]["no-cache"]["type"] == "boolean"
    assert schema["properties"]["compare"]["properties"]["fail-on"]["enum"] == ["critical", "major", "minor"]
    assert "api-key" not in schema["properties"]["run"]["properties"]  # keys never come from a file


def test_every_option_has_help_text() -> None:
    parser = build_parser()
    missing = []

    def walk(p: argparse.ArgumentParser, name: str) -> None:
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                for sub_name, sp in a.choices.items():
                    walk(sp, f"{name} {sub_name}")
            elif a.help is None:
                missing.append(f"{name}: {a.option_strings or a.dest}")

    walk(parser, "harness")
    assert missing == []


def test_settings_object_is_typed() -> None:
    from harness.settings import JudgeSettings, Limits, RunSettings, run_settings

    parser = build_parser()
    args = parser.parse_args(["run", "--dataset", "q.jsonl", "--generator", "openai", "--out", "o",
                              "--model", "m", "--max-retries", "2", "--header-env", "A=B", "--judge-model", "j",
                              "--scoring-timeout", "3"])
    s = run_settings(vars(args))
    assert isinstance(s, RunSettings) and s.dataset == Path("q.jsonl") and s.generator.name == "openai"
    assert s.generator.max_retries == 2 and s.generator.header_env == ("A=B",)
    assert s.judge == JudgeSettings(model="j") and s.limits == Limits(scoring_timeout=3.0)
    opts = s.generator.options()  # what a generator factory receives
    assert opts["model"] == "m" and opts["header_env"] == ["A=B"] and "name" not in opts
