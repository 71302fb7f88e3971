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
from harness.paths import data_root


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"harness: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_INPUT_ERROR)


def _common_rubric(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rubric", type=Path, default=None, metavar="FILE",
                   help="rubric YAML (default: rubrics/default.yaml; a rubric may 'extends: default')")


def _limits(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("scoring limits (default: the rubric's settings.limits, else 100,000 characters and 10 s)")
    g.add_argument("--max-answer-chars", type=int, metavar="N", help="longer answers are error items, not scored")
    g.add_argument("--scoring-timeout", type=float, metavar="S",
                   help="seconds to score one answer; past it the item is error naming the rule that was running")


def _details(p: argparse.ArgumentParser) -> None:
    from harness.details import MODES

    p.add_argument("--details", choices=MODES, default=None,
                   help="per-check details kept in results.jsonl: full, failed (default: on failed, errored "
                        "and needs-review checks only, claims stored once) or none")


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
    g.add_argument("--temperature", type=float, help="sampling temperature (default: the server's)")
    g.add_argument("--max-tokens", type=int, metavar="N", help="maximum tokens per answer (default: the server's)")
    g.add_argument("--seed", type=int, help="sampling seed, for servers that honour it")
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
    g.add_argument("--shard-by", choices=["position", "hash"], default=None,
                   help="split by position in the dataset (default) or by a stable hash of the question id "
                        "(a question keeps its shard as the dataset grows)")
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


def _common(p: argparse.ArgumentParser) -> None:
    """Options every command takes: which config file and profile supply its defaults."""
    g = p.add_argument_group("configuration ([tool.harness.COMMAND] in pyproject.toml, or harness.toml)")
    g.add_argument("--profile", metavar="NAME", help="also apply [tool.harness.profiles.NAME.COMMAND] "
                   "(command-line flags still win)")
    g.add_argument("--config", type=Path, metavar="FILE", help="config file to read (default: harness.toml or "
                   "pyproject.toml in this folder or the nearest parent)")
    g.add_argument("--show-config", action="store_true",
                   help="print the effective settings and where each came from, then exit")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="harness", description="Answer-quality evaluation harness for oncology answers. "
                     "Every option can also be set in [tool.harness.COMMAND] of pyproject.toml (see harness config).")
    parser.add_argument("--version", action="version", version=f"harness {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("validate", help="validate questions, sources, rubrics, answers and run folders")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the shipped data)")
    p.add_argument("--sources", type=Path, metavar="DIR|FILE",
                   help="source passages that questions cite (default: sources/ beside the questions file)")
    p.add_argument("--strict", action="store_true", help="questions must also carry every corpus field "
                   "(cancer_type, topic from the corpus taxonomy, risk_tier, red_flag, source_ids, criteria)")
    p.add_argument("--max-source-age-months", type=int, default=12, metavar="N",
                   help="warn about source passages whose as_of is more than N months old (default 12)")
    _common(p)

    p = sub.add_parser("score", help="score an answers file that was already generated")
    p.add_argument("--answers", type=Path, metavar="FILE",
                   help="answers JSONL (id, question, answer; ragas and deepeval exports are read as well)")
    p.add_argument("--dataset", type=Path, metavar="FILE",
                   help="questions JSONL to join cancer type, red flag, criteria and sources from, by id")
    p.add_argument("--sources", type=Path, metavar="DIR|FILE", help="sources folder (default: sources/ beside the dataset)")
    p.add_argument("--out", type=Path, metavar="DIR", help="run folder to write (results.jsonl, summary.json, reports)")
    _overwrite(p)
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="scoring processes (default: one per core; 1 scores in this process)")
    _details(p)
    _common_rubric(p)
    _add_judge_options(p)
    _limits(p)
    _common(p)

    p = sub.add_parser("run", help="generate answers for every question, then score them")
    p.add_argument("--dataset", type=Path, metavar="FILE", help="questions JSONL (each line needs id and question)")
    p.add_argument("--generator", default=None, metavar="NAME", help="generator name: openai, http, python, replay, "
                   "or one another package registered")
    p.add_argument("--replay", type=Path, metavar="PATH", help="replay generator: recorded answers JSONL or a previous run folder")
    p.add_argument("--sources", type=Path, metavar="DIR|FILE", help="sources folder (default: sources/ beside the dataset)")
    p.add_argument("--out", type=Path, metavar="DIR", help="run folder to write (results.jsonl, summary.json, reports)")
    p.add_argument("--resume", type=Path, metavar="DIR", help="resume an interrupted run in DIR")
    _overwrite(p)
    p.add_argument("--concurrency", type=int, default=8, metavar="N", help="requests in flight (default 8)")
    p.add_argument("--repeats", type=int, default=1, metavar="N", help="sample each question N times (flaky items, CIs)")
    _details(p)
    _add_generation_options(p)
    _add_judge_options(p)
    _limits(p)
    _common_rubric(p)
    _common(p)

    p = sub.add_parser("merge", help="merge run folders (e.g. --shard I/N jobs of CI) into one run folder")
    p.add_argument("run_dirs", nargs="+", type=Path, metavar="DIR", help="run folders to merge")
    p.add_argument("--out", type=Path, metavar="DIR", help="run folder to write")
    _overwrite(p)
    _common_rubric(p)
    _common(p)

    p = sub.add_parser("compare", help="regression report between two run folders")
    p.add_argument("baseline", type=Path, help="baseline run folder")
    p.add_argument("candidate", type=Path, help="candidate run folder")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder for compare.json, compare.md, junit.xml, compare.html")
    p.add_argument("--fail-on", choices=["critical", "major", "minor"], default="major",
                   help="lowest severity whose regression fails the gate (default major)")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level of the paired test with repeats")
    p.add_argument("--gate-config", type=Path, metavar="FILE", help="YAML with fail_on, alpha, mode, min_effect, "
                   "score_min_effect and max_drop per category (schemas/gate_config.schema.json)")
    p.add_argument("--rescore", action="store_true", help="score the baseline's stored answers again with the "
                   "candidate's rubric (and this harness's code), so the gate sees only the prompt change")
    p.add_argument("--rubric", type=Path, metavar="FILE", help="with --rescore: the rubric to score both runs with "
                   "(default: the one the candidate was scored with)")
    p.add_argument("--bootstrap-samples", type=int, default=2000, metavar="N", help="paired bootstrap resamples for score CIs")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (fixed: reports are deterministic)")
    _common(p)

    p = sub.add_parser("import", help="convert a ragas or deepeval export into a harness answers file")
    p.add_argument("file", type=Path, help="ragas EvaluationDataset JSONL (user_input, response, retrieved_contexts) "
                   "or deepeval test cases / goldens (JSON or JSONL: input, actual_output, retrieval_context)")
    p.add_argument("--out", type=Path, metavar="FILE", help="answers JSONL to write")
    p.add_argument("--format", choices=["auto", "ragas", "deepeval"], default="auto",
                   help="the export's format (default: detected from its first record)")
    p.add_argument("--dataset", type=Path, metavar="FILE",
                   help="questions JSONL: records without an id take the id of the question with the same text")
    _common(p)

    p = sub.add_parser("import-healthbench", help="convert OpenAI HealthBench-format JSONL into harness questions")
    p.add_argument("file", type=Path, help="HealthBench JSONL (prompt messages + rubrics)")
    p.add_argument("--out", type=Path, metavar="FILE", help="questions JSONL to write")
    p.add_argument("--ideal-answers", type=Path, metavar="FILE",
                   help="also write the physician ideal completions as an answers file")
    p.add_argument("--id-prefix", default="hb-", help="prefix of the question ids (default hb-)")
    _common(p)

    p = sub.add_parser("report", help="(re)build report.md, report.html and junit.xml of a run folder")
    p.add_argument("run_dir", type=Path, help="run folder")
    p.add_argument("--min-kappa", type=float, default=MIN_KAPPA,
                   help=f"mark rules whose kappa with clinicians is below this (default {MIN_KAPPA})")

    p = sub.add_parser("review", help="clinician reviews: plan what to review, import a review file exported from an "
                       "HTML report, agreement per rule and between clinicians")
    rsub = p.add_subparsers(dest="review_command", required=True, parser_class=_Parser)
    q = rsub.add_parser("import", help="validate review-<name>.json against a run and store it in DIR/reviews/")
    q.add_argument("file", type=Path, help="review-<name>.json exported from a report")
    q.add_argument("--run", required=True, type=Path, help="the run folder the review was made on (a compare's candidate)")
    q = rsub.add_parser("stats", help="agreement between clinicians and the harness per rule (precision, Cohen's kappa "
                        "with a 95% interval, confusion) and between clinicians")
    q.add_argument("--run", action="append", type=Path, help="run folder with reviews/ (repeatable; default: all under reports/)")
    q.add_argument("--json", type=Path, help="also write the statistics as JSON to this file")
    q.add_argument("--min-kappa", type=float, default=MIN_KAPPA,
                   help=f"mark rules whose kappa with clinicians is below this (default {MIN_KAPPA})")
    q = rsub.add_parser("plan", help="pick what to review: every failure and flagged item, plus a random sample of "
                        "passes per cancer type")
    q.add_argument("run_dir", type=Path, metavar="RUN", help="the run folder to plan a review of")
    q.add_argument("--out", required=True, type=Path, help="the plan, one JSON line per item to review")
    q.add_argument("--sample-per-cancer", type=int, default=3, metavar="N",
                   help="clean passes drawn at random per cancer type (default 3)")
    q.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")

    p = sub.add_parser("demo", help="the main job on the shipped corpus, offline: score v1 and v2, compare")
    p.add_argument("--out", type=Path, default=Path("reports/demo"), metavar="DIR", help="output folder (default reports/demo)")
    p.add_argument("--strict", action="store_true", help="exit with the regression gate's code")
    _common(p)

    p = sub.add_parser("config", help="print the effective settings of commands and where each came from")
    p.add_argument("commands", nargs="*", metavar="COMMAND",
                   help="commands to show (default: every command the config file sets)")
    p.add_argument("--profile", metavar="NAME", help="apply [tool.harness.profiles.NAME.COMMAND] too")
    p.add_argument("--config", type=Path, metavar="FILE", help="config file to read (default: the nearest one)")

    p = sub.add_parser("docs", help="regenerate docs/CHECKS.md and schemas/config.schema.json from the code")
    p.add_argument("--check", action="store_true", help="exit 1 when a generated file is out of date; write nothing")
    return parser


def subparser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    """The sub-parser of one command (its options are that command's config keys)."""
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[command]
    raise KeyError(command)


def explicit_dests(argv: Sequence[str]) -> set[str]:
    """The options given on the command line (not their defaults): parse again with every default
    suppressed, so a config file can fill in the rest."""
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for sp in getattr(action, "choices", {}).values():
            for a in sp._actions:
                if not isinstance(a, argparse._SubParsersAction) and a.dest != "help":
                    a.default = argparse.SUPPRESS
    return set(vars(parser.parse_args(list(argv))))


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
        print(f"ok: {p}: {validate_path(p, sources=args.sources, strict=args.strict)}")
        for warning in freshness_warnings(p, args.max_source_age_months):
            print(warning, file=sys.stderr)
    return EXIT_OK


def _needs(args: argparse.Namespace, command: str, names: Sequence[str]) -> None:
    """Options a command cannot run without, whether from the command line or the config file."""
    missing = [n for n in names if getattr(args, n) is None]
    if missing:
        flags = ", ".join(f"--{m.replace('_', '-')}" for m in missing)
        raise InputError(f"harness {command} needs {flags} (on the command line, or as "
                         f"{', '.join(m.replace('_', '-') for m in missing)} in [tool.harness.{command}] of "
                         "pyproject.toml or harness.toml)")


def cmd_score(args: argparse.Namespace) -> int:
    from harness.pipeline import score_answers
    from harness.settings import score_settings

    _needs(args, "score", ("answers", "out"))
    settings = score_settings(vars(args))
    summary = score_answers(settings)
    _print_run(summary, settings.out)
    return _gate_exit(summary)


def _resume_values(args: argparse.Namespace) -> dict[str, Any]:
    """``--resume DIR``: the settings saved in DIR/run.json, with the flags given on the command
    line on top (the config file is not applied: the run continues as it started)."""
    from harness import schemas
    from harness.pipeline import RUN_CONFIG
    from harness.textfiles import load_json

    cfg_path = args.resume / RUN_CONFIG
    if not cfg_path.exists():
        raise InputError(f"cannot resume: no {RUN_CONFIG}", path=args.resume)
    cfg = load_json(cfg_path, "run configuration")
    schemas.check(cfg, "run_config", path=cfg_path)
    gen_cfg = dict(cfg["generator"])
    name = gen_cfg.pop("name")
    if name == "replay":
        gen_cfg["replay"] = gen_cfg.pop("path", None)
    values: dict[str, Any] = {**(cfg.get("options") or {}), **gen_cfg, "generator": name, "dataset": cfg["dataset"],
                              "rubric": cfg["rubric"], "sources": cfg.get("sources"), "out": args.resume,
                              "concurrency": int(cfg.get("concurrency", 8)), "repeats": int(cfg.get("repeats", 1)),
                              "shard": cfg.get("shard")}
    resolved = getattr(args, "_resolved", None)
    given = {k for k, src in resolved.sources.items() if src == "command line"} if resolved else set(vars(args))
    values.update({k: v for k, v in vars(args).items() if k in given and v is not None and k != "resume"})
    return values


def cmd_run(args: argparse.Namespace) -> int:
    from harness.pipeline import run
    from harness.settings import run_settings

    if args.resume:
        settings = run_settings(_resume_values(args))
        summary = run(settings, resume=True)
        _print_run(summary, args.resume)
        return _gate_exit(summary)
    _needs(args, "run", ("dataset", "generator", "out"))
    settings = run_settings(vars(args))
    summary = run(settings)
    _print_run(summary, settings.out)
    return _gate_exit(summary)


def cmd_merge(args: argparse.Namespace) -> int:
    from harness.merge import merge

    _needs(args, "merge", ("out",))
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
    _needs(args, "compare", ("out",))
    if args.rubric and not args.rescore:
        raise InputError("--rubric is used only with --rescore", field="--rubric")
    cmp = do_compare(args.baseline, args.candidate, args.out, args.fail_on, args.alpha, _gate_config(args.gate_config),
                     n_boot=args.bootstrap_samples, seed=args.seed, rescore=args.rescore, rubric=args.rubric)
    _print_compare(cmp, args.out)
    return EXIT_OK if cmp["gate"]["passed"] else EXIT_GATE_FAILED


def cmd_import_healthbench(args: argparse.Namespace) -> int:
    from harness.importers.healthbench import import_file

    _needs(args, "import-healthbench", ("out",))
    n_q, n_a = import_file(args.file, args.out, args.ideal_answers, args.id_prefix)
    print(f"wrote {n_q} questions to {args.out}" + (f" and {n_a} ideal answers to {args.ideal_answers}"
                                                    if args.ideal_answers else ""))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from harness.importers.answers import import_file

    _needs(args, "import", ("out",))
    n, fmt = import_file(args.file, args.out, args.format, args.dataset)
    print(f"wrote {n} answers from the {fmt} export {terminal(args.file)} to {terminal(args.out)}")
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    from harness import config

    parser = build_parser()
    path = args.config or config.find(Path.cwd())
    cfg = config.load(path) if path else None
    print(f"config file: {path.resolve() if path else 'none (no harness.toml, no [tool.harness] in pyproject.toml)'}")
    if args.profile:
        print(f"profile: {terminal(args.profile)}")
    commands = args.commands or [c for c in CONFIGURABLE if cfg and (cfg.table(c) or (
        args.profile and cfg.table(c, args.profile)))] or ["run", "score"]
    for command in commands:
        if command not in CONFIGURABLE:
            raise InputError(f"unknown command {command!r}; configurable: {', '.join(CONFIGURABLE)}", field="COMMAND")
        sp = subparser(parser, command)
        defaults = {a.dest: a.default for a in sp._actions if a.dest != "help"}
        resolved = config.resolve(command, sp, defaults, set(), cfg, args.profile)
        print("\n" + terminal_lines(config.render(command, resolved, sp)))
    print("\n(flags given on the command line override these; see a command's effective settings with "
          "harness COMMAND ... --show-config)")
    return EXIT_OK


def cmd_docs(args: argparse.Namespace) -> int:
    from harness import gendocs

    stale = gendocs.write_all(check=args.check)
    for path in stale:
        print(f"{'out of date' if args.check else 'wrote'}: {path}")
    if args.check and stale:
        print("harness: run 'harness docs' to regenerate them", file=sys.stderr)
        return EXIT_GATE_FAILED
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
    from harness.settings import ScoreSettings

    root = data_root() / "datasets"
    dataset = root / "questions.jsonl"
    out: Path = args.out
    summaries = {}
    for version in ("v1", "v2"):
        summaries[version] = score_answers(ScoreSettings(root / "recorded" / f"{version}.jsonl", out / version,
                                                         dataset, overwrite=True))  # demo's own folders
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
            "import": cmd_import, "import-healthbench": cmd_import_healthbench, "config": cmd_config,
            "docs": cmd_docs}
# commands whose options a config file may set (each takes --profile, --config, --show-config)
CONFIGURABLE = ("validate", "score", "run", "merge", "compare", "import", "import-healthbench", "demo")


def configure(parser: argparse.ArgumentParser, args: argparse.Namespace, argv: Sequence[str]) -> argparse.Namespace:
    """Fill the options not given on the command line from the config file (harness.config)."""
    if args.command not in CONFIGURABLE:
        return args
    from harness import config

    path = args.config or config.find(Path.cwd())
    cfg = config.load(path) if path else None
    sp = subparser(parser, args.command)
    resolved = config.resolve(args.command, sp, vars(args), explicit_dests(argv), cfg, args.profile)
    new = argparse.Namespace(**resolved.values)
    new._resolved = resolved
    return new



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
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args = configure(parser, args, argv)
        if getattr(args, "show_config", False):
            from harness.config import render

            print(terminal_lines(render(args.command, args._resolved, subparser(parser, args.command))))
            return EXIT_OK
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
