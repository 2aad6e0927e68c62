"""The WebSocket relay and names a gateway may read otherwise than the rules: a tool
name with spaces around it or an invisible character (a server that trims it runs the
denied tool), a method spelled in another case (a server reading methods without case
runs the call undecided), and the same in the generic adapter's frames (a call kind in
another case). Each is refused as malformed and nothing reaches the gateway."""

from __future__ import annotations

import json

import pytest
from websockets.asyncio.client import connect

from tests.surfaces.test_ws_policy_functional import SHELL_RULES, recv_json
from tests.surfaces.ws_support import call, running_gateway, running_relay

pytestmark = pytest.mark.functional


def _frame(method: str, name: str) -> str:
    return json.dumps(
        {
            "jsonrpc": "2.0",
            "id": 7,
            "method": method,
            "params": {"name": name, "arguments": {"path": "/"}},
        }
    )


@pytest.mark.parametrize(
    ("method", "name"),
    [
        ("tools/call", " fs.delete_tree"),
        ("tools/call", "fs.delete_tree\n"),
        ("tools/call", "\u200bfs.delete_tree"),
        ("tools/call", "fs.de\u2060lete_tree"),
        ("tools/call", "fs.de\ud800lete_tree"),  # a lone surrogate: a JSON escape
        ("tools/call", "fs.de\u00adlete_tree"),  # a soft hyphen
        ("tools/call", "\u202efs.delete_tree"),  # a bidi override
        ("tools/call", "fs.\u2066delete_tree"),  # a bidi isolate
        ("tools/call", "fs.del\U000e0041ete_tree"),  # a tag character
        ("tools/call", "fs.de\ufe0flete_tree"),  # a variation selector
        ("Tools/Call", "fs.delete_tree"),
        ("TOOLS/CALL", "fs.delete_tree"),
    ],
)
async def test_a_call_a_gateway_may_read_otherwise_is_refused(method: str, name: str) -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(_frame(method, name))
            answer = await recv_json(ws)
            await ws.send(call("calc.add", {"a": 1}, id=8))
            assert (await recv_json(ws))["id"] == 8
        assert answer["id"] == 7 and answer["error"]["code"] == -32600
        assert [m["params"]["name"] for m in gw.texts()] == ["calc.add"]
        assert relay.records()


async def test_an_integer_id_past_2_53_is_refused() -> None:
    # 2**53 + 1 and 2**53 are one id to a server reading numbers as doubles (JavaScript):
    # two calls the relay tells apart, or a result whose id no longer names its call
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("calc.add", {}, id=2**53 + 1))
            answer = await recv_json(ws)
            await ws.send(call("calc.add", {}, id=2**53 - 1))
            assert "result" in await recv_json(ws)
        assert answer["error"]["code"] == -32600 and "2^53" in answer["error"]["message"]
        assert [m["id"] for m in gw.texts()] == [2**53 - 1]  # before: both went on


@pytest.mark.parametrize("number", ["NaN", "Infinity", "1e400"])
async def test_an_id_that_is_no_finite_number_is_refused(number: str) -> None:
    # the answer under it would be no JSON, and a NaN id matches no result
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send('{"jsonrpc": "2.0", "id": ' + number + ', "method": "tools/call", '
                          '"params": {"name": "calc.add", "arguments": {}}}')
            answer = await recv_json(ws)
        assert answer["error"]["code"] == -32600 and answer["id"] is None
        assert gw.texts() == []


async def test_names_with_inner_spaces_or_other_scripts_pass() -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("search docs", {}, id=1))
            assert "result" in await recv_json(ws)
            await ws.send(call("検索", {}, id=2))
            assert "result" in await recv_json(ws)
        assert [m["params"]["name"] for m in gw.texts()] == ["search docs", "検索"]


GENERIC = {"adapter": "generic",
           "generic": {"kind_path": "type", "call_kinds": ["tool_call"], "tool_path": "tool",
                       "arguments_path": "arguments", "id_path": "id"}}


@pytest.mark.parametrize(
    ("kind", "tool"),
    [
        ("tool_call", " fs.delete_tree"),
        ("tool_call", "fs.delete_tree\n"),
        ("tool_call", "\u200bfs.delete_tree"),
        ("tool_call", "fs.de\u2060lete_tree"),
        ("tool_call", ["fs.delete_tree"]),
        ("Tool_Call", "fs.delete_tree"),
        (" tool_call", "fs.delete_tree"),
    ],
)
async def test_the_generic_adapter_refuses_a_call_a_gateway_may_read_otherwise(
        kind: str, tool: object) -> None:
    async with running_gateway() as gw, \
            running_relay(gw.url, GENERIC, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(json.dumps({"type": kind, "id": 7, "tool": tool,
                                      "arguments": {"path": "/"}}))
            answer = await recv_json(ws)
            await ws.send(json.dumps({"type": "tool_call", "id": 8, "tool": "calc.add",
                                      "arguments": {}}))
            await recv_json(ws)  # the gateway's echo: it got the next call
        assert answer["id"] == 7 and answer["error"]["code"] == "malformed"
        assert [m["tool"] for m in gw.texts()] == ["calc.add"]  # before: both went on
        assert relay.records()


@pytest.mark.parametrize("tool", [["fs.delete_tree"], {"name": "fs.delete_tree"}, 7])
async def test_with_every_kind_a_call_kind_a_tool_that_is_no_string_is_refused(
        tool: object) -> None:
    # call_kinds empty: any frame naming a tool is a call. A tool that is no string was
    # read as no tool (no call, no tool rule) while a gateway may read the list's or
    # the object's name and run it (session 17's review leftover).
    anykind = {"adapter": "generic", "generic": {**GENERIC["generic"], "call_kinds": []}}
    async with running_gateway() as gw, \
            running_relay(gw.url, anykind, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(json.dumps({"type": "run", "id": 7, "tool": tool,
                                      "arguments": {"path": "/"}}))
            answer = await recv_json(ws)
            await ws.send(json.dumps({"type": "run", "id": 8, "tool": "calc.add",
                                      "arguments": {}}))
            await recv_json(ws)
        assert answer["id"] == 7 and answer["error"]["code"] == "malformed"
        assert [m["tool"] for m in gw.texts()] == ["calc.add"]  # before: both went on


async def test_the_generic_adapter_passes_other_kinds_and_plain_names() -> None:
    async with running_gateway() as gw, \
            running_relay(gw.url, GENERIC, rules=SHELL_RULES) as relay:
        async with connect(relay.url) as ws:
            await ws.send(json.dumps({"type": "status", "tool": {"name": "x"}}))
            await ws.send(json.dumps({"type": "tool_call", "id": 1, "tool": "search docs",
                                      "arguments": {}}))
            await recv_json(ws)
            await recv_json(ws)
        assert [m["type"] for m in gw.texts()] == ["status", "tool_call"]
        assert relay.records()
