"""Which ledger a config names — this machine's SQLite file or a PostgreSQL database —
and how to open its writer's store or a reader of it (the runtime, the `audit` CLI and
the sinks all ask here, so they always agree)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from secproxy.audit.process_store import ProcessStore
from secproxy.audit.query import LedgerReader, LedgerReading
from secproxy.audit.store import LedgerStore, SqliteStore
from secproxy.errors import NotFoundError

if TYPE_CHECKING:  # the config schema (pydantic) only for its type: `audit --ledger` skips it
    from secproxy.config import Config


@dataclass(frozen=True)
class LedgerTarget:
    """A ledger: an SQLite `path`, or a PostgreSQL `dsn` with this instance's name."""

    path: Path | None = None
    dsn: str | None = None
    instance: str | None = None
    spool: Path | None = None
    pool_size: int = 4
    connect_timeout: float = 5.0
    command_timeout: float = 30.0
    retry_interval: float = 1.0
    state_dir: Path | None = None

    @classmethod
    def of(cls, config: Config) -> LedgerTarget:
        state_dir = config.resolved_state_dir
        s = config.ledger
        if s.backend == "sqlite" or s.dsn is None:
            return cls(path=config.ledger_path, state_dir=state_dir)
        return cls(dsn=s.dsn.get_secret_value(), instance=s.instance_name(state_dir),
                   spool=s.spool_path(state_dir), pool_size=s.pool_size,
                   connect_timeout=s.connect_timeout, command_timeout=s.command_timeout,
                   retry_interval=s.retry_interval, state_dir=state_dir)

    @property
    def is_database(self) -> bool:
        return self.dsn is not None

    @property
    def location(self) -> str:
        """The file, or the database without its password."""
        if self.dsn is None:
            return str(self.path)
        from secproxy.audit.pg import describe_dsn

        return describe_dsn(self.dsn)

    @property
    def cursor_base(self) -> Path:
        """What live sinks name their cursor files after (`<base>.sink-<name>.cursor`):
        the ledger file, or one per instance in the state directory."""
        if self.dsn is None:
            assert self.path is not None
            return self.path
        assert self.state_dir is not None
        return self.state_dir / f"ledger-{self.instance}"

    def store(self, *, strict: bool = False, thread: bool = False) -> LedgerStore:
        """The writer's store of this ledger (not yet opened): for the SQLite file, a
        writer process of its own (`thread`: a thread of this one)."""
        if self.dsn is None:
            assert self.path is not None
            if thread:
                return SqliteStore(self.path, strict=strict)
            return ProcessStore(self.path, strict=strict)
        from secproxy.audit.pg import PgStore  # asyncpg only when a database is used

        assert self.instance is not None and self.spool is not None
        return PgStore(self.dsn, self.instance, self.spool, pool_size=self.pool_size,
                       connect_timeout=self.connect_timeout,
                       command_timeout=self.command_timeout,
                       retry_interval=self.retry_interval)

    def reader(self) -> LedgerReading:
        """A blocking reader of every record (and, for a database, every instance)."""
        if self.dsn is None:
            assert self.path is not None
            if not self.path.exists():
                raise NotFoundError(f"no audit ledger at {self.path}",
                                    hint="start `secproxy serve` first, or pass --ledger PATH")
            return LedgerReader(self.path)
        from secproxy.audit.pg_read import PgLedgerReader

        return PgLedgerReader(self.dsn, instance=self.instance, pool_size=self.pool_size,
                              connect_timeout=self.connect_timeout,
                              command_timeout=self.command_timeout)
