"""Persistence of sessions (risk, taint, chain steps) and their timelines, in `state.db`.

Like `StateStore` for principals: the engine's `SessionTracker` lives in memory and
marks what changed; `SessionStore` loads every session at start, writes changed ones and
the queued timeline entries in the background (every half second) and once more at
shutdown, so a session's risk, taint and chain steps survive a restart. A session's
timeline keeps its last `sessions.timeline_max` calls; sessions the tracker forgot take
their rows with them.

Reads (`timeline`) use their own connection in a thread, after a save, so what a caller
just did is in the answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

import orjson

from secproxy.engine.chains import Step
from secproxy.engine.session import SessionState, SessionTracker
from secproxy.errors import SecproxyError
from secproxy.files import create_private

log = logging.getLogger("secproxy.store")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    last_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS session_calls (
    session TEXT NOT NULL,
    seq INTEGER NOT NULL,
    ts REAL NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (session, seq)
);
"""
_FIELDS = ("actions", "blocked", "risk", "risk_at", "taint", "taint_source", "first_seen",
           "last_seen", "principal", "chains", "peak")


def _dump(st: SessionState) -> str:
    data: dict[str, Any] = {k: getattr(st, k) for k in _FIELDS}
    data["steps"] = [s.to_list() for s in st.steps]
    return json.dumps(data, separators=(",", ":"))


def _entry(call: dict[str, Any]) -> str:
    """A timeline entry as stored: JSON by orjson (one for every call a session makes: a
    fifth of `json.dumps`'s time), by `json.dumps` where orjson refuses (a lone surrogate,
    an integer past 64 bits)."""
    try:
        return orjson.dumps(call, default=str).decode()
    except TypeError:
        return json.dumps(call, default=str)


def _load(key: str, text: str) -> SessionState:
    data = json.loads(text)
    st = SessionState(key, **{k: data[k] for k in _FIELDS if k in data})
    st.steps.extend(Step.from_list(row) for row in data.get("steps", []))
    return st


class SessionStore:
    """Loads and saves the engine's sessions and their timelines in `state.db`."""

    def __init__(self, path: Path, tracker: SessionTracker, *, interval: float = 0.5):
        self.path = path
        self.tracker = tracker
        self.interval = interval
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._save_lock = asyncio.Lock()
        self._failing = False

    @property
    def healthy(self) -> bool:
        return self._db is not None and not self._failing

    def _connect(self) -> sqlite3.Connection:
        create_private(self.path)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA busy_timeout=5000")
        db.executescript(_SCHEMA)
        return db

    async def open(self) -> int:
        """Open the file and load every session; returns how many were loaded."""

        def load() -> list[SessionState]:
            db = self._db = self._connect()
            rows = db.execute("SELECT id, state FROM sessions").fetchall()
            out = []
            for key, text in rows:
                try:
                    out.append(_load(key, text))
                except (ValueError, TypeError, KeyError) as exc:
                    log.warning("session %r in %s is unreadable, dropped: %s", key, self.path,
                                exc)
            return out

        try:
            states = await asyncio.to_thread(load)
        except (sqlite3.Error, OSError) as exc:
            raise SecproxyError(f"cannot open the state database {self.path}: {exc}") from None
        self.tracker.load(states)
        return len(states)

    async def run(self) -> None:
        """Save changes until cancelled; a save that fails is logged and retried."""
        while True:
            await asyncio.sleep(self.interval)
            await self.save()

    async def save(self) -> int:
        """Write changed sessions and queued calls; returns how many calls were written."""
        async with self._save_lock:
            tracker = self.tracker
            states = tracker.take_dirty()
            gone = tracker.take_forgotten()
            calls = tracker.take_calls()
            if not (states or gone or calls) or self._db is None:
                return 0
            rows = [(st.id, _dump(st), st.last_seen) for st in states]
            try:
                await asyncio.to_thread(self._write, rows, gone, calls)
            except (sqlite3.Error, OSError) as exc:
                self._failing = True
                log.error("could not save %d sessions and %d calls: %s", len(rows), len(calls),
                          exc)
                tracker.dirty.update(st.id for st in states)
                tracker.forgotten.update(gone)
                tracker.calls.extendleft(reversed(calls))
                return 0
            self._failing = False
            return len(calls)

    def _write(self, rows: list[tuple[str, str, float]], gone: set[str],
               calls: list[dict[str, Any]]) -> None:
        with self._lock:
            db = self._db
            if db is None:
                return
            db.execute("BEGIN")
            try:
                if gone:
                    db.executemany("DELETE FROM sessions WHERE id = ?", [(k,) for k in gone])
                    db.executemany("DELETE FROM session_calls WHERE session = ?",
                                   [(k,) for k in gone])
                if rows:
                    db.executemany("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?)", rows)
                if calls:
                    db.executemany(
                        "INSERT OR REPLACE INTO session_calls VALUES (?, ?, ?, ?)",
                        [(c["session"], c["seq"], c["ts"], _entry(c)) for c in calls])
                    last: dict[str, int] = {}
                    for c in calls:
                        last[c["session"]] = max(last.get(c["session"], 0), c["seq"])
                    keep = self.tracker.timeline_max  # the running config's
                    db.executemany("DELETE FROM session_calls WHERE session = ? AND seq <= ?",
                                   [(k, seq - keep) for k, seq in last.items() if seq > keep])
                db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise

    async def timeline(self, session: str, *, limit: int = 1000, offset: int = 0
                       ) -> tuple[list[dict[str, Any]], int]:
        """A session's calls, oldest first (`limit` of them from `offset`), and how many
        are kept in all."""
        await self.save()

        def read() -> tuple[list[dict[str, Any]], int]:
            with self._lock:
                db = self._db
                if db is None:
                    raise SecproxyError("the session store is closed")
                (total,) = db.execute("SELECT COUNT(*) FROM session_calls WHERE session = ?",
                                      (session,)).fetchone()
                rows = db.execute("SELECT entry FROM session_calls WHERE session = ? "
                                  "ORDER BY seq LIMIT ? OFFSET ?",
                                  (session, limit, offset)).fetchall()
            return [json.loads(r[0]) for r in rows], int(total)

        return await asyncio.to_thread(read)

    async def close(self) -> None:
        if self._db is None:
            return
        await self.save()
        with self._lock:
            self._db.close()
            self._db = None
