"""The WebSocket relay service: agent clients on one side, the agent gateway on the other.

Each client connection gets its own gateway connection, opened during the client's
handshake so the gateway's subprotocol choice (and selected headers, `ws.forward_headers`)
pass through. The connection itself is an action (method `CONNECT`, decided before the
gateway is contacted: a refused one is answered with the JSON refusal of
`secproxy.surfaces.refusal`, e.g. 403 for a blocked principal) whose ledger record
is written when it ends, with the close code and byte counts; every frame is an action
of its own (see `interceptor`).

Sessions: each client connection is a session (`ws-<random>`), unless the client names
one in the `ws.session_header` handshake header; taint and risk accumulate per session.

If the gateway cannot be reached at connect time the handshake completes and the client
is closed at once with 1011 and the reason; if it refuses the handshake with an HTTP 4xx
status, the client gets that status (in a JSON refusal). Keepalive pings run on each hop
separately.

Listener settings (upstream, adapter, limits, timeouts, lock) are read when the service
starts; per-frame policy (`on_malformed`, `untrusted_tools`, taint levels, and the rules
and redaction patterns the engine applies) follows config reloads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.headers import parse_subprotocol
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from secproxy.aio import spawn
from secproxy.config import Config
from secproxy.config.types import CappedListener
from secproxy.engine import Engine
from secproxy.errors import ListenError, SecproxyError
from secproxy.model import Action, Direction, Outcome, Principal, Surface, Target, mask_secret
from secproxy.protocols.jsonrpc import Conversations
from secproxy.surfaces.base import Service, bound_address
from secproxy.surfaces.hot import HEAD_408, ConnectionGate, peer_address, send_refusal
from secproxy.surfaces.refusal import refuse, refuse_verdict
from secproxy.surfaces.ws.connection import Handshake, RelayConnection
from secproxy.surfaces.ws.interceptor import ConnectionInfo, Interceptor, make_adapter
from secproxy.surfaces.ws.lock import GatewayLockError, LockReport, check_lock, lock_headers
from secproxy.surfaces.ws.upstream import describe_error, open_upstream, resolve_upstream
from secproxy.surfaces.ws.wire import TappedClientConnection, TappedServerConnection
from secproxy.surfaces.ws.wirelog import SERVER_LOG

log = logging.getLogger("secproxy.ws")

_NEVER_FORWARD = frozenset({
    "host", "connection", "upgrade", "content-length", "transfer-encoding", "keep-alive",
    "sec-websocket-key", "sec-websocket-accept", "sec-websocket-version",
    "sec-websocket-protocol", "sec-websocket-extensions", "proxy-authorization",
})


class _ClientSide(TappedServerConnection):
    """A client connection that knows its prepared gateway link, so a client leaving in
    the middle of its handshake does not leave the gateway connection open; counted by
    its service's gate (each service has its own subclass, `relay_gate` set)."""

    relay_gate: ClassVar[ConnectionGate[_ClientSide]]
    relay_within: ClassVar[float]
    """Seconds a handshake has (websockets' `open_timeout`: twice `ws.open_timeout`)."""
    relay_handshake: Handshake | None = None
    relay_service: WsService | None = None
    relay_lost = False
    relay_refused = False
    """Past a bound of the gate: answered 503 or 429, nothing of it read."""
    relay_heard = False
    """Something came (a connection that sent nothing is closed unrecorded, as the
    other listeners' idle ones are)."""
    remote: str | None = None
    """The client's address."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self.remote = peer_address(transport.get_extra_info("peername"))
        refusal = self.relay_gate.enter(self)
        if refusal is None:
            return
        # Answered before its handshake is read: no gateway connection is opened for it.
        self.relay_refused = True
        send_refusal(transport, refusal, self.loop)

    def data_received(self, data: bytes) -> None:
        if not self.relay_refused:
            self.relay_heard = True
            super().data_received(data)

    async def handshake(self, *args: Any, **kwargs: Any) -> None:
        try:
            await super().handshake(*args, **kwargs)
        except asyncio.CancelledError:
            if self.request is None and self.relay_heard and not self.relay_lost \
                    and not self.transport.is_closing():
                # websockets' open_timeout ran out on a request head still coming (it
                # then closes the connection without a word): answered and recorded as
                # the other listeners' fronts answer and record a head too slow
                self.transport.write(HEAD_408)
                self.relay_gate.timed_out(
                    self.remote, "header_timeout",
                    f"request head not complete within {self.relay_within:g}s", None)
            raise

    def eof_received(self) -> None:
        if not self.relay_refused:  # (a refused one's transport closes: None)
            super().eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self.relay_lost = True
        self.relay_gate.leave(self)
        # websockets' serve() gives the protocol a closure over this connection as its
        # select_subprotocol (connection, protocol, method, function, cell, connection):
        # a cycle left to the garbage collector by every connection, unless undone here.
        self.protocol.__dict__.pop("select_subprotocol", None)
        hs = self.relay_handshake
        if hs is not None and not hs.taken and self.relay_service is not None:
            hs.taken = True
            spawn(self.relay_service.abandon_handshake(hs), name=f"ws-abandon-{hs.info.id}")


class WsService(Service):
    """The `ws` listener: a policy-enforcing WebSocket relay to `ws.upstream`."""

    name = "ws"

    def __init__(self, engine: Engine, config: Config, listener: CappedListener, *,
                 mcp: Conversations | None = None):
        super().__init__(engine, config, listener)
        self._gate: ConnectionGate[_ClientSide] = ConnectionGate(self.name, listener, engine,
                                                                 Surface.WS)
        """Its client connections, bounded (from their accept, before any handshake)."""
        self._client_side = type("_ClientSide", (_ClientSide,), {
            "relay_gate": self._gate, "relay_within": 2 * config.ws.open_timeout})
        self.mcp = mcp
        """The MCP surface's conversations, for a gateway that is an MCP server."""
        self.settings = config.ws
        self.adapter = make_adapter(config.ws)
        self.lock_report: LockReport | None = None
        self._server: Server | None = None
        self._bound = listener.address
        settings = config.ws
        self._forward = [h for h in settings.forward_headers
                         if h.lower() not in _NEVER_FORWARD
                         and h.lower() != settings.lock.header.lower()]
        self._forward_lower = frozenset(h.lower() for h in self._forward)

    # -- lifecycle ----------------------------------------------------------------

    async def start(self) -> None:
        settings = self.settings
        if not settings.upstream:
            raise SecproxyError("the ws relay needs a gateway: ws.upstream is not set",
                                hint="set ws.upstream, e.g. ws://127.0.0.1:18789")
        await self._verify_lock()
        try:
            self._server = await serve(
                self._handle, self.listener.host, self.listener.port,
                process_request=self._process_request,
                process_response=self._process_response,
                select_subprotocol=self._select_subprotocol,
                compression="deflate" if settings.compression else None,
                open_timeout=2 * settings.open_timeout,
                ping_interval=settings.ping_interval,
                ping_timeout=settings.ping_timeout,
                close_timeout=settings.close_timeout,
                max_size=settings.max_frame_bytes,
                max_queue=settings.queue_frames,
                write_limit=settings.write_limit,
                server_header=None,
                create_connection=self._client_side,
                logger=SERVER_LOG,
            )
        except OSError as exc:
            raise ListenError(
                f"ws relay cannot listen on {self.listener.address}: {exc.strerror or exc}",
                hint="pick another port with listeners.ws.port or stop what holds it",
            ) from None
        self._bound = bound_address(self._server.sockets[0].getsockname())
        log.info("ws relay on %s → %s (adapter %s)", self._bound, settings.upstream,
                 self.adapter.name)

    async def _verify_lock(self) -> None:
        lock = self.settings.lock
        if lock.strategy == "none":
            return
        report = self.lock_report = await check_lock(self.config)
        if report.ok:
            log.info("%s", report.summary())
        elif lock.enforce:
            raise GatewayLockError(report.summary(),
                                   hint="fix the gateway setup, or set ws.lock.enforce: false "
                                        "to start with a warning only")
        else:
            log.warning("%s (ws.lock.enforce is false: starting anyway)", report.summary())

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        await server.wait_closed()
        await self._gate.recorded()

    @property
    def address(self) -> str:
        return self._bound

    @property
    def open_connections(self) -> int:
        return self._gate.open

    @property
    def refused_connections(self) -> Mapping[str, int]:
        return self._gate.refused

    # -- handshake ----------------------------------------------------------------

    def _identity(self, conn: ServerConnection, request: Request) -> tuple[Principal, str]:
        settings = self.settings
        headers = request.headers
        remote = conn.remote_address
        ip = str(remote[0]) if isinstance(remote, tuple) and remote else None
        agent = headers.get(settings.agent_header) if settings.agent_header else None
        session = headers.get(settings.session_header) if settings.session_header else None
        return Principal(ip=ip, agent=agent or None), session or f"ws-{secrets.token_hex(6)}"

    def _upstream_headers(self, request: Request) -> Headers:
        out = Headers()
        for name in self._forward:
            low = name.lower()
            if low in ("origin", "user-agent"):
                continue
            for value in request.headers.get_all(name):
                out[name] = value
        for name, value in lock_headers(self.settings).items():
            out[name] = value
        return out

    async def _process_request(self, conn: ServerConnection, request: Request
                               ) -> Response | None:
        settings = self.settings
        principal, session = self._identity(conn, request)
        target = resolve_upstream(settings, request.path)
        offered = [p for value in request.headers.get_all("Sec-WebSocket-Protocol")
                   for p in parse_subprotocol(value)]
        conn_id = secrets.token_hex(8)  # 64 bits: frame request ids never collide
        info = ConnectionInfo(conn_id, principal, session, target.host, target.port,
                              target.scheme, target.path)
        # The query string and long subprotocols can carry credentials: not in the ledger.
        metadata: dict[str, Any] = {"connection": conn_id,
                                    "client_path": request.path.partition("?")[0]}
        if offered:
            metadata["subprotocols"] = [p if len(p) <= 32 else mask_secret(p) for p in offered]
        action = Action(Surface.WS, Direction.REQUEST, principal,
                        Target(target.host, target.port, target.scheme, target.path,
                               method="CONNECT"),
                        session, metadata=metadata)
        action.headers = request.headers  # for limits kept per header; never recorded
        verdict = await self.engine.decide(action, audit=False)
        if not verdict.permits:
            refusal = refuse_verdict(verdict, action.request_id)
            await self.engine.record(action, verdict,
                                     Outcome(status=refusal.status, duration=0.0))
            return refusal.handshake()
        await self.engine.intent(action, verdict)  # strict durability: before the gateway
        forward = self._forward_lower
        headers = self._upstream_headers(request)
        origin = request.headers.get("Origin") if "origin" in forward else None
        agent = request.headers.get("User-Agent") if "user-agent" in forward else None

        async def opener(protocols: Sequence[str] | None = None) -> TappedClientConnection:
            ws = await open_upstream(target, settings, subprotocols=protocols, headers=headers,
                                     origin=origin, user_agent=agent, tapped=True)
            assert isinstance(ws, TappedClientConnection)
            return ws

        hs = Handshake(info, action, verdict, opener)
        try:
            hs.upstream = await opener(offered or None)
        except InvalidStatus as exc:
            status = exc.response.status_code
            if 400 <= status < 500:
                await self.engine.record(action, verdict, Outcome(
                    status=status, error=f"gateway refused the handshake ({status})",
                    duration=0.0))
                return refuse("gateway_refused",
                              f"the gateway refused the connection (HTTP {status})",
                              request_id=action.request_id, status=status).handshake()
            hs.error = f"gateway unavailable: {describe_error(exc)}"
        except Exception as exc:  # refused, timed out, bad URI: the client gets a 1011
            hs.error = f"gateway unavailable: {describe_error(exc)}"
        if hs.upstream is not None and hs.upstream.subprotocol:
            chosen = [hs.upstream.subprotocol]

            async def reopener() -> TappedClientConnection:
                return await opener(chosen)

            hs.opener = reopener
        if isinstance(conn, _ClientSide):
            if conn.relay_lost:  # the client left while the gateway was being reached
                hs.taken = True
                await self.abandon_handshake(hs)
                return refuse("client_gone", "client went away",
                              request_id=action.request_id).handshake()
            conn.relay_handshake = hs
            conn.relay_service = self
            conn.tap.max_early = settings.queue_frames
        return None

    def _select_subprotocol(self, conn: ServerConnection, offered: Any
                            ) -> Subprotocol | None:
        hs = conn.relay_handshake if isinstance(conn, _ClientSide) else None
        if hs is None:
            return None
        if hs.upstream is not None:
            return hs.upstream.subprotocol
        # The gateway is down: finish the handshake anyway so the client gets a close
        # frame with the reason instead of an opaque HTTP error.
        return offered[0] if offered else None

    def _process_response(self, conn: ServerConnection, request: Request, response: Response
                          ) -> Response | None:
        hs = conn.relay_handshake if isinstance(conn, _ClientSide) else None
        upstream = hs.upstream if hs is not None else None
        if upstream is not None and upstream.response is not None:
            for name in self._forward:
                for value in upstream.response.headers.get_all(name):
                    response.headers[name] = value
        return None

    # -- connections --------------------------------------------------------------

    async def _handle(self, client: ServerConnection) -> None:
        hs = client.relay_handshake if isinstance(client, _ClientSide) else None
        if hs is None or hs.taken or not isinstance(client, _ClientSide):
            await client.close(1011, "secproxy: handshake state lost")
            return
        hs.taken = True
        interceptor = Interceptor(self.engine, self.adapter, hs.info, self.mcp)
        relay = RelayConnection(self.engine, self.settings, client, hs, interceptor)
        await relay.run()

    async def abandon_handshake(self, hs: Handshake) -> None:
        """The client left before its handshake completed: close the gateway side."""
        if hs.upstream is not None:
            with contextlib.suppress(ConnectionClosed, OSError):
                await hs.upstream.close(1001, "client went away during the handshake")
        await self.engine.record(hs.action, hs.verdict, Outcome(
            error="client left during the handshake", duration=0.0))
