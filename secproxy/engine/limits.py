"""Rate limits (exact sliding windows), amount windows (tokens, spending) and time windows.

A sliding window keeps the timestamps of the last `limit` admitted requests per key, so
the count is exact and `retry_after` is the moment the oldest one leaves the window.
Memory per key is bounded by the limit; idle keys are swept.

An amount window (`AmountWindow`: the LLM gateway's tokens per minute, cost per day)
counts amounts, not requests, and an amount is corrected after the fact (an estimate,
then what the upstream reports): it keeps per key the totals of `slices` equal slices of
its window, so memory is bounded whatever the traffic, and an amount leaves the window
whole when its slice does (at most one slice late: a limit errs on the strict side).

A token bucket (`TokenBucket`: the inspection API's per-key requests per minute and
burst) allows `burst` requests at once and refills at the average rate.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from zoneinfo import ZoneInfo

from secproxy.config.rules import DAYS, RateLimitPolicy, TimeRestrictionPolicy
from secproxy.model import Action

_SWEEP_EVERY = 10_000


class SlidingWindow:
    """Per-key sliding-window counter for one policy."""

    __slots__ = ("limit", "window", "_hits", "_ops")

    def __init__(self, limit: int, window: float):
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}
        self._ops = 0

    def hit(self, key: str, now: float) -> float | None:
        """Count one request; None when admitted, else seconds until one would be."""
        self._ops += 1
        if self._ops >= _SWEEP_EVERY:
            self._sweep(now)
        q = self._hits.get(key)
        if q is None:
            q = self._hits[key] = deque()
        edge = now - self.window
        while q and q[0] <= edge:
            q.popleft()
        if len(q) >= self.limit:
            return max(q[0] + self.window - now, 0.001)
        q.append(now)
        return None

    def usage(self, key: str, now: float) -> int:
        q = self._hits.get(key)
        if not q:
            return 0
        edge = now - self.window
        return sum(1 for t in q if t > edge)

    def _sweep(self, now: float) -> None:
        self._ops = 0
        edge = now - self.window
        for key in [k for k, q in self._hits.items() if not q or q[-1] <= edge]:
            del self._hits[key]


class AmountWindow:
    """Per-key totals of amounts over a sliding window (see the module docstring)."""

    __slots__ = ("window", "width", "slices", "_totals", "_ops")

    def __init__(self, window: float, slices: int = 60):
        self.window = window
        self.slices = slices
        self.width = window / slices
        self._totals: dict[str, deque[list[float]]] = {}
        """Per key: [slice number, total] of the slices still in the window, oldest first."""
        self._ops = 0

    def _live(self, key: str, now: float) -> deque[list[float]] | None:
        q = self._totals.get(key)
        if q is not None:
            edge = now // self.width - self.slices
            while q and q[0][0] <= edge:
                q.popleft()
        return q

    def used(self, key: str, now: float) -> float:
        """The total in the window."""
        q = self._live(key, now)
        return sum(t for _, t in q) if q else 0.0

    def wait(self, key: str, need: float, limit: float, now: float) -> float | None:
        """None when `need` more fits under `limit` now; else seconds until it would
        (infinity when `need` alone is over it)."""
        if need > limit:
            return float("inf")
        q = self._live(key, now)
        total = sum(t for _, t in q) if q else 0.0
        if total + need <= limit or not q:
            return None
        for number, amount in q:  # slices leave oldest first
            total -= amount
            if total + need <= limit:
                return max((number + self.slices) * self.width - now, 0.001)
        return self.window

    def add(self, key: str, amount: float, now: float) -> None:
        """Count `amount` now (negative: a correction of an earlier estimate)."""
        self._ops += 1
        if self._ops >= _SWEEP_EVERY:
            self._sweep(now)
        q = self._live(key, now)
        if q is None:
            q = self._totals[key] = deque()
        number = now // self.width
        if q and q[-1][0] == number:
            q[-1][1] += amount
        else:
            q.append([number, amount])

    def _sweep(self, now: float) -> None:
        self._ops = 0
        for key in [k for k in self._totals if not self._live(k, now)]:
            del self._totals[key]


class TokenBucket:
    """Per-key token buckets: `rate` requests a second on average, up to `burst` at
    once (the edge limits of the inspection API's keys). Idle keys are swept."""

    __slots__ = ("rate", "burst", "_state", "_ops")

    def __init__(self, rate: float, burst: int):
        self.rate = rate
        self.burst = burst
        self._state: dict[str, tuple[float, float]] = {}
        """Per key: (tokens, when they were counted)."""
        self._ops = 0

    def take(self, key: str, now: float) -> float | None:
        """Take one token; None when there was one, else seconds until there is."""
        self._ops += 1
        if self._ops >= _SWEEP_EVERY:
            self._sweep(now)
        tokens, then = self._state.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + max(now - then, 0.0) * self.rate)
        if tokens < 1.0:
            self._state[key] = (tokens, now)
            return max((1.0 - tokens) / self.rate, 0.001)
        self._state[key] = (tokens - 1.0, now)
        return None

    def _sweep(self, now: float) -> None:
        self._ops = 0
        full = self.burst / self.rate
        for key in [k for k, (_, then) in self._state.items() if now - then >= full]:
            del self._state[key]


def limit_key(policy: RateLimitPolicy, action: Action) -> str:
    """The counter a request is charged to."""
    per = policy.per
    if per == "domain":
        return action.target.host or "-"
    if per == "ip":
        return action.principal.ip or "-"
    if per == "api_key":
        return action.principal.api_key or "-"
    if per == "global":
        return "*"
    return action.principal.key


class LimiterStore:
    """Sliding windows that outlive config reloads while their rule and policy stay the
    same (keyed by rule name, policy position, limit and window)."""

    def __init__(self) -> None:
        self._windows: dict[tuple[str, int, int, float], SlidingWindow] = {}
        self._amounts: dict[tuple[str, float], AmountWindow] = {}
        self._buckets: dict[tuple[str, float, int], TokenBucket] = {}

    def amounts(self, counter: str, window: float) -> AmountWindow:
        """The amount window of a counter (`llm:tokens:principal`…) and window length;
        its totals outlive reloads and limit changes (the limit is asked with each
        `wait`)."""
        key = (counter, window)
        w = self._amounts.get(key)
        if w is None:
            w = self._amounts[key] = AmountWindow(window)
        return w

    def bucket(self, counter: str, rate: float, burst: int) -> TokenBucket:
        """The token bucket of a counter (`inspect:key:<name>`) at this rate and burst
        (a changed limit starts a full bucket)."""
        key = (counter, rate, burst)
        b = self._buckets.get(key)
        if b is None:
            for old in [k for k in self._buckets if k[0] == counter]:
                del self._buckets[old]
            b = self._buckets[key] = TokenBucket(rate, burst)
        return b

    def window(self, rule: str, index: int, policy: RateLimitPolicy) -> SlidingWindow:
        key = (rule, index, policy.limit, policy.window_seconds)
        w = self._windows.get(key)
        if w is None:
            w = self._windows[key] = SlidingWindow(policy.limit, policy.window_seconds)
        return w

    def retain(self, keys: set[tuple[str, int, int, float]]) -> None:
        for k in [k for k in self._windows if k not in keys]:
            del self._windows[k]


def within_time_window(policy: TimeRestrictionPolicy, now: float) -> bool:
    """True when `now` (epoch seconds) is inside the allowed days and hours."""
    local = datetime.fromtimestamp(now, ZoneInfo(policy.timezone))
    start, end = policy.minutes()
    minute = local.hour * 60 + local.minute
    day = DAYS[local.weekday()]
    if start <= end:
        return day in policy.allowed_days and start <= minute < end
    # The window wraps past midnight: the part after midnight belongs to the day before.
    if minute >= start:
        return day in policy.allowed_days
    if minute < end:
        return DAYS[(local.weekday() - 1) % 7] in policy.allowed_days
    return False
