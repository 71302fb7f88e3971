"""Answer-quality evaluation harness for a patient-facing oncology Q&A assistant.

Pipeline, readable from the package layout: datasets (questions, sources) -> generators
(produce answers) -> scoring (rubric checks, grounding) -> results (run folder) -> report /
compare. Heavy libraries (pandas, matplotlib, ragas, deepeval) are imported lazily so that
``import harness`` stays fast for CI scripts.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from harness.tables import RunTables


def load_run(run_dir: Any) -> "RunTables":
    """Load a run folder as pandas DataFrames (``items`` and ``checks``) for notebook users."""
    from harness.tables import load_run as _load_run

    return _load_run(run_dir)


__all__ = ["__version__", "load_run"]
