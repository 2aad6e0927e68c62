"""The mcp listener's front as the sink of an event-stream answer: the head waits a
moment for the stream's first piece and goes out with it (an answer decided at once is
one write: head, event and end), alone when the stream goes quiet (`flush`) or when its
first piece takes longer than the hold."""

from __future__ import annotations

import asyncio
from typing import Any

from secproxy.config.types import HttpListener
from secproxy.model import Surface
from secproxy.surfaces.hot import FrontGate
from secproxy.surfaces.mcp.front import McpFront
from tests.helpers import eventually

EVENT = b'event: message\ndata: {"jsonrpc": "2.0", "id": 1, "result": {}}\n\n'


class Wire(asyncio.Transport):
    """A client connection that keeps what is written to it, write by write."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: Any) -> None:
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return ("127.0.0.1", 40000) if name == "peername" else default

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


def front() -> tuple[McpFront, Wire]:
    # (no request here runs out of time: no record, no engine)
    gate = FrontGate("mcp", HttpListener(port=0), None, Surface.MCP)  # type: ignore[arg-type]
    sink = McpFront({}, asyncio.Protocol, gate)  # type: ignore[arg-type]
    wire = Wire()
    sink.connection_made(wire)
    return sink, wire


async def test_an_event_stream_decided_at_once_is_one_write() -> None:
    sink, wire = front()
    try:
        await sink.start(200, {"Content-Type": "text/event-stream"})
        assert wire.writes == []
        await sink.end(EVENT)
        [answer] = wire.writes
        assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
        assert b"Transfer-Encoding: chunked\r\n" in answer
        assert answer.endswith(b"\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(EVENT), EVENT))
    finally:
        sink.connection_lost(None)


async def test_the_head_goes_alone_when_the_stream_goes_quiet() -> None:
    sink, wire = front()
    try:
        await sink.start(200, {"Content-Type": "text/event-stream"})
        await sink.flush()
        assert len(wire.writes) == 1 and wire.writes[0].endswith(b"\r\n\r\n")
        await sink.write(EVENT)
        await sink.end()
        assert wire.writes[1:] == [b"%x\r\n%s\r\n" % (len(EVENT), EVENT), b"0\r\n\r\n"]
    finally:
        sink.connection_lost(None)


async def test_the_head_does_not_wait_for_a_first_piece_that_takes_long() -> None:
    sink, wire = front()
    try:
        await sink.start(200, {"Content-Type": "text/event-stream"})
        await eventually(lambda: wire.writes, timeout=10, message="the head")
        [head] = wire.writes
        assert head.startswith(b"HTTP/1.1 200 OK\r\n") and head.endswith(b"\r\n\r\n")
        await sink.end(EVENT)
        assert wire.writes[1] == b"%x\r\n%s\r\n0\r\n\r\n" % (len(EVENT), EVENT)
    finally:
        sink.connection_lost(None)


async def test_an_exchange_that_fails_before_its_head_went_out_is_answered_500() -> None:
    # RV (session 20): the held head was dropped and the connection closed with no
    # status at all; the failure can still be told, since nothing of the answer went
    from secproxy.surfaces.base import HotRequest

    class Failing:
        name = "files"

        async def exchange(self, *args: Any) -> None:
            sink = args[-1]
            await sink.start(200, {"Content-Type": "text/event-stream"})
            raise RuntimeError("the upstream broke before its first event")

    sink, wire = front()
    await sink._answer(Failing(), HotRequest(("127.0.0.1", 40000), {}, b"{}"))
    assert wire.writes and wire.writes[0].startswith(b"HTTP/1.1 500")
    assert not any(w.startswith(b"HTTP/1.1 200") for w in wire.writes)
