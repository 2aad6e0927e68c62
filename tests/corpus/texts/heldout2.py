"""Held-out batch 2 of the injection family: written after the rule changes that batch 1
led to, and never tuned on."""

from __future__ import annotations

Item = tuple[str, str, str]

ITEMS: dict[str, tuple[list[Item], list[Item]]] = {}
