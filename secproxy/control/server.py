"""The control socket: a Unix socket (mode 0600) the operator console attaches to.

Newline-delimited JSON envelopes (`secproxy.control.protocol`) in both directions. On
connect the server says `hello`; every request gets exactly one `reply` or `error`,
in order. `subscribe` turns on the event stream: the backlog first, a `backlog/end`
marker, then live events as they happen. A malformed line, an unknown command or a
failing command is answered with an error and the connection stays usable.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import stat
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from secproxy import __version__
from secproxy.aio import cancel_and_wait, spawn
from secproxy.control import protocol
from secproxy.control.commands import OperatorApi
from secproxy.control.deps import OperatorDeps
from secproxy.control.hub import EventHub, Feed
from secproxy.control.protocol import ProtocolError
from secproxy.control.stats import DecisionStats
from secproxy.errors import ListenError

log = logging.getLogger("secproxy.control")
MAX_UNIX_PATH = 107


class ControlServer:
    """Serves the operator API on the control socket of one `Runtime`."""

    def __init__(self, deps: OperatorDeps):
        self.deps = deps
        engine = deps.engine
        config = engine.config
        self.path = Path(config.control_socket)
        self.stats = DecisionStats(clock=engine.clock)
        self.hub = EventHub(engine.bus, backlog=config.control.backlog)
        self.api = OperatorApi(deps, self.stats)
        self._server: asyncio.AbstractServer | None = None
        self._pump: asyncio.Task[None] | None = None
        self._handlers: set[asyncio.Task[Any]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._inode: int | None = None

    async def start(self) -> None:
        """Bind the socket (replacing a stale one), then serve."""
        sock = await self._bind()
        self._server = await asyncio.start_unix_server(
            self._serve, sock=sock, limit=protocol.MAX_LINE
        )
        self.deps.engine.bus.add_listener(self.stats.observe)
        self._pump = spawn(self.hub.run(), name="control-hub")
        log.info("control socket at %s", self.path)

    async def _bind(self) -> socket.socket:
        if _existing_socket(self.path) and await _answers(self.path):
            raise ListenError(
                f"another secproxy is already serving the control socket {self.path}",
                hint="stop it first, or give this one its own state_dir or control.socket",
            )
        sock, self._inode = _bind_unix(self.path)
        return sock

    async def stop(self) -> None:
        """Stop accepting, close every connection, remove the socket file."""
        self.deps.engine.bus.remove_listener(self.stats.observe)
        if self._server is not None:
            self._server.close()
        self.hub.close()
        await cancel_and_wait(self._pump)
        # Closing the transports ends each handler at its next read (EOF); cancelling a
        # stream handler instead makes asyncio log a spurious error.
        for writer in list(self._writers):
            writer.close()
        if self._handlers:
            _, late = await asyncio.wait(set(self._handlers), timeout=5.0)
            if late:
                # A console that does not read keeps its transport from ever closing (the
                # unsent output is waited for): drop what it did not take.
                for writer in list(self._writers):
                    writer.transport.abort()
                _, late = await asyncio.wait(late, timeout=5.0)
            await cancel_and_wait(*late)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None
        _remove_if_ours(self.path, self._inode)

    # -- one connection -------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        self._writers.add(writer)

        async def send(data: bytes) -> None:
            writer.write(data)
            await writer.drain()

        conversation = Conversation(self, send)
        try:
            await send(protocol.encode(self.hello()))
            while True:
                line = await _read_line(reader)
                if line is None:
                    err = ProtocolError("bad_request", "message too long")
                    await send(protocol.encode(protocol.error(None, err)))
                    continue
                if not line:
                    break
                await conversation.handle(line)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            await conversation.close()
            self._writers.discard(writer)
            self._handlers.discard(task)
            writer.close()
            with contextlib.suppress(OSError, asyncio.CancelledError):
                await writer.wait_closed()

    def hello(self) -> dict[str, Any]:
        engine = self.deps.engine
        return protocol.envelope(
            "hello",
            {
                "protocol": protocol.VERSION,
                "version": __version__,
                "instance": self.hub.instance,
                "time": engine.clock(),
                "started": engine.started,
                "config_source": engine.loaded.source,
                "commands": list(protocol.COMMANDS),
            },
        )


class Conversation:
    """One console's exchange with the operator API, whatever carries it (the Unix
    socket, or a WebSocket on the api listener): each request line gets exactly one
    reply or error, in order, and after `subscribe` the event stream follows — all as
    NDJSON lines handed to `send`, which raises `ConnectionError` once the console is
    gone. The transport says `hello` first and calls `close()` at the end."""

    def __init__(self, control: ControlServer, send: Callable[[bytes], Awaitable[None]]):
        self.control = control
        self._send = send
        self._lock = asyncio.Lock()
        """Replies and stream batches never interleave inside one message."""
        self._feed: Feed | None = None
        self._sender: asyncio.Task[None] | None = None

    async def send(self, data: bytes) -> None:
        async with self._lock:
            await self._send(data)

    async def handle(self, line: bytes) -> None:
        """Answer one request line (a blank line is ignored)."""
        if not line or line.isspace():  # strip() would copy the line (its newline) to tell
            return
        request_id: Any = None
        try:
            msg = protocol.decode(line)
            request_id = msg.get("id")
            if msg["type"] == "subscribe":
                if self._feed is not None:
                    raise ProtocolError("conflict", "already subscribed")
                await self._subscribe(request_id, msg["payload"])
                return
            result = await self.control.api.call(msg["type"], msg["payload"])
            answer = protocol.reply(request_id, result)
        except ProtocolError as exc:
            answer = protocol.error(request_id, exc)
        await self.send(protocol.encode(answer))

    async def _subscribe(self, request_id: Any, payload: dict[str, Any]) -> None:
        hub = self.control.hub
        unknown = sorted(set(payload) - {"backlog"})
        if unknown:
            raise ProtocolError("bad_request", f"subscribe takes `backlog` only (got "
                                f"{', '.join(repr(k)[:40] for k in unknown[:5])})",
                                "every event type is streamed; filter on the client's side")
        want_backlog = payload.get("backlog", True)
        if not isinstance(want_backlog, bool):
            raise ProtocolError("bad_request", "`backlog` must be true or false")
        # The feed is kept before the first write: if the console leaves while its
        # backlog is written, close() detaches it.
        self._feed, backlog = hub.attach(backlog=want_backlog)
        answer = protocol.reply(request_id, {"backlog": len(backlog), "instance": hub.instance})
        end = protocol.envelope("backlog/end", {"count": len(backlog)})
        await self.send(protocol.encode(answer) + b"".join(backlog) + protocol.encode(end))
        self._sender = spawn(self._stream(self._feed), name="control-stream")

    async def _stream(self, feed: Feed) -> None:
        try:
            while True:
                batch = await feed.next_batch()
                if not batch:
                    return
                await self.send(b"".join(batch))
        except ConnectionError:
            return

    async def close(self) -> None:
        """Stop the event stream (the transport closes itself)."""
        if self._feed is not None:
            self.control.hub.detach(self._feed)
        await cancel_and_wait(self._sender)


async def _read_line(reader: asyncio.StreamReader) -> bytes | None:
    """The next line (the last one may lack its newline; b"" at EOF), or None for a line
    longer than MAX_LINE, which is skipped whole: its tail is not taken for a message."""
    too_long = False
    while True:
        try:
            line = await reader.readuntil(b"\n")
        except asyncio.IncompleteReadError as exc:
            line = exc.partial
        except asyncio.LimitOverrunError as exc:
            too_long = True
            await reader.readexactly(exc.consumed)
            continue
        return None if too_long and line else line


# -- the socket file (synchronous: quick local file-system calls) -----------------------


def _existing_socket(path: Path) -> bool:
    """True when a socket file is in the way; raise when something else is."""
    if len(os.fsencode(path)) > MAX_UNIX_PATH:
        raise ListenError(
            f"control socket path is too long for a Unix socket ({len(str(path))} bytes): {path}",
            hint="set control.socket in the config to a shorter path",
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise ListenError(f"cannot use {path} for the control socket: {exc}") from None
    if not stat.S_ISSOCK(mode):
        raise ListenError(
            f"{path} exists and is not a socket", hint="remove it or set control.socket"
        )
    return True


async def _answers(path: Path) -> bool:
    """Whether a live server listens on `path` (else the file is left from a crash)."""
    try:
        async with asyncio.timeout(2.0):
            _, writer = await asyncio.open_unix_connection(str(path))
    except (OSError, TimeoutError):
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


def _bind_unix(path: Path) -> tuple[socket.socket, int]:
    """Bind a fresh socket at `path`, mode 0600, and return it with the file's inode."""
    path.unlink(missing_ok=True)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(path))
        # Until listen() nobody can connect, so the mode is right before anyone can.
        os.chmod(path, 0o600)
        inode = path.stat().st_ino
    except OSError as exc:
        sock.close()
        raise ListenError(
            f"control socket cannot bind {path}: {exc.strerror or exc}",
            hint="set control.socket in the config to a writable path",
        ) from None
    return sock, inode


def _remove_if_ours(path: Path, inode: int | None) -> None:
    """Remove the socket file unless another proxy has replaced it meanwhile."""
    with contextlib.suppress(OSError):
        if inode is not None and path.stat().st_ino == inode:
            path.unlink()
