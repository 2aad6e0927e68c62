"""What the operator API needs from the running proxy, named as a protocol.

`OperatorApi` (the one command table) and the HTTP operator sub-application depend on
this, not on `secproxy.runtime.Runtime`: the runtime satisfies it structurally, and a
test or another host (the inspection API's process, a bench) can hand in anything with
the same three members.
"""

from __future__ import annotations

from typing import Protocol

from secproxy.audit.query import LedgerReading
from secproxy.engine import Engine


class LedgerStatus(Protocol):
    """The ledger as the operator API sees it: a reader for queries (read-only, blocking:
    used in a thread), where it is and how its writer is doing (for `status`)."""

    def reader(self) -> LedgerReading:
        """A new reader of the ledger (close it, or use it as a context manager)."""
        ...

    @property
    def location(self) -> str:
        """The ledger's file, or its database without the password."""
        ...

    @property
    def written(self) -> int:
        """Records written since start."""
        ...

    @property
    def queued(self) -> int:
        """Records waiting to be written."""
        ...

    @property
    def healthy(self) -> bool:
        """False while the writer cannot write."""
        ...


class OperatorDeps(Protocol):
    """The running proxy, as far as operator commands reach into it."""

    @property
    def engine(self) -> Engine:
        """Decisions, approvals, principals, the running config and its source, reloads,
        the event bus."""
        ...

    @property
    def ledger(self) -> LedgerStatus:
        """The audit ledger: its reader for `audit/*`, its writer's state for `status`."""
        ...

    def addresses(self) -> dict[str, str]:
        """Every listener's bound address by name (and the control socket's path)."""
        ...
