"""A request head sent a byte at a time (never idle, never done) is closed with a 408
after `HEAD_TIMEOUT` on the api and llm listeners, where it was held for ever: handed
to aiohttp half-sent, and aiohttp sets no bound on a head. A head that arrives in pieces
within the bound is answered as before, and garbage is still aiohttp's to refuse. Each
such 408 has its ledger record (it was only logged)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.surfaces import hot
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional


async def _trickle(port: int, head: bytes, pause: float, *, rest: bytes = b""
                   ) -> tuple[bytes, float]:
    """Send `head` a byte every `pause` seconds (then `rest`); what came back and when."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    loop = asyncio.get_running_loop()
    start = loop.time()
    answer = asyncio.ensure_future(reader.read(65536))  # read as it comes (before a reset)
    try:
        for i in range(len(head)):
            if answer.done():
                break
            writer.write(head[i:i + 1])
            await writer.drain()
            await asyncio.sleep(pause)
        if rest and not answer.done():
            writer.write(rest)
        got = await asyncio.wait_for(answer, 10)
        return got, loop.time() - start
    finally:
        answer.cancel()
        writer.close()


async def test_a_trickled_head_is_closed_with_408_and_a_slow_one_answered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hot, "HEAD_TIMEOUT", 0.6)
    body = json.dumps({"session_id": "s", "agent_id": "a", "tool_name": "ls",
                       "arguments": {}}).encode()
    head = (b"POST /inspect/tool-call HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
            b"\r\nX-Pad: " + b"a" * 200 + b"\r\nContent-Length: %d\r\n\r\n" % len(body))
    extra: dict[str, Any] = {"upstreams": {"openai": {"url": "http://127.0.0.1:9"}}}
    async with running_proxy(tmp_path, extra) as rt:
        api = int(rt.addresses()["api"].rsplit(":", 1)[1])
        llm = int(rt.addresses()["llm"].rsplit(":", 1)[1])
        for port, path in ((api, b"/inspect/tool-call"), (api, b"/openapi.json"),
                           (llm, b"/v1/chat/completions")):
            slow = head.replace(b"/inspect/tool-call", path)
            got, took = await _trickle(port, slow, 0.01)
            assert got.startswith(b"HTTP/1.1 408 "), (path, got[:80])
            assert took < 5

        def timed_out() -> list[dict[str, Any]]:
            with LedgerReader(tmp_path / "ledger.db") as reader:
                return [r for r in reader.iter_all(Filters(limit=100))
                        if r["metadata"].get("timeout") == "header_timeout"]

        rows = await eventually(lambda: len(timed_out()) >= 3 and timed_out(),
                                message="a record of each refused head")
        assert [r["surface"] for r in rows] == ["inspect", "inspect", "llm"], rows
        for row, path in zip(rows, ("/inspect/tool-call", "/openapi.json",
                                    "/v1/chat/completions"), strict=True):
            assert row["decision"] == "block" and row["status"] == 408, row
            assert row["reason"] == "request head not complete within 0.6s", row
            assert row["findings"][0]["category"] == "request_timeout", row
            assert row["metadata"] == {"timeout": "header_timeout", "peer": "127.0.0.1",
                                       "path": path}, row
            assert row["principal"] == "ip:127.0.0.1", row
        # a head in a few pieces, well within the bound: answered as ever
        got, _ = await _trickle(api, head[:8], 0.02, rest=head[8:] + body)
        assert got.startswith(b"HTTP/1.1 200 "), got[:200]
        # garbage with no request line: aiohttp's 400, at once
        reader, writer = await asyncio.open_connection("127.0.0.1", api)
        writer.write(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")
        got = await asyncio.wait_for(reader.read(65536), 5)
        writer.close()
        assert got.startswith(b"HTTP/1.") and b" 400 " in got[:20], got[:80]


async def test_a_trickled_head_after_a_request_aiohttp_answered_is_a_408_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A keep-alive connection whose first request the front handed to aiohttp (a GET)
    # stays aiohttp's, which sets no bound on a head: a second head sent a byte at a
    # time was closed at the listener's idle_timeout (2 s here), unanswered and
    # unrecorded, where the same head as a first request is a 408 with its record.
    monkeypatch.setattr(hot, "HEAD_TIMEOUT", 0.6)
    extra: dict[str, Any] = {"listeners": {"api": {"idle_timeout": "2s"}}}
    first = b"GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"
    second = b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 200 + b"\r\n\r\n"
    async with running_proxy(tmp_path, extra) as rt:
        api = int(rt.addresses()["api"].rsplit(":", 1)[1])
        reader, writer = await asyncio.open_connection("127.0.0.1", api)
        try:
            writer.write(first + first)  # two whole: both answered on the one connection
            for _ in range(2):
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                assert head.startswith(b"HTTP/1.1 200 "), head
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                await reader.readexactly(length)
            answer = asyncio.ensure_future(reader.read(65536))
            for i in range(len(second)):
                if answer.done():
                    break
                writer.write(second[i:i + 1])
                await writer.drain()
                await asyncio.sleep(0.01)
            got = await asyncio.wait_for(answer, 10)
        finally:
            writer.close()
        assert got.startswith(b"HTTP/1.1 408 "), got[:80]  # before: b"" (closed)

        def timed_out() -> list[dict[str, Any]]:
            with LedgerReader(tmp_path / "ledger.db") as reader:
                return [r for r in reader.iter_all(Filters(limit=100))
                        if r["metadata"].get("timeout") == "header_timeout"]

        [row] = await eventually(timed_out, message="the refused head's record")
    assert row["surface"] == "inspect" and row["status"] == 408, row
    assert row["reason"] == "request head not complete within 0.6s", row
    assert row["metadata"] == {"timeout": "header_timeout", "peer": "127.0.0.1",
                               "path": "/openapi.json"}, row
