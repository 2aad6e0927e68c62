"""Stdio conversations handed over to `secproxy serve`: `secproxy mcp wrap` passes its
client's pipes and its server's to serve over a Unix socket (`<control socket>-mcp`,
mode 0600, the descriptors as SCM_RIGHTS), and serve relays them itself, each line
decided by its MCP hub as `mcp/relay` decided it. Every message then takes one process
less (client → serve → server, not client → wrap → serve → wrap → server): that hop and
the wrap's own work were two thirds of what stdio added to a tool call.

The wrap keeps its copies of the four pipes and waits. Serve says on the socket, one
JSON line each: `ready`; `eof` when the client closed its end (serve closed its copy of
the server's stdin, the wrap closes its own: the server sees its input end); `done`
when the server's output ended (the wrap returns its exit code); `back` when serve
stops, with what it had read and not relayed (base64, per direction): the wrap then
relays on itself, refusing what nobody can decide, as it does when the proxy is gone.
A socket that closes without `done` or `back` (serve killed) is taken back the same way.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import os
import socket
import stat
from pathlib import Path
from typing import IO, Any

from secproxy.aio import cancel_and_wait, spawn
from secproxy.config.mcp import SERVER_NAME
from secproxy.model import Direction, Principal
from secproxy.surfaces.mcp.hub import McpHub
from secproxy.surfaces.mcp.interceptor import McpInterceptor
from secproxy.surfaces.mcp.stdio import (
    Lane,
    LineWriter,
    _pump,
    pipe_reader,
    pipe_writer,
    streamable,
)

log = logging.getLogger("secproxy.mcp")
SUFFIX = "-mcp"
_HELLO_MAX = 4096
_MAX_UNIX_PATH = 107
_PIPES = 4
_HELLO_WITHIN = 10.0
"""How long a connection has to hand its pipes over."""
_CLOEXEC = getattr(socket, "MSG_CMSG_CLOEXEC", 0)
"""Descriptors received are not inherited by serve's own children."""
"""The client's stdin and stdout, the server's stdin and stdout, in that order."""


def handover_path(control_socket: Path) -> Path:
    """Where a proxy whose control socket is `control_socket` takes stdio conversations."""
    return Path(str(control_socket) + SUFFIX)


def _line(kind: str, **fields: Any) -> bytes:
    return json.dumps({"type": kind, **fields}, separators=(",", ":")).encode() + b"\n"


async def _readable(sock: socket.socket) -> None:
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()

    def readable() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(sock.fileno(), readable)
    try:
        await ready
    finally:
        loop.remove_reader(sock.fileno())


# -- serve's side ---------------------------------------------------------------------


_SETTLE = 5.0
"""Seconds a conversation's lanes get, together, to finish the messages being decided
when serve stops."""

class StdioHandover:
    """The socket where `secproxy mcp wrap` hands its conversations to this proxy."""

    def __init__(self, hub: McpHub, path: Path, limit: int):
        self.hub = hub
        self.path = path
        self.limit = limit
        self._sock: socket.socket | None = None
        self._accepting: asyncio.Task[None] | None = None
        self._relays: set[_Relay] = set()
        self._inode: int | None = None

    async def start(self) -> bool:
        """Bind (mode 0600; the control socket, bound first, proved no other proxy has
        this state) and accept. False, with a warning, when the socket cannot be had:
        wraps then ask line by line over the control socket, as before."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            if len(os.fsencode(self.path)) > _MAX_UNIX_PATH:
                raise OSError("the path is too long for a Unix socket")
            with contextlib.suppress(FileNotFoundError):
                if not stat.S_ISSOCK(self.path.lstat().st_mode):
                    raise OSError("something that is not a socket is in the way")
                self.path.unlink()  # left by a proxy that stopped without removing it
            sock.bind(str(self.path))
            os.chmod(self.path, 0o600)  # before listen(): nobody connected yet
            self._inode = self.path.stat().st_ino
            sock.listen(64)
        except OSError as exc:
            sock.close()
            log.warning("MCP stdio socket %s: %s; wraps relay through the control socket",
                        self.path, exc.strerror or exc)
            return False
        sock.setblocking(False)
        self._sock = sock
        self._accepting = spawn(self._accept(sock), name="mcp-stdio-accept")
        return True

    async def stop(self) -> None:
        """Stop accepting; every conversation goes back to its wrap."""
        await cancel_and_wait(self._accepting)
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            with contextlib.suppress(OSError):
                if self.path.stat().st_ino == self._inode:
                    self.path.unlink()
        relays = list(self._relays)
        await asyncio.gather(*(r.hand_back() for r in relays), return_exceptions=True)

    async def _accept(self, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                conn, _ = await loop.sock_accept(sock)
            except OSError as exc:  # out of descriptors, say: the wrap waits in the queue
                log.warning("MCP stdio socket %s: accept failed: %s", self.path, exc)
                await asyncio.sleep(0.5)
                continue
            relay = _Relay(self, conn)
            self._relays.add(relay)
            relay.task = spawn(relay.run(), name="mcp-stdio-relay")


class _Relay:
    """One wrap's conversation, relayed by serve."""

    def __init__(self, owner: StdioHandover, conn: socket.socket):
        self.owner = owner
        self.conn = conn
        self.task: asyncio.Task[None] | None = None
        self._back = asyncio.Event()
        self._writer: asyncio.StreamWriter | None = None
        self._lanes: dict[Direction, tuple[Lane, asyncio.StreamReader, asyncio.Task[None]]] = {}
        self._sources: tuple[asyncio.BaseTransport, ...] = ()
        self._greeted = False
        """Its hello was read: past it, the conversation is given back, not dropped."""

    async def run(self) -> None:
        files: list[IO[bytes]] = []
        try:
            hello, fds = await self._hello()
            self._greeted = True
            # Owned by file objects at once: each is closed once, by its transport or here.
            files = [own(fd, "rb" if i in (0, 3) else "wb") for i, fd in enumerate(fds)]
            await self._relay(hello, files)
        except (ValueError, OSError, ConnectionError) as exc:
            log.warning("an MCP stdio conversation could not be taken over: %s",
                        str(exc) or repr(exc))
        finally:
            for f in files:
                with contextlib.suppress(OSError):
                    f.close()
            if self._writer is not None:
                self._writer.close()
            else:
                self.conn.close()
            self.owner._relays.discard(self)

    async def _hello(self) -> tuple[dict[str, Any], list[int]]:
        fds: list[int] = []
        try:
            return await self._read_hello(fds)
        except BaseException:  # (a timeout, serve stopping): the descriptors had are closed
            for fd in fds:
                os.close(fd)
            raise

    async def _read_hello(self, fds: list[int]) -> tuple[dict[str, Any], list[int]]:
        data = b""
        try:
            async with asyncio.timeout(_HELLO_WITHIN):
                while not data.endswith(b"\n"):
                    await _readable(self.conn)
                    try:
                        chunk, more, _, _ = socket.recv_fds(self.conn, _HELLO_MAX, _PIPES,
                                                            _CLOEXEC)
                    except BlockingIOError:
                        continue
                    fds += more
                    if not chunk or len(data) + len(chunk) > _HELLO_MAX:
                        break
                    data += chunk
        except TimeoutError:
            raise ValueError(f"no hand-over within {_HELLO_WITHIN:g} s") from None
        try:
            hello = json.loads(data)
        except ValueError:
            hello = None
        server = hello.get("server") if isinstance(hello, dict) else None
        agent = hello.get("agent") if isinstance(hello, dict) else None
        conversation = hello.get("conversation") if isinstance(hello, dict) else None
        if (len(fds) != _PIPES or not all(streamable(fd) for fd in fds)
                or not isinstance(server, str) or not SERVER_NAME.match(server)
                or not isinstance(conversation, str) or not conversation.isalnum()
                or not (agent is None or isinstance(agent, str) and _utf8(agent))):
            raise ValueError("not a wrap's hand-over (its server, conversation and pipes)")
        assert isinstance(hello, dict)
        return hello, fds

    async def _relay(self, hello: dict[str, Any], files: list[IO[bytes]]) -> None:
        server = hello["server"]
        limit = self.owner.limit
        opened: list[asyncio.BaseTransport | LineWriter] = []
        try:  # a descriptor no event loop can stream (a file) ends here
            client_in, client_in_t = await pipe_reader(files[0], limit)
            opened.append(client_in_t)
            client_out = await pipe_writer(files[1])
            opened.append(client_out)
            server_in = await pipe_writer(files[2])
            opened.append(server_in)
            server_out, server_out_t = await pipe_reader(files[3], limit)
            opened.append(server_out_t)
        except BaseException:
            for one in opened:
                one.close()
            raise
        icpt = McpInterceptor(self.owner.hub, server,
                              Principal(channel="mcp-stdio", agent=hello.get("agent")),
                              f"mcp:{server}:{hello['conversation']}", "stdio",
                              settles=True)
        self._sources = (client_in_t, server_out_t)
        reader, self._writer = await asyncio.open_unix_connection(sock=self.conn)
        self._writer.write(_line("ready"))
        requests = self._lane(Direction.REQUEST, client_in, server_in, client_out, icpt)
        responses = self._lane(Direction.RESPONSE, server_out, client_out, server_in, icpt)
        # The wrap says nothing after its hello: its end (it died), or anything it says,
        # ends the relay (read bounded: a peer that talks on is not buffered).
        gone = spawn(reader.read(_HELLO_MAX), name="mcp-stdio-wrap-gone")
        back = spawn(self._back.wait(), name="mcp-stdio-back")
        try:
            while True:
                done, _ = await asyncio.wait({requests, responses, gone, back},
                                             return_when=asyncio.FIRST_COMPLETED)
                if requests in done and not self._back.is_set():
                    # The client closed its end: so does the server's stdin (the wrap's
                    # copy too, on `eof`).
                    server_in.close()
                    self._writer.write(_line("eof"))
                    requests = spawn(_never(), name="mcp-stdio-ended")
                    continue
                if responses in done and not self._back.is_set():
                    self._writer.write(_line("done"))
                    with contextlib.suppress(ConnectionError, OSError):
                        await self._writer.drain()
                    return
                if self._back.is_set():
                    await self._give_back()
                    return
                return  # the wrap is gone: nothing to relay to
        finally:
            await cancel_and_wait(requests, responses, gone, back)
            for writer in (client_out, server_in):
                writer.close()
            for transport in (client_in_t, server_out_t):
                transport.close()
            await icpt.close()

    def _lane(self, direction: Direction, source: asyncio.StreamReader, sink: LineWriter,
              back: LineWriter, icpt: McpInterceptor) -> asyncio.Task[None]:
        lane = Lane()
        task = spawn(_lane_pump(source, sink, back, icpt, direction, lane),
                     name=f"mcp-stdio-{direction}")
        self._lanes[direction] = (lane, source, task)
        return task

    async def hand_back(self) -> None:
        """Serve stops: the conversation goes back to the wrap once each lane is between
        two messages (a message being decided is finished first)."""
        self._back.set()
        if self.task is not None:
            if not self._greeted:  # a peer that has said nothing yet: nothing to give back
                self.task.cancel()
            await asyncio.gather(self.task, return_exceptions=True)

    async def _give_back(self) -> None:
        # Nothing is read any more that the wrap would not get: bytes read during the
        # awaits below, after their reader's buffer was copied, were lost.
        _pause(self._sources)
        # One deadline for both lanes (each waited 5 s in turn before: 10 s with both
        # busy, past the listeners' share of the shutdown budget)
        deadline = asyncio.get_running_loop().time() + _SETTLE
        await asyncio.gather(*(_settle(lane, task, deadline)
                               for lane, _, task in self._lanes.values() if not task.done()))
        # Again: a reader that had paused its transport itself (a full buffer) resumes it
        # as its lane drains it.
        _pause(self._sources)
        unread: dict[str, str] = {}
        for direction, (_, source, _) in self._lanes.items():
            # What serve read and did not relay yet (asyncio keeps no public way to take
            # a reader's buffer).
            left = bytes(getattr(source, "_buffer", b""))
            unread[str(direction)] = base64.b64encode(left).decode()
        assert self._writer is not None
        self._writer.write(_line("back", unread=unread))
        with contextlib.suppress(ConnectionError, OSError):
            await self._writer.drain()


def _utf8(text: str) -> bool:
    """Whether UTF-8 can hold `text` (no lone surrogate, which JSON can escape): the
    ledger's queries and the state store would fail on it, as the control socket's
    commands refuse it."""
    if text.isascii():
        return True
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


async def _settle(lane: Lane, task: asyncio.Task[None], deadline: float) -> None:
    """Stop a lane once it is between two messages (by `deadline` at the latest)."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout_at(deadline):
            await lane.idle.wait()
    await cancel_and_wait(task)


async def _lane_pump(source: asyncio.StreamReader, sink: LineWriter, back: LineWriter,
                     icpt: McpInterceptor, direction: Direction, lane: Lane) -> None:
    try:
        await _pump(source, sink, back, icpt.handle, direction, lane, icpt.publish,
                    icpt.settle)
    except (ConnectionError, BrokenPipeError):
        pass  # its receiver is gone: the lane ends as at its sender's end


def _pause(transports: tuple[asyncio.BaseTransport, ...]) -> None:
    for transport in transports:  # read pipes (uvloop's are no asyncio.ReadTransport)
        if not transport.is_closing():
            transport.pause_reading()  # type: ignore[attr-defined]


async def _never() -> None:
    await asyncio.Event().wait()


def own(fd: int, mode: str) -> IO[bytes]:
    return os.fdopen(fd, mode, buffering=0)
