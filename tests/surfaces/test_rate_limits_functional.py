"""Rate limits as a client meets them on a running proxy: per hour, burst, per header,
per API key and combined keys, whitelist and custom limits, on egress and the LLM gateway
(requests and tokens); each refusal a 429 with `Retry-After` and a body naming the limit.
The proxy runs on a clock the test moves, so windows and refills are exact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import httpx
import openai
import pytest

from tests.helpers import Clock, running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config
from tests.surfaces.test_egress_helpers_functional import upstream

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]
ASK = [{"role": "user", "content": "hi"}]


def egress_config(**extra: Any) -> dict[str, Any]:
    return {"egress": {"ssrf_allow": ["127.0.0.0/8"]}, "tracking": {"max_strikes": 2},
            **extra}


async def get(proxy: str, url: str, tenant: str | None = None
              ) -> tuple[int, dict[str, str], Any]:
    headers = {"X-Tenant": tenant} if tenant else {}
    async with aiohttp.ClientSession() as s, s.get(url, proxy=proxy, headers=headers) as r:
        body = await r.json() if r.content_type == "application/json" else await r.text()
        return r.status, dict(r.headers), body


async def test_a_per_hour_limit_by_header_answers_429_naming_the_limit(tmp_path: Path) -> None:
    clock = Clock()
    cfg = egress_config(limits=[{"name": "per-tenant", "requests_per_hour": 2,
                                 "limit_by": "header:X-Tenant", "surfaces": ["egress"]}])
    async with upstream() as up, running_proxy(tmp_path, cfg, clock=clock) as rt:
        proxy, url = f"http://{rt.addresses()['egress']}", f"{up.base}/small"
        for _ in range(2):
            assert (await get(proxy, url, "acme"))[0] == 200
        clock.now += 60
        status, headers, body = await get(proxy, url, "acme")
        assert status == 429 and headers["Retry-After"] == "3540"
        assert body["error"] == "rate_limit" and body["rule"] is None
        assert body["limit"] == {
            "name": "per-tenant", "rule": None, "scope": "global",
            "limit_by": "header:x-tenant", "key": "header:x-tenant=acme", "unit": "requests",
            "window": 3600.0, "limit": 2, "remaining": 0, "retry_after": 3540.0}
        assert "2 requests per hour per header:x-tenant" in body["reason"]
        assert (await get(proxy, url, "globex"))[0] == 200  # another tenant, another counter
        assert (await get(proxy, url))[0] == 200  # no header: the shared `-` counter
        clock.now += 3540  # the first two leave the window
        # Being throttled is not misbehaving: no strikes, however often (max_strikes 2).
        statuses = [(await get(proxy, url, "acme"))[0] for _ in range(5)]
        assert statuses == [200, 200, 429, 429, 429]
        assert rt.engine.tracker.get("ip:127.0.0.1").strikes == []  # type: ignore[union-attr]


async def test_a_burst_is_refilled_at_the_windows_rate(tmp_path: Path) -> None:
    clock = Clock()
    cfg = egress_config(rules=[{
        "name": "local", "host": "127.0.0.1", "action": "allow",
        "policies": [{"type": "rate_limit", "requests_per_minute": 30, "burst": 2,
                      "limit_by": "ip"}]}])
    async with upstream() as up, running_proxy(tmp_path, cfg, clock=clock) as rt:
        proxy, url = f"http://{rt.addresses()['egress']}", f"{up.base}/small"
        assert [(await get(proxy, url))[0] for _ in range(2)] == [200, 200]
        status, headers, body = await get(proxy, url)
        assert status == 429 and headers["Retry-After"] == "2"  # 30 a minute: one per 2 s
        assert body["rule"] == "local"
        assert body["limit"]["window"] == "burst" and body["limit"]["limit"] == 2
        assert body["limit"]["retry_after"] == 2.0 and body["limit"]["scope"] == "rule"
        clock.now += 1
        assert (await get(proxy, url))[0] == 429
        clock.now += 1
        assert (await get(proxy, url))[0] == 200
        # The minute's 30 still hold however slowly the burst refills.
        for _ in range(27):
            clock.now += 2
            assert (await get(proxy, url))[0] == 200
        clock.now += 2  # 31st in 60 s would be one too many
        status, _, body = await get(proxy, url)
        assert status == 429 and body["limit"]["window"] == 60.0
        assert body["limit"]["limit"] == 30


async def test_whitelisted_keys_pass_and_custom_limits_apply(tmp_path: Path) -> None:
    clock = Clock()
    cfg = egress_config(limits=[{
        "name": "tenants", "requests_per_minute": 1, "limit_by": "header:x-tenant",
        "whitelist": ["header:x-tenant=vip-*"],
        "custom_limits": {"header:x-tenant=big": {"requests_per_minute": 3}}}])
    async with upstream() as up, running_proxy(tmp_path, cfg, clock=clock) as rt:
        proxy, url = f"http://{rt.addresses()['egress']}", f"{up.base}/small"
        assert [(await get(proxy, url, "vip-1"))[0] for _ in range(5)] == [200] * 5
        assert [(await get(proxy, url, "big"))[0] for _ in range(4)] == [200, 200, 200, 429]
        assert [(await get(proxy, url, "small"))[0] for _ in range(2)] == [200, 429]
        _, _, body = await get(proxy, url, "big")
        assert body["limit"]["limit"] == 3 and body["limit"]["key"] == "header:x-tenant=big"


async def test_a_rule_written_with_the_older_names_still_limits(tmp_path: Path) -> None:
    cfg = egress_config(rules=[{
        "name": "old", "host": "127.0.0.1", "action": "allow",
        "policies": [{"type": "rate_limit", "max_requests_per_minute": 1, "per": "ip"}]}])
    async with upstream() as up, running_proxy(tmp_path, cfg) as rt:
        proxy, url = f"http://{rt.addresses()['egress']}", f"{up.base}/small"
        assert (await get(proxy, url))[0] == 200
        status, headers, body = await get(proxy, url)
    assert status == 429 and 1 <= int(headers["Retry-After"]) <= 60
    assert body["limit"]["name"] == "old" and body["limit"]["key"] == "ip:127.0.0.1"
    assert body["limit"]["limit_by"] == "ip" and body["limit"]["window"] == 60.0


async def test_llm_requests_per_api_key_and_ip_combined(tmp_path: Path) -> None:
    clock = Clock()
    cfg = {"limits": [{"name": "per-key", "requests_per_minute": 1,
                       "limit_by": ["api_key", "ip"], "surfaces": ["llm"]}]}
    async with fake_llm() as fake, \
            running_proxy(tmp_path, gateway_config(fake, cfg), clock=clock) as rt:
        base = f"http://{rt.addresses()['llm']}/v1"
        async with openai.AsyncOpenAI(base_url=base, api_key="sk-first-0123456789",
                                      max_retries=0) as one, \
                openai.AsyncOpenAI(base_url=base, api_key="sk-second-0123456789",
                                   max_retries=0) as two:
            await one.chat.completions.create(model="m", messages=ASK)
            with pytest.raises(openai.RateLimitError) as caught:
                await one.chat.completions.create(model="m", messages=ASK)
            await two.chat.completions.create(model="m", messages=ASK)
    error = caught.value.body
    assert isinstance(error, dict) and error["code"] == "rate_limit"
    assert caught.value.response.headers["retry-after"] == "60"
    limit = error["limit"]
    assert limit["name"] == "per-key" and limit["limit_by"] == "api_key+ip"
    assert limit["key"].startswith("key:sk-f…") and limit["key"].endswith("|ip:127.0.0.1")
    assert "sk-first-0123456789" not in str(error)  # the key itself is never shown
    assert len(fake.seen) == 2


async def test_llm_tokens_per_minute_from_the_limits_section(tmp_path: Path) -> None:
    clock = Clock()
    cfg = {"limits": [{"name": "tokens", "tokens_per_minute": 40, "limit_by": "principal"}]}
    async with fake_llm() as fake, \
            running_proxy(tmp_path, gateway_config(fake, cfg), clock=clock) as rt, \
            httpx.AsyncClient() as h:
        fake.usage = (10, 30)  # the first answer uses up the minute's 40
        base = f"http://{rt.addresses()['llm']}"
        body = {"model": "c", "max_tokens": 5, "messages": ASK}
        first = await h.post(f"{base}/v1/messages", json=body)
        clock.now += 15
        second = await h.post(f"{base}/v1/messages", json=body)
        other = await h.post(f"{base}/v1/messages", json=body,
                             headers={"x-secproxy-agent": "someone-else"})
        clock.now += 46  # the first request's slice leaves the window
        third = await h.post(f"{base}/v1/messages", json=body)
    assert first.status_code == 200 and other.status_code == 200
    assert third.status_code == 200
    assert second.status_code == 429 and 44 <= int(second.headers["retry-after"]) <= 46
    error = second.json()["error"]
    assert error["type"] == "rate_limit_error"
    assert error["limit"]["unit"] == "tokens" and error["limit"]["limit"] == 40
    assert error["limit"]["name"] == "tokens" and error["limit"]["key"] == "ip:127.0.0.1"
