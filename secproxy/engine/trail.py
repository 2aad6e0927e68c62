"""Changes made to the proxy itself, as ledger records next to the decisions.

Who blocked or unblocked a principal (an operator, or the strike policy and its expiry),
who replaced the rules, when the config was reloaded or a reload was refused, who
turned the kill switch on (for which surfaces) or off: each
becomes one record of surface `operator` in the same hash-chained ledger, so
`secproxy audit query --surface operator` answers "who changed what, when". The actor
is the record's principal (`user:<name>`; `user:system` for the proxy's own policy).

The records are made from the bus's `principal`, `config` and `kill_switch` events by
`trail_record`, which the engine runs as an inline listener; nothing here decides anything.
"""

from __future__ import annotations

from secproxy.events import ConfigEvent, Event, KillSwitchEvent, PrincipalEvent, RecordEvent
from secproxy.model import (
    Action,
    Decision,
    Direction,
    Outcome,
    Principal,
    Surface,
    Target,
    Verdict,
    new_request_id,
)

SYSTEM = "system"
"""The actor of changes the proxy makes by itself (strike blocks, block expiry)."""

_PRINCIPAL_CHANGES = {"blocked": "block", "unblocked": "unblock"}


def _record(method: str, by: str | None, metadata: dict[str, object], *, ok: bool,
            reason: str | None, error: str | None = None, ts: float) -> RecordEvent:
    action = Action(Surface.OPERATOR, Direction.REQUEST, Principal(user=by or SYSTEM),
                    Target(method=method), metadata=metadata, request_id=new_request_id())
    verdict = Verdict(Decision.ALLOW if ok else Decision.BLOCK, reason=reason)
    return RecordEvent(action, verdict, Outcome(duration=0.0, error=error), ts=ts)


def trail_record(event: Event) -> RecordEvent | None:
    """The ledger record for a change to the proxy, or None for any other event."""
    if isinstance(event, PrincipalEvent):
        method = _PRINCIPAL_CHANGES.get(event.change)
        if method is None:
            return None
        meta: dict[str, object] = {"principal": event.key}
        if event.blocked_until is not None:
            meta["blocked_until"] = round(event.blocked_until, 3)
        if event.strikes:
            meta["strikes"] = event.strikes
        reason = f"{event.key}: {event.reason}" if event.reason else event.key
        return _record(method, event.by, meta, ok=True, reason=reason, ts=event.ts)
    if isinstance(event, ConfigEvent):
        meta = {"source": event.source}
        if event.rules is not None:
            meta["rules"] = event.rules
        if event.warnings:
            meta["warnings"] = len(event.warnings)
        if event.ok:
            return _record(event.change, event.by, meta, ok=True, reason=event.why, ts=event.ts)
        count = len(event.errors)
        reason = f"refused: {count} problem{'s' * (count != 1)}, the running config is kept"
        return _record(event.change, event.by, meta, ok=False, reason=reason,
                       error="; ".join(event.errors)[:1000] or None, ts=event.ts)
    if isinstance(event, KillSwitchEvent):
        names = ",".join(event.surfaces) or "no surface"
        reason = (f"deny-all for {names}" if event.on else f"lifted (was on for {names})")
        if event.reason:
            reason += f": {event.reason}"
        return _record("kill-switch on" if event.on else "kill-switch off", event.by,
                       {"surfaces": list(event.surfaces)}, ok=True, reason=reason,
                       ts=event.ts)
    return None
