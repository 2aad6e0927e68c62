"""The client side of one egress connection as a protocol: requests are parsed with
httptools as bytes arrive, limits on request heads (414, 431) are enforced inside the
parser callbacks, and the connection's task waits for heads and body pieces.

Pipelined requests queue in order (reading pauses when the queue holds more than a
read's worth of body or many heads). After an upgrade head (CONNECT, WebSocket) the
bytes that follow are kept raw, and reading pauses until a tunnel takes them over or
the upgrade is declined (by the proxy or the upstream); then they are parsed as requests
again, the declined request's own body first. While an upstream response is relayed straight to this
connection (`upstream.Upstream.relay`), a full write buffer here pauses reading the
upstream, and a lost client ends the relay.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

import httptools

from secproxy.config.types import BODY_RATE
from secproxy.surfaces.egress.http1 import (
    CLIENT_GONE,
    END,
    READ_SIZE,
    HttpError,
    PeerClosed,
    RequestHead,
    again,
)
from secproxy.surfaces.egress.wire import NoCallbacks, Wire

if TYPE_CHECKING:
    from secproxy.surfaces.egress.upstream import Upstream

_CLOSED_PARSER = httptools.HttpRequestParser(NoCallbacks())
"""The parser of every closed connection, which never parses (`connection_lost`)."""
_MAX_QUEUED_HEADS = 32
_WRITE_HIGH = 64 * 1024
"""Bytes queued towards the client before the upstream feeding it is paused."""


class RequestReader(Wire):
    """Reads requests off one client connection, and writes its answers."""

    __slots__ = ("accepted", "parser", "max_request_line", "max_header_bytes", "max_headers",
                 "head_cap", "in_head", "source", "discarding", "cut_off", "_continuation",
                 "_queued", "_head_fed", "_url", "_url_len", "_header_bytes", "body_due",
                 "body_timeout")

    def __init__(self, accepted: Callable[[RequestReader], None], *, max_request_line: int,
                 max_header_bytes: int, max_headers: int,
                 loop: asyncio.AbstractEventLoop | None = None):
        super().__init__(loop)
        self.accepted = accepted
        self.parser = httptools.HttpRequestParser(self)
        self.max_request_line = max_request_line
        self.max_header_bytes = max_header_bytes
        self.max_headers = max_headers
        self.head_cap = max_request_line + max_header_bytes + 4096
        self.in_head = False
        self.body_due = 0.0
        """When the current request's body must be whole (`start_body`, `body_piece`)."""
        self.body_timeout = 0.0
        self.source: Upstream | None = None
        """The upstream whose response is awaited for, or written straight to, this
        client (told when the client's buffer fills, drains, or the client leaves)."""
        self.discarding = False
        self.cut_off: str | None = None
        """Why the proxy itself ended this connection (`abort(reason)`), if it did."""
        self._continuation = False
        """The parser reads a head made up by `resume()`: its body is what counts."""
        self._queued = 0
        self._head_fed = 0
        self._url: list[bytes] = []
        self._url_len = 0
        self._header_bytes = 0

    def connection_made(self, transport: object) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self.transport.set_write_buffer_limits(high=_WRITE_HIGH)
        self.accepted(self)

    def data_received(self, data: bytes) -> None:
        if self.discarding:
            return
        if self.upgraded is not None:
            self.upgraded += data
            self.pause_reading()
            return
        self.feed(data)
        if len(self.queue) > _MAX_QUEUED_HEADS or self._queued > READ_SIZE:
            self.pause_reading()
        self.wake()

    def pause_writing(self) -> None:
        super().pause_writing()
        if self.source is not None:
            self.source.pause_source()

    def resume_writing(self) -> None:
        super().resume_writing()
        if self.source is not None:
            self.source.resume_source()

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        if self.source is not None:
            self.source.sink_lost()

    def release(self) -> None:
        self.parser = _CLOSED_PARSER

    def want_empty(self, empty: bool) -> None:
        """With `empty`, `resume_writing` (and the source's `resume_source`) comes only
        once the transport has written everything it holds: what is then written to the
        socket past it (a spliced body) goes after it. Back to the usual mark without."""
        if not self.transport.is_closing():
            self.transport.set_write_buffer_limits(high=0 if empty else _WRITE_HIGH)

    @property
    def gone(self) -> str:
        """What a record says of a request whose client connection ended early."""
        return self.cut_off or CLIENT_GONE

    def abort(self, reason: str | None = None) -> None:
        """Reset the connection; `reason` is what records of unfinished requests say."""
        if reason is not None and self.cut_off is None and not self.lost:
            self.cut_off = reason
        super().abort()

    # -- httptools callbacks ---------------------------------------------------------

    def on_message_begin(self) -> None:
        self.in_head = True
        self._head_fed = 0
        self._url = []
        self._url_len = 0
        self._headers = []
        self._header_bytes = 0

    def on_url(self, url: bytes) -> None:
        self._url_len += len(url)
        if self._url_len > self.max_request_line:
            raise HttpError("request_line_too_long",
                            f"request target longer than {self.max_request_line} bytes")
        self._url.append(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_bytes += len(name) + len(value) + 4
        if self._header_bytes > self.max_header_bytes:
            raise HttpError("headers_too_large",
                            f"request headers larger than {self.max_header_bytes} bytes")
        if len(self._headers) >= self.max_headers:
            raise HttpError("too_many_headers",
                            f"more than {self.max_headers} request headers")
        self._headers.append((name.lower(), name, value))

    def on_headers_complete(self) -> None:
        p = self.parser
        self.in_head = False
        if self._continuation:
            self._continuation = False  # the framing `resume` gave for a declined upgrade
            return
        url = self._url[0] if len(self._url) == 1 else b"".join(self._url)
        head = RequestHead(p.get_method(), url, self._headers, p.get_http_version(),
                           p.should_keep_alive(), p.should_upgrade())
        if head.coded and not head.chunked:
            # A request's body length cannot be known when `chunked` is not its final
            # coding: it must be refused and the connection closed (RFC 9112 6.3), not
            # read as bodiless, which left its body to be parsed as the next request.
            raise HttpError("bad_request", "Transfer-Encoding without a final chunked "
                            "coding: the body's length cannot be known")
        self.queue.append(head)

    def on_body(self, body: bytes) -> None:
        self._queued += len(body)
        self.queue.append(body)

    def on_message_complete(self) -> None:
        self.queue.append(END)
        # The request is whole and its head holds its headers and target: the lists they
        # were gathered in go, or an idle keep-alive connection keeps its last request's
        # headers for as long as it stays (a real client's: a few hundred bytes to KiBs).
        self._headers = []
        self._url = []

    # -- parsing -----------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade as exc:
            self.upgraded = data[exc.args[0]:]
        except httptools.HttpParserCallbackError as exc:
            cause = exc.__context__
            self.error = (cause.with_traceback(None) if isinstance(cause, HttpError)
                          else HttpError("bad_request", f"malformed request: {exc}"))
        except httptools.HttpParserError as exc:
            self.error = HttpError("bad_request", f"malformed request: {exc}")
        if self.in_head and self.error is None:
            self._head_fed += len(data)
            if self._head_fed > self.head_cap:
                # on_url has already refused a long URL, so what overflows is headers
                self.error = HttpError("headers_too_large",
                                       f"request head larger than {self.head_cap} bytes")

    def resume(self, rest: bytes, *, body_of: RequestHead | None = None) -> None:
        """Parse `rest` as HTTP again, after an upgrade that was declined (by the proxy
        or the upstream). With `body_of`, the upgrade head that was declined, its body
        comes first: the parser took the head for the end of the message and left the
        body in the raw bytes, so it goes back in as that message's body."""
        self.upgraded = None
        if body_of is not None and body_of.has_body:
            queue = self.queue
            if queue and queue[-1] is END:
                queue.pop()  # the parser ended the message at the head: it goes on
            self.parser = httptools.HttpRequestParser(self)
            self._continuation = True
            framing = (b"Transfer-Encoding: chunked" if body_of.chunked
                       else b"Content-Length: %d" % (body_of.content_length or 0))
            self.feed(b"POST / HTTP/1.1\r\n" + framing + b"\r\n\r\n")
        if rest:
            self.feed(rest)
        if self.lost:
            self.release()  # the parser just built must not keep a closed connection

    def pop_head(self) -> RequestHead | None:
        """A request head already parsed (pipelined), without waiting; raises the
        parse error once the heads before it are taken."""
        queue = self.queue
        while queue:
            item = queue.pop(0)
            if type(item) is RequestHead:
                return item
        self._queued = 0
        if self.error is not None:
            raise again(self.error)
        return None

    # -- what the connection's task awaits -----------------------------------------------

    async def next_head(self, idle_timeout: float, header_timeout: float) -> RequestHead | None:
        """The next request head; None when the client closed or stayed idle too long.

        Raises `HttpError` for malformed or oversized heads and for a head that takes
        longer than `header_timeout` once it has started (408)."""
        head = self.pop_head()
        if head is not None or self.eof:
            return head
        started = self.in_head
        self.arm(header_timeout if started else idle_timeout)
        try:
            while True:
                await self.wait()
                head = self.pop_head()
                if head is not None or self.eof:
                    return head
                if not started and self.in_head:
                    started = True
                    self.arm(header_timeout)
        except TimeoutError:
            if self.in_head:
                raise HttpError("request_timeout",
                                f"request head not complete within {header_timeout:g}s") from None
            return None
        finally:
            self.disarm()

    def start_body(self, seconds: float) -> None:
        """A request is taken: its body has `seconds` (and more as it comes, `BODY_RATE`)."""
        self.body_timeout = seconds
        self.body_due = self.loop.time() + seconds

    async def body_piece(self, stall: float) -> bytes:
        """The next piece of the current request body; `END` when it is complete.
        Raises TimeoutError after `stall` seconds without a byte, HttpError 408 once the
        body is past its time (`start_body`)."""
        queue = self.queue
        while not queue:
            if self.error is not None:
                raise again(self.error)
            if self.eof:
                raise PeerClosed("connection closed in the middle of a message")
            left = self.body_due - self.loop.time()
            if left > 0:
                self.arm(min(stall, left))
                try:
                    await self.wait()
                except TimeoutError:
                    if self.loop.time() < self.body_due:
                        raise
                finally:
                    self.disarm()
                continue
            raise HttpError("request_timeout", "request body not complete within "
                            f"{self.body_timeout:g}s (egress.body_timeout; a body that "
                            f"brings {BODY_RATE // 1024} KiB a second or more has longer)")
        piece: bytes = queue.pop(0)
        self._queued -= len(piece)
        self.body_due += len(piece) / BODY_RATE
        return piece

    async def linger(self, seconds: float) -> None:
        """Half-close and drop what the client still sends for a short while, so an
        unread request body does not turn the answer into a connection reset."""
        transport = self.transport
        if transport.is_closing() or not transport.can_write_eof():
            return
        try:
            transport.write_eof()
        except OSError:
            return
        self.discarding = True
        self.queue.clear()
        self.upgraded = None
        self.arm(seconds)
        try:
            while not self.eof:
                await self.wait()
        except TimeoutError:
            pass
        finally:
            self.disarm()
