"""`secproxy rules suggest` on a ledger written by real traffic: egress through the
proxy with httpx, a WebSocket tool call and an inspection-API tool check, observed with
a report-mode deny rule; the proposed file validates, and applied over the control
socket it lets exactly that traffic through and refuses the rest."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest
import yaml
from aiohttp import web
from typer.testing import CliRunner
from websockets.asyncio.client import connect

from secproxy.audit.query import Filters, LedgerReader
from secproxy.cli import app, exit_code
from secproxy.cli.operator import rules_section
from secproxy.control.client import ControlClient
from secproxy.errors import SecproxyError
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy, serving
from tests.surfaces.ws_support import Gateway, call, rpc

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]
OBSERVING = {
    "rules": [
        {"name": "no-admin", "path": "/admin/**", "action": "deny"},
        {"name": "watch", "action": "deny", "mode": "report"},
    ],
    "egress": {"ssrf_allow": ["localhost", "127.0.0.0/8"]},
}


def invoke(*args: str) -> tuple[int, str]:
    """The command in process: the exit code `main()` gives, and its output or error."""
    result = CliRunner().invoke(app, list(args))
    if isinstance(result.exception, SecproxyError):
        return exit_code(result.exception), result.exception.message
    return result.exit_code, result.output


def upstream() -> web.Application:
    async def answer(request: web.Request) -> web.Response:
        return web.json_response({"path": request.path, "method": request.method})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    return app


@asynccontextmanager
async def observed(tmp_path: Path) -> AsyncIterator[tuple[Runtime, int, Gateway]]:
    gateway = await Gateway().start()
    try:
        async with serving(upstream()) as port, running_proxy(
                tmp_path / "state", {**OBSERVING, "ws": {"upstream": gateway.url}}) as rt:
            yield rt, port, gateway
    finally:
        await gateway.stop()


async def egress(rt: Runtime, port: int, requests: list[tuple[str, str]]) -> list[int]:
    async with httpx.AsyncClient(proxy=f"http://{rt.addresses()['egress']}") as client:
        return [(await client.request(m, f"http://localhost:{port}{p}")).status_code
                for m, p in requests]


async def ws_calls(rt: Runtime, frames: list[str]) -> list[dict[str, Any]]:
    async with connect(f"ws://{rt.addresses()['ws']}/") as ws:
        answers = []
        for frame in frames:
            await ws.send(frame)
            answers.append(json.loads(await ws.recv()))
        return answers


async def inspect_tool(rt: Runtime, tool: str) -> str:
    async with aiohttp.ClientSession() as http, http.post(
            f"http://{rt.addresses()['api']}/inspect/tool-call",
            json={"session_id": "s1", "agent_id": "a1", "tool_name": tool,
                  "arguments": {"path": "/srv/notes.txt"}}) as resp:
        return str((await resp.json())["decision"])


SEEN = [("GET", "/v1/items/17"), ("GET", "/v1/items/18"), ("POST", "/v1/orders"),
        ("GET", "/health")]
SEEN_WS = [call("fs.read", {"path": "/srv/a"}), rpc("chat.send", {"text": "hi"}, 2)]


async def test_suggested_rules_allow_exactly_the_observed_traffic(tmp_path: Path) -> None:
    async with observed(tmp_path) as (rt, port, _gateway):
        assert await egress(rt, port, SEEN) == [200, 200, 200, 200]
        assert await egress(rt, port, [("GET", "/admin/users")]) == [403]
        assert all("result" in a for a in await ws_calls(rt, SEEN_WS))
        assert await inspect_tool(rt, "fs.read") == "allow"

        def written() -> int:
            with LedgerReader(rt.ledger.path) as reader:
                return reader.count(Filters(surface=["egress", "ws", "inspect"]))
        await eventually(lambda: written() >= 11, message="the observed traffic's records")

        out = tmp_path / "suggested.yaml"
        code, output = invoke("rules", "suggest", "--ledger", str(rt.ledger.path),
                              "--since", "1h", "-o", str(out))
        assert code == 0, output
        text = out.read_text()
        code, output = invoke("config", "validate", str(out))
        assert code == 0, output

        rules = yaml.safe_load(text)["rules"]
        egress_rules = [r for r in rules if r.get("surfaces") == ["egress"]]
        assert {(r["host"], r["path"], tuple(r["methods"])) for r in egress_rules} == {
            ("localhost", "/v1/**", ("GET", "POST")), ("localhost", "/health/**", ("GET",))}
        assert rules[-1]["name"] == "deny-everything-else" and rules[-1]["action"] == "deny"
        assert "# 3 records: GET 2, POST 1" in text  # counts per rule, as comments
        assert "GET localhost/admin/users: 1 (block 1) — denied by rule no-admin" in text

        assert rt.control is not None
        async with ControlClient(rt.control.path) as client:
            learnt = await client.call("rules/suggest", {"since": "1h"})
            assert yaml.safe_load(learnt["yaml"])["rules"] == rules  # the same as the CLI's
            assert learnt["allowed"] == 10 and learnt["uncovered"] == 0
            reply = await client.call("rules/replace",
                                      {"yaml": rules_section(text), "by": "test"})
        assert reply["applied"] is True

        assert await egress(rt, port, SEEN) == [200, 200, 200, 200]
        assert all("result" in a for a in await ws_calls(rt, SEEN_WS))
        assert await inspect_tool(rt, "fs.read") == "allow"

        refused = [("GET", "/other"), ("DELETE", "/v1/items/17"), ("GET", "/admin/users")]
        assert await egress(rt, port, refused) == [403, 403, 403]
        answers = await ws_calls(rt, [call("shell.exec", {"command": "id"}, 5),
                                      rpc("chat.delete", {"id": 1}, 6)])
        assert all("error" in a for a in answers)
        assert await inspect_tool(rt, "fs.write") == "block"

    with LedgerReader(rt.ledger.path) as reader:
        rows = reader.query(Filters(rule="deny-everything-else", limit=100))
    assert {(r["method"], r["url"].split("/", 1)[1]) for r in rows
            if r["surface"] == "egress"} == {
        ("GET", "other"), ("DELETE", "v1/items/17"), ("GET", "admin/users")}


def test_an_empty_window_is_one_line(tmp_path: Path) -> None:
    import sqlite3

    from secproxy.audit.schema import migrate

    ledger = tmp_path / "ledger.db"
    with sqlite3.connect(ledger) as conn:
        migrate(conn)
    code, output = invoke("rules", "suggest", "--ledger", str(ledger))
    assert code == 5 and "no allowed traffic" in output
    code, output = invoke("rules", "suggest", "--ledger", str(ledger), "--since", "yesterday")
    assert code == 2 and "--since" in output
