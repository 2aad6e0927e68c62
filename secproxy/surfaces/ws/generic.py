"""The generic JSON adapter: config names where kind, tool, arguments, content and id live.

For gateways with their own JSON framing, e.g.
`{"type": "tool_call", "id": 7, "tool": "shell.exec", "arguments": {...}}`. A client frame
whose kind is a call kind (any kind, when `call_kinds` is empty) and that names a tool is
a tool call; one a gateway may read as a call the rules did not decide (a call kind in
another case or with spaces around it, a tool name with spaces around it or invisible
characters, a call's tool that is no string) is malformed. A blocked client frame is
answered with
`{"type": "error", "id": <id>, "error": {"code": …, "message": …, "data": {…}}}`
(`type` and `id` written at the configured paths when they are top-level keys).
"""

from __future__ import annotations

from typing import Any

from secproxy.config.ws import GenericAdapterSettings
from secproxy.content import dump_json
from secproxy.model import Action, Direction, Verdict
from secproxy.protocols.jsonrpc import ODD_NAME
from secproxy.surfaces.refusal import rpc_data, rpc_message
from secproxy.surfaces.ws.adapters import (
    Answer,
    as_frame,
    load_json,
)
from secproxy.surfaces.ws.frames import (
    NO_ID,
    Data,
    MalformedFrame,
    Message,
    Parsed,
    TextSlots,
    json_get,
    split_path,
)


class GenericAdapter:
    """JSON frames with configurable paths."""

    name = "generic"

    def __init__(self, settings: GenericAdapterSettings, block_code: int = -32001):
        self.kind = split_path(settings.kind_path)
        self.tool = split_path(settings.tool_path)
        self.arguments = split_path(settings.arguments_path)
        self.content = split_path(settings.content_path)
        self.id = split_path(settings.id_path)
        self.call_kinds = frozenset(settings.call_kinds)
        self._folded_kinds = frozenset(k.lower() for k in settings.call_kinds)
        self.block_code = block_code

    def _value(self, obj: Any, path: tuple[str, ...] | None) -> Any:
        if path is None:
            return None
        where = json_get(obj, path)
        return None if where is None else where[0][where[1]]

    def parse(self, data: Data, direction: Direction) -> Parsed:
        obj = load_json(data, unique=direction is Direction.REQUEST)
        if not isinstance(obj, dict):
            raise MalformedFrame("a frame must be a JSON object")
        kind = self._value(obj, self.kind)
        kind = kind if isinstance(kind, str) else None
        rpc_id: Any = NO_ID
        if self.id is not None:
            where = json_get(obj, self.id)
            if where is not None:
                rpc_id = where[0][where[1]]
                if not isinstance(rpc_id, str | int | float) or isinstance(rpc_id, bool):
                    rpc_id = NO_ID
        tool = self._value(obj, self.tool)
        if direction is Direction.REQUEST:
            self._check_call(kind, tool, rpc_id)
        tool = tool if isinstance(tool, str) and tool else None
        if direction is Direction.REQUEST and self.call_kinds and kind not in self.call_kinds:
            tool = None
        arguments = None
        args_where = json_get(obj, self.arguments) if self.arguments is not None else None
        if args_where is not None:
            value = args_where[0][args_where[1]]
            if value is not None and not isinstance(value, dict):
                raise MalformedFrame(f"{'.'.join(self.arguments or ())} must be an object",
                                     None if rpc_id is NO_ID else rpc_id)
            arguments = value
        slots = TextSlots()
        content_where = json_get(obj, self.content) if self.content is not None else None
        if content_where is not None:
            slots.collect(*content_where)
        elif args_where is not None and arguments:
            slots.collect(*args_where)
        msg = Message(kind or "frame", kind, tool, arguments, rpc_id, slots, obj=obj)
        return Parsed([msg], binary=isinstance(data, bytes))

    def _check_call(self, kind: str | None, tool: Any, rpc_id: Any) -> None:
        """Refuse a client frame a gateway may read as a call the rules did not decide:
        a call kind in another case or with spaces around it, a call's tool name with
        spaces around it or invisible characters (as `jsonrpc` does for its names)."""
        rpc = None if rpc_id is NO_ID else rpc_id
        kinds = self.call_kinds
        if (kinds and kind is not None and kind not in kinds
                and kind.strip().lower() in self._folded_kinds):
            raise MalformedFrame(f"unknown kind {kind!r}: kinds are case-sensitive", rpc)
        if (not kinds or kind in kinds) and tool is not None and not isinstance(tool, str):
            raise MalformedFrame(f"{'.'.join(self.tool or ())} must be a string", rpc)
        if (not kinds or kind in kinds) and isinstance(tool, str) and ODD_NAME.search(tool):
            raise MalformedFrame("the tool name has spaces around it or invisible characters",
                                 rpc)

    def encode(self, parsed: Parsed, elements: list[Any]) -> Data:
        return as_frame(dump_json(elements[0]), parsed.binary)

    def _error(self, rpc_id: Any, code: Any, message: str, data: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.kind is not None and len(self.kind) == 1:
            out[self.kind[0]] = "error"
        if rpc_id is not NO_ID and self.id is not None and len(self.id) == 1:
            out[self.id[0]] = rpc_id
        error: dict[str, Any] = {"code": code, "message": message}
        if data is not None:
            error["data"] = data
        out["error"] = error
        return out

    def block_answer(self, msg: Message, verdict: Verdict, action: Action,
                     direction: Direction) -> Answer | None:
        to_client = direction is not Direction.REQUEST
        if to_client and msg.rpc_id is NO_ID:
            return None
        # A blocked gateway frame with an id is replaced, so the client is not left waiting.
        error = self._error(msg.rpc_id, self.block_code, rpc_message(verdict),
                            rpc_data(verdict, action.request_id))
        return error, to_client

    def malformed_answer(self, exc: MalformedFrame, binary: bool) -> Data | None:
        rpc_id = NO_ID if exc.rpc_id is None else exc.rpc_id
        error = self._error(rpc_id, "malformed", f"malformed frame: {exc.reason}")
        return as_frame(dump_json(error), binary)
