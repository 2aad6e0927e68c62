"""Ledger schema and its migrations (tracked in SQLite's `user_version`).

Since version 3 a record is one row of `entries`: its entry (the JSON its hash covers:
every hashed column, `prev_hash` last) and beside it the few columns queries narrow by
(`KEY_COLUMNS`); `records` is a view with every column, as the table of versions 1 and
2 had them, read from the entry (and the entry itself). One batch is one row of `spans`
(its ids and times), which bounds a time filter by id. An index on every record
(versions 1-2 had four) cost ~2 us per record and index on insert, most of a record's
cost at 100,000 records/s; only records that are not `allow` are indexed now.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

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



def _entries(conn: sqlite3.Connection) -> None:
    """Version 3: `records` becomes `entries`, each row's entry made from its columns as
    `audit verify` hashes them (so a row edited before the move still fails), and the
    view `records`; one span over the rows moved."""
    from secproxy.audit.chain import canonical  # the chain's format (imports this module)

    conn.execute(ENTRIES)
    conn.execute(FLAGGED)
    conn.execute(SPANS)
    conn.execute(SPANS_MIN)
    conn.execute(SPANS_MAX)
    keys = [1 + i for i in KEY_INDEXES]
    cursor = conn.execute(f"SELECT id, {', '.join(HASHED_COLUMNS)}, hash FROM records "
                          "ORDER BY id")
    while rows := cursor.fetchmany(5000):
        conn.executemany(INSERT_ENTRY, [
            (r[0], *(r[k] for k in keys), canonical(r[1:-1]), r[-1]) for r in rows])
    conn.execute("INSERT INTO spans SELECT MAX(id), MIN(id), MIN(ts), MAX(ts) FROM records "
                 "HAVING COUNT(*) > 0")
    conn.execute("DROP TABLE records")
    conn.execute(VIEW)


STEPS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (*MIGRATIONS, _entries)
SCHEMA_VERSION = len(STEPS)

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

KEY_COLUMNS = ("ts", "surface", "decision", "host", "principal")
"""The hashed columns an `entries` row also holds as columns of its own (filters)."""
KEY_INDEXES = tuple(HASHED_COLUMNS.index(c) for c in KEY_COLUMNS)
ENTRIES = """
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        ts REAL,
        surface TEXT,
        decision TEXT,
        host TEXT,
        principal TEXT,
        entry TEXT NOT NULL,
        hash TEXT NOT NULL
    )"""
FLAGGED = "CREATE INDEX entries_flagged ON entries(decision, id) WHERE decision != 'allow'"
"""Records that are not `allow` (few): a query for them (the denials) reads the index
when it says `decision != 'allow'` in so many words, as SQLite's partial indexes need."""
SPANS = """
    CREATE TABLE spans (
        last_id INTEGER PRIMARY KEY,
        first_id INTEGER NOT NULL,
        min_ts REAL NOT NULL,
        max_ts REAL NOT NULL
    )"""
SPANS_MIN = "CREATE INDEX spans_min ON spans(min_ts)"
SPANS_MAX = "CREATE INDEX spans_max ON spans(max_ts)"
INSERT_ENTRY = "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)"
PUT_SPAN = "INSERT INTO spans VALUES (?, ?, ?, ?)"


def _view_column(i: int, name: str) -> str:
    return name if name in KEY_COLUMNS else f"json_extract(entry, '$[{i}]') AS {name}"


VIEW = ("CREATE VIEW records AS SELECT id, "
        + ", ".join(_view_column(i, c) for i, c in enumerate(HASHED_COLUMNS))
        + ", hash, entry FROM entries")
"""Every column of versions 1-2, and the entry: SQLite's JSON functions stop a string at
an escaped NUL (3.40), so a reader takes a record's values from its entry
(`secproxy.audit.query`); the columns read from it here are for filters and sums."""


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
        change = STEPS[step]
        if isinstance(change, str):
            conn.executescript(f"BEGIN; {change}; PRAGMA user_version = {step + 1}; COMMIT;")
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            change(conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version
