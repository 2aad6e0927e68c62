"""Rate limits on the WebSocket relay: only the client's frames use them up, unless the
rule's limit says to count the gateway's frames too."""

from __future__ import annotations

import json
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect

from secproxy.model import Decision, Direction
from tests.surfaces.ws_support import Relay, call, running_gateway, running_relay

pytestmark = pytest.mark.functional


def limited(**policy: Any) -> list[dict[str, Any]]:
    """The handshake (method CONNECT) has its own rule, so only frames meet the limit."""
    return [{"name": "handshake", "surfaces": ["ws"], "methods": ["CONNECT"], "action": "allow"},
            {"name": "ws-rate", "surfaces": ["ws"], "action": "allow",
             "policies": [{"type": "rate_limit", "max_requests": 2, "window": "1m", **policy}]}]


async def recv_json(ws: ClientConnection) -> Any:
    return json.loads(await ws.recv())


def frame_decisions(relay: Relay) -> list[tuple[Direction, Decision]]:
    return [(r.action.direction, r.verdict.decision) for r in relay.records()
            if r.action.target.method != "CONNECT"]


async def test_response_frames_do_not_use_up_a_request_rate_limit() -> None:
    # Regression: request, response frame, request used to be allow, allow, block.
    async with running_gateway() as gw, running_relay(gw.url, rules=limited()) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("calc.add", {"a": 1}, id=1))
            first = await recv_json(ws)
            await ws.send(call("calc.add", {"a": 2}, id=2))
            second = await recv_json(ws)
        assert first["id"] == 1 and "result" in first
        assert second["id"] == 2 and "result" in second, second
        assert frame_decisions(relay) == [
            (Direction.REQUEST, Decision.ALLOW),
            (Direction.RESPONSE, Decision.ALLOW),
            (Direction.REQUEST, Decision.ALLOW),
            (Direction.RESPONSE, Decision.ALLOW),
        ]


async def test_the_third_request_meets_the_limit() -> None:
    async with running_gateway() as gw, running_relay(gw.url, rules=limited()) as relay:
        async with connect(relay.url) as ws:
            for i in (1, 2, 3):
                await ws.send(call("calc.add", {"a": i}, id=i))
            answers = sorted([await recv_json(ws) for _ in range(3)], key=lambda a: a["id"])
        assert ["result" in a for a in answers] == [True, True, False]
        assert answers[2]["error"]["data"]["category"] == "rate_limit"
        assert [m["id"] for m in gw.texts()] == [1, 2]


async def test_a_limit_that_counts_responses_counts_both_directions() -> None:
    rules = limited(count=["request", "response"])
    async with running_gateway() as gw, running_relay(gw.url, rules=rules) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("calc.add", {"a": 1}, id=1))
            first = await recv_json(ws)
            await ws.send(call("calc.add", {"a": 2}, id=2))
            second = await recv_json(ws)
        assert "result" in first
        assert second["error"]["data"]["category"] == "rate_limit"
        assert frame_decisions(relay) == [
            (Direction.REQUEST, Decision.ALLOW),
            (Direction.RESPONSE, Decision.ALLOW),
            (Direction.REQUEST, Decision.BLOCK),
        ]


async def test_a_rule_for_one_direction_leaves_the_other_to_later_rules() -> None:
    rules = [{"name": "no-answers-with-ran", "surfaces": ["ws"], "directions": ["response"],
              "action": "deny", "reason": "results are held back"}]
    async with running_gateway() as gw, running_relay(gw.url, rules=rules) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("calc.add", {"a": 1}, id=1))
            answer = await recv_json(ws)
        assert [m["id"] for m in gw.texts()] == [1], "the request matched no rule: allowed"
        assert "results are held back" in answer["error"]["message"]
        assert frame_decisions(relay) == [
            (Direction.REQUEST, Decision.ALLOW),
            (Direction.RESPONSE, Decision.BLOCK),
        ]
