"""A closed egress connection is freed as soon as it closes, not at the next full
garbage collection: its protocol (`client.RequestReader`, `upstream.Upstream`) is in no
reference cycle once the connection is gone or handed to a tunnel (a parser holds its
protocol's callbacks until the protocol lets it go; a splice relay's pumps hold their
owner's until they stop), spliced bodies and tunnels included. Once a burst of traffic
has ended, what it left free in malloc's heap goes back to the system."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from secproxy.surfaces.egress import service
from secproxy.surfaces.egress.client import RequestReader
from secproxy.surfaces.egress.pool import Upstream
from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    CHUNK,
    Proxy,
    read_response,
    running_egress,
    upstream,
)

pytestmark = pytest.mark.functional


@contextmanager
def _no_collections() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _watch(proxy: Proxy) -> list[weakref.ref[Any]]:
    """Weak references to every client and upstream protocol the proxy makes from now."""
    refs: list[weakref.ref[Any]] = []
    svc = proxy.svc
    accepted, connect = svc._accepted, svc.pool.connect

    def watch_accepted(rx: RequestReader) -> None:
        refs.append(weakref.ref(rx))
        accepted(rx)

    async def watch_connect(*args: Any, **kwargs: Any) -> Upstream:
        up = await connect(*args, **kwargs)
        refs.append(weakref.ref(up))
        return up

    svc._accepted = watch_accepted  # type: ignore[method-assign]
    svc.pool.connect = watch_connect  # type: ignore[method-assign]
    return refs


async def _get(proxy: Proxy, url: str, expect: bytes = b"hello") -> None:
    reader, writer = await asyncio.open_connection(*proxy.host_port)
    try:
        writer.write(f"GET {url} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        status, _, body = await read_response(reader)
        assert status == 200 and body == expect
    finally:
        writer.close()
        await writer.wait_closed()


async def _tunnel(proxy: Proxy, port: int, path: str = "/small",
                  expect: bytes = b"hello") -> None:
    reader, writer = await asyncio.open_connection(*proxy.host_port)
    try:
        writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        assert head.startswith(b"HTTP/1.1 200")
        writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        status, _, body = await read_response(reader)
        assert status == 200 and body == expect
    finally:
        writer.close()
        await writer.wait_closed()


async def test_closed_connections_are_freed_without_a_collection() -> None:
    async with upstream() as up:
        extra = {"egress": {"pool_max_idle_per_host": 0,  # every upstream closes too
                            "allowed_connect_ports": [up.port]}}
        async with running_egress(extra) as proxy:
            refs = _watch(proxy)
            with _no_collections():
                for _ in range(3):
                    await _get(proxy, f"{up.base}/small")
                    await proxy.record()
                # a body past upstream.SPLICE_FROM, and a tunnel past tunnel._COPY_FIRST:
                # both end on a splice relay
                await _get(proxy, f"{up.base}/big?mib=2", CHUNK * 2)
                await proxy.record()
                await _tunnel(proxy, up.port)
                await proxy.record()
                await _tunnel(proxy, up.port, "/big?mib=2", CHUNK * 2)
                await proxy.record()
                await eventually(lambda: proxy.svc.open_connections == 0)
                assert len(refs) == 12  # 6 client connections, 6 upstream ones
                await eventually(lambda: all(ref() is None for ref in refs),
                                 message="every closed connection freed")


async def test_the_free_heap_is_released_once_a_burst_has_ended(
        monkeypatch: pytest.MonkeyPatch) -> None:
    released: list[bool] = []
    monkeypatch.setattr(service, "release_free_heap", lambda: released.append(True))
    async with upstream() as up:
        # sweeps every 0.5 s: one with traffic, then a whole period without
        async with running_egress({"egress": {"pool_idle_timeout": "1s"}}) as proxy:
            await _get(proxy, f"{up.base}/small")
            await proxy.record()
            await eventually(lambda: released, message="the heap released after the burst")
