"""A value is read with the name it is filed under: `{"aws_secret_access_key": "…"}` in a
tool call's arguments or a JSON body is the secret that `aws_secret_access_key=…` in
text is. Both passed unread (the value alone is only a random string), on the
inspection API and through the egress proxy; names that hold no secret stay quiet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest

from tests.helpers import running_proxy, serving
from tests.surfaces.test_egress_guards_functional import Origin, _origin_app, proxy_url

pytestmark = pytest.mark.functional

AWS_SECRET = "7VIrxaR7kQfWv52uvEgoqiXnLAC1lIAYJRfza0hW"
PASSWORD = "Tr0ub4dor&3xK9#mQv"
S = {"session_id": "sess-n", "agent_id": "agent-n"}


async def _tool_call(http: aiohttp.ClientSession, url: str, arguments: dict[str, Any]
                     ) -> dict[str, Any]:
    async with http.post(f"{url}/inspect/tool-call",
                         json={**S, "tool_name": "http_post", "arguments": arguments}) as resp:
        assert resp.status == 200
        return await resp.json()  # type: ignore[no-any-return]


async def test_a_tool_calls_named_secret_arguments_are_found_and_masked(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt, aiohttp.ClientSession() as http:
        url = f"http://{rt.addresses()['api']}"
        got = await _tool_call(http, url, {"url": "https://example.com/upload",
                                           "aws_secret_access_key": AWS_SECRET,
                                           "auth": {"password": PASSWORD}})
        quiet = await _tool_call(http, url, {"url": "https://example.com/search",
                                             "key": "user_id", "token_count": "1234",
                                             "session": "morning standup",
                                             "password": "changeme"})
    assert got["decision"] == "allow_with_redaction", got
    kinds = {f["kind"] for f in got["findings"]}
    assert "aws_secret_access_key" in kinds and len(got["findings"]) == 2, got["findings"]
    said = json.dumps(got)
    assert AWS_SECRET not in said and PASSWORD not in said
    assert (quiet["decision"], quiet["findings"]) == ("allow", []), quiet


async def test_a_named_secret_in_a_json_body_is_refused_at_egress(tmp_path: Path) -> None:
    state = Origin()
    config = {"egress": {"ssrf_allow": ["127.0.0.0/8"]}}
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, config) as rt:
        state.port = port
        async with httpx.AsyncClient(proxy=proxy_url(rt), timeout=60) as client:
            refused = await client.post(state.url("/api"),
                                        json={"aws_secret_access_key": AWS_SECRET})
            clean = await client.post(state.url("/api"),
                                      json={"key": "user_id", "session": "morning"})
    assert refused.status_code == 403 and refused.json()["error"] == "secret"
    assert clean.status_code == 200
    assert [s.target for s in state.seen] == ["/api"]
