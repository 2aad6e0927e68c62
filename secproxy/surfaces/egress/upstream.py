"""One upstream connection as a protocol: responses parsed with httptools as bytes
arrive, and the body of the current response relayed straight to the client.

The forwarding task waits for the final response head (interim 1xx heads come first),
sends the head to the client, then calls `relay()`: body pieces already parsed go out at
once, and later ones are written to the client from `data_received` without waking the
task, which sleeps until the message ends, fails or stalls. A Content-Length body is
taken past the parser as raw bytes from the read after its head on, before the relay
starts too (reads that come while the task is still waking are held as they came, not
copied piece by piece through the parser); the next response starts on a fresh
parser. When `SPLICE_FROM` bytes or more of such a body are still to come (on Linux),
they are left in the upstream socket until the relay starts, and go from it to the
client socket with splice(2) once the client's transport has written what it holds
(`zerocopy.BodySplice`): never read into the process. Otherwise, when the client's
write buffer fills, reading from the upstream pauses until it drains. The stall
timeout (`upstream_timeout`) runs from the last read of the upstream or the last time
the client's buffer drained (the last bytes spliced), whichever is later: an upstream
that stops sending and a client that stops reading both end the relay.

A hostile upstream gets nothing queued for free: more than `MAX_INTERIM` interim (1xx)
responses to one request end the connection (the client gets a 502), and bytes that
arrive when no request is outstanding (on an idle pooled connection, or after the end
of the response) close it, never buffered. Trailer fields of a chunked response are
kept (`trailers`, at most `MAX_TRAILER_BYTES`) for the forwarding task to pass on.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import httptools

from secproxy.model import Outcome
from secproxy.net.addresses import IPAddress
from secproxy.surfaces.egress import zerocopy
from secproxy.surfaces.egress.http1 import (
    END,
    MAX_RESPONSE_HEAD,
    ClientGone,
    HttpError,
    PeerClosed,
    ResponseHead,
    again,
)
from secproxy.surfaces.egress.wire import NoCallbacks, Wire

if TYPE_CHECKING:
    from secproxy.surfaces.egress.client import RequestReader

PoolKey = tuple[str, int]
_MIDDLE = "upstream closed the connection in the middle of the body"
CLIENT_STALLED = "client stopped reading the response"
MAX_INTERIM = 32
"""Interim (1xx) responses accepted before the final response to one request."""
MAX_TRAILER_BYTES = 64 * 1024
"""Largest trailer section (names and values) of a chunked response."""
UNSOLICITED = "upstream sent data with no request outstanding"
SPLICE_FROM = 256 * 1024
"""Body bytes still to come from which the rest of a Content-Length body is spliced
(`zerocopy.BodySplice`) rather than read into the process: below it, the relay's
setup (two duplicated sockets, a pipe, their watchers) costs more than it saves."""


class _HeadOnly(Exception):
    """Raised inside the parser to stop after the head of a response to HEAD."""


class _Unsolicited(Exception):
    """Raised inside the parser when a message starts with no request outstanding."""


_RAW_PARSER = httptools.HttpResponseParser(NoCallbacks())
"""The parser of every raw (CONNECT) upstream, which never parses: what it receives is
kept raw for the tunnel, and it is never pooled. Building a parser of its own was a
third of the cost of setting up the upstream side of a tunnel. A closed connection's
parser too (`release`), and a connection's until it is connected."""


class Upstream(Wire):
    """One TCP connection to an upstream, its response parser and the relay of bodies."""

    __slots__ = ("parser", "key", "address", "idle_since", "reused", "head_only", "reusable",
                 "current", "complete", "in_head", "outstanding", "interim", "trailers",
                 "_trailer_bytes", "_bodiless_fed", "_head_fed", "_reason", "sink", "_chunked",
                 "_outcome", "_stall", "_raw_left", "_raw_next", "_body_parsed", "_splice",
                 "_splicing", "relay_error")

    def __init__(self, key: PoolKey, address: IPAddress, *, raw: bool = False,
                 loop: asyncio.AbstractEventLoop | None = None):
        super().__init__(loop)
        # The response parser is built once connected (`connection_made`): it holds this
        # protocol's callbacks, and uvloop builds the protocol before it connects, so a
        # connect that fails would leave the pair (a cycle) to the garbage collector.
        self.parser = _RAW_PARSER
        if raw:
            # A CONNECT upstream may speak first (SMTP, SSH): its bytes are the
            # tunnel's, never an HTTP response.
            self.upgraded = b""
        self.key = key
        self.address = address
        self.idle_since = 0.0
        self.reused = False
        self.head_only = False
        """Set for responses to HEAD: the parser stops after the head."""
        self.reusable = True
        """False once the connection can no longer carry another response."""
        self.current: ResponseHead | None = None
        self.complete = False
        self.in_head = False
        self.outstanding = True
        """A request is waiting for its final response (a new connection is opened for
        one); bytes arriving otherwise are unsolicited and close the connection."""
        self.interim = 0
        """Interim (1xx) responses to the outstanding request."""
        self.trailers: list[tuple[bytes, bytes]] = []
        """Trailer fields of the current chunked response (name, value)."""
        self._trailer_bytes = 0
        self._bodiless_fed = 0
        """Bytes parsed since the last body byte or chunk end of the current body."""
        self._head_fed = 0
        self._reason = b""
        # the relay of the current body to the client
        self.sink: RequestReader | None = None
        self._chunked = False
        self._outcome = Outcome()
        self._stall = 0.0
        self._raw_left = 0
        self._raw_next = False
        """The head just parsed frames its body by Content-Length: the rest of it is
        taken raw once the parser returns."""
        self._body_parsed = 0
        """Body bytes of the current response the parser reported."""
        self._splice: zerocopy.BodySplice | None = None
        """The splice relay of the current body, while it runs."""
        self._splicing = False
        """The body goes by the splice relay (or waits for the client's transport to
        empty first): the client's backpressure no longer starts and stops reading."""
        self.relay_error: BaseException | None = None

    def release(self) -> None:
        self.parser = _RAW_PARSER

    @property
    def alive(self) -> bool:
        return not self.eof and not self.transport.is_closing()

    # -- asyncio.Protocol ----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        if self.upgraded is None:
            self.parser = httptools.HttpResponseParser(self)

    def data_received(self, data: bytes) -> None:
        if self._raw_left:
            self._raw(data)
            return
        if self.upgraded is not None:
            self.upgraded += data
            self.pause_reading()
            return
        if not self.outstanding:
            self._unsolicited()
            return
        if self.error is not None:
            return  # the parser has given up: nothing after the error is read
        self.feed(data)
        if self._raw_next:
            self._take_raw()
        if self.sink is not None:
            if self._deadline is not None:
                self._deadline = self.loop.time() + self._stall
            if self.complete or self.error is not None:
                self.wake()
        else:
            self.wake()

    # -- httptools callbacks -------------------------------------------------------------

    def on_message_begin(self) -> None:
        if not self.outstanding:
            raise _Unsolicited
        self._headers = []
        self._reason = b""
        self.complete = False
        self.in_head = True
        self._head_fed = 0
        self.trailers = []
        self._trailer_bytes = 0
        self._bodiless_fed = 0
        self._body_parsed = 0

    def on_header(self, name: bytes, value: bytes) -> None:
        if self.in_head:
            self._headers.append((name.lower(), name, value))
            return
        # After the head, the parser reports the trailer fields of a chunked body.
        self._trailer_bytes += len(name) + len(value) + 4
        if self._trailer_bytes > MAX_TRAILER_BYTES:
            raise HttpError("bad_upstream_response",
                            f"upstream trailer section over {MAX_TRAILER_BYTES} bytes")
        self.trailers.append((name, value))

    def on_status(self, status: bytes) -> None:
        self._reason += status

    def on_headers_complete(self) -> None:
        p = self.parser
        self.in_head = False
        head = ResponseHead(p.get_status_code(), self._reason, self._headers,
                            p.get_http_version(), p.should_keep_alive(), p.should_upgrade())
        if head.status < 200 and head.status != 101:
            self.interim += 1
            if self.interim > MAX_INTERIM:
                raise HttpError("bad_upstream_response",
                                f"upstream sent more than {MAX_INTERIM} interim (1xx) "
                                f"responses to one request")
        self.current = head
        self.queue.append(head)
        if self.head_only and head.status >= 200:
            self.queue.append(END)
            self.complete = True
            self.outstanding = False
            raise _HeadOnly
        if head.content_length and not head.coded and not head.bodiless and not head.upgrade:
            self._raw_next = True

    def on_chunk_complete(self) -> None:
        self._bodiless_fed = 0

    def on_body(self, body: bytes) -> None:
        self._bodiless_fed = 0
        self._body_parsed += len(body)
        if self.sink is not None:
            self._emit(body)
        else:
            self.queue.append(body)

    def on_message_complete(self) -> None:
        if self.sink is None:
            self.queue.append(END)
        self.complete = True
        head = self.current
        if head is not None:
            if head.status >= 200:
                self.outstanding = False
            if not self.parser.should_keep_alive():
                self.reusable = False

    def on_eof(self) -> None:
        head = self.current
        if head is not None and not self.complete:
            if not head.chunked and head.content_length is None and not head.bodiless:
                self.complete = True  # body delimited by the close
                if self.sink is None:
                    self.queue.append(END)
            elif self.sink is not None and self.relay_error is None:
                self.relay_error = PeerClosed(_MIDDLE)
        self.reusable = False

    def feed(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade as exc:
            self.upgraded = data[exc.args[0]:]
            self.reusable = False
        except httptools.HttpParserCallbackError as exc:
            cause = exc.__context__
            if isinstance(cause, _HeadOnly):
                # The head ended this read exactly: nothing of a later message is lost.
                end = data.find(b"\r\n\r\n")
                self.reusable = self.reusable and end == len(data) - 4
                self.parser = httptools.HttpResponseParser(self)
            elif isinstance(cause, _Unsolicited):
                self._unsolicited()
            else:
                self.error = (cause.with_traceback(None) if isinstance(cause, HttpError) else
                              HttpError("bad_upstream_response",
                                        f"malformed upstream response: {exc}"))
                self.reusable = False
        except httptools.HttpParserError as exc:
            self.error = HttpError("bad_upstream_response",
                                   f"malformed upstream response: {exc}")
            self.reusable = False
        if self.in_head:
            self._head_fed += len(data)
            if self._head_fed > MAX_RESPONSE_HEAD:
                self.error = HttpError("bad_upstream_response",
                                       f"upstream response head over {MAX_RESPONSE_HEAD} bytes")
                self.reusable = False
        elif not self.complete and self.current is not None and self.error is None:
            # Reads that carry no body byte and end no chunk: a trailer section (or a
            # chunk header) growing inside the parser, which buffers a field until it
            # ends. Bounded like a head.
            self._bodiless_fed += len(data)
            if self._bodiless_fed > MAX_RESPONSE_HEAD:
                self.error = HttpError("bad_upstream_response",
                                       f"upstream sent over {MAX_RESPONSE_HEAD} bytes inside "
                                       f"a chunked body without any content")
                self.reusable = False

    def _unsolicited(self) -> None:
        """Bytes with no request outstanding: the connection cannot be trusted with
        another request, and what it sends is not kept."""
        if self.error is None:
            self.error = HttpError("bad_upstream_response", UNSOLICITED)
        self.reusable = False
        self.abort()

    # -- the forwarding task's side --------------------------------------------------------

    def begin(self, *, head_only: bool) -> None:
        """Get ready for the response to a request about to be sent."""
        self.head_only = head_only
        self.current = None
        self.complete = False
        self.outstanding = True
        self.interim = 0

    def pop_head(self) -> ResponseHead | None:
        """The next response head if one is parsed (interim 1xx heads included); raises
        what ended the connection before one came."""
        queue = self.queue
        while queue:
            item = queue.pop(0)
            if type(item) is ResponseHead:
                return item
        if self.error is not None:
            raise again(self.error)
        if self.eof:
            raise PeerClosed("upstream closed the connection before answering")
        return None

    def relay(self, sink: RequestReader, out: list[bytes], *, chunked: bool,
              length: int | None, outcome: Outcome) -> bool:
        """Write `out` (the response head) and what is already parsed of the body to the
        client, counting bytes into `outcome`; True when that was the whole message.
        Otherwise the rest is relayed from `data_received`: await `relay_rest()`.

        Raises PeerClosed or HttpError, having sent nothing, when what is parsed already
        shows the body cannot be completed (the connection is then not reusable), and
        ClientGone when the client connection is closing."""
        queue = self.queue
        done = False
        sent = 0
        while queue:
            piece = queue.pop(0)
            if piece is END:
                done = True
                break
            size = len(piece)
            sent += size
            if chunked:
                out += (b"%x\r\n" % size, piece, b"\r\n")
            else:
                out.append(piece)
        if not done:
            if self.error is not None:
                raise again(self.error)
            if self.eof and not self.complete:
                raise PeerClosed(_MIDDLE)
        if not (sink.write(out[0]) if len(out) == 1 else sink.writelines(out)):
            raise ClientGone(sink.gone)
        outcome.bytes_out += sent
        if done or self.eof:  # at eof: a close-delimited body, all of it already queued
            return True
        self.sink = sink
        self._chunked = chunked
        self._outcome = outcome
        sink.source = self
        if length is not None and not self._raw_left:
            self._take_rest(length - sent)
        return False

    async def relay_rest(self, stall: float) -> None:
        """Until the body `relay()` started is complete, with `stall` seconds allowed
        between reads. Raises PeerClosed, HttpError, TimeoutError or ClientGone when it
        cannot be completed; the connection is then not reusable."""
        sink = self.sink
        assert sink is not None
        self._stall = stall
        self.arm(stall)
        try:
            if self._splices:
                await self._start_splice(sink)
            if not self._splicing:
                if sink.write_paused:
                    self.pause_reading()
                else:
                    self.resume_reading()
            while not self.complete:
                if self.relay_error is not None:
                    raise again(self.relay_error)
                if self.error is not None:
                    raise again(self.error)
                if sink.lost:
                    raise ClientGone(sink.gone)
                # Reading is resumed by resume_source(), when the client can take more.
                await self.wait(resume=False)
        except TimeoutError:
            if sink.write_paused or (self._splice is not None and self._splice.writing):
                raise TimeoutError(CLIENT_STALLED) from None
            raise
        finally:
            self.disarm()
            if self._splice is not None:
                self._splice.close()
                self._splice = None
            self._splicing = False
            self.sink = None
            sink.source = None
            if self._raw_left:
                self._raw_left = 0
                self.reusable = False

    async def _start_splice(self, sink: RequestReader) -> None:
        """Hand the rest of the body to a splice relay once the client's transport has
        written everything it holds (within the stall deadline `relay_rest` armed); the
        body goes on through the transports when the relay's descriptors cannot be
        had."""
        self.pause_reading()
        self._splicing = True
        try:
            if sink.transport.get_write_buffer_size():
                sink.want_empty(True)  # its resume_writing wakes us (`resume_source`)
                try:
                    while sink.transport.get_write_buffer_size() and not sink.lost:
                        await self.wait(resume=False)
                finally:
                    sink.want_empty(False)
        except TimeoutError:
            self._splicing = False
            raise TimeoutError(CLIENT_STALLED) from None
        except BaseException:
            self._splicing = False
            raise
        if sink.lost or self.eof or self.relay_error is not None:
            self._splicing = False
            return
        try:
            self._splice = zerocopy.BodySplice(
                zerocopy.fileno(sink.transport), zerocopy.fileno(self.transport), self._raw_left,
                self._spliced, self._splice_ended, self.loop)
        except OSError:
            self._splicing = False
            return
        self._splice.start()

    def _spliced(self, n: int) -> None:
        self._outcome.bytes_out += n
        self._raw_left -= n
        if self._deadline is not None:
            self._deadline = self.loop.time() + self._stall

    def _splice_ended(self, client: bool, exc: BaseException | None) -> None:
        self._splice = None
        self._splicing = False
        sink = self.sink
        if exc is None:
            self._body_complete()
            self.resume_reading()  # an idle pooled connection notices its peer leaving
        elif client:
            self.relay_error = ClientGone(sink.gone if sink is not None else "")
        elif isinstance(exc, EOFError):
            self.relay_error = PeerClosed(_MIDDLE)
        else:
            self.relay_error = PeerClosed(f"upstream connection failed in the middle of "
                                          f"the body: {exc}")
        self.wake()

    async def collect(self, sink: RequestReader, limit: int, stall: float
                      ) -> tuple[list[bytes], bool]:
        """Hold the current response's body instead of relaying it (for the content
        guards): its pieces until the end of the message (True), or until more than
        `limit` bytes are held (False: reading pauses, and `relay()` sends what follows),
        with `stall` seconds allowed between reads. Raises PeerClosed, HttpError or
        TimeoutError when the body cannot be completed, ClientGone when the client
        leaves meanwhile."""
        queue = self.queue
        pieces: list[bytes] = []
        size = 0
        sink.source = self  # the client's leaving wakes the wait
        try:
            while True:
                while queue:
                    piece = queue.pop(0)
                    if piece is END:
                        return pieces, True
                    pieces.append(piece)
                    size += len(piece)
                    if size > limit:
                        self.pause_reading()
                        return pieces, False
                if self.error is not None:
                    raise again(self.error)
                if self.eof:
                    raise PeerClosed(_MIDDLE)
                if sink.lost:
                    raise ClientGone(sink.gone)
                self.arm(stall)
                await self.wait()
        finally:
            self.disarm()
            sink.source = None

    def _emit(self, piece: bytes) -> None:
        sink = self.sink
        assert sink is not None
        if self.relay_error is not None:
            return
        size = len(piece)
        if self._chunked:
            sent = sink.writelines((b"%x\r\n" % size, piece, b"\r\n"))
        else:
            sent = sink.write(piece)
        if sent:
            self._outcome.bytes_out += size
        else:
            self._sink_gone(sink)

    def _sink_gone(self, sink: RequestReader) -> None:
        """The client connection is closing under the relay: stop reading and end the
        relay (the client's `connection_lost` may only come later)."""
        self.relay_error = ClientGone(sink.gone)
        self.pause_reading()
        self.wake()

    def _take_raw(self) -> None:
        """Read the rest of a Content-Length body as raw bytes from the next read on,
        whether or not its relay has started: the parser would copy every piece."""
        self._raw_next = False
        head = self.current
        if (self.complete or self.in_head or self.error is not None or head is None
                or head.content_length is None or self.upgraded is not None):
            return
        left = head.content_length - self._body_parsed
        if left > 0:
            self._take_rest(left)
            if self.sink is None and self._splices:
                # Left in the socket for the splice relay; whoever waits on this
                # response reads on (`wait`, `relay_rest`).
                self.pause_reading()

    def _take_rest(self, left: int) -> None:
        """Take the last `left` bytes of the current body past the parser, raw: the
        next response starts on a fresh parser."""
        self._raw_left = left
        self.parser = httptools.HttpResponseParser(self)

    @property
    def _splices(self) -> bool:
        """What is left of the raw body goes by the splice relay (and stays in the
        socket until the relay starts)."""
        return self._raw_left >= SPLICE_FROM and zerocopy.AVAILABLE

    def _raw(self, data: bytes) -> None:
        left = self._raw_left
        size = len(data)
        if size > left:
            data = data[:left]  # more than the upstream promised: not reusable
            self.reusable = False
            size = left
        self._raw_left = left - size
        sink = self.sink
        if sink is None:
            self.queue.append(data)  # the relay has not started: held like parsed pieces
        elif self.relay_error is None:
            if not sink.write(data):
                self._sink_gone(sink)
                return
            self._outcome.bytes_out += size
        if self._deadline is not None:
            self._deadline = self.loop.time() + self._stall
        if not self._raw_left:
            self._body_complete()
            if sink is None:
                self.queue.append(END)
            self.wake()
        elif sink is None:
            self.wake()

    def _body_complete(self) -> None:
        """The current body is complete where the parser did not see its end (taken raw
        or spliced): no request outstanding, and the connection reusable only if the
        response said so."""
        self.complete = True
        self.outstanding = False
        if self.current is None or not self.current.keep_alive:
            self.reusable = False

    def pause_source(self) -> None:
        """The client cannot take more: stop reading (the stall clock keeps running)."""
        if self.sink is not None and not self._splicing:
            self.pause_reading()

    def resume_source(self) -> None:
        """The client took some: read on, with a fresh stall clock (or, before a splice
        relay starts, see whether the client's transport is empty)."""
        if self.sink is None:
            return
        if self._splicing:
            self.wake()
            return
        self.arm(self._stall)
        self.resume_reading()

    def sink_lost(self) -> None:
        self.wake()

