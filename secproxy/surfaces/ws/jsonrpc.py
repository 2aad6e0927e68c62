"""The JSON-RPC 2.0 / MCP adapter.

Requests, notifications and responses, single or batched. `tools/call` becomes a tool
action (tool name, arguments; content = the strings of the arguments); `resources/read`
carries its URI; other methods carry their params. Responses carry the result text:
for MCP tool results the `text` parts (and strings of `structuredContent`), for
resource reads the `text` of each content, otherwise every string of the result.
A blocked request is answered with a JSON-RPC error with the same id; a blocked
notification gets no answer; a blocked result is replaced by an error for its id.
"""

from __future__ import annotations

from typing import Any

from secproxy.model import Action, Direction, Verdict
from secproxy.surfaces.refusal import rpc_data, rpc_message
from secproxy.surfaces.ws.adapters import (
    Answer,
    as_frame,
    dump_json,
    load_json,
)
from secproxy.surfaces.ws.frames import NO_ID, Data, MalformedFrame, Message, Parsed, TextSlots

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
_SKIP = frozenset({"_meta"})


def _check_id(obj: dict[str, Any]) -> Any:
    rpc_id = obj.get("id", NO_ID)
    if rpc_id is NO_ID or rpc_id is None or (
            isinstance(rpc_id, str | int | float) and not isinstance(rpc_id, bool)):
        return rpc_id
    raise MalformedFrame("id must be a string, a number or null")


def _request(obj: dict[str, Any], method: str, rpc_id: Any) -> Message:
    kind = "notification" if rpc_id is NO_ID else "request"
    slots = TextSlots()
    params = obj.get("params")
    if params is not None and not isinstance(params, dict | list):
        raise MalformedFrame(f"params of {method} must be an object or an array", rpc_id)
    if method == "tools/call":
        if not isinstance(params, dict) or not isinstance(params.get("name"), str):
            raise MalformedFrame("tools/call needs params.name (the tool name)", rpc_id)
        args = params.get("arguments")
        if args is not None and not isinstance(args, dict):
            raise MalformedFrame("tools/call params.arguments must be an object", rpc_id)
        if args:
            slots.collect(params, "arguments", skip_keys=_SKIP)
        return Message(kind, method, params["name"], args if args is not None else {}, rpc_id,
                       slots, obj=obj)
    if method == "resources/read" and isinstance(params, dict):
        uri = params.get("uri")
        if not isinstance(uri, str):
            raise MalformedFrame("resources/read needs params.uri", rpc_id)
        slots.places.append((params, "uri"))
        return Message(kind, method, None, {"uri": uri}, rpc_id, slots, obj=obj)
    if params:
        slots.collect(obj, "params", skip_keys=_SKIP)
    arguments = params if isinstance(params, dict) else None
    return Message(kind, method, None, arguments, rpc_id, slots, obj=obj)


def _result_slots(obj: dict[str, Any]) -> TextSlots:
    slots = TextSlots()
    result = obj["result"]
    if isinstance(result, dict):
        content = result.get("content")
        parts = content if isinstance(content, list) else result.get("contents")
        if isinstance(parts, list):
            for part in parts:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    slots.places.append((part, "text"))
            if parts is content and "structuredContent" in result:
                slots.collect(result, "structuredContent")
            return slots
    slots.collect(obj, "result", skip_keys=_SKIP)
    return slots


def parse_message(obj: Any) -> Message:
    """One JSON-RPC message (a frame, or one batch element)."""
    if not isinstance(obj, dict):
        raise MalformedFrame("a JSON-RPC message must be a JSON object")
    rpc_id = _check_id(obj)
    method = obj.get("method")
    if method is not None:
        if not isinstance(method, str) or not method:
            raise MalformedFrame("method must be a non-empty string", rpc_id)
        return _request(obj, method, rpc_id)
    if rpc_id is NO_ID:
        raise MalformedFrame("neither a request, a notification nor a response (no method, "
                             "no id)")
    if "result" in obj:
        return Message("result", rpc_id=rpc_id, slots=_result_slots(obj), obj=obj)
    error = obj.get("error")
    if isinstance(error, dict):
        slots = TextSlots()
        for key in ("message", "data"):
            if key in error:
                slots.collect(error, key)
        return Message("error", rpc_id=rpc_id, slots=slots, obj=obj)
    raise MalformedFrame("a response needs `result` or an `error` object", rpc_id)


def error_frame(rpc_id: Any, code: int, message: str, data: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        error["data"] = data
    return {"jsonrpc": "2.0", "id": None if rpc_id is NO_ID else rpc_id, "error": error}


class JsonRpcAdapter:
    """JSON-RPC 2.0 and MCP over WebSocket text (or UTF-8 binary) frames."""

    name = "jsonrpc"

    def __init__(self, block_code: int = -32001):
        self.block_code = block_code

    def parse(self, data: Data, direction: Direction) -> Parsed:
        obj = load_json(data)
        binary = isinstance(data, bytes)
        if isinstance(obj, list):
            if not obj:
                raise MalformedFrame("empty batch")
            return Parsed([parse_message(o) for o in obj], batch=True, binary=binary)
        return Parsed([parse_message(obj)], binary=binary)

    def encode(self, parsed: Parsed, elements: list[Any]) -> Data:
        return as_frame(dump_json(elements if parsed.batch else elements[0]), parsed.binary)

    def block_answer(self, msg: Message, verdict: Verdict, action: Action,
                     direction: Direction) -> Answer | None:
        if msg.rpc_id is NO_ID:
            return None
        frame = error_frame(msg.rpc_id, self.block_code, rpc_message(verdict),
                            rpc_data(verdict, action.request_id))
        # A blocked result or error still owes the receiver an answer for its id.
        return frame, msg.kind in ("result", "error")

    def malformed_answer(self, exc: MalformedFrame, binary: bool) -> Data | None:
        rpc_id = exc.rpc_id if exc.rpc_id is not NO_ID else None
        code = PARSE_ERROR if exc.syntax else INVALID_REQUEST
        label = "Parse error" if code == PARSE_ERROR else "Invalid Request"
        return as_frame(dump_json(error_frame(rpc_id, code, f"{label}: {exc.reason}")), binary)
