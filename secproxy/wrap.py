"""What decides for `secproxy mcp wrap`: the running proxy, or an engine of its own.

By default the wrapped server's messages are decided by the `secproxy serve` that owns
the control socket (`mcp/relay`): its rules, guards, pins, approvals and ledger. One
control connection per direction, so that a message held for an operator in one
direction does not stop the other. When no proxy answers, the wrap refuses to start
(fail closed) unless `--standalone`: then an engine runs in this process, with the
config's rules and guards, the pins of the state directory, and a ledger of its own
(`ledger-mcp-<name>.db` next to the proxy's): no operator can answer there, so a
changed tool is left out at once.

Before either, `run_handed_over` hands the pipes to the running proxy, which relays
them itself (`secproxy.surfaces.mcp.handover`); this process then only waits, and
relays alone, refusing every request, once the proxy gives them back or is gone.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import secrets
import signal
import socket
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secproxy.aio import cancel_and_wait, spawn
from secproxy.config import Config, LoadedConfig
from secproxy.engine import Engine
from secproxy.errors import ControlError, SecproxyError
from secproxy.files import MASK_KEY, load_or_create_key
from secproxy.model import Direction, Principal
from secproxy.protocols.jsonrpc import NO_ID
from secproxy.surfaces.mcp.handover import own
from secproxy.surfaces.mcp.hub import McpHub
from secproxy.surfaces.mcp.interceptor import Relayed
from secproxy.surfaces.mcp.stdio import (
    Decide,
    LineWriter,
    _forward_signal,
    _pump,
    _stdio_streams,
    check_stdio,
    pipe_reader,
    pipe_writer,
)

if TYPE_CHECKING:  # aiohttp only when no proxy takes the pipes over (line by line)
    from secproxy.control.client import ControlClient

_HELD = 24 * 3600.0
"""How long a relayed message may wait for the proxy (an approval sets the real bound)."""


class RemoteDecider:
    """Decides through a running proxy's control socket (`mcp/relay`)."""

    def __init__(self, config: Config, server: str, agent: str | None,
                 socket: Path | None = None):
        self.path = socket or config.control_socket
        self.server = server
        self.agent = agent
        self.conversation = secrets.token_hex(8)
        self._clients: dict[Direction, ControlClient] = {}

    async def connect(self) -> None:
        """Connect both lanes; `ControlError` (fail closed) when no proxy answers."""
        from secproxy.control.client import ControlClient

        for direction in (Direction.REQUEST, Direction.RESPONSE):
            client = ControlClient(self.path, timeout=10.0)
            await client.connect()
            self._clients[direction] = client
        hello = self._clients[Direction.REQUEST].hello
        if "mcp/relay" not in (hello.get("commands") or []):
            await self.close()
            raise ControlError(f"the secproxy at {self.path} does not relay MCP messages",
                               hint="upgrade it, or run this wrap with --standalone")

    async def decide(self, text: str, direction: Direction, unread: Any = NO_ID,
                     asked: str | None = None) -> Relayed:
        payload = {"conversation": self.conversation, "server": self.server,
                   "agent": self.agent, "direction": str(direction), "text": text}
        if unread is not NO_ID:
            payload["unread"] = unread
        if asked is not None:
            payload["asked"] = asked
        reply = await self._clients[direction].call("mcp/relay", payload, wait=_HELD)
        forward = text if reply.get("same") else reply.get("forward")
        return forward, reply.get("answer")

    async def close(self) -> None:
        client = self._clients.get(Direction.REQUEST)
        if client is not None and client.connected:
            with contextlib.suppress(ControlError):
                await client.call("mcp/close", {"conversation": self.conversation})
        for c in self._clients.values():
            await c.close()
        self._clients.clear()


@asynccontextmanager
async def remote_decider(config: Config, server: str, agent: str | None,
                         socket: Path | None = None) -> AsyncIterator[Decide]:
    """The running proxy's decisions (through `socket`, else the config's control
    socket); raises `ControlError` when none runs."""
    remote = RemoteDecider(config, server, agent, socket)
    try:
        await remote.connect()
    except ControlError as exc:
        await remote.close()
        raise ControlError(
            f"no secproxy is running to decide for the MCP server {server!r} "
            f"({exc.message}); refusing to start it unguarded",
            hint="start `secproxy serve` with the same config (or -c), name its socket with "
                 "--socket, or pass --standalone to decide in this process") from None
    try:
        yield remote.decide
    finally:
        await remote.close()


@asynccontextmanager
async def standalone_decider(loaded: LoadedConfig, server: str, agent: str | None
                             ) -> AsyncIterator[Decide]:
    """An engine, pins and ledger in this process."""
    from secproxy.audit.ledger import Ledger  # the ledger's signing (cryptography): here only
    from secproxy.audit.signing import HeadSigner
    from secproxy.runtime import engine_guards

    config = loaded.config
    state_dir = config.resolved_state_dir
    try:
        state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise SecproxyError(f"cannot create the state directory {state_dir}: {exc}") from None
    engine = Engine(loaded, guard_factory=engine_guards)
    engine.masker.rekey(await asyncio.to_thread(load_or_create_key, state_dir / MASK_KEY))
    path = config.ledger_path.with_name(f"ledger-mcp-{server}.db")
    ledger = Ledger(path, engine.bus, queue_size=config.audit.queue_size,
                    batch_size=config.audit.batch_size,
                    batch_max=config.audit.batch_max,
                    redact_extra=list(config.audit.redact_headers),
                    durability=config.audit.durability)
    ledger.signer = await asyncio.to_thread(HeadSigner.load_or_create, state_dir)
    await ledger.open()
    writer = spawn(ledger.run(), name="ledger-writer")
    hub = McpHub(engine, config.state_db_path, standalone=True)
    await asyncio.to_thread(hub.open)
    icpt = hub.interceptor(server, Principal(channel="mcp-stdio", agent=agent),
                           f"mcp:{server}:{secrets.token_hex(8)}")
    try:
        yield icpt.handle
    finally:
        await icpt.close()
        engine.shutdown()
        await cancel_and_wait(writer)
        await ledger.close(give_up_after=5.0)


async def run_handed_over(command: Sequence[str], path: Path, server: str, agent: str | None,
                          conversation: str, *, limit: int) -> int | None:
    """Run `command` with its stdio relayed by the proxy at `path`; its exit code. None,
    before anything is started, when no proxy takes conversations there."""
    loop = asyncio.get_running_loop()
    check_stdio(sys.stdin.buffer, sys.stdout.buffer)  # serve would refuse them, as would
    # relaying here (uvloop aborts)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await loop.sock_connect(sock, str(path))
    except OSError:
        sock.close()
        return None
    child_in_r, child_in_w = os.pipe()
    child_out_r, child_out_w = os.pipe()
    try:
        child = await asyncio.create_subprocess_exec(
            *command, stdin=child_in_r, stdout=child_out_w, stderr=None)
    except OSError as exc:
        for fd in (child_in_r, child_in_w, child_out_r, child_out_w):
            os.close(fd)
        sock.close()
        raise SecproxyError(f"cannot start the MCP server {command[0]!r}: "
                            f"{exc.strerror or exc}",
                            hint="check the command after `--`") from None
    os.close(child_in_r)
    os.close(child_out_w)
    forwarded = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    for sig in forwarded:
        loop.add_signal_handler(sig, _forward_signal, child, sig)
    wrap = _Wrap(child, child_in_w, child_out_r, limit)
    try:
        hello = json.dumps({"server": server, "agent": agent, "conversation": conversation})
        stdin, stdout = sys.stdin.fileno(), sys.stdout.fileno()
        socket.send_fds(sock, [hello.encode() + b"\n"], [stdin, stdout, child_in_w,
                                                          child_out_r])
        reader, writer = await asyncio.open_unix_connection(sock=sock)
        return await wrap.follow(reader, writer)
    finally:
        for sig in forwarded:
            loop.remove_signal_handler(sig)
        await wrap.close()


class _Refusing:
    """The decider once serve has given a conversation back: nothing can be decided."""

    def __init__(self, why: str):
        self.why = why

    async def __call__(self, text: str, direction: Direction, unread: Any = NO_ID,
                       asked: str | None = None) -> Relayed:
        raise ControlError(self.why)


class _Wrap:
    """The wrap's copies of its server's pipes, while serve relays and after."""

    def __init__(self, child: asyncio.subprocess.Process, child_in: int, child_out: int,
                 limit: int):
        self.child = child
        self.child_in: int | None = child_in
        self.child_out: int | None = child_out
        self.limit = limit
        self._relaying: list[asyncio.Task[None]] = []

    async def follow(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
        """What serve says, until the conversation ends (the server's exit code)."""
        try:
            while line := await reader.readline():
                said = json.loads(line)
                kind = said.get("type")
                if kind == "eof":
                    self._close_child_in()
                elif kind == "done":
                    # Nothing more reaches the server (serve closed its copy of its
                    # stdin): it sees its input end, as when the client leaves.
                    self._close_child_in()
                    return await self.child.wait()
                elif kind == "back":
                    unread = said.get("unread") or {}
                    return await self._relay_alone(
                        "secproxy stopped",
                        base64.b64decode(unread.get("request", "")),
                        base64.b64decode(unread.get("response", "")))
        except (ValueError, ConnectionError, OSError):
            pass
        finally:
            writer.close()
        return await self._relay_alone("the connection to secproxy was lost", b"", b"")

    def _close_child_in(self) -> None:
        if self.child_in is not None:
            os.close(self.child_in)
            self.child_in = None

    async def _relay_alone(self, why: str, to_server: bytes, to_client: bytes) -> int:
        """Serve is gone: relay the rest here, refusing what nobody can decide."""
        decide = _Refusing(why)
        our_in, our_out = await _stdio_streams(sys.stdin.buffer, sys.stdout.buffer,
                                               self.limit, to_server)
        assert self.child_out is not None
        child_out, _ = await pipe_reader(own(self.child_out, "rb"), self.limit, to_client)
        self.child_out = None
        child_in = LineWriter(_drop, _nothing)  # closed already: the client had ended
        if self.child_in is not None:
            child_in = await pipe_writer(own(self.child_in, "wb"))
            self.child_in = None
            self._relaying.append(spawn(_client_to_server(our_in, child_in, our_out, decide),
                                        name="mcp-stdio-requests"))
        await _pump(child_out, our_out, child_in, decide, Direction.RESPONSE)
        return await self.child.wait()

    async def close(self) -> None:
        await cancel_and_wait(*self._relaying)
        self._close_child_in()
        if self.child_out is not None:
            os.close(self.child_out)
            self.child_out = None
        if self.child.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.child.terminate()
            await self.child.wait()


async def _client_to_server(our_in: asyncio.StreamReader, child_in: LineWriter,
                            our_out: LineWriter, decide: _Refusing) -> None:
    try:
        await _pump(our_in, child_in, our_out, decide, Direction.REQUEST)
    except (ConnectionError, BrokenPipeError):
        pass
    finally:
        child_in.close()  # the client is gone: the server sees its stdin close


def _drop(data: bytes) -> None:
    return None


async def _nothing() -> None:
    return None
