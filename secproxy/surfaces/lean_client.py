"""A lean HTTP/1.1 client for upstream POSTs (the LLM gateway's; any surface may use it):
kept-alive connections parsed by httptools (llhttp, the parser aiohttp's own is built
on), an answer's head awaited and its body read as it comes.

aiohttp's client (its session, request and response objects, payload registry,
connector and timers) costs some 80 us of CPU a request on one core; a request written
here costs a few. It is taken only for what it sends exactly as aiohttp would
(`LeanClient.takes`): a `POST` with its body in hand, to a URL aiohttp's would leave as
written (nothing re-quoted, no dot segment resolved, no fragment), no `Expect` or
`Upgrade` header; everything else goes through the aiohttp session. What goes upstream
is aiohttp's request: `Host`, the headers given, aiohttp's `Accept` and `Accept-Encoding`
and `Content-Type: application/octet-stream` when not given, `Content-Length`. What
comes back reads as aiohttp reads it: informational (1xx) answers skipped, a body by its
length, chunked or up to the connection's end, decompressed when labelled gzip, deflate
(zlib or raw) or br (`lean_answer.LeanResponse`); and aiohttp's errors for its failures
(`ClientConnectorError`, `ClientResponseError` for a head that does not parse,
`ServerDisconnectedError`, `ClientPayloadError`, `ServerTimeoutError` for the connect
and read timeouts, which a body the reader is not reading does not run).

A connection goes back to the pool once its answer was read to the end (and neither
side said `Connection: close`), and closes after `KEEPALIVE` idle; at most `LIMIT`
requests are in flight per upstream, the rest wait, as aiohttp's connector has it.
"""

from __future__ import annotations

import asyncio
import re
import socket
import ssl
from collections.abc import Callable
from typing import Any, cast

import aiohappyeyeballs
import aiohttp
import httptools
from aiohttp.client_reqrep import ClientRequest, ConnectionKey
from aiohttp.helpers import DEBUG
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from secproxy.surfaces.lean_answer import LeanResponse

KEEPALIVE = 30.0
"""Seconds an idle connection stays in the pool (the aiohttp connector's figure)."""
LIMIT = 256
"""Requests in flight per upstream (the aiohttp connector's `limit_per_host`)."""
MAX_FIELD = 8190
"""The longest header (name and value) of an answer, as aiohttp's client reads one."""
MAX_HEADERS = 128
"""The most header fields of an answer (aiohttp's client's limit)."""
MAX_HEAD = MAX_HEADERS * (MAX_FIELD + 4) + MAX_FIELD
"""Bytes read before an answer's head is whole past which it is refused: httptools keeps
a header it has not seen the end of, however long it grows. Informational answers (1xx)
before it count with it: a server sending 100 Continue heads without end is refused."""
_AUTO_HEADERS = tuple(ClientRequest.DEFAULT_HEADERS.items())
"""What aiohttp's request adds when not given (`Accept: */*`, the `Accept-Encoding` it
can read; the gateway always gives the latter, `identity`)."""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters aiohttp's writer refuses in a head (CR and LF are counted)."""
_TARGETS = 256
"""Request targets remembered per upstream (`LeanClient.takes`)."""


def _ssl_context() -> ssl.SSLContext:
    """aiohttp's verified context: the one its connector made at import (loading the
    certificates blocks for some ms, not for the event loop; one more would cost every
    start as much), else one made the same way."""
    made = getattr(aiohttp.connector, "_SSL_CONTEXT_VERIFIED", None)
    if isinstance(made, ssl.SSLContext):
        return made
    context = ssl.create_default_context()
    context.set_alpn_protocols(("http/1.1",))
    return context


_CONTEXT = _ssl_context()


class LeanClient:
    """Pooled connections to one upstream (`scheme://host:port`)."""

    def __init__(self, url: str):
        parts = URL(url)
        self.host = parts.raw_host or ""
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.tls = parts.scheme == "https"
        default = 443 if self.tls else 80
        # aiohttp's Host: without a name's root dot (`api.example.com.`)
        host = f"[{self.host}]" if ":" in self.host else self.host.rstrip(".")
        self._host_header = (host if self.port == default else f"{host}:{self.port}")
        self._idle: list[LeanConnection] = []
        self._slots = asyncio.Semaphore(LIMIT)
        self._open: set[LeanConnection] = set()
        self._targets: dict[str, str | None] = {}

    def takes(self, method: str, url: str, headers: CIMultiDict[str]) -> str | None:
        """The request target to send when this client sends the request exactly as the
        aiohttp session would (see the module); None: the session's."""
        if method != "POST" or "expect" in headers or "upgrade" in headers:
            return None
        try:
            return self._targets[url]
        except KeyError:
            pass
        parsed = URL(url)
        # Sent here only when aiohttp's URL is the URL as written: nothing re-quoted
        # (a `%41` made `A`), no dot segment resolved, this client's host and port.
        same = str(parsed) == url and parsed.raw_host == self.host and \
            (parsed.port or 0) == self.port and parsed.scheme in ("http", "https") and \
            (parsed.scheme == "https") == self.tls and not parsed.raw_fragment and \
            not parsed.user and not parsed.password
        target = parsed.raw_path_qs if same else None
        if len(self._targets) >= _TARGETS:
            self._targets.clear()
        self._targets[url] = target
        return target

    async def send(self, target: str, headers: CIMultiDict[str], body: bytes, *,
                   connect_timeout: float, read_timeout: float,
                   sent: Callable[[], object] | None = None) -> LeanResponse:
        """Send one request on a pooled or new connection; its answer's head is in.
        `sent`: called once the request is written, before its answer is awaited (the MCP
        relay and the LLM gateway announce a decision while the server works on it); and
        before a new connection is made, which takes the event loop's other tasks a while
        (their decisions are not made before this one is announced), and before a wait
        for a free connection when all are taken. It may be called more than once: what
        it does must happen once."""
        head = self._head(target, headers, body)
        if sent is not None and self._slots.locked():
            sent()  # every connection busy: announced before the wait for one, however long
        await self._slots.acquire()
        try:
            conn = self._pooled()
            if conn is None:
                if sent is not None:
                    sent()
                conn = await self._connect(connect_timeout)
            return await conn.exchange(head, body, read_timeout, target, sent)
        except BaseException:
            self._slots.release()
            raise

    def _head(self, target: str, headers: CIMultiDict[str], body: bytes) -> bytes:
        lines = [f"POST {target} HTTP/1.1\r\nHost: {self._host_header}\r\n"]
        for name, value in headers.items():
            lines.append(f"{name}: {value}\r\n")
        for name, value in _AUTO_HEADERS:
            if name not in headers:
                lines.append(f"{name}: {value}\r\n")
        if "content-type" not in headers:  # (a POST's, body or none, as aiohttp's)
            lines.append("Content-Type: application/octet-stream\r\n")
        lines.append(f"Content-Length: {len(body)}\r\n\r\n")
        head = "".join(lines)
        ends = len(lines) + 2  # the request line's and the blank line's, one per header
        if head.count("\n") != ends or head.count("\r") != ends or _CONTROL.search(head):
            raise ValueError("Forbidden control character detected in headers. "
                             "Potential header injection attack.")
        # aiohttp's writer leaves out a lone surrogate (a byte the server's parser could
        # not decode), writing the rest as UTF-8
        return head.encode("utf-8", "ignore")

    def _pooled(self) -> LeanConnection | None:
        while self._idle:
            conn = self._idle.pop()
            if conn.reusable():
                conn.take()
                return conn
            conn.close()
        return None

    async def _connect(self, within: float) -> LeanConnection:
        loop = asyncio.get_running_loop()
        key = ConnectionKey(self.host, self.port, self.tls, True, None, None, None)
        try:
            async with asyncio.timeout(within):
                infos = await loop.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
                sock = await aiohappyeyeballs.start_connection(
                    cast(Any, infos), happy_eyeballs_delay=0.25, loop=loop)
                _, conn = await loop.create_connection(
                    lambda: LeanConnection(self), sock=sock,
                    ssl=_CONTEXT if self.tls else None,
                    # A name with the root's dot (`api.example.com.`): certificates
                    # name hosts without it (aiohttp strips it too).
                    server_hostname=self.host.rstrip(".") if self.tls else None)
        except TimeoutError:
            scheme = "https" if self.tls else "http"
            raise aiohttp.ConnectionTimeoutError(
                f"Connection timeout to host {scheme}://{self._host_header}") from None
        except ssl.CertificateError as exc:
            raise aiohttp.ClientConnectorCertificateError(key, exc) from exc
        except ssl.SSLError as exc:
            raise aiohttp.ClientConnectorSSLError(key, exc) from exc
        except OSError as exc:
            raise aiohttp.ClientConnectorError(key, exc) from exc
        self._open.add(conn)
        return conn

    def done(self, conn: LeanConnection, reuse: bool) -> None:
        """A request's connection is free again: pooled or closed."""
        self._slots.release()
        if reuse and conn.reusable():
            conn.park()
            self._idle.append(conn)
        else:
            conn.close()

    def forget(self, conn: LeanConnection) -> None:
        self._open.discard(conn)
        if conn in self._idle:
            self._idle.remove(conn)

    async def close(self) -> None:
        for conn in list(self._open):
            conn.close()
        self._idle.clear()


class LeanConnection(asyncio.Protocol):
    """One kept-alive connection: a request at a time, its answer parsed as it comes."""

    def __init__(self, client: LeanClient):
        self._client = client
        # (made in the loop's create_connection: asyncio.get_running_loop() asks the
        # system for the process id each time, to tell a forked child's loop)
        self._loop = asyncio.get_running_loop()
        self._transport: asyncio.Transport | None = None
        self._parser: httptools.HttpResponseParser | None = \
            httptools.HttpResponseParser(self)
        if not DEBUG:  # aiohttp's client reads answers so (strictly in its debug mode)
            self._parser.set_dangerous_leniencies(
                lenient_headers=True, lenient_optional_cr_before_lf=True,
                lenient_spaces_after_chunk_size=True)
        self._head_waiter: asyncio.Future[LeanResponse] | None = None
        self._headers: list[tuple[str, str]] = []
        self._response: LeanResponse | None = None
        self._complete = False
        self._lost = False
        self._keep = True
        self._timer: asyncio.TimerHandle | None = None
        self._deadline = 0.0
        self._read_timeout = 0.0
        self._target = "/"
        self._paused = False
        self._idle_timer: asyncio.TimerHandle | None = None
        self._parked = False
        self._parked_at = 0.0
        self._head_bytes = 0
        """Bytes read while the answer's head is not in yet."""

    # -- asyncio.Protocol ------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if self._head_waiter is None and (self._response is None or self._complete):
            self._keep = False  # bytes nobody asked for: this connection is not reused
            self.close()
            return
        self._arm()
        assert self._parser is not None
        if self._response is None:
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD:  # a head that never ends (httptools keeps it)
                self._fail(self._bad_head("answer head too long"))
                return
        try:
            self._parser.feed_data(data)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade) as exc:
            if self._response is not None and self._response.status == 101:
                pass  # the bytes after a switch are the other protocol's: left unread
            else:
                # What came with the head fails as the head (aiohttp parses a read whole
                # before it answers), what comes later as the body.
                waiting = self._head_waiter is not None and not self._head_waiter.done()
                self._fail(self._bad_head(str(exc) or type(exc).__name__) if waiting else
                           aiohttp.ClientPayloadError(
                               f"Response payload is not completed: {exc}"))
                return
        waiter = self._head_waiter
        if self._response is not None and waiter is not None:
            self._head_waiter = None
            if not waiter.done():
                waiter.set_result(self._response)

    def eof_received(self) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = True
        self._disarm()
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        self._client.forget(self)
        response = self._response
        if response is not None and not self._complete:
            if response.close_delimited and exc is None:
                self._complete = True
                response.body.end()
            else:
                response.body.fail(aiohttp.ClientPayloadError(
                    "Response payload is not completed"))
        if self._head_waiter is not None and not self._head_waiter.done():
            self._head_waiter.set_exception(aiohttp.ServerDisconnectedError())
        self._head_waiter = self._response = None
        self._parser = None  # (it calls this protocol back: a cycle)

    # -- httptools callbacks ---------------------------------------------------------

    def on_message_begin(self) -> None:
        if self._complete:  # after this exchange's answer (llhttp parses on): not read
            self._keep = False

    def on_header(self, name: bytes, value: bytes) -> None:
        if self._response is not None:  # a chunked body's trailer: not read (as aiohttp)
            return
        if len(name) + len(value) > MAX_FIELD or len(self._headers) >= MAX_HEADERS:
            raise ValueError("header over aiohttp's limits")
        value = value.rstrip(b" \t")  # (llhttp strips the whitespace before a value only)
        if b"\x00" in value:  # which lenient llhttp lets through and aiohttp refuses
            raise ValueError("NUL in a header")
        self._headers.append((name.decode("utf-8", "surrogateescape"),
                              value.decode("utf-8", "surrogateescape")))

    def on_headers_complete(self) -> None:
        assert self._parser is not None
        status = self._parser.get_status_code()
        if (100 <= status < 200 and status != 101) or self._complete:
            self._headers = []  # informational: the answer is to come; or one after it
            return
        headers = CIMultiDictProxy(CIMultiDict(self._headers))
        self._headers = []
        self._keep = self._keep and self._parser.should_keep_alive() and status != 101
        chunked = "chunked" in headers.get("Transfer-Encoding", "").lower()
        response = LeanResponse(self, status, headers,
                                close_delimited="Content-Length" not in headers and not chunked)
        self._response = response  # (the waiter has it once the read is parsed)
        if status == 101:  # aiohttp's answer: switched, no body; what follows is not HTTP
            self._complete = True
            self._disarm()
            response.body.end()

    def on_body(self, body: bytes) -> None:
        if self._response is not None and not self._complete:
            self._response.body.feed(body)

    def on_message_complete(self) -> None:
        if self._response is None or self._complete:  # an informational answer's end,
            return  # or one after the answer
        self._complete = True
        self._disarm()
        self._response.body.end()

    def _bad_head(self, why: str) -> aiohttp.ClientResponseError:
        """aiohttp's error for an answer whose head does not parse."""
        client = self._client
        url = URL.build(scheme="https" if client.tls else "http", host=client.host,
                        port=client.port, encoded=True).join(URL(self._target, encoded=True))
        info = aiohttp.RequestInfo(url, "POST", CIMultiDictProxy(CIMultiDict()), url)
        return aiohttp.ClientResponseError(info, (), status=400, message=why)

    # -- one exchange ----------------------------------------------------------------

    async def exchange(self, head: bytes, body: bytes, read_timeout: float, target: str,
                       sent: Callable[[], object] | None = None) -> LeanResponse:
        loop = self._loop
        self._target = target
        self._head_waiter = loop.create_future()
        self._read_timeout = read_timeout
        assert self._transport is not None
        self._transport.write(head + body if len(body) < 65536 else head)
        if len(body) >= 65536:
            self._transport.write(body)
        self._arm()
        try:
            if sent is not None:
                sent()
            return await self._head_waiter
        except BaseException:
            self._head_waiter = None
            self.close()
            raise

    def reusable(self) -> bool:
        return not self._lost and self._keep and self._transport is not None \
            and not self._transport.is_closing()

    def take(self) -> None:
        self._parked = False
        self._response = None
        self._complete = False
        self._headers = []
        self._head_bytes = 0

    def park(self) -> None:
        """Idle in the pool: closed after `KEEPALIVE` (one timer, moved lazily)."""
        self._response = None
        self._parked = True
        self.resume()  # an answer released unread may have paused reading (`LeanBody`)
        loop = self._loop
        self._parked_at = loop.time()
        if self._idle_timer is None:
            self._idle_timer = loop.call_at(self._parked_at + KEEPALIVE, self._expire)

    def _expire(self) -> None:
        self._idle_timer = None
        if not self._parked:  # in use: park() arms it again
            return
        loop = self._loop
        due = self._parked_at + KEEPALIVE
        if loop.time() >= due:
            self.close()
        else:
            self._idle_timer = loop.call_at(due, self._expire)

    def release(self) -> None:
        """Its answer is done with: pooled when it was read to the end, else closed."""
        self._client.done(self, self._complete)

    def abandon(self) -> None:
        """Its answer is not read on: closed."""
        self.close()
        self._client.done(self, False)

    def close(self) -> None:
        self._keep = False
        self._disarm()
        if self._transport is not None and not self._lost:
            self._transport.close()

    def pause(self) -> None:
        if not self._paused and self._transport is not None and not self._lost:
            self._paused = True
            self._disarm()  # a reader that is not reading runs no read timeout
            self._transport.pause_reading()

    def resume(self) -> None:
        if self._paused and self._transport is not None and not self._lost:
            self._paused = False
            self._transport.resume_reading()
            if not self._complete:
                self._arm()

    def _arm(self) -> None:
        """The read timeout, from now (a connection sending is not idle): one timer,
        moved lazily."""
        if self._read_timeout <= 0:
            return
        loop = self._loop
        self._deadline = loop.time() + self._read_timeout
        if self._timer is None:
            self._timer = loop.call_at(self._deadline, self._timed_out)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _timed_out(self) -> None:
        self._timer = None
        loop = self._loop
        if loop.time() < self._deadline:
            self._timer = loop.call_at(self._deadline, self._timed_out)
            return
        self._fail(aiohttp.SocketTimeoutError("Timeout on reading data from socket"))

    def _fail(self, exc: Exception) -> None:
        self._keep = False
        if self._head_waiter is not None and not self._head_waiter.done():
            self._head_waiter.set_exception(exc)
        elif self._response is not None and not self._complete:
            self._response.body.fail(exc)
        self.close()
