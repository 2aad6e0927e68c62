"""The MCP adapter: JSON-RPC 2.0 text in, `Message`s out, and messages back into text.

Every MCP transport carries the same JSON-RPC messages (a stdio line, an HTTP body, an
SSE event's data); this module reads them, says what each is (request, notification,
result, error; its method, id and tool), gathers the strings that make up its content
with their places in the document (`TextSlots`), and writes a rewritten message back.
It holds no state and decides nothing: `interceptor.McpInterceptor` does that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from secproxy.content import TextSlots

NO_ID: Any = object()
"""Marks a message without an id (a notification)."""

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
BLOCKED = -32001
"""The error code of a message secproxy refused (an implementation-defined server error)."""

SKIP_KEYS = frozenset({"_meta"})
"""Protocol bookkeeping, never content (protocol version, client info, progress tokens)."""

LISTS: dict[str, str] = {
    "tools/list": "tools",
    "prompts/list": "prompts",
    "resources/list": "resources",
    "resources/templates/list": "resourceTemplates",
}
"""Methods whose results are definitions for the model to read, and the key of the list."""

HANDSHAKES = frozenset({"initialize", "server/discover"})
"""Methods whose result may carry the server's `instructions` (2025 and 2026 protocols)."""


class Malformed(Exception):
    """Text that is not a JSON-RPC message; `rpc_id` is kept when one could be read."""

    def __init__(self, reason: str, rpc_id: Any = None, *, syntax: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.rpc_id = rpc_id
        self.syntax = syntax


@dataclass(slots=True)
class Message:
    """One JSON-RPC message."""

    kind: str
    """`request`, `notification`, `result` or `error`."""
    obj: dict[str, Any]
    """The parsed message (rewritten in place when content is masked)."""
    method: str | None = None
    rpc_id: Any = NO_ID
    tool: str | None = None
    """The tool a `tools/call` names."""
    arguments: dict[str, Any] | None = None
    """A call's arguments (a tool's, a prompt's), or `{"uri"}` of a resource read."""
    slots: TextSlots = field(default_factory=TextSlots)

    @property
    def result(self) -> Any:
        return self.obj.get("result")


def _check_id(obj: dict[str, Any]) -> Any:
    rpc_id = obj.get("id", NO_ID)
    if rpc_id is NO_ID or rpc_id is None or (
            isinstance(rpc_id, str | int | float) and not isinstance(rpc_id, bool)):
        return rpc_id
    raise Malformed("id must be a string, a number or null")


def _request(obj: dict[str, Any], method: str, rpc_id: Any) -> Message:
    kind = "notification" if rpc_id is NO_ID else "request"
    msg = Message(kind, obj, method, rpc_id)
    params = obj.get("params")
    if params is not None and not isinstance(params, dict | list):
        raise Malformed(f"params of {method} must be an object or an array", rpc_id)
    if method == "tools/call" or method == "prompts/get":
        if not isinstance(params, dict) or not isinstance(params.get("name"), str):
            raise Malformed(f"{method} needs params.name", rpc_id)
        args = params.get("arguments")
        if args is not None and not isinstance(args, dict):
            raise Malformed(f"{method} params.arguments must be an object", rpc_id)
        if method == "tools/call":
            msg.tool = params["name"]
        msg.arguments = args if args is not None else {}
        if args:
            msg.slots.collect(params, "arguments", skip_keys=SKIP_KEYS)
        return msg
    if method == "resources/read":
        if not isinstance(params, dict) or not isinstance(params.get("uri"), str):
            raise Malformed("resources/read needs params.uri", rpc_id)
        msg.arguments = {"uri": params["uri"]}
        msg.slots.places.append((params, "uri"))
        return msg
    if params:
        msg.slots.collect(obj, "params", skip_keys=SKIP_KEYS)
        if isinstance(params, dict):
            msg.arguments = params
    return msg


def result_slots(msg: Message) -> None:
    """The strings of a result that reach the model: the text parts of tool results and
    prompt messages, the text of read resources, structured content; every string of
    any other result (definitions are cut up by `definitions`, not here)."""
    result = msg.obj["result"]
    slots = msg.slots
    if isinstance(result, dict):
        parts = result.get("content")
        if not isinstance(parts, list):
            parts = result.get("contents")
        if isinstance(parts, list):
            for part in parts:
                if isinstance(part, dict):
                    if isinstance(part.get("text"), str):
                        slots.places.append((part, "text"))
                    resource = part.get("resource")
                    if isinstance(resource, dict) and isinstance(resource.get("text"), str):
                        slots.places.append((resource, "text"))
            if "structuredContent" in result:
                slots.collect(result, "structuredContent")
            return
        messages = result.get("messages")
        if isinstance(messages, list):  # prompts/get
            slots.collect(result, "messages", skip_keys=SKIP_KEYS)
            return
    slots.collect(msg.obj, "result", skip_keys=SKIP_KEYS)


def parse_message(obj: Any) -> Message:
    """One JSON-RPC message (a whole text, or one element of a batch)."""
    if not isinstance(obj, dict):
        raise Malformed("a JSON-RPC message must be a JSON object")
    rpc_id = _check_id(obj)
    method = obj.get("method")
    if method is not None:
        if not isinstance(method, str) or not method:
            raise Malformed("method must be a non-empty string", rpc_id)
        return _request(obj, method, rpc_id)
    if rpc_id is NO_ID:
        raise Malformed("neither a request, a notification nor a response")
    if "result" in obj:
        return Message("result", obj, rpc_id=rpc_id)
    error = obj.get("error")
    if isinstance(error, dict):
        msg = Message("error", obj, rpc_id=rpc_id)
        for key in ("message", "data"):
            if key in error:
                msg.slots.collect(error, key)
        return msg
    raise Malformed("a response needs `result` or an `error` object", rpc_id)


def parse(text: str) -> tuple[list[Message], bool]:
    """The messages of one text and whether they came as a batch."""
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise Malformed(f"not JSON: {exc}", syntax=True) from None
    if isinstance(obj, list):
        if not obj:
            raise Malformed("empty batch")
        return [parse_message(o) for o in obj], True
    return [parse_message(obj)], False


def dump(obj: Any) -> str:
    """Compact JSON, non-ASCII kept; a lone surrogate goes back out as its escape."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    if not text.isascii():
        try:
            text.encode()
        except UnicodeEncodeError:
            return json.dumps(obj, separators=(",", ":"))
    return text


def error_message(rpc_id: Any, code: int, message: str, data: Any = None) -> dict[str, Any]:
    """A JSON-RPC error answering `rpc_id`."""
    error: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        error["data"] = data
    return {"jsonrpc": "2.0", "id": None if rpc_id is NO_ID else rpc_id, "error": error}


def malformed_answer(exc: Malformed) -> str:
    """The error that answers a client's unreadable message."""
    code = PARSE_ERROR if exc.syntax else INVALID_REQUEST
    label = "Parse error" if exc.syntax else "Invalid Request"
    rpc_id = exc.rpc_id if exc.rpc_id is not NO_ID else None
    return dump(error_message(rpc_id, code, f"{label}: {exc.reason}"))
