"""The WebSocket relay against a misbehaving gateway: failures it must turn into a
clean close instead of a connection that hangs."""

from __future__ import annotations

import contextlib
import json

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed, ConnectionClosedError
from websockets.frames import Frame, Opcode
from websockets.http11 import Request, Response

from secproxy.events import RecordEvent
from tests.surfaces.ws_support import Gateway, Relay, call, running_relay, until

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


class OversizeGateway(Gateway):
    """Answers every call with a message the relay must refuse: over its size limit, or
    a text frame that is not UTF-8."""

    def __init__(self, answer: bytes, opcode: Opcode):
        super().__init__()
        self.answer = answer
        self.opcode = opcode

    async def _handler(self, ws: ServerConnection) -> None:
        self.connections.append(ws)
        with contextlib.suppress(ConnectionClosed):
            async for msg in ws:
                self.received.append(msg)
                ws.protocol.send_frame(Frame(self.opcode, self.answer))
                ws.send_data()


def connection_record(relay: Relay) -> RecordEvent | None:
    return next((r for r in relay.records() if r.action.target.method == "CONNECT"), None)


@pytest.mark.parametrize(("answer", "opcode", "why"), [
    (b'"' + b"A" * 70_000 + b'"', Opcode.TEXT, "1009"),
    (b'{"jsonrpc": "2.0", "id": 1, "result": "\xff"}', Opcode.TEXT, "1007"),
], ids=["over max_frame_bytes", "invalid utf-8"])
async def test_a_gateway_message_the_relay_refuses_closes_the_client(
        answer: bytes, opcode: Opcode, why: str) -> None:
    gw = await OversizeGateway(answer, opcode).start()
    try:
        async with running_relay(gw.url, {"max_frame_bytes": 65536, "retry_delay_ms": 5}
                                 ) as relay, connect(relay.url) as ws:
            await ws.send(call("echo", id=1))
            with pytest.raises(ConnectionClosedError) as info:
                await ws.recv()  # before: the relay reconnected and the call waited for ever
            record = await until(lambda: connection_record(relay), what="the record")
    finally:
        await gw.stop()
    assert info.value.rcvd is not None and info.value.rcvd.code == 1011
    assert info.value.rcvd.reason.startswith(f"gateway connection failed: {why}")
    assert len(gw.connections) == 1  # not reconnected to be sent the same again
    assert record.outcome.error is not None and why in record.outcome.error
