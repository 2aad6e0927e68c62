"""JSON nested absurdly deep, sent to a real running proxy on every surface that reads
JSON: the inspection API, the LLM gateway, the egress proxy's guarded bodies, the control
socket. Each answers with a clear error in its own shape (or reads the body as text), a
record reaches the ledger, nothing secret leaves, and the proxy goes on serving. Before,
a body nested 950 levels or more made the inspection API and the gateway answer
aiohttp's bare 500 (a RecursionError and its traceback in the log, no record), and the
control socket answered with Python's own words for it."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from secproxy.audit.query import Filters, LedgerReader
from secproxy.content import MAX_JSON_DEPTH, TooDeep, load_json
from secproxy.protocols.jsonrpc import Malformed, loads
from tests.helpers import eventually, running_proxy, serving
from tests.surfaces.llm_support import fake_llm, gateway_config
from tests.surfaces.test_llm_openai_functional import GUARDS, SECRET

pytestmark = pytest.mark.functional

KEY = "sk-" + "Ab3dE5gH7jK9mN1pQ3sT5vX7"
DEPTHS = (MAX_JSON_DEPTH + 1, 950, 100_000)
"""Just past the limit; past it yet still readable by Python's parser (the walks after it
overflowed); far past both (the parser itself overflowed)."""


EGRESS_MASKING = {
    "egress": {"ssrf_allow": ["127.0.0.0/8"]},
    "guards": {"use": [{"name": "keys", "family": "patterns", "action": "sanitize",
                        "directions": ["request"], "surfaces": ["egress"],
                        "settings": {"patterns": [{"name": "key",
                                                   "pattern": "sk-[A-Za-z0-9]{20,}"}]}}]}}
"""An egress proxy that masks `KEY`-shaped tokens in what leaves, to a local upstream."""


def nested(depth: int, leaf: str = '"x"') -> str:
    """`depth` objects, one inside the other, around `leaf`."""
    return '{"a":' * depth + leaf + "}" * depth


def records(state_dir: Path, surface: str) -> list[dict[str, Any]]:
    with LedgerReader(state_dir / "ledger.db") as reader:
        return list(reader.iter_all(Filters(surface=[surface], limit=10_000)))


def test_load_json_refuses_past_the_limit_and_reads_up_to_it() -> None:
    assert load_json(nested(MAX_JSON_DEPTH - 1, "[1]")) is not None  # exactly the limit
    assert load_json(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH) is not None
    for depth in DEPTHS:
        with pytest.raises(TooDeep, match=f"deeper than {MAX_JSON_DEPTH} levels"):
            load_json(nested(depth))
    # Many brackets, shallow: read (the count is only the cheap first look).
    wide = json.dumps([[{"k": [i]}] for i in range(5_000)])
    assert len(load_json(wide)) == 5_000
    # A syntax error is still a syntax error.
    with pytest.raises(json.JSONDecodeError):
        load_json("[1,")
    # JSON-RPC messages (the WebSocket and MCP relays) say so in the message's error.
    for depth in DEPTHS:
        with pytest.raises(Malformed, match="deeper than"):
            loads('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":' + nested(depth) + "}")


async def test_inspection_api_answers_400_naming_the_nesting(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt, aiohttp.ClientSession() as http:
        url = f"http://{rt.addresses()['api']}"
        seen: list[str] = []
        for depth in DEPTHS:
            for path, body in (
                    ("/inspect/tool-call", '{"session_id":"s","agent_id":"a","tool_name":"t",'
                                           '"arguments":' + nested(depth) + "}"),
                    ("/inspect/input", '{"session_id":"s","agent_id":"a","text":"hi",'
                                       '"extra":' + nested(depth) + "}")):
                async with http.post(url + path, data=body,
                                     headers={"Content-Type": "application/json"}) as resp:
                    assert resp.status == 400, (path, depth, await resp.text())
                    got = await resp.json()
                assert got["error"] == "bad_request"
                assert f"deeper than {MAX_JSON_DEPTH} levels" in got["reason"], got
                seen.append(got["request_id"])
        # Still serving, and the same API reads a normal call.
        async with http.post(url + "/inspect/tool-call", json={
                "session_id": "s", "agent_id": "a", "tool_name": "shell",
                "arguments": {"command": "ls"}}) as resp:
            assert resp.status == 200 and (await resp.json())["decision"] == "allow"

        def recorded() -> bool:
            ids = {r["request_id"] for r in records(tmp_path, "inspect")}
            return set(seen) <= ids
        await eventually(recorded, message="a record of every refused body")


async def test_llm_gateway_refuses_in_the_providers_shape(tmp_path: Path) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake)) as rt, \
            aiohttp.ClientSession() as http:
        url = f"http://{rt.addresses()['llm']}/v1/chat/completions"
        for depth in DEPTHS:
            body = ('{"model":"m","messages":[{"role":"user","content":"' + KEY + '"}],'
                    '"metadata":' + nested(depth) + "}")
            async with http.post(url, data=body,
                                 headers={"Content-Type": "application/json"}) as resp:
                assert resp.status == 400, (depth, await resp.text())
                got = await resp.json()
            assert f"deeper than {MAX_JSON_DEPTH} levels" in got["error"]["message"]
            assert got["error"]["type"] == "invalid_request_error"
        anthropic = f"http://{rt.addresses()['llm']}/v1/messages"
        async with http.post(anthropic, data='{"model":"m","max_tokens":5,"messages":'
                             + "[" * 100_000 + "]" * 100_000 + "}",
                             headers={"Content-Type": "application/json"}) as resp:
            assert resp.status == 400
            got = await resp.json()
        assert got["type"] == "error" and "deeper than" in got["error"]["message"]
        assert fake.seen == [], "a refused body reached the upstream"
        # The gateway still forwards a normal request.
        async with http.post(url, json={"model": "m", "messages": [
                {"role": "user", "content": "hello"}]}) as resp:
            assert resp.status == 200

        def refused() -> list[dict[str, Any]] | None:
            rows = [r for r in records(tmp_path, "llm") if r["status"] == 400]
            return rows if len(rows) == len(DEPTHS) + 1 else None
        rows = await eventually(refused, message="the refusals' records")
        assert all(r["decision"] == "block" and "deeper than" in r["reason"] for r in rows)
        assert all(KEY not in json.dumps(r) for r in records(tmp_path, "llm"))


@pytest.fixture
async def upstream() -> AsyncIterator[tuple[int, list[bytes]]]:
    got: list[bytes] = []

    async def handle(request: web.Request) -> web.Response:
        got.append(await request.read())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    async with serving(app) as port:
        yield port, got


async def test_egress_reads_a_too_deep_json_body_as_text(
        tmp_path: Path, upstream: tuple[int, list[bytes]]) -> None:
    port, got = upstream
    async with running_proxy(tmp_path, EGRESS_MASKING) as rt, aiohttp.ClientSession() as http:
        proxy = f"http://{rt.addresses()['egress']}"
        for depth in DEPTHS:
            body = nested(depth, json.dumps(KEY))
            async with http.post(f"http://127.0.0.1:{port}/upload", data=body, proxy=proxy,
                                 headers={"Content-Type": "application/json"}) as resp:
                assert resp.status == 200, (depth, await resp.text())
        assert len(got) == len(DEPTHS)
        assert all(KEY.encode() not in sent for sent in got), "the secret left unmasked"
        assert all(b"[REDACTED" in sent for sent in got)
        await eventually(lambda: len(records(tmp_path, "egress")) >= len(DEPTHS),
                         message="the requests' records")


async def test_control_socket_answers_bad_json(tmp_path: Path) -> None:
    async with running_proxy(tmp_path) as rt:
        reader, writer = await asyncio.open_unix_connection(rt.addresses()["control"])
        try:
            async def receive() -> dict[str, Any]:
                line = await asyncio.wait_for(reader.readline(), 5)
                assert line, "the control socket closed the connection"
                msg: dict[str, Any] = json.loads(line)
                return msg

            assert (await receive())["type"] == "hello"
            for depth in DEPTHS[:2]:  # the third is longer than a control line may be
                writer.write(('{"v":1,"id":1,"type":"ping","payload":' + nested(depth)
                              + "}\n").encode())
                await writer.drain()
                err = await receive()
                assert err["type"] == "error" and err["payload"]["code"] == "bad_json", err
                assert "deeper than" in err["payload"]["message"], err
            writer.write(b'{"v":1,"id":2,"type":"ping"}\n')
            await writer.drain()
            assert (await receive())["type"] != "error"
        finally:
            writer.close()


# -- a lone surrogate (`\ud800`, legal in JSON text, not encodable as UTF-8) -----------


async def test_llm_gateway_masks_beside_a_lone_surrogate(tmp_path: Path) -> None:
    """A prompt holding a lone surrogate and a secret: before, writing the masked body
    back raised UnicodeEncodeError (aiohttp's bare 500); now the mask goes upstream and
    the surrogate as the escape it came as; a streamed answer likewise."""
    async with fake_llm() as fake, running_proxy(
            tmp_path, gateway_config(fake, {"guards": GUARDS})) as rt, \
            aiohttp.ClientSession() as http:
        url = f"http://{rt.addresses()['llm']}/v1/chat/completions"
        body = ('{"model":"m","messages":[{"role":"user","content":"\\ud800 key '
                + SECRET + '"}]}')
        async with http.post(url, data=body,
                             headers={"Content-Type": "application/json"}) as resp:
            assert resp.status == 200, await resp.text()
        sent = fake.seen[0].body
        assert SECRET.encode() not in sent and b"[REDACTED:api_key]" in sent
        assert b"\\ud800 key" in sent
        sent.decode()  # UTF-8 all through

        fake.chunks = ["odd \ud800 ", SECRET[:9], SECRET[9:], " end"]
        async with http.post(url, json={"model": "m", "stream": True, "messages": [
                {"role": "user", "content": "?"}]}) as resp:
            assert resp.status == 200
            raw = await resp.read()
        assert SECRET.encode() not in raw and b"[REDACTED:api_key]" in raw
        raw.decode()


async def test_egress_masks_beside_a_lone_surrogate(
        tmp_path: Path, upstream: tuple[int, list[bytes]]) -> None:
    port, got = upstream
    async with running_proxy(tmp_path, EGRESS_MASKING) as rt, aiohttp.ClientSession() as http:
        proxy = f"http://{rt.addresses()['egress']}"
        body = '{"note": "\\ud800", "key": "' + KEY + '"}'
        async with http.post(f"http://127.0.0.1:{port}/upload", data=body, proxy=proxy,
                             headers={"Content-Type": "application/json"}) as resp:
            assert resp.status == 200, await resp.text()
        assert KEY.encode() not in got[0] and b"[REDACTED" in got[0]
        assert json.loads(got[0])["note"] == "\ud800"


# -- secrets as JSON keys ---------------------------------------------------------------


async def test_a_secret_as_a_json_key_is_masked_on_every_surface(
        tmp_path: Path, upstream: tuple[int, list[bytes]]) -> None:
    """`{"<key>": 1}`: before, only values were guarded, and a key sent as a key left as
    it was through the egress proxy and the LLM gateway, and the inspection API found
    nothing in a tool call carrying one."""
    port, got = upstream
    guards = [{"name": "keys", "family": "patterns", "action": "sanitize",
               "settings": {"patterns": [{"name": "key", "pattern": "sk-[A-Za-z0-9]{20,}"}]}}]
    async with fake_llm() as fake, running_proxy(tmp_path, {
            **gateway_config(fake, {"guards": {"use": guards}}),
            "listeners": {"egress": {"enabled": True}, "api": {"enabled": True},
                          "ws": {"enabled": False}},
            "egress": {"ssrf_allow": ["127.0.0.0/8"]}}) as rt, \
            aiohttp.ClientSession() as http:
        body = {KEY: 1, "nested": {f"note {KEY}": "x"}}
        async with http.post(f"http://127.0.0.1:{port}/up", json=body,
                             proxy=f"http://{rt.addresses()['egress']}") as resp:
            assert resp.status == 200
        assert KEY.encode() not in got[0]
        assert json.loads(got[0]) == {"[REDACTED:key]": 1,
                                      "nested": {"note [REDACTED:key]": "x"}}

        async with http.post(f"http://{rt.addresses()['llm']}/v1/chat/completions", json={
                "model": "m", "metadata": {KEY: "v"},
                "messages": [{"role": "user", "content": "hi"}]}) as resp:
            assert resp.status == 200
        sent = json.loads(fake.seen[0].body)
        assert sent["metadata"] == {"[REDACTED:key]": "v"}

        async with http.post(f"http://{rt.addresses()['api']}/inspect/tool-call", json={
                "session_id": "s", "agent_id": "a", "tool_name": "http_post",
                "arguments": {"url": "https://x.example", "body": {KEY: True}}}) as resp:
            verdict = await resp.json()
        assert verdict["decision"] == "allow_with_redaction", verdict
        assert [f["kind"] for f in verdict["findings"]] == ["key"]
