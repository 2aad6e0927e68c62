"""`/metrics` after known traffic through a real running proxy: egress requests allowed,
denied by a rule, rate limited, held for an approval that an operator grants, refused by
a content guard, failed upstream, plus one stream; the exposition is fetched over HTTP,
parsed with prometheus-client's own parser, and its counts checked exactly."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from secproxy.model import Action, Direction, Principal, Surface, Target
from tests.helpers import eventually, running_proxy, serving

pytestmark = [pytest.mark.functional, pytest.mark.timeout(60)]

CONFIG: dict[str, Any] = {
    "egress": {"ssrf_allow": ["127.0.0.0/8"], "pool_max_idle_per_host": 0,
               "allowed_connect_ports": []},
    "engine": {"default_action": "deny"},
    "rules": [
        {"name": "internal", "match": "127.0.0.1/denied", "action": "deny"},
        {"name": "limited", "match": "127.0.0.1/limited", "action": "allow",
         "policies": [{"type": "rate_limit", "max_requests": 2, "window": 60, "per": "ip"}]},
        {"name": "ask", "match": "127.0.0.1/ask", "action": "require_approval"},
        {"name": "open", "match": "127.0.0.1/*", "action": "allow"},
    ],
    "guards": {"use": [
        {"name": "keys", "family": "patterns", "action": "block", "directions": ["request"],
         "settings": {"patterns": [{"name": "key", "pattern": "sk-[A-Za-z0-9]{20,}"}]}},
    ]},
}
KEY = "sk-" + "Zq8wX2cV4bN6mL1kJ3hG5fD7"

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def parse(text: str) -> Samples:
    out: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return out


def value(samples: Samples, name: str, **labels: str) -> float:
    """The sample with exactly these labels (0 when the series does not exist)."""
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: Samples, name: str, **labels: str) -> float:
    """The sum over every series of `name` carrying at least these labels."""
    want = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and want <= ls)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def upstream_app() -> web.Application:
    async def ok(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text="ok")
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", ok)
    return app


async def test_metrics_count_known_traffic(tmp_path: Path) -> None:
    async with serving(await upstream_app()) as port, \
            running_proxy(tmp_path, {**CONFIG, "egress": {
                **CONFIG["egress"], "allowed_connect_ports": [port]}}) as rt:
        base = f"http://127.0.0.1:{port}"
        proxy = f"http://{rt.addresses()['egress']}"
        async with httpx.AsyncClient(proxy=proxy, timeout=10) as client:
            statuses = [(await client.get(f"{base}/open{i}")).status_code for i in range(3)]
            statuses.append((await client.get(f"{base}/denied")).status_code)
            statuses += [(await client.get(f"{base}/limited")).status_code for _ in range(3)]
            statuses.append((await client.post(f"{base}/openx", content=f"key={KEY}"))
                            .status_code)
            held = asyncio.ensure_future(client.get(f"{base}/ask"))
            pending = await eventually(rt.engine.approvals.pending, message="an approval")
            rt.engine.approvals.resolve(pending[0].id, approve=True, by="op")
            statuses.append((await held).status_code)
            statuses.append((await client.get(f"http://127.0.0.1:{free_port()}/gone"))
                            .status_code)
        assert statuses == [200, 200, 200, 403, 200, 200, 429, 403, 200, 502]

        stream = await rt.engine.stream(Action(
            Surface.LLM, Direction.STREAM, Principal(ip="127.0.0.1"),
            Target(host="127.0.0.1", path="/answer")))
        assert await stream.feed("a harmless answer") is None
        await stream.end()

        await eventually(lambda: rt.ledger.written >= 11, message="the ledger records")
        host, _, egress_port = rt.addresses()["egress"].rpartition(":")
        reader, writer = await asyncio.open_connection(host, int(egress_port))
        writer.write(f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
                     .encode())
        assert (await reader.readline()).startswith(b"HTTP/1.1 200")
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.get(f"http://{rt.addresses()['api']}/metrics")
        writer.close()
        assert resp.status_code == 200
        m = parse(resp.text)

    decisions = "secproxy_decisions_total"
    assert value(m, decisions, surface="egress", decision="allow", rule="open") == 3 + 1
    assert value(m, decisions, surface="egress", decision="block", rule="internal") == 1
    assert value(m, decisions, surface="egress", decision="allow", rule="limited") == 2
    assert value(m, decisions, surface="egress", decision="block", rule="limited") == 1
    assert value(m, decisions, surface="egress", decision="block", rule="open") == 1
    assert value(m, decisions, surface="llm", decision="allow", rule="open") == 1
    assert value(m, decisions, surface="connect", decision="allow", rule="open") == 1
    assert total(m, decisions, surface="egress") == 10
    assert total(m, decisions) == 12

    assert value(m, "secproxy_rate_limited_total", surface="egress", key="ip") == 1
    assert total(m, "secproxy_rate_limited_total") == 1
    assert value(m, "secproxy_findings_total", stage="keys", family="redaction", kind="key") == 1
    assert value(m, "secproxy_findings_total", stage="rules", family="policy",
                 kind="denied_by_rule") == 1

    assert value(m, "secproxy_approvals_total", state="opened") == 1
    assert value(m, "secproxy_approvals_total", state="approved") == 1
    assert value(m, "secproxy_approval_resolve_seconds_count", state="approved") == 1
    assert value(m, "secproxy_approvals_pending") == 0

    # Every decision ran the limits stage, all but the rate-limited one the rules stage.
    assert value(m, "secproxy_stage_seconds_count", stage="limits") == 12
    assert value(m, "secproxy_stage_seconds_count", stage="rules") == 11
    # The guard ran on every egress request that reached the guards stage (not the one
    # denied by a rule nor the rate-limited one) and on the tunnel's host name; the stream
    # opened with nothing to scan.
    assert value(m, "secproxy_guard_seconds_count", guard="keys") == 10 - 2 + 1
    assert value(m, "secproxy_decision_seconds_count", surface="egress") == 10

    assert total(m, "secproxy_upstream_errors_total", upstream="egress") == 1
    assert value(m, "secproxy_streams_ended_total", surface="llm", reason="completed") == 1

    assert value(m, "secproxy_ledger_write_seconds_count") >= 1
    assert value(m, "secproxy_ledger_healthy") == 1
    assert value(m, "secproxy_open_connections", listener="api") >= 1
    assert value(m, "secproxy_open_tunnels") == 1
    assert value(m, "secproxy_open_connections", listener="egress") == 1
    _no_unbounded_labels(m)


def _no_unbounded_labels(samples: Iterable[tuple[str, frozenset[tuple[str, str]]]]) -> None:
    """No request id, address or URL in any label."""
    for _, labels in samples:
        for _, v in labels:
            assert "127.0.0.1" not in v and "/" not in v, v
