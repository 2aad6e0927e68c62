"""The relay's data path on top of websockets: whole messages out of frames, by callback.

websockets' asyncio connections keep doing what they do well (handshakes, keepalive
pings, the closing handshake and its timeouts, `max_size`); only their data frames are
diverted. `TappedServerConnection` and `TappedClientConnection` hand each complete
message to a `MessageTap` right where the frame is parsed (`process_event`, inside
`data_received`), instead of queueing it for a `recv()` in another task. Messages are
written straight to the transport as single final frames (`send_message`), the way
websockets' own `broadcast()` bypasses `send()`. That removes the per-message futures,
queues, locks and task switches of `recv()` / `send()`.

Reading is paused through a `MessageTap` by reason (`hold` / `release`): a full queue
of frames waiting for a decision, a receiver whose write buffer is full (`on_writable`),
or messages arriving before the relay attached.

Whole unfragmented data frames are read here too (`_Tapped.data_received`), while
websockets' parser waits at a frame boundary with nothing buffered: the header checks
websockets makes (FIN, no RSV bit, text or binary, the mask bit of the peer's side, the
length within `max_size`), the payload unmasked, the message handed to the tap. Anything
else, from its first byte on (a control frame, a fragment, a frame cut across reads,
one that breaks a rule), goes to websockets as it came, which parses, answers and
fails it as before. Per small frame that is a quarter of the time websockets' parsing
takes (its generators, `Frame` and `Opcode` objects, the stream buffer).

`resume` finishes a coroutine that was started synchronously (`coro.send(None)`) and
suspended: the relay decides most frames without ever creating a task.
"""

from __future__ import annotations

import contextlib
import os
import struct
import weakref
from collections.abc import Callable, Coroutine, Generator
from typing import Any

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.connection import Connection
from websockets.asyncio.server import ServerConnection
from websockets.frames import CloseCode, Frame, Opcode, apply_mask
from websockets.protocol import CLIENT, OPEN, SERVER, Event
from websockets.streams import StreamReader

from secproxy.surfaces.ws.frames import Data

_TEXT = Opcode.TEXT
_BINARY = Opcode.BINARY
_CONT = Opcode.CONT
_MAX_FRAGMENTS = 65536
_EARLY = "early"
_HEAD16 = struct.Struct("!BBH")
_HEAD64 = struct.Struct("!BBQ")
_LENGTH16 = struct.Struct("!H")
_LENGTH64 = struct.Struct("!Q")
_IDLE = StreamReader.at_eof.__code__
"""Where websockets' frame parser waits between two frames (`Protocol.parse` asks
`reader.at_eof()` before each one)."""

MessageCallback = Callable[[Data, bytes | bytearray], None]
"""Called with each message (`str` for text, `bytes` for binary) and its raw payload."""


class MessageTap:
    """Assembles the data frames of one connection into messages for `on_message`."""

    __slots__ = ("_conn", "on_message", "on_writable", "early", "max_early", "_parts",
                 "_text", "_holds")

    def __init__(self, conn: Connection, max_early: int = 16):
        # Weak: the connection holds its tap, and a tap holding its connection back was
        # a cycle (connection, tap) left to the garbage collector by every connection.
        self._conn = weakref.ref(conn)
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
            conn = self._conn()
            if len(holds) == 1 and conn is not None:
                transport = conn.transport
                if not transport.is_closing():
                    transport.pause_reading()

    def release(self, reason: str) -> None:
        holds = self._holds
        if reason in holds:
            holds.discard(reason)
            conn = self._conn()
            if not holds and conn is not None:
                transport = conn.transport
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
        conn = self._conn()
        if on_writable is not None and conn is not None and conn.paused:
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
        self.whole(text, raw)

    def whole(self, text: bool, raw: bytes | bytearray) -> None:
        """One whole message from the peer: its payload, text or binary."""
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
        conn = self._conn()
        if conn is not None and conn.protocol.state is OPEN:
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
    connection is not open. The transport buffers it; flow control is the caller's.

    An unfragmented data frame without extensions is framed here (`_frame`) and written
    straight to the transport: that is two thirds cheaper than websockets'
    `send_text()` → `Frame.serialize()` → `send_data()` path per small frame, and the
    Sans-I/O protocol keeps no state about data frames it did not fragment. Anything
    else (compression negotiated, bytes already queued by the protocol) goes through
    websockets."""
    protocol = conn.protocol
    if protocol.state is not OPEN:
        return False
    payload: bytes | bytearray
    if isinstance(data, str):
        text = True
        payload = raw if raw is not None else data.encode()
    else:
        text = False
        payload = data
    try:
        if protocol.extensions or protocol.writes or protocol.expect_continuation_frame:
            if text:
                protocol.send_text(payload)
            else:
                protocol.send_binary(payload)
            conn.send_data()
        else:
            _write_frame(conn.transport, _TEXT if text else _BINARY, payload,
                         protocol.side is CLIENT)
    except Exception:  # the transport went away under us: the close is handled elsewhere
        return False
    return True


_KEYS = b""
_KEY_AT = 0
_KEY_POOL = 4096


def _mask_key() -> bytes:
    """Four bytes for a client frame's mask, from the OS's CSPRNG (RFC 6455 §5.3), read
    a pool at a time instead of one `getrandom` call per frame."""
    global _KEYS, _KEY_AT
    at = _KEY_AT
    if at + 4 > len(_KEYS):
        _KEYS, at = os.urandom(_KEY_POOL), 0
    _KEY_AT = at + 4
    return _KEYS[at:at + 4]


def _write_frame(transport: Any, opcode: Opcode, payload: bytes | bytearray, mask: bool
                 ) -> None:
    """One final (FIN) data frame: the header of RFC 6455 §5.2, masked when we are the
    client side, and the payload."""
    length = len(payload)
    bit = 0x80 if mask else 0
    if length < 126:
        head = bytes((0x80 | opcode, bit | length))
    elif length < 65536:
        head = _HEAD16.pack(0x80 | opcode, bit | 126, length)
    else:
        head = _HEAD64.pack(0x80 | opcode, bit | 127, length)
    if mask:
        key = _mask_key()
        payload = apply_mask(payload, key)
        head += key
    if length < 4096:
        transport.write(head + payload)
    else:  # no copy of a big payload just to prepend a header
        transport.writelines((head, payload))


class _Tapped:
    """Mixin for websockets connections: data messages go to `tap`, everything else
    (pings, closes) stays with websockets; write pressure is reported to the tap."""

    tap: MessageTap

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.tap = MessageTap(self)  # type: ignore[arg-type]  # only mixed into Connections
        self._limit: int | None | bool = False
        """websockets' size limit while its parser is known to wait at a frame boundary
        (it was, and nothing was fed to it since); False: not known."""

    def process_event(self, event: Event) -> None:
        if isinstance(event, Frame) and (event.opcode is _TEXT or event.opcode is _BINARY
                                         or event.opcode is _CONT):
            self.tap.frame(event)
        else:
            super().process_event(event)  # type: ignore[misc]

    def data_received(self, data: bytes) -> None:
        protocol = self.protocol  # type: ignore[attr-defined]
        limit = self._limit
        if limit is False and protocol.state is OPEN:
            try:
                if not protocol.extensions and _idle(protocol):
                    limit = self._limit = _limit(protocol)
            except AttributeError:  # a websockets whose parser this does not know
                pass
        if limit is False or protocol.state is not OPEN:
            self._limit = False
            super().data_received(data)  # type: ignore[misc]
            return
        at = _whole_frames(self.tap, protocol, data, limit)  # type: ignore[arg-type]
        if at < len(data):
            self._limit = False  # websockets' parser reads again
            super().data_received(data[at:] if at else data)  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)  # type: ignore[misc]
        # What ended the parser (a peer gone without a closing handshake: EOFError) is
        # kept by the protocol with its traceback, whose frame holds the protocol: a
        # cycle left to the garbage collector by every connection that ends so. Its
        # message and type stay (the cause of the ConnectionClosed raised later).
        failed = self.protocol.parser_exc  # type: ignore[attr-defined]
        if failed is not None:
            failed.__traceback__ = None

    def pause_writing(self) -> None:
        super().pause_writing()  # type: ignore[misc]
        self.tap.writable(False)

    def resume_writing(self) -> None:
        super().resume_writing()  # type: ignore[misc]
        self.tap.writable(True)


def _idle(protocol: Any) -> bool:
    """True when websockets' parser waits for the next frame's first byte: nothing in
    its buffer, no fragmented message begun, no frame half read."""
    if protocol.reader.buffer or protocol.current_size is not None:
        return False
    gen = protocol.parser
    while (inner := getattr(gen, "gi_yieldfrom", None)) is not None:
        gen = inner
    return getattr(gen, "gi_code", None) is _IDLE


def _limit(protocol: Any) -> int | None:
    """The largest frame websockets' parser takes at the start of a message."""
    limit: int | None = protocol.max_message_size
    fragment: int | None = protocol.max_fragment_size
    if limit is None or (fragment is not None and fragment < limit):
        limit = fragment
    return limit


def _whole_frames(tap: MessageTap, protocol: Any, data: bytes, limit: int | None) -> int:
    """Hand the whole unfragmented data frames at the start of `data` to `tap`, checked
    as websockets' `Frame.parse` checks them (websockets' parser being idle; `limit`:
    its size limit); how many bytes they took. Stops at the first frame it does not
    take whole."""
    masked = protocol.side is SERVER  # a client's frames are masked, a server's not
    end = len(data)
    at = 0
    while end - at >= 2:
        head, second = data[at], data[at + 1]
        # FIN, no RSV bit, text (1) or binary (2); the peer's side's mask bit
        if head not in (0x81, 0x82) or (second >= 0x80) is not masked:
            break
        length = second & 0x7F
        start = at + 2
        if length == 126:
            if end - start < 2:
                break
            (length,) = _LENGTH16.unpack_from(data, start)
            start += 2
        elif length == 127:
            if end - start < 8:
                break
            (length,) = _LENGTH64.unpack_from(data, start)
            start += 8
        if limit is not None and length > limit:
            break  # websockets refuses it (1009)
        if masked:
            if end - start < 4 + length:
                break
            key = data[start:start + 4]
            start += 4
            payload = apply_mask(data[start:start + length], key)
        else:
            if end - start < length:
                break
            payload = data[start:start + length]
        at = start + length
        tap.whole(head == 0x81, payload)
        if protocol.state is not OPEN:  # the tap failed it (not UTF-8): websockets discards
            break
    return at


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
