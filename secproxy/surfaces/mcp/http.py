"""The streamable HTTP transport: a reverse proxy route per configured MCP server.

`http://<mcp listener>/<name>` stands for `mcp.servers.<name>.url`. A POST carries one
JSON-RPC message (or a batch) from the client: decided, then sent on (or answered at
once when refused). The server's answer is JSON or an SSE stream; every message in it
is decided on its way back, an SSE event rewritten or dropped whole. A GET opens the
server's own stream (its requests and notifications), decided the same way; DELETE
ends a session. Headers go both ways (`Mcp-Session-Id`, `MCP-Protocol-Version`,
`Authorization`, `Last-Event-ID`…) except hop-by-hop ones. When a server's request
(sampling, elicitation) is refused, its error answer is posted to the server for it.

Its own listener, not the api or llm one: agent traffic to tool servers stays apart
from the operator plane (api: health, metrics, operator and inspection APIs behind
their keys) and from the LLM gateway's routes and proxy keys, and can be bound,
firewalled and turned off on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import aiohttp
from aiohttp import web
from aiohttp.http import SERVER_SOFTWARE
from multidict import CIMultiDict

from secproxy.aio import deadline, spawn
from secproxy.config import Config
from secproxy.config.types import HttpListener
from secproxy.engine import Engine
from secproxy.errors import ListenError
from secproxy.model import Direction, Principal, Surface
from secproxy.protocols.jsonrpc import NO_ID
from secproxy.protocols.sse import EventSplitter, EventTooLong, SseEvent, read_event
from secproxy.surfaces.base import (
    Service,
    abandon,
    body_deadline,
    bound_address,
    unread,
)
from secproxy.surfaces.hot import FrontGate, stop_fronts, stop_streams
from secproxy.surfaces.lean_answer import LeanResponse
from secproxy.surfaces.lean_client import LeanClient
from secproxy.surfaces.mcp.front import McpFront, ServerRoutes, late_error
from secproxy.surfaces.mcp.hub import McpHub
from secproxy.surfaces.mcp.interceptor import McpInterceptor, too_large_error
from secproxy.surfaces.mcp.stdio import ENDS, Oversized
from secproxy.surfaces.refusal import status_of

log = logging.getLogger("secproxy.mcp")
_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
                  "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
                  "accept-encoding", "content-encoding", "x-secproxy-agent"})
_JSON = "application/json"
_JSON_UTF8 = "application/json; charset=utf-8"
_GRACE = 0.25
"""Part of `shutdown_timeout` the answers in hand get to finish when the listener stops,
the front's then aiohttp's, before they are cut: an event stream (a long tool call, a
GET stream) would otherwise hold the stop past the runtime's budget for listeners (0.6
of it), which then leaves the listeners after this one (the control socket) open."""
_CLIENT_CHECK = 1.0
"""Seconds between checks that the client of a quiet event stream is still there."""
_MAX_ANSWERS = 64
"""Refusals of server requests posted back at once, for all servers."""
_MAX_PRINCIPALS = 4096
"""Principals kept (`McpService._principal`); past that the table starts again."""
_MAX_LEAN = 256
"""Lean clients kept (one per server URL); past that the table starts again."""

Answer = aiohttp.ClientResponse | LeanResponse
"""A server's answer, its head in: by the lean client (a POST) or the aiohttp session."""


def _headers(headers: Any) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in _HOP}


def _no_server(sink: Sink, name: str) -> None:
    _json_answer(sink, 404, {"error": "no_mcp_server",
                             "reason": f"no MCP server {name!r} is configured"})


def _drop_type(headers: dict[str, str]) -> None:
    for key in [k for k in headers if k.lower() == "content-type"]:
        del headers[key]


_SESSION_ID = re.compile(r"[\x21-\x7e]{1,1024}")
"""An Mcp-Session-Id the proxy relays: visible ASCII, as the specification says a
server's must be."""


def _shown(head: bytes) -> tuple[Any, str | None]:
    """The id and method an event's first data line shows of its message, as a stdio
    line over the limit shows them (`Oversized`); (`NO_ID`, None) when it shows none."""
    for line in head.splitlines():
        if line.startswith(b"data:"):
            seen = Oversized(line[6:] if line.startswith(b"data: ") else line[5:], b"")
            return seen.rpc_id(), seen.method()
    return NO_ID, None


def _reply_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers of a client's request that go with an answer this proxy posts to
    the server for it (a refusal of the server's request): its session's, its
    credentials."""
    return {k: v for k, v in headers.items() if k.lower() in (
        "mcp-session-id", "mcp-protocol-version", "authorization")}


async def _post_body(request: web.Request, limit: int) -> bytes | Oversized:
    """A POST's body; over `limit` (`mcp.max_message_bytes`), its head (`Oversized`:
    the id and method a JSON-RPC message shows there), the rest left unread."""
    body = bytearray()
    content = request.content
    while chunk := await content.readany():
        body += chunk
        if len(body) > limit:
            return Oversized(bytes(body[:ENDS]), b"")
    return bytes(body)


def _charset(params: str) -> str | None:
    """The charset a content type's parameters name (lower case, unquoted), if any."""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip() == "charset":
            return value.strip().strip('"').strip()
    return None


class Sink(Protocol):
    """Where one exchange's answer goes: aiohttp's response (`_AiohttpSink`), or the
    front's connection (`front.McpFront`), which writes the same bytes aiohttp would."""

    def whole(self, status: int, headers: dict[str, str], body: bytes) -> None:
        """Answer at once with `body` (its `Content-Length` added)."""

    async def start(self, status: int, headers: dict[str, str]) -> None:
        """Begin a streamed answer (chunked). Its head may wait a moment to go out with
        the first piece written (or the end), or until `flush`."""

    async def flush(self) -> None:
        """Send what waits of the answer (its head), before the stream goes quiet."""

    async def write(self, data: bytes) -> None:
        """One piece of a streamed answer (none for empty `data`); waits while the
        client is behind."""

    async def end(self, last: bytes = b"") -> None:
        """End a streamed answer (`last`: its last piece, written with its end)."""

    def gone(self) -> bool:
        """Whether the client has left."""


class _AiohttpSink:
    """The answer of a request aiohttp read (what the front hands it: GET streams,
    DELETE, and POSTs it does not take)."""

    __slots__ = ("request", "response")

    def __init__(self, request: web.Request):
        self.request = request
        self.response: web.StreamResponse | None = None

    def whole(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.response = web.Response(status=status, headers=headers, body=body or None)

    async def start(self, status: int, headers: dict[str, str]) -> None:
        self.response = web.StreamResponse(status=status, headers=headers)
        await self.response.prepare(self.request)

    async def flush(self) -> None:
        return None  # (aiohttp sends the head with the first piece, or at once)

    async def write(self, data: bytes) -> None:
        assert self.response is not None
        await self.response.write(data)

    async def end(self, last: bytes = b"") -> None:
        assert self.response is not None
        await self.response.write_eof(last)

    def gone(self) -> bool:
        transport = self.request.transport
        return transport is None or transport.is_closing()


class _Stream:
    """What the relay of one event stream learned of it."""

    __slots__ = ("resumable",)

    def __init__(self) -> None:
        self.resumable = False
        """An event had an id: a client may resume the stream from it (a GET with
        `Last-Event-ID`), and have its answers there, once the stream ends."""


def _json_answer(sink: Sink, status: int, payload: dict[str, str]) -> None:
    """`web.json_response`'s answer."""
    sink.whole(status, {"Content-Type": _JSON_UTF8}, json.dumps(payload).encode())


class McpService(Service):
    """The `mcp` listener: POSTs taken off the socket by the front (`front.McpFront`),
    everything else (and every connection the front hands over) by aiohttp."""

    name = "mcp"

    def __init__(self, engine: Engine, config: Config, listener: HttpListener, *,
                 hub: McpHub):
        super().__init__(engine, config, listener)
        self.hub = hub
        self._runner: web.AppRunner | None = None
        self._front: asyncio.Server | None = None
        self._gate = FrontGate(self.name, listener, engine, Surface.MCP)
        """Its connections (the front's and aiohttp's), bounded."""
        self._client: aiohttp.ClientSession | None = None
        self._lean: dict[str, LeanClient] = {}
        """The lean client of each server URL: a POST it sends as the session would
        goes by it (`lean_client.LeanClient.takes`), some 80 us of CPU less a call."""
        self._address = listener.address
        self._answering = 0
        """Refusals being posted back to servers (`_answer_server`)."""
        self._principals: dict[tuple[str | None, str | None], Principal] = {}
        """Principals by (address, agent): a frozen `Principal` works its keys out when
        built (~2 us), and a client sends every call from one address."""

    @property
    def address(self) -> str:
        return self._address

    @property
    def open_connections(self) -> int:
        return self._gate.open

    @property
    def refused_connections(self) -> Mapping[str, int]:
        return self._gate.refused

    async def start(self) -> None:
        app = web.Application(client_max_size=self.config.mcp.max_message_bytes,
                              middlewares=[body_deadline(self._gate.body_timeout)])
        app.router.add_route("*", "/{server}", self._handle)
        # No cookie jar: one client session relays every MCP client's requests, and a
        # cookie a server set for one must not go out with another's.
        self._client = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=None,
                                          sock_connect=self.config.mcp.upstream_timeout),
            auto_decompress=True, cookie_jar=aiohttp.DummyCookieJar())
        gate = self._gate
        self._runner = runner = web.AppRunner(app, access_log=None, handle_signals=False,
                                              shutdown_timeout=self._grace(),
                                              keepalive_timeout=gate.idle_timeout)
        await runner.setup()
        server = runner.server
        assert server is not None  # set up above
        gate.handed = lambda: server.connections
        routes = ServerRoutes(self._servers, self.exchange, self._max_body)
        try:
            # As web.TCPSite listens, with the front before aiohttp's protocol.
            self._front = await asyncio.get_running_loop().create_server(
                lambda: McpFront(routes, server, gate), self.listener.host,
                self.listener.port, backlog=128, reuse_address=True)
        except OSError as exc:
            await self.stop()
            raise ListenError(f"mcp listener cannot bind {self.listener.address}: "
                              f"{exc.strerror or exc}") from None
        sockets = self._front.sockets
        if sockets:
            self._address = bound_address(sockets[0].getsockname())

    async def stop(self) -> None:
        if self._front is not None:
            self._front.close()
            self._front = None
            try:
                await stop_fronts(self._gate, self._grace())
            finally:  # streams still running (or the runtime's budget spent): cut
                await stop_streams(self._gate)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._client is not None:
            await self._client.close()
            self._client = None
        leans, self._lean = list(self._lean.values()), {}
        for lean in leans:
            await lean.close()

    def _grace(self) -> float:
        return self.config.shutdown_timeout * _GRACE

    def _servers(self) -> dict[str, Any]:
        return self.engine.config.mcp.servers

    def _max_body(self) -> int:
        return self.config.mcp.max_message_bytes  # as aiohttp's client_max_size

    # -- one exchange ---------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        sink = _AiohttpSink(request)
        name = request.match_info["server"]
        try:
            body = await _post_body(request, self._max_body()) \
                if request.method == "POST" else None
        except web.RequestPayloadError as exc:
            abandon(request)
            category, why = unread(exc)
            await self._unreadable(name, request, why, status_of(category), sink)
        else:
            if isinstance(body, Oversized):
                abandon(request)
                await self._too_large(name, request, body, sink)
            else:
                await self.exchange(name, request.method, request.headers, body,
                                    request.remote, sink)
        assert sink.response is not None
        return sink.response

    async def _unreadable(self, name: str, request: web.Request, why: str, status: int,
                          sink: Sink) -> None:
        """A POST aiohttp could not read (Content-Encoding: gzip over bytes that are no
        gzip: 400): a recorded malformed request, answered with a JSON-RPC parse error.
        One not whole within `body_timeout` (408) is recorded and answered as the front
        records and answers it."""
        if name not in self.engine.config.mcp.servers:
            return _no_server(sink, name)
        if status == 408:
            self._gate.timed_out(request.remote, "body_timeout", why, request.path)
            return sink.whole(status, {"Content-Type": _JSON_UTF8}, late_error(why))
        principal = self._principal(request.remote, request.headers.get("X-Secproxy-Agent"))
        icpt = self.hub.session(name, None, principal)
        try:
            answer = await icpt.unreadable_request(why, request.content_length or 0)
        finally:
            await icpt.close()
        sink.whole(status, {"Content-Type": _JSON_UTF8}, answer.encode())

    async def _too_large(self, name: str, request: web.Request, seen: Oversized,
                         sink: Sink) -> None:
        """A POST over `mcp.max_message_bytes` (413), decided in its session by what its
        head shows, as a stdio line over the limit is: recorded; a request answered
        with its error; the client's answer to a request of the server's (sampling,
        elicitation) becomes that error for the server, which would wait for it for
        good."""
        server = self.engine.config.mcp.servers.get(name)
        if server is None:
            return _no_server(sink, name)
        headers = request.headers
        principal = self._principal(request.remote, headers.get("X-Secproxy-Agent"))
        sessions = headers.getall("Mcp-Session-Id", ())
        session = sessions[0] if len(sessions) == 1 and _SESSION_ID.fullmatch(sessions[0]) \
            else None
        icpt = self.hub.session(name, session, principal)
        try:
            forward, answer = await icpt.client_too_large(seen.rpc_id(), seen.method(),
                                                          request.content_length)
        finally:
            if session is None:
                await icpt.close()
        self._answer_server(server.url, _reply_headers(headers), forward)
        sink.whole(413, {"Content-Type": _JSON_UTF8},
                   (answer or too_large_error(None)).encode())

    async def exchange(self, name: str, method: str, in_headers: Any, body: bytes | None,
                       remote: str | None, sink: Sink) -> None:
        """One request to the server `name` (`body`: a POST's), answered into `sink`."""
        server = self.engine.config.mcp.servers.get(name)
        if server is None:
            return _no_server(sink, name)
        sessions = in_headers.getall("Mcp-Session-Id", ())
        session = sessions[0] if sessions else None
        if len(sessions) > 1 or session is not None and not _SESSION_ID.fullmatch(session):
            # the server would read another session than the one decided (the last of
            # two; its own reading of bytes that are no ASCII), and the session store
            # cannot hold text that is no UTF-8
            return _json_answer(sink, 400, {"error": "bad_session_id", "reason": (
                "send one Mcp-Session-Id header of visible ASCII characters "
                "(0x21-0x7E, the MCP specification's)")})
        principal = self._principal(remote, in_headers.get("X-Secproxy-Agent"))
        icpt = self.hub.session(name, session, principal)
        if method == "DELETE" and session is not None:
            await self.hub.end_session(name, session, principal)
        try:
            await self._exchange(method, _headers(in_headers), body, name, server.url, icpt,
                                 sink)
        finally:
            if session is None:  # a conversation of its own: its calls end with it
                await icpt.close()

    def _principal(self, ip: str | None, agent: str | None) -> Principal:
        key = (ip, agent)
        found = self._principals.get(key)
        if found is None:
            if len(self._principals) >= _MAX_PRINCIPALS:
                self._principals.clear()
            found = self._principals[key] = Principal(ip=ip, agent=agent)
        return found

    async def _exchange(self, method: str, headers: dict[str, str], raw: bytes | None,
                        name: str, url: str, icpt: McpInterceptor, sink: Sink) -> None:
        body: bytes | None = None
        if method == "POST":
            assert raw is not None
            text = raw.decode("utf-8", "surrogateescape")
            forward, answer = await icpt.handle(text, Direction.REQUEST)
            if forward is None:
                icpt.publish()
                if answer is None:
                    return sink.whole(202, {}, b"")
                return sink.whole(200, {"Content-Type": _JSON_UTF8}, answer.encode())
            body = raw if forward is text else forward.encode("utf-8", "surrogateescape")
        assert self._client is not None
        wait = self.config.mcp.upstream_timeout
        try:
            # Until the answer's head: an event stream may then stay quiet for as long
            # as it likes, but a server that takes the request and never answers must
            # not hold the client (and the call's record) for ever.
            async with deadline(wait):
                upstream = await self._send(method, url, headers, body, wait, icpt.publish)
        except TimeoutError:
            why = f"MCP server {name} did not answer within {wait:g}s (mcp.upstream_timeout)"
            return await self._unreached(icpt, sink, body, 504, "upstream_timeout", why)
        except (aiohttp.ClientError, OSError) as exc:
            return await self._unreached(icpt, sink, body, 502, "upstream_unreachable",
                                         f"MCP server {name} unreachable: {exc!r}")
        location = upstream.headers.get("Location")
        if 300 <= upstream.status < 400 and location is not None:
            # Passed on, it sends the client elsewhere with its own request, unmasked
            # and undecided (fetch follows any redirect): never passed on.
            upstream.release()
            why = (f"MCP server {name} redirected (HTTP {upstream.status}) to "
                   f"{location.partition('?')[0]}: not followed (mcp.servers.{name}.url "
                   "names where the server is)")
            log.warning("%s", why)
            return await self._unreached(icpt, sink, body, 502, "upstream_redirect", why)
        try:
            await self._relay(icpt, upstream, url, headers, sink, body)
        finally:
            upstream.release()
            await icpt.settle()  # its results were written (or will never be)

    async def _unreached(self, icpt: McpInterceptor, sink: Sink, sent: bytes | None,
                         status: int, category: str, why: str) -> None:
        """The server gave no answer to what was `sent` (`why`): recorded, and each
        request in it that waits answered with a JSON-RPC error under its id, with 200:
        what every MCP client reads as its request's error (a 504 or 502 is a transport
        error to some SDKs, to the Python one an error with no word of why). With no
        request waiting (a notification, a GET), `status` and `why` in plain JSON."""
        await icpt.unreached(category, why, status)
        return await self._answer_waiting(icpt, sink, sent, status, category, why)

    async def _answer_waiting(self, icpt: McpInterceptor, sink: Sink, sent: bytes | None,
                              status: int, category: str, why: str) -> None:
        """Each request in `sent` that waits answered with a JSON-RPC error saying `why`
        (see `_unreached`); with none waiting, `status` and `why` in plain JSON."""
        errors = await icpt.no_answer(sent.decode("utf-8", "surrogateescape"), why) \
            if sent is not None else None
        if errors is not None:
            return sink.whole(200, {"Content-Type": _JSON_UTF8}, errors.encode())
        return _json_answer(sink, status, {"error": category, "reason": why})

    async def _send(self, method: str, url: str, headers: dict[str, str], body: bytes | None,
                    wait: float, sent: Callable[[], None]) -> Answer:
        """Send one request on; its answer's head is in. A POST the lean client sends as
        the aiohttp session would goes by it (with the session's `User-Agent` when the
        client gave none), anything else by the session. `sent` (the calls in it
        announced) is called once it is written, while the server works on it; by the
        session, which writes and awaits the answer in one call, before; and, when
        sending failed, once it did."""
        assert self._client is not None
        try:
            if body is not None:
                lean = self._lean.get(url)
                if lean is None:
                    if len(self._lean) >= _MAX_LEAN:  # (servers' URLs reloaded away: their
                        self._lean.clear()  # idle connections close after its KEEPALIVE)
                    lean = self._lean[url] = LeanClient(url)
                out = CIMultiDict(headers)
                if "User-Agent" not in out:
                    out["User-Agent"] = SERVER_SOFTWARE
                target = lean.takes(method, url, out)
                if target is not None:
                    # No read timeout: an event stream may stay quiet for as long as it
                    # likes (the wait for the head is the caller's).
                    return await lean.send(target, out, body, connect_timeout=wait,
                                           read_timeout=0, sent=sent)
            sent()
            return await self._client.request(method, url, headers=headers, data=body,
                                              allow_redirects=False)
        except BaseException:
            sent()  # (does nothing when it was called)
            raise

    async def _relay(self, icpt: McpInterceptor, upstream: Answer, url: str,
                     headers: dict[str, str], sink: Sink, sent: bytes | None) -> None:
        out_headers = _headers(upstream.headers)
        # Read as the clients read it (the official SDKs lower-case the type), and the
        # client told how it was read: one type, the one decided (of two, the proxy read
        # the first and the client got the last). An event stream is one by its media
        # type, the Python SDK's test; any other answer is decided as JSON-RPC (a
        # mislabelled one is no way around the guards), under a type that does not
        # name event streams (the TypeScript SDK looks for the name anywhere in it).
        ctype = upstream.headers.get("Content-Type", "").lower()
        media, _, params = ctype.partition(";")
        reply_headers = _reply_headers(headers)
        if "Mcp-Session-Id" in upstream.headers:
            reply_headers["Mcp-Session-Id"] = upstream.headers["Mcp-Session-Id"]
        _drop_type(out_headers)
        if media.strip() != "text/event-stream":
            if ctype:
                out_headers["Content-Type"] = _JSON if "text/event-stream" in ctype \
                    else upstream.headers["Content-Type"]
            return await self._whole(icpt, upstream, url, reply_headers, out_headers, ctype,
                                     sink, sent)
        charset = _charset(params)
        if charset not in (None, "utf-8", "utf8"):
            # An event stream is UTF-8 (the HTML standard's), and read so here; the
            # Python SDK decodes it with the charset it is labelled with, and would read
            # in UTF-16 the events this proxy saw as no events at all.
            why = f"an event stream labelled charset={charset} (event streams are UTF-8)"
            await icpt.unreadable(why, 0)
            return await self._answer_waiting(
                icpt, sink, sent, 502, "bad_upstream_answer",
                f"MCP server {icpt.server} answered with {why}")
        out_headers["Content-Type"] = "text/event-stream"
        last = b""
        stream = _Stream()
        try:
            await sink.start(upstream.status, out_headers)
            last = await self._events(sink, upstream, icpt, url, reply_headers, stream)
            ended = "ended its event stream"
        except (ConnectionError, aiohttp.ClientConnectionResetError):
            return  # the client left (a GET stream is ended by leaving)
        except aiohttp.ClientPayloadError:
            log.info("MCP server %s ended its stream early", icpt.server)
            ended = "cut its event stream"
        except ValueError as exc:  # an event over mcp.max_message_bytes: the stream ends
            log.warning("MCP server %s: stream cut: %s", icpt.server, exc)
            limit = self.config.mcp.max_message_bytes
            rpc_id, asked = _shown(exc.head) if isinstance(exc, EventTooLong) else (NO_ID, None)
            if asked is not None:  # a request of the server's (sampling): it gets its error
                _, answer = await icpt.handle("", Direction.RESPONSE, rpc_id, asked)
                self._answer_server(url, reply_headers, answer)
            else:
                await icpt.too_large(Direction.RESPONSE, "an event of the MCP server's stream",
                                     limit)
            # the requests the stream was to answer get their error as its last event
            errors = await icpt.no_answer(sent.decode("utf-8", "surrogateescape"), (
                f"MCP server {icpt.server} answered with an event over "
                f"mcp.max_message_bytes ({limit} bytes)")) if sent is not None else None
            if errors is not None:
                last = b"event: message\ndata: %s\n\n" % errors.encode()
            ended = ""
        if ended and sent is not None and not stream.resumable:
            # The requests it was to answer and did not: no answer can come for them any
            # more (with no event id there is nothing to resume from), so each gets its
            # error as the stream's last event instead of a client left waiting for ever.
            errors = await icpt.no_answer(sent.decode("utf-8", "surrogateescape"), (
                f"MCP server {icpt.server} {ended} before it answered"))
            if errors is not None:
                last += b"event: message\ndata: %s\n\n" % errors.encode()
        with contextlib.suppress(ConnectionError, aiohttp.ClientConnectionResetError):
            await sink.end(last)

    async def _whole(self, icpt: McpInterceptor, upstream: Answer, url: str,
                     reply_headers: dict[str, str], out_headers: dict[str, str], ctype: str,
                     sink: Sink, sent: bytes | None) -> None:
        """An answer that is not an event stream: read whole (bounded), decided. `sent`:
        the POST's body as sent on, whose requests it answers."""
        limit = self.config.mcp.max_message_bytes
        wait = self.config.mcp.upstream_timeout
        content = upstream.content
        raw = bytearray()
        while True:
            # What has arrived is taken without a timer (most answers are whole by now).
            chunk = content.read_nowait()
            try:
                if not chunk and not content.at_eof():
                    async with deadline(wait):  # a server stalled inside its answer
                        chunk = await content.readany()
            except TimeoutError:
                why = (f"MCP server {icpt.server} stalled for {wait:g}s inside its answer "
                       "(mcp.upstream_timeout)")
                return await self._unreached(icpt, sink, sent, 504, "upstream_timeout", why)
            if not chunk:
                break
            raw += chunk
            if len(raw) > limit:
                await icpt.too_large(Direction.RESPONSE, "the MCP server's answer", len(raw))
                why = (f"MCP server {icpt.server} answered with a message over "
                       f"mcp.max_message_bytes ({limit} bytes)")
                # the requests it answered get their error (their calls' records say why)
                errors = await icpt.no_answer(sent.decode("utf-8", "surrogateescape"),
                                              why) if sent is not None else None
                if errors is not None:
                    return sink.whole(200, {"Content-Type": _JSON_UTF8}, errors.encode())
                return _json_answer(sink, 502, {"error": "message_too_large", "reason": why})
        if not raw.strip():  # a DELETE's or an error's empty body: nothing to decide
            return sink.whole(upstream.status, out_headers, bytes(raw))
        if upstream.status >= 400 and "json" not in ctype:
            # An error page (a 405 to a GET, a 404 for an ended session): its status is
            # what clients act on; its text is no message, and is not passed on.
            _drop_type(out_headers)
            return sink.whole(upstream.status, out_headers, b"")
        text = raw.decode("utf-8", "surrogateescape")
        forward, answer = await icpt.handle(text, Direction.RESPONSE)
        self._answer_server(url, reply_headers, answer)
        if forward is None:
            # Nothing of it goes on (no JSON-RPC, or a request of the server's): the
            # requests it was to answer get an error, not a 202 (no answer to come).
            errors = await icpt.no_answer(sent.decode("utf-8", "surrogateescape"), (
                f"MCP server {icpt.server} answered with no message for it (see the "
                "ledger)")) if sent is not None else None
            if errors is not None:
                return sink.whole(200, {"Content-Type": _JSON_UTF8}, errors.encode())
            _drop_type(out_headers)
            return sink.whole(202, out_headers, b"")
        body = bytes(raw) if forward is text else forward.encode("utf-8", "surrogateescape")
        sink.whole(upstream.status, out_headers, body)

    async def _events(self, sink: Sink, upstream: Answer, icpt: McpInterceptor, url: str,
                      reply_headers: dict[str, str], stream: _Stream) -> bytes:
        """Relay an SSE stream event by event, each event's data decided, cut as the
        client cuts it (`secproxy.protocols.sse`); the last event decided is returned
        unwritten, for the caller to write with the stream's end. A quiet stream (a GET
        stream waits for the server's own messages) is ended once its client has left:
        nothing is written to it meanwhile to notice, and the server's stream would stay
        open for ever. `stream` learns whether an event had an id."""
        split = EventSplitter(read_event, self.config.mcp.max_message_bytes)
        content = upstream.content
        pending = b""
        """The last event decided, written before the next is decided or, when the
        stream ends after it, with the stream's end in one write (the client gets its
        answer whole at once, not the event and then, a wake-up later, the end)."""
        try:
            while True:
                chunk = content.read_nowait()
                if not chunk:
                    if content.at_eof():
                        break
                    if pending:
                        await sink.write(pending)
                        pending = b""
                    else:
                        await sink.flush()  # a quiet stream's client waits for its head
                    try:
                        async with asyncio.timeout(_CLIENT_CHECK):
                            chunk = await content.readany()
                    except TimeoutError:
                        if sink.gone():
                            raise ConnectionResetError("the client left") from None
                        continue
                    if not chunk:
                        break
                for event in split.feed(chunk):
                    if pending:
                        await sink.write(pending)
                    pending = await self._event(event, icpt, url, reply_headers, stream)
            for event in split.rest():
                if pending:
                    await sink.write(pending)
                pending = await self._event(event, icpt, url, reply_headers, stream)
        except Exception:
            if pending:  # what was decided still goes out before the stream is cut
                with contextlib.suppress(Exception):
                    await sink.write(pending)
            raise
        return pending

    async def _event(self, event: SseEvent, icpt: McpInterceptor, url: str,
                     reply_headers: dict[str, str], stream: _Stream) -> bytes:
        if not stream.resumable and any(ln.startswith(b"id:") for ln in event.lines):
            stream.resumable = True
        if event.data is None:  # no data: a client dispatches nothing for it
            return event.raw
        text = event.data
        forward, answer = await icpt.handle(text, Direction.RESPONSE)
        self._answer_server(url, reply_headers, answer)
        if forward is text:
            return event.raw
        others = event.others()
        if forward is None:
            # The event's id still counts for resumption; its message is gone.
            kept = [ln for ln in others if ln.startswith(b"id:")]
            return b"".join(ln + b"\n" for ln in kept) + b"\n" if kept else b""
        body = b"".join(b"data: " + part + b"\n"
                        for part in forward.encode("utf-8", "surrogateescape").split(b"\n"))
        return b"".join(ln + b"\n" for ln in others) + body + b"\n"

    def _answer_server(self, url: str, headers: dict[str, str], answer: str | None) -> None:
        """A refused server request still owes the server an answer: post it (at most
        `_MAX_ANSWERS` at once: a server that asks faster than it takes the answers
        does without them)."""
        if answer is None or self._client is None:
            return
        if self._answering >= _MAX_ANSWERS:
            log.info("MCP server at %s: refusal not posted back (%d already waiting)",
                     url, self._answering)
            return
        sent = dict(headers, **{"Content-Type": _JSON,
                                "Accept": "application/json, text/event-stream"})
        self._answering += 1
        spawn(self._post_answer(self._client, url, sent, answer), name="mcp-answer-server")

    async def _post_answer(self, client: aiohttp.ClientSession, url: str,
                           headers: dict[str, str], answer: str) -> None:
        """Post one refusal; a server that does not take it within upstream_timeout, or
        fails, is the server's problem, not an error of this proxy's."""
        try:
            async with asyncio.timeout(self.config.mcp.upstream_timeout), \
                    client.post(url, data=answer.encode(), headers=headers) as r:
                await r.read()
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.info("MCP server at %s did not take a refusal: %r", url, exc)
        finally:
            self._answering -= 1
