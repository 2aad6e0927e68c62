"""The egress forward proxy with real clients (curl, httpx) against a local upstream:
forwarding, keep-alive on both sides, chunked and streamed bodies, hop-by-hop headers,
bodiless answers, one ledger record per request."""

from __future__ import annotations

import asyncio
import hashlib

import httpx
import pytest

from secproxy.model import Decision, Surface
from tests.surfaces.test_egress_helpers_functional import (
    CHUNK,
    curl,
    raw_exchange,
    read_response,
    running_egress,
    split_response,
    upstream,
    vm_rss_kib,
)

pytestmark = pytest.mark.functional


async def test_curl_get_is_forwarded_and_recorded() -> None:
    async with upstream() as up, running_egress() as proxy:
        result = await curl("-i", "-x", proxy.url, "-H", "X-Trace: abc", f"{up.base}/small")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("HTTP/1.1 200")
        assert "Via: 1.1 secproxy" in result.stdout
        assert result.stdout.endswith("hello")
        rec = await proxy.record()
        assert rec.action.surface is Surface.EGRESS
        assert rec.action.target.method == "GET"
        assert rec.action.target.host == "127.0.0.1"
        assert rec.action.target.url == f"127.0.0.1:{up.port}/small"
        assert rec.action.principal.ip == "127.0.0.1"
        assert rec.action.metadata["headers"]["X-Trace"] == "abc"
        assert rec.verdict.decision is Decision.ALLOW
        assert rec.outcome.status == 200
        assert rec.outcome.bytes_out == 5
        assert rec.outcome.duration is not None and rec.outcome.duration >= 0
        assert proxy.no_more_records()


async def test_httpx_proxy_argument_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    async with upstream() as up, running_egress() as proxy:
        async with httpx.AsyncClient(proxy=proxy.url) as client:
            resp = await client.get(f"{up.base}/small")
        assert resp.status_code == 200 and resp.text == "hello"
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        async with httpx.AsyncClient(trust_env=True) as client:
            resp = await client.get(f"{up.base}/small")
        assert resp.status_code == 200 and resp.headers["via"] == "1.1 secproxy"
        assert (await proxy.record()).outcome.status == 200
        assert (await proxy.record()).outcome.status == 200


async def test_keep_alive_reuses_both_connections() -> None:
    async with upstream() as up, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            for path in ("/small", "/big?mib=3", "/small"):
                writer.write(f"GET {up.base}{path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                status, headers, body = await read_response(reader)
                assert status == 200
                assert body == (b"hello" if path == "/small" else CHUNK * 3)
                assert "close" not in headers.get("connection", "")
        finally:
            writer.close()
        assert len(up.peers) == 1, "the upstream saw more than one connection"
        assert proxy.svc.pool.reuses == 2


async def test_pipelined_requests_are_answered_in_order() -> None:
    async with upstream() as up, running_egress() as proxy:
        one = f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n"
        two = f"GET {up.base}/status/204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        raw = await raw_exchange(proxy, (one + two).encode())
        assert raw.count(b"HTTP/1.1 200") == 1 and raw.count(b"HTTP/1.1 204") == 1
        assert raw.index(b"HTTP/1.1 200") < raw.index(b"HTTP/1.1 204")


async def test_chunked_upload_and_download() -> None:
    payload = [bytes([i]) * 70_000 for i in range(20)]

    async def body():
        for piece in payload:
            yield piece

    async with upstream() as up, running_egress() as proxy:
        async with httpx.AsyncClient(proxy=proxy.url) as client:
            resp = await client.post(f"{up.base}/echo", content=body())
            got = resp.json()
            assert got["bytes"] == sum(map(len, payload))
            assert got["sha256"] == hashlib.sha256(b"".join(payload)).hexdigest()
            assert got["chunked"] == "chunked"
            resp = await client.get(f"{up.base}/big", params={"mib": "3", "chunked": "1"})
            assert resp.headers["transfer-encoding"] == "chunked"
            assert resp.content == CHUNK * 3
        upload = await proxy.record()
        assert upload.outcome.bytes_in == sum(map(len, payload))
        download = await proxy.record()
        assert download.outcome.bytes_out == 3 * len(CHUNK)


async def test_head_204_304_have_no_body_and_keep_the_connection() -> None:
    async with upstream() as up, running_egress() as proxy:
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        try:
            writer.write(f"HEAD {up.base}/big?mib=2 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            assert head.startswith(b"HTTP/1.1 200") and b"Content-Length: 2097152" in head
            for code in (204, 304):
                writer.write(f"GET {up.base}/status/{code} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                assert head.startswith(f"HTTP/1.1 {code}".encode())
            writer.write(f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            status, _, body = await read_response(reader)
            assert (status, body) == (200, b"hello")
        finally:
            writer.close()


async def test_hop_by_hop_headers_are_removed() -> None:
    async with upstream() as up, running_egress() as proxy:
        request = (
            f"GET {up.base}/headers HTTP/1.1\r\nHost: wrong.example\r\n"
            "Connection: keep-alive, X-Private\r\nX-Private: secret\r\nKeep-Alive: 5\r\n"
            "Proxy-Connection: keep-alive\r\nTE: trailers\r\nTrailer: X-T\r\n"
            "Proxy-Authorization: Basic Zm9vOmJhcg==\r\nUpgrade: h2c\r\nX-Kept: yes\r\n"
            "Via: 1.0 other\r\nConnection: close\r\n\r\n"
        )
        status, _, seen = split_response(await raw_exchange(proxy, request.encode()))
        assert status == 200
        for name in ("x-private", "keep-alive", "proxy-connection", "te", "trailer",
                     "proxy-authorization", "upgrade"):
            assert name not in seen, name
        assert seen["x-kept"] == "yes"
        assert seen["host"] == f"127.0.0.1:{up.port}"
        assert seen["via"] == "1.0 other, 1.1 secproxy"


async def test_origin_form_request_gets_a_hint() -> None:
    async with running_egress() as proxy:
        raw = await raw_exchange(proxy, b"GET /index.html HTTP/1.1\r\nHost: x\r\n"
                                        b"Connection: close\r\n\r\n")
        status, _, body = split_response(raw)
        assert status == 400
        assert body["error"] == "not_a_proxy_request"
        assert "forward proxy" in body["reason"]
        rec = await proxy.record()
        assert rec.outcome.status == 400 and rec.verdict.decision is Decision.BLOCK


async def test_256_mib_download_streams_without_buffering() -> None:
    async with upstream() as up, running_egress() as proxy:
        warm = await curl("-o", "/dev/null", "-x", proxy.url, f"{up.base}/big?mib=4")
        assert warm.returncode == 0, warm.stderr
        before = vm_rss_kib()
        result = await curl("-o", "/dev/null", "-w", "%{size_download}", "-x", proxy.url,
                            f"{up.base}/big?mib=256", timeout=50)
        growth_mib = (vm_rss_kib() - before) / 1024
        assert result.returncode == 0, result.stderr
        assert int(result.stdout) == 256 * len(CHUNK)
        assert growth_mib < 32, f"RSS grew {growth_mib:.1f} MiB during a 256 MiB download"
        await proxy.record()
        assert (await proxy.record()).outcome.bytes_out == 256 * len(CHUNK)


async def test_expect_100_continue_upload_with_curl(tmp_path) -> None:
    body = tmp_path / "upload.bin"
    body.write_bytes(b"z" * (3 * 1024 * 1024))
    async with upstream() as up, running_egress() as proxy:
        result = await curl("-x", proxy.url, "-H", "Expect: 100-continue",
                            "--expect100-timeout", "20", "--data-binary", f"@{body}",
                            f"{up.base}/echo")
        assert result.returncode == 0, result.stderr
        assert '"bytes": 3145728' in result.stdout or '"bytes":3145728' in result.stdout
        rec = await proxy.record()
        assert rec.outcome.bytes_in == 3 * 1024 * 1024


async def test_https_absolute_form_points_to_connect() -> None:
    async with running_egress() as proxy:
        raw = await raw_exchange(proxy, b"GET https://example.com/ HTTP/1.1\r\nHost: x\r\n"
                                        b"Connection: close\r\n\r\n")
        status, _, body = split_response(raw)
        assert status == 400 and body["error"] == "unsupported_scheme"
        assert "CONNECT" in body["reason"]


@pytest.mark.parametrize("coding", [b"gzip", b"xchunked", b"chunked, gzip"])
async def test_a_request_whose_final_coding_is_not_chunked_is_refused_and_closed(
        coding: bytes) -> None:
    """RFC 9112 6.3: without a final `chunked` the request's body length cannot be known.
    Before, the request went upstream bodiless and its body was parsed as the next
    request on the connection."""
    async with upstream() as up, running_egress() as proxy:
        raw = await raw_exchange(proxy, (
            f"POST {up.base}/echo HTTP/1.1\r\nHost: 127.0.0.1:{up.port}\r\n"
            "Transfer-Encoding: ").encode() + coding
            + b"\r\n\r\n5\r\nhello\r\n0\r\n\r\nGET /x HTTP/1.1\r\n\r\n")
        status, _, body = split_response(raw)
        assert status == 400 and "Transfer-Encoding" in body["reason"], body
        assert raw.count(b"HTTP/1.1 ") == 1, "one answer, then the connection is closed"
        rec = await proxy.record()
        assert rec.outcome.status == 400
