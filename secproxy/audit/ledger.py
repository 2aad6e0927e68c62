"""The audit ledger writer: one hash-chained SQLite row per decision, under a signed head.

The writer consumes `record` (and, in strict durability, `intent`) events from the bus
through a durable queue: publishers wait when it is full, nothing is dropped. Rows are
built on the event loop, a few dozen per turn; chaining (SHA-256 over each row and its
predecessor's hash), the insert, the signed head and the commit run in one thread of
their own, one transaction per batch. In `batch` durability a batch waits `linger`
(10 ms) for more records once the first arrives, so that light load does not pay a
transaction and a signature per record.

What keeps the ledger whole:
- the chain's last hash only moves once a batch is committed, and a batch that fails
  (a lock held by another process, a full disk) is retried until it is written;
- any string from the wire can be recorded: one that cannot be encoded (a lone
  surrogate from a JSON escape) is stored escaped, with a note in the record;
- every commit also rewrites the Ed25519-signed head (count, last id, last hash), so a
  cut tail is detected by `audit verify`;
- `durability: strict` writes an intent row before the action proceeds and replaces it
  with the record; intents left by a crash become records whose outcome is unknown.
`close(timeout)` drains the queue, or gives up at the deadline and says how many
records were left unwritten.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from secproxy.audit.redact import mask_url, mask_value, sensitive_names
from secproxy.audit.schema import GENESIS, HASHED_COLUMNS, migrate
from secproxy.audit.signing import Head, HeadSigner, check_head
from secproxy.errors import SecproxyError
from secproxy.events import Event, EventBus, IntentEvent, RecordEvent, Subscription
from secproxy.files import create_private
from secproxy.model import Decision, Direction, Surface

log = logging.getLogger("secproxy.audit")
_INSERT = (
    f"INSERT INTO records (id, {', '.join(HASHED_COLUMNS)}, hash) "
    f"VALUES (?, {', '.join('?' for _ in HASHED_COLUMNS)}, ?)"
)
_PUT_HEAD = "INSERT OR REPLACE INTO heads VALUES (1, ?, ?, ?, ?, ?, ?)"
_METADATA = HASHED_COLUMNS.index("metadata")
_ERROR = HASHED_COLUMNS.index("error")
_REQUEST_ID = HASHED_COLUMNS.index("request_id")
_FIRST_WITH_HEADS = 2
"""The ledger schema version that added the signed head."""
BATCH_LINGER = 0.01
"""Default `Ledger.linger`. Each batch costs a hand-over to the writer thread, a
transaction, a WAL append of every page it touched and an Ed25519 signature of the head
whatever its size (measured on a busy machine: ~385 us of CPU for a batch of one, ~35 us
per record in a full batch), so under light load (one request at a time, new tunnels)
every record paid all of it; waiting this long lets a few milliseconds of records share
one. A crash loses them, as it loses everything `batch` durability has queued."""
_VALUE: dict[Any, str] = {m: m.value for e in (Surface, Direction, Decision) for m in e}
"""Each enum member's plain string (`.value` is a descriptor call, three per record)."""
_ROWS_PER_TURN = 32
"""Rows built between two turns of the event loop."""
INTERRUPTED = "interrupted: secproxy stopped before this action finished (outcome unknown)"

# Encoders built once: constructing one per call costs more than the encoding itself.
_canonical = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode
_compact = json.JSONEncoder(separators=(",", ":"), default=str, sort_keys=True).encode


def row_hash(values: Sequence[Any]) -> str:
    """SHA-256 over the canonical JSON of the hashed columns (prev_hash included)."""
    return hashlib.sha256(_canonical(values).encode()).hexdigest()


def storable(values: Sequence[Any]) -> tuple[Any, ...]:
    """`values` with every string that UTF-8 cannot encode (lone surrogates) escaped as
    `\\udc80`, and a `ledger_note` in the metadata naming the columns changed."""
    out = list(values)
    changed = []
    for i, value in enumerate(out):
        if isinstance(value, str):
            try:
                value.encode()
            except UnicodeEncodeError:
                out[i] = value.encode("utf-8", "backslashreplace").decode()
                changed.append(HASHED_COLUMNS[i])
    if changed:
        try:
            meta = json.loads(out[_METADATA]) if out[_METADATA] else {}
        except ValueError:
            meta = {}
        if not isinstance(meta, dict):
            meta = {"metadata": meta}
        meta["ledger_note"] = "unencodable characters escaped in: " + ", ".join(changed)
        out[_METADATA] = _compact(meta)
    return tuple(out)


def _redacted_headers(meta: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    """`meta` with its `headers` redacted with the ledger's names; `meta` itself when
    they are clean. The bus masked them with the same function already, so the check
    is the cache hit of `mask_value`'s header test, not a scan of every value again."""
    headers = meta.get("headers")
    if not isinstance(headers, dict):
        return meta
    wrapped = {"headers": headers}
    masked = mask_value(wrapped, names)
    return meta if masked is wrapped else {**meta, "headers": masked["headers"]}


def open_sqlite(path: Path, *, synchronous: str = "NORMAL") -> tuple[sqlite3.Connection, int]:
    """Open (creating parents and a 0600 file) and migrate a ledger file, in WAL mode;
    returns the connection and the schema version the file was at. SQLite gives the -wal
    and -shm files the database file's mode."""
    create_private(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA busy_timeout=2000")
    return conn, migrate(conn)


def read_head(conn: sqlite3.Connection) -> Head | None:
    row = conn.execute(
        "SELECT count, last_id, last_hash, ts, public_key, signature FROM heads WHERE id = 1"
    ).fetchone()
    return Head(*row) if row else None


@dataclasses.dataclass(slots=True)
class ChainTail:
    """Where the chain ends, as committed."""

    last_id: int = 0
    last_hash: str = GENESIS
    count: int = 0


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
        durability: str = "batch",
        signer: HeadSigner | None = None,
        linger: float = BATCH_LINGER,
    ):
        self.path = path
        self.bus = bus
        self.batch_size = batch_size
        self.redact_names = sensitive_names(redact_extra or ())
        self.strict = durability == "strict"
        self.signer = signer
        self.linger = 0.0 if self.strict else linger
        """Seconds the writer waits, once a record arrives, for more to join its batch
        (`batch` durability only: strict acks wait for the write)."""
        self.written = 0
        self.lost = 0
        """Records given up at a shutdown deadline (the log says so)."""
        self.on_write: Callable[[float], None] | None = None
        """Told the seconds each batch took to commit (the metrics' write latency)."""
        self.recovered = 0
        """Intents a crash left behind, recorded at open with outcome unknown."""
        self._sub: Subscription = bus.subscribe(
            "ledger", kinds={"record", "intent"}, maxsize=queue_size, durable=True
        )
        self._conn: sqlite3.Connection | None = None
        self._exec: ThreadPoolExecutor | None = None
        self._tail = ChainTail()
        self._running = False
        self._failing = False
        self._inflight: asyncio.Future[None] | None = None
        self._stopping = asyncio.Event()
        """Set when the writer is stopped: a batch lingering for more is written at once."""
        self._deadline: float | None = None

    @property
    def healthy(self) -> bool:
        """True while the file is open, the writer runs and its last write succeeded."""
        return self._conn is not None and self._running and not self._failing

    @property
    def queued(self) -> int:
        return self._sub.queue.qsize()

    # -- opening ------------------------------------------------------------------

    async def open(self) -> None:
        self._exec = ThreadPoolExecutor(1, thread_name_prefix="ledger-writer")
        try:
            await self._in_thread(self._open_sync)
        except (sqlite3.Error, OSError) as exc:
            raise SecproxyError(
                f"cannot open the audit ledger {self.path}: {exc}",
                hint="check audit.path and its directory's permissions",
            ) from None

    def _open_sync(self) -> None:
        conn, version = open_sqlite(self.path, synchronous="FULL" if self.strict else "NORMAL")
        try:
            self._check_tail(conn, version)
            self._conn = conn
            self._recover_intents()
        except BaseException:
            self._conn = None
            conn.close()
            raise

    def _check_tail(self, conn: sqlite3.Connection, version: int) -> None:
        """Read where the chain ends and refuse a ledger cut or edited at its end (or
        whose signed head was removed: only a file from before heads gets one now)."""
        last = conn.execute("SELECT id, hash FROM records ORDER BY id DESC LIMIT 1").fetchone()
        (count,) = conn.execute("SELECT COUNT(*) FROM records").fetchone()
        self._tail = ChainTail(last[0], last[1], count) if last else ChainTail()
        head = read_head(conn)
        if head is None:
            if not count or self.signer is None:
                return
            if version >= _FIRST_WITH_HEADS:
                raise SecproxyError(
                    f"the audit ledger {self.path} has {count} records but no signed head "
                    "(it was removed)",
                    hint="keep the file as evidence (`secproxy audit verify` says more) and "
                    "point audit.path at a new file",
                )
            log.info("signing the %d records of %s (written before heads existed)",
                     count, self.path)
            self._put_head(conn, time.time())
            return
        trusted = self.signer.public_key if self.signer is not None else None
        problem = check_head(head, trusted) or tail_problem(head, self._tail)
        if problem:
            raise SecproxyError(
                f"the audit ledger {self.path} does not match its signed head: {problem}",
                hint="keep the file as evidence (`secproxy audit verify` says more) and "
                "point audit.path at a new file",
            )

    def _recover_intents(self) -> None:
        assert self._conn is not None
        rows = self._conn.execute("SELECT row FROM pending ORDER BY ts").fetchall()
        if not rows:
            return
        values = []
        for (raw,) in rows:
            v = json.loads(raw)
            v[_ERROR] = INTERRUPTED
            values.append(tuple(v))
        self._commit(values, [], [r[_REQUEST_ID] for r in values])
        self.recovered = len(values)
        log.warning("%d decisions were interrupted by a crash before their outcome was "
                    "recorded; recorded now with outcome unknown", len(values))

    # -- rows ---------------------------------------------------------------------

    def to_row(self, event: RecordEvent | IntentEvent) -> tuple[Any, ...]:
        """The hashed column values for one record, `prev_hash` left out (the writer
        thread chains them)."""
        a, v = event.action, event.verdict
        o = event.outcome if isinstance(event, RecordEvent) else None
        t = a.target
        meta = _redacted_headers(a.metadata, self.redact_names) if a.metadata else None
        return (
            round(event.ts, 6),
            _VALUE[a.surface],
            _VALUE[a.direction],
            a.principal.key,
            a.session,
            a.principal.agent,
            t.method,
            t.host,
            t.port,
            mask_url(t.url),
            t.tool,
            o.status if o else None,
            o.bytes_in if o else 0,
            o.bytes_out if o else 0,
            round(o.duration * 1000, 3) if o and o.duration is not None else None,
            _VALUE[v.decision],
            v.rule,
            v.reason,
            _compact([f.to_dict() for f in v.findings]) if v.findings else "[]",
            _compact(v.shadow) if v.shadow else "[]",
            a.request_id,
            v.approval_id,
            o.error if o else None,
            _compact(meta) if meta else "{}",
        )

    def _safe_row(self, event: RecordEvent | IntentEvent) -> tuple[Any, ...]:
        """A row for any event: one whose metadata cannot be stored is kept without it
        (and says why) rather than stopping the writer, which would stall every request."""
        try:
            return self.to_row(event)
        except Exception as exc:
            log.exception("ledger record %s: metadata dropped", event.action.request_id)
            bare = dataclasses.replace(event.action, metadata={"ledger_error": repr(exc)})
            return self.to_row(dataclasses.replace(event, action=bare))

    # -- writing ------------------------------------------------------------------

    async def _in_thread(self, fn: Any, *args: Any) -> Any:
        assert self._exec is not None
        return await asyncio.get_running_loop().run_in_executor(self._exec, fn, *args)

    def _put_head(self, conn: sqlite3.Connection, ts: float) -> None:
        if self.signer is None:
            return
        t = self._tail
        head = self.signer.sign(t.count, t.last_id, t.last_hash, ts)
        conn.execute(_PUT_HEAD, (head.count, head.last_id, head.last_hash, head.ts,
                                 head.public_key, head.signature))

    def _commit(
        self,
        records: list[tuple[Any, ...]],
        intents: list[tuple[str, float, str]],
        done: list[str],
    ) -> None:
        """Chain, insert and sign in one transaction (writer thread). The tail moves only
        once the commit succeeded, so a failed batch is retried with the same links."""
        conn = self._conn
        assert conn is not None
        tail = self._tail
        prev, next_id = tail.last_hash, tail.last_id
        rows = []
        for values in records:
            full = (*values, prev)
            try:
                digest = row_hash(full)
            except UnicodeEncodeError:
                full = storable(full)
                digest = row_hash(full)
            next_id += 1
            rows.append((next_id, *full, digest))
            prev = digest
        conn.execute("BEGIN IMMEDIATE")
        try:
            if rows:
                conn.executemany(_INSERT, rows)
            if intents:
                conn.executemany("INSERT OR REPLACE INTO pending VALUES (?, ?, ?)", intents)
            if done:
                conn.executemany("DELETE FROM pending WHERE request_id = ?", [(d,) for d in done])
            if rows:
                self._tail = ChainTail(next_id, prev, tail.count + len(rows))
                self._put_head(conn, time.time())
            conn.execute("COMMIT")
        except BaseException:
            self._tail = tail
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise

    async def _prepare(
        self, events: list[Event]
    ) -> tuple[list[tuple[Any, ...]], list[tuple[str, float, str]], list[str],
               list[asyncio.Future[None]]]:
        records: list[tuple[Any, ...]] = []
        intents: list[tuple[str, float, str]] = []
        done: list[str] = []
        acks: list[asyncio.Future[None]] = []
        for i, event in enumerate(events):
            if i and not i % _ROWS_PER_TURN:
                # A full batch is ~15 ms of row building: in one go it held up every
                # connection's next read for that long (the p99 of a loaded proxy).
                await asyncio.sleep(0)
            if isinstance(event, RecordEvent):
                records.append(self._safe_row(event))
                if self.strict:
                    done.append(event.action.request_id)
            elif isinstance(event, IntentEvent):
                row = self._safe_row(event)
                intents.append((event.action.request_id, event.ts, _compact(row)))
            else:
                continue
            ack = event.ack
            if ack is not None:
                acks.append(ack)
        return records, intents, done, acks

    async def _write(self, events: list[Event]) -> None:
        """Write one batch, retrying until it is written (publishers wait meanwhile:
        backpressure). Only a shutdown deadline gives up, and says so."""
        records, intents, done, acks = await self._prepare(events)
        delay, failures = 0.05, 0
        while True:
            try:
                started = time.perf_counter()
                await self._in_thread(self._commit, records, intents, done)
                took = time.perf_counter() - started
                break
            except Exception as exc:
                failures += 1
                self._failing = True
                if failures == 1 or failures % 20 == 0:
                    log.error("ledger write failed (attempt %d, %d records waiting): %s",
                              failures, len(records) + self.queued, exc)
                if self._deadline is not None and time.monotonic() >= self._deadline:
                    self.lost += len(records)
                    log.critical("%d ledger records could not be written to %s before the "
                                 "shutdown deadline", len(records), self.path)
                    for ack in acks:
                        if not ack.done():
                            ack.set_exception(SecproxyError("the audit ledger cannot write"))
                    return
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)
        if self.on_write is not None:
            self.on_write(took)
        if failures:
            log.warning("ledger writes resumed after %d failed attempts", failures)
        self._failing = False
        self.written += len(records)
        for ack in acks:
            if not ack.done():
                ack.set_result(None)

    async def run(self) -> None:
        """Write until cancelled; then `close()` drains what is left."""
        self._running = True
        try:
            while True:
                first = await self._sub.get()
                # Shielded: cancelling the writer (shutdown) must not lose a batch, nor the
                # record taken, while it lingers or writes.
                self._inflight = asyncio.ensure_future(self._gather_and_write(first))
                await asyncio.shield(self._inflight)
        finally:
            self._stopping.set()
            self._running = False

    async def _gather_and_write(self, first: Event) -> None:
        if self.linger and self._sub.queue.qsize() < self.batch_size - 1:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.linger):
                    await self._stopping.wait()
        await self._write([first, *self._sub.drain(self.batch_size - 1)])

    async def flush(self) -> None:
        """Write everything queued now (after the batch being written, to keep order)."""
        if self._inflight is not None and not self._inflight.done():
            await asyncio.shield(self._inflight)
        while self._sub.queue.qsize():
            await self._write(self._sub.drain(self.batch_size))

    async def close(self, give_up_after: float | None = None) -> None:
        """Drain the queue, then close the file. Writes that still fail `give_up_after`
        seconds from now are given up (counted in `lost` and logged)."""
        if self._conn is None:
            return
        if give_up_after is not None:
            self._deadline = time.monotonic() + give_up_after
        self._stopping.set()
        if self._inflight is not None:
            await self._inflight
        # From here nothing new is queued: what is queued is written, and a record
        # published later (a connection that outlived the listeners' stop) is counted.
        self.bus.unsubscribe(self._sub)
        self.bus.add_listener(self._late)
        await self.flush()
        conn, self._conn = self._conn, None
        await self._in_thread(conn.close)
        assert self._exec is not None
        self._exec.shutdown(wait=False)

    def _late(self, event: Event) -> None:
        """A record or intent published after the ledger closed: lost, and said so (an
        intent's waiter is told, so strict durability does not let its action proceed)."""
        if isinstance(event, RecordEvent | IntentEvent):
            self.lost += 1
            ack = event.ack
            if ack is not None and not ack.done():
                ack.set_exception(SecproxyError("the audit ledger is closed"))
            if self.lost == 1:
                log.error("a record came after the ledger closed and is not written "
                          "(%s); the final count is in the stop line", event.action.request_id)


def tail_problem(head: Head, tail: ChainTail) -> str | None:
    """What differs between a valid signed head and where the chain really ends."""
    if tail.count < head.count or tail.last_id < head.last_id:
        return (f"the signed head covers {head.count} records up to id {head.last_id}, "
                f"the ledger has {tail.count} up to id {tail.last_id} (records were removed)")
    if tail.count > head.count or tail.last_id > head.last_id:
        return (f"{tail.count - head.count} records after the signed head "
                f"(id {head.last_id}) were added without a signature")
    if tail.last_hash != head.last_hash:
        return "the last record's hash differs from the signed head's"
    return None
