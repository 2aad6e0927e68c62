"""Pending approvals live across instances (issue 17), through the real control socket of
two in-process proxies on one real redis-server: a console attached to B sees the
approval A holds appear and go without asking (events, no list), resolving it over B's
socket releases A's action, and an approval answered on A leaves B's console at once.
Only the owner counts and alerts on its approvals."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from secproxy.control.client import ControlClient
from secproxy.engine.pipeline import Hold
from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually, running_proxy
from tests.scale_redis.conftest import RedisServer

pytestmark = pytest.mark.functional


def config(redis: RedisServer) -> str:
    return (f"state: {{backend: redis, url: '{redis.url}', heartbeat: 100ms}}\n"
            "approvals: {timeout: 60s}\n"
            "rules:\n  - {name: held, tools: ['deploy.*'], action: require_approval}\n")


def call(tool: str) -> Action:
    return Action(Surface.TOOL, principal=Principal(user="agent-7"), target=Target(tool=tool),
                  arguments={"env": "prod"})


def of_type(events: list[dict[str, Any]], kind: str, tool: str) -> list[dict[str, Any]]:
    return [e["payload"] for e in events if e["type"] == kind
            and f"tool {tool}" in str(e["payload"].get("summary"))]


async def test_a_console_on_one_instance_sees_and_resolves_the_others_approvals_live(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    async with (running_proxy(tmp_path / "a", config(redis_server)) as a,
                running_proxy(tmp_path / "b", config(redis_server)) as b):
        await eventually(lambda: a.engine.shared.up and b.engine.shared.up)
        events: list[dict[str, Any]] = []
        async with ControlClient(b.control.path, on_event=events.append) as console:
            await console.subscribe(backlog=False)

            held = asyncio.ensure_future(a.engine.decide(call("deploy.api")))
            opened = await eventually(lambda: of_type(events, "approval/opened", "deploy.api"),
                                      timeout=10, message="A's approval on B's console")
            assert opened[0]["instance"] == a.engine.shared.id
            assert opened[0]["state"] == "pending"
            done = await console.call("approvals/resolve", {
                "id": opened[0]["id"], "approve": True, "by": "ops@b", "note": "go"})
            assert done["approval"]["state"] == "approved"
            verdict = await asyncio.wait_for(held, 20)
            assert verdict.decision is Decision.ALLOW
            assert any("approved by ops@b" in f.message for f in verdict.findings)

            # Held on A, answered on A: B's console drops it without being asked.
            pending = await a.engine.decide(call("deploy.db"), hold=Hold.RETURN)
            await eventually(lambda: of_type(events, "approval/opened", "deploy.db"),
                             timeout=10)
            a.engine.approvals.resolve(pending.approval_id or "", approve=False, by="ops@a")
            gone = await eventually(lambda: of_type(events, "approval/resolved", "deploy.db"),
                                    timeout=10, message="the answer on B's console")
            assert gone[0]["id"] == pending.approval_id and gone[0]["state"] == "denied"
            assert (await console.call("approvals/list"))["approvals"] == []

        # Each approval is counted (and alerted) once: by its owner.
        b_metrics = b.render_metrics()[0].decode()
        a_metrics = a.render_metrics()[0].decode()
        assert 'secproxy_approvals_total{state="opened"} 2.0' in a_metrics
        assert 'secproxy_approvals_total{state="opened"}' not in b_metrics
