"""Rolling decision statistics for the console's Overview: counts by decision and
surface, per-second rates with a short history (for sparklines), latency percentiles
over the most recent decisions, and the busiest hosts and principals.

`DecisionStats.observe` is an inline bus listener, so it only does O(1) bookkeeping;
the sorting happens in `snapshot()`, when somebody asks.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable
from typing import Any

from secproxy.events import DecisionEvent, Event

PERCENTILES = (50, 90, 99)


class _TopCounter:
    """Requests and blocks per key, trimmed so that many distinct keys cannot grow it
    without bound (the least busy keys go first)."""

    def __init__(self, limit: int = 5000):
        self.limit = limit
        self.requests: Counter[str] = Counter()
        self.blocked: Counter[str] = Counter()

    def add(self, key: str, blocked: bool) -> None:
        self.requests[key] += 1
        if blocked:
            self.blocked[key] += 1
        if len(self.requests) > self.limit:
            keep = dict(self.requests.most_common(self.limit // 2))
            self.requests = Counter(keep)
            self.blocked = Counter({k: v for k, v in self.blocked.items() if k in keep})

    def top(self, n: int, label: str) -> list[dict[str, Any]]:
        return [
            {label: key, "requests": count, "blocked": self.blocked.get(key, 0)}
            for key, count in self.requests.most_common(n)
        ]


class DecisionStats:
    """Counts and rates of decisions since the proxy started."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        history: int = 120,
        samples: int = 4096,
    ):
        self.clock = clock
        self.started = clock()
        self.history = history
        self.total = 0
        self.by_decision: Counter[str] = Counter()
        self.by_surface: Counter[str] = Counter()
        self.hosts = _TopCounter()
        self.principals = _TopCounter()
        self.latencies: deque[float] = deque(maxlen=samples)
        # One slot per second: [second, decisions, blocked]; a slot whose second is
        # stale counts as empty.
        self._slots: list[list[int]] = [[-1, 0, 0] for _ in range(history)]

    def observe(self, event: Event) -> None:
        if not isinstance(event, DecisionEvent) or event.added is not None:
            return  # an update of a decision already counted is not another decision
        verdict = event.verdict
        decision = str(verdict.decision)
        blocked = not verdict.permits
        self.total += 1
        self.by_decision[decision] += 1
        self.by_surface[str(event.action.surface)] += 1
        host = event.action.target.host or event.action.target.tool
        if host:
            self.hosts.add(host, blocked)
        self.principals.add(event.action.principal.key, blocked)
        self.latencies.append(sum(verdict.timings.values()) * 1000)
        second = int(event.ts)
        slot = self._slots[second % self.history]
        if slot[0] != second:
            slot[0], slot[1], slot[2] = second, 0, 0
        slot[1] += 1
        slot[2] += int(blocked)

    def series(self, seconds: int, now: float | None = None) -> tuple[list[int], list[int]]:
        """Decisions and blocks per second for the last `seconds` seconds, oldest first
        (the current, still running second excluded)."""
        seconds = min(seconds, self.history - 1)
        current = int(self.clock() if now is None else now)
        totals, blocks = [], []
        for second in range(current - seconds, current):
            slot = self._slots[second % self.history]
            fresh = slot[0] == second
            totals.append(slot[1] if fresh else 0)
            blocks.append(slot[2] if fresh else 0)
        return totals, blocks

    def latency(self) -> dict[str, float | None]:
        """Percentiles (milliseconds) over the most recent decisions."""
        values = sorted(self.latencies)
        out: dict[str, float | None] = {}
        for p in PERCENTILES:
            out[f"p{p}"] = _percentile(values, p)
        out["max"] = round(values[-1], 3) if values else None
        out["samples"] = len(values)
        return out

    def snapshot(self, *, top: int = 10, seconds: int = 60) -> dict[str, Any]:
        """Everything the Overview shows, as plain data."""
        now = self.clock()
        totals, blocks = self.series(seconds, now)
        last10 = totals[-10:]
        return {
            "since": self.started,
            "uptime": round(now - self.started, 3),
            "total": self.total,
            "by_decision": dict(self.by_decision),
            "by_surface": dict(self.by_surface),
            "rate": {
                "last_10s": round(sum(last10) / max(len(last10), 1), 3),
                "last_60s": round(sum(totals) / max(len(totals), 1), 3),
                "blocked_last_60s": round(sum(blocks) / max(len(blocks), 1), 3),
            },
            "series": {"seconds": seconds, "decisions": totals, "blocked": blocks},
            "latency_ms": self.latency(),
            "top_hosts": self.hosts.top(top, "host"),
            "top_principals": self.principals.top(top, "principal"),
        }


def _percentile(sorted_values: list[float], p: float) -> float | None:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return None
    rank = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values))) - 1))
    return round(sorted_values[rank], 3)
