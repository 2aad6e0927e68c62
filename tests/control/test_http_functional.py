"""The operator API on the api listener: only with a configured key, only for requests
carrying it; same commands and envelopes as the control socket, plus an NDJSON stream."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest

from secproxy.control.http import key_matches
from secproxy.model import Action, Decision, Surface, Target
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional
KEY = "op-key-0123456789"
RULES = {"rules": [{"name": "shell", "tools": ["shell.*"], "action": "require_approval"}]}


def base(runtime) -> str:
    return f"http://{runtime.addresses()['api']}/operator/api"


def test_key_matching_is_exact():
    assert key_matches(f"Bearer {KEY}", ["other", KEY])
    assert key_matches(f"bearer {KEY}", [KEY])
    assert not key_matches(f"Bearer {KEY}x", [KEY])
    assert not key_matches(KEY, [KEY])
    assert not key_matches("Bearer ", [KEY])
    assert not key_matches(None, [KEY])
    assert not key_matches(f"Bearer {KEY}", [])


async def test_operator_api_needs_a_key(tmp_path):
    async with running_proxy(tmp_path, {**RULES, "control": {"api_keys": [KEY]}}) as runtime:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base(runtime)}/status") as resp:
                assert resp.status == 401
                assert resp.headers["WWW-Authenticate"].startswith("Bearer")
                body = await resp.json()
                assert body["type"] == "error" and body["payload"]["code"] == "unauthorized"
            wrong = {"Authorization": "Bearer not-the-key"}
            async with http.get(f"{base(runtime)}/status", headers=wrong) as resp:
                assert resp.status == 401
            async with http.get(f"{base(runtime)}/events", headers=wrong) as resp:
                assert resp.status == 401

            auth = {"Authorization": f"Bearer {KEY}"}
            async with http.get(f"{base(runtime)}/status", headers=auth) as resp:
                assert resp.status == 200
                body = await resp.json()
                assert body["v"] == 1 and body["type"] == "reply"
                assert body["payload"]["rules"] == 1

            held = asyncio.ensure_future(
                runtime.engine.decide(Action(surface=Surface.TOOL, target=Target(tool="shell.rm")))
            )
            approval = (await eventually(runtime.engine.approvals.pending))[0]
            url = f"{base(runtime)}/approvals/resolve"
            async with http.post(url, headers=auth, data=b"{oops") as resp:
                assert resp.status == 400
                assert (await resp.json())["payload"]["code"] == "bad_json"
            payload = {"id": approval.id, "approve": True, "by": "remote"}
            async with http.post(url, headers=auth, json=payload) as resp:
                assert resp.status == 200
            assert (await asyncio.wait_for(held, 5)).decision is Decision.ALLOW

            async with http.post(f"{base(runtime)}/nope", headers=auth, json={}) as resp:
                assert resp.status == 404
            bad_rules = {"yaml": "- action: sometimes\n"}
            async with http.post(
                f"{base(runtime)}/rules/replace", headers=auth, json=bad_rules
            ) as r:
                assert r.status == 422
                assert (await r.json())["payload"]["issues"][0]["line"] == 1


async def test_event_stream_over_http(tmp_path):
    async with running_proxy(tmp_path, {"control": {"api_keys": [KEY]}}) as runtime:
        await runtime.engine.decide(Action(surface=Surface.TOOL, target=Target(tool="fs.old")))
        await eventually(lambda: runtime.control.hub.seq >= 1)
        auth = {"Authorization": f"Bearer {KEY}"}
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base(runtime)}/events", headers=auth) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("application/x-ndjson")
                kinds = []
                while "backlog/end" not in kinds:
                    kinds.append(json.loads(await resp.content.readline())["type"])
                assert kinds == ["hello", "decision/add", "backlog/end"]
                await runtime.engine.decide(
                    Action(surface=Surface.TOOL, target=Target(tool="fs.new"))
                )
                live = json.loads(await asyncio.wait_for(resp.content.readline(), 5))
                assert live["type"] == "decision/add"
                assert live["payload"]["target"]["tool"] == "fs.new"
                # Shutting down ends the open stream instead of waiting for the console.
                await asyncio.wait_for(runtime.stop(), 10)
                rest = await asyncio.wait_for(resp.content.read(), 5)
                assert b"decision/add" not in rest


async def test_no_operator_api_without_keys(tmp_path):
    async with running_proxy(tmp_path) as runtime:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base(runtime)}/status") as resp:
                assert resp.status == 404
