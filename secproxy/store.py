"""Persistence of principal state (strikes, blocks, counters) so blocks survive restarts,
and of the kill switch, so a restart does not silently lift it.

The engine keeps principals in memory and marks changes dirty; `StateStore` loads them
at start, writes dirty ones in the background (at once after a block or unblock, else
every half second) and once more at shutdown. Rows of principals the tracker forgot
(idle ones past `tracking.max_principals`) are deleted in the same writes, so the file
stays as bounded as the table and a restart loads no more than it keeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import sqlite3
from pathlib import Path

import aiosqlite

from secproxy.engine.killswitch import KillSwitch
from secproxy.engine.tracking import PrincipalState, PrincipalTracker
from secproxy.errors import SecproxyError
from secproxy.events import Event, EventBus, KillSwitchEvent, PrincipalEvent, listens
from secproxy.files import create_private

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
    last_seen REAL NOT NULL,
    blocks INTEGER NOT NULL DEFAULT 0,
    level INTEGER NOT NULL DEFAULT 0,
    level_until REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS kill_switch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL
);
"""
_FOREVER = 1e300  # SQLite REAL cannot hold inf portably
_COLUMNS = ("key", "strikes", "blocked_until", "block_reason", "blocked_by", "requests",
            "blocked_requests", "first_seen", "last_seen", "blocks", "level", "level_until")
_ADDED = {"blocks": "INTEGER NOT NULL DEFAULT 0", "level": "INTEGER NOT NULL DEFAULT 0",
          "level_until": "REAL NOT NULL DEFAULT 0"}
"""Columns added since the first release: a state.db written before gets them at open."""


class StateStore:
    """Loads and saves the tracker's principals in `state.db`."""

    def __init__(
        self, path: Path, tracker: PrincipalTracker, bus: EventBus, *, interval: float = 0.5,
        kill_switch: KillSwitch | None = None,
    ):
        self.path = path
        self.tracker = tracker
        self.kill_switch = kill_switch
        self._switched = False
        """The kill switch changed since the last save."""
        self.bus = bus
        self.interval = interval
        self._db: aiosqlite.Connection | None = None
        self._wake = asyncio.Event()
        self._running = False
        self._failing = False

    @property
    def healthy(self) -> bool:
        """True while the file is open, the saver runs and its last save succeeded."""
        return self._db is not None and self._running and not self._failing

    async def open(self) -> int:
        """Open the file and load every principal; returns how many were loaded."""
        try:
            create_private(self.path)
            self._db = await aiosqlite.connect(self.path)
            await self._db.execute("PRAGMA journal_mode=WAL")
            await self._db.executescript(_SCHEMA)
            async with self._db.execute("PRAGMA table_info(principals)") as cur:
                have = {row[1] for row in await cur.fetchall()}
            for name, kind in _ADDED.items():
                if name not in have:
                    await self._db.execute(f"ALTER TABLE principals ADD COLUMN {name} {kind}")
            await self._db.commit()
            async with self._db.execute(
                    f"SELECT {', '.join(_COLUMNS)} FROM principals") as cur:
                rows = await cur.fetchall()
            async with self._db.execute("SELECT state FROM kill_switch") as cur:
                switch = await cur.fetchone()
        except (sqlite3.Error, OSError) as exc:
            raise SecproxyError(f"cannot open the state database {self.path}: {exc}") from None
        states = []
        for r in rows:
            until = r[2]
            states.append(
                PrincipalState(
                    key=_from_db(r[0]) or "",
                    strikes=json.loads(r[1]),
                    blocked_until=math.inf if until is not None and until >= _FOREVER else until,
                    block_reason=_from_db(r[3]),
                    blocked_by=_from_db(r[4]),
                    requests=r[5],
                    blocked_requests=r[6],
                    first_seen=r[7],
                    last_seen=r[8],
                    blocks=r[9],
                    level=r[10],
                    level_until=r[11],
                )
            )
        self.tracker.load(states)
        if switch is not None and self.kill_switch is not None:
            self.kill_switch.load(json.loads(switch[0]))
            if self.kill_switch.on:
                log.warning("the kill switch is on (%s), as it was left; lift it with: "
                            "secproxy kill-switch off", self.kill_switch.message)
        self.bus.add_listener(self._on_event)
        return len(states)

    @listens("principal", "kill_switch")
    def _on_event(self, event: Event) -> None:
        if isinstance(event, PrincipalEvent) and event.change in ("blocked", "unblocked"):
            self._wake.set()
        elif isinstance(event, KillSwitchEvent):
            self._switched = True
            self._wake.set()

    async def run(self) -> None:
        """Save changes until cancelled. Nothing a principal carries stops it: a save that
        fails is logged and retried with the next one."""
        self._running = True
        try:
            while True:
                # Not asyncio.wait_for: on 3.11 it can swallow the cancel that stops us.
                try:
                    async with asyncio.timeout(self.interval):
                        await self._wake.wait()
                except TimeoutError:
                    pass
                self._wake.clear()
                await self.save()
        finally:
            self._running = False

    async def save(self) -> int:
        """Write changed principals and delete the rows of forgotten ones; returns how
        many principals were written."""
        if self._switched and self._db is not None and self.kill_switch is not None:
            await self._save_switch()
        states = self.tracker.take_dirty()
        gone = self.tracker.take_forgotten()
        if not (states or gone) or self._db is None:
            return 0
        rows = [
            (
                _to_db(s.key),
                json.dumps(s.strikes),
                _FOREVER if s.blocked_until == math.inf else s.blocked_until,
                _to_db(s.block_reason),
                _to_db(s.blocked_by),
                s.requests,
                s.blocked_requests,
                s.first_seen,
                s.last_seen,
                s.blocks,
                s.level,
                s.level_until,
            )
            for s in states
        ]
        try:
            if gone:
                await self._db.executemany(
                    "DELETE FROM principals WHERE key = ?", [(_to_db(k),) for k in gone]
                )
            if rows:
                await self._db.executemany(
                    f"INSERT OR REPLACE INTO principals ({', '.join(_COLUMNS)}) VALUES "
                    f"({','.join('?' * len(_COLUMNS))})", rows
                )
            await self._db.commit()
        except Exception as exc:
            self._failing = True
            with contextlib.suppress(Exception):
                await self._db.rollback()
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
        self._failing = False
        return len(rows)

    async def _save_switch(self) -> None:
        assert self._db is not None and self.kill_switch is not None
        self._switched = False
        state = json.dumps(self.kill_switch.to_dict())
        try:
            await self._db.execute("INSERT OR REPLACE INTO kill_switch VALUES (1, ?)", (state,))
            await self._db.commit()
        except sqlite3.Error as exc:
            self._switched = True  # retried with the next save
            self._failing = True
            log.error("could not save the kill switch: %s", exc)
        except asyncio.CancelledError:
            self._switched = True  # the stop cancelled the writer: close() saves it
            raise

    def _retry(self, states: list[PrincipalState], gone: set[str]) -> None:
        """Hand what a failed save took back to the tracker for the next one."""
        self.tracker.dirty.update(s.key for s in states)
        self.tracker.forgotten.update(gone)

    async def close(self) -> None:
        self.bus.remove_listener(self._on_event)
        if self._db is not None:
            # The switch's last state is written whatever the bus delivered before the
            # stop (a change made just before it must survive the restart).
            self._switched = self.kill_switch is not None
            await self.save()
            await self._db.close()
            self._db = None


def _to_db(text: str | None) -> str | bytes | None:
    """Text as stored: itself, or (when UTF-8 cannot encode it, e.g. a principal key with
    a lone surrogate from a JSON escape) its surrogate-preserving bytes, so that it
    round-trips exactly."""
    if text is None:
        return None
    try:
        text.encode()
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
    return text


def _from_db(value: str | bytes | None) -> str | None:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value
