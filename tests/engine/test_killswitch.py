"""The kill switch: the first stage refuses every action on the covered surfaces (rules,
allowlists and proxy users notwithstanding), a reload does not lift it, switching is an
operator trail record, and the state store brings it back after a restart."""

from __future__ import annotations

import asyncio

import pytest

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.engine.killswitch import SURFACES, parse_surfaces
from secproxy.errors import SecproxyError
from secproxy.events import RecordEvent
from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.engine.conftest import FakeClock
from tests.helpers import eventually, running_proxy

CONFIG = """
tracking: {allowlist: ["ip:7.7.7.7"]}
rules:
  - {name: open, match: "*", action: allow}
"""


def egress(ip: str = "10.0.0.1") -> Action:
    return Action(Surface.EGRESS, principal=Principal(ip=ip),
                  target=Target(host="ok.example", path="/", method="GET"))


def tool(name: str = "search") -> Action:
    return Action(Surface.TOOL, target=Target(tool=name), arguments={})


async def test_deny_all_on_chosen_surfaces_until_lifted(clock: FakeClock) -> None:
    e = Engine(load_config(text=CONFIG, env={}), clock=clock)
    records: list[RecordEvent] = []
    e.bus.add_listener(lambda ev: records.append(ev) if isinstance(ev, RecordEvent) else None)
    assert (await e.decide(egress(), audit=False)).decision is Decision.ALLOW

    e.kill_switch.turn_on(parse_surfaces(["egress"]), by="alice", reason="incident 42")
    for action in (egress(), egress(ip="7.7.7.7")):  # allowlisted principals too
        v = await e.decide(action, audit=False)
        assert v.decision is Decision.BLOCK
        assert [f.category for f in v.findings] == ["kill_switch"]
        assert "by alice: incident 42" in (v.reason or "")
        assert "secproxy kill-switch off" in (v.reason or "")
        assert list(v.timings)[0] == "kill_switch"
    assert (await e.decide(tool(), audit=False)).decision is Decision.ALLOW, "not covered"

    e.reload(load_config(text=CONFIG, env={}))
    assert (await e.decide(egress(), audit=False)).decision is Decision.BLOCK, "reload keeps it"

    e.kill_switch.turn_off(by="bob")
    assert (await e.decide(egress(), audit=False)).decision is Decision.ALLOW
    trail = [(r.action.target.method, r.action.principal.key, r.verdict.reason)
             for r in records if r.action.surface is Surface.OPERATOR
             and "kill-switch" in str(r.action.target.method)]
    assert trail == [("kill-switch on", "user:alice", "deny-all for egress: incident 42"),
                     ("kill-switch off", "user:bob", "lifted (was on for egress)")]


def test_surfaces_are_named_or_all() -> None:
    assert parse_surfaces(None) == frozenset(SURFACES)
    assert parse_surfaces(["egress,llm"]) == {Surface.EGRESS, Surface.LLM}
    assert Surface.OPERATOR not in parse_surfaces(["all"])
    for bad in (["operator"], ["nope"]):
        with pytest.raises(SecproxyError, match="not a surface"):
            parse_surfaces(bad)


async def test_a_restart_does_not_lift_it(tmp_path) -> None:
    async with running_proxy(tmp_path, CONFIG) as rt:
        rt.engine.kill_switch.turn_on(parse_surfaces(["egress", "llm"]), by="alice")
        await eventually(lambda: rt.store.healthy)
    async with running_proxy(tmp_path, CONFIG) as rt:
        switch = rt.engine.kill_switch
        assert switch.to_dict()["surfaces"] == ["egress", "llm"] and switch.by == "alice"
        assert (await rt.engine.decide(egress(), audit=False)).decision is Decision.BLOCK
        switch.turn_off(by="alice")
    async with running_proxy(tmp_path, CONFIG) as rt:
        assert not rt.engine.kill_switch.on
        assert (await rt.engine.decide(egress(), audit=False)).decision is Decision.ALLOW


async def test_an_action_approved_after_the_switch_is_refused(clock: FakeClock) -> None:
    e = Engine(load_config(text="rules: [{name: ok, tools: [deploy], action: "
                                "require_approval}]", env={}), clock=clock)
    held = asyncio.ensure_future(e.decide(tool("deploy"), audit=False))
    await eventually(lambda: e.approvals.pending(), message="held")
    e.kill_switch.turn_on(parse_surfaces(["tool"]), by="alice")
    e.approvals.resolve(e.approvals.pending()[0].id, approve=True, by="bob")
    verdict = await asyncio.wait_for(held, 5)
    assert verdict.decision is Decision.BLOCK
    assert "kill_switch" in [f.category for f in verdict.findings]
