"""The principal table stays bounded (`tracking.max_principals`): idle principals are
forgotten, blocked, striking, listed and unsaved ones are kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.engine.conftest import FakeClock
from tests.helpers import eventually, running_proxy

CAP = 50
CONFIG = f"""
tracking: {{max_principals: {CAP}, max_strikes: 2, strike_window: 60s, block_duration: 1h,
           allowlist: ["ip:10.9.0.1"], blocklist: ["ip:10.9.0.2"]}}
rules:
  - {{name: evil, match: evil.example.com, action: deny}}
"""


def act(ip: str, host: str = "good.example.com") -> Action:
    return Action(
        Surface.EGRESS, principal=Principal(ip=ip), target=Target(host=host, path="/", method="GET")
    )


def ip(n: int) -> str:
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


async def test_idle_principals_are_forgotten_past_the_cap(clock: FakeClock) -> None:
    engine = Engine(load_config(text=CONFIG, env={}), clock=clock)
    engine.tracker.block("ip:10.9.0.3", duration=None, reason="by hand", by="alice")
    for listed in ("10.9.0.1", "10.9.0.2"):
        await engine.decide(act(listed), audit=False)
    for _ in range(2):  # two strikes: blocked by the engine itself
        await engine.decide(act("10.9.0.4", "evil.example.com"), audit=False)
    await engine.decide(act("10.9.0.5", "evil.example.com"), audit=False)  # one strike
    for n in range(1000, 1000 + 20 * CAP):
        clock.advance(0.01)
        await engine.decide(act(ip(n)), audit=False)
        assert len(engine.tracker.all()) <= CAP

    keys = {st.key for st in engine.tracker.all()}
    assert {"ip:10.9.0.1", "ip:10.9.0.2", "ip:10.9.0.3", "ip:10.9.0.4", "ip:10.9.0.5"} <= keys
    assert f"ip:{ip(1000 + 20 * CAP - 1)}" in keys, "the most recent principal is kept"
    assert "ip:10.0.3.232" not in keys, "the oldest idle principal is gone"
    for blocked in ("10.9.0.3", "10.9.0.4"):
        verdict = await engine.decide(act(blocked), audit=False)
        assert verdict.decision is Decision.BLOCK and verdict.category == "principal_blocked"

    clock.advance(61)  # the single strike leaves the window: nothing left to keep
    for n in range(5000, 5000 + CAP):
        await engine.decide(act(ip(n)), audit=False)
    keys = {st.key for st in engine.tracker.all()}
    assert "ip:10.9.0.5" not in keys
    assert {"ip:10.9.0.3", "ip:10.9.0.4"} <= keys


async def test_a_forgotten_principal_starts_afresh(clock: FakeClock) -> None:
    engine = Engine(load_config(text=CONFIG, env={}), clock=clock)
    await engine.decide(act("10.9.0.9"), audit=False)
    for n in range(2 * CAP):
        clock.advance(1)
        await engine.decide(act(ip(n)), audit=False)
    assert engine.tracker.get("ip:10.9.0.9") is None
    assert (await engine.decide(act("10.9.0.9"), audit=False)).permits
    state = engine.tracker.get("ip:10.9.0.9")
    assert state is not None and state.requests == 1


@pytest.mark.functional
async def test_unsaved_principals_wait_for_the_store(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, CONFIG) as rt:
        engine = rt.engine
        engine.tracker.block("ip:10.9.0.3", duration=3600, reason="by hand", by="alice")
        for n in range(3 * CAP):
            await engine.decide(act(ip(n)), audit=False)
        await eventually(lambda: not engine.tracker.dirty, message="principals saved")
        await engine.decide(act("10.9.0.8"), audit=False)  # the next newcomer makes room
        assert len(engine.tracker.all()) <= CAP
        verdict = await engine.decide(act("10.9.0.3"), audit=False)
        assert verdict.category == "principal_blocked"
        db = rt.config.state_db_path
    with sqlite3.connect(db) as conn:  # rows of forgotten principals were deleted
        saved = {row[0] for row in conn.execute("SELECT key FROM principals")}
    assert len(saved) <= CAP and "ip:10.9.0.3" in saved
    assert f"ip:{ip(0)}" not in saved
    async with running_proxy(tmp_path, CONFIG) as rt:  # a restart loads no more than that
        assert len(rt.engine.tracker.all()) == len(saved)
        verdict = await rt.engine.decide(act("10.9.0.3"), audit=False)
        assert verdict.category == "principal_blocked"


async def test_a_principal_refused_all_day_keeps_a_bounded_strike_list(clock: FakeClock) -> None:
    """With no automatic block (the default) strikes are only counted: the list keeps the
    window's strikes, at most MAX_KEPT_STRIKES of them, oldest dropped first."""
    from secproxy.engine.tracking import MAX_KEPT_STRIKES

    text = ("tracking: {strike_window: 60s}\n"
            "rules: [{name: evil, match: evil.example.com, action: deny}]")
    engine = Engine(load_config(text=text, env={}), clock=clock)
    for _ in range(MAX_KEPT_STRIKES + 500):
        await engine.decide(act("10.1.1.1", "evil.example.com"), audit=False)
    state = engine.tracker.get("ip:10.1.1.1")
    assert state is not None and len(state.strikes) == MAX_KEPT_STRIKES
    assert state.blocked_until is None
    clock.advance(61)
    await engine.decide(act("10.1.1.1", "evil.example.com"), audit=False)
    assert len(state.strikes) == 1
