"""The control socket against hostile clients: absurd lines, clients that vanish in the
middle of a subscribe, and clients that never read the event stream."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from secproxy.config import load_config
from secproxy.control import protocol
from secproxy.control.client import ControlClient
from secproxy.model import Action, Principal, Surface, Target
from secproxy.runtime import Runtime
from tests.helpers import eventually, proxy_config, running_proxy

pytestmark = pytest.mark.functional


def tool_call(tool: str) -> Action:
    return Action(surface=Surface.TOOL, target=Target(tool=tool), principal=Principal(user="a"))


async def receive(reader: asyncio.StreamReader) -> dict[str, Any]:
    line = await asyncio.wait_for(reader.readline(), 10)
    assert line, "the server closed the connection"
    msg: dict[str, Any] = json.loads(line)
    return msg


@contextlib.asynccontextmanager
async def raw(path: Any) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    reader, writer = await asyncio.open_unix_connection(str(path))
    try:
        yield reader, writer
    finally:
        writer.transport.abort()


async def test_deeply_nested_line_is_an_error_and_the_socket_stays_usable(tmp_path):
    async with running_proxy(tmp_path) as runtime, raw(runtime.control.path) as (reader, writer):
        assert (await receive(reader))["type"] == "hello"
        writer.write(b"[" * 200_000 + b"\n")
        writer.write(b'{"v": 1, "id": 1, "type": "payload", "payload": ' + b"{\"a\":" * 50_000
                     + b"1" + b"}" * 50_000 + b"}\n")
        writer.write(b'{"v": 1, "id": 2, "type": "ping"}\n')
        first, second, third = [await receive(reader) for _ in range(3)]
        assert first["type"] == "error" and first["payload"]["code"] == "bad_json"
        assert second["type"] == "error" and second["payload"]["code"] == "bad_json"
        assert third["type"] == "reply" and third["id"] == 2


async def test_a_line_over_the_limit_gets_one_error_and_framing_resumes(tmp_path):
    async with running_proxy(tmp_path) as runtime, raw(runtime.control.path) as (reader, writer):
        assert (await receive(reader))["type"] == "hello"
        # The tail of the oversized line is a complete command of its own: it must not run.
        tail = b'{"v": 1, "id": 7, "type": "principals/block", "payload": {"key": "user:x"}}\n'
        writer.write(b" " * (protocol.MAX_LINE + 2**21) + tail)
        writer.write(b'{"v": 1, "id": 2, "type": "ping"}\n')
        await writer.drain()
        first = await receive(reader)
        assert first["type"] == "error" and first["payload"]["message"] == "message too long"
        second = await receive(reader)
        assert second["type"] == "reply" and second["id"] == 2
        assert not runtime.engine.tracker.all()


async def test_client_leaving_during_the_backlog_does_not_leave_its_feed(tmp_path):
    async with running_proxy(tmp_path, {"control": {"backlog": 5000}}) as runtime:
        for i in range(5000):
            await runtime.engine.decide(tool_call(f"fs.read.{'x' * 200}.{i}"))
        await eventually(lambda: runtime.control.hub.seq >= 5000)
        async with raw(runtime.control.path) as (reader, writer):
            assert (await receive(reader))["type"] == "hello"
            writer.write(b'{"v": 1, "id": 1, "type": "subscribe"}\n')
            assert (await receive(reader))["type"] == "reply"
            # The backlog (megabytes) is still being written when the client goes.
        await eventually(lambda: not runtime.control.hub.feeds, message="feed detached")
        async with ControlClient(runtime.control.path) as client:
            assert (await client.call("ping"))["pong"]


async def test_stop_finishes_with_a_subscriber_that_never_reads(tmp_path):
    runtime = Runtime(load_config(text=proxy_config(tmp_path), env={}))
    await runtime.start()
    try:
        async with raw(runtime.control.path) as (reader, writer):
            assert (await receive(reader))["type"] == "hello"
            writer.write(b'{"v": 1, "id": 1, "type": "subscribe"}\n')
            assert (await receive(reader))["type"] == "reply"
            for i in range(5000):  # far more than the socket buffers hold; never read
                await runtime.engine.decide(tool_call(f"fs.read.{'x' * 200}.{i}"))
            await eventually(lambda: runtime.control.hub.seq >= 5000)
            stopping = asyncio.ensure_future(runtime.stop())
            done, _ = await asyncio.wait({stopping}, timeout=30)
            assert stopping in done, "stop() hangs on a console that does not read"
            stopping.result()
    finally:
        if runtime.control is not None:
            await runtime.stop()


async def test_infinite_number_is_a_bad_request_not_an_internal_error(tmp_path):
    async with running_proxy(tmp_path) as runtime, raw(runtime.control.path) as (reader, writer):
        assert (await receive(reader))["type"] == "hello"
        writer.write(b'{"v": 1, "id": 1, "type": "stats/get", "payload": {"top": Infinity}}\n')
        err = await receive(reader)
        assert err["id"] == 1 and err["payload"]["code"] == "bad_request"


@pytest.mark.parametrize(("command", "payload"), [
    ("audit/query", b'{"host": "a\\ud800"}'),
    ("audit/stats", b'{"search": "\\udfff"}'),
    ("session/timeline", b'{"id": "\\ud800"}'),
    ("tracking/get", b'{"key": "ip:\\ud800"}'),
])
async def test_a_lone_surrogate_is_a_bad_request_not_an_internal_error(
        tmp_path, caplog, command, payload):
    async with running_proxy(tmp_path) as runtime, raw(runtime.control.path) as (reader, writer):
        assert (await receive(reader))["type"] == "hello"
        writer.write(b'{"v": 1, "id": 1, "type": "%s", "payload": %s}\n'
                     % (command.encode(), payload))
        writer.write(b'{"v": 1, "id": 2, "type": "ping"}\n')
        err, pong = await receive(reader), await receive(reader)
    assert err["id"] == 1 and err["payload"]["code"] == "bad_request", err
    assert "lone surrogate" in err["payload"]["message"]
    assert pong["id"] == 2 and pong["type"] == "reply"
    assert not [r for r in caplog.records if r.exc_info]  # before: a traceback per request


@pytest.mark.parametrize("rules", ["- " * 5000 + "x\n", "[" * 50_000 + "]" * 50_000],
                         ids=["block", "flow"])
async def test_rules_nested_thousands_deep_are_invalid_not_an_internal_error(
        tmp_path, caplog, rules):
    async with running_proxy(tmp_path) as runtime, raw(runtime.control.path) as (reader, writer):
        assert (await receive(reader))["type"] == "hello"
        writer.write(json.dumps({"v": 1, "id": 1, "type": "rules/replace",
                                 "payload": {"yaml": rules}}).encode() + b"\n")
        err = await receive(reader)
    assert err["id"] == 1 and err["payload"]["code"] == "invalid_config", err  # was internal
    assert "nested more than 64 levels deep" in err["payload"]["issues"][0]["message"]
    assert not [r for r in caplog.records if r.exc_info]
