"""What an idle keep-alive client connection costs the egress proxy in Python objects:
issue 15 budgets the proxy with 1,000 of them, and each holds its protocol
(`client.RequestReader`), its `ClientConnection`, the task waiting for its next request
and that wait's timer for as long as the client stays."""

from __future__ import annotations

import asyncio
import gc
import tracemalloc

import pytest

from tests.surfaces.test_egress_helpers_functional import running_egress, upstream

pytestmark = pytest.mark.functional

_IDLE = 200
_BUDGET = 5300
"""Bytes secproxy's own code may have allocated per idle connection (4,838 measured on
CPython 3.11; 5,766 when each protocol's queue was a deque and the task's done callback
a closure, 7,110 when the protocols kept their attributes in instance dicts)."""


async def test_an_idle_keep_alive_client_costs_little() -> None:
    async with upstream() as up, running_egress(
            {"egress": {"max_connections_per_principal": 10_000}}) as proxy:
        writers: list[asyncio.StreamWriter] = []

        async def idle_client() -> None:
            reader, writer = await asyncio.open_connection(*proxy.host_port)
            writers.append(writer)
            writer.write(f"GET {up.base}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            await reader.readuntil(b"\r\n\r\n")
            assert await reader.readexactly(5) == b"hello"

        try:
            for _ in range(20):  # the pool, caches and first-use allocations
                await idle_client()
            gc.collect()
            tracemalloc.start()
            try:
                before = tracemalloc.take_snapshot()
                for _ in range(_IDLE):
                    await idle_client()
                assert proxy.svc.open_connections == 20 + _IDLE
                gc.collect()
                after = tracemalloc.take_snapshot()
            finally:
                tracemalloc.stop()
        finally:
            for writer in writers:
                writer.close()
        own = [tracemalloc.Filter(True, "*/secproxy/*")]
        grown = sum(stat.size_diff for stat in
                    after.filter_traces(own).compare_to(before.filter_traces(own), "filename"))
        assert grown / _IDLE <= _BUDGET, f"{grown / _IDLE:.0f} bytes per idle connection"
