"""Server-sent events of the LLM APIs: cut a byte stream into events, find the text each
carries, and write an event back with other text.

`EventReader.feed(bytes)` gives whole events (`Event`: its raw bytes, name, parsed
JSON). `text_of(event)` says where the model's text is in it: the OpenAI chat delta
(`choices[0].delta.content`, its reasoning text — `formats.REASONING_KEYS` —, a tool
call's `arguments`), the OpenAI responses delta
(`response.output_text.delta`, `response.function_call_arguments.delta`) or the
Anthropic `content_block_delta` (`text_delta`, `input_json_delta`), with a channel that
tells apart the choices, items and content blocks. Thinking text is left as it is (its
signature covers it).
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from secproxy.content import Path, check_depth, dump_json, set_at
from secproxy.protocols.sse import EventSplitter, fields
from secproxy.surfaces.llm.formats import REASONING_KEYS
from secproxy.surfaces.llm.loose import drop_logprobs

_SCAN: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder())  # type: ignore[arg-type]  # typeshed: it takes a decoder
"""The scanner `json.loads` runs (its default decoder's): called directly for an event's
JSON, without `loads`' and `decode`'s Python frames and whitespace matches (a third of
the parse of a 200-byte event)."""
_PLAIN_DELTA = frozenset({"content", "role", "refusal"})
_CALL_KEYS = ("tool_calls", "function_call")
_HELD_DELTA = _PLAIN_DELTA | frozenset(_CALL_KEYS)
"""What may be beside a chunk's text without a split: `calls.CallHold` parts text from
a call's fragments itself (and holds the call on)."""
_REASONING_DELTA = _PLAIN_DELTA | frozenset(REASONING_KEYS)
"""What may be beside a chunk's reasoning text (one of `REASONING_KEYS`, `content` empty
or null) without a split."""


@dataclass(slots=True)
class Event:
    """One server-sent event."""

    raw: bytes
    """The event as it arrived, separator included."""
    name: str | None
    data: str
    doc: Any = None
    """`data` parsed as JSON, when it is."""


@dataclass(slots=True)
class TextSpot:
    """Where an event carries model text (made for nearly every event of a stream, and
    not changed once made: not frozen, whose `__init__` sets each field through
    `object.__setattr__`, 7,000 instructions a spot against 1,900)."""

    channel: tuple[Any, ...]
    """Which stream of text it continues (a choice, an item's part, a content block)."""
    path: Path
    text: str
    mirrors: tuple[Path, ...] = ()
    """Other places in the event that repeat the text (OpenRouter's `reasoning_details`
    beside `reasoning`): written with it when it is rewritten."""


def _event(raw: bytes, lines: list[bytes]) -> Event:
    """An event of the lines `EventSplitter` cut."""
    name, data = fields(lines)
    text = data or ""
    return Event(raw, name, text, _json_of(text) if text and text[0] in "{[" else None)


def _json_of(text: str) -> Any:
    """What `content.load_json(text)` gives for a text that starts with `{` or `[`, None
    where it raises (not JSON, trailing data, nested deeper than the gateway reads)."""
    try:
        doc, end = _SCAN(text, 0)
        if end != len(text) and text[end:].strip(" \t\n\r"):
            return None  # `loads` refuses what follows the document but JSON's whitespace
        check_depth(text, doc)
    except (StopIteration, RecursionError, ValueError):
        return None
    return doc


class EventReader:
    """Bytes in, whole events out (an event may arrive in many pieces), cut as the
    client cuts them (`secproxy.protocols.sse`)."""

    def __init__(self, limit: int = 8 * 1024 * 1024):
        self._split = EventSplitter(_event, limit)

    @property
    def limit(self) -> int:
        return self._split.limit

    def feed(self, data: bytes) -> list[Event]:
        return self._split.feed(data)

    def rest(self) -> list[Event]:
        """What is left when the stream ends (an event without its blank line)."""
        return self._split.rest()


def ident(value: Any) -> Any:
    """An event's id or index as a channel's part: kept when it is a string, a number or
    null, its repr otherwise (a list or an object from an odd upstream is no dict key:
    it raised in the stream guard)."""
    return value if value is None or isinstance(value, str | int | float) else repr(value)


def text_of(event: Event) -> TextSpot | None:
    """Where `event` carries model text, if it does (only that: an event with anything
    more, such as a finish reason or a new tool call's name, is not a text event)."""
    doc = event.doc
    if not isinstance(doc, dict):
        return None
    name = event.name or doc.get("type")
    if name == "content_block_delta":
        delta = doc.get("delta")
        if isinstance(delta, dict):
            kind = delta.get("type")
            key = "text" if kind == "text_delta" else "partial_json" \
                if kind == "input_json_delta" else None
            if key and isinstance(delta.get(key), str):
                return TextSpot(("block", ident(doc.get("index"))), ("delta", key), delta[key])
        return None
    if name in ("response.output_text.delta", "response.function_call_arguments.delta"):
        if isinstance(doc.get("delta"), str):
            return TextSpot(("item", ident(doc.get("item_id")), ident(doc.get("output_index")),
                             ident(doc.get("content_index"))), ("delta",), doc["delta"])
        return None
    choices = doc.get("choices")
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], dict):
        return _error_text(doc)
    choice = choices[0]
    delta = choice.get("delta")
    if choice.get("finish_reason") is not None or not isinstance(delta, dict):
        return None
    content = delta.get("content")
    calls = delta.get("tool_calls")
    if isinstance(content, str) and content and not calls and delta.keys() <= _PLAIN_DELTA:
        return TextSpot(("choice", ident(choice.get("index"))), ("choices", 0, "delta", "content"),
                        content)
    said = _reasoning_key(delta)
    if said is not None and not content and not calls:
        mirrors = _mirrors(delta, said)
        if mirrors is not None:
            return TextSpot(("reasoning", ident(choice.get("index"))),
                            ("choices", 0, "delta", said), delta[said], mirrors)
    elif "reasoning_details" in delta and not content and not calls:
        return _detail(delta, ident(choice.get("index")))
    if calls and isinstance(calls, list) and len(calls) == 1 and isinstance(calls[0], dict):
        call = calls[0]
        fn = call.get("function")
        if isinstance(fn, dict) and set(fn) == {"arguments"} and "id" not in call \
                and isinstance(fn["arguments"], str) and not content:
            return TextSpot(("call", ident(choice.get("index")), call.get("index")),
                            ("choices", 0, "delta", "tool_calls", 0, "function", "arguments"),
                            fn["arguments"])
    return None


def _reasoning_key(delta: dict[str, Any]) -> str | None:
    """The one key of a delta carrying reasoning text (`REASONING_KEYS`), if one does
    (None too when two do: `split_chunk` parts them)."""
    found = [k for k in REASONING_KEYS if isinstance(delta.get(k), str) and delta[k]]
    return found[0] if len(found) == 1 else None


def _mirrors(delta: dict[str, Any], said: str) -> tuple[Path, ...] | None:
    """Where a delta whose reasoning text is under `said` repeats it (the entries of
    OpenRouter's `reasoning_details` with a `text` or `summary`); None when the delta
    holds anything else (an entry saying other words included: `split_chunk` parts it)."""
    extra = delta.keys() - _REASONING_DELTA
    if not extra:
        return ()
    details = delta.get("reasoning_details")
    if extra != {"reasoning_details"} or not isinstance(details, list):
        return None
    out: list[Path] = []
    for j, detail in enumerate(details):
        if not isinstance(detail, dict):
            return None
        for key in ("text", "summary"):
            if key in detail:
                if detail[key] != delta[said]:
                    return None
                out.append(("choices", 0, "delta", "reasoning_details", j, key))
    return tuple(out)


def _detail(delta: dict[str, Any], choice: Any) -> TextSpot | None:
    """The reasoning text of a delta that has it only in one `reasoning_details` entry
    (`text` or `summary`; a delta whose `reasoning` said other words is parted from it
    by `split_chunk` and comes here), on a channel of its own: the details' words are
    not the reasoning's (rewritten, a run of text goes out in its first event)."""
    details = delta["reasoning_details"]
    if delta.keys() - _REASONING_DELTA != {"reasoning_details"} or any(
            isinstance(delta.get(k), str) and delta[k] for k in REASONING_KEYS) or not (
            isinstance(details, list) and len(details) == 1 and isinstance(details[0], dict)):
        return None
    said = [k for k in ("text", "summary") if isinstance(details[0].get(k), str)
            and details[0][k]]
    if len(said) != 1:
        return None
    return TextSpot(("details", choice),
                    ("choices", 0, "delta", "reasoning_details", 0, said[0]),
                    details[0][said[0]])


def _error_text(doc: dict[str, Any]) -> TextSpot | None:
    """The message of an error event (Anthropic's `event: error`, OpenAI's `{"error":
    …}` in a stream): the upstream's words, which may echo what was sent (the real key
    on the request included), guarded as the model's are."""
    error = doc.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return TextSpot(("error",), ("error", "message"), error["message"])
    return None


def split_chunk(event: Event) -> list[Event] | None:
    """An OpenAI chat chunk whose model text `text_of` cannot place and the tool calls'
    hold does not take apart (two choices in one chunk, text beside the finish reason or
    beside a provider's own delta key), as the chunks a client reads the same way: one
    choice each, its tool call fragments, then its text alone, then the rest of its delta
    with the finish reason. None: the chunk needs no split (no text; text `text_of`
    places; text beside a call's fragments only, which `calls.CallHold` parts). Some
    OpenAI-compatible servers send the last text with the finish reason; had it gone on
    whole, no guard would have read it."""
    doc = event.doc
    if event.name is not None or not isinstance(doc, dict):
        return None
    choices = doc.get("choices")
    if not isinstance(choices, list) or not choices \
            or not all(isinstance(c, dict) for c in choices):
        return None
    if len(choices) == 1:
        delta = choices[0].get("delta")
        if not isinstance(delta, dict):
            return None
        thoughts = [k for k in REASONING_KEYS if isinstance(delta.get(k), str) and delta[k]]
        if not thoughts and (not isinstance(delta.get("content"), str)
                             or not delta["content"]
                             or (choices[0].get("finish_reason") is None
                                 and delta.keys() <= _HELD_DELTA)):
            return None
    usage = doc.get("usage")
    top = {k: v for k, v in doc.items() if k not in ("choices", "usage")}
    out: list[Event] = []
    for choice in choices:
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            out.append(_rendered({**top, "choices": [choice]}))
            continue
        rest = dict(delta)
        role = {"role": rest.pop("role")} if "role" in rest else {}
        calls = {k: rest.pop(k) for k in _CALL_KEYS if k in rest}
        plain = {"content": rest.pop("content")} if isinstance(delta.get("content"), str) \
            and delta["content"] else None
        thought = [{k: rest.pop(k)} for k in REASONING_KEYS
                   if isinstance(delta.get(k), str) and delta[k]]
        if len(thought) == 1 and "reasoning_details" in rest and _mirrors(
                {**thought[0], "reasoning_details": rest["reasoning_details"]},
                next(iter(thought[0]))):
            thought[0]["reasoning_details"] = rest.pop("reasoning_details")
        bare = {k: v for k, v in choice.items() if k not in ("delta", "finish_reason",
                                                             "logprobs")}
        if calls:  # a call these fragments continue is ended by the text, not split by it
            out.append(_rendered({**top, "choices": [
                {**bare, "delta": {**role, **calls}, "finish_reason": None}]}))
            role = {}
        for said in thought:  # the reasoning comes before the answer it leads to
            out.append(_rendered({**top, "choices": [
                {**bare, "delta": {**role, **said}, "finish_reason": None}]}))
            role = {}
        if plain is not None:
            out.append(_rendered({**top, "choices": [
                {**choice, "delta": {**role, **plain}, "finish_reason": None}]}))  # logprobs
            role = {}
        if rest or role or choice.get("finish_reason") is not None or (
                plain is None and not calls and not thought):
            out.append(_rendered({**top, "choices": [
                {**bare, "delta": {**role, **rest},
                 "finish_reason": choice.get("finish_reason")}]}))
    if usage is not None:
        out[-1].doc["usage"] = usage
        out[-1] = _rendered(out[-1].doc)
    return out


def _rendered(doc: dict[str, Any]) -> Event:
    raw = render(None, doc)
    return Event(raw, None, raw[6:-2].decode(), doc)


def with_text(event: Event, spot: TextSpot, text: str) -> bytes:
    """`event` with `text` in place of the text at `spot`, as bytes."""
    doc = json.loads(event.data)
    set_at(doc, spot.path, text)
    for path in spot.mirrors:
        set_at(doc, path, text)
    drop_logprobs(doc)
    return render(event.name, doc)


def render(name: str | None, doc: Any) -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + dump_json(doc).encode() + b"\n\n"


def replace_strings(doc: Any, swap: dict[str, str]) -> bool:
    """Replace every string value of `doc` that is a key of `swap` (in place): the events
    that repeat a whole text at its end (`response.output_text.done`,
    `response.completed`) get the masked text the client already has."""
    changed = [False]
    _replace(doc, swap, changed)
    return changed[0]


def _replace(value: Any, swap: dict[str, str], changed: list[bool]) -> Any:
    # A function of the module: a closure calling itself is a reference cycle.
    if isinstance(value, str):
        new = swap.get(value)
        if new is not None:
            changed[0] = True
            return new
        return value
    if isinstance(value, dict):
        for k, v in value.items():
            value[k] = _replace(v, swap, changed)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            value[i] = _replace(v, swap, changed)
    return value

