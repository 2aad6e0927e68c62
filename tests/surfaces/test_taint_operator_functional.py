"""Taint across sessions through the inspection API, and the operator clearing it: a
tainted result marks the principal, so a new session of the same agent meets the
`min_taint` rules too; `secproxy session taints` lists the marks and tainted sessions,
`secproxy session untaint` clears one."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from typer.testing import CliRunner, Result

from secproxy.cli import app
from secproxy.control.client import OperatorError
from secproxy.runtime import Runtime
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
CONFIG = {"ws": {"untrusted_tools": ["web.*"]},
          "rules": [{"name": "no-shell-when-tainted", "tools": ["shell"], "min_taint": 2,
                     "action": "deny"}]}


async def _post(http: aiohttp.ClientSession, rt: Runtime, path: str, body: dict[str, Any]
                ) -> dict[str, Any]:
    async with http.post(f"http://{rt.addresses()['api']}/inspect/{path}", json=body) as r:
        assert r.status == 200, await r.text()
        got: dict[str, Any] = await r.json()
        return got


async def _shell(http: aiohttp.ClientSession, rt: Runtime, session: str) -> str:
    verdict = await _post(http, rt, "tool-call", {
        "session_id": session, "agent_id": "agent-1", "tool_name": "shell",
        "arguments": {"command": "ls"}})
    return str(verdict["decision"])


def cli(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


async def test_a_principals_taint_reaches_its_next_session_until_an_operator_clears_it(
        tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as rt, aiohttp.ClientSession() as http:
        socket = str(rt.control.path)  # type: ignore[union-attr]
        clean = await asyncio.to_thread(cli, "session", "taints", "--format", "table",
                                        "--socket", socket)
        assert clean.exit_code == 0 and "nothing is tainted" in clean.stdout
        assert await _shell(http, rt, "s2") == "allow"
        await _post(http, rt, "output", {"session_id": "s1", "agent_id": "agent-1",
                                         "source": "tool", "tool_name": "web.fetch",
                                         "text": "the page said hello"})
        assert await _shell(http, rt, "s1") == "block"
        assert await _shell(http, rt, "s2") == "block"  # another session, same principal

        listed = await asyncio.to_thread(cli, "session", "taints", "--format", "json",
                                         "--socket", socket)
        assert listed.exit_code == 0, listed.output
        data = json.loads(listed.stdout)
        [mark] = data["principals"]
        assert mark["taint"] == 2 and mark["source"] == "result of untrusted tool web.fetch"
        assert [s["session"] for s in data["sessions"]] == ["s1"]

        cleared = await asyncio.to_thread(cli, "session", "untaint", "--principal",
                                          mark["principal"], "--socket", socket)
        assert cleared.exit_code == 0 and "taint cleared" in cleared.stdout
        assert await _shell(http, rt, "s2") == "allow"
        assert await _shell(http, rt, "s1") == "block"  # the session's own taint is kept
        # Cleared before the principal's mark: the answer says a mark still applies.
        await _post(http, rt, "output", {"session_id": "s3", "agent_id": "agent-1",
                                         "source": "tool", "tool_name": "web.fetch",
                                         "text": "the page said hello"})
        s3 = await asyncio.to_thread(cli, "session", "untaint", "s3", "--socket", socket)
        assert "1 principal mark(s) still apply" in s3.stdout
        assert await _shell(http, rt, "s3") == "block"
        await asyncio.to_thread(cli, "session", "untaint", "--principal", mark["principal"],
                                "--socket", socket)
        await asyncio.to_thread(cli, "session", "untaint", "s1", "--socket", socket)
        assert await _shell(http, rt, "s1") == "allow"

        again = await asyncio.to_thread(cli, "session", "untaint", "s1", "--socket", socket)
        assert isinstance(again.exception, OperatorError)
        assert again.exception.code == "not_found"
        neither = await asyncio.to_thread(cli, "session", "untaint", "--socket", socket)
        assert neither.exit_code == 2 and "name a session" in neither.output
