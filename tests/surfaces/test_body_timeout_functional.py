"""A request body sent a byte at a time is cut after the listener's `body_timeout`, on
the api, llm and mcp listeners, whether their front took the request (a Content-Length
body) or aiohttp did (a chunked one): 408 in the surface's error shape, then closed.
Before, only the head had a time limit: a connection sending a byte every 0.3 s was
held as long as it kept sending. Each refusal has its ledger record; the front's were
only logged."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.runtime import Runtime
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional

SLOW = {"body_timeout": "1s"}
EXTRA = {"upstreams": {"openai": {"url": "http://127.0.0.1:9"}},
         "mcp": {"servers": {"files": {"url": "http://127.0.0.1:9/mcp"}}},
         "listeners": {"api": SLOW, "llm": SLOW, "mcp": SLOW}}


def port_of(rt: Runtime, name: str) -> int:
    return int(rt.addresses()[name].rsplit(":", 1)[1])


async def trickle(port: int, path: str, chunked: bool) -> bytes:
    """A POST whose body comes a byte every 0.3 s (for 12 s at most); what the listener
    answers before closing."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    framing = b"Transfer-Encoding: chunked" if chunked else b"Content-Length: 100"
    writer.write(b"POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n%s\r\n\r\n"
                 % (path.encode(), framing))

    async def send() -> None:
        for _ in range(40):
            await asyncio.sleep(0.3)
            writer.write(b"1\r\n{\r\n" if chunked else b" ")
            await writer.drain()

    sender = asyncio.create_task(send())
    try:
        return await asyncio.wait_for(reader.read(), 20)
    finally:
        sender.cancel()
        await asyncio.gather(sender, return_exceptions=True)
        writer.close()


@pytest.mark.parametrize("chunked", [False, True], ids=["front", "aiohttp"])
async def test_a_slow_body_is_cut_after_body_timeout(tmp_path: Path, chunked: bool) -> None:
    async with running_proxy(tmp_path, EXTRA) as rt:
        paths = {"api": "/inspect/tool-call", "llm": "/v1/chat/completions", "mcp": "/files"}
        # the three at once, each on its own connection
        answers = dict(zip(paths, await asyncio.gather(
            *(trickle(port_of(rt, name), path, chunked) for name, path in paths.items())),
            strict=True))

        def records() -> list[dict]:
            with LedgerReader(tmp_path / "ledger.db") as reader:
                return list(reader.iter_all(Filters(limit=100)))

        rows = await eventually(lambda: len(records()) >= 3 and records(),
                                message="a record of each refusal")
    assert sorted(r["surface"] for r in rows) == ["inspect", "llm", "mcp"], rows
    for row in rows:
        assert row["decision"] == "block" and "not complete within 1s" in row["reason"], row
        assert row["principal"] == "ip:127.0.0.1", row
        assert row["status"] == 408, row
        # (aiohttp's side on the mcp listener recorded a 'malformed' message)
        assert row["findings"][0]["category"] == "request_timeout", row
        if not chunked or row["surface"] == "mcp":  # the front's record
            assert row["metadata"]["timeout"] == "body_timeout", row
            assert row["metadata"]["peer"] == "127.0.0.1", row
    for name, answer in answers.items():
        assert answer.startswith(b"HTTP/1.1 408 "), (name, answer)
        body = json.loads(answer.partition(b"\r\n\r\n")[2])
        text = json.dumps(body)
        assert "not complete within 1s" in text, (name, body)
        if name == "llm":  # the OpenAI SDK's error shape
            assert body["error"]["code"] == "request_timeout", body
        elif name == "api":  # the inspection API's refusal
            assert body["error"] == "request_timeout", body
        else:  # a JSON-RPC error saying so (-32001, the MCP SDKs' REQUEST_TIMEOUT), not
            # an Invalid Request (-32600, what both sides answered)
            assert body["error"]["code"] == -32001, body
            assert body["error"]["message"].startswith("refused: request timed out: "), body


async def steady(port: int, path: str, chunked: bool) -> bytes:
    """A POST whose 48 KiB body comes 16 KiB every 0.5 s (32 KiB/s, 1.5 s in all: past
    body_timeout, never below 8 KiB/s); the head of the answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = b'{"text": "' + b"a" * (48 * 1024 - 12) + b'"}'
    framing = b"Transfer-Encoding: chunked" if chunked else b"Content-Length: %d" % len(body)
    writer.write(b"POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n%s\r\n\r\n"
                 % (path.encode(), framing))
    for at in range(0, len(body), 16 * 1024):
        await asyncio.sleep(0.5)
        piece = body[at:at + 16 * 1024]
        writer.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
    if chunked:
        writer.write(b"0\r\n\r\n")
    try:
        return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 20)
    finally:
        writer.close()


@pytest.mark.parametrize("chunked", [False, True], ids=["front", "aiohttp"])
async def test_a_body_coming_steadily_is_not_cut(tmp_path: Path, chunked: bool) -> None:
    async with running_proxy(tmp_path, EXTRA) as rt:
        paths = {"api": "/inspect/input", "llm": "/v1/chat/completions"}
        # the two at once, each on its own connection
        heads = await asyncio.gather(
            *(steady(port_of(rt, name), path, chunked) for name, path in paths.items()))
        for name, head in zip(paths, heads, strict=True):
            # read and answered (a refusal of its own: no key, no upstream), not 408
            assert head.startswith(b"HTTP/1.1 ") and b" 408 " not in head, (name, head)
