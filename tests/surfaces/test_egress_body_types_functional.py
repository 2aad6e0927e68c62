"""Egress request bodies whose declared type is not how a server may read them: JSON
sent as text/plain or text/json with its key written in `\\u` escapes (a server that
parses the body as JSON whatever its type reads the key)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.helpers import running_proxy
from tests.surfaces.test_egress_guards_functional import (
    KEY,
    REQUEST_GUARDS,
    config,
    origin,
    proxy_url,
)

pytestmark = pytest.mark.functional


def _escaped(key: str) -> str:
    return "".join(f"\\u{ord(c):04x}" if c.isdigit() else c for c in key)


@pytest.mark.parametrize("kind", ["text/plain", "text/json", "application/x-json", None])
async def test_json_with_an_escaped_key_under_another_type_is_masked(
    tmp_path: Path, kind: str | None
) -> None:
    body = ('{"note": "deploy", "k": "' + _escaped(KEY) + '"}').encode()
    assert json.loads(body)["k"] == KEY and KEY.encode() not in body
    headers = {"Content-Type": kind} if kind else {}
    async with origin() as up, running_proxy(tmp_path, config(REQUEST_GUARDS)) as rt:
        async with httpx.AsyncClient(proxy=proxy_url(rt)) as client:
            resp = await client.post(up.url("/api"), content=body, headers=headers)
        assert resp.status_code == 200
    seen = up.seen[-1]
    assert json.loads(seen.body) == {"note": "deploy", "k": "[REDACTED:key]"}
    assert int(seen.headers["Content-Length"]) == len(seen.body)


async def test_plain_text_with_braces_and_backslashes_passes_as_written(tmp_path: Path) -> None:
    body = b"{not json} C:\\Users\\me [done]"
    async with origin() as up, running_proxy(tmp_path, config(REQUEST_GUARDS)) as rt:
        async with httpx.AsyncClient(proxy=proxy_url(rt)) as client:
            resp = await client.post(
                up.url("/api"), content=body, headers={"Content-Type": "text/plain"}
            )
        assert resp.status_code == 200
    assert up.seen[-1].body == body


@pytest.mark.parametrize("kind", ["image/png", "application/octet-stream", "application/zip",
                                  None])
async def test_a_key_behind_a_byte_that_is_no_text_is_masked(tmp_path: Path,
                                                            kind: str | None) -> None:
    """A body declared binary, or with one byte that is no UTF-8 before the text, was not
    read at all: `image/png` and b"\\x89PNG\\xff" + b"deploy <key>" went out as it was (H8).
    A request's body is read byte for byte now; everything but the mask goes as sent."""
    body = b"\x89PNG\r\n\x1a\n\xff\x00\x10 deploy with " + KEY.encode() + b" \xfe\xfd end"
    headers = {"Content-Type": kind} if kind else {}
    async with origin() as up, running_proxy(tmp_path, config(REQUEST_GUARDS)) as rt:
        async with httpx.AsyncClient(proxy=proxy_url(rt)) as client:
            resp = await client.post(up.url("/upload"), content=body, headers=headers)
        assert resp.status_code == 200
    seen = up.seen[-1].body
    assert KEY.encode() not in seen
    assert seen == body.replace(KEY.encode(), b"[REDACTED:key]")


async def test_a_binary_body_without_a_secret_goes_byte_for_byte(tmp_path: Path) -> None:
    body = bytes(range(256)) * 64
    async with origin() as up, running_proxy(tmp_path, config(REQUEST_GUARDS)) as rt:
        async with httpx.AsyncClient(proxy=proxy_url(rt)) as client:
            resp = await client.post(up.url("/upload"), content=body,
                                     headers={"Content-Type": "application/octet-stream"})
        assert resp.status_code == 200
    assert up.seen[-1].body == body
