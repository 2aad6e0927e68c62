"""A tracked decision is masked once: its record carries the announcement's masked copies
while nothing changed, and is masked anew when the surface changed the action or the
verdict after the announcement. Checked in the real ledger of a running proxy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from secproxy.audit.query import Filters
from secproxy.events import DecisionEvent, Event
from secproxy.model import Action, Finding, Principal, Severity, Surface, Target
from secproxy.runtime import Runtime
from tests.helpers import running_proxy

TOKEN = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"


def request(request_id: str) -> Action:
    return Action(Surface.EGRESS, principal=Principal(ip="10.0.0.1"),
                  target=Target("api.example.com", 443, "https", "/v1/items", None, "GET"),
                  metadata={"headers": {"host": "api.example.com",
                                        "authorization": f"Bearer {TOKEN}",
                                        "x-note": f"token {TOKEN}"}},
                  request_id=request_id)


async def records(rt: Runtime) -> dict[str, dict[str, Any]]:
    await rt.ledger.flush()
    return {r["request_id"]: r for r in rt.ledger.reader().query(Filters(limit=100))}


async def test_a_tracked_record_is_masked_however_the_surface_changed_it(
        tmp_path: Path) -> None:
    decided: list[DecisionEvent] = []

    def seen(event: Event) -> None:
        if isinstance(event, DecisionEvent):
            decided.append(event)

    async with running_proxy(tmp_path) as rt:
        rt.engine.bus.add_listener(seen, kinds={"decision"})
        async with rt.engine.track(request("same")) as t:
            t.outcome.status = 200
        async with rt.engine.track(request("meta-added")) as t:
            t.action.metadata["upstream_answer"] = f"key={TOKEN}"
        async with rt.engine.track(request("meta-replaced")) as t:
            t.action.metadata["headers"] = {"cookie": f"session={TOKEN}"}
        async with rt.engine.track(request("finding-added")) as t:
            t.verdict.findings.append(
                Finding("egress", "note", f"body held {TOKEN}", Severity.INFO))
        async with rt.engine.track(request("reason-set")) as t:
            t.verdict.reason = f"upstream said {TOKEN}"
        found = await records(rt)
    assert set(found) == {"same", "meta-added", "meta-replaced", "finding-added",
                          "reason-set"}
    for request_id, record in found.items():
        assert TOKEN not in json.dumps(record), request_id
    # unchanged: the record holds what the announcement published (one masking)
    headers = found["same"]["metadata"]["headers"]
    announced = next(e for e in decided if e.action.request_id == "same")
    assert headers == announced.action.metadata["headers"]
    assert headers["authorization"] == "[REDACTED]" and headers["host"] == "api.example.com"
    assert found["same"]["status"] == 200
    # changed after the announcement: what changed is in the record, masked
    assert "upstream_answer" in found["meta-added"]["metadata"]
    assert set(found["meta-replaced"]["metadata"]["headers"]) == {"cookie"}
    assert any(f["category"] == "note" for f in found["finding-added"]["findings"])
    assert found["reason-set"]["reason"].startswith("upstream said")


async def test_strict_durability_intent_and_record_are_masked(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, {"audit": {"durability": "strict"}}) as rt:
        async with rt.engine.track(request("strict")) as t:
            t.outcome.status = 204
        found = await records(rt)
    assert found["strict"]["status"] == 204
    assert TOKEN not in json.dumps(found["strict"])
    assert found["strict"]["metadata"]["headers"]["authorization"] == "[REDACTED]"
