"""Keep third-party evaluation libraries offline, and out of the working directory when asked.

Measured behaviour: /work/shared/notes/ragas-deepeval-offline.md
- deepeval: PostHog telemetry from a background thread unless DEEPEVAL_TELEMETRY_OPT_OUT=1 (with
  telemetry on, ``import deepeval`` also creates an empty ``./.deepeval/``); reads a ``.env`` from
  the cwd unless DEEPEVAL_DISABLE_DOTENV=1; ``deepeval.evaluate``/``assert_test`` write test runs
  and a cache into ``./.deepeval/`` unless DEEPEVAL_RESULTS_FOLDER / DEEPEVAL_CACHE_FOLDER move them.
- ragas: a blocking analytics POST on llm_factory()/evaluate() unless RAGAS_DO_NOT_TRACK=true.

Three levels, so that a team's own deepeval set-up is not changed behind its back:
- :func:`disable` (always, before the harness imports either library): telemetry off. That is all.
- :func:`isolate` (only when asked: ``HARNESS_ISOLATE_EVALUATORS=1``, a call, or inside the
  harness's own commands, where the harness is the program): deepeval's folders go to a state
  directory outside the working directory and its ``.env`` loading is off.
- :func:`tidy_cwd` (after importing deepeval): when deepeval was imported first, with telemetry on,
  its import left an empty ``./.deepeval/``; it is removed if it is still empty and was made by
  this process. Nothing with content is ever touched.
A user's explicit setting of any of these variables is respected (setdefault).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

ISOLATE_ENV = "HARNESS_ISOLATE_EVALUATORS"


def state_dir() -> Path:
    """Where deepeval/ragas may write their files when isolated: never the current directory."""
    base = os.environ.get("HARNESS_STATE_DIR") or os.path.join(tempfile.gettempdir(), f"harness-{os.getuid()}")
    p = Path(base) / "evaluators"
    p.mkdir(parents=True, exist_ok=True)
    return p


TELEMETRY = {
    "DEEPEVAL_TELEMETRY_OPT_OUT": "1",
    "DEEPEVAL_UPDATE_WARNING_OPT_IN": "0",
    "DEEPEVAL_GRPC_LOGGING": "0",
    "RAGAS_DO_NOT_TRACK": "true",
    "ANONYMIZED_TELEMETRY": "False",
    "POSTHOG_DISABLED": "1",
    "DO_NOT_TRACK": "1",
}


def disable() -> dict[str, str]:
    """Opt out of deepeval's and ragas's telemetry (and isolate their files too when
    ``HARNESS_ISOLATE_EVALUATORS=1``); returns what is set."""
    for k, v in TELEMETRY.items():
        os.environ.setdefault(k, v)
    out = {k: os.environ[k] for k in TELEMETRY}
    if os.environ.get(ISOLATE_ENV, "").strip().lower() in ("1", "true", "yes"):
        out.update(isolate())
    return out


def isolate() -> dict[str, str]:
    """deepeval's home, results and cache folders to the state directory, its ``.env`` loading
    off. Effective when called before deepeval is imported (deepeval reads them at import)."""
    d = state_dir()
    wanted = {
        "DEEPEVAL_DISABLE_DOTENV": "1",
        "DEEPEVAL_HOME": str(d / "deepeval"),
        "DEEPEVAL_RESULTS_FOLDER": str(d / "deepeval" / "results"),
        "DEEPEVAL_CACHE_FOLDER": str(d / "deepeval" / "cache"),
        "RAGAS_CACHE_HOME": str(d / "ragas"),
    }
    for k, v in wanted.items():
        os.environ.setdefault(k, v)
    return {k: os.environ[k] for k in wanted}


def _process_start() -> float | None:
    """When this process started (Linux /proc), else None."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        boot = next(int(ln.split()[1]) for ln in Path("/proc/stat").read_text().splitlines() if ln.startswith("btime"))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def tidy_cwd() -> bool:
    """Remove ``./.deepeval/`` when it is empty and was created by this process (deepeval's import
    with telemetry on, before the harness could opt out); True when removed."""
    p = Path.cwd() / os.environ.get("DEEPEVAL_CACHE_FOLDER", ".deepeval")
    if p.name != ".deepeval" or not p.is_dir() or p.is_symlink():
        return False
    start = _process_start()
    try:
        if start is None or p.stat().st_mtime < start - 1 or any(p.iterdir()):
            return False
        p.rmdir()
    except OSError:
        return False
    return True
