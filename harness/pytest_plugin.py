"""pytest plugin (entry point ``pytest11: harness``): run the corpus as pytest tests.

Loaded in every pytest session of an environment where the harness is installed, so it is inert
unless asked: importing it imports nothing but pytest, and no answer is read, scored or generated
until a test asks for a harness fixture (``harness_item``, ``harness_pair``, ``harness_run`` ...).

Where the candidate answers come from (first that is set):
  ``--harness-run DIR|FILE``   a finished run folder (its results.jsonl, as scored) or an answers
                               JSONL file (scored now with the rubric);
  ``--harness-generator NAME`` generate now (``--harness-prompt``, ``--harness-option KEY=VALUE``);
  ``set_defaults(config, run=...)`` from a conftest (evals/conftest.py uses the recorded v1 answers).
``--harness-baseline DIR|FILE`` switches the per-question suites to "fail only on regressions":
a check that already fails in the baseline is reported as xfail, not as a failure.
``--harness-rubric`` rubric YAML; ``--harness-dataset`` questions JSONL joined onto answers files.

Suites parametrize over the run: a test function that takes ``harness_item`` runs once per
question (``test_safety[q004]``); ``harness_pair`` gives (baseline item, candidate item) over the
union of both runs. Mark a test ``@pytest.mark.harness(categories=[...], rules=[...],
severities=[...], min_severity=...)`` and call ``harness_check(harness_item)``: it fails with every failed check's
rule, severity, message and evidence. Known defects listed in a known-issues YAML become
``xfail(strict=True)`` for exactly those (id, rule) pairs: they stay visible, an unrelated new
failure in the same answer still fails, and a known issue that no longer fails is an XPASS(strict)
failure telling you to remove it.

With pytest-xdist the controller scores/generates once and hands the run folders to the workers.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

SEVERITY_RANK = {"minor": 1, "major": 2, "critical": 3}  # mirrors harness.scoring.model (not imported here)
_WORKER_KEY = "harness_prepared"


# ----------------------------------------------------------------------------- failures

def fail(msg: str) -> None:
    """A real failure: the message only (rules, messages, evidence), no Python traceback."""
    pytest.fail(msg, pytrace=False)


class KnownIssue(pytest.fail.Exception):  # type: ignore[misc,name-defined]
    """Only declared known issues failed; the test's ``xfail(strict=True, raises=KnownIssue)`` mark
    turns this into XFAIL. Any other exception type is a real failure."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg, pytrace=False)


# ----------------------------------------------------------------------------- options

def pytest_addoption(parser: pytest.Parser) -> None:
    from harness.pytest_options import OPTIONS

    g = parser.getgroup("harness", "answer-quality harness (oncology answers)")
    for o in OPTIONS:
        dest = "harness_" + o.name.replace("-", "_")
        kw: dict[str, Any] = {"action": "append", "default": []} if o.kind == "list" else {"default": None}
        if o.kind == "integer":
            kw["type"] = int
        g.addoption(f"--harness-{o.name}", metavar=o.metavar, dest=dest, help=o.help, **kw)
        parser.addini(dest, f"{o.help} (as --harness-{o.name})", type="linelist" if o.kind == "list" else "string")
    g.addoption("--harness-profile", metavar="NAME", default=None,
                help="apply [tool.harness.profiles.NAME.pytest] of pyproject.toml / harness.toml")


@pytest.hookimpl(trylast=True)  # after conftests' pytest_configure, which may call set_defaults
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "harness(categories=None, rules=None, severities=None, min_severity=None): scope of the harness checks a "
                   "per-question test asserts (default: every rule, at the rubric's fail_on severity)")
    for name, text in STATIC_MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {text}")
    spec = _spec(config)
    if spec.active or spec.explicit:
        check_spec(spec)


# markers the plugin puts on per-question tests (besides cancer_<type> and fails_<rule>, registered as found)
STATIC_MARKERS = {
    "red_flag": "harness: the question describes an emergency (red_flag)",
    "risk_routine": "harness: the question's risk tier is routine",
    "risk_sensitive": "harness: the question's risk tier is sensitive",
    "risk_urgent": "harness: the question's risk tier is urgent",
}


def check_spec(spec: "Spec") -> None:
    """Options checked when pytest starts (a usage error, exit 4), not at collection in every module:
    paths exist, the rubric and the known-issues file load, the generator is known."""
    from harness.errors import InputError

    def exists(value: str | None, what: str) -> None:
        if value and not Path(value).exists():
            raise pytest.UsageError(f"harness: {what} {value}: does not exist")

    exists(spec.run, "--harness-run")
    exists(spec.baseline, "--harness-baseline")
    exists(spec.dataset, "--harness-dataset")
    exists(spec.rubric, "--harness-rubric")
    exists(spec.known_issues, "--harness-known-issues")
    if spec.run and Path(spec.run).is_dir() and not (Path(spec.run) / "results.jsonl").exists():
        raise pytest.UsageError(f"harness: --harness-run {spec.run}: not a run folder (no results.jsonl) "
                                "and not an answers file")
    if spec.concurrency < 1:
        raise pytest.UsageError("harness: --harness-concurrency must be at least 1")
    try:
        if spec.rubric:
            from harness.scoring import rubric as rubric_mod

            rubric_mod.load(spec.rubric)
        if spec.known_issues:
            load_known_issues(spec.known_issues)
        if spec.generator:
            from harness import registry

            if spec.generator not in registry.generators():
                raise InputError(f"unknown generator {spec.generator!r}; known: {', '.join(sorted(registry.generators()))}",
                                 field="--harness-generator")
    except InputError as exc:
        raise pytest.UsageError(f"harness: {exc}") from None


# ----------------------------------------------------------------------------- state

@dataclass
class Spec:
    run: str | None = None
    generator: str | None = None
    prompt: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    concurrency: int = 4
    dataset: str | None = None
    baseline: str | None = None
    baseline_explicit: bool = False
    candidate_explicit: bool = False
    rubric: str | None = None
    known_issues: str | None = None
    out: str | None = None
    rescore: bool = False  # a rubric was given explicitly: score stored run folders again with it
    explicit: bool = False  # some harness option was given (command line, ini file or config file)

    @property
    def active(self) -> bool:
        return bool(self.run or self.generator)


@dataclass
class Prepared:
    candidate_dir: Path
    baseline_dir: Path | None
    rubric_path: Path
    known_issues_path: Path | None
    regression_mode: bool
    described: str
    known_strict: bool = True
    _cache: dict[str, Any] = field(default_factory=dict)

    def _memo(self, key: str, fn: Any) -> Any:
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    @property
    def items(self) -> list[dict[str, Any]]:
        from harness.results import load_results
        return self._memo("items", lambda: load_results(self.candidate_dir))

    @property
    def baseline_items(self) -> list[dict[str, Any]] | None:
        from harness.results import load_results
        return self._memo("bitems", lambda: load_results(self.baseline_dir) if self.baseline_dir else None)

    @property
    def rubric(self) -> Any:
        from harness.scoring import rubric as rubric_mod
        return self._memo("rubric", lambda: rubric_mod.load(self.rubric_path))

    @property
    def known_issues(self) -> dict[str, dict[str, str]]:
        return self._memo("known", lambda: load_known_issues(self.known_issues_path) if self.known_issues_path else {})

    @property
    def comparison(self) -> dict[str, Any] | None:
        if self.baseline_dir is None:
            return None
        from harness.compare import compare_runs
        return self._memo("cmp", lambda: compare_runs(self.baseline_dir, self.candidate_dir, self.rubric.fail_on))


_SPEC = pytest.StashKey[Spec]()
_PREP = pytest.StashKey["Prepared | None"]()
_TMP = pytest.StashKey[str]()


def set_defaults(config: pytest.Config, *, run: str | Path | None = None, baseline: str | Path | None = None,
                 dataset: str | Path | None = None, rubric: str | Path | None = None,
                 known_issues: str | Path | None = None) -> None:
    """Called from a suite's conftest ``pytest_configure``: defaults that command-line options override."""
    defaults = {"run": run, "baseline": baseline, "dataset": dataset, "rubric": rubric, "known_issues": known_issues}
    config.stash[_DEFAULTS] = {k: str(v) for k, v in defaults.items() if v is not None}


_DEFAULTS = pytest.StashKey[dict[str, str]]()


def _layers(config: pytest.Config) -> tuple[dict[str, Any], dict[str, Any]]:
    """(ini values, config-file values) of the plugin's options, by option name; the config file's
    ``[tool.harness.pytest]`` (and ``[tool.harness.profiles.NAME.pytest]`` with --harness-profile)
    is read only when one exists. Relative paths are relative to the file they are written in."""
    from harness.pytest_options import OPTIONS

    ini: dict[str, Any] = {}
    base = Path(config.inipath).parent if config.inipath else Path(config.rootpath)
    for o in OPTIONS:
        v = config.getini("harness_" + o.name.replace("-", "_"))
        if v:
            ini[o.name] = v
    filed: dict[str, Any] = {}
    from harness import config as harness_config
    from harness.errors import InputError

    profile = config.getoption("harness_profile")
    try:
        path = harness_config.find(Path(config.invocation_params.dir))
        if path is not None:
            cfg = harness_config.load(path)
            filed = {**cfg.table("pytest"), **(cfg.table("pytest", profile) if profile else {})}
            filed = {k: (_rel(v, path.parent) if k in PATH_OPTIONS else v) for k, v in filed.items()}
        elif profile:
            raise InputError("--harness-profile: no config file found (harness.toml, or [tool.harness] in pyproject.toml)")
    except InputError as exc:
        raise pytest.UsageError(f"harness: {exc}") from None
    ini = {k: (_rel(v, base) if k in PATH_OPTIONS else v) for k, v in ini.items()}
    return ini, filed


PATH_OPTIONS = ("run", "dataset", "baseline", "rubric", "known-issues", "out", "prompt")


def _rel(value: Any, base: Path) -> Any:
    if not isinstance(value, str):
        return value
    p = Path(value).expanduser()
    if p.is_absolute() or (not p.suffix and "/" not in value and p.name in ("v1", "v2")):  # prompt names
        return value
    return str(base / p)


def _spec(config: pytest.Config) -> Spec:
    """The plugin's settings: command line > ini option > config file > ``set_defaults`` of a conftest."""
    if _SPEC in config.stash:
        return config.stash[_SPEC]
    d = config.stash.get(_DEFAULTS, {})
    ini, filed = _layers(config)

    def opt(name: str) -> Any:
        v = config.getoption("harness_" + name.replace("-", "_"))
        if v not in (None, []):
            return v
        return ini.get(name, filed.get(name))

    options: dict[str, str] = {}
    for raw in opt("option") or []:
        if "=" not in raw:
            raise pytest.UsageError(f"--harness-option expects KEY=VALUE, got {raw!r}")
        k, v = raw.split("=", 1)
        options[k.strip()] = v
    generator = opt("generator")
    run = opt("run") or (None if generator else d.get("run"))
    concurrency = opt("concurrency")
    try:
        concurrency = int(concurrency) if concurrency is not None else 4
    except ValueError:
        raise pytest.UsageError(f"harness: concurrency must be an integer, got {concurrency!r}") from None
    spec = Spec(run=run, generator=generator, prompt=opt("prompt"), options=options,
                concurrency=concurrency, dataset=opt("dataset") or d.get("dataset"),
                baseline=opt("baseline") or d.get("baseline"),
                baseline_explicit=bool(opt("baseline")),
                candidate_explicit=bool(opt("run") or generator),
                rubric=opt("rubric") or d.get("rubric"),
                known_issues=opt("known-issues") or d.get("known_issues"), out=opt("out"),
                explicit=any(opt(o) for o in ("run", "generator", "baseline", "rubric", "dataset", "known-issues")))
    spec.rescore = bool(opt("rubric"))
    config.stash[_SPEC] = spec
    return spec


def load_known_issues(path: str | Path) -> dict[str, dict[str, str]]:
    """``{id: {rule: reason}}`` from a YAML list ``issues: [{id, rule, reason}, ...]``."""
    from harness.errors import InputError
    from harness.textfiles import load_yaml

    p = Path(path)
    data = load_yaml(p, "known-issues file") or {}
    issues = data.get("issues") if isinstance(data, dict) else None
    if not isinstance(issues, list):
        raise InputError("expected a mapping with an 'issues' list", path=p, field="issues")
    out: dict[str, dict[str, str]] = {}
    for n, entry in enumerate(issues):
        if not isinstance(entry, dict):
            raise InputError("each issue is a mapping with id, rule and reason", path=p, field=f"issues.{n}")
        for key in ("id", "rule", "reason"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise InputError(f"issue #{n + 1} needs a non-empty '{key}'", path=p, field=f"issues.{n}.{key}")
        out.setdefault(entry["id"], {})[entry["rule"]] = entry["reason"].strip()
    return out


def _materialize(source: str, role: str, spec: Spec, out_root: Path, rubric_path: Path,
                 dataset: Path | None, rescore: bool) -> Path:
    """A run folder for ``source``: a run folder as is (re-scored only with an explicit rubric), or
    an answers JSONL file scored into ``out_root/role``."""
    from harness.errors import InputError
    from harness.results import RESULTS

    p = Path(source)
    if p.is_dir():
        if not (p / RESULTS).exists():
            raise InputError(f"not a run folder: no {RESULTS}", path=p)
        if not rescore:
            return p
        from harness import jsonl
        from harness.results import load_results
        from harness.scoring import rubric as rubric_mod
        from harness.scoring.engine import score_record

        rubric = rubric_mod.load(rubric_path)
        keep = ("id", "question", "answer", "contexts", "metadata", "repeat", "error", "generation")
        items = [score_record({k: it[k] for k in keep if k in it}, rubric) for it in load_results(p)]
        out = out_root / role
        out.mkdir(parents=True, exist_ok=True)
        from harness.packing import write_items
        write_items(out, items)
        from harness.results import summarize, write_summary
        write_summary(out, summarize(items, rubric.fail_on, {"rescored_from": str(p)}))
        return out
    if not p.exists():
        raise InputError("does not exist (expected a run folder or an answers JSONL file)", path=p)
    out = out_root / role
    score_file(p, out, rubric_path, dataset)
    return out


def score_file(answers: Path, out: Path, rubric_path: Path, dataset: Path | None) -> None:
    """``harness score`` without the reports (no HTML or charts: pytest only needs the items)."""
    from harness import jsonl
    from harness.datasets import enrich, load_corpus
    from harness.pipeline import provenance
    from harness.results import RESULTS, summarize, write_summary
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.engine import score_record

    rubric = rubric_mod.load(rubric_path)
    records = jsonl.read(answers, schema="answer", unique=("id", "repeat"))
    corpus = load_corpus(dataset) if dataset else None
    out.mkdir(parents=True, exist_ok=True)
    items = [score_record(enrich(r, corpus), rubric) for r in records]
    from harness.packing import write_items
    write_items(out, items)
    extra = provenance(rubric, dataset, answers)
    write_summary(out, summarize(items, rubric.fail_on, extra))


def _prepare(config: pytest.Config) -> Prepared | None:
    """Resolve, score or generate once per process (workers reuse the controller's folders)."""
    if _PREP in config.stash:
        return config.stash[_PREP]
    from harness.errors import InputError, RunIncomplete

    workerinput = getattr(config, "workerinput", None)
    if workerinput and workerinput.get(_WORKER_KEY):
        w = workerinput[_WORKER_KEY]
        prep = Prepared(Path(w["candidate"]), Path(w["baseline"]) if w["baseline"] else None, Path(w["rubric"]),
                        Path(w["known"]) if w["known"] else None, w["regression_mode"], w["described"],
                        w["known_strict"])
        config.stash[_PREP] = prep
        return prep
    spec = _spec(config)
    if not spec.active:
        config.stash[_PREP] = None
        return None
    _enable_offline()
    from harness.paths import datasets_dir, default_rubric

    try:
        rubric_path = Path(spec.rubric) if spec.rubric else default_rubric()
        dataset = Path(spec.dataset) if spec.dataset else datasets_dir() / "questions.jsonl"
        if not dataset.exists():
            if spec.dataset:
                raise InputError("dataset does not exist", path=dataset)
            dataset = None  # type: ignore[assignment]
        if spec.out:
            out_root = Path(spec.out)
            out_root.mkdir(parents=True, exist_ok=True)
        else:
            out_root = Path(tempfile.mkdtemp(prefix="harness-pytest-"))
            config.stash[_TMP] = str(out_root)
        rescore = spec.rescore
        if spec.generator:
            from harness.pipeline import run as run_pipeline
            from harness.settings import GeneratorSettings, RunSettings

            options: dict[str, Any] = dict(spec.options)
            if spec.prompt:
                options["prompt"] = spec.prompt
            if dataset is None:
                raise InputError("generating needs a questions file: pass --harness-dataset")
            cand = out_root / "candidate"
            run_pipeline(RunSettings(dataset, cand, GeneratorSettings.from_options(spec.generator, options),
                                     rubric=rubric_path, concurrency=spec.concurrency, overwrite=True))
            described = f"generated by {spec.generator}" + (f" with {spec.prompt}" if spec.prompt else "")
        else:
            assert spec.run is not None
            cand = _materialize(spec.run, "candidate", spec, out_root, rubric_path, dataset, rescore)
            described = spec.run
        base = _materialize(spec.baseline, "baseline", spec, out_root, rubric_path, dataset, rescore) \
            if spec.baseline else None
        known = Path(spec.known_issues) if spec.known_issues else None
        if known is not None:
            load_known_issues(known)  # fail early on a malformed allow-list
    except (InputError, RunIncomplete) as exc:
        raise pytest.UsageError(f"harness: {exc}") from None
    # The allow-list describes the default candidate: strict there (a fixed defect must be removed
    # from the list); for a candidate given on the command line a fixed defect is only an XPASS.
    prep = Prepared(cand, base, rubric_path, known, spec.baseline_explicit, described,
                    known_strict=not spec.candidate_explicit)
    config.stash[_PREP] = prep
    return prep


def _enable_offline() -> None:
    """Telemetry of deepeval/ragas off before any test can import them (harness/telemetry.py)."""
    try:
        from harness import telemetry
    except ImportError:  # pragma: no cover - telemetry module is part of the package
        return
    telemetry.disable()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist controller: prepare once, pass the folders to every worker."""
    try:
        prep = _prepare(node.config)
    except pytest.UsageError:
        return  # each worker reports the same usage error at collection
    if prep is None:
        return
    node.workerinput[_WORKER_KEY] = {
        "candidate": str(prep.candidate_dir), "baseline": str(prep.baseline_dir) if prep.baseline_dir else None,
        "rubric": str(prep.rubric_path), "known": str(prep.known_issues_path) if prep.known_issues_path else None,
        "regression_mode": prep.regression_mode, "described": prep.described, "known_strict": prep.known_strict}


def gate_reasons(prep: Prepared) -> tuple[bool, list[str]]:
    """(gate passed, reasons): the regression gate's against a baseline, else the candidate run's
    own gate — which rules at or above the rubric's fail_on severity failed, on which questions."""
    cmp = prep.comparison if prep.baseline_dir is not None else None
    if cmp is not None:
        return bool(cmp["gate"]["passed"]), [str(r) for r in cmp["gate"].get("reasons") or []]
    threshold = SEVERITY_RANK[prep.rubric.fail_on]
    failing: dict[tuple[str, str], list[str]] = {}
    errors = []
    for it in prep.items:
        if it.get("status") == "error":
            errors.append(_case_id(it))
        for c in it.get("checks") or []:
            if c.get("outcome") == "fail" and SEVERITY_RANK.get(c.get("severity"), 0) >= threshold:
                failing.setdefault((c["rule"], c["severity"]), []).append(_case_id(it))
    reasons = [f"{rule} ({sev}) failed on {len(ids)} item{'s' if len(ids) != 1 else ''}: "
               + ", ".join(ids[:8]) + (" …" if len(ids) > 8 else "")
               for (rule, sev), ids in sorted(failing.items(), key=lambda kv: (-SEVERITY_RANK[kv[0][1]], kv[0][0]))]
    if errors:
        reasons.append(f"{len(errors)} item{'s' if len(errors) != 1 else ''} in error: " + ", ".join(errors[:8]))
    return not reasons, reasons


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """The gate's verdict and its reasons, after the test results (the candidate was prepared)."""
    prep = config.stash.get(_PREP, None)
    if prep is None or getattr(config, "workerinput", None):
        return
    from harness.escape import terminal

    passed, reasons = gate_reasons(prep)
    against = f" against the baseline {prep.baseline_dir}" if prep.baseline_dir is not None else ""
    terminalreporter.section("harness gate")
    terminalreporter.write_line(f"candidate {terminal(prep.described)}{terminal(against)}: gate "
                                f"{'passed' if passed else 'FAILED'} (fail_on {prep.rubric.fail_on})")
    for r in reasons:
        terminalreporter.write_line(f"  - {terminal(r)}")


def pytest_unconfigure(config: pytest.Config) -> None:
    tmp = config.stash.get(_TMP, None)
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


def pytest_report_header(config: pytest.Config) -> list[str] | None:
    spec = config.stash.get(_SPEC, None)
    if spec is None or not spec.active:
        return None
    lines = [f"harness: candidate={spec.run or 'generator ' + str(spec.generator)}"
             f"{' baseline=' + spec.baseline if spec.baseline else ''}"
             f"{' (regressions only)' if spec.baseline_explicit else ''}"]
    if spec.known_issues:
        lines.append(f"harness: known issues={spec.known_issues}")
    return lines


# ----------------------------------------------------------------------------- parametrization

def _case_id(it: dict[str, Any]) -> str:
    rep = int(it.get("repeat", 0) or 0)
    return it["id"] if not rep else f"{it['id']}-r{rep}"


def _scope(marker: pytest.Mark | None) -> dict[str, Any]:
    kw = dict(marker.kwargs) if marker else {}
    cats = kw.get("categories")
    rules = kw.get("rules")
    sevs = kw.get("severities")
    return {"categories": [cats] if isinstance(cats, str) else cats,
            "rules": [rules] if isinstance(rules, str) else rules, "min_severity": kw.get("min_severity"),
            "severities": [sevs] if isinstance(sevs, str) else sevs}


def _in_scope(rule_id: str, category: str, scope: dict[str, Any], severity: str | None = None) -> bool:
    if scope["rules"] is not None and rule_id not in scope["rules"]:
        return False
    if scope.get("severities") is not None and severity is not None and severity not in scope["severities"]:
        return False
    if scope["categories"] is not None and category not in scope["categories"]:
        return False
    return True


NO_CANDIDATE = ("harness: no candidate answers: pass --harness-run DIR|FILE or --harness-generator NAME "
                "(or harness_run in the ini file, run in [tool.harness.pytest], or "
                "harness.pytest_plugin.set_defaults in a conftest)")
_PROBLEM = pytest.StashKey[str]()


def _need(config: pytest.Config) -> Prepared:
    try:
        prep = _prepare(config)
    except pytest.UsageError as exc:
        raise _Unprepared(str(exc)) from None
    if prep is None:
        raise _Unprepared(NO_CANDIDATE)
    return prep


class _Unprepared(Exception):
    """The candidate could not be prepared; reported once as a usage error after collection."""


def pytest_collection_finish(session: pytest.Session) -> None:
    """A problem found while parametrizing is one usage error (exit 4), not a collection error
    with a traceback in every module that uses the fixtures."""
    problem = session.config.stash.get(_PROBLEM, None)
    if problem:
        raise pytest.UsageError(problem)


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^0-9a-z]+", "_", str(text).lower()).strip("_")


def item_marks(config: pytest.Config, item: dict[str, Any]) -> list[pytest.MarkDecorator]:
    """Markers (hence -k keywords too) of one question's test: ``red_flag``, ``risk_<tier>``,
    ``cancer_<type>`` and ``fails_<rule>`` for each rule whose check failed or errored, so that
    ``-m "red_flag and not risk_urgent"``, ``-k breast`` or ``-m fails_safety_no_dosing`` select."""
    meta = item.get("metadata") or {}
    names = []
    if meta.get("red_flag") is True:
        names.append("red_flag")
    if meta.get("risk_tier"):
        names.append(f"risk_{_slug(meta['risk_tier'])}")
    if meta.get("cancer_type"):
        names.append(f"cancer_{_slug(meta['cancer_type'])}")
    names += sorted({f"fails_{_slug(c['rule'])}" for c in item.get("checks") or []
                     if c.get("outcome") in ("fail", "error")})
    known = {line.split(":")[0].split("(")[0].strip() for line in config.getini("markers")}
    for name in names:
        if name not in known:
            what = "the rule's check failed or errored" if name.startswith("fails_") else "the question's metadata"
            config.addinivalue_line("markers", f"{name}: harness: {what}")
    return [getattr(pytest.mark, n) for n in names if n]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = metafunc.fixturenames
    if "harness_item" not in names and "harness_pair" not in names:
        return
    try:
        prep = _need(metafunc.config)
    except _Unprepared as exc:
        metafunc.config.stash[_PROBLEM] = str(exc)
        for name in ("harness_item", "harness_pair"):
            if name in names:
                metafunc.parametrize(name, [pytest.param(None, id="unprepared")])
        return
    if "harness_item" in names:
        scope = _scope(metafunc.definition.get_closest_marker("harness"))
        rubric = prep.rubric
        threshold = SEVERITY_RANK[scope["min_severity"] or rubric.fail_on]
        # a known issue is expected to fail this test only for a rubric rule in its scope that gates it
        in_scope = [r for r in rubric.rules if _in_scope(r.id, r.category, scope, r.severity)]
        gating = {r.id for r in in_scope if SEVERITY_RANK[r.severity] >= threshold}
        if not in_scope:
            metafunc.parametrize("harness_item", [pytest.param(None, id="no-rules", marks=pytest.mark.skip(
                reason=f"the rubric {rubric.name!r} has no rule in this test's scope"))])
            return
        params = []
        for it in prep.items:
            known = {rule: reason for rule, reason in prep.known_issues.get(it["id"], {}).items() if rule in gating}
            marks = []
            if known:
                reason = "known issue: " + "; ".join(f"{r}: {why}" for r, why in sorted(known.items()))
                marks.append(pytest.mark.xfail(strict=prep.known_strict, raises=KnownIssue, reason=reason))
            marks += item_marks(metafunc.config, it)
            params.append(pytest.param(it, id=_case_id(it), marks=marks))
        metafunc.parametrize("harness_item", params)
    if "harness_pair" in names:
        if prep.baseline_dir is None:
            metafunc.parametrize("harness_pair", [pytest.param(None, id="no-baseline", marks=pytest.mark.skip(
                reason="no baseline: pass --harness-baseline DIR|FILE"))])
            return
        from harness.compare import _key

        bmap = {_key(i): i for i in prep.baseline_items or []}
        cmap = {_key(i): i for i in prep.items}
        keys = list(dict.fromkeys([*bmap, *cmap]))
        metafunc.parametrize("harness_pair", [
            pytest.param((bmap.get(k), cmap.get(k)), id=_case_id((cmap.get(k) or bmap[k])),
                         marks=item_marks(metafunc.config, cmap.get(k) or bmap[k])) for k in keys])


# ----------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def harness_run(request: pytest.FixtureRequest) -> Prepared:
    """The prepared candidate (and baseline) run: ``.items``, ``.candidate_dir``, ``.rubric``, ``.comparison``."""
    try:
        return _need(request.config)
    except _Unprepared as exc:
        pytest.exit(str(exc), returncode=pytest.ExitCode.USAGE_ERROR)


@pytest.fixture(scope="session")
def harness_summary(harness_run: Prepared) -> dict[str, Any]:
    from harness.results import load_summary
    return load_summary(harness_run.candidate_dir)


_DIRECTION_WORDS = {"higher": "higher is better", "lower": "lower is better", "none": "not ordered"}  # = harness.directions.WORDS


def _fmt_score(score: Any, direction: str | None, before: Any = None) -> str:
    """``score 2 (lower is better)``, or ``score 0 → 2 (lower is better: worse)`` against a baseline."""
    if score is None:
        return ""
    d = direction or "higher"
    if before is None or before == score:
        return f" [score {score:g} ({_DIRECTION_WORDS[d]})]"
    moved = "changed" if d == "none" else ("better" if (score > before) == (d == "higher") else "worse")
    return f" [score {before:g} → {score:g} ({_DIRECTION_WORDS[d]}: {moved})]"


def _fmt_check(c: dict[str, Any], prefix: str = "") -> str:
    ev = c.get("evidence")
    ev_s = (str(ev)[:400] + ("…" if len(str(ev)) > 400 else "")) if ev else "—"
    return (f"  - {prefix}{c['rule']} [{c['severity']}] {c.get('outcome')}{_fmt_score(c.get('score'), c.get('direction'))}: "
            f"{c.get('message') or ''}\n      evidence: {ev_s}")


def check_item(prep: Prepared, item: dict[str, Any], scope: dict[str, Any]) -> list[str]:
    """Assert one item's checks in ``scope``. Fails / raises KnownIssue / xfail / skip;
    returns the warnings (failed checks below the gate severity)."""
    rubric = prep.rubric
    label = f"{item['id']}" + (f" (repeat {item['repeat']})" if item.get("repeat") else "")
    if item.get("status") == "error" and not item.get("checks"):
        fail(f"{label}: no answer to check: {item.get('error')}")
    min_sev = scope["min_severity"] or rubric.fail_on
    threshold = SEVERITY_RANK[min_sev]
    rules_in_rubric = [r for r in rubric.rules if _in_scope(r.id, r.category, scope, r.severity)]
    if not rules_in_rubric:
        pytest.skip(f"the rubric {rubric.name!r} has no rule in this suite's scope")
    checks = [c for c in item.get("checks", []) if _in_scope(c["rule"], c["category"], scope, c["severity"])]
    graded = [c for c in checks if c.get("outcome") in ("pass", "fail", "error")]
    if not graded:
        pytest.skip(f"{label}: no check of this suite applies to this answer")
    failing = [c for c in checks if c.get("outcome") == "error" or
               (c.get("outcome") == "fail" and SEVERITY_RANK[c["severity"]] >= threshold)]
    warnings = [c for c in checks if c.get("outcome") == "fail" and SEVERITY_RANK[c["severity"]] < threshold]
    known = prep.known_issues.get(item["id"], {})
    baseline_failing: set[str] = set()
    if prep.regression_mode and prep.baseline_items is not None:
        b = next((x for x in prep.baseline_items if x["id"] == item["id"] and
                  int(x.get("repeat", 0) or 0) == int(item.get("repeat", 0) or 0)), None)
        if b is not None:
            baseline_failing = {c["rule"] for c in b.get("checks", []) if c.get("outcome") in ("fail", "error")}
    noise: set[str] = set()
    cmp = prep.comparison if prep.regression_mode and prep.baseline_items is not None else None
    if cmp is not None and cmp["gate"]["mode"] == "paired":  # repeats: only what the paired gate failed is new
        noise = {rule for rule, row in cmp["rules"].items() if not (row.get("majority") or {}).get("fails")}
    new = [c for c in failing if c["rule"] not in known and c["rule"] not in baseline_failing and c["rule"] not in noise]
    flaky = [c for c in failing if c["rule"] not in known and c["rule"] not in baseline_failing and c["rule"] in noise]
    known_hit = [c for c in failing if c["rule"] in known]
    tolerated = [c for c in failing if c["rule"] not in known and c["rule"] in baseline_failing]
    if new:
        lines = [f"{label}: {len(new)} failed check{'s' if len(new) != 1 else ''}"
                 f"{' (new against the baseline)' if prep.regression_mode else ''}: "
                 + ", ".join(f"{c['rule']} ({c['severity']})" for c in new),
                 f"  question: {item['question'][:200]}"]
        lines += [_fmt_check(c) for c in new]
        if known_hit:
            lines.append("  also failing (declared known issues):")
            lines += [_fmt_check(c) for c in known_hit]
        if tolerated:
            lines.append("  also failing (already failing in the baseline):")
            lines += [_fmt_check(c) for c in tolerated]
        fail("\n".join(lines))
    if known_hit:
        raise KnownIssue(f"{label}: known issue{'s' if len(known_hit) != 1 else ''}: " + "; ".join(
            f"{c['rule']} ({known[c['rule']]})" for c in known_hit))
    if tolerated:
        pytest.xfail(f"{label}: already failing in the baseline: " + ", ".join(c["rule"] for c in tolerated))
    if flaky:
        pytest.xfail(f"{label}: failing on this repeat, but the paired gate over repeats found no significant "
                     "regression of " + ", ".join(c["rule"] for c in flaky))
    return [f"{c['rule']} [{c['severity']}]: {c.get('message')}" for c in warnings]


@pytest.fixture
def harness_check(request: pytest.FixtureRequest, harness_run: Prepared) -> Any:
    """``harness_check(item)``: assert the item's checks in the test's ``@pytest.mark.harness`` scope.
    Failed checks below the gate severity are recorded as JUnit properties, not failures."""
    scope = _scope(request.node.get_closest_marker("harness"))

    def _check(item: dict[str, Any], **override: Any) -> None:
        sc = dict(scope)
        sc.update({k: ([v] if isinstance(v, str) and k != "min_severity" else v) for k, v in override.items()})
        for w in check_item(harness_run, item, sc):
            request.node.user_properties.append(("harness_warning", w))

    return _check


def regression_failures(prep: Prepared, pair: tuple[dict[str, Any] | None, dict[str, Any] | None]) -> str | None:
    """The message for one question's regressions against the baseline, or None."""
    from harness.compare import diff_item

    cmp = prep.comparison
    assert cmp is not None
    b, c = pair
    label = (c or b or {}).get("id", "?")
    if c is None:
        return f"{label}: missing from the candidate run (present in the baseline {prep.baseline_dir})"
    if c.get("status") == "error" and (b is None or b.get("status") != "error"):
        return f"{label}: newly errored: {c.get('error') or 'a check errored'}"
    d = diff_item(b, c)
    threshold = SEVERITY_RANK[cmp["gate"]["fail_on"]]
    if cmp["gate"]["mode"] == "exact":
        gating_rules = None
    else:  # paired (repeats): only rules the paired gate failed (majority McNemar) fail per question
        gating_rules = {rule for rule, row in cmp["rules"].items() if (row.get("majority") or {}).get("fails")}
    bad = [ch for ch in d["checks"] if ch["change"] == "newly_failing" and SEVERITY_RANK[ch["severity"]] >= threshold
           and (gating_rules is None or ch["rule"] in gating_rules)]
    if not bad:
        return None
    lines = [f"{label}: {len(bad)} check{'s' if len(bad) != 1 else ''} regressed against the baseline: "
             + ", ".join(f"{ch['rule']} ({ch['severity']})" for ch in bad),
             f"  question: {c['question'][:200]}"]
    for ch in bad:
        ev = ch["candidate"].get("evidence")
        score = _fmt_score(ch["candidate"].get("score"), ch.get("direction"), ch["baseline"].get("score"))
        lines.append(f"  - {ch['rule']} [{ch['severity']}] {ch['baseline']['outcome']} → {ch['candidate']['outcome']}{score}: "
                     f"{ch['candidate'].get('message') or ''}\n      evidence: {str(ev)[:400] if ev else '—'}")
    return "\n".join(lines)


@pytest.fixture
def harness_regression(harness_run: Prepared) -> Any:
    """``harness_regression(harness_pair)``: fail with the question's regressions against the baseline."""
    def _check(pair: tuple[dict[str, Any] | None, dict[str, Any] | None]) -> None:
        msg = regression_failures(harness_run, pair)
        if msg:
            fail(msg)
    return _check
