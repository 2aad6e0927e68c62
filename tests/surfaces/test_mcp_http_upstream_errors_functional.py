"""An MCP server over streamable HTTP that never answers, or is not there: the official
SDK's client gets a JSON-RPC error under its request's id saying why (an `MCPError`, not
the SDK's stand-in for an HTTP error status), and the ledger records the failure with
its reason. The server is a real aiohttp app on 127.0.0.1 (or a port nobody listens
on), the proxy the real runtime."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from mcp import Client
from mcp.shared.exceptions import MCPError

from secproxy.audit.query import Filters, LedgerReader
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy, serving
from tests.surfaces.mcp_support import free_port

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

TOOLS = [{"name": "read", "description": "Reads a file.",
          "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}}}}]


def _answered(msg: dict[str, Any]) -> web.Response:
    """The server's plain answer to `initialize`, `tools/list` or anything else asked."""
    result: dict[str, Any] = {}
    if msg.get("method") == "initialize":
        result = {"protocolVersion": msg["params"]["protocolVersion"],
                  "capabilities": {"tools": {}}, "serverInfo": {"name": "h", "version": "1"}}
    elif msg.get("method") == "tools/list":
        result = {"tools": TOOLS}
    return web.json_response({"jsonrpc": "2.0", "id": msg["id"], "result": result})


@asynccontextmanager
async def silent_on_calls() -> AsyncIterator[str]:
    """A server that answers everything but a tool call, which it takes and never
    answers (until the test ends)."""
    done = asyncio.Event()

    async def handle(request: web.Request) -> web.StreamResponse:
        msg = json.loads(await request.read())
        method = msg.get("method")
        if "id" not in msg:
            return web.Response(status=202)
        if method == "tools/call":
            await done.wait()
        return _answered(msg)

    app = web.Application()
    app.router.add_post("/mcp", handle)
    async with serving(app) as port:
        try:
            yield f"http://127.0.0.1:{port}/mcp"
        finally:
            done.set()


@asynccontextmanager
async def proxied(tmp_path: Path, url: str) -> AsyncIterator[tuple[Runtime, str]]:
    config = {"listeners": {"mcp": {"host": "127.0.0.1", "port": 0}},
              "mcp": {"upstream_timeout": "300ms", "servers": {"h": {"url": url}}}}
    async with running_proxy(tmp_path / "state", config) as runtime:
        yield runtime, f"http://{runtime.addresses()['mcp']}/h"


def _rows(runtime: Runtime) -> list[dict[str, Any]]:
    assert runtime.ledger.path is not None
    with LedgerReader(runtime.ledger.path) as reader:
        return list(reader.query(Filters(surface=["mcp"], limit=100)))


def _leaves(group: BaseExceptionGroup[Any]) -> list[Any]:
    """The exceptions in `group` and its subgroups (the SDK's task groups nest them)."""
    return [leaf for e in group.exceptions
            for leaf in (_leaves(e) if isinstance(e, BaseExceptionGroup) else [e])]


def _failures(runtime: Runtime, category: str) -> list[dict[str, Any]]:
    return [r for r in _rows(runtime)
            if any(f["category"] == category for f in r["findings"])]


async def test_a_call_the_server_never_answers_is_an_mcp_error(tmp_path: Path) -> None:
    # Before: a 504 with {"error": "upstream_timeout", …}, which the SDK turned into
    # MCPError -32603 'Server returned an error response' (no word of why), and the
    # ledger had the call's record only.
    async with silent_on_calls() as url, proxied(tmp_path, url) as (runtime, via):
        async with Client(via, mode="legacy") as client:
            await client.list_tools()
            with pytest.raises(MCPError) as raised:
                await client.call_tool("read", {"path": "notes.txt"})
        assert raised.value.error.code == -32001, raised.value.error
        assert "did not answer within 0.3s (mcp.upstream_timeout)" in \
            raised.value.error.message, raised.value.error

        def written() -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
            failed = _failures(runtime, "upstream_timeout")
            calls = [r for r in _rows(runtime) if r["tool"] == "read" and r["error"]]
            return (failed, calls) if failed and calls else None

        failed, calls = await eventually(written, message="the records")
    [failure] = failed
    assert failure["direction"] == "response", failure
    assert "MCP server h did not answer within 0.3s" in failure["reason"], failure
    assert "did not answer within 0.3s" in calls[0]["error"], calls


async def test_a_server_nobody_listens_for_is_an_mcp_error(tmp_path: Path) -> None:
    # Before: a 502 with {"error": "upstream_unreachable", …} (MCPError -32603 'Server
    # returned an error response' in the SDK) and only the initialize request's 'allow'
    # in the ledger.
    async with proxied(tmp_path, f"http://127.0.0.1:{free_port()}/mcp") as (runtime, via):
        with pytest.RaisesGroup(MCPError, flatten_subgroups=True) as raised:
            async with Client(via, mode="legacy"):
                pass
        [error] = [e.error for e in _leaves(raised.value)]
        assert error.code == -32001, error
        assert "MCP server h unreachable" in error.message, error
        [failure] = await eventually(lambda: _failures(runtime, "upstream_unreachable"),
                                     message="the failure's record")
    assert "MCP server h unreachable" in failure["reason"], failure


@asynccontextmanager
async def utf16_stream_on_calls() -> AsyncIterator[str]:
    """A server that answers a tool call with an event stream labelled UTF-16."""

    async def handle(request: web.Request) -> web.StreamResponse:
        msg = json.loads(await request.read())
        method = msg.get("method")
        if "id" not in msg:
            return web.Response(status=202)
        if method == "tools/call":
            event = json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": {
                "content": [{"type": "text", "text": "hello"}]}})
            return web.Response(body=f"data: {event}\n\n".encode("utf-16"),
                                headers={"Content-Type": "text/event-stream; charset=utf-16"})
        return _answered(msg)

    app = web.Application()
    app.router.add_post("/mcp", handle)
    async with serving(app) as port:
        yield f"http://127.0.0.1:{port}/mcp"


async def test_an_event_stream_in_another_charset_is_an_mcp_error(tmp_path: Path) -> None:
    # Before: a plain 502 {"error": "bad_upstream_answer", …}, which the SDK turned into
    # MCPError -32603 'Server returned an error response' (no word of why).
    async with utf16_stream_on_calls() as url, proxied(tmp_path, url) as (runtime, via):
        async with Client(via, mode="legacy") as client:
            await client.list_tools()
            with pytest.raises(MCPError) as raised:
                await client.call_tool("read", {"path": "notes.txt"})
        assert raised.value.error.code == -32001, raised.value.error
        assert "charset=utf-16" in raised.value.error.message, raised.value.error
        [record] = await eventually(
            lambda: [r for r in _rows(runtime) if "charset=utf-16" in (r["reason"] or "")],
            message="the record of the unreadable answer")
    assert record["decision"] == "block", record
