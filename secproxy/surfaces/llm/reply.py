"""One gateway request as the gateway reads it (`Incoming`), from aiohttp's server or
the front (`front.LlmFront`), and where its answer goes (`Reply`): aiohttp's response
(`AiohttpReply`), or the front's connection, which writes the bytes aiohttp writes for
the same answer. A whole answer is written at once (`whole`); a streamed one is its head
(`start`), its pieces (`write`) and its end (`end`). A client gone raises aiohttp's
`ClientConnectionResetError` (a `ConnectionResetError`) from either. Headers are given
as a multi-mapping (a name may come twice: `Set-Cookie`), written in order."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Protocol

import aiohttp
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy

from secproxy.model import Outcome
from secproxy.surfaces.base import abandon
from secproxy.surfaces.lean_answer import LeanBody
from secproxy.surfaces.refusal import Provider, Refusal


@dataclass(slots=True)
class Incoming:
    """One request, read."""

    method: str
    path: str
    """Decoded (aiohttp's `request.path`)."""
    raw_target: str
    """The path and query as sent (aiohttp's `request.raw_path`)."""
    path_qs: str
    """The path and query as they go upstream (aiohttp's `request.path_qs`)."""
    query_string: str
    query: list[tuple[str, str]]
    """The query's names and values, decoded."""
    headers: CIMultiDictProxy[str]
    ip: str | None
    """The peer's address."""
    body: bytes | None = None
    """The whole body, when the front took it off the socket."""
    content: aiohttp.StreamReader | None = None
    """Else aiohttp's reader of it."""
    abandon: Callable[[], None] | None = None
    """`surfaces.base.abandon` for aiohttp's request: a body it could not read."""

    @classmethod
    def of(cls, request: web.BaseRequest) -> Incoming:
        """A request of aiohttp's server."""
        peer = request.transport.get_extra_info("peername") if request.transport else None
        return cls(request.method, request.path, request.raw_path, request.path_qs,
                   request.query_string, list(request.query.items()), request.headers,
                   str(peer[0]) if peer else None, content=request.content,
                   abandon=partial(abandon, request))


class Reply(Protocol):
    """The answer's writer (see the module)."""

    @property
    def started(self) -> bool:
        """Something of the answer has been written (its head at least)."""

    async def whole(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        """The whole answer (`Content-Length` framing)."""

    async def start(self, status: int, headers: Mapping[str, str]) -> None:
        """A streamed answer's head (chunked framing)."""

    async def write(self, data: bytes) -> None:
        """A piece of a started answer (waits while the client reads slowly)."""

    async def end(self) -> None:
        """A started answer's end."""


class AiohttpReply:
    """A request's answer through aiohttp's response objects (the aiohttp server's
    requests: `response` is what the handler returns to it)."""

    __slots__ = ("request", "response")

    def __init__(self, request: web.BaseRequest):
        self.request = request
        self.response: web.StreamResponse | None = None

    @property
    def started(self) -> bool:
        return self.response is not None and self.response.prepared

    async def whole(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        response = self.response = web.Response(status=status, body=body, headers=headers)
        await response.prepare(self.request)
        await response.write_eof()

    async def start(self, status: int, headers: Mapping[str, str]) -> None:
        response = self.response = web.StreamResponse(status=status, headers=headers)
        await response.prepare(self.request)

    async def write(self, data: bytes) -> None:
        assert self.response is not None
        await self.response.write(data)

    async def end(self) -> None:
        assert self.response is not None
        await self.response.write_eof()


def refusal_headers(refusal: Refusal) -> CIMultiDict[str]:
    """The headers of a refusal in an upstream API's error shape (a JSON body)."""
    return CIMultiDict([("Content-Type", "application/json"), *refusal.provider_headers()])


async def send_whole(reply: Reply, outcome: Outcome, status: int,
                     headers: CIMultiDict[str], body: bytes) -> None:
    """Write a whole answer now. A client gone before it is written is on the record
    (aiohttp, whose writing of the handler's answer then fails the same way, drops the
    connection as it did)."""
    try:
        await reply.whole(status, headers, body)
    except ConnectionError as exc:
        outcome.error = outcome.error or f"client went away: {type(exc).__name__}"


async def send_refusal(reply: Reply, refusal: Refusal, provider: Provider,
                       outcome: Outcome) -> None:
    """A refusal in the upstream API's own error shape, as the whole answer."""
    await send_whole(reply, outcome, refusal.status, refusal_headers(refusal),
                     refusal.provider_json(provider))


async def read_upto(content: aiohttp.StreamReader | LeanBody, limit: int) -> bytes | None:
    """A whole body, or None once it is over `limit` bytes: its pieces as they came,
    joined once (a body that came in one piece is not copied at all). A bytearray grown
    piece by piece and then copied out, once for the parser and once for upstream, was
    three to four copies of every body (a long conversation resends hundreds of KB)."""
    whole = content.whole() if isinstance(content, LeanBody) else \
        content.read_nowait() if content.is_eof() else None
    if whole is not None:  # it all came with its head (most bodies): taken as it is
        return whole if len(whole) <= limit else None
    pieces = []
    size = 0
    async for chunk in content.iter_any():
        pieces.append(chunk)
        size += len(chunk)
        if size > limit:
            return None
    return b"".join(pieces)
