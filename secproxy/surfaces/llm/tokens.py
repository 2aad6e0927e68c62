"""Counting tokens: an estimate of a request before it goes upstream, and the `usage` the
upstream reports in its answer (streamed or not), which replaces the estimate.

The estimate needs no tokenizer (none ships with the gateway, and each model has its
own): about four characters a token for ASCII text, two for other alphabetic scripts
(accented Latin, Cyrillic, Greek, Arabic, Hebrew, Indic…), one for each CJK ideograph,
kana or Hangul syllable — what the OpenAI and Anthropic tokenizers give within about
±25% on prose — plus a few tokens of framing per message part. It only has to be good
enough to refuse a request that is clearly over a limit; the counters are corrected by
the answer's `usage` (OpenAI `prompt_tokens` / `completion_tokens`, responses and
Anthropic `input_tokens` / `output_tokens`, Anthropic's cache reads and writes counted
as input). A stream's usage is in its last chunk (OpenAI chat with
`stream_options.include_usage`), its `response.completed` event (responses) or its
`message_start` and `message_delta` events (Anthropic); an answer without any is counted
by the estimate of its text. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from secproxy.content import Slot

_WIDE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                   "\uff66-\uff9f]")
"""Characters that are about a token each: CJK ideographs, kana, Hangul syllables."""
FRAMING = 4
"""Tokens of framing per message part (role, separators)."""


def estimate_tokens(text: str) -> int:
    """About how many tokens `text` is (see the module docstring)."""
    if text.isascii():
        return (len(text) + 3) // 4
    ascii_chars = len(text.encode("ascii", "ignore"))
    wide = len(_WIDE.findall(text))
    other = len(text) - ascii_chars - wide
    return (ascii_chars + 3) // 4 + (other + 1) // 2 + wide


def estimate_slots(slots: Iterable[Slot]) -> int:
    """The estimate of a request's text: its slots, and their framing."""
    return sum(estimate_tokens(s.text) + FRAMING for s in slots)


@dataclass(slots=True)
class Usage:
    """Tokens one request used, as the upstream reported them (or as estimated)."""

    input: int = 0
    output: int = 0
    reported: bool = False
    """The upstream said so (else: the gateway's estimate)."""

    @property
    def total(self) -> int:
        return self.input + self.output

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "output": self.output,
                "source": "usage" if self.reported else "estimate"}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def _fields(usage: Any) -> tuple[int | None, int | None]:
    """(input, output) of a `usage` object of any of the formats."""
    if not isinstance(usage, dict):
        return None, None
    prompt = _int(usage.get("prompt_tokens"))
    if prompt is None:
        prompt = _int(usage.get("input_tokens"))
        if prompt is not None:  # Anthropic counts cached prompt tokens apart
            prompt += sum(_int(usage.get(k)) or 0 for k in (
                "cache_creation_input_tokens", "cache_read_input_tokens"))
    done = _int(usage.get("completion_tokens"))
    if done is None:
        done = _int(usage.get("output_tokens"))
    return prompt, done


def usage_in(doc: Any) -> tuple[int | None, int | None]:
    """(input, output) tokens a JSON answer or stream event reports; None where it does
    not say."""
    if not isinstance(doc, dict):
        return None, None
    if "usage" in doc:
        return _fields(doc["usage"])
    for inner in ("message", "response"):  # Anthropic message_start, response.completed
        nested = doc.get(inner)
        if isinstance(nested, dict) and "usage" in nested:
            return _fields(nested["usage"])
    return None, None


class UsageMeter:
    """What one request used: the estimate, replaced by what the answer reports."""

    __slots__ = ("estimate", "usage", "status", "answered")

    def __init__(self, estimate: int):
        self.estimate = estimate
        self.usage = Usage(input=estimate)
        self.status: int | None = None
        """The upstream's answer status (None: no answer)."""
        self.answered = ""
        """The model text of the answer (counted when it reports no usage)."""

    def answer(self, doc: Any) -> None:
        """Take an answer's (or a stream event's) usage, where it reports one: a later
        report of a field replaces an earlier one (Anthropic's `message_delta` carries
        the running output count)."""
        prompt, done = usage_in(doc)
        if prompt is not None:
            self.usage.input = prompt
            self.usage.reported = True
        if done is not None:
            self.usage.output = done
            self.usage.reported = True

    def close(self) -> Usage:
        """The final count: the reported usage; else, for a successful answer, the
        estimate, with the answer's model text as its output; for none (refused,
        unreachable, an error answer), nothing."""
        if not self.usage.reported:
            if self.status is None or not 200 <= self.status < 300:
                return Usage()
            if self.answered:
                self.usage.output = estimate_tokens(self.answered)
        return self.usage
