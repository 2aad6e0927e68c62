"""The SQLite ledger's layout since schema version 3: one `entries` row per record (its
JSON entry, which its hash covers, and a few key columns), the view `records`, one span
per batch. Tampering of any kind is found by `audit verify`; time, decision and other
filters select what they did; a ledger of version 2 is moved over, still verifies and
is appended to."""

from __future__ import annotations

import asyncio
import hashlib
import math
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secproxy.audit.ledger import Ledger
from secproxy.audit.process_store import ProcessStore
from secproxy.audit.query import Filters, LedgerReader
from secproxy.audit.schema import HASHED_COLUMNS, SCHEMA_VERSION, migrate
from secproxy.audit.signing import HeadSigner
from secproxy.audit.store import SqliteStore
from secproxy.engine import Engine
from secproxy.events import RecordEvent
from secproxy.model import Action, Decision, Outcome, Principal, Surface, Target, Verdict
from tests.helpers import eventually

SIGNER = HeadSigner(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
FIXTURE = Path(__file__).parent / "data" / "ledger_before_orjson.db"
"""A ledger of schema version 2 written by serve's writer process at a141052, its head
signed by SIGNER's key (test_chain_canonical says what it holds)."""


def record(i: int, *, ts: float, decision: Decision = Decision.ALLOW,
           duration: float | None = 0.002, url: str | None = None) -> RecordEvent:
    action = Action(Surface.EGRESS, principal=Principal(ip=f"10.0.0.{i % 3}"),
                    target=Target(f"h{i % 4}.example.com", 443, "https",
                                  f"/items/{i}" if url is None else url, None, "GET"),
                    request_id=f"req-{i:05d}")
    return RecordEvent(action, Verdict(decision, reason=f"reason {i}"),
                       Outcome(status=200, bytes_out=i, duration=duration), ts=ts)


async def write(path: Path, events: list[RecordEvent], *, process: bool = True,
                batch_size: int = 5) -> None:
    engine = Engine()
    store = ProcessStore(path) if process else SqliteStore(path)
    ledger = Ledger(store, engine.bus, batch_size=batch_size,
                    batch_max=batch_size, signer=SIGNER, linger=0)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    for event in events:
        await engine.bus.publish(event)
    await eventually(lambda: ledger.written == len(events), timeout=20)
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()


def verify(path: Path) -> tuple[bool, int | None, str]:
    with LedgerReader(path) as reader:
        report = reader.verify(SIGNER.public_key)
    return report.ok, report.broken_at, report.message


def sql(path: Path, statement: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(statement, args).fetchall()


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty records in batches of five, their times out of order within a batch."""
    path = tmp_path_factory.mktemp("entries") / "ledger.db"
    events = [record(i, ts=1_700_000_000.0 + i + (3 if i % 5 == 0 else 0),
                     decision=Decision.BLOCK if i % 6 == 0 else Decision.ALLOW)
              for i in range(20)]
    asyncio.run(write(path, events))
    return path


def test_a_record_is_an_entry_its_hash_covers_beside_its_key_columns(written: Path) -> None:
    assert sql(written, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert sql(written, "PRAGMA page_size") == [(16384,)]
    (row,) = sql(written, "SELECT id, ts, surface, decision, host, principal, entry, hash "
                 "FROM entries WHERE id = 2")
    assert row[1:6] == (1_700_000_001.0, "egress", "allow", "h1.example.com", "ip:10.0.0.1")
    (view,) = sql(written, "SELECT * FROM records WHERE id = 2")
    assert view[-2:] == (row[7], row[6])  # hash, then the entry
    assert dict(zip(("id", *HASHED_COLUMNS), view, strict=False))["reason"] == "reason 1"
    assert sql(written, "SELECT first_id, last_id FROM spans ORDER BY last_id") == [
        (1, 5), (6, 10), (11, 15), (16, 20)]
    assert verify(written) == (True, None, "chain intact, signed head matches (a trusted key)")


def test_time_and_decision_filters_select_what_a_scan_selects(written: Path) -> None:
    with LedgerReader(written) as reader:
        every = reader.query(Filters(limit=1000))
        for since, until in ((1_700_000_004.5, None), (None, 1_700_000_007.0),
                             (1_700_000_005.0, 1_700_000_013.5), (1_800_000_000.0, None),
                             (None, 1_600_000_000.0)):
            found = reader.query(Filters(since=since, until=until, limit=1000))
            expected = [r for r in every if (since is None or r["ts"] >= since)
                        and (until is None or r["ts"] < until)]
            assert [r["id"] for r in found] == [r["id"] for r in expected]
            assert reader.count(Filters(since=since, until=until)) == len(expected)
        blocked = reader.query(Filters(decision=["block"]))
        assert [r["id"] for r in blocked] == [19, 13, 7, 1]
        assert [r["id"] for r in reader.stats(Filters())["recent_denials"]] == [19, 13, 7, 1]
        assert [r["id"] for r in reader.query(Filters(host="h1.example.com", limit=2))] == [
            18, 14]
        assert [r["id"] for r in reader.query(Filters(search="reason 17"))] == [18]
        # read from the entry first ("reason 1") or from the columns only ("_": any one
        # character, maybe one the entry holds escaped): the same records
        fast = reader.query(Filters(search="reason 1"))
        assert [r["id"] for r in fast] == [20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 2]
        assert reader.query(Filters(search="reason_1")) == fast
        assert reader.count(Filters(search="req-00003")) == 1  # a request id
        plan = reader.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM records WHERE decision IN ('block') AND "
            "decision != 'allow' ORDER BY id DESC").fetchall()
        assert "entries_flagged" in str([tuple(r) for r in plan])


@pytest.mark.parametrize("tamper", [
    "UPDATE entries SET host = 'elsewhere.example.com' WHERE id = 7",
    "UPDATE entries SET decision = 'allow' WHERE id = 7",
    "UPDATE entries SET ts = ts + 1 WHERE id = 7",
    "UPDATE entries SET entry = json_set(entry, '$[17]', 'nothing') WHERE id = 7",
    "UPDATE entries SET entry = replace(entry, 'reason 6', 'reason X') WHERE id = 7",
    "UPDATE entries SET entry = 'not json' WHERE id = 7",
    "DELETE FROM entries WHERE id = 7",
    # moved: rows 7 and 8 swapped
    "UPDATE entries SET id = -id WHERE id IN (7, 8); "
    "UPDATE entries SET id = CASE id WHEN -7 THEN 8 ELSE 7 END WHERE id < 0",
    # inserted: a copy of row 3 between 6 and 7 (ids moved up to make room)
    "UPDATE entries SET id = -(id + 1) WHERE id >= 7; UPDATE entries SET id = -id WHERE id < 0; "
    "INSERT INTO entries SELECT 7, ts, surface, decision, host, principal, entry, hash "
    "FROM entries WHERE id = 3",
])
def test_verify_finds_a_record_edited_removed_moved_or_inserted(
    written: Path, tmp_path: Path, tamper: str,
) -> None:
    path = tmp_path / "ledger.db"
    shutil.copyfile(written, path)
    with sqlite3.connect(path) as conn:
        conn.executescript(tamper)
    ok, broken_at, message = verify(path)
    assert not ok and broken_at in (7, 8), message


def test_an_entry_rehashed_breaks_the_next_link_and_a_cut_tail_the_head(
    written: Path, tmp_path: Path,
) -> None:
    path = tmp_path / "edited.db"
    shutil.copyfile(written, path)
    (entry,) = sql(path, "SELECT entry FROM entries WHERE id = 7")[0]
    edited = str(entry).replace("reason 6", "reason X")
    sql(path, "UPDATE entries SET entry = ?, hash = ? WHERE id = 7",
        edited, hashlib.sha256(edited.encode()).hexdigest())
    assert verify(path)[:2] == (False, 8)
    path = tmp_path / "cut.db"
    shutil.copyfile(written, path)
    sql(path, "DELETE FROM entries WHERE id = 20")
    ok, _, message = verify(path)
    assert not ok and "records were removed" in message


async def test_the_thread_writes_what_the_process_writes(tmp_path: Path) -> None:
    events = [record(i, ts=1_700_000_000.5 + i / 7, duration=i / 3000) for i in range(23)]
    await write(tmp_path / "process.db", events)
    await write(tmp_path / "thread.db", events, process=False)
    everything = "SELECT * FROM entries ORDER BY id"
    assert sql(tmp_path / "process.db", everything) == sql(tmp_path / "thread.db", everything)


async def test_values_read_back_as_written_whatever_json_extract_makes_of_them(
    tmp_path: Path,
) -> None:
    """A NUL in a string (SQLite's JSON functions stop at it), a duration with all its
    digits, one that is no number (JSON has none: null), read back by the reader."""
    path = tmp_path / "ledger.db"
    await write(path, [record(1, ts=1_700_000_000.123456, duration=0.000123456789,
                              url="/a\x00b"),
                       record(2, ts=1_700_000_001.0, duration=math.inf)])
    with LedgerReader(path) as reader:
        first, second = reader.query(Filters(limit=10))[::-1]
        exported = list(reader.columns(("url", "duration_ms"), Filters()))
    assert first["url"] == "h1.example.com:443/a\x00b"
    assert (first["ts"], first["duration_ms"]) == (1_700_000_000.123456, 0.123)
    assert second["duration_ms"] is None
    assert exported[0] == {"url": "h1.example.com:443/a\x00b", "duration_ms": 0.123}
    assert verify(path)[0]


async def test_a_ledger_of_version_2_is_moved_over_verifies_and_is_appended_to(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ledger.db"
    shutil.copyfile(FIXTURE, path)
    assert sql(path, "PRAGMA user_version") == [(2,)]
    with LedgerReader(path) as reader:  # read as it is, before any serve opens it
        before = reader.query(Filters(limit=100))
        assert reader.verify().ok
    await write(path, [record(i, ts=1_900_000_000.0 + i) for i in range(3)])
    assert sql(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert sql(path, "SELECT count(*) FROM entries") == [(27,)]
    assert sql(path, "SELECT first_id, last_id FROM spans ORDER BY last_id")[0] == (1, 24)
    with LedgerReader(path) as reader:
        after = reader.query(Filters(limit=100))
        report = reader.verify()
    assert after[3:] == before
    assert report.ok and report.checked == 27, report.message
    # a row of the old layout edited after the move is found as before
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE entries SET entry = json_set(entry, '$[17]', 'x') WHERE id = 5")
    with LedgerReader(path) as reader:
        assert reader.verify().broken_at == 5


def test_a_ledger_of_version_2_edited_before_the_move_still_fails(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    shutil.copyfile(FIXTURE, path)
    sql(path, "UPDATE records SET reason = 'nothing to see' WHERE id = 9")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert migrate(conn) == 2
    finally:
        conn.close()
    with LedgerReader(path) as reader:
        report = reader.verify()
    assert (report.ok, report.broken_at) == (False, 9)
