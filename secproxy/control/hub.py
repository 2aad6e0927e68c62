"""Fan-out of bus events to attached consoles, with a short backlog.

One bus subscription feeds the hub; each event is encoded once (with a `seq` number),
kept in a bounded backlog so a console that attaches late sees the last few hundred
events, and offered to every attached `Feed`. A feed is bounded too: a console that
reads too slowly loses its oldest events (and is told how many), the proxy never waits
for it. While no console is attached, the newest events wait unencoded (at most
`PENDING` of them; older ones are encoded into the backlog when the backlog is longer
than that, else dropped): a decision as the few small values its payload shows
(`protocol.decision_parts`: never the request's content), any other event as its
envelope; the JSON, and a decision's payload, are written when a console attaches
(building and encoding every decision nobody reads was 6-7 % of `serve`'s CPU, and a
twentieth of the inspection API's per call). Meanwhile the hub takes them as an inline
listener, not through its queue: a queue wakes the hub's task for every few events
(once per request at one connection), to do the same small thing.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import deque
from typing import Any

from secproxy.control import protocol
from secproxy.events import DecisionEvent, Event, EventBus

STREAM_KINDS = frozenset({"decision", "approval", "principal", "config", "taint",
                          "kill_switch"})
PENDING = 1000
"""Events kept unencoded while no console is attached: what the next console's attach
encodes at most (~25 ms), however long `control.backlog` is."""

Held = dict[str, Any] | tuple[int, protocol.DecisionParts]
"""An event kept for the next console: its envelope, or a decision's sequence number and
parts."""


def _encode(held: Held) -> bytes:
    if isinstance(held, dict):
        return protocol.encode(held)
    return protocol.encode(protocol.decision_envelope(held[1], held[0]))


class Feed:
    """One attached console's queue of encoded event lines."""

    def __init__(self, maxsize: int):
        self.lines: deque[bytes] = deque()
        self.maxsize = maxsize
        self.dropped = 0
        self.closed = False
        self._ready = asyncio.Event()

    def offer(self, line: bytes) -> None:
        if len(self.lines) >= self.maxsize:
            self.lines.popleft()
            self.dropped += 1
        self.lines.append(line)
        self._ready.set()

    def close(self) -> None:
        self.closed = True
        self._ready.set()

    async def next_batch(self, limit: int = 1000) -> list[bytes]:
        """Wait for lines and take up to `limit` of them; an empty list once closed.

        A `stream/dropped` notice leads the batch when events were lost since the last one.
        """
        while not self.lines and not self.closed:
            self._ready.clear()
            await self._ready.wait()
        if self.closed:
            return []
        batch: list[bytes] = []
        if self.dropped:
            batch.append(
                protocol.encode(protocol.envelope("stream/dropped", {"count": self.dropped}))
            )
            self.dropped = 0
        while self.lines and len(batch) < limit:
            batch.append(self.lines.popleft())
        return batch


class EventHub:
    """Encodes bus events once and hands them to every feed (and the backlog)."""

    def __init__(self, bus: EventBus, *, backlog: int, feed_size: int = 5000):
        self.bus = bus
        self.instance = secrets.token_hex(6)
        """Changes with every start, so a console can tell a restarted proxy apart."""
        self.backlog: deque[bytes] = deque(maxlen=max(backlog, 0))
        """The last events, encoded (the pending ones are newer)."""
        self._pending: deque[Held] = deque(maxlen=min(max(backlog, 0), PENDING))
        """The newest events while no console is attached, not encoded yet."""
        self.feed_size = feed_size
        self.feeds: set[Feed] = set()
        self.seq = 0
        self._sub = bus.subscribe("control", kinds=STREAM_KINDS, maxsize=20_000)
        """The queue `run` pumps while a console is attached (off the bus meanwhile)."""
        self._listening = False
        self._listen()

    def _listen(self) -> None:
        """No console: events are held inline (`_hold`), the queue is off the bus."""
        self.bus.unsubscribe(self._sub)
        if not self._listening:
            self.bus.add_listener(self._hold, kinds=STREAM_KINDS)
            self._listening = True

    def attach(self, *, backlog: bool = True) -> tuple[Feed, list[bytes]]:
        """A new feed plus the backlog lines to send first; nothing is missed or doubled
        between the two because both are taken in one step."""
        if self._listening:  # the first console: the queue takes events from now on
            self.bus.remove_listener(self._hold)
            self._listening = False
            self.bus.resubscribe(self._sub)
        feed = Feed(self.feed_size)
        self.feeds.add(feed)
        pending = self._pending
        while pending:  # encoded once, in order, and kept for the next console
            self.backlog.append(_encode(pending.popleft()))
        return feed, list(self.backlog) if backlog else []

    def detach(self, feed: Feed) -> None:
        self.feeds.discard(feed)
        feed.close()
        if not self.feeds and not self._listening:
            # the last console: what its queue still holds is held like what follows
            sub = self._sub
            self._take(sub.drain(sub.queue.qsize()))
            self._listen()

    async def run(self) -> None:
        """Pump events from the bus until cancelled (while no console is attached, the
        queue gets none: this waits, and costs nothing)."""
        while True:
            # taken by a call: nothing of the last batch stays referenced while waiting
            self._take([await self._sub.get(), *self._sub.drain(999)])

    def _take(self, events: list[Event]) -> None:
        for event in events:
            if not self.feeds:
                self._hold(event)
                continue
            msg = protocol.event_envelope(event, self.seq + 1)
            if msg is None:
                continue
            self.seq += 1
            line = protocol.encode(msg)
            self.backlog.append(line)
            for feed in self.feeds:
                feed.offer(line)

    def _hold(self, event: Event) -> None:
        """Keep an event for the next console: a decision as its parts (its envelope is
        built on attach), any other kind as its envelope."""
        held: Held
        if isinstance(event, DecisionEvent):
            held = (self.seq + 1, protocol.decision_parts(event))
        else:
            msg = protocol.event_envelope(event, self.seq + 1)
            if msg is None:
                return
            held = msg
        self.seq += 1
        pending = self._pending
        if len(pending) == pending.maxlen and self.backlog.maxlen != pending.maxlen:
            # a backlog longer than the pending ones: the oldest goes into it
            self.backlog.append(_encode(pending.popleft()))
        pending.append(held)

    def close(self) -> None:
        for feed in list(self.feeds):
            self.detach(feed)
        self.bus.unsubscribe(self._sub)
        if self._listening:
            self.bus.remove_listener(self._hold)
            self._listening = False
