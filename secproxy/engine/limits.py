"""Rate limits (exact sliding windows) and time windows.

A sliding window keeps the timestamps of the last `limit` admitted requests per key, so
the count is exact and `retry_after` is the moment the oldest one leaves the window.
Memory per key is bounded by the limit; idle keys are swept.
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
