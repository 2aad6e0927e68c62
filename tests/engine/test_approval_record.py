"""What an approval shows and what the ledger keeps of it: an HTTP request's headers
(secrets masked), and the approver, note and time held as fields of the record."""

from __future__ import annotations

import asyncio

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.events import RecordEvent
from secproxy.model import Action, Decision, Surface, Target
from tests.helpers import eventually

CONFIG = """
rules:
  - {name: uploads, match: "files.example/up", action: require_approval}
"""
TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"


def upload() -> Action:
    return Action(Surface.EGRESS, target=Target(host="files.example", method="POST",
                                                path="/up"),
                  metadata={"headers": {"Authorization": f"Bearer {TOKEN}",
                                        "Content-Type": "application/json"}})


async def test_the_record_says_who_approved_with_what_note_after_how_long(clock) -> None:
    e = Engine(load_config(text=CONFIG, env={}), clock=clock)
    records = e.bus.subscribe("ledger", kinds={"record"})
    task = asyncio.ensure_future(e.decide(upload()))
    approval = (await eventually(e.approvals.pending, message="held"))[0]
    headers = approval.detail["headers"]
    assert headers["Content-Type"] == "application/json"
    assert TOKEN not in str(approval.detail) and "Authorization" in headers
    clock.advance(42.5)
    e.approvals.resolve(approval.id, approve=True, by="amy", note=f"ok, key {TOKEN}")
    assert (await task).decision is Decision.ALLOW
    (event,) = [ev for ev in records.drain(10) if isinstance(ev, RecordEvent)]
    fields = event.action.metadata["approval"]
    assert fields["id"] == approval.id and fields["state"] == "approved"
    assert fields["by"] == "amy" and fields["held_ms"] == 42500.0
    assert fields["note"].startswith("ok, key ") and TOKEN not in fields["note"]
    assert fields["rule"] == "uploads"


async def test_an_expired_or_abandoned_hold_is_recorded_too(clock) -> None:
    e = Engine(load_config(text=CONFIG, env={}), clock=clock)
    records = e.bus.subscribe("ledger", kinds={"record"})
    task = asyncio.ensure_future(e.decide(upload()))
    await eventually(e.approvals.pending, message="held")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    (event,) = [ev for ev in records.drain(10) if isinstance(ev, RecordEvent)]
    assert event.action.metadata["approval"]["state"] == "expired"
    assert event.action.metadata["approval"]["by"] == "system"
