"""Reading HTTP/1.1 off a stream with httptools (llhttp): requests from clients,
responses from upstreams.

The parser's callbacks push heads, body pieces and message ends into a small queue that
the connection drains in order, so a pipelined second request waits its turn and a body
is never held beyond one read. Limits on request heads (414, 431), the head timeout
(408) and the idle timeout are enforced here.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

import httptools

from secproxy.surfaces.egress.http1 import (
    END,
    MAX_RESPONSE_HEAD,
    READ_SIZE,
    Headers,
    HttpError,
    PeerClosed,
    RequestHead,
    ResponseHead,
)


class _HeadOnly(Exception):
    """Raised inside the parser to stop after the head of a response to HEAD."""


class _Reader:
    """Shared queue handling for the request and response readers."""

    def __init__(self, reader: asyncio.StreamReader):
        self.reader = reader
        self.queue: deque[Any] = deque()
        """Heads, body pieces (bytes) and `END` markers, in wire order."""
        self.error: HttpError | None = None
        self.eof = False
        self.upgraded: bytes | None = None
        """Bytes that followed an upgrade head (CONNECT, 101): the start of raw traffic."""
        self._headers: Headers = []
        self.loop = asyncio.get_running_loop()
        self.timed_out = False
        self._deadline: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name.lower(), name, value))

    def on_body(self, body: bytes) -> None:
        self.queue.append(body)

    def on_message_complete(self) -> None:
        self.queue.append(END)

    async def body_piece(self, stall: float) -> bytes:
        """The next piece of the current message body; `END` when it is complete."""
        queue = self.queue
        while not queue:
            if self.error is not None:
                raise self.error
            if self.eof:
                raise PeerClosed("connection closed in the middle of a message")
            await self.fill_within(stall)
        return queue.popleft()  # type: ignore[no-any-return]

    def arm(self, seconds: float) -> None:
        """Make the reads fail with TimeoutError after `seconds`, until `disarm()`; a
        reader that timed out is finished.

        Deadlines are checked lazily: one timer stays scheduled and, when it fires
        early because the deadline moved, sleeps on to the new one. Arming and
        disarming on every request then costs no timer start and stop."""
        deadline = self.loop.time() + seconds
        self._deadline = deadline
        if self._timer is None or self._timer_at > deadline:
            if self._timer is not None:
                self._timer.cancel()
            self._timer_at = deadline
            self._timer = self.loop.call_at(deadline, self._check)

    def disarm(self) -> None:
        self._deadline = None

    def stop(self) -> None:
        """Drop the timer for good (the connection is closed)."""
        self._deadline = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _check(self) -> None:
        self._timer = None
        deadline = self._deadline
        if deadline is None:
            return
        if self.loop.time() < deadline:
            self._timer_at = deadline
            self._timer = self.loop.call_at(deadline, self._check)
            return
        self.timed_out = True
        self.reader.feed_eof()

    async def fill_within(self, seconds: float) -> bool:
        """`fill()`, or TimeoutError when nothing arrives within `seconds`."""
        self.arm(seconds)
        try:
            return await self.fill()
        finally:
            self.disarm()

    async def fill(self) -> bool:
        """Read once and feed the parser; False at the end of the stream."""
        data = await self.reader.read(READ_SIZE)
        if not data:
            self.eof = True
            if self.timed_out:
                raise TimeoutError
            self.on_eof()
            return False
        self.feed(data)
        return True

    def on_eof(self) -> None:
        """Hook: what EOF means for a message in progress."""

    def feed(self, data: bytes) -> None:
        raise NotImplementedError


class RequestReader(_Reader):
    """Reads requests off one client connection."""

    def __init__(self, reader: asyncio.StreamReader, *, max_request_line: int,
                 max_header_bytes: int, max_headers: int):
        super().__init__(reader)
        self.parser = httptools.HttpRequestParser(self)
        self.max_request_line = max_request_line
        self.max_header_bytes = max_header_bytes
        self.max_headers = max_headers
        self.head_cap = max_request_line + max_header_bytes + 4096
        self.in_head = False
        self._head_fed = 0
        self._url: list[bytes] = []
        self._url_len = 0
        self._header_bytes = 0

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
            raise HttpError(414, "request_line_too_long",
                            f"request target longer than {self.max_request_line} bytes")
        self._url.append(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_bytes += len(name) + len(value) + 4
        if self._header_bytes > self.max_header_bytes:
            raise HttpError(431, "headers_too_large",
                            f"request headers larger than {self.max_header_bytes} bytes")
        if len(self._headers) >= self.max_headers:
            raise HttpError(431, "too_many_headers",
                            f"more than {self.max_headers} request headers")
        self._headers.append((name.lower(), name, value))

    def on_headers_complete(self) -> None:
        p = self.parser
        self.in_head = False
        url = self._url[0] if len(self._url) == 1 else b"".join(self._url)
        self.queue.append(RequestHead(p.get_method(), url, self._headers,
                                      p.get_http_version(), p.should_keep_alive(),
                                      p.should_upgrade()))

    # -- reading ---------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade as exc:
            self.upgraded = data[exc.args[0]:]
        except httptools.HttpParserCallbackError as exc:
            cause = exc.__context__
            self.error = (cause if isinstance(cause, HttpError)
                          else HttpError(400, "bad_request", f"malformed request: {exc}"))
        except httptools.HttpParserError as exc:
            self.error = HttpError(400, "bad_request", f"malformed request: {exc}")
        if self.in_head and self.error is None:
            self._head_fed += len(data)
            if self._head_fed > self.head_cap:
                # on_url has already refused a long URL, so what overflows is headers
                self.error = HttpError(431, "headers_too_large",
                                       f"request head larger than {self.head_cap} bytes")

    def resume(self, rest: bytes) -> None:
        """Parse `rest` as HTTP again (after an upgrade the proxy declined to honour)."""
        self.upgraded = None
        if rest:
            self.feed(rest)

    def _pop_head(self) -> RequestHead | None:
        queue = self.queue
        while queue:
            item = queue.popleft()
            if type(item) is RequestHead:
                return item
        if self.error is not None:
            raise self.error
        return None

    async def next_head(self, idle_timeout: float, header_timeout: float) -> RequestHead | None:
        """The next request head; None when the client closed or stayed idle too long.

        Raises `HttpError` for malformed or oversized heads and for a head that takes
        longer than `header_timeout` once it has started (408)."""
        head = self._pop_head()
        if head is not None or self.eof:
            return head
        started = self.in_head
        self.arm(header_timeout if started else idle_timeout)
        try:
            while True:
                if not await self.fill():
                    return self._pop_head()
                head = self._pop_head()
                if head is not None:
                    return head
                if not started and self.in_head:
                    started = True
                    self.arm(header_timeout)
        except TimeoutError:
            if self.in_head:
                raise HttpError(408, "request_timeout",
                                f"request head not complete within {header_timeout:g}s") from None
            return None
        finally:
            self.disarm()


class ResponseReader(_Reader):
    """Reads responses off one upstream connection."""

    def __init__(self, reader: asyncio.StreamReader):
        super().__init__(reader)
        self.parser = httptools.HttpResponseParser(self)
        self.head_only = False
        """Set for responses to HEAD: the parser stops after the head."""
        self.reusable = True
        """False once the connection can no longer carry another response."""
        self.current: ResponseHead | None = None
        self.complete = False
        self.in_head = False
        self._head_fed = 0
        self._reason = b""

    def on_message_begin(self) -> None:
        self._headers = []
        self._reason = b""
        self.complete = False
        self.in_head = True
        self._head_fed = 0

    def on_status(self, status: bytes) -> None:
        self._reason += status

    def on_headers_complete(self) -> None:
        p = self.parser
        self.in_head = False
        head = ResponseHead(p.get_status_code(), self._reason, self._headers,
                            p.get_http_version(), p.should_keep_alive(), p.should_upgrade())
        self.current = head
        self.queue.append(head)
        if self.head_only and head.status >= 200:
            self.queue.append(END)
            self.complete = True
            raise _HeadOnly

    def on_message_complete(self) -> None:
        self.queue.append(END)
        self.complete = True
        if self.current is not None and not self.parser.should_keep_alive():
            self.reusable = False

    def restart(self) -> None:
        """The current body was copied past the parser: the message is complete, and the
        next response starts on a fresh parser."""
        self.parser = httptools.HttpResponseParser(self)
        self.complete = True
        self.in_head = False
        if self.current is None or not self.current.keep_alive:
            self.reusable = False

    def on_eof(self) -> None:
        head = self.current
        if head is not None and not self.complete:
            if not head.chunked and head.content_length is None and not head.bodiless:
                self.queue.append(END)  # body delimited by the close
                self.complete = True
        self.reusable = False

    def feed(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade as exc:
            self.upgraded = data[exc.args[0]:]
            self.reusable = False
        except httptools.HttpParserCallbackError as exc:
            if isinstance(exc.__context__, _HeadOnly):
                # The head ended this read exactly: nothing of a later message is lost.
                end = data.find(b"\r\n\r\n")
                self.reusable = self.reusable and end == len(data) - 4
                self.parser = httptools.HttpResponseParser(self)
            else:
                self.error = HttpError(502, "bad_upstream_response",
                                       f"malformed upstream response: {exc}")
        except httptools.HttpParserError as exc:
            self.error = HttpError(502, "bad_upstream_response",
                                   f"malformed upstream response: {exc}")
        if self.in_head:
            self._head_fed += len(data)
            if self._head_fed > MAX_RESPONSE_HEAD:
                self.error = HttpError(502, "bad_upstream_response",
                                       f"upstream response head over {MAX_RESPONSE_HEAD} bytes")
                self.reusable = False

    async def next_head(self) -> ResponseHead:
        """The next response head (interim 1xx heads included)."""
        queue = self.queue
        while True:
            while queue:
                item = queue.popleft()
                if type(item) is ResponseHead:
                    return item
            if self.error is not None:
                raise self.error
            if self.eof:
                raise PeerClosed("upstream closed the connection before answering")
            await self.fill()
