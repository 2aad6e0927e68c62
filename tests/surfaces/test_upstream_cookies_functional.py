"""The LLM gateway and the MCP streamable-HTTP relay each reach an upstream through one
client session shared by every agent. A cookie an upstream set in its answer to one agent
was kept in that session's jar and sent with every later request — another agent's
included (a provider's or a tool server's session cookie crossing principals). The
proxy keeps no cookies of its own: an agent's own `Cookie` header still goes through,
and a `Set-Cookie` still reaches the agent that was answered."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web

from tests.helpers import running_proxy
from tests.surfaces.llm_support import FakeLlm, gateway_config

pytestmark = pytest.mark.functional

_COMPLETION = {"id": "c", "object": "chat.completion", "created": 1, "model": "m",
               "choices": [{"index": 0, "finish_reason": "stop",
                            "message": {"role": "assistant", "content": "ok"}}],
               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


@asynccontextmanager
async def cookie_setter(answer: dict[str, object]) -> AsyncIterator[tuple[int, list[str]]]:
    """An upstream answering `answer` to any POST with `Set-Cookie: sid=…`, recording the
    `Cookie` header of each request (empty when none)."""
    cookies: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        await request.read()
        cookies.append(request.headers.get("Cookie", ""))
        body = dict(answer)
        if "jsonrpc" in body:
            try:
                body["id"] = json.loads(await request.read()).get("id")
            except ValueError:
                pass
        resp = web.json_response(body)
        resp.set_cookie("sid", f"upstream-session-{len(cookies)}")
        return resp

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield port, cookies
    finally:
        await runner.cleanup()


def by_name(config: dict[str, Any]) -> dict[str, Any]:
    """The upstreams reached as `localhost`: a cookie jar keeps no cookie of an IP address
    (a provider is reached by its name)."""
    for upstream in config["upstreams"].values():
        upstream["url"] = upstream["url"].replace("127.0.0.1", "localhost")
    return config


async def test_the_llm_gateway_keeps_no_upstream_cookie_between_agents(tmp_path: Path) -> None:
    async with cookie_setter(_COMPLETION) as (port, cookies), \
            running_proxy(tmp_path, by_name(gateway_config(FakeLlm(port=port)))) as rt:
        url = f"http://{rt.addresses()['llm']}/v1/chat/completions"
        body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
        async with httpx.AsyncClient() as agent_a:
            first = await agent_a.post(url, json=body)
        async with httpx.AsyncClient() as agent_b:
            second = await agent_b.post(url, json=body)
            own = await agent_b.post(url, json=body, headers={"Cookie": "mine=1"})
    assert first.status_code == second.status_code == own.status_code == 200
    assert first.headers.get("set-cookie", "").startswith("sid=upstream-session-1")
    assert cookies == ["", "", "mine=1"], cookies


async def test_the_mcp_http_relay_keeps_no_upstream_cookie_between_clients(
        tmp_path: Path) -> None:
    answer = {"jsonrpc": "2.0", "id": 1, "result": {}}
    async with cookie_setter(answer) as (port, cookies), running_proxy(tmp_path, {
            "listeners": {"mcp": {"host": "127.0.0.1", "port": 0}},
            "mcp": {"servers": {"files": {"url": f"http://localhost:{port}/mcp"}}}}) as rt:
        url = f"http://{rt.addresses()['mcp']}/files"
        headers = {"Accept": "application/json, text/event-stream"}
        for n in (1, 2):
            async with httpx.AsyncClient() as client:
                r = await client.post(url, headers=headers,
                                      json={"jsonrpc": "2.0", "id": n, "method": "ping"})
                assert r.status_code == 200, r.text
    assert cookies == ["", ""], cookies
