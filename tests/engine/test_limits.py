"""Policies: sliding-window rate limits per key, and time windows with time zones."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.errors import ConfigError
from secproxy.model import Action, Decision, Principal, Surface, Target
from tests.engine.conftest import FakeClock


def act(host: str = "api.example.com", ip: str = "10.0.0.1", key: str | None = None) -> Action:
    return Action(
        Surface.EGRESS,
        principal=Principal(ip=ip, api_key=key),
        target=Target(host=host, path="/", method="GET"),
    )


def engine(text: str, clock: FakeClock) -> Engine:
    return Engine(load_config(text=text, env={}), clock=clock)


async def test_rate_limit_sliding_window_and_retry_after(clock: FakeClock) -> None:
    e = engine(
        """
tracking: {enabled: false}
rules:
  - name: api
    match: api.example.com
    action: allow
    policies: [{type: rate_limit, max_requests: 3, window: 10s}]
""",
        clock,
    )
    for _ in range(3):
        assert (await e.decide(act(), audit=False)).decision is Decision.ALLOW
        clock.advance(1)
    limited = await e.decide(act(), audit=False)
    assert limited.decision is Decision.BLOCK
    assert limited.category == "rate_limit"
    assert limited.rule == "api"
    # Oldest admitted request was at t=0; now t=3 → frees at t=10.
    assert abs(limited.retry_after - 7.0) < 1e-6
    clock.advance(7.01)
    assert (await e.decide(act(), audit=False)).decision is Decision.ALLOW


async def test_rate_limit_keys(clock: FakeClock) -> None:
    e = engine(
        """
tracking: {enabled: false}
rules:
  - name: per-ip
    match: a.example.com
    action: allow
    policies: [{type: rate_limit, max_requests_per_minute: 1, per: ip}]
  - name: per-domain
    match: "*.b.example.com"
    action: allow
    policies: [{type: rate_limit, max_requests_per_minute: 1, per: domain}]
  - name: global
    match: c.example.com
    action: allow
    policies: [{type: rate_limit, max_requests_per_minute: 1, per: global}]
  - name: per-key
    match: d.example.com
    action: allow
    policies: [{type: rate_limit, max_requests_per_minute: 1, per: api_key}]
""",
        clock,
    )

    async def d(a: Action) -> Decision:
        return (await e.decide(a, audit=False)).decision

    assert await d(act("a.example.com", ip="1.1.1.1")) is Decision.ALLOW
    assert await d(act("a.example.com", ip="1.1.1.1")) is Decision.BLOCK
    assert await d(act("a.example.com", ip="2.2.2.2")) is Decision.ALLOW
    assert await d(act("x.b.example.com")) is Decision.ALLOW
    assert await d(act("y.b.example.com")) is Decision.ALLOW  # another domain, own counter
    assert await d(act("x.b.example.com", ip="9.9.9.9")) is Decision.BLOCK  # same domain
    assert await d(act("c.example.com", ip="1.1.1.1")) is Decision.ALLOW
    assert await d(act("c.example.com", ip="2.2.2.2")) is Decision.BLOCK
    assert await d(act("d.example.com", key="sk-one")) is Decision.ALLOW
    assert await d(act("d.example.com", key="sk-two")) is Decision.ALLOW
    assert await d(act("d.example.com", key="sk-one")) is Decision.BLOCK


async def test_allowlisted_principal_skips_rate_limits(clock: FakeClock) -> None:
    e = engine(
        """
tracking: {allowlist: ["ip:10.9.9.9"]}
rules:
  - {name: api, match: api.example.com, action: allow,
     policies: [{type: rate_limit, max_requests_per_minute: 1}]}
""",
        clock,
    )
    for _ in range(5):
        assert (await e.decide(act(ip="10.9.9.9"), audit=False)).decision is Decision.ALLOW


async def test_rate_limit_state_survives_reload_of_unchanged_rule(clock: FakeClock) -> None:
    text = """
tracking: {enabled: false}
rules:
  - {name: api, match: api.example.com, action: allow,
     policies: [{type: rate_limit, max_requests_per_minute: 1}]}
"""
    e = engine(text, clock)
    assert (await e.decide(act(), audit=False)).decision is Decision.ALLOW
    e.reload_from(text=text + "  - {name: other, match: x.com, action: deny}\n")
    assert (await e.decide(act(), audit=False)).decision is Decision.BLOCK


def at(iso: str, tz: str = "UTC") -> float:
    return datetime.fromisoformat(iso).replace(tzinfo=ZoneInfo(tz)).timestamp()


async def test_time_window_hours_days_and_zone(clock: FakeClock) -> None:
    e = engine(
        """
tracking: {enabled: false}
rules:
  - name: office
    match: api.example.com
    action: allow
    policies:
      - {type: time_restriction, allowed_hours_start: "09:00", allowed_hours_end: "17:30",
         allowed_days: [Monday, tue, wed, thu, fri], timezone: Europe/Berlin}
""",
        clock,
    )

    async def d() -> Decision:
        return (await e.decide(act(), audit=False)).decision

    clock.now = at("2026-11-23T10:00", "Europe/Berlin")  # a Monday
    assert await d() is Decision.ALLOW
    clock.now = at("2026-11-23T17:30", "Europe/Berlin")  # end is exclusive
    assert await d() is Decision.BLOCK
    clock.now = at("2026-11-23T08:30", "UTC")  # 09:30 in Berlin
    assert await d() is Decision.ALLOW
    clock.now = at("2026-11-22T10:00", "Europe/Berlin")  # a Sunday
    v = await e.decide(act(), audit=False)
    assert v.decision is Decision.BLOCK and v.category == "time_window" and v.rule == "office"


async def test_time_window_wrapping_midnight(clock: FakeClock) -> None:
    e = engine(
        """
tracking: {enabled: false}
rules:
  - name: nightly
    match: api.example.com
    action: allow
    policies:
      - {type: time_restriction, allowed_hours_start: "22:00", allowed_hours_end: "02:00",
         allowed_days: [fri]}
""",
        clock,
    )

    async def d() -> Decision:
        return (await e.decide(act(), audit=False)).decision

    clock.now = at("2026-11-27T23:00")  # Friday night
    assert await d() is Decision.ALLOW
    clock.now = at("2026-11-28T01:00")  # Saturday 01:00 belongs to Friday's window
    assert await d() is Decision.ALLOW
    clock.now = at("2026-11-28T23:00")  # Saturday night
    assert await d() is Decision.BLOCK


async def test_a_request_one_limit_refuses_uses_up_none_of_the_others(clock: FakeClock) -> None:
    e = engine(
        """
tracking: {enabled: false}
limits:
  - {name: roomy, requests_per_day: 100, limit_by: global}
rules:
  - name: api
    match: api.example.com
    action: allow
    policies: [{type: rate_limit, requests_per_minute: 2, requests_per_hour: 3}]
""",
        clock,
    )
    decisions = []
    for _ in range(5):
        decisions.append((await e.decide(act(), audit=False)).decision)
        clock.advance(1)
    assert decisions == [Decision.ALLOW] * 2 + [Decision.BLOCK] * 3
    clock.advance(60)  # the minute is free again; the hour has one left
    assert (await e.decide(act(), audit=False)).decision is Decision.ALLOW
    refused = await e.decide(act(), audit=False)
    assert refused.limit is not None and refused.limit.window == 3600.0
    # The refused ones were counted nowhere: the global limit saw three requests.
    usage = e.limiters.usage(e._snap.global_limits[0], "*", clock())
    assert usage["windows"][0]["used"] == 3


async def test_an_api_key_is_a_masked_key_and_may_come_from_a_header(clock: FakeClock) -> None:
    e = engine(
        """
limits: [{name: keys, requests_per_minute: 1, limit_by: api_key}]
""",
        clock,
    )
    first = act(key="sk-live-abcdefghijklmnop")
    assert (await e.decide(first, audit=False)).decision is Decision.ALLOW
    again = await e.decide(act(key="sk-live-abcdefghijklmnop"), audit=False)
    assert again.limit is not None and again.limit.key == first.principal.keys()[0]
    assert "abcdefghijklmnop" not in again.limit.key and "abcdefghijklmnop" not in (
        again.reason or "")
    bearer = act()
    bearer.headers = {"authorization": "Bearer sk-other-0123456789abcdef"}
    assert (await e.decide(bearer, audit=False)).decision is Decision.ALLOW
    bearer2 = act()
    bearer2.headers = {"authorization": "Bearer sk-other-0123456789abcdef"}
    refused = await e.decide(bearer2, audit=False)
    assert refused.limit is not None and refused.limit.key.startswith("key:sk-o…")


@pytest.mark.parametrize(("text", "message"), [
    ("limits: [{name: a, burst: 5}]", "set at least one of requests_per_minute"),
    ("limits: [{name: a, tokens_per_minute: 5, burst: 5}]", "burst needs a request limit"),
    ("limits: [{name: a, requests_per_hour: 5, window: 1m}]", "window is the window of"),
    ("limits: [{name: a, requests_per_hour: 5, limit_by: nobody}]", "unknown key kind"),
    ("limits: [{name: a, requests_per_hour: 5, limit_by: [global, ip]}]", "combines with"),
    ("limits: [{name: a, requests_per_hour: 5}, {name: a, requests_per_day: 5}]",
     "limit names must be unique"),
    ("limits: [{name: a, tokens_per_day: 5, surfaces: [egress]}]", "add llm to surfaces"),
    ("limits: [{name: a, requests_per_hour: 5, custom_limits: {'ip:1.2.3.4': {}}}]",
     "sets no number"),
    ("rules: [{action: allow, policies: [{type: rate_limit, max_requests_per_minute: 5, "
     "requests_per_minute: 5}]}]", "not both"),
])
def test_limit_config_errors_say_what_to_fix(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(text=text, env={})
