"""The in-process event bus and the typed events on it.

Every decision, approval change, block change, taint change and config reload is an
event. Subscribers (audit ledger, metrics, alerts, control socket) each get a bounded
queue so none of them slows the hot path: non-durable subscribers lose the oldest
events when they fall behind (and count the loss), the durable one (the ledger) makes
`publish` wait instead, so nothing is lost. Cheap synchronous listeners (metrics
counters) are called inline.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from secproxy.model import Action, Outcome, Verdict

log = logging.getLogger("secproxy.events")

Listener = Callable[["Event"], None]
_L = TypeVar("_L", bound=Callable[..., None])
_KINDS = "bus_kinds"
"""The attribute `listens` puts on a listener: the kinds it wants."""


def listens(*kinds: str) -> Callable[[_L], _L]:
    """Declares which event kinds a bus listener (a function or a method) wants: the bus
    calls it for those alone, instead of for every event to have it return at once."""
    def mark(listener: _L) -> _L:
        listener.__dict__[_KINDS] = frozenset(kinds)
        return listener
    return mark


@dataclass(slots=True)
class Event:
    """Base of all events; `kind` is the wire name."""

    kind: ClassVar[str] = "event"
    ts: float = field(default_factory=time.time, kw_only=True)


@dataclass(slots=True)
class DecisionEvent(Event):
    """The engine decided on an action (published as soon as the verdict is known)."""

    kind: ClassVar[str] = "decision"
    action: Action
    verdict: Verdict
    added: int | None = field(default=None, kw_only=True)
    """An update of a decision already announced (same request id): how many findings
    at the end of `verdict.findings` are new. Counted as findings, not as a second
    decision. None: the first announcement."""
    _summary: tuple[Action, str] | None = field(default=None, init=False, repr=False,
                                                compare=False)

    def summary(self) -> str:
        """`action.summary()` of the action as published, worked out once: the session's
        timeline and the console's Live row both show it (a tool call's is a JSON dump
        of its arguments, a tenth of the bus's cost per decision when done twice)."""
        action = self.action
        memo = self._summary
        if memo is None or memo[0] is not action:  # the masker put a masked copy in
            memo = self._summary = (action, action.summary())
        return memo[1]


@dataclass(slots=True)
class RecordEvent(Event):
    """A decision is complete, with its outcome: one audit-ledger record."""

    kind: ClassVar[str] = "record"
    action: Action
    verdict: Verdict
    outcome: Outcome
    ack: asyncio.Future[None] | None = field(default=None, kw_only=True, compare=False)
    """Resolved once the record is durable (`audit.durability: strict`)."""


@dataclass(slots=True)
class IntentEvent(Event):
    """`audit.durability: strict`: a decision made durable before the action proceeds;
    its `record` replaces it. One left over after a crash becomes a record that says the
    outcome is unknown."""

    kind: ClassVar[str] = "intent"
    action: Action
    verdict: Verdict
    ack: asyncio.Future[None] = field(kw_only=True, compare=False)


@dataclass(slots=True)
class ApprovalEvent(Event):
    """An approval was opened, approved, denied or expired. `approval` is the broker's
    `Approval` object (kept generic here so events do not depend on the engine)."""

    kind: ClassVar[str] = "approval"
    approval: Any
    state: str


@dataclass(slots=True)
class PrincipalEvent(Event):
    """A principal got a strike, was blocked or was unblocked."""

    kind: ClassVar[str] = "principal"
    key: str
    change: str
    """`strike`, `blocked` or `unblocked`."""
    strikes: int = 0
    blocked_until: float | None = None
    reason: str | None = None
    by: str | None = None


@dataclass(slots=True)
class ConfigEvent(Event):
    """A config change was tried: a reload of the file, or rules an operator sent."""

    kind: ClassVar[str] = "config"
    ok: bool
    source: str | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    change: str = "config/reload"
    """`config/reload` (the file, SIGHUP) or `rules/replace` (an operator's edit)."""
    by: str | None = None
    """Who asked for it, when known (None: the proxy itself, e.g. on SIGHUP)."""
    why: str | None = None
    """What changed, in words, for the log and the ledger."""
    rules: int | None = None
    """How many rules the new config has (when it was taken)."""


@dataclass(slots=True)
class KillSwitchEvent(Event):
    """An operator turned the kill switch on (deny-all for `surfaces`) or off."""

    kind: ClassVar[str] = "kill_switch"
    on: bool
    surfaces: list[str]
    """Surfaces covered (when turned off: those it covered)."""
    by: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class TaintEvent(Event):
    """A session's taint level rose, or a principal's mark (`principal`, its key as
    `taint_anchor` gives it) did: `session` is empty when the action that raised it had
    none, or when its session was already at that level."""

    kind: ClassVar[str] = "taint"
    session: str
    level: int
    previous: int
    source: str | None = None
    principal: str | None = None
    owner: str | None = None
    """Whose session it is (its principal's `taint_anchor`): sessions are kept by owner
    and id, so two principals' sessions of one id are two sessions. None with no
    session."""


class EventQueue:
    """A subscriber's FIFO: what `asyncio.Queue` does for one consumer (or a few), without
    its task accounting (`join`/`task_done`, a `asyncio.Event` cleared on every put): a
    put is an append, and a wake-up only when a consumer waits."""

    __slots__ = ("_getters", "_items")

    def __init__(self) -> None:
        self._items: deque[Event] = deque()
        self._getters: deque[asyncio.Future[None]] = deque()

    def qsize(self) -> int:
        return len(self._items)

    def empty(self) -> bool:
        return not self._items

    def put_nowait(self, event: Event) -> None:
        self._items.append(event)
        if self._getters:
            self._wake()

    def get_nowait(self) -> Event:
        if not self._items:
            raise asyncio.QueueEmpty
        return self._items.popleft()

    async def get(self) -> Event:
        items = self._items
        while not items:
            getter = asyncio.get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                with contextlib.suppress(ValueError):
                    self._getters.remove(getter)
                if items and not getter.cancelled():
                    self._wake()  # woken, then cancelled: the next consumer takes it
                raise
        return items.popleft()

    def _wake(self) -> None:
        getters = self._getters
        while getters:
            getter = getters.popleft()
            if not getter.done():
                getter.set_result(None)
                return


class Subscription:
    """One subscriber's queue. Iterate it (`async for event in sub`) to consume."""

    def __init__(self, name: str, kinds: frozenset[str] | None, maxsize: int, durable: bool):
        self.name = name
        self.kinds = kinds
        self.maxsize = maxsize
        self.durable = durable
        self.queue = EventQueue()
        self.dropped = 0
        self._space = asyncio.Event()
        self._space.set()
        self.filled: asyncio.Event | None = None
        """Set (when given) once `watermark` events are queued: for a consumer that
        waits a while for events to gather, and not longer than it takes."""
        self.watermark = 0

    def wants(self, event: Event) -> bool:
        return self.kinds is None or event.kind in self.kinds

    def offer(self, event: Event) -> None:
        """Enqueue without waiting: a non-durable queue drops its oldest event when full;
        a durable queue goes over its bound rather than lose anything."""
        queue = self.queue
        if len(queue._items) >= self.maxsize:
            if not self.durable:
                queue._items.popleft()
                self.dropped += 1
            else:
                self._space.clear()
        queue.put_nowait(event)
        if self.filled is not None and len(queue._items) >= self.watermark:
            self.filled.set()

    async def wait_for_space(self) -> None:
        while self.queue.qsize() >= self.maxsize:
            self._space.clear()
            await self._space.wait()

    async def get(self) -> Event:
        event = await self.queue.get()
        if self.queue.qsize() < self.maxsize:
            self._space.set()
        return event

    def get_nowait(self) -> Event:
        event = self.queue.get_nowait()
        if self.queue.qsize() < self.maxsize:
            self._space.set()
        return event

    def drain(self, limit: int) -> list[Event]:
        """Up to `limit` events already queued, without waiting."""
        items = self.queue._items
        out: list[Event] = []
        while len(out) < limit and items:
            out.append(items.popleft())
        if len(items) < self.maxsize:
            self._space.set()
        return out

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Event:
        return await self.get()


class EventBus:
    """Fan-out of events to subscribers and inline listeners."""

    def __init__(self) -> None:
        self._subs: list[Subscription] = []
        self._listeners: list[Listener] = []
        self._kinds: dict[Listener, frozenset[str] | None] = {}
        self._routes: dict[str, tuple[tuple[Listener, ...], tuple[Subscription, ...]]] = {}
        """Per event kind, the listeners and subscribers that want it, in the order they
        were added (rebuilt when either list changes)."""
        self.mask: Callable[[Event], None] | None = None
        """Set by the engine: masks the secrets in every event before any listener or
        subscriber sees it (`engine/masking.py`)."""

    def subscribe(
        self,
        name: str,
        *,
        kinds: set[str] | frozenset[str] | None = None,
        maxsize: int = 1000,
        durable: bool = False,
    ) -> Subscription:
        sub = Subscription(name, frozenset(kinds) if kinds else None, maxsize, durable)
        self._subs.append(sub)
        self._routes.clear()
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        if sub in self._subs:
            self._subs.remove(sub)
            self._routes.clear()

    def resubscribe(self, sub: Subscription) -> None:
        """Take `sub` back after `unsubscribe`, its queue and counts as they were (a
        consumer that pauses its subscription while nobody reads it)."""
        if sub not in self._subs:
            self._subs.append(sub)
            self._routes.clear()

    def add_listener(self, listener: Listener, *,
                     kinds: set[str] | frozenset[str] | None = None) -> None:
        """A cheap synchronous callback run inline for each event of `kinds` (default:
        those it declared with `listens`, else every event)."""
        self._listeners.append(listener)
        self._kinds[listener] = (frozenset(kinds) if kinds is not None
                                 else getattr(listener, _KINDS, None))
        self._routes.clear()

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)
            if listener not in self._listeners:
                self._kinds.pop(listener, None)
            self._routes.clear()

    def _route(self, kind: str) -> tuple[tuple[Listener, ...], tuple[Subscription, ...]]:
        kinds = self._kinds
        route = (
            tuple(li for li in self._listeners if (k := kinds.get(li)) is None or kind in k),
            tuple(s for s in self._subs if s.kinds is None or kind in s.kinds),
        )
        self._routes[kind] = route
        return route

    def emit(self, event: Event, *, masked: bool = False) -> None:
        """Publish without waiting (for events raised in synchronous code). `masked`: the
        event carries only what an earlier event's masking produced (not masked again)."""
        if self.mask is not None and not masked:
            self.mask(event)
        route = self._routes.get(event.kind)
        if route is None:
            route = self._route(event.kind)
        listeners, subs = route
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("event listener %r failed on %s", listener, event.kind)
        for sub in subs:
            sub.offer(event)

    async def publish(self, event: Event, *, masked: bool = False) -> int:
        """Publish; waits while a durable subscriber's queue is full (backpressure).
        Returns how many durable subscribers took it. `masked`: as for `emit`. A cancel
        during the wait still publishes it (without waiting) before it propagates."""
        durable = 0
        route = self._routes.get(event.kind)
        if route is None:
            route = self._route(event.kind)
        try:
            for sub in route[1]:
                if sub.durable:
                    durable += 1
                    if sub.queue.qsize() >= sub.maxsize:
                        await sub.wait_for_space()
        except BaseException:
            # Cancelled (or closed) while a durable queue was full: the event goes in
            # anyway, over the bound (`offer`), then the cancel goes on. A record a
            # surface waited to write is never lost to its client leaving or a stop.
            self.emit(event, masked=masked)
            raise
        self.emit(event, masked=masked)
        return durable

    def stats(self) -> dict[str, dict[str, int]]:
        return {
            s.name: {"queued": s.queue.qsize(), "dropped": s.dropped, "maxsize": s.maxsize}
            for s in self._subs
        }
