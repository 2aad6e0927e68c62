"""Helpers for the MCP surface tests: the test server (`mcp_server.py`) behind secproxy
over stdio (`secproxy mcp wrap`) or streamable HTTP (the mcp listener), and an SDK
client connected to it."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from mcp import Client
from mcp.client.stdio import StdioServerParameters

from secproxy.audit.query import Filters, LedgerReader
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy

SERVER = Path(__file__).with_name("mcp_server.py")
SECPROXY = str(Path(sys.executable).with_name("secproxy"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_spec(path: Path, **spec: Any) -> Path:
    path.write_text(json.dumps(spec))
    return path


def wrap_command(config: Path, spec: Path, name: str = "files") -> list[str]:
    """`secproxy mcp wrap` around the test server."""
    return [SECPROXY, "mcp", "wrap", "-c", str(config), "--name", name, "--",
            sys.executable, str(SERVER), str(spec), "stdio"]


class Setup:
    """A running proxy and a way to reach the test server through it."""

    def __init__(self, transport: str, runtime: Runtime, config: Path, spec: Path,
                 server: HttpServer | None):
        self.transport = transport
        self.runtime = runtime
        self.config = config
        self.spec = spec
        self.server = server

    async def change(self, **spec: Any) -> None:
        """What the server advertises from now on (an HTTP server is restarted: it reads
        its spec once; a stdio one is started per client anyway)."""
        write_spec(self.spec, **spec)
        if self.server is not None:
            await self.server.restart()

    def client(self, name: str = "files", **kw: Any) -> Client:
        if self.transport == "stdio":
            command = wrap_command(self.config, self.spec, name)
            params = StdioServerParameters(command=command[0], args=command[1:])
            return Client(params, mode="legacy", **kw)
        address = self.runtime.addresses()["mcp"]
        return Client(f"http://{address}/files", mode="legacy", **kw)

    def records(self, **filters: Any) -> list[dict[str, Any]]:
        with LedgerReader(self.runtime.ledger.path) as reader:
            return list(reader.query(Filters(surface=["mcp"], limit=1000, **filters)))

    async def settled(self, count: int) -> list[dict[str, Any]]:
        """The ledger's mcp records once at least `count` are written."""
        return await eventually(lambda: len(self.records()) >= count and self.records(),
                                message=f"{count} mcp records")  # type: ignore[no-any-return]


class HttpServer:
    """The test server over streamable HTTP, as a child process.

    The listening socket is this object's, bound to a port of the kernel's choosing
    once and handed to each child it starts: no other process can take the port
    between choosing and binding it (with a port picked by binding 0 and closing,
    another test's server or client took it now and then, and the proxy's connection
    was refused), and across a restart connections wait in its backlog instead of
    being refused."""

    def __init__(self, spec: Path):
        self.spec = spec
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = int(self._listener.getsockname()[1])
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/mcp"

    async def start(self) -> None:
        fd = self._listener.fileno()
        process = self.process = subprocess.Popen(  # noqa: ASYNC220 (a quick fork)
            [sys.executable, str(SERVER), str(self.spec), "http-fd", str(fd)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, pass_fds=(fd,))
        assert process.stdout is not None
        line = await asyncio.wait_for(asyncio.to_thread(process.stdout.readline), 30.0)
        assert line == b"ready\n", f"the test MCP server did not start ({line!r})"

    def _end_child(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.process = None

    def stop(self) -> None:
        self._end_child()
        self._listener.close()

    async def restart(self) -> None:
        self._end_child()
        await self.start()


@asynccontextmanager
async def mcp_setup(transport: str, tmp_path: Path, extra: dict[str, Any] | None = None,
                    *, shared: HttpServer | None = None, **spec: Any) -> AsyncIterator[Setup]:
    """The proxy (config from `extra`) with the test server (`spec`) behind it; over
    HTTP, `shared` is a test server already running (with a spec of its own) that the
    proxy uses and leaves running."""
    spec_path = shared.spec if shared is not None else write_spec(tmp_path / "spec.json",
                                                                 **spec)
    config: dict[str, Any] = json.loads(json.dumps(extra or {}))
    config.setdefault("listeners", {})["mcp"] = {"host": "127.0.0.1", "port": 0}
    server = shared or (HttpServer(spec_path) if transport == "http" else None)
    if server is not None:
        config.setdefault("mcp", {})["servers"] = {"files": {"url": server.url}}
    try:
        if server is not None and shared is None:
            await server.start()
        config_path = tmp_path / "secproxy.yaml"
        async with running_proxy(tmp_path / "state", config, config_path=config_path) as rt:
            yield Setup(transport, rt, config_path, spec_path, server)
    finally:
        if server is not None and shared is None:
            server.stop()


def tool_names(listed: Any) -> list[str]:
    return sorted(t.name for t in listed.tools)
