"""Rate limits (exact sliding windows), amount windows (tokens, spending) and time windows.

A sliding window keeps the timestamps of the last `limit` admitted requests per key, so
the count is exact and `retry_after` is the moment the oldest one leaves the window.
Memory per key is bounded by the limit; idle keys are swept.

An amount window (`AmountWindow`: the LLM gateway's tokens per minute, cost per day)
counts amounts, not requests, and an amount is corrected after the fact (an estimate,
then what the upstream reports): it keeps per key the totals of `slices` equal slices of
its window, so memory is bounded whatever the traffic, and an amount leaves the window
whole when its slice does (at most one slice late: a limit errs on the strict side).

A token bucket (`TokenBucket`: a limit's `burst`, the inspection API's per-key requests
per minute and burst) allows `burst` requests at once and refills at the average rate.

A configured limit (a rule's `rate_limit` policy, a top-level `limits` entry) is compiled
once per config into a `CompiledLimit`: how a request's key is made (`limit_by`), the
keys it leaves alone (`whitelist`) and those with numbers of their own (`custom_limits`).
Its counters live in the engine's `LimiterStore` under the limit's scope
(`rule:<name>#<n>`, `limit:<name>`), so they outlive reloads while its numbers stay.
Every counter answers the same two questions — for a key at a time: how long until one
more is allowed (None: now), and count one — so a shared backend can stand in for it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from secproxy.config.limits import LimitNumbers, RateLimitSettings
from secproxy.config.rules import DAYS, TimeRestrictionPolicy
from secproxy.globs import name_glob
from secproxy.model import Action, Direction, LimitHit, Surface, mask_secret
from secproxy.redact import token_kind

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

    def wait(self, key: str, now: float) -> float | None:
        """Like `hit` without counting: None when one more would be admitted now."""
        q = self._hits.get(key)
        if q is None or len(q) < self.limit:
            return None
        edge = now - self.window
        while q and q[0] <= edge:
            q.popleft()
        if len(q) >= self.limit:
            return max(q[0] + self.window - now, 0.001)
        return None

    def undo(self, key: str) -> None:
        """Take back the key's last `hit` (another limit refused the request)."""
        q = self._hits.get(key)
        if q:
            q.pop()

    def oldest(self, key: str, now: float) -> float | None:
        """When the oldest request still in the window was admitted (None: none is)."""
        q = self._hits.get(key)
        edge = now - self.window
        while q and q[0] <= edge:
            q.popleft()
        return q[0] if q else None

    def usage(self, key: str, now: float) -> int:
        """Requests admitted in the window."""
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

    def available(self, key: str, now: float) -> float:
        """Tokens in the key's bucket now."""
        tokens, then = self._state.get(key, (float(self.burst), now))
        return min(float(self.burst), tokens + max(now - then, 0.0) * self.rate)

    def wait(self, key: str, now: float) -> float | None:
        """Like `take` without taking: None when there is a token now."""
        tokens = self.available(key, now)
        return None if tokens >= 1.0 else max((1.0 - tokens) / self.rate, 0.001)

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

    def give(self, key: str) -> None:
        """Put back the token the key's last `take` took (another limit refused)."""
        got = self._state.get(key)
        if got is not None:
            self._state[key] = (min(float(self.burst), got[0] + 1.0), got[1])

    def _sweep(self, now: float) -> None:
        self._ops = 0
        full = self.burst / self.rate
        for key in [k for k, (_, then) in self._state.items() if now - then >= full]:
            del self._state[key]


_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key",
                             "api-key", "x-goog-api-key"})


def _header_value(action: Action, name: str) -> str | None:
    headers = action.headers
    if headers is not None:
        return headers.get(name)
    meta = action.metadata.get("headers")  # the egress surface's (names as sent)
    if isinstance(meta, dict):
        for k, v in meta.items():
            if k.lower() == name:
                return str(v)
    return None


def _header_part(name: str) -> Callable[[Action], str]:
    secret = name in _SECRET_HEADERS

    def part(action: Action) -> str:
        value = _header_value(action, name)
        if value is None or value == "":
            return f"header:{name}=-"
        if secret or token_kind(value) is not None or len(value) > 128:
            value = mask_secret(value)  # a key shown, logged and answered: never in clear
        return f"header:{name}={value}"

    return part


def _api_key(action: Action) -> str:
    """The principal's API key, else the one the request carries (`X-Api-Key`, a bearer
    `Authorization`: an LLM SDK's), masked."""
    if action.principal.api_key:
        for k in action.principal.keys():
            if k.startswith("key:"):
                return k
    offered = _header_value(action, "x-api-key")
    if not offered:
        scheme, _, token = (_header_value(action, "authorization") or "").partition(" ")
        offered = token.strip() if scheme.lower() == "bearer" else None
    return f"key:{mask_secret(offered)}" if offered else "key:-"


_PARTS: dict[str, Callable[[Action], str]] = {
    "ip": lambda a: f"ip:{a.principal.ip or '-'}",
    "api_key": _api_key,
    "principal": lambda a: a.principal.key,
    "user": lambda a: f"user:{a.principal.user or '-'}",
    "channel": lambda a: f"channel:{a.principal.channel or '-'}",
    "agent": lambda a: f"agent:{a.principal.agent or '-'}",
    "domain": lambda a: f"domain:{a.target.host or '-'}",
    "global": lambda a: "*",
}
_PRINCIPAL_KINDS = frozenset({"user", "key", "channel", "agent", "ip", "anonymous"})


def key_function(limit_by: tuple[str, ...]) -> Callable[[Action], str]:
    """How a request's key is made for `limit_by` (parts joined with `|`)."""
    parts = [_PARTS[p] if p in _PARTS else _header_part(p.partition(":")[2]) for p in limit_by]
    if len(parts) == 1:
        return parts[0]
    return lambda a: "|".join(p(a) for p in parts)


def key_fits(limit_by: tuple[str, ...], key: str) -> bool:
    """Whether `key` is one that `limit_by` makes (for looking a key's limits up)."""
    pieces = key.split("|")
    if len(pieces) != len(limit_by):
        return False
    for by, piece in zip(limit_by, pieces, strict=True):
        kind = piece.partition(":")[0] if piece != "*" else "*"
        if by == "global":
            ok = piece == "*"
        elif by == "principal":
            ok = kind in _PRINCIPAL_KINDS
        elif by.startswith("header:"):
            ok = piece.startswith(by + "=")
        else:
            ok = kind == {"api_key": "key", "domain": "domain"}.get(by, by)
        if not ok:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Numbers:
    """A key's numbers under one limit."""

    windows: tuple[tuple[int, float], ...]
    """(requests, seconds) of each request window."""
    burst: int | None
    rate: float
    """Requests a second the bucket refills at (the shortest window's rate)."""
    tokens: tuple[tuple[int, float], ...]
    """(tokens, seconds) of each token window (LLM traffic)."""

    @classmethod
    def of(cls, n: LimitNumbers) -> Numbers:
        windows = tuple(n.request_windows())
        shortest = min(windows, key=lambda w: w[1], default=None)
        rate = shortest[0] / shortest[1] if shortest is not None else 0.0
        return cls(windows, n.burst, rate, tuple(n.token_windows()))


class CompiledLimit:
    """One configured limit, compiled once per config (see the module docstring)."""

    __slots__ = ("name", "rule", "scope", "limit_by", "kind", "count", "surfaces", "key",
                 "numbers", "custom", "requests", "whitelisted", "resolved", "_white",
                 "_white_globs")

    def __init__(self, name: str, scope: str, settings: RateLimitSettings, *,
                 rule: str | None = None, surfaces: Iterable[Surface] | None = None):
        self.name = name
        """The rule's name, or the `limits` entry's."""
        self.rule = rule
        """The rule it belongs to; None for a top-level limit."""
        self.scope = scope
        """Its counters' name in the store (`rule:<name>#<n>`, `limit:<name>`)."""
        self.limit_by = settings.limit_by
        self.kind = "+".join(settings.limit_by)
        """The key kind, as findings and metrics name it (`ip`, `ip+header:x-tenant`)."""
        self.count = frozenset(settings.count)
        self.surfaces = frozenset(surfaces) if surfaces is not None else None
        self.key = key_function(settings.limit_by)
        """The key a request is counted under."""
        self.numbers = Numbers.of(settings)
        self.custom = {k: Numbers.of(settings.merged(n))
                       for k, n in settings.custom_limits.items()}
        self._white = frozenset(k for k in settings.whitelist if "*" not in k)
        self._white_globs = tuple(name_glob(k) for k in settings.whitelist if "*" in k)
        self.whitelisted = bool(settings.whitelist)
        """Whether any key is whitelisted (else `exempt` need not be asked)."""
        self.requests = any(n.windows or n.burst for n in (self.numbers, *self.custom.values()))
        """Whether it counts requests (a tokens-only limit is the LLM gateway's alone)."""
        self.resolved: dict[int, Any] = {}
        """The store's counters of each `Numbers` of this limit, looked up once."""

    def applies(self, surface: Surface, direction: Direction) -> bool:
        return direction in self.count and (self.surfaces is None or surface in self.surfaces)

    def exempt(self, key: str) -> bool:
        """Whether `key` is on the whitelist."""
        return key in self._white or any(g.match(key) for g in self._white_globs)

    def numbers_of(self, key: str) -> Numbers:
        """The key's own numbers (`custom_limits`), else the limit's."""
        return self.custom.get(key, self.numbers) if self.custom else self.numbers

    def counters(self) -> set[tuple[str, int, float]]:
        """The store's window keys this limit uses (for `LimiterStore.retain`)."""
        return {(self.scope, c, s) for n in (self.numbers, *self.custom.values())
                for c, s in n.windows}

    def buckets(self) -> set[tuple[str, float, int]]:
        return {(self.scope, n.rate, n.burst) for n in (self.numbers, *self.custom.values())
                if n.burst}


def _span(seconds: float) -> str:
    return {60.0: "minute", 3600.0: "hour", 86400.0: "day"}.get(seconds, f"{seconds:g}s")


def describe_hit(hit: LimitHit) -> str:
    """One line naming the limit that refused: `rate limit of rule api: 10 requests per
    minute per ip (key ip:10.0.0.5)`."""
    whose = f"rule {hit.name}" if hit.rule else f"limits.{hit.name}"
    if hit.window is None:
        what = f"a burst of {hit.limit} {hit.unit}"
    else:
        what = f"{hit.limit} {hit.unit} per {_span(hit.window)}"
    return f"rate limit of {whose}: {what} per {hit.limit_by} (key {hit.key})"


class LimiterStore:
    """Counters that outlive config reloads while their limit's numbers stay the same:
    request windows by (scope, limit, seconds), request buckets by (scope, rate, burst),
    amount windows by (counter, seconds), the inspection API's buckets by counter."""

    def __init__(self) -> None:
        self._windows: dict[tuple[str, int, float], SlidingWindow] = {}
        self._request_buckets: dict[tuple[str, float, int], TokenBucket] = {}
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

    def window(self, scope: str, limit: int, seconds: float) -> SlidingWindow:
        """The request window of a limit's scope for these numbers."""
        key = (scope, limit, seconds)
        w = self._windows.get(key)
        if w is None:
            w = self._windows[key] = SlidingWindow(limit, seconds)
        return w

    def request_bucket(self, scope: str, rate: float, burst: int) -> TokenBucket:
        """The burst bucket of a limit's scope for these numbers."""
        key = (scope, rate, burst)
        b = self._request_buckets.get(key)
        if b is None:
            b = self._request_buckets[key] = TokenBucket(rate, burst)
        return b

    def retain(self, limits: Iterable[CompiledLimit]) -> None:
        """Drop the counters no limit of the new config uses."""
        windows: set[tuple[str, int, float]] = set()
        buckets: set[tuple[str, float, int]] = set()
        for limit in limits:
            windows |= limit.counters()
            buckets |= limit.buckets()
        for k in [k for k in self._windows if k not in windows]:
            del self._windows[k]
        for b in [b for b in self._request_buckets if b not in buckets]:
            del self._request_buckets[b]

    def _counters(self, limit: CompiledLimit, numbers: Numbers
                  ) -> tuple[tuple[SlidingWindow, ...], TokenBucket | None]:
        """The windows and bucket of `numbers` under `limit` (remembered on the compiled
        limit: a new config looks them up again, and finds those it kept)."""
        got = limit.resolved.get(id(numbers))
        if got is None or got[0] is not self:
            windows = tuple(self.window(limit.scope, c, s) for c, s in numbers.windows)
            bucket = (self.request_bucket(limit.scope, numbers.rate, numbers.burst)
                      if numbers.burst else None)
            got = limit.resolved[id(numbers)] = (self, windows, bucket)
        return got[1], got[2]

    def check(self, limit: CompiledLimit, key: str, numbers: Numbers, now: float
              ) -> LimitHit | None:
        """Whether one more request of `key` fits under every window and the burst of
        `limit`, without counting it: None when it does, else the limit that is over
        (the one that frees last)."""
        windows, bucket = self._counters(limit, numbers)
        worst: tuple[float, int, float | None] | None = None
        for window in windows:
            wait = window.wait(key, now)
            if wait is not None and (worst is None or wait > worst[0]):
                worst = (wait, window.limit, window.window)
        if bucket is not None:
            wait = bucket.wait(key, now)
            if wait is not None and (worst is None or wait > worst[0]):
                worst = (wait, bucket.burst, None)
        if worst is None:
            return None
        return LimitHit(limit.name, key, worst[1], worst[2], worst[0], rule=limit.rule,
                        limit_by=limit.kind)

    def admit(self, limit: CompiledLimit, key: str, numbers: Numbers, now: float
              ) -> LimitHit | None:
        """Count one request of `key` when it fits under every window and the burst of
        `limit` (None); else count nothing and say which is over (the one that frees
        last). One pass on the common path; `uncount` takes it back."""
        windows, bucket = self._counters(limit, numbers)
        for i, window in enumerate(windows):
            wait = window.hit(key, now)
            if wait is not None:
                for done in windows[:i]:
                    done.undo(key)
                return self.check(limit, key, numbers, now)
        if bucket is not None and bucket.take(key, now) is not None:
            for done in windows:
                done.undo(key)
            return self.check(limit, key, numbers, now)
        return None

    def uncount(self, limit: CompiledLimit, key: str, numbers: Numbers) -> None:
        """Take back an `admit` (a later limit refused the same request)."""
        windows, bucket = self._counters(limit, numbers)
        for window in windows:
            window.undo(key)
        if bucket is not None:
            bucket.give(key)

    def count(self, limit: CompiledLimit, key: str, numbers: Numbers, now: float) -> None:
        """Count one request of `key` (after `check` said it fits)."""
        windows, bucket = self._counters(limit, numbers)
        for window in windows:
            window.hit(key, now)
        if bucket is not None:
            bucket.take(key, now)

    def usage(self, limit: CompiledLimit, key: str, now: float) -> dict[str, Any]:
        """What `key` has used and has left under `limit`, window by window."""
        numbers = limit.numbers_of(key)
        windows = []
        for count, seconds in numbers.windows:
            w = self._windows.get((limit.scope, count, seconds))
            used = w.usage(key, now) if w is not None else 0
            oldest = w.oldest(key, now) if w is not None else None
            windows.append({
                "window": seconds, "span": _span(seconds), "limit": count, "used": used,
                "remaining": max(count - used, 0),
                "resets_in": round(oldest + seconds - now, 3) if oldest is not None else 0.0})
        tokens = []
        for count, seconds in numbers.tokens:
            a = self._amounts.get((f"llm:tokens:{limit.scope}", seconds))
            used_t = a.used(key, now) if a is not None else 0.0
            tokens.append({"window": seconds, "span": _span(seconds), "limit": count,
                           "used": round(used_t), "remaining": max(count - round(used_t), 0)})
        out: dict[str, Any] = {
            "name": limit.name, "rule": limit.rule, "scope": "rule" if limit.rule else "global",
            "limit_by": limit.kind, "key": key, "whitelisted": limit.exempt(key),
            "custom": key in limit.custom, "windows": windows}
        if tokens:
            out["tokens"] = tokens
        if numbers.burst:
            b = self._request_buckets.get((limit.scope, numbers.rate, numbers.burst))
            available = b.available(key, now) if b is not None else float(numbers.burst)
            out["burst"] = {"size": numbers.burst, "available": int(available),
                            "refill_per_second": round(numbers.rate, 6)}
        return out


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
