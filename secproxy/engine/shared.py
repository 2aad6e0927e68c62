"""The engine's side of state shared by several instances (`state.backend: redis`).

`SharedStateStage` refuses every decision while the shared backend cannot be reached
and `state.on_failure` is `closed` (the default): blocks, limits and approvals made on
other instances cannot be known then. With `local` the decision goes ahead on this
instance's own state, counted (`secproxy_state_fallback_total`). `shared_limits`
decides a request's rate limits on the backend in one round trip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from secproxy.engine.limits import CompiledLimit, Numbers, describe_hit
from secproxy.model import Action, Decision, Finding, LimitHit, Severity, Verdict
from secproxy.state.backend import LimitCheck, StateUnavailable

if TYPE_CHECKING:
    from secproxy.engine.pipeline import Snapshot
    from secproxy.engine.stages import Context
    from secproxy.state.backend import SharedState

UNAVAILABLE = "state_unavailable"
"""The finding category of a decision refused because shared state is unreachable."""


def unavailable(stage: str, ctx: Context, shared: SharedState) -> Verdict:
    """The refusal while the shared state backend cannot be reached (fail closed)."""
    why = shared.problem or "no answer"
    return ctx.final(Decision.BLOCK, Finding(
        stage, UNAVAILABLE,
        f"state backend unavailable ({why}): refused (state.on_failure: closed)",
        Severity.HIGH), reason="state backend unavailable")


class SharedStateStage:
    """Before identity: no decision is made on shared state that cannot be read."""

    name = "state"

    def applies(self, snap: Snapshot) -> bool:
        return snap.shared is not None

    def check(self, action: Action, ctx: Context) -> Verdict | None:
        shared = ctx.snap.shared
        if shared is None or shared.up:
            return None
        if shared.on_failure == "local":
            shared.fell_back()
            return None
        return unavailable(self.name, ctx, shared)


def uses_shared(snap: Any) -> SharedState | None:
    """The shared backend to decide limits on now (None: decide them in memory)."""
    shared: SharedState | None = snap.shared
    if shared is None or (not shared.up and shared.on_failure == "local"):
        return None
    return shared


def refused_by_limit(stage: str, ctx: Context, limit: CompiledLimit, hit: LimitHit
                     ) -> Verdict:
    """The final verdict of a request a rate limit refuses (429 with the limit named)."""
    return ctx.final(Decision.BLOCK,
                     Finding(stage, "rate_limit", describe_hit(hit), Severity.LOW,
                             kind=limit.kind),
                     rule=limit.rule, retry_after=hit.retry_after, limit=hit)


async def shared_limits(stage: str, action: Action, ctx: Context,
                        limits: Sequence[CompiledLimit], shared: SharedState
                        ) -> Verdict | None:
    """The limits stage's rate limits decided on the shared backend: every window and
    burst the request is charged to, in one script (checked all before any counts, as
    in memory). Unreachable: refused (`closed`), or decided in memory (`local`)."""
    surface, direction = action.surface, action.direction
    todo: list[tuple[CompiledLimit, str, Numbers]] = []
    checks: list[LimitCheck] = []
    names: list[tuple[CompiledLimit, str, int, float | None]] = []
    for limit in limits:
        if not limit.applies(surface, direction):
            continue
        numbers = limit.numbers
        if not numbers.windows and not numbers.burst and not limit.custom:
            continue  # tokens only: the LLM gateway counts those
        key = limit.key(action)
        if limit.exempt(key):
            continue
        numbers = limit.numbers_of(key)
        todo.append((limit, key, numbers))
        for count, seconds in numbers.windows:
            checks.append(LimitCheck("window", f"{limit.scope}|{count}/{seconds:g}|{key}",
                                     count, seconds))
            names.append((limit, key, count, seconds))
        if numbers.burst:
            checks.append(LimitCheck("bucket", f"{limit.scope}|b{numbers.rate:g}/"
                                     f"{numbers.burst}|{key}", numbers.rate, numbers.burst))
            names.append((limit, key, numbers.burst, None))
    if not checks:
        return None
    try:
        refused = await shared.limits(checks)
    except StateUnavailable:
        if shared.on_failure == "closed":
            return unavailable(stage, ctx, shared)
        shared.fell_back()
        return _in_memory(stage, ctx, todo)
    if refused is None:
        return None
    index, wait = refused
    limit, key, count, window = names[index]
    return refused_by_limit(stage, ctx, limit, LimitHit(limit.name, key, count, window, wait,
                                                rule=limit.rule, limit_by=limit.kind))


def _in_memory(stage: str, ctx: Context, todo: list[tuple[CompiledLimit, str, Numbers]]
               ) -> Verdict | None:
    """The limits decided on this instance's counters (`on_failure: local`)."""
    store, now = ctx.snap.limiters, ctx.now
    for limit, key, numbers in todo:
        hit = store.check(limit, key, numbers, now)
        if hit is not None:
            return refused_by_limit(stage, ctx, limit, hit)
    for limit, key, numbers in todo:
        store.count(limit, key, numbers, now)
    return None
