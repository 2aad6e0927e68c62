"""The relay reads a client's frames as websockets does, whatever their cut: several in
one read, one cut across reads, the 16- and 64-bit lengths, control frames and fragments
between data frames; and a frame breaking a rule closes the connection with the code
websockets gives it (1002, 1007, 1009), the frames before it relayed. A raw client
writes the bytes, so each test decides how the stream is cut."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import struct
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from tests.surfaces.ws_support import call, running_gateway, running_relay

pytestmark = pytest.mark.functional

TEXT, BINARY, CONT, CLOSE, PING, PONG = 1, 2, 0, 8, 9, 10


def frame(opcode: int, payload: bytes, *, fin: bool = True, rsv: int = 0,
          masked: bool = True, wide: bool = False) -> bytes:
    """One client frame (`wide`: the 64-bit length form even for a short payload)."""
    head = bytes([(0x80 if fin else 0) | rsv << 4 | opcode])
    bit = 0x80 if masked else 0
    n = len(payload)
    if wide:
        head += bytes([bit | 127]) + struct.pack("!Q", n)
    elif n < 126:
        head += bytes([bit | n])
    elif n < 65536:
        head += bytes([bit | 126]) + struct.pack("!H", n)
    else:
        head += bytes([bit | 127]) + struct.pack("!Q", n)
    if not masked:
        return head + payload
    key = os.urandom(4)
    return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def text(i: int, pad: int = 0) -> bytes:
    return frame(TEXT, call("echo", {"n": i, "pad": "x" * pad}, id=i).encode())


class RawClient:
    """A client speaking RFC 6455 by hand over one TCP connection."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader = reader
        self.writer = writer

    async def send(self, *pieces: bytes) -> None:
        """Write each piece apart (the relay reads them as separate reads, mostly)."""
        for piece in pieces:
            self.writer.write(piece)
            await self.writer.drain()
            if len(pieces) > 1:
                await asyncio.sleep(0.01)  # cut the stream here, not a wait for a result

    async def frame(self) -> tuple[int, bytes]:
        first, second = await self.reader.readexactly(2)
        n = second & 0x7F
        if n == 126:
            (n,) = struct.unpack("!H", await self.reader.readexactly(2))
        elif n == 127:
            (n,) = struct.unpack("!Q", await self.reader.readexactly(8))
        return first & 0x0F, await self.reader.readexactly(n)

    async def answer(self) -> Any:
        opcode, payload = await asyncio.wait_for(self.frame(), 10)
        assert opcode == TEXT, (opcode, payload)
        return json.loads(payload)

    async def close_code(self) -> int:
        """The code of the close frame the relay sends (data frames before it skipped)."""
        while True:
            opcode, payload = await asyncio.wait_for(self.frame(), 10)
            if opcode == CLOSE:
                return int(struct.unpack("!H", payload[:2])[0])


@asynccontextmanager
async def raw_client(ws: dict[str, Any] | None = None) -> AsyncIterator[RawClient]:
    async with running_gateway() as gw, running_relay(gw.url, ws) as relay:
        host, port = relay.service.address.rsplit(":", 1)
        reader, writer = await asyncio.open_connection(host, int(port))
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write(f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                     f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n".encode())
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        assert head.startswith(b"HTTP/1.1 101"), head
        try:
            yield RawClient(reader, writer)
        finally:
            writer.close()


async def test_frames_are_relayed_however_the_stream_is_cut() -> None:
    async with raw_client() as client:
        # three in one read
        await client.send(text(1) + text(2) + text(3))
        assert [(await client.answer())["id"] for _ in range(3)] == [1, 2, 3]
        # one cut inside its header, its mask and its payload
        whole = text(4)
        await client.send(whole[:1], whole[1:4], whole[4:9], whole[9:])
        assert (await client.answer())["id"] == 4
        # the 16-bit length, the 64-bit length (for a short frame too), a frame whose
        # end comes with the next one's start
        wide = frame(TEXT, call("echo", {"n": 7}, id=7).encode(), wide=True)
        pieces = text(5, pad=300) + text(6, pad=70_000) + wide + text(8)
        await client.send(pieces[:500], pieces[500:-20], pieces[-20:])
        assert [(await client.answer())["id"] for _ in range(4)] == [5, 6, 7, 8]


async def test_control_frames_and_fragments_between_data_frames() -> None:
    async with raw_client() as client:
        ping = frame(PING, b"are you there")
        await client.send(text(1) + ping + text(2))
        got = [await asyncio.wait_for(client.frame(), 10) for _ in range(3)]
        assert (PONG, b"are you there") in got
        ids = [json.loads(p)["id"] for op, p in got if op == TEXT]
        assert ids == [1, 2]
        message = call("echo", {"n": 3}, id=3).encode()
        fragments = (frame(TEXT, message[:10], fin=False) + frame(CONT, message[10:20], fin=False)
                     + frame(CONT, message[20:]))
        await client.send(fragments + text(4))
        assert [(await client.answer())["id"] for _ in range(2)] == [3, 4]


@pytest.mark.parametrize(("bad", "code"), [
    (frame(TEXT, b'{"jsonrpc": "2.0"}', rsv=4), 1002),
    (frame(TEXT, call("echo", id=9).encode(), masked=False), 1002),
    (frame(3, b"reserved opcode"), 1002),
    (frame(CONT, b"no message begun"), 1002),
    (frame(TEXT, b"not \xff utf-8"), 1007),
    (frame(TEXT, b"x" * 2000), 1009),
], ids=["rsv1 without an extension", "unmasked", "reserved opcode", "lone continuation",
        "not utf-8", "over max_frame_bytes"])
async def test_a_frame_breaking_a_rule_closes_with_websockets_code(bad: bytes, code: int
                                                                  ) -> None:
    async with raw_client({"max_frame_bytes": 1000}) as client:
        await client.send(text(1))
        assert (await client.answer())["id"] == 1
        # a good frame, read here, then the bad one in the same read
        await client.send(text(2) + bad + text(3))
        assert await client.close_code() == code


async def test_a_text_frame_started_then_a_new_message_closes_1002() -> None:
    async with raw_client() as client:
        await client.send(frame(TEXT, b'{"jsonrpc": ', fin=False) + text(1))
        assert await client.close_code() == 1002
