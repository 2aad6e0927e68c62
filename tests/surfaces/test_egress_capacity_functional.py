"""Caps on what the egress proxy holds at once, so that it never runs out of file
descriptors halfway through serving someone: connections over `egress.max_connections`
and tunnels over `egress.max_tunnels` are answered 503 and recorded; a tunnel that
cannot get the descriptors of the splice relay goes on copying and leaks none; a tunnel
reset after its 200 is recorded as an error, not a clean 200."""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import resource
import socket
import stat
import struct
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import pytest

from secproxy.surfaces.egress import zerocopy
from secproxy.surfaces.egress.capacity import default_caps
from secproxy.surfaces.egress.http1 import CLIENT_GONE
from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    Proxy,
    open_pipes,
    raw_exchange,
    read_response,
    read_until_close,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional


@asynccontextmanager
async def echo_upstream() -> AsyncIterator[int]:
    """A TCP server that echoes what it gets until the other side is done; its port."""

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while piece := await reader.read(65536):
                writer.write(piece)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


async def _tunnel(proxy: Proxy, port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter,
                                                     bytes]:
    """Ask for a tunnel; the connection and the answer's head."""
    reader, writer = await asyncio.open_connection(*proxy.host_port)
    writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    return reader, writer, head


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()


async def test_tunnels_over_max_tunnels_get_503_and_a_record(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="secproxy.egress")
    async with echo_upstream() as port, running_egress(
        {"egress": {"allowed_connect_ports": [port], "max_tunnels": 3}}
    ) as proxy:
        held = [await _tunnel(proxy, port) for _ in range(3)]
        try:
            for reader, writer, head in held:
                assert head.startswith(b"HTTP/1.1 200")
                writer.write(b"ping")
                assert await asyncio.wait_for(reader.readexactly(4), 5) == b"ping"
            reader, writer, head = await _tunnel(proxy, port)
            status, headers, _ = split_response(head)
            assert status == 503 and headers["retry-after"] == "1"
            length = int(headers["content-length"])
            body = await asyncio.wait_for(reader.readexactly(length), 5)
            _, _, answer = split_response(head + body)
            assert answer["error"] == "tunnel_limit" and "max_tunnels" in answer["reason"]
            writer.close()
            rec = await proxy.record()
            assert rec.outcome.status == 503 and "max_tunnels" in (rec.outcome.error or "")
            assert rec.action.request_id == answer["request_id"]
            assert "max_tunnels (3) reached" in caplog.text

            # One tunnel ends (and is recorded): there is room for another.
            reader, writer, _ = held.pop()
            writer.write_eof()
            assert await read_until_close(reader, 5) == b""
            writer.close()
            ended = await proxy.record()
            assert ended.outcome.status == 200 and ended.outcome.error is None
            held.append(await _tunnel(proxy, port))
            assert held[-1][2].startswith(b"HTTP/1.1 200")
        finally:
            for _, writer, _ in held:
                writer.close()


async def test_connections_over_max_connections_get_503_and_a_record() -> None:
    async with upstream() as up, running_egress({"egress": {"max_connections": 2}}) as proxy:
        request = f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        held = [await asyncio.open_connection(*proxy.host_port) for _ in range(2)]
        try:
            for reader, writer in held:
                writer.write(request)
                assert (await read_response(reader))[2] == b"hello"
                assert (await proxy.record()).outcome.status == 200
            status, headers, body = split_response(await raw_exchange(proxy, request))
            assert status == 503 and headers["retry-after"] == "1"
            assert body["error"] == "connection_limit"
            assert "max_connections" in body["reason"]
            rec = await proxy.record()
            assert rec.outcome.status == 503 and rec.action.target.path == "/small"
            assert rec.verdict.findings[-1].category == "connection_limit"
        finally:
            for _, writer in held:
                writer.close()
        await eventually(lambda: proxy.svc.open_connections == 0)
        status, _, body = split_response(await raw_exchange(
            proxy, request.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n")))
        assert (status, body) == (200, b"hello")


def _is_open(fd: int) -> bool:
    try:
        fcntl.fcntl(fd, fcntl.F_GETFD)
    except OSError:
        return False
    return True


def _open_fds() -> set[int]:
    """This process's open descriptors (probed without opening one to list them)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return {fd for fd in range(soft) if _is_open(fd)}


_BUILDERS = ("secproxy-hs-twin", "secproxy-window-entries", "secproxy-universal-ends")
"""The guards' background builders (threads named so by `hscache.start_once` and the
scanners): each reads and writes the cache directory's files while it runs."""


def _builders_running() -> bool:
    return any(t.name.startswith(_BUILDERS) for t in threading.enumerate())


def _relay_fds() -> set[int]:
    """This process's open sockets and pipes: what a tunnel and its splice relay open. A
    regular file another thread of the test process opens and closes meanwhile (a
    Hyperscan database's cache, read when a scanner's twin is made) is no leak of theirs."""
    out = set()
    for fd in _open_fds():
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
            out.add(fd)
    return out


@contextmanager
def _room_for(n: int) -> Iterator[None]:
    """Lower the soft open-file limit so that exactly `n` more descriptors can open."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    used = _open_fds()
    free = [fd for fd in range(soft) if fd not in used][:n]
    resource.setrlimit(resource.RLIMIT_NOFILE, (free[-1] + 1 if free else min(used), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.skipif(not zerocopy.AVAILABLE, reason="the splice relay is Linux only")
@pytest.mark.parametrize("spare", [0, 3, 5, 6])
@pytest.mark.timeout(240)
async def test_a_tunnel_without_descriptors_for_the_splice_relay_goes_on_copying(
    spare: int,
) -> None:
    # Past its first bytes a tunnel moves to the splice relay, which needs six more
    # descriptors (two socket duplicates, two pipes); `spare` of them exist once the
    # tunnel's upstream socket and the echo server's accepted one are open. Without
    # them the tunnel goes on through its transports: every byte arrives, in order,
    # and nothing leaks.
    data = os.urandom(512 * 1024)
    async with echo_upstream() as port, running_egress(
        {"egress": {"allowed_connect_ports": [port]}}
    ) as proxy:
        # A descriptor a builder opens while the limit is lowered would take the echo
        # server's or the relay's: the count below is exact only with none running (a
        # worker that scanned texts earlier may still be making the matcher's twins,
        # ~15 s of CPU on a machine whose cache directory is empty).
        await eventually(lambda: not _builders_running(), timeout=150,
                         message="the guards' background builders done")
        before = _relay_fds()
        pipes = open_pipes()
        reader, writer = await asyncio.open_connection(*proxy.host_port)
        await eventually(lambda: proxy.svc.open_connections == 1)
        try:
            with _room_for(2 + spare):
                writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n".encode())
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
                assert head.startswith(b"HTTP/1.1 200"), head
                writer.write(data)
                echoed = await asyncio.wait_for(reader.readexactly(len(data)), 20)
                spliced = open_pipes() - pipes
        finally:
            writer.close()
        assert echoed == data
        assert len(spliced) == (4 if spare >= 6 else 0)
        rec = await proxy.record()
        assert (rec.outcome.status, rec.outcome.error) == (200, None)
        assert rec.outcome.bytes_in == rec.outcome.bytes_out == len(data)
        await eventually(lambda: _relay_fds() == before, message="no descriptor leaked")
        assert proxy.svc.tunnels == 0


@pytest.mark.parametrize("side", ["client", "upstream"])
async def test_a_tunnel_reset_after_its_200_is_recorded_as_an_error(side: str) -> None:
    resets = asyncio.Event()

    async def reset_after_echo(reader: asyncio.StreamReader,
                               writer: asyncio.StreamWriter) -> None:
        piece = await reader.read(65536)
        writer.write(piece)
        await writer.drain()
        if side == "upstream":
            await resets.wait()
            _reset(writer)
            return
        await reader.read()
        writer.close()

    server = await asyncio.start_server(reset_after_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with running_egress({"egress": {"allowed_connect_ports": [port]}}) as proxy:
            reader, writer, head = await _tunnel(proxy, port)
            assert head.startswith(b"HTTP/1.1 200")
            writer.write(b"hello")
            assert await asyncio.wait_for(reader.readexactly(5), 5) == b"hello"
            if side == "client":
                _reset(writer)
            else:
                resets.set()
                await read_until_close(reader, 5)
                writer.close()
            rec = await proxy.record()
            assert rec.outcome.status == 200
            assert rec.outcome.bytes_in == 5 and rec.outcome.bytes_out == 5
            expected = CLIENT_GONE if side == "client" else "upstream closed the connection"
            assert (rec.outcome.error or "").startswith(expected), rec.outcome
    finally:
        server.close()
        await server.wait_closed()


async def test_the_open_file_limit_is_raised_to_the_hard_limit_at_start() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    lowered = min(soft, hard) - 16
    resource.setrlimit(resource.RLIMIT_NOFILE, (lowered, hard))
    try:
        async with running_egress() as proxy:
            assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] == hard
            derived = default_caps(hard if hard != resource.RLIM_INFINITY else 1 << 20)
            assert (proxy.svc.policy.max_connections, proxy.svc.policy.max_tunnels) == derived
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_default_caps_leave_a_reserve_and_fit_the_limit() -> None:
    for limit in (1024, 4096, 20_000, 1 << 20):
        connections, tunnels = default_caps(limit)
        assert connections * 2 + tunnels * 6 <= limit - min(1024, limit // 4)
    assert default_caps(1024) == (192, 64)
    assert default_caps(20_000) == (4744, 1581)


async def test_a_tunnel_refused_for_want_of_room_does_not_count_against_the_cap() -> None:
    async with echo_upstream() as port, running_egress(
        {"egress": {"allowed_connect_ports": [port], "max_tunnels": 1}}
    ) as proxy:
        reader, writer, head = await _tunnel(proxy, port)
        try:
            assert head.startswith(b"HTTP/1.1 200")
            for _ in range(3):
                _, other, refused = await _tunnel(proxy, port)
                other.close()
                assert refused.startswith(b"HTTP/1.1 503")
            assert proxy.svc.tunnels == 1
        finally:
            writer.close()
        await eventually(lambda: proxy.svc.tunnels == 0)
