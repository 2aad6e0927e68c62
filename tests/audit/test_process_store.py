"""The SQLite ledger written by its own process (`ProcessStore`, what `serve` uses): the
same rows and hashes as the writer thread, verified record by record; a writer killed
mid-run replaced without losing or doubling a record; strings orjson refuses; strict
acks and intents left by a crash."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secproxy.audit.chain import Unsealed
from secproxy.audit.ledger import INTERRUPTED, Ledger
from secproxy.audit.process_store import ProcessStore
from secproxy.audit.query import LedgerReader
from secproxy.audit.signing import HeadSigner
from secproxy.audit.store import SqliteStore
from secproxy.engine import Engine
from secproxy.events import IntentEvent, RecordEvent
from secproxy.model import Action, Decision, Outcome, Principal, Surface, Target, Verdict
from tests.helpers import eventually, running_proxy

SIGNER = HeadSigner(Ed25519PrivateKey.generate())


def record(i: int, path: str | None = None) -> RecordEvent:
    action = Action(Surface.EGRESS, principal=Principal(ip="10.0.0.9"),
                    target=Target("api.example.com", 443, "https", path or f"/items/{i}",
                                  None, "GET"),
                    metadata={"headers": {"accept": "*/*", "authorization": "Bearer x"}},
                    request_id=f"req-{i:05d}")
    return RecordEvent(action, Verdict(Decision.ALLOW), Outcome(status=200, bytes_out=i),
                       ts=1_700_000_000.0 + i / 7)


def rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM records ORDER BY id").fetchall()


async def write(store: SqliteStore | ProcessStore, events: list[RecordEvent], *,
                durability: str = "batch") -> Ledger:
    engine = Engine()
    ledger = Ledger(store, engine.bus, batch_size=50, signer=SIGNER, durability=durability)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    for event in events:
        await engine.bus.publish(event)
    await eventually(lambda: ledger.written == len(events), timeout=20)
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    return ledger


async def test_the_writer_process_writes_what_the_thread_writes_and_it_verifies(
    tmp_path: Path,
) -> None:
    events = [record(i) for i in range(300)]
    await write(SqliteStore(tmp_path / "thread.db"), events)
    await write(ProcessStore(tmp_path / "process.db"), events)
    assert len(rows(tmp_path / "process.db")) == 300
    assert rows(tmp_path / "process.db") == rows(tmp_path / "thread.db")
    with LedgerReader(tmp_path / "process.db") as reader:
        report = reader.verify(SIGNER.public_key)
    assert report.ok and report.checked == 300, report


async def test_a_killed_writer_is_replaced_and_no_record_is_lost_or_doubled(
    tmp_path: Path,
) -> None:
    store = ProcessStore(tmp_path / "l.db")
    engine = Engine()
    ledger = Ledger(store, engine.bus, signer=SIGNER, linger=0)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    for i in range(20):
        await engine.bus.publish(record(i))
    await eventually(lambda: ledger.written == 20, timeout=20)
    first = store.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    for i in range(20, 60):
        await engine.bus.publish(record(i))
    await eventually(lambda: ledger.written == 60, timeout=20)
    assert store.restarts == 1 and store.pid not in (None, first)
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    ids = [r[0] for r in rows(tmp_path / "l.db")]
    assert ids == list(range(1, 61))
    with LedgerReader(tmp_path / "l.db") as reader:
        assert reader.verify(SIGNER.public_key).ok


async def test_a_batch_committed_before_its_answer_was_lost_is_not_written_twice(
    tmp_path: Path,
) -> None:
    store = ProcessStore(tmp_path / "l.db")
    opened = await store.open()
    ledger = Ledger(SqliteStore(tmp_path / "unused.db"), Engine().bus)
    batch = Unsealed(opened.tail, [ledger.to_row(record(i)) for i in range(5)], [], [],
                     SIGNER)
    once = await store.commit(batch)
    again = await store.commit(batch)  # the retry of a batch whose answer never came
    assert again.tail == once.tail and once.tail.count == 5
    await store.close()
    assert len(rows(tmp_path / "l.db")) == 5


async def test_a_lone_surrogate_goes_through_the_pipe_and_is_stored_escaped(
    tmp_path: Path,
) -> None:
    await write(ProcessStore(tmp_path / "l.db"), [record(1, "/a\udc80b"), record(2)])
    with LedgerReader(tmp_path / "l.db") as reader:
        assert reader.verify(SIGNER.public_key).ok
    (url, metadata), _ = [(r[10], r[24]) for r in rows(tmp_path / "l.db")]
    assert "\\udc80" in str(url) and "unencodable characters escaped in: url" in str(metadata)


async def test_strict_acks_after_the_write_and_a_crash_s_intents_are_recovered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "l.db"
    store = ProcessStore(path, strict=True)
    engine = Engine()
    ledger = Ledger(store, engine.bus, signer=SIGNER, durability="strict")
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    event = record(1)
    intent = IntentEvent(event.action, event.verdict,
                         ack=asyncio.get_running_loop().create_future())
    await engine.bus.publish(intent)
    await asyncio.wait_for(intent.ack, 20)
    with sqlite3.connect(path) as conn:  # durable before the action proceeds
        assert conn.execute("SELECT request_id FROM pending").fetchall() == [("req-00001",)]
    # the proxy dies here: the intent is all that is left
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await store._kill()
    again = Ledger(ProcessStore(path, strict=True), Engine().bus, signer=SIGNER,
                   durability="strict")
    await again.open()
    assert again.recovered == 1
    await again.close()
    (row,) = rows(path)
    assert row[21] == "req-00001" and row[23] == INTERRUPTED
    with LedgerReader(path) as reader:
        assert reader.verify(SIGNER.public_key).ok


def test_the_writer_process_imports_no_asyncio_no_cryptography_nor_the_proxy() -> None:
    """Its resident memory is serve's too: asyncio (with ssl) would be 8 MiB of it, the
    cryptography library 7 (and it never holds the signing key: serve signs)."""
    code = ("import sys, secproxy.audit.writer; "
            "print(sorted(m for m in ('asyncio', 'ssl', 'cryptography', 'secproxy.engine',"
            " 'secproxy.events', 'secproxy.config') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stdout


async def test_a_request_cancelled_midway_leaves_no_answer_for_the_next(tmp_path: Path) -> None:
    store = ProcessStore(tmp_path / "l.db")
    opened = await store.open()
    ledger = Ledger(SqliteStore(tmp_path / "unused.db"), Engine().bus)
    first = store.pid
    batch = Unsealed(opened.tail, [ledger.to_row(record(i)) for i in range(3)], [], [], None)
    task = asyncio.ensure_future(store.commit(batch))
    await asyncio.sleep(0)  # sent, its answer not read yet
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    done = await store.commit(batch)  # a new writer; the batch is written once
    assert store.pid != first and done.tail.count == 3
    await store.close()
    assert [r[0] for r in rows(tmp_path / "l.db")] == [1, 2, 3]


async def test_audit_writer_chooses_the_process_or_a_thread(tmp_path: Path) -> None:
    for writer, kind in (("process", ProcessStore), ("thread", SqliteStore)):
        state = tmp_path / writer
        async with running_proxy(state, {"audit": {"writer": writer}}) as rt:
            assert type(rt.ledger.store) is kind
            await rt.engine.decide(record(1).action)
        with LedgerReader(state / "ledger.db") as reader:
            assert reader.verify().checked == 1


async def test_a_second_writer_waits_for_the_first_to_end(tmp_path: Path) -> None:
    """A writer left by a serve killed with SIGKILL may still be committing: the next
    serve's writer waits for it rather than chain onto the same tail."""
    first = ProcessStore(tmp_path / "l.db")
    await first.open()
    second = ProcessStore(tmp_path / "l.db")
    opening = asyncio.ensure_future(second.open())
    await eventually(lambda: second.pid is not None, timeout=20)
    await asyncio.sleep(0.2)  # time enough to open, were the lock not held
    assert not opening.done()
    await first.close()
    opened = await asyncio.wait_for(opening, 20)
    assert opened.tail.count == 0
    await second.close()
