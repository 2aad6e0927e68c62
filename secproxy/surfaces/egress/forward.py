"""Forwarding one allowed absolute-form request and streaming its response back.

Bodies stream in both directions, one read at a time, each write followed by
`drain()`, so a slow reader on either side slows the other instead of filling memory.
A request body is sent by a second task while the response is awaited (so
`Expect: 100-continue` and early answers work). Responses without a length reach
HTTP/1.1 clients chunked, so the client connection stays reusable. A reused upstream
connection that turns out closed is retried once on a fresh one for idempotent
requests without a body.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from secproxy.aio import cancel_and_wait, spawn
from secproxy.engine import Tracked
from secproxy.model import Outcome
from secproxy.surfaces.egress.http1 import (
    READ_SIZE,
    HttpError,
    PeerClosed,
    RequestHead,
    ResponseHead,
    request_head,
    response_head,
)
from secproxy.surfaces.egress.pool import Upstream
from secproxy.surfaces.egress.readers import ResponseReader
from secproxy.surfaces.egress.url import Destination

if TYPE_CHECKING:
    from secproxy.surfaces.egress.connection import ClientConnection

_IDEMPOTENT = frozenset({b"GET", b"HEAD", b"OPTIONS", b"PUT", b"DELETE", b"TRACE"})
_CLIENT_GONE = "client closed the connection"


async def forward(conn: ClientConnection, head: RequestHead, t: Tracked,
                  dest: Destination) -> bool:
    """Forward `head` (and its body) upstream and relay the answer; True when the client
    connection can carry another request."""
    settings = conn.policy.settings
    wire_head = request_head(head, dest.origin, dest.authority)
    retry = head.method in _IDEMPOTENT and not head.has_body
    while True:
        up = await conn.open_upstream(t, head, pooled=True)
        if up is None:
            return not head.ends_connection
        up.responses.head_only = head.method == b"HEAD"
        up.writer.write(wire_head)
        pump = None
        if head.has_body:
            pump = spawn(_send_body(conn, head, up, t.outcome, settings.idle_timeout),
                         name="egress-request-body")
        try:
            resp = await _final_head(conn, head, up.responses, settings.upstream_timeout)
        except (PeerClosed, ConnectionError) as exc:
            up.abort()
            if retry and up.reused:
                retry = False
                continue
            return await _failed(conn, head, t, pump, 502, "upstream_closed",
                                 f"upstream closed the connection: {exc}")
        except TimeoutError:
            up.abort()
            return await _failed(conn, head, t, pump, 504, "upstream_timeout",
                                 f"no answer from upstream within "
                                 f"{settings.upstream_timeout:g}s")
        except HttpError as exc:
            up.abort()
            return await _failed(conn, head, t, pump, exc.status, exc.error, exc.message)
        return await relay_response(conn, head, up, resp, t, pump)


async def _final_head(conn: ClientConnection, head: RequestHead, rx: ResponseReader,
                      wait: float) -> ResponseHead:
    """The final response head; interim 1xx answers go on to HTTP/1.1 clients."""
    rx.arm(wait)
    try:
        while True:
            resp = await rx.next_head()
            if resp.status >= 200:
                return resp
            if resp.status == 101:
                raise HttpError(502, "bad_upstream_response",
                                "upstream switched protocols without being asked")
            if head.version == "1.1":
                conn.writer.write(response_head(resp, chunked=False, close=False))
    finally:
        rx.disarm()


async def _failed(conn: ClientConnection, head: RequestHead, t: Tracked,
                  pump: asyncio.Task[Exception | None] | None, status: int, error: str,
                  reason: str) -> bool:
    """Answer a request whose upstream failed before its response head."""
    if pump is not None:
        client_error = pump.result() if pump.done() else None
        await cancel_and_wait(pump)
        if isinstance(client_error, HttpError):
            status, error, reason = client_error.status, client_error.error, client_error.message
        elif client_error is not None:
            t.outcome.error = _CLIENT_GONE
            return False
    await conn.upstream_failed(t, head, status, error, reason)
    return not head.ends_connection


async def _send_body(conn: ClientConnection, head: RequestHead, up: Upstream,
                     outcome: Outcome, stall: float) -> Exception | None:
    """Stream the request body upstream; returns (not raises) what went wrong, and
    aborts the upstream then so the response wait ends at once."""
    rx = conn.rx
    writer = up.writer
    chunked = head.chunked
    try:
        while True:
            piece = await rx.body_piece(stall)
            if not piece:
                break
            size = len(piece)
            outcome.bytes_in += size
            if chunked:
                writer.writelines((b"%x\r\n" % size, piece, b"\r\n"))
            else:
                writer.write(piece)
            await writer.drain()
        if chunked:
            writer.write(b"0\r\n\r\n")
        return None
    except (HttpError, PeerClosed, ConnectionError, TimeoutError) as exc:
        up.abort()
        return exc


async def relay_response(conn: ClientConnection, head: RequestHead, up: Upstream,
                         resp: ResponseHead, t: Tracked,
                         pump: asyncio.Task[Exception | None] | None, *,
                         force_close: bool = False) -> bool:
    """Send the response head and stream the body to the client; pool or close the
    upstream connection; True when the client connection stays usable."""
    bodiless = resp.bodiless or head.method == b"HEAD"
    close = force_close or not head.keep_alive or (pump is not None and not pump.done())
    chunked = False
    if not bodiless and resp.content_length is None:
        if head.version == "1.1":
            chunked = True
        else:
            close = True
    writer = conn.writer
    outcome = t.outcome
    outcome.status = resp.status
    out = [response_head(resp, chunked=chunked, close=close)]
    rx = up.responses
    queue = rx.queue
    timeout = conn.policy.settings.upstream_timeout
    length = resp.content_length if not (bodiless or chunked) else None
    before = outcome.bytes_out
    try:
        while True:
            done = False
            while queue:
                piece = queue.popleft()
                if not piece:
                    done = True
                    break
                size = len(piece)
                outcome.bytes_out += size
                if chunked:
                    out += (b"%x\r\n" % size, piece, b"\r\n")
                else:
                    out.append(piece)
            if done:
                break
            _write(writer, out)
            await writer.drain()
            if rx.error is not None:
                raise rx.error
            if rx.eof:
                raise PeerClosed("upstream closed the connection in the middle of the body")
            if length is not None:
                await _copy_rest(rx, writer, length - (outcome.bytes_out - before), timeout,
                                 outcome)
                break
            await rx.fill_within(timeout)
        if chunked:
            out.append(b"0\r\n\r\n")
        _write(writer, out)
        await writer.drain()
    except (PeerClosed, HttpError, TimeoutError, ConnectionError) as exc:
        outcome.error = _describe(exc)
        up.abort()
        conn.abort()
        if pump is not None:
            await cancel_and_wait(pump)
        return False
    if pump is not None:
        if not pump.done():
            await cancel_and_wait(pump)
            up.abort()
            return False
        if pump.result() is not None:
            up.abort()
            return False
    conn.service.pool.give(up, conn.policy.settings.pool_max_idle_per_host)
    return not close


async def _copy_rest(rx: ResponseReader, writer: asyncio.StreamWriter, remaining: int,
                     stall: float, outcome: Outcome) -> None:
    """Copy the rest of a Content-Length body as raw bytes, past the parser (one copy
    less per read), then give the connection a fresh parser for its next response."""
    reader = rx.reader
    while remaining > 0:
        rx.arm(stall)
        try:
            data = await reader.read(min(READ_SIZE, remaining))
        finally:
            rx.disarm()
        if not data:
            if rx.timed_out:
                raise TimeoutError
            raise PeerClosed("upstream closed the connection in the middle of the body")
        remaining -= len(data)
        outcome.bytes_out += len(data)
        writer.write(data)
        await writer.drain()
    rx.restart()


def _write(writer: asyncio.StreamWriter, out: list[bytes]) -> None:
    if len(out) == 1:
        writer.write(out[0])
    elif out:
        writer.writelines(out)
    out.clear()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "upstream stalled in the middle of the body"
    if isinstance(exc, ConnectionError):
        return f"connection lost: {exc}"
    return str(exc)
