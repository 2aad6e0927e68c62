"""The WebSocket relay as a relay: frames, handshakes, closes, reconnection, limits."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed, ConnectionClosedError, InvalidStatus
from websockets.http11 import Request

from secproxy.config import load_config
from secproxy.errors import ConfigError
from secproxy.surfaces.ws.frames import TextSlots
from secproxy.surfaces.ws.upstream import resolve_upstream, retry_delay
from tests.surfaces.ws_support import (
    Gateway,
    call,
    relay_config,
    running_gateway,
    running_relay,
    until,
)

pytestmark = pytest.mark.functional


async def test_text_and_binary_frames_relayed_byte_for_byte() -> None:
    frames: list[str | bytes] = [
        "héllo ✓ not json {",
        bytes(range(256)) * 64,
        b"\xff\xfe binary \x00 with nulls",
        "",
        # Each length encoding of the frame header (7-bit, 16-bit, 64-bit), at its edges.
        "a" * 125, "b" * 126, bytes(4095), b"c" * 4096, "d" * 65535, b"e" * 65536,
        "f" * 300_000,
    ]
    async with running_gateway() as gw, running_relay(gw.url, {"adapter": "raw"}) as relay:
        async with connect(relay.url, compression=None) as ws:
            for frame in frames:
                await ws.send(frame)
                assert await ws.recv() == frame
    assert gw.received == frames
    assert all(type(a) is type(b) for a, b in zip(gw.received, frames, strict=True))


async def test_compressed_links_relay_frames_byte_for_byte() -> None:
    frames: list[str | bytes] = ["small", "z" * 70_000, bytes(range(256)) * 300]
    async with running_gateway(compression="deflate") as gw, \
            running_relay(gw.url, {"adapter": "raw", "compression": True}) as relay:
        async with connect(relay.url, compression="deflate") as ws:
            assert ws.protocol.extensions  # permessage-deflate negotiated on this hop
            for frame in frames:
                await ws.send(frame)
                assert await ws.recv() == frame
        assert gw.connections[0].protocol.extensions  # and on the gateway hop
    assert gw.received == frames


async def test_fragmented_messages_are_relayed_whole() -> None:
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        async with connect(relay.url, compression=None) as ws:
            text = call("echo", {"x": "é" * 10})
            await ws.send([text[:7], text[7:20], text[20:]])  # one message, three frames
            answer = json.loads(await ws.recv())
            await ws.send([b"\x00\x01", b"", b"\x02"])
            # Binary but not JSON: answered as malformed, still one message.
            malformed = json.loads(await ws.recv())
    assert gw.received[0] == text
    assert answer["id"] == 1 and "ran echo" in answer["result"]["content"][0]["text"]
    assert malformed["error"]["code"] == -32700
    frames = [r for r in relay.records() if r.action.target.method != "CONNECT"]
    assert len(frames) == 3  # the call, its result, the malformed binary message


async def test_invalid_utf8_in_a_text_frame_closes_1007() -> None:
    async with running_gateway() as gw, running_relay(gw.url, {"adapter": "raw"}) as relay:
        async with connect(relay.url) as ws:
            await ws.send(b"\xff\xfe not utf-8", text=True)
            with pytest.raises(ConnectionClosedError) as info:
                await ws.recv()
        assert info.value.rcvd is not None and info.value.rcvd.code == 1007
        async with connect(relay.url) as ws:  # the listener carries on
            await ws.send("fine")
            assert await ws.recv() == "fine"
    assert gw.received == ["fine"]


async def test_gateway_messages_keep_their_order_around_greetings_and_closes() -> None:
    async def gateway(conn: ServerConnection) -> None:
        await conn.send("hello from the gateway")  # before the client said anything
        msg = await conn.recv()
        await conn.send(f"last words about {msg}")
        await conn.close(4003, "gateway finished")

    async with serve(gateway, "127.0.0.1", 0, ping_interval=None) as server:
        port = server.sockets[0].getsockname()[1]
        async with running_relay(f"ws://127.0.0.1:{port}", {"adapter": "raw"}) as relay:
            async with connect(relay.url) as ws:
                assert await ws.recv() == "hello from the gateway"
                await ws.send("x")
                assert await ws.recv() == "last words about x"
                with pytest.raises(ConnectionClosed) as info:
                    await ws.recv()
    assert info.value.rcvd is not None
    assert (info.value.rcvd.code, info.value.rcvd.reason) == (4003, "gateway finished")


async def test_jsonrpc_frames_keep_their_exact_bytes() -> None:
    odd = '{ "id" : 7,"method":"tools/call" ,"jsonrpc":"2.0", "params":{"name":"echo",' \
          '"arguments":{"x":1.50,"u":"\\u00e9"}}}'
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        async with connect(relay.url) as ws:
            await ws.send(odd)
            answer = json.loads(await ws.recv())
            await ws.send(odd.encode())  # binary frames holding JSON stay binary
            await ws.recv()
    assert gw.received[0] == odd
    assert gw.received[1] == odd.encode()
    assert answer["id"] == 7 and "ran echo" in answer["result"]["content"][0]["text"]
    kinds = [r.action.target.method for r in relay.records()]
    assert kinds.count("tools/call") == 2 and "CONNECT" in kinds


async def test_subprotocols_and_selected_headers_pass_through() -> None:
    async with running_gateway(subprotocols=["mcp.v2", "mcp.v1"]) as gw, \
            running_relay(gw.url) as relay:
        headers = {"Authorization": "Bearer abc", "X-Not-Forwarded": "1"}
        async with connect(relay.url + "/agent/x?room=5", subprotocols=["mcp.v1", "other"],
                           additional_headers=headers) as ws:
            assert ws.subprotocol == "mcp.v1"
            await ws.send(call("echo", id=1))
            await ws.recv()
        seen = gw.requests[0]
        assert seen["Authorization"] == "Bearer abc"
        assert "X-Not-Forwarded" not in seen
        assert gw.connections[0].request.path == "/agent/x?room=5"


async def test_close_codes_and_reasons_propagate_both_ways() -> None:
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        async with connect(relay.url) as ws:
            await ws.close(4001, "client says bye")
        await until(lambda: gw.closes, what="gateway saw the close")
        assert gw.closes[0] == (4001, "client says bye")

        async with connect(relay.url) as ws:
            await ws.send(json.dumps({"jsonrpc": "2.0", "method": "gw/close",
                                      "params": {"code": 4002, "reason": "gateway done"}}))
            with pytest.raises(ConnectionClosed) as info:
                await ws.recv()
        assert info.value.rcvd is not None
        assert (info.value.rcvd.code, info.value.rcvd.reason) == (4002, "gateway done")


async def test_a_credential_in_the_clients_close_reason_is_masked() -> None:
    # 123 bytes of close reason that no frame decision reads: room for a key to leave
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        async with connect(relay.url) as ws:
            await ws.close(4001, "bye AKIAZ7QX4PLM2N8B5RTY")
        await until(lambda: gw.closes, what="gateway saw the close")
    assert gw.closes[0] == (4001, "bye [REDACTED:aws-key]")  # before: the key itself


async def test_a_credential_in_the_gateways_close_reason_is_masked() -> None:
    async with running_gateway() as gw, running_relay(gw.url) as relay:
        async with connect(relay.url) as ws:
            await ws.send(json.dumps({"jsonrpc": "2.0", "method": "gw/close", "params": {
                "code": 4002, "reason": "done AKIAZ7QX4PLM2N8B5RTY"}}))
            with pytest.raises(ConnectionClosed) as info:
                await ws.recv()
    assert info.value.rcvd is not None
    assert (info.value.rcvd.code, info.value.rcvd.reason) == (4002, "done [REDACTED:aws-key]")


async def test_gateway_down_at_connect_gives_a_clear_close() -> None:
    gw = await Gateway().start()
    url = gw.url
    await gw.stop()
    async with running_relay(url) as relay:
        async with connect(relay.url) as ws:
            with pytest.raises(ConnectionClosedError) as info:
                await ws.recv()
        assert info.value.rcvd is not None
        assert info.value.rcvd.code == 1011
        assert "gateway unavailable" in info.value.rcvd.reason
        record = await until(relay.records, what="connection record")
        assert record[0].outcome.status == 1011


async def test_gateway_refusing_the_handshake_gives_its_status() -> None:
    async with running_gateway(require=("X-Token", "right")) as gw, \
            running_relay(gw.url) as relay:
        with pytest.raises(InvalidStatus) as info:
            async with connect(relay.url):
                pass
        assert info.value.response.status_code == 403


async def test_gateway_drop_mid_session_reconnects() -> None:
    ws_cfg = {"retry_delay_ms": 10, "max_retries": 20, "retry_jitter": 0}
    async with running_gateway() as gw, running_relay(gw.url, ws_cfg) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("echo", {"n": 1}, id=1))
            assert json.loads(await ws.recv())["id"] == 1
            await ws.send(json.dumps({"jsonrpc": "2.0", "method": "gw/drop"}))
            await until(lambda: len(gw.connections) == 2, what="reconnection")
            await ws.send(call("echo", {"n": 2}, id=2))
            assert json.loads(await ws.recv())["id"] == 2
        records = await until(lambda: [r for r in relay.records()
                                       if r.action.target.method == "CONNECT"])
        assert records[0].action.metadata["reconnects"] == 1


async def test_client_frames_wait_while_the_gateway_restarts() -> None:
    ws_cfg = {"retry_delay_ms": 20, "max_retry_delay_ms": 50, "max_retries": 200,
              "retry_jitter": 0}
    first = await Gateway().start()
    port = first.port
    async with running_relay(first.url, ws_cfg) as relay:
        async with connect(relay.url) as ws:
            await ws.send(call("echo", id=1))
            await ws.recv()
            await first.stop()  # closes with 1001: the relay starts reconnecting
            await ws.send(call("echo", {"sent": "while down"}, id=2))
            await ws.send(call("echo", {"sent": "also while down"}, id=3))
            second = await Gateway().start(port)
            try:
                answers = [json.loads(await ws.recv()) for _ in range(2)]
            finally:
                await second.stop()
    assert [a["id"] for a in answers] == [2, 3]
    assert [m["id"] for m in second.texts()] == [2, 3]


async def test_retries_exhausted_closes_the_client_with_1011() -> None:
    ws_cfg = {"retry_delay_ms": 5, "max_retries": 3, "retry_jitter": 0}
    gw = await Gateway().start()
    async with running_relay(gw.url, ws_cfg) as relay:
        async with connect(relay.url) as ws:
            await gw.stop()
            with pytest.raises(ConnectionClosedError) as info:
                await ws.recv()
    assert info.value.rcvd is not None
    assert info.value.rcvd.code == 1011
    assert "after 3 reconnection attempts" in info.value.rcvd.reason


async def test_oversized_frame_closes_1009_and_other_clients_carry_on() -> None:
    async with running_gateway() as gw, running_relay(gw.url, {"adapter": "raw"}) as relay:
        async with connect(relay.url) as other:
            # Not a context manager: closing a client whose 10 MB write was cut short trips
            # an asyncio transport bug in the *client*; the connection is closed already.
            big = await connect(relay.url, max_size=None)
            await big.send(b"x" * (10 * 1024 * 1024))
            with pytest.raises(ConnectionClosedError) as info:
                await big.recv()
            assert info.value.rcvd is not None and info.value.rcvd.code == 1009
            await other.send("still here")
            assert await other.recv() == "still here"
        async with connect(relay.url) as again:
            await again.send("new client")
            assert await again.recv() == "new client"
    assert all(len(m) < 1024 for m in gw.received)


async def test_slow_client_pushes_back_instead_of_buffering() -> None:
    frame = b"y" * (256 * 1024)
    total = 400  # 100 MiB: far more than socket buffers and relay queues together
    sent = 0
    async with running_gateway() as gw, running_relay(gw.url, {"adapter": "raw"}) as relay:
        async with connect(relay.url, max_queue=4) as ws:
            await ws.send("start")
            assert await ws.recv() == "start"
            gw_side = gw.connections[0]

            async def flood() -> None:
                nonlocal sent
                for _ in range(total):
                    await gw_side.send(frame)
                    sent += 1

            task = asyncio.create_task(flood())
            last = -1
            while sent != last:  # wait until the gateway is stuck on a full pipe
                last = sent
                await asyncio.sleep(0.2)
            assert sent < total // 2, f"{sent} frames were taken although the client reads none"
            got = 0
            while got < total:
                assert await ws.recv() == frame
                got += 1
            await task


def test_reconnect_delays_grow_exponentially_with_bounded_jitter() -> None:
    cfg = load_config(text=relay_config("ws://127.0.0.1:1", {
        "retry_delay_ms": 100, "max_retry_delay_ms": 1000, "retry_jitter": 0.5}), env={})
    ws = cfg.config.ws
    assert [retry_delay(i, ws, rand=lambda: 0.5) for i in range(6)] == \
        [0.1, 0.2, 0.4, 0.8, 1.0, 1.0]
    assert retry_delay(0, ws, rand=lambda: 0.0) == pytest.approx(0.05)
    assert retry_delay(0, ws, rand=lambda: 1.0) == pytest.approx(0.15)
    assert retry_delay(9, ws, rand=lambda: 1.0) == 1.0  # never past the cap


def test_upstream_paths() -> None:
    def uri(upstream: str, path: str) -> str:
        ws = load_config(text=relay_config(upstream), env={}).config.ws
        return resolve_upstream(ws, path).uri

    assert uri("ws://gw:1", "/") == "ws://gw:1/"
    assert uri("ws://gw:1", "/mcp?x=1") == "ws://gw:1/mcp?x=1"
    assert uri("ws://gw:1/base", "/") == "ws://gw:1/base"
    assert uri("ws://gw:1/base/", "/a") == "ws://gw:1/base/a"
    unix = resolve_upstream(load_config(text=relay_config("unix:/run/gw.sock"), env={})
                            .config.ws, "/mcp")
    assert (unix.unix_path, unix.uri, unix.host) == ("/run/gw.sock", "ws://localhost/mcp", None)


def test_sanitized_text_goes_back_into_its_strings() -> None:
    obj = {"a": "one\ntwo", "b": ["three", {"c": "four"}]}
    slots = TextSlots()
    slots.collect({"x": obj}, "x")
    assert slots.text() == "one\ntwo\nthree\nfour"
    slots.apply("one\n[X]\nthree\nf[Y]")
    assert obj == {"a": "one\n[X]", "b": ["three", {"c": "f[Y]"}]}
    slots.apply("all\none")  # a guard changed the line count: masks kept, layout lost
    assert obj == {"a": "all\none", "b": ["", {"c": ""}]}


@pytest.mark.parametrize("ws, message", [
    ({"redact_patterns": [{"name": "k", "pattern": "("}]}, "not a valid regular expression"),
    ({"redact_patterns": [{"name": "k", "pattern": "a*"}]}, "matches the empty string"),
    ({"lock": {"strategy": "validation_token"}}, "needs `token` or `token_env`"),
    ({"upstream": "http://gw"}, "expected ws://"),
    ({"adapter": "xml"}, "adapter"),
    ({"max_retries": -1}, "max_retries"),
    ({"bogus": 1}, "bogus"),
])
def test_ws_settings_are_validated(ws: dict[str, Any], message: str) -> None:
    text = json.dumps({"ws": {"upstream": "ws://127.0.0.1:1", **ws}})
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(text=text, env={})


async def test_client_leaving_during_the_handshake_closes_the_gateway_side() -> None:
    reached = asyncio.Event()
    release = asyncio.Event()
    closed: list[int | None] = []

    async def slow(conn: ServerConnection, request: Request) -> None:
        reached.set()
        await release.wait()

    async def handler(ws: ServerConnection) -> None:
        try:
            await ws.wait_closed()
        finally:
            closed.append(ws.close_code)

    async with serve(handler, "127.0.0.1", 0, process_request=slow) as gateway:
        port = gateway.sockets[0].getsockname()[1]
        async with running_relay(f"ws://127.0.0.1:{port}") as relay:
            host, relay_port = relay.service.address.rsplit(":", 1)
            _, writer = await asyncio.open_connection(host, int(relay_port))
            writer.write(b"GET / HTTP/1.1\r\nHost: relay\r\nUpgrade: websocket\r\n"
                         b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         b"Sec-WebSocket-Version: 13\r\n\r\n")
            await writer.drain()
            await reached.wait()
            writer.close()
            await writer.wait_closed()
            release.set()
            await until(lambda: closed, what="gateway side closed")
            records = await until(lambda: [r for r in relay.records() if r.outcome.error])
            assert "handshake" in (records[0].outcome.error or "")
