"""One client connection to the egress listener: read request heads, say who is
asking, get the engine's decision, then forward, tunnel or refuse.

Every request becomes exactly one ledger record: through `engine.track` for requests
that reach a decision, through `engine.record` for those refused before one (malformed,
oversized, slow, unauthenticated, over the connection limit).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from secproxy.engine import Tracked
from secproxy.model import (
    Action,
    Finding,
    Outcome,
    Severity,
    Surface,
    Target,
    Verdict,
)
from secproxy.surfaces.egress.client import RequestReader
from secproxy.surfaces.egress.forward import forward
from secproxy.surfaces.egress.guarded import (
    accept_decodable,
    guard_view,
    hold_request,
    host_slot,
)
from secproxy.surfaces.egress.http1 import ClientGone, HttpError, PeerClosed, RequestHead
from secproxy.surfaces.egress.pool import Upstream
from secproxy.surfaces.egress.tunnel import connect_tunnel, websocket_tunnel
from secproxy.surfaces.egress.url import absolute_destination, connect_destination
from secproxy.surfaces.refusal import Refusal, refuse, refuse_verdict

if TYPE_CHECKING:
    from secproxy.surfaces.egress.service import EgressService

log = logging.getLogger("secproxy.egress")
def _random_ids() -> Iterator[str]:
    """Random request ids shaped like the engine's default (16 hex digits), drawn from
    the OS 4 KiB at a time: one `os.urandom` call per 512 requests instead of a
    `uuid4()` (and its system call) per request."""
    while True:
        pool = os.urandom(4096).hex()
        for i in range(0, len(pool), 16):
            yield pool[i : i + 16]


_request_ids = _random_ids()
_OVER_CAPACITY_WAIT = 1.0
"""Seconds a connection over `egress.max_connections` has to send its first request
(answered 503) before it is closed unanswered."""
_LINGER = 2.0
"""Seconds to keep reading (and dropping) an unread request body after refusing it, so
the client sees the answer instead of a connection reset."""


class ClientConnection:
    """A client connection and the requests on it, served one after the other."""

    __slots__ = ("service", "engine", "rx", "ip", "principal", "policy", "over_limit",
                 "over_capacity", "cut_off", "busy", "task", "on_abort")

    def __init__(self, service: EgressService, rx: RequestReader):
        self.service = service
        self.engine = service.engine
        self.rx = rx
        """The client connection's protocol: parsed requests in, answers out."""
        peer = rx.transport.get_extra_info("peername")
        self.ip: str = peer[0] if peer else "unknown"
        self.principal = service.principal_of(self.ip)
        """Who is asking before any credentials are read (frozen: shared by the
        connections from one address)."""
        self.policy = service.policy
        """The egress settings the current request is served with (one snapshot per
        request, however often the config is swapped meanwhile)."""
        self.over_limit = False
        self.over_capacity = False
        """Accepted past `egress.max_connections`: its first request is answered 503."""
        self.cut_off: str | None = None
        """Why the proxy ended the connection itself (`abort(reason)`), if it did."""
        self.busy = False
        """True while a request is being handled (not waiting for the next head)."""
        self.task: asyncio.Task[None] | None = None
        self.on_abort: Callable[[], None] | None = None
        """Also ends a tunnel whose sockets left the transports (`zerocopy`)."""

    def ended(self, _task: asyncio.Task[None]) -> None:
        """The done callback of the connection's task: the service forgets it (a bound
        method, not a closure over the connection: ~150 bytes less per connection)."""
        self.service.release(self)

    async def serve(self) -> None:
        """Serve requests until the client leaves, idles out, or a request ends the
        connection."""
        try:
            while True:
                self.policy = self.service.policy
                settings = self.policy.settings
                try:
                    head = self.rx.pop_head()  # pipelined: already parsed, no await
                    if head is None:
                        idle, header = settings.idle_timeout, settings.header_timeout
                        if self.over_capacity:  # answered, never served: no waiting long
                            idle = header = min(idle, header, _OVER_CAPACITY_WAIT)
                        head = await self.rx.next_head(idle, header)
                except HttpError as exc:
                    await self._refuse_unparsed(exc)
                    return
                if head is None:
                    return
                self.rx.start_body(settings.body_timeout)
                self.busy = True
                keep = await self._request(head)
                self.busy = False
                if not keep:
                    return
        except (ConnectionError, PeerClosed, TimeoutError):
            pass
        except Exception:
            log.exception("egress connection from %s failed", self.ip)
        finally:
            self.rx.close()

    def abort(self, reason: str | None = None) -> None:
        """End the connection now; `reason` is what the record of a request cut short
        says (the client's leaving, when none is given)."""
        if reason is not None and self.cut_off is None:
            self.cut_off = reason
        self.rx.abort(reason)
        if self.on_abort is not None:
            self.on_abort()

    # -- one request ------------------------------------------------------------------

    async def _request(self, head: RequestHead) -> bool:
        """Handle one request; True when the connection can carry another."""
        policy = self.policy
        connect = head.method == b"CONNECT"
        try:
            if connect:
                dest = None
                target = connect_destination(head.target)
            else:
                dest = absolute_destination(head.target, head.method)
                target = dest.target
        except HttpError as exc:
            await self._refuse(exc, head, Target())
            return not head.ends_connection
        action = Action(Surface.CONNECT if connect else Surface.EGRESS,
                        principal=self.principal, target=target,
                        metadata={"headers": head.header_dict()},
                        request_id=next(_request_ids))
        if head.upgrade and not connect and (head.has_body or not _is_websocket(head)):
            # Declined: the bytes after are this request's body and more requests. Only a
            # WebSocket handshake becomes a tunnel, and a handshake carries no body.
            self.rx.resume(self.rx.upgraded or b"", body_of=head)
            head.upgrade = False
        if self.over_capacity:
            await self._over_capacity(action)
            return False
        if self.over_limit:
            await self._too_many(action)
            return False
        held = None
        if policy.guard_requests and dest is not None:
            held = (guard_view(policy, head, dest, action) if not head.has_body
                    else await hold_request(self, head, dest, action))
            if held is None:
                return False  # answered and recorded: its body could not be guarded
        elif connect and policy.guard_tunnels:
            action.slots = [host_slot(head.target)]
            action.content = action.slots[0].text
        if policy.proxy_auth:
            credentials = head.get(b"proxy-authorization")
            action.credentials = credentials.decode("latin-1") if credentials else None
        async with self.engine.track(action) as t:
            try:
                if not t.verdict.permits:
                    return await self.deny(t, head)
                if connect:
                    return await connect_tunnel(self, head, t)
                assert dest is not None
                if held is not None:
                    head, dest = held.apply(t, head, dest)
                if head.upgrade:
                    return await websocket_tunnel(self, head, t, dest)
                if policy.guard_responses:
                    head = accept_decodable(head)
                return await forward(self, head, t, dest, held)
            except ConnectionError:
                # What reaches here is the client's side: an answer it did not take.
                t.outcome.error = t.outcome.error or self.rx.gone
                raise

    async def _too_many(self, action: Action) -> None:
        limit = self.policy.settings.max_connections_per_principal
        reason = f"more than {limit} open connections from {self.ip}"
        verdict = self.engine.settle(
            action, Finding("egress", "too_many_connections", reason, Severity.LOW))
        await self._answer(action, verdict, refuse("too_many_connections", reason,
                                                   request_id=action.request_id), True)

    async def _over_capacity(self, action: Action) -> None:
        limit = self.policy.max_connections
        reason = (f"the proxy is serving its maximum of {limit} connections "
                  f"(egress.max_connections); try again")
        verdict = self.engine.settle(
            action, Finding("egress", "connection_limit", reason, Severity.LOW))
        await self._answer(action, verdict, refuse("connection_limit", reason,
                                                   request_id=action.request_id), True)

    async def _answer(self, action: Action, verdict: Verdict, refusal: Refusal,
                      close: bool) -> None:
        """Answer a request the engine settled without a decision, and record it."""
        outcome = Outcome(status=refusal.status)
        try:
            await self.send(refusal.http1(close=close), close=close)
        finally:
            outcome.duration = 0.0
            await self.engine.record(action, verdict, outcome)

    async def deny(self, t: Tracked, head: RequestHead) -> bool:
        close = head.ends_connection
        refusal = refuse_verdict(t.verdict, t.action.request_id)
        t.outcome.status = refusal.status
        if refusal.status >= 500:  # not refused: the destination could not be reached (DNS)
            t.outcome.error = t.verdict.reason
        await self.send(refusal.http1(close=close), close=close)
        return not close

    async def _refuse(self, exc: HttpError, head: RequestHead | None, target: Target) -> None:
        """Answer a request the proxy cannot take (bad URL, bad head) and record it."""
        action = Action(Surface.EGRESS, principal=self.principal, target=target)
        if head is not None:
            action.metadata["headers"] = head.header_dict()
            action.metadata["request_target"] = head.target.decode("latin-1")[:2048]
            target.method = head.method.decode("ascii", "replace")
        close = head is None or head.ends_connection
        verdict = self.engine.settle(action, Finding("egress", exc.error, exc.message,
                                                     Severity.LOW))
        refusal = refuse(exc.error, exc.message, request_id=action.request_id)
        try:
            await self.send(refusal.http1(close=close), close=close)
        finally:
            await self.engine.record(action, verdict,
                                     Outcome(status=refusal.status, duration=0.0))

    async def _refuse_unparsed(self, exc: HttpError) -> None:
        await self._refuse(exc, None, Target())

    # -- helpers for forward and tunnel --------------------------------------------------

    async def send(self, data: bytes, *, close: bool = False) -> None:
        """Write a complete answer; with `close`, end the connection after it gently."""
        rx = self.rx
        if not rx.write(data):
            raise ClientGone(rx.gone)
        await rx.drain()
        if close:
            await rx.linger(_LINGER)

    def pooled_upstream(self, t: Tracked) -> Upstream | None:
        """An idle pooled connection to the action's destination, connected to one of
        the addresses the destination stage checked for this request; None when there
        is none."""
        target = t.action.target
        up = self.service.pool.take((target.host or "", target.port or 80))
        if up is not None:
            if target.addresses is not None and up.address in target.addresses:
                return up
            up.close()
        return None

    async def open_upstream(self, t: Tracked, head: RequestHead, *, pooled: bool,
                            raw: bool = False) -> Upstream | None:
        """A connection to one of the addresses the engine checked (its destination
        stage resolved the host and passed every address through SSRF protection), or
        None after answering the client (502 when none can be reached). A `raw`
        connection (CONNECT) keeps what the upstream sends as raw bytes from the start,
        for the tunnel."""
        target = t.action.target
        if pooled:
            up = self.pooled_upstream(t)
            if up is not None:
                return up
        addresses = target.addresses
        if not addresses:  # the engine always sets them on a permitted egress action
            await self.cannot_serve(t, head, "upstream_unreachable",
                                    "no checked address for the destination")
            return None
        key = (target.host or "", target.port or 80)
        try:
            return await self.service.pool.connect(key, addresses,
                                                   self.policy.settings.connect_timeout,
                                                   raw=raw, loop=self.rx.loop)
        except (OSError, TimeoutError) as exc:
            await self.cannot_serve(t, head, "upstream_unreachable", str(exc))
        return None

    async def cannot_serve(self, t: Tracked, head: RequestHead, error: str,
                           reason: str) -> None:
        """Answer an allowed request whose upstream could not be reached or answered, or
        that the proxy has no room for now (a cap, no descriptors left: 503 with
        `Retry-After: 1`), and say so in its record."""
        refusal = refuse(error, reason, request_id=t.action.request_id, rule=t.verdict.rule)
        t.outcome.status = refusal.status
        t.outcome.error = reason
        close = head.ends_connection
        await self.send(refusal.http1(close=close), close=close)


def _is_websocket(head: RequestHead) -> bool:
    value = head.get(b"upgrade")
    return value is not None and b"websocket" in value.lower()
