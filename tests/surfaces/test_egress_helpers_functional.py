"""Helpers shared by the egress tests: a running proxy, a local upstream, curl, raw
sockets, a TLS server with a certificate made by the `openssl` CLI.

(A module of helpers, not tests: it carries the `test_egress*` name so it stays with the
egress files; pytest collects nothing from it.)
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import ssl
import stat
import subprocess
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from aiohttp import WSMsgType, web

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.events import RecordEvent, Subscription
from secproxy.surfaces.egress import EgressService
from tests.helpers import serving

CHUNK = b"x" * (1024 * 1024)


@dataclass
class Proxy:
    """A running egress service with its engine and a ledger-record subscription."""

    svc: EgressService
    engine: Engine
    records: Subscription

    @property
    def url(self) -> str:
        return f"http://{self.svc.address}"

    @property
    def host_port(self) -> tuple[str, int]:
        host, _, port = self.svc.address.rpartition(":")
        return host, int(port)

    async def record(self, timeout: float = 5.0) -> RecordEvent:
        """The next ledger record."""
        event = await asyncio.wait_for(self.records.get(), timeout)
        assert isinstance(event, RecordEvent)
        return event

    def no_more_records(self) -> bool:
        return self.records.queue.empty()


@asynccontextmanager
async def running_egress(extra: dict[str, Any] | None = None) -> AsyncIterator[Proxy]:
    """An EgressService on 127.0.0.1:0; `extra` is merged into the config. Loopback is
    exempt from SSRF protection unless the test sets `egress.ssrf_allow` itself."""
    data: dict[str, Any] = {"listeners": {"egress": {"host": "127.0.0.1", "port": 0}}}
    data.update(extra or {})
    egress = data.setdefault("egress", {})
    egress.setdefault("ssrf_allow", ["127.0.0.0/8"])
    loaded = load_config(text=yaml.safe_dump(data), env={})
    engine = Engine(loaded)
    sub = engine.bus.subscribe("test", kinds={"record"}, maxsize=100_000)
    svc = EgressService(engine, loaded.config, loaded.config.listeners.egress)
    await svc.start()
    try:
        yield Proxy(svc, engine, sub)
    finally:
        engine.shutdown()
        await svc.stop()


@dataclass
class Upstream:
    """A local aiohttp server and what it saw."""

    port: int
    peers: set[tuple[str, int]] = field(default_factory=set)
    headers: list[dict[str, str]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _app(state: Upstream) -> web.Application:
    async def track(request: web.Request) -> None:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer:
            state.peers.add(peer[:2])
        state.headers.append({k: v for k, v in request.headers.items()})

    async def small(request: web.Request) -> web.Response:
        await track(request)
        return web.Response(text="hello")

    async def headers(request: web.Request) -> web.Response:
        await track(request)
        return web.json_response({k.lower(): v for k, v in request.headers.items()})

    async def big(request: web.Request) -> web.StreamResponse:
        await track(request)
        size = int(request.query.get("mib", "1")) * len(CHUNK)
        resp = web.StreamResponse()
        if request.query.get("chunked") != "1":
            resp.content_length = size
        await resp.prepare(request)
        sent = 0
        while sent < size:
            await resp.write(CHUNK)
            sent += len(CHUNK)
        await resp.write_eof()
        return resp

    async def echo(request: web.Request) -> web.StreamResponse:
        await track(request)
        digest = hashlib.sha256()
        total = 0
        async for piece in request.content.iter_any():
            digest.update(piece)
            total += len(piece)
        return web.json_response(
            {"bytes": total, "sha256": digest.hexdigest(),
             "chunked": request.headers.get("Transfer-Encoding", "")}
        )

    async def status(request: web.Request) -> web.Response:
        await track(request)
        code = int(request.match_info["code"])
        return web.Response(status=code)

    async def slow(request: web.Request) -> web.Response:
        await track(request)
        await asyncio.sleep(30)
        return web.Response(text="late")

    async def ws(request: web.Request) -> web.WebSocketResponse:
        await track(request)
        sock = web.WebSocketResponse()
        await sock.prepare(request)
        async for msg in sock:
            if msg.type == WSMsgType.TEXT:
                await sock.send_str("echo:" + msg.data)
        return sock

    app = web.Application()
    app.router.add_get("/small", small)
    app.router.add_get("/headers", headers)
    app.router.add_get("/big", big)
    app.router.add_post("/echo", echo)
    app.router.add_get("/status/{code}", status)
    app.router.add_get("/slow", slow)
    app.router.add_get("/ws", ws)
    return app


@asynccontextmanager
async def upstream() -> AsyncIterator[Upstream]:
    """A local HTTP upstream on 127.0.0.1 (aiohttp)."""
    state = Upstream(port=0)
    async with serving(_app(state)) as port:
        state.port = port
        yield state


def make_cert(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=30,
    )
    return cert, key


@asynccontextmanager
async def tls_upstream(directory: Path) -> AsyncIterator[Upstream]:
    """The same upstream app served over TLS."""
    cert, key = make_cert(directory)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    state = Upstream(port=0)
    runner = web.AppRunner(_app(state), shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=ctx)
    await site.start()
    server = site._server
    assert server is not None
    state.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield state
    finally:
        await runner.cleanup()


async def curl(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run curl in a thread (the event loop keeps serving the proxy meanwhile), with no
    proxy settings from the environment (NO_PROXY would override `-x`)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    return await asyncio.to_thread(
        subprocess.run, ["curl", "-sS", "--max-time", str(timeout), *args],
        capture_output=True, text=True, timeout=timeout + 5, env=env,
    )


async def raw_exchange(proxy: Proxy, data: bytes, *, read_timeout: float = 5.0) -> bytes:
    """Send raw bytes to the proxy and read until it closes (or `read_timeout`)."""
    reader, writer = await asyncio.open_connection(*proxy.host_port)
    try:
        writer.write(data)
        await writer.drain()
        return await read_until_close(reader, read_timeout)
    finally:
        writer.close()


async def read_until_close(reader: asyncio.StreamReader, timeout: float) -> bytes:
    out = b""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return out
        try:
            piece = await asyncio.wait_for(reader.read(65536), remaining)
        except TimeoutError:
            return out
        if not piece:
            return out
        out += piece


async def read_response(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP/1.1 response with a Content-Length body."""
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
    body = b""
    if "content-length" in headers:
        body = await asyncio.wait_for(reader.readexactly(int(headers["content-length"])), 5)
    return status, headers, body


def split_response(raw: bytes) -> tuple[int, dict[str, str], Any]:
    """Status, headers and (JSON-decoded when possible) body of a raw response."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    try:
        parsed: Any = json.loads(body)
    except ValueError:
        parsed = body
    return int(lines[0].split()[1]), headers, parsed


def vm_rss_kib() -> int:
    """This process's resident set size in KiB (from /proc/self/status)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


def open_pipes() -> set[int]:
    """This process's open pipe descriptors (the splice relay holds two pipes a tunnel),
    probed with fstat: listing /proc/self/fd would open one."""
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    pipes = set()
    for fd in range(min(soft, 1 << 16)):
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            pipes.add(fd)
    return pipes
