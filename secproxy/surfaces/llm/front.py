"""The `llm` listener's front: an agent's POST to one of the APIs' own paths
(`formats.ROUTES`: `/v1/chat/completions`, `/v1/messages`, `/v1/responses`, ...) taken
straight off the socket, everything else by aiohttp.

aiohttp's request handling (its protocol, request and response objects, the writer) ran
~110,000 instructions a request more than this front does (bench/llm.py --callgrind:
1.46 -> 1.35 M for a 4 KiB request with the guards off), more than the gateway's own
parsing and headers together; the api listener's front (`surfaces/hot.py`) frames a
request and parses its head with httptools instead. This front is that one, taking what
it takes (an HTTP/1.1 `POST` with a Content-Length body no longer than
`llm.max_body_bytes`, to one of those paths exactly, no query; no `Content-Encoding`,
which aiohttp decodes; `hot.HotFront` says the rest), and answering as aiohttp answers
the same handler's answer (`reply.Reply`): the status line with aiohttp's reason, the
headers as given, then `Content-Length` (or `Transfer-Encoding: chunked` for a stream,
one chunk per write), a body's `Content-Type: application/octet-stream` when none was
given, `Date` and `Server` when not given; a stream waits for a client that reads slowly
as aiohttp's writer does. Anything else (a prefixed path or one with a query, a GET, a
chunked, compressed or oversized body) hands the connection to aiohttp, from that
request on. One difference, as with the other fronts: a whole request followed in the
same read by bytes that are no request is answered, those bytes then aiohttp's (aiohttp
parsed the read whole and refused it all with a 400).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping

from aiohttp.client_exceptions import ClientConnectionResetError

from secproxy.surfaces.base import HotRequest
from secproxy.surfaces.hot import AnsweringFront, FrontGate, answer_head, json_408
from secproxy.surfaces.llm.formats import ROUTES
from secproxy.surfaces.llm.routes import provider_of
from secproxy.surfaces.refusal import refuse

log = logging.getLogger("secproxy.llm")


Handle = Callable[[str, HotRequest, "LlmFront"], Awaitable[None]]
"""`LlmService.front_request`: (path, request, the answer's writer)."""


class LlmRoute:
    """One path the front takes."""

    __slots__ = ("path", "handle", "max_body")

    def __init__(self, path: str, handle: Handle, max_body: Callable[[], int]):
        self.path = path
        self.handle = handle
        self.max_body = max_body


class LlmFront(AnsweringFront):
    """One client connection of the llm listener (see the module); the answer's writer
    (`reply.Reply`) while it serves a request."""

    log = log

    def __init__(self, routes: Mapping[bytes, LlmRoute],
                 fallback: Callable[[], asyncio.Protocol], gate: FrontGate):
        super().__init__(routes, fallback, gate)  # type: ignore[arg-type]
        self._head = b""
        """A stream's head, not written yet: it goes with the first piece (one write, as
        aiohttp's writer sends a stream's headers with its first chunk)."""

    async def _serve(self, route: LlmRoute, request: HotRequest) -> None:  # type: ignore[override]
        self._head = b""
        await route.handle(route.path, request, self)

    def _late_body(self, route: LlmRoute, reason: str) -> bytes:  # type: ignore[override]
        """The path's API's error shape (the SDK raises its timeout error on it)."""
        return json_408(refuse("request_timeout", reason).provider_json(
            provider_of(ROUTES[route.path], None)))

    # -- the answer's writer -------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._written

    async def whole(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self._check()
        self._written = True
        # no wait for room here: the request's record is not held by a client that
        # reads slowly (the front waits before the next request it takes)
        self.transport.write(answer_head(
            status, headers, b"Content-Length: %d\r\n" % len(body), body))

    async def start(self, status: int, headers: Mapping[str, str]) -> None:
        self._check()
        self._written = self._streaming = True
        self._head = answer_head(status, headers, b"Transfer-Encoding: chunked\r\n", b"")

    async def write(self, data: bytes) -> None:
        if not data:
            return  # (an empty chunk would end the stream)
        self._check()
        head, self._head = self._head, b""
        self.transport.write(b"%s%x\r\n%s\r\n" % (head, len(data), data))
        await self._drain()

    async def end(self) -> None:
        self._check()
        self._streaming = False
        head, self._head = self._head, b""
        self.transport.write(head + b"0\r\n\r\n")

    async def _drain(self) -> None:
        if self._drained is not None:
            await self._drained
            self._check()

    def _check(self) -> None:
        if self._lost or self.transport.is_closing():
            raise ClientConnectionResetError("Cannot write to closing transport")

