"""The relay's data path on top of websockets: whole messages out of frames, by callback.

websockets' asyncio connections keep doing what they do well (handshakes, keepalive
pings, the closing handshake and its timeouts, `max_size`); only their data frames are
diverted. `TappedServerConnection` and `TappedClientConnection` hand each complete
message to a `MessageTap` right where the frame is parsed (`process_event`, inside
`data_received`), instead of queueing it for a `recv()` in another task. Messages are
written back with the Sans-I/O protocol (`send_text` / `send_binary`, then
`send_data()`), which is what websockets' own `broadcast()` does. That removes the
per-message futures, queues, locks and task switches of `recv()` / `send()`.

Reading is paused through a `MessageTap` by reason (`hold` / `release`): a full queue
of frames waiting for a decision, a receiver whose write buffer is full (`on_writable`),
or messages arriving before the relay attached.

`resume` finishes a coroutine that was started synchronously (`coro.send(None)`) and
suspended: the relay decides most frames without ever creating a task.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine, Generator
from typing import Any

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.connection import Connection
from websockets.asyncio.server import ServerConnection
from websockets.frames import CloseCode, Frame, Opcode
from websockets.protocol import OPEN, Event

from secproxy.surfaces.ws.frames import Data

_TEXT = Opcode.TEXT
_BINARY = Opcode.BINARY
_CONT = Opcode.CONT
_MAX_FRAGMENTS = 65536
_EARLY = "early"

MessageCallback = Callable[[Data, bytes | bytearray], None]
"""Called with each message (`str` for text, `bytes` for binary) and its raw payload."""


class MessageTap:
    """Assembles the data frames of one connection into messages for `on_message`."""

    __slots__ = ("conn", "on_message", "on_writable", "early", "max_early", "_parts", "_text",
                 "_holds")

    def __init__(self, conn: Connection, max_early: int = 16):
        self.conn = conn
        self.on_message: MessageCallback | None = None
        self.on_writable: Callable[[bool], None] | None = None
        """Told when this connection's write buffer fills up (False) and drains (True)."""
        self.early: list[tuple[Data, bytes | bytearray]] = []
        """Messages that arrived before `attach` (the relay was not ready yet)."""
        self.max_early = max_early
        self._parts: list[bytes | bytearray] = []
        self._text = False
        self._holds: set[str] = set()

    # -- reading --------------------------------------------------------------------

    def hold(self, reason: str) -> None:
        """Stop reading from the peer until `release(reason)`."""
        holds = self._holds
        if reason not in holds:
            holds.add(reason)
            if len(holds) == 1:
                transport = self.conn.transport
                if not transport.is_closing():
                    transport.pause_reading()

    def release(self, reason: str) -> None:
        holds = self._holds
        if reason in holds:
            holds.discard(reason)
            if not holds:
                transport = self.conn.transport
                if not transport.is_closing():
                    transport.resume_reading()

    def attach(self, on_message: MessageCallback,
               on_writable: Callable[[bool], None] | None = None) -> None:
        """Start delivering messages (the early ones first)."""
        self.on_message = on_message
        self.on_writable = on_writable
        early, self.early = self.early, []
        for data, raw in early:
            on_message(data, raw)
        self.release(_EARLY)
        if on_writable is not None and self.conn.paused:
            on_writable(False)

    def detach(self) -> None:
        self.on_message = None
        self.on_writable = None

    def frame(self, frame: Frame) -> None:
        """One data frame from the peer (called from `process_event`)."""
        parts = self._parts
        payload = frame.data
        if isinstance(payload, memoryview):
            payload = bytes(payload)
        raw: bytes | bytearray
        if frame.fin and not parts:
            raw = payload
            text = frame.opcode is _TEXT
        else:
            if frame.opcode is not _CONT:
                self._text = frame.opcode is _TEXT
            parts.append(payload)
            if len(parts) > _MAX_FRAGMENTS:
                self._fail(CloseCode.MESSAGE_TOO_BIG, "too many fragments")
                return
            if not frame.fin:
                return
            raw = b"".join(parts)
            parts.clear()
            text = self._text
        data: Data
        if text:
            try:
                data = raw.decode()
            except UnicodeDecodeError as exc:
                self._fail(CloseCode.INVALID_DATA, f"{exc.reason} at position {exc.start}")
                return
        else:
            data = raw if raw.__class__ is bytes else bytes(raw)
        callback = self.on_message
        if callback is None:
            self.early.append((data, raw))
            if len(self.early) >= self.max_early:
                self.hold(_EARLY)
            return
        callback(data, raw)

    def _fail(self, code: CloseCode, reason: str) -> None:
        self._parts.clear()
        conn = self.conn
        if conn.protocol.state is OPEN:
            conn.protocol.fail(code, reason)
            with contextlib.suppress(Exception):
                conn.send_data()

    # -- writing --------------------------------------------------------------------

    def writable(self, ok: bool) -> None:
        callback = self.on_writable
        if callback is not None:
            callback(ok)


def send_message(conn: Connection, data: Data, raw: bytes | bytearray | None = None) -> bool:
    """Write one message now (`raw`: its payload, when already encoded); False when the
    connection is not open. The transport buffers it; flow control is the caller's."""
    protocol = conn.protocol
    if protocol.state is not OPEN:
        return False
    try:
        if isinstance(data, str):
            protocol.send_text(raw if raw is not None else data.encode())
        else:
            protocol.send_binary(data)
        conn.send_data()
    except Exception:  # the transport went away under us: the close is handled elsewhere
        return False
    return True


class _Tapped:
    """Mixin for websockets connections: data messages go to `tap`, everything else
    (pings, closes) stays with websockets; write pressure is reported to the tap."""

    tap: MessageTap

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.tap = MessageTap(self)  # type: ignore[arg-type]  # only mixed into Connections

    def process_event(self, event: Event) -> None:
        if isinstance(event, Frame) and (event.opcode is _TEXT or event.opcode is _BINARY
                                         or event.opcode is _CONT):
            self.tap.frame(event)
        else:
            super().process_event(event)  # type: ignore[misc]

    def pause_writing(self) -> None:
        super().pause_writing()  # type: ignore[misc]
        self.tap.writable(False)

    def resume_writing(self) -> None:
        super().resume_writing()  # type: ignore[misc]
        self.tap.writable(True)


class TappedServerConnection(_Tapped, ServerConnection):
    """A client connection whose data messages go to its `tap`."""


class TappedClientConnection(_Tapped, ClientConnection):
    """A gateway connection whose data messages go to its `tap`."""


class _Resume:
    """Awaits the rest of a coroutine that already ran up to its first suspension."""

    __slots__ = ("coro", "pending")

    def __init__(self, coro: Coroutine[Any, Any, Any], pending: Any):
        self.coro = coro
        self.pending = pending

    def __await__(self) -> Generator[Any, Any, Any]:
        coro, pending = self.coro, self.pending
        while True:
            try:
                sent = yield pending
            except GeneratorExit:
                coro.close()
                raise
            except BaseException as exc:  # cancellation goes on into the coroutine
                try:
                    pending = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
            else:
                try:
                    pending = coro.send(sent)
                except StopIteration as stop:
                    return stop.value


async def resume(coro: Coroutine[Any, Any, Any], pending: Any) -> Any:
    """The result of `coro`, which yielded `pending` when started with `coro.send(None)`."""
    return await _Resume(coro, pending)
