"""The audit ledger writer: one hash-chained SQLite row per decision.

The writer consumes `record` events from the bus through a durable queue (publishers
wait when it is full, nothing is dropped), turns them into rows off the hot path,
chains each row to the previous one with SHA-256, and writes them in batches in one
transaction each. `close()` drains the queue completely before returning.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import aiosqlite

from secproxy.audit.redact import mask_url, redact_headers, sensitive_names
from secproxy.audit.schema import GENESIS, HASHED_COLUMNS, migrate
from secproxy.errors import SecproxyError
from secproxy.events import Event, EventBus, RecordEvent, Subscription

log = logging.getLogger("secproxy.audit")
_INSERT = (
    f"INSERT INTO records ({', '.join(HASHED_COLUMNS)}, hash) "
    f"VALUES ({', '.join('?' for _ in HASHED_COLUMNS)}, ?)"
)


# Encoders built once: constructing one per call costs more than the encoding itself.
_canonical = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode
_compact = json.JSONEncoder(separators=(",", ":"), default=str, sort_keys=True).encode


def row_hash(values: tuple[Any, ...]) -> str:
    """SHA-256 over the canonical JSON of the hashed columns (prev_hash included)."""
    return hashlib.sha256(_canonical(values).encode()).hexdigest()


def open_sqlite(path: Path) -> sqlite3.Connection:
    """Open (creating parents) and migrate a ledger file, in WAL mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    migrate(conn)
    return conn


class Ledger:
    """Consumes `record` events and appends them to the ledger file."""

    def __init__(
        self,
        path: Path,
        bus: EventBus,
        *,
        queue_size: int = 10_000,
        batch_size: int = 500,
        redact_extra: list[str] | None = None,
    ):
        self.path = path
        self.bus = bus
        self.batch_size = batch_size
        self.redact_names = sensitive_names(redact_extra or ())
        self.written = 0
        self.failed = 0
        self._sub: Subscription = bus.subscribe(
            "ledger", kinds={"record"}, maxsize=queue_size, durable=True
        )
        self._db: aiosqlite.Connection | None = None
        self._last_hash = GENESIS
        self._healthy = False
        self._inflight: asyncio.Future[None] | None = None

    @property
    def healthy(self) -> bool:
        """True while the file is open and the last write succeeded."""
        return self._healthy and self._db is not None

    @property
    def queued(self) -> int:
        return self._sub.queue.qsize()

    async def open(self) -> None:
        try:
            await asyncio.to_thread(lambda: open_sqlite(self.path).close())
            self._db = await aiosqlite.connect(self.path)
            await self._db.execute("PRAGMA synchronous=NORMAL")
            async with self._db.execute("SELECT hash FROM records ORDER BY id DESC LIMIT 1") as cur:
                row = await cur.fetchone()
        except (sqlite3.Error, OSError) as exc:
            raise SecproxyError(
                f"cannot open the audit ledger {self.path}: {exc}",
                hint="check audit.path and its directory's permissions",
            ) from None
        self._last_hash = row[0] if row else GENESIS
        self._healthy = True

    def to_row(self, event: RecordEvent) -> tuple[Any, ...]:
        """The hashed column values for one record (chained to the previous row)."""
        a, v, o = event.action, event.verdict, event.outcome
        t = a.target
        meta = dict(a.metadata)
        headers = meta.get("headers")
        if isinstance(headers, dict):
            meta["headers"] = redact_headers(headers, names=self.redact_names)
        values = (
            round(event.ts, 6),
            a.surface.value,
            a.direction.value,
            a.principal.key,
            a.session,
            a.principal.agent,
            t.method,
            t.host,
            t.port,
            mask_url(t.url),
            t.tool,
            o.status,
            o.bytes_in,
            o.bytes_out,
            round(o.duration * 1000, 3) if o.duration is not None else None,
            v.decision.value,
            v.rule,
            v.reason,
            _compact([f.to_dict() for f in v.findings]) if v.findings else "[]",
            _compact(v.shadow) if v.shadow else "[]",
            a.request_id,
            v.approval_id,
            o.error,
            _compact(meta) if meta else "{}",
            self._last_hash,
        )
        digest = row_hash(values)
        self._last_hash = digest
        return (*values, digest)

    async def run(self) -> None:
        """Write until cancelled; then `close()` drains what is left."""
        while True:
            first = await self._sub.get()
            batch = [first, *self._sub.drain(self.batch_size - 1)]
            # Shielded: cancelling the writer (shutdown) must not lose a batch mid-write.
            self._inflight = asyncio.ensure_future(self._write(batch))
            await asyncio.shield(self._inflight)

    def _rows(self, events: list[Event]) -> list[tuple[Any, ...]]:
        """Rows for a batch. A record whose metadata cannot be stored is kept without it
        (and says why) rather than stopping the writer, which would stall every request."""
        rows = []
        for event in events:
            if not isinstance(event, RecordEvent):
                continue
            try:
                rows.append(self.to_row(event))
            except Exception as exc:
                log.exception("ledger record %s: metadata dropped", event.action.request_id)
                bare = dataclasses.replace(event.action, metadata={"ledger_error": repr(exc)})
                rows.append(
                    self.to_row(RecordEvent(bare, event.verdict, event.outcome, ts=event.ts))
                )
        return rows

    async def _write(self, events: list[Event]) -> None:
        assert self._db is not None
        rows = self._rows(events)
        for attempt in range(3):
            try:
                await self._db.executemany(_INSERT, rows)
                await self._db.commit()
                self.written += len(rows)
                self._healthy = True
                return
            except sqlite3.Error as exc:
                self._healthy = False
                log.error("ledger write failed (attempt %d): %s", attempt + 1, exc)
                with contextlib.suppress(sqlite3.Error):
                    await self._db.rollback()
                await asyncio.sleep(0.05 * (attempt + 1))
        self.failed += len(rows)
        log.critical("%d ledger records could not be written to %s", len(rows), self.path)

    async def flush(self) -> None:
        """Write everything queued now."""
        while self._sub.queue.qsize():
            await self._write(self._sub.drain(self.batch_size))

    async def close(self) -> None:
        """Drain the queue, then close the file."""
        if self._db is None:
            return
        if self._inflight is not None:
            await self._inflight
        await self.flush()
        await self._db.close()
        self._db = None
        self._healthy = False
        self.bus.unsubscribe(self._sub)
