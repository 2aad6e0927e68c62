"""Ledger schema and its migrations (tracked in SQLite's `user_version`)."""

from __future__ import annotations

import sqlite3

# Each entry moves the schema from version i to i+1. Never edit a released step: append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,
        surface TEXT NOT NULL,
        direction TEXT NOT NULL,
        principal TEXT NOT NULL,
        session TEXT,
        agent TEXT,
        method TEXT,
        host TEXT,
        port INTEGER,
        url TEXT,
        tool TEXT,
        status INTEGER,
        bytes_in INTEGER NOT NULL DEFAULT 0,
        bytes_out INTEGER NOT NULL DEFAULT 0,
        duration_ms REAL,
        decision TEXT NOT NULL,
        rule TEXT,
        reason TEXT,
        findings TEXT NOT NULL DEFAULT '[]',
        shadow TEXT NOT NULL DEFAULT '[]',
        request_id TEXT,
        approval_id TEXT,
        error TEXT,
        metadata TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX records_ts ON records(ts);
    CREATE INDEX records_decision ON records(decision, ts);
    CREATE INDEX records_host ON records(host, ts);
    CREATE INDEX records_principal ON records(principal, ts);
    """,
    # 2: the signed head (one row, rewritten with every batch) and, for
    # `durability: strict`, the decisions made but not yet recorded with their outcome.
    """
    CREATE TABLE heads (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL,
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL,
        ts REAL NOT NULL,
        public_key TEXT NOT NULL,
        signature TEXT NOT NULL
    );
    CREATE TABLE pending (
        request_id TEXT PRIMARY KEY,
        ts REAL NOT NULL,
        row TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

# Columns that the hash covers, in order (everything but id and hash).
HASHED_COLUMNS = (
    "ts",
    "surface",
    "direction",
    "principal",
    "session",
    "agent",
    "method",
    "host",
    "port",
    "url",
    "tool",
    "status",
    "bytes_in",
    "bytes_out",
    "duration_ms",
    "decision",
    "rule",
    "reason",
    "findings",
    "shadow",
    "request_id",
    "approval_id",
    "error",
    "metadata",
    "prev_hash",
)
GENESIS = "0" * 64


def migrate(conn: sqlite3.Connection) -> int:
    """Bring a database to SCHEMA_VERSION; returns the version it was at."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        from secproxy.errors import SecproxyError

        raise SecproxyError(
            f"ledger schema version {version} is newer than this secproxy knows ({SCHEMA_VERSION})",
            hint="upgrade secproxy, or point audit.path at another file",
        )
    for step in range(version, SCHEMA_VERSION):
        conn.executescript(f"BEGIN; {MIGRATIONS[step]}; PRAGMA user_version = {step + 1}; COMMIT;")
    return version
