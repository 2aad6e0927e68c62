"""Approval detail and "approve always" at 80x24, with Pilot against a real proxy: the
held POST shows its method, URL and headers (secrets masked) and why it is held; Y
approves it and adds a rule, so the same request passes next time without holding; the
ledger record names the approver and how long it was held."""

from __future__ import annotations

import asyncio
import json

import pytest
from textual.widgets import Static

from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually, running_proxy
from tui.app import SecproxyConsole
from tui.widgets.table import FittedTable

pytestmark = pytest.mark.functional
RULES = {"rules": [
    {"name": "no-evil", "match": "evil.example", "action": "deny"},
    {"name": "uploads", "match": "files.example/up", "action": "require_approval",
     "reason": "uploads need an operator"},
]}
TOKEN = "ghp_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2"


def upload() -> Action:
    return Action(Surface.EGRESS, principal=Principal(user="bob"),
                  target=Target(host="files.example", method="POST", path="/up"),
                  metadata={"headers": {"Authorization": f"token {TOKEN}",
                                        "X-Trace": "t-1"}})


async def test_approval_detail_and_approve_always(tmp_path):
    async with running_proxy(tmp_path, RULES) as runtime:
        app = SecproxyConsole(runtime.control.path, operator="tester", retry=(0.05, 0.2))
        async with app.run_test(size=(80, 24)) as pilot:
            await eventually(lambda: app.connection.state.connected)
            engine = runtime.engine
            held = asyncio.ensure_future(engine.decide(upload()))
            rows = app.query_one("#approvals-table", FittedTable)
            await eventually(lambda: rows.row_count == 1, message="held")
            await pilot.press("a")
            detail = str(app.query_one("#approval-detail", Static).render())
            assert "POST files.example/up" in detail
            assert "uploads need an operator (rule uploads)" in detail
            assert "X-Trace: t-1" in detail and "Authorization" in detail
            assert TOKEN not in detail

            await pilot.press("Y")
            verdict = await asyncio.wait_for(held, 5)
            assert verdict.decision is Decision.ALLOW
            await eventually(lambda: engine.config.rules[1].name == "allow-files.example-up",
                             message="rule added before the one that held it")
            assert [r.name for r in engine.config.rules] == [
                "no-evil", "allow-files.example-up", "uploads"]
            again = await asyncio.wait_for(engine.decide(upload()), 2)
            assert again.decision is Decision.ALLOW and again.approval_id is None

            async def record() -> dict | None:
                found = await app.connection.call("audit/query", {"decision": "allow"})
                return next((r for r in found["records"]
                             if r.get("approval_id") == verdict.approval_id), None)

            deadline = asyncio.get_running_loop().time() + 5
            row = await record()
            while row is None and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.05)
                row = await record()
            assert row is not None, "the held request's record"
            fields = json.loads(row["metadata"])["approval"] if isinstance(
                row["metadata"], str) else row["metadata"]["approval"]
            assert fields["by"] == "tester" and fields["state"] == "approved"
            assert fields["note"] == "approved always: rule allow-files.example-up"
            assert fields["held_ms"] >= 0
