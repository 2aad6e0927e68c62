"""Strikes of requests with no valid credential, over real HTTP: they block the address
for requests that still have none, never an agent that presents a valid key from the
same address (every local agent is 127.0.0.1). The inspection API, the LLM gateway and
the egress proxy, each with keys (or proxy users) on and `tracking.max_strikes` set;
httpx as the clients."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from aiohttp import web

from secproxy.control.client import ControlClient
from secproxy.runtime import Runtime
from tests.helpers import running_proxy, serving
from tests.surfaces.llm_support import fake_llm

pytestmark = pytest.mark.functional
TRACKING = {"max_strikes": 2, "block_duration": "10m"}


async def blocked(rt: Runtime, key: str) -> bool:
    async with ControlClient(rt.control.path) as control:  # type: ignore[union-attr]
        return bool((await control.call("tracking/get", {"key": key}))["blocked"])


async def test_no_key_strikes_do_not_lock_out_a_keyed_agent_on_the_api(tmp_path: Path
                                                                       ) -> None:
    extra = {"inspect": {"api_keys": [{"name": "builder", "key": "agent-secret-0123"}]},
             "tracking": TRACKING}
    body = {"session_id": "s1", "agent_id": "coder", "tool_name": "shell",
            "arguments": {"command": "ls"}}
    async with running_proxy(tmp_path, extra) as rt, httpx.AsyncClient() as http:
        url = f"http://{rt.addresses()['api']}/inspect/tool-call"
        for key in (None, "wrong-key", None):
            headers = {"Authorization": f"Bearer {key}"} if key else {}
            assert (await http.post(url, json=body, headers=headers)).status_code == 401
        assert await blocked(rt, "ip:127.0.0.1")
        keyed = await http.post(url, json=body,
                                headers={"Authorization": "Bearer agent-secret-0123"})
        assert keyed.status_code == 200, keyed.text
        assert keyed.json()["decision"] == "allow"


async def test_no_key_strikes_do_not_lock_out_a_keyed_agent_on_the_gateway(tmp_path: Path
                                                                           ) -> None:
    async with fake_llm() as fake:
        extra = {"upstreams": {"openai": {"url": fake.base}},
                 "llm": {"proxy_keys": [{"key": "sp-agent-one", "principal": "agent1"}]},
                 "tracking": TRACKING}
        chat = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
        async with running_proxy(tmp_path, extra) as rt, httpx.AsyncClient() as http:
            url = f"http://{rt.addresses()['llm']}/v1/chat/completions"
            for key in ("sp-wrong", "sp-wrong-again", "sp-wrong"):
                refused = await http.post(url, json=chat,
                                          headers={"Authorization": f"Bearer {key}"})
                assert refused.status_code == 401
            # An agent name the unkeyed client chose is not the keyed agent's to carry.
            named = await http.post(url, json=chat, headers={
                "Authorization": "Bearer sp-wrong", "X-Secproxy-Agent": "coder"})
            assert named.status_code == 401
            assert await blocked(rt, "ip:127.0.0.1")
            for _ in range(2):
                await http.post(url, json=chat, headers={
                    "Authorization": "Bearer sp-wrong", "X-Secproxy-Agent": "coder"})
            ok = await http.post(url, json=chat, headers={
                "Authorization": "Bearer sp-agent-one", "X-Secproxy-Agent": "coder"})
            assert ok.status_code == 200, ok.text
        assert len(fake.seen) == 1


async def test_wrong_proxy_passwords_do_not_lock_out_a_proxy_user(tmp_path: Path) -> None:
    async def hello(request: web.Request) -> web.Response:
        return web.Response(text="hello")

    app = web.Application()
    app.router.add_get("/", hello)
    async with serving(app) as port:
        extra = {"egress": {"users": [{"name": "alice", "password": "alice-pass-123"}],
                            "ssrf_allow": ["127.0.0.1"]},
                 "tracking": TRACKING}
        async with running_proxy(tmp_path, extra) as rt:
            egress, url = rt.addresses()["egress"], f"http://127.0.0.1:{port}/"
            for password in ("wrong-1", "wrong-2", "wrong-3"):
                async with httpx.AsyncClient(proxy=f"http://alice:{password}@{egress}") as h:
                    assert (await h.get(url)).status_code == 407
            assert await blocked(rt, "ip:127.0.0.1")
            async with httpx.AsyncClient(proxy=f"http://alice:alice-pass-123@{egress}") as h:
                got = await h.get(url)
            assert got.status_code == 200 and got.text == "hello"
