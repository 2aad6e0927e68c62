"""The ws relay bounds its connections as the api, llm and mcp listeners do: past
`max_connections_per_address` from one address a new connection is answered 429 before
any upgrade, past `max_connections` 503, without a gateway connection opened for it;
counted in the same metric, logged once; a connection that closes makes room. Before,
300 clients connected to the relay were all held, each with its own gateway connection."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from secproxy.audit.query import Filters, LedgerReader
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy
from tests.surfaces.ws_support import running_gateway

pytestmark = pytest.mark.functional


def ws_service(rt: Runtime):  # type: ignore[no-untyped-def]
    return next(s for s in rt.services if s.name == "ws")


async def refused(url: str, source: str) -> tuple[int, bytes]:
    with pytest.raises(InvalidStatus) as caught:
        await connect(url, local_addr=(source, 0), open_timeout=10)
    response = caught.value.response
    assert response.headers.get("Retry-After") == "1"
    return response.status_code, response.body or b""


async def test_ws_connections_past_the_caps_are_refused_before_the_upgrade(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "secproxy")
    async with running_gateway() as gw:
        extra = {"ws": {"upstream": gw.url, "ping_interval": None},
                 "listeners": {"ws": {"max_connections": 6,
                                      "max_connections_per_address": 3}}}
        async with running_proxy(tmp_path, extra) as rt:
            svc = ws_service(rt)
            url = f"ws://{rt.addresses()['ws']}"
            mine = [await connect(url, local_addr=("127.0.0.1", 0)) for _ in range(3)]
            for _ in range(2):
                status, body = await refused(url, "127.0.0.1")
                assert status == 429 and b"too many connections" in body
            # Connections that never send a handshake count too.
            idle = [await asyncio.open_connection(rt.addresses()["ws"].rsplit(":", 1)[0],
                                                  int(rt.addresses()["ws"].rsplit(":", 1)[1]),
                                                  local_addr=("127.0.0.2", 0))
                    for _ in range(3)]
            await eventually(lambda: svc.open_connections == 6)
            status, _ = await refused(url, "127.0.0.3")
            assert status == 503
            assert len(gw.requests) == 3  # no gateway connection for the refused ones
            await mine[0].close()
            await eventually(lambda: svc.open_connections == 5)
            again = await connect(url, local_addr=("127.0.0.1", 0))
            await again.send('{"jsonrpc": "2.0", "id": 1, "method": "ping"}')
            assert "echo" in await asyncio.wait_for(again.recv(), 10)
            for ws in (*mine[1:], again):
                await ws.close()
            for _, writer in idle:
                writer.close()
            await eventually(lambda: svc.open_connections == 0)
            metrics = rt.render_metrics()[0].decode()
    assert 'secproxy_connections_refused_total{listener="ws",why="address"} 2.0' in metrics
    assert 'secproxy_connections_refused_total{listener="ws",why="listener"} 1.0' in metrics
    lines = [r.getMessage() for r in caplog.records if "are refused" in r.getMessage()]
    assert len(lines) == 2, lines  # one per why, not one per connection
    assert any("listeners.ws.max_connections_per_address" in line for line in lines)


async def test_a_handshake_too_slow_is_answered_408_and_recorded(tmp_path: Path) -> None:
    # websockets closes a handshake not whole within its open_timeout (twice
    # ws.open_timeout) without a word, and nothing reached the ledger. Now the client
    # gets the 408 the other listeners' fronts answer a head too slow with, and the
    # refusal has its record; a connection that sent nothing still closes unrecorded.
    async with running_gateway() as gw:
        extra = {"ws": {"upstream": gw.url, "open_timeout": "500ms"}}
        async with running_proxy(tmp_path, extra) as rt:
            host, port = rt.addresses()["ws"].rsplit(":", 1)
            silent = await asyncio.open_connection(host, int(port))
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n")  # no end
            answer = await asyncio.wait_for(reader.read(), 10)
            assert await asyncio.wait_for(silent[0].read(), 10) == b""
            writer.close()
            silent[1].close()

            def records() -> list[dict]:
                with LedgerReader(tmp_path / "ledger.db") as reader:
                    return list(reader.iter_all(Filters(surface=["ws"], limit=10)))

            [row] = await eventually(records, message="the refusal's record")
    assert answer.startswith(b"HTTP/1.1 408 ") and answer.endswith(
        b"request head not complete within the time allowed"), answer
    assert row["decision"] == "block" and row["status"] == 408, row
    assert row["reason"] == "request head not complete within 1s", row
    assert row["metadata"] == {"timeout": "header_timeout", "peer": "127.0.0.1"}, row
    assert not gw.requests
