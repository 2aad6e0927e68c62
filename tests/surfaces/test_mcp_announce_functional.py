"""An allowed MCP tool call is announced (its decision event: live views, the decision
log, metrics) once it has been sent on, while the server works on it, over the
transports (the stdio hand-over, the WebSocket relay, streamable HTTP): it is
announced before its result comes, however long the server takes, and a call refused
is announced as before. Raw JSON-RPC on both sides: a server in this test that holds the
call's answer until the test lets it go, the real runtime (and a real `secproxy mcp wrap`
for stdio)."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from secproxy.events import DecisionEvent
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy, serving
from tests.surfaces.mcp_support import SECPROXY

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

TOOL = {"name": "echo", "description": "Repeat a text.",
        "inputSchema": {"type": "object", "properties": {"text": {"type": "string"}}}}
RULES = [{"name": "no-deletes", "surfaces": ["mcp"], "tools": ["delete_*"],
          "action": "deny"}]
STDIO_SERVER = """\
import json, os, sys, time
tools = {"tools": [json.loads(sys.argv[2])]}
for line in sys.stdin:
    msg = json.loads(line)
    if "id" not in msg:
        continue
    if msg["method"] == "tools/call":
        while not os.path.exists(sys.argv[1]):  # held until the test lets it go
            time.sleep(0.01)
        result = {"content": [{"type": "text", "text": "done"}], "isError": False}
    else:
        result = tools if msg["method"] == "tools/list" else {}
    sys.stdout.write(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": result}) + "\\n")
    sys.stdout.flush()
"""

Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]


def rpc(rpc_id: int, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    msg: dict[str, Any] = {"jsonrpc": "2.0", "id": rpc_id, "method": method}
    if params is not None:
        msg["params"] = params
    return msg


@asynccontextmanager
async def ws_transport(tmp_path: Path, release: asyncio.Event
                       ) -> AsyncIterator[tuple[Runtime, Send, Receive]]:
    async def session(ws: ServerConnection) -> None:
        async for frame in ws:
            msg = json.loads(frame)
            if "id" not in msg:
                continue
            if msg["method"] == "tools/call":
                await release.wait()
                result: Any = {"content": [{"type": "text", "text": "done"}],
                               "isError": False}
            else:
                result = {"tools": [TOOL]} if msg["method"] == "tools/list" else {}
            await ws.send(json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": result}))

    async with serve(session, "127.0.0.1", 0) as listener:
        port = next(iter(listener.sockets)).getsockname()[1]
        extra = {"ws": {"upstream": f"ws://127.0.0.1:{port}/mcp"},
                 "mcp": {"ws_server": "files"}, "rules": RULES}
        async with running_proxy(tmp_path / "state", extra) as runtime, \
                connect(f"ws://{runtime.addresses()['ws']}/mcp") as client:
            async def send(msg: dict[str, Any]) -> None:
                await client.send(json.dumps(msg))

            async def receive() -> dict[str, Any]:
                return json.loads(await client.recv())  # type: ignore[no-any-return]

            yield runtime, send, receive


@asynccontextmanager
async def stdio_transport(tmp_path: Path, release: Path
                          ) -> AsyncIterator[tuple[Runtime, Send, Receive]]:
    config = tmp_path / "secproxy.yaml"
    extra = {"listeners": {"mcp": {"host": "127.0.0.1", "port": 0}}, "rules": RULES}
    async with running_proxy(tmp_path / "state", extra, config_path=config) as runtime:
        wrap = await asyncio.create_subprocess_exec(
            SECPROXY, "mcp", "wrap", "-c", str(config), "--name", "files", "--",
            sys.executable, "-c", STDIO_SERVER, str(release), json.dumps(TOOL),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        assert wrap.stdin is not None and wrap.stdout is not None
        stdin, stdout = wrap.stdin, wrap.stdout

        async def send(msg: dict[str, Any]) -> None:
            stdin.write(json.dumps(msg).encode() + b"\n")
            await stdin.drain()

        async def receive() -> dict[str, Any]:
            return json.loads(await stdout.readline())  # type: ignore[no-any-return]

        try:
            yield runtime, send, receive
        finally:
            stdin.close()
            await asyncio.wait_for(wrap.wait(), 20)


@asynccontextmanager
async def http_transport(tmp_path: Path, release: asyncio.Event
                         ) -> AsyncIterator[tuple[Runtime, Send, Receive]]:
    async def handle(request: web.Request) -> web.Response:
        msg = json.loads(await request.read())
        if "id" not in msg:
            return web.Response(status=202)
        if msg["method"] == "tools/call":
            await release.wait()
            result: Any = {"content": [{"type": "text", "text": "done"}], "isError": False}
        else:
            result = {"tools": [TOOL]} if msg["method"] == "tools/list" else {}
        return web.json_response({"jsonrpc": "2.0", "id": msg["id"], "result": result},
                                 headers={"Mcp-Session-Id": "s1"})

    app = web.Application()
    app.router.add_post("/mcp", handle)
    async with serving(app) as port:
        extra = {"listeners": {"mcp": {"host": "127.0.0.1", "port": 0}},
                 "mcp": {"servers": {"files": {"url": f"http://127.0.0.1:{port}/mcp"}}},
                 "rules": RULES}
        async with running_proxy(tmp_path / "state", extra) as runtime, \
                aiohttp.ClientSession() as http:
            url = f"http://{runtime.addresses()['mcp']}/files"
            answers: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
            posts: list[asyncio.Task[None]] = []

            async def post(msg: dict[str, Any]) -> None:
                async with http.post(url, json=msg, headers={
                        "Accept": "application/json, text/event-stream",
                        "Mcp-Session-Id": "s1"}) as r:
                    answers.put_nowait(await r.json())

            async def send(msg: dict[str, Any]) -> None:
                posts.append(asyncio.ensure_future(post(msg)))

            async def receive() -> dict[str, Any]:
                return await asyncio.wait_for(answers.get(), 20)

            yield runtime, send, receive
            await asyncio.gather(*posts)


@pytest.mark.parametrize("transport", ["ws", "stdio", "http"])
async def test_a_call_is_announced_while_the_server_works_on_it(transport: str,
                                                                tmp_path: Path) -> None:
    release_event = asyncio.Event()
    release_file = tmp_path / "release"
    opened = (ws_transport(tmp_path, release_event) if transport == "ws"
              else http_transport(tmp_path, release_event) if transport == "http"
              else stdio_transport(tmp_path, release_file))
    async with opened as (runtime, send, receive):
        seen: list[DecisionEvent] = []

        def heard(event: Any) -> None:
            if isinstance(event, DecisionEvent) and event.added is None:  # no updates
                seen.append(event)

        runtime.engine.bus.add_listener(heard, kinds={"decision"})

        def announced(tool: str) -> list[DecisionEvent]:
            return [e for e in seen if e.action.target.tool == tool]

        await send(rpc(0, "initialize", {"protocolVersion": "2025-06-18",
                                         "capabilities": {},
                                         "clientInfo": {"name": "t", "version": "1"}}))
        await receive()
        await send(rpc(1, "tools/list"))
        assert (await receive())["result"]["tools"][0]["name"] == "echo"
        await send(rpc(2, "tools/call", {"name": "delete_all", "arguments": {}}))
        refused = await receive()
        assert refused["error"]["message"].startswith("blocked by secproxy")
        assert [e.verdict.decision.value for e in announced("delete_all")] == ["block"]

        await send(rpc(3, "tools/call", {"name": "echo", "arguments": {"text": "hi"}}))
        # The server holds the answer: the call is announced meanwhile, not once the
        # answer comes (nor only when the next message is decided).
        events = await eventually(lambda: announced("echo"), timeout=10.0,
                                  message="the call announced while the server works")
        assert [e.verdict.decision.value for e in events] == ["allow"]
        assert events[0].action.metadata.get("rpc_id") == 3
        release_event.set()
        release_file.write_text("go")
        answer = await receive()
        assert answer["id"] == 3 and answer["result"]["content"][0]["text"] == "done"
        assert len(announced("echo")) == 1  # announced once, the result no update
