"""Which settings a reload cannot apply to a running proxy.

The engine applies everything else at once (rules, guards, limits, tracking, approvals,
egress and ws policy). What is read once at start — where it listens, where its files
are, the ledger writer, the alert senders, logging — needs a restart; a reload that
changes any of it still applies the rest and says which settings wait.
"""

from __future__ import annotations

from typing import Any

from secproxy.config.schema import Config
from secproxy.config.types import REVEAL

STARTUP_ONLY: tuple[str, ...] = (
    "listeners",
    "state_dir",
    "control",
    "state",
    "audit.path",
    "audit.queue_size",
    "audit.batch_size",
    "audit.batch_max",
    "audit.durability",
    "audit.writer",
    "ledger",
    "alerts",
    "logging",
    "ws.upstream",
)
"""Dotted config keys read once, when `secproxy serve` starts."""


def _get(config: Config, dotted: str) -> Any:
    value: Any = config
    for part in dotted.split("."):
        value = getattr(value, part)
    if hasattr(value, "model_dump"):  # secrets compared in clear: a rotated one counts
        return value.model_dump(context=REVEAL)
    return value.get_secret_value() if hasattr(value, "get_secret_value") else value


def restart_needed(old: Config, new: Config) -> list[str]:
    """The startup-only keys whose value differs between `old` and `new`."""
    return [key for key in STARTUP_ONLY if _get(old, key) != _get(new, key)]
