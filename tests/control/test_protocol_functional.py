"""The control socket over a real Unix socket: framing, errors that keep the socket
usable, the backlog on attach, and every operator command against a real runtime."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import stat
from collections.abc import AsyncIterator
from typing import Any

import pytest

from secproxy.control.client import ControlClient, OperatorError
from secproxy.errors import ControlError, ListenError
from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional

APPROVAL_RULES = {
    "rules": [
        {"name": "shell", "tools": ["shell.*"], "action": "require_approval"},
        {"name": "no-evil", "match": "evil.example", "action": "deny", "reason": "known bad"},
    ]
}


class RawLine:
    """A bare newline-JSON connection, to send what a well-behaved client never would."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer

    async def send(self, raw: bytes) -> None:
        self.writer.write(raw)
        await self.writer.drain()

    async def receive(self) -> dict[str, Any]:
        line = await asyncio.wait_for(self.reader.readline(), 5)
        assert line, "the server closed the connection"
        msg: dict[str, Any] = json.loads(line)
        return msg


@contextlib.asynccontextmanager
async def raw(path: os.PathLike[str] | str) -> AsyncIterator[RawLine]:
    reader, writer = await asyncio.open_unix_connection(str(path))
    try:
        yield RawLine(reader, writer)
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


def tool_call(tool: str, user: str = "agent") -> Action:
    return Action(
        surface=Surface.TOOL,
        target=Target(tool=tool),
        arguments={"cmd": "ls -la"},
        principal=Principal(user=user),
    )


async def test_socket_is_private_and_announced(tmp_path):
    async with running_proxy(tmp_path) as runtime:
        path = runtime.control.path
        assert runtime.addresses()["control"] == str(path)
        mode = os.stat(path).st_mode
        assert stat.S_ISSOCK(mode)
        assert stat.S_IMODE(mode) == 0o600
    assert not path.exists(), "the socket file is removed on stop"


async def test_malformed_and_unknown_get_errors_and_the_socket_stays_usable(tmp_path):
    async with running_proxy(tmp_path) as runtime, raw(runtime.control.path) as conn:
        hello = await conn.receive()
        assert hello["type"] == "hello" and hello["v"] == 1
        assert "approvals/resolve" in hello["payload"]["commands"]

        await conn.send(b"{not json\n")
        err = await conn.receive()
        assert err["type"] == "error" and err["payload"]["code"] == "bad_json"

        await conn.send(b'["a", "list"]\n')
        assert (await conn.receive())["payload"]["code"] == "bad_request"

        await conn.send(b'{"v": 99, "id": 1, "type": "ping"}\n')
        err = await conn.receive()
        assert err["id"] == 1 and err["payload"]["code"] == "unsupported_version"

        await conn.send(b'{"v": 1, "id": 2, "type": "launch/missiles"}\n')
        err = await conn.receive()
        assert err["id"] == 2 and err["payload"]["code"] == "unknown_command"
        assert "approvals/list" in err["payload"]["hint"]

        await conn.send(b'{"v": 1, "id": 3, "type": "principals/block", "payload": {}}\n')
        err = await conn.receive()
        assert err["id"] == 3 and err["payload"]["code"] == "bad_request"
        assert "key" in err["payload"]["message"]

        await conn.send(b'{"v": 1, "id": 4, "type": "ping"}\n')
        ok = await conn.receive()
        assert ok == {"v": 1, "type": "reply", "id": 4, "payload": ok["payload"]}
        assert ok["payload"]["pong"] is True


async def test_a_subscribe_with_unknown_or_wrong_fields_is_refused_then_a_good_one_works(
        tmp_path):
    """`subscribe` takes `backlog` (true or false) only: a filter it does not have
    (`topics`) or `backlog: "no"` (read as yes before) is a bad_request, and the
    connection stays usable and unsubscribed."""
    async with running_proxy(tmp_path) as runtime, raw(runtime.control.path) as conn:
        await conn.receive()  # hello
        await conn.send(b'{"v": 1, "id": 1, "type": "subscribe", '
                        b'"payload": {"topics": ["decision/add"]}}\n')
        err = await conn.receive()
        assert err["id"] == 1 and err["payload"]["code"] == "bad_request", err
        assert "'topics'" in err["payload"]["message"]
        await conn.send(b'{"v": 1, "id": 2, "type": "subscribe", "payload": {"backlog": "no"}}\n')
        err = await conn.receive()
        assert err["id"] == 2 and err["payload"]["code"] == "bad_request", err
        await conn.send(b'{"v": 1, "id": 3, "type": "subscribe", "payload": {"backlog": false}}\n')
        ok = await conn.receive()
        assert ok["type"] == "reply" and ok["id"] == 3 and ok["payload"]["backlog"] == 0


async def test_backlog_is_delivered_on_attach_then_live_events(tmp_path):
    async with running_proxy(tmp_path, {**APPROVAL_RULES, "control": {"backlog": 3}}) as runtime:
        for i in range(5):
            await runtime.engine.decide(tool_call(f"fs.read{i}"))
        await eventually(lambda: runtime.control.hub.seq >= 5)

        events: list[dict[str, Any]] = []
        async with ControlClient(runtime.control.path, on_event=events.append) as client:
            reply = await client.subscribe()
            assert reply["backlog"] == 3
            await eventually(lambda: any(e["type"] == "backlog/end" for e in events))
            replayed = [e for e in events if e["type"] == "decision/add"]
            assert [e["payload"]["target"]["tool"] for e in replayed] == [
                "fs.read2",
                "fs.read3",
                "fs.read4",
            ]
            assert [e["seq"] for e in replayed] == sorted(e["seq"] for e in replayed)

            await runtime.engine.decide(tool_call("fs.write", user="mallory"))
            live = await eventually(lambda: [e for e in events if e["type"] == "decision/add"][3:])
            payload = live[0]["payload"]
            assert payload["target"]["tool"] == "fs.write"
            assert payload["principal"] == "user:mallory"
            assert payload["decision"] == "allow"
            assert "content" not in payload


async def test_approval_resolved_over_the_socket_releases_the_held_action(tmp_path):
    async with running_proxy(tmp_path, APPROVAL_RULES) as runtime:
        events: list[dict[str, Any]] = []
        async with ControlClient(runtime.control.path, on_event=events.append) as client:
            await client.subscribe()
            held = asyncio.ensure_future(runtime.engine.decide(tool_call("shell.exec")))
            pending = await eventually(lambda: runtime.engine.approvals.pending())
            listed = (await client.call("approvals/list"))["approvals"]
            assert [a["id"] for a in listed] == [pending[0].id]
            assert listed[0]["detail"] == {"tool": "shell.exec", "arguments": {"cmd": "ls -la"}}

            resolved = await client.call(
                "approvals/resolve",
                {"id": listed[0]["id"], "approve": False, "by": "alice", "note": "not today"},
            )
            assert resolved["approval"]["state"] == "denied"
            verdict = await asyncio.wait_for(held, 5)
            assert verdict.decision is Decision.BLOCK
            assert "denied by alice: not today" in verdict.reason

            with pytest.raises(OperatorError) as again:
                await client.call("approvals/resolve", {"id": listed[0]["id"], "approve": True})
            assert again.value.code == "conflict"
            with pytest.raises(OperatorError) as unknown:
                await client.call("approvals/resolve", {"id": "nope", "approve": True})
            assert unknown.value.code == "not_found"

            kinds = await eventually(
                lambda: (
                    {e["type"] for e in events} >= {"approval/opened", "approval/resolved"}
                    and [e["type"] for e in events]
                )
            )
            assert kinds.index("approval/opened") < kinds.index("approval/resolved")


async def test_rules_replace_rejects_with_relative_lines_and_changes_nothing(tmp_path):
    async with running_proxy(tmp_path, APPROVAL_RULES) as runtime:
        before = runtime.engine.config
        async with ControlClient(runtime.control.path) as client:
            bad = "# my edit\n- name: shell\n  tools: [shell.*]\n  action: maybe\n"
            with pytest.raises(OperatorError) as exc:
                await client.call("rules/replace", {"yaml": bad})
            assert exc.value.code == "invalid_config"
            assert exc.value.issues == [
                {
                    "path": "rules[0].action",
                    "message": "expected 'allow', 'deny', 'log' or 'require_approval'",
                    "value": "maybe",
                    "line": 4,
                }
            ]
            with pytest.raises(OperatorError) as syntax:
                await client.call("rules/replace", {"yaml": "- name: x\n  tools: [a\n"})
            assert syntax.value.issues[0]["line"] is not None
            with pytest.raises(OperatorError) as other:
                await client.call("rules/replace", {"yaml": "engine: {on_error: allow}\n"})
            assert "rules list only" in other.value.issues[0]["message"]
            assert runtime.engine.config is before

            good = "- name: tools-closed\n  tools: ['fs.*']\n  action: deny\n"
            result = await client.call("rules/replace", {"yaml": good})
            assert result == {
                "applied": True,
                "rules": 1,
                "warnings": [],
                "persisted": False,
                "source": None,
            }
            verdict = await runtime.engine.decide(tool_call("fs.read"))
            assert verdict.decision is Decision.BLOCK and verdict.rule == "tools-closed"
            shown = await client.call("rules/get")
            assert shown["yaml"] == good, "the operator's own text comes back"
            assert [r["name"] for r in shown["rules"]] == ["tools-closed"]
            assert runtime.engine.config.control.backlog == before.control.backlog


async def test_principals_block_unblock_change_the_next_decision(tmp_path):
    async with running_proxy(tmp_path) as runtime:
        async with ControlClient(runtime.control.path) as client:
            assert (await runtime.engine.decide(tool_call("fs.read", "bob"))).permits
            blocked = await client.call(
                "principals/block",
                {"key": "user:bob", "duration": "15m", "reason": "suspicious", "by": "op"},
            )
            assert blocked["principal"]["blocked"] is True
            assert blocked["principal"]["block_reason"] == "suspicious"
            assert not (await runtime.engine.decide(tool_call("fs.read", "bob"))).permits
            listed = (await client.call("principals/list", {"blocked": True}))["principals"]
            assert [p["key"] for p in listed] == ["user:bob"]

            await client.call("principals/unblock", {"key": "user:bob"})
            assert (await runtime.engine.decide(tool_call("fs.read", "bob"))).permits
            with pytest.raises(OperatorError) as exc:
                await client.call("principals/unblock", {"key": "user:nobody"})
            assert exc.value.code == "not_found"
            with pytest.raises(OperatorError) as bad:
                await client.call("principals/block", {"key": "user:x", "duration": "soon"})
            assert bad.value.code == "bad_request"


async def test_status_stats_config_and_audit(tmp_path):
    extra = {**APPROVAL_RULES, "control": {"api_keys": ["sekret-operator-key"]}}
    async with running_proxy(tmp_path, extra) as runtime:
        for host in ("evil.example", "good.example", "good.example"):
            await runtime.engine.decide(
                Action(surface=Surface.EGRESS, target=Target(host=host, method="GET", path="/"))
            )
        async with ControlClient(runtime.control.path) as client:
            status = await client.call("status")
            assert status["listeners"]["control"] == str(runtime.control.path)
            assert status["rules"] == 2 and status["decisions"]["total"] == 3

            stats = await client.call("stats/get", {"top": 5})
            assert stats["by_decision"] == {"block": 1, "allow": 2}
            assert stats["top_hosts"][0] == {"host": "good.example", "requests": 2, "blocked": 0}
            assert stats["latency_ms"]["samples"] == 3
            assert len(stats["series"]["decisions"]) == 60

            config = (await client.call("config/get"))["config"]
            assert config["control"]["api_keys"] == ["…"], "keys never leave the proxy"

            await eventually(lambda: runtime.ledger.written >= 3)
            records = (await client.call("audit/query", {"decision": ["block"]}))["records"]
            assert [r["host"] for r in records] == ["evil.example"]
            summary = await client.call("audit/stats")
            assert summary["total"] == 3
            with pytest.raises(OperatorError):
                await client.call("audit/query", {"decision": ["maybe"]})


async def test_client_says_plainly_when_nothing_runs(tmp_path):
    with pytest.raises(ControlError) as exc:
        async with ControlClient(tmp_path / "none.sock"):
            pass
    assert "no secproxy is running" in exc.value.message
    assert "secproxy serve" in (exc.value.hint or "")


async def test_stale_socket_is_replaced_and_a_live_one_is_not(tmp_path):
    async with running_proxy(tmp_path) as first:
        path = first.control.path
        # Another state directory (its own ledger, whose writer would otherwise refuse
        # first: one writer per ledger file), the same control socket.
        (tmp_path / "other").mkdir()
        with pytest.raises(ListenError, match="already serving"):
            async with running_proxy(tmp_path / "other", {"control": {"socket": str(path)}}):
                pass
        assert path.exists()
    import socket

    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # bound, never listening: what a crash leaves behind
    async with running_proxy(tmp_path) as second:
        async with ControlClient(second.control.path) as client:
            assert (await client.call("ping"))["pong"]


async def test_stopping_the_proxy_closes_attached_clients(tmp_path):
    async with running_proxy(tmp_path) as runtime:
        client = ControlClient(runtime.control.path)
        await client.connect()
        await client.subscribe()
    await asyncio.wait_for(client.wait_closed(), 5)
    assert not client.connected
    with pytest.raises(ControlError):
        await client.call("ping")
    await client.close()


async def test_config_view_hides_every_secret(tmp_path):
    slack = "https://hooks.slack.example/services/T000/B000/XXXXSECRETXXXX"
    extra = {
        "control": {"api_keys": ["sekret-operator-key"]},
        "egress": {"users": [{"name": "agent", "password": "pw-in-clear-9"}]},
        "ws": {"upstream": None, "lock": {"strategy": "validation_token",
                                          "token": "gateway-lock-token-123", "enforce": False}},
        "alerts": {"webhooks": [
            {"name": "ops", "url": slack, "format": "slack"},
            {"name": "siem", "url": "https://user:pw@siem.example/in?key=abc",
             "format": "generic", "headers": {"Authorization": "Bearer siem-token-456"}},
        ]},
    }
    async with running_proxy(tmp_path, extra) as runtime:
        assert runtime.control is not None
        async with ControlClient(runtime.control.path) as client:
            reply = await client.call("config/get")
    text = json.dumps(reply)
    for secret in ("sekret-operator-key", "pw-in-clear-9", "gateway-lock-token-123",
                   "XXXXSECRETXXXX", "T000", "siem-token-456", "key=abc", "user:pw"):
        assert secret not in text, secret
    config = reply["config"]
    hooks = config["alerts"]["webhooks"]
    assert [h["url"] for h in hooks] == ["https://hooks.slack.example/…",
                                         "https://siem.example/…"]
    assert hooks[1]["headers"] == {"Authorization": "…"}
    assert config["egress"]["users"][0]["name"] == "agent"  # what is not secret stays
