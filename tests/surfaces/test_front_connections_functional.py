"""The api and llm listeners bound their connections, over raw sockets: past
`max_connections_per_address` from one address a new connection is answered 429 and
closed at once, past `max_connections` on the listener 503, counted (metric) and logged
once; a connection that closes makes room, whether the front still held it or had
handed it to aiohttp; an idle one closes after `idle_timeout`. Before, 800 idle
connections were all held for 75 s."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional
HEALTH = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
Conn = tuple[asyncio.StreamReader, asyncio.StreamWriter]


def port_of(rt: Runtime, name: str) -> int:
    return int(rt.addresses()[name].rsplit(":", 1)[1])


def service(rt: Runtime, name: str) -> Any:
    return next(s for s in rt.services if s.name == name)


async def connect(port: int, source: str = "127.0.0.1") -> Conn:
    return await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))


async def answer(conn: Conn) -> bytes:
    """Everything up to the end of the connection (a refused one: its answer); closed."""
    try:
        return await asyncio.wait_for(conn[0].read(), 10)
    finally:
        conn[1].close()


async def test_connections_past_the_caps_are_refused_at_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caps = {"max_connections": 6, "max_connections_per_address": 3}
    # no upstream: the gateway's answers are 502s, not tried again (seconds of backoff)
    extra = {"upstreams": {"openai": {"url": "http://127.0.0.1:9", "retries": 0}},
             "listeners": {"api": caps, "llm": caps}}
    caplog.set_level(logging.WARNING, "secproxy")
    async with running_proxy(tmp_path, extra) as rt:
        for name in ("api", "llm"):
            port, svc = port_of(rt, name), service(rt, name)
            handed = await connect(port)  # one aiohttp answers (handed over), two idle
            handed[1].write(HEALTH)
            assert (await handed[0].readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 ")
            local = [handed, await connect(port), await connect(port)]
            await eventually(lambda svc=svc: svc.open_connections == 3)
            for _ in range(2):
                over = await answer(await connect(port))
                assert over.startswith(b"HTTP/1.1 429 ") and b"Retry-After: 1" in over
            others = [await connect(port, "127.0.0.2") for _ in range(3)]
            await eventually(lambda svc=svc: svc.open_connections == 6)
            full = await answer(await connect(port, "127.0.0.3"))
            assert full.startswith(b"HTTP/1.1 503 "), full
            assert svc.open_connections == 6
            # The connection aiohttp held closes: room for one more from that address.
            handed[1].close()
            await eventually(lambda svc=svc: svc.open_connections == 5)
            again = await connect(port)
            again[1].write(HEALTH)
            got = await asyncio.wait_for(again[0].readuntil(b"\r\n\r\n"), 10)
            assert got.startswith(b"HTTP/1.1 "), got  # (the gateway's: 502, no upstream)
            for _, writer in (*local[1:], *others, again):
                writer.close()
            await eventually(lambda svc=svc: svc.open_connections == 0)
        metrics = rt.render_metrics()[0].decode()
    for name in ("api", "llm"):
        assert f'secproxy_connections_refused_total{{listener="{name}",why="address"}} 2.0' \
            in metrics
        assert f'secproxy_connections_refused_total{{listener="{name}",why="listener"}} 1.0' \
            in metrics
    lines = [r.getMessage() for r in caplog.records if "are refused" in r.getMessage()]
    assert len(lines) == 4, lines  # one per listener and why, not one per connection
    assert any("listeners.api.max_connections_per_address" in line for line in lines)


async def test_an_idle_connection_closes_after_idle_timeout(tmp_path: Path) -> None:
    extra = {"listeners": {"api": {"idle_timeout": "300ms"}}}
    async with running_proxy(tmp_path, extra) as rt:
        port = port_of(rt, "api")
        silent = await connect(port)
        assert await answer(silent) == b""  # never sent a byte: closed
        kept = await connect(port)
        kept[1].write(HEALTH)
        got = await answer(kept)  # answered by aiohttp, then idle: closed
        assert got.startswith(b"HTTP/1.1 200 ") and got.endswith(b"}")
        await eventually(lambda: service(rt, "api").open_connections == 0)


async def test_a_refused_client_sending_a_body_reads_its_answer(tmp_path: Path) -> None:
    """httpx POSTs 200 KB on a connection past the per-address cap: it gets the 429, not
    a reset (closed at once, the body arrived at a closed socket, which reset it)."""
    extra = {"listeners": {"api": {"max_connections_per_address": 1}}}
    async with running_proxy(tmp_path, extra) as rt:
        held = await connect(port_of(rt, "api"))
        await eventually(lambda: service(rt, "api").open_connections == 1)
        async with httpx.AsyncClient() as client:
            for _ in range(5):
                got = await client.post(f"http://{rt.addresses()['api']}/inspect/tool-call",
                                        content=b"x" * 200_000)
                assert got.status_code == 429 and got.headers["Retry-After"] == "1"
        held[1].close()
