"""The lean client's answer read as the MCP relay reads a server's answer: aiohttp's
`StreamReader` calls (`read_nowait` for what has come, `at_eof`, `readany` to wait), the
same bytes and errors as aiohttp's session gives them, for every scripted answer of the
lean client's own tests (by length, chunked, to the connection's end, compressed,
broken off), written at once and a few bytes at a time."""

from __future__ import annotations

import aiohttp
import pytest
from multidict import CIMultiDict

from secproxy.config.llm import Upstream
from secproxy.surfaces.lean_answer import LeanResponse
from secproxy.surfaces.llm.upstream import UpstreamPool
from tests.surfaces.test_llm_upstream_client_functional import (
    ANSWERS,
    BODY,
    HEADERS,
    Read,
    Script,
    scripted,
)

pytestmark = pytest.mark.functional


async def _read_as_the_relay(resp: aiohttp.ClientResponse | LeanResponse) -> bytes:
    """`McpService._whole`'s loop: what has come without waiting, else wait for more."""
    content = resp.content
    body = b""
    while True:
        chunk = content.read_nowait()
        if not chunk and not content.at_eof():
            chunk = await content.readany()
        if not chunk:
            return body
        body += chunk


async def _exchange(base: str, lean: bool) -> Read:
    pool = UpstreamPool()
    upstream = Upstream(url=base, retries=0, timeout=5.0)
    got = Read()
    try:
        if lean:
            resp = await pool.send("up", upstream, "POST", base + "/mcp", CIMultiDict(HEADERS),
                                   BODY)
            assert isinstance(resp, LeanResponse)
        else:
            resp = await pool.session("up", upstream).request(
                "POST", base + "/mcp", headers=CIMultiDict(HEADERS), data=BODY,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(sock_connect=5, sock_read=5))
        async with resp:
            got.status = resp.status
            got.headers = list(resp.headers.items())
            got.body = await _read_as_the_relay(resp)
            # once at the end, it stays there
            assert resp.content.at_eof()
            assert resp.content.read_nowait() == b""
            assert await resp.content.readany() == b""
    except (aiohttp.ClientError, TimeoutError) as exc:
        got.error = type(exc).__name__
    finally:
        await pool.close()
    return got


READ_WHOLE = [kind for kind in ANSWERS if kind not in (
    "bad chunk",  # aiohttp 3.14 never ends that read (the lean client's tests say so)
    "101 upgrade",  # no body to read: the switched connection's bytes are the other
)]                  # protocol's, which aiohttp's reader of it is not at the end of


@pytest.mark.parametrize("piece", [0, 5])
@pytest.mark.parametrize("kind", READ_WHOLE)
async def test_an_answer_read_as_the_mcp_relay_reads_it_is_aiohttp_s(kind: str,
                                                                     piece: int) -> None:
    script = Script([ANSWERS[kind]] * 2, close_after=True, piece=piece)
    async with scripted(script) as base:
        session, ours = [await _exchange(base, lean) for lean in (False, True)]
    assert ours == session


async def test_a_compressed_answer_is_at_its_end_only_once_read_whole() -> None:
    script = Script([ANSWERS["gzip"]], close_after=True)
    async with scripted(script) as base:
        pool = UpstreamPool()
        try:
            resp = await pool.send("up", Upstream(url=base, retries=0, timeout=5.0), "POST",
                                   base + "/mcp", CIMultiDict(HEADERS), BODY)
            async with resp:
                body = b""
                while not resp.content.at_eof():
                    body += resp.content.read_nowait() or await resp.content.readany()
        finally:
            await pool.close()
    assert body == b"zipped " * 50
