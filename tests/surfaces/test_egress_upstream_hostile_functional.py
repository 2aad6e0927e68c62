"""Hostile upstreams, played by raw asyncio servers: a flood of interim (1xx) responses,
bytes sent on an idle pooled connection, oversized or endless trailer sections. The
proxy answers or closes at once, keeps nothing unbounded, and goes on serving."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    Proxy,
    curl,
    raw_exchange,
    read_response,
    read_until_close,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def raw_upstream(handle: Handler) -> AsyncIterator[int]:
    """A raw TCP server on 127.0.0.1 running `handle` per connection; yields its port."""

    async def guarded(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await handle(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(guarded, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


def _get(port: int, path: str = "/") -> bytes:
    return f"GET http://127.0.0.1:{port}{path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()


async def _still_serving(proxy: Proxy) -> None:
    async with upstream() as up:
        ok = await curl("-x", proxy.url, f"{up.base}/small")
        assert ok.stdout == "hello"
    assert (await proxy.record()).outcome.status == 200


async def _hang_up_seen(reader: asyncio.StreamReader) -> None:
    """Until the proxy closes the connection (it never sends anything on it)."""
    try:
        await reader.read(1)
    except ConnectionError:
        pass


async def test_a_flood_of_interim_responses_is_cut_off_with_502() -> None:
    async def flood(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        for _ in range(200):  # 12,800 in all, unless the proxy hangs up first
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n" * 64)
            await writer.drain()

    async with raw_upstream(flood) as port, running_egress() as proxy:
        raw = await raw_exchange(proxy, _get(port).replace(b"\r\n\r\n",
                                                          b"\r\nConnection: close\r\n\r\n"))
        interim, _, final = raw.rpartition(b"HTTP/1.1 502")
        assert interim.count(b"HTTP/1.1 100 Continue\r\n") == 32
        status, _, body = split_response(b"HTTP/1.1 502" + final)
        assert status == 502 and body["error"] == "bad_upstream_response"
        assert body["reason"] == "upstream sent more than 32 interim (1xx) responses to one request"
        rec = await proxy.record()
        assert rec.outcome.status == 502 and "interim" in (rec.outcome.error or "")
        await _still_serving(proxy)


async def test_bytes_on_an_idle_pooled_connection_close_it() -> None:
    spew = asyncio.Event()
    hung_up = asyncio.Event()

    async def talks_out_of_turn(reader: asyncio.StreamReader,
                                writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        await spew.wait()
        # Responses nobody asked for, 1 MiB of them: none may be queued for later.
        junk = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra" * 1024
        try:
            for _ in range(24):
                writer.write(junk)
                await writer.drain()
        except ConnectionError:
            pass
        await _hang_up_seen(reader)
        hung_up.set()

    async with raw_upstream(talks_out_of_turn) as port, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(_get(port))
            assert await read_response(reader) == (200, {"content-length": "2",
                                                         "via": "1.1 secproxy"}, b"ok")
            pool = proxy.svc.pool
            await eventually(lambda: pool.idle == 1, message="upstream connection pooled")
            spew.set()
            await asyncio.wait_for(hung_up.wait(), 10)
            assert pool.idle == 0
            # The next request on the same client connection gets a fresh upstream one.
            spew.clear()
            writer.write(_get(port))
            status, _, body = await read_response(reader)
            assert (status, body) == (200, b"ok")
            assert (pool.connects, pool.reuses) == (2, 0)
        finally:
            writer.close()
        assert [(await proxy.record()).outcome.status for _ in range(2)] == [200, 200]
        await _still_serving(proxy)


def _chunked_with_trailers(trailers: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n"
            b"5\r\nhello\r\n6\r\n world\r\n0\r\n" + trailers + b"\r\n")


async def _answer_with(response: bytes, reader: asyncio.StreamReader,
                       writer: asyncio.StreamWriter) -> None:
    while True:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(response)
        await writer.drain()


async def test_trailers_of_a_chunked_response_reach_the_client() -> None:
    response = _chunked_with_trailers(
        b"X-Checksum: sha256=abc\r\nHost: elsewhere\r\nConnection: close\r\n"
        b"Transfer-Encoding: gzip\r\n"
    )

    async def chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _answer_with(response, reader, writer)

    async with raw_upstream(chunked) as port, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            for _ in range(2):  # the client connection stays usable after the trailers
                writer.write(_get(port))
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                assert b"\r\nTransfer-Encoding: chunked\r\n" in head
                assert b"\r\nTrailer: X-Checksum\r\n" in head
                body = await asyncio.wait_for(reader.readuntil(b"\r\n0\r\n"), 5)
                assert body == b"5\r\nhello\r\n6\r\n world\r\n0\r\n"
                trailer = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                # Host and hop-by-hop fields are not passed on as trailers.
                assert trailer == b"X-Checksum: sha256=abc\r\n\r\n"
        finally:
            writer.close()
        for _ in range(2):
            rec = await proxy.record()
            assert rec.outcome.status == 200 and rec.outcome.bytes_out == 11


async def test_curl_sees_the_trailers() -> None:
    response = _chunked_with_trailers(b"X-Checksum: sha256=abc\r\n")

    async def chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _answer_with(response, reader, writer)

    async with raw_upstream(chunked) as port, running_egress() as proxy:
        out = await curl("-x", proxy.url, "-D", "-", f"http://127.0.0.1:{port}/")
        assert out.returncode == 0, out.stderr
        assert "hello world" in out.stdout
        assert "X-Checksum: sha256=abc" in out.stdout.split("hello world")[1]


async def test_trailers_are_dropped_for_an_http10_client() -> None:
    response = _chunked_with_trailers(b"X-Checksum: sha256=abc\r\n")

    async def chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _answer_with(response, reader, writer)

    async with raw_upstream(chunked) as port, running_egress() as proxy:
        raw = await raw_exchange(
            proxy, f"GET http://127.0.0.1:{port}/ HTTP/1.0\r\nHost: x\r\n\r\n".encode()
        )
        head, _, body = raw.partition(b"\r\n\r\n")
        assert body == b"hello world"
        assert b"Trailer" not in head and b"chunked" not in head


async def test_a_body_broken_before_anything_was_sent_is_502() -> None:
    async def broken(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _answer_with(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                           b"5\r\nhello\r\nzz\r\n", reader, writer)

    async with raw_upstream(broken) as port, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(_get(port))
            status, _, body = await read_response(reader)
            assert status == 502 and b'"bad_upstream_response"' in body
            writer.write(_get(port))  # the client connection is still good
            status, _, _ = await read_response(reader)
            assert status == 502
        finally:
            writer.close()
        rec = await proxy.record()
        assert rec.outcome.status == 502 and rec.outcome.bytes_out == 0
        assert "malformed upstream response" in (rec.outcome.error or "")


@pytest.mark.parametrize(
    ("trailers", "reason"),
    [
        (b"".join(b"X-F%d: %s\r\n" % (i, b"v" * 100) for i in range(1000)),
         "upstream trailer section over 65536 bytes"),
        (b"X-Endless: " + b"v" * (2 * 1024 * 1024),
         "upstream sent over 1048576 bytes inside a chunked body without any content"),
    ],
    # Short ids: pytest puts the test id in PYTEST_CURRENT_TEST, and a 2 MiB one makes
    # every child process the test starts fail with E2BIG (argument list too long).
    ids=["many-trailers", "endless-trailer"],
)
async def test_oversized_trailer_sections_end_the_response(trailers: bytes, reason: str) -> None:
    body_relayed = asyncio.Event()

    async def bloated(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        head_and_body, _, _ = _chunked_with_trailers(b"").partition(b"0\r\n\r\n")
        writer.write(head_and_body)
        await body_relayed.wait()
        writer.write(b"0\r\n" + trailers)  # a section that never ends
        await writer.drain()
        await _hang_up_seen(reader)

    async with raw_upstream(bloated) as port, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(_get(port))
            await asyncio.wait_for(reader.readuntil(b"6\r\n world\r\n"), 5)
            body_relayed.set()
            rest = await read_until_close(reader, 10)
            assert reader.at_eof(), "the proxy kept the client waiting"
        finally:
            writer.close()
        assert rest == b"", "the cut-off body was made to look complete"
        rec = await proxy.record()
        assert rec.outcome.status == 200 and rec.outcome.error == reason
        await _still_serving(proxy)
