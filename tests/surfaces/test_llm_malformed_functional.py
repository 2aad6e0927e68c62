"""Request bodies of shapes no SDK sends, through a running gateway: a `type` that is an
object or a list where a string belongs. Each was a 500 with a traceback in the log
(`unhashable type`) before; now the body is guarded like any other and forwarded, its
secrets masked (the provider answers for its shape)."""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import running_proxy
from tests.surfaces.llm_support import fake_llm, gateway_config
from tests.surfaces.test_llm_openai_functional import GUARDS, SECRET

pytestmark = pytest.mark.functional


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/chat/completions", {"model": "m", "messages": [
        {"role": "user", "content": [{"type": {"kind": "text"}, "text": SECRET}]}]}),
    ("/v1/chat/completions", {"model": "m", "metadata": {"type": ["image"], "note": SECRET},
                              "messages": [{"role": "user", "content": "hi"}]}),
    ("/v1/messages", {"model": "m", "max_tokens": 5, "messages": [
        {"role": "user", "content": [{"type": [], "text": SECRET}]}]}),
    ("/v1/responses", {"model": "m", "input": [{"type": {"a": 1}, "content": SECRET}]}),
    ("/v1/embeddings", {"model": "m", "input": [{"type": [1], "text": SECRET}]}),
])
async def test_a_type_that_is_no_string_is_guarded_and_forwarded(
        tmp_path: Path, path: str, body: dict[str, Any]) -> None:
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"http://{rt.addresses()['llm']}{path}", json=body)
    assert r.status_code == 200, r.text
    sent = fake.seen[0].body
    assert SECRET.encode() not in sent and b"[REDACTED:api_key]" in sent
    assert json.loads(sent)["model"] == "m"


@pytest.mark.parametrize("encoding", ["x-gzip", "gzip, gzip", "identity, gzip", "compress"])
async def test_a_body_in_an_encoding_the_gateway_cannot_read_is_refused(
        tmp_path: Path, encoding: str) -> None:
    """aiohttp decodes one gzip or deflate layer; any other (x-gzip, a list of them)
    reached the guards as compressed bytes (nothing found) and went upstream as they
    were: refused now, in the provider's error shape, and nothing is forwarded."""
    body = gzip.compress(json.dumps({"model": "m", "messages": [
        {"role": "user", "content": SECRET}]}).encode())
    if encoding == "gzip, gzip":
        body = gzip.compress(body)
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"http://{rt.addresses()['llm']}/v1/chat/completions",
                             content=body, headers={"Content-Encoding": encoding,
                                                    "Content-Type": "application/json"})
    assert r.status_code == 400 and "cannot read to guard it" in r.json()["error"]["message"]
    assert fake.seen == []


async def test_a_gzip_body_is_read_and_guarded(tmp_path: Path) -> None:
    body = gzip.compress(json.dumps({"model": "m", "messages": [
        {"role": "user", "content": SECRET}]}).encode())
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"http://{rt.addresses()['llm']}/v1/chat/completions",
                             content=body, headers={"Content-Encoding": "GZIP",
                                                    "Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    sent = fake.seen[0].body
    assert SECRET.encode() not in sent and b"[REDACTED:api_key]" in sent


async def test_a_secret_in_the_first_of_two_same_keys_is_masked(tmp_path: Path) -> None:
    """The parser keeps the last of two values; the body went upstream as it came, the
    first value unread: a key hidden there left unmasked. Such a body is guarded as
    text now."""
    raw = ('{"model": "m", "messages": [{"role": "user", "content": "' + SECRET
           + '", "content": "hi"}]}').encode()
    async with fake_llm() as fake, running_proxy(tmp_path,
                                                 gateway_config(fake, {"guards": GUARDS})) as rt:
        async with httpx.AsyncClient() as h:
            r = await h.post(f"http://{rt.addresses()['llm']}/v1/chat/completions",
                             content=raw, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    sent = fake.seen[0].body
    assert SECRET.encode() not in sent and b"[REDACTED:api_key]" in sent


async def test_a_request_target_that_is_no_path_is_not_found(tmp_path: Path) -> None:
    """`OPTIONS *` (asterisk form) names no upstream path: aiohttp's 404, nothing sent
    upstream; an absolute-form target is read as its path."""
    async with fake_llm() as fake, running_proxy(tmp_path, gateway_config(fake)) as rt:
        host, port = rt.addresses()["llm"].rsplit(":", 1)
        answers = []
        for head in (b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
                     b"GET http://x/v1/models HTTP/1.1\r\nHost: x\r\n\r\n"):
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(head)
            answers.append(await reader.readuntil(b"\r\n\r\n"))
            writer.close()
    assert answers[0].startswith(b"HTTP/1.1 404 Not Found\r\n")
    assert answers[1].startswith(b"HTTP/1.1 200 OK\r\n")
    assert [seen.path for seen in fake.seen] == ["/v1/models"]
