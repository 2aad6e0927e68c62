"""A key split over two arguments of a tool call through the WebSocket relay, with the
JSON-RPC and the generic adapters: each value alone holds no key, the arguments' values
read end to end do (`content.joined_view`, as on the MCP surface), and the call is
refused (no mask can go into a join). A key within one value is still masked there."""

from __future__ import annotations

import json
from typing import Any

import pytest
from websockets.asyncio.client import connect

from secproxy.model import Decision
from tests.surfaces.ws_support import call, running_gateway, running_relay

pytestmark = pytest.mark.functional
HALVES = ("AKIA", "IOSFODNN7EXAMPL3")  # a made-up key of a valid shape, in two
GENERIC = {"adapter": "generic",
           "generic": {"kind_path": "type", "call_kinds": ["tool_call"],
                       "tool_path": "tool", "arguments_path": "args", "id_path": "id"}}
SECRETS = {"use": [{"name": "secrets", "family": "secrets", "action": "sanitize"}]}


def _jsonrpc(arguments: dict[str, Any], id: int) -> str:
    return call("notes.save", arguments, id=id)


def _generic(arguments: dict[str, Any], id: int) -> str:
    return json.dumps({"type": "tool_call", "id": id, "tool": "notes.save",
                       "args": arguments})


@pytest.mark.parametrize(("ws", "frame"), [({}, _jsonrpc), (GENERIC, _generic)],
                         ids=["jsonrpc", "generic"])
async def test_a_key_split_over_two_arguments_refuses_the_call(ws: dict[str, Any],
                                                              frame: Any) -> None:
    key = "".join(HALVES)
    async with running_gateway() as gw, running_relay(gw.url, ws, guards=SECRETS) as relay:
        async with connect(relay.url) as conn:
            await conn.send(frame({"title": HALVES[0], "body": HALVES[1]}, 1))
            refused = json.loads(await conn.recv())
            # Two values that make no key go on; a key within one value is masked there.
            await conn.send(frame({"title": HALVES[0], "body": "hello"}, 2))
            await conn.recv()
            await conn.send(frame({"title": f"use {key}", "body": "x"}, 3))
            await conn.recv()
        assert refused["id"] == 1 and "aws access key" in refused["error"]["message"]
        sent = [json.dumps(m) for m in gw.texts()]
        assert len(sent) == 2 and HALVES[1] not in sent[0] and key not in sent[1]
        assert "[REDACTED:aws" in sent[1]
        calls = [r for r in relay.records() if r.action.target.tool == "notes.save"]
        assert [r.verdict.decision for r in calls] == [
            Decision.BLOCK, Decision.ALLOW, Decision.ALLOW_WITH_REDACTION]
        assert [f.kind for f in calls[0].verdict.findings] == ["aws_access_key_id"]
