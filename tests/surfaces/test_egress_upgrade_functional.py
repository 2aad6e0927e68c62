"""Upgrade requests through the egress proxy that do not become tunnels: nothing the
client sends after an upgrade request reaches the upstream before it agreed to switch
protocols (101); when it answers anything else, those bytes are read as requests of
their own, each decided and recorded. An upgrade request with a body (a declined
`Upgrade: h2c`, a WebSocket upgrade that carries one) is forwarded with its body."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import pytest

from secproxy.model import Decision
from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    raw_exchange,
    read_response,
    read_until_close,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional

_RULES = [
    {"name": "no-admin", "match": "127.0.0.1/admin/**", "action": "deny"},
    {"name": "local", "match": "127.0.0.1", "action": "allow"},
]


@dataclass
class RawUpstream:
    """A raw HTTP/1.1 server that answers every request `status` (keep-alive) and
    notes each request line it reads, bodies skipped by Content-Length."""

    status: int = 200
    port: int = 0
    lines: list[str] = field(default_factory=list)
    """Every request line the server read, in order, on all connections."""
    received: bytearray = field(default_factory=bytearray)
    """Every byte the server received, on all connections."""
    switch: bool = False
    """Answer an upgrade request with 101, then echo raw bytes back."""


@asynccontextmanager
async def raw_http_upstream(state: RawUpstream) -> AsyncIterator[RawUpstream]:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                state.received += head
                lines = head.decode("latin-1").split("\r\n")
                state.lines.append(lines[0])
                headers = {k.strip().lower(): v.strip()
                           for k, _, v in (line.partition(":") for line in lines[1:] if line)}
                size = int(headers.get("content-length", "0"))
                if size:
                    state.received += await reader.readexactly(size)
                if state.switch and "upgrade" in headers:
                    writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                 b"Connection: Upgrade\r\n\r\n")
                    while piece := await reader.read(65536):
                        state.received += piece
                        writer.write(b"echo:" + piece)
                    return
                writer.write(b"HTTP/1.1 %d Whatever\r\nContent-Length: 2\r\n\r\nok" % state.status)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    state.port = server.sockets[0].getsockname()[1]
    try:
        yield state
    finally:
        server.close()
        await server.wait_closed()


def _upgrade(port: int, path: str = "/public", *, extra: str = "") -> bytes:
    return (f"GET http://127.0.0.1:{port}{path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n{extra}\r\n").encode()


def _responses(raw: bytes) -> list[tuple[int, bytes]]:
    """(status, body) of each Content-Length response in `raw`, in order."""
    out = []
    while raw:
        head, _, rest = raw.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        out.append((status, rest[:length]))
        raw = rest[length:]
    return out


@pytest.mark.parametrize("form", ["absolute", "origin"])
async def test_requests_after_a_declined_upgrade_are_decided_not_smuggled(form: str) -> None:
    async with raw_http_upstream(RawUpstream(status=200)) as up, \
            running_egress({"rules": _RULES}) as proxy:
        admin = (f"http://127.0.0.1:{up.port}/admin/delete-all" if form == "absolute"
                 else "/admin/delete-all")
        smuggled = (f"POST {admin} HTTP/1.1\r\nHost: 127.0.0.1:{up.port}\r\n"
                    f"Content-Length: 0\r\nConnection: close\r\n\r\n").encode()
        # Directly, the request is refused.
        status, _, body = split_response(await raw_exchange(
            proxy, f"POST http://127.0.0.1:{up.port}/admin/delete-all HTTP/1.1\r\n"
                   f"Host: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode()))
        assert status == 403 and body["rule"] == "no-admin"
        assert (await proxy.record()).outcome.status == 403

        # Behind an allowed upgrade request the upstream declines, in the same write.
        raw = await raw_exchange(proxy, _upgrade(up.port) + smuggled)
        answers = _responses(raw)
        assert answers[0] == (200, b"ok")
        assert [line for line in up.lines if "admin" in line] == []
        assert up.lines == ["GET /public HTTP/1.1"]
        assert len(answers) == 2, "the request after the upgrade gets an answer of its own"
        expected = 403 if form == "absolute" else 400
        assert answers[1][0] == expected
        first, second = await proxy.record(), await proxy.record()
        assert first.action.target.path == "/public" and first.outcome.status == 200
        assert second.verdict.decision is Decision.BLOCK
        assert second.outcome.status == expected
        if form == "absolute":
            assert second.verdict.rule == "no-admin"
            assert second.action.target.path == "/admin/delete-all"
        assert proxy.no_more_records()


async def test_a_declined_upgrade_leaves_the_connection_usable() -> None:
    async with raw_http_upstream(RawUpstream(status=426)) as up, \
            running_egress({"rules": _RULES}) as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(_upgrade(up.port))
            assert await read_response(reader) == (426, {"content-length": "2",
                                                         "via": "1.1 secproxy"}, b"ok")
            writer.write(f"GET http://127.0.0.1:{up.port}/next HTTP/1.1\r\nHost: x\r\n\r\n"
                         .encode())
            status, _, body = await read_response(reader)
            assert (status, body) == (426, b"ok")
        finally:
            writer.close()
        assert up.lines == ["GET /public HTTP/1.1", "GET /next HTTP/1.1"]
        assert [(await proxy.record()).outcome.status for _ in range(2)] == [426, 426]


async def test_bytes_after_an_accepted_upgrade_go_on_after_the_101() -> None:
    async with raw_http_upstream(RawUpstream(switch=True)) as up, \
            running_egress({"rules": _RULES}) as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(_upgrade(up.port) + b"early frame")
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            assert head.startswith(b"HTTP/1.1 101")
            assert await asyncio.wait_for(reader.readexactly(16), 5) == b"echo:early frame"
            writer.write_eof()
            assert await read_until_close(reader, 5) == b""
        finally:
            writer.close()
        rec = await proxy.record()
        assert rec.outcome.status == 101 and rec.outcome.bytes_in == len(b"early frame")
        assert up.received.endswith(b"\r\n\r\nearly frame")


_H2C = ("Upgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\n"
        "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n")
_WS = "Upgrade: websocket\r\nConnection: Upgrade\r\n"


@pytest.mark.parametrize(
    ("upgrade", "framing", "later"),
    [
        (_H2C, "length", True),
        (_H2C, "length", False),
        (_H2C, "chunked", True),
        (_WS, "length", True),
    ],
    ids=["h2c-body-later", "h2c-body-same-write", "h2c-chunked-later", "websocket-body-later"],
)
async def test_an_upgrade_request_with_a_body_is_forwarded_with_it(
    upgrade: str, framing: str, later: bool
) -> None:
    payload = b"hello upgrade body"
    if framing == "length":
        frame, body = f"Content-Length: {len(payload)}\r\n", payload
    else:
        frame = "Transfer-Encoding: chunked\r\n"
        body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(payload), payload)
    async with upstream() as up, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            head = (f"POST {up.base}/echo HTTP/1.1\r\nHost: x\r\n{upgrade}{frame}\r\n").encode()
            if later:
                writer.write(head)
                await writer.drain()
                # The body goes in a later packet, once the proxy is at work on the head.
                await eventually(lambda: any(c.busy for c in proxy.svc._connections))
                writer.write(body)
            else:
                writer.write(head + body)
            status, _, answer = await read_response(reader)
            assert status == 200
            echoed = json.loads(answer)
            assert echoed["bytes"] == len(payload)
            assert echoed["sha256"] == hashlib.sha256(payload).hexdigest()
            assert "upgrade" not in {k.lower() for k in up.headers[-1]}
            writer.write(f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            assert (await read_response(reader))[2] == b"hello"
        finally:
            writer.close()
        rec = await proxy.record()
        assert rec.outcome.status == 200 and rec.outcome.bytes_in == len(payload)
        assert (await proxy.record()).outcome.status == 200
