"""The kill switch: deny everything on chosen surfaces until an operator lifts it.

`KillSwitch` is engine state that outlives config snapshots (a reload does not lift it)
and is persisted by the state store (a restart does not lift it either). While it is on,
the first stage of the pipeline (`KillSwitchStage`) refuses every action on a covered
surface with a `kill_switch` finding, before any other stage runs; while it is off the
stage is left out of the pipeline, so it costs nothing. Turning it on or off emits a
`KillSwitchEvent`, which becomes an operator record in the ledger and a stream event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from secproxy.errors import SecproxyError
from secproxy.events import EventBus, KillSwitchEvent
from secproxy.model import Surface

SURFACES = tuple(s for s in Surface if s is not Surface.OPERATOR)
"""What the switch can cover: every surface an action comes through."""


def parse_surfaces(names: Iterable[str] | None) -> frozenset[Surface]:
    """Surface names (`egress`, `llm`…, or `all`) → surfaces; None or empty means all."""
    chosen: set[Surface] = set()
    for raw in names or ():
        for name in str(raw).split(","):
            name = name.strip().lower()
            if not name:
                continue
            if name == "all":
                chosen.update(SURFACES)
                continue
            try:
                surface = Surface(name)
            except ValueError:
                surface = None
            if surface is None or surface is Surface.OPERATOR:
                raise SecproxyError(
                    f"{name!r} is not a surface the kill switch can cover",
                    hint="one or more of: all, " + ", ".join(s.value for s in SURFACES))
            chosen.add(surface)
    return frozenset(chosen or SURFACES)


class KillSwitch:
    """Which surfaces are denied, since when, by whom and why (off: no surfaces)."""

    __slots__ = ("surfaces", "since", "by", "reason", "message", "_bus", "_clock", "_changed")

    def __init__(self, bus: EventBus, clock: Callable[[], float], *,
                 on_change: Callable[[], None] | None = None):
        self._bus = bus
        self._clock = clock
        self._changed = on_change
        """Called after every switching (the engine adds or drops the stage)."""
        self.surfaces: frozenset[Surface] = frozenset()
        """Covered surfaces; empty when the switch is off (the stage's only check)."""
        self.since: float | None = None
        self.by: str | None = None
        self.reason: str | None = None
        self.message = ""
        """The refusal's text, built once per switching (the stage runs per action)."""

    @property
    def on(self) -> bool:
        return bool(self.surfaces)

    def turn_on(self, surfaces: frozenset[Surface], *, by: str, reason: str | None = None
                ) -> None:
        """Deny every action on `surfaces` from now on (replaces the surfaces covered)."""
        self._set(surfaces, self._clock(), by, reason)
        self._bus.emit(KillSwitchEvent(True, sorted(s.value for s in surfaces), by=by,
                                       reason=reason))

    def turn_off(self, *, by: str, reason: str | None = None) -> None:
        """Lift the switch (a no-op that is still recorded when it was off)."""
        was = sorted(s.value for s in self.surfaces)
        self._set(frozenset(), None, None, None)
        self._bus.emit(KillSwitchEvent(False, was, by=by, reason=reason))

    def _set(self, surfaces: frozenset[Surface], since: float | None, by: str | None,
             reason: str | None) -> None:
        self.since, self.by, self.reason = since, by, reason
        if surfaces:
            when = datetime.fromtimestamp(since or 0, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            names = ",".join(sorted(s.value for s in surfaces))
            self.message = (
                f"kill switch on for {names} since {when} by {by or 'an operator'}"
                + (f": {reason}" if reason else "")
                + "; lift it with: secproxy kill-switch off")
        else:
            self.message = ""
        self.surfaces = surfaces
        if self._changed is not None:
            self._changed()

    def to_dict(self) -> dict[str, Any]:
        return {"on": self.on, "surfaces": sorted(s.value for s in self.surfaces),
                "since": self.since, "by": self.by, "reason": self.reason}

    def load(self, data: dict[str, Any]) -> None:
        """Restore a persisted state (`to_dict`), silently: it is no new switching."""
        names = [n for n in data.get("surfaces") or [] if n in {s.value for s in SURFACES}]
        if data.get("on") and names:
            self._set(frozenset(Surface(n) for n in names), data.get("since"),
                      data.get("by"), data.get("reason"))
