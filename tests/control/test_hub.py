"""The event hub's backlog: events taken while no console is attached are encoded when
one attaches, in order, with their sequence numbers, and once only."""

from __future__ import annotations

import asyncio
import json

from secproxy.control.hub import PENDING, EventHub
from secproxy.events import ConfigEvent, EventBus
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
