"""The splice relay of a response body (`zerocopy.BodySplice`) between real sockets: it
moves exactly the body's bytes and leaves what follows in the upstream socket, says
which side failed, and leaves both sockets open for their connections' next use. Through
the proxy: the relay starts once the client's transport has written what it holds (the
head and the body's first bytes), within the stall timeout."""

from __future__ import annotations

import asyncio
import os
import socket
import struct
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import pytest

from secproxy.surfaces.egress import zerocopy
from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import Proxy, read_response, running_egress

pytestmark = [
    pytest.mark.functional,
    pytest.mark.skipif(not zerocopy.AVAILABLE, reason="splice(2) is Linux only"),
]


@contextmanager
def _pairs() -> Iterator[tuple[socket.socket, socket.socket, socket.socket, socket.socket]]:
    """(origin, upstream side, client side, client): two connected TCP pairs."""
    socks: list[socket.socket] = []
    try:
        for _ in range(2):
            with socket.create_server(("127.0.0.1", 0)) as server:
                far = socket.create_connection(server.getsockname())
                near, _ = server.accept()
                socks += (far, near)
        for s in socks:
            s.setblocking(False)
        origin, upstream, client, near = socks
        yield origin, upstream, near, client
    finally:
        for s in socks:
            s.close()


async def _run(client_side: socket.socket, upstream_side: socket.socket, left: int
               ) -> tuple[list[int], bool, BaseException | None]:
    done: asyncio.Future[tuple[bool, BaseException | None]] = (
        asyncio.get_running_loop().create_future())
    sent: list[int] = []
    relay = zerocopy.BodySplice(client_side.fileno(), upstream_side.fileno(), left,
                                sent.append, lambda c, e: done.set_result((c, e)))
    relay.start()
    client, exc = await asyncio.wait_for(done, 10)
    return sent, client, exc


async def _read(sock: socket.socket, size: int) -> bytes:
    loop = asyncio.get_running_loop()
    data = b""
    while len(data) < size:
        data += await asyncio.wait_for(loop.sock_recv(sock, size - len(data)), 10)
    return data


async def test_the_body_and_nothing_after_it_reaches_the_client() -> None:
    body = os.urandom(3 * 1024 * 1024 + 17)
    after = b"HTTP/1.1 200 OK\r\n"
    with _pairs() as (origin, upstream, client_side, client):
        loop = asyncio.get_running_loop()
        sending = asyncio.ensure_future(loop.sock_sendall(origin, body + after))
        reading = asyncio.ensure_future(_read(client, len(body)))
        sent, _, exc = await _run(client_side, upstream, len(body))
        assert exc is None and sum(sent) == len(body)
        assert await reading == body
        await sending
        assert await _read(upstream, len(after)) == after, "the next response stays"
        client_side.sendall(b"still open")
        assert await _read(client, 10) == b"still open"


async def test_an_upstream_that_ends_early_is_the_upstream_side() -> None:
    with _pairs() as (origin, upstream, client_side, client):
        origin.sendall(b"x" * 1000)
        origin.shutdown(socket.SHUT_WR)
        sent, side_is_client, exc = await _run(client_side, upstream, 5000)
        assert isinstance(exc, EOFError) and not side_is_client and sum(sent) == 1000
        assert await _read(client, 1000) == b"x" * 1000


async def test_a_client_that_left_is_the_client_side() -> None:
    with _pairs() as (origin, upstream, client_side, client):
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()  # reset
        origin.sendall(b"x" * 100_000)
        _, side_is_client, exc = await _run(client_side, upstream, 200_000)
        assert side_is_client and isinstance(exc, OSError)


@asynccontextmanager
async def _origin(response: bytes) -> AsyncIterator[int]:
    """A raw origin that answers every request with `response`."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                writer.write(response)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


def _head(length: int) -> bytes:
    """A response head of ~200 KB."""
    padding = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"p" * 10_000) for i in range(20))
    return b"HTTP/1.1 200 OK\r\n%sContent-Length: %d\r\n\r\n" % (padding, length)


async def _slow_client(proxy: Proxy, port: int) -> tuple[asyncio.StreamReader,
                                                          asyncio.StreamWriter]:
    """A client that has asked for the body and reads nothing yet, and whose socket in
    the proxy takes a few KB (its send buffer fixed, not grown by the kernel): the
    client's transport holds most of the head when the body's relay starts."""
    reader, writer = await asyncio.open_connection(*proxy.host_port, limit=1 << 20)
    writer.transport.pause_reading()  # type: ignore[attr-defined]
    (conn,) = await eventually(lambda: list(proxy.svc._connections))
    conn.rx.transport.get_extra_info("socket").setsockopt(
        socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    writer.write(f"GET http://127.0.0.1:{port}/ HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    return reader, writer


async def test_a_spliced_body_waits_for_what_the_client_transport_holds() -> None:
    body = os.urandom(4 * 1024 * 1024)
    head = _head(len(body))
    async with _origin(head + body) as port, running_egress() as proxy:
        reader, writer = await _slow_client(proxy, port)
        try:
            await eventually(lambda: any(c.rx.transport.get_write_buffer_size()
                                         for c in proxy.svc._connections),
                             message="the client's transport holding bytes")
            writer.transport.resume_reading()  # type: ignore[attr-defined]
            status, _, got = await read_response(reader)
            assert status == 200 and got == body
            rec = await proxy.record()
            assert rec.outcome.error is None and rec.outcome.bytes_out == len(body)
        finally:
            writer.close()


async def test_a_client_that_never_takes_the_start_of_a_spliced_body_stalls() -> None:
    body = os.urandom(4 * 1024 * 1024)
    head = _head(len(body))
    async with _origin(head + body) as port, running_egress(
            {"egress": {"upstream_timeout": "300ms"}}) as proxy:
        _, writer = await _slow_client(proxy, port)
        try:
            rec = await proxy.record(timeout=10)
            assert rec.outcome.status == 200
            assert "client stopped reading" in (rec.outcome.error or "")
        finally:
            writer.close()
