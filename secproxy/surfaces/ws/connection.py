"""One relayed client connection: two pumps, close propagation, the connection record.

The client pump reads client frames, has the interceptor decide them and sends what is
allowed to the gateway (waiting while the gateway link reconnects). The upstream pump
does the same the other way and owns reconnection. Each pump handles its frames one at
a time, so a frame held for approval holds only the frames behind it in the same
direction of the same connection. Sending waits for the receiver (websockets' write
limit), so a slow receiver stops the pump reading the other side: buffering stays
bounded by `queue_frames` and `write_limit` per direction.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from secproxy.aio import cancel_and_wait, spawn
from secproxy.config.ws import WsSettings
from secproxy.model import Action, Direction, Outcome, Verdict
from secproxy.surfaces.ws.interceptor import Interceptor
from secproxy.surfaces.ws.upstream import UpstreamGone, UpstreamLink

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from secproxy.engine import Engine
    from secproxy.surfaces.ws.interceptor import ConnectionInfo

log = logging.getLogger("secproxy.ws")
_REQUEST = Direction.REQUEST
_RESPONSE = Direction.RESPONSE
_SENDABLE = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014}


def sendable_close(code: int | None, reason: str) -> tuple[int, str]:
    """A close code and reason that may be put in a close frame (123-byte reason)."""
    if code is None or code in (1005, 1006, 1015):
        code = 1000 if code == 1005 else 1011
    elif code not in _SENDABLE and not 3000 <= code < 5000:
        code = 1011
    data = reason.encode()
    if len(data) > 123:
        reason = data[:120].decode(errors="ignore") + "..."
    return code, reason


@dataclass(slots=True)
class Handshake:
    """What `process_request` prepared for a client connection."""

    info: ConnectionInfo
    action: Action
    """The connection's own action (method `CONNECT`), recorded when it ends."""
    verdict: Verdict
    opener: Callable[[], Awaitable[ClientConnection]]
    """Opens a new gateway connection (for reconnects)."""
    upstream: ClientConnection | None = None
    error: str | None = None
    """Why the gateway could not be reached, when `upstream` is None."""
    taken: bool = False
    """The handler took over (else the connection died during the handshake)."""
    started: float = field(default_factory=time.monotonic)


class RelayConnection:
    """Relays one client connection to its gateway connection."""

    def __init__(self, engine: Engine, settings: WsSettings, client: ServerConnection,
                 hs: Handshake, interceptor: Interceptor):
        self.engine = engine
        self.settings = settings
        self.client = client
        self.hs = hs
        self.interceptor = interceptor
        self.reconnect_codes = frozenset(settings.reconnect_close_codes)
        self.max_retries = settings.max_retries
        self.outcome = Outcome(started=hs.started)
        self.link: UpstreamLink | None = None

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
            pumps = (spawn(self._client_pump(), name=f"ws-client-{hs.info.id}"),
                     spawn(self._upstream_pump(), name=f"ws-upstream-{hs.info.id}"))
            try:
                await client.wait_closed()
            finally:
                # A frame still held (approval) is withdrawn with its pump.
                await cancel_and_wait(*pumps)
                await self._close_upstream()
        finally:
            await self._record()

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
        with contextlib.suppress(ConnectionClosed, OSError):
            await link.close(code, reason)

    async def _record(self) -> None:
        o = self.outcome
        o.status = self.client.close_code
        o.duration = time.monotonic() - o.started
        if self.link is not None and self.link.reconnects:
            self.hs.action.metadata["reconnects"] = self.link.reconnects
        await self.engine.record(self.hs.action, self.hs.verdict, o)

    async def _client_pump(self) -> None:
        client = self.client
        link = self.link
        assert link is not None
        handle = self.interceptor.handle
        outcome = self.outcome
        try:
            while True:
                data = await client.recv()
                outcome.bytes_in += len(data)
                forward, reply = await handle(data, _REQUEST)
                if forward is not None:
                    await link.send(forward)
                if reply is not None:
                    await client.send(reply)
        except (ConnectionClosed, UpstreamGone):
            return
        except Exception as exc:
            log.exception("ws connection %s: client pump failed", self.hs.info.id)
            self.outcome.error = f"internal error: {exc!r}"
            await client.close(1011, "secproxy internal error")

    async def _upstream_pump(self) -> None:
        client = self.client
        link = self.link
        assert link is not None and link.ws is not None
        ws: ClientConnection = link.ws
        handle = self.interceptor.handle
        outcome = self.outcome
        try:
            while True:
                try:
                    data = await ws.recv()
                except ConnectionClosed as exc:
                    next_ws = await self._gateway_closed(exc)
                    if next_ws is None:
                        return
                    ws = next_ws
                    continue
                outcome.bytes_out += len(data)
                forward, reply = await handle(data, _RESPONSE)
                if forward is not None:
                    await client.send(forward)
                if reply is not None:
                    with contextlib.suppress(ConnectionClosed):
                        await ws.send(reply)
        except ConnectionClosed:
            return
        except Exception as exc:
            log.exception("ws connection %s: upstream pump failed", self.hs.info.id)
            self.outcome.error = f"internal error: {exc!r}"
            await client.close(1011, "secproxy internal error")

    async def _gateway_closed(self, exc: ConnectionClosed) -> ClientConnection | None:
        """Reconnect after a drop, or pass the gateway's close on to the client."""
        link = self.link
        assert link is not None
        rcvd = exc.rcvd
        code = rcvd.code if rcvd is not None else 1006
        reason = rcvd.reason if rcvd is not None else "connection lost"
        if code in self.reconnect_codes and self.max_retries > 0:
            log.info("ws connection %s: gateway closed (%s %s), reconnecting",
                     self.hs.info.id, code, reason)
            ws = await link.reconnect(f"{code} {reason}".strip())
            if ws is not None:
                return ws
            self.outcome.error = link.failure
            await self.client.close(*sendable_close(1011, link.failure or "gateway unavailable"))
            return None
        link.fail(f"gateway closed the connection ({code})")
        if code == 1006:
            reason = "gateway connection lost"
        await self.client.close(*sendable_close(code, reason))
        return None

