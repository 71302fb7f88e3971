"""LLM-judged grounding: our claim-level judge and ragas / deepeval faithfulness, behind one check.

Selected with ``--judge-model`` / ``--judge-base-url`` / ``--judge-api-key-env`` / ``--judge-metrics``
on ``harness score`` and ``harness run``. ``attach()`` returns a copy of the rubric with one rule per
selected metric (category grounding, severity minor: a different instrument from the offline
verifier, advisory unless a rubric says otherwise). Libraries are imported lazily, after
harness.telemetry.disable().
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from harness.errors import InputError

METRICS = {
    "claims": "Each medical claim of the answer is judged supported / unsupported / contradicted by its passages (LLM judge).",
    "ragas.faithfulness": "ragas Faithfulness: share of the answer's statements inferable from its passages (LLM judge).",
    "ragas.response_relevancy": "ragas ResponseRelevancy (AnswerRelevancy): the answer addresses the question (LLM judge + embeddings).",
    "deepeval.faithfulness": "deepeval FaithfulnessMetric: claims of the answer not contradicted by its passages (LLM judge).",
}
DEFAULT_METRICS = ("claims",)


@dataclass
class JudgeConfig:
    model: str
    base_url: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    metrics: tuple[str, ...] = DEFAULT_METRICS
    cache_dir: str | None = None
    threshold: float = 0.7
    embedding_model: str = "text-embedding-3-small"
    timeout_s: float = 60.0
    max_retries: int = 3
    extra: dict[str, Any] = field(default_factory=dict)

    def public(self) -> dict[str, Any]:
        """For run provenance: no secrets (only the name of the key's environment variable)."""
        return {"model": self.model, "base_url": self.base_url, "api_key_env": self.api_key_env,
                "metrics": list(self.metrics), "threshold": self.threshold}


def parse_metrics(text: str | None) -> tuple[str, ...]:
    if not text:
        return DEFAULT_METRICS
    names = tuple(m.strip() for m in text.split(",") if m.strip())
    if names == ("all",):
        return tuple(METRICS)
    unknown = [m for m in names if m not in METRICS]
    if unknown:
        raise InputError(f"unknown judge metric(s) {', '.join(unknown)}; known: {', '.join(METRICS)}",
                         field="--judge-metrics")
    return names


def config_from_args(model: str | None, base_url: str | None, api_key_env: str | None, metrics: str | None,
                     cache_dir: Any = None) -> JudgeConfig | None:
    if not model:
        if base_url or metrics:
            raise InputError("--judge-base-url/--judge-metrics need --judge-model", field="--judge-model")
        return None
    return JudgeConfig(model, base_url, api_key_env or "OPENAI_API_KEY", parse_metrics(metrics),
                       str(cache_dir) if cache_dir else None)


def rule_id(metric: str) -> str:
    return "grounding.judge_" + metric.replace(".", "_")


def attach(rubric: Any, config: JudgeConfig | None) -> Any:
    """A copy of the rubric with one judge rule per selected metric (the original is cached: not mutated)."""
    if config is None:
        return rubric
    from harness.scoring.model import Rule

    rules = list(rubric.rules)
    have = {r.id for r in rules}
    for m in config.metrics:
        rid = rule_id(m)
        if rid in have:
            continue
        rules.append(Rule(rid, "grounding", "minor", METRICS[m], "llm_judge", {"metric": m},
                          {"has_contexts": True}))
    settings = dict(rubric.settings)
    settings["judge"] = config
    return dataclasses.replace(rubric, rules=rules, settings=settings)
