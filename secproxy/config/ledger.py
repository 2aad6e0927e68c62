"""Config of `ledger`: where the audit ledger lives — an SQLite file on this machine
(`sqlite`, the default, at `audit.path`) or a PostgreSQL database that several instances
share (`postgresql`), each instance writing its own hash chain; see `secproxy.audit.pg`."""

from __future__ import annotations

import hashlib
import re
import socket
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator

from secproxy.config.types import Duration, SecretUrl, StrictModel

_SCHEMES = ("postgresql", "postgres")
_INSTANCE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


class LedgerSettings(StrictModel):
    """Where the audit ledger is written. `sqlite` (the default): one file on this
    machine, `audit.path`. `postgresql`: one database that several `secproxy serve`
    instances share; each instance keeps its own hash chain and signed head in it (named
    by `instance`), `secproxy audit verify` checks every chain, and records the database
    cannot take at once (it restarts, the network drops) wait in a local spool file and
    are written in order when it answers again."""

    backend: Literal["sqlite", "postgresql"] = "sqlite"
    """`sqlite` or `postgresql` (needs `dsn`)."""
    dsn: SecretUrl | None = None
    """The database: `postgresql://user:password@host:5432/dbname` (libpq URL; query
    parameters such as `?sslmode=require` are passed on). Write the password as
    `${PGPASSWORD}` to keep it out of the file. Shown hidden (it may hold a password)."""
    instance: str | None = None
    """This instance's name in a shared ledger: its chain, its signed head and the
    `instance` column of its records. Two running instances must not share one. Default:
    the host name and a short digest of the state directory (stable across restarts)."""
    pool_size: int = Field(default=4, ge=1, le=100)
    """Connections this process opens at most for reading the ledger (console and
    `audit` queries, live sinks); the writer holds one more of its own."""
    connect_timeout: Duration = Field(default=5.0, gt=0, le=300)
    """Longest a connection attempt may take; then the database counts as unreachable."""
    command_timeout: Duration = Field(default=30.0, gt=0, le=3600)
    """Longest one write (a batch) or query may take."""
    retry_interval: Duration = Field(default=1.0, ge=0.05, le=300)
    """While records wait in the spool, how often the writer tries the database again."""
    spool: Path | None = None
    """The spool file of records not yet in the database (append-only, synced to disk
    per batch, emptied once they are written); default: in the state directory, named
    after the instance. When neither the database nor the spool can take a batch, the
    writer retries it and decisions wait once the queue (`audit.queue_size`) is full:
    nothing proceeds unrecorded (fail closed)."""

    @field_validator("dsn")
    @classmethod
    def _dsn(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None:
            return v
        parts = urlsplit(v.get_secret_value())
        if parts.scheme not in _SCHEMES:
            raise ValueError("expected a postgresql://user:password@host:5432/dbname URL")
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number in range
        except ValueError as exc:
            raise ValueError(f"bad port in the URL: {exc}") from None
        if not parts.path.strip("/"):
            raise ValueError("the URL needs a database name (postgresql://host:5432/dbname)")
        return v

    @field_validator("instance")
    @classmethod
    def _instance(cls, v: str | None) -> str | None:
        if v is not None and not _INSTANCE.match(v):
            raise ValueError("1 to 64 characters of letters, digits and _ . : -")
        return v

    @model_validator(mode="after")
    def _backend(self) -> LedgerSettings:
        if self.backend == "postgresql" and self.dsn is None:
            raise ValueError("backend postgresql needs a dsn "
                             "(postgresql://user:password@host:5432/dbname)")
        if self.backend == "sqlite" and self.dsn is not None:
            raise ValueError("dsn is for backend postgresql; the sqlite ledger is audit.path")
        return self

    def instance_name(self, state_dir: Path) -> str:
        """`instance`, else the host name and a digest of the state directory."""
        if self.instance:
            return self.instance
        host = re.sub(r"[^A-Za-z0-9_.-]", "-", socket.gethostname() or "host")[:48]
        digest = hashlib.sha256(str(state_dir.expanduser().resolve()).encode()).hexdigest()
        return f"{host}-{digest[:8]}"

    def spool_path(self, state_dir: Path) -> Path:
        return (self.spool or state_dir / f"ledger-spool-{self.instance_name(state_dir)}.jsonl"
                ).expanduser()
