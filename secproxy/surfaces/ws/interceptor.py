"""The interceptor: one frame in, what to forward and what to answer out.

Each message of a frame becomes an `Action` and goes through `engine.decide()` (which
writes its ledger record and awaits an operator when approval is required). The verdict
turns back into wire terms: allow relays the original bytes; allow_with_redaction
writes the sanitized text into the frame; anything else drops the message and answers
the sender in its protocol. A frame the adapter cannot parse is a `malformed` decision.
A client's JSON-RPC batch that uses one id twice is refused whole, before any element is
decided (`_reused`): relayed in part, its answers could not be told apart.
Results of untrusted tools, and gateway frames with findings, raise the session's taint
(the engine's taint policy does, after it decides).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from secproxy.config import Config
from secproxy.config.ws import WsSettings
from secproxy.content import Role
from secproxy.engine import Engine
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Finding,
    Outcome,
    Principal,
    Severity,
    Surface,
    Target,
    Verdict,
)
from secproxy.protocols.jsonrpc import (
    INVALID_REQUEST,
    Conversation,
    Conversations,
    Malformed,
    dump,
    error_message,
    parse,
    reused_id,
    reused_id_reason,
)
from secproxy.surfaces.ws.adapters import Adapter, RawAdapter
from secproxy.surfaces.ws.frames import NO_ID, Data, MalformedFrame, Message, Parsed
from secproxy.surfaces.ws.generic import GenericAdapter
from secproxy.surfaces.ws.jsonrpc import JsonRpcAdapter

_MAX_CALLS = 4096
_ALLOW = Decision.ALLOW
_REDACT = Decision.ALLOW_WITH_REDACTION
_REQUEST = Direction.REQUEST
_WS = Surface.WS


def make_adapter(settings: WsSettings) -> Adapter:
    """The adapter `ws.adapter` names."""
    if settings.adapter == "jsonrpc":
        return JsonRpcAdapter(settings.block_error_code)
    if settings.adapter == "generic":
        return GenericAdapter(settings.generic, settings.block_error_code)
    return RawAdapter()


def _role(msg: Message, direction: Direction) -> Role:
    if direction is _REQUEST:
        return Role.TOOL_CALL if msg.tool is not None else Role.FRAME
    return Role.TOOL_RESULT if msg.kind in ("result", "error") else Role.FRAME


def _rewrite(msg: Message, action: Action, verdict: Verdict) -> bool:
    """Write the redacted content back into the message's strings; False when there is
    nothing to write (the original bytes are relayed)."""
    slots = msg.slots
    if not slots.places:
        return False
    if action.slots is not None:
        slots.write(action.slots)
        return True
    if verdict.sanitized is None:
        return False
    slots.apply(verdict.sanitized)
    return True


_SPACE = re.compile(r"[ \t\r\n]*")
_SPACE_BYTES = re.compile(rb"[ \t\r\n]*")


def _batch_text(data: Data) -> bool:
    """Whether a frame's text may be a JSON-RPC batch (an array): what MCP frames are
    read for before the conversation reads them (a batch is rare; a message is not).
    All the JSON whitespace before it is skipped, however much (a batch behind 64
    spaces was read as no batch, and relayed in part)."""
    if isinstance(data, str):
        at = _SPACE.match(data).end()  # type: ignore[union-attr]
        return data[at:at + 1] == "["
    at = _SPACE_BYTES.match(data).end()  # type: ignore[union-attr]
    return data[at:at + 1] == b"["


def _batch_messages(data: Data) -> list[Message]:
    """The messages of a batch frame; none when it does not read as one (the MCP
    conversation answers a malformed frame itself)."""
    try:
        messages, batch = parse(data if isinstance(data, str)
                                else data.decode("utf-8", "surrogateescape"), unique=True)
    except Malformed:
        return []
    return messages if batch else []


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    """Who is on a client connection and where it is relayed to."""

    id: str
    principal: Principal
    session: str
    host: str | None
    port: int | None
    scheme: str
    path: str


class _Policy:
    """The per-frame settings, recompiled when the engine's config is swapped."""

    __slots__ = ("config", "on_malformed")

    def __init__(self, config: Config):
        self.config = config
        self.on_malformed = config.ws.on_malformed


class Interceptor:
    """Decides the frames of one client connection, both directions."""

    def __init__(self, engine: Engine, adapter: Adapter, info: ConnectionInfo,
                 mcp: Conversations | None = None):
        self.engine = engine
        self.adapter = adapter
        self.info = info
        server = engine.config.mcp.ws_server
        self._mcp: Conversation | None = None
        """The MCP conversation this connection's frames go to when the gateway is an
        MCP server (`mcp.ws_server`): pins, definition lists and sampling are decided
        there, as for MCP's own transports."""
        if mcp is not None and server is not None:
            self._mcp = mcp.interceptor(server, info.principal, info.session, transport="ws",
                                        settles=True)
        self._calls: dict[Any, str] = {}
        """rpc id → tool name of forwarded calls, to attribute their results."""
        # Request ids: the connection's random id plus a counter (uuid4 per frame is slow).
        self._seq = itertools.count(1)
        self._policy_cache = _Policy(engine.config)

    def _policy(self) -> _Policy:
        config = self.engine.config
        if self._policy_cache.config is not config:
            self._policy_cache = _Policy(config)
        return self._policy_cache

    def _target(self, method: str | None = None) -> Target:
        i = self.info
        return Target(i.host, i.port, i.scheme, i.path, None, method)

    async def handle(self, data: Data, direction: Direction) -> tuple[Data | None, Data | None]:
        """Decide one frame: (frame to forward to the receiver, answer to the sender)."""
        if self._mcp is not None:
            if direction is _REQUEST and _batch_text(data):
                twice = reused_id(_batch_messages(data))
                if twice is not NO_ID:
                    return await self._reused(data, twice)
            return await self._mcp_frame(self._mcp, data, direction)
        adapter = self.adapter
        try:
            parsed = adapter.parse(data, direction)
        except MalformedFrame as exc:
            return await self._malformed(data, direction, exc)
        if parsed.batch and direction is _REQUEST and isinstance(adapter, JsonRpcAdapter) \
                and (twice := reused_id(parsed.messages)) is not NO_ID:
            return await self._reused(data, twice)
        if not parsed.batch:
            msg = parsed.messages[0]
            action, verdict = await self._decide(msg, direction, len(data), parsed.binary)
            decision = verdict.decision
            if decision is _ALLOW:
                self._after(msg, action, verdict, direction)
                return data, None
            if decision is _REDACT:
                self._after(msg, action, verdict, direction)
                if not _rewrite(msg, action, verdict):
                    return data, None
                return adapter.encode(parsed, [msg.obj]), None
            answer = adapter.block_answer(msg, verdict, action, direction)
            if answer is None:
                return None, None
            frame = adapter.encode(parsed, [answer[0]])
            return (frame, None) if answer[1] else (None, frame)
        return await self._batch(data, parsed, direction)

    def publish(self) -> None:
        """A decided frame went on: an MCP conversation announces the calls in it."""
        if self._mcp is not None:
            self._mcp.publish()

    @property
    def settles(self) -> bool:
        """Whether `settle()` has records to write after a frame went on (an MCP
        conversation's: a call's record follows its result out)."""
        return self._mcp is not None

    async def settle(self) -> None:
        """A decided frame went on: the records of the calls whose results it carried are
        written (after the frame, not before it)."""
        if self._mcp is not None:
            await self._mcp.settle()

    async def close(self) -> None:
        """The connection is over: an MCP conversation's waiting calls get their record."""
        if self._mcp is not None:
            await self._mcp.close()

    @staticmethod
    async def _mcp_frame(conversation: Conversation, data: Data, direction: Direction
                         ) -> tuple[Data | None, Data | None]:
        """A frame of an MCP conversation: its text decided by the MCP surface; the
        original frame goes on when nothing changed, answers keep the frame's type."""
        binary = isinstance(data, bytes)
        text = data.decode("utf-8", "surrogateescape") if isinstance(data, bytes) else data
        forward, answer = await conversation.handle(text, direction)
        if forward is text:
            out: Data | None = data
        elif forward is None or not binary:
            out = forward
        else:
            out = forward.encode("utf-8", "surrogateescape")
        if answer is not None and binary:
            return out, answer.encode("utf-8", "surrogateescape")
        return out, answer

    async def _batch(self, data: Data, parsed: Parsed, direction: Direction
                     ) -> tuple[Data | None, Data | None]:
        kept: list[Any] = []
        answers: list[Any] = []
        changed = False
        for msg in parsed.messages:
            action, verdict = await self._decide(msg, direction, len(data), parsed.binary)
            if verdict.permits:
                self._after(msg, action, verdict, direction)
                if verdict.decision is _REDACT and _rewrite(msg, action, verdict):
                    changed = True
                kept.append(msg.obj)
                continue
            changed = True
            answer = self.adapter.block_answer(msg, verdict, action, direction)
            if answer is not None:
                (kept if answer[1] else answers).append(answer[0])
        if not changed:
            forward: Data | None = data
        else:
            forward = self.adapter.encode(parsed, kept) if kept else None
        reply = self.adapter.encode(parsed, answers) if answers else None
        return forward, reply

    async def _decide(self, msg: Message, direction: Direction, size: int, binary: bool
                      ) -> tuple[Action, Verdict]:
        info = self.info
        meta: dict[str, Any] = {"frame": "binary" if binary else "text", "bytes": size,
                                "kind": msg.kind, "connection": info.id}
        if msg.meta:
            meta.update(msg.meta)
        rpc_id = msg.rpc_id
        if rpc_id is not NO_ID:
            meta["rpc_id"] = rpc_id
        target = Target(info.host, info.port, info.scheme, info.path, None, msg.method)
        if direction is _REQUEST:
            target.tool = msg.tool
        else:
            tool = msg.tool
            if rpc_id is not NO_ID and msg.kind in ("result", "error"):
                called = self._calls.pop(rpc_id, None) if self._calls else None
                tool = tool or called
            if tool:
                meta["tool"] = tool
        action = Action(_WS, direction, info.principal, target, info.session,
                        msg.text(), msg.arguments, meta, f"{info.id}{next(self._seq):08x}")
        slots = msg.slots
        if slots.places:
            # Guards see each string as its own slot, tagged with what it is (a tool
            # call's arguments, a tool's result: indirect injection weighs more there),
            # and masks go back leaf by leaf. A lone string of a plain frame needs no
            # slot: the content is that string.
            role = _role(msg, direction)
            if role is Role.TOOL_CALL:  # with its values end to end (a key split in two)
                action.slots = slots.call_slots()
            elif len(slots.places) > 1 or role is not Role.FRAME:
                action.slots = slots.slots(role)
        return action, await self.engine.decide(action)

    def _after(self, msg: Message, action: Action, verdict: Verdict, direction: Direction
               ) -> None:
        """Remember the tool a relayed call asked for, to attribute its result."""
        if direction is _REQUEST and msg.tool is not None and msg.rpc_id is not NO_ID:
            calls = self._calls
            if len(calls) >= _MAX_CALLS:
                calls.pop(next(iter(calls)))
            calls[msg.rpc_id] = msg.tool

    async def _reused(self, data: Data, rpc_id: Any) -> tuple[Data | None, Data | None]:
        """A client's batch that uses one id for two requests (or two answers): nothing
        of it goes on, whatever each element would be decided, and one Invalid Request
        error answers it (JSON-RPC's answer to a batch that is wrong as a whole). Relayed
        in part, its answers could not be told apart: the gateway's for the call that
        ran and this relay's for the one refused would carry the same id."""
        binary = isinstance(data, bytes)
        reason = reused_id_reason(rpc_id)
        meta = {"frame": "binary" if binary else "text", "bytes": len(data),
                "connection": self.info.id, "rpc_id": rpc_id}
        action = Action(Surface.WS, _REQUEST, self.info.principal, self._target(),
                        self.info.session, metadata=meta,
                        request_id=f"{self.info.id}{next(self._seq):08x}")
        finding = Finding("ws", "duplicate_id", reason, Severity.MEDIUM)
        verdict = self.engine.settle(action, finding, permit=False)
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        answer = dump(error_message(None, INVALID_REQUEST, f"Invalid Request: {reason}"))
        return None, answer.encode() if binary else answer

    async def _malformed(self, data: Data, direction: Direction, exc: MalformedFrame
                         ) -> tuple[Data | None, Data | None]:
        block = self._policy().on_malformed == "block"
        binary = isinstance(data, bytes)
        meta = {"frame": "binary" if binary else "text", "bytes": len(data),
                "connection": self.info.id, "malformed": exc.reason}
        action = Action(Surface.WS, direction, self.info.principal, self._target(),
                        self.info.session, metadata=meta,
                        request_id=f"{self.info.id}{next(self._seq):08x}")
        finding = Finding("ws", "malformed", f"malformed frame: {exc.reason}", Severity.LOW)
        verdict = self.engine.settle(action, finding, permit=not block)
        await self.engine.record(action, verdict, Outcome(duration=0.0))
        if not block:
            return data, None
        if direction is _REQUEST:
            return None, self.adapter.malformed_answer(exc, binary)
        return None, None
