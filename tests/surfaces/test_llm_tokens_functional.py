"""Token accounting in the LLM gateway with the official SDKs against the local fake API:
the answer's usage (streamed or not) on the request's record and in the metrics, token
limits per principal and per upstream answered 429 with `Retry-After`, spending limits
with a price table, and the estimate and the windows on their own."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest

from secproxy.config import load_config
from secproxy.config.llm import LlmSettings, Price, TokenLimits, Upstream
from secproxy.engine.limits import LimiterStore
from secproxy.errors import ConfigError
from secproxy.model import Principal
from secproxy.surfaces.llm.budget import Budget, Charge, Denial, price_of
from secproxy.surfaces.llm.tokens import Usage, estimate_tokens
from tests.helpers import running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config, ledger_rows

pytestmark = pytest.mark.functional
ASK = [{"role": "user", "content": "hi"}]


def base(rt: Any) -> str:
    return f"http://{rt.addresses()['llm']}"


def requests(state_dir: Path) -> list[dict[str, Any]]:
    return [r for r in ledger_rows(state_dir, surface=["llm"]) if r["direction"] == "request"]


async def test_usage_lands_on_the_request_record_and_in_the_metrics(tmp_path: Path) -> None:
    cfg = {"llm": {"prices": {"gpt-*": {"input": 2.0, "output": 8.0}},
                   "proxy_keys": [{"key": "sp-one", "principal": "one"}]}}
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake, cfg)) as rt:
        fake.usage = (1000, 250)
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="sp-one",
                                      max_retries=0) as c:
            await c.chat.completions.create(model="gpt-test", messages=ASK)
            stream = await c.chat.completions.create(
                model="gpt-test", messages=ASK, stream=True,
                stream_options={"include_usage": True})
            chunks = [chunk async for chunk in stream]
        metrics = rt.render_metrics()[0].decode()
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 1250
    rows = requests(tmp_path)
    assert [r["metadata"]["tokens"] for r in rows] == [
        {"input": 1000, "output": 250, "source": "usage"}] * 2
    assert rows[0]["metadata"]["cost"] == pytest.approx((1000 * 2 + 250 * 8) / 1e6)
    line = 'secproxy_llm_tokens_total{direction="input",principal="one",upstream="openai"}'
    assert f"{line} 2000.0" in metrics
    assert 'secproxy_llm_cost_total{principal="one",upstream="openai"} 0.008' in metrics


async def test_anthropic_stream_usage_and_a_stream_without_usage(tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake)) as rt:
        fake.usage = (40, 9)
        async with anthropic.AsyncAnthropic(base_url=base(rt), api_key="k",
                                            max_retries=0) as c:
            async with c.messages.stream(model="claude-test", max_tokens=50,
                                         messages=ASK) as stream:
                final = await stream.get_final_message()
        fake.reply = "x" * 400  # no usage asked for: the text is estimated
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                      max_retries=0) as o:
            stream2 = await o.chat.completions.create(model="m", messages=ASK, stream=True)
            [chunk async for chunk in stream2]
    assert final.usage.output_tokens == 9
    first, second = (r["metadata"]["tokens"] for r in requests(tmp_path))
    assert first == {"input": 40, "output": 9, "source": "usage"}
    assert second["source"] == "estimate" and second["output"] == 100


async def test_a_token_limit_is_the_sdks_rate_limit_error_with_retry_after(
        tmp_path: Path) -> None:
    cfg = {"llm": {"limits": {"principal": {"tokens_per_minute": 40}}}}
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake, cfg)) as rt:
        fake.usage = (10, 30)
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                      max_retries=0) as c:
            await c.chat.completions.create(model="m", messages=ASK)
            with pytest.raises(openai.RateLimitError) as caught:
                await c.chat.completions.create(model="m", messages=ASK)
            # Someone else (another principal) is not held back, nor a request that
            # spends nothing.
            other = await c.chat.completions.create(
                model="m", messages=ASK, extra_headers={"x-secproxy-agent": "other"})
            async with httpx.AsyncClient() as h:
                models = await h.get(f"{base(rt)}/v1/models")
    assert 1 <= int(caught.value.response.headers["retry-after"]) <= 61
    assert caught.value.body["code"] == "rate_limit"  # type: ignore[index]
    assert "40 tokens per minute" in caught.value.message
    assert other.choices[0].message.content == fake.reply
    assert models.status_code == 200
    assert len(fake.seen) == 3
    refused = [r for r in requests(tmp_path) if r["decision"] == "block"]
    assert refused[0]["status"] == 429 and refused[0]["findings"][0]["category"] == "rate_limit"


async def test_an_upstream_limit_in_the_anthropic_shape(tmp_path: Path) -> None:
    async with fake_llm() as fake:
        cfg = gateway_config(fake)
        cfg["upstreams"]["anthropic"]["limits"] = {"tokens_per_hour": 100}
        async with running_proxy(tmp_path, cfg) as rt, httpx.AsyncClient() as h:
            fake.usage = (60, 40)
            body = {"model": "c", "max_tokens": 5, "messages": ASK}
            first = await h.post(f"{base(rt)}/v1/messages", json=body)
            second = await h.post(f"{base(rt)}/v1/messages", json=body,
                                  headers={"x-secproxy-agent": "someone-else"})
            huge = await h.post(f"{base(rt)}/v1/messages", json={
                **body, "messages": [{"role": "user", "content": "word " * 200}]},
                headers={"x-secproxy-upstream": "anthropic"})
    assert first.status_code == 200
    assert second.status_code == 429 and int(second.headers["retry-after"]) > 60
    assert second.json()["error"]["type"] == "rate_limit_error"
    assert "upstream anthropic" in second.json()["error"]["message"]
    assert huge.status_code == 413  # alone over the limit: waiting would not help


async def test_a_spending_limit_and_an_unpriced_model(tmp_path: Path) -> None:
    cfg = {"llm": {"prices": {"priced": {"input": 1000.0, "output": 1000.0}},
                   "limits": {"principal": {"max_cost": 0.01, "cost_period": "day"}}}}
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake, cfg)) as rt:
        fake.usage = (6, 6)  # 0.012 spent by the first request
        async with openai.AsyncOpenAI(base_url=f"{base(rt)}/v1", api_key="k",
                                      max_retries=0) as c:
            await c.chat.completions.create(model="priced", messages=ASK)
            with pytest.raises(openai.RateLimitError) as over:
                await c.chat.completions.create(model="priced", messages=ASK)
            with pytest.raises(openai.PermissionDeniedError) as unpriced:
                await c.chat.completions.create(model="unknown", messages=ASK,
                                                extra_headers={"x-secproxy-agent": "b"})
    assert "spend of 0.01 per day" in over.value.message
    assert int(over.value.response.headers["retry-after"]) > 3600
    assert "has no price in llm.prices" in unpriced.value.message
    assert len(fake.seen) == 1


def test_a_max_cost_without_prices_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="llm.prices"):
        load_config(text="llm: {limits: {principal: {max_cost: 5}}}", env={})
    with pytest.raises(ConfigError, match="tokens_per_minute"):
        load_config(text="llm: {limits: {upstream: {tokens_per_minute: 0}}}", env={})


def test_the_estimate_follows_the_script() -> None:
    english = "The quick brown fox jumps over the lazy dog. " * 20
    assert estimate_tokens(english) == pytest.approx(len(english) / 4, rel=0.01)
    chinese = "我们今天去公园散步然后吃晚饭" * 10
    assert estimate_tokens(chinese) == len(chinese)
    russian = "Привет, как дела сегодня" * 10
    assert len(russian) / 3 < estimate_tokens(russian) < len(russian) / 1.5


def test_prices_by_name_then_most_specific_glob() -> None:
    prices = {"*": Price(input=1, output=1), "gpt-4o*": Price(input=2, output=2),
              "gpt-4o-mini*": Price(input=3, output=3), "exact": Price(input=4, output=4)}
    found = [price_of(prices, m) for m in ("exact", "gpt-4o-mini-2024", "gpt-4o", "other")]
    assert [p.input if p else None for p in found] == [4, 3, 2, 1]
    assert price_of({"a": Price(input=1, output=1)}, "b") is None


def test_estimates_are_corrected_and_windows_slide() -> None:
    budget = Budget(LimiterStore())
    settings = LlmSettings(limits={"principal": TokenLimits(tokens_per_minute=100)})
    up = Upstream(url="http://x")
    who = Principal(ip="10.0.0.1")
    first = budget.admit(settings, "u", up, who, "m", 30, now=1000.0)
    assert isinstance(first, Charge)
    budget.settle(first, Usage(30, 50, True), now=1000.5)  # 80 used
    refused = budget.admit(settings, "u", up, who, "m", 30, now=1001.0)
    assert isinstance(refused, Denial) and refused.category == "rate_limit"
    assert refused.retry_after is not None and 58 <= refused.retry_after <= 60
    assert isinstance(budget.admit(settings, "u", up, who, "m", 30, now=1061.0), Charge)
    # A request the upstream never answered gives its estimate back.
    gone = budget.admit(settings, "u", up, Principal(ip="10.0.0.2"), "m", 90, now=1061.0)
    assert isinstance(gone, Charge)
    budget.settle(gone, Usage(), now=1061.0)
    assert isinstance(budget.admit(settings, "u", up, Principal(ip="10.0.0.2"), "m", 90,
                                   now=1061.0), Charge)


async def test_concurrent_requests_see_each_others_estimates() -> None:
    budget = Budget(LimiterStore())
    settings = LlmSettings(limits={"upstream": TokenLimits(tokens_per_minute=100)})
    up = Upstream(url="http://x")

    async def ask(i: int) -> Charge | Denial:
        await asyncio.sleep(0)
        return budget.admit(settings, "u", up, Principal(ip=f"10.0.0.{i}"), "m", 30, 5.0)

    got = await asyncio.gather(*(ask(i) for i in range(5)))
    assert sum(isinstance(g, Charge) for g in got) == 3
