"""The texts of the eleventh toxicity set, `check5.jsonl` (`gen_blind4.py`): written after
the sixth round's changes (to be written)."""

from __future__ import annotations


def items() -> dict[str, list[tuple[str, str, str, str]]]:
    """(label, category, carrier, text) per language."""
    return {}
