"""Persistence of principal state (strikes, blocks, counters) so blocks survive restarts.

The engine keeps principals in memory and marks changes dirty; `StateStore` loads them
at start, writes dirty ones in the background (at once after a block or unblock, else
every half second) and once more at shutdown. Rows of principals the tracker forgot
(idle ones past `tracking.max_principals`) are deleted in the same writes, so the file
stays as bounded as the table and a restart loads no more than it keeps.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import sqlite3
from pathlib import Path

import aiosqlite

from secproxy.engine.tracking import PrincipalState, PrincipalTracker
from secproxy.errors import SecproxyError
from secproxy.events import Event, EventBus, PrincipalEvent

log = logging.getLogger("secproxy.store")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS principals (
    key TEXT PRIMARY KEY,
    strikes TEXT NOT NULL,
    blocked_until REAL,
    block_reason TEXT,
    blocked_by TEXT,
    requests INTEGER NOT NULL,
    blocked_requests INTEGER NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL
);
"""
_FOREVER = 1e300  # SQLite REAL cannot hold inf portably


class StateStore:
    """Loads and saves the tracker's principals in `state.db`."""

    def __init__(
        self, path: Path, tracker: PrincipalTracker, bus: EventBus, *, interval: float = 0.5
    ):
        self.path = path
        self.tracker = tracker
        self.bus = bus
        self.interval = interval
        self._db: aiosqlite.Connection | None = None
        self._wake = asyncio.Event()

    async def open(self) -> int:
        """Open the file and load every principal; returns how many were loaded."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = await aiosqlite.connect(self.path)
            await self._db.execute("PRAGMA journal_mode=WAL")
            await self._db.executescript(_SCHEMA)
            async with self._db.execute("SELECT * FROM principals") as cur:
                rows = await cur.fetchall()
        except (sqlite3.Error, OSError) as exc:
            raise SecproxyError(f"cannot open the state database {self.path}: {exc}") from None
        states = []
        for r in rows:
            until = r[2]
            states.append(
                PrincipalState(
                    key=r[0],
                    strikes=json.loads(r[1]),
                    blocked_until=math.inf if until is not None and until >= _FOREVER else until,
                    block_reason=r[3],
                    blocked_by=r[4],
                    requests=r[5],
                    blocked_requests=r[6],
                    first_seen=r[7],
                    last_seen=r[8],
                )
            )
        self.tracker.load(states)
        self.bus.add_listener(self._on_event)
        return len(states)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PrincipalEvent) and event.change in ("blocked", "unblocked"):
            self._wake.set()

    async def run(self) -> None:
        while True:
            # Not asyncio.wait_for: on 3.11 it can swallow the cancel that stops us.
            try:
                async with asyncio.timeout(self.interval):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()
            await self.save()

    async def save(self) -> int:
        """Write changed principals and delete the rows of forgotten ones; returns how
        many principals were written."""
        states = self.tracker.take_dirty()
        gone = self.tracker.take_forgotten()
        if not (states or gone) or self._db is None:
            return 0
        rows = [
            (
                s.key,
                json.dumps(s.strikes),
                _FOREVER if s.blocked_until == math.inf else s.blocked_until,
                s.block_reason,
                s.blocked_by,
                s.requests,
                s.blocked_requests,
                s.first_seen,
                s.last_seen,
            )
            for s in states
        ]
        try:
            if gone:
                await self._db.executemany(
                    "DELETE FROM principals WHERE key = ?", [(k,) for k in gone]
                )
            if rows:
                await self._db.executemany(
                    "INSERT OR REPLACE INTO principals VALUES (?,?,?,?,?,?,?,?,?)", rows
                )
            await self._db.commit()
        except sqlite3.Error as exc:
            log.error(
                "could not save %d principals (and drop %d forgotten): %s",
                len(rows),
                len(gone),
                exc,
            )
            self._retry(states, gone)
            return 0
        except asyncio.CancelledError:
            # Shutdown cancelled the writer mid-save: keep them for close() to save.
            self._retry(states, gone)
            raise
        return len(rows)

    def _retry(self, states: list[PrincipalState], gone: set[str]) -> None:
        """Hand what a failed save took back to the tracker for the next one."""
        self.tracker.dirty.update(s.key for s in states)
        self.tracker.forgotten.update(gone)

    async def close(self) -> None:
        self.bus.remove_listener(self._on_event)
        if self._db is not None:
            await self.save()
            await self._db.close()
            self._db = None
