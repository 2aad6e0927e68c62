"""The JSON-RPC 2.0 / MCP message model: text in, `Message`s out, messages back into text.

Every transport that carries JSON-RPC (a WebSocket frame, an MCP stdio line, an HTTP
body, an SSE event's data) carries the same messages. This module reads them, says what
each is (request, notification, result, error; its method, id, tool and arguments),
gathers the strings that make up its content with their places in the document
(`TextSlots`, so masks go back leaf by leaf), and writes a rewritten message back. It
holds no state and decides nothing: the surfaces' interceptors do that.

`Conversations` is what a transport needs from the MCP surface to relay one client's
MCP conversation through it (pins, definition lists, sampling): the runtime hands the
MCP hub to the WebSocket relay as one.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from json import scanner
from typing import Any, Protocol

from secproxy.content import (
    SCHEMA_NAMING,
    Base64Text,
    DuplicateKey,
    TextSlots,
    TooDeep,
    base64_text,
    check_depth,
    dump_json,
    load_json,
    unique_object,
)
from secproxy.model import Direction, Principal

NO_ID: Any = object()
"""Marks a message without a correlation id (a notification, a raw frame)."""

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
BLOCKED = -32001
"""The error code of a message secproxy refused (an implementation-defined server error)."""

SKIP_KEYS = frozenset({"_meta"})
"""Protocol bookkeeping in a request's params (progress tokens), not read here. What a
server sends is read with its `_meta` (in its answers here; in its own requests and
notifications by the MCP interceptor): the server fills it as it likes, and a client
may show it to its model."""

LISTS: dict[str, str] = {
    "tools/list": "tools",
    "prompts/list": "prompts",
    "resources/list": "resources",
    "resources/templates/list": "resourceTemplates",
}
"""MCP methods whose results are definitions for the model to read, and the list's key."""

HANDSHAKES = frozenset({"initialize", "server/discover"})
"""MCP methods whose result may carry the server's `instructions` (2025 and 2026)."""

SERVER_REQUESTS = frozenset({"sampling/createMessage", "elicitation/create", "roots/list"})
"""MCP requests a server sends to its client (what a model or a user is asked for)."""


_ASKED: dict[str, tuple[str, ...]] = {
    "sampling/createMessage": ("systemPrompt", "messages", "tools", "modelPreferences"),
    "elicitation/create": ("message", "requestedSchema", "url"),
}
"""What a server's request asks a model (sampling) or a user (elicitation) to read."""
_PARTS_SKIP = frozenset({"_meta", "type", "role", "mimeType", "data"})
"""In sampling messages: structure (part types, roles) and binary parts (base64 images,
audio), not text."""


class Malformed(Exception):
    """Text that is not a valid message; `rpc_id` is kept when one could be read, `syntax`
    is true when it is not even well-formed (as opposed to well-formed but invalid),
    `response` when it is a response (no method): its id is the id of a request of the
    other side, which still waits for an answer."""

    def __init__(self, reason: str, rpc_id: Any = None, *, syntax: bool = False,
                 response: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.rpc_id = rpc_id
        self.syntax = syntax
        self.response = response


@dataclass(slots=True)
class Message:
    """One decidable unit: a JSON-RPC message (or batch element), or a frame of another
    format read by a WebSocket adapter."""

    kind: str
    """`request`, `notification`, `result`, `error` (JSON-RPC), a generic kind, or `frame`."""
    method: str | None = None
    """RPC method (`tools/call`) or generic kind."""
    tool: str | None = None
    """The tool a `tools/call` names (or a generic frame's tool)."""
    arguments: dict[str, Any] | None = None
    """A call's arguments (a tool's, a prompt's), `{"uri"}` of a resource read, or the
    params of another request."""
    rpc_id: Any = NO_ID
    """Correlation id; `NO_ID` for notifications and raw frames."""
    slots: TextSlots = field(default_factory=TextSlots)
    """Where the content lives in `obj`, for rewriting."""
    content: str | None = None
    """Text to inspect when it is not taken from `slots`."""
    obj: Any = None
    """The parsed element this message is (rewritten in place when content is masked)."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Adapter extras for the action's metadata."""

    def text(self) -> str | None:
        text = self.slots.text()
        return text if text is not None else self.content

    @property
    def result(self) -> Any:
        return self.obj.get("result")


_SAFE_INTEGER = 2**53 - 1
"""The largest integer every JSON parser reads exactly (JavaScript's Number.MAX_SAFE_
INTEGER): past it, a parser that reads numbers as doubles reads 2**53 + 1 as 2**53."""


def _check_id(obj: dict[str, Any]) -> Any:
    rpc_id = obj.get("id", NO_ID)
    if rpc_id is NO_ID or rpc_id is None or isinstance(rpc_id, str):
        return rpc_id
    if isinstance(rpc_id, float):
        if math.isfinite(rpc_id):
            return rpc_id
        # 1e400 and NaN: the answer under it would be no JSON, and NaN matches no result
        raise Malformed("a number id must be finite")
    if isinstance(rpc_id, int) and not isinstance(rpc_id, bool):
        if -_SAFE_INTEGER <= rpc_id <= _SAFE_INTEGER:
            return rpc_id
        # a server (most are JavaScript) would read another id than the one decided: two
        # calls the relay tells apart become one, a result its call's id no longer names
        raise Malformed("an integer id must lie within ±(2^53 - 1), the integers every "
                        "JSON parser reads exactly", rpc_id)
    raise Malformed("id must be a string, a number or null")


_NAMED = frozenset({"tools/call", "prompts/get", "resources/read"})
"""Methods whose target (a tool, a prompt, a resource) the rules decide on."""
ODD_NAME = re.compile(
    r"^\s|\s$|[\x00-\x1f\x7f-\x9f\xad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    r"\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    r"\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\ud800-\udfff\U000110bd\U000110cd"
    r"\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
"""A name with spaces around it or characters one cannot see: a rule on `fs.delete*`
misses ` fs.delete_tree`, which a server that trims names runs. Invisible: controls,
every format character (Unicode's Cf: the soft hyphen, joiners, marks of direction,
bidi embeddings and isolates, tags…), fillers and variation selectors — what a server
that strips format characters drops, turning `fs.de<soft hyphen>lete_tree` into
`fs.delete_tree`; line and paragraph separators inside a name too. A lone surrogate
(a JSON `\\ud800`, or a byte that is not UTF-8 read back) is no character either: a
server that drops what it cannot encode runs `fs.de<surrogate>lete_tree` as
`fs.delete_tree`."""


def _request(obj: dict[str, Any], method: str, rpc_id: Any) -> Message:
    kind = "notification" if rpc_id is NO_ID else "request"
    msg = Message(kind, method, rpc_id=rpc_id, obj=obj)
    params = obj.get("params")
    if params is not None and not isinstance(params, dict | list):
        raise Malformed(f"params of {method} must be an object or an array", rpc_id)
    if method not in _NAMED and method.lower() in _NAMED:
        # rules decide tools/call by its exact spelling; a server reading methods
        # without case would run `Tools/Call`'s tool undecided
        raise Malformed(f"unknown method {method!r}: methods are case-sensitive", rpc_id)
    if method == "tools/call" or method == "prompts/get":
        if not isinstance(params, dict) or not isinstance(params.get("name"), str):
            raise Malformed(f"{method} needs params.name", rpc_id)
        if ODD_NAME.search(params["name"]):
            raise Malformed(
                f"{method} params.name has spaces around it or invisible characters", rpc_id
            )
        args = params.get("arguments")
        if args is not None and not isinstance(args, dict):
            raise Malformed(f"{method} params.arguments must be an object", rpc_id)
        if method == "tools/call":
            msg.tool = params["name"]
        msg.arguments = args if args is not None else {}
        if args:
            # Every key: the arguments are the tool's data, written by a model, and a
            # `_meta` among them is no protocol's (that one is `params._meta`).
            msg.slots.collect(params, "arguments")
        return msg
    if method == "resources/read":
        if not isinstance(params, dict) or not isinstance(params.get("uri"), str):
            raise Malformed("resources/read needs params.uri", rpc_id)
        msg.arguments = {"uri": params["uri"]}
        msg.slots.places.append((params, "uri"))
        return msg
    if isinstance(params, dict):
        msg.arguments = params
        asked = _ASKED.get(method)
        if asked is not None:
            for key in asked:
                if key in params:  # (the schemas of sampling tools and of forms)
                    msg.slots.collect(params, key, skip_keys=_PARTS_SKIP
                                      if key == "messages" else SKIP_KEYS,
                                      naming=SCHEMA_NAMING)
            return msg
    if params:
        msg.slots.collect(obj, "params", skip_keys=SKIP_KEYS)
    return msg


def result_slots(msg: Message) -> None:
    """Gather the strings of a result that reach the client: the parts of tool results
    and read resources (`_part_slots`), structured content, and every other string of
    the result (a prompt's messages and description, `_meta`, keys a server adds); every
    string of any other result (definition lists are cut up item by item elsewhere)."""
    result = msg.obj["result"]
    slots = msg.slots
    if isinstance(result, dict):
        content = result.get("content")
        key = "content" if isinstance(content, list) else "contents"
        parts = result.get(key)
        if isinstance(parts, list):
            for part in parts:
                if isinstance(part, dict):
                    _part_slots(slots, part)
            for other in list(result):
                if other != key:
                    slots.collect(result, other)
            return
    slots.collect(msg.obj, "result")


def answer_slots(msg: Message) -> None:
    """Gather the strings of a client's answer to a server's request (what its model or
    user said: a sampled message, an elicited form's content, roots): every string less
    the result's own `_meta`. A form's fields are the server's to name, `_meta` too."""
    result = msg.obj["result"]
    if not isinstance(result, dict):
        msg.slots.collect(msg.obj, "result")
        return
    for key in list(result):
        if key not in SKIP_KEYS:
            msg.slots.collect(result, key)


_PART_SKIP = frozenset({"type", "mimeType", "data"})
"""A content part's keys that hold no text for the model: its kind, the media type, an
image's or audio's bytes (base64). Its `annotations` and `_meta` are read: the server
fills them as it likes."""


def _part_slots(slots: TextSlots, part: dict[str, Any]) -> None:
    """Every string of a tool result's content part that reaches the client: a text
    part's text, and its other strings too (a resource link's name, title, description
    and URI; an embedded resource's text and URI), less `_PART_SKIP`. A resource's
    `blob` is read as the text it encodes when it is UTF-8 text, whatever its
    `mimeType` says (a client shows a text file's blob to the model); a mask is
    written back as base64. An image's or a binary file's blob is left as it is."""
    for key, value in part.items():
        if key in _PART_SKIP:
            continue
        if key == "blob":
            text = base64_text(value) if isinstance(value, str) else None
            if text is not None:
                slots.places.append((Base64Text(part, key, text), 0))
        elif key == "resource" and isinstance(value, dict):
            _part_slots(slots, value)
        elif isinstance(value, str):
            if value:
                slots.places.append((part, key))
        elif isinstance(value, dict | list):
            slots.collect(part, key)


def parse_message(obj: Any) -> Message:
    """One JSON-RPC message (a whole text, or one element of a batch). A result's slots
    are left empty: `result_slots` gathers them when the result is decided as content."""
    if not isinstance(obj, dict):
        raise Malformed("a JSON-RPC message must be a JSON object")
    rpc_id = _check_id(obj)
    method = obj.get("method")
    if method is not None:
        if not isinstance(method, str) or not method:
            raise Malformed("method must be a non-empty string", rpc_id)
        return _request(obj, method, rpc_id)
    if rpc_id is NO_ID:
        raise Malformed("neither a request, a notification nor a response (no method, "
                        "no id)")
    error = obj.get("error")
    if "result" in obj:
        if error is not None:
            # which one a receiver reads is its own choice (some look for `error` first):
            # decided as a result, it could be read as an error never decided, or back
            raise Malformed("a response has both `result` and `error`", rpc_id,
                            response=True)
        return Message("result", rpc_id=rpc_id, obj=obj)
    if isinstance(error, dict):
        msg = Message("error", rpc_id=rpc_id, obj=obj)
        for key in ("message", "data"):
            if key in error:
                msg.slots.collect(error, key)
        return msg
    raise Malformed("a response needs `result` or an `error` object", rpc_id, response=True)


_scan: Callable[[str, int], tuple[Any, int]] = scanner.make_scanner(
    json.JSONDecoder())  # type: ignore[arg-type]  # typeshed types the class, not the call
_OPENERS = ("{", "[")
_SPACE = re.compile(r"[ \t\n\r]*")  # what JSON calls whitespace


_scan_unique: Callable[[str, int], tuple[Any, int]] = scanner.make_scanner(
    json.JSONDecoder(object_pairs_hook=unique_object))  # type: ignore[arg-type]


def loads(text: str | bytes, what: str = "message", *, unique: bool = False) -> Any:
    """Parse JSON text (or UTF-8 bytes); `Malformed` (syntax) when it is not JSON.

    With `unique` (what a client sends a server: the call a rule or guard decides), an
    object that names a key twice is `Malformed` too: this parser keeps the last value,
    a receiver may keep the first (`{"name": "delete_file", "name": "read_file"}` would
    be decided as one tool and run as the other)."""
    scan = _scan_unique if unique else _scan
    try:
        # An object or array goes straight to the C scanner (about half the cost of
        # `json.loads`); anything unusual takes the standard path, which words the error.
        if isinstance(text, str) and text[:1] in _OPENERS:
            try:
                obj, end = scan(text, 0)
            except StopIteration:
                pass
            else:
                if end == len(text) or _SPACE.fullmatch(text, end):
                    check_depth(text, obj)
                    return obj
        return load_json(text, unique=unique)
    except DuplicateKey as twice:
        raise Malformed(f"{what} names the key {twice.key!r} twice in one object "
                        "(read one way here and maybe another by its receiver)") from None
    except RecursionError:  # the C scanner ran out of stack: thousands of levels
        raise Malformed(f"{what} is not valid JSON: {TooDeep()}", syntax=True) from None
    except ValueError as exc:  # `TooDeep` is one
        raise Malformed(f"{what} is not valid JSON: {exc}", syntax=True) from None


def parse_obj(obj: Any) -> tuple[list[Message], bool]:
    """The messages of one parsed JSON text and whether they came as a batch."""
    if isinstance(obj, list):
        if not obj:
            raise Malformed("empty batch")
        return [parse_message(o) for o in obj], True
    return [parse_message(obj)], False


def parse(text: str, *, unique: bool = False) -> tuple[list[Message], bool]:
    """The messages of one text and whether they came as a batch (`unique`: as for
    `loads`)."""
    return parse_obj(loads(text, unique=unique))


dump = dump_json
"""A message as compact JSON text (`content.dump_json`)."""


def error_message(rpc_id: Any, code: int, message: str, data: Any = None) -> dict[str, Any]:
    """A JSON-RPC error answering `rpc_id`."""
    error: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        error["data"] = data
    return {"jsonrpc": "2.0", "id": None if rpc_id is NO_ID else rpc_id, "error": error}


def malformed_error(exc: Malformed) -> dict[str, Any]:
    """The error that answers a sender's unreadable message."""
    code = PARSE_ERROR if exc.syntax else INVALID_REQUEST
    label = "Parse error" if exc.syntax else "Invalid Request"
    rpc_id = exc.rpc_id if exc.rpc_id is not NO_ID else None
    return error_message(rpc_id, code, f"{label}: {exc.reason}")


# -- what a transport needs from the MCP surface ----------------------------------------

Relayed = tuple[str | None, str | None]
"""(text for the receiver, answer for the sender); the receiver's text is the very
object given when the message goes on unchanged."""


class Conversation(Protocol):
    """One client's MCP conversation with one server, decided message by message."""

    async def handle(self, text: str, direction: Direction) -> Relayed:
        """Decide one JSON-RPC text (a message or a batch)."""
        ...

    def publish(self) -> None:
        """Announce the calls allowed and sent on since the last time (the transport calls
        it once it has written them out)."""
        ...

    async def settle(self) -> None:
        """Write the records of the calls whose results were handed out since the last
        time (a conversation opened with `settles`: the transport calls it once it has
        written them on)."""
        ...

    async def close(self) -> None:
        """The conversation is over (calls still waiting for a result are recorded)."""
        ...


class Conversations(Protocol):
    """Opens MCP conversations (the MCP surface's hub: pins, listings, withheld tools)."""

    def interceptor(self, server: str, principal: Principal, session: str | None, *,
                    transport: str, settles: bool = False) -> Conversation:
        """A conversation with `server` (its name in rules, pins and the ledger);
        `settles`: the transport calls its `settle()` once it has written what `handle`
        gave it (a call's record then follows its result instead of preceding it)."""
        ...


_JS_SPACE = (" \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
             "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
"""What JavaScript's `Number()` trims from a string (its WhiteSpace and LineTerminator)."""
_JS_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_JS_RADIX = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)", re.ASCII)
_MAX_ALIASED = 400
"""The longest string id read for its number (longer: no number any client answers)."""


def _js_number(text: str) -> float | None:
    """JavaScript's `Number(text)` when it is finite (the TypeScript SDK reads a
    response's id so: `Number(response.id)`), else None."""
    text = text.strip(_JS_SPACE)
    if not text:
        return 0.0
    try:
        if _JS_RADIX.fullmatch(text):
            value = float(int(text[2:], {"x": 16, "o": 8, "b": 2}[text[1].lower()]))
        elif _JS_DECIMAL.fullmatch(text):
            value = float(text)
        else:
            return None
    except OverflowError:
        return None
    return value if math.isfinite(value) else None


def id_aliases(rpc_id: Any) -> list[Any]:
    """The other ids a client may read a response's string id as: the official SDKs
    match `"7"` (and `" 7"`, `"07"`, `"0x7"`…) to their request 7, the Python one with
    `int()`, the TypeScript one with `Number()`. A relay that matched ids exactly would
    not know such an answer for the answer to 7 that its client takes it for."""
    if not isinstance(rpc_id, str) or len(rpc_id) > _MAX_ALIASED:
        return []
    out: list[Any] = []
    try:
        out.append(int(rpc_id))
    except ValueError:
        pass
    number = _js_number(rpc_id)
    if number is not None and number not in out:
        out.append(number)
    return out


def reused_id(messages: list[Message]) -> Any:
    """An id two requests of a batch share (or two answers: the client's answers to the
    server's requests have ids of their own), else `NO_ID`."""
    requests: set[tuple[bool, Any]] = set()
    answers: set[tuple[bool, Any]] = set()
    for msg in messages:
        rpc_id = msg.rpc_id
        if rpc_id is NO_ID or rpc_id is None:
            continue
        seen = requests if msg.kind == "request" else answers \
            if msg.kind in ("result", "error") else None
        if seen is None:
            continue
        key = (isinstance(rpc_id, str), rpc_id)  # 7 and "7" are two ids
        if key in seen:
            return rpc_id
        seen.add(key)
    return NO_ID


def reused_id_reason(rpc_id: Any) -> str:
    """Why a batch that uses `rpc_id` twice is refused (the relays' finding and answer)."""
    return (f"the batch uses the id {json.dumps(rpc_id)} twice: its answers could not be "
            "told apart (nothing of it was sent)")
