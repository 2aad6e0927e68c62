"""Zero-copy tunnel relay: once a tunnel has relayed its first `tunnel._COPY_FIRST`
bytes through its transports, both sockets leave them and bytes move socket -> pipe ->
socket with splice(2), never entering the process (Linux only; `tunnel.splice` keeps
the protocol relay elsewhere, and for short tunnels).

Each direction has its own pipe. A direction reads only while its pipe is empty and
its destination took everything so far, so at most one pipe's worth (1 MiB) is in
flight per direction; when the destination is full, reading stops until it drains. An
end of stream is passed on as a half-close once the pipe is empty; the relay is done
when both directions have ended, or at the first error (both sockets are closed, and
the outcome says which side failed).

Every descriptor the relay needs (a duplicate of each socket, a pipe each way) is taken
by `Descriptors` at once when a tunnel moves here; a tunnel that cannot get them goes on
relaying through its transports, so running out of them never breaks a tunnel. Whatever
was taken is closed again on every path (`Descriptors.close`, idempotent, also called
by the relay).

`BodySplice` does the same for one direction and a known number of bytes: the rest of a
forwarded response's Content-Length body (`upstream.Upstream.relay_rest`), while both
connections stay with their transports for the requests after it.
"""

from __future__ import annotations

import asyncio
import errno
import fcntl
import os
import socket
import sys
from collections.abc import Callable

from secproxy.model import Outcome
from secproxy.surfaces.egress.http1 import CLIENT_GONE

_PIPE_SIZE = 1024 * 1024
_FLAGS = getattr(os, "SPLICE_F_MOVE", 0) | getattr(os, "SPLICE_F_NONBLOCK", 0)
_F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)
AVAILABLE = sys.platform == "linux" and hasattr(os, "splice")


class Descriptors:
    """The duplicated client and upstream sockets and the pipes of one relay (one each
    way, or `pipes` of them), all taken at once or none (raises OSError, having closed
    what it took). With `wrap` False the duplicates stay bare descriptors (`raw`): a
    socket object built on one asks the system its family, type and protocol."""

    def __init__(self, client_fd: int, upstream_fd: int, pipes: int = 2, *,
                 wrap: bool = True):
        self.sockets: list[socket.socket] = []
        self.raw: list[int] = []
        self.pipes: list[tuple[int, int]] = []
        self.closed = False
        try:
            for fd in (client_fd, upstream_fd):
                if wrap:
                    self.sockets.append(socket.socket(fileno=os.dup(fd)))
                else:
                    self.raw.append(os.dup(fd))
            for _ in range(pipes):
                self.pipes.append(os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC))
        except OSError:
            self.close()
            raise
        for _, pipe_w in self.pipes:
            try:
                fcntl.fcntl(pipe_w, _F_SETPIPE_SZ, _PIPE_SIZE)
            except OSError:
                pass  # the default pipe size works, with more system calls

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for sock in self.sockets:
            sock.close()
        for fd in self.raw:
            os.close(fd)
        for pipe in self.pipes:
            for fd in pipe:
                os.close(fd)


class _Direction:
    """One direction: source socket, pipe, destination socket."""

    def __init__(self, src: socket.socket, dst: socket.socket, inbound: bool,
                 pipe: tuple[int, int]):
        self.src = src
        self.dst = dst
        self.inbound = inbound
        self.pipe_r, self.pipe_w = pipe
        self.pending = 0
        """Bytes in the pipe, not yet in the destination."""
        self.reading = False
        self.writing = False
        self.ended = False


class SpliceRelay:
    """Relay two connected sockets both ways until both directions have ended."""

    def __init__(self, fds: Descriptors, outcome: Outcome):
        self.loop = asyncio.get_running_loop()
        self.outcome = outcome
        self.fds = fds
        client, upstream = fds.sockets
        self.directions = (_Direction(client, upstream, True, fds.pipes[0]),
                           _Direction(upstream, client, False, fds.pipes[1]))
        self.done: asyncio.Future[None] = self.loop.create_future()
        self.closed = False

    def start(self) -> None:
        for d in self.directions:
            self._read_on(d)

    def _read_on(self, d: _Direction) -> None:
        if not d.reading and not self.closed:
            d.reading = True
            self.loop.add_reader(d.src.fileno(), self._readable, d)

    def _read_off(self, d: _Direction) -> None:
        if d.reading:
            d.reading = False
            self.loop.remove_reader(d.src.fileno())

    def _readable(self, d: _Direction) -> None:
        try:
            n = os.splice(d.src.fileno(), d.pipe_w, _PIPE_SIZE, flags=_FLAGS)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.fail(d.inbound, exc)
            return
        if n == 0:
            self._read_off(d)
            d.ended = True
            if not d.pending:
                self._end(d)
            return
        if d.inbound:
            self.outcome.bytes_in += n
        else:
            self.outcome.bytes_out += n
        d.pending += n
        self._flush(d)

    def _writable(self, d: _Direction) -> None:
        self._flush(d)

    def _flush(self, d: _Direction) -> None:
        while d.pending:
            try:
                n = os.splice(d.pipe_r, d.dst.fileno(), d.pending, flags=_FLAGS)
            except (BlockingIOError, InterruptedError):
                self._read_off(d)
                if not d.writing:
                    d.writing = True
                    self.loop.add_writer(d.dst.fileno(), self._writable, d)
                return
            except OSError as exc:
                self.fail(not d.inbound, exc)
                return
            d.pending -= n
        if d.writing:
            d.writing = False
            self.loop.remove_writer(d.dst.fileno())
        if d.ended:
            self._end(d)
        else:
            self._read_on(d)

    def _end(self, d: _Direction) -> None:
        """The source finished and everything reached the destination: half-close."""
        if all(x.ended and not x.pending for x in self.directions):
            self.close()
            return
        try:
            d.dst.shutdown(socket.SHUT_WR)
        except OSError as exc:
            self.fail(not d.inbound, exc)

    def fail(self, client: bool, exc: OSError) -> None:
        """A socket error ends the relay; the record says on which side."""
        if self.outcome.error is None:
            self.outcome.error = tunnel_error(client, exc)
        self.close()

    def close(self) -> None:
        """End the relay: stop watching, close both sockets and the pipes."""
        if self.closed:
            return
        self.closed = True
        for d in self.directions:
            self._read_off(d)
            if d.writing:
                d.writing = False
                self.loop.remove_writer(d.dst.fileno())
        self.fds.close()
        if not self.done.done():
            self.done.set_result(None)


class BodySplice:
    """The rest of one response body, `left` bytes, from the upstream socket to the
    client socket through a pipe, while both stay with their transports (which neither
    read nor write meanwhile): the relay watches duplicates of them, closed at the end.
    Never reads past `left`, so the next response stays in the upstream socket.

    `sent(n)` is called as bytes reach the client; `ended(client, exc)` once: with
    `exc` None when the whole body went, else which side failed (an end of stream from
    the upstream before the end of the body is an `EOFError` on its side)."""

    def __init__(self, client_fd: int, upstream_fd: int, left: int,
                 sent: Callable[[int], None],
                 ended: Callable[[bool, BaseException | None], None],
                 loop: asyncio.AbstractEventLoop | None = None):
        self.fds = Descriptors(client_fd, upstream_fd, pipes=1, wrap=False)
        # Given by the caller when it has it: on 3.11 get_running_loop() is a getpid().
        self.loop = loop or asyncio.get_running_loop()
        self.client, self.upstream = self.fds.raw
        self.pipe_r, self.pipe_w = self.fds.pipes[0]
        self.left = left
        """Body bytes not yet read from the upstream."""
        self.pending = 0
        """Bytes in the pipe, not yet in the client socket."""
        self._sent = sent
        self._ended: Callable[[bool, BaseException | None], None] | None = ended
        self.reading = False
        self.writing = False

    def start(self) -> None:
        self._read_on()

    def _read_on(self) -> None:
        if not self.reading and self._ended is not None:
            self.reading = True
            self.loop.add_reader(self.upstream, self._readable)

    def _read_off(self) -> None:
        if self.reading:
            self.reading = False
            self.loop.remove_reader(self.upstream)

    def _readable(self) -> None:
        try:
            n = os.splice(self.upstream, self.pipe_w, min(self.left, _PIPE_SIZE),
                          flags=_FLAGS)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._end(False, exc)
            return
        if n == 0:
            self._end(False, EOFError("end of stream"))
            return
        self.left -= n
        self.pending += n
        self._flush()

    def _flush(self) -> None:
        while self.pending:
            try:
                n = os.splice(self.pipe_r, self.client, self.pending, flags=_FLAGS)
            except (BlockingIOError, InterruptedError):
                self._read_off()
                if not self.writing:
                    self.writing = True
                    self.loop.add_writer(self.client, self._flush)
                return
            except OSError as exc:
                self._end(True, exc)
                return
            self.pending -= n
            self._sent(n)
            if self._ended is None:
                return  # closed from `sent`
        if self.writing:
            self.writing = False
            self.loop.remove_writer(self.client)
        if self.left:
            self._read_on()
        else:
            self._end(True, None)

    def _end(self, client: bool, exc: BaseException | None) -> None:
        ended = self._ended
        self.close()
        if ended is not None:
            ended(client, exc)

    def close(self) -> None:
        """Stop watching and close the duplicates and the pipe (the transports' sockets
        stay open); `ended` is not called after this."""
        self._ended = None
        self._read_off()
        if self.writing:
            self.writing = False
            self.loop.remove_writer(self.client)
        self.fds.close()


def fileno(transport: asyncio.Transport) -> int:
    """The descriptor of a transport's socket (OSError once it is closed)."""
    sock = transport.get_extra_info("socket")
    if sock is None:
        raise OSError(errno.EBADF, "connection already closed")
    return int(sock.fileno())


def tunnel_error(client: bool, exc: BaseException) -> str:
    """The record's error for a tunnel one side of which failed."""
    detail = (os.strerror(exc.errno) if isinstance(exc, OSError) and exc.errno
              else str(exc) or type(exc).__name__)
    return f"{CLIENT_GONE if client else 'upstream closed the connection'}: {detail}"
