"""The WebSocket relay deciding frames: MCP tool calls, redaction, approvals, taint,
malformed frames, batches and the generic adapter."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect

from secproxy.content import Role, Slot
from secproxy.control.protocol import decision_payload
from secproxy.events import DecisionEvent
from secproxy.guards import BaseGuard, GuardContext, GuardPolicy, Hit
from secproxy.model import Decision, Direction, Principal, Severity
from tests.surfaces.ws_support import (
    SECRET,
    Relay,
    call,
    rpc,
    running_gateway,
    running_relay,
    until,
)
from tui import formatting

pytestmark = pytest.mark.functional

SHELL_RULES = [
    {"name": "no-rm", "tools": ["fs.delete*"], "surfaces": ["ws"], "action": "deny",
     "reason": "deleting files is not allowed"},
    {"name": "shell-needs-ok", "tools": ["shell.*"], "surfaces": ["ws"],
     "action": "require_approval", "reason": "shell commands need an operator"},
]
REDACT = {"redact_patterns": [{"name": "openai_key", "pattern": "sk-[A-Za-z0-9]{20,}"}]}


async def recv_json(ws: ClientConnection) -> Any:
    return json.loads(await ws.recv())


def frame_records(relay: Relay) -> list[Any]:
    return [r for r in relay.records() if r.action.target.method != "CONNECT"]


async def test_tool_call_allowed_and_recorded() -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("calc.add", {"a": 1, "b": 2}, id="req-1"))
            answer = await recv_json(ws)
        assert answer["id"] == "req-1"
        assert answer["result"]["content"][0]["text"] == 'ran calc.add with {"a": 1, "b": 2}'
        records = frame_records(relay)  # written before the frames were relayed
        request = next(r for r in records if r.action.direction is Direction.REQUEST)
        assert request.action.target.tool == "calc.add"
        assert request.action.target.method == "tools/call"
        assert request.action.arguments == {"a": 1, "b": 2}
        assert request.verdict.decision is Decision.ALLOW


async def test_denied_tool_call_gets_a_jsonrpc_error_with_its_id() -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("fs.delete_tree", {"path": "/"}, id=42))
            answer = await recv_json(ws)
            await ws.send(call("calc.add", {"a": 1}, id=43))
            assert (await recv_json(ws))["id"] == 43
        assert answer["id"] == 42
        assert answer["error"]["code"] == -32001
        assert "deleting files is not allowed" in answer["error"]["message"]
        assert answer["error"]["data"]["rule"] == "no-rm"
        assert [m["params"]["name"] for m in gw.texts()] == ["calc.add"]
        blocked = [r for r in frame_records(relay) if r.verdict.decision is Decision.BLOCK]
        assert blocked[0].action.target.tool == "fs.delete_tree"


@pytest.mark.parametrize("frame", [
    # the denied tool first: a receiver keeping the first value would run it, while a
    # parser keeping the last decided an allowed one
    '{"jsonrpc": "2.0", "id": 44, "method": "tools/call", '
    '"params": {"name": "fs.delete_tree", "name": "calc.add", "arguments": {}}}',
    '{"jsonrpc": "2.0", "id": 44, "method": "tools/call", "method": "calc/add", '
    '"params": {"name": "calc.add", "arguments": {"a": 1, "a": 2}}}',
])
async def test_a_call_naming_a_key_twice_is_refused(frame: str) -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(frame)
            answer = await recv_json(ws)
            await ws.send(call("calc.add", {"a": 1}, id=45))
            assert (await recv_json(ws))["id"] == 45
        assert "twice in one object" in answer["error"]["message"]
        assert [m["params"]["name"] for m in gw.texts()] == ["calc.add"]
        assert any(r.verdict.decision is Decision.BLOCK for r in frame_records(relay))


async def test_blocked_notification_is_not_answered() -> None:
    rules = [{"name": "no-cancel", "methods": ["notifications/cancelled"], "surfaces": ["ws"],
              "action": "deny"}]
    async with running_gateway() as gw, running_relay(gw.url, rules=rules) as relay:
        async with connect(relay.url) as ws:
            await ws.send(rpc("notifications/cancelled", {"requestId": 1}))
            await ws.send(call("echo", id=5))
            assert (await recv_json(ws))["id"] == 5  # the first answer is the call's
        assert [m.get("id") for m in gw.texts()] == [5]


async def test_output_rule_masks_a_key_in_a_tool_result() -> None:
    async with running_gateway() as gw, running_relay(gw.url, REDACT) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("secret.read", id=1))
            answer = await recv_json(ws)
        text = answer["result"]["content"][0]["text"]
        assert SECRET not in text
        assert text == "the key is [REDACTED:openai_key] keep it safe"
        assert answer["result"]["isError"] is False
        result = next(r for r in frame_records(relay) if r.action.direction is Direction.RESPONSE)
        assert result.verdict.decision is Decision.ALLOW_WITH_REDACTION
        assert result.verdict.findings[0].category == "redaction"
        assert result.action.metadata["tool"] == "secret.read"
        # Operators see it as the result of that tool (console, approvals, summaries).
        assert result.action.summary() == "ws result of secret.read"
        payload = decision_payload(DecisionEvent(result.action, result.verdict))
        assert formatting.target(payload) == "result of secret.read"
        # A result with findings raised the session's taint.
        assert relay.engine.sessions.taint_of(result.action.session,
                                              result.action.principal) == 1


async def test_request_redaction_when_enabled() -> None:
    ws_cfg = {**REDACT, "redact_requests": True}
    async with running_gateway() as gw, running_relay(gw.url, ws_cfg) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("notes.save", {"title": "t", "body": f"line1\nkey {SECRET}"}))
            await recv_json(ws)
    sent = gw.texts()[0]["params"]["arguments"]
    assert sent == {"title": "t", "body": "line1\nkey [REDACTED:openai_key]"}
    request = next(r for r in frame_records(relay) if r.action.direction is Direction.REQUEST)
    assert request.verdict.decision is Decision.ALLOW_WITH_REDACTION


async def _approve_first_pending(relay: Relay) -> str:
    pending = await until(relay.engine.approvals.pending, what="a pending approval")
    approval = pending[0]
    relay.engine.approvals.resolve(approval.id, approve=True, by="test-operator")
    return str(approval.summary)


async def test_held_call_is_relayed_after_approval_keeping_order() -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws, connect(relay.url) as other:
            await ws.send(call("shell.exec", {"cmd": "ls"}, id=1))
            await ws.send(call("calc.add", {"a": 1}, id=2))  # queued behind the held frame
            await until(relay.engine.approvals.pending)
            # Other connections are not held.
            await other.send(call("calc.add", {"a": 9}, id=99))
            assert (await recv_json(other))["id"] == 99
            assert [m["id"] for m in gw.texts()] == [99]
            summary = await _approve_first_pending(relay)
            answers = [await recv_json(ws), await recv_json(ws)]
        assert "shell.exec" in summary
        assert [a["id"] for a in answers] == [1, 2]
        assert [m["id"] for m in gw.texts()] == [99, 1, 2]
        held = next(r for r in frame_records(relay) if r.action.target.tool == "shell.exec")
        assert held.verdict.decision is Decision.ALLOW
        assert held.verdict.approval_id is not None


async def test_held_call_expires_and_is_denied() -> None:
    async with running_gateway() as gw, \
            running_relay(gw.url, rules=SHELL_RULES, approvals={"timeout": 0.3}) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("shell.exec", {"cmd": "reboot"}, id=7))
            await ws.send(call("calc.add", {"a": 1}, id=8))
            denied = await recv_json(ws)
            after = await recv_json(ws)
        assert denied["id"] == 7
        assert "expired" in denied["error"]["message"]
        assert denied["error"]["data"]["category"] == "approval_expired"
        assert after["id"] == 8
        assert [m["id"] for m in gw.texts()] == [8]


async def test_client_leaving_withdraws_its_held_frame() -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("shell.exec", {"cmd": "ls"}, id=1))
            await until(relay.engine.approvals.pending)
        await until(lambda: not relay.engine.approvals.pending(), what="approval withdrawn")
        assert gw.texts() == []


async def test_taint_from_an_untrusted_tool_requires_approval_for_sensitive_tools() -> None:
    rules = [{"name": "tainted-shell", "tools": ["shell.*"], "surfaces": ["ws"],
              "min_taint": 2, "action": "require_approval"}]
    ws_cfg = {"untrusted_tools": ["web.*", "fetch*"]}
    async with running_gateway() as gw, \
            running_relay(gw.url, ws_cfg, rules=rules, approvals={"timeout": 0.3}) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("shell.exec", {"cmd": "ls"}, id=1))
            assert "result" in await recv_json(ws)  # clean session: allowed
            await ws.send(call("web.fetch", {"url": "http://example.test"}, id=2))
            assert "result" in await recv_json(ws)
            await ws.send(call("shell.exec", {"cmd": "ls"}, id=3))
            pending = await until(relay.engine.approvals.pending)
            assert pending[0].rule == "tainted-shell"
            relay.engine.approvals.resolve(pending[0].id, approve=False, by="op")
            denied = await recv_json(ws)
        assert denied["id"] == 3 and denied["error"]["data"]["category"] == "approval_denied"
        first = frame_records(relay)[0].action
        state = relay.engine.sessions.get(first.session, first.principal)
        assert state is not None and state.taint == 2
        assert state.taint_source == "result of untrusted tool web.fetch"
        # A new connection is a new session, but not a clean one: the taint marked the
        # principal (its address), so reconnecting does not shed it.
        async with connect(relay.url) as fresh:
            await fresh.send(call("shell.exec", {"cmd": "ls"}, id=4))
            pending = await until(relay.engine.approvals.pending)
            assert pending[0].rule == "tainted-shell"
            relay.engine.approvals.resolve(pending[0].id, approve=False, by="op")
            assert (await recv_json(fresh))["error"]["data"]["category"] == "approval_denied"


LOCAL = Principal(ip="127.0.0.1")
"""The relay's clients: a session is its principal's."""
_TAINTED_SHELL = [{"name": "tainted-shell", "tools": ["shell.*"], "surfaces": ["ws"],
                   "min_taint": 2, "action": "deny"}]


async def _taint_then_reconnect(relay_url: str, first: dict[str, str],
                                second: dict[str, str]) -> dict[str, Any]:
    """Taint one connection with an untrusted tool's result, then call the shell on a new
    connection (handshake headers `first`, `second`): the second call's answer."""
    async with connect(relay_url, additional_headers=first) as ws:
        await ws.send(call("web.fetch", {"url": "http://example.test"}, id=1))
        assert "result" in await recv_json(ws)
    async with connect(relay_url, additional_headers=second) as ws:
        await ws.send(call("shell.exec", {"cmd": "ls"}, id=2))
        return await recv_json(ws)


async def test_taint_is_not_shed_by_a_new_session_name_or_agent_name() -> None:
    ws_cfg = {"untrusted_tools": ["web.*"], "session_header": "X-Session",
              "agent_header": "X-Agent"}
    async with running_gateway() as gw, \
            running_relay(gw.url, ws_cfg, rules=_TAINTED_SHELL) as relay:
        answer = await _taint_then_reconnect(
            relay.url, {"X-Session": "s1", "X-Agent": "bot"},
            {"X-Session": "s2", "X-Agent": "another-bot"})
        assert answer["error"]["data"]["category"] == "denied_by_rule"
        fresh = relay.engine.sessions.get("s2", LOCAL)
        assert fresh is not None and fresh.taint == 0  # the session itself is new
    assert [m["params"]["name"] for m in gw.texts()] == ["web.fetch"]


async def test_taint_scope_session_ends_the_taint_with_the_session() -> None:
    ws_cfg = {"untrusted_tools": ["web.*"], "session_header": "X-Session"}
    async with running_gateway() as gw, \
            running_relay(gw.url, ws_cfg, rules=_TAINTED_SHELL,
                          sessions={"taint_scope": "session"}) as relay:
        answer = await _taint_then_reconnect(relay.url, {"X-Session": "s1"},
                                             {"X-Session": "s2"})
        assert "result" in answer
        assert relay.engine.sessions.taint_of("s1", LOCAL) == 2


async def test_malformed_frame_is_answered_and_the_connection_stays() -> None:
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        async with connect(relay.url) as ws:
            await ws.send("{not json")
            parse_error = await recv_json(ws)
            await ws.send(json.dumps({"jsonrpc": "2.0", "id": 3, "method": 5}))
            invalid = await recv_json(ws)
            await ws.send(call("echo", id=4))
            assert (await recv_json(ws))["id"] == 4
        assert parse_error["id"] is None and parse_error["error"]["code"] == -32700
        assert invalid["id"] == 3 and invalid["error"]["code"] == -32600
        assert [m["id"] for m in gw.texts()] == [4]
        malformed = [r for r in frame_records(relay)
                     if r.verdict.findings and r.verdict.findings[0].category == "malformed"]
        assert len(malformed) == 2
        assert all(r.verdict.decision is Decision.BLOCK for r in malformed)


async def test_malformed_frames_pass_when_configured() -> None:
    async with running_gateway() as gw, \
            running_relay(gw.url, {"on_malformed": "pass"}) as relay:
        async with connect(relay.url) as ws:
            await ws.send("plain text")
            assert await ws.recv() == "plain text"  # the gateway echoed it, also malformed
        records = frame_records(relay)
        assert {r.action.direction for r in records} == {Direction.REQUEST, Direction.RESPONSE}
        assert all(r.verdict.decision is Decision.ALLOW for r in records)
        assert all(r.verdict.findings[0].category == "malformed" for r in records)


async def test_batch_forwards_allowed_elements_and_answers_blocked_ones() -> None:
    batch = json.dumps([
        json.loads(call("calc.add", {"a": 1}, id=1)),
        json.loads(call("fs.delete", {"path": "/"}, id=2)),
        json.loads(rpc("notifications/progress", {"p": 1})),
    ])
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(batch)
            first, second = await recv_json(ws), await recv_json(ws)
    errors, results = (first, second) if "error" in first[0] else (second, first)
    assert [e["id"] for e in errors] == [2]
    assert [r["id"] for r in results] == [1]
    forwarded = gw.texts()[0]
    assert [m.get("id") for m in forwarded] == [1, None]
    assert len(frame_records(relay)) >= 3


async def test_a_batch_that_uses_one_id_twice_is_refused_whole() -> None:
    # An allowed and a denied call under one id: the allowed one went to the gateway and
    # the denied one was answered here, so the client got two answers for that id (and
    # could take the refusal's for the call that ran, or the other way round).
    batch = json.dumps([
        json.loads(call("calc.add", {"a": 1}, id=7)),
        json.loads(call("fs.delete", {"path": "/"}, id=7)),
    ])
    fine = json.dumps([json.loads(call("calc.add", {"a": 1}, id=7)),
                       json.loads(rpc("tools/list", {}, id="7"))])
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(batch)
            refused = await recv_json(ws)
            await ws.send(fine)  # 7 and "7" are two ids
            answers = await recv_json(ws)
        assert refused["id"] is None and refused["error"]["code"] == -32600
        assert "the id 7 twice" in refused["error"]["message"]
        assert [m.get("id") for m in gw.texts()[0]] == [7, "7"]  # the batch never went on
        assert sorted(str(a["id"]) for a in answers) == ["7", "7"]
        record = next(r for r in frame_records(relay)
                      if r.verdict.findings and r.verdict.findings[0].category == "duplicate_id")
        assert record.verdict.decision is Decision.BLOCK
        assert record.action.direction is Direction.REQUEST


async def test_generic_adapter_paths() -> None:
    ws_cfg = {"adapter": "generic", **REDACT,
              "generic": {"kind_path": "type", "call_kinds": ["tool_call"],
                          "tool_path": "tool.name", "arguments_path": "tool.args",
                          "content_path": "output", "id_path": "id"}}
    rules = [{"name": "no-shell", "tools": ["shell.*"], "surfaces": ["ws"], "action": "deny"}]
    async with running_gateway() as gw, running_relay(gw.url, ws_cfg, rules=rules) as relay:
        async with connect(relay.url) as ws:
            await ws.send(json.dumps({"type": "tool_call", "id": "a",
                                      "tool": {"name": "shell.run", "args": {"c": "ls"}}}))
            blocked = await recv_json(ws)
            frame = json.dumps({"type": "tool_result", "id": "b", "output": f"key {SECRET}"})
            await ws.send(frame)  # the gateway echoes it back: the echo is a gateway result
            echoed = await recv_json(ws)
        assert blocked == {"type": "error", "id": "a", "error": {
            "code": -32001, "message": blocked["error"]["message"],
            "data": blocked["error"]["data"]}}
        assert "denied by rule no-shell" in blocked["error"]["message"]
        assert gw.received == [frame]
        assert echoed["output"] == "key [REDACTED:openai_key]"
        calls = [r for r in frame_records(relay) if r.action.target.tool == "shell.run"]
        assert calls[0].action.arguments == {"c": "ls"}


class InjectionGuard(BaseGuard):
    """A stand-in for the later guard families: blocks gateway text that says so."""

    def __init__(self) -> None:
        super().__init__("test-injection",
                         policy=GuardPolicy(directions=frozenset({Direction.RESPONSE})))

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        if any("ignore previous instructions" in s.text for s in slots):
            return [Hit("injection", "prompt injection", Severity.HIGH)]
        return []


async def test_blocked_gateway_result_is_replaced_by_an_error_for_its_id() -> None:
    async with running_gateway() as gw, \
            running_relay(gw.url, guard_factory=lambda config: [InjectionGuard()]) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("web.fetch", {"url": "http://example.test"}, id=2))
            replaced = await recv_json(ws)
            await ws.send(call("calc.add", id=3))
            assert "result" in await recv_json(ws)
        assert replaced["id"] == 2
        assert replaced["error"]["data"]["category"] == "injection"
        blocked = [r for r in frame_records(relay) if r.verdict.decision is Decision.BLOCK]
        assert blocked[0].action.metadata["tool"] == "web.fetch"
        # Blocked content never reached the agent: no taint from it.
        assert relay.engine.sessions.taint_of(blocked[0].action.session,
                                              blocked[0].action.principal) == 0


class RoleRecorder(BaseGuard):
    """Remembers the roles of the slots it was shown."""

    def __init__(self) -> None:
        super().__init__("roles", policy=GuardPolicy(action="log"))
        self.seen: list[tuple[Direction, list[Role]]] = []

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        self.seen.append((ctx.action.direction, [s.role for s in slots]))
        return []


async def test_guards_see_tool_arguments_and_results_by_role_even_as_one_string() -> None:
    # A tool result of one string used to reach the guards as a plain frame, so a guard
    # could not weigh indirect injection in what a tool returned.
    recorder = RoleRecorder()
    async with running_gateway() as gw, \
            running_relay(gw.url, guard_factory=lambda config: [recorder]) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("web.fetch", {"url": "http://example.test"}, id=2))
            await recv_json(ws)
        assert relay is not None
    assert (Direction.REQUEST, [Role.TOOL_CALL]) in recorder.seen
    assert any(d is Direction.RESPONSE and roles and set(roles) == {Role.TOOL_RESULT}
               for d, roles in recorder.seen), recorder.seen
