"""The ledger in a real PostgreSQL database (issue 17): the same records, chain, signed
head, queries and verification as the SQLite file; versioned migrations; one chain per
instance (and never two writers on one); tampering detected; and a database restarted
under load losing no acknowledged record (the spool holds them meanwhile)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import socket
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from secproxy.audit.export import write_records
from secproxy.audit.ledger import Ledger
from secproxy.audit.pg import SCHEMA_VERSION
from secproxy.audit.query import Filters
from secproxy.audit.signing import HeadSigner
from secproxy.audit.target import LedgerTarget
from secproxy.config import load_config
from secproxy.control.client import ControlClient
from secproxy.engine import Engine
from secproxy.errors import SecproxyError
from secproxy.learning import suggest_from_ledger
from secproxy.model import Action, Principal, Surface, Target
from tests.cli.conftest import run_cli
from tests.helpers import eventually, proxy_config, running_proxy
from tests.scale_pg.conftest import PgCluster

pytestmark = [pytest.mark.functional, pytest.mark.timeout(120)]


def request(i: int = 0, path: str | None = None, host: str = "api.example.com") -> Action:
    return Action(
        Surface.EGRESS,
        principal=Principal(ip="10.0.0.7"),
        target=Target(host=host, path=path or f"/v1/items/{i}", method="GET"),
        metadata={"headers": {"Authorization": "Bearer sk-secret", "Accept": "*/*"}},
    )


def pg_settings(dsn: str, instance: str = "a", **extra: Any) -> dict[str, Any]:
    return {"ledger": {"backend": "postgresql", "dsn": dsn, "instance": instance,
                       "retry_interval": "100ms", **extra}}


def reader_of(state_dir: Path, dsn: str, instance: str = "a") -> Any:
    text = proxy_config(state_dir, pg_settings(dsn, instance))
    return LedgerTarget.of(load_config(text=text, env={}).config).reader()


async def fetch(dsn: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return list(await conn.fetch(sql, *args))
    finally:
        await conn.close()


async def test_records_queries_and_verify_over_postgresql(tmp_path: Path, pg_dsn: str) -> None:
    cfg = tmp_path / "secproxy.yaml"
    async with running_proxy(tmp_path, pg_settings(pg_dsn),
                             config_path=cfg) as rt:
        assert rt.ledger.location.endswith("(instance a)") and "postgres@" in rt.ledger.location
        for i in range(5):
            await rt.engine.decide(request(i))
        # What PostgreSQL text cannot hold (NUL) and what UTF-8 cannot encode (a lone
        # surrogate) are stored escaped, and the row still verifies.
        await rt.engine.decide(request(path="/nul\x00here/\udc80"))
        await rt.engine.decide(request(host="blocked.example"))
        await rt.ledger.flush()
        # The running proxy's own reader (the console's `audit/query`).
        with rt.ledger.reader() as reader:
            assert reader.count(Filters()) == 7
    with reader_of(tmp_path, pg_dsn) as reader:
        rows = reader.query(Filters(limit=3))
        assert [r["url"] for r in rows][1:] == ["api.example.com/nul\\x00here/\\udc80",
                                                "api.example.com/v1/items/4"]
        assert {r["instance"] for r in rows} == {"a"}
        assert rows[1]["metadata"]["ledger_note"] == "unencodable characters escaped in: url"
        assert rows[1]["metadata"]["headers"]["Authorization"] == "[REDACTED]"
        assert reader.count(Filters(host="*.example")) == 1
        assert reader.count(Filters(search="ITEMS/3")) == 1  # case-insensitive, as SQLite
        assert [r["id"] for r in reader.iter_all(Filters())] == list(range(1, 8))
        stats = reader.stats(Filters())
        assert stats["total"] == 7 and stats["top_hosts"][0] == {
            "host": "api.example.com", "requests": 6, "blocked": 0}
        report = reader.verify()
        assert report.ok and report.checked == 7, report
        assert [(c.instance, c.checked, c.ok) for c in report.chains] == [("a", 7, True)]
        # Export: a CSV of a shared ledger names each row's instance (ids repeat).
        buf = io.StringIO()
        assert write_records(reader.iter_all(Filters()), "csv", buf) == 7
        table = list(csv.DictReader(io.StringIO(buf.getvalue())))
        assert table[0]["instance"] == "a" and table[0]["id"] == "1" and table[0]["hash"]
        # Learning mode reads its columns through the same reader.
        found = suggest_from_ledger(reader, since=None)
        assert found.allowed == 7 and found.rules
    (version,) = await fetch(pg_dsn, "SELECT version FROM schema_version "
                             "WHERE component = 'ledger'")
    assert version["version"] == SCHEMA_VERSION

    # The CLI reads the config's ledger section (`audit query` in the two-instance test).
    out = run_cli("audit", "verify", "--config", str(cfg), timeout=60)
    assert out.returncode == 0, out.stderr + out.stdout
    assert "instance a: ok 7 records" in out.stdout


async def test_migrations_are_idempotent_and_a_newer_schema_is_refused(
        tmp_path: Path, pg_dsn: str) -> None:
    for _ in range(2):  # opening an up-to-date database applies nothing
        async with running_proxy(tmp_path, pg_settings(pg_dsn)) as rt:
            await rt.engine.decide(request())
    rows = await fetch(pg_dsn, "SELECT * FROM schema_version")
    assert [(r["component"], r["version"]) for r in rows] == [("ledger", SCHEMA_VERSION)]
    await fetch(pg_dsn, "UPDATE schema_version SET version = 99")
    with pytest.raises(SecproxyError, match="schema is version 99, newer than this secproxy"):
        async with running_proxy(tmp_path, pg_settings(pg_dsn)):
            pass


async def test_one_chain_has_one_writer(tmp_path: Path, pg_dsn: str) -> None:
    async with running_proxy(tmp_path / "a", pg_settings(pg_dsn, "same")) as rt:
        await rt.engine.decide(request())
        with pytest.raises(SecproxyError, match="another running secproxy writes the chain "
                           "of instance 'same'"):
            async with running_proxy(tmp_path / "b", pg_settings(pg_dsn, "same")):
                pass
        # Another instance name is another chain, in the same database.
        async with running_proxy(tmp_path / "b", pg_settings(pg_dsn, "other")) as rt2:
            await rt2.engine.decide(request())
    with reader_of(tmp_path, pg_dsn) as reader:
        report = reader.verify()
    assert report.ok and [(c.instance, c.checked) for c in report.chains] == [
        ("other", 1), ("same", 1)]


async def test_a_tampered_row_or_a_cut_tail_fails_verify(tmp_path: Path, pg_dsn: str) -> None:
    cfg = tmp_path / "secproxy.yaml"
    for instance in ("a", "b"):
        async with running_proxy(tmp_path / instance, pg_settings(pg_dsn, instance),
                                 config_path=cfg) as rt:
            for i in range(4):
                await rt.engine.decide(request(i))
    await fetch(pg_dsn, "UPDATE records SET reason = 'nothing to see' "
                "WHERE instance = 'b' AND id = 3")
    with reader_of(tmp_path, pg_dsn) as reader:
        report = reader.verify()
    assert not report.ok
    a, b = report.chains
    assert a.ok and a.checked == 4
    assert (b.ok, b.broken_at, b.checked) == (False, 3, 2)
    assert "b: the row's content does not match its hash (edited)" in report.message
    out = run_cli("audit", "verify", "--config", str(cfg), "--format", "json", timeout=60)
    assert out.returncode == 1, out.stderr
    assert json.loads(out.stdout)["chains"][1]["broken_at"] == 3

    # The edit undone, the last row of a removed: its signed head says so.
    await fetch(pg_dsn, "UPDATE records SET reason = NULL WHERE instance = 'b' AND id = 3")
    await fetch(pg_dsn, "DELETE FROM records WHERE instance = 'a' AND id = 4")
    with reader_of(tmp_path, pg_dsn) as reader:
        a, b = reader.verify().chains
    assert b.ok and not a.ok and "records were removed" in a.message
    # A writer refuses to extend a cut chain.
    with pytest.raises(SecproxyError, match="does not match its signed head"):
        async with running_proxy(tmp_path / "a", pg_settings(pg_dsn, "a")):
            pass


async def test_a_database_restart_under_load_loses_no_record(
        tmp_path: Path, pg_cluster: PgCluster, pg_dsn: str) -> None:
    # Strict durability: a decision is acknowledged only once its record is committed
    # (to the database, or synced to the spool while the database is down).
    settings = {**pg_settings(pg_dsn), "audit": {"durability": "strict"}}
    acknowledged = 0
    stop = asyncio.Event()
    spooled_seen = 0

    async def load() -> None:
        nonlocal acknowledged
        i = 0
        while not stop.is_set():
            await rt.engine.decide(request(i))
            acknowledged += 1
            i += 1

    async with running_proxy(tmp_path, settings) as rt:
        workers = [asyncio.ensure_future(load()) for _ in range(4)]
        await eventually(lambda: acknowledged >= 50, timeout=20, message="load running")
        await asyncio.to_thread(pg_cluster.stop)
        before = acknowledged
        # Decisions go on while the database is down: their records wait in the spool.
        await eventually(lambda: acknowledged >= before + 100 and rt.ledger.spooled,
                         timeout=20, message="decisions while the database is down")
        spooled_seen = rt.ledger.spooled
        metrics = rt.render_metrics()[0].decode()
        (gauge,) = [line for line in metrics.splitlines()
                    if line.startswith("secproxy_ledger_spooled ")]
        assert float(gauge.split()[1]) >= spooled_seen
        assert rt.ready_checks()["ledger"]  # records are safe: the proxy stays ready
        assert rt.control is not None
        async with ControlClient(rt.control.path) as client:
            status = (await client.call("status"))["ledger"]
        assert status["spooled"] > 0 and status["healthy"]
        assert status["path"].endswith(" (instance a)")
        pg_cluster.start()  # in the main thread (see PgCluster.start)
        await eventually(lambda: rt.ledger.spooled == 0, timeout=20,
                         message="the spool replayed")
        await eventually(lambda: acknowledged >= before + 200, timeout=20,
                         message="load after the restart")
        stop.set()
        await asyncio.gather(*workers)
    assert spooled_seen > 0
    with reader_of(tmp_path, pg_dsn) as reader:
        assert reader.count(Filters()) == acknowledged
        # Read in pieces of 1,000 (by time, instance and id; a chain by id): none twice.
        ids = [r["id"] for r in reader.iter_all(Filters())]
        assert sorted(ids) == list(range(1, acknowledged + 1))
        report = reader.verify()
    assert report.ok and report.checked == acknowledged, report
    assert (tmp_path / "ledger-spool-a.jsonl").stat().st_size == 0


async def test_the_spool_survives_a_stop_while_the_database_is_down(
        tmp_path: Path, pg_cluster: PgCluster, pg_dsn: str,
        caplog: pytest.LogCaptureFixture) -> None:
    """Records spooled when the proxy stops are written when it next starts."""
    engine = Engine()
    text = proxy_config(tmp_path, pg_settings(pg_dsn))
    target = LedgerTarget.of(load_config(text=text, env={}).config)
    signer = HeadSigner.load_or_create(tmp_path)
    ledger = Ledger(target.store(), engine.bus, signer=signer)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    for i in range(3):
        await engine.decide(request(i))
    await ledger.flush()
    await asyncio.to_thread(pg_cluster.stop)
    try:
        for i in range(3, 8):
            await engine.decide(request(i))
        await ledger.flush()
        assert ledger.spooled == 5
        writer.cancel()
        await asyncio.gather(writer, return_exceptions=True)
        await ledger.close()
        assert "5 records wait in the spool" in caplog.text
    finally:
        pg_cluster.start()  # in the main thread (see PgCluster.start)
    assert target.spool is not None and target.spool.stat().st_size > 0
    # The next start replays the spool before anything else.
    ledger = Ledger(target.store(), Engine().bus, signer=signer)
    await ledger.open()
    assert ledger.spooled == 0
    await ledger.close()
    with target.reader() as reader:
        assert [r["url"] for r in reader.iter_all(Filters())] == [
            f"api.example.com/v1/items/{i}" for i in range(8)]
        assert reader.verify().ok


async def test_an_unreachable_database_is_a_clear_error(tmp_path: Path,
                                                        pg_cluster: PgCluster) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dsn = f"postgresql://postgres@127.0.0.1:{s.getsockname()[1]}/nothing"
    settings = pg_settings(dsn, connect_timeout="2s")
    with pytest.raises(SecproxyError, match="cannot reach the ledger database "
                       r"postgresql://postgres@127.0.0.1:\d+/nothing \(instance a\)"):
        async with running_proxy(tmp_path, settings):
            pass
    with pytest.raises(SecproxyError, match="cannot reach the ledger database"):
        await asyncio.to_thread(reader_of, tmp_path, dsn)
    # A database that is up but holds no ledger yet.
    empty = await asyncio.to_thread(pg_cluster.create_database)
    with pytest.raises(SecproxyError, match="no audit ledger in the database"):
        await asyncio.to_thread(reader_of, tmp_path, empty)
