"""Reading the ledger: filtered queries, stats, export and hash-chain verification.

`LedgerReading` holds every query once; a backend supplies how rows are fetched and
its SQL dialect. `LedgerReader` reads an SQLite ledger with plain `sqlite3` on a
read-only connection, so the CLI works on a ledger that a running proxy is writing (WAL
mode); `secproxy.audit.pg.PgLedgerReader` reads a PostgreSQL one, where every instance
keeps its own chain. Reads are blocking: the control socket runs them in a thread.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from secproxy.audit.ledger import row_hash, tail_problem
from secproxy.audit.schema import GENESIS, HASHED_COLUMNS, KEY_COLUMNS, KEY_INDEXES
from secproxy.audit.signing import Head, check_head
from secproxy.audit.store import ChainTail, read_head
from secproxy.content import load_json_fast
from secproxy.errors import SecproxyError, UsageError

COLUMNS = ("id", *HASHED_COLUMNS, "hash")
_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*(s|m|h|d|w)$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
DECISIONS = ("allow", "allow_with_redaction", "challenge", "require_approval", "block")


def parse_when(value: str, *, now: float | None = None) -> float:
    """`15m`, `2h`, `3d` (ago) or an ISO time (`2026-11-21T10:00`, `2026-11-21`) → epoch."""
    text = value.strip()
    m = _RELATIVE.match(text)
    if m:
        return (now if now is not None else time.time()) - float(m.group(1)) * _UNITS[m.group(2)]
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise SecproxyError(
            f"cannot read time {value!r}",
            hint="use a relative age such as 15m, 2h, 3d or an ISO time such as 2026-11-21T10:00",
        ) from None
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.timestamp()


@dataclass
class Filters:
    """What `audit query` narrows by; every field optional."""

    since: float | None = None
    until: float | None = None
    decision: list[str] | None = None
    surface: list[str] | None = None
    host: str | None = None
    principal: str | None = None
    session: str | None = None
    tool: str | None = None
    rule: str | None = None
    search: str | None = None
    limit: int = 100
    offset: int = 0

    def where(self, *, glob: bool = True) -> tuple[str, list[Any]]:
        """The WHERE clause (`?` placeholders) and its arguments; `glob=False` writes a
        pattern as LIKE (for a database without GLOB)."""
        clauses: list[str] = []
        args: list[Any] = []
        if self.since is not None:
            clauses.append("ts >= ?")
            args.append(self.since)
        if self.until is not None:
            clauses.append("ts < ?")
            args.append(self.until)
        if self.decision:
            clauses.append(f"decision IN ({','.join('?' * len(self.decision))})")
            args.extend(self.decision)
        if self.surface:
            clauses.append(f"surface IN ({','.join('?' * len(self.surface))})")
            args.extend(self.surface)
        for column, value in (("host", self.host), ("principal", self.principal),
                              ("tool", self.tool), ("rule", self.rule)):
            if value:
                if "*" in value:
                    if glob:
                        clauses.append(f"{column} GLOB ?")
                    else:
                        clauses.append(f"{column} LIKE ? ESCAPE '\\'")
                        value = glob_to_like(value)
                else:
                    clauses.append(f"{column} = ?")
                args.append(value)
        if self.session:
            clauses.append("session = ?")
            args.append(self.session)
        if self.search:
            like = "LIKE" if glob else "ILIKE"  # SQLite's LIKE ignores ASCII case
            clauses.append(
                f"(url {like} ? OR reason {like} ? OR findings {like} ? OR tool {like} ? OR "
                f"rule {like} ? OR error {like} ? OR request_id = ? OR approval_id = ?)"
            )
            like = f"%{self.search}%"
            args.extend([like] * 6 + [self.search, self.search])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def glob_to_like(pattern: str) -> str:
    """A GLOB pattern (`*` any run, `?` one character) as a LIKE pattern escaped with `\\`."""
    out = []
    for ch in pattern:
        if ch in "%_\\":
            out.append("\\" + ch)
        elif ch == "*":
            out.append("%")
        elif ch == "?":
            out.append("_")
        else:
            out.append(ch)
    return "".join(out)


class LedgerReading:
    """Every read of the ledger, over a backend's `_rows`/`_ascending`. Rows come back
    newest first by `ORDER`; a chain is walked by id within one instance (None: the
    single chain of an SQLite ledger)."""

    ORDER: tuple[str, ...] = ("id",)
    """Columns that order records across the whole ledger."""
    GLOB = True
    """The backend has SQLite's GLOB (else patterns become LIKE)."""
    instance: str | None = None
    """The chain this reader follows (`chain_*`), on a ledger with one per instance."""
    FLAGGED = ""
    """Said of a query for decisions other than allow, in so many words (an SQLite
    ledger's partial index of them needs it: `schema.FLAGGED`)."""

    # -- what a backend supplies ----------------------------------------------------

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        """Run one query with `?` placeholders; every row as a mapping."""
        raise NotImplementedError

    def _ascending(self, columns: str, where: str, args: Sequence[Any], *,
                   chain: str | None = None) -> Iterator[Mapping[str, Any]]:
        """Rows oldest first by `ORDER` (or, with `chain`, by id within that chain),
        read in pieces."""
        raise NotImplementedError

    def chains(self) -> list[str | None]:
        """The instances with a chain in this ledger (`[None]`: one chain)."""
        return [None]

    def _head(self, chain: str | None) -> Head | None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> LedgerReading:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries --------------------------------------------------------------------

    def _where(self, filters: Filters) -> tuple[str, list[Any]]:
        return filters.where(glob=self.GLOB)

    def _desc(self) -> str:
        return ", ".join(f"{c} DESC" for c in self.ORDER)

    def query(self, filters: Filters) -> list[dict[str, Any]]:
        where, args = self._where(filters)
        sql = f"SELECT * FROM records{where} ORDER BY {self._desc()} LIMIT ? OFFSET ?"
        return [record_dict(r) for r in self._rows(sql, [*args, filters.limit,
                                                         filters.offset])]

    def count(self, filters: Filters) -> int:
        where, args = self._where(filters)
        return int(self._rows(f"SELECT COUNT(*) AS n FROM records{where}", args)[0]["n"])

    def iter_all(self, filters: Filters) -> Iterator[dict[str, Any]]:
        where, args = self._where(filters)
        for row in self._ascending("*", where, args):
            yield record_dict(row)

    def columns(self, columns: Sequence[str], filters: Filters) -> Iterator[dict[str, Any]]:
        """Only `columns` of the records `filters` selects, oldest first."""
        where, args = self._where(filters)
        for row in self._ascending(", ".join(columns), where, args):
            yield {c: row[c] for c in columns}

    def findings_of(self, principal: str, limit: int) -> list[str]:
        """The findings (JSON text) of a principal's most recent records that have any."""
        rows = self._rows(
            "SELECT findings FROM records WHERE principal = ? AND findings != '[]' "
            f"ORDER BY {self._desc()} LIMIT ?", [principal, limit])
        return [r["findings"] for r in rows]

    def stats(self, filters: Filters, *, top: int = 10) -> dict[str, Any]:
        where, args = self._where(filters)
        blocked = "SUM(CASE WHEN decision = 'block' THEN 1 ELSE 0 END)"
        by_decision = {
            r["decision"]: int(r["n"]) for r in self._rows(
                f"SELECT decision, COUNT(*) AS n FROM records{where} GROUP BY decision", args)
        }
        by_surface = {
            r["surface"]: int(r["n"]) for r in self._rows(
                f"SELECT surface, COUNT(*) AS n FROM records{where} GROUP BY surface", args)
        }
        host_where = where + (" AND " if where else " WHERE ") + "host IS NOT NULL"
        top_hosts = [
            {"host": r["host"], "requests": int(r["n"]), "blocked": int(r["b"])}
            for r in self._rows(
                f"SELECT host, COUNT(*) AS n, {blocked} AS b FROM records{host_where} "
                "GROUP BY host ORDER BY COUNT(*) DESC, host LIMIT ?", [*args, top])
        ]
        top_principals = [
            {"principal": r["principal"], "requests": int(r["n"]), "blocked": int(r["b"])}
            for r in self._rows(
                f"SELECT principal, COUNT(*) AS n, {blocked} AS b FROM records{where} "
                "GROUP BY principal ORDER BY COUNT(*) DESC, principal LIMIT ?", [*args, top])
        ]
        deny_where = where + (" AND " if where else " WHERE ") + "decision = 'block'" + (
            self.FLAGGED)
        recent = [
            record_dict(r) for r in self._rows(
                f"SELECT * FROM records{deny_where} ORDER BY {self._desc()} LIMIT ?",
                [*args, top])
        ]
        return {
            "total": sum(by_decision.values()),
            "by_decision": by_decision,
            "by_surface": by_surface,
            "top_hosts": top_hosts,
            "top_principals": top_principals,
            "recent_denials": recent,
        }

    # -- one chain (what a live sink follows) ----------------------------------------

    def _chain_clause(self) -> tuple[str, list[Any]]:
        if self.instance is None:
            return "", []
        return "instance = ? AND ", [self.instance]

    def chain_hash(self, row_id: int) -> str | None:
        """The hash of row `row_id` of this reader's chain (None: no such row)."""
        clause, args = self._chain_clause()
        rows = self._rows(f"SELECT hash FROM records WHERE {clause}id = ?", [*args, row_id])
        return rows[0]["hash"] if rows else None

    def chain_end(self) -> int:
        """The last row id of this reader's chain (0: empty)."""
        clause, args = self._chain_clause()
        rows = self._rows(f"SELECT COALESCE(MAX(id), 0) AS n FROM records WHERE {clause}1 = 1",
                          args)
        return int(rows[0]["n"])

    def chain_after(self, last_id: int, limit: int) -> list[dict[str, Any]]:
        """Up to `limit` committed rows of this reader's chain after `last_id`."""
        clause, args = self._chain_clause()
        rows = self._rows(f"SELECT * FROM records WHERE {clause}id > ? ORDER BY id LIMIT ?",
                          [*args, last_id, limit])
        return [record_dict(r) for r in rows]

    # -- verification ---------------------------------------------------------------

    def verify(self, trusted: str | Sequence[str] | None = None) -> VerifyReport:
        """Walk every chain from its first row and report the first broken link; then
        check each signed head against its chain's end. `trusted`: the hex public key
        (or keys, one per instance) a head must be signed with."""
        keys = [trusted] if isinstance(trusted, str) else list(trusted or [])
        reports = [self._verify_chain(chain, keys) for chain in self.chains()]
        if len(reports) == 1 and reports[0].instance is None:
            return reports[0]
        return VerifyReport.combined(reports)

    def _verify_chain(self, chain: str | None, keys: list[str]) -> VerifyReport:
        previous = GENESIS
        checked = 0
        last_id = 0
        for row in self._ascending(", ".join(COLUMNS), "", [], chain=chain):
            values = tuple(row[c] for c in HASHED_COLUMNS)
            if row["prev_hash"] != previous:
                return VerifyReport(
                    False, checked, row["id"],
                    "prev_hash does not match the previous row's hash "
                    "(a row was removed or inserted)", instance=chain,
                )
            if row_hash(values) != row["hash"]:
                return VerifyReport(
                    False, checked, row["id"],
                    "the row's content does not match its hash (edited)", instance=chain,
                )
            previous = row["hash"]
            last_id = row["id"]
            checked += 1
        return self._check_head(chain, checked, last_id, previous, keys)

    def _check_head(
        self, chain: str | None, checked: int, last_id: int, last_hash: str, keys: list[str]
    ) -> VerifyReport:
        """The chain is intact; does its end match the signed head (nothing cut off)?"""
        head = self._head(chain)
        if head is None:
            if checked == 0:
                return VerifyReport(True, 0, None, "empty ledger", instance=chain)
            return VerifyReport(
                False, checked, None,
                "chain intact but not anchored: no signed head, so records cut off its "
                "end would go unnoticed (written by an older secproxy or without a key)",
                instance=chain,
            )
        trusted = (head.public_key if head.public_key in keys else keys[0]) if keys else None
        problem = check_head(head, trusted) or tail_problem(
            head, ChainTail(last_id, last_hash, checked)
        )
        if problem:
            return VerifyReport(False, checked, None, problem, signed_by=head.public_key,
                                instance=chain)
        how = "a trusted key" if trusted else "by the key it names; --key checks a trusted one"
        return VerifyReport(
            True, checked, None, f"chain intact, signed head matches ({how})",
            signed_by=head.public_key, instance=chain,
        )


_CANNOT_OPEN = ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_BUSY",
                "SQLITE_LOCKED", "SQLITE_NOMEM", "SQLITE_FULL")
"""SQLite's errors that say the file could not be read (permissions, I/O, locks), not
that it is no ledger: `FAILED` (8), where a file that is no ledger is `USAGE` (2)."""
_LEDGER_HINT = "--ledger names the ledger.db of a secproxy state directory"


class LedgerReader(LedgerReading):
    """Read-only access to an SQLite ledger file (`UsageError` when the file is no
    ledger)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.exists():
            raise SecproxyError(
                f"no audit ledger at {self.path}",
                hint="start `secproxy serve` first, or pass --ledger PATH",
            )
        if not self.path.is_file():  # SQLite's open of a FIFO waits for a writer forever
            raise UsageError(f"{self.path} is not a secproxy ledger: not a regular file",
                             hint=_LEDGER_HINT)
        try:
            # Quoted: a '?' or '#' in the path would end it in the URI, a '%' escape
            # would be read as the character it names.
            self.conn = conn = sqlite3.connect(f"file:{quote(str(self.path))}?mode=ro",
                                               uri=True, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise SecproxyError(f"the ledger {self.path} cannot be opened: {exc}") from None
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("SELECT 1 FROM records LIMIT 1")
            self.entries = bool(self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries'"
            ).fetchone())
            """The layout of schema version 3 (`entries`, `spans`, the view `records`)."""
        except sqlite3.DatabaseError as exc:
            conn.close()
            if exc.sqlite_errorname.startswith(_CANNOT_OPEN):  # the system's doing
                raise SecproxyError(f"the ledger {self.path} cannot be opened: {exc}"
                                    ) from None
            raise UsageError(f"{self.path} is not a secproxy ledger: {exc}",
                             hint=_LEDGER_HINT) from None
        if self.entries:
            self.FLAGGED = " AND decision != 'allow'"

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> LedgerReader:
        return self

    def _where(self, filters: Filters) -> tuple[str, list[Any]]:
        """The filters' clause, and on a ledger of spans the id range their time bounds
        fall in (no index on each record's time: the ids are the rowid)."""
        where, args = filters.where(glob=True)
        if not self.entries:
            return where, args
        extra: list[str] = []
        if filters.since is not None:
            extra.append("id >= (SELECT COALESCE(MIN(first_id), 1 << 62) FROM spans "
                         "WHERE max_ts >= ?)")
            args.append(filters.since)
        if filters.until is not None:
            extra.append("id <= (SELECT COALESCE(MAX(last_id), 0) FROM spans "
                         "WHERE min_ts < ?)")
            args.append(filters.until)
        if filters.decision and "allow" not in filters.decision:
            extra.append("decision != 'allow'")
        if filters.search and not _ESCAPED.search(filters.search):
            # a word in a column is in the record's entry too (JSON escapes only quotes,
            # backslashes and control characters): one LIKE over the entry first spares
            # reading six columns from it, on every record but the few that have it
            where = where.replace(" WHERE ", " WHERE entry LIKE ? AND ", 1)
            args.insert(0, f"%{filters.search}%")
        if not extra:
            return where, args
        return where + " AND " + " AND ".join(extra), args

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        return [_exact(r) for r in self.conn.execute(sql, list(args)).fetchall()]

    def _ascending(self, columns: str, where: str, args: Sequence[Any], *,
                   chain: str | None = None) -> Iterator[Mapping[str, Any]]:
        if self.entries and columns != "*":
            columns += ", entry"
        for row in self.conn.execute(f"SELECT {columns} FROM records{where} ORDER BY id ASC",
                                     list(args)):
            yield _exact(row)

    def _verify_chain(self, chain: str | None, keys: list[str]) -> VerifyReport:
        if not self.entries:
            return super()._verify_chain(chain, keys)
        previous = GENESIS
        checked = 0
        last_id = 0
        columns = ", ".join(KEY_COLUMNS)
        for row in self.conn.execute(f"SELECT id, {columns}, entry, hash FROM entries "
                                     "ORDER BY id"):
            row_id, entry, stored_hash = row[0], row[-2], row[-1]
            values = _entry_values(entry)
            if values is None:
                return VerifyReport(False, checked, row_id,
                                    "the row's entry is not a record (edited)", instance=chain)
            if values[-1] != previous:
                return VerifyReport(
                    False, checked, row_id,
                    "prev_hash does not match the previous row's hash "
                    "(a row was removed or inserted)", instance=chain,
                )
            raw = entry.encode() if isinstance(entry, str) else entry
            if (hashlib.sha256(raw).hexdigest() != stored_hash
                    or any(values[i] != row[1 + k] for k, i in enumerate(KEY_INDEXES))):
                return VerifyReport(
                    False, checked, row_id,
                    "the row's content does not match its hash (edited)", instance=chain,
                )
            previous = stored_hash
            last_id = row_id
            checked += 1
        return self._check_head(chain, checked, last_id, previous, keys)

    def _head(self, chain: str | None) -> Head | None:
        try:
            return read_head(self.conn)
        except sqlite3.OperationalError:  # a ledger from before signed heads
            return None


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int
    broken_at: int | None
    message: str
    signed_by: str | None = None
    """Hex public key of the signed head, when there is one."""
    instance: str | None = None
    """The instance whose chain this is (a ledger with one chain per instance)."""
    chains: tuple[VerifyReport, ...] = field(default=())
    """Each instance's report, when this one sums up several chains."""

    @classmethod
    def combined(cls, reports: Sequence[VerifyReport]) -> VerifyReport:
        """One report over several chains: ok when every one is."""
        bad = [r for r in reports if not r.ok]
        total = sum(r.checked for r in reports)
        if not reports:
            return cls(True, 0, None, "empty ledger")
        if bad:
            message = f"{len(bad)} of {len(reports)} chains broken: " + "; ".join(
                f"{r.instance}: {r.message}" for r in bad)
        else:
            message = f"{len(reports)} chains intact, every signed head matches"
        return cls(not bad, total, None, message, chains=tuple(reports))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ok": self.ok,
            "checked": self.checked,
            "broken_at": self.broken_at,
            "message": self.message,
            "signed_by": self.signed_by,
        }
        if self.instance is not None:
            out["instance"] = self.instance
        if self.chains:
            out["chains"] = [c.to_dict() for c in self.chains]
        return out


def _exact(row: Any) -> Mapping[str, Any]:
    """A row of the view `records` with every hashed column as its entry holds it (the
    view's JSON columns lose a string's escaped NUL and onwards), without the entry."""
    if "entry" not in row.keys():
        return row  # type: ignore[no-any-return]  # an sqlite3.Row
    out = dict(row)
    values = _entry_values(out.pop("entry"))
    if values is not None:
        out.update(zip(HASHED_COLUMNS, values, strict=True))
    return out


_ESCAPED = re.compile(r'["\\\x00-\x1f%_]')
"""What JSON writes otherwise than as itself, and LIKE's wildcards (`_` in a search is
any character, one the entry may hold escaped): a search with any of them reads the
columns only."""


def _entry_values(entry: str | bytes) -> list[Any] | None:
    """An entry's hashed columns (None: not a JSON array of them)."""
    try:
        values = load_json_fast(entry)
    except (TypeError, ValueError):
        return None
    if not isinstance(values, list) or len(values) != len(HASHED_COLUMNS):
        return None
    return values


def record_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    d = dict(row)
    for key in ("findings", "shadow", "metadata"):
        try:
            d[key] = json.loads(d[key]) if d.get(key) else d.get(key)
        except (TypeError, ValueError):
            pass
    d["time"] = datetime.fromtimestamp(d["ts"]).astimezone().isoformat(timespec="milliseconds")
    return d
