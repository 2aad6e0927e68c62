"""Sessions: what accumulates across one agent session's actions.

Each session keeps a count of actions and blocks, a cumulative risk score (sum of finding
severities) and a taint level (raised when untrusted content flows through it). Rules
can require a minimum taint (`min_taint`); surfaces raise taint through `taint()`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from secproxy.events import EventBus, TaintEvent
from secproxy.model import Finding, Severity

SEVERITY_RISK = {
    Severity.INFO: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 3,
    Severity.HIGH: 6,
    Severity.CRITICAL: 10,
}
_MAX_SESSIONS = 50_000


@dataclass(slots=True)
class SessionState:
    id: str
    actions: int = 0
    blocked: int = 0
    risk: int = 0
    taint: int = 0
    taint_source: str | None = None
    last_seen: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actions": self.actions,
            "blocked": self.blocked,
            "risk": self.risk,
            "taint": self.taint,
            "taint_source": self.taint_source,
            "last_seen": self.last_seen,
        }


class SessionTracker:
    """Bounded LRU of session states."""

    def __init__(self, bus: EventBus, clock: Callable[[], float]):
        self._bus = bus
        self._clock = clock
        self._sessions: OrderedDict[str, SessionState] = OrderedDict()

    def get(self, session: str | None) -> SessionState | None:
        return self._sessions.get(session) if session else None

    def _state(self, session: str) -> SessionState:
        st = self._sessions.get(session)
        if st is None:
            st = self._sessions[session] = SessionState(session)
            if len(self._sessions) > _MAX_SESSIONS:
                self._sessions.popitem(last=False)
        else:
            self._sessions.move_to_end(session)
        return st

    def taint_of(self, session: str | None) -> int:
        st = self._sessions.get(session) if session else None
        return st.taint if st is not None else 0

    def observe(self, session: str, findings: list[Finding], blocked: bool) -> SessionState:
        st = self._state(session)
        st.actions += 1
        st.last_seen = self._clock()
        if blocked:
            st.blocked += 1
        for f in findings:
            st.risk += SEVERITY_RISK.get(f.severity, 0)
        return st

    def taint(self, session: str, level: int, source: str | None = None) -> SessionState:
        """Raise the session's taint to at least `level` (taint never drops by itself)."""
        st = self._state(session)
        if level > st.taint:
            previous = st.taint
            st.taint = level
            st.taint_source = source
            self._bus.emit(TaintEvent(session, level, previous, source))
        return st

    def all(self) -> list[SessionState]:
        return list(self._sessions.values())
