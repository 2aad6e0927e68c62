"""Approvals: a held action waits; approve lets it pass, deny and expiry fail closed."""

from __future__ import annotations

import asyncio

import pytest

from secproxy.config import load_config
from secproxy.engine import ApprovalError, Engine
from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually

CONFIG = """
approvals: {timeout: 0.3s}
rules:
  - {name: shell, tools: ["shell.*"], action: require_approval, reason: shell needs a human}
  - {name: rm, tools: ["fs.delete"], action: deny}
"""


def shell(cmd: str = "ls -la") -> Action:
    return Action(
        Surface.TOOL,
        principal=Principal(agent="planner"),
        session="s1",
        target=Target(tool="shell.exec"),
        arguments={"cmd": cmd},
    )


def make_engine(timeout: str = "5s") -> Engine:
    return Engine(load_config(text=CONFIG.replace("0.3s", timeout), env={}))


async def test_approve_lets_the_action_through() -> None:
    e = make_engine()
    sub = e.bus.subscribe("t", kinds={"approval"})
    task = asyncio.ensure_future(e.decide(shell(), audit=False))
    pending = await eventually(e.approvals.pending, message="a pending approval")
    approval = pending[0]
    assert approval.rule == "shell" and approval.reason == "shell needs a human"
    assert approval.detail["tool"] == "shell.exec"
    assert approval.detail["arguments"] == {"cmd": "ls -la"}
    assert approval.fingerprint == shell().fingerprint()
    assert not task.done()
    e.approvals.resolve(approval.id, approve=True, by="alice", note="looks fine")
    verdict = await task
    assert verdict.decision is Decision.ALLOW
    assert verdict.approval_id == approval.id
    assert verdict.findings[-1].message == "approved by alice: looks fine"
    states = [ev.state for ev in sub.drain(10)]
    assert states == ["opened", "approved"]
    with pytest.raises(ApprovalError, match="already approved by alice"):
        e.approvals.resolve(approval.id, approve=False, by="bob")


async def test_deny_fails_closed() -> None:
    e = make_engine()
    task = asyncio.ensure_future(e.decide(shell("rm -rf /"), audit=False))
    (approval,) = await eventually(e.approvals.pending)
    e.approvals.resolve(approval.id, approve=False, by="bob", note="no way")
    verdict = await task
    assert verdict.decision is Decision.BLOCK
    assert verdict.category == "approval_denied"
    assert verdict.reason == "denied by bob: no way"


async def test_expiry_fails_closed() -> None:
    e = make_engine("0.3s")
    verdict = await e.decide(shell(), audit=False)
    assert verdict.decision is Decision.BLOCK
    assert verdict.category == "approval_expired"
    assert e.approvals.pending() == []
    assert e.approvals.get(verdict.approval_id).state == "expired"


async def test_unknown_approval_id() -> None:
    e = make_engine()
    with pytest.raises(ApprovalError, match="no pending approval"):
        e.approvals.resolve("nope", approve=True, by="x")


async def test_approval_never_skips_other_checks() -> None:
    e = Engine(
        load_config(
            text="""
tracking: {blocklist: ["agent:planner"]}
rules:
  - {name: shell, tools: ["shell.*"], action: require_approval}
""",
            env={},
        )
    )
    verdict = await asyncio.wait_for(e.decide(shell(), audit=False), 2)
    assert verdict.decision is Decision.BLOCK and verdict.category == "principal_blocked"
    assert e.approvals.pending() == []


async def test_shutdown_denies_pending() -> None:
    e = make_engine()
    task = asyncio.ensure_future(e.decide(shell(), audit=False))
    await eventually(e.approvals.pending)
    e.shutdown()
    verdict = await task
    assert verdict.decision is Decision.BLOCK and verdict.category == "approval_expired"


async def test_cancelled_waiter_expires_its_approval_and_is_recorded() -> None:
    e = make_engine()
    records = e.bus.subscribe("t", kinds={"record"})
    task = asyncio.ensure_future(e.decide(shell()))
    (approval,) = await eventually(e.approvals.pending)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert approval.state == "expired" and e.approvals.pending() == []
    (record,) = records.drain(10)
    assert record.verdict.decision is Decision.BLOCK
    assert record.verdict.approval_id == approval.id
    assert record.outcome.error == "cancelled"
