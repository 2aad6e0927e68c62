"""The writer process gets the next batch before the one before it is committed (its
signed head on the way): records stay in order and under the signed head, a writer
killed mid-pipeline loses and doubles nothing, the writer refuses a batch chained onto
rows it did not write, a deep queue is written in larger batches, and `secproxy serve`
stopped by SIGTERM in the middle of a burst keeps every answered request."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from secproxy.audit.chain import Unsealed
from secproxy.audit.ledger import Ledger
from secproxy.audit.process_store import ProcessStore, WriterGone
from secproxy.audit.query import LedgerReader
from secproxy.audit.store import ChainTail, SqliteStore
from secproxy.engine import Engine
from tests.audit.test_durability_functional import config, get, recorded_paths, upstream
from tests.audit.test_process_store import SIGNER, record
from tests.cli.conftest import run_cli, serve_process
from tests.helpers import eventually


def request_ids(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, request_id FROM records ORDER BY id").fetchall()


def verified(path: Path, count: int) -> bool:
    with LedgerReader(path) as reader:
        report = reader.verify(SIGNER.public_key)
    return report.ok and report.checked == count


async def publish_all(engine: Engine, first: int, last: int) -> None:
    for i in range(first, last):
        await engine.bus.publish(record(i))


async def test_small_batches_sent_ahead_keep_their_order_and_verify(tmp_path: Path) -> None:
    store = ProcessStore(tmp_path / "l.db")
    engine = Engine()
    ledger = Ledger(store, engine.bus, batch_size=5, batch_max=5, queue_size=50,
                    signer=SIGNER, linger=0)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    await publish_all(engine, 0, 600)
    await ledger.flush()
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    assert request_ids(tmp_path / "l.db") == [(i + 1, f"req-{i:05d}") for i in range(600)]
    assert verified(tmp_path / "l.db", 600)


async def test_a_writer_killed_mid_pipeline_loses_and_doubles_nothing(tmp_path: Path) -> None:
    store = ProcessStore(tmp_path / "l.db")
    engine = Engine()
    ledger = Ledger(store, engine.bus, batch_size=5, queue_size=50, signer=SIGNER, linger=0)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    publishing = asyncio.ensure_future(publish_all(engine, 0, 3000))
    await eventually(lambda: ledger.written >= 200, timeout=20)
    first = store.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    await publishing
    await eventually(lambda: ledger.written == 3000, timeout=30)
    assert store.restarts >= 1
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    assert request_ids(tmp_path / "l.db") == [(i + 1, f"req-{i:05d}") for i in range(3000)]
    assert verified(tmp_path / "l.db", 3000)


async def test_the_writer_refuses_a_batch_chained_onto_rows_it_did_not_write(
    tmp_path: Path,
) -> None:
    store = ProcessStore(tmp_path / "l.db")
    opened = await store.open()
    rows = Ledger(SqliteStore(tmp_path / "unused.db"), Engine().bus)
    batch = [rows.to_row(record(i)) for i in range(5)]
    ahead = ChainTail(5, "ab" * 32, 5)  # the end of a batch that was never written
    with pytest.raises(WriterGone, match="not written"):
        await store.commit(Unsealed(ahead, batch, [], [], SIGNER))
    written = await store.commit(Unsealed(opened.tail, batch, [], [], SIGNER))
    await store.close()
    assert written.tail.count == 5
    assert [r for _, r in request_ids(tmp_path / "l.db")] == [f"req-{i:05d}" for i in range(5)]
    assert verified(tmp_path / "l.db", 5)


async def test_a_deep_queue_is_written_in_batches_up_to_batch_max(tmp_path: Path) -> None:
    store = ProcessStore(tmp_path / "l.db")
    engine = Engine()
    ledger = Ledger(store, engine.bus, batch_size=10, batch_max=40, queue_size=1000,
                    signer=SIGNER, linger=0)
    commits: list[float] = []
    ledger.on_write = commits.append
    await ledger.open()
    await publish_all(engine, 0, 400)  # queued before the writer runs: a deep queue
    writer = asyncio.ensure_future(ledger.run())
    await eventually(lambda: ledger.written == 400, timeout=20)
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    assert len(commits) == 10  # 400 / 40; batches of batch_size would have made 40
    assert verified(tmp_path / "l.db", 400)


@pytest.mark.functional
def test_sigterm_in_the_middle_of_a_burst_keeps_every_answered_request(
        tmp_path: Path) -> None:
    """Batches of one record (four when more wait): many batches in flight when SIGTERM
    comes; every request answered 200 is in the ledger, which verifies."""
    ledger = tmp_path / "ledger.db"
    cfg = config(tmp_path, "batch")
    cfg.write_text(cfg.read_text().replace("audit: {durability: batch}",
                                           "audit: {durability: batch, batch_size: 1}"))
    with upstream() as port, serve_process(tmp_path, "-c", str(cfg)) as served:
        proxy = served.addresses["egress"]
        with ThreadPoolExecutor(8) as pool:
            answers = pool.map(lambda i: get(proxy, f"http://127.0.0.1:{port}/b/{i}", 10),
                               range(400))
            statuses = []
            for status in answers:
                statuses.append(status)
                if len(statuses) == 100:
                    code, err = served.stop(signal.SIGTERM)
    assert code == 0, err
    answered = [i for i, s in enumerate(statuses) if s == 200]
    assert len(answered) >= 100
    paths = recorded_paths(ledger)
    assert all(f"b/{i}" in paths for i in answered), sorted(set(answered) - set(paths))
    verify = run_cli("audit", "verify", "--ledger", str(ledger))
    assert verify.returncode == 0, verify.stdout
