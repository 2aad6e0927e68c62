"""The operator one-shots (`approvals`, `users`, `rules`, `status`) as real processes
against a real proxy: one started with `secproxy serve`, and one running in a thread of
this process so a test can hold an action for approval."""

from __future__ import annotations

import asyncio
import concurrent.futures
import getpass
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import running_proxy

pytestmark = pytest.mark.functional
RULES = {"rules": [{"name": "shell", "tools": ["shell.*"], "action": "require_approval"}]}


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from secproxy.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


class ThreadedProxy:
    """A real Runtime on its own event loop in a background thread."""

    def __init__(self, state_dir: Path, extra: dict[str, Any]):
        self.state_dir, self.extra = state_dir, extra
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.runtime: Any = None
        self.error: BaseException | None = None
        self._stop: asyncio.Event | None = None
        self.thread = threading.Thread(target=self._thread, daemon=True)

    def _thread(self) -> None:
        try:
            self.loop.run_until_complete(self._main())
        except BaseException as exc:  # surfaced to the test in __enter__
            self.error = exc
            self.ready.set()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        async with running_proxy(self.state_dir, self.extra) as runtime:
            self.runtime = runtime
            self.ready.set()
            await self._stop.wait()

    def submit(self, coro: Any) -> concurrent.futures.Future[Any]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def __enter__(self) -> ThreadedProxy:
        self.thread.start()
        self.ready.wait(15)
        if self.error is not None:
            raise self.error
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._stop is not None
        self.loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(15)
        self.loop.close()

    @property
    def socket(self) -> str:
        return str(self.runtime.control.path)


def wait_for(check: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (result := check()):
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)
    return result


def held_tool_call(proxy: ThreadedProxy, tool: str) -> concurrent.futures.Future[Any]:
    action = Action(
        surface=Surface.TOOL,
        target=Target(tool=tool),
        arguments={"path": "/etc"},
        principal=Principal(user="agent-7"),
    )
    return proxy.submit(proxy.runtime.engine.decide(action))


def test_approvals_list_approve_deny(tmp_path):
    with ThreadedProxy(tmp_path, RULES) as proxy:
        first = held_tool_call(proxy, "shell.ls")
        wait_for(lambda: len(proxy.runtime.engine.approvals.pending()) == 1)
        listed = cli("approvals", "list", "--format", "json", "--socket", proxy.socket)
        assert listed.returncode == 0, listed.stderr
        rows = json.loads(listed.stdout)
        assert len(rows) == 1 and rows[0]["principal"] == "user:agent-7"
        assert rows[0]["detail"] == {"tool": "shell.ls", "arguments": {"path": "/etc"}}

        approved = cli(
            "approvals", "approve", rows[0]["id"], "--note", "looks fine", "--socket", proxy.socket
        )
        assert approved.returncode == 0, approved.stderr
        assert f"approved {rows[0]['id']}" in approved.stdout
        verdict = first.result(10)
        assert verdict.decision is Decision.ALLOW
        me = os.environ.get("USER") or getpass.getuser()
        assert any(f.message == f"approved by {me}: looks fine" for f in verdict.findings)

        second = held_tool_call(proxy, "shell.rm")
        wait_for(lambda: proxy.runtime.engine.approvals.pending())
        pending_id = proxy.runtime.engine.approvals.pending()[0].id
        denied = cli("approvals", "deny", pending_id, "--by", "carol", "--socket", proxy.socket)
        assert denied.returncode == 0, denied.stderr
        verdict = second.result(10)
        assert verdict.decision is Decision.BLOCK and "denied by carol" in verdict.reason

        again = cli("approvals", "deny", pending_id, "--socket", proxy.socket)
        assert again.returncode == 6  # conflict: already resolved
        assert again.stderr.startswith("error: approval ") and "already denied" in again.stderr
        assert "Traceback" not in again.stderr


def test_users_block_unblock_and_rules(tmp_path):
    with ThreadedProxy(tmp_path, RULES) as proxy:
        sock = ("--socket", proxy.socket)
        blocked = cli("users", "block", "user:eve", "--duration", "15m", "--reason", "exfil", *sock)
        assert blocked.returncode == 0, blocked.stderr
        assert "blocked user:eve until" in blocked.stdout
        action = Action(
            surface=Surface.TOOL, target=Target(tool="fs.read"), principal=Principal(user="eve")
        )
        assert not proxy.submit(proxy.runtime.engine.decide(action)).result(10).permits

        listed = cli("users", "list", "--format", "jsonl", *sock)
        rows = [json.loads(line) for line in listed.stdout.splitlines()]
        assert rows[0]["key"] == "user:eve" and rows[0]["blocked"] is True
        assert rows[0]["block_reason"] == "exfil"
        table = cli("users", "list", "--format", "csv", *sock)
        assert table.stdout.splitlines()[0].startswith("key,strikes,blocked")

        unblocked = cli("users", "unblock", "user:eve", *sock)
        assert unblocked.returncode == 0, unblocked.stderr
        action = Action(
            surface=Surface.TOOL, target=Target(tool="fs.read"), principal=Principal(user="eve")
        )
        assert proxy.submit(proxy.runtime.engine.decide(action)).result(10).permits

        shown = cli("rules", "show", "--format", "json", *sock)
        assert [r["name"] for r in json.loads(shown.stdout)] == ["shell"]

        # A whole config file: only its rules are sent, errors point at the file's lines.
        bad = tmp_path / "edit.yaml"
        bad.write_text(
            yaml.safe_dump({"engine": {"default_action": "allow"}}, sort_keys=False)
            + "rules:\n  - name: fs\n    tools: ['fs.*']\n    action: forbid\n"
        )
        rejected = cli("rules", "apply", str(bad), *sock)
        assert rejected.returncode == 3  # the rules sent are an invalid config
        assert f"{bad}:6: rules[0].action" in rejected.stderr
        assert [r.name for r in proxy.runtime.engine.config.rules] == ["shell"]

        good = tmp_path / "rules.yaml"
        good.write_text("- name: fs\n  tools: ['fs.*']\n  action: deny\n")
        applied = cli("rules", "apply", str(good), *sock)
        assert applied.returncode == 0, applied.stderr
        assert "applied 1 rules" in applied.stdout
        assert [r.name for r in proxy.runtime.engine.config.rules] == ["fs"]
        as_yaml = cli("rules", "show", "--yaml", *sock)
        assert as_yaml.stdout == good.read_text()


def test_status_against_secproxy_serve_then_plain_error_when_gone(tmp_path):
    state = tmp_path / "state"
    config = tmp_path / "secproxy.yaml"
    config.write_text(yaml.safe_dump({"state_dir": str(state)}))
    serve = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from secproxy.cli import main; main()",
            "serve",
            "-c",
            str(config),
            "--listen",
            "egress=127.0.0.1:0",
            "--listen",
            "api=127.0.0.1:0",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        sock = state / "control.sock"
        wait_for(sock.exists, timeout=20)
        status = cli("status", "--format", "table", "-c", str(config))
        assert status.returncode == 0, status.stderr
        assert "running" in status.stdout and str(sock) in status.stdout
        as_json = json.loads(cli("status", "--format", "json", "--socket", str(sock)).stdout)
        assert as_json["listeners"]["control"] == str(sock)
    finally:
        serve.send_signal(signal.SIGTERM)
        _, stderr = serve.communicate(timeout=20)
    assert serve.returncode == 0, stderr
    assert str(sock) in stderr, "serve prints the control socket at startup"

    gone = cli("users", "list", "-c", str(config))
    assert gone.returncode == 4
    lines = gone.stderr.strip().splitlines()
    assert lines[0] == f"error: no secproxy is running at {sock} (the socket does not exist)"
    assert lines[1].startswith("hint: start it with `secproxy serve`")
    assert len(lines) == 2
