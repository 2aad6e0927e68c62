"""The api listener's front: the hot routes (`POST /inspect/tool-call` and its kind,
`surfaces.base.HotRoute`) served straight off the socket, everything else by aiohttp.

aiohttp's request handling (its protocol, request and response objects, the router,
the middlewares) costs some 50 us of CPU a request on one core, more than every engine
stage but the guards; a request framed here and parsed by httptools (llhttp, the parser
aiohttp's own is built on) costs a few. The front takes only what it can answer exactly
as aiohttp would: an HTTP/1.1 `POST` to a hot route's exact path, its head at most
8,190 bytes (aiohttp's longest line), a Content-Length body no longer than the route's
`max_body`, at most 128 header fields, every line ended by CR LF, and no
`Transfer-Encoding`, `Expect`, `Upgrade`, `Connection` (but
`keep-alive`) nor an `Accept` of HTML (whose error page aiohttp writes as HTML). The
route's handler is the one its aiohttp handler calls, and the answer goes out with the
status line and headers aiohttp writes for it (Content-Type, Content-Length, Date,
Server; a failure is aiohttp's plain 500 and closes the connection).

At the first request it does not take, the connection is handed to aiohttp whole: its
protocol replaced by aiohttp's, which is given every byte from that request's first on,
so that aiohttp answers it and the rest of the connection as if it had had it all
along (errors, limits, keep-alive, pipelining).

Each listener's `FrontGate` (a `ConnectionGate`, which the ws relay uses too) bounds its
connections, the front's and those handed to aiohttp together (`max_connections`,
`max_connections_per_address`): one past a bound is answered 503 or 429 as soon as it is
accepted, nothing of it read, and closed (`send_refusal`), so idle connections cannot
pile up to the open-file limit. An idle one closes after the listener's `idle_timeout`,
on either side of the hand-over; a request head not whole `HEAD_TIMEOUT` after its first
byte, or a body still not whole `body_timeout` after its head, is answered 408 and its
connection closed, on either side too (`HandedOver`, `base.within_body_timeout` for
aiohttp's). Each of the front's 408s has its ledger
record (`FrontGate.timed_out`), as aiohttp's side records its own.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, Generic, Protocol, TypeVar, cast

import httptools
from aiohttp.http import SERVER_SOFTWARE
from multidict import CIMultiDict, CIMultiDictProxy

from secproxy.aio import spawn
from secproxy.config.types import CappedListener, HttpListener, body_due
from secproxy.engine import Engine
from secproxy.model import Action, Finding, Outcome, Principal, Severity, Surface
from secproxy.surfaces.base import HotAnswer, HotRequest, HotRoute, late_body
from secproxy.surfaces.refusal import refuse

log = logging.getLogger("secproxy")

MAX_HEAD = 8190
"""The longest head the front takes (aiohttp's longest request line or header field:
a longer head is aiohttp's to refuse)."""
MAX_HEADERS = 128
"""The most header fields the front takes (aiohttp's limit: more is aiohttp's to refuse)."""
HEAD_TIMEOUT = 10.0
"""Seconds a request head may take once its first byte has come: a client that sends a
head a byte at a time (never idle, never done) is answered 408 and closed. aiohttp sets
no such bound, so a head is kept here until it is whole, then handed over."""
_REQUEST_START = re.compile(
    rb"[A-Z]{1,20}(?: [^ \r\n]*(?: (?:H(?:T(?:T(?:P(?:/(?:1(?:\.[01]?)?)?)?)?)?)?"
    rb"(?:\r\n|\r)?)?)?)?\Z|[A-Z]{1,20} [^ \r\n]+ HTTP/1\.[01]\r\n")
"""The start of a request line that may still become one aiohttp reads (`POST /x HTT`),
or a whole one: anything else (a TLS hello, garbage) goes to aiohttp at once."""
HEAD_408 = (b"HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain; charset=utf-8\r\n"
             b"Content-Length: 49\r\nConnection: close\r\n\r\n"
             b"request head not complete within the time allowed")
_LOG_EVERY = 60.0
"""Seconds between two log lines about connections a gate refused."""
_HANDED = frozenset({"transfer-encoding", "expect", "upgrade", "content-encoding"})
"""Headers whose requests aiohttp answers (a chunked body, 100-continue, upgrades, a
compressed body: aiohttp decodes it, so a route reads the text, not gzip's bytes)."""
_SINGLETON = frozenset({"content-length", "content-location", "content-range", "content-type",
                        "etag", "host", "max-forwards", "server", "transfer-encoding",
                        "user-agent"})
"""Headers a request may hold once (aiohttp's `SINGLETON_HEADERS`): a head naming one twice
is aiohttp's to answer (400 "Duplicate 'Host' header found"), not read by its first or
last value here while the upstream reads the other."""
_SERVER = SERVER_SOFTWARE.encode()
_PHRASES = {s.value: s.phrase.encode() for s in HTTPStatus}
"""aiohttp's reason phrases (the fronts that answer any status)."""
_UNSENDABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
"""Control characters (tab aside) no header line may carry."""


def _field(text: str) -> bytes:
    """A header name or value as written: UTF-8, without control characters, and
    without what UTF-8 cannot hold (an upstream's undecodable bytes, read as lone
    surrogates), which aiohttp's writer left out too."""
    if text.isascii() and text.isprintable():
        return text.encode()
    return _UNSENDABLE.sub("", text).encode("utf-8", "ignore")


def answer_head(status: int, headers: Mapping[str, str], framing: bytes, body: bytes) -> bytes:
    """The status line and headers aiohttp writes for an answer with these (`framing`:
    its Content-Length or Transfer-Encoding line), then `body`: a body's
    `Content-Type: application/octet-stream` when none is given, `Date` and `Server`
    when not given."""
    parts = [b"HTTP/1.1 %d %s\r\n" % (status, _PHRASES.get(status, b""))]
    given = set()
    for name, value in headers.items():
        parts.append(b"%s: %s\r\n" % (_field(name), _field(value)))
        given.add(name.lower())
    parts.append(framing)
    if body and "content-type" not in given:
        parts.append(b"Content-Type: application/octet-stream\r\n")
    if "date" not in given:
        parts.append(b"Date: %s\r\n" % _DATE.now())
    if "server" not in given:
        parts.append(b"Server: %s\r\n" % _SERVER)
    parts.append(b"\r\n")
    parts.append(body)
    return b"".join(parts)


def json_408(body: bytes) -> bytes:
    """A 408 answer with this JSON body, closing the connection."""
    return answer_head(408, {"Content-Type": "application/json; charset=utf-8",
                             "Connection": "close"}, b"Content-Length: %d\r\n" % len(body),
                       body)


_PAUSE_AT = 1 << 20
"""Bytes a client may send ahead while its answer is being made before reading pauses
(on top of the request in hand)."""
_FAILED = (b"500 Internal Server Error\n\nServer got itself in trouble")


class _Date:
    """The Date header's value, made once a second."""

    __slots__ = ("at", "value")

    def __init__(self) -> None:
        self.at = 0
        self.value = b""

    def now(self) -> bytes:
        second = int(time.time())
        if second != self.at:
            self.at = second
            self.value = formatdate(second, usegmt=True).encode()
        return self.value


_DATE = _Date()


class _Head:
    """The parsed head of one request (httptools' callbacks fill it)."""

    __slots__ = ("headers", "done")

    def __init__(self) -> None:
        self.headers: list[tuple[str, str]] = []
        self.done = False

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name.decode("utf-8", "surrogateescape"),
                             value.decode("utf-8", "surrogateescape")))

    def on_headers_complete(self) -> None:
        self.done = True


class Member(Protocol):
    """A connection a gate counts."""

    remote: str | None
    """The client's address."""
    loop: asyncio.AbstractEventLoop


M = TypeVar("M", bound=Member)


class ConnectionGate(Generic[M]):
    """One listener's connections: those it holds (`fronts`) and those handed to
    aiohttp (`handed`), bounded in all and per client address (`CappedListener`); and
    the ledger records of those it refused mid-request for their time (`timed_out`)."""

    def __init__(self, name: str, settings: CappedListener, engine: Engine, surface: Surface):
        self.name = name
        self.engine = engine
        self.surface = surface
        """The surface of the listener's records (`inspect` for the api's)."""
        self.max_connections = settings.max_connections
        self.per_address = settings.max_connections_per_address
        self.fronts: set[M] = set()
        """Connections the listener holds now (a front's: not handed to aiohttp)."""
        self.handed: Callable[[], list[Any]] = list
        """aiohttp's connections (its server's `connections`), once the listener starts."""
        self.recording: set[asyncio.Task[None]] = set()
        """Ledger records of connections refused mid-request, not written yet: each
        counts as an open connection until it is, so a flood of refused clients waits on
        the ledger (as an egress connection waits for its refusal's record) instead of
        piling up records in memory."""
        self.refused: Counter[str] = Counter()
        """Connections refused so far, by why: `listener` (`max_connections`) or
        `address` (`max_connections_per_address`)."""
        self._held: Counter[str | None] = Counter()
        """The front's connections by client address."""
        self._logged: dict[str, float] = {}
        """When a refusal was last logged, by why."""
        self._unlogged: Counter[str] = Counter()
        """Refusals since, by why."""

    @property
    def open(self) -> int:
        """Connections open now (the front's and aiohttp's)."""
        return len(self.fronts) + len(self.handed())

    def enter(self, front: M) -> bytes | None:
        """Take an accepted connection in; or the answer that refuses it."""
        remote = front.remote
        handed = self.handed()
        held = self._held[remote]
        why = None
        if len(self.fronts) + len(handed) + len(self.recording) >= self.max_connections:
            why = "listener"
        elif held + len(handed) >= self.per_address and \
                held + sum(1 for h in handed if _address(h) == remote) >= self.per_address:
            why = "address"
        if why is None:
            self.fronts.add(front)
            self._held[remote] += 1
            return None
        self.refused[why] += 1
        self._unlogged[why] += 1
        now = front.loop.time()
        if now - self._logged.get(why, -_LOG_EVERY) >= _LOG_EVERY:
            limit = (f"{self.max_connections} connections open "
                     f"(listeners.{self.name}.max_connections)" if why == "listener" else
                     f"{self.per_address} connections open from {remote} "
                     f"(listeners.{self.name}.max_connections_per_address)")
            log.warning("%s listener: %s: new connections are refused (%d since the last "
                        "such line)", self.name, limit, self._unlogged.pop(why))
            self._logged[why] = now
        return _REFUSED[why]

    def leave(self, front: M) -> None:
        """A connection closed, or went to aiohttp (which counts it from then on)."""
        if front in self.fronts:
            self.fronts.discard(front)
            remote = front.remote
            self._held[remote] -= 1
            if self._held[remote] <= 0:
                del self._held[remote]

    def timed_out(self, remote: str | None, timeout: str, reason: str,
                  path: str | None) -> None:
        """Record a connection from `remote` the listener answered 408 and closed (a
        front; the ws relay, a handshake): its request (to `path`, when its request line
        came whole) did not come in time
        (`timeout`: `header_timeout`, `body_timeout`). The record counts against
        `max_connections` until it is written (`recording`)."""
        action = Action(self.surface, principal=Principal(ip=remote),
                        metadata={"timeout": timeout, "peer": remote,
                                  **({"path": path} if path else {})})
        verdict = self.engine.settle(action, Finding(self.surface.value, "request_timeout",
                                                     reason, Severity.LOW))
        task = spawn(self.engine.record(action, verdict, Outcome(status=408, duration=0.0)),
                     name=f"{self.name} timeout record")
        self.recording.add(task)
        task.add_done_callback(self.recording.discard)

    async def recorded(self) -> None:
        """Wait for the records of refused connections still being written."""
        if self.recording:
            await asyncio.wait(list(self.recording))


class FrontGate(ConnectionGate["HotFront"]):
    """The gate of a listener with a front (`HttpListener`): its timeouts too."""

    def __init__(self, name: str, settings: HttpListener, engine: Engine, surface: Surface):
        super().__init__(name, settings, engine, surface)
        self.idle_timeout = settings.idle_timeout
        self.body_timeout = settings.body_timeout


def _request_path(buffer: bytearray) -> str | None:
    """The target of the request line at the buffer's start, when that line is whole."""
    end = buffer.find(b"\r\n", 0, MAX_HEAD)
    if end < 0:
        return None
    parts = bytes(buffer[:end]).split(b" ")
    return parts[1].decode("latin-1")[:2048] if len(parts) == 3 else None


def _address(handler: Any) -> str | None:
    """The client address of one of aiohttp's connections."""
    transport = handler.transport
    return peer_address(transport.get_extra_info("peername") if transport else None)


def peer_address(peer: Any) -> str | None:
    """The address of a transport's `peername`."""
    if peer is None:
        return None
    return str(peer[0]) if isinstance(peer, list | tuple) else str(peer)


def _refusal(status: int, text: str) -> bytes:
    body = text.encode()
    return (b"HTTP/1.1 %d %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
            b"Content-Length: %d\r\nRetry-After: 1\r\nConnection: close\r\n\r\n%s"
            % (status, _PHRASES[status], len(body), body))


_REFUSED = {
    "listener": _refusal(503, "too many connections to this listener; try again"),
    "address": _refusal(429, "too many connections from this address; try again"),
}
REFUSED_LINGER = 1.0
"""Seconds a refused connection stays open for its answer to be read."""


def send_refusal(transport: asyncio.BaseTransport, refusal: bytes,
                 loop: asyncio.AbstractEventLoop) -> None:
    """Answer a connection a gate refused, then close it at the client's end of stream
    or `REFUSED_LINGER` later; its protocol drops what the client sends meanwhile.
    Closed at once, the request the client was sending (a body of some size) arrived at
    a closed socket, which reset the connection: the client saw a reset, not the 503 or
    429."""
    transport = cast(asyncio.Transport, transport)
    transport.write(refusal)
    if transport.can_write_eof():
        transport.write_eof()
    loop.call_later(REFUSED_LINGER, transport.close)


class HotFront(asyncio.Protocol):
    """One client connection of the api listener (see the module)."""

    def __init__(self, routes: Mapping[bytes, HotRoute], fallback: Callable[[], asyncio.Protocol],
                 gate: FrontGate):
        self._routes = routes
        self._fallback = fallback
        self._gate = gate
        self._keepalive = gate.idle_timeout
        self.transport: asyncio.Transport = cast(asyncio.Transport, None)
        self.loop: asyncio.AbstractEventLoop = cast(asyncio.AbstractEventLoop, None)
        self.remote: str | None = None
        """The client's address."""
        self._buffer = bytearray()
        self._task: asyncio.Task[None] | None = None
        """The request being answered (the next waits in the buffer)."""
        self._closing = False
        self._refused = False
        """Past a bound of the gate: answered, nothing of it read."""
        self._lost = False
        self._last = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._head_timer: asyncio.TimerHandle | None = None
        """Runs while a request head has begun and is not whole (`HEAD_TIMEOUT`)."""
        self._body_timer: asyncio.TimerHandle | None = None
        """Runs while a request's body is on its way (the listener's `body_timeout`)."""
        self._body_from = (0.0, 0)
        """When that body began, and where in the buffer."""
        self._paused = False
        self.stopping = False
        """The listener stops: close once the answer in hand is written."""

    # -- asyncio.Protocol --------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.loop = asyncio.get_running_loop()
        self.remote = peer_address(transport.get_extra_info("peername"))
        refusal = self._gate.enter(self)
        if refusal is not None:
            self._closing = self._refused = True
            send_refusal(transport, refusal, self.loop)
            return
        self._idle()

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # (dropped: `send_refusal`)
        self._buffer += data
        self._last = self.loop.time()  # a connection sending is not idle, however slowly
        if self._task is None:
            self._next()
        elif len(self._buffer) > _PAUSE_AT and not self._paused:
            self._paused = True
            self.transport.pause_reading()

    def eof_received(self) -> bool:
        if self._task is None and self._buffer:  # a partial request: aiohttp's to judge
            return self._hand_over(eof=True)
        return False  # the transport closes (as aiohttp's protocol has it)

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = True
        self._gate.leave(self)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._head_done()
        self._body_done()

    # -- requests ----------------------------------------------------------------------

    def _next(self) -> None:
        """Take the request at the buffer's start when it is whole, or hand over."""
        if self._paused:  # no answer in hand: read on (the request may be half here)
            self._paused = False
            self.transport.resume_reading()
        buffer = self._buffer
        if not buffer or self._closing or self._lost:  # a client gone: nothing more taken
            return
        end = buffer.find(b"\r\n\r\n", 0, MAX_HEAD + 4)
        if end < 0:
            # Handed over once aiohttp has all of a head to read (whole: its end, with
            # bare LFs too; or past the longest it takes), kept here until then, within
            # HEAD_TIMEOUT: handed over half-sent, aiohttp waited for the rest for ever.
            if len(buffer) > MAX_HEAD or _REQUEST_START.match(buffer) is None or (
                    buffer.count(b"\n") != buffer.count(b"\r\n") and (
                        b"\n\n" in buffer or b"\n\r\n" in buffer)):
                self._hand_over()  # (no request line: aiohttp refuses it at once)
            elif self._head_timer is None:
                self._head_timer = self.loop.call_later(HEAD_TIMEOUT, self._head_expired)
            return
        self._head_done()
        taken = self._taken(bytes(buffer[:end + 4]))
        if taken is None:
            self._hand_over()
            return
        route, length, headers = taken
        if length > route.max_body():
            self._hand_over()
            return
        if len(buffer) < end + 4 + length:  # the body is on its way
            if self._body_timer is None:
                self._body_from = (self.loop.time(), end + 4)
                self._body_timer = self.loop.call_later(self._gate.body_timeout,
                                                        self._body_expired, route)
            return
        self._body_done()
        body = bytes(buffer[end + 4:end + 4 + length])
        del buffer[:end + 4 + length]
        self._task = spawn(self._answer(route, HotRequest(self.remote, headers, body)),
                           name="api hot route")

    def _taken(self, head: bytes) -> tuple[HotRoute, int, CIMultiDictProxy[str]] | None:
        """The route of a head the front takes, its body's length and its headers; None
        for a head aiohttp answers."""
        line, _, _ = head.partition(b"\r\n")
        method, _, rest = line.partition(b" ")
        target, _, version = rest.partition(b" ")
        route = self._routes.get(target)
        if method != b"POST" or route is None or version != b"HTTP/1.1":
            return None
        got = _Head()
        parser = httptools.HttpRequestParser(got)
        try:
            parser.feed_data(head)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade):
            return None  # (an upgrade is no HttpParserError: it escaped, unanswered)
        if not got.done or len(got.headers) > MAX_HEADERS or \
                head.count(b"\n") != head.count(b"\r\n"):
            return None
        length: int | None = None
        seen: set[str] = set()
        for name, value in got.headers:
            lower = name.lower()
            if lower in _SINGLETON:
                if lower in seen:
                    return None
                seen.add(lower)
            if lower == "content-length":
                if not value.strip().isdigit():
                    return None
                length = int(value)
            elif lower in _HANDED or lower == "connection" and value.strip().lower() != \
                    "keep-alive" or lower == "accept" and "text/html" in value:
                return None
        if length is None:
            return None
        return route, length, CIMultiDictProxy(CIMultiDict(got.headers))

    async def _answer(self, route: HotRoute, request: HotRequest) -> None:
        try:
            try:
                answer = await route.handle(request)
            except Exception:
                log.exception("Error handling request from %s", self.remote)
                self._write(HotAnswer(500, _FAILED), failed=True)
                self._close()
                return
            self._write(answer)
        finally:
            self._task = None
        self._after()

    def _after(self) -> None:
        """An answer is written: close when stopping, else the next request pipelined
        behind it, else wait idle."""
        if self.stopping:
            self._close()
        elif self._buffer:
            self._next()
        else:
            self._idle()

    def _write(self, answer: HotAnswer, *, failed: bool = False) -> None:
        if self._lost:
            return
        status = answer.status
        parts = [b"HTTP/1.1 %d %s\r\n" % (status, _PHRASES.get(status, b"Unknown"))]
        if answer.headers:
            parts.extend(b"%s: %s\r\n" % (k.encode(), v.encode())
                         for k, v in answer.headers.items())
        content_type = b"text/plain" if failed else b"application/json"
        parts.append(b"Content-Type: %s; charset=utf-8\r\nContent-Length: %d\r\nDate: %s\r\n"
                     b"Server: %s\r\n%s\r\n" % (content_type, len(answer.body), _DATE.now(),
                                                _SERVER, b"Connection: close\r\n"
                                                if failed else b""))
        parts.append(answer.body)
        self.transport.write(b"".join(parts))

    # -- handing over, closing -------------------------------------------------------

    def _head_done(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _body_done(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _head_expired(self) -> None:
        """A request head begun `HEAD_TIMEOUT` ago is still not whole: 408, closed."""
        self._head_timer = None
        if self._lost or self._closing or self._task is not None:
            return
        log.info("%s front: a request head from %s not complete within %gs: closed",
                 self._gate.name, self.remote, HEAD_TIMEOUT)
        self.transport.write(HEAD_408)
        self._close()
        self._gate.timed_out(self.remote, "header_timeout",
                             f"request head not complete within {HEAD_TIMEOUT:g}s",
                             _request_path(self._buffer))

    def _body_expired(self, route: Any) -> None:
        """A request body still not whole `body_timeout` after its head (and a second
        more for each `BODY_RATE` bytes of it): 408, closed (aiohttp's requests get the
        same from `base.within_body_timeout`)."""
        self._body_timer = None
        if self._lost or self._closing or self._task is not None:
            return
        gate = self._gate
        start, at = self._body_from
        due = body_due(start, gate.body_timeout, len(self._buffer) - at)
        if self.loop.time() < due:
            self._body_timer = self.loop.call_at(due, self._body_expired, route)
            return
        log.info("%s front: a request body from %s not complete within %gs: closed",
                 gate.name, self.remote, gate.body_timeout)
        reason = late_body(gate.body_timeout)
        self.transport.write(self._late_body(route, reason))
        self._close()
        gate.timed_out(self.remote, "body_timeout", reason, _request_path(self._buffer))

    def _late_body(self, route: Any, reason: str) -> bytes:
        """The 408 for a body that did not come in time on `route`, in the listener's
        error shape (the api's hot routes are the inspection API's: its refusals')."""
        return refuse("request_timeout", reason).http1(close=True)

    def _hand_over(self, *, eof: bool = False) -> bool:
        """Give the connection to aiohttp, from the request at the buffer's start on.
        With `eof`: the client has finished sending; what aiohttp's protocol says to
        that (keep the transport open or not)."""
        self._head_done()
        self._body_done()
        self._gate.leave(self)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._closing = True  # nothing more for this front
        protocol = HandedOver(cast(asyncio.Protocol, self._fallback()), self._gate,
                              self.remote)
        transport = self.transport
        transport.set_protocol(protocol)
        protocol.connection_made(transport)
        if self._paused:
            self._paused = False
            transport.resume_reading()
        data, self._buffer = bytes(self._buffer), bytearray()
        if data:
            protocol.data_received(data)
        return bool(protocol.eof_received()) if eof else True

    def _idle(self) -> None:
        """An idle connection closes after the listener's `idle_timeout` (one timer,
        moved lazily)."""
        loop = self.loop  # (get_running_loop() asks the OS for the process id each time)
        self._last = loop.time()
        if self._timer is None:
            self._timer = loop.call_at(self._last + self._keepalive, self._expire)

    def _expire(self) -> None:
        self._timer = None
        if self._lost or self._closing:
            return
        loop = self.loop
        due = self._last + self._keepalive
        if self._task is not None:
            self._timer = loop.call_at(loop.time() + self._keepalive, self._expire)
        elif loop.time() >= due:
            self._close()
        else:
            self._timer = loop.call_at(due, self._expire)

    def _close(self) -> None:
        self._closing = True
        if not self._lost:
            self.transport.close()

    def stop(self) -> asyncio.Task[None] | None:
        """The listener stops: an idle connection closes now, a busy one after its
        answer (the task making it, returned)."""
        self.stopping = True
        if self._task is None:
            self._close()
        return self._task


class HandedOver(asyncio.Protocol):
    """A connection the front handed to aiohttp (`handler`, its protocol), every call
    passed on to it. A request head that begins on it and is still not whole
    `HEAD_TIMEOUT` later, while aiohttp waits for it, is answered 408, closed and
    recorded, as the front does with its own: aiohttp sets no bound on a head, and
    closed a keep-alive connection that sent its second head a byte at a time at its
    keep-alive timeout, unanswered and unrecorded. An httptools parser reads the same
    bytes to see where heads begin and end (bodies, pipelining); it stops at an upgrade
    (no more HTTP) or at what it cannot parse (aiohttp's to refuse)."""

    def __init__(self, handler: asyncio.Protocol, gate: FrontGate, remote: str | None):
        self.handler = handler
        self._gate = gate
        self._remote = remote
        self._parser: httptools.HttpRequestParser | None = httptools.HttpRequestParser(self)
        self._transport: asyncio.Transport | None = None
        self._timer: asyncio.TimerHandle | None = None
        """Runs while a request head has begun and is not whole."""
        self._url = b""
        """The request target of that head (at most 2,048 bytes of it)."""
        self._url_whole = False
        """Whether its request line came whole (a header line followed)."""

    # -- httptools' callbacks ------------------------------------------------------------

    def on_message_begin(self) -> None:
        self._url, self._url_whole = b"", False
        self._timer = asyncio.get_running_loop().call_later(HEAD_TIMEOUT, self._expired)

    def on_url(self, url: bytes) -> None:
        self._url = (self._url + url)[:2048]

    def on_header(self, name: bytes, value: bytes) -> None:
        self._url_whole = True

    def on_headers_complete(self) -> None:
        self._stop_timer()

    # -- asyncio.Protocol ----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        self.handler.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        parser = self._parser
        if parser is not None:
            try:
                parser.feed_data(data)
            except (httptools.HttpParserError, httptools.HttpParserUpgrade):
                self._parser = None
                self._stop_timer()
        self.handler.data_received(data)

    def eof_received(self) -> bool | None:
        return self.handler.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        self._parser = None
        self._stop_timer()
        self.handler.connection_lost(exc)

    def pause_writing(self) -> None:
        self.handler.pause_writing()

    def resume_writing(self) -> None:
        self.handler.resume_writing()

    # -- the head's time -------------------------------------------------------------------

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expired(self) -> None:
        self._timer = None
        transport = self._transport
        if self._parser is None or transport is None or transport.is_closing():
            return
        # aiohttp's own test of a connection waiting for its next request (its
        # keep-alive's); while it still answers the one before, the head waits on.
        waiter = getattr(self.handler, "_waiter", None)
        if waiter is None or waiter.done():
            self._timer = asyncio.get_running_loop().call_later(HEAD_TIMEOUT, self._expired)
            return
        log.info("%s listener: a request head from %s not complete within %gs: closed",
                 self._gate.name, self._remote, HEAD_TIMEOUT)
        transport.write(HEAD_408)
        transport.close()
        path = self._url.decode("latin-1") if self._url_whole else None
        self._gate.timed_out(self._remote, "header_timeout",
                             f"request head not complete within {HEAD_TIMEOUT:g}s", path)


async def stop_fronts(gate: FrontGate, within: float) -> None:
    """Close the front's connections, letting the answers in hand be written (at most
    `within` seconds), and the records of those refused for their time."""
    tasks = [task for front in list(gate.fronts) if (task := front.stop()) is not None]
    if tasks:
        await asyncio.wait(tasks, timeout=within)
    await gate.recorded()


class AnsweringFront(HotFront):
    """A front whose route writes its own answer (`whole`, or a stream: `start`, `write`,
    `end` of a subclass), the llm and mcp listeners': what their connections share is
    here, the error answer, the stream left open, the stop's cut and the writer's flow
    control."""

    log = log
    """Where a route's failure is logged (the listener's logger)."""

    def __init__(self, routes: Mapping[bytes, HotRoute], fallback: Callable[[], asyncio.Protocol],
                 gate: FrontGate):
        super().__init__(routes, fallback, gate)
        self._written = False
        """Something of the answer in hand has been written."""
        self._streaming = False
        """A chunked answer is open (not ended)."""
        self._drained: asyncio.Future[None] | None = None
        """Set while the transport's buffer is over its high mark."""

    async def _serve(self, route: Any, request: HotRequest) -> None:
        """Make and write the answer to `request` (the subclass's route)."""
        raise NotImplementedError

    # -- asyncio.Protocol: flow control ------------------------------------------------

    def pause_writing(self) -> None:
        if self._drained is None:
            self._drained = self.loop.create_future()

    def resume_writing(self) -> None:
        drained, self._drained = self._drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        self.resume_writing()  # a writer waiting for room: it finds the client gone

    # -- one request -------------------------------------------------------------------

    async def _answer(self, route: Any, request: HotRequest) -> None:
        self._written = self._streaming = False
        try:
            try:
                await self._serve(route, request)
            except Exception:
                self.log.exception("Error handling request from %s", self.remote)
                if not self._written:
                    self._write(HotAnswer(500, _FAILED), failed=True)
                self._close()
                return
            if self._streaming:  # left without its end (the client went): no reuse
                self._close()
                return
            if self._drained is not None:
                # the next request pipelined behind waits for room: a client that sends
                # and never reads does not pile its answers up in the proxy's memory
                await self._drained
        finally:
            self._task = None
        self._after()

    def cut(self) -> asyncio.Task[None] | None:
        """The listener stops and the answer in hand did not end in time: it is
        cancelled and the connection closed. Returns its task."""
        task = self._task
        if task is not None:
            task.cancel()
        self._close()
        return task


async def stop_streams(gate: FrontGate) -> None:
    """Cancel the answers the fronts still make (after `stop_fronts` let them run for
    its time) and close their connections."""
    tasks = [task for front in list(gate.fronts) if isinstance(front, AnsweringFront)
             and (task := front.cut()) is not None]
    if tasks:
        await asyncio.wait(tasks)
