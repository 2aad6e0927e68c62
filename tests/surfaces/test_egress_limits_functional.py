"""Bad input and failing upstreams get clear answers and never take the proxy down:
malformed requests (400), oversized heads (414, 431), slow heads (408), refused and
silent upstreams (502, 504), too many connections from one client (429)."""

from __future__ import annotations

import asyncio
import socket

import pytest

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.errors import ListenError
from secproxy.model import Decision
from secproxy.surfaces.egress import EgressService
from tests.surfaces.test_egress_helpers_functional import (
    curl,
    raw_exchange,
    read_response,
    read_until_close,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional


@pytest.mark.parametrize(
    "garbage",
    [
        b"NOT A REQUEST\r\n\r\n",
        b"GET http://a/ HTTP/9.9\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(64)),
        b"POST http://a/ HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
        b"GET http://a/ HTTP/1.1\r\nBad Header\r\n\r\n",
    ],
)
async def test_malformed_requests_get_400_and_the_proxy_keeps_serving(garbage: bytes) -> None:
    async with upstream() as up, running_egress() as proxy:
        status, _, body = split_response(await raw_exchange(proxy, garbage))
        assert status == 400 and body["error"] == "bad_request"
        rec = await proxy.record()
        assert rec.verdict.decision is Decision.BLOCK and rec.outcome.status == 400
        ok = await curl("-x", proxy.url, f"{up.base}/small")
        assert ok.stdout == "hello"


async def test_oversized_heads_get_431_and_414() -> None:
    config = {"egress": {"max_header_bytes": 4096, "max_headers": 20, "max_request_line": 1024}}
    async with running_egress(config) as proxy:
        big = b"GET http://a/ HTTP/1.1\r\nX-Big: " + b"a" * 10_000 + b"\r\n\r\n"
        status, _, body = split_response(await raw_exchange(proxy, big))
        assert status == 431 and body["error"] == "headers_too_large"

        many = b"GET http://a/ HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(30))
        status, _, body = split_response(await raw_exchange(proxy, many + b"\r\n"))
        assert status == 431 and body["error"] == "too_many_headers"

        long_url = b"GET http://a/" + b"p" * 5000 + b" HTTP/1.1\r\n\r\n"
        status, _, body = split_response(await raw_exchange(proxy, long_url))
        assert status == 414 and body["error"] == "request_line_too_long"

        endless = b"GET http://a/ HTTP/1.1\r\nX-Endless: " + b"b" * 200_000
        status, _, _ = split_response(await raw_exchange(proxy, endless))
        assert status == 431


async def test_slow_partial_head_times_out_with_408() -> None:
    async with running_egress({"egress": {"header_timeout": "300ms"}}) as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        writer.write(b"GET http://a/ HTTP/1.1\r\nX-Slow: ")
        raw = await read_until_close(reader, 10)
        writer.close()
        status, _, body = split_response(raw)
        assert status == 408 and body["error"] == "request_timeout"
        assert (await proxy.record()).outcome.status == 408


async def test_a_slow_second_head_on_a_kept_connection_times_out_with_408() -> None:
    """A keep-alive connection's second head, sent a byte at a time after a forwarded
    request, is answered and recorded as a first one is (not closed at idle_timeout)."""
    config = {"egress": {"header_timeout": "300ms", "idle_timeout": "5s"}}
    async with upstream() as up, running_egress(config) as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            head = f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode()
            writer.write(head)
            status, _, body = await read_response(reader)
            assert status == 200 and body == b"hello"
            assert (await proxy.record()).outcome.status == 200
            answer = asyncio.ensure_future(read_until_close(reader, 10))
            for i in range(len(head)):
                if answer.done():
                    break
                writer.write(head[i:i + 1])
                await writer.drain()
                await asyncio.sleep(0.02)
            status, _, body = split_response(await answer)
        finally:
            writer.close()
        assert status == 408 and body["error"] == "request_timeout"
        rec = await proxy.record()
        assert rec.verdict.decision is Decision.BLOCK and rec.outcome.status == 408


async def test_idle_keep_alive_connection_is_closed_quietly() -> None:
    async with running_egress({"egress": {"idle_timeout": "200ms"}}) as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        raw = await read_until_close(reader, 10)
        writer.close()
        assert raw == b""
        assert proxy.no_more_records()


async def test_refused_upstream_is_502_with_the_cause() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(f"GET http://127.0.0.1:{port}/ HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            status, _, body = await read_response(reader)
            assert status == 502
            assert b"upstream_unreachable" in body and b"refused" in body.lower()
            writer.write(f"GET http://127.0.0.1:{port}/ HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            status, _, _ = await read_response(reader)
            assert status == 502, "the client connection survives a failed upstream"
        finally:
            writer.close()
        rec = await proxy.record()
        assert rec.verdict.decision is Decision.ALLOW
        assert rec.outcome.status == 502 and "refused" in (rec.outcome.error or "").lower()


async def test_silent_upstream_is_504() -> None:
    async with upstream() as up, running_egress({"egress": {"upstream_timeout": "300ms"}}) as p:
        status, _, body = split_response(
            await raw_exchange(p, f"GET {up.base}/slow HTTP/1.1\r\nConnection: close\r\n\r\n"
                               .encode())
        )
        assert status == 504 and body["error"] == "upstream_timeout"
        assert (await p.record()).outcome.status == 504


async def test_too_many_connections_from_one_client_is_429() -> None:
    async with upstream() as up, running_egress(
        {"egress": {"max_connections_per_principal": 1}}
    ) as proxy:
        first_reader, first_writer = await asyncio.open_connection(*proxy.host_port)
        try:
            status, headers, body = split_response(
                await raw_exchange(proxy, f"GET {up.base}/small HTTP/1.1\r\n\r\n".encode())
            )
            assert status == 429 and headers["retry-after"] == "1"
            assert body["error"] == "too_many_connections"
            first_writer.write(f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            status, _, body = await read_response(first_reader)
            assert (status, body) == (200, b"hello")
        finally:
            first_writer.close()


async def test_port_in_use_is_a_listen_error() -> None:
    async with running_egress() as proxy:
        port = proxy.host_port[1]
        loaded = load_config(text=f"listeners: {{egress: {{port: {port}}}}}", env={})
        svc = EgressService(Engine(loaded), loaded.config, loaded.config.listeners.egress)
        with pytest.raises(ListenError):
            await svc.start()
