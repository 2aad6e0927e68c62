"""The LLM gateway announces a request's decision (its decision event: live views, the
decision log, metrics) once the request is written upstream, an answer's decision, and
its record, once the answer is written to the agent, and a stream's opening decision
once its first bytes are: none is on the agent's wait.
Each event is checked, as it is emitted, against what the sockets hold at that moment:
the bytes written on loopback are in the peer's receive queue when the write returns,
and nothing in this test's event loop has read them yet (the fake upstream and the
client run in it too). Also: the ledger still holds one record for the request and one
for its answer, and strict durability keeps the old order (each decision announced and
the answer's recorded before the gateway acts on it)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, closing
from pathlib import Path
from typing import Any

import pytest

from secproxy.events import DecisionEvent, RecordEvent
from secproxy.model import Direction
from tests.helpers import eventually, running_proxy

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

ANSWER = json.dumps({
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": "The build is green."}}],
    "usage": {"prompt_tokens": 9, "completion_tokens": 5, "total_tokens": 14}}).encode()
CHUNK = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000,
         "model": "m"}
STREAM = b"".join(b"data: %s\n\n" % json.dumps({**CHUNK, "choices": [
    {"index": 0, "delta": delta, "finish_reason": finish}]}).encode()
    for delta, finish in (({"role": "assistant", "content": ""}, None),
                          ({"content": "The build "}, None), ({"content": "is green."}, None),
                          ({}, "stop"))) + b"data: [DONE]\n\n"


def pending(sock: socket.socket | None) -> bool:
    """Whether bytes wait unread on `sock` (False: none, or no socket yet). Bytes written
    on loopback are queued to the peer as the write returns, unless the kernel left that
    to its softirq thread: a moment's wait for them then. Nothing more can come in that
    wait: the event loop that writes them is this one, held in the listener."""
    if sock is None:
        return False
    try:
        return bool(sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT))
    except BlockingIOError:
        pass
    sock.settimeout(0.2)
    try:
        return bool(sock.recv(1, socket.MSG_PEEK))
    except TimeoutError:
        return False
    finally:
        sock.setblocking(False)


def twin(writer: asyncio.StreamWriter) -> socket.socket:
    """A socket on the same connection as `writer`'s, to peek with."""
    fd = writer.get_extra_info("socket").fileno()
    return socket.socket(fileno=socket.dup(fd))


class Upstream:
    """A chat completions API answering every POST at once (raw HTTP/1.1, kept alive),
    keeping a twin of its side of each connection."""

    def __init__(self) -> None:
        self.sides: list[socket.socket] = []
        self.port = 0

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.sides.append(twin(writer))
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                body = await reader.readexactly(length)
                streamed = json.loads(body).get("stream")
                kind, answer = (b"text/event-stream", STREAM) if streamed else \
                    (b"application/json", ANSWER)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\n"
                             b"Content-Length: %d\r\n\r\n%s" % (kind, len(answer), answer))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def side(self) -> socket.socket | None:
        return self.sides[-1] if self.sides else None


@asynccontextmanager
async def gateway(tmp_path: Path, durability: str, guards: str = "configured"
                  ) -> AsyncIterator[tuple[Any, Upstream, list[tuple[str, str, bool]]]]:
    """A running proxy whose llm listener goes to an `Upstream`; the events' log: (kind,
    direction, whether the peer's socket held unread bytes when it was emitted)."""
    upstream = Upstream()
    server = await asyncio.start_server(upstream.serve, "127.0.0.1", 0)
    upstream.port = server.sockets[0].getsockname()[1]
    extra = {"upstreams": {"openai": {"url": f"http://127.0.0.1:{upstream.port}"}},
             "llm": {"default_upstream": "openai", "guards": guards},
             "audit": {"durability": durability},
             "listeners": {"egress": {"enabled": False}, "ws": {"enabled": False},
                           "api": {"enabled": False}}}
    try:
        async with running_proxy(tmp_path / "state", extra) as runtime:
            yield runtime, upstream, []
    finally:
        server.close()
        await server.wait_closed()
        for side in upstream.sides:
            side.close()


async def exchange(runtime: Any, upstream: Upstream, log: list[tuple[str, str, bool]],
                   stream: bool = False) -> bytes:
    """One chat completion through the gateway on a raw connection; every decision and
    record event of it logged with what the sockets held then (a request's: the
    upstream's side; an answer's: the client's)."""
    host, port = runtime.addresses()["llm"].rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    with closing(twin(writer)) as client:
        def heard(event: Any) -> None:
            if isinstance(event, DecisionEvent | RecordEvent):
                direction = event.action.direction
                peer = upstream.side() if direction is Direction.REQUEST else client
                log.append((event.kind, str(direction), pending(peer)))

        runtime.engine.bus.add_listener(heard, kinds={"decision", "record"})
        body = json.dumps({"model": "m", "stream": stream, "messages": [
            {"role": "user", "content": "Is the build green?"}]}).encode()
        writer.write(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                     % (len(body), body))
        head = await reader.readuntil(b"\r\n\r\n")
        if stream:  # chunked, one chunk per write: its end is an empty chunk
            answer = await reader.readuntil(b"\r\n0\r\n\r\n")
        else:
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            answer = await reader.readexactly(length)
        # the request's record follows its answer
        await eventually(lambda: sum(kind == "record" for kind, _, _ in log) >= 2,
                         message="both records")
        runtime.engine.bus.remove_listener(heard)
        writer.close()
        await writer.wait_closed()
    assert head.startswith(b"HTTP/1.1 200")
    return answer


async def test_the_decisions_are_announced_once_the_request_and_the_answer_are_written(
        tmp_path: Path) -> None:
    async with gateway(tmp_path, "batch") as (runtime, upstream, log):
        assert await exchange(runtime, upstream, log) == ANSWER
        # the first request needs a new upstream connection: announced before it is
        # made (other tasks run meanwhile), nothing there yet
        assert log[0] == ("decision", "request", False)
        # a second request on the kept-alive upstream connection: the first's bytes
        # have all been read there, so what waits on it is the second's
        log.clear()
        assert await exchange(runtime, upstream, log) == ANSWER
        got = list(log)
    assert got == [
        ("decision", "request", True),   # the request in the upstream's queue
        ("decision", "response", True),  # the answer in the client's
        ("record", "response", True),
        ("record", "request", False),    # (the upstream's answer read by then)
    ]


async def test_strict_durability_announces_and_records_before_acting(
        tmp_path: Path) -> None:
    async with gateway(tmp_path, "strict") as (runtime, upstream, log):
        assert await exchange(runtime, upstream, log) == ANSWER
        log.clear()
        assert await exchange(runtime, upstream, log) == ANSWER
        got = list(log)
    assert got == [
        ("decision", "request", False),
        ("decision", "response", False),
        ("record", "response", False),
        ("record", "request", False),
    ]


async def test_a_streams_opening_decision_is_announced_once_its_first_bytes_are_written(
        tmp_path: Path) -> None:
    async with gateway(tmp_path, "batch") as (runtime, upstream, log):
        await exchange(runtime, upstream, log, stream=True)
        log.clear()
        answer = await exchange(runtime, upstream, log, stream=True)
        got = list(log)
    assert b"The build " in answer and b"is green." in answer
    decisions = [(direction, held) for kind, direction, held in got if kind == "decision"]
    # the request in the upstream's queue; the stream's first bytes in the client's
    assert decisions == [("request", True), ("stream", True)]
    assert sorted(direction for kind, direction, _ in got if kind == "record") == \
        ["request", "stream"]


async def test_a_streams_opening_decision_is_announced_as_it_was_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # RV (session 20): announced after the first write, the opening decision's event
    # carried the first chunk's raw text (PII the stream guard only logs) to the live
    # views, and its provisional findings, counted again by the stream's end.
    text = "Call Jane on +1 415 555 0134, key AKIAZ3MHQXB7RT2WLPQE. " + "Logs are fine. " * 6
    monkeypatch.setattr(__import__(__name__, fromlist=["STREAM"]), "STREAM", b"".join(
        b"data: %s\n\n" % json.dumps({**CHUNK, "choices": [
            {"index": 0, "delta": delta, "finish_reason": finish}]}).encode()
        for delta, finish in (({"role": "assistant", "content": text}, None), ({}, "stop")))
        + b"data: [DONE]\n\n")
    async with gateway(tmp_path, "batch", guards="default") as (runtime, upstream, log):
        seen: list[DecisionEvent] = []
        runtime.engine.bus.add_listener(seen.append, kinds={"decision"})
        await exchange(runtime, upstream, log, stream=True)
    streams = [e for e in seen if e.action.direction is Direction.STREAM]
    opening, *updates = streams
    assert opening.added is None and opening.action.content is None
    assert str(opening.verdict.decision) == "allow" and opening.verdict.findings == []
    assert updates and all("0134" not in (e.action.content or "") for e in updates)
    found = [f.kind for e in streams for f in e.verdict.findings]
    assert found.count("aws_access_key_id") == 1
