"""One principal cannot fill the approval queue: past `max_pending_per_principal` held
at once its further actions are refused (approval_overflow), while another principal's
still wait for an operator."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional

CONFIG = {
    "rules": [{"name": "ask", "tools": ["deploy.*"], "action": "require_approval"}],
    "approvals": {"max_pending": 10, "max_pending_per_principal": 2},
}


def call(user: str, i: int) -> Action:
    return Action(Surface.TOOL, principal=Principal(user=user),
                  target=Target(tool=f"deploy.step{i}"))


async def test_one_principal_holds_its_share_and_no_more(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as rt:
        approvals = rt.engine.approvals
        held = [asyncio.create_task(rt.engine.decide(call("flood", i))) for i in range(2)]
        await eventually(lambda: len(approvals.pending()) == 2, message="two held")
        third = await asyncio.wait_for(rt.engine.decide(call("flood", 2)), 5)
        assert third.decision is Decision.BLOCK
        assert [f.category for f in third.findings] == ["approval_overflow"]
        other = asyncio.create_task(rt.engine.decide(call("builder", 0)))
        await eventually(lambda: len(approvals.pending()) == 3, message="another's held")
        assert not other.done()
        for approval in approvals.pending():
            approvals.resolve(approval.id, approve=True, by="test")
        verdicts = await asyncio.gather(*held, other)
    assert [v.decision for v in verdicts] == [Decision.ALLOW] * 3
