"""The egress proxy on uvloop (what `secproxy serve` runs on when it is installed), with
clients that leave in the middle of a response: uvloop refuses writes to a closed
transport with `RuntimeError` where asyncio drops them, so every write towards a client
that may be gone must be guarded. Each such request is recorded as the client going
away, with the bytes the proxy delivered, and nothing lands in the log as a traceback.

Each test runs its own uvloop loop (`uvloop.run`) from a plain test function."""

from __future__ import annotations

import asyncio
import logging
import socket
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

from secproxy.surfaces.egress.http1 import CLIENT_GONE, STOPPING
from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    Proxy,
    running_egress,
)

uvloop = pytest.importorskip("uvloop")

pytestmark = pytest.mark.functional

_CLIENTS = 40
_PIECE = 4096
_PIECES = 2000


@asynccontextmanager
async def dribbling_upstream() -> AsyncIterator[int]:
    """A raw upstream that sends a long response in small pieces as fast as the proxy
    takes them (`/chunked` framed chunked, anything else by Content-Length): the proxy
    keeps relaying while the client goes away. Yields its port."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            chunked = b" /chunked " in head.split(b"\r\n", 1)[0]
            piece = b"x" * _PIECE
            if chunked:
                writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                piece = b"%x\r\n%s\r\n" % (len(piece), piece)
            else:
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n"
                             % (_PIECE * _PIECES))
            for _ in range(_PIECES):
                writer.write(piece)
                await writer.drain()
                await asyncio.sleep(0)  # one piece per read on the proxy's side
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


def _on_uvloop(scenario: Callable[[], Awaitable[None]]) -> None:
    async def checked() -> None:
        assert type(asyncio.get_running_loop()).__module__.startswith("uvloop")
        await scenario()

    uvloop.run(checked())


def _no_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    """Nothing from the proxy or the loop (the upstream's aiohttp may complain about
    the resets it sees, which is its business)."""
    bad = [r for r in caplog.records if r.name.startswith(("secproxy", "asyncio"))
           and (r.exc_info or "Traceback" in r.getMessage() or "Error" in r.getMessage())]
    assert not bad, "\n".join(f"{r.name}: {r.getMessage()} {r.exc_info!r}" for r in bad[:10])


async def _reset_after(proxy: Proxy, request: bytes, enough: int) -> int:
    """Send `request`, read `enough` bytes of the answer, then reset (SO_LINGER 0)."""
    reader, writer = await asyncio.open_connection(*proxy.host_port)
    writer.write(request)
    got = 0
    while got < enough:
        piece = await asyncio.wait_for(reader.read(65536), 5)
        assert piece, "the proxy closed before the test reset"
        got += len(piece)
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()
    return got


@pytest.mark.parametrize("framing", ["length", "chunked"])
def test_clients_resetting_mid_response_are_recorded_as_gone(
    caplog: pytest.LogCaptureFixture, framing: str
) -> None:
    caplog.set_level(logging.WARNING)

    async def scenario() -> None:
        async with dribbling_upstream() as port, running_egress() as proxy:
            path = "/chunked" if framing == "chunked" else "/length"
            request = f"GET http://127.0.0.1:{port}{path} HTTP/1.1\r\nHost: x\r\n\r\n"
            await asyncio.gather(*(_reset_after(proxy, request.encode(), 100_000)
                                   for _ in range(_CLIENTS)))
            records = [await proxy.record(timeout=10) for _ in range(_CLIENTS)]
            for rec in records:
                assert rec.outcome.error == CLIENT_GONE, rec.outcome
                assert 100_000 <= rec.outcome.bytes_out < _PIECE * _PIECES
            await eventually(lambda: proxy.svc.open_connections == 0)

    _on_uvloop(scenario)
    _no_tracebacks(caplog)


def test_requests_in_flight_at_stop_are_recorded_as_cut_short(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)

    async def scenario() -> None:
        async with dribbling_upstream() as port, running_egress() as proxy:
            writers = []
            try:
                for path in ("/length", "/chunked") * 4:
                    reader, writer = await asyncio.open_connection(*proxy.host_port)
                    writers.append(writer)
                    writer.write(f"GET http://127.0.0.1:{port}{path} HTTP/1.1\r\nHost: x\r\n\r\n"
                                 .encode())
                    await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                await proxy.svc.stop()
                records = [await proxy.record(timeout=10) for _ in writers]
            finally:
                for writer in writers:
                    writer.close()
            for rec in records:
                assert rec.outcome.error == STOPPING, rec.outcome
                assert 0 < rec.outcome.bytes_out < _PIECE * _PIECES

    _on_uvloop(scenario)
    _no_tracebacks(caplog)
