"""Estimated cost: USD per 1M tokens (input, output). List prices change; the numbers here are an
estimate only. Override with ``--price IN,OUT`` (USD per 1M input and output tokens)."""
from __future__ import annotations

PRICES_AS_OF = "2026-11"
# Longest matching prefix wins ("gpt-4o-mini-2024-07-18" → "gpt-4o-mini").
PRICES_PER_1M: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5": (1.25, 10.00),
    "o4-mini": (1.10, 4.40),
    "o3": (2.00, 8.00),
}


def parse_price(value: str | None) -> tuple[float, float] | None:
    if not value:
        return None
    try:
        a, b = (float(x) for x in str(value).split(","))
    except ValueError:
        from harness.errors import InputError

        raise InputError("expected IN,OUT in USD per 1M tokens, e.g. 0.15,0.60", field="--price") from None
    return a, b


def price_for(model: str | None, override: tuple[float, float] | None = None) -> tuple[float, float] | None:
    if override:
        return override
    if not model:
        return None
    best = max((k for k in PRICES_PER_1M if model.startswith(k)), key=len, default=None)
    return PRICES_PER_1M[best] if best else None


def cost_usd(usage: dict[str, int] | None, price: tuple[float, float] | None) -> float | None:
    if not usage or not price:
        return None
    return round((usage.get("prompt_tokens", 0) * price[0] + usage.get("completion_tokens", 0) * price[1]) / 1e6, 8)
