"""The JSON-RPC 2.0 / MCP frame adapter, on the shared message model
(`secproxy.protocols.jsonrpc`, which the MCP surface reads its messages with too).

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
from secproxy.protocols.jsonrpc import (
    NO_ID,
    Malformed,
    Message,
    dump,
    error_message,
    loads,
    malformed_error,
    parse_message,
    result_slots,
)
from secproxy.surfaces.refusal import rpc_data, rpc_message
from secproxy.surfaces.ws.adapters import Answer, as_frame
from secproxy.surfaces.ws.frames import Data, Parsed

__all__ = ["JsonRpcAdapter", "error_frame", "parse_message"]

error_frame = error_message


def _message(obj: Any) -> Message:
    msg = parse_message(obj)
    if msg.kind == "result":
        result_slots(msg)
    return msg


class JsonRpcAdapter:
    """JSON-RPC 2.0 and MCP over WebSocket text (or UTF-8 binary) frames."""

    name = "jsonrpc"

    def __init__(self, block_code: int = -32001):
        self.block_code = block_code

    def parse(self, data: Data, direction: Direction) -> Parsed:
        binary = isinstance(data, bytes)
        obj = loads(data, "binary frame" if binary else "frame",
                    unique=direction is Direction.REQUEST)
        if isinstance(obj, list):
            if not obj:
                raise Malformed("empty batch")
            return Parsed([_message(o) for o in obj], batch=True, binary=binary)
        return Parsed([_message(obj)], binary=binary)

    def encode(self, parsed: Parsed, elements: list[Any]) -> Data:
        return as_frame(dump(elements if parsed.batch else elements[0]), parsed.binary)

    def block_answer(self, msg: Message, verdict: Verdict, action: Action,
                     direction: Direction) -> Answer | None:
        if msg.rpc_id is NO_ID:
            return None
        frame = error_message(msg.rpc_id, self.block_code, rpc_message(verdict),
                              rpc_data(verdict, action.request_id))
        # A blocked result or error still owes the receiver an answer for its id.
        return frame, msg.kind in ("result", "error")

    def malformed_answer(self, exc: Malformed, binary: bool) -> Data | None:
        return as_frame(dump(malformed_error(exc)), binary)
