"""Two real `secproxy serve` processes sharing one real Redis server (issue 17): a rate
limit counted once across both, a block made on one refusing the next request on the
other, an approval held on one approved through the other's control socket, status
listing both, and a Redis outage refused (fail closed) then recovered from without a
restart."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from secproxy.control.client import ControlClient
from tests.cli.conftest import Served, proxy_get, run_cli, serve_process, upstream, wait_for
from tests.scale_redis.conftest import RedisServer

# Two instances starting at once on a loaded machine can take a while (a quiet one: ~3 s).
pytestmark = [pytest.mark.functional, pytest.mark.timeout(150)]


CONFIG = """\
egress: {{ssrf_allow: [127.0.0.1]}}
state: {{backend: redis, url: '{url}', heartbeat: 200ms, timeout: 300ms}}
approvals: {{timeout: 60s}}
rules:
  - name: limited
    path: /limited/**
    action: allow
    policies: [{{type: rate_limit, max_requests: 5, window: 1h}}]
  - name: held
    path: /held/**
    action: require_approval
"""


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    with upstream() as url:
        yield url


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory, module_redis: RedisServer
         ) -> Iterator[tuple[Served, Served]]:
    """Two `secproxy serve` instances (a, b) on one config sharing `module_redis`; the
    tests run in order on them (the last one takes Redis away)."""
    with two_instances(tmp_path_factory.mktemp("pair"), module_redis) as (a, b):
        yield a, b
        a.stop()
        b.stop()


@contextmanager
def two_instances(tmp_path: Path, redis: RedisServer, template: str = CONFIG,
                  seed: Callable[[Path], None] | None = None) -> Iterator[tuple[Served, Served]]:
    """Two instances on one config file (`template` with `{url}`, the Redis server's, and
    `{tmp}`, `tmp_path`), their state directories `tmp_path/a` and `tmp_path/b`, each
    passed to `seed` before its instance starts."""
    config = tmp_path / "secproxy.yaml"
    config.write_text(template.format(url=redis.url, tmp=tmp_path))
    starting = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        if seed is not None:
            seed(tmp_path / name)
        starting.append(serve_process(tmp_path / name, "-c", str(config), timeout=45))
    with ExitStack() as stack, ThreadPoolExecutor(2) as pool:
        for cm in starting:  # both start at once (each waits on its own startup)
            stack.push(cm.__exit__)
        a, b = pool.map(lambda cm: cm.__enter__(), starting)
        yield a, b


def sock(served: Served) -> str:
    return str(served.state_dir / "control.sock")


def control(served: Served, command: str, payload: dict | None = None) -> dict:
    """One command over an instance's control socket (what the CLI sends)."""

    async def call() -> dict:
        async with ControlClient(Path(sock(served))) as client:
            return dict(await client.call(command, payload or {}))

    return asyncio.run(call())


def status(served: Served) -> dict:
    return control(served, "status")


def test_limits_blocks_and_status_hold_across_two_instances(
    pair: tuple[Served, Served], origin: str,
) -> None:
    a, b = pair
    # Both instances registered themselves, each with its own listeners.
    shared = wait_for(lambda: (s := status(a)["state"]) and len(s["instances"]) == 2
                      and all("egress" in i["listeners"] for i in s["instances"]) and s)
    assert shared["backend"] == "redis" and shared["up"] is True
    assert {i["listeners"]["egress"] for i in shared["instances"]} == {
        a.addresses["egress"], b.addresses["egress"]}
    table = run_cli("status", "--format", "table", "--socket", sock(b)).stdout
    assert "state: redis redis://127.0.0.1" in table and "(this)" in table, table
    assert "ledger: " in table and " written, " in table and "health" in table, table

    # 8 requests split over both: the limit of 5 is counted once.
    answers = [proxy_get((a if i % 2 else b).addresses["egress"], f"{origin}/limited/{i}")
               for i in range(8)]
    assert [s for s, _ in answers] == [200] * 5 + [429] * 3, answers
    assert answers[-1][1]["error"] == "rate_limit"

    # A block made on A refuses B's next request (pub/sub, within about a second).
    assert proxy_get(b.addresses["egress"], f"{origin}/free")[0] == 200
    blocked = run_cli("users", "block", "ip:127.0.0.1", "--reason", "test",
                      "--socket", sock(a))
    assert blocked.returncode == 0, blocked.stderr
    refused = wait_for(lambda: (r := proxy_get(b.addresses["egress"],
                                               f"{origin}/free"))[0] == 403 and r, timeout=10)
    assert refused[1]["error"] == "principal_blocked"
    # ... and lifting it on B lets A's next request through.
    control(b, "principals/unblock", {"key": "ip:127.0.0.1"})
    wait_for(lambda: proxy_get(a.addresses["egress"], f"{origin}/free")[0] == 200,
             timeout=10)


def approvals(served: Served) -> list[dict]:
    return list(control(served, "approvals/list")["approvals"])


def test_an_approval_held_on_one_instance_is_resolved_through_the_other_and_an_outage_fails_closed(
    pair: tuple[Served, Served], origin: str, module_redis: RedisServer,
) -> None:
    a, b = pair
    with ThreadPoolExecutor(1) as pool:
        held = pool.submit(proxy_get, a.addresses["egress"], f"{origin}/held/report")
        seen = wait_for(lambda: approvals(b), timeout=15)
        assert len(seen) == 1 and "/held/report" in seen[0]["summary"], seen
        approved = run_cli("approvals", "approve", seen[0]["id"], "--socket", sock(b))
        assert approved.returncode == 0, approved.stderr
        status_code, body = held.result(timeout=20)
    assert status_code == 200 and body == {"path": "/held/report"}
    wait_for(lambda: not approvals(a) and not approvals(b))

    # Redis goes away: every decision is refused, in words, and recorded.
    module_redis.stop()
    refused = wait_for(lambda: (r := proxy_get(a.addresses["egress"],
                                               f"{origin}/free"))[0] == 403 and r)
    assert refused[1]["error"] == "state_unavailable", refused
    assert "state backend unavailable" in refused[1]["reason"]
    wait_for(lambda: status(b)["state"]["up"] is False)
    # It comes back (empty): both instances use it again, no restart.
    module_redis.start()
    for served in (a, b):
        wait_for(lambda s=served: proxy_get(s.addresses["egress"], f"{origin}/free")[0] == 200,
                 timeout=15)
    wait_for(lambda: len(status(b)["state"]["instances"]) == 2)
    records = control(a, "audit/query", {"decision": "block", "limit": 50})["records"]
    assert any(f.get("category") == "state_unavailable"
               for r in records for f in r.get("findings") or []), records
