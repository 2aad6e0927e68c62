"""The WebSocket relay against a misbehaving gateway: failures it must turn into a
clean close instead of a connection that hangs."""

from __future__ import annotations

import json

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosedError
from websockets.http11 import Request, Response

from secproxy.events import RecordEvent
from tests.surfaces.ws_support import Gateway, call, running_relay, until

pytestmark = pytest.mark.functional


class RedirectingGateway(Gateway):
    """Serves the first connection, then answers every handshake with a redirect to a
    URI that is not a WebSocket one."""

    def _check(self, conn: ServerConnection, request: Request) -> Response | None:
        if not self.connections:
            return None
        response = conn.respond(302, "moved\n")
        response.headers["Location"] = "http://127.0.0.1:1/elsewhere"
        return response


async def test_reconnect_failing_oddly_closes_the_client_instead_of_hanging() -> None:
    ws_cfg = {"retry_delay_ms": 5, "max_retries": 3, "retry_jitter": 0}
    gw = await RedirectingGateway().start()
    try:
        async with running_relay(gw.url, ws_cfg) as relay, connect(relay.url) as ws:
            await ws.send(call("echo", id=1))
            assert json.loads(await ws.recv())["id"] == 1
            await ws.send(json.dumps({"jsonrpc": "2.0", "method": "gw/drop"}))
            await ws.send(call("echo", id=2))  # waits for a gateway that never comes back
            with pytest.raises(ConnectionClosedError) as info:
                await ws.recv()
    finally:
        await gw.stop()
    assert info.value.rcvd is not None and info.value.rcvd.code == 1011
    assert "after 3 reconnection attempts" in info.value.rcvd.reason


class ForwardingGateway(Gateway):
    """Answers every handshake with a redirect to another (working) gateway."""

    def __init__(self, target: str):
        super().__init__()
        self.target = target

    def _check(self, conn: ServerConnection, request: Request) -> Response | None:
        self.requests.append(request.headers)
        response = conn.respond(302, "moved\n")
        response.headers["Location"] = self.target
        return response


async def test_gateway_redirects_are_not_followed() -> None:
    elsewhere = await Gateway().start()
    gw = await ForwardingGateway(elsewhere.url + "/other").start()
    lock = {"lock": {"strategy": "validation_token", "token": "s3cret-token-value",
                     "enforce": False}}
    try:
        async with running_relay(gw.url, lock) as relay, connect(relay.url) as ws:
            with pytest.raises(ConnectionClosedError) as info:
                await ws.recv()
            records: list[RecordEvent] = []
            await until(lambda: records.extend(relay.records()) or records,
                        what="the connection's record")
    finally:
        await gw.stop()
        await elsewhere.stop()
    assert gw.requests  # the relay did try the configured gateway
    assert elsewhere.requests == []  # and never went where it was sent (with the token)
    assert info.value.rcvd is not None and info.value.rcvd.code == 1011
    assert "redirect" in info.value.rcvd.reason
    assert any("redirects are not followed" in (r.outcome.error or "") for r in records)
