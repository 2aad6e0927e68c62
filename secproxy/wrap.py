"""What decides for `secproxy mcp wrap`: the running proxy, or an engine of its own.

By default the wrapped server's messages are decided by the `secproxy serve` that owns
the control socket (`mcp/relay`): its rules, guards, pins, approvals and ledger. One
control connection per direction, so that a message held for an operator in one
direction does not stop the other. When no proxy answers, the wrap refuses to start
(fail closed) unless `--standalone`: then an engine runs in this process, with the
config's rules and guards, the pins of the state directory, and a ledger of its own
(`ledger-mcp-<name>.db` next to the proxy's): no operator can answer there, so a
changed tool is left out at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from secproxy.aio import cancel_and_wait, spawn
from secproxy.audit.ledger import Ledger
from secproxy.audit.signing import HeadSigner
from secproxy.config import Config, LoadedConfig
from secproxy.control.client import ControlClient
from secproxy.engine import Engine
from secproxy.errors import ControlError, SecproxyError
from secproxy.files import MASK_KEY, load_or_create_key
from secproxy.model import Direction, Principal
from secproxy.surfaces.mcp.hub import McpHub
from secproxy.surfaces.mcp.interceptor import Relayed
from secproxy.surfaces.mcp.stdio import Decide

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
        for direction in (Direction.REQUEST, Direction.RESPONSE):
            client = ControlClient(self.path, timeout=10.0)
            await client.connect()
            self._clients[direction] = client
        hello = self._clients[Direction.REQUEST].hello
        if "mcp/relay" not in (hello.get("commands") or []):
            await self.close()
            raise ControlError(f"the secproxy at {self.path} does not relay MCP messages",
                               hint="upgrade it, or run this wrap with --standalone")

    async def decide(self, text: str, direction: Direction) -> Relayed:
        reply = await self._clients[direction].call(
            "mcp/relay",
            {"conversation": self.conversation, "server": self.server, "agent": self.agent,
             "direction": str(direction), "text": text},
            wait=_HELD)
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
