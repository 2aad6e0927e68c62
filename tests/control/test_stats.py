"""Rolling decision statistics: counts, per-second series, percentiles, top lists."""

from __future__ import annotations

from secproxy.control.stats import DecisionStats
from secproxy.events import ApprovalEvent, DecisionEvent
from secproxy.model import Action, Decision, Principal, Surface, Target, Verdict


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
