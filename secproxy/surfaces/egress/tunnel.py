"""Tunnels: CONNECT and WebSocket upgrades, relayed as raw bytes after the decision.

A CONNECT is decided on host and port alone (TLS stays end to end); a port outside
`egress.allowed_connect_ports` is refused (403) by the engine's destination stage. An
absolute-form `GET` with `Upgrade: websocket` is decided like any request, sent upstream
with its upgrade headers, and becomes a tunnel when the upstream answers 101. Nothing the
client sends after the upgrade head reaches the upstream before that 101: on any other
answer those bytes are parsed as the next requests, each decided and recorded on its
own. Both directions are relayed with backpressure; an end of stream on one side is
passed on as a half-close while the other direction keeps flowing. A tunnel silent both
ways for `egress.tunnel_idle_timeout` is closed. The record is written when the tunnel
closes, with bytes each way and the duration.

Every tunnel starts with a pair of small protocols that write what one side's transport
receives straight to the other's: a TLS handshake and a small exchange are a few
messages of a few hundred bytes, one read and one write each. On Linux, once a tunnel
has relayed `_COPY_FIRST` bytes, both sockets leave their transports for a
`zerocopy.SpliceRelay` (bytes socket to pipe to socket with splice(2), never copied
into the process: a third less proxy CPU per byte on bulk transfers). Setting that relay
up and taking it down (a duplicate of each socket, two 1 MiB pipes, their watchers) costs
more than a short tunnel would save; a tunnel that cannot get those descriptors goes on
copying.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from secproxy.engine import Tracked
from secproxy.model import Finding, Outcome, Severity
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
from secproxy.surfaces.egress.tls_hello import MORE, Broken, Hello, needed, read_hello
from secproxy.surfaces.egress.url import Destination

if TYPE_CHECKING:
    from secproxy.surfaces.egress.connection import ClientConnection

log = logging.getLogger("secproxy.egress")

_COPY_FIRST = 64 * 1024
"""Bytes a tunnel relays (both ways together) through its transports before it moves
to the splice relay. A new tunnel's TLS handshake and first exchange stay below it;
past it, a transfer is bulk and the splice relay's setup pays for itself."""
_TUNNEL_BUFFER = 1024 * 1024
"""Bytes a tunnel may queue towards a slow side before it stops reading the other:
fewer pause/resume cycles than the 64 KiB default, still bounded per tunnel."""
_IDLE_CHECKS = 4
"""Looks at a tunnel's byte counts per `egress.tunnel_idle_timeout` (`_IdleWatch`)."""
_ESTABLISHED = b"HTTP/1.1 200 Connection Established\r\nVia: " + VIA + b"\r\n\r\n"


async def connect_tunnel(conn: ClientConnection, head: RequestHead, t: Tracked) -> bool:
    """Open a CONNECT tunnel for an allowed request; the connection ends with it."""
    if not await _take_tunnel(conn, head, t):
        return False
    try:
        up = await conn.open_upstream(t, head, pooled=False, raw=True)
        if up is None:
            return False
        if not conn.rx.write(_ESTABLISHED):
            up.abort()
            t.outcome.error = conn.rx.gone
            return False
        t.outcome.status = 200
        settings = conn.policy.settings
        refused = await splice(conn, up, t.outcome, server_name=_named_host(conn, t),
                               hello_timeout=settings.header_timeout,
                               idle_timeout=settings.tunnel_idle_timeout)
        if refused is not None:
            kind, why = refused
            conn.engine.cut(t, Finding("egress", "tls_server_name", why,
                                       Severity.LOW if kind == "tls_hello_timeout"
                                       else Severity.HIGH, kind=kind))
        return False
    finally:
        conn.service.release_tunnel()


def _named_host(conn: ClientConnection, t: Tracked) -> str | None:
    """The CONNECT's host when its TLS server name is to be checked
    (`egress.tls_server_name: match`)."""
    host = t.action.target.host
    if not host or conn.policy.settings.tls_server_name != "match":
        return None
    return host


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


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
    if not conn.rx.write(response_head(resp, chunked=False, close=False, upgrade=True)):
        up.abort()
        t.outcome.error = conn.rx.gone
        return False
    t.outcome.status = 101
    up.queue.clear()
    await splice(conn, up, t.outcome, idle_timeout=conn.policy.settings.tunnel_idle_timeout)
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


async def splice(conn: ClientConnection, up: Upstream, outcome: Outcome, *,
                 server_name: str | None = None, hello_timeout: float = 0.0,
                 idle_timeout: float = 0.0) -> tuple[str, str] | None:
    """Relay raw bytes both ways until both directions have ended (or one side reset).

    The two transports are handed to a pair of small protocols that write what one side
    receives straight to the other and pause the reading side while the writing side's
    buffer is full: no task, no stream buffer, no copy in between. On Linux a tunnel
    that has relayed `_COPY_FIRST` bytes moves on to a `zerocopy.SpliceRelay`.

    With `server_name` (a CONNECT's host), the client's first bytes are held until its
    TLS ClientHello has said which server it asks for (`tls_hello`); another name, or
    a broken hello, cuts the tunnel before any of it goes upstream, and so does a hello
    not whole `hello_timeout` seconds after its first byte (a client sending it a byte
    at a time held the tunnel and its upstream connection for as long as it liked).
    A tunnel that relays no byte either way for `idle_timeout` seconds (0: no limit) is
    closed, and `outcome.error` says so (`_IdleWatch`).
    Returns the kind of finding and why it was cut (None when it was not)."""
    rx = conn.rx
    rx.stop()
    up.stop()
    rx.release()
    up.release()
    first_in = rx.take_raw()
    first_out = up.take_raw()
    client = rx.transport
    upstream = up.transport
    tunnel = _Tunnel(client, upstream, outcome, rx.loop)
    if server_name is not None:
        tunnel.gate = _ServerNameGate(server_name, address=_is_address(server_name),
                                      within=hello_timeout)
    relay: zerocopy.SpliceRelay | None = None

    def idle(why: str) -> None:
        if outcome.error is None:
            outcome.error = why
        (relay or tunnel).close()

    watch = _IdleWatch(outcome, idle_timeout, idle, rx.loop) if idle_timeout > 0 else None
    try:
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
        if zerocopy.AVAILABLE and not tunnel.ended:
            tunnel.splice_after = _COPY_FIRST
        for transport in (client, upstream):
            if not transport.is_closing():
                transport.set_write_buffer_limits(high=_TUNNEL_BUFFER)
                transport.resume_reading()
        while await tunnel.next():
            relay = _to_splice(tunnel)
            if relay is not None:
                conn.on_abort = relay.close
                try:
                    await relay.done
                finally:
                    relay.close()
                return None
    finally:
        if watch is not None:
            watch.stop()
        tunnel.close()
        if conn.cut_off is not None and outcome.error is None:
            outcome.error = conn.cut_off
    return tunnel.refused


class _IdleWatch:
    """Closes a tunnel that relayed no byte either way for `timeout` seconds. It looks
    at the byte counts either relay keeps (`Outcome.bytes_in`, `bytes_out`) every
    `_IDLE_CHECKS`th of the timeout, nothing added to the relaying itself: a tunnel is
    closed between `timeout` and a quarter more after its last byte."""

    __slots__ = ("outcome", "timeout", "cut", "loop", "seen", "since", "timer")

    def __init__(self, outcome: Outcome, timeout: float, cut: Callable[[str], None],
                 loop: asyncio.AbstractEventLoop):
        self.outcome = outcome
        self.timeout = timeout
        self.cut = cut
        """Closes the tunnel, saying why."""
        self.loop = loop
        self.seen = outcome.bytes_in + outcome.bytes_out
        self.since = loop.time()
        """When `seen` was first seen: no byte has gone either way since."""
        self.timer: asyncio.TimerHandle | None = loop.call_later(
            timeout / _IDLE_CHECKS, self._check)

    def _check(self) -> None:
        now = self.loop.time()
        total = self.outcome.bytes_in + self.outcome.bytes_out
        if total != self.seen:
            self.seen, self.since = total, now
        elif now - self.since >= self.timeout:
            self.timer = None
            self.cut(f"tunnel closed: no byte either way for {self.timeout:g}s "
                     f"(egress.tunnel_idle_timeout)")
            return
        self.timer = self.loop.call_later(self.timeout / _IDLE_CHECKS, self._check)

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None


def _to_splice(tunnel: _Tunnel) -> zerocopy.SpliceRelay | None:
    """Move a tunnel whose reading is paused and whose transports hold nothing to the
    splice relay; None when it stays with its transports (no descriptors for the relay:
    for good)."""
    try:
        fds = zerocopy.Descriptors(zerocopy.fileno(tunnel.client),
                                   zerocopy.fileno(tunnel.upstream))
    except OSError as exc:
        log.debug("tunnel stays with its transports: %s", exc)
        tunnel.keep_copying()
        return None
    tunnel.hand_over()
    relay = zerocopy.SpliceRelay(fds, tunnel.outcome)
    relay.start()
    return relay


class _Tunnel:
    """Both transports of one tunnel, the byte counts, and the end of it (or its move to
    the splice relay)."""

    def __init__(self, client: asyncio.Transport, upstream: asyncio.Transport,
                 outcome: Outcome, loop: asyncio.AbstractEventLoop):
        self.loop = loop
        self.client = client
        self.upstream = upstream
        self.outcome = outcome
        self.splice_after: int | None = None
        """Bytes relayed (both ways) after which the tunnel moves to the splice relay, at
        the first moment both transports have written everything they hold; None: it
        stays with its transports."""
        self.moving = False
        """Reading is paused on both sides, both write buffers empty: `splice` takes the
        sockets over."""
        self.handed_over = False
        """The sockets left the transports: closing these ends nothing."""
        self.finished = False
        self.high = _TUNNEL_BUFFER
        """The transports' write buffer high-water mark (0 while waiting to move)."""
        self._waiter: asyncio.Future[None] | None = None
        self.ended: set[bool] = set()
        """Directions (True = inbound, client to upstream) that saw an end of stream."""
        self.gate: _ServerNameGate | None = None
        """Holds the client's first bytes until its TLS hello names the CONNECT's host."""
        self.refused: tuple[str, str] | None = None
        """The kind of finding and why, when the gate cut the tunnel."""
        self._hello_timer: asyncio.TimerHandle | None = None
        """Runs while the gate holds part of a hello (`_ServerNameGate.within`)."""

    async def next(self) -> bool:
        """Wait until the tunnel ends (False) or is ready to move to the splice relay
        (True)."""
        while not (self.finished or self.moving):
            waiter = self._waiter = self.loop.create_future()
            try:
                await waiter
            finally:
                self._waiter = None
        return not self.finished

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _move(self) -> bool:
        """Start the move to the splice relay if the tunnel is past `splice_after` and
        neither transport holds unwritten bytes."""
        after = self.splice_after
        outcome = self.outcome
        if (after is None or self.moving or self.ended or self.gate is not None
                or outcome.bytes_in + outcome.bytes_out < after):
            return False
        if self.client.get_write_buffer_size() or self.upstream.get_write_buffer_size():
            # Until the move, a side reads only while its destination holds nothing (the
            # splice relay's own rule): `resume` is then called when it is empty, a
            # moment to move. Both directions keep flowing meanwhile, unlike pausing
            # both until both drain (which waits forever on a peer that reads only once
            # it has written all it has to send).
            self._hold(0)
            return False
        self.moving = True
        for transport in (self.client, self.upstream):
            if not transport.is_closing():
                transport.pause_reading()
        self._wake()
        return True

    def _hold(self, high: int) -> None:
        if self.high != high:
            self.high = high
            for transport in (self.client, self.upstream):
                if not transport.is_closing():
                    transport.set_write_buffer_limits(high=high)

    def keep_copying(self) -> None:
        """Relay through the transports to the end (the splice relay cannot be set up)."""
        self.splice_after = None
        self.moving = False
        self._hold(_TUNNEL_BUFFER)
        for transport in (self.client, self.upstream):
            if not transport.is_closing():
                transport.resume_reading()

    def hand_over(self) -> None:
        """Close both transports: their sockets live on as the splice relay's duplicates."""
        self.handed_over = True
        self.client.close()
        self.upstream.close()

    def forward(self, inbound: bool, data: bytes) -> None:
        if inbound and self.gate is not None:
            gate = self.gate
            passed = gate.take(data)
            if passed is None:
                if gate.refusal is not None:
                    self._cut(gate.refusal)
                elif self._hello_timer is None:
                    self._hello_timer = self.loop.call_later(gate.within, self._hello_late)
                return
            self.gate = None
            self._hello_done()
            data = passed
        dst = self.upstream if inbound else self.client
        if dst.is_closing():
            return  # on its way out (its connection_lost ends the tunnel); uvloop raises
        dst.write(data)
        if inbound:
            self.outcome.bytes_in += len(data)
        else:
            self.outcome.bytes_out += len(data)
        if self.splice_after is not None:
            self._move()

    def _cut(self, refusal: tuple[str, str]) -> None:
        """The gate refuses the tunnel: it ends now, nothing of the hello sent on."""
        self.refused = refusal
        self.outcome.error = refusal[1]
        self.close(abort=True)

    def _hello_late(self) -> None:
        self._hello_timer = None
        gate = self.gate
        if gate is not None and not self.finished:
            self._cut(("tls_hello_timeout", f"the tunnel's TLS ClientHello was not complete "
                       f"within {gate.within:g}s of its first byte (egress.header_timeout)"))

    def _hello_done(self) -> None:
        if self._hello_timer is not None:
            self._hello_timer.cancel()
            self._hello_timer = None

    def eof(self, inbound: bool) -> bool:
        """One side finished sending: half-close towards the other; done after both."""
        self.ended.add(inbound)
        self._hold(_TUNNEL_BUFFER)  # no move after an end of stream
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
        if self.handed_over:
            return
        if exc is not None and self.outcome.error is None:
            self.outcome.error = zerocopy.tunnel_error(inbound, exc)
        self.close(abort=exc is not None)

    def pause(self, inbound: bool) -> None:
        # `inbound` is the half whose transport cannot take more: stop the other side.
        source = self.upstream if inbound else self.client
        if not source.is_closing():
            source.pause_reading()

    def resume(self, inbound: bool) -> None:
        if self.moving or (self.splice_after is not None and self._move()):
            return
        source = self.upstream if inbound else self.client
        if not source.is_closing():
            source.resume_reading()

    def close(self, *, abort: bool = False) -> None:
        self._hello_done()
        if not self.handed_over:
            for transport in (self.client, self.upstream):
                if abort:
                    transport.abort()
                elif not transport.is_closing():
                    transport.close()
        self.finished = True
        self._wake()


class _ServerNameGate:
    """The client's first bytes of a CONNECT tunnel, held until its TLS ClientHello
    says which server it asks for."""

    __slots__ = ("address", "held", "host", "need", "refusal", "within")

    def __init__(self, host: str, *, address: bool, within: float):
        self.host = host.lower().rstrip(".")
        self.address = address
        """The CONNECT named an address: any server name is another host than it."""
        self.within = within
        """Seconds the hello has once its first byte came (`egress.header_timeout`)."""
        self.held = b""
        self.need = 1
        """Bytes held before the hello is read again (`tls_hello.needed`)."""
        self.refusal: tuple[str, str] | None = None
        """(kind, why) once refused."""

    def take(self, data: bytes) -> bytes | None:
        """What may go upstream now (all held so far); None while held or refused."""
        held = self.held + data if self.held else data
        if len(held) < self.need:
            self.held = held
            return None
        got = read_hello(held)
        if got is MORE:
            self.held = held
            self.need = needed(held)
            return None
        self.held = b""
        if isinstance(got, Broken):
            self.refusal = ("tls_hello_malformed",
                            f"the tunnel's TLS ClientHello is malformed: {got.why}")
        elif isinstance(got, Hello) and got.encrypted:
            self.refusal = ("tls_server_name_hidden",
                            "the tunnel's TLS ClientHello hides its server name (Encrypted "
                            "Client Hello): it cannot be checked against the CONNECT host "
                            "(egress.tls_server_name)")
        elif isinstance(got, Hello) and got.name is not None and (
                self.address or got.name != self.host):
            self.refusal = ("tls_server_name_mismatch",
                            f"the tunnel's TLS server name {got.name!r} is not its CONNECT "
                            f"host {self.host!r} (egress.tls_server_name)")
        return None if self.refusal is not None else held


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
