"""A streamable HTTP server's event stream that ends before it answered the POST it was
the answer to: the server crashed mid-call (the connection cut), or ended the stream
cleanly with no answer in it. With no event id in the stream the client cannot resume it
to get the answer later, so each request still waiting gets a JSON-RPC error as the
stream's last event, and its call's record says why; a stream whose events had ids is
ended as the server ended it (the client may resume it: `Last-Event-ID`). A real aiohttp
server upstream, the real runtime, httpx as the client."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web

from secproxy.audit.query import Filters, LedgerReader
from tests.helpers import eventually, running_proxy, serving

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

NOTE = {"jsonrpc": "2.0", "method": "notifications/progress",
        "params": {"progressToken": 1, "progress": 1}}


@asynccontextmanager
async def upstream_server() -> AsyncIterator[str]:
    """Answers a call with an event stream: a progress event, then as the call's
    argument `how` says: `cut` (the connection dropped), `end` (the stream ended, no
    answer), `resumable` (the same with an id on the progress event), `answer`."""

    async def handle(request: web.Request) -> web.StreamResponse:
        msg = json.loads(await request.read())
        if "id" not in msg:
            return web.Response(status=202)
        how = msg["params"]["arguments"]["how"]
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Mcp-Session-Id": "s1"})
        await response.prepare(request)
        ident = "id: 1\n" if how == "resumable" else ""
        await response.write(f"{ident}event: message\ndata: {json.dumps(NOTE)}\n\n".encode())
        if how == "cut":
            assert request.transport is not None
            request.transport.abort()  # no last chunk: the server's process died
            return response
        if how == "answer":
            result = {"content": [{"type": "text", "text": "done"}], "isError": False}
            reply = {"jsonrpc": "2.0", "id": msg["id"], "result": result}
            await response.write(f"event: message\ndata: {json.dumps(reply)}\n\n".encode())
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_post("/mcp", handle)
    async with serving(app) as port:
        yield f"http://127.0.0.1:{port}/mcp"


def _events(body: str) -> list[dict[str, Any]]:
    return [json.loads(line[len("data: "):]) for line in body.splitlines()
            if line.startswith("data: ")]


async def _call(tmp_path: Path, how: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The events the client got for a call answered `how`, and the call's record."""
    async with upstream_server() as url:
        config = {"listeners": {"mcp": {"host": "127.0.0.1", "port": 0}},
                  "mcp": {"servers": {"up": {"url": url}}}}
        async with running_proxy(tmp_path / "state", config) as runtime:
            address = runtime.addresses()["mcp"]
            call = {"jsonrpc": "2.0", "id": 5, "method": "tools/call",
                    "params": {"name": "work", "arguments": {"how": how}}}
            async with httpx.AsyncClient(timeout=20) as client:
                answer = await client.post(
                    f"http://{address}/up", json=call,
                    headers={"Accept": "application/json, text/event-stream"})
            assert answer.status_code == 200
            assert answer.headers["content-type"] == "text/event-stream"
            events = _events(answer.text)
            ledger = runtime.ledger.path

            def record() -> list[dict[str, Any]]:
                with LedgerReader(ledger) as reader:
                    return [r for r in reader.query(Filters(surface=["mcp"], limit=10))
                            if r["tool"] == "work"]

            [row] = await eventually(record, timeout=15, message="the call's record")
    return events, row


@pytest.mark.parametrize("how", ["cut", "end"])
async def test_a_stream_ended_unanswered_answers_the_call_with_an_error(
        how: str, tmp_path: Path) -> None:
    events, row = await _call(tmp_path, how)
    assert events[0] == NOTE
    [error] = events[1:]
    assert error["id"] == 5 and "result" not in error
    verb = {"cut": "cut its event stream", "end": "ended its event stream"}[how]
    assert f"MCP server up {verb} before it answered" in error["error"]["message"]
    assert row["decision"] == "allow"
    assert row["error"] == f"no result: MCP server up {verb} before it answered"


async def test_a_resumable_stream_is_ended_as_the_server_ended_it(tmp_path: Path) -> None:
    events, row = await _call(tmp_path, "resumable")
    assert events == [NOTE]  # the client may resume from id 1 and be answered there
    assert row["error"] == "no result: the conversation ended"


async def test_an_answered_stream_gets_nothing_more(tmp_path: Path) -> None:
    events, row = await _call(tmp_path, "answer")
    assert [e.get("result", {}).get("content") for e in events] == [
        None, [{"type": "text", "text": "done"}]]
    assert row["error"] is None and row["decision"] == "allow"
