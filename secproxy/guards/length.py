"""The `length` family: limits on how much text an action carries.

Settings: `max_chars` and/or `max_tokens` (positive integers; at least one), and `per`:
`total` (default: all slots of the action together) or `slot` (each slot on its own).
A hit has no span, so it blocks whatever the action (a sanitizing guard cannot mask
"too long"); its kind is `max_chars` or `max_tokens`.

Tokens are estimated, not counted with a model's tokenizer (which differ by model and
would cost more than the rest of the stage): ASCII characters count a quarter token each
(English averages about four characters a token), CJK ideographs, kana and hangul one
token each, and every other character (accented Latin, Cyrillic, Greek, Arabic…) half a
token, since byte-pair vocabularies split those scripts more finely. The estimate is
rounded up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from secproxy.content import Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.model import Severity

_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                  r"\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]")


def estimate_tokens(text: str) -> int:
    """A model-independent estimate of the tokens in `text` (see the module docstring)."""
    if text.isascii():
        return math.ceil(len(text) / 4)
    ascii_chars = len(text.encode("ascii", "ignore"))
    cjk = len(_CJK.findall(text))
    other = len(text) - ascii_chars - cjk
    return math.ceil(ascii_chars / 4 + other / 2) + cjk


def _limit(settings: Mapping[str, Any], key: str) -> int | None:
    value = settings.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise GuardSettingsError(f"length {key} must be a positive integer")
    return value


@dataclass
class LengthGuard(BaseGuard):
    """Blocks actions over `max_chars` characters or `max_tokens` estimated tokens."""

    family: str = "length"
    max_chars: int | None = None
    max_tokens: int | None = None
    per: str = "total"

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"max_chars", "max_tokens", "per"}
        if unknown:
            raise GuardSettingsError(f"family length takes max_chars, max_tokens and per "
                                     f"(got {', '.join(sorted(unknown))})")
        self.max_chars = _limit(settings, "max_chars")
        self.max_tokens = _limit(settings, "max_tokens")
        if self.max_chars is None and self.max_tokens is None:
            raise GuardSettingsError("length needs max_chars or max_tokens")
        per = settings.get("per", "total")
        if per not in ("total", "slot"):
            raise GuardSettingsError("length per must be total or slot")
        self.per = per

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        if self.per == "slot":
            hits = []
            for index, slot in enumerate(slots):
                hits += self._check([slot.text], index, f" in slot {index}")
            return hits
        return self._check([s.text for s in slots], 0, "")

    def _check(self, texts: list[str], index: int, where: str) -> list[Hit]:
        hits = []
        if self.max_chars is not None:
            chars = sum(map(len, texts))
            if chars > self.max_chars:
                hits.append(Hit("length", f"{chars} characters{where} (limit "
                                f"{self.max_chars})", Severity.MEDIUM, index, kind="max_chars"))
        if self.max_tokens is not None:
            # Cheap bound first: no text has more tokens than characters.
            if sum(map(len, texts)) > self.max_tokens:
                tokens = sum(map(estimate_tokens, texts))
                if tokens > self.max_tokens:
                    hits.append(Hit("length", f"about {tokens} tokens{where} (limit "
                                    f"{self.max_tokens})", Severity.MEDIUM, index,
                                    kind="max_tokens"))
        return hits
