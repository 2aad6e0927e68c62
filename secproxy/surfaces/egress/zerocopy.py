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

Both relays move bytes with `SplicePump`s, one per direction: `SpliceRelay` runs two, and
`BodySplice` one for a known number of bytes, the rest of a forwarded response's
Content-Length body (`upstream.Upstream.relay_rest`), while both connections stay with
their transports for the requests after it.
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


def _ignore(*_: object) -> None:
    """A stopped pump's callbacks."""


class SplicePump:
    """One direction: bytes from the `src` socket through a pipe to the `dst` socket
    with splice(2), reading only while the pipe is empty and `dst` took everything so
    far (at most one pipe's worth in flight). With `left`, exactly that many bytes (an
    end of stream before them is an `EOFError` on the source's side); without, until
    the source's end of stream.

    `sent(n)` is called as bytes reach `dst`; `done(exc, at_source)` once, unless the
    owner `stop()`s it first: `exc` None when everything reached `dst`, else what failed
    and on which side. The pump only watches the descriptors; its owner closes them."""

    def __init__(self, loop: asyncio.AbstractEventLoop, src: int, dst: int,
                 pipe: tuple[int, int], sent: Callable[[int], None],
                 done: Callable[[BaseException | None, bool], None],
                 left: int | None = None):
        self.loop = loop
        self.src = src
        self.dst = dst
        self.pipe_r, self.pipe_w = pipe
        self.left = left
        """Bytes still to read from the source (None: until its end of stream)."""
        self.pending = 0
        """Bytes in the pipe, not yet in the destination."""
        self.reading = False
        self.writing = False
        """Waiting for the destination to take more."""
        self.ended = False
        """The source's end of stream was read."""
        self.stopped = False
        self._sent = sent
        self._done = done

    def start(self) -> None:
        self._read_on()

    def stop(self) -> None:
        """Stop watching; `done` is not called after this. The callbacks are dropped:
        they lead back to the owner, which holds this pump (a cycle that kept a closed
        connection until a full collection)."""
        self.stopped = True
        self._sent = _ignore
        self._done = _ignore
        self._read_off()
        if self.writing:
            self.writing = False
            self.loop.remove_writer(self.dst)

    def _read_on(self) -> None:
        if not self.reading and not self.stopped:
            self.reading = True
            self.loop.add_reader(self.src, self._readable)

    def _read_off(self) -> None:
        if self.reading:
            self.reading = False
            self.loop.remove_reader(self.src)

    def _readable(self) -> None:
        left = self.left
        try:
            n = os.splice(self.src, self.pipe_w, _PIPE_SIZE if left is None
                          else min(left, _PIPE_SIZE), flags=_FLAGS)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._finish(exc, True)
            return
        if n == 0:
            if left:
                self._finish(EOFError("end of stream"), True)
                return
            self._read_off()
            self.ended = True
            if not self.pending:
                self._finish(None, True)
            return
        if left is not None:
            self.left = left - n
        self.pending += n
        self._flush()

    def _flush(self) -> None:
        while self.pending:
            try:
                n = os.splice(self.pipe_r, self.dst, self.pending, flags=_FLAGS)
            except (BlockingIOError, InterruptedError):
                self._read_off()
                if not self.writing:
                    self.writing = True
                    self.loop.add_writer(self.dst, self._flush)
                return
            except OSError as exc:
                self._finish(exc, False)
                return
            self.pending -= n
            self._sent(n)
            if self.stopped:
                return  # stopped from `sent`
        if self.writing:
            self.writing = False
            self.loop.remove_writer(self.dst)
        if self.ended or self.left == 0:
            self._finish(None, False)
        else:
            self._read_on()

    def _finish(self, exc: BaseException | None, at_source: bool) -> None:
        done = self._done
        self.stop()
        done(exc, at_source)


class SpliceRelay:
    """Relay two connected sockets both ways until both directions have ended."""

    def __init__(self, fds: Descriptors, outcome: Outcome):
        self.loop = asyncio.get_running_loop()
        self.outcome = outcome
        self.fds = fds
        self.sockets = fds.sockets
        client, upstream = (sock.fileno() for sock in fds.sockets)
        self.pumps = (
            SplicePump(self.loop, client, upstream, fds.pipes[0], self._sent_in,
                       lambda exc, at_source: self._ended(True, exc, at_source)),
            SplicePump(self.loop, upstream, client, fds.pipes[1], self._sent_out,
                       lambda exc, at_source: self._ended(False, exc, at_source)))
        self.done: asyncio.Future[None] = self.loop.create_future()
        self.closed = False

    def start(self) -> None:
        for pump in self.pumps:
            pump.start()

    def _sent_in(self, n: int) -> None:
        self.outcome.bytes_in += n

    def _sent_out(self, n: int) -> None:
        self.outcome.bytes_out += n

    def _ended(self, inbound: bool, exc: BaseException | None, at_source: bool) -> None:
        """One direction ended: on an error the relay ends (the client's side failed
        when it was the inbound direction's source or the outbound one's destination);
        after the source's end of stream, passed on as a half-close."""
        if exc is not None:
            self.fail(inbound == at_source, exc)
            return
        if all(pump.stopped for pump in self.pumps):
            self.close()
            return
        try:
            self.sockets[1 if inbound else 0].shutdown(socket.SHUT_WR)
        except OSError as err:
            self.fail(not inbound, err)

    def fail(self, client: bool, exc: BaseException) -> None:
        """A socket error ends the relay; the record says on which side."""
        if self.outcome.error is None:
            self.outcome.error = tunnel_error(client, exc)
        self.close()

    def close(self) -> None:
        """End the relay: stop watching, close both sockets and the pipes."""
        if self.closed:
            return
        self.closed = True
        for pump in self.pumps:
            pump.stop()
        self.fds.close()
        if not self.done.done():
            self.done.set_result(None)


class BodySplice:
    """The rest of one response body, `left` bytes, from the upstream socket to the
    client socket through a pipe (one `SplicePump`), while both stay with their
    transports (which neither read nor write meanwhile): the relay watches duplicates
    of them, closed at the end. Never reads past `left`, so the next response stays in
    the upstream socket.

    `sent(n)` is called as bytes reach the client; `ended(client, exc)` once: with
    `exc` None when the whole body went, else which side failed (an end of stream from
    the upstream before the end of the body is an `EOFError` on its side)."""

    def __init__(self, client_fd: int, upstream_fd: int, left: int,
                 sent: Callable[[int], None],
                 ended: Callable[[bool, BaseException | None], None],
                 loop: asyncio.AbstractEventLoop | None = None):
        self.fds = Descriptors(client_fd, upstream_fd, pipes=1, wrap=False)
        client, upstream = self.fds.raw
        # Given by the caller when it has it: on 3.11 get_running_loop() is a getpid().
        self.pump = SplicePump(loop or asyncio.get_running_loop(), upstream, client,
                               self.fds.pipes[0], sent, self._done, left)
        self._ended: Callable[[bool, BaseException | None], None] | None = ended

    @property
    def writing(self) -> bool:
        """Waiting for the client to take more."""
        return self.pump.writing

    def start(self) -> None:
        self.pump.start()

    def _done(self, exc: BaseException | None, at_source: bool) -> None:
        ended = self._ended
        self.close()
        if ended is not None:
            ended(exc is None or not at_source, exc)

    def close(self) -> None:
        """Stop watching and close the duplicates and the pipe (the transports' sockets
        stay open); `ended` is not called after this."""
        self._ended = None
        self.pump.stop()
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
