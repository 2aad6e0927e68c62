"""Obfuscations the held-out batch 3 texts apply to a few of their attacks, at import
time, so the texts stay readable in the source: base64, letters spaced out, Latin
letters swapped for Cyrillic look-alikes, zero-width spaces inside words."""

from __future__ import annotations

import base64

_LOOKALIKES = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
                             "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р",
                             "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"})


def b64(text: str) -> str:
    """`text` as base64 of its UTF-8."""
    return base64.b64encode(text.encode()).decode()


def spaced(text: str) -> str:
    """Every letter followed by a space, words apart by three."""
    return "   ".join(" ".join(word) for word in text.split())


def lookalike(text: str) -> str:
    """Latin letters that have a Cyrillic twin replaced by it."""
    return text.translate(_LOOKALIKES)


def zero_width(text: str) -> str:
    """A zero-width space after every second character of each word."""
    return " ".join("".join(ch + ("\u200b" if i % 2 else "") for i, ch in enumerate(word))
                    for word in text.split(" "))
