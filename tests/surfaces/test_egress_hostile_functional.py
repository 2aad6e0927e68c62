"""Hostile and unlucky moments for the egress proxy: host names the resolver refuses,
clients that leave while the upstream thinks or stop reading a response, connections
that arrive while the service stops. Each ends in a clear answer or a clean close, and
every request in exactly one ledger record."""

from __future__ import annotations

import asyncio
import socket
import struct
import time

import pytest

from tests.surfaces.test_egress_helpers_functional import (
    raw_exchange,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional


@pytest.mark.parametrize(
    "request_line",
    [
        b"GET http://" + b"a" * 64 + b".example/ HTTP/1.1",  # label over 63 bytes
        b"GET http://a..example/ HTTP/1.1",  # empty label
        b"CONNECT " + b"b" * 64 + b".example:443 HTTP/1.1",
    ],
)
async def test_host_the_resolver_refuses_is_502_and_recorded(request_line: bytes) -> None:
    async with running_egress() as proxy:
        raw = await raw_exchange(proxy, request_line + b"\r\nConnection: close\r\n\r\n")
        assert raw, "the proxy answers instead of dropping the connection"
        status, _, body = split_response(raw)
        assert status == 502 and body["error"] == "dns_failure"
        rec = await proxy.record()
        assert rec.outcome.status == 502 and "cannot resolve" in (rec.outcome.error or "")
        assert proxy.no_more_records()


async def _wait_for(predicate: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


async def test_client_resetting_before_the_response_head_ends_the_request() -> None:
    # The upstream takes 30 s to answer and upstream_timeout is the default 300 s: the
    # record must come from the client leaving, not from either of those.
    async with upstream() as up, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        writer.write(f"GET {up.base}/slow HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        await writer.drain()
        await _wait_for(lambda: up.headers)
        # A reset, not a FIN: a FIN alone is a half-close the proxy keeps honouring.
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.close()
        rec = await proxy.record(timeout=10)
        assert rec.outcome.error == "client closed the connection"
        await _wait_for(lambda: proxy.svc.open_connections == 0)


async def test_client_that_stops_reading_a_response_times_out() -> None:
    async with upstream() as up, running_egress({"egress": {"upstream_timeout": "300ms"}}) as p:
        reader, writer = await asyncio.open_connection(*p.host_port)
        writer.transport.pause_reading()  # type: ignore[attr-defined]
        writer.write(f"GET {up.base}/big?mib=64 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        try:
            rec = await p.record(timeout=10)
            assert rec.outcome.status == 200
            assert "client stopped reading" in (rec.outcome.error or "")
            await _wait_for(lambda: p.svc.open_connections == 0)
        finally:
            writer.close()


async def _answer_or_close(sock: socket.socket) -> bytes:
    """What the proxy does with a request on `sock`: b"" when it closed the connection."""
    loop = asyncio.get_running_loop()
    sock.setblocking(False)
    try:
        sock.send(b"GET http://127.0.0.1:1/ HTTP/1.1\r\nHost: x\r\n\r\n")
        return await asyncio.wait_for(loop.sock_recv(sock, 4096), 3)
    except ConnectionError:
        return b""
    except TimeoutError:
        return b"(neither answered nor closed)"


async def test_connection_accepted_while_stopping_is_closed_not_served() -> None:
    # The kernel completes the handshake at once; how many loop turns pass before stop()
    # decides where in the accept path the connection is: try each of the first few.
    for turns in range(8):
        async with running_egress() as proxy:
            sock = socket.create_connection(proxy.host_port)
            try:
                for _ in range(turns):
                    await asyncio.sleep(0)
                await proxy.svc.stop()
                assert await _answer_or_close(sock) == b"", f"after {turns} loop turns"
                assert proxy.svc.open_connections == 0
            finally:
                sock.close()


@pytest.mark.parametrize("coding", [b"xchunked", b"chunked, gzip"])
async def test_response_not_chunked_last_is_read_until_close(coding: bytes) -> None:
    """Only a final `chunked` coding frames a response; otherwise the body runs to the
    close (RFC 9112 6.3), as the parser reads it, and the client gets all of it, framed
    to the end (re-chunked for a keep-alive client)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: " + coding + b"\r\n\r\nwhole body")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with running_egress() as proxy:
            raw = await raw_exchange(
                proxy, f"GET http://127.0.0.1:{port}/ HTTP/1.1\r\nHost: x\r\n\r\n".encode()
            )
            assert raw.startswith(b"HTTP/1.1 200")
            assert b"whole body" in raw and raw.endswith(b"0\r\n\r\n")
            rec = await proxy.record()
            assert rec.outcome.status == 200 and rec.outcome.error is None
    finally:
        server.close()
        await server.wait_closed()
