"""What both ends of a forwarded request share: an `asyncio.Protocol` that parses as bytes
arrive, wakes the one task waiting on it, keeps a lazy deadline, and lets writers wait
while the transport's write buffer is over its high-water mark.

The client side (`client.RequestReader`) and the upstream side
(`upstream.Upstream`) build on this. Neither uses stream readers: bytes go from
`data_received` straight into httptools, and a task only wakes when a head, an end of
message, an error, an end of stream or a deadline is there for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any, cast

from secproxy.surfaces.egress.http1 import END, Headers, HttpError


class NoCallbacks:
    """The protocol of a parser that is never fed: nothing to call."""


class Wire(asyncio.Protocol):
    """A parsing protocol with one waiter, a deadline and write backpressure."""

    # Slots here and in both subclasses: one per connection, open for long (idle
    # keep-alive clients, pooled upstreams), and past 30 attributes an instance
    # dict no longer shares its keys: 1.6 KB a client connection.
    __slots__ = ("loop", "transport", "queue", "error", "eof", "lost", "timed_out",
                 "upgraded", "_headers", "_waiter", "_deadline", "_timer", "_timer_at",
                 "_write_paused", "_drain", "read_paused", "__weakref__")

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        # Given by whoever builds many of them (one per connection): on 3.11
        # get_running_loop() is a getpid() system call each time.
        self.loop = loop or asyncio.get_running_loop()
        self.transport: asyncio.Transport = cast(asyncio.Transport, None)
        self.queue: list[Any] = []
        """Heads, body pieces (bytes) and `END` markers, in wire order. A list taken
        from the front with `pop(0)`, not a deque: it holds a few items at a time (a
        client's reading pauses past `READ_SIZE`, an upstream's body goes to its client
        as it arrives once relayed), and an empty deque is 624 bytes against a list's 56
        on every idle keep-alive connection."""
        self.error: HttpError | None = None
        self.eof = False
        """The peer finished sending (or the connection is gone)."""
        self.lost = False
        """The connection is gone."""
        self.timed_out = False
        self.upgraded: bytes | None = None
        """Bytes that followed an upgrade head (CONNECT, 101): the start of raw traffic."""
        self._headers: Headers = []
        self._waiter: asyncio.Future[None] | None = None
        self._deadline: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0
        self._write_paused = False
        self._drain: asyncio.Future[None] | None = None
        self.read_paused = False

    # -- asyncio.Protocol --------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def eof_received(self) -> bool:
        self.eof = True
        self.on_eof()
        self.wake()
        return True  # keep the other direction open (half-close)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if not self.eof:
            self.eof = True
            self.on_eof()
        self.stop()
        self.release()
        self.wake()
        drain = self._drain
        if drain is not None and not drain.done():
            drain.set_exception(ConnectionResetError("connection lost"))
        self._drain = None

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        drain = self._drain
        if drain is not None and not drain.done():
            drain.set_result(None)
        self._drain = None

    def release(self) -> None:
        """Hook: drop the parser, which holds this protocol's callbacks, once the
        connection is gone or handed to a tunnel. The cycle kept every closed connection
        (its transport, queue and last head) until a full collection, and the young
        collections that would find it rarely come once traffic stops."""

    # -- httptools callbacks shared by both parsers --------------------------------------

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name.lower(), name, value))

    def on_message_complete(self) -> None:
        self.queue.append(END)

    def on_eof(self) -> None:
        """Hook: what an end of stream means for a message in progress."""

    # -- writing -----------------------------------------------------------------------

    def write(self, data: bytes) -> bool:
        """Send `data` unless the connection is closing or gone; False when it was not
        sent. A peer that left is noticed here: asyncio drops writes to a closed
        transport, uvloop raises `RuntimeError`."""
        transport = self.transport
        if transport.is_closing():
            return False
        transport.write(data)
        return True

    def writelines(self, parts: Iterable[bytes]) -> bool:
        """`write` for several pieces in one call."""
        transport = self.transport
        if transport.is_closing():
            return False
        transport.writelines(parts)
        return True

    # -- waiting -----------------------------------------------------------------------

    def wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def wait(self, *, resume: bool = True) -> None:
        """Until something happens: bytes parsed, end of stream, error or deadline.
        Reading resumes first unless `resume` is False (the reader of those bytes is
        the one that cannot take more)."""
        if self.timed_out:
            raise TimeoutError
        if resume:
            self.resume_reading()
        waiter = self.loop.create_future()
        self._waiter = waiter
        try:
            await waiter
        finally:
            self._waiter = None
        if self.timed_out:
            raise TimeoutError

    async def drain(self) -> None:
        """Wait while the transport holds more than its high-water mark."""
        if self.lost:
            raise ConnectionResetError("connection lost")
        if not self._write_paused:
            return
        drain = self._drain
        if drain is None:
            drain = self._drain = self.loop.create_future()
        await drain

    @property
    def write_paused(self) -> bool:
        return self._write_paused

    # -- deadline ----------------------------------------------------------------------

    def arm(self, seconds: float) -> None:
        """Wake the waiter with TimeoutError after `seconds`, until `disarm()`; a wire
        that timed out is finished.

        Deadlines are checked lazily: one timer stays scheduled and, when it fires
        early because the deadline moved, sleeps on to the new one. Arming and
        disarming on every request then costs no timer start and stop."""
        deadline = self.loop.time() + seconds
        self._deadline = deadline
        if self._timer is None or self._timer_at > deadline:
            if self._timer is not None:
                self._timer.cancel()
            self._timer_at = deadline
            self._timer = self.loop.call_at(deadline, self._check)

    def disarm(self) -> None:
        self._deadline = None

    def stop(self) -> None:
        """Drop the timer for good."""
        self._deadline = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _check(self) -> None:
        self._timer = None
        deadline = self._deadline
        if deadline is None:
            return
        if self.loop.time() < deadline:
            self._timer_at = deadline
            self._timer = self.loop.call_at(deadline, self._check)
            return
        self.timed_out = True
        self.wake()

    def pause_reading(self) -> None:
        if not self.read_paused and not self.transport.is_closing():
            self.read_paused = True
            self.transport.pause_reading()

    def resume_reading(self) -> None:
        if self.read_paused:
            self.read_paused = False
            if not self.transport.is_closing():
                self.transport.resume_reading()

    # -- raw bytes -----------------------------------------------------------------------

    def take_raw(self) -> bytes:
        """The raw bytes received after an upgrade head, handed to a tunnel."""
        data = self.upgraded
        if data is None:
            return b""
        self.upgraded = b""  # still raw: later bytes are not HTTP either
        return data

    def close(self) -> None:
        self.stop()
        self.transport.close()

    def abort(self) -> None:
        self.stop()
        self.transport.abort()
