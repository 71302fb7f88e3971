"""Keep third-party evaluation libraries offline and out of the working directory.

Call ``disable()`` before importing ragas or deepeval (it only sets environment variables, so it is
cheap and safe to call repeatedly). Measured behaviour: /work/shared/notes/ragas-deepeval-offline.md
- deepeval: PostHog telemetry from a background thread unless DEEPEVAL_TELEMETRY_OPT_OUT=1; reads a
  ``.env`` from the cwd unless DEEPEVAL_DISABLE_DOTENV=1; writes ``./.deepeval/`` unless redirected.
- ragas: a blocking analytics POST on llm_factory()/evaluate() unless RAGAS_DO_NOT_TRACK=true.
A user's explicit setting of any of these variables is respected (setdefault).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

_DONE = False


def state_dir() -> Path:
    """Where deepeval/ragas may write their files: never the current directory."""
    base = os.environ.get("HARNESS_STATE_DIR") or os.path.join(tempfile.gettempdir(), f"harness-{os.getuid()}")
    p = Path(base) / "evaluators"
    p.mkdir(parents=True, exist_ok=True)
    return p


def disable() -> dict[str, str]:
    """Opt out of telemetry of deepeval and ragas and redirect their files; returns what was set."""
    global _DONE
    d = state_dir()
    wanted = {
        "DEEPEVAL_TELEMETRY_OPT_OUT": "1",
        "DEEPEVAL_DISABLE_DOTENV": "1",
        "DEEPEVAL_UPDATE_WARNING_OPT_IN": "0",
        "DEEPEVAL_GRPC_LOGGING": "0",
        "DEEPEVAL_HOME": str(d / "deepeval"),
        "DEEPEVAL_RESULTS_FOLDER": str(d / "deepeval" / "results"),
        "DEEPEVAL_CACHE_FOLDER": str(d / "deepeval" / "cache"),
        "RAGAS_DO_NOT_TRACK": "true",
        "RAGAS_CACHE_HOME": str(d / "ragas"),
        "ANONYMIZED_TELEMETRY": "False",
        "POSTHOG_DISABLED": "1",
        "DO_NOT_TRACK": "1",
    }
    for k, v in wanted.items():
        os.environ.setdefault(k, v)
    _DONE = True
    return {k: os.environ[k] for k in wanted}
