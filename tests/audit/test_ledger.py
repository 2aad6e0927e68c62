"""The ledger: one hash-chained row per decision, redaction, backpressure, flush, verify."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secproxy.audit.ledger import Ledger
from secproxy.audit.query import Filters, LedgerReader
from secproxy.audit.schema import SCHEMA_VERSION
from secproxy.audit.signing import HeadSigner
from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.errors import SecproxyError
from secproxy.model import Action, Outcome, Principal, Surface, Target, Verdict
from tests.helpers import eventually, running_proxy


def request(i: int = 0, **target: object) -> Action:
    t = {"host": "api.example.com", "path": f"/v1/items/{i}", "method": "GET", **target}
    return Action(
        Surface.EGRESS,
        principal=Principal(ip="10.0.0.7"),
        target=Target(**t),
        metadata={
            "headers": {
                "Authorization": "Bearer sk-secret",
                "Accept": "*/*",
                "Cookie": "sid=abc",
                "X-Internal-Token": "t0k",
            }
        },
    )


async def test_one_row_per_decision_with_outcome_and_redaction(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, {"audit": {"redact_headers": ["X-Internal-Token"]}}) as rt:
        action = request(query="page=2&access_token=abcd1234&q=cats")
        async with rt.engine.track(action) as t:
            t.outcome.status = 200
            t.outcome.bytes_in = 12
            t.outcome.bytes_out = 3456
        await rt.engine.decide(request(2))
    with LedgerReader(tmp_path / "ledger.db") as reader:
        rows = reader.query(Filters())
    assert len(rows) == 2
    first = rows[-1]
    assert first["surface"] == "egress" and first["principal"] == "ip:10.0.0.7"
    assert first["host"] == "api.example.com" and first["method"] == "GET"
    assert first["url"] == "api.example.com/v1/items/0?page=2&access_token=[REDACTED]&q=cats"
    assert (first["status"], first["bytes_in"], first["bytes_out"]) == (200, 12, 3456)
    assert first["decision"] == "allow" and first["duration_ms"] >= 0
    assert first["request_id"] == action.request_id
    headers = first["metadata"]["headers"]
    assert headers == {
        "Authorization": "[REDACTED]",
        "Accept": "*/*",
        "Cookie": "[REDACTED]",
        "X-Internal-Token": "[REDACTED]",
    }


async def test_track_writes_the_record_even_when_the_surface_fails(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt:
        with pytest.raises(ConnectionResetError):
            async with rt.engine.track(request()):
                raise ConnectionResetError
    with LedgerReader(tmp_path / "ledger.db") as reader:
        (row,) = reader.query(Filters())
    assert row["error"] == "ConnectionResetError"


async def test_shutdown_flushes_every_record(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, {"audit": {"batch_size": 7}}) as rt:
        await asyncio.gather(*(rt.engine.decide(request(i)) for i in range(1000)))
    with LedgerReader(tmp_path / "ledger.db") as reader:
        assert reader.count(Filters()) == 1000
        assert reader.verify().ok


async def test_backpressure_instead_of_dropping(tmp_path: Path) -> None:
    engine = Engine()
    ledger = Ledger(tmp_path / "l.db", engine.bus, queue_size=3, batch_size=2)
    await ledger.open()
    tasks = [asyncio.ensure_future(engine.decide(request(i))) for i in range(10)]
    await eventually(lambda: ledger.queued == 3, message="queue full")
    await asyncio.sleep(0.05)
    assert sum(t.done() for t in tasks) <= 4  # the rest wait for room in the ledger queue
    writer = asyncio.ensure_future(ledger.run())
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    with LedgerReader(tmp_path / "l.db") as reader:
        assert reader.count(Filters()) == 10


async def test_records_arriving_one_by_one_share_a_batch_and_one_taken_is_kept_at_stop(
    tmp_path: Path,
) -> None:
    engine = Engine()
    ledger = Ledger(tmp_path / "l.db", engine.bus, linger=30.0,
                    signer=HeadSigner(Ed25519PrivateKey.generate()))
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    await engine.decide(request(0))
    await eventually(lambda: ledger.queued == 0, message="the writer took the record")
    for i in range(1, 4):
        await engine.decide(request(i))
    assert ledger.written == 0  # the first record's batch waits for more
    writer.cancel()  # stopping: the records taken and the records queued are written
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    assert (ledger.written, ledger.lost) == (4, 0)
    with LedgerReader(tmp_path / "l.db") as reader:
        assert reader.count(Filters()) == 4
        assert reader.verify().ok


async def test_batches_not_full_start_an_interval_apart_and_a_full_one_goes_at_once(
    tmp_path: Path,
) -> None:
    engine = Engine()
    signer = HeadSigner(Ed25519PrivateKey.generate())
    ledger = Ledger(tmp_path / "l.db", engine.bus, batch_size=20, linger=0.001,
                    interval=30.0, signer=signer)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    await engine.decide(request(0))  # the first batch: only the linger
    await eventually(lambda: ledger.written == 1, message="the first record written")
    for i in range(1, 6):
        await engine.decide(request(i))
    await asyncio.sleep(0.05)
    assert ledger.written == 1  # one at a time: they wait for the interval, together
    for i in range(6, 40):  # a full batch waiting ends the wait
        await engine.decide(request(i))
    await eventually(lambda: ledger.written >= 21, message="a full batch written at once")
    writer.cancel()  # stopping: what waits is written now, under a signed head
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    assert (ledger.written, ledger.lost) == (40, 0)
    with LedgerReader(tmp_path / "l.db") as reader:
        assert reader.count(Filters()) == 40
        assert reader.verify(signer.public_key).ok


async def test_strict_durability_does_not_wait_for_more_records(tmp_path: Path) -> None:
    engine = Engine(load_config(text="audit: {durability: strict}", env={}))
    ledger = Ledger(tmp_path / "l.db", engine.bus, durability="strict", linger=30.0)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    try:  # an ack that waited for the linger would time out here
        await asyncio.wait_for(engine.record(request(0), *await _allowed(engine)), 10)
    finally:
        writer.cancel()
        await asyncio.gather(writer, return_exceptions=True)
        await ledger.close()
    assert ledger.written == 1


async def _allowed(engine: Engine) -> tuple[Verdict, Outcome]:
    return await engine.decide(request(9), audit=False), Outcome(status=200, duration=0.0)


async def _ledger_with(tmp_path: Path, n: int) -> Path:
    async with running_proxy(tmp_path) as rt:
        for i in range(n):
            await rt.engine.decide(request(i))
    return tmp_path / "ledger.db"


async def test_verify_detects_an_edited_row(tmp_path: Path) -> None:
    path = await _ledger_with(tmp_path, 5)
    with LedgerReader(path) as reader:
        report = reader.verify()
    assert report.ok and report.checked == 5
    with sqlite3.connect(path) as conn:
        # the record's entry (what its hash covers: status is column 11, decision 15)
        # and its decision column, as a hand editing the file would
        conn.execute("UPDATE entries SET decision = 'allow', "
                     "entry = json_set(entry, '$[15]', 'allow', '$[11]', 200) WHERE id = 3")
    with LedgerReader(path) as reader:
        report = reader.verify()
    assert not report.ok
    assert report.broken_at == 3 and report.checked == 2
    assert "edited" in report.message


async def test_verify_detects_a_removed_row(tmp_path: Path) -> None:
    path = await _ledger_with(tmp_path, 4)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM entries WHERE id = 2")
    with LedgerReader(path) as reader:
        report = reader.verify()
    assert (report.ok, report.broken_at) == (False, 3)
    assert "removed or inserted" in report.message


async def test_chain_continues_across_restarts(tmp_path: Path) -> None:
    await _ledger_with(tmp_path, 2)
    path = await _ledger_with(tmp_path, 3)
    with LedgerReader(path) as reader:
        report = reader.verify()
    assert report.ok and report.checked == 5


async def test_schema_is_versioned(tmp_path: Path) -> None:
    path = await _ledger_with(tmp_path, 1)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    ledger = Ledger(path, Engine().bus)
    with pytest.raises(SecproxyError, match="newer than this secproxy knows"):
        await ledger.open()


async def test_reader_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(SecproxyError, match="no audit ledger at"):
        LedgerReader(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    with pytest.raises(SecproxyError, match="is not a secproxy ledger"):
        LedgerReader(junk)


async def test_a_record_with_unstorable_metadata_does_not_stop_the_writer(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt:
        odd = request(1)
        odd.metadata = {1: "int key", "b": 2}  # keys that cannot be sorted together
        await rt.engine.decide(odd)
        await rt.engine.decide(request(2))
        await eventually(lambda: rt.ledger.written == 2, message="both records written")
    with LedgerReader(tmp_path / "ledger.db") as reader:
        rows = reader.query(Filters())
        assert reader.verify().ok
    assert [r["url"] for r in rows] == ["api.example.com/v1/items/2", "api.example.com/v1/items/1"]
    assert "ledger_error" in rows[1]["metadata"]
