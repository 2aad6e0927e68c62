"""What the engine asks of state shared between instances (`state.backend: redis`).

The engine keeps deciding on its own in-memory state (trackers, limiters, approvals);
a `SharedState` adds what must hold across instances: limit counters decided on the
server, the LLM gateway's token and spending windows, used permit nonces, MCP tool
pins, and whether the server can be reached at
all. With
`state.backend: memory` there is none and nothing changes. No I/O library is imported
here, so the engine can depend on this module alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


@dataclass(frozen=True, slots=True)
class AmountCheck:
    """An amount (LLM tokens, spending) counted in a sliding window on the shared
    server, for one key."""

    counter: str
    """Names the window and the key it counts for."""
    window: float
    """Its length (seconds)."""
    limit: float
    """Most the window may hold (unused when only adding)."""
    amount: float
    """What the request needs (or, added, what to correct by: may be negative)."""


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

    async def take_amounts(self, checks: Sequence[AmountCheck]) -> tuple[int, float] | None:
        """Count each amount in its window if every one fits under its limit, in one
        round trip: None when counted, else (index of the check that frees last, seconds
        until it would fit). Raises `StateUnavailable` when the backend cannot answer."""
        ...

    async def add_amounts(self, adds: Sequence[AmountCheck]) -> None:
        """Count amounts with no check (what a request really used, less its estimate).
        When the backend cannot answer they wait and are sent once it is back."""
        ...

    async def use_nonce(self, nonce: str, expires: float) -> bool:
        """Mark a permit's nonce used on the server until `expires` (epoch seconds),
        atomically: True the first time any instance uses it, False after. Raises
        `StateUnavailable` when the backend cannot answer: the caller refuses the permit
        then, whatever `on_failure` says (a replayed permit is worse than a refused one)."""
        ...

    async def tool_pins(self, server: str) -> dict[str, str]:
        """The pinned tools of an MCP server on the backend: tool name → its pin (JSON).
        Raises `StateUnavailable` when the backend cannot answer."""
        ...

    async def pin_tools(self, server: str, pins: Mapping[str, str], *, first: bool,
                        drop: str | None = None) -> dict[str, str]:
        """Store pins of an MCP server's tools. `first`: each only where that tool has no
        pin yet (the first instance to pin it wins); else they replace what is there
        (an operator approved them) and `drop`'s pin goes (a renamed tool's old name).
        Returns the pins stored now for those names. Raises `StateUnavailable`."""
        ...

    async def tools_listed(self, server: str, *, mark: bool) -> bool:
        """Whether an instance saw a tools list of an MCP server (with pins or none: every
        tool in it refused); `mark`: this one has, stored first. Raises
        `StateUnavailable`."""
        ...

    def fell_back(self) -> None:
        """A decision went ahead on local state while the backend is down."""
        ...

    async def status(self) -> dict[str, Any]:
        """The backend and the instances sharing it, for `secproxy status`."""
        ...
