"""Repeat offenders on a running proxy, read through the HTTP operator API and the CLI:
strikes → block → expiry → a longer block the next time (escalation) → a quiet period
that starts the series over; the level outlives a restart; top offenders rank by blocks
and strikes, not by refused traffic."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from typer.testing import CliRunner

from secproxy.cli import app
from secproxy.model import Action, Principal, Surface, Target
from secproxy.runtime import Runtime
from tests.helpers import Clock, eventually, running_proxy

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]
KEY = "op-key-e5c4"
CONFIG = {
    "rules": [
        {"name": "no-internal", "host": "*.internal.test", "action": "deny"},
        {"name": "slow", "host": "slow.test", "action": "allow",
         "policies": [{"type": "rate_limit", "requests_per_hour": 1}]},
    ],
    "tracking": {"max_strikes": 2, "escalation": ["10m", "1h", "24h"],
                 "escalation_reset": "1h"},
    "control": {"api_keys": [KEY]},
}


async def egress(rt: Runtime, ip: str, host: str) -> str:
    verdict = await rt.engine.decide(Action(
        Surface.EGRESS, principal=Principal(ip=ip),
        target=Target(host=host, path="/", method="GET")))
    return verdict.category or str(verdict.decision)


async def http(rt: Runtime, path: str) -> Any:
    url = f"http://{rt.addresses()['api']}/operator/api/{path}"
    async with aiohttp.ClientSession() as session, session.get(
            url, headers={"Authorization": f"Bearer {KEY}"}) as resp:
        assert resp.status == 200, await resp.text()
        return (await resp.json())["payload"]


async def offend(rt: Runtime, ip: str) -> None:
    """Two strikes: enough for a block."""
    assert [await egress(rt, ip, "db.internal.test") for _ in range(2)] == [
        "denied_by_rule"] * 2


async def test_blocks_escalate_for_repeat_offenders_and_start_over(tmp_path: Path) -> None:
    clock = Clock()
    async with running_proxy(tmp_path, CONFIG, clock=clock) as rt:
        me = "ip:10.0.0.3"
        durations = []
        for expected in (600, 3600, 86400, 86400):  # the last duration repeats
            await offend(rt, "10.0.0.3")
            view = await http(rt, f"tracking/{me}")
            assert view["blocked"] is True
            durations.append(round(view["blocked_until"] - clock.now))
            assert await egress(rt, "10.0.0.3", "api.example.com") == "principal_blocked"
            clock.now += expected + 1  # the block expires
            assert await egress(rt, "10.0.0.3", "api.example.com") == "allow"
        assert durations == [600, 3600, 86400, 86400]
        view = await http(rt, f"tracking/{me}")
        assert view["blocks"] == 4 and view["block_level"] == 4
        assert view["next_block_duration"] == 86400
        assert view["strikes"] == 0 and view["blocked_requests"] == 12
        assert view["first_seen"] < view["last_activity"] == pytest.approx(clock.now)

        async def families() -> dict[str, int] | None:  # from the ledger, written behind
            guards = (await http(rt, f"tracking/{me}"))["guards"]
            return guards if sum(guards.values()) == 12 else None
        assert await eventually(families, message="12 records") == {
            "denied_by_rule": 8, "principal_blocked": 4}

        await offend(rt, "10.0.0.3")
        blocked = await http(rt, "tracking/blocked")
        [row] = blocked["principals"]
        assert "repeat offender: block 5 in a row, 1d" in row["block_reason"]

        clock.now += 86400 + 3601  # the block ends, then an hour's quiet
        assert (await http(rt, f"tracking/{me}"))["next_block_duration"] == 600
        await offend(rt, "10.0.0.3")
        view = await http(rt, f"tracking/{me}")
        assert round(view["blocked_until"] - clock.now) == 600 and view["block_level"] == 1

        # Refused traffic alone (a rate limit: no strike) ranks below strikes and blocks.
        for _ in range(8):
            await egress(rt, "10.0.0.5", "slow.test")
        assert await egress(rt, "10.0.0.2", "db.internal.test") == "denied_by_rule"
        top = await http(rt, "tracking/top-offenders?limit=3")
        assert [p["key"] for p in top["principals"]] == [me, "ip:10.0.0.2", "ip:10.0.0.5"]
        assert [p["blocks"] for p in top["principals"]] == [6, 0, 0]
        assert top["principals"][2]["blocked_requests"] == 7

        assert rt.control is not None
        sock = str(rt.control.path)
        shown = await asyncio.to_thread(CliRunner().invoke, app, [
            "users", "show", me, "--socket", sock, "--format", "json"])
        assert shown.exit_code == 0, shown.output
        data = json.loads(shown.output)
        assert data["blocks"] == 6 and data["next_block_duration"] == 3600
        ranked = await asyncio.to_thread(CliRunner().invoke, app, [
            "users", "top", "-n", "2", "--socket", sock, "--format", "csv"])
        assert ranked.exit_code == 0, ranked.output
        lines = ranked.output.splitlines()
        assert lines[0].startswith("key,blocks,strikes") and lines[1].startswith(f"{me},6,")


async def test_the_series_outlives_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    async with running_proxy(tmp_path, CONFIG, clock=clock) as rt:
        await offend(rt, "10.0.0.7")
        clock.now += 601
    async with running_proxy(tmp_path, CONFIG, clock=clock) as rt:
        view = await http(rt, "tracking/ip:10.0.0.7")
        assert view["blocks"] == 1 and view["block_level"] == 1
        await offend(rt, "10.0.0.7")
        view = await http(rt, "tracking/ip:10.0.0.7")
        assert round(view["blocked_until"] - clock.now) == 3600
