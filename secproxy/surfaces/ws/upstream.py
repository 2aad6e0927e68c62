"""The gateway side: where to connect, how, and reconnection with exponential backoff.

`UpstreamTarget` resolves `ws.upstream` (plus the client's request path) into a URI and,
for Unix sockets, a socket path. `open_upstream` performs one handshake with the
client's subprotocols and forwarded headers (and the gateway-lock token). An
`UpstreamLink` is the current gateway connection of one client connection: the relay
reconnects it after a drop while client frames wait for it (`current`).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.datastructures import Headers
from websockets.exceptions import InvalidHandshake, InvalidStatus
from websockets.typing import Subprotocol

from secproxy.config.ws import WsSettings
from secproxy.surfaces.ws.wire import TappedClientConnection
from secproxy.surfaces.ws.wirelog import CLIENT_LOG


class UpstreamGone(Exception):
    """The gateway connection is lost for good (retries exhausted, or closed by it)."""


@dataclass(frozen=True, slots=True)
class UpstreamTarget:
    """One resolved gateway address."""

    uri: str
    """URI for the handshake (`ws://host:port/path?query`)."""
    unix_path: str | None
    """Unix socket to connect through, when the gateway listens on one."""
    scheme: str
    host: str | None
    port: int | None
    path: str


def resolve_upstream(settings: WsSettings, request_path: str = "/") -> UpstreamTarget:
    """The gateway URI for a client that asked for `request_path` (path and query)."""
    upstream = settings.upstream or ""
    unix_path = str(settings.lock.socket_path) if settings.lock.socket_path else None
    if upstream.startswith("unix:"):
        unix_path = upstream[len("unix:"):]
        base = "ws://localhost"
    else:
        base = upstream
    parts = urlsplit(base)
    base_path = parts.path.rstrip("/")
    req_path, _, req_query = request_path.partition("?")
    if req_path in ("", "/"):
        path = parts.path or "/"
    else:
        path = base_path + req_path
    query = req_query or parts.query
    uri = f"{parts.scheme}://{parts.netloc}{path}" + (f"?{query}" if query else "")
    host = None if unix_path else (parts.hostname or None)
    port = None if unix_path else (parts.port or (443 if parts.scheme == "wss" else 80))
    return UpstreamTarget(uri, unix_path, "unix" if unix_path else parts.scheme, host, port, path)


class _Connect(connect):
    """websockets' `connect` that never follows a redirect: the relay talks to the
    gateway it is configured with, and a gateway answering 3xx must not be able to send
    it (with the lock token and the client's forwarded headers) somewhere else."""

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc


def describe_error(exc: BaseException) -> str:
    """A short human account of a failed gateway connection."""
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        location = exc.response.headers.get("Location")
        if 300 <= status < 400 and location:
            return (f"gateway redirected (HTTP {status}) to {location[:200]}; gateway "
                    "redirects are not followed: point ws.upstream at the final address")
        return f"gateway answered HTTP {status}"
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, FileNotFoundError):
        return f"no socket at {exc.filename}" if exc.filename else "socket not found"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    if isinstance(exc, InvalidHandshake):
        return f"handshake failed: {exc}"
    return str(exc) or type(exc).__name__


async def open_upstream(
    target: UpstreamTarget,
    settings: WsSettings,
    *,
    subprotocols: Sequence[str] | None = None,
    headers: Headers | None = None,
    origin: str | None = None,
    user_agent: str | None = None,
    tapped: bool = False,
) -> ClientConnection:
    """One handshake with the gateway (raises OSError, InvalidHandshake, TimeoutError).

    `tapped`: a `TappedClientConnection`, whose messages the relay takes by callback."""
    kwargs: dict[str, Any] = dict(
        subprotocols=[Subprotocol(s) for s in subprotocols] if subprotocols else None,
        additional_headers=headers,
        origin=origin,
        user_agent_header=user_agent,
        compression="deflate" if settings.compression else None,
        open_timeout=settings.open_timeout,
        ping_interval=settings.ping_interval,
        ping_timeout=settings.ping_timeout,
        close_timeout=settings.close_timeout,
        max_size=settings.max_frame_bytes,
        max_queue=settings.queue_frames,
        write_limit=settings.write_limit,
        proxy=None,  # never route the gateway link through $HTTP_PROXY (maybe secproxy itself)
        create_connection=TappedClientConnection if tapped else None,
        logger=CLIENT_LOG,
    )
    if target.unix_path is not None:
        return await _Connect(target.uri, unix=True, path=target.unix_path, **kwargs)
    return await _Connect(target.uri, **kwargs)


def retry_delay(attempt: int, settings: WsSettings, rand: Callable[[], float] = random.random
                ) -> float:
    """Seconds to wait before reconnection attempt `attempt` (0-based): exponential,
    capped, spread by ±`retry_jitter`."""
    base = settings.retry_delay_ms / 1000.0
    cap = settings.max_retry_delay_ms / 1000.0
    delay = min(cap, base * (2 ** min(attempt, 30)))
    if settings.retry_jitter:
        delay *= 1.0 + settings.retry_jitter * (2.0 * rand() - 1.0)
    return max(0.0, min(delay, cap) if cap else delay)


class UpstreamLink:
    """The current gateway connection of one client connection."""

    def __init__(self, ws: TappedClientConnection,
                 opener: Callable[[], Awaitable[TappedClientConnection]], settings: WsSettings):
        self.ws: TappedClientConnection | None = ws
        """None while reconnecting."""
        self.failure: str | None = None
        """Why the link is gone for good."""
        self.reconnects = 0
        self._opener = opener
        self._settings = settings
        self._changed = asyncio.Event()

    def _notify(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def current(self, stale: TappedClientConnection | None = None
                      ) -> TappedClientConnection:
        """The live connection (not `stale`), waiting while it reconnects."""
        while self.failure is None and (self.ws is None or self.ws is stale):
            await self._changed.wait()
        if self.failure is not None:
            raise UpstreamGone(self.failure)
        assert self.ws is not None
        return self.ws

    def fail(self, reason: str) -> None:
        """Mark the link gone for good and wake every waiter."""
        if self.failure is None:
            self.failure = reason
        self.ws = None
        self._notify()

    async def reconnect(self, why: str) -> TappedClientConnection | None:
        """Reconnect with backoff; None (and `failure` set) when retries are exhausted."""
        self.ws = None
        self._notify()
        settings = self._settings
        last = why
        for attempt in range(settings.max_retries):
            await asyncio.sleep(retry_delay(attempt, settings))
            try:
                ws = await self._opener()
            except Exception as exc:  # also InvalidURI (a redirect elsewhere), ValueError…
                last = describe_error(exc)
                continue
            self.ws = ws
            self.reconnects += 1
            self._notify()
            return ws
        self.fail(f"gateway unavailable after {settings.max_retries} reconnection attempts "
                  f"({last})")
        return None

    async def close(self, code: int, reason: str) -> None:
        """Close the gateway side (idempotent); waiters see the link as gone."""
        ws = self.ws
        self.fail("closed")
        if ws is not None:
            await ws.close(code, reason)
