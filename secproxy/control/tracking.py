"""Tracking views for operators: one principal in full, those blocked now, and the top
offenders — ranked by blocks, strikes and refused actions, never by traffic.

The counters, strikes and blocks come from the engine's tracker (in memory, the same
state that decides); which guards a principal set off is read from the ledger (its
most recent records with findings), so the engine keeps no extra state for it. The
command table in `commands.py` serves these over the socket and HTTP.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from typing import Any

from secproxy.audit.query import LedgerReading
from secproxy.control import protocol
from secproxy.engine.tracking import PrincipalState, PrincipalTracker
from secproxy.errors import SecproxyError

FINDINGS_SCANNED = 10_000
"""Most recent ledger records with findings read to count a principal's guard families."""


def _row(tracker: PrincipalTracker, state: PrincipalState, now: float) -> dict[str, Any]:
    data = protocol.principal_payload(state, now)
    data["last_activity"] = data["last_seen"]
    data["max_strikes"] = tracker.max_strikes
    data["strike_window"] = tracker.strike_window
    data["next_block_duration"] = tracker.next_block_duration(state.key, now)
    return data


def principal_view(tracker: PrincipalTracker, key: str, now: float
                   ) -> dict[str, Any] | None:
    """Strikes, block, first seen, last activity and totals of one principal."""
    state = tracker.get(key)
    if state is None:
        return None
    if state.blocked_until is not None and not state.is_blocked(now):
        tracker.active_block([key], now)  # an expired block ends here, as on a request
    return _row(tracker, state, now)


def blocked_now(tracker: PrincipalTracker, now: float) -> list[dict[str, Any]]:
    """Principals blocked at `now`, those whose block ends first first (endless last)."""
    rows = [_row(tracker, s, now) for s in tracker.all() if s.is_blocked(now)]
    rows.sort(key=lambda r: (r["block_forever"], r["blocked_until"] or 0.0, r["key"]))
    return rows


def top_offenders(tracker: PrincipalTracker, now: float, limit: int
                  ) -> list[dict[str, Any]]:
    """Principals with blocks, strikes or refused actions: most often blocked first, then
    most strikes, then blocked now, then most refused; traffic alone never ranks anyone."""
    ranked = sorted(
        (s for s in tracker.all() if s.blocks or s.strikes or s.blocked_requests),
        key=lambda s: (-s.blocks, -len(s.strikes), not s.is_blocked(now),
                       -s.blocked_requests, s.key),
    )
    return [_row(tracker, s, now) for s in ranked[:limit]]


def guard_families(open_reader: Callable[[], LedgerReading], key: str, *,
                   limit: int = FINDINGS_SCANNED) -> dict[str, int]:
    """Findings of the principal's most recent records, counted by family (a finding
    with no family — a rule, SSRF — by its category). Blocking I/O: run it in a thread."""
    counts: Counter[str] = Counter()
    try:
        reader = open_reader()
    except SecproxyError:  # no ledger yet: nothing recorded
        return {}
    with reader:
        try:
            texts = reader.findings_of(key, limit)
        except (sqlite3.Error, SecproxyError):
            return {}
    for text in texts:
        try:
            findings = json.loads(text)
        except ValueError:
            continue
        for f in findings if isinstance(findings, list) else []:
            if isinstance(f, dict):
                counts[str(f.get("family") or f.get("category") or "other")] += 1
    return dict(counts.most_common())
