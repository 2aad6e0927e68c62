"""Shared state between two in-process proxies (real runtimes, one real redis-server):
strikes that add up across instances into one block, a config reload passed on to the
other instance, and `on_failure: local` deciding on local state (loudly, counted) while
Redis is down, then sharing again once it is back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from secproxy.engine.session import session_key
from secproxy.model import Action, Decision, Principal, Surface, Target
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy
from tests.scale_redis.conftest import RedisServer

pytestmark = pytest.mark.functional


def config(redis: RedisServer, extra: str = "") -> str:
    return (f"state: {{backend: redis, url: '{redis.url}', heartbeat: 100ms}}\n"
            "tracking: {max_strikes: 3, strike_window: 1h, block_duration: 1h}\n"
            "rules:\n  - {tools: ['shell.*'], action: deny}\n" + extra)


def call(tool: str, ip: str = "10.0.0.7") -> Action:
    return Action(Surface.TOOL, principal=Principal(ip=ip), target=Target(tool=tool),
                  arguments={})


def blocked(runtime: Runtime, key: str) -> bool:
    st = runtime.engine.tracker.get(key)
    return st is not None and st.is_blocked(runtime.engine.clock())


async def test_strikes_on_two_instances_add_up_to_one_block_seen_by_both(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    async with (running_proxy(tmp_path / "a", config(redis_server)) as a,
                running_proxy(tmp_path / "b", config(redis_server)) as b):
        await eventually(lambda: a.engine.shared.up and b.engine.shared.up)
        for runtime in (a, b):  # one strike each: 2 of 3, nobody blocked
            assert (await runtime.engine.decide(call("shell.exec"))).decision is Decision.BLOCK
        await eventually(lambda: a.engine.shared.client.zcard(
            "secproxy:strikes:ip:10.0.0.7"), message="strikes on the server")
        assert not blocked(a, "ip:10.0.0.7") and not blocked(b, "ip:10.0.0.7")
        await a.engine.decide(call("shell.exec"))  # the third, on A
        await eventually(lambda: blocked(a, "ip:10.0.0.7") and blocked(b, "ip:10.0.0.7"),
                         message="the block on both instances")
        verdict = await b.engine.decide(call("fs.read"))
        assert verdict.findings[-1].category == "principal_blocked"
        assert "3 strikes within 3600s" in (verdict.reason or "")


async def test_a_reload_on_one_instance_reloads_the_other(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    paths = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    async with (running_proxy(tmp_path / "a", config(redis_server), config_path=paths[0]) as a,
                running_proxy(tmp_path / "b", config(redis_server), config_path=paths[1]) as b):
        await eventually(lambda: a.engine.shared.up and b.engine.shared.up)
        for path in paths:  # the same new rules deployed to both files
            data = yaml.safe_load(path.read_text())
            data["rules"].append({"tools": ["net.*"], "action": "deny"})
            path.write_text(yaml.safe_dump(data))
        assert len(b.engine.config.rules) == 1
        a.reload()
        await eventually(lambda: len(b.engine.config.rules) == 2, timeout=5,
                         message="B reloaded")
        assert (await b.engine.decide(call("net.fetch", "10.0.0.8"))).decision is Decision.BLOCK


async def test_on_failure_local_decides_alone_while_redis_is_down_then_shares_again(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    limited = ("  - name: limited\n    tools: ['fs.*']\n    action: allow\n"
               "    policies: [{type: rate_limit, max_requests: 2, window: 1h}]\n")
    text = config(redis_server, limited).replace("heartbeat: 100ms",
                                                 "heartbeat: 100ms, on_failure: local")
    async with running_proxy(tmp_path / "a", text) as a:
        shared = a.engine.shared
        await eventually(lambda: shared.up)
        for _ in range(2):
            assert (await a.engine.decide(call("fs.read"))).permits
        redis_server.stop()
        await eventually(lambda: not shared.up, message="Redis seen down")
        assert a.ready_checks()["shared_state"] is True  # local: still serving
        # Decided here: the local counters start afresh, and are counted as fallbacks.
        assert (await a.engine.decide(call("fs.read"))).permits
        assert (await a.engine.decide(call("fs.read"))).permits
        assert (await a.engine.decide(call("fs.read"))).findings[-1].category == "rate_limit"
        body = a.render_metrics()[0].decode()
        assert "secproxy_state_backend_up 0.0" in body
        fallbacks = [ln for ln in body.splitlines()
                     if ln.startswith("secproxy_state_fallback_total ")]
        assert fallbacks and float(fallbacks[0].split()[1]) >= 3
        redis_server.start()  # back, empty: the shared (new) counters are used again
        await eventually(lambda: shared.up, timeout=10, message="Redis seen back")
        assert (await a.engine.decide(call("fs.read"))).permits
        assert "secproxy_state_backend_up 1.0" in a.render_metrics()[0].decode()


async def test_redis_killed_under_load_fails_closed_and_recovers(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    """64 callers deciding at once (their limits sharing pipelines) while Redis is killed
    and brought back: every decision gets an answer (none hangs, none raises), those
    made while it is away are refused as state_unavailable, and deciding on Redis
    resumes without a restart."""
    import asyncio

    limited = ("  - name: limited\n    tools: ['fs.*']\n    action: allow\n"
               "    policies: [{type: rate_limit, max_requests: 100000, window: 1h}]\n")
    text = config(redis_server, limited).replace("heartbeat: 100ms",
                                                 "heartbeat: 100ms, timeout: 300ms")
    async with running_proxy(tmp_path / "a", text) as a:
        shared = a.engine.shared
        await eventually(lambda: shared.up)
        seen: dict[str, int] = {}
        stop = False

        async def caller(n: int) -> None:
            i = 0
            while not stop:
                i += 1
                verdict = await asyncio.wait_for(
                    a.engine.decide(call("fs.read", f"10.1.{n}.{i % 200}"), audit=False), 10)
                what = "allow" if verdict.permits else verdict.findings[-1].category
                seen[what] = seen.get(what, 0) + 1
                await asyncio.sleep(0)

        callers = [asyncio.ensure_future(caller(n)) for n in range(64)]
        try:
            await eventually(lambda: seen.get("allow", 0) > 200, timeout=20)
            redis_server.stop()
            await eventually(lambda: seen.get("state_unavailable", 0) > 50, timeout=20,
                             message="refusals while Redis is away")
            redis_server.start()
            await eventually(lambda: shared.up, timeout=15, message="Redis seen back")
            allowed = seen.get("allow", 0)
            await eventually(lambda: seen.get("allow", 0) > allowed + 200, timeout=20,
                             message="decisions on Redis again")
        finally:
            stop = True
            await asyncio.wait_for(asyncio.gather(*callers), 20)  # none hangs
        assert set(seen) <= {"allow", "state_unavailable"}, seen


async def test_principals_counters_add_up_across_instances(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    """`users list` on either instance shows what both counted for a principal."""
    from secproxy.control.client import ControlClient

    async with (running_proxy(tmp_path / "a", config(redis_server)) as a,
                running_proxy(tmp_path / "b", config(redis_server)) as b):
        await eventually(lambda: a.engine.shared.up and b.engine.shared.up)
        for _ in range(3):
            assert (await a.engine.decide(call("fs.read", "10.0.0.9"))).permits
        for tool in ("fs.read", "shell.exec"):  # one allowed, one refused
            await b.engine.decide(call(tool, "10.0.0.9"))

        def totals(runtime: Runtime) -> tuple[int, int] | None:
            st = runtime.engine.tracker.get("ip:10.0.0.9")
            return (st.requests, st.blocked_requests) if st is not None else None

        await eventually(lambda: totals(a) == (5, 1) and totals(b) == (5, 1), timeout=10,
                         message="the totals on both")
        async with ControlClient(b.control.path) as client:
            rows = (await client.call("principals/list"))["principals"]
        row = next(r for r in rows if r["key"] == "ip:10.0.0.9")
        assert (row["requests"], row["blocked_requests"]) == (5, 1), row
        # Counted again on A only: B's list follows.
        await a.engine.decide(call("fs.read", "10.0.0.9"))
        await eventually(lambda: totals(b) == (6, 1), timeout=10)


async def test_a_taint_published_before_a_clear_reached_the_server_is_undone_everywhere(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    # The race CI met: A's operator clears a session's taint; before A's clear reaches
    # the server, B publishes the session (its view: still tainted). The channel brings
    # B's message to A after A's local clear, its time later than the clear, so A took
    # the taint back, and A's own clear was never read again here: A stayed tainted
    # while B and the server were clear. Here B's message is handed to A at that moment.
    who = Principal(ip="10.0.0.9")
    key = session_key("ip:10.0.0.9", "s1")

    def taint(rt: Runtime) -> int:
        """The session's own taint (its principal's mark aside)."""
        st = rt.engine.sessions.get("s1", who)
        return 0 if st is None else st.taint

    async with (running_proxy(tmp_path / "a", config(redis_server)) as a,
                running_proxy(tmp_path / "b", config(redis_server)) as b):
        await eventually(lambda: a.engine.shared.up and b.engine.shared.up)
        a.engine.sessions.taint("s1", 2, "result of untrusted tool web_fetch", who)
        await eventually(lambda: taint(b) == 2, message="the taint on B")
        assert b.engine.sessions.get("s1", Principal(ip="10.0.0.8")) is None  # not theirs
        assert a.engine.sessions.untaint(session=key)
        assert taint(a) == 0
        stale = {"type": "session", "from": b.engine.shared.id, "id": key, "risk": "0.0",
                 "at": repr(a.engine.clock() + 0.5), "taint": 2,
                 "source": "result of untrusted tool web_fetch"}
        a.engine.shared._receive(json.dumps(stale))  # before A's clear comes back
        await eventually(lambda: taint(a) == 0 and taint(b) == 0,
                         message="the clear on both instances")
        # a taint raised after the clear is kept, here and there
        a.engine.sessions.taint("s1", 2, "a second untrusted result", who)
        await eventually(lambda: taint(b) == 2)
        assert taint(a) == 2
