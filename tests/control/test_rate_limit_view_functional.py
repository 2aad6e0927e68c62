"""One key's rate limits on a running proxy, over the HTTP operator API and the CLI:
every limit that counts keys of its kind (top-level, a rule's, the LLM gateway's per
principal), used and remaining per window, when the oldest request leaves, the burst
available, whitelisted and custom keys; an unknown kind of key is a clear 404."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from typer.testing import CliRunner

from secproxy.cli import app
from secproxy.errors import ExitCode
from tests.cli.conftest import run_cli
from tests.helpers import Clock, running_proxy
from tests.surfaces.test_egress_helpers_functional import upstream

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]
KEY = "op-key-51c0"
CONFIG = {
    "egress": {"ssrf_allow": ["127.0.0.0/8"]},
    "control": {"api_keys": [KEY]},
    "limits": [
        {"name": "per-ip", "requests_per_minute": 10, "requests_per_hour": 100, "burst": 3,
         "limit_by": "ip", "whitelist": ["ip:10.9.*"],
         "custom_limits": {"ip:10.1.1.1": {"requests_per_minute": 50}}},
        {"name": "tenant-ip", "requests_per_day": 5, "limit_by": ["header:x-tenant", "ip"]},
    ],
    "rules": [{"name": "local", "host": "127.0.0.1", "action": "allow",
               "policies": [{"type": "rate_limit", "max_requests": 4, "window": "10m",
                             "limit_by": "principal"}]}],
    "llm": {"limits": {"principal": {"tokens_per_hour": 1000}}},
}


async def http(api: str, key: str) -> tuple[int, Any]:
    url = f"http://{api}/operator/api/rate-limit/{quote(key, safe=':*')}"
    async with aiohttp.ClientSession() as s, s.get(
            url, headers={"Authorization": f"Bearer {KEY}"}) as resp:
        return resp.status, await resp.json()


async def test_a_keys_usage_under_every_limit(tmp_path: Path) -> None:
    clock = Clock()
    async with upstream() as up, running_proxy(tmp_path, CONFIG, clock=clock) as rt:
        proxy, api = f"http://{rt.addresses()['egress']}", rt.addresses()["api"]
        async with aiohttp.ClientSession() as s:
            for _ in range(2):
                async with s.get(f"{up.base}/small", proxy=proxy,
                                 headers={"X-Tenant": "acme"}) as r:
                    assert r.status == 200
        clock.now += 30
        status, body = await http(api, "ip:127.0.0.1")
        assert status == 200
        by_name = {lim["name"]: lim for lim in body["payload"]["limits"]}
        assert set(by_name) == {"per-ip", "local", "llm.limits.principal"}
        per_ip = by_name["per-ip"]
        assert [(w["span"], w["limit"], w["used"], w["remaining"]) for w in per_ip["windows"]] \
            == [("minute", 10, 2, 8), ("hour", 100, 2, 98)]
        assert per_ip["windows"][0]["resets_in"] == pytest.approx(30.0, abs=0.01)
        assert per_ip["burst"]["size"] == 3 and per_ip["burst"]["available"] == 3  # refilled
        assert per_ip["whitelisted"] is False and per_ip["custom"] is False
        local = by_name["local"]
        assert local["rule"] == "local" and local["windows"][0]["used"] == 2
        assert local["windows"][0]["window"] == 600.0
        assert by_name["llm.limits.principal"]["tokens"][0]["remaining"] == 1000

        status, body = await http(api, "header:x-tenant=acme|ip:127.0.0.1")
        assert status == 200
        [combined] = body["payload"]["limits"]
        assert combined["name"] == "tenant-ip" and combined["windows"][0]["used"] == 2

        _, body = await http(api, "ip:10.9.0.7")
        assert {lim["name"]: lim["whitelisted"] for lim in body["payload"]["limits"]
                if lim["scope"] != "llm"} == {"per-ip": True, "local": False}
        _, body = await http(api, "ip:10.1.1.1")
        assert body["payload"]["limits"][0]["custom"] is True
        assert body["payload"]["limits"][0]["windows"][0]["limit"] == 50

        status, body = await http(api, "domain:example.com")
        assert status == 404 and body["payload"]["code"] == "not_found"
        assert "header:x-tenant+ip" in body["payload"]["hint"]

        assert rt.control is not None
        result = await asyncio.to_thread(CliRunner().invoke, app, [
            "limits", "show", "ip:127.0.0.1", "--socket", str(rt.control.path),
            "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.output.splitlines()]
        assert {"limit": "per-ip", "scope": "global", "limit_by": "ip", "note": "",
                "window": "burst", "unit": "requests", "max": 3, "used": 0, "remaining": 3,
                "resets_in": None} in rows
        assert [r["remaining"] for r in rows if r["limit"] == "local"] == [2]
        missing = await asyncio.to_thread(run_cli, "limits", "show", "domain:x", "--socket",
                                          str(rt.control.path))
        assert missing.returncode == ExitCode.NOT_FOUND
        assert "no rate limit counts keys like 'domain:x'" in missing.stderr
        assert "Traceback" not in missing.stderr
