"""CONNECT tunnels and WebSocket upgrades through the egress proxy: decided on host and
port, then relayed byte for byte (TLS end to end), with half-close and a ledger record
carrying bytes each way and the duration."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
from pathlib import Path

import aiohttp
import httpx
import pytest

from secproxy.model import Decision, Surface
from secproxy.surfaces.egress import zerocopy
from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    CHUNK,
    curl,
    open_pipes,
    raw_exchange,
    read_until_close,
    running_egress,
    split_response,
    tls_upstream,
    upstream,
)

pytestmark = pytest.mark.functional


async def test_curl_connect_to_a_tls_server(tmp_path: Path) -> None:
    async with tls_upstream(tmp_path) as up:
        config = {"egress": {"allowed_connect_ports": [up.port]}}
        async with running_egress(config) as proxy:
            result = await curl("-k", "--proxy", proxy.url, f"https://127.0.0.1:{up.port}/small")
            assert result.returncode == 0, result.stderr
            assert result.stdout == "hello"
            rec = await proxy.record()
            assert rec.action.surface is Surface.CONNECT
            assert rec.action.target.host == "127.0.0.1"
            assert rec.action.target.port == up.port
            assert rec.action.target.path is None
            assert rec.verdict.decision is Decision.ALLOW
            assert rec.outcome.status == 200
            assert rec.outcome.bytes_in > 100 and rec.outcome.bytes_out > 100
            assert rec.outcome.duration is not None and rec.outcome.duration > 0


async def test_httpx_https_proxy_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with tls_upstream(tmp_path) as up:
        config = {"egress": {"allowed_connect_ports": [up.port]}}
        async with running_egress(config) as proxy:
            monkeypatch.setenv("HTTPS_PROXY", proxy.url)
            monkeypatch.delenv("NO_PROXY", raising=False)
            monkeypatch.delenv("no_proxy", raising=False)
            async with httpx.AsyncClient(trust_env=True, verify=False) as client:
                for _ in range(2):
                    resp = await client.get(f"https://127.0.0.1:{up.port}/small")
                    assert resp.text == "hello"
            assert len(up.peers) == 1, "both requests should share one tunnel"
            assert (await proxy.record()).action.surface is Surface.CONNECT


@pytest.mark.skipif(not zerocopy.AVAILABLE, reason="the splice relay is Linux only")
async def test_a_tunnel_copies_its_handshake_and_splices_bulk(tmp_path: Path) -> None:
    # A TLS handshake and a small exchange are a few short messages: relayed through
    # the transports, no pipe. A 4 MiB download on the same tunnel moves it to the
    # splice relay (two pipes) without losing or reordering a byte.
    async with tls_upstream(tmp_path) as up:
        config = {"egress": {"allowed_connect_ports": [up.port]}}
        async with running_egress(config) as proxy:
            pipes = open_pipes()
            async with httpx.AsyncClient(proxy=proxy.url, verify=False) as client:
                resp = await client.get(f"https://127.0.0.1:{up.port}/small")
                assert resp.text == "hello"
                assert open_pipes() == pipes
                resp = await client.get(f"https://127.0.0.1:{up.port}/big?mib=4")
                assert resp.content == CHUNK * 4
                assert len(open_pipes() - pipes) == 4
                resp = await client.get(f"https://127.0.0.1:{up.port}/small")
                assert resp.text == "hello"
            assert len(up.peers) == 1, "all three requests should share one tunnel"
            rec = await proxy.record()
            assert (rec.outcome.status, rec.outcome.error) == (200, None)
            assert rec.outcome.bytes_out > 4 * len(CHUNK)
            await eventually(lambda: open_pipes() == pipes, message="the pipes closed")


@pytest.mark.skipif(not zerocopy.AVAILABLE, reason="the splice relay is Linux only")
async def test_an_upload_to_a_stalled_upstream_arrives_whole_through_splice() -> None:
    # The upstream (a small receive buffer and segment size) reads nothing at first, so
    # the client's 4 MiB upload stalls; once it reads, every byte arrives in order
    # through the splice relay, and its answer comes back after the client's end of
    # stream.
    data = os.urandom(4 * 1024 * 1024)
    reading = asyncio.Event()
    done = asyncio.Event()
    digests: list[str] = []

    async def read_later(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reading.wait()
        digest = hashlib.sha256()
        while piece := await reader.read(65536):
            digest.update(piece)
        digests.append(digest.hexdigest())
        writer.write(digest.hexdigest().encode())
        await writer.drain()
        await done.wait()  # the tunnel stays open while the test looks at its pipes
        writer.close()

    listener = socket.socket()
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, 1400)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    listener.bind(("127.0.0.1", 0))
    server = await asyncio.start_server(read_later, sock=listener)
    port = listener.getsockname()[1]
    try:
        async with running_egress({"egress": {"allowed_connect_ports": [port]}}) as proxy:
            pipes = open_pipes()
            reader, writer = await asyncio.open_connection(*proxy.host_port)
            writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n".encode())
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            assert head.startswith(b"HTTP/1.1 200")
            writer.write(data)
            writer.write_eof()
            await eventually(lambda: writer.transport.get_write_buffer_size() > 0,
                             message="the client's upload is held back")
            reading.set()
            answer = await asyncio.wait_for(reader.readexactly(64), 20)
            assert answer.decode() == hashlib.sha256(data).hexdigest() == digests[0]
            assert len(open_pipes() - pipes) == 4
            done.set()
            assert await read_until_close(reader, 5) == b""
            writer.close()
            rec = await proxy.record()
            assert (rec.outcome.bytes_in, rec.outcome.bytes_out) == (len(data), 64)
            assert rec.outcome.error is None
    finally:
        server.close()
        await server.wait_closed()


async def test_a_half_closed_tunnel_relays_bulk_the_other_way() -> None:
    # The client's end of stream comes first; the 2 MiB answer after it goes through
    # whole (no move to the splice relay once a direction has ended).
    answer = os.urandom(2 * 1024 * 1024)

    async def answer_after_eof(reader: asyncio.StreamReader,
                               writer: asyncio.StreamWriter) -> None:
        await reader.read()
        writer.write(answer)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer_after_eof, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with running_egress({"egress": {"allowed_connect_ports": [port]}}) as proxy:
            reader, writer = await asyncio.open_connection(*proxy.host_port)
            writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n".encode() + b"ask")
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            assert head.startswith(b"HTTP/1.1 200")
            writer.write_eof()
            got = await read_until_close(reader, 10)
            writer.close()
            assert got == answer
            rec = await proxy.record()
            assert (rec.outcome.bytes_in, rec.outcome.bytes_out) == (3, len(answer))
            assert rec.outcome.error is None
    finally:
        server.close()
        await server.wait_closed()


async def test_connect_port_outside_the_list_is_403_without_connecting() -> None:
    async with running_egress() as proxy:
        raw = await raw_exchange(proxy, b"CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n")
        status, _, body = split_response(raw)
        assert status == 403 and body["error"] == "connect_port"
        rec = await proxy.record()
        assert rec.verdict.decision is Decision.BLOCK
        assert rec.verdict.findings[-1].category == "connect_port"
        assert proxy.svc.pool.connects == 0


async def test_connect_denied_by_host_rule() -> None:
    rules = [{"name": "no-example", "host": "*.example.com", "action": "deny"}]
    async with running_egress({"rules": rules}) as proxy:
        raw = await raw_exchange(proxy, b"CONNECT api.example.com:443 HTTP/1.1\r\n\r\n")
        status, _, body = split_response(raw)
        assert status == 403 and body["rule"] == "no-example"
        rec = await proxy.record()
        assert rec.action.surface is Surface.CONNECT and rec.action.target.port == 443
        assert proxy.svc.pool.connects == 0


async def test_tunnel_passes_half_close_both_ways() -> None:
    received = bytearray()

    async def reply_after_eof(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while piece := await reader.read(65536):
            received.extend(piece)
        writer.write(b"got %d bytes" % len(received))
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(reply_after_eof, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with running_egress({"egress": {"allowed_connect_ports": [port]}}) as proxy:
            reader, writer = await asyncio.open_connection(*proxy.host_port)
            writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n".encode() + b"early")
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            assert head.startswith(b"HTTP/1.1 200")
            writer.write(b"y" * 300_000)
            writer.write_eof()
            answer = await read_until_close(reader, 5)
            writer.close()
            assert answer == b"got 300005 bytes"
            rec = await proxy.record()
            assert rec.outcome.bytes_in == 300_005
            assert rec.outcome.bytes_out == len(answer)
    finally:
        server.close()
        await server.wait_closed()


async def test_websocket_upgrade_through_the_forward_proxy() -> None:
    async with upstream() as up, running_egress() as proxy:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"ws://127.0.0.1:{up.port}/ws",
                                          proxy=proxy.url) as ws:
                await ws.send_str("ping")
                msg = await ws.receive(timeout=5)
                assert msg.data == "echo:ping"
        rec = await proxy.record()
        assert rec.action.surface is Surface.EGRESS
        assert rec.action.target.path == "/ws"
        assert rec.outcome.status == 101
        assert rec.outcome.bytes_in > 0 and rec.outcome.bytes_out > 0
        assert up.headers[-1]["Upgrade"].lower() == "websocket"


async def test_websocket_upgrade_denied_by_rule() -> None:
    rules = [{"name": "no-ws", "path": "/ws", "action": "deny"}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as info:
                await session.ws_connect(f"ws://127.0.0.1:{up.port}/ws", proxy=proxy.url)
        assert info.value.status == 403
        assert not up.peers


async def test_stop_ends_an_open_tunnel_and_records_it() -> None:
    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()
        writer.close()

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with running_egress({"egress": {"allowed_connect_ports": [port]}}) as proxy:
            reader, writer = await asyncio.open_connection(*proxy.host_port)
            writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\nabc".encode())
            assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 200")
            await proxy.svc.stop()
            assert await read_until_close(reader, 5) == b""
            writer.close()
            rec = await proxy.record()
            assert rec.outcome.status == 200 and rec.outcome.bytes_in == 3
    finally:
        server.close()
        await server.wait_closed()


@pytest.mark.parametrize("bulk", [False, True], ids=["transports", "splice"])
async def test_a_silent_tunnel_is_closed_after_tunnel_idle_timeout(bulk: bool) -> None:
    # A CONNECT tunnel whose two sides sent nothing stayed open for good (no timeout
    # applied to tunnels: idle_timeout is the keep-alive wait between requests). Now
    # one silent for egress.tunnel_idle_timeout is closed, whether its bytes still go
    # through the transports or (after 64 KiB) through the splice relay, and its record
    # says why. With bulk, the upstream answers the client's first bytes with 256 KiB:
    # the tunnel moves to the splice relay, then falls silent.
    sent = os.urandom(256 * 1024) if bulk else b""

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if bulk:
            await reader.readexactly(2)
            writer.write(sent)
        await reader.read()  # until the proxy closes its side
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    config = {"egress": {"allowed_connect_ports": [port], "tunnel_idle_timeout": "1s"}}
    try:
        async with running_egress(config) as proxy:
            pipes = open_pipes()
            reader, writer = await asyncio.open_connection(*proxy.host_port)
            writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n".encode())
            assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 200")
            if bulk:
                writer.write(b"go")
                assert await asyncio.wait_for(reader.readexactly(len(sent)), 10) == sent
                if zerocopy.AVAILABLE:
                    await eventually(lambda: len(open_pipes() - pipes) == 4,
                                     message="the tunnel on the splice relay")
            assert await asyncio.wait_for(reader.read(), 10) == b""  # closed by the proxy
            writer.close()
            rec = await proxy.record()
            assert rec.outcome.status == 200 and rec.outcome.bytes_out == len(sent)
            assert rec.outcome.bytes_in == (2 if bulk else 0)
            assert rec.outcome.error == ("tunnel closed: no byte either way for 1s "
                                         "(egress.tunnel_idle_timeout)"), rec.outcome
    finally:
        server.close()
        await server.wait_closed()
