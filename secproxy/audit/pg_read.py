"""Reading a PostgreSQL ledger with the queries every ledger shares (`LedgerReading`).

Readers are blocking, as the SQLite one is (the CLI calls them directly, the control
socket and the sinks from a thread), while asyncpg is asynchronous: every reader of the
process runs its queries on one event loop in a thread of its own, through one
connection pool per database (`ledger.pool_size` connections at most). Records come
back newest first by time, then instance and id; a chain is walked by id within its
instance; long reads go in pieces (keyset pagination), never one huge result.
"""

from __future__ import annotations

import asyncio
import atexit
import threading
from collections.abc import Coroutine, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import asyncpg

from secproxy.audit.pg import CONNECTION_ERRORS, describe_dsn
from secproxy.audit.query import LedgerReading
from secproxy.audit.signing import Head
from secproxy.errors import SecproxyError

T = TypeVar("T")
_CHUNK = 1000
"""Rows per query of a long read (export, verify)."""


class _ReadLoop:
    """One event loop in a daemon thread, with the process's connection pools."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True,
                                       name="ledger-pg-reads")
        self.thread.start()
        self.pools: dict[tuple[str, int], asyncpg.Pool] = {}

    def run(self, coro: Coroutine[Any, Any, T], timeout: float) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def pool(self, dsn: str, size: int, connect_timeout: float,
                   command_timeout: float) -> asyncpg.Pool:
        key = (dsn, size)
        pool = self.pools.get(key)
        if pool is None:
            pool = await asyncpg.create_pool(
                dsn, min_size=0, max_size=size, timeout=connect_timeout,
                command_timeout=command_timeout, max_inactive_connection_lifetime=30,
                server_settings={"application_name": "secproxy ledger reader"})
            self.pools[key] = pool
        return pool

    def stop(self) -> None:
        async def close_pools() -> None:
            for pool in self.pools.values():
                pool.terminate()
            self.pools.clear()

        if self.thread.is_alive():
            asyncio.run_coroutine_threadsafe(close_pools(), self.loop).result(5)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(5)
        if not self.loop.is_running():
            self.loop.close()


_loop: _ReadLoop | None = None
_loop_lock = threading.Lock()


def _reads() -> _ReadLoop:
    global _loop
    with _loop_lock:
        if _loop is None:
            _loop = _ReadLoop()
            atexit.register(_loop.stop)
        return _loop


def _numbered(sql: str) -> str:
    """`?` placeholders as PostgreSQL's `$1, $2, …` (our SQL has no `?` in literals)."""
    parts = sql.split("?")
    out = [parts[0]]
    for i, part in enumerate(parts[1:], 1):
        out.append(f"${i}{part}")
    return "".join(out)


class PgLedgerReader(LedgerReading):
    """Read-only access to a PostgreSQL ledger: every instance's records and chains;
    `instance` names the chain `chain_*` follows (a live sink's own)."""

    ORDER = ("ts", "instance", "id")
    GLOB = False

    def __init__(self, dsn: str, *, instance: str | None = None, pool_size: int = 4,
                 connect_timeout: float = 5.0, command_timeout: float = 30.0):
        self.dsn = dsn
        self.instance = instance
        self.location = describe_dsn(dsn)
        self.pool_size = pool_size
        self.connect_timeout = connect_timeout
        self.command_timeout = command_timeout
        self._timeout = connect_timeout + command_timeout + 1
        try:
            self._rows("SELECT 1 FROM records LIMIT 1")
        except asyncpg.UndefinedTableError:
            raise SecproxyError(
                f"no audit ledger in the database {self.location}",
                hint="start `secproxy serve` with this ledger first",
            ) from None

    async def _fetch(self, sql: str, args: Sequence[Any]) -> list[asyncpg.Record]:
        reads = _reads()
        pool = await reads.pool(self.dsn, self.pool_size, self.connect_timeout,
                                self.command_timeout)
        for attempt in (1, 2):
            try:
                async with pool.acquire(timeout=self.connect_timeout) as conn:
                    rows: list[asyncpg.Record] = await conn.fetch(sql, *args)
                    return rows
            except CONNECTION_ERRORS:
                # A pooled connection the server closed (it restarted): once more, on a
                # new one.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        try:
            rows = _reads().run(self._fetch(_numbered(sql), list(args)), self._timeout)
        except CONNECTION_ERRORS as exc:
            raise SecproxyError(f"cannot reach the ledger database {self.location}: {exc}",
                                hint="check ledger.dsn and that PostgreSQL is up") from None
        except asyncpg.UndefinedTableError:
            raise
        except asyncpg.PostgresError as exc:
            raise SecproxyError(f"the ledger database {self.location} refused a query: "
                                f"{exc}") from None
        return rows  # type: ignore[return-value]  # asyncpg.Record is a mapping

    def _ascending(self, columns: str, where: str, args: Sequence[Any], *,
                   chain: str | None = None) -> Iterator[Mapping[str, Any]]:
        keys: tuple[str, ...] = ("id",) if chain is not None else self.ORDER
        if columns != "*":
            have = {c.strip() for c in columns.split(",")}
            columns = ", ".join([columns, *(k for k in keys if k not in have)])
        conds = [where.removeprefix(" WHERE ")] if where else []
        base = list(args)
        if chain is not None:
            conds.append("instance = ?")
            base.append(chain)
        order = ", ".join(keys)
        after: tuple[Any, ...] | None = None
        while True:
            page_conds, page_args = list(conds), list(base)
            if after is not None:
                page_conds.append(f"({order}) > ({', '.join('?' for _ in keys)})")
                page_args.extend(after)
            clause = (" WHERE " + " AND ".join(page_conds)) if page_conds else ""
            rows = self._rows(f"SELECT {columns} FROM records{clause} ORDER BY {order} "
                              f"LIMIT {_CHUNK}", page_args)
            yield from rows
            if len(rows) < _CHUNK:
                return
            after = tuple(rows[-1][k] for k in keys)

    def chains(self) -> list[str | None]:
        rows = self._rows("SELECT instance FROM heads UNION "
                          "SELECT DISTINCT instance FROM records ORDER BY 1")
        return [r["instance"] for r in rows]

    def _head(self, chain: str | None) -> Head | None:
        rows = self._rows("SELECT count, last_id, last_hash, ts, public_key, signature "
                          "FROM heads WHERE instance = ?", [chain])
        return Head(*rows[0].values()) if rows else None
