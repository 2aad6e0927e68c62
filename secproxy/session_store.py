"""Persistence of sessions (risk, taint, chain steps) and their timelines, in `state.db`.

Like `StateStore` for principals: the engine's `SessionTracker` lives in memory and
marks what changed; `SessionStore` loads every session at start, writes changed ones and
the queued timeline entries in the background (every half second) and once more at
shutdown, so a session's risk, taint and chain steps survive a restart. A session's
timeline keeps its last `sessions.timeline_max` calls; sessions the tracker forgot take
their rows with them.

A session is kept under its key (`session_key`: whose it is and its id). A file written
before sessions had owners is moved once, when it is opened: a session goes to the
principal that acted in it last, with its calls; one whose last principal was an agent's
self-declared name (whose address was not kept) is dropped, with one log line.

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
from secproxy.engine.session import SessionState, SessionTracker, session_key, split_session_key
from secproxy.errors import SecproxyError
from secproxy.files import create_private

log = logging.getLogger("secproxy.store")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    last_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS session_calls (
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    ts REAL NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (key, seq)
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
    parts = split_session_key(key)
    if parts is None:
        raise ValueError("the key names no owner")
    data = json.loads(text)
    st = SessionState(parts[1], parts[0], **{k: data[k] for k in _FIELDS if k in data})
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
        columns = [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
        if "id" in columns:
            self._give_owners(db)
        db.executescript(_SCHEMA)
        return db

    def _give_owners(self, db: sqlite3.Connection) -> None:
        """Move sessions kept by id alone (before they had owners) to their keys, in one
        transaction: each to the principal that acted in it last, unless that was an
        agent's self-declared name (`taint_anchor` would have chosen the address, which
        was not kept): those are dropped."""
        db.execute("BEGIN")
        try:
            db.execute("ALTER TABLE sessions RENAME TO sessions_v1")
            db.execute("ALTER TABLE session_calls RENAME TO session_calls_v1")
            for create in filter(str.strip, _SCHEMA.split(";")):
                db.execute(create)  # executescript would commit the transaction first
            moved = dropped = 0
            for sid, text, last_seen in db.execute(
                    "SELECT id, state, last_seen FROM sessions_v1").fetchall():
                try:
                    owner = json.loads(text).get("principal")
                except (ValueError, AttributeError):
                    owner = None
                if not isinstance(owner, str) or owner.startswith("agent:"):
                    dropped += 1
                    continue
                key = session_key(owner, sid)
                db.execute("INSERT INTO sessions VALUES (?, ?, ?)", (key, text, last_seen))
                db.execute("INSERT INTO session_calls SELECT ?, seq, ts, entry "
                           "FROM session_calls_v1 WHERE session = ?", (key, sid))
                moved += 1
            db.execute("DROP TABLE sessions_v1")
            db.execute("DROP TABLE session_calls_v1")
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        log.warning("sessions in %s now belong to their principals: %d kept, each under the "
                    "principal that acted in it last; %d dropped (last acted in by an agent "
                    "name alone)", self.path, moved, dropped)

    async def open(self) -> int:
        """Open the file and load every session; returns how many were loaded."""

        def load() -> list[SessionState]:
            db = self._db = self._connect()
            rows = db.execute("SELECT key, state FROM sessions").fetchall()
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
            rows = [(st.key, _dump(st), st.last_seen) for st in states]
            try:
                await asyncio.to_thread(self._write, rows, gone, calls)
            except (sqlite3.Error, OSError) as exc:
                self._failing = True
                log.error("could not save %d sessions and %d calls: %s", len(rows), len(calls),
                          exc)
                tracker.dirty.update(st.key for st in states)
                tracker.forgotten.update(gone)
                tracker.calls.extendleft(reversed(calls))
                return 0
            self._failing = False
            return len(calls)

    def _write(self, rows: list[tuple[str, str, float]], gone: set[str],
               calls: list[tuple[str, dict[str, Any]]]) -> None:
        with self._lock:
            db = self._db
            if db is None:
                return
            db.execute("BEGIN")
            try:
                if gone:
                    db.executemany("DELETE FROM sessions WHERE key = ?", [(k,) for k in gone])
                    db.executemany("DELETE FROM session_calls WHERE key = ?",
                                   [(k,) for k in gone])
                if rows:
                    db.executemany("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?)", rows)
                if calls:
                    db.executemany(
                        "INSERT OR REPLACE INTO session_calls VALUES (?, ?, ?, ?)",
                        [(k, c["seq"], c["ts"], _entry(c)) for k, c in calls])
                    last: dict[str, int] = {}
                    for k, c in calls:
                        last[k] = max(last.get(k, 0), c["seq"])
                    keep = self.tracker.timeline_max  # the running config's
                    db.executemany("DELETE FROM session_calls WHERE key = ? AND seq <= ?",
                                   [(k, seq - keep) for k, seq in last.items() if seq > keep])
                db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise

    async def timeline(self, key: str, *, limit: int = 1000, offset: int = 0
                       ) -> tuple[list[dict[str, Any]], int]:
        """A session's calls (`key`: `SessionState.key`), oldest first (`limit` of them
        from `offset`), and how many are kept in all."""
        await self.save()

        def read() -> tuple[list[dict[str, Any]], int]:
            with self._lock:
                db = self._db
                if db is None:
                    raise SecproxyError("the session store is closed")
                (total,) = db.execute("SELECT COUNT(*) FROM session_calls WHERE key = ?",
                                      (key,)).fetchone()
                rows = db.execute("SELECT entry FROM session_calls WHERE key = ? "
                                  "ORDER BY seq LIMIT ? OFFSET ?",
                                  (key, limit, offset)).fetchall()
            return [json.loads(r[0]) for r in rows], int(total)

        return await asyncio.to_thread(read)

    async def close(self) -> None:
        if self._db is None:
            return
        await self.save()
        with self._lock:
            self._db.close()
            self._db = None
