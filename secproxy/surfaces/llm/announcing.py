"""The gateway's decisions announced off an exchange's way: a request's once it is
written upstream (while the upstream works on it), an answer's once it has gone to the
agent.

Announcing a decision (its event, which live views, the decision log and the metrics
read; the session timeline's entry) costs ~50 us of CPU whatever the text's size, and
recording one ~25 us more (bench/llm.py --split). Made before the request is sent and
before the answer is written, both were on the agent's wait; here the request's is made
while the upstream works (`Tracking.publish`, which the upstream client calls once the
request is written) and the answer's once the answer has gone (`AnswerDecision.settle`).
Everything else of a decision (approvals, strikes, session risk and chains, taint) is
done when it is decided (`Engine.decide_unannounced`), and a decision is always
published before anything more of the exchange is decided.

With `audit.durability: strict` a decision must be durable before the gateway acts on
it: the engine's own `track` and `decide` are used then, as before.
"""

from __future__ import annotations

import asyncio
import time

from secproxy.engine import Engine
from secproxy.engine.pipeline import Announcement, Tracked, Tracking
from secproxy.model import Action, Outcome, Verdict


class LateTracking:
    """`engine.track(action)` whose announcement waits for `publish()` (see the module):
    `async with LateTracking(engine, action) as t:` decides (`t.verdict`), the surface
    does its work, fills `t.outcome` and calls `publish()` once the request is on its
    way (or refused); on the way out the decision is published if it was not yet, then
    recorded with its outcome."""

    __slots__ = ("engine", "action", "tracked", "announcement", "strict")

    def __init__(self, engine: Engine, action: Action):
        self.engine = engine
        self.action = action
        self.tracked: Tracked | None = None
        self.announcement: Announcement | None = None
        self.strict: Tracking | None = None
        """With strict durability: the engine's own tracking (announced at once)."""

    async def __aenter__(self) -> Tracked:
        engine = self.engine
        if engine.durable:
            self.strict = engine.track(self.action)
            self.tracked = await self.strict.__aenter__()
            return self.tracked
        verdict, self.announcement = await engine.decide_unannounced(self.action)
        self.tracked = Tracked(self.action, verdict, Outcome())
        return self.tracked

    def publish(self) -> None:
        """Announce the decision (once; later calls do nothing)."""
        if self.announcement is not None:
            self.announcement.publish()

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: object) -> None:
        if self.strict is not None:
            return await self.strict.__aexit__(exc_type, exc, tb)
        self.publish()
        tracked = self.tracked
        assert tracked is not None
        outcome = tracked.outcome
        if outcome.duration is None:
            outcome.duration = time.monotonic() - outcome.started
        record = self.engine.record(tracked.action, tracked.verdict, outcome)
        if exc_type is None:
            await record
            return
        outcome.error = outcome.error or exc_type.__name__
        # Unwinding (a cancel, most often): a second cancel while the ledger is behind
        # must not lose the record (the engine's own tracking emits it without waiting).
        await asyncio.shield(record)


class AnswerDecision:
    """An answer's decision not announced nor recorded yet: `settle()` does both, once
    (the surface calls it when the answer, or its refusal, has been written, however that
    write ended)."""

    __slots__ = ("engine", "action", "verdict", "announcement")

    def __init__(self, engine: Engine, action: Action, verdict: Verdict,
                 announcement: Announcement):
        self.engine: Engine | None = engine
        self.action = action
        self.verdict = verdict
        self.announcement = announcement

    async def settle(self, *, unwinding: bool = False) -> None:
        """`unwinding`: called while an exception (a cancel) propagates: the record is
        written even if the caller is cancelled again while the ledger is behind."""
        engine, self.engine = self.engine, None
        if engine is None:
            return
        self.announcement.publish()
        record = engine.record(self.action, self.verdict, Outcome(duration=0.0))
        await (asyncio.shield(record) if unwinding else record)
