"""``openai``: the model under test through the openai client (chat completions, or the responses
API with ``--api responses``), any OpenAI-compatible server with ``--base-url``.

The prompt template (``--prompt v1`` or a path, schema schemas/prompt.schema.json) receives the
question and its cited source passages. The API key comes from ``OPENAI_API_KEY`` or the variable
named by ``--key-env``; it is never taken from the command line and never written anywhere.
"""
from __future__ import annotations

from typing import Any

from harness import prompts
from harness.errors import InputError
from harness.generators.base import Generation, Generator
from harness.llm import pricing
from harness.llm.cache import ResponseCache, open_cache
from harness.llm.client import LLMClient, policy_from_options
from harness.registry import register_generator


class OpenAIGenerator(Generator):
    name = "openai"

    def __init__(self, template: prompts.PromptTemplate, model: str, *, base_url: str | None = None,
                 api: str = "chat", api_key_env: str = "OPENAI_API_KEY", temperature: float | None = None,
                 max_tokens: int | None = None, seed: int | None = None, cache: ResponseCache | None = None,
                 options: dict[str, Any] | None = None, concurrency: int = 8) -> None:
        self.template = template
        self.temperature, self.max_tokens, self.seed = temperature, max_tokens, seed
        self.cache = cache
        self.client = LLMClient(model, base_url=base_url, api_key_env=api_key_env, api=api,
                                policy=policy_from_options(options or {}), cache=cache,
                                price=pricing.parse_price((options or {}).get("price")),
                                max_connections=max(10, concurrency * 2))

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, **self.client.describe(), "prompt": self.template.path,
                "prompt_version": self.template.version, "prompt_sha256": self.template.sha256,
                "temperature": self.temperature, "max_tokens": self.max_tokens, "seed": self.seed}

    async def generate(self, question: dict[str, Any], repeat: int = 0) -> Generation:
        sources = list(question.get("sources") or [])
        messages = self.template.messages(question["question"], sources)
        res = await self.client.chat(messages, temperature=self.temperature, max_tokens=self.max_tokens,
                                     seed=self.seed, repeat=repeat,
                                     key_extra={"generator": "openai", "prompt_sha256": self.template.sha256,
                                                "question": question["question"],
                                                "sources": [s.get("source_id") for s in sources]})
        info = {"generator": self.name, "prompt_version": self.template.version, **res.info()}
        contexts = [s["text"] for s in sources if s.get("text")]
        return Generation(res.text if res.error is None else None, contexts, error=res.error, info=info)

    async def aclose(self) -> None:
        await self.client.aclose()
        if self.cache is not None:
            self.cache.close()


def _float(options: dict[str, Any], key: str) -> float | None:
    v = options.get(key)
    return None if v is None else float(v)


def _int(options: dict[str, Any], key: str) -> int | None:
    v = options.get(key)
    return None if v is None else int(v)


@register_generator("openai")
def make(options: dict[str, Any]) -> Generator:
    model = options.get("model")
    if not model:
        raise InputError("the openai generator needs --model", field="--model")
    template = prompts.load(options.get("prompt") or "v1")
    return OpenAIGenerator(template, str(model), base_url=options.get("base_url"), api=options.get("api") or "chat",
                           api_key_env=options.get("api_key_env") or "OPENAI_API_KEY",
                           temperature=_float(options, "temperature"), max_tokens=_int(options, "max_tokens"),
                           seed=_int(options, "seed"), cache=open_cache(options), options=options,
                           concurrency=int(options.get("concurrency") or 8))
