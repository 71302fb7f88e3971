"""The ``harness`` command line. Its subcommands, options and exit codes are a public contract.

Exit codes: 0 gate passed; 1 quality or regression gate failed (and only that); 2 usage or input
error (one message naming file, line and field; no traceback); 3 incomplete (an item in status
``error``, the error budget spent, an interrupted or incomplete run); 4 internal error (one line on
stderr, the traceback in the run folder's crash log, or in the temp folder when there is none).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Sequence

from harness import __version__
from harness.agreement import MIN_KAPPA
from harness.errors import (EXIT_GATE_FAILED, EXIT_INCOMPLETE, EXIT_INPUT_ERROR, EXIT_INTERNAL, EXIT_OK, InputError,
                            RunIncomplete)
from harness.escape import terminal
from harness.paths import data_root, default_rubric


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"harness: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_INPUT_ERROR)


def _common_rubric(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rubric", default=None, help="rubric YAML (default: rubrics/default.yaml)")


def _limits(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("scoring limits (default: the rubric's settings.limits, else 100,000 characters and 10 s)")
    g.add_argument("--max-answer-chars", type=int, metavar="N", help="longer answers are error items, not scored")
    g.add_argument("--scoring-timeout", type=float, metavar="S",
                   help="seconds to score one answer; past it the item is error naming the rule that was running")


def _overwrite(p: argparse.ArgumentParser) -> None:
    p.add_argument("--overwrite", action="store_true",
                   help="replace the run already in --out (without it an existing run folder is refused)")


class _RefuseSecret(argparse.Action):
    """``--api-key``: refused without echoing the value (keys come from the environment only)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        parser.error(f"{option_string} is not accepted: API keys are never taken from the command line; "
                     "export OPENAI_API_KEY (or the variable named by --key-env)")


def _add_generation_options(p: argparse.ArgumentParser) -> None:
    """``harness run`` options of the generators and of the runner (defaults live in the code, so
    that ``--resume`` keeps the settings the run started with unless one is given again)."""
    g = p.add_argument_group("openai generator (API key from $OPENAI_API_KEY or --key-env VAR, never an option)")
    g.add_argument("--model", help="model name")
    g.add_argument("--base-url", help="any OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1")
    g.add_argument("--api", choices=["chat", "responses"], help="chat completions (default) or the responses API")
    g.add_argument("--key-env", dest="api_key_env", metavar="VAR",
                   help="environment variable holding the API key (default OPENAI_API_KEY)")
    g.add_argument("--api-key", "--key", action=_RefuseSecret, help=argparse.SUPPRESS)
    g.add_argument("--prompt", help="prompt template: v1, v2 or a YAML path (default v1)")
    g.add_argument("--temperature", type=float)
    g.add_argument("--max-tokens", type=int)
    g.add_argument("--seed", type=int)
    g.add_argument("--price", metavar="IN,OUT", help="USD per 1M input,output tokens for the cost estimate")
    g = p.add_argument_group("http generator")
    g.add_argument("--url", help="answer service endpoint (POST)")
    g.add_argument("--header-env", action="append", metavar="HEADER=VAR",
                   help="send header HEADER with the value of environment variable VAR (repeatable)")
    g.add_argument("--answer-path", help="dotted JSON path of the answer in the reply (default: answer)")
    g.add_argument("--contexts-path", help="dotted JSON path of the retrieved contexts in the reply")
    g = p.add_argument_group("python generator")
    g.add_argument("--function", metavar="MODULE:FUNCTION", help="called with each question record")
    g = p.add_argument_group("reliability")
    g.add_argument("--timeout", type=float, help="seconds per request (default 60)")
    g.add_argument("--max-retries", type=int, help="retries per item on 429/5xx/timeouts/bad replies (default 5)")
    g.add_argument("--backoff", type=float, help="base of the exponential backoff in seconds (default 0.5)")
    g.add_argument("--error-budget", metavar="N|P%",
                   help="stop starting new items after N (or P%% of) items failed to generate (default: no limit)")
    g.add_argument("--cache-dir", type=Path, help="response cache directory (default .harness-cache)")
    g.add_argument("--no-cache", action="store_const", const=True, default=None, help="neither read nor write the cache")
    g.add_argument("--shard", metavar="I/N", help="run the I-th of N shards of the dataset (merge with harness merge)")
    g.add_argument("--retry-errors", action="store_const", const=True, default=None,
                   help="with --resume: generate the items that ended in error again")
    g.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")


def _add_judge_options(p: argparse.ArgumentParser) -> None:
    """LLM-judged grounding (harness.judge); offline grounding runs without these."""
    g = p.add_argument_group("LLM judge (optional; API key from the environment variable, never an option)")
    g.add_argument("--judge-model", help="judge model name; enables the judge rules grounding.judge_*")
    g.add_argument("--judge-base-url", help="any OpenAI-compatible server (OpenAI, Azure, vLLM, Ollama, llama.cpp)")
    g.add_argument("--judge-api-key-env", metavar="VAR", help="environment variable holding the judge key "
                   "(default OPENAI_API_KEY)")
    g.add_argument("--judge-metrics", metavar="M1,M2",
                   help="claims, ragas.faithfulness, ragas.response_relevancy, deepeval.faithfulness or all "
                        "(default claims)")
    g.add_argument("--judge-cache-dir", type=Path, help="cache judge replies here (default: no cache)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="harness", description="Answer-quality evaluation harness for oncology answers.")
    parser.add_argument("--version", action="version", version=f"harness {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("validate", help="validate datasets, sources, rubrics, answers and run folders")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the shipped data)")
    p.add_argument("--max-source-age-months", type=int, default=12, metavar="N",
                   help="warn about source passages whose as_of is more than N months old (default 12)")

    p = sub.add_parser("score", help="score an answers file that was already generated")
    p.add_argument("--answers", required=True, type=Path)
    p.add_argument("--dataset", type=Path, help="questions JSONL to join metadata, criteria and sources from")
    p.add_argument("--sources", type=Path, help="sources folder (default: sources/ beside the dataset)")
    p.add_argument("--out", required=True, type=Path)
    _overwrite(p)
    _common_rubric(p)
    _add_judge_options(p)
    _limits(p)

    p = sub.add_parser("run", help="generate answers for every question, then score them")
    p.add_argument("--dataset", type=Path, help="questions JSONL")
    p.add_argument("--generator", default=None, help="generator name (replay, ...)")
    p.add_argument("--replay", type=Path, help="replay: recorded answers JSONL or a previous run folder")
    p.add_argument("--sources", type=Path)
    p.add_argument("--out", type=Path)
    p.add_argument("--resume", type=Path, metavar="DIR", help="resume an interrupted run in DIR")
    _overwrite(p)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--repeats", type=int, default=1, help="sample each question N times (flaky items, CIs)")
    _add_generation_options(p)
    _add_judge_options(p)
    _limits(p)
    _common_rubric(p)

    p = sub.add_parser("merge", help="merge run folders (e.g. --shard I/N jobs of CI) into one run folder")
    p.add_argument("run_dirs", nargs="+", type=Path, metavar="DIR")
    p.add_argument("--out", required=True, type=Path)
    _overwrite(p)
    _common_rubric(p)

    p = sub.add_parser("compare", help="regression report between two run folders")
    p.add_argument("baseline", type=Path)
    p.add_argument("candidate", type=Path)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--fail-on", choices=["critical", "major", "minor"], default="major")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level of the paired test with repeats")
    p.add_argument("--gate-config", type=Path, help="YAML with fail_on, alpha, mode, min_effect, score_min_effect and "
                   "max_drop per category (schemas/gate_config.schema.json)")
    p.add_argument("--rescore", action="store_true", help="score the baseline's stored answers again with the "
                   "candidate's rubric (and this harness's code), so the gate sees only the prompt change")
    p.add_argument("--rubric", type=Path, help="with --rescore: the rubric to score both runs with "
                   "(default: the one the candidate was scored with)")
    p.add_argument("--bootstrap-samples", type=int, default=2000, help="paired bootstrap resamples for score CIs")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (fixed: reports are deterministic)")

    p = sub.add_parser("import-healthbench", help="convert OpenAI HealthBench-format JSONL into harness questions")
    p.add_argument("file", type=Path, help="HealthBench JSONL (prompt messages + rubrics)")
    p.add_argument("--out", required=True, type=Path, help="questions JSONL to write")
    p.add_argument("--ideal-answers", type=Path, help="also write the physician ideal completions as an answers file")
    p.add_argument("--id-prefix", default="hb-")

    p = sub.add_parser("report", help="(re)build report.md, report.html and junit.xml of a run folder")
    p.add_argument("run_dir", type=Path)
    p.add_argument("--min-kappa", type=float, default=MIN_KAPPA,
                   help=f"mark rules whose kappa with clinicians is below this (default {MIN_KAPPA})")

    p = sub.add_parser("review", help="clinician reviews: plan what to review, import a review file exported from an "
                       "HTML report, agreement per rule and between clinicians")
    rsub = p.add_subparsers(dest="review_command", required=True, parser_class=_Parser)
    q = rsub.add_parser("import", help="validate review-<name>.json against a run and store it in DIR/reviews/")
    q.add_argument("file", type=Path)
    q.add_argument("--run", required=True, type=Path, help="the run folder the review was made on (a compare's candidate)")
    q = rsub.add_parser("stats", help="agreement between clinicians and the harness per rule (precision, Cohen's kappa "
                        "with a 95% interval, confusion) and between clinicians")
    q.add_argument("--run", action="append", type=Path, help="run folder with reviews/ (repeatable; default: all under reports/)")
    q.add_argument("--json", type=Path, help="also write the statistics as JSON to this file")
    q.add_argument("--min-kappa", type=float, default=MIN_KAPPA,
                   help=f"mark rules whose kappa with clinicians is below this (default {MIN_KAPPA})")
    q = rsub.add_parser("plan", help="pick what to review: every failure and flagged item, plus a random sample of "
                        "passes per cancer type")
    q.add_argument("run_dir", type=Path, metavar="RUN")
    q.add_argument("--out", required=True, type=Path, help="the plan, one JSON line per item to review")
    q.add_argument("--sample-per-cancer", type=int, default=3, metavar="N",
                   help="clean passes drawn at random per cancer type (default 3)")
    q.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")

    p = sub.add_parser("demo", help="the main job on the shipped corpus, offline: score v1 and v2, compare")
    p.add_argument("--out", type=Path, default=Path("reports/demo"))
    p.add_argument("--strict", action="store_true", help="exit with the regression gate's code")
    return parser


def _rubric(args: argparse.Namespace) -> Path:
    return args.rubric if args.rubric else default_rubric()


def _gate_exit(summary: dict[str, Any]) -> int:
    """3 when any item ended in ``error`` (not graded is not passed), else the gate's verdict."""
    n_err = summary["counts"]["error"]
    if n_err:
        print(f"harness: run incomplete: {n_err} of {summary['counts']['items']} items ended in error "
              "(see 'error' in results.jsonl)", file=sys.stderr)
        return EXIT_INCOMPLETE
    return EXIT_OK if summary["gate"]["passed"] else EXIT_GATE_FAILED


def _ids(ids: list[str], limit: int = 20) -> str:
    return ", ".join(terminal(i) for i in ids[:limit]) + (" …" if len(ids) > limit else "")


def _print_run(summary: dict[str, Any], out: Path) -> None:
    c = summary["counts"]
    verdict = "passed" if summary["gate"]["passed"] else "FAILED"
    print(f"quality gate {verdict}: {c['items']} items, {c['passed']} passed, {c['failed']} failed, {c['error']} error")
    if summary["failed_ids"]:
        print(f"failed: {_ids(summary['failed_ids'])}")
    if summary["error_ids"]:
        print(f"error: {_ids(summary['error_ids'])}")
    print(f"results: {terminal(out / 'results.jsonl')}\nreport:  {terminal(out / 'report.html')}")


def cmd_validate(args: argparse.Namespace) -> int:
    from harness.validate import default_paths, freshness_warnings, validate_path

    paths = args.paths or [p for p in default_paths() if p.exists()]
    for p in paths:
        print(f"ok: {p}: {validate_path(p)}")
        for warning in freshness_warnings(p, args.max_source_age_months):
            print(warning, file=sys.stderr)
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    from harness.pipeline import score_answers

    summary = score_answers(args.answers, args.out, _rubric(args), args.dataset, args.sources,
                            judge_options=vars(args), overwrite=args.overwrite)
    _print_run(summary, args.out)
    return _gate_exit(summary)


def cmd_run(args: argparse.Namespace) -> int:
    from harness.pipeline import RUN_CONFIG, run

    from harness.textfiles import load_json

    opts = {k: v for k, v in vars(args).items() if v is not None and k != "overwrite"}
    if args.resume:
        cfg_path = args.resume / RUN_CONFIG
        if not cfg_path.exists():
            raise InputError(f"cannot resume: no {RUN_CONFIG}", path=args.resume)
        cfg = load_json(cfg_path, "run configuration")
        from harness import schemas

        schemas.check(cfg, "run_config", path=cfg_path)
        gen_cfg = dict(cfg["generator"])
        name = gen_cfg.pop("name")
        if name == "replay":
            gen_cfg["replay"] = gen_cfg.pop("path", None)
        opts = {**(cfg.get("options") or {}), **gen_cfg, **{k: v for k, v in opts.items() if k not in ("resume",)}}
        summary = run(cfg["dataset"], name, opts, args.resume, cfg["rubric"], args.sources or cfg.get("sources"),
                      int(cfg.get("concurrency", args.concurrency)), int(cfg.get("repeats", args.repeats)), resume=True,
                      shard=cfg.get("shard"), progress=args.progress, retry_errors=bool(args.retry_errors))
        _print_run(summary, args.resume)
        return _gate_exit(summary)
    missing = [f for f in ("dataset", "generator", "out") if getattr(args, f) is None]
    if missing:
        raise InputError("harness run needs " + ", ".join(f"--{m}" for m in missing) + " (or --resume DIR)")
    summary = run(args.dataset, args.generator, opts, args.out, _rubric(args), args.sources,
                  args.concurrency, args.repeats, shard=args.shard, progress=args.progress, overwrite=args.overwrite)
    _print_run(summary, args.out)
    return _gate_exit(summary)


def cmd_merge(args: argparse.Namespace) -> int:
    from harness.merge import merge

    summary = merge(args.run_dirs, args.out, args.rubric, overwrite=args.overwrite)
    _print_run(summary, args.out)
    return _gate_exit(summary)


def _gate_config(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    from harness import schemas
    from harness.textfiles import load_yaml

    data = load_yaml(path, "gate config") or {}

    schemas.check(data, "gate_config", path=path)
    return data


def do_compare(baseline: Path, candidate: Path, out: Path, fail_on: str, alpha: float,
               gate_cfg: dict[str, Any] | None = None, n_boot: int = 2000, seed: int = 0,
               rescore: bool = False, rubric: Path | None = None) -> dict[str, Any]:
    from harness import atomic, schemas
    from harness.compare import compare_runs
    from harness.report import html, junit, markdown
    from harness.results import load_results
    from harness.runlock import prepare_out

    from harness.review import stats_of_run

    gate_cfg = gate_cfg or {}
    prepare_out(out)
    reviews = stats_of_run(candidate)  # stored with the run the clinicians reviewed, before any re-scoring
    rescored = None
    if rescore:
        from harness.rescore import rescore_pair

        baseline, candidate, rescored = rescore_pair(baseline, candidate, out, rubric)
    cmp = compare_runs(baseline, candidate, gate_cfg.get("fail_on", fail_on), gate_cfg.get("alpha", alpha),
                       gate_cfg.get("max_drop"), n_boot=n_boot, seed=seed, mode=gate_cfg.get("mode", "auto"),
                       min_effect=gate_cfg.get("min_effect"), score_min_effect=gate_cfg.get("score_min_effect"),
                       rescored=rescored)
    schemas.check(cmp, "compare", path=out / "compare.json")
    atomic.write_text(out / "compare.json", json.dumps(cmp, indent=2, ensure_ascii=True) + "\n")
    atomic.write_text(out / "compare.md", markdown.compare_report(cmp, str(out / "compare.html")))
    junit.write_compare(cmp, out / "junit.xml")
    atomic.write_text(out / "compare.html", html.compare_report(cmp, load_results(baseline), load_results(candidate),
                                                                str(out / "compare.md"), reviews))
    return cmp


def _print_compare(cmp: dict[str, Any], out: Path) -> None:
    """First whether the difference is significant and how big, then why the gate decided as it did."""
    g = cmp["gate"]
    print(cmp["significance"]["text"])
    for w in g.get("warnings", []):
        print(f"warning: {w}")
    if g["passed"]:
        print(f"regression gate passed: no regression at or above '{g['fail_on']}' severity")
    else:
        print(f"regression gate FAILED ({len(g['reasons'])} reason{'s' if len(g['reasons']) != 1 else ''}):")
        for r in g["reasons"]:
            print(f"  - {terminal(r)}")
    print(f"compare: {terminal(out / 'compare.md')}\nreport:  {terminal(out / 'compare.html')}")


def cmd_compare(args: argparse.Namespace) -> int:
    if args.rubric and not args.rescore:
        raise InputError("--rubric is used only with --rescore", field="--rubric")
    cmp = do_compare(args.baseline, args.candidate, args.out, args.fail_on, args.alpha, _gate_config(args.gate_config),
                     n_boot=args.bootstrap_samples, seed=args.seed, rescore=args.rescore, rubric=args.rubric)
    _print_compare(cmp, args.out)
    return EXIT_OK if cmp["gate"]["passed"] else EXIT_GATE_FAILED


def cmd_import_healthbench(args: argparse.Namespace) -> int:
    from harness.importers.healthbench import import_file

    n_q, n_a = import_file(args.file, args.out, args.ideal_answers, args.id_prefix)
    print(f"wrote {n_q} questions to {args.out}" + (f" and {n_a} ideal answers to {args.ideal_answers}"
                                                    if args.ideal_answers else ""))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from harness import report

    paths = report.build(args.run_dir, min_kappa=args.min_kappa)
    for name, path in paths.items():
        print(f"wrote {path}")
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from harness import review

    if args.review_command == "import":
        from harness import report

        dest, data = review.import_review(args.file, args.run)
        n_checks = sum(len(it.get("checks") or []) for it in data["items"])
        print(f"imported review by {terminal(data['reviewer'])}: {len(data['items'])} items, {n_checks} check "
              f"judgements -> {terminal(dest)}")
        print(f"rebuilt {terminal(report.build(args.run)['report.html'])} with the clinicians' agreement")
        return EXIT_OK
    if args.review_command == "plan":
        from harness.review_plan import describe, write_plan

        rows = write_plan(args.run_dir, args.out, args.sample_per_cancer, args.seed)
        print(f"{describe(rows)} -> {terminal(args.out)}")
        return EXIT_OK
    files = review.find_reviews(args.run)
    if not files:
        where = ", ".join(str(r) for r in args.run) if args.run else "reports/"
        raise InputError(f"no imported reviews found under {where} (harness review import FILE --run DIR)")
    st = review.stats(files, args.min_kappa)
    print(terminal_lines(review.render_stats(st)))
    if args.json:
        from harness import atomic

        atomic.write_text(args.json, json.dumps(st, indent=2, ensure_ascii=True) + "\n")
        print(f"\nwrote {terminal(args.json)}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from harness.pipeline import score_answers

    root = data_root() / "datasets"
    dataset = root / "questions.jsonl"
    out: Path = args.out
    summaries = {}
    for version in ("v1", "v2"):
        summaries[version] = score_answers(root / "recorded" / f"{version}.jsonl", out / version, default_rubric(),
                                           dataset, overwrite=True)  # demo's own folders
        c = summaries[version]["counts"]
        print(f"{version}: {c['items']} answers scored: {c['passed']} passed, {c['failed']} failed, {c['error']} error")
    cmp = do_compare(out / "v1", out / "v2", out / "compare", "major", 0.05)
    _print_compare(cmp, out / "compare")
    print(f"\nOpen the HTML report: {(out / 'compare' / 'compare.html').resolve()}")
    print(f"Per-run reports:      {(out / 'v1' / 'report.html').resolve()}, {(out / 'v2' / 'report.html').resolve()}")
    if args.strict:
        return EXIT_OK if cmp["gate"]["passed"] else EXIT_GATE_FAILED
    return EXIT_OK


COMMANDS = {"validate": cmd_validate, "score": cmd_score, "run": cmd_run, "compare": cmd_compare,
            "report": cmd_report, "demo": cmd_demo, "review": cmd_review, "merge": cmd_merge,
            "import-healthbench": cmd_import_healthbench}


def terminal_lines(text: str) -> str:
    """Multi-line output with control characters and ANSI escapes removed from every line."""
    return "\n".join(terminal(line) for line in text.split("\n"))


def _one_line(text: object) -> str:
    """A message for stderr: one line, no control characters, no secrets."""
    from harness.secrets import redact

    return " ".join(terminal(redact(str(text))).split())


def _run_folder(args: argparse.Namespace) -> Path | None:
    """The folder a command writes, for its crash log (None when it has none yet)."""
    for name in ("resume", "out", "run_dir"):
        d = getattr(args, name, None)
        if isinstance(d, Path) and d.is_dir():
            return d
    runs = getattr(args, "run", None)
    if isinstance(runs, Path) and runs.is_dir():
        return runs
    return None


CRASH_LOG = "harness-crash.log"


def _crash_log(args: argparse.Namespace, argv: Sequence[str], exc: BaseException) -> Path | None:
    """Save the traceback (redacted) in the run folder, or the temp folder; None if neither works."""
    import shlex
    import tempfile
    import time
    import traceback

    from harness import atomic

    text = (f"harness {__version__} crashed at {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n"
            f"command: harness {shlex.join(argv)}\n\n" + "".join(traceback.format_exception(exc)))
    run_dir = _run_folder(args)
    candidates = [run_dir / CRASH_LOG] if run_dir is not None else []
    candidates.append(Path(tempfile.gettempdir()) / f"harness-crash-{os.getpid()}-{int(time.time())}.log")
    for path in candidates:
        try:
            return atomic.write_text(path, text)
        except OSError:
            continue
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        print(f"harness: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except RunIncomplete as exc:
        print(f"harness: run incomplete: {_one_line(exc)}", file=sys.stderr)
        return EXIT_INCOMPLETE
    except KeyboardInterrupt:
        print("harness: interrupted; the run is incomplete", file=sys.stderr)
        return EXIT_INCOMPLETE
    except OSError as exc:
        if exc.filename is None:
            return _internal_error(args, argv, exc)
        from harness.textfiles import os_error

        print(f"harness: error: {_one_line(os_error(exc, exc.filename, 'read or write'))}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except Exception as exc:  # a bug: one line for the user, the traceback for the report
        return _internal_error(args, argv, exc)


def _internal_error(args: argparse.Namespace, argv: Sequence[str], exc: BaseException) -> int:
    log = _crash_log(args, argv, exc)
    where = f"traceback saved to {log}" if log else "the traceback could not be saved"
    print(f"harness: internal error: {_one_line(f'{type(exc).__name__}: {exc}')[:300]} ({where}; please report it)",
          file=sys.stderr)
    return EXIT_INTERNAL
