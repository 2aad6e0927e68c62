"""Tunnels: CONNECT and WebSocket upgrades, relayed as raw bytes after the decision.

A CONNECT is decided on host and port alone (TLS stays end to end); a port outside
`egress.allowed_connect_ports` is refused with 403 as a surface finding in the same
ledger record. An absolute-form `GET` with `Upgrade: websocket` is decided like any
request, sent upstream with its upgrade headers, and becomes a tunnel when the upstream
answers 101. Both directions are relayed with backpressure; an end of stream on one
side is passed on as a half-close while the other direction keeps flowing. The record
is written when the tunnel closes, with bytes each way and the duration.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from secproxy.aio import cancel_and_wait, spawn
from secproxy.engine import Tracked
from secproxy.model import Outcome
from secproxy.surfaces.egress.forward import relay_response
from secproxy.surfaces.egress.http1 import (
    READ_SIZE,
    VIA,
    HttpError,
    PeerClosed,
    RequestHead,
    request_head,
    response_head,
)
from secproxy.surfaces.egress.pool import Upstream
from secproxy.surfaces.egress.url import Destination

if TYPE_CHECKING:
    from secproxy.surfaces.egress.connection import ClientConnection

_ESTABLISHED = b"HTTP/1.1 200 Connection Established\r\nVia: " + VIA + b"\r\n\r\n"


async def connect_tunnel(conn: ClientConnection, head: RequestHead, t: Tracked) -> bool:
    """Open a CONNECT tunnel for an allowed request; the connection ends with it."""
    target = t.action.target
    ports = conn.service.policy.connect_ports
    if target.port not in ports:
        allowed = ", ".join(str(p) for p in sorted(ports)) or "none"
        conn.block(t, "connect_port", f"CONNECT to port {target.port} is not allowed "
                   f"(egress.allowed_connect_ports: {allowed})")
        await conn.deny(t, head)
        return False
    up = await conn.open_upstream(t, head, pooled=False)
    if up is None:
        return False
    conn.writer.write(_ESTABLISHED)
    t.outcome.status = 200
    await splice(conn, up, t.outcome, first_in=conn.rx.upgraded or b"")
    return False


async def websocket_tunnel(conn: ClientConnection, head: RequestHead, t: Tracked,
                           dest: Destination) -> bool:
    """Send an allowed WebSocket upgrade upstream; relay raw frames after a 101."""
    up = await conn.open_upstream(t, head, pooled=False)
    if up is None:
        return False
    rx = up.responses
    up.writer.write(request_head(head, dest.origin, dest.authority, upgrade=True))
    early = conn.rx.upgraded
    if early:
        up.writer.write(early)
        t.outcome.bytes_in += len(early)
    timeout = conn.service.policy.settings.upstream_timeout
    try:
        async with asyncio.timeout(timeout):
            resp = await rx.next_head()
            while resp.status < 200 and resp.status != 101:
                resp = await rx.next_head()
    except (PeerClosed, ConnectionError, HttpError, TimeoutError) as exc:
        up.abort()
        if isinstance(exc, TimeoutError):
            status, error, reason = 504, "upstream_timeout", f"no answer within {timeout:g}s"
        elif isinstance(exc, HttpError):
            status, error, reason = exc.status, exc.error, exc.message
        else:
            status, error, reason = 502, "upstream_closed", f"upstream closed: {exc}"
        await conn.upstream_failed(t, head, status, error, reason)
        return False
    if resp.status != 101:
        await relay_response(conn, head, up, resp, t, None, force_close=True)
        up.close()
        return False
    conn.writer.write(response_head(resp, chunked=False, close=False, upgrade=True))
    t.outcome.status = 101
    rx.queue.clear()
    await splice(conn, up, t.outcome, first_out=rx.upgraded or b"")
    return False


async def splice(conn: ClientConnection, up: Upstream, outcome: Outcome, *,
                 first_in: bytes = b"", first_out: bytes = b"") -> None:
    """Relay raw bytes both ways until both directions have ended."""
    if first_in:
        up.writer.write(first_in)
        outcome.bytes_in += len(first_in)
    if first_out:
        conn.writer.write(first_out)
        outcome.bytes_out += len(first_out)
    down = spawn(_pipe(up.reader, conn.writer, up.writer, outcome, inbound=False),
                 name="egress-tunnel-down")
    try:
        await _pipe(conn.reader, up.writer, conn.writer, outcome, inbound=True)
        await down
    finally:
        await cancel_and_wait(down)
        up.close()


async def _pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter,
                src_writer: asyncio.StreamWriter, outcome: Outcome, *, inbound: bool) -> None:
    """Copy `src` to `dst`; pass an end of stream on as a half-close; a reset on either
    side ends both."""
    try:
        while True:
            data = await src.read(READ_SIZE)
            if not data:
                break
            dst.write(data)
            if inbound:
                outcome.bytes_in += len(data)
            else:
                outcome.bytes_out += len(data)
            await dst.drain()
    except (ConnectionError, OSError):
        dst.transport.abort()
        src_writer.transport.abort()
        return
    if dst.is_closing():
        return
    try:
        if dst.can_write_eof():
            dst.write_eof()
        else:
            dst.close()
    except OSError:
        dst.transport.abort()
