"""The ledger against hostile input and a hostile machine: strings UTF-8 cannot encode,
a write lock held by another process, a cut tail, files made too open."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import stat
import urllib.request
from pathlib import Path

import pytest
from websockets.asyncio.client import connect

from secproxy.audit.query import Filters, LedgerReader
from secproxy.audit.signing import PUB_FILE, load_public_key
from secproxy.model import Action, Principal, Surface, Target
from tests.cli.conftest import run_cli
from tests.helpers import eventually, running_proxy
from tests.surfaces.ws_support import Gateway

pytestmark = pytest.mark.functional
LONE = "\udc80"


def ready(rt: object) -> tuple[int, dict]:
    api = rt.addresses()["api"]  # type: ignore[attr-defined]
    try:
        with urllib.request.urlopen(f"http://{api}/ready", timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


async def test_a_lone_surrogate_from_a_ws_frame_is_recorded_and_the_writer_lives_on(
    tmp_path: Path,
) -> None:
    gw = await Gateway().start()
    try:
        deny = {"name": "no-delete", "surfaces": ["ws"], "tools": ["fs.delete"],
                "action": "deny"}
        async with running_proxy(tmp_path, {"ws": {"upstream": gw.url},
                                            "rules": [deny]}) as rt:
            async with connect(f"ws://{rt.addresses()['ws']}") as ws:
                # The JSON escape is plain ASCII on the wire; decoded, it is a lone surrogate.
                await ws.send('{"jsonrpc":"2.0","id":1,"method":"\\udc80"}')
                await ws.recv()
                await ws.send('{"jsonrpc":"2.0","id":2,"method":"tools/call",'
                              '"params":{"name":"fs.\\ud800read","arguments":{}}}')
                await ws.recv()
                # Refusals answer with the sender's id, escaped the way it came.
                await ws.send('{"jsonrpc":"2.0","id":"\\udc80","method":"tools/call",'
                              '"params":{"name":"fs.delete"}}')
                refused = json.loads(await ws.recv())
                assert refused["id"] == LONE and refused["error"]["code"] == -32001
                await ws.send('{"jsonrpc":"2.0","id":"\\udc81"}')
                invalid = json.loads(await ws.recv())
                assert invalid["id"] == "\udc81" and invalid["error"]["code"] == -32600
            await rt.engine.decide(Action(Surface.EGRESS, principal=Principal(ip="10.0.0.1"),
                                          target=Target(host="after.example", path="/ok")))
            await eventually(lambda: rt.ledger.written >= 6, message="records written")
            status, body = await asyncio.to_thread(ready, rt)
            assert status == 200 and body["checks"]["ledger"] is True
    finally:
        await gw.stop()
    with LedgerReader(tmp_path / "ledger.db") as reader:
        rows = reader.query(Filters(limit=1000))
        assert reader.verify().ok
    methods = {r["method"] for r in rows}
    assert "\\udc80" in methods, methods
    escaped = [r for r in rows if r["method"] == "\\udc80"]
    assert "method" in escaped[0]["metadata"]["ledger_note"]
    # A tool name holding one is refused as malformed (eda7e47), recorded without it.
    assert any(r["decision"] == "block" and "params.name" in (r["reason"] or "")
               for r in rows), rows
    assert any(r["host"] == "after.example" for r in rows)


async def test_a_principal_key_with_a_lone_surrogate_is_blocked_saved_and_restored(
    tmp_path: Path,
) -> None:
    key = f"user:mal{LONE}lory"
    async with running_proxy(tmp_path) as rt:
        # The control socket refuses such text (0f5c9f6); a principal key can still hold
        # one by another way in: the store must save and restore it all the same.
        rt.engine.tracker.block(key, duration=None, reason=f"r{LONE}", by="test")
        await rt.engine.decide(Action(Surface.EGRESS, principal=Principal(user="ok"),
                                      target=Target(host="x.example")))
        await eventually(lambda: rt.ledger.written >= 2, message="records written")
        await eventually(lambda: not rt.engine.tracker.dirty, message="state saved")
        assert rt.store.healthy and rt.ledger.healthy
    async with running_proxy(tmp_path) as rt:
        assert rt.engine.tracker.get(key) is not None
        assert rt.engine.tracker.get(key).blocked_until is not None  # type: ignore[union-attr]
    with LedgerReader(tmp_path / "ledger.db") as reader:
        assert reader.verify().ok


async def test_a_held_write_lock_delays_records_without_losing_or_breaking_any(
    tmp_path: Path,
) -> None:
    async with running_proxy(tmp_path) as rt:
        await rt.engine.decide(Action(Surface.EGRESS, target=Target(host="a.example")))
        await eventually(lambda: rt.ledger.written == 1, message="first record")
        # Another process takes the write lock, as `sqlite3 ledger.db` with BEGIN would.
        other = sqlite3.connect(tmp_path / "ledger.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            pending = [
                asyncio.ensure_future(rt.engine.decide(
                    Action(Surface.EGRESS, target=Target(host=f"h{i}.example"))))
                for i in range(20)
            ]
            await asyncio.gather(*pending)
            await eventually(lambda: not rt.ledger.healthy, timeout=10,
                             message="ledger reported unhealthy")
            status, body = await asyncio.to_thread(ready, rt)
            assert status == 503 and body["checks"]["ledger"] is False
        finally:
            other.execute("ROLLBACK")
            other.close()
        await eventually(lambda: rt.ledger.written == 21, timeout=10, message="all written")
        assert rt.ledger.healthy
        status, _ = await asyncio.to_thread(ready, rt)
        assert status == 200
    with LedgerReader(tmp_path / "ledger.db") as reader:
        assert reader.count(Filters()) == 21
        report = reader.verify()
    assert report.ok, report.message


async def _ledger_with(tmp_path: Path, n: int) -> Path:
    async with running_proxy(tmp_path) as rt:
        for i in range(n):
            await rt.engine.decide(Action(Surface.EGRESS, target=Target(host=f"h{i}.example")))
    return tmp_path / "ledger.db"


async def test_a_cut_tail_or_a_removed_head_fails_verify(tmp_path: Path) -> None:
    ledger = await _ledger_with(tmp_path, 30)
    ok = run_cli("audit", "verify", "--ledger", str(ledger))
    assert ok.returncode == 0 and "30 records" in ok.stdout and "signed head" in ok.stdout
    with sqlite3.connect(ledger) as conn:
        conn.execute("DELETE FROM entries WHERE id > 25")
    cut = run_cli("audit", "verify", "--ledger", str(ledger), "--format", "json")
    assert cut.returncode == 1, cut.stdout
    assert "records were removed" in json.loads(cut.stdout)["message"]
    with sqlite3.connect(ledger) as conn:
        conn.execute("DELETE FROM heads")
    headless = run_cli("audit", "verify", "--ledger", str(ledger))
    assert headless.returncode == 1 and "not anchored" in headless.stdout


async def test_a_forged_head_fails_and_a_copy_verifies_offline_with_the_key(
    tmp_path: Path,
) -> None:
    ledger = await _ledger_with(tmp_path / "a", 5)
    pub = tmp_path / "a" / PUB_FILE
    assert len(load_public_key(pub)) == 64
    copy = tmp_path / "copy.db"
    with sqlite3.connect(ledger) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    offline = run_cli("audit", "verify", "--ledger", str(copy), "--key", str(pub))
    assert offline.returncode == 0, offline.stdout + offline.stderr
    assert "trusted key" in offline.stdout
    # Cut the tail and re-sign it with a key of the attacker's own: the trusted key says no.
    other = await _ledger_with(tmp_path / "b", 1)
    with sqlite3.connect(copy) as conn, sqlite3.connect(other) as theirs:
        conn.execute("DELETE FROM entries WHERE id > 1")
        head = theirs.execute("SELECT count, last_id, last_hash, ts, public_key, signature "
                              "FROM heads").fetchone()
        conn.execute("UPDATE heads SET count=?, last_id=?, last_hash=?, ts=?, public_key=?, "
                     "signature=?", head)
    forged = run_cli("audit", "verify", "--ledger", str(copy), "--key", str(pub))
    assert forged.returncode == 1
    assert "another key" in forged.stdout


async def test_serve_refuses_a_ledger_cut_while_it_was_stopped(tmp_path: Path) -> None:
    ledger = await _ledger_with(tmp_path, 4)
    with sqlite3.connect(ledger) as conn:
        conn.execute("DELETE FROM entries WHERE id = 4")
    with pytest.raises(Exception, match="does not match its signed head"):
        async with running_proxy(tmp_path):
            pass


async def test_files_are_private_even_in_an_open_state_dir(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)
    os.chmod(state, 0o755)
    old = os.umask(0o022)
    try:
        await _ledger_with(state, 3)
    finally:
        os.umask(old)
    for name in ("ledger.db", "state.db", "ledger.key"):
        mode = stat.S_IMODE((state / name).stat().st_mode)
        assert mode == 0o600, f"{name} is {oct(mode)}"
    for wal in state.glob("*-wal"):
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600, wal


async def test_serve_refuses_a_ledger_whose_head_was_removed(tmp_path: Path) -> None:
    ledger = await _ledger_with(tmp_path, 4)
    with sqlite3.connect(ledger) as conn:
        conn.execute("DELETE FROM entries WHERE id > 2")
        conn.execute("DELETE FROM heads")
    with pytest.raises(Exception, match="no signed head"):
        async with running_proxy(tmp_path):
            pass
    assert run_cli("audit", "verify", "--ledger", str(ledger)).returncode == 1
