"""One relayed client connection: two lanes, close propagation, the connection record.

Each direction is a lane: messages arrive by callback (`wire.MessageTap`), are decided by
the interceptor one at a time, in order, and what is allowed is written to the other
side at once. A decision that completes without waiting (the usual case) is made right
in the callback, with no task; one that has to wait (an approval, a full ledger queue)
moves the lane into a task, and the messages behind it queue up in arrival order, so a
held frame holds only the frames behind it in the same direction of the same
connection. Client messages also wait there while the gateway link reconnects.

Backpressure: a lane whose queue reaches `queue_frames` stops reading its sender, and a
receiver whose write buffer passes `write_limit` stops the reading of the other side,
so buffering stays bounded per direction and a slow reader pushes back through TCP.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from websockets.exceptions import ConnectionClosed

from secproxy.aio import cancel_and_wait, spawn
from secproxy.config.ws import WsSettings
from secproxy.model import Action, Direction, Outcome, Verdict
from secproxy.redact import mask_text
from secproxy.surfaces.ws.frames import Data
from secproxy.surfaces.ws.interceptor import Interceptor
from secproxy.surfaces.ws.upstream import UpstreamGone, UpstreamLink
from secproxy.surfaces.ws.wire import (
    MessageTap,
    TappedClientConnection,
    TappedServerConnection,
    resume,
    send_message,
)

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Coroutine

    from secproxy.engine import Engine
    from secproxy.surfaces.ws.interceptor import ConnectionInfo

log = logging.getLogger("secproxy.ws")
_REQUEST = Direction.REQUEST
_RESPONSE = Direction.RESPONSE
_SENDABLE = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014}
_GATEWAY_FAULTS = frozenset({1002, 1007, 1009})
"""Close codes the relay sends a gateway that broke the protocol or the size limit."""
_QUEUE = "queue"
_SINK = "sink"

Raw = bytes | bytearray
Decided = tuple[Data | None, Data | None]
Entry = tuple[Data, Raw, "TappedClientConnection | None"]
"""A message waiting in a lane: decoded, raw payload, the gateway connection it came from."""


def sendable_close(code: int | None, reason: str) -> tuple[int, str]:
    """A close code and reason that may be put in a close frame (123-byte reason, its
    credentials masked)."""
    if code is None or code in (1005, 1006, 1015):
        code = 1000 if code == 1005 else 1011
    elif code not in _SENDABLE and not 3000 <= code < 5000:
        code = 1011
    # with its credentials masked: 123 bytes no frame decision reads are room enough
    # for a key, either way
    data = mask_text(reason).encode("utf-8", "backslashreplace")  # a lone surrogate escaped
    if len(data) > 123:
        return code, data[:120].decode(errors="ignore") + "..."
    return code, data.decode()


@dataclass(slots=True)
class Handshake:
    """What `process_request` prepared for a client connection."""

    info: ConnectionInfo
    action: Action
    """The connection's own action (method `CONNECT`), recorded when it ends."""
    verdict: Verdict
    opener: Callable[[], Awaitable[TappedClientConnection]]
    """Opens a new gateway connection (for reconnects)."""
    upstream: TappedClientConnection | None = None
    error: str | None = None
    """Why the gateway could not be reached, when `upstream` is None."""
    taken: bool = False
    """The handler took over (else the connection died during the handshake)."""
    started: float = field(default_factory=time.monotonic)


class _Lane:
    """One direction of a relayed connection."""

    __slots__ = ("direction", "queue", "task", "held")

    def __init__(self, direction: Direction):
        self.direction = direction
        self.queue: deque[Entry] = deque()
        """Messages behind the one being decided."""
        self.task: asyncio.Task[None] | None = None
        """Set while a decision waits; messages arriving meanwhile queue up."""
        self.held: MessageTap | None = None
        """The sender this lane stopped reading (its queue is full)."""


class RelayConnection:
    """Relays one client connection to its gateway connection."""

    def __init__(self, engine: Engine, settings: WsSettings, client: TappedServerConnection,
                 hs: Handshake, interceptor: Interceptor):
        self.engine = engine
        self.settings = settings
        self.client = client
        self.hs = hs
        self.interceptor = interceptor
        self.reconnect_codes = frozenset(settings.reconnect_close_codes)
        self.max_retries = settings.max_retries
        self.queue_frames = settings.queue_frames
        self.outcome = Outcome(started=hs.started)
        self.link: UpstreamLink | None = None
        self._up = _Lane(_REQUEST)
        self._down = _Lane(_RESPONSE)
        self._broken = False

    async def run(self) -> None:
        hs = self.hs
        client = self.client
        try:
            if hs.upstream is None:
                reason = hs.error or "gateway unavailable"
                self.outcome.error = reason
                await client.close(*sendable_close(1011, reason))
                return
            self.link = UpstreamLink(hs.upstream, hs.opener, self.settings)
            self._attach_gateway(hs.upstream)
            client.tap.attach(self._from_client, self._client_writable)
            watcher = spawn(self._watch_gateway(hs.upstream), name=f"ws-gateway-{hs.info.id}")
            try:
                await client.wait_closed()
            finally:
                client.tap.detach()
                # A frame still held (approval) is withdrawn with its lane.
                await cancel_and_wait(watcher, self._up.task, self._down.task)
                await self._close_upstream()
        finally:
            await self._record()

    # -- messages -----------------------------------------------------------------

    def _from_client(self, data: Data, raw: Raw) -> None:
        self.outcome.bytes_in += len(data)
        lane = self._up
        if lane.task is not None or lane.queue:
            self._enqueue(lane, (data, raw, None), self.client.tap)
        elif not self._broken:
            self._start(lane, data, raw, None)

    def _from_gateway(self, ws: TappedClientConnection, data: Data, raw: Raw) -> None:
        self.outcome.bytes_out += len(data)
        lane = self._down
        if lane.task is not None or lane.queue:
            self._enqueue(lane, (data, raw, ws), ws.tap)
        elif not self._broken:
            self._start(lane, data, raw, ws)

    def _enqueue(self, lane: _Lane, entry: Entry, sender: MessageTap) -> None:
        lane.queue.append(entry)
        if len(lane.queue) >= self.queue_frames and lane.held is None:
            lane.held = sender
            sender.hold(_QUEUE)

    def _start(self, lane: _Lane, data: Data, raw: Raw, ws: TappedClientConnection | None
               ) -> None:
        """Decide a message now; only if the decision has to wait, in a task."""
        coro = self.interceptor.handle(data, lane.direction)
        try:
            pending = coro.send(None)
        except StopIteration as stop:
            if not self._deliver_now(lane, data, raw, ws, stop.value):
                lane.task = spawn(self._drain(lane, (data, raw, ws), decided=stop.value),
                                  name=f"ws-lane-{self.hs.info.id}")
                return
            self.interceptor.publish()
            if self.interceptor.settles:
                self._settle(lane)
            return
        except Exception as exc:
            self._fail(lane, exc)
            return
        lane.task = spawn(self._drain(lane, (data, raw, ws), deciding=resume(coro, pending)),
                          name=f"ws-lane-{self.hs.info.id}")

    def _settle(self, lane: _Lane) -> None:
        """The records of the calls whose results went out in the frame just written
        (an MCP conversation's): written now, without a task; when the ledger is behind,
        the lane waits for it in one (the messages behind queue up, as behind a decision
        that waits)."""
        settling = self.interceptor.settle()
        try:
            pending = settling.send(None)
        except StopIteration:
            return
        except Exception as exc:
            self._fail(lane, exc)
            return
        lane.task = spawn(self._drain(lane, None, settling=resume(settling, pending)),
                          name=f"ws-lane-{self.hs.info.id}")
        # A lane cancelled before its first step (the client closed in the same turn)
        # never resumes `settling`: closed here, the record it waited to write goes out
        # anyway (`EventBus.publish`); once it has run, closing it does nothing.
        lane.task.add_done_callback(_closer(settling))

    async def _drain(self, lane: _Lane, entry: Entry | None, *,
                     decided: Decided | None = None,
                     deciding: Coroutine[Any, Any, Decided] | None = None,
                     settling: Coroutine[Any, Any, None] | None = None) -> None:
        """Finish the message whose decision waits (or the records that wait for room in
        the ledger after one went out), then those queued behind it."""
        handle = self.interceptor.handle
        queue = lane.queue
        try:
            if settling is not None:
                await settling
            else:
                if deciding is not None:
                    decided = await deciding
                assert decided is not None and entry is not None
                await self._deliver(lane, entry, decided)
            while queue and not self._broken:
                entry = queue.popleft()
                if lane.held is not None and len(queue) < self.queue_frames:
                    lane.held.release(_QUEUE)
                    lane.held = None
                await self._deliver(lane, entry, await handle(entry[0], lane.direction))
        except UpstreamGone:
            queue.clear()  # the gateway is gone for good: the client is being closed
        except Exception as exc:
            self._fail(lane, exc)
        finally:
            if deciding is not None:
                deciding.close()
            if settling is not None:
                settling.close()
            lane.task = None

    def _deliver_now(self, lane: _Lane, data: Data, raw: Raw, ws: TappedClientConnection | None,
                     decided: Decided) -> bool:
        """Write a decided message out; False when it must wait for the gateway."""
        forward, reply = decided
        if lane.direction is _REQUEST:
            if forward is not None:
                gateway = self.link.ws if self.link is not None else None
                if gateway is None or not send_message(gateway, forward,
                                                       raw if forward is data else None):
                    return False
            if reply is not None:
                send_message(self.client, reply)
            return True
        if forward is not None:
            send_message(self.client, forward, raw if forward is data else None)
        if reply is not None and ws is not None:
            send_message(ws, reply)
        return True

    async def _deliver(self, lane: _Lane, entry: Entry, decided: Decided) -> None:
        data, raw, ws = entry
        if self._deliver_now(lane, data, raw, ws, decided):
            self.interceptor.publish()
            if self.interceptor.settles:
                await self.interceptor.settle()
            return
        # The gateway link is reconnecting: the message goes out on the new connection.
        link = self.link
        assert link is not None
        forward, reply = decided
        assert forward is not None
        stale = link.ws
        while True:
            gateway = await link.current(stale=stale)
            if send_message(gateway, forward, raw if forward is data else None):
                break
            stale = gateway
        self.interceptor.publish()
        if reply is not None:
            send_message(self.client, reply)
        if self.interceptor.settles:
            await self.interceptor.settle()

    def _fail(self, lane: _Lane, exc: Exception) -> None:
        side = "client" if lane.direction is _REQUEST else "upstream"
        log.error("ws connection %s: %s pump failed", self.hs.info.id, side, exc_info=exc)
        if self._broken:
            return
        self._broken = True
        self.outcome.error = f"internal error: {exc!r}"
        spawn(self.client.close(1011, "secproxy internal error"),
              name=f"ws-close-{self.hs.info.id}")

    # -- flow control ---------------------------------------------------------------

    def _client_writable(self, ok: bool) -> None:
        gateway = self.link.ws if self.link is not None else None
        if gateway is not None:
            (gateway.tap.release if ok else gateway.tap.hold)(_SINK)

    def _gateway_writable(self, ok: bool) -> None:
        (self.client.tap.release if ok else self.client.tap.hold)(_SINK)

    # -- the gateway side -------------------------------------------------------------

    def _attach_gateway(self, ws: TappedClientConnection) -> None:
        ws.tap.max_early = self.queue_frames
        self.client.tap.release(_SINK)  # a previous gateway connection may have held it
        ws.tap.attach(lambda data, raw: self._from_gateway(ws, data, raw),
                      self._gateway_writable)
        if self.client.paused:
            ws.tap.hold(_SINK)

    async def _watch_gateway(self, ws: TappedClientConnection) -> None:
        """Wait for the gateway connection to end, then reconnect or close the client."""
        try:
            while True:
                await ws.wait_closed()
                ws.tap.detach()
                down = self._down
                while down.task is not None:  # what the gateway sent before closing goes first
                    await asyncio.wait({down.task})
                next_ws = await self._gateway_closed(ws)
                if next_ws is None:
                    return
                ws = next_ws
                self._attach_gateway(ws)
        except Exception as exc:  # without a watcher, client frames would wait forever
            self._fail(self._down, exc)

    async def _close_upstream(self) -> None:
        link = self.link
        if link is None:
            return
        proto = self.client.protocol
        rcvd = proto.close_rcvd
        if rcvd is not None and proto.close_rcvd_then_sent:
            code, reason = sendable_close(rcvd.code, rcvd.reason)
        else:
            sent = proto.close_sent
            why = f"client connection closed ({sent.code})" if sent else "client went away"
            code, reason = 1001, why
        if link.ws is not None:
            link.ws.tap.detach()
        with contextlib.suppress(ConnectionClosed, OSError):
            await link.close(code, reason)

    async def _record(self) -> None:
        await self.interceptor.close()  # an MCP conversation's calls left without result
        o = self.outcome
        o.status = self.client.close_code
        o.duration = time.monotonic() - o.started
        if self.link is not None and self.link.reconnects:
            self.hs.action.metadata["reconnects"] = self.link.reconnects
        await self.engine.record(self.hs.action, self.hs.verdict, o)

    async def _gateway_closed(self, ws: TappedClientConnection) -> TappedClientConnection | None:
        """Reconnect after a drop, or pass the gateway's close on to the client."""
        link = self.link
        assert link is not None
        protocol = ws.protocol
        rcvd, sent = protocol.close_rcvd, protocol.close_sent
        if rcvd is None and sent is not None and sent.code in _GATEWAY_FAULTS:
            # The relay failed the link for what the gateway sent (a message over
            # max_frame_bytes, invalid UTF-8, a protocol error): a new connection would
            # be sent the same, and the client's call would wait for ever meanwhile.
            why = f"gateway connection failed: {sent.code} {sent.reason}"
            link.fail(why)
            self.outcome.error = why
            await self.client.close(*sendable_close(1011, why))
            return None
        code = rcvd.code if rcvd is not None else 1006
        reason = mask_text(rcvd.reason) if rcvd is not None else "connection lost"
        if code in self.reconnect_codes and self.max_retries > 0:
            log.info("ws connection %s: gateway closed (%s %s), reconnecting",
                     self.hs.info.id, code, reason)
            new_ws = await link.reconnect(f"{code} {reason}".strip())
            if new_ws is not None:
                return new_ws
            self.outcome.error = link.failure
            await self.client.close(*sendable_close(1011, link.failure or "gateway unavailable"))
            return None
        link.fail(f"gateway closed the connection ({code})")
        if code == 1006:
            reason = "gateway connection lost"
        await self.client.close(*sendable_close(code, reason))
        return None


def _closer(coro: Coroutine[Any, Any, Any]) -> Callable[[Any], None]:
    """A done-callback that closes `coro` (a module function: no closure over the
    connection)."""
    return lambda _task: coro.close()
