"""The Redis state backend's Lua scripts against a real redis-server: window edges,
all-or-nothing counting, token buckets, expiry, strikes that block once, and approval
claims that only the first wins."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis

from secproxy.config import load_config
from secproxy.state import scripts
from secproxy.state.backend import LimitCheck
from secproxy.state.redis_backend import RedisState
from tests.scale_redis.conftest import RedisServer


def backend(url: str, **extra: str) -> RedisState:
    fields = ", ".join(f"{k}: {v}" for k, v in extra.items())
    text = f"state: {{backend: redis, url: '{url}'{', ' if fields else ''}{fields}}}"
    return RedisState(load_config(text=text, env={}).config.state)


@pytest.fixture
async def state(redis_server: RedisServer) -> AsyncIterator[RedisState]:
    shared = backend(redis_server.url)
    try:
        yield shared
    finally:
        await shared.client.aclose()


WINDOW = LimitCheck("window", "r#1|w3/10|ip:a", 3, 10.0)


async def test_a_window_admits_its_limit_and_frees_exactly_at_its_edge(state: RedisState
                                                                       ) -> None:
    for t in (1000.0, 1000.5, 1001.0):
        assert await state.limits([WINDOW], now=t) is None
    index, wait = await state.limits([WINDOW], now=1002.0) or (None, None)
    assert index == 0 and wait == pytest.approx(8.0)
    assert await state.limits([WINDOW], now=1009.999) == (0, pytest.approx(0.001))
    assert await state.limits([WINDOW], now=1010.0) is None  # 1000.0 left the window
    assert (await state.limits([WINDOW], now=1010.2))[1] == pytest.approx(0.3)


async def test_a_refused_request_uses_up_none_of_the_other_limits(state: RedisState) -> None:
    wide = LimitCheck("window", "wide", 5, 60.0)
    narrow = LimitCheck("window", "narrow", 1, 60.0)
    assert await state.limits([wide, narrow], now=100.0) is None
    for t in (101.0, 102.0, 103.0):
        assert (await state.limits([wide, narrow], now=t))[0] == 1
    for t in (104.0, 105.0, 106.0, 107.0):  # wide counted only the first request
        assert await state.limits([wide], now=t) is None
    assert (await state.limits([wide], now=108.0))[0] == 0


async def test_the_refusal_names_the_limit_that_frees_last(state: RedisState) -> None:
    minute = LimitCheck("window", "m", 1, 60.0)
    hour = LimitCheck("window", "h", 1, 3600.0)
    assert await state.limits([minute, hour], now=0.0) is None
    index, wait = await state.limits([minute, hour], now=30.0) or (None, None)
    assert index == 1 and wait == pytest.approx(3570.0)


async def test_a_token_bucket_allows_its_burst_then_refills_at_its_rate(state: RedisState
                                                                        ) -> None:
    bucket = LimitCheck("bucket", "b", 2.0, 3)  # 2 a second, 3 at once
    for _ in range(3):
        assert await state.limits([bucket], now=50.0) is None
    assert await state.limits([bucket], now=50.0) == (0, pytest.approx(0.5))
    assert await state.limits([bucket], now=50.25) == (0, pytest.approx(0.25))
    assert await state.limits([bucket], now=50.5) is None
    assert await state.limits([bucket], now=50.5) == (0, pytest.approx(0.5))


async def test_every_key_expires_and_the_counters_live_under_the_prefix(
    redis_server: RedisServer,
) -> None:
    state = backend(redis_server.url, key_prefix="'team-a:'")
    try:
        await state.limits([LimitCheck("window", "w", 5, 10.0),
                            LimitCheck("bucket", "b", 0.5, 4)])
        keys = sorted(await state.client.keys("*"))
        assert keys == ["team-a:limit:b", "team-a:limit:w"]
        assert 10_000 < await state.client.pttl("team-a:limit:w") <= 11_000
        assert 8_000 < await state.client.pttl("team-a:limit:b") <= 9_000  # 4 / 0.5 + 1
    finally:
        await state.client.aclose()


async def test_two_instances_on_the_server_clock_count_one_limit_once(
    redis_server: RedisServer,
) -> None:
    a, b = backend(redis_server.url), backend(redis_server.url)
    check = LimitCheck("window", "shared", 4, 60.0)
    try:
        answers = [await (a if i % 2 else b).limits([check]) for i in range(6)]
        assert [x is None for x in answers] == [True] * 4 + [False] * 2
    finally:
        await a.client.aclose()
        await b.client.aclose()


async def test_strikes_add_up_and_block_once_with_the_blocks_expiry(
    redis_server: RedisServer,
) -> None:
    client = Redis.from_url(redis_server.url, decode_responses=True)
    strike = client.register_script(scripts.STRIKE)
    pubsub = client.pubsub(ignore_subscribe_messages=True)
    await pubsub.subscribe("p:events")
    keys = ["p:strikes:ip:1.2.3.4", "p:block:ip:1.2.3.4"]
    try:
        def args(t: float, n: int) -> list[object]:
            return [repr(t), f"m{n}", "60", 3, "900", "ssrf", "p:events", "A", "ip:1.2.3.4"]

        assert await strike(keys=keys, args=args(0.0, 1)) == [1, 0]
        assert await strike(keys=keys, args=args(70.0, 2)) == [1, 0]  # the first left
        assert await strike(keys=keys, args=args(71.0, 3)) == [2, 0]
        assert await strike(keys=keys, args=args(72.0, 4)) == [3, 1]
        assert await strike(keys=keys, args=args(73.0, 5)) == [1, 0]  # blocked already
        block = json.loads(await client.get(keys[1]))
        assert block["until"] == 972.0 and block["reason"].startswith("3 strikes within 60s")
        assert 899_000 < await client.pttl(keys[1]) <= 900_000
        message = None
        for _ in range(50):  # the subscription's own answer comes first (skipped: None)
            message = await pubsub.get_message(timeout=0.1)
            if message is not None:
                break
        assert message is not None and json.loads(message["data"])["type"] == "block"
    finally:
        await pubsub.aclose()
        await client.aclose()


async def test_only_the_first_claim_of_an_approval_wins(redis_server: RedisServer) -> None:
    client = Redis.from_url(redis_server.url, decode_responses=True)
    claim = client.register_script(scripts.CLAIM)
    try:
        await client.hset("p:approvals", "abc", "{}")
        assert await claim(keys=["p:approvals"], args=["abc", "p:events", "{}"]) == 1
        assert await claim(keys=["p:approvals"], args=["abc", "p:events", "{}"]) == 0
    finally:
        await client.aclose()


async def session_change(state: RedisState, when: float, added: float, taint: int = 0,
                         source: str = "") -> float:
    """One decision's change to session s1 (half-life 100 s); the risk the server holds."""
    return float(await state._session(keys=["secproxy:session:s1"], args=[
        repr(when), repr(added), "100.0", taint, source, 60_000, "secproxy:events", "i1",
        "s1"]))


async def test_session_risk_decays_as_in_memory_whatever_order_changes_arrive_in(
    state: RedisState,
) -> None:
    assert await session_change(state, 1000.0, 8.0) == pytest.approx(8.0)
    # One half-life later: 8 halved, then 2 more.
    assert await session_change(state, 1100.0, 2.0) == pytest.approx(6.0)
    # A change made at 1000 that arrives now (it waited out an outage): decayed to 1100.
    assert await session_change(state, 1000.0, 4.0) == pytest.approx(8.0)
    # Taint is the highest level any instance raised it to, with that one's source.
    await session_change(state, 1100.0, 0.0, 2, "result of untrusted tool web_fetch")
    await session_change(state, 1100.0, 0.0, 1, "findings")
    held = await state.client.hgetall("secproxy:session:s1")
    assert (held["taint"], held["source"]) == ("2", "result of untrusted tool web_fetch")
    assert float(held["at"]) == 1100.0
    assert 0 < await state.client.pttl("secproxy:session:s1") <= 60_000


async def test_decisions_arriving_together_share_pipelines_and_each_gets_its_answer(
    state: RedisState,
) -> None:
    import asyncio

    batches: list[int] = []
    send = state._limits_batch

    async def counted(batch: list[Any]) -> list[Any]:
        batches.append(len(batch))
        return await send(batch)

    state._limits_batch = counted  # type: ignore[method-assign]
    limit = LimitCheck("window", "together", 20, 60.0)
    await state.client.script_flush()  # the server forgot the script (a restart)
    answers = await asyncio.gather(*(state.limits([limit], now=1000.0 + i / 1000)
                                     for i in range(50)))
    assert [a is None for a in answers] == [True] * 20 + [False] * 30
    assert {a[0] for a in answers if a is not None} == {0}
    assert max(batches) > 1 and sum(batches) == 49  # the first went alone
    assert await state.client.zcard("secproxy:limit:together") == 20
    # A pipeline sent after the server forgot the script loads it again.
    await state.client.script_flush()
    other = LimitCheck("window", "other", 1, 60.0)
    answers = await asyncio.gather(*(state.limits([other], now=2000.0) for _ in range(3)))
    assert answers[0] is None and answers[1:] == [(0, pytest.approx(60.0))] * 2
    await state.client.script_flush()
    state._limits_busy = True  # as if a call were on its way: these two queue
    queued = [asyncio.ensure_future(state.limits([other], now=2001.0)) for _ in range(2)]
    await asyncio.sleep(0)
    await state._flush_limits()
    assert await asyncio.gather(*queued) == [(0, pytest.approx(59.0))] * 2


async def test_decisions_waiting_for_a_pipeline_are_refused_when_redis_goes(
    state: RedisState, redis_server: RedisServer,
) -> None:
    import asyncio

    from secproxy.state.backend import StateUnavailable

    limit = LimitCheck("window", "gone", 100, 60.0)
    assert await state.limits([limit]) is None
    redis_server.stop()
    answers = await asyncio.gather(*(state.limits([limit]) for _ in range(10)),
                                   return_exceptions=True)
    assert all(isinstance(a, StateUnavailable) for a in answers), answers
    assert not state._limits_busy and not state._limits_queue
