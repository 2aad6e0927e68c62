"""Hostile and unlucky moments for the egress proxy: host names the resolver refuses,
clients that leave while the upstream thinks or stop reading a response, connections
that arrive while the service stops. Each ends in a clear answer or a clean close, and
every request in exactly one ledger record."""

from __future__ import annotations

import pytest

from tests.surfaces.test_egress_helpers_functional import (
    raw_exchange,
    running_egress,
    split_response,
)

pytestmark = pytest.mark.functional


@pytest.mark.parametrize(
    "request_line",
    [
        b"GET http://" + b"a" * 64 + b".example/ HTTP/1.1",  # label over 63 bytes
        b"GET http://a..example/ HTTP/1.1",  # empty label
        b"CONNECT " + b"b" * 64 + b".example:443 HTTP/1.1",
    ],
)
async def test_host_the_resolver_refuses_is_502_and_recorded(request_line: bytes) -> None:
    async with running_egress() as proxy:
        raw = await raw_exchange(proxy, request_line + b"\r\nConnection: close\r\n\r\n")
        assert raw, "the proxy answers instead of dropping the connection"
        status, _, body = split_response(raw)
        assert status == 502 and body["error"] == "dns_failure"
        rec = await proxy.record()
        assert rec.outcome.status == 502 and "cannot resolve" in (rec.outcome.error or "")
        assert proxy.no_more_records()
