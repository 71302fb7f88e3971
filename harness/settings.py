"""The typed settings of ``harness score`` and ``harness run``: one object each, built once from the
command line and the config file (harness.config) and handed down the pipeline, so that every
function sees the same, type-checked values instead of picking keys out of a dict.

Field names are the ``dest`` names of the command-line options (``--max-retries`` → ``max_retries``);
``--judge-*`` options fill :class:`JudgeSettings`, the scoring limits :class:`Limits`, and the
generator and reliability options :class:`GeneratorSettings`. A generator factory in the registry
still receives a plain dict (:meth:`GeneratorSettings.options`): that is the public contract of
generators published by other packages.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping


@dataclass(frozen=True)
class JudgeSettings:
    """``--judge-model`` and friends: the optional LLM judge (harness.judge)."""

    model: str | None = None
    base_url: str | None = None
    api_key_env: str | None = None
    metrics: str | None = None
    cache_dir: Path | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.model)

    def as_options(self) -> dict[str, str]:
        """The ``judge_*`` strings the scoring worker receives over its pipe (JSON)."""
        return {f"judge_{f.name}": str(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> JudgeSettings:
        return cls(**{f.name: options.get(f"judge_{f.name}") for f in fields(cls)})


@dataclass(frozen=True)
class Limits:
    """``--max-answer-chars`` / ``--scoring-timeout``: override the rubric's settings.limits."""

    max_answer_chars: int | None = None
    scoring_timeout: float | None = None

    def as_options(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


@dataclass(frozen=True)
class GeneratorSettings:
    """Which generator answers the questions, its own options and the reliability options."""

    name: str | None = None
    model: str | None = None
    base_url: str | None = None
    api: str | None = None
    api_key_env: str | None = None
    prompt: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    seed: int | None = None
    price: str | None = None
    url: str | None = None
    header_env: tuple[str, ...] | None = None
    answer_path: str | None = None
    contexts_path: str | None = None
    function: str | None = None
    replay: Path | None = None
    timeout: float | None = None
    max_retries: int | None = None
    backoff: float | None = None
    cache_dir: Path | None = None
    no_cache: bool | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # options of generators from other packages

    def options(self) -> dict[str, Any]:
        """What a generator factory (``registry.generators()[name](options)``) receives: every option
        that is set, plus ``extra``."""
        out = {f.name: getattr(self, f.name) for f in fields(self)
               if f.name not in ("name", "extra") and getattr(self, f.name) is not None}
        if out.get("header_env") is not None:
            out["header_env"] = list(out["header_env"])
        return {**out, **dict(self.extra)}

    @classmethod
    def from_options(cls, name: str | None, options: Mapping[str, Any]) -> GeneratorSettings:
        """Known option names become fields, the rest goes to ``extra`` (e.g. a run.json's generator
        description on ``--resume``, or ``--harness-option`` in the pytest plugin)."""
        known = {f.name for f in fields(cls)} - {"name", "extra"}
        kw: dict[str, Any] = {k: v for k, v in options.items() if k in known and v is not None}
        if "header_env" in kw:
            kw["header_env"] = tuple(kw["header_env"])
        for k in ("replay", "cache_dir"):
            if k in kw:
                kw[k] = Path(kw[k])
        extra = {k: v for k, v in options.items() if k not in known and v is not None}
        return cls(name=name, extra=extra, **kw)


@dataclass(frozen=True)
class ScoreSettings:
    """``harness score``: score an answers file that was generated elsewhere."""

    answers: Path
    out: Path
    dataset: Path | None = None
    sources: Path | None = None
    rubric: Path | None = None
    overwrite: bool = False
    judge: JudgeSettings = JudgeSettings()
    limits: Limits = Limits()
    workers: int | None = None  # scoring processes; None: one per core (harness.scoring.pool)
    details: str = "failed"     # per-check details kept in results.jsonl (harness.details)

    @property
    def rubric_path(self) -> Path:
        from harness.paths import default_rubric

        return Path(self.rubric) if self.rubric else default_rubric()


@dataclass(frozen=True)
class RunSettings:
    """``harness run``: generate an answer for every question (× repeats), then score it."""

    dataset: Path
    out: Path
    generator: GeneratorSettings
    rubric: Path | None = None
    sources: Path | None = None
    concurrency: int = 8
    repeats: int = 1
    shard: str | None = None
    shard_by: str = "position"  # how --shard splits the dataset (harness.pipeline.shard_questions)
    error_budget: str | None = None
    progress: bool | None = None
    retry_errors: bool = False
    overwrite: bool = False
    judge: JudgeSettings = JudgeSettings()
    limits: Limits = Limits()
    details: str = "failed"  # per-check details kept in results.jsonl (harness.details)

    @property
    def rubric_path(self) -> Path:
        from harness.paths import default_rubric

        return Path(self.rubric) if self.rubric else default_rubric()


def _path(v: Any) -> Path | None:
    return None if v is None else Path(v)


def score_settings(values: Mapping[str, Any]) -> ScoreSettings:
    """From the resolved option values of ``harness score`` (dest → value)."""
    return ScoreSettings(answers=Path(values["answers"]), out=Path(values["out"]), dataset=_path(values.get("dataset")),
                         sources=_path(values.get("sources")), rubric=_path(values.get("rubric")),
                         overwrite=bool(values.get("overwrite")), judge=JudgeSettings.from_options(values),
                         limits=Limits(values.get("max_answer_chars"), values.get("scoring_timeout")),
                         workers=values.get("workers"), details=values.get("details") or "failed")


_RUN_FIELDS = ("concurrency", "repeats", "shard", "shard_by", "error_budget", "progress", "details")


def run_settings(values: Mapping[str, Any]) -> RunSettings:
    """From the resolved option values of ``harness run`` (dest → value)."""
    gen = GeneratorSettings.from_options(values.get("generator"), {
        f.name: values.get(f.name) for f in fields(GeneratorSettings) if f.name not in ("name", "extra")})
    kw = {k: values[k] for k in _RUN_FIELDS if values.get(k) is not None}
    return RunSettings(dataset=Path(values["dataset"]), out=Path(values["out"]), generator=gen,
                       rubric=_path(values.get("rubric")), sources=_path(values.get("sources")),
                       retry_errors=bool(values.get("retry_errors")), overwrite=bool(values.get("overwrite")),
                       judge=JudgeSettings.from_options(values),
                       limits=Limits(values.get("max_answer_chars"), values.get("scoring_timeout")), **kw)


__all__ = ["JudgeSettings", "Limits", "GeneratorSettings", "ScoreSettings", "RunSettings", "score_settings",
           "run_settings"]
