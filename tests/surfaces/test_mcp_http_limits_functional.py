"""`mcp.max_message_bytes` over streamable HTTP, with the official SDK's client and
server through the mcp listener: a server's answer over the limit (one JSON body, or an
event of its stream, however it arrives: whole in one read, with its end, too) is not
passed on; the call it answered gets a JSON-RPC error under its id, and the ledger says
what happened (the answer refused for its size, the call left without a result because
of it)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web
from mcp.shared.exceptions import MCPError
from mcp_types import CreateMessageResult, TextContent

from secproxy.audit.query import Filters, LedgerReader
from tests.helpers import eventually, running_proxy, serving
from tests.surfaces.mcp_support import mcp_setup

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]


@pytest.mark.parametrize("json_response", [False, True], ids=["event", "json"])
async def test_an_answer_over_the_limit_is_refused_and_its_call_answered(
        tmp_path: Path, json_response: bool) -> None:
    # The 20 KB result came in one read with its blank line: the splitter checked the
    # limit only on what it kept for the next read, and the result went on whole.
    # Then, cut, the client got no answer for its call (the SDK's 'SSE stream ended
    # without a response', or its stand-in for a 502: 'Server returned an error
    # response'), the answer was recorded as a malformed message and the call as
    # 'no result: the conversation ended'.
    big = "x" * 20000
    async with mcp_setup("http", tmp_path, {"mcp": {"max_message_bytes": 8192}},
                         result=big, json_response=json_response) as setup:
        async with setup.client() as client:
            await client.list_tools()
            with pytest.raises(MCPError) as raised:
                await client.call_tool("read_file", {"path": "notes.txt"})
        assert raised.value.error.code == -32001, raised.value.error
        assert "over mcp.max_message_bytes (8192 bytes)" in raised.value.error.message

        def found() -> list[dict] | None:
            rows = setup.records()
            cut = [r for r in rows if r["findings"]
                   and r["findings"][0]["category"] == "message_too_large"]
            calls = [r for r in rows if r["tool"] == "read_file"]
            return (cut, calls) if cut and calls and calls[0]["error"] else None

        cut, calls = await eventually(found, timeout=10, message="the records")
        assert cut[0]["decision"] == "block" and cut[0]["direction"] == "response"
        assert "over mcp.max_message_bytes (8192 bytes): refused" in cut[0]["reason"]
        assert cut[0]["metadata"]["limit"] == 8192
        [call] = calls
        assert call["error"].startswith("no result: MCP server files answered with "), call
        assert "over mcp.max_message_bytes (8192 bytes)" in call["error"], call


async def test_a_client_message_over_the_limit_is_refused_with_a_json_rpc_error(
        tmp_path: Path) -> None:
    # A POST over mcp.max_message_bytes got aiohttp's plain-text 413 ('Maximum request
    # body size 8192 exceeded', which the SDK turns into -32603 'Server returned an
    # error response') and no record. Over stdio the same call is refused with a
    # JSON-RPC error and recorded: now over streamable HTTP too.
    async with mcp_setup("http", tmp_path, {"mcp": {"max_message_bytes": 8192}}) as setup:
        async with setup.client() as client:
            await client.list_tools()
            with pytest.raises(MCPError) as raised:
                await client.call_tool("echo", {"text": "y" * 20000})
        assert raised.value.error.code == -32001, raised.value.error
        assert "size limit (mcp.max_message_bytes)" in raised.value.error.message

        def refused() -> list[dict]:
            return [r for r in setup.records() if r["decision"] == "block"]

        [row] = await eventually(refused, timeout=10, message="the refusal's record")
        assert row["direction"] == "request" and row["reason"] == (
            "the client's request tools/call is over mcp.max_message_bytes (8192 bytes): "
            "refused"), row
        assert row["metadata"]["limit"] == 8192 and row["metadata"]["bytes"] > 20000, row


async def test_a_server_request_over_the_limit_in_its_stream_gets_its_error(
        tmp_path: Path) -> None:
    # A sampling request of the server's over the limit, in the event stream answering
    # a call, ended the stream as any event over the limit does, recorded as 'an event
    # of the MCP server's stream': the server's request got no answer, and the server
    # waited for it for good. Now its error is posted back to it (as for a server
    # request refused by the rules) and the record names it.
    posted: list[dict] = []
    ask = {"jsonrpc": "2.0", "id": "s1", "method": "sampling/createMessage",
           "params": {"messages": [{"role": "user", "content": {
               "type": "text", "text": "x" * 20000}}], "maxTokens": 5}}

    async def server(request: web.Request) -> web.StreamResponse:
        message = json.loads(await request.read())
        if "method" not in message:  # an answer to its request
            posted.append(message)
            return web.Response(status=202)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        await response.write(b"event: message\ndata: " + json.dumps(ask).encode() + b"\n\n")
        return response

    app = web.Application()
    app.router.add_post("/mcp", server)
    call = {"jsonrpc": "2.0", "id": 3, "method": "tools/call",
            "params": {"name": "read", "arguments": {"path": "notes.txt"}}}
    async with serving(app) as port:
        config = {"listeners": {"mcp": {"host": "127.0.0.1", "port": 0}},
                  "mcp": {"max_message_bytes": 8192,
                          "servers": {"h": {"url": f"http://127.0.0.1:{port}/mcp"}}}}
        async with running_proxy(tmp_path / "state", config) as runtime:
            async with httpx.AsyncClient() as client:
                answer = await client.post(
                    f"http://{runtime.addresses()['mcp']}/h", json=call, timeout=20,
                    headers={"Accept": "application/json, text/event-stream"})
            [back] = await eventually(lambda: posted, message="the error posted back")

            def refused() -> list[dict]:
                with LedgerReader(runtime.ledger.path) as reader:
                    return [r for r in reader.query(Filters(surface=["mcp"], limit=100))
                            if r["decision"] == "block"]

            [row] = await eventually(refused, message="the refusal's record")
    assert back["id"] == "s1" and back["error"]["code"] == -32001, back
    assert row["method"] == "sampling/createMessage" and row["reason"] == (
        "the MCP server's request sampling/createMessage is over mcp.max_message_bytes "
        "(8192 bytes): refused"), row
    # the call the stream answered still gets its error (the stream ended there)
    assert '"id":3' in answer.text.replace(" ", "") and "-32001" in answer.text, answer.text


async def test_a_client_answer_over_the_limit_gets_the_server_its_error(
        tmp_path: Path) -> None:
    # The SDK's client answered the server's sampling request with 20 KB under an 8 KB
    # mcp.max_message_bytes: its POST was refused (413, recorded as 'the client's
    # message'), and the answer's id, in the part of the body never read, was lost: the
    # server's create_message waited for good, and so did the client's call. Now the
    # head of the body is kept, its id found, and the server gets the error for its
    # request, recorded as the client's answer to it. The injection guard blocks as
    # configured by default: the refusal relayed back as the call's error ('the message
    # is over the size limit') is no 'delimiter termination'.
    big = "y" * 20000

    async def sampling(context: Any, params: Any) -> CreateMessageResult:
        return CreateMessageResult(role="assistant", model="test-model",
                                   content=TextContent(type="text", text=big),
                                   stop_reason="endTurn")

    config = {"mcp": {"max_message_bytes": 8192}}
    async with mcp_setup("http", tmp_path, config, sampling="Summarize: {text}") as setup:
        async with setup.client(sampling_callback=sampling) as client:
            with pytest.raises(MCPError) as raised:  # (before: no answer, ever)
                await asyncio.wait_for(
                    client.call_tool("summarize", {"text": "the weekly report"}), 30)
        # the server's create_message got the error, and its tool call ended with it
        assert "size limit (mcp.max_message_bytes)" in raised.value.error.message, \
            raised.value.error

        def refused() -> list[dict]:
            return [r for r in setup.records() if r["decision"] == "block"
                    and r["direction"] == "request"]

        [row] = await eventually(refused, timeout=10, message="the refusal's record")
    assert row["method"] == "sampling/createMessage" and row["reason"] == (
        "the client's answer to sampling/createMessage is over mcp.max_message_bytes "
        "(8192 bytes): refused"), row
    assert row["metadata"]["bytes"] > 20000, row
