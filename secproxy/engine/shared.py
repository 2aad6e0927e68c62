"""The engine's side of state shared by several instances (`state.backend: redis`).

`SharedStateStage` refuses every decision while the shared backend cannot be reached
and `state.on_failure` is `closed` (the default): blocks, limits and approvals made on
other instances cannot be known then. With `local` the decision goes ahead on this
instance's own state, counted (`secproxy_state_fallback_total`). `shared_limits`
decides a request's rate limits on the backend in one round trip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from secproxy.model import Action, Decision, Finding, Severity, Verdict

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
