"""Strikes → block → expiry, static lists, manual block/unblock surviving a restart."""

from __future__ import annotations

from pathlib import Path

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.model import Action, Decision, Principal, Surface, Target
from secproxy.runtime import engine_guards
from tests.engine.conftest import FakeClock
from tests.helpers import running_proxy

RULES = """
tracking: {max_strikes: 3, strike_window: 60s, block_duration: 5m,
           blocklist: ["ip:6.6.6.6"], allowlist: ["ip:7.7.7.7"]}
rules:
  - {name: evil, match: evil.example.com, action: deny}
"""


def act(host: str, ip: str = "10.0.0.1") -> Action:
    return Action(
        Surface.EGRESS, principal=Principal(ip=ip), target=Target(host=host, path="/", method="GET")
    )


async def test_strikes_block_then_expiry(clock: FakeClock) -> None:
    e = Engine(load_config(text=RULES, env={}), clock=clock)
    for _ in range(3):
        v = await e.decide(act("evil.example.com"), audit=False)
        assert v.category == "denied_by_rule"
    blocked = await e.decide(act("good.example.com"), audit=False)
    assert blocked.decision is Decision.BLOCK
    assert blocked.category == "principal_blocked"
    assert "3 strikes" in blocked.reason
    # Another principal is unaffected.
    assert (await e.decide(act("good.example.com", ip="10.0.0.2"), audit=False)).permits
    clock.advance(5 * 60 + 1)
    assert (await e.decide(act("good.example.com"), audit=False)).permits


async def test_strikes_outside_the_window_do_not_add_up(clock: FakeClock) -> None:
    e = Engine(load_config(text=RULES, env={}), clock=clock)
    for _ in range(5):
        await e.decide(act("evil.example.com"), audit=False)
        clock.advance(31)  # two strikes at most inside any 60 s window
    assert (await e.decide(act("good.example.com"), audit=False)).permits


async def test_static_lists(clock: FakeClock) -> None:
    e = Engine(load_config(text=RULES, env={}), clock=clock)
    v = await e.decide(act("good.example.com", ip="6.6.6.6"), audit=False)
    assert v.decision is Decision.BLOCK and "blocklist" in v.reason
    for _ in range(10):  # allowlisted: never tracked, never blocked
        await e.decide(act("evil.example.com", ip="7.7.7.7"), audit=False)
    assert (await e.decide(act("good.example.com", ip="7.7.7.7"), audit=False)).permits


async def test_manual_block_and_unblock_survive_restart(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, RULES) as rt:
        rt.engine.tracker.block("ip:10.0.0.9", duration=None, reason="testing", by="alice")
        rt.engine.tracker.block("ip:10.0.0.8", duration=3600, reason="an hour", by="alice")
        v = await rt.engine.decide(act("good.example.com", ip="10.0.0.9"))
        assert v.decision is Decision.BLOCK and "testing" in v.reason
    async with running_proxy(tmp_path, RULES) as rt:
        v = await rt.engine.decide(act("good.example.com", ip="10.0.0.9"))
        assert v.decision is Decision.BLOCK and "testing" in v.reason
        v = await rt.engine.decide(act("good.example.com", ip="10.0.0.8"))
        assert v.decision is Decision.BLOCK and "an hour" in v.reason
        st = rt.engine.tracker.get("ip:10.0.0.9")
        assert st is not None and st.blocked_by == "alice"
        rt.engine.tracker.unblock("ip:10.0.0.9", by="bob")
    async with running_proxy(tmp_path, RULES) as rt:
        assert (await rt.engine.decide(act("good.example.com", ip="10.0.0.9"))).permits
        assert not (await rt.engine.decide(act("good.example.com", ip="10.0.0.8"))).permits


async def test_rate_limited_and_out_of_hours_requests_are_not_strikes(clock: FakeClock) -> None:
    e = Engine(
        load_config(
            text="""
tracking: {max_strikes: 2}
rules:
  - {name: api, match: api.example.com, action: allow,
     policies: [{type: rate_limit, max_requests_per_minute: 1}]}
""",
            env={},
        ),
        clock=clock,
    )
    for _ in range(5):
        await e.decide(act("api.example.com"), audit=False)
    st = e.tracker.get("ip:10.0.0.1")
    assert st is not None and st.strikes == [] and st.blocked_requests == 4
    assert (await e.decide(act("other.example.com"), audit=False)).permits


async def test_track_by_channel_and_user(clock: FakeClock) -> None:
    e = Engine(load_config(text="""
tracking: {max_strikes: 2, track_by: "channel:user"}
rules: [{name: evil, match: evil.example.com, action: deny}]
""", env={}), clock=clock)

    def who(user: str | None, channel: str | None, host: str) -> Action:
        return Action(Surface.EGRESS, principal=Principal(ip="10.0.0.1", user=user,
                                                          channel=channel),
                      target=Target(host=host, path="/", method="GET"))

    for _ in range(2):
        await e.decide(who("bob", "ops", "evil.example.com"), audit=False)
    refused = await e.decide(who("bob", "ops", "good.example.com"), audit=False)
    assert refused.category == "principal_blocked" and "channel:ops|user:bob" in refused.reason
    # The same user in another channel, and another user in the channel, go on.
    assert (await e.decide(who("bob", "dev", "good.example.com"), audit=False)).permits
    assert (await e.decide(who("eve", "ops", "good.example.com"), audit=False)).permits
    # Without a channel, bob is tracked under his principal (user:bob), not a shared key.
    await e.decide(who("bob", None, "evil.example.com"), audit=False)
    assert e.tracker.get("user:bob") is not None and e.tracker.get("channel:-|user:bob") is None


async def test_strikes_on_rate_limits_and_on_a_guard_family(clock: FakeClock) -> None:
    e = Engine(load_config(text="""
tracking: {max_strikes: 3, strike_on: [block, rate_limit, "family:tool_abuse"]}
guards: {use: [{name: abuse, family: tool_abuse, action: log}]}
rules:
  - {name: slow, match: slow.example.com, action: allow,
     policies: [{type: rate_limit, requests_per_minute: 1}]}
""", env={}), clock=clock, guard_factory=engine_guards)
    assert (await e.decide(act("slow.example.com"), audit=False)).permits
    limited = await e.decide(act("slow.example.com"), audit=False)
    assert limited.category == "rate_limit"
    shell = Action(Surface.TOOL, principal=Principal(ip="10.0.0.1"), target=Target(tool="shell"),
                   arguments={"command": "cat /etc/shadow"}, content="cat /etc/shadow")
    logged = await e.decide(shell, audit=False)
    assert logged.permits and logged.findings  # allowed, but a tool_abuse finding
    state = e.tracker.get("ip:10.0.0.1")
    assert state is not None and len(state.strikes) == 2
    await e.decide(act("slow.example.com"), audit=False)
    assert (await e.decide(act("good.example.com"), audit=False)).category == "principal_blocked"


async def test_an_escalation_factor_stops_at_its_cap(clock: FakeClock) -> None:
    e = Engine(load_config(text="""
tracking: {max_strikes: 1, block_duration: 10m, escalation_factor: 10,
           max_block_duration: 2h, escalation_reset: 1d}
rules: [{name: evil, match: evil.example.com, action: deny}]
""", env={}), clock=clock)
    lengths = []
    for _ in range(4):
        await e.decide(act("evil.example.com"), audit=False)
        state = e.tracker.get("ip:10.0.0.1")
        assert state is not None and state.blocked_until is not None
        lengths.append(round(state.blocked_until - clock()))
        clock.advance(lengths[-1] + 1)
    assert lengths == [600, 6000, 7200, 7200]
