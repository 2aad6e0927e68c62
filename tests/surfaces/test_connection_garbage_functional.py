"""Egress requests and WebSocket relay connections leave no reference cycles behind,
including the ones that end in an error (as `test_request_garbage_functional` checks for
the inspection API and the LLM gateway): what they allocate is freed by reference
counting, not by a collection that pauses the event loop.

Egress runs on uvloop here, as `secproxy serve` does: uvloop builds an upstream
connection's protocol before it connects, so a failed connect leaves what the protocol
built to the collector when it is a cycle (asyncio builds it only once connected)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.client import connect

from tests.surfaces.test_egress_helpers_functional import running_egress, upstream
from tests.surfaces.test_request_garbage_functional import cycles
from tests.surfaces.ws_support import call, running_gateway, running_relay

uvloop = pytest.importorskip("uvloop")

pytestmark = pytest.mark.functional


def _free_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _exchange(address: tuple[str, int], raw: bytes, *, read: int = 1 << 20) -> bytes:
    """Send `raw` on a new connection and read what comes back until the proxy closes
    it (or `read` bytes, then leave)."""
    reader, writer = await asyncio.open_connection(*address)
    try:
        writer.write(raw)
        got = b""
        while len(got) < read:
            piece = await asyncio.wait_for(reader.read(65536), 10)
            if not piece:
                break
            got += piece
        return got
    finally:
        writer.transport.abort()


async def _broken_upstream(reader: asyncio.StreamReader, writer: asyncio.StreamWriter
                           ) -> None:
    """Answers /garbage with no HTTP at all and /cut with 10 bytes of a 100,000-byte body."""
    try:
        line = await reader.readuntil(b"\r\n\r\n")
        if b"/garbage" in line:
            writer.write(b"NOT HTTP\r\n\r\n")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 10)
        await writer.drain()
    finally:
        writer.close()


async def _egress_round() -> dict[str, int]:
    dead = _free_port()
    async with upstream() as up, running_egress(
            {"egress": {"allowed_connect_ports": [up.port, dead]},
             "rules": [{"name": "no-evil", "match": "evil.example", "action": "deny"}]}
    ) as proxy:
        broken = await asyncio.start_server(_broken_upstream, "127.0.0.1", 0)
        bad = f"http://127.0.0.1:{broken.sockets[0].getsockname()[1]}"
        requests: list[tuple[bytes, str, int]] = [
            (f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode(),
             "200", 1 << 20),
            (f"POST {up.base}/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             f"Content-Length: 32\r\nConnection: close\r\n\r\n".encode()
             + json.dumps({"note": "deploy it tonight"}).encode().ljust(32), "200", 1 << 20),
            (b"GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\n"
             b"Connection: close\r\n\r\n", "403", 1 << 20),
            (f"CONNECT 127.0.0.1:{up.port} HTTP/1.1\r\n\r\n".encode()
             + b"GET /small HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "200", 1 << 20),
            # errors: an upstream that refuses the connection, plain and tunnelled
            (f"GET http://127.0.0.1:{dead}/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
             f"\r\n".encode(), "502", 1 << 20),
            (f"CONNECT 127.0.0.1:{dead} HTTP/1.1\r\n\r\n".encode(), "502", 1 << 20),
            # a request the proxy cannot parse, and one whose head is too large
            (b"NOT A REQUEST\r\n\r\n", "400", 1 << 20),
            (f"GET {up.base}/small HTTP/1.1\r\nX-Pad: {'p' * 70_000}\r\n\r\n".encode(),
             "431", 1 << 20),
            # an upstream answering no HTTP, and one closing in the middle of the body
            (f"GET {bad}/garbage HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode(),
             "502", 1 << 20),
            (f"GET {bad}/cut HTTP/1.1\r\nHost: x\r\n\r\n".encode(), "200", 1 << 20),
            # a client leaving in the middle of a download
            (f"GET {up.base}/big?mib=8 HTTP/1.1\r\nHost: x\r\n\r\n".encode(), "200", 300_000),
        ]

        async def round_of_requests() -> list[str]:
            statuses = []
            for raw, _, read in requests:
                answer = await _exchange(proxy.host_port, raw, read=read)
                statuses.append(answer[9:12].decode())
            return statuses

        try:
            assert await round_of_requests() == [status for _, status, _ in requests]
            with cycles() as found:
                for _ in range(3):
                    await round_of_requests()
                await asyncio.sleep(0.2)  # the requests' records and closes
        finally:
            broken.close()
            await broken.wait_closed()
        return dict(found)


def test_egress_requests_leave_no_cycles_even_when_they_fail() -> None:
    found = uvloop.run(_egress_round())
    assert not found, f"reference cycles left by egress requests: {found}"


async def _relay_round(use: Callable[[str], Awaitable[None]]) -> dict[str, int]:
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        await use(relay.url)
        with cycles() as found:
            for _ in range(3):
                await use(relay.url)
            await asyncio.sleep(0.2)
        return dict(found)


async def _talk(url: str) -> None:
    async with connect(url, compression=None) as ws:
        for i in range(3):
            await ws.send(call("web.fetch", {"url": "https://example.org"}, id=i))
            assert json.loads(await ws.recv())["id"] == i


async def _leave(url: str) -> None:
    ws = await connect(url, compression=None)
    await ws.send(call("web.fetch", {"url": "https://example.org"}, id=1))
    await ws.recv()
    ws.transport.abort()
    await asyncio.sleep(0.05)


@pytest.mark.parametrize("use", [_talk, _leave], ids=["closed", "left"])
async def test_relay_connections_leave_no_cycles(
        use: Callable[[str], Awaitable[None]]) -> None:
    found = await _relay_round(use)
    assert not found, f"reference cycles left by relay connections: {found}"
