"""Ports a request cannot go to: 0 and anything over 65535, in absolute-form URLs and
CONNECT authorities, are answered 400 `bad_port` without any connection attempt, and
recorded like every other bad request."""

from __future__ import annotations

import asyncio

import pytest

from secproxy.model import Decision
from tests.surfaces.test_egress_helpers_functional import (
    raw_exchange,
    read_response,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional


@pytest.mark.parametrize(
    ("request_line", "port"),
    [
        (b"GET http://127.0.0.1:0/small HTTP/1.1", "0"),
        (b"GET http://127.0.0.1:000/small HTTP/1.1", "0"),
        (b"GET http://example.com:65536/ HTTP/1.1", "65536"),
        (b"GET http://[::1]:99999/ HTTP/1.1", "99999"),
        (b"CONNECT 127.0.0.1:0 HTTP/1.1", "0"),
        (b"CONNECT example.com:65536 HTTP/1.1", "65536"),
        (b"CONNECT example.com:" + b"4" * 5000 + b" HTTP/1.1", "444444444444..."),
    ],
)
async def test_port_out_of_range_is_400_and_recorded(request_line: bytes, port: str) -> None:
    async with running_egress() as proxy:
        raw = await raw_exchange(proxy, request_line + b"\r\nHost: x\r\nConnection: close\r\n\r\n")
        status, headers, body = split_response(raw)
        assert status == 400
        assert headers["content-type"] == "application/json"
        assert body["error"] == "bad_port"
        assert body["reason"] == f"port {port} is out of range (expected 1 to 65535)"
        rec = await proxy.record()
        assert rec.verdict.decision is Decision.BLOCK and rec.outcome.status == 400
        assert rec.action.request_id == body["request_id"]
        assert proxy.svc.pool.connects == 0, "the proxy tried to connect"
        assert proxy.no_more_records()


async def test_port_zero_keeps_the_connection_for_the_next_request() -> None:
    async with upstream() as up, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(b"GET http://127.0.0.1:0/small HTTP/1.1\r\nHost: x\r\n\r\n")
            status, _, body = await read_response(reader)
            assert status == 400 and b'"bad_port"' in body
            writer.write(f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            status, _, body = await read_response(reader)
            assert status == 200 and body == b"hello"
        finally:
            writer.close()
        assert (await proxy.record()).outcome.status == 400
        assert (await proxy.record()).outcome.status == 200

