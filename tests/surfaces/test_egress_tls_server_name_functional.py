"""A CONNECT tunnel whose TLS ClientHello asks for another server than the CONNECT's
host is cut before any of it reaches the upstream (`egress.tls_server_name: match`, the
default): on a shared front end that name would reach a site the rules never saw. A
real TLS client (Python's ssl, curl) through the real egress service to a real TLS
server on 127.0.0.1, reached by the name `localhost`."""

from __future__ import annotations

import asyncio
import socket
import ssl
from pathlib import Path
from typing import Any

import pytest

from secproxy.model import Decision, Surface
from tests.surfaces.test_egress_helpers_functional import (
    Proxy,
    curl,
    running_egress,
    tls_upstream,
)

pytestmark = pytest.mark.functional


def _tls_through(proxy: Proxy, connect: str, server_name: str | None,
                 first: bytes | None = None) -> str:
    """CONNECT `connect`, then a TLS handshake asking for `server_name` (or `first`
    sent raw instead); what came of it."""
    with socket.create_connection(proxy.host_port, timeout=10) as sock:
        sock.sendall(f"CONNECT {connect} HTTP/1.1\r\nHost: {connect}\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(4096)
        if b" 200 " not in head.split(b"\r\n", 1)[0]:
            return head.split(b"\r\n", 1)[0].decode()
        if first is not None:
            sock.sendall(first)
            try:
                return "closed" if not sock.recv(4096) else "answered"
            except ConnectionResetError:
                return "closed"
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        try:
            with ctx.wrap_socket(sock, server_hostname=server_name) as tls:
                tls.sendall(b"GET /small HTTP/1.1\r\nHost: localhost\r\n"
                            b"Connection: close\r\n\r\n")
                return tls.recv(4096).split(b"\r\n", 1)[0].decode()
        except (ssl.SSLError, ConnectionError, OSError):
            return "closed"


async def test_the_connect_host_as_server_name_passes(tmp_path: Path) -> None:
    async with tls_upstream(tmp_path) as up, running_egress(
            {"egress": {"allowed_connect_ports": [up.port]}}) as proxy:
        result = await curl("-k", "--proxy", proxy.url, f"https://localhost:{up.port}/small")
        assert result.returncode == 0 and result.stdout == "hello", result.stderr
        got = await asyncio.to_thread(_tls_through, proxy, f"LocalHost:{up.port}",
                                      "localhost.")
        assert got == "HTTP/1.1 200 OK"
        for _ in range(2):
            rec = await proxy.record()
            assert rec.verdict.decision is Decision.ALLOW


@pytest.mark.parametrize(("connect", "server_name", "first", "kind"), [
    ("localhost", "blocked-site.example", None, "tls_server_name_mismatch"),
    # an address names no host a rule on names could see: any server name is another
    ("127.0.0.1", "blocked-site.example", None, "tls_server_name_mismatch"),
    ("localhost", None, b"\x16\x03\x01\x00\x08\x02\x00\x00\x04\x03\x03\x00\x00",
     "tls_hello_malformed"),  # a ServerHello
])
async def test_another_server_name_or_a_broken_hello_cuts_the_tunnel(
        tmp_path: Path, connect: str, server_name: str | None, first: bytes | None,
        kind: str) -> None:
    async with tls_upstream(tmp_path) as up, running_egress(
            {"egress": {"allowed_connect_ports": [up.port]}}) as proxy:
        got = await asyncio.to_thread(_tls_through, proxy, f"{connect}:{up.port}",
                                      server_name, first)
        assert got == "closed"
        rec = await proxy.record()
        assert rec.action.surface is Surface.CONNECT and rec.action.target.host == connect
        assert rec.verdict.decision is Decision.BLOCK
        kinds = [f.kind for f in rec.verdict.findings]
        assert kind in kinds
        assert rec.outcome.bytes_in == 0  # nothing of the hello went upstream
        assert not up.peers  # the TLS server never saw a request


@pytest.mark.parametrize(("settings", "connect", "server_name", "first"), [
    ({"tls_server_name": "off"}, "localhost", "blocked-site.example", None),
    ({}, "127.0.0.1", None, None),  # an address, and no server name in the hello
    ({}, "localhost", None, None),  # no server name sent
    ({}, "localhost", None, b"SSH-2.0-OpenSSH_9.6\r\n"),  # not TLS: passed on
])
async def test_what_passes(tmp_path: Path, settings: dict[str, Any], connect: str,
                           server_name: str | None, first: bytes | None) -> None:
    async with tls_upstream(tmp_path) as up, running_egress(
            {"egress": {"allowed_connect_ports": [up.port], **settings}}) as proxy:
        got = await asyncio.to_thread(_tls_through, proxy, f"{connect}:{up.port}",
                                      server_name, first)
        # the TLS server answers a request, or closes on the SSH banner it cannot read
        assert got == ("closed" if first else "HTTP/1.1 200 OK")
        rec = await proxy.record()
        assert rec.verdict.decision is Decision.ALLOW
        assert rec.outcome.bytes_in > 0


def _trickled_hello(proxy: Proxy, connect: str) -> str:
    """CONNECT `connect`, then a real ClientHello a byte every 0.3 s; what came of it."""
    ctx = ssl.create_default_context()
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = ctx.wrap_bio(incoming, outgoing, server_hostname="localhost")
    with pytest.raises(ssl.SSLWantReadError):
        tls.do_handshake()
    hello = outgoing.read()
    with socket.create_connection(proxy.host_port, timeout=10) as sock:
        sock.sendall(f"CONNECT {connect} HTTP/1.1\r\nHost: {connect}\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(4096)
        assert b" 200 " in head.split(b"\r\n", 1)[0], head
        sock.settimeout(0.3)
        for i in range(min(len(hello), 40)):  # 12 s at most: the hello is 500 bytes
            try:
                sock.sendall(hello[i:i + 1])
                if not sock.recv(4096):
                    return "closed"
            except TimeoutError:
                continue
            except OSError:
                return "closed"
        return "still open"


async def test_a_hello_sent_a_byte_at_a_time_cuts_the_tunnel(tmp_path: Path) -> None:
    async with tls_upstream(tmp_path) as up, running_egress(
            {"egress": {"allowed_connect_ports": [up.port], "header_timeout": "1s"}}) as proxy:
        got = await asyncio.to_thread(_trickled_hello, proxy, f"localhost:{up.port}")
        assert got == "closed"
        rec = await proxy.record()
        assert rec.action.surface is Surface.CONNECT
        assert "tls_hello_timeout" in [f.kind for f in rec.verdict.findings]
        assert "not complete within 1s" in (rec.outcome.error or "")
        assert rec.outcome.bytes_in == 0 and not up.peers
