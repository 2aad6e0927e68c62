"""Tool calls in a streamed answer: held until whole, decided as actions of surface
`tool`, then released as they came, rewritten with their masked arguments, or replaced
by a text part saying why — before the agent sees any part of the call.

OpenAI chat streams a call in `choices[0].delta.tool_calls` fragments (the first with
its id and name, then pieces of `arguments`); a choice's calls are whole when an event of
that choice that is not a fragment comes (the one with the finish reason). An answer of
`n` choices interleaves them, each numbering its calls from 0: calls are told apart and
released by choice (a chunk of several choices is cut in one-choice chunks before it
comes here, `sse.split_chunk`). Anthropic streams a `tool_use`
content block: `content_block_start`, `input_json_delta` pieces, `content_block_stop`.
The OpenAI responses API streams a `function_call` output item: `output_item.added`,
`function_call_arguments.delta` and `.done`, `output_item.done` (the other items an agent
carries out, `formats.CLIENT_CALLS`, alike); items are held by output index and decided on
the item as it was done; a refused one becomes a message item (its events as the API sends
a message's), and `response.completed`, which repeats every item, carries what the agent
was sent (a call item it alone carries is decided there). When every call was refused, the
finish reason (`tool_calls`, `tool_use`) becomes a plain stop, as in an answer that is
not streamed (`formats.replace_tool_calls`).

`CallHold` makes no decision itself: it asks `decide(name, arguments_text)`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from secproxy.content import load_json
from secproxy.surfaces.llm.formats import client_call
from secproxy.surfaces.llm.sse import Event, TextSpot, render


@dataclass(frozen=True, slots=True)
class CallVerdict:
    """What the engine said of one tool call."""

    permits: bool
    why: str = ""
    """The text that replaces a refused call."""
    masked: str | None = None
    """The arguments as sanitized, when they were."""


Decide = Callable[[str, str], Awaitable[CallVerdict]]


@dataclass(slots=True)
class _Call:
    name: str
    id: Any
    index: Any
    """The call's index (OpenAI) or its content block's (Anthropic)."""
    pieces: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    key: str = ""
    """Responses: the item's key holding the call's arguments (`formats.CLIENT_CALLS`)."""
    whole: Any = None
    """Responses: that key's value in the item as it was done (what the client keeps)."""


def _event(doc: dict[str, Any], name: str | None = None) -> Event:
    raw = render(name, doc)
    return Event(raw, name, raw.decode().split("data: ", 1)[1].rstrip("\n"), doc)


_LEGACY = "function_call"
"""The index of a call in the deprecated `functions` form (`delta.function_call`, one
call per choice), which the API still answers when a request names `functions`."""


def _fragments(doc: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The tool call fragments of an OpenAI chat chunk, if it carries any (a legacy
    `function_call` as one fragment of index `_LEGACY`)."""
    choices = doc.get("choices")
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], dict):
        return None
    delta = choices[0].get("delta")
    if not isinstance(delta, dict):
        return None
    calls = delta.get("tool_calls")
    out = [c for c in calls if isinstance(c, dict)] if isinstance(calls, list) else []
    legacy = delta.get(_LEGACY)
    if isinstance(legacy, dict):  # beside tool_calls too: no chunk part goes undecided
        out.append({"index": _LEGACY, "function": legacy})
    return out or None


class CallHold:
    """One streamed answer's tool calls (see the module docstring)."""

    def __init__(self, decide: Decide):
        self.decide = decide
        self._calls: dict[tuple[Any, Any], _Call] = {}
        """OpenAI: the calls being assembled, by choice and index (an answer of `n`
        choices streams each choice's calls from index 0, interleaved)."""
        self._held: dict[Any, list[Event]] = {}
        """OpenAI: the events that carried them, in order, by choice."""
        self._choices: dict[Any, list[int]] = {}
        """OpenAI: the calls kept and refused so far, by choice."""
        self._block: _Call | None = None
        """Anthropic: the tool_use block being assembled."""
        self._pending: dict[Any, _Call] = {}
        """Responses: the call items being assembled, by output index."""
        self._seen: set[Any] = set()
        """Responses: the output indexes of call items decided as they streamed."""
        self._items: dict[Any, dict[str, Any]] = {}
        """Responses: items sent in place of calls, by output index."""
        self.kept = 0
        self.refused = 0

    @property
    def holding(self) -> bool:
        return bool(self._held) or self._block is not None or bool(self._pending)

    def passes(self, spot: TextSpot) -> bool:
        """Whether a text event at `spot` goes through `event` untouched, so need not be
        offered: no call is being assembled and it is not an OpenAI call's fragment
        (which starts one). Most of a stream's events are such text."""
        return spot.channel[0] != "call" and not self.holding

    async def event(self, event: Event) -> tuple[list[bytes], Event | None]:
        """Take one event: the decided calls to send now, then the event to pass on (None:
        held here, part of a call)."""
        doc = event.doc
        if not isinstance(doc, dict):
            return await self._release(), event
        kind = event.name or doc.get("type")
        if kind == "content_block_start":
            block = doc.get("content_block")
            if isinstance(block, dict) and block.get("type") == "tool_use":
                given = block.get("input")  # {} from the API; a client keeps any other
                self._block = _Call(str(block.get("name") or ""), block.get("id"),
                                    doc.get("index"), events=[event], whole=given or None)
                return [], None
        block_call = self._block
        if block_call is not None and doc.get("index") == block_call.index \
                and kind in ("content_block_delta", "content_block_stop"):
            block_call.events.append(event)
            if kind == "content_block_delta":
                delta = doc.get("delta")
                if isinstance(delta, dict) and isinstance(delta.get("partial_json"), str):
                    block_call.pieces.append(delta["partial_json"])
                return [], None
            self._block = None
            return await self._anthropic(block_call), None
        if isinstance(kind, str) and kind.startswith("response."):
            return await self._responses(event, doc, kind)
        fragments = _fragments(doc)
        if fragments is not None:
            return await self._openai(event, doc, fragments)
        return await self._release(_choice_of(doc)), self._stop_reason(event, kind)

    async def finish(self) -> list[bytes]:
        """The stream is done: release what is still held (decided like any call)."""
        out = await self._release()
        if self._block is not None:
            call, self._block = self._block, None
            out += await self._anthropic(call)
        for call in list(self._pending.values()):
            out += await self._response_item(call)
        self._pending.clear()
        return out

    # -- OpenAI -------------------------------------------------------------------

    async def _openai(self, event: Event, doc: dict[str, Any],
                      fragments: list[dict[str, Any]]) -> tuple[list[bytes], Event | None]:
        choice_index = doc["choices"][0].get("index", 0)
        held = self._held.setdefault(choice_index, [])
        for frag in fragments:
            index = frag.get("index", 0)
            key = (choice_index, index)
            call = self._calls.get(key)
            kind, field_name = ("function", "arguments") if "function" in frag \
                else ("custom", "input")  # a custom tool's call: free-form input
            fn = frag.get(kind)
            fn = fn if isinstance(fn, dict) else {}
            if call is None:
                call = self._calls[key] = _Call(str(fn.get("name") or ""), frag.get("id"),
                                                index, key=kind)
            elif fn.get("name"):
                call.name += str(fn["name"])
            if isinstance(fn.get(field_name), str):
                call.pieces.append(fn[field_name])
        choice = doc["choices"][0]
        delta = choice["delta"]
        content = delta.get("content")
        if not content and choice.get("finish_reason") is None:
            held.append(event)
            return [], None
        # Text (or the finish) in the same chunk goes on its own; the call part is held,
        # and a finish ends the calls: they are decided and go out before it.
        calls_doc = copy.deepcopy(doc)
        parts = [p for p in ("tool_calls", _LEGACY) if p in delta]
        calls_doc["choices"][0]["delta"] = {p: delta[p] for p in parts}
        calls_doc["choices"][0]["finish_reason"] = None
        held.append(_event(calls_doc))
        rest = copy.deepcopy(doc)
        for part in parts:
            del rest["choices"][0]["delta"][part]
        if choice.get("finish_reason") is None:
            return [], _event(rest, event.name)
        return (await self._release(choice_index),
                self._stop_reason(_event(rest, event.name), None))

    async def _release(self, choice: Any = None) -> list[bytes]:
        """Decide the OpenAI calls assembled so far (those of one choice: what another
        choice sends does not end its calls; None: every choice's) and say what goes out
        for them."""
        if not self._held:
            return []
        out: list[bytes] = []
        for index in [choice] if choice is not None else list(self._held):
            out += await self._release_choice(index)
        return out

    async def _release_choice(self, which: Any) -> list[bytes]:
        held = self._held.pop(which, None)
        if not held:
            return []
        calls = [self._calls.pop(k) for k in [k for k in self._calls if k[0] == which]]
        counts = self._choices.setdefault(which, [0, 0])
        verdicts = [await self.decide(c.name, "".join(c.pieces)) for c in calls]
        if all(v.permits and v.masked is None for v in verdicts):
            self.kept += len(calls)
            counts[0] += len(calls)
            return [e.raw for e in held]
        template = held[0].doc
        out: list[bytes] = []
        position = 0
        for call, verdict in zip(calls, verdicts, strict=True):
            doc = copy.deepcopy(template)
            choice = doc["choices"][0]
            if verdict.permits:
                self.kept += 1
                counts[0] += 1
                args = verdict.masked if verdict.masked is not None else "".join(call.pieces)
                if call.index == _LEGACY:
                    choice["delta"] = {_LEGACY: {"name": call.name, "arguments": args}}
                elif call.key == "custom":
                    choice["delta"] = {"tool_calls": [{
                        "index": position, "id": call.id, "type": "custom",
                        "custom": {"name": call.name, "input": args}}]}
                    position += 1
                else:
                    choice["delta"] = {"tool_calls": [{
                        "index": position, "id": call.id, "type": "function",
                        "function": {"name": call.name, "arguments": args}}]}
                    position += 1
            else:
                self.refused += 1
                counts[1] += 1
                choice["delta"] = {"content": verdict.why}
            choice["finish_reason"] = None
            out.append(render(None, doc))
        return out

    def _stop_reason(self, event: Event, kind: Any) -> Event:
        """An event that says a tool is called, when none is left: a plain stop."""
        if not self.refused:
            return event
        doc = event.doc
        if kind == "message_delta":
            if self.kept:
                return event
            delta = doc.get("delta")
            if isinstance(delta, dict) and delta.get("stop_reason") == "tool_use":
                fixed = copy.deepcopy(doc)
                fixed["delta"]["stop_reason"] = "end_turn"
                return _event(fixed, event.name)
            return event
        choices = doc.get("choices")

        def none_left(c: Any) -> bool:  # that choice's calls were all refused
            if not isinstance(c, dict) or c.get("finish_reason") not in ("tool_calls",
                                                                         _LEGACY):
                return False
            kept, refused = self._choices.get(c.get("index", 0), (0, 0))
            return refused > 0 and kept == 0
        if isinstance(choices, list) and any(none_left(c) for c in choices):
            fixed = copy.deepcopy(doc)
            for c in fixed["choices"]:
                if none_left(c):
                    c["finish_reason"] = "stop"
            return _event(fixed, event.name)
        return event

    # -- OpenAI responses ---------------------------------------------------------

    async def _responses(self, event: Event, doc: dict[str, Any], kind: str
                         ) -> tuple[list[bytes], Event | None]:
        item = doc.get("item")
        if kind == "response.output_item.added" and isinstance(item, dict) \
                and (found := client_call(item)) is not None:
            name, key, value = found
            self._pending[doc.get("output_index")] = _Call(
                name, item.get("id"), doc.get("output_index"), events=[event], key=key,
                whole=value)
            return [], None
        call = self._pending.get(doc.get("output_index")) if self._pending else None
        if call is not None and (kind in _ITEM_DELTAS or kind == "response.output_item.done"):
            call.events.append(event)
            field_name = _ITEM_DELTAS.get(kind)
            if field_name == "delta" and isinstance(doc.get("delta"), str):
                call.pieces.append(doc["delta"])
            elif field_name and isinstance(doc.get(field_name), str):
                call.pieces = [doc[field_name]]  # the whole text: it is what counts
            if kind != "response.output_item.done":
                return [], None
            if isinstance(item, dict) and call.key in item:
                call.whole = item[call.key]
            del self._pending[call.index]
            return await self._response_item(call), None
        if isinstance(doc.get("response"), dict) and isinstance(
                doc["response"].get("output"), list):
            return [], await self._whole_response(event, doc)
        return [], event

    async def _whole_response(self, event: Event, doc: dict[str, Any]) -> Event:
        """An event that repeats the whole response (`response.completed`: what the SDK
        keeps): the items sent in place of calls put in, and a call item that did not
        stream decided now."""
        output = doc["response"]["output"]
        late = [i for i, item in enumerate(output) if i not in self._seen
                and i not in self._items and isinstance(item, dict)
                and client_call(item) is not None]
        for index in late:
            name, key, value = client_call(output[index])  # type: ignore[misc]
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            verdict = await self.decide(name, text)
            if verdict.permits and verdict.masked is None:
                self.kept += 1
                self._seen.add(index)
                continue
            if verdict.permits:
                try:
                    masked = verdict.masked if isinstance(value, str) \
                        else load_json(verdict.masked or "")
                except ValueError:
                    verdict = CallVerdict(False, f"[secproxy] tool call {name} was blocked: "
                                                 "its masked arguments are no longer JSON")
                else:
                    self.kept += 1
                    self._items[index] = {**output[index], key: masked}
                    continue
            self.refused += 1
            self._items[index] = _message(index, verdict.why)
        if not self._items:
            return event
        fixed = copy.deepcopy(doc)
        for index, replacement in self._items.items():
            if isinstance(index, int) and 0 <= index < len(output):
                fixed["response"]["output"][index] = replacement
        return _event(fixed, event.name)

    async def _response_item(self, call: _Call) -> list[bytes]:
        streamed = "".join(call.pieces)
        whole = call.whole
        if isinstance(whole, str) or whole is None:
            text = whole if isinstance(whole, str) and whole else streamed
        else:
            text = json.dumps(whole, ensure_ascii=False)
        verdict = await self.decide(call.name, text)
        # The client may keep the pieces or the item as it was done: told apart, they go
        # out as the one text decided.
        if verdict.permits and verdict.masked is None and (not streamed or streamed == text):
            self.kept += 1
            self._seen.add(call.index)
            return [e.raw for e in call.events]
        added = call.events[0].doc or {}
        item = dict(added.get("item") or {})
        base = {"output_index": call.index, "sequence_number": added.get("sequence_number")}
        args = verdict.masked if verdict.masked is not None else text
        value: Any = args
        if verdict.permits and not isinstance(whole, str | None):
            try:
                value = load_json(args)
            except ValueError:
                verdict = CallVerdict(False, f"[secproxy] tool call {call.name} was blocked: "
                                             "its masked arguments are no longer JSON")
        if verdict.permits:
            self.kept += 1
            item.update({call.key: value, "status": "completed"})
            self._items[call.index] = item
            ids = {**base, "item_id": item.get("id")}
            string = isinstance(value, str)
            out = [_rendered("response.output_item.added", {**base, "item": {
                **item, call.key: "" if string else value, "status": "in_progress"}})]
            streams = _STREAMED.get(str(item.get("type")))
            if string and streams is not None:
                prefix, done_field = streams
                out += [_rendered(prefix + "delta", {**ids, "delta": value}),
                        _rendered(prefix + "done", {**ids, done_field: value})]
            return [*out, _rendered("response.output_item.done", {**base, "item": item})]
        self.refused += 1
        message = _message(call.index, verdict.why)
        part = message["content"][0]
        self._items[call.index] = message
        ids = {**base, "item_id": message["id"], "content_index": 0}
        return [
            _rendered("response.output_item.added",
                      {**base, "item": {**message, "status": "in_progress", "content": []}}),
            _rendered("response.content_part.added", {**ids, "part": {**part, "text": ""}}),
            _rendered("response.output_text.delta", {**ids, "delta": verdict.why}),
            _rendered("response.output_text.done", {**ids, "text": verdict.why}),
            _rendered("response.content_part.done", {**ids, "part": part}),
            _rendered("response.output_item.done", {**base, "item": message})]

    # -- Anthropic ----------------------------------------------------------------

    async def _anthropic(self, call: _Call) -> list[bytes]:
        # The input the client keeps: what the deltas build, or, with none, the block's
        # start's (the SDKs replace the start's input with the deltas'). One JSON document
        # either way: decided, and sent masked, as the client will read it; a start's
        # input beside deltas goes out as {} (no client uses it).
        text = "".join(call.pieces) if call.pieces or call.whole is None \
            else json.dumps(call.whole, ensure_ascii=False)
        verdict = await self.decide(call.name, text)
        index = call.index
        if verdict.permits:
            self.kept += 1
            if verdict.masked is None and (call.whole is None or not call.pieces):
                return [e.raw for e in call.events]
            start, stop = call.events[0], call.events[-1]
            if call.whole is not None:  # what goes out is in the deltas alone
                doc = copy.deepcopy(start.doc)
                doc["content_block"]["input"] = {}
                start = _event(doc, start.name)
            if verdict.masked is None:
                return [start.raw, *(e.raw for e in call.events[1:])]
            stopped = stop.doc is not None and stop.doc.get("type") == "content_block_stop"
            delta = render("content_block_delta", {
                "type": "content_block_delta", "index": index,
                "delta": {"type": "input_json_delta", "partial_json": verdict.masked}})
            return [start.raw, delta] + ([stop.raw] if stopped else [])
        self.refused += 1
        return [render("content_block_start", {"type": "content_block_start", "index": index,
                                               "content_block": {"type": "text", "text": ""}}),
                render("content_block_delta", {"type": "content_block_delta", "index": index,
                                               "delta": {"type": "text_delta",
                                                         "text": verdict.why}}),
                render("content_block_stop", {"type": "content_block_stop", "index": index})]


def _message(index: Any, text: str) -> dict[str, Any]:
    """Responses: the message item that stands for a refused call."""
    return {"type": "message", "id": f"msg_secproxy_{index}", "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": text, "annotations": []}]}


def _choice_of(doc: dict[str, Any]) -> Any:
    """The one choice an OpenAI chat chunk carries (its index), None for any other event."""
    choices = doc.get("choices")
    if isinstance(choices, list) and len(choices) == 1 and isinstance(choices[0], dict):
        return choices[0].get("index", 0)
    return None


_ITEM_DELTAS = {
    "response.function_call_arguments.delta": "delta",
    "response.function_call_arguments.done": "arguments",
    "response.custom_tool_call_input.delta": "delta",
    "response.custom_tool_call_input.done": "input",
}
"""Responses: the events that stream a call's arguments, and the field of their text."""
_STREAMED = {"function_call": ("response.function_call_arguments.", "arguments"),
             "custom_tool_call": ("response.custom_tool_call_input.", "input")}
"""Responses: the items whose text streams, the prefix of its events and the field of
the whole text in the last."""


def _rendered(kind: str, doc: dict[str, Any]) -> bytes:
    """A responses API event (its name is its type)."""
    return render(kind, {"type": kind, **doc})


def arguments_of(text: str) -> dict[str, Any] | None:
    """A call's arguments, when its text is a JSON object."""
    try:
        value = load_json(text) if text else {}
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
