"""Rolling decision statistics: counts, per-second series, percentiles, top lists."""

from __future__ import annotations

from pathlib import Path

from secproxy.control.client import ControlClient
from secproxy.control.stats import DecisionStats
from secproxy.events import ApprovalEvent, DecisionEvent
from secproxy.model import Action, Decision, Principal, Surface, Target, Verdict
from tests.helpers import running_proxy


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def decision(ts: float, host: str, decision: Decision, ms: float, user: str = "a") -> DecisionEvent:
    action = Action(
        surface=Surface.EGRESS, target=Target(host=host), principal=Principal(user=user)
    )
    verdict = Verdict(decision, timings={"rules": ms / 1000})
    return DecisionEvent(action, verdict, ts=ts)


def test_counts_series_and_top_lists():
    clock = Clock(1000.5)
    stats = DecisionStats(clock=clock, history=30)
    for i in range(10):
        stats.observe(decision(995.2, "a.example", Decision.ALLOW, 1.0 + i))
    stats.observe(decision(997.9, "b.example", Decision.BLOCK, 50.0, user="mallory"))
    stats.observe(ApprovalEvent(approval=None, state="opened"))  # ignored
    snap = stats.snapshot(top=5, seconds=10)
    assert snap["total"] == 11
    assert snap["by_decision"] == {"allow": 10, "block": 1}
    assert snap["by_surface"] == {"egress": 11}
    totals = snap["series"]["decisions"]
    assert len(totals) == 10 and totals[-5] == 10 and totals[-3] == 1
    assert snap["series"]["blocked"][-3] == 1
    assert snap["rate"]["last_10s"] == 1.1
    assert snap["top_hosts"][0] == {"host": "a.example", "requests": 10, "blocked": 0}
    assert snap["top_principals"][1] == {"principal": "user:mallory", "requests": 1, "blocked": 1}
    lat = snap["latency_ms"]
    assert lat["p50"] == 6.0 and lat["max"] == 50.0 and lat["samples"] == 11


def test_old_seconds_fall_out_of_the_window():
    clock = Clock(100.0)
    stats = DecisionStats(clock=clock, history=10)
    stats.observe(decision(99.0, "h", Decision.ALLOW, 1))
    assert stats.series(5)[0] == [0, 0, 0, 0, 1]
    clock.now = 200.0
    assert stats.series(5)[0] == [0, 0, 0, 0, 0]
    stats.observe(decision(190.0, "h", Decision.ALLOW, 1))  # same slot as 100 s ago
    assert sum(stats.series(9)[0]) == 0 and sum(stats.series(9, now=191)[0]) == 1


def test_many_distinct_hosts_stay_bounded():
    stats = DecisionStats(clock=Clock(0))
    stats.hosts.limit = 100
    for i in range(1000):
        stats.observe(decision(0, f"h{i}.example", Decision.ALLOW, 1))
    assert len(stats.hosts.requests) <= 100


async def test_a_console_asking_later_sees_every_decision_made_before(tmp_path: Path) -> None:
    # Decisions are counted in batches; a console that asks (stats/get, status) sees
    # all of them, the last partial batch included, through the real control socket.
    async with running_proxy(tmp_path) as rt:
        assert rt.control is not None
        for i in range(700):  # more than one batch, and a partial one after it
            host = "blocked.example" if i % 7 == 0 else f"h{i % 3}.example"
            action = Action(Surface.EGRESS, principal=Principal(ip=f"10.0.0.{i % 5}"),
                            target=Target(host=host, method="GET", path="/"))
            await rt.engine.decide(action)
        async with ControlClient(rt.control.path) as client:
            stats = await client.call("stats/get", {"top": 10})
            status = await client.call("status", {})
        async with ControlClient(rt.control.path) as client:
            stats_again = await client.call("stats/get", {"top": 10})
    assert stats["total"] == status["decisions"]["total"] == 700
    assert sum(stats["by_decision"].values()) == 700
    assert stats["by_surface"] == {"egress": 700}
    hosts = {row["host"]: row["requests"] for row in stats["top_hosts"]}
    assert hosts["blocked.example"] == 100 and hosts["h1.example"] == 200
    assert sum(row["requests"] for row in stats["top_principals"]) == 700
    assert stats["latency_ms"]["samples"] == 700
    assert stats_again["total"] == 700


def test_the_bus_hands_it_decisions_alone():
    """Declared a decision listener: the bus calls it for decisions (each counted once),
    not for every record, approval or strike as well."""
    from secproxy.events import EventBus, RecordEvent
    from secproxy.model import Outcome

    bus = EventBus()
    stats = DecisionStats(clock=Clock(1000.5))
    bus.add_listener(stats.observe)
    event = decision(1000.0, "a.example", Decision.ALLOW, 1.0)
    called: list[str] = []
    bus.add_listener(lambda e: called.append(e.kind))
    bus.emit(event)
    bus.emit(RecordEvent(event.action, event.verdict, Outcome(duration=0.0)))
    bus.emit(ApprovalEvent(approval=None, state="opened"))
    assert called == ["decision", "record", "approval"]
    assert stats.snapshot()["total"] == 1
    assert "record" not in [k for k in ("decision", "record", "approval")
                            if stats.observe in bus._route(k)[0]]
