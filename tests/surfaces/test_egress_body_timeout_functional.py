"""The egress proxy cuts a request body that trickles: past `egress.body_timeout` (plus
a second for each 8 KiB the body has brought) it is answered 408 and the connection
closed, whether the guards were still reading the body or it was being streamed to the
upstream. Before, only a silence longer than `idle_timeout` ended it: a byte every
0.3 s held the connection, and the upstream's, as long as the client liked."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.helpers import running_proxy, serving

pytestmark = pytest.mark.functional


async def _echo(request: web.Request) -> web.Response:
    return web.Response(text=f"got {len(await request.read())} bytes")


@pytest.mark.parametrize("inspect", [{}, {"max_body_bytes": 10, "oversize": "pass"}],
                         ids=["held-for-the-guards", "streamed-upstream"])
async def test_a_trickled_request_body_is_cut(tmp_path: Path, inspect: dict[str, Any]) -> None:
    app = web.Application()
    app.router.add_post("/x", _echo)
    async with serving(app) as port:
        extra = {"egress": {"body_timeout": "1s", "ssrf_allow": ["127.0.0.1"],
                            "inspect": inspect}}
        async with running_proxy(tmp_path, extra) as rt:
            host, proxy_port = rt.addresses()["egress"].rsplit(":", 1)
            reader, writer = await asyncio.open_connection(host, int(proxy_port))
            writer.write(b"POST http://127.0.0.1:%d/x HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                         b"Content-Type: text/plain\r\nContent-Length: 100\r\n\r\n"
                         b"0123456789ab" % (port, port))

            async def send() -> None:
                for _ in range(40):
                    await asyncio.sleep(0.3)
                    writer.write(b"a")
                    await writer.drain()

            sender = asyncio.create_task(send())
            try:
                answer = await asyncio.wait_for(reader.read(), 20)
            finally:
                sender.cancel()
                await asyncio.gather(sender, return_exceptions=True)
                writer.close()
    assert answer.startswith(b"HTTP/1.1 408 "), answer
    assert b"request_timeout" in answer and b"not complete within 1s" in answer, answer


async def test_a_body_coming_steadily_goes_through(tmp_path: Path) -> None:
    """48 KiB sent 16 KiB every 0.5 s (1.5 s in all, past body_timeout 1s, never below
    8 KiB/s) reaches the upstream whole."""
    app = web.Application()
    app.router.add_post("/x", _echo)
    async with serving(app) as port:
        extra = {"egress": {"body_timeout": "1s", "ssrf_allow": ["127.0.0.1"]}}
        async with running_proxy(tmp_path, extra) as rt:
            host, proxy_port = rt.addresses()["egress"].rsplit(":", 1)
            reader, writer = await asyncio.open_connection(host, int(proxy_port))
            writer.write(b"POST http://127.0.0.1:%d/x HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                         b"Content-Type: text/plain\r\nContent-Length: %d\r\n"
                         b"Connection: close\r\n\r\n" % (port, port, 48 * 1024))
            for _ in range(3):
                await asyncio.sleep(0.5)
                writer.write(b"a" * 16 * 1024)
            try:
                answer = await asyncio.wait_for(reader.read(), 20)
            finally:
                writer.close()
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b"got 49152 bytes"), answer
