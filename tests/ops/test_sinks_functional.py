"""Audit sinks against receivers the test starts: a syslog server on UDP and on TCP
(RFC 5424, octet counting), an OTLP/HTTP logs endpoint (aiohttp) and a rotated JSON Lines
file. Each gets every committed record once, secrets masked; a collector that fails is
retried; after a restart every sink resumes from its cursor, without repeats or gaps."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from secproxy.model import Action, Principal, Surface, Target
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy, serving

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]
TOKEN = "ghp_" + "Q" * 36
RFC5424 = re.compile(
    rb"^<(\d{1,3})>1 (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z) (\S+) secproxy (\d+) (\S+) "
    rb"\[secproxy@32473 ([^\]]*)\] \xef\xbb\xbf(\{.*\})$", re.DOTALL)
RULES = [{"name": "no-internal", "host": "*.internal.test", "action": "deny"}]


class Syslog:
    """A syslog server on UDP and TCP (RFC 6587 octet counting): the messages it got."""

    def __init__(self) -> None:
        self.udp: list[bytes] = []
        self.tcp: list[bytes] = []
        self.udp_port = self.tcp_port = 0

    async def start(self) -> Syslog:
        loop = asyncio.get_running_loop()
        received = self.udp

        class Datagrams(asyncio.DatagramProtocol):
            def datagram_received(self, data: bytes, addr: Any) -> None:
                received.append(data)

        self._transport, _ = await loop.create_datagram_endpoint(
            Datagrams, local_addr=("127.0.0.1", 0))
        self.udp_port = self._transport.get_extra_info("sockname")[1]
        self._server = await asyncio.start_server(self._stream, "127.0.0.1", 0)
        self.tcp_port = self._server.sockets[0].getsockname()[1]
        return self

    async def _stream(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
                      ) -> None:
        try:
            while True:
                length = int((await reader.readuntil(b" "))[:-1])
                self.tcp.append(await reader.readexactly(length))
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def stop(self) -> None:
        self._transport.close()
        self._server.close()


class Collector:
    """An OTLP/HTTP logs endpoint; answers 503 while `failing`."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.failing = False
        self.refused = 0
        self.app = web.Application()
        self.app.router.add_post("/v1/logs", self.logs)

    async def logs(self, request: web.Request) -> web.Response:
        if self.failing:
            self.refused += 1
            return web.Response(status=503)
        assert request.headers["X-Api-Key"] == "k-123"
        self.bodies.append(await request.json())
        return web.json_response({})

    def records(self) -> list[dict[str, Any]]:
        return [rec for body in self.bodies for rl in body["resourceLogs"]
                for sl in rl["scopeLogs"] for rec in sl["logRecords"]]

    def ids(self) -> list[int]:
        return [int(next(a["value"]["intValue"] for a in rec["attributes"]
                         if a["key"] == "secproxy.ledger.id")) for rec in self.records()]


def sinks(tmp_path: Path, syslog: Syslog, otlp_port: int) -> dict[str, Any]:
    common = {"poll_interval": 0.05, "retry_delay": 0.05, "max_retry_delay": 0.2,
              "start_at": "beginning"}
    return {"rules": RULES, "audit": {"sinks": [
        {"type": "jsonl", "path": str(tmp_path / "out" / "audit.jsonl"), "max_bytes": 3000,
         "keep": 2, **common, "batch_size": 4},
        {"type": "syslog", "name": "udp", "address": f"udp://127.0.0.1:{syslog.udp_port}",
         "facility": "local3", **common},
        {"type": "syslog", "name": "tcp", "address": f"tcp://127.0.0.1:{syslog.tcp_port}",
         "format": "ocsf", **common},
        {"type": "otlp", "endpoint": f"http://127.0.0.1:{otlp_port}/v1/logs",
         "headers": {"X-Api-Key": "k-123"}, **common},
    ]}}


async def traffic(rt: Runtime, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        host = "db.internal.test" if i % 3 == 0 else "api.example.com"
        await rt.engine.decide(Action(
            Surface.EGRESS, principal=Principal(ip="10.1.1.1"),
            target=Target(host=host, path=f"/r/{i}", query=f"token={TOKEN}", method="GET")))


def jsonl_ids(path: Path) -> list[int]:
    files = sorted(path.parent.glob("audit.jsonl*"), key=lambda p: p.name, reverse=True)
    return [json.loads(line)["id"] for f in files for line in f.read_text().splitlines()]


async def test_every_sink_delivers_once_and_resumes_after_a_restart(tmp_path: Path) -> None:
    syslog = await Syslog().start()
    collector = Collector()
    state = tmp_path / "state"
    try:
        async with serving(collector.app) as port:
            config = sinks(tmp_path, syslog, port)
            async with running_proxy(state, config) as rt:
                await traffic(rt, 12)
                await eventually(lambda: len(collector.ids()) >= 12, message="otlp records")
                await eventually(lambda: len(syslog.udp) >= 12 and len(syslog.tcp) >= 12,
                                 message="syslog messages")
                collector.failing = True  # a backlog the sink must keep across a restart
                await traffic(rt, 6, start=12)
                await eventually(lambda: collector.refused >= 2, message="retries")
            collector.failing = False
            assert collector.ids() == list(range(1, 13))

            async with running_proxy(state, config) as rt:
                await traffic(rt, 5, start=18)
                await eventually(lambda: len(collector.ids()) >= 23, message="resumed")
                await eventually(lambda: len(syslog.udp) >= 23 and len(syslog.tcp) >= 23,
                                 message="syslog resumed")
                await eventually(lambda: len(jsonl_ids(tmp_path / "out" / "audit.jsonl"))
                                 and jsonl_ids(tmp_path / "out" / "audit.jsonl")[-1] == 23,
                                 message="jsonl resumed")
    finally:
        await syslog.stop()

    everything = list(range(1, 24))
    assert collector.ids() == everything  # the backlog and the new records, each once
    udp = [RFC5424.match(m) for m in syslog.udp]
    tcp = [RFC5424.match(m) for m in syslog.tcp]
    assert all(udp) and all(tcp), syslog.udp[0]
    assert [json.loads(m.group(7))["id"] for m in udp if m] == everything
    assert [json.loads(m.group(7))["metadata"]["sequence"] for m in tcp if m] == everything
    first = udp[0]
    assert first is not None and b'decision="block"' in first.group(6)
    assert int(first.group(1)) == 19 * 8 + 4  # local3, warning: a block by a rule
    assert first.group(5) == b"egress"
    assert json.loads(tcp[1].group(7))["class_uid"] == 4002  # type: ignore[union-attr]

    out = tmp_path / "out" / "audit.jsonl"
    assert sorted(p.name for p in out.parent.iterdir() if ".tmp" not in p.name) == [
        "audit.jsonl", "audit.jsonl.1", "audit.jsonl.2"]
    ids = jsonl_ids(out)
    assert ids == list(range(ids[0], 24)) and ids[0] > 1  # rotated away, in order, no gaps

    record = collector.records()[0]
    assert record["severityText"] == "WARN" and record["timeUnixNano"].isdigit()
    body = json.loads(record["body"]["stringValue"])
    assert body["decision"] == "block" and body["url"].startswith("db.internal.test/r/0")
    blob = json.dumps(collector.bodies) + b"".join(syslog.udp + syslog.tcp).decode() + \
        "".join(p.read_text() for p in out.parent.iterdir())
    assert TOKEN not in blob and "[REDACTED" in blob


async def test_unix_syslog_long_records_and_a_collector_that_wants_smaller_batches(
        tmp_path: Path) -> None:
    import socket

    path = tmp_path / "log.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(path))
    server.setblocking(False)
    datagrams: list[bytes] = []

    def drain() -> int:
        while True:
            try:
                datagrams.append(server.recv(1 << 20))
            except BlockingIOError:
                return len(datagrams)

    sizes: list[int] = []
    collector = Collector()

    async def small_batches(request: web.Request) -> web.Response:
        body = await request.json()
        count = len(body["resourceLogs"][0]["scopeLogs"][0]["logRecords"])
        sizes.append(count)
        if count > 2:
            return web.Response(status=413)
        collector.bodies.append(body)
        return web.json_response({})

    otlp = web.Application()
    otlp.router.add_post("/v1/logs", small_batches)
    common = {"poll_interval": 0.05, "retry_delay": 0.01, "max_retry_delay": 0.05,
              "batch_size": 8}
    try:
        async with serving(otlp) as port:
            config = {"audit": {"sinks": [
                {"type": "syslog", "address": f"unix:{path}", **common},
                {"type": "otlp", "endpoint": f"http://127.0.0.1:{port}/v1/logs", **common},
            ]}}
            async with running_proxy(tmp_path / "state", config) as rt:
                await asyncio.sleep(0)  # the sinks start at the ledger's end: all below
                for i in range(5):
                    await rt.engine.decide(Action(
                        Surface.EGRESS, principal=Principal(ip="10.2.2.2"),
                        target=Target(host="api.example.com", method="GET", path=f"/{i}")))
                await eventually(lambda: drain() >= 5, message="unix datagrams")
                await eventually(lambda: len(collector.ids()) >= 5, message="otlp records")
    finally:
        server.close()
    assert collector.ids() == [1, 2, 3, 4, 5] and max(sizes) > 2  # halved until accepted
    matches = [RFC5424.match(d) for d in datagrams]
    assert all(matches) and [json.loads(m.group(7))["id"] for m in matches if m] == [
        1, 2, 3, 4, 5]


def test_a_record_too_long_for_a_datagram_goes_as_its_ids(tmp_path: Path) -> None:
    import socket

    from secproxy.config.sinks import SyslogSink
    from secproxy.ops.sinks import SyslogWriter

    path = tmp_path / "log.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        writer = SyslogWriter(SyslogSink(address=f"unix:{path}"))
        record = {"id": 7, "ts": 1.5, "surface": "ws", "decision": "block", "rule": "r",
                  "request_id": "q1", "findings": [{"message": "m" * 100}] * 1000}
        writer.deliver([record])
        writer.close()
        data = server.recv(1 << 20)
    match = RFC5424.match(data)
    assert match is not None and len(data) < 65_000
    assert json.loads(match.group(7)) == {
        "id": 7, "ts": 1.5, "surface": "ws", "principal": None, "host": None, "tool": None,
        "decision": "block", "rule": "r", "request_id": "q1", "truncated": True}
