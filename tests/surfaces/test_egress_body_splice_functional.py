"""The splice relay of a response body (`zerocopy.BodySplice`) between real sockets: it
moves exactly the body's bytes and leaves what follows in the upstream socket, says
which side failed, and leaves both sockets open for their connections' next use."""

from __future__ import annotations

import asyncio
import os
import socket
import struct
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from secproxy.surfaces.egress import zerocopy

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
