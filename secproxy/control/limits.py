"""The rate-limit view for operators: for one key, every configured limit that counts
requests (or tokens) under keys of its kind — the top-level `limits`, the rules' own, and
the LLM gateway's per-principal token limits — with what the key has used and has left
in each window, and the burst it has available now.

Read from the engine's counters (the same ones that decide); nothing is counted by
looking. The command table in `commands.py` serves it over the socket and HTTP.
"""

from __future__ import annotations

from typing import Any

from secproxy.config.llm import LlmSettings
from secproxy.engine.limits import CompiledLimit, LimiterStore, key_fits

_PRINCIPAL_KINDS = ("user:", "key:", "channel:", "agent:", "ip:")


def rate_limit_view(limits: list[CompiledLimit], store: LimiterStore, llm: LlmSettings,
                    key: str, now: float) -> dict[str, Any]:
    """Usage and what is left for `key` under every limit that applies to keys like it."""
    rows = [store.usage(limit, key, now) for limit in limits if key_fits(limit.limit_by, key)]
    if key.startswith(_PRINCIPAL_KINDS) or key == "anonymous":
        user = key[len("user:"):] if key.startswith("user:") else None
        windows = llm.principal_limits(user).windows()
        if windows:
            rows.append(_llm_principal(store, key, windows, now))
    return {"key": key, "time": now, "limits": rows}


def _llm_principal(store: LimiterStore, key: str, windows: list[tuple[str, float, float]],
                   now: float) -> dict[str, Any]:
    tokens = []
    for counter, seconds, limit in windows:
        used = store.amounts(f"llm:{counter}:principal", seconds).used(key, now)
        tokens.append({"window": seconds, "unit": counter, "limit": limit,
                       "used": round(used, 6), "remaining": max(round(limit - used, 6), 0)})
    return {"name": "llm.limits.principal", "rule": None, "scope": "llm", "limit_by": "principal",
            "key": key, "whitelisted": False, "custom": False, "windows": [], "tokens": tokens}


def known_kinds(limits: list[CompiledLimit]) -> list[str]:
    """The key kinds the configured limits count by (for a hint)."""
    return sorted({limit.kind for limit in limits})
