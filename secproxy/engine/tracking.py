"""Principals: strikes, automatic and manual blocks, and per-principal counters.

Strikes within `strike_window` reaching `max_strikes` block the principal automatically;
with escalation, each automatic block of the same key lasts longer than the last (a list
of durations, or a factor up to a cap), until the key stays quiet for `escalation_reset`
after a block ends. `next_block_duration(key, now)` says how long the next one would be,
so that a shared backend can make the same block.

State lives in memory for the hot path; every change marks the principal dirty so a
store outside the engine can persist it (and load it back at start), which is how
blocks survive a restart without the engine doing I/O.

The table is bounded (`tracking.max_principals`): when a new principal would pass the
cap, principals with nothing worth keeping — no strikes in the window, no block, not on
the allow- or blocklist, nothing unsaved — are forgotten, least recently seen first.
Blocked principals are never forgotten.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from typing import Any

from secproxy.events import EventBus, PrincipalEvent
from secproxy.model import Principal

FOREVER = math.inf
MAX_KEPT_STRIKES = 1000
"""Strikes kept per principal at most (the most recent), or `tracking.max_strikes` when
that is larger."""


@dataclass(slots=True)
class PrincipalState:
    """What is known about one principal."""

    key: str
    strikes: list[float] = field(default_factory=list)
    """Times of strikes still inside the strike window."""
    blocked_until: float | None = None
    """Epoch seconds; `inf` for a block without end; None when not blocked."""
    block_reason: str | None = None
    blocked_by: str | None = None
    requests: int = 0
    blocked_requests: int = 0
    first_seen: float = 0.0
    last_seen: float = 0.0
    blocks: int = 0
    """Times blocked (automatically or by an operator), ever."""
    level: int = 0
    """Automatic blocks in the current series (escalation): the next is the level+1-th."""
    level_until: float = 0.0
    """When the series starts over: the last automatic block's end plus
    `escalation_reset`."""

    def is_blocked(self, now: float) -> bool:
        return self.blocked_until is not None and now < self.blocked_until

    def to_dict(self, now: float) -> dict[str, Any]:
        until = self.blocked_until if self.is_blocked(now) else None
        return {
            "key": self.key,
            "strikes": len(self.strikes),
            "blocked": until is not None,
            "blocked_until": None if until is None or until == FOREVER else until,
            "block_forever": until == FOREVER,
            "block_reason": self.block_reason if until is not None else None,
            "blocked_by": self.blocked_by if until is not None else None,
            "requests": self.requests,
            "blocked_requests": self.blocked_requests,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "blocks": self.blocks,
            "block_level": self.level if now < self.level_until else 0,
        }


class PrincipalTracker:
    """Strikes → block → expiry, manual block/unblock, static allow- and blocklists."""

    def __init__(self, bus: EventBus, clock: Callable[[], float]):
        self._bus = bus
        self._clock = clock
        self._states: dict[str, PrincipalState] = {}
        self.dirty: set[str] = set()
        self.max_strikes: int | None = None
        """Strikes within the window that block automatically; None never blocks."""
        self.strike_window = 3600.0
        self.block_duration = 900.0
        self.escalation: tuple[float, ...] = ()
        """Durations of the first, second... automatic block of a key (the last repeats)."""
        self.escalation_factor: float | None = None
        self.escalation_reset = 86400.0
        self.max_block_duration = 604800.0
        self.enabled = True
        self.allowlist: frozenset[str] = frozenset()
        self.blocklist: frozenset[str] = frozenset()
        self.max_principals = 100_000
        self.persisted = False
        """True once a store takes or loads principals: from then on a dirty (unsaved)
        principal is kept until it is saved. Without a store nobody would save it."""
        self._next_sweep = 0
        """Table size from which the next sweep runs (see `_make_room`)."""
        self.forgotten: set[str] = set()
        """Principals forgotten while a store keeps them, so it can drop their rows."""
        self.shared: Callable[[str, bool, bool], None] | None = None
        """Told of every decision counted (key, counted as a request, blocked): the
        shared state backend adds them up across instances (`merge_counts` there)."""

    def configure(
        self,
        *,
        enabled: bool,
        max_strikes: int | None,
        strike_window: float,
        block_duration: float,
        allowlist: Iterable[str],
        blocklist: Iterable[str],
        max_principals: int = 100_000,
        escalation: Iterable[float] = (),
        escalation_factor: float | None = None,
        escalation_reset: float = 86400.0,
        max_block_duration: float = 604800.0,
    ) -> None:
        self.enabled = enabled
        self.max_strikes = max_strikes
        self.strike_window = strike_window
        self.block_duration = block_duration
        self.escalation = tuple(escalation)
        self.escalation_factor = escalation_factor
        self.escalation_reset = escalation_reset
        self.max_block_duration = max_block_duration
        self.allowlist = frozenset(allowlist)
        self.blocklist = frozenset(blocklist)
        self.max_principals = max_principals
        self._next_sweep = 0

    def get(self, key: str) -> PrincipalState | None:
        return self._states.get(key)

    def _state(self, key: str, now: float) -> PrincipalState:
        st = self._states.get(key)
        if st is None:
            if len(self._states) >= self.max_principals:
                self._make_room(now)
            st = self._states[key] = PrincipalState(key, first_seen=now, last_seen=now)
        return st

    def _evictable(self, st: PrincipalState, now: float, edge: float) -> bool:
        return not (
            st.is_blocked(now)
            or (st.strikes and st.strikes[-1] > edge)
            or st.key in self.allowlist
            or st.key in self.blocklist
            or (self.persisted and st.key in self.dirty)
        )

    def _make_room(self, now: float) -> None:
        """Forget principals with nothing worth keeping, least recently seen first, down
        to 90% of the cap, so that a sweep (a pass over the table) is needed only once per
        tenth of the cap of new principals. When too few can go (blocks, unsaved
        changes), the next sweep waits until the table has grown by another tenth or a
        store has saved."""
        if len(self._states) < self._next_sweep:
            return
        step = max(1, self.max_principals // 10)
        excess = len(self._states) - (self.max_principals - step)
        edge = now - self.strike_window
        idle = (st for st in self._states.values() if self._evictable(st, now, edge))
        for st in heapq.nsmallest(excess, idle, key=lambda s: s.last_seen):
            del self._states[st.key]
            self.dirty.discard(st.key)
            if self.persisted:
                self.forgotten.add(st.key)
        if len(self._states) >= self.max_principals:
            self._next_sweep = len(self._states) + step
        else:
            self._next_sweep = 0

    def all(self) -> list[PrincipalState]:
        return list(self._states.values())

    def active_block(self, keys: Iterable[str], now: float,
                     own: Container[str] | None = None) -> PrincipalState | None:
        """The first of `keys` blocked at `now`. `own`: the keys an authenticated
        principal's strikes are counted under; an automatic block of any other key of it
        (its address, an agent name: keys that requests without a valid credential strike
        too) is passed over. An operator's block holds on every key."""
        for key in keys:
            st = self._states.get(key)
            if st is not None and st.blocked_until is not None:
                if now < st.blocked_until:
                    if own is None or key in own or st.blocked_by != "system":
                        return st
                    continue
                self._expire(st)
        return None

    def _expire(self, st: PrincipalState) -> None:
        self._clear_block(st, reason="block expired", by="system")

    def _clear_block(self, st: PrincipalState, *, reason: str | None, by: str) -> None:
        st.blocked_until = None
        st.block_reason = None
        st.blocked_by = None
        st.strikes.clear()
        self.dirty.add(st.key)
        self._bus.emit(PrincipalEvent(st.key, "unblocked", reason=reason, by=by))

    def observe(
        self, key: str, *, blocked: bool, strike: bool, reason: str | None, count: bool = True
    ) -> None:
        """Count one decision; a strike may turn into an automatic block. `count=False`
        amends a decision already counted (it became a block after the fact)."""
        now = self._clock()
        st = self._states.get(key) or self._state(key, now)
        if count:
            st.requests += 1
        st.last_seen = now
        self.dirty.add(key)
        if blocked:
            st.blocked_requests += 1
        if self.shared is not None:
            self.shared(key, count, blocked)
        if not (strike and self.enabled) or key in self.allowlist:
            return
        strikes = st.strikes
        # Oldest first: drop what left the window from the front only, and keep a bounded
        # tail (with no automatic block, a principal refused all day would otherwise
        # grow its list, and the cost of this filter, without end).
        gone = bisect_right(strikes, now - self.strike_window)
        if gone:
            del strikes[:gone]
        strikes.append(now)
        limit = self.max_strikes
        keep = MAX_KEPT_STRIKES if limit is None or limit < MAX_KEPT_STRIKES else limit
        if len(strikes) > keep:
            del strikes[: len(strikes) - keep]
        if limit is not None and len(st.strikes) >= limit and not st.is_blocked(now):
            why = f"{len(st.strikes)} strikes within {int(self.strike_window)}s" + (
                f" (last: {reason})" if reason else ""
            )
            level = self._level(st, now)
            duration = self._duration(level)
            if level:
                why += f"; repeat offender: block {level + 1} in a row, {_span(duration)}"
            st.level = level + 1
            st.level_until = now + duration + self.escalation_reset
            self._set_block(st, now + duration, why, "system")
        else:
            self._bus.emit(PrincipalEvent(key, "strike", strikes=len(st.strikes), reason=reason))

    def merge_counts(self, key: str, requests: int, blocked: int, first_seen: float,
                     last_seen: float) -> None:
        """A principal's totals over every instance (the shared state backend's)."""
        st = self._state(key, self._clock())
        st.requests, st.blocked_requests = requests, blocked
        if first_seen and first_seen < st.first_seen:
            st.first_seen = first_seen
        if last_seen > st.last_seen:
            st.last_seen = last_seen
        self.dirty.add(key)

    def _level(self, st: PrincipalState, now: float) -> int:
        return st.level if now < st.level_until else 0

    def _duration(self, level: int) -> float:
        if self.escalation:
            return self.escalation[min(level, len(self.escalation) - 1)]
        if self.escalation_factor is not None:
            return min(self.block_duration * self.escalation_factor ** level,
                       max(self.max_block_duration, self.block_duration))
        return self.block_duration

    def next_block_duration(self, key: str, now: float) -> float:
        """How long the key's next automatic block would last (escalation included)."""
        st = self._states.get(key)
        return self._duration(self._level(st, now) if st is not None else 0)

    def block(
        self, key: str, *, duration: float | None, reason: str | None, by: str
    ) -> PrincipalState:
        """Block now; `duration` None blocks until unblocked."""
        now = self._clock()
        st = self._state(key, now)
        until = FOREVER if duration is None else now + duration
        self._set_block(st, until, reason or "blocked by operator", by)
        return st

    def _set_block(self, st: PrincipalState, until: float, reason: str, by: str) -> None:
        st.blocks += 1
        st.blocked_until = until
        st.block_reason = reason
        st.blocked_by = by
        self.dirty.add(st.key)
        self._bus.emit(
            PrincipalEvent(
                st.key,
                "blocked",
                strikes=len(st.strikes),
                blocked_until=until,
                reason=reason,
                by=by,
            )
        )

    def unblock(self, key: str, *, by: str, reason: str | None = None) -> PrincipalState | None:
        """Lift a block and clear strikes; None when the principal was unknown."""
        st = self._states.get(key)
        if st is None:
            return None
        self._clear_block(st, reason=reason, by=by)
        return st

    def take_dirty(self) -> list[PrincipalState]:
        """Changed principals, for a store to save (they count as saved from now on)."""
        out = [self._states[k] for k in self.dirty if k in self._states]
        self.dirty.clear()
        self.persisted = True
        self._next_sweep = 0  # what was unsaved may go now
        return out

    def take_forgotten(self) -> set[str]:
        """Principals forgotten (and not seen again) since the last call, for a store to
        drop from what it loads at the next start."""
        out = {k for k in self.forgotten if k not in self._states}
        self.forgotten.clear()
        return out

    def load(self, states: Iterable[PrincipalState]) -> None:
        """Principals a store saved earlier (beyond the cap, the idle ones are dropped)."""
        self.persisted = True
        for st in states:
            self._states[st.key] = st
        if len(self._states) > self.max_principals:
            self._make_room(self._clock())


def _span(seconds: float) -> str:
    """`600` → `10m`, `3600` → `1h`, `86400` → `1d`: a block's length for a person."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def track_function(track_by: tuple[str, ...]) -> Callable[[Principal], str] | None:
    """The key strikes and blocks are kept under (`tracking.track_by`); None for the
    principal's own key. Missing any identity it names, a principal is tracked under its
    own key (never under a key all anonymous ones would share)."""
    if track_by == ("principal",):
        return None

    def part(kind: str, p: Principal) -> str | None:
        if kind == "api_key":
            return next((k for k in p.keys() if k.startswith("key:")), None)
        value = getattr(p, kind)
        return f"{kind}:{value}" if value else None

    def key(p: Principal) -> str:
        parts = [part(kind, p) for kind in track_by]
        if None in parts:
            return p.key
        return "|".join(parts)  # type: ignore[arg-type]

    return key
