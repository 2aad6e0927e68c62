"""The ledger in PostgreSQL: one database shared by several instances, each writing its
own hash chain (`instance` column) and signed head.

The writer keeps one connection of its own, on which it holds an advisory lock named
after its instance (two processes can never extend one chain) and writes each batch in
one transaction: rows by COPY, intents, and the head. While the database cannot be
reached — a restart, a network cut, a timeout — sealed batches go to a local spool file
(`secproxy.audit.spool`, synced per batch) and count as written: decisions do not wait
for the database. A task of its own tries the database again every `retry_interval`
(so no batch waits for a connection attempt), replays the spool in order (rows it
already holds, from a commit whose answer was lost, are skipped by id) and empties it;
batches keep joining the spool until then. Nothing about the chain changes: the rows
written later are the rows sealed then. A database that answers but slowly holds a
batch for up to `command_timeout` before it goes to the spool (the queue absorbs that).

Schema changes are numbered steps in `MIGRATIONS`, applied under a transaction-scoped
advisory lock (instances starting together migrate once) and recorded in
`schema_version`; a database newer than this secproxy is refused.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import asyncpg

from secproxy.aio import cancel_and_wait, spawn
from secproxy.audit.schema import HASHED_COLUMNS
from secproxy.audit.signing import Head
from secproxy.audit.spool import Spool
from secproxy.audit.store import Batch, ChainTail, Opened
from secproxy.errors import SecproxyError

if TYPE_CHECKING:
    from secproxy.audit.query import LedgerReading

log = logging.getLogger("secproxy.audit")

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE records (
        instance text NOT NULL,
        id bigint NOT NULL,
        ts double precision NOT NULL,
        surface text NOT NULL,
        direction text NOT NULL,
        principal text NOT NULL,
        session text,
        agent text,
        method text,
        host text,
        port bigint,
        url text,
        tool text,
        status bigint,
        bytes_in bigint NOT NULL DEFAULT 0,
        bytes_out bigint NOT NULL DEFAULT 0,
        duration_ms double precision,
        decision text NOT NULL,
        rule text,
        reason text,
        findings text NOT NULL DEFAULT '[]',
        shadow text NOT NULL DEFAULT '[]',
        request_id text,
        approval_id text,
        error text,
        metadata text NOT NULL DEFAULT '{}',
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (instance, id)
    );
    CREATE INDEX records_ts ON records (ts, instance, id);
    CREATE INDEX records_decision ON records (decision, ts);
    CREATE INDEX records_host ON records (host, ts);
    CREATE INDEX records_principal ON records (principal, ts);
    CREATE TABLE heads (
        instance text PRIMARY KEY,
        count bigint NOT NULL,
        last_id bigint NOT NULL,
        last_hash text NOT NULL,
        ts double precision NOT NULL,
        public_key text NOT NULL,
        signature text NOT NULL
    );
    CREATE TABLE pending (
        instance text NOT NULL,
        request_id text NOT NULL,
        ts double precision NOT NULL,
        row text NOT NULL,
        PRIMARY KEY (instance, request_id)
    );
    """,
)
"""Step i moves the schema from version i to i+1. Never edit a released step: append."""
SCHEMA_VERSION = len(MIGRATIONS)
COMPONENT = "ledger"
"""This schema's row in `schema_version` (other parts may keep theirs in the same table)."""

CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.OperatorInterventionError,  # admin shutdown, cannot connect now
)
"""What means "the database cannot be reached now" (spool and retry), as opposed to an
error of the statement itself."""

_COLUMNS = ("instance", "id", *HASHED_COLUMNS, "hash")
_PUT_HEAD = (
    "INSERT INTO heads VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (instance) DO UPDATE "
    "SET count = EXCLUDED.count, last_id = EXCLUDED.last_id, last_hash = EXCLUDED.last_hash, "
    "ts = EXCLUDED.ts, public_key = EXCLUDED.public_key, signature = EXCLUDED.signature"
)
_PUT_INTENT = (
    "INSERT INTO pending VALUES ($1, $2, $3, $4) ON CONFLICT (instance, request_id) "
    "DO UPDATE SET ts = EXCLUDED.ts, row = EXCLUDED.row"
)
_REPLAY_BATCHES = 50
"""Spooled batches written per transaction when the database is back."""


def describe_dsn(dsn: str) -> str:
    """A DSN without its password or query (for messages and `status`)."""
    parts = urlsplit(dsn)
    host = parts.hostname or "localhost"
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


async def migrate(conn: asyncpg.Connection) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version it was at."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended('secproxy-schema', 0))")
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_version "
                           "(component text PRIMARY KEY, version integer NOT NULL)")
        version = await conn.fetchval(
            "SELECT version FROM schema_version WHERE component = $1", COMPONENT) or 0
        if version > SCHEMA_VERSION:
            raise SecproxyError(
                f"the ledger database's schema is version {version}, newer than this "
                f"secproxy knows ({SCHEMA_VERSION})",
                hint="upgrade secproxy, or point ledger.dsn at another database",
            )
        for step in range(version, SCHEMA_VERSION):
            await conn.execute(MIGRATIONS[step])
        if version < SCHEMA_VERSION:
            await conn.execute(
                "INSERT INTO schema_version VALUES ($1, $2) ON CONFLICT (component) "
                "DO UPDATE SET version = EXCLUDED.version", COMPONENT, SCHEMA_VERSION)
    return int(version)


class PgStore:
    """This instance's chain in a PostgreSQL ledger, with its spool."""

    escape_nul = True
    first_with_heads = 1

    def __init__(self, dsn: str, instance: str, spool: Path, *, pool_size: int = 4,
                 connect_timeout: float = 5.0, command_timeout: float = 30.0,
                 retry_interval: float = 1.0):
        self.dsn = dsn
        self.instance = instance
        self.location = f"{describe_dsn(dsn)} (instance {instance})"
        self.spool = Spool(spool)
        self.pool_size = pool_size
        self.connect_timeout = connect_timeout
        self.command_timeout = command_timeout
        self.retry_interval = retry_interval
        self._conn: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()
        """One writer at a time on the connection and the spool (batches, replays)."""
        self._retry: asyncio.Task[None] | None = None
        self._outage_logged = False

    @property
    def spooled(self) -> int:
        """Records waiting in the spool."""
        return self.spool.records

    def reader(self) -> LedgerReading:
        from secproxy.audit.pg_read import PgLedgerReader  # the reader imports query

        return PgLedgerReader(self.dsn, instance=self.instance, pool_size=self.pool_size,
                              connect_timeout=self.connect_timeout,
                              command_timeout=self.command_timeout)

    # -- connection -----------------------------------------------------------------

    async def _connect(self) -> asyncpg.Connection:
        return await asyncpg.connect(
            self.dsn, timeout=self.connect_timeout, command_timeout=self.command_timeout,
            server_settings={"application_name": f"secproxy ledger {self.instance}"[:63]})

    async def _lock_chain(self, conn: asyncpg.Connection) -> bool:
        """Hold the session advisory lock of this instance's chain on `conn`."""
        return bool(await conn.fetchval("SELECT pg_try_advisory_lock(hashtextextended($1, 0))",
                                        f"secproxy-ledger:{self.instance}"))

    def _usable(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def _reconnect(self) -> bool:
        """Whether the writer has a connection, trying to make one (the retry loop and
        close call this, never a batch: a connection attempt can take `connect_timeout`,
        which no decision should wait for)."""
        if self._usable():
            return True
        try:
            conn = await self._connect()
        except CONNECTION_ERRORS as exc:
            log.debug("ledger database still unreachable: %s", exc)
            return False
        try:
            locked = await self._lock_chain(conn)
        except CONNECTION_ERRORS:
            locked = False
        if not locked:
            log.error("ledger: another process holds the chain of instance %r in %s; "
                      "records stay in the spool", self.instance, self.location)
            with contextlib.suppress(*CONNECTION_ERRORS):
                await conn.close(timeout=1)
            return False
        self._conn = conn
        return True

    def _gone(self, exc: BaseException) -> bool:
        """Whether `exc` means the connection is lost (not the statement refused): an
        error cut short by the server going away can surface as another error (the
        rollback of the interrupted transaction), on a connection now closed."""
        return isinstance(exc, CONNECTION_ERRORS) or (
            self._conn is not None and self._conn.is_closed())

    def _lost(self, exc: BaseException) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.terminate()
        if not self._outage_logged:
            self._outage_logged = True
            log.warning("ledger: PostgreSQL is unreachable (%s: %s); records go to the "
                        "spool %s until it answers", type(exc).__name__, exc, self.spool.path)

    # -- opening --------------------------------------------------------------------

    async def open(self) -> Opened:
        await asyncio.to_thread(self.spool.load)
        try:
            conn = await self._connect()
        except CONNECTION_ERRORS as exc:
            raise SecproxyError(
                f"cannot reach the ledger database {self.location}: {exc}",
                hint="check ledger.dsn and that PostgreSQL is up: the ledger must answer "
                "when secproxy starts",
            ) from None
        except asyncpg.PostgresError as exc:  # a wrong password, an unknown database
            raise SecproxyError(f"the ledger database {self.location} refused the "
                                f"connection: {exc}", hint="check ledger.dsn") from None
        try:
            version = await migrate(conn)
            if not await self._lock_chain(conn):
                raise SecproxyError(
                    f"another running secproxy writes the chain of instance "
                    f"{self.instance!r} in {self.location}",
                    hint="give every instance its own ledger.instance (or state_dir)",
                )
            self._conn = conn
            if self.spool.batches and not await self._replay():
                raise SecproxyError(f"the ledger database {self.location} went away while "
                                    "the spool was written to it")
            opened = await self._read_chain(conn, version)
        except BaseException as exc:
            self._conn = None
            conn.terminate()
            if isinstance(exc, CONNECTION_ERRORS):
                raise SecproxyError(f"the ledger database {self.location} went away while "
                                    f"opening: {exc}") from None
            raise
        self._retry = spawn(self._retry_loop(), name="ledger-spool-retry")
        return opened

    async def _read_chain(self, conn: asyncpg.Connection, version: int) -> Opened:
        last = await conn.fetchrow("SELECT id, hash FROM records WHERE instance = $1 "
                                   "ORDER BY id DESC LIMIT 1", self.instance)
        count = await conn.fetchval("SELECT COUNT(*) FROM records WHERE instance = $1",
                                    self.instance)
        head = await conn.fetchrow(
            "SELECT count, last_id, last_hash, ts, public_key, signature FROM heads "
            "WHERE instance = $1", self.instance)
        intents = await conn.fetch("SELECT row FROM pending WHERE instance = $1 ORDER BY ts",
                                   self.instance)
        return Opened(ChainTail(last["id"], last["hash"], count) if last else ChainTail(),
                      Head(*head) if head else None, version, [r["row"] for r in intents])

    # -- writing --------------------------------------------------------------------

    async def commit(self, seal: Callable[[], Batch]) -> Batch:
        async with self._lock:
            batch = await asyncio.to_thread(seal)
            # While anything is spooled, batches join it (order); the retry loop writes
            # them all once the database answers.
            if not self.spool.batches and self._usable():
                assert self._conn is not None
                try:
                    await self._write(self._conn, [batch])
                    return batch
                except Exception as exc:
                    if not self._gone(exc):
                        raise
                    self._lost(exc)
            # Raises OSError when the spool cannot be written either: the writer retries
            # the batch, and its queue, then the decisions, wait (fail closed).
            await asyncio.to_thread(self.spool.append, batch)
            if not self._outage_logged:
                self._outage_logged = True
                log.warning("ledger: records go to the spool %s until the database "
                            "answers", self.spool.path)
            return batch

    async def _write(self, conn: asyncpg.Connection, batches: Sequence[Batch], *,
                     replay: bool = False) -> None:
        """Rows, intents and the newest head of `batches` in one transaction. A replay
        skips the rows the database already holds (a commit whose answer was lost) and
        a row spooled twice."""
        async with conn.transaction():
            have = 0
            if replay:
                have = await conn.fetchval(
                    "SELECT COALESCE(MAX(id), 0) FROM records WHERE instance = $1",
                    self.instance)
            rows, last = [], have
            for b in batches:
                for r in b.rows:
                    if r[0] > last:  # a batch appended twice (a failed fsync) is once
                        rows.append((self.instance, *r))
                        last = r[0]
            if rows:
                await conn.copy_records_to_table("records", records=rows, columns=_COLUMNS,
                                                 timeout=self.command_timeout)
            head = None
            for b in batches:
                if b.intents:
                    await conn.executemany(_PUT_INTENT,
                                           [(self.instance, *i) for i in b.intents])
                if b.done:
                    await conn.execute("DELETE FROM pending WHERE instance = $1 AND "
                                       "request_id = ANY($2::text[])", self.instance, b.done)
                head = b.head or head
            if head is not None:
                await conn.execute(_PUT_HEAD, self.instance, head.count, head.last_id,
                                   head.last_hash, head.ts, head.public_key, head.signature)

    async def _replay(self) -> bool:
        """Write every spooled batch, in order, then empty the spool (lock held); False
        when the connection was lost on the way (the spool stays as it is)."""
        conn = self._conn
        assert conn is not None
        batches = await asyncio.to_thread(self.spool.load)
        try:
            for i in range(0, len(batches), _REPLAY_BATCHES):
                await self._write(conn, batches[i:i + _REPLAY_BATCHES], replay=True)
        except Exception as exc:
            if not self._gone(exc):
                raise
            self._lost(exc)
            return False
        records = self.spool.records
        await asyncio.to_thread(self.spool.clear)
        if self._outage_logged or records:
            log.warning("ledger: PostgreSQL answers again; %d spooled records written",
                        records)
        self._outage_logged = False
        return True

    async def _retry_loop(self) -> None:
        """Every `retry_interval` while batches are spooled: connect (without the lock,
        so batches keep going to the spool meanwhile), then write the spool in order."""
        while True:
            await asyncio.sleep(self.retry_interval)
            if not self.spool.batches or not await self._reconnect():
                continue
            async with self._lock:
                if self.spool.batches and self._usable():
                    await self._replay()

    async def close(self) -> None:
        await cancel_and_wait(self._retry)
        self._retry = None
        async with self._lock:
            if self.spool.batches and await self._reconnect():
                await self._replay()
            if self.spool.batches:
                log.error("ledger: %d records wait in the spool %s; they are written "
                          "when secproxy next starts with this instance",
                          self.spool.records, self.spool.path)
            conn, self._conn = self._conn, None
            if conn is not None:
                try:
                    await conn.close(timeout=2)
                except (*CONNECTION_ERRORS, asyncpg.PostgresError):
                    conn.terminate()
