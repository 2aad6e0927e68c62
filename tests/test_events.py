"""The event bus: listeners get the kinds they declared (or every kind), subscribers their
kinds in order; a non-durable queue drops its oldest event when full, a durable one makes
`publish` wait; a consumer cancelled while it waits loses nothing."""

from __future__ import annotations

import asyncio

import pytest

from secproxy.events import (
    ConfigEvent,
    DecisionEvent,
    Event,
    EventBus,
    PrincipalEvent,
    RecordEvent,
    listens,
)
from secproxy.model import Action, Decision, Direction, Outcome, Principal, Surface, Target, Verdict


def decision(n: int = 0) -> DecisionEvent:
    action = Action(Surface.EGRESS, Direction.REQUEST, Principal(ip="127.0.0.1"),
                    Target(host="example.com", path=f"/{n}"))
    return DecisionEvent(action, Verdict(Decision.ALLOW))


def record(n: int = 0) -> RecordEvent:
    d = decision(n)
    return RecordEvent(d.action, d.verdict, Outcome(status=200))


def test_listeners_get_the_kinds_they_declared_and_the_rest_everything() -> None:
    bus = EventBus()
    seen: dict[str, list[str]] = {"declared": [], "given": [], "all": []}

    @listens("principal", "config")
    def declared(event: Event) -> None:
        seen["declared"].append(event.kind)

    class Counter:
        @listens("record")
        def observe(self, event: Event) -> None:
            seen["method"] = [*seen.get("method", []), event.kind]

    bus.add_listener(declared)
    bus.add_listener(Counter().observe)
    bus.add_listener(lambda e: seen["given"].append(e.kind), kinds={"decision"})
    bus.add_listener(lambda e: seen["all"].append(e.kind))
    for event in (decision(), record(), PrincipalEvent(key="ip:1", change="strike"),
                  ConfigEvent(ok=True, source=None), decision(1)):
        bus.emit(event)
    assert seen == {"declared": ["principal", "config"], "given": ["decision", "decision"],
                    "all": ["decision", "record", "principal", "config", "decision"],
                    "method": ["record"]}


def test_routes_follow_listeners_and_subscribers_added_and_removed() -> None:
    bus = EventBus()
    got: list[str] = []
    bus.emit(decision())  # a route built with nobody attached
    sub = bus.subscribe("s", kinds={"decision"})
    listener = got.append
    bus.add_listener(lambda e: listener(e.kind))
    bus.emit(decision())
    assert got == ["decision"] and sub.queue.qsize() == 1
    bus.unsubscribe(sub)
    bus.emit(decision())
    assert sub.queue.qsize() == 1 and got == ["decision", "decision"]


def test_a_failing_listener_is_logged_and_the_others_still_run(
        caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    got: list[Event] = []

    def broken(event: Event) -> None:
        raise RuntimeError("boom")

    bus.add_listener(broken)
    bus.add_listener(got.append)
    sub = bus.subscribe("s")
    bus.emit(decision())
    assert len(got) == 1 and sub.queue.qsize() == 1
    assert "event listener" in caplog.text


async def test_subscribers_get_their_kinds_in_order_and_a_full_queue_drops_its_oldest() -> None:
    bus = EventBus()
    sub = bus.subscribe("console", kinds={"decision"}, maxsize=3)
    for n in range(5):
        bus.emit(decision(n))
        bus.emit(record(n))
    assert sub.dropped == 2
    paths = [(await sub.get()).action.target.path for _ in range(2)]  # type: ignore[attr-defined]
    paths += [e.action.target.path for e in sub.drain(10)]  # type: ignore[attr-defined]
    assert paths == ["/2", "/3", "/4"]
    assert sub.queue.empty() and sub.drain(10) == []
    with pytest.raises(asyncio.QueueEmpty):
        sub.get_nowait()


async def test_a_durable_subscriber_makes_publish_wait_and_loses_nothing() -> None:
    bus = EventBus()
    ledger = bus.subscribe("ledger", kinds={"record"}, maxsize=2, durable=True)
    for n in range(2):
        assert await bus.publish(record(n)) == 1
    third = asyncio.ensure_future(bus.publish(record(2)))
    await asyncio.sleep(0.01)
    assert not third.done() and ledger.queue.qsize() == 2
    first = await ledger.get()  # room again: the publisher goes on
    assert await asyncio.wait_for(third, 5) == 1
    bus.emit(record(3))  # emit never waits: a durable queue goes over its bound
    rest = [first, *ledger.drain(10)]
    assert [e.action.target.path for e in rest] == ["/0", "/1", "/2", "/3"]  # type: ignore[attr-defined]
    assert ledger.dropped == 0
    assert await bus.publish(decision()) == 0  # nobody durable wants decisions


async def test_a_consumer_cancelled_while_waiting_loses_nothing() -> None:
    bus = EventBus()
    sub = bus.subscribe("s")
    waiting = asyncio.ensure_future(sub.get())
    other = asyncio.ensure_future(sub.get())
    await asyncio.sleep(0)
    bus.emit(decision(1))  # wakes the first waiter, which is cancelled before it runs
    waiting.cancel()
    got = await asyncio.wait_for(other, 5)
    assert got.action.target.path == "/1"  # type: ignore[attr-defined]
    assert waiting.cancelled()
    consumer = asyncio.ensure_future(anext(aiter(sub)))
    await asyncio.sleep(0)
    bus.emit(decision(2))
    assert (await asyncio.wait_for(consumer, 5)).action.target.path == "/2"  # type: ignore[attr-defined]
