"""What every surface listener looks like to the runtime.

A surface translates a wire format into `Action`s and verdicts back into bytes; it holds
no policy. The runtime starts each enabled service, prints its address, and stops them
on shutdown (stop accepting, finish or close connections, let in-flight ledger records
be written).
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from aiohttp import web
from multidict import CIMultiDictProxy

from secproxy.config import Config
from secproxy.config.types import BODY_RATE, Listener, body_due
from secproxy.engine import Engine
from secproxy.errors import unreadable


def bound_address(sockname: tuple[Any, ...]) -> str:
    """`host:port` of a bound socket (`[v6]:port` for IPv6), the real port when 0 was asked."""
    host, port = sockname[0], sockname[1]
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def abandon(request: web.BaseRequest) -> None:
    """A request whose body aiohttp could not read (its `web.RequestPayloadError`: gzip
    over bytes that are no gzip, a broken chunk): nothing more is read of the body, and
    the connection closes once the request is answered. Left as it is, aiohttp drains
    the rest after the answer and logs the error again with a traceback, and keeps a
    connection whose parser has lost its place."""
    request.content.feed_eof()
    request.protocol.close()


class BodyTimeout(web.RequestPayloadError):
    """A request body that did not come whole within its listener's `body_timeout`."""


async def within_body_timeout(request: web.BaseRequest,
                              handler: Callable[[Any], Awaitable[web.StreamResponse]],
                              seconds: float) -> web.StreamResponse:
    """`handler(request)`, the request's body given `seconds` to come whole: past them, a
    read of it raises `BodyTimeout`, which the handlers answer (408) as a body aiohttp
    could not read. aiohttp itself waits for a body as long as bytes keep coming."""
    content = request.content
    if content.is_eof():
        return await handler(request)
    clock = _BodyClock(content, seconds)
    try:
        return await handler(request)
    finally:
        clock.timer.cancel()


def body_deadline(seconds: float) -> Any:
    """A middleware that runs each handler `within_body_timeout`."""
    @web.middleware
    async def deadline(request: web.Request, handler: Any) -> web.StreamResponse:
        return await within_body_timeout(request, handler, seconds)
    return deadline


class _BodyClock:
    """The time an aiohttp request's body has (`within_body_timeout`), checked when it
    could have run out."""

    __slots__ = ("content", "seconds", "start", "timer", "loop")

    def __init__(self, content: Any, seconds: float):
        self.content = content
        self.seconds = seconds
        self.loop = asyncio.get_running_loop()
        self.start = self.loop.time()
        self.timer = self.loop.call_later(seconds, self._check)

    def _check(self) -> None:
        content = self.content
        if content.is_eof():
            return
        due = body_due(self.start, self.seconds, content.total_bytes)
        if self.loop.time() < due:
            self.timer = self.loop.call_at(due, self._check)
            return
        content.set_exception(BodyTimeout(late_body(self.seconds)))


def late_body(seconds: float) -> str:
    """Why a request body past its time is refused."""
    return (f"request body not complete within {seconds:g}s (one coming at "
            f"{BODY_RATE // 1024} KiB/s or more has longer)")


def unread(exc: web.RequestPayloadError) -> tuple[str, str]:
    """The category and reason of the refusal of a body aiohttp's server could not read:
    too slow (`request_timeout`, 408) or unreadable (`bad_request`)."""
    if isinstance(exc, BodyTimeout):
        return "request_timeout", str(exc)
    return "bad_request", unreadable(exc)


class Service(abc.ABC):
    """A listener the runtime manages."""

    name: ClassVar[str]
    """Surface name: `egress`, `llm`, `ws`, `api`."""

    def __init__(self, engine: Engine, config: Config, listener: Listener):
        self.engine = engine
        self.config = config
        self.listener = listener

    @abc.abstractmethod
    async def start(self) -> None:
        """Bind and start serving; raise `ListenError` when the address cannot be bound."""

    @abc.abstractmethod
    async def stop(self) -> None:
        """Stop accepting, close connections, let their ledger records be written."""

    @property
    def open_connections(self) -> int:
        """Client connections open now (the `secproxy_open_connections` gauge)."""
        return 0

    @property
    def refused_connections(self) -> Mapping[str, int]:
        """Connections refused as soon as they were accepted, by why (`listener`,
        `address`: the `secproxy_connections_refused_total` counter)."""
        return {}

    @property
    def open_tunnels(self) -> int:
        """CONNECT tunnels open now (the `secproxy_open_tunnels` gauge): egress only."""
        return 0

    @property
    @abc.abstractmethod
    def address(self) -> str:
        """The bound address as `host:port` (the real port when configured as 0)."""


@dataclass(frozen=True, slots=True)
class HotRequest:
    """A request on a hot route, taken whole off the socket by the api listener's front
    (`surfaces/hot.py`) instead of aiohttp: what a hot route's handler may read."""

    remote: str | None
    """The peer's address, as `web.Request.remote` gives it."""
    headers: CIMultiDictProxy[str]
    body: bytes
    """The whole body (its Content-Length, never more than the route's `max_body`)."""


@dataclass(frozen=True, slots=True)
class HotAnswer:
    """What a hot route answers: a JSON body, its status and headers of its own."""

    status: int
    body: bytes
    """JSON, UTF-8 (`Content-Type: application/json; charset=utf-8`)."""
    headers: Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class HotRoute:
    """A POST route a sub-application also serves off aiohttp (`HOT_ROUTES`): the same
    answer as its aiohttp handler for every request the front takes (the others, and
    every connection it hands over, go to aiohttp)."""

    handle: Callable[[HotRequest], Awaitable[HotAnswer]]
    max_body: Callable[[], int]
    """The largest body the route reads now (a longer one is handed to aiohttp, whose
    handler refuses it before reading it)."""


HOT_ROUTES: web.AppKey[dict[str, HotRoute]] = web.AppKey("hot_routes")
"""A sub-application's hot routes, by path within it (`/tool-call`)."""
