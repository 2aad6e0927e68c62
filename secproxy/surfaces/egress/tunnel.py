"""Tunnels: CONNECT and WebSocket upgrades, relayed as raw bytes after the decision.

A CONNECT is decided on host and port alone (TLS stays end to end); a port outside
`egress.allowed_connect_ports` is refused (403) by the engine's destination stage. An
absolute-form `GET` with `Upgrade: websocket` is decided like any request, sent upstream
with its upgrade headers, and becomes a tunnel when the upstream answers 101. Nothing the
client sends after the upgrade head reaches the upstream before that 101: on any other
answer those bytes are parsed as the next requests, each decided and recorded on its
own. Both directions are relayed with backpressure; an end of stream on one side is
passed on as a half-close while the other direction keeps flowing. The record is written
when the tunnel closes, with bytes each way and the duration.

On Linux the relay is `zerocopy.SpliceRelay`: once the first bytes are written and both
transports are drained, the sockets leave their transports and bytes go socket to
socket through a pipe with splice(2), never copied into the process (about half the
proxy CPU per byte). Elsewhere a pair of small protocols relays through the transports.
"""

from __future__ import annotations

import asyncio
import errno
import os
from typing import TYPE_CHECKING, Literal

from secproxy.engine import Tracked
from secproxy.model import Outcome
from secproxy.surfaces.egress import zerocopy
from secproxy.surfaces.egress.forward import (
    final_head,
    head_failure,
    relay_response,
)
from secproxy.surfaces.egress.http1 import (
    VIA,
    ClientGone,
    HttpError,
    PeerClosed,
    RequestHead,
    request_head,
    response_head,
)
from secproxy.surfaces.egress.pool import Upstream
from secproxy.surfaces.egress.url import Destination
from secproxy.surfaces.egress.wire import Wire

if TYPE_CHECKING:
    from secproxy.surfaces.egress.connection import ClientConnection

_TUNNEL_BUFFER = 1024 * 1024
"""Bytes a tunnel may queue towards a slow side before it stops reading the other:
fewer pause/resume cycles than the 64 KiB default, still bounded per tunnel."""
_ESTABLISHED = b"HTTP/1.1 200 Connection Established\r\nVia: " + VIA + b"\r\n\r\n"


async def connect_tunnel(conn: ClientConnection, head: RequestHead, t: Tracked) -> bool:
    """Open a CONNECT tunnel for an allowed request; the connection ends with it."""
    if not await _take_tunnel(conn, head, t):
        return False
    try:
        up = await conn.open_upstream(t, head, pooled=False, raw=True)
        if up is None:
            return False
        fds = await _descriptors(conn, head, t, up)
        if fds is False:
            return False
        try:
            if not conn.rx.write(_ESTABLISHED):
                up.abort()
                t.outcome.error = conn.rx.gone
                return False
            t.outcome.status = 200
            await splice(conn, up, t.outcome, fds)
        finally:
            if fds is not None:
                fds.close()
        return False
    finally:
        conn.service.release_tunnel()


async def websocket_tunnel(conn: ClientConnection, head: RequestHead, t: Tracked,
                           dest: Destination) -> bool:
    """Send an allowed WebSocket upgrade upstream; relay raw frames after a 101."""
    if not await _take_tunnel(conn, head, t):
        return False
    try:
        return await _websocket(conn, head, t, dest)
    finally:
        conn.service.release_tunnel()


async def _websocket(conn: ClientConnection, head: RequestHead, t: Tracked,
                     dest: Destination) -> bool:
    up = await conn.open_upstream(t, head, pooled=False)
    if up is None:
        return False
    # Only the head goes now: what the client sent after it is held until the upstream
    # agrees to switch (101), or else read as requests of their own.
    up.write(request_head(head, dest.origin, dest.authority, upgrade=True))
    timeout = conn.policy.settings.upstream_timeout
    try:
        resp = await final_head(conn, head, up, timeout, upgrade=True)
    except ClientGone:
        up.abort()
        t.outcome.error = conn.rx.gone
        return False
    except (PeerClosed, ConnectionError, HttpError, TimeoutError) as exc:
        up.abort()
        await conn.cannot_serve(t, head, *head_failure(exc, timeout))
        return False
    if resp.status != 101:
        # Declined: an ordinary response on a connection that asked for an upgrade, not
        # kept for another request; the client's later bytes are HTTP again.
        up.reusable = False
        if not await relay_response(conn, head, up, resp, t, None):
            return False
        conn.rx.resume(conn.rx.upgraded or b"")
        return True
    fds = await _descriptors(conn, head, t, up)
    if fds is False:
        return False
    try:
        if not conn.rx.write(response_head(resp, chunked=False, close=False, upgrade=True)):
            up.abort()
            t.outcome.error = conn.rx.gone
            return False
        t.outcome.status = 101
        up.queue.clear()
        await splice(conn, up, t.outcome, fds)
    finally:
        if fds is not None:
            fds.close()
    return False


async def _take_tunnel(conn: ClientConnection, head: RequestHead, t: Tracked) -> bool:
    """Count the tunnel against `egress.max_tunnels`; False after answering 503."""
    if conn.service.take_tunnel():
        return True
    cap = conn.policy.max_tunnels
    await conn.cannot_serve(t, head, "tunnel_limit",
                            f"the proxy holds its maximum of {cap} tunnels "
                            f"(egress.max_tunnels); try again")
    return False


async def _descriptors(conn: ClientConnection, head: RequestHead, t: Tracked,
                       up: Upstream) -> zerocopy.Descriptors | None | Literal[False]:
    """What the splice relay needs, taken before the client hears that the tunnel is
    up: None where there is no splice(2); False after answering 503 (none left)."""
    if not zerocopy.AVAILABLE:
        return None
    try:
        return zerocopy.Descriptors(_fileno(conn.rx), _fileno(up))
    except OSError as exc:
        up.abort()
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        await conn.cannot_serve(t, head, "tunnel_setup_failed",
                                f"no file descriptors left to set up the tunnel: {reason}")
        return False


def _fileno(wire: Wire) -> int:
    sock = wire.transport.get_extra_info("socket")
    if sock is None:
        raise OSError(errno.EBADF, "connection already closed")
    return int(sock.fileno())


async def splice(conn: ClientConnection, up: Upstream, outcome: Outcome,
                 fds: zerocopy.Descriptors | None = None) -> None:
    """Relay raw bytes both ways until both directions have ended (or one side reset).

    With `fds` (Linux) the sockets leave their transports for a `zerocopy.SpliceRelay`.
    Otherwise the two transports are handed to a pair of small protocols that write
    what one side receives straight to the other and pause the reading side while the
    writing side's buffer is full: no task, no stream buffer, no copy in between."""
    rx = conn.rx
    rx.stop()
    up.stop()
    first_in = rx.take_raw()
    first_out = up.take_raw()
    try:
        if fds is not None and not (rx.eof or up.eof):
            await _splice_sockets(conn, up, outcome, first_in, first_out, fds)
            return
        if fds is not None:
            fds.close()
        client = rx.transport
        upstream = up.transport
        tunnel = _Tunnel(client, upstream, outcome)
        client.set_protocol(_Half(tunnel, inbound=True))
        upstream.set_protocol(_Half(tunnel, inbound=False))
        if first_in:
            tunnel.forward(True, first_in)
        if first_out:
            tunnel.forward(False, first_out)
        for wire, inbound in ((rx, True), (up, False)):
            if wire.lost:
                tunnel.lost(inbound, None)
            elif wire.eof:
                tunnel.eof(inbound)
        for transport in (client, upstream):
            if not transport.is_closing():
                transport.set_write_buffer_limits(high=_TUNNEL_BUFFER)
                transport.resume_reading()
        try:
            await tunnel.done
        finally:
            tunnel.close()
    finally:
        if conn.cut_off is not None and outcome.error is None:
            outcome.error = conn.cut_off


async def _splice_sockets(conn: ClientConnection, up: Upstream, outcome: Outcome,
                          first_in: bytes, first_out: bytes,
                          fds: zerocopy.Descriptors) -> None:
    """Hand both sockets to a `zerocopy.SpliceRelay` once the transports have sent
    everything they hold (the tunnel's first bytes included) and read nothing more."""
    rx = conn.rx
    wires = (rx, up)
    for wire in wires:
        wire.pause_reading()
    try:
        for wire, data in ((up, first_in), (rx, first_out)):
            if data and wire.write(data):
                if wire is up:
                    outcome.bytes_in += len(data)
                else:
                    outcome.bytes_out += len(data)
            wire.transport.set_write_buffer_limits(high=0)
        for wire in wires:
            await wire.drain()
    except ConnectionError as exc:
        client = rx.lost or rx.transport.is_closing()
        outcome.error = rx.gone if client else zerocopy.tunnel_error(False, exc)
        fds.close()
        for wire in wires:
            wire.abort()
        return
    for wire in wires:
        wire.close()
    relay = zerocopy.SpliceRelay(fds, outcome)
    conn.on_abort = relay.close
    relay.start()
    try:
        await relay.done
    finally:
        relay.close()


class _Tunnel:
    """Both transports of one tunnel, the byte counts, and the end of it."""

    def __init__(self, client: asyncio.Transport, upstream: asyncio.Transport,
                 outcome: Outcome):
        self.client = client
        self.upstream = upstream
        self.outcome = outcome
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.ended: set[bool] = set()
        """Directions (True = inbound, client to upstream) that saw an end of stream."""

    def forward(self, inbound: bool, data: bytes) -> None:
        dst = self.upstream if inbound else self.client
        if dst.is_closing():
            return  # on its way out (its connection_lost ends the tunnel); uvloop raises
        dst.write(data)
        if inbound:
            self.outcome.bytes_in += len(data)
        else:
            self.outcome.bytes_out += len(data)

    def eof(self, inbound: bool) -> bool:
        """One side finished sending: half-close towards the other; done after both."""
        self.ended.add(inbound)
        dst = self.upstream if inbound else self.client
        if len(self.ended) == 2:
            self.close()
            return False
        if dst.is_closing():
            return False
        try:
            if dst.can_write_eof():
                dst.write_eof()
            else:
                dst.close()
        except OSError as exc:
            if self.outcome.error is None:
                self.outcome.error = zerocopy.tunnel_error(not inbound, exc)
            self.close(abort=True)
        return True

    def lost(self, inbound: bool, exc: BaseException | None) -> None:
        if exc is not None and self.outcome.error is None:
            self.outcome.error = zerocopy.tunnel_error(inbound, exc)
        self.close(abort=exc is not None)

    def pause(self, inbound: bool) -> None:
        # `inbound` is the half whose transport cannot take more: stop the other side.
        source = self.upstream if inbound else self.client
        if not source.is_closing():
            source.pause_reading()

    def resume(self, inbound: bool) -> None:
        source = self.upstream if inbound else self.client
        if not source.is_closing():
            source.resume_reading()

    def close(self, *, abort: bool = False) -> None:
        for transport in (self.client, self.upstream):
            if abort:
                transport.abort()
            elif not transport.is_closing():
                transport.close()
        if not self.done.done():
            self.done.set_result(None)


class _Half(asyncio.Protocol):
    """The protocol on one side of a tunnel."""

    def __init__(self, tunnel: _Tunnel, *, inbound: bool):
        self.tunnel = tunnel
        self.inbound = inbound
        """True on the client side (what it receives goes upstream)."""

    def data_received(self, data: bytes) -> None:
        self.tunnel.forward(self.inbound, data)

    def eof_received(self) -> bool:
        return self.tunnel.eof(self.inbound)

    def connection_lost(self, exc: Exception | None) -> None:
        self.tunnel.lost(self.inbound, exc)

    def pause_writing(self) -> None:
        self.tunnel.pause(self.inbound)

    def resume_writing(self) -> None:
        self.tunnel.resume(self.inbound)
