"""Forwarding one allowed absolute-form request and streaming its response back.

The request head goes to a pooled `upstream.Upstream`; the task then sleeps until the
final response head is parsed, sends it, and lets the upstream protocol relay the body
straight to the client transport (see `upstream`), so a small response costs one wake
of the task and a large one no wake per read. Bodies stream with backpressure both
ways: a full client buffer pauses reading the upstream, and the request body is sent by
a second task that waits on the upstream's write buffer, while the response is awaited
(so `Expect: 100-continue` and early answers work). Responses without a length reach
HTTP/1.1 clients chunked, so the client connection stays reusable; the trailer fields
of a chunked response go on with it (an HTTP/1.0 client has no way to receive them).
A reused upstream connection that turns out closed is retried once on a fresh one for
idempotent requests without a body.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from secproxy.aio import cancel_and_wait, spawn
from secproxy.engine import Tracked
from secproxy.model import Outcome
from secproxy.surfaces.egress.guarded import (
    HeldRequest,
    guard_response,
    held_response,
    stream_note,
)
from secproxy.surfaces.egress.http1 import (
    ClientGone,
    HttpError,
    PeerClosed,
    RequestHead,
    ResponseHead,
    last_chunk,
    request_head,
    response_head,
)
from secproxy.surfaces.egress.pool import Upstream
from secproxy.surfaces.egress.upstream import CLIENT_STALLED
from secproxy.surfaces.egress.url import Destination

if TYPE_CHECKING:
    from secproxy.surfaces.egress.connection import ClientConnection

_IDEMPOTENT = frozenset({b"GET", b"HEAD", b"OPTIONS", b"PUT", b"DELETE", b"TRACE"})


async def forward(conn: ClientConnection, head: RequestHead, t: Tracked,
                  dest: Destination, held: HeldRequest | None = None) -> bool:
    """Forward `head` (and its body: first what `held` read of it, when the request
    guards read it) upstream and relay the answer; True when the client connection can
    carry another request."""
    settings = conn.policy.settings
    wire_head = request_head(head, dest.origin, dest.authority)
    retry = head.method in _IDEMPOTENT and not head.has_body
    while True:
        up = conn.pooled_upstream(t)
        if up is None:
            up = await conn.open_upstream(t, head, pooled=False)
            if up is None:
                return not head.ends_connection
        up.begin(head_only=head.method == b"HEAD")
        up.write(wire_head)  # unsent when the upstream is closing: the wait says so
        pump = None
        if head.has_body:
            pump = spawn(_send_body(conn, head, up, t.outcome, settings.idle_timeout, held),
                         name="egress-request-body")
        try:
            resp = await final_head(conn, head, up, settings.upstream_timeout)
        except ClientGone:
            up.abort()
            await cancel_and_wait(pump)
            t.outcome.error = conn.rx.gone
            return False
        except (PeerClosed, ConnectionError, TimeoutError, HttpError) as exc:
            up.abort()
            if retry and up.reused and isinstance(exc, (PeerClosed, ConnectionError)):
                retry = False
                continue
            error, reason = head_failure(exc, settings.upstream_timeout)
            return await _failed(conn, head, t, pump, error, reason)
        if conn.policy.guard_responses:
            how = held_response(head, resp)
            if how == "hold":
                return await _relay_held(conn, head, up, resp, t, pump)
            if how == "stream":
                stream_note(t)
        return await relay_response(conn, head, up, resp, t, pump)


async def _relay_held(conn: ClientConnection, head: RequestHead, up: Upstream,
                      resp: ResponseHead, t: Tracked,
                      pump: asyncio.Task[Exception | None] | None) -> bool:
    """Hold a text response body for the response guards (see `guarded`), then send it
    (masked, or refused) and relay whatever is past the limit."""
    settings = conn.policy.settings
    try:
        pieces, whole = await up.collect(conn.rx, settings.inspect.max_response_bytes,
                                         settings.upstream_timeout)
    except ClientGone:
        return await _client_left(conn, up, t, pump)
    except (PeerClosed, HttpError, TimeoutError) as exc:
        up.abort()
        return await _failed(conn, head, t, pump, *head_failure(exc, settings.upstream_timeout))
    data = b"".join(pieces)
    guarded = await guard_response(conn, t, resp, data, whole)
    if guarded.refused:
        if whole and (pump is None or pump.done()):
            conn.service.pool.give(up, settings.pool_max_idle_per_host)
        else:
            up.abort()  # the rest of the body, or of the request, will not be wanted
        if pump is not None:
            await cancel_and_wait(pump)
        return await conn.deny(t, head)
    return await relay_response(conn, head, up, resp, t, pump, held=guarded.body,
                                consumed=len(data), whole=whole, identity=guarded.identity)


async def final_head(conn: ClientConnection, head: RequestHead, up: Upstream,
                     wait: float, *, upgrade: bool = False) -> ResponseHead:
    """The final response head, within `wait` seconds; interim 1xx answers go on to
    HTTP/1.1 clients. With `upgrade` (a WebSocket handshake) a 101 is final too and
    interim answers are dropped. Raises `ClientGone` as soon as the client leaves."""
    rx = conn.rx
    rx.source = up  # wakes `up.wait()` when the client leaves
    up.arm(wait)
    try:
        while True:
            resp = up.pop_head()
            if resp is None:
                if rx.lost:
                    raise ClientGone
                await up.wait()
                continue
            if resp.status >= 200 or (upgrade and resp.status == 101):
                return resp
            if rx.transport.is_closing():
                raise ClientGone(rx.gone)
            if resp.status == 101:
                raise HttpError("bad_upstream_response",
                                "upstream switched protocols without being asked")
            if head.version == "1.1" and not upgrade:
                rx.write(response_head(resp, chunked=False, close=False))
    finally:
        up.disarm()
        rx.source = None


def head_failure(exc: Exception, wait: float) -> tuple[str, str]:
    """(error, reason) for an upstream that gave no usable response head."""
    if isinstance(exc, TimeoutError):
        return "upstream_timeout", f"no answer from upstream within {wait:g}s"
    if isinstance(exc, HttpError):
        return exc.error, exc.message
    if isinstance(exc, PeerClosed):
        return "upstream_closed", str(exc)
    return "upstream_closed", f"upstream closed the connection: {exc}"


async def _failed(conn: ClientConnection, head: RequestHead, t: Tracked,
                  pump: asyncio.Task[Exception | None] | None, error: str,
                  reason: str) -> bool:
    """Answer a request whose upstream failed before its response head."""
    if pump is not None:
        client_error = pump.result() if pump.done() else None
        await cancel_and_wait(pump)
        if isinstance(client_error, HttpError):
            error, reason = client_error.error, client_error.message
        elif client_error is not None:
            t.outcome.error = conn.rx.gone
            return False
    await conn.cannot_serve(t, head, error, reason)
    return not head.ends_connection


async def _send_body(conn: ClientConnection, head: RequestHead, up: Upstream,
                     outcome: Outcome, stall: float, held: HeldRequest | None = None
                     ) -> Exception | None:
    """Stream the request body upstream (first what the request guards read of it);
    returns (not raises) what went wrong on the client's side, and aborts the upstream
    then so the response wait ends at once. An upstream that goes away ends the body
    quietly: the wait for its answer says why."""
    rx = conn.rx
    chunked = head.chunked
    try:
        if held is not None and held.body:
            size = len(held.body)
            if not (up.writelines((b"%x\r\n" % size, held.body, b"\r\n")) if chunked
                    else up.write(held.body)):
                return None
            outcome.bytes_in += size
        while held is None or held.rest:
            piece = await rx.body_piece(stall)
            if not piece:
                break
            size = len(piece)
            if not (up.writelines((b"%x\r\n" % size, piece, b"\r\n")) if chunked
                    else up.write(piece)):
                return None
            outcome.bytes_in += size
            if up.write_paused:
                try:
                    await up.drain()
                except ConnectionError:
                    return None
        if chunked:
            up.write(b"0\r\n\r\n")
        return None
    except (HttpError, PeerClosed, ConnectionError, TimeoutError) as exc:
        up.abort()
        return exc


async def relay_response(conn: ClientConnection, head: RequestHead, up: Upstream,
                         resp: ResponseHead, t: Tracked,
                         pump: asyncio.Task[Exception | None] | None, *,
                         force_close: bool = False, held: bytes | None = None,
                         consumed: int = 0, whole: bool = False,
                         identity: bool = False) -> bool:
    """Send the response head and relay the body to the client; pool or close the
    upstream connection; True when the client connection stays usable. A body the
    response guards `held` goes first, in place of the `consumed` bytes read from the
    upstream (all of the body when `whole`; `identity`: decoded)."""
    bodiless = resp.bodiless or head.method == b"HEAD"
    close = force_close or not head.keep_alive or (pump is not None and not pump.done())
    chunked = False
    if not bodiless and resp.content_length is None and not whole:
        if head.version == "1.1":
            chunked = True
        else:
            close = True
    outcome = t.outcome
    outcome.status = resp.status
    rx = conn.rx
    length = None if bodiless or chunked or resp.chunked else resp.content_length
    if held is None:
        out = [response_head(resp, chunked=chunked, close=close)]
    else:
        sent = None
        if whole:
            sent = len(held)
        elif length is not None:
            length -= consumed
            sent = length + len(held)
        out = [response_head(resp, chunked=chunked, close=close, length=sent,
                             identity=identity)]
        if chunked and held:
            out += (b"%x\r\n" % len(held), held, b"\r\n")
        elif held:
            out.append(held)
    timeout = conn.policy.settings.upstream_timeout
    try:
        if whole:
            done = True
            if not rx.writelines(out):
                raise ClientGone(rx.gone)
        else:
            done = up.relay(rx, out, chunked=chunked, length=length, outcome=outcome)
        if held:
            outcome.bytes_out += len(held)
    except ClientGone:
        return await _client_left(conn, up, t, pump)
    except (PeerClosed, HttpError) as exc:
        # Broken before any of it reached the client: answered like a broken head.
        up.abort()
        return await _failed(conn, head, t, pump, *head_failure(exc, timeout))
    try:
        if not done:
            await up.relay_rest(timeout)
        if chunked and not rx.write(last_chunk(resp, up.trailers)):
            raise ClientGone(rx.gone)
        if rx.write_paused or rx.lost:
            await _drain_client(conn)
    except ConnectionError:
        # Only the client's side raises it here (ClientGone, or its drain).
        return await _client_left(conn, up, t, pump)
    except (PeerClosed, HttpError, TimeoutError) as exc:
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


async def _client_left(conn: ClientConnection, up: Upstream, t: Tracked,
                       pump: asyncio.Task[Exception | None] | None) -> bool:
    """End a response whose client connection ended before it was complete."""
    t.outcome.error = conn.rx.gone
    up.abort()
    conn.abort()
    await cancel_and_wait(pump)
    return False


async def _drain_client(conn: ClientConnection) -> None:
    """Wait until the client took the end of a response, `upstream_timeout` at most."""
    try:
        async with asyncio.timeout(conn.policy.settings.upstream_timeout):
            await conn.rx.drain()
    except TimeoutError:
        raise TimeoutError(CLIENT_STALLED) from None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return str(exc) or "upstream stalled in the middle of the body"
    return str(exc)
