"""The egress DNS cache, seen through the service's resolver counters: answers reused
for `dns_cache_ttl` per (host, port), one lookup for requests that ask at the same time,
the SSRF check still made on cached addresses, failures and literal addresses never
cached, the number of entries bounded.

The upstream pool is off in these tests (`pool_max_idle_per_host: 0`): a pooled
connection would serve a repeated request without asking the resolver at all."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    raw_exchange,
    read_response,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional

_LOOPBACK = ["127.0.0.0/8", "::1"]


def _config(**egress: Any) -> dict[str, Any]:
    return {"egress": {"pool_max_idle_per_host": 0, "ssrf_allow": _LOOPBACK, **egress}}


def _get(url: str) -> bytes:
    return f"GET {url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()


async def _status(proxy: Any, url: str) -> int:
    status, _, _ = split_response(await raw_exchange(proxy, _get(url)))
    return status


async def test_a_name_is_looked_up_once_within_the_ttl() -> None:
    async with upstream() as up, running_egress(_config()) as proxy:
        url = f"http://localhost:{up.port}/small"
        assert [await _status(proxy, url) for _ in range(3)] == [200, 200, 200]
        resolver = proxy.svc.resolver
        assert (resolver.lookups, resolver.hits) == (1, 2)
        assert len(up.headers) == 3


async def test_ttl_zero_turns_the_cache_off() -> None:
    async with upstream() as up, running_egress(_config(dns_cache_ttl="0s")) as proxy:
        url = f"http://localhost:{up.port}/small"
        assert [await _status(proxy, url) for _ in range(2)] == [200, 200]
        resolver = proxy.svc.resolver
        assert (resolver.lookups, resolver.hits, resolver.cached) == (2, 0, 0)


async def test_literal_addresses_are_not_looked_up_or_cached() -> None:
    async with upstream() as up, running_egress(_config()) as proxy:
        assert await _status(proxy, f"{up.base}/small") == 200
        resolver = proxy.svc.resolver
        assert (resolver.lookups, resolver.hits, resolver.cached) == (0, 0, 0)


async def test_failed_lookups_are_not_cached() -> None:
    # An empty label fails inside getaddrinfo's IDNA step: no query leaves the machine.
    async with running_egress(_config()) as proxy:
        for _ in range(2):
            status, _, body = split_response(await raw_exchange(proxy, _get("http://a..example/")))
            assert status == 502 and body["error"] == "dns_failure"
        resolver = proxy.svc.resolver
        assert (resolver.lookups, resolver.hits, resolver.cached) == (2, 0, 0)


async def test_ssrf_check_runs_on_cached_addresses() -> None:
    # The first request is exempt (its rule names the host), the second is not: the
    # answer for "localhost" comes from the cache and is refused all the same.
    rules = [{"name": "local-small", "match": "localhost/small", "action": "allow"}]
    config = {"egress": {"pool_max_idle_per_host": 0, "ssrf_allow": []}, "rules": rules}
    async with upstream() as up, running_egress(config) as proxy:
        assert await _status(proxy, f"http://localhost:{up.port}/small") == 200
        status, _, body = split_response(
            await raw_exchange(proxy, _get(f"http://localhost:{up.port}/headers"))
        )
        assert status == 403 and body["error"] == "ssrf"
        assert "localhost resolves to" in body["reason"]
        resolver = proxy.svc.resolver
        assert (resolver.lookups, resolver.hits) == (1, 1)
        assert len(up.headers) == 1, "the refused request reached the upstream"
        assert (await proxy.record()).outcome.status == 200
        refused = await proxy.record()
        assert refused.outcome.status == 403 and refused.verdict.findings[-1].category == "ssrf"


@pytest.mark.parametrize(("size", "lookups"), [(1, 3), (2, 2)])
async def test_the_cache_keeps_at_most_dns_cache_size_entries(size: int, lookups: int) -> None:
    # Entries are per (host, port): two upstreams are two entries for "localhost".
    async with upstream() as first, upstream() as second, \
            running_egress(_config(dns_cache_size=size)) as proxy:
        for up in (first, second, first):
            assert await _status(proxy, f"http://localhost:{up.port}/small") == 200
        assert proxy.svc.resolver.lookups == lookups
        assert proxy.svc.resolver.cached == size


async def test_concurrent_requests_for_one_name_share_one_lookup() -> None:
    # getaddrinfo runs in the loop's default executor: with its only thread held busy,
    # the first lookup cannot finish before the other requests have joined it.
    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(max_workers=1)
    loop.set_default_executor(executor)
    gate = threading.Event()
    held = loop.run_in_executor(None, gate.wait, 30)
    try:
        async with upstream() as up, running_egress(_config()) as proxy:
            clients = [await asyncio.open_connection(*proxy.host_port) for _ in range(3)]
            try:
                for _, writer in clients:
                    writer.write(_get(f"http://localhost:{up.port}/small"))
                resolver = proxy.svc.resolver
                await eventually(lambda: resolver.shared == 2, message="requests joined")
                gate.set()
                for reader, _ in clients:
                    status, _, body = await read_response(reader)
                    assert status == 200 and body == b"hello"
                assert resolver.lookups == 1
            finally:
                for _, writer in clients:
                    writer.close()
    finally:
        gate.set()
        await held
        executor.shutdown()
