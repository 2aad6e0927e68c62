"""MCP streamable HTTP sessions: the `Mcp-Session-Id` a client sends is its own word, so
a client naming another client's session is still decided as itself. The server is a
real aiohttp app on 127.0.0.1, the two clients aiohttp sessions bound to 127.0.0.1 and
127.0.0.2, the proxy the real runtime."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from secproxy.audit.query import Filters, LedgerReader
from tests.helpers import eventually, running_proxy, serving

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

ACCEPT = {"Accept": "application/json, text/event-stream"}


@asynccontextmanager
async def session_server(calls: list[str]) -> AsyncIterator[str]:
    """An MCP server that names its session `s-1` and answers every tool call."""

    async def handle(request: web.Request) -> web.Response:
        msg = json.loads(await request.read())
        if "id" not in msg:
            return web.Response(status=202)
        calls.append(msg["params"]["name"])
        result = {"content": [{"type": "text", "text": "done"}]}
        return web.json_response({"jsonrpc": "2.0", "id": msg["id"], "result": result},
                                 headers={"Mcp-Session-Id": "s-1"})

    app = web.Application()
    app.router.add_post("/mcp", handle)
    async with serving(app) as port:
        yield f"http://127.0.0.1:{port}/mcp"


async def call(url: str, source: str, tool: str, session: str | None) -> dict[str, Any]:
    headers = dict(ACCEPT, **({"Mcp-Session-Id": session} if session else {}))
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": {"name": tool, "arguments": {}}}
    connector = aiohttp.TCPConnector(local_addr=(source, 0))
    async with aiohttp.ClientSession(connector=connector) as client, \
            client.post(url, json=body, headers=headers) as response:
        answer: dict[str, Any] = await response.json(content_type=None)
        return answer


async def test_a_client_naming_another_clients_session_is_decided_as_itself(
        tmp_path: Path) -> None:
    calls: list[str] = []
    rules = [{"name": "not-from-b", "principals": ["ip:127.0.0.2"], "action": "deny",
              "reason": "this host may not call tools"}]
    async with session_server(calls) as upstream:
        config = {"listeners": {"mcp": {"host": "127.0.0.1", "port": 0}},
                  "mcp": {"servers": {"files": {"url": upstream}}}, "rules": rules}
        async with running_proxy(tmp_path / "state", config) as runtime:
            url = f"http://{runtime.addresses()['mcp']}/files"
            first = await call(url, "127.0.0.1", "read_a", "s-1")
            # The refused host sends the first client's session id with its call.
            second = await call(url, "127.0.0.2", "read_b", "s-1")

            ledger = runtime.ledger.path
            assert ledger is not None

            def records() -> list[dict[str, Any]]:
                with LedgerReader(ledger) as reader:
                    return list(reader.query(Filters(surface=["mcp"], limit=100)))

            written = await eventually(lambda: len(records()) >= 2 and records(),
                                       message="two records")
    assert first["result"]["content"][0]["text"] == "done"
    assert second["error"]["data"]["rule"] == "not-from-b"  # before: sent on as 127.0.0.1's
    assert calls == ["read_a"]
    by_tool = {r["tool"]: r for r in written}
    assert by_tool["read_b"]["principal"] == "ip:127.0.0.2"
    assert by_tool["read_b"]["decision"] == "block"
    assert by_tool["read_a"]["principal"] == "ip:127.0.0.1"
