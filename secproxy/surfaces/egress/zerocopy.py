"""Zero-copy tunnel relay: once a tunnel's first bytes are through, both sockets leave
their transports and bytes move socket -> pipe -> socket with splice(2), never
entering the process (Linux only; `tunnel.splice` keeps the protocol relay elsewhere).

Each direction has its own pipe. A direction reads only while its pipe is empty and
its destination took everything so far, so at most one pipe's worth (1 MiB) is in
flight per direction; when the destination is full, reading stops until it drains. An
end of stream is passed on as a half-close once the pipe is empty; the relay is done
when both directions have ended, or at the first error (both sockets are closed).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import socket
import sys

from secproxy.model import Outcome

_PIPE_SIZE = 1024 * 1024
_FLAGS = getattr(os, "SPLICE_F_MOVE", 0) | getattr(os, "SPLICE_F_NONBLOCK", 0)
_F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)
AVAILABLE = sys.platform == "linux" and hasattr(os, "splice")


class _Direction:
    """One direction: source socket, pipe, destination socket."""

    def __init__(self, src: socket.socket, dst: socket.socket, inbound: bool):
        self.src = src
        self.dst = dst
        self.inbound = inbound
        self.pipe_r, self.pipe_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            fcntl.fcntl(self.pipe_w, _F_SETPIPE_SZ, _PIPE_SIZE)
        except OSError:
            pass  # the default pipe size works, with more system calls
        self.pending = 0
        """Bytes in the pipe, not yet in the destination."""
        self.reading = False
        self.writing = False
        self.ended = False


class SpliceRelay:
    """Relay two connected sockets both ways until both directions have ended."""

    def __init__(self, client: socket.socket, upstream: socket.socket, outcome: Outcome):
        self.loop = asyncio.get_running_loop()
        self.outcome = outcome
        self.sockets = (client, upstream)
        self.directions = (_Direction(client, upstream, True),
                           _Direction(upstream, client, False))
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
        except OSError:
            self.close()
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
            except OSError:
                self.close()
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
        except OSError:
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
            os.close(d.pipe_r)
            os.close(d.pipe_w)
        for sock in self.sockets:
            sock.close()
        if not self.done.done():
            self.done.set_result(None)
