"""The WebSocket handshake refusals are the same JSON as every other HTTP "no"."""

from __future__ import annotations

import json

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from secproxy.model import Surface
from tests.surfaces.ws_support import running_gateway, running_relay, until

pytestmark = pytest.mark.functional


async def test_a_blocked_principal_is_refused_with_json() -> None:
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        relay.engine.tracker.block("ip:127.0.0.1", duration=None, reason="quarantined",
                                   by="op")
        with pytest.raises(InvalidStatus) as info:
            async with connect(relay.url):
                pass
        response = info.value.response
        assert response.status_code == 403
        assert response.headers["Content-Type"] == "application/json"
        body = json.loads(response.body)
        assert body["error"] == "principal_blocked" and body["request_id"]
        assert "quarantined" in body["reason"]
        assert response.headers["X-Secproxy-Request-Id"] == body["request_id"]
        records = await until(lambda: [r for r in relay.records()
                                       if r.action.surface is Surface.WS],
                              what="connection record")
        assert records[0].action.request_id == body["request_id"]
        assert records[0].outcome.status == 403
        assert not gw.connections


async def test_the_gateways_refusal_is_passed_on_as_json() -> None:
    async with running_gateway(require=("X-Token", "right")) as gw, \
            running_relay(gw.url) as relay:
        with pytest.raises(InvalidStatus) as info:
            async with connect(relay.url):
                pass
        response = info.value.response
        assert response.status_code == 403
        assert response.headers["Content-Type"] == "application/json"
        body = json.loads(response.body)
        assert body == {"error": "gateway_refused", "rule": None,
                        "reason": "the gateway refused the connection (HTTP 403)",
                        "request_id": body["request_id"]}
        records = await until(relay.records, what="connection record")
        assert records[0].outcome.status == 403
