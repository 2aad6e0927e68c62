"""Reading the ledger: filtered queries, stats, export and hash-chain verification.

Reads use plain `sqlite3` on a read-only connection, so the CLI works on a ledger that
a running proxy is writing (WAL mode). The control socket runs these in a thread.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from secproxy.audit.ledger import ChainTail, read_head, row_hash, tail_problem
from secproxy.audit.schema import GENESIS, HASHED_COLUMNS
from secproxy.audit.signing import check_head
from secproxy.errors import SecproxyError

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

    def where(self) -> tuple[str, list[Any]]:
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
                    clauses.append(f"{column} GLOB ?")
                else:
                    clauses.append(f"{column} = ?")
                args.append(value)
        if self.session:
            clauses.append("session = ?")
            args.append(self.session)
        if self.search:
            clauses.append(
                "(url LIKE ? OR reason LIKE ? OR findings LIKE ? OR tool LIKE ? OR rule LIKE ?"
                " OR error LIKE ? OR request_id = ? OR approval_id = ?)"
            )
            like = f"%{self.search}%"
            args.extend([like] * 6 + [self.search, self.search])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


class LedgerReader:
    """Read-only access to a ledger file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.exists():
            raise SecproxyError(
                f"no audit ledger at {self.path}",
                hint="start `secproxy serve` first, or pass --ledger PATH",
            )
        try:
            self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("SELECT 1 FROM records LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise SecproxyError(f"{self.path} is not a secproxy ledger: {exc}") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> LedgerReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(self, filters: Filters) -> list[dict[str, Any]]:
        where, args = filters.where()
        sql = f"SELECT * FROM records{where} ORDER BY id DESC LIMIT ? OFFSET ?"
        rows = self.conn.execute(sql, [*args, filters.limit, filters.offset]).fetchall()
        return [record_dict(r) for r in rows]

    def count(self, filters: Filters) -> int:
        where, args = filters.where()
        return int(self.conn.execute(f"SELECT COUNT(*) FROM records{where}", args).fetchone()[0])

    def iter_all(self, filters: Filters) -> Iterator[dict[str, Any]]:
        where, args = filters.where()
        for row in self.conn.execute(f"SELECT * FROM records{where} ORDER BY id ASC", args):
            yield record_dict(row)

    def stats(self, filters: Filters, *, top: int = 10) -> dict[str, Any]:
        where, args = filters.where()
        by_decision = {
            r[0]: r[1]
            for r in self.conn.execute(
                f"SELECT decision, COUNT(*) FROM records{where} GROUP BY decision", args
            )
        }
        by_surface = {
            r[0]: r[1]
            for r in self.conn.execute(
                f"SELECT surface, COUNT(*) FROM records{where} GROUP BY surface", args
            )
        }
        host_where = where + (" AND " if where else " WHERE ") + "host IS NOT NULL"
        top_hosts = [
            {"host": r[0], "requests": r[1], "blocked": r[2]}
            for r in self.conn.execute(
                f"SELECT host, COUNT(*), SUM(decision = 'block') FROM records{host_where} "
                "GROUP BY host ORDER BY COUNT(*) DESC LIMIT ?",
                [*args, top],
            )
        ]
        top_principals = [
            {"principal": r[0], "requests": r[1], "blocked": r[2]}
            for r in self.conn.execute(
                f"SELECT principal, COUNT(*), SUM(decision = 'block') FROM records{where} "
                "GROUP BY principal ORDER BY COUNT(*) DESC LIMIT ?",
                [*args, top],
            )
        ]
        deny_where = where + (" AND " if where else " WHERE ") + "decision = 'block'"
        recent = [
            record_dict(r)
            for r in self.conn.execute(
                f"SELECT * FROM records{deny_where} ORDER BY id DESC LIMIT ?", [*args, top]
            )
        ]
        return {
            "total": sum(by_decision.values()),
            "by_decision": by_decision,
            "by_surface": by_surface,
            "top_hosts": top_hosts,
            "top_principals": top_principals,
            "recent_denials": recent,
        }

    def verify(self, trusted: str | None = None) -> VerifyReport:
        """Walk the chain from the first row and report the first broken link; then check
        the signed head against the chain's end (`trusted`: hex public key to require)."""
        previous = GENESIS
        checked = 0
        last_id = 0
        cols = ", ".join(COLUMNS)
        for row in self.conn.execute(f"SELECT {cols} FROM records ORDER BY id ASC"):
            values = tuple(row[c] for c in HASHED_COLUMNS)
            if row["prev_hash"] != previous:
                return VerifyReport(
                    False,
                    checked,
                    row["id"],
                    "prev_hash does not match the previous row's hash "
                    "(a row was removed or inserted)",
                )
            if row_hash(values) != row["hash"]:
                return VerifyReport(
                    False, checked, row["id"], "the row's content does not match its hash (edited)"
                )
            previous = row["hash"]
            last_id = row["id"]
            checked += 1
        return self._check_head(checked, last_id, previous, trusted)

    def _check_head(
        self, checked: int, last_id: int, last_hash: str, trusted: str | None
    ) -> VerifyReport:
        """The chain is intact; does its end match the signed head (nothing cut off)?"""
        try:
            head = read_head(self.conn)
        except sqlite3.OperationalError:  # a ledger from before signed heads
            head = None
        if head is None:
            if checked == 0:
                return VerifyReport(True, 0, None, "empty ledger")
            return VerifyReport(
                False, checked, None,
                "chain intact but not anchored: no signed head, so records cut off its "
                "end would go unnoticed (written by an older secproxy or without a key)",
            )
        problem = check_head(head, trusted) or tail_problem(
            head, ChainTail(last_id, last_hash, checked)
        )
        if problem:
            return VerifyReport(False, checked, None, problem, signed_by=head.public_key)
        how = "a trusted key" if trusted else "by the key it names; --key checks a trusted one"
        return VerifyReport(
            True, checked, None, f"chain intact, signed head matches ({how})",
            signed_by=head.public_key,
        )


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int
    broken_at: int | None
    message: str
    signed_by: str | None = None
    """Hex public key of the signed head, when there is one."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "broken_at": self.broken_at,
            "message": self.message,
            "signed_by": self.signed_by,
        }


def record_dict(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    for key in ("findings", "shadow", "metadata"):
        try:
            d[key] = json.loads(d[key]) if d.get(key) else d.get(key)
        except (TypeError, ValueError):
            pass
    d["time"] = datetime.fromtimestamp(d["ts"]).astimezone().isoformat(timespec="milliseconds")
    return d
