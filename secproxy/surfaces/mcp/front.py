"""The `mcp` listener's front: a client's POST to a configured server's path (the one
request of a streamable HTTP `tools/call`) taken straight off the socket, everything
else by aiohttp.

aiohttp's request handling (its protocol, request and response objects, the router,
the writer) cost some 100 us of CPU a round trip on one core, as much as the rest of the
relay but the engine; the api listener's front (`surfaces/hot.py`) frames a request
and parses its head with httptools for a few. This front is that one, taking what it
takes (an HTTP/1.1 `POST` with a Content-Length body no longer than
`mcp.max_message_bytes`, to `/<server>` spelled without escapes; `hot.HotFront` says
the rest), and answering as aiohttp answers the same handler's result: the status line
with aiohttp's reason, the relayed headers as given, then `Content-Length` (or
`Transfer-Encoding: chunked` for an event stream, one chunk per write), a body's
`Content-Type: application/octet-stream` when none was given, `Date` and `Server` when
not relayed; an event stream waits for a client that reads slowly as aiohttp's writer
does. Anything else (a GET stream, DELETE, a chunked or oversized body, a path with
escapes) hands the connection to aiohttp, from that request on.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any

from secproxy.protocols.jsonrpc import BLOCKED, dump, error_message
from secproxy.surfaces.base import HotRequest
from secproxy.surfaces.hot import AnsweringFront, FrontGate, answer_head, json_408

log = logging.getLogger("secproxy.mcp")

_HEAD_HOLD = 0.05
"""Seconds an event stream's head waits for the stream's first piece, decided meanwhile,
to go out with it (most answers: head, event and end in one write, where they took two
or three). A first piece that takes longer (a result held for an operator) does not
hold the head: it goes alone, and tells the client its answer has begun."""

_PLAIN_NAME = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@-]+")
"""A server name its path spells as it is (no percent escape to decode): the front's."""

Exchange = Callable[[str, str, Any, bytes | None, str | None, "McpFront"], Awaitable[None]]
"""`McpService.exchange`: (server, method, headers, body, remote address, sink)."""


def late_error(reason: str) -> bytes:
    """The JSON-RPC error that answers a request whose body did not come in time: code
    -32001, this proxy's refusals' and the one the MCP SDKs name `REQUEST_TIMEOUT`
    (their client takes a JSON-RPC error in a 408's body as its request's answer)."""
    return dump(error_message(None, BLOCKED, f"refused: request timed out: {reason}")).encode()


class McpRoute:
    """The POST route of one configured server."""

    __slots__ = ("name", "exchange", "max_body")

    def __init__(self, name: str, exchange: Exchange, max_body: Callable[[], int]):
        self.name = name
        self.exchange = exchange
        self.max_body = max_body


class ServerRoutes(Mapping[bytes, McpRoute]):
    """The front's routes: `/<name>` of every server the running config names (made
    again after a reload)."""

    def __init__(self, servers: Callable[[], Mapping[str, Any]], exchange: Exchange,
                 max_body: Callable[[], int]):
        self._servers = servers
        self._exchange = exchange
        self._max_body = max_body
        self._of: Mapping[str, Any] | None = None
        self._routes: dict[bytes, McpRoute] = {}

    def _current(self) -> dict[bytes, McpRoute]:
        servers = self._servers()
        if servers is not self._of:
            self._routes = {f"/{name}".encode(): McpRoute(name, self._exchange, self._max_body)
                            for name in servers if _PLAIN_NAME.fullmatch(name)}
            self._of = servers
        return self._routes

    def __getitem__(self, path: bytes) -> McpRoute:
        return self._current()[path]

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())


class McpFront(AnsweringFront):
    """One client connection of the mcp listener (see the module); the answer's sink
    (`http.Sink`) while it serves a request."""

    log = log

    def __init__(self, routes: ServerRoutes, fallback: Callable[[], asyncio.Protocol],
                 gate: FrontGate):
        super().__init__(routes, fallback, gate)  # type: ignore[arg-type]
        self._head = b""
        """A streamed answer's head not written yet (see `_HEAD_HOLD`)."""
        self._head_due: asyncio.TimerHandle | None = None

    async def _serve(self, route: Any, request: HotRequest) -> None:
        try:
            await route.exchange(route.name, "POST", request.headers, request.body,
                                 request.remote, self)
        except Exception:
            if self._held():  # its head never went out: the failure is answered (500)
                self._written = self._streaming = False
            raise
        finally:
            self._held()  # (an answer left without its end: nothing more of it goes)

    def _late_body(self, route: Any, reason: str) -> bytes:
        """The JSON-RPC error aiohttp's side answers a body past its time with."""
        return json_408(late_error(reason))

    # -- the sink ----------------------------------------------------------------------

    def whole(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self._written = True
        if not self._lost:
            self.transport.write(answer_head(
                status, headers, b"Content-Length: %d\r\n" % len(body), body))

    async def start(self, status: int, headers: dict[str, str]) -> None:
        self._written = self._streaming = True
        self._check()
        self._head = answer_head(status, headers, b"Transfer-Encoding: chunked\r\n", b"")
        self._head_due = self.loop.call_later(_HEAD_HOLD, self._head_out)

    async def flush(self) -> None:
        self._check()
        self._head_out()

    async def write(self, data: bytes) -> None:
        if not data:
            return  # (an empty chunk would end the stream)
        self._check()
        self.transport.write(b"%s%x\r\n%s\r\n" % (self._held(), len(data), data))
        if self._drained is not None:
            await self._drained
            self._check()

    async def end(self, last: bytes = b"") -> None:
        self._check()
        self._streaming = False
        self.transport.write(self._held() + (b"%x\r\n%s\r\n0\r\n\r\n" % (len(last), last)
                                             if last else b"0\r\n\r\n"))

    def _held(self) -> bytes:
        """The head waiting to go out (b"" when it went), taken."""
        due, self._head_due = self._head_due, None
        if due is not None:
            due.cancel()
        head, self._head = self._head, b""
        return head

    def _head_out(self) -> None:
        head = self._held()
        if head and not self.gone():
            self.transport.write(head)

    def gone(self) -> bool:
        return self._lost or self.transport.is_closing()

    def _check(self) -> None:
        if self.gone():
            raise ConnectionResetError("Cannot write to closing transport")

