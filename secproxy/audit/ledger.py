"""The audit ledger writer: one hash-chained row per decision, under a signed head, in
the store the config names (`secproxy.audit.store`: the SQLite file, or a PostgreSQL
database where each instance keeps its own chain, `secproxy.audit.pg`).

The writer consumes `record` (and, in strict durability, `intent`) events from the bus
through a durable queue: publishers wait when it is full, nothing is dropped. Rows are
built on the event loop, a few dozen per turn; chaining (SHA-256 over each row and its
predecessor's hash, `secproxy.audit.chain`) and the signed head are sealed off the loop,
with the insert and the commit, one transaction per batch: for `secproxy serve`'s SQLite
file in a writer process of its own (`secproxy.audit.process_store`), else in the
SQLite store's thread or a worker thread (PostgreSQL). In `batch`
durability a batch waits `linger` (10 ms) for more records once the first arrives, and
batches start at most every `interval` (50 ms) while they are not full, so that light and
moderate load do not pay a transaction and a signature for every few records.

What keeps the ledger whole:
- the chain's last hash only moves once a batch is committed, and a batch that fails
  (a lock held by another process, a full disk) is retried until it is written;
- any string from the wire can be recorded: one that cannot be encoded (a lone
  surrogate from a JSON escape), or a NUL in PostgreSQL, is stored escaped, with a note
  in the record;
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
import json
import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from secproxy.audit.chain import Unsealed, compact, row_hash, storable
from secproxy.audit.process_store import ProcessStore
from secproxy.audit.redact import mask_host, mask_url, mask_value, sensitive_names
from secproxy.audit.schema import HASHED_COLUMNS
from secproxy.audit.signing import Head, HeadSigner, check_head
from secproxy.audit.store import (
    ChainTail,
    LedgerStore,
    Opened,
    SqliteStore,
    open_sqlite,
    read_head,
)
from secproxy.errors import SecproxyError
from secproxy.events import Event, EventBus, IntentEvent, RecordEvent, Subscription
from secproxy.model import Decision, Direction, Surface

if TYPE_CHECKING:
    from secproxy.audit.query import LedgerReading

__all__ = ["ChainTail", "Ledger", "open_sqlite", "read_head", "row_hash", "storable",
           "tail_problem"]
log = logging.getLogger("secproxy.audit")
_ERROR = HASHED_COLUMNS.index("error")
_REQUEST_ID = HASHED_COLUMNS.index("request_id")
BATCH_LINGER = 0.01
"""Default `Ledger.linger`. Each batch costs a hand-over to the writer thread, a
transaction, a WAL append of every page it touched and an Ed25519 signature of the head
whatever its size (measured on a busy machine: ~385 us of CPU for a batch of one, ~35 us
per record in a full batch), so under light load (one request at a time, new tunnels)
every record paid all of it; waiting this long lets a few milliseconds of records share
one. A crash loses them, as it loses everything `batch` durability has queued."""
BATCH_INTERVAL = 0.05
"""Default `Ledger.interval`: the least time from one batch's start to the next one's
while batches are not full (`batch` durability). At one connection (~2,000 requests/s)
a 10 ms linger still made ~100 batches a second, each with its transaction, its two
hand-overs to the writer process and its Ed25519 signature of the head (~30 us on the
event loop); 20 a second cost a fifth of that. Full batches go at once, a stop writes
what waits at once, and strict durability does not wait at all."""
DEEP_BATCHES = 4
"""Default `Ledger.batch_max`, in `batch_size`s. A batch takes what is queued, up to
`batch_size` while a batch lingers for more, up to this many times that when more wait
(backpressure): measured with the writer process (`bench/ledger_cost.py --sustained
100000`, quiet machine), batches of 500 made ~94,000 records/s, of 2,000 ~150,000."""
_VALUE: dict[Any, str] = {m: m.value for e in (Surface, Direction, Decision) for m in e}
"""Each enum member's plain string (`.value` is a descriptor call, three per record)."""
_ROWS_PER_TURN = 32
"""Rows built between two turns of the event loop."""
INTERRUPTED = "interrupted: secproxy stopped before this action finished (outcome unknown)"

_PLAIN_JSON = (orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_SUBCLASS
               | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS)


def _refuse(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def _compact(value: Any) -> str:
    """Compact JSON of a column's structured value (findings, shadow, metadata), keys
    sorted: orjson's, a tenth of `compact`'s cost (non-ASCII kept as is rather than
    escaped); `compact`'s for a value orjson would write otherwise than the standard
    json (a type beyond JSON's own, a subclass of one, a non-string key) or cannot (a
    lone surrogate, an integer beyond 64 bits). A stored string, not the hashed form:
    the chain covers it whichever wrote it, and both read back the same."""
    try:
        return orjson.dumps(value, default=_refuse, option=_PLAIN_JSON).decode()
    except TypeError:
        return compact(value)


def _micro(seconds: float, unit: float) -> float:
    """`seconds` to the microsecond, in `unit`s per second (1: seconds, 1e3: ms): what
    `round(seconds * unit, ...)` to six decimals of a second gives, within the last
    bit, at a quarter of its CPU (round with digits goes through a decimal string).
    Infinity and NaN are kept."""
    try:
        return round(seconds * 1e6) / (1e6 / unit)
    except (OverflowError, ValueError):
        return seconds * unit


_CLEAN_URLS: set[str] = set()
"""URLs `mask_url` left as they were, lately (a proxy sees the same ones again): at
most `_CLEAN_URLS_MAX` of at most `_CLEAN_URL_LENGTH` characters (~2 MiB)."""
_CLEAN_URLS_MAX = 4096
_CLEAN_URL_LENGTH = 512


def _masked_url(url: str | None) -> str | None:
    """`mask_url(url)`, without looking again at a URL found clean lately."""
    if url is None or url in _CLEAN_URLS:
        return url
    masked = mask_url(url)
    if masked is url and len(url) <= _CLEAN_URL_LENGTH:
        if len(_CLEAN_URLS) >= _CLEAN_URLS_MAX:
            _CLEAN_URLS.clear()
        _CLEAN_URLS.add(url)
    return masked


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


class Ledger:
    """Consumes `record` events and appends them to the ledger: the SQLite file at
    `target`, or the store given (`secproxy.audit.store.LedgerStore`)."""

    def __init__(
        self,
        target: Path | LedgerStore,
        bus: EventBus,
        *,
        queue_size: int = 10_000,
        batch_size: int = 500,
        batch_max: int | None = None,
        redact_extra: list[str] | None = None,
        durability: str = "batch",
        signer: HeadSigner | None = None,
        linger: float = BATCH_LINGER,
        interval: float = BATCH_INTERVAL,
    ):
        self.strict = durability == "strict"
        if isinstance(target, Path):
            target = SqliteStore(target, strict=self.strict)
        self.store: LedgerStore = target
        self.path: Path | None = (
            target.path if isinstance(target, SqliteStore | ProcessStore) else None)
        """The ledger file (SQLite); None for a database."""
        self.bus = bus
        self.batch_size = batch_size
        self.batch_max = max(batch_size, batch_max or DEEP_BATCHES * batch_size)
        """Records a batch takes when more than `batch_size` are queued (the queue is
        deep: the per-batch costs, a transaction, a signature and the round trips to the
        writer, shared by more)."""
        self.redact_names = sensitive_names(redact_extra or ())
        self.signer = signer
        self.linger = 0.0 if self.strict else linger
        self.interval = 0.0 if self.strict else interval
        """Least seconds between the starts of two batches that are not full (`batch`
        durability only)."""
        self._started = -float("inf")
        """When (loop time) the last batch's write started."""
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
        self._open = False
        self._tail = ChainTail()
        self._running = False
        self._failing = False
        self._inflight: asyncio.Future[None] | None = None
        """The batch being gathered and built (`run`)."""
        self._writing: asyncio.Future[None] | None = None
        """The last batch whose write started (the ones before it are written)."""
        self._sealing: asyncio.Future[ChainTail | None] | None = None
        """Done once that batch is sealed (or written): the next one may be sent."""
        self._sealed: ChainTail | None = None
        """Where the last batch sealed but not known to be committed ends."""
        self._committing = asyncio.Lock()
        self._stopping = asyncio.Event()
        """Set when the writer is stopped: a batch lingering for more is written at once."""
        self._gathered = asyncio.Event()
        """Set when a full batch waits, or the writer is stopped: ends a linger."""
        self._sub.filled = self._gathered
        self._sub.watermark = batch_size - 1
        self._deadline: float | None = None
        self._names_seen: object = None
        self._names_cover = False

    @property
    def location(self) -> str:
        """Where the ledger is, for messages and `status`."""
        return self.store.location

    def reader(self) -> LedgerReading:
        """A new blocking reader of this ledger (the control commands use it in a thread)."""
        return self.store.reader()

    @property
    def healthy(self) -> bool:
        """True while the ledger is open, the writer runs and its last write succeeded
        (a batch kept in a PostgreSQL ledger's spool counts as written)."""
        return self._open and self._running and not self._failing

    @property
    def queued(self) -> int:
        return self._sub.queue.qsize()

    @property
    def spooled(self) -> int:
        """Records waiting in the local spool for the database (0 for SQLite)."""
        return int(getattr(self.store, "spooled", 0))

    # -- opening ------------------------------------------------------------------

    async def open(self) -> None:
        try:
            opened = await self.store.open()
        except BaseException as exc:
            await self.store.close()
            if not isinstance(exc, sqlite3.Error | OSError):
                raise
            raise SecproxyError(
                f"cannot open the audit ledger {self.location}: {exc}",
                hint="check audit.path and its directory's permissions",
            ) from None
        try:
            self._tail = opened.tail
            self._open = True
            await self._check_tail(opened)
            await self._recover_intents(opened.intents)
        except BaseException:
            self._open = False
            await self.store.close()
            raise

    async def _check_tail(self, opened: Opened) -> None:
        """Refuse a ledger cut or edited at its end (or whose signed head was removed:
        only a ledger from before heads gets one now)."""
        head, count = opened.head, opened.tail.count
        if head is None:
            if not count or self.signer is None:
                return
            if opened.version >= self.store.first_with_heads:
                raise SecproxyError(
                    f"the audit ledger {self.location} has {count} records but no signed "
                    "head (it was removed)",
                    hint="keep the file as evidence (`secproxy audit verify` says more) and "
                    "point audit.path at a new file",
                )
            log.info("signing the %d records of %s (written before heads existed)",
                     count, self.location)
            await self._commit([], [], [], sign=True)
            return
        trusted = self.signer.public_key if self.signer is not None else None
        problem = check_head(head, trusted) or tail_problem(head, self._tail)
        if problem:
            raise SecproxyError(
                f"the audit ledger {self.location} does not match its signed head: {problem}",
                hint="keep the file as evidence (`secproxy audit verify` says more) and "
                "point audit.path at a new file",
            )

    async def _recover_intents(self, rows: list[str]) -> None:
        if not rows:
            return
        values = []
        for raw in rows:
            v = json.loads(raw)
            v[_ERROR] = INTERRUPTED
            values.append(tuple(v))
        await self._commit(values, [], [r[_REQUEST_ID] for r in values])
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
        meta = a.metadata
        if meta and not self._bus_masks_headers():
            meta = _redacted_headers(meta, self.redact_names)
        try:
            ts = round(event.ts * 1e6) / 1e6
        except (OverflowError, ValueError, TypeError):
            ts = _micro(event.ts, 1.0)
        return (
            ts,
            _VALUE[a.surface],
            _VALUE[a.direction],
            a.principal.key,
            a.session,
            a.principal.agent,
            t.method,
            mask_host(t.host),
            t.port,
            _masked_url(t.url),
            t.tool,
            o.status if o else None,
            o.bytes_in if o else 0,
            o.bytes_out if o else 0,
            _micro(o.duration, 1e3) if o and o.duration is not None else None,
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

    def _bus_masks_headers(self) -> bool:
        """True when the bus masks every event's headers before the ledger sees it
        (the engine's masker, `secproxy.engine.masking`) with at least the ledger's
        names: masking them again finds nothing and costs a tenth of a row."""
        names = getattr(getattr(self.bus.mask, "redactor", None), "names", None)
        if names is self._names_seen:  # the masker's names, as last checked
            return self._names_cover
        self._names_seen = names
        self._names_cover = isinstance(names, frozenset) and self.redact_names <= names
        return self._names_cover

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

    async def _commit(
        self,
        records: list[tuple[Any, ...]],
        intents: list[tuple[str, float, str]],
        done: list[str],
        sign: bool = False,
        links: list[ChainTail] | None = None,
        sealed: asyncio.Future[ChainTail | None] | None = None,
    ) -> None:
        """Chain, insert and sign in one transaction (`sign`: a head even without rows),
        onto where the last batch sealed ends, or onto `links[0]` (a retry: the same
        links as its first attempt, which put them there). The tail moves only once the
        commit succeeded.

        With the writer process, the next batch is sent as soon as this one is sealed and
        its signed head is on its way (`sealed` is told where it ends), not once it is
        committed: the writer writes them in order and refuses one chained onto a batch
        it did not write, which is then retried after that one, onto the same links."""
        # One at a time (the writer's batch and a flush may both write): each seals onto
        # where the one before it ends.
        await self._committing.acquire()
        held = True

        def on_sealed(end: ChainTail) -> None:
            nonlocal held
            self._sealed = end
            if sealed is not None and not sealed.done():
                sealed.set_result(end)
            held = False
            self._committing.release()

        try:
            if links is None:
                links = []
            if not links:
                links.append(self._sealed or self._tail)
            unsealed = Unsealed(links[0], records, intents, done, self.signer,
                                self.store.escape_nul, sign)
            if isinstance(self.store, ProcessStore):
                batch = await self.store.commit(unsealed, sealed=on_sealed)
            else:
                batch = await self.store.commit(unsealed)
        finally:
            if held:
                self._committing.release()
        if batch.tail.count >= self._tail.count:
            self._tail = batch.tail
        if self._sealed is not None and self._sealed.count <= self._tail.count:
            self._sealed = None

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
        await self._write_prepared(*await self._prepare(events))

    async def _write_prepared(
        self,
        records: list[tuple[Any, ...]],
        intents: list[tuple[str, float, str]],
        done: list[str],
        acks: list[asyncio.Future[None]],
        before: asyncio.Future[None] | None = None,
        sealed: asyncio.Future[ChainTail | None] | None = None,
    ) -> None:
        """Write a batch until it is written; `before`: the write of the batch before
        it, which a retry waits for (the writer refuses a batch chained onto one it did
        not write); `sealed`: told when the next batch may be sent."""
        try:
            await self._write_until_written(records, intents, done, acks, before, sealed)
        finally:
            if sealed is not None and not sealed.done():
                sealed.set_result(None)

    async def _write_until_written(
        self,
        records: list[tuple[Any, ...]],
        intents: list[tuple[str, float, str]],
        done: list[str],
        acks: list[asyncio.Future[None]],
        before: asyncio.Future[None] | None,
        sealed: asyncio.Future[ChainTail | None] | None,
    ) -> None:
        delay, failures = 0.05, 0
        links: list[ChainTail] = []
        while True:
            try:
                started = time.perf_counter()
                await self._commit(records, intents, done, links=links, sealed=sealed)
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
                    self._sealed = None  # what came after it chains onto what was written
                    log.critical("%d ledger records could not be written to %s before the "
                                 "shutdown deadline", len(records), self.location)
                    for ack in acks:
                        if not ack.done():
                            ack.set_exception(SecproxyError("the audit ledger cannot write"))
                    return
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)
                if before is not None and not before.done():
                    with contextlib.suppress(Exception):
                        await asyncio.shield(before)
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
                # record taken, while it lingers or its rows are built.
                self._inflight = asyncio.ensure_future(self._gather_and_write(first))
                await asyncio.shield(self._inflight)
        finally:
            self._stopping.set()
            self._gathered.set()
            self._running = False

    async def _gather_and_write(self, first: Event) -> None:
        """Build a batch's rows while the batch before it is being written, then start
        its write once that one is done: the event loop's share of a batch and the
        store's overlap (one write at a time, in order, each onto the tail the one
        before it committed)."""
        if self.linger and self._sub.queue.qsize() < self.batch_size - 1:
            if not self._stopping.is_set():
                self._gathered.clear()
            loop = asyncio.get_running_loop()
            until = max(loop.time() + self.linger, self._started + self.interval)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout_at(until):
                    await self._gathered.wait()
        prepared = await self._prepare([first, *self._sub.drain(self.batch_max - 1)])
        if self._sealing is not None and not self._sealing.done():
            await asyncio.shield(self._sealing)
        loop = asyncio.get_running_loop()
        self._started = loop.time()
        before = self._writing
        self._sealing = loop.create_future()
        self._writing = asyncio.ensure_future(
            self._write_prepared(*prepared, before=before, sealed=self._sealing))

    async def _written(self) -> None:
        """Wait for the batch being written (whoever waits is cancelled, it is not)."""
        if self._writing is not None and not self._writing.done():
            await asyncio.shield(self._writing)

    async def flush(self) -> None:
        """Write everything queued now (after the batch being written, to keep order):
        while `run` runs, wait until it has written it (a batch written here meanwhile
        could go before the one it is gathering)."""
        while True:
            if self._inflight is not None and not self._inflight.done():
                await asyncio.shield(self._inflight)
            elif self._writing is not None and not self._writing.done():
                await self._written()
            elif not self._sub.queue.qsize():
                return
            elif self._running:
                await asyncio.sleep(0)  # `run` takes it on its next turn
            else:
                await self._write(self._sub.drain(self.batch_max))

    async def close(self, give_up_after: float | None = None) -> None:
        """Drain the queue, then close the file. Writes that still fail `give_up_after`
        seconds from now are given up (counted in `lost` and logged)."""
        if not self._open:
            return
        if give_up_after is not None:
            self._deadline = time.monotonic() + give_up_after
        self._stopping.set()
        self._gathered.set()
        if self._inflight is not None:
            await self._inflight
        await self._written()
        # From here nothing new is queued: what is queued is written, and a record
        # published later (a connection that outlived the listeners' stop) is counted.
        self.bus.unsubscribe(self._sub)
        self.bus.add_listener(self._late)
        await self.flush()
        self._open = False
        await self.store.close()

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
