"""The egress listener (`EgressService`): accepts client connections, counts them (in
all, per client address, and the tunnels among them), holds the upstream pool (swept
while idle: and once a burst of traffic has ended, malloc's free heap goes back to the
system), and shuts down in order. Names are resolved by the engine's destination stage.

At start the open-file limit is raised as far as it goes (`capacity`). A connection
over `egress.max_connections` gets 503 with `Retry-After: 1` on its first request (read
within a second; a connection that sends none is closed unanswered), a tunnel over
`egress.max_tunnels` the same before any upstream connection; both are recorded, and a
warning is logged at most every `_WARN_EVERY` seconds while a cap is being hit.
Connections over `egress.max_connections_per_principal` (counted per client address at
accept time, before any credentials are read) get 429 with `Retry-After: 1` on their
first request. On stop the listener closes, idle connections close at once, requests
in flight get a short grace period to finish and write their ledger records, and
whatever is still open then (long tunnels) is aborted, which also ends in a record.
"""

from __future__ import annotations

import asyncio
import logging
import time

from secproxy.aio import cancel_and_wait, spawn
from secproxy.config import Config
from secproxy.config.types import Listener
from secproxy.engine import Engine
from secproxy.errors import ListenError
from secproxy.heap import release_free_heap
from secproxy.model import Principal
from secproxy.net.dns import Resolver
from secproxy.surfaces.base import Service, bound_address
from secproxy.surfaces.egress.capacity import raise_open_file_limit
from secproxy.surfaces.egress.client import RequestReader
from secproxy.surfaces.egress.connection import ClientConnection
from secproxy.surfaces.egress.http1 import STOPPING
from secproxy.surfaces.egress.policy import EgressPolicy
from secproxy.surfaces.egress.pool import UpstreamPool

log = logging.getLogger("secproxy.egress")
_GRACE = 1.0
"""Seconds in-flight requests get to finish on stop before they are aborted."""
_WARN_EVERY = 10.0
"""Seconds between two warnings that a cap refused connections or tunnels."""
_PRINCIPALS = 4096
"""Client addresses whose principal is kept (then the memo starts over)."""


class EgressService(Service):
    """HTTP forward proxy and CONNECT tunnels on the `egress` listener."""

    name = "egress"

    def __init__(self, engine: Engine, config: Config, listener: Listener):
        super().__init__(engine, config, listener)
        self.pool = UpstreamPool()
        self._server: asyncio.Server | None = None
        self._connections: set[ClientConnection] = set()
        self._per_ip: dict[str, int] = {}
        self._admitted = 0
        """Connections under `max_connections` (the ones over it are only answered)."""
        self.tunnels = 0
        """Tunnels open or being set up (counted against `max_tunnels`)."""
        self._warned: dict[str, float] = {}
        self._address = listener.address
        self._policy_of = engine.config
        self._policy = EgressPolicy(self._policy_of, engine.guards)
        self._sweeper: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._principals: dict[str, Principal] = {}
        """The (frozen) principal of each client address seen lately: one per address,
        not one built per connection."""

    @property
    def policy(self) -> EgressPolicy:
        """The egress settings of the engine's current config, compiled."""
        config = self.engine.config
        if config is not self._policy_of:
            self._policy = EgressPolicy(config, self.engine.guards)
            self._policy_of = config
        return self._policy

    @property
    def address(self) -> str:
        return self._address

    @property
    def open_connections(self) -> int:
        return len(self._connections)

    @property
    def open_tunnels(self) -> int:
        return self.tunnels

    @property
    def resolver(self) -> Resolver:
        """The engine's resolver, which the destination stage looks hosts up with."""
        return self.engine.resolver

    async def start(self) -> None:
        host, port = self.listener.host, self.listener.port
        raise_open_file_limit()
        # The caps derive from the raised limit.
        self._policy = EgressPolicy(self._policy_of, self.engine.guards)
        try:
            loop = self._loop = asyncio.get_running_loop()
            self._server = await loop.create_server(self._protocol, host, port, backlog=2048)
        except OSError as exc:
            raise ListenError(
                f"egress cannot listen on {self.listener.address}: {exc.strerror or exc}",
                hint="pick another port with listeners.egress.port or --listen egress=HOST:PORT",
            ) from None
        self._address = bound_address(self._server.sockets[0].getsockname())
        self._sweeper = spawn(self._sweep(), name="egress-pool-sweeper")
        log.debug("egress listening on %s", self._address)

    def _protocol(self) -> RequestReader:
        settings = self.policy.settings
        return RequestReader(self._accepted, max_request_line=settings.max_request_line,
                             max_header_bytes=settings.max_header_bytes,
                             max_headers=settings.max_headers, loop=self._loop)

    def principal_of(self, ip: str) -> Principal:
        """Who is asking from `ip`, before any credentials are read."""
        principal = self._principals.get(ip)
        if principal is None:
            if len(self._principals) >= _PRINCIPALS:
                self._principals.clear()
            principal = self._principals[ip] = Principal(ip=ip)
        return principal

    def _accepted(self, rx: RequestReader) -> None:
        # Counted and registered here, not when its task first runs: stop() must see
        # every connection, and one accepted after stop() began is closed unserved.
        if self._server is None:
            rx.abort()
            return
        conn = ClientConnection(self, rx)
        policy = self.policy
        if self._admitted >= policy.max_connections:
            conn.over_capacity = True
            self.warn_capacity("connections", f"max_connections ({policy.max_connections})")
        else:
            self._admitted += 1
        ip = conn.ip
        count = self._per_ip.get(ip, 0) + 1
        self._per_ip[ip] = count
        conn.over_limit = count > policy.settings.max_connections_per_principal
        self._connections.add(conn)
        conn.task = spawn(conn.serve(), name="egress-client")
        conn.task.add_done_callback(conn.ended)

    def release(self, conn: ClientConnection) -> None:
        """Forget a connection whose task has ended (`ClientConnection.ended`)."""
        self._connections.discard(conn)
        if not conn.over_capacity:
            self._admitted -= 1
        left = self._per_ip.get(conn.ip, 1) - 1
        if left > 0:
            self._per_ip[conn.ip] = left
        else:
            self._per_ip.pop(conn.ip, None)

    def take_tunnel(self) -> bool:
        """Count a tunnel about to be set up; False (counting nothing) at the cap."""
        cap = self.policy.max_tunnels
        if self.tunnels >= cap:
            self.warn_capacity("tunnels", f"max_tunnels ({cap})")
            return False
        self.tunnels += 1
        return True

    def release_tunnel(self) -> None:
        self.tunnels -= 1

    def warn_capacity(self, what: str, cap: str) -> None:
        """Log that a cap refused something, at most every `_WARN_EVERY` seconds."""
        now = time.monotonic()
        if now - self._warned.get(what, -_WARN_EVERY) >= _WARN_EVERY:
            self._warned[what] = now
            log.warning("egress: refusing %s with 503: egress.%s reached", what, cap)

    async def _sweep(self) -> None:
        """Close idle pooled connections past `pool_idle_timeout`; once a burst of
        traffic has ended (no connection opened or reused for a whole sweep period, none
        busy), give malloc's free heap back to the system (`release_free_heap`)."""
        seen = trimmed = 0
        while True:
            max_age = self.policy.settings.pool_idle_timeout
            await asyncio.sleep(max(0.5, min(max_age / 2, 15.0)))
            self.pool.sweep(max_age)
            pool = self.pool
            used = pool.connects + pool.reuses
            if (used == seen and used != trimmed
                    and not any(conn.busy for conn in self._connections)):
                trimmed = used
                release_free_heap()
            seen = used

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        # Stop accepting first and let accepts already under way make their transports:
        # one that does so after close() fails inside asyncio (3.11) and its socket is
        # left open with nobody serving it. Those transports reach `_accepted`, which
        # closes them now that `_server` is None.
        loop = asyncio.get_running_loop()
        for sock in server.sockets:
            loop.remove_reader(sock.fileno())
        await asyncio.sleep(0)
        server.close()
        for conn in list(self._connections):
            if not conn.busy:
                conn.abort()
        tasks = [c.task for c in list(self._connections) if c.task is not None]
        if tasks:
            await asyncio.wait(tasks, timeout=_GRACE)
        for conn in list(self._connections):
            conn.abort(STOPPING)
        live = [t for t in tasks if not t.done()]
        if live:
            _, pending = await asyncio.wait(live, timeout=5.0)
            await cancel_and_wait(*pending)
        await cancel_and_wait(self._sweeper)
        self.pool.close_all()
        await server.wait_closed()
