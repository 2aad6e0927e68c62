"""The state store keeps state.db as bounded as the principal table: rows of principals
the tracker forgot are deleted, blocked ones survive a restart, and a file grown before
the bound is trimmed once it is loaded."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.model import Decision
from secproxy.store import StateStore
from tests.engine.conftest import FakeClock
from tests.engine.test_tracking_bounds import act, ip

CAP = 50


def config(cap: int) -> str:
    return f"""
tracking: {{max_principals: {cap}, max_strikes: 2, strike_window: 60s, block_duration: 1h}}
rules:
  - {{name: evil, match: evil.example.com, action: deny}}
"""


def rows(path: Path) -> dict[str, int]:
    """Saved principals and their request counts."""
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT key, requests FROM principals").fetchall())


@asynccontextmanager
async def started(
    path: Path, clock: FakeClock, cap: int = CAP
) -> AsyncIterator[tuple[Engine, StateStore]]:
    """An engine with its store open on `path`; closing the store saves what is left."""
    engine = Engine(load_config(text=config(cap), env={}), clock=clock)
    store = StateStore(path, engine.tracker, engine.bus)
    await store.open()
    try:
        yield engine, store
    finally:
        await store.close()


async def test_rows_of_forgotten_idle_principals_are_deleted(tmp_path: Path) -> None:
    db, clock = tmp_path / "state.db", FakeClock()
    async with started(db, clock) as (engine, store):
        engine.tracker.block("ip:10.9.0.3", duration=None, reason="by hand", by="alice")
        for _ in range(2):  # two strikes: blocked by the engine itself
            await engine.decide(act("10.9.0.4", "evil.example.com"), audit=False)
        for n in range(20 * CAP):
            clock.advance(0.01)
            await engine.decide(act(ip(n)), audit=False)
            if n % 10 == 9:
                await store.save()

    saved = rows(db)
    assert len(saved) <= CAP
    assert {"ip:10.9.0.3", "ip:10.9.0.4"} <= saved.keys()
    assert f"ip:{ip(20 * CAP - 1)}" in saved, "the most recent principal is kept"
    assert f"ip:{ip(0)}" not in saved, "the oldest idle principal's row is gone"

    async with started(db, clock) as (engine, _):  # restart: both blocks hold
        assert len(engine.tracker.all()) == len(saved)
        for blocked in ("10.9.0.3", "10.9.0.4"):
            verdict = await engine.decide(act(blocked), audit=False)
            assert verdict.decision is Decision.BLOCK and verdict.category == "principal_blocked"


async def test_unsaved_principals_are_saved_before_their_rows_go(tmp_path: Path) -> None:
    db, clock = tmp_path / "state.db", FakeClock()
    async with started(db, clock) as (engine, store):
        for n in range(3 * CAP):  # no save in between: none of them may be forgotten yet
            clock.advance(0.01)
            await engine.decide(act(ip(n)), audit=False)
        assert len(engine.tracker.all()) == 3 * CAP
        assert await store.save() == 3 * CAP
        assert len(rows(db)) == 3 * CAP
        await engine.decide(act("10.9.0.8"), audit=False)  # the next newcomer makes room
        await store.save()
        assert len(rows(db)) <= CAP
        assert rows(db).keys() == {st.key for st in engine.tracker.all()}


async def test_a_forgotten_principal_seen_again_before_the_save_keeps_a_row(
    tmp_path: Path,
) -> None:
    db, clock = tmp_path / "state.db", FakeClock()
    async with started(db, clock) as (engine, store):
        await engine.decide(act("10.9.0.9"), audit=False)
        await engine.decide(act("10.9.0.9"), audit=False)
        await store.save()
        assert rows(db)["ip:10.9.0.9"] == 2
        n = 0
        while engine.tracker.get("ip:10.9.0.9") is not None:
            clock.advance(1)
            await engine.decide(act(ip(n)), audit=False)
            await store.save()
            n += 1
            assert n < 10 * CAP, "the idle principal was never forgotten"
        # forgotten, its row not yet deleted: it comes back before the next save
        await engine.decide(act("10.9.0.9"), audit=False)
        await store.save()
        assert rows(db)["ip:10.9.0.9"] == 1, "saved afresh, not dropped"


async def test_a_file_grown_past_the_cap_is_trimmed_once_loaded(tmp_path: Path) -> None:
    db, clock = tmp_path / "state.db", FakeClock()
    async with started(db, clock, cap=100_000) as (engine, _):
        engine.tracker.block("ip:10.9.0.3", duration=3600, reason="by hand", by="alice")
        for n in range(10 * CAP):
            clock.advance(0.01)
            await engine.decide(act(ip(n)), audit=False)
    assert len(rows(db)) == 10 * CAP + 1

    async with started(db, clock):  # the cap is now CAP: loading trims, closing deletes
        pass
    saved = rows(db)
    assert len(saved) <= CAP and "ip:10.9.0.3" in saved

    async with started(db, clock) as (engine, _):
        assert len(engine.tracker.all()) == len(saved)
        verdict = await engine.decide(act("10.9.0.3"), audit=False)
        assert verdict.category == "principal_blocked"
