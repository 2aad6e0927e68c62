"""The LLM gateway's token and spending limits shared by two in-process proxies (real
runtimes, one real redis-server, the official OpenAI SDK against the local fake API):
`tokens_per_minute` and `max_cost` hold across both instances, what a request really
used (not only its estimate) counting on the other instance, and a Redis outage refusing
the request (`on_failure: closed`) until the server is back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openai
import pytest

from tests.helpers import eventually, running_proxy
from tests.scale_redis.conftest import RedisServer
from tests.surfaces.llm_support import fake_llm, gateway_config

pytestmark = pytest.mark.functional
ASK = [{"role": "user", "content": "hi"}]


def config(fake: Any, redis: RedisServer) -> dict[str, Any]:
    # Each answer reports 20 + 10 tokens; at 1000 per million either way, it costs 0.03.
    return gateway_config(fake, {
        "state": {"backend": "redis", "url": redis.url, "heartbeat": "100ms",
                  "timeout": "300ms"},
        "llm": {"prices": {"gpt-*": {"input": 1000, "output": 1000}},
                "proxy_keys": [
                    {"key": "sp-tokens", "principal": "counter",
                     "limits": {"tokens_per_minute": 50}},
                    {"key": "sp-cost", "principal": "spender",
                     "limits": {"max_cost": 0.05, "cost_period": "hour"}},
                    {"key": "sp-spare", "principal": "spare",
                     "limits": {"tokens_per_minute": 1000}}]},
    })


async def ask(runtime: Any, key: str, why: list[str] | None = None) -> int:
    """One chat completion through `runtime`'s gateway: 200, or the refusal's status
    (its message appended to `why`)."""
    base = f"http://{runtime.addresses()['llm']}/v1"
    async with openai.AsyncOpenAI(base_url=base, api_key=key, max_retries=0) as client:
        try:
            await client.chat.completions.create(model="gpt-test", messages=ASK)
        except openai.APIStatusError as exc:
            if why is not None:
                why.append(exc.message)
            return exc.status_code
    return 200


async def test_token_and_spending_limits_hold_across_two_instances(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    async with fake_llm() as fake:
        fake.usage = (20, 10)
        cfg = config(fake, redis_server)
        async with (running_proxy(tmp_path / "a", cfg) as a,
                    running_proxy(tmp_path / "b", cfg) as b):
            await eventually(lambda: a.engine.shared.up and b.engine.shared.up)
            # 30 tokens on A, 30 on B: 60 of 50, so A's next is refused (each instance
            # alone would hold 30 and admit it).
            assert [await ask(a, "sp-tokens"), await ask(b, "sp-tokens"),
                    await ask(a, "sp-tokens")] == [200, 200, 429]
            # 0.03 spent on A, 0.03 on B: over 0.05, whichever instance is asked.
            assert [await ask(b, "sp-cost"), await ask(a, "sp-cost"),
                    await ask(b, "sp-cost")] == [200, 200, 429]
            assert len(fake.seen) == 4

            # Redis away: the limits cannot be counted, so the request is refused.
            redis_server.stop()
            await eventually(lambda: not a.engine.shared.up, timeout=10)
            why: list[str] = []
            assert await ask(a, "sp-spare", why) == 403
            assert "token limits cannot be counted" in why[0], why
            assert len(fake.seen) == 4
            redis_server.start()
            # Back: answered again, no restart (polled: a loaded machine may time out once).
            async def answered() -> bool:
                return await ask(a, "sp-spare") == 200

            await eventually(answered, timeout=20, interval=0.2, message="an answer")
