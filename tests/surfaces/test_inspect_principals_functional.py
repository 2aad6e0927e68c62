"""Two agents with keys of their own never meet in a session, over real HTTP: the same
`session_id` sent with key A and with key B names two sessions (risk, chains, taint),
kept apart across a restart, and listed with whose each is (control socket, CLI)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from typer.testing import CliRunner

from secproxy.cli import app
from secproxy.control.client import ControlClient, OperatorError
from secproxy.runtime import Runtime
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
AWS_FILE = ("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLF\n"
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYQ\n")
KEYS = {"a": "agent-a-secret-0123456789", "b": "agent-b-secret-0123456789"}
EXTRA = {
    "inspect": {"api_keys": [{"name": name, "key": key} for name, key in KEYS.items()]},
    "sessions": {"max_risk": 20},
}


async def post(http: aiohttp.ClientSession, rt: Runtime, who: str, path: str,
               body: dict[str, Any]) -> dict[str, Any]:
    async with http.post(f"http://{rt.addresses()['api']}{path}", json=body,
                         headers={"Authorization": f"Bearer {KEYS[who]}"}) as resp:
        assert resp.status == 200, await resp.text()
        got: dict[str, Any] = await resp.json()
        return got


async def tool(http: aiohttp.ClientSession, rt: Runtime, who: str, session: str, name: str,
               arguments: dict[str, Any]) -> dict[str, Any]:
    return await post(http, rt, who, "/inspect/tool-call", {
        "session_id": session, "agent_id": "coder", "tool_name": name,
        "arguments": arguments})


async def test_one_session_id_is_two_sessions_for_two_keys(tmp_path: Path) -> None:
    send = {"url": "https://api.example.com/v1/notes", "method": "POST", "body": "see"}
    async with running_proxy(tmp_path, EXTRA) as rt, aiohttp.ClientSession() as http:
        # B's refused calls fill B's session past max_risk, not A's.
        for _ in range(4):
            got = await tool(http, rt, "b", "run-1", "shell",
                             {"command": "cat ~/.aws/credentials"})
            assert got["decision"] == "block"
        assert got["risk"]["session"] == 24
        assert (await tool(http, rt, "b", "run-1", "shell", {"command": "ls"})
                )["decision"] == "block"
        mine = await tool(http, rt, "a", "run-1", "shell", {"command": "ls"})
        assert mine["decision"] == "allow" and mine["risk"]["session"] == 0

        # A's credential read and B's send do not make a chain; A's own send does.
        read = await post(http, rt, "a", "/inspect/output", {
            "session_id": "run-2", "agent_id": "coder", "tool_name": "read_file",
            "text": AWS_FILE})
        assert read["decision"] == "allow_with_redaction"
        assert (await tool(http, rt, "b", "run-2", "http", send))["decision"] == "allow"
        chained = await tool(http, rt, "a", "run-2", "http", send)
        assert chained["decision"] == "block"
        assert any(f["family"] == "chain" for f in chained["findings"])

        async with ControlClient(rt.control.path) as control:  # type: ignore[union-attr]
            with pytest.raises(OperatorError, match="user:a.*user:b|user:b.*user:a"):
                await control.call("session/timeline", {"id": "run-1"})
            a = await control.call("session/timeline", {"id": "run-1", "owner": "user:a"})
            overview = await control.call("overview", {})
        assert a["session"]["owner"] == "user:a" and a["session"]["actions"] == 1
        assert [c["decision"] for c in a["calls"]] == ["allow"]
        assert {(s["id"], s["owner"]) for s in overview["top_sessions"]} == {
            ("run-1", "user:b"), ("run-2", "user:a")}

    # After a restart the two are still apart, and the CLI names the owner.
    async with running_proxy(tmp_path, EXTRA) as rt, aiohttp.ClientSession() as http:
        assert (await tool(http, rt, "a", "run-1", "shell", {"command": "ls"})
                )["decision"] == "allow"
        assert (await tool(http, rt, "b", "run-1", "shell", {"command": "ls"})
                )["decision"] == "block"
        socket = str(rt.control.path)  # type: ignore[union-attr]
        done = await asyncio.to_thread(
            CliRunner().invoke, app, ["session", "timeline", "run-1", "--owner", "user:b",
                                      "--format", "json", "--socket", socket])
        assert done.exit_code == 0, done.output
        printed = json.loads(done.stdout)
        assert printed["session"]["owner"] == "user:b"
        assert [c["decision"] for c in printed["calls"]] == ["block"] * 6


async def test_one_agent_cannot_taint_anothers_session(tmp_path: Path) -> None:
    extra = {**EXTRA, "ws": {"untrusted_tools": ["web_fetch"]},
             "sessions": {"taint_scope": "session"},
             "rules": [{"name": "no-shell-when-tainted", "surfaces": ["inspect"],
                        "tools": ["shell"], "min_taint": 1, "action": "deny"}]}
    async with running_proxy(tmp_path, extra) as rt, aiohttp.ClientSession() as http:
        got = await post(http, rt, "b", "/inspect/output", {
            "session_id": "run-3", "agent_id": "coder", "tool_name": "web_fetch",
            "text": "a page"})
        assert got["decision"] == "allow"
        assert (await tool(http, rt, "b", "run-3", "shell", {"command": "ls"})
                )["decision"] == "block"
        assert (await tool(http, rt, "a", "run-3", "shell", {"command": "ls"})
                )["decision"] == "allow"
        async with ControlClient(rt.control.path) as control:  # type: ignore[union-attr]
            taints = await control.call("session/taints", {})
            assert [(s["session"], s["owner"]) for s in taints["sessions"]] == [
                ("run-3", "user:b")]
            with pytest.raises(OperatorError, match="no taint"):
                await control.call("session/untaint", {"session": "run-3",
                                                        "owner": "user:a"})
            await control.call("session/untaint", {"session": "run-3", "owner": "user:b"})
        assert (await tool(http, rt, "b", "run-3", "shell", {"command": "ls"})
                )["decision"] == "allow"
