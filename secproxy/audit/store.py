"""Where the ledger writer puts its batches: the interface every backend implements, and
the SQLite file (the default).

The writer (`secproxy.audit.ledger.Ledger`) owns the chain: it builds each batch's rows,
links them (SHA-256 over each row and its predecessor's hash), signs the head and hands
the sealed batch to a `LedgerStore`, which writes rows, intents and head in one
transaction. A store never computes a hash nor decides what a row holds, so the chain,
the anchoring and what `audit verify` checks are the same over every backend. A store
seals the batch itself (`commit(seal)`) so that the SQLite store does it in its own
thread, with the write, in one hand-over.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from secproxy.audit.head import Head
from secproxy.audit.schema import GENESIS, INSERT_ENTRY, PUT_SPAN, migrate
from secproxy.files import create_private

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from secproxy.audit.query import LedgerReading

PAGE_SIZE = 16384
_PUT_HEAD = "INSERT OR REPLACE INTO heads VALUES (1, ?, ?, ?, ?, ?, ?)"


@dataclasses.dataclass(slots=True)
class ChainTail:
    """Where the chain ends, as committed."""

    last_id: int = 0
    last_hash: str = GENESIS
    count: int = 0


@dataclasses.dataclass(slots=True)
class Batch:
    """One transaction's worth, sealed by the writer."""

    rows: list[tuple[Any, ...]]
    """`(id, *hashed columns, hash)` per record, in chain order."""
    intents: list[tuple[str, float, str]]
    """`(request_id, ts, row as JSON)` of decisions made but not yet recorded (strict)."""
    done: list[str]
    """Request ids whose intent the batch's records replace."""
    head: Head | None
    """The signed head over the chain once these rows are in (None: no rows or no key)."""
    tail: ChainTail
    """Where the chain ends once the batch is committed."""
    entries: list[tuple[Any, ...]] = dataclasses.field(default_factory=list)
    """The rows as an SQLite ledger stores them (`schema.ENTRIES`: id, the key columns,
    the entry its hash covers, the hash), in chain order."""


@dataclasses.dataclass(slots=True)
class Opened:
    """What a store found when it opened."""

    tail: ChainTail
    head: Head | None
    version: int
    """The schema version the store was at before it was migrated."""
    intents: list[str]
    """Rows (JSON) of intents a crash left behind, oldest first."""


class LedgerStore(Protocol):
    """A place the writer commits sealed batches to."""

    location: str
    """Where the ledger is, for messages (a path; a database without its password)."""
    escape_nul: bool
    """Whether NUL characters must be escaped before hashing (PostgreSQL text cannot
    hold them; SQLite can)."""
    first_with_heads: int
    """The schema version that added the signed head (a ledger from before gets one)."""

    async def open(self) -> Opened:
        """Connect, migrate the schema and read where this instance's chain ends."""
        ...

    async def commit(self, seal: Callable[[], Batch]) -> Batch:
        """Seal a batch (`seal()`) and write it in one transaction; raises when it could
        not be written (the writer retries with the same links)."""
        ...

    async def close(self) -> None:
        ...

    def reader(self) -> LedgerReading:
        """A new blocking reader of this ledger (for a thread)."""
        ...


def read_head(conn: sqlite3.Connection) -> Head | None:
    row = conn.execute(
        "SELECT count, last_id, last_hash, ts, public_key, signature FROM heads WHERE id = 1"
    ).fetchone()
    return Head(*row) if row else None


def open_sqlite(path: Path, *, synchronous: str = "NORMAL") -> tuple[sqlite3.Connection, int]:
    """Open (creating parents and a 0600 file) and migrate a ledger file, in WAL mode;
    returns the connection and the schema version the file was at. SQLite gives the -wal
    and -shm files the database file's mode."""
    create_private(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    # 16 KiB pages for a new file (an existing one keeps its own): a quarter fewer
    # pages to append and log per record (~1.5 of ~7 us measured)
    conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA busy_timeout=2000")
    return conn, migrate(conn)


class SqliteStore:
    """The ledger file on this machine, written by one thread of its own."""

    escape_nul = False
    first_with_heads = 2

    def __init__(self, path: Path, *, strict: bool = False):
        self.path = path
        self.location = str(path)
        self.strict = strict
        self._conn: sqlite3.Connection | None = None
        self._exec: ThreadPoolExecutor | None = None

    # asyncio and its thread pool are imported where they are used: the ledger's writer
    # process (`secproxy.audit.writer`) runs this store's blocking half without them,
    # and asyncio (ssl with it) would be 8 MiB of its resident memory.
    async def _in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        import asyncio

        assert self._exec is not None
        return await asyncio.get_running_loop().run_in_executor(self._exec, fn, *args)

    async def open(self) -> Opened:
        from concurrent.futures import ThreadPoolExecutor

        self._exec = ThreadPoolExecutor(1, thread_name_prefix="ledger-writer")
        opened: Opened = await self._in_thread(self._open_sync)
        return opened

    def _open_sync(self) -> Opened:
        conn, version = open_sqlite(self.path, synchronous="FULL" if self.strict else "NORMAL")
        try:
            last = conn.execute("SELECT id, hash FROM entries ORDER BY id DESC LIMIT 1").fetchone()
            (count,) = conn.execute("SELECT COUNT(*) FROM entries").fetchone()
            intents = [r[0] for r in conn.execute("SELECT row FROM pending ORDER BY ts")]
            opened = Opened(ChainTail(last[0], last[1], count) if last else ChainTail(),
                            read_head(conn), version, intents)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return opened

    async def commit(self, seal: Callable[[], Batch]) -> Batch:
        batch: Batch = await self._in_thread(self._commit_sync, seal)
        return batch

    def _commit_sync(self, seal: Callable[[], Batch]) -> Batch:
        from secproxy.audit.chain import Unsealed  # the chain imports this module

        conn = self._conn
        assert conn is not None
        batch = seal.entries() if isinstance(seal, Unsealed) else seal()
        if batch.rows and not batch.entries:
            raise TypeError("an SQLite ledger stores entries: seal its batches with "
                            "secproxy.audit.chain.seal_entries")
        conn.execute("BEGIN IMMEDIATE")
        try:
            if entries := batch.entries:
                conn.executemany(INSERT_ENTRY, entries)
                times = [e[1] for e in entries if e[1] is not None] or [0.0]
                conn.execute(PUT_SPAN, (entries[-1][0], entries[0][0], min(times), max(times)))
            if batch.intents:
                conn.executemany("INSERT OR REPLACE INTO pending VALUES (?, ?, ?)",
                                 batch.intents)
            if batch.done:
                conn.executemany("DELETE FROM pending WHERE request_id = ?",
                                 [(d,) for d in batch.done])
            if (h := batch.head) is not None:
                conn.execute(_PUT_HEAD, (h.count, h.last_id, h.last_hash, h.ts,
                                         h.public_key, h.signature))
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        return batch

    def reader(self) -> LedgerReading:
        from secproxy.audit.query import LedgerReader  # query reads what this writes

        return LedgerReader(self.path)

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await self._in_thread(conn.close)
        if self._exec is not None:
            self._exec.shutdown(wait=False)
            self._exec = None
