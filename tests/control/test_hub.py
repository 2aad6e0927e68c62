"""The event hub's backlog: events taken while no console is attached are encoded when
one attaches, in order, with their sequence numbers, and once only; decisions held so
give a late console the bytes a live one got, and keep nothing of the request."""

from __future__ import annotations

import asyncio
import gc
import json
import sys

from secproxy.control.hub import PENDING, EventHub
from secproxy.events import ConfigEvent, DecisionEvent, EventBus
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Finding,
    Principal,
    Severity,
    Surface,
    Target,
    Verdict,
)
from tests.helpers import eventually


def _seqs(lines: list[bytes]) -> list[int]:
    return [json.loads(line)["seq"] for line in lines]


async def test_backlog_taken_without_a_console_is_encoded_on_attach_in_order():
    bus = EventBus()
    hub = EventHub(bus, backlog=4)
    pump = asyncio.ensure_future(hub.run())
    try:
        for i in range(3):
            bus.emit(ConfigEvent(ok=True, source=f"before-{i}"))
        await eventually(lambda: hub.seq == 3)

        first, lines = hub.attach()
        assert _seqs(lines) == [1, 2, 3]
        assert [json.loads(line)["payload"]["source"] for line in lines] == [
            "before-0", "before-1", "before-2"]
        for i in range(2):
            bus.emit(ConfigEvent(ok=True, source=f"live-{i}"))
        live = await eventually(lambda: list(first.lines) if len(first.lines) == 2 else None)
        hub.detach(first)

        bus.emit(ConfigEvent(ok=False, source="after"))  # nobody attached: kept unencoded
        await eventually(lambda: hub.seq == 6)
        second, again = hub.attach()
        assert _seqs(again) == [3, 4, 5, 6]
        assert again[:3] == [lines[2], *live]  # the same bytes, not encoded a second time
        assert json.loads(again[3])["payload"]["ok"] is False
        _, bare = hub.attach(backlog=False)
        assert bare == []
    finally:
        pump.cancel()
        hub.close()


async def test_a_backlog_longer_than_the_pending_envelopes_keeps_every_event_in_order():
    bus = EventBus()
    hub = EventHub(bus, backlog=PENDING + 300)
    short = EventHub(bus, backlog=5)
    pumps = [asyncio.ensure_future(h.run()) for h in (hub, short)]
    try:
        for i in range(PENDING + 200):
            bus.emit(ConfigEvent(ok=True, source=str(i)))
        await eventually(lambda: hub.seq == short.seq == PENDING + 200)
        _, lines = hub.attach()
        assert _seqs(lines) == list(range(1, PENDING + 201))
        _, last = short.attach()
        assert _seqs(last) == list(range(PENDING + 196, PENDING + 201))
    finally:
        for pump in pumps:
            pump.cancel()
        hub.close()
        short.close()


def _decision(i: int, content: str = "") -> DecisionEvent:
    action = Action(Surface.LLM if i % 2 else Surface.EGRESS, Direction.REQUEST,
                    principal=Principal(ip=f"10.0.0.{i}"), session=f"s{i}",
                    target=Target(host="api.example", port=443, method="POST", path="/v1",
                                  tool="search" if i % 3 == 0 else None),
                    content=content or f"question {i}", arguments={"q": "x" * 50})
    verdict = Verdict(Decision.ALLOW_WITH_REDACTION, [
        Finding("secrets", "secret", "aws key", Severity.HIGH, (1, 5), "aws")],
        sanitized="[REDACTED]", timings={"rules": 1e-5 * i, "guards": 2e-5})
    return DecisionEvent(action, verdict)


async def test_a_console_attaching_later_gets_the_decisions_it_would_have_got():
    bus = EventBus()
    live, late = EventHub(bus, backlog=50), EventHub(bus, backlog=50)
    pumps = [asyncio.ensure_future(h.run()) for h in (live, late)]
    feed, _ = live.attach()
    try:
        events = [_decision(i) for i in range(30)]
        for event in events:
            bus.emit(event)
        await eventually(lambda: live.seq == late.seq == 30)
        # an update of a decision already announced: its verdict gains a finding after
        # both hubs took the first event (the held one must not show it)
        first = events[0]
        first.verdict.findings.append(Finding("injection", "prompt_injection", "override",
                                              Severity.CRITICAL, None, "override"))
        first.verdict.timings["session"] = 3e-6
        bus.emit(DecisionEvent(first.action, first.verdict, added=1))
        bus.emit(ConfigEvent(ok=True, source="between"))
        await eventually(lambda: len(feed.lines) == 32 and late.seq == 32)
        _, held = late.attach()
        assert held == list(feed.lines)  # the same bytes, in the same order
        assert len(json.loads(held[0])["payload"]["findings"]) == 1
        assert len(json.loads(held[30])["payload"]["findings"]) == 2
    finally:
        for pump in pumps:
            pump.cancel()
        live.close()
        late.close()


async def test_decisions_held_without_a_console_keep_nothing_of_the_request():
    bus = EventBus()
    hub = EventHub(bus, backlog=10)
    pump = asyncio.ensure_future(hub.run())
    try:
        content = "".join(["secret body "] * 100_000)  # ~1.2 MB, one object
        alone = sys.getrefcount(content)
        bus.emit(_decision(1, content))
        await eventually(lambda: hub.seq == 1)
        gc.collect()
        assert sys.getrefcount(content) == alone  # the action went with the event
        _, lines = hub.attach()
        assert "secret body" not in lines[0].decode()
    finally:
        pump.cancel()
        hub.close()


async def test_without_a_console_events_are_held_inline_and_none_is_lost_on_detach():
    bus = EventBus()
    hub = EventHub(bus, backlog=20)
    # no pump yet: while no console is attached the hub takes events as they are emitted
    for i in range(3):
        bus.emit(ConfigEvent(ok=True, source=f"alone-{i}"))
    assert hub.seq == 3
    assert "control" not in bus.stats()  # its queue is off the bus: nothing wakes it
    pump = asyncio.ensure_future(hub.run())
    try:
        feed, lines = hub.attach()
        assert _seqs(lines) == [1, 2, 3]
        bus.emit(ConfigEvent(ok=True, source="live"))
        await eventually(lambda: len(feed.lines) == 1)
        # queued for the pump but not taken yet when the last console leaves: held
        bus.emit(ConfigEvent(ok=True, source="queued-0"))
        bus.emit(_decision(7))
        hub.detach(feed)
        bus.emit(ConfigEvent(ok=True, source="after"))
        assert hub.seq == 7
        await asyncio.sleep(0)
        _, again = hub.attach()
        assert _seqs(again) == list(range(1, 8))
        payloads = [json.loads(line)["payload"] for line in again]
        assert [p.get("source") for p in payloads[4:]] == ["queued-0", None, "after"]
        assert payloads[5]["principal"] == "ip:10.0.0.7"
    finally:
        pump.cancel()
        hub.close()
    bus.emit(ConfigEvent(ok=True, source="closed"))
    assert hub.seq == 7  # closed: neither its queue nor its listener takes events
