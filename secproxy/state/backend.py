"""What the engine asks of state shared between instances (`state.backend: redis`).

The engine keeps deciding on its own in-memory state (trackers, limiters, approvals);
a `SharedState` adds what must hold across instances: limit counters decided on the
server, and whether the server can be reached at all. With `state.backend: memory`
there is none and nothing changes. No I/O library is imported here, so the engine can
depend on this module alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol


class StateUnavailable(Exception):
    """The shared state backend could not answer (unreachable, timed out)."""


@dataclass(frozen=True, slots=True)
class LimitCheck:
    """One limit a request is charged to, decided on the shared server."""

    kind: Literal["window", "bucket"]
    """`window`: an exact sliding window; `bucket`: a token bucket."""
    counter: str
    """Names the counter (rule, policy and the key it is charged to)."""
    a: float
    """Window: the limit (requests); bucket: the rate (requests a second)."""
    b: float
    """Window: its length (seconds); bucket: the burst."""


class SharedState(Protocol):
    """The shared state backend as the engine's stages see it."""

    on_failure: Literal["closed", "local"]
    """What decisions do while the backend is unreachable."""

    @property
    def up(self) -> bool:
        """Whether the backend answered its last command or check."""
        ...

    @property
    def problem(self) -> str:
        """Why it is down (for the refusal's reason); empty while up."""
        ...

    async def limits(self, checks: Sequence[LimitCheck]) -> tuple[int, float] | None:
        """Charge a request to `checks` in order, in one round trip: None when all admit
        it, else (index of the first that refuses, seconds until it would admit).
        Raises `StateUnavailable` (and counts as down) when the backend cannot answer."""
        ...

    def fell_back(self) -> None:
        """A decision went ahead on local state while the backend is down."""
        ...

    async def status(self) -> dict[str, Any]:
        """The backend and the instances sharing it, for `secproxy status`."""
        ...
