"""Permits across two real `secproxy serve` processes sharing one real Redis server
(issue 17): a permit issued by one instance and used on the other is refused when it is
replayed on the first; while Redis is away a permit is refused (`state_unavailable`) even
with `on_failure: local`, and is not spent by that refusal."""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from typing import Any

import pytest

from secproxy.files import create_private
from secproxy.keys import load_or_create_ed25519
from tests.cli.conftest import Served, wait_for
from tests.scale_redis.conftest import RedisServer
from tests.scale_redis.test_two_instances_functional import status, two_instances

pytestmark = [pytest.mark.functional, pytest.mark.timeout(150)]

# The instances sign permits with one key (copied to each state directory, as a
# deployment behind one load balancer must), and write inside one shared root.
CONFIG = """\
state: {{backend: redis, url: '{url}', heartbeat: 200ms, timeout: 300ms, on_failure: local}}
control: {{api_keys: [op-key-1]}}
inspect: {{handlers: {{fs_roots: ['{tmp}/work']}}}}
rules:
  - {{name: writes, tools: [fs_write], action: require_approval}}
"""
OP = {"Authorization": "Bearer op-key-1"}
S = {"session_id": "sess-1", "agent_id": "agent-7"}


def api(served: Served, path: str, body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None, source: str = "127.0.0.1"
        ) -> tuple[int, dict[str, Any]]:
    """One call to an instance's inspection API from the loopback address `source` (a
    principal of its own): (status, JSON body)."""
    host, _, port = served.addresses["api"].rpartition(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30, source_address=(source, 0))
    try:
        conn.request("GET" if body is None else "POST", path,
                     None if body is None else json.dumps(body).encode(),
                     {"Content-Type": "application/json", **(headers or {})})
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def permit_from(served: Served, call: dict[str, Any]) -> str:
    """Submit `call` to `served`, approve it there as the operator, return its permit."""
    code, got = api(served, "/approval/submit", call)
    assert (code, got["state"]) == (202, "pending"), got
    approval = got["approval_id"]
    code, done = api(served, "/approval/resolve", {"approval_id": approval, "approve": True},
                     OP)
    assert (code, done["state"]) == (200, "approved"), done
    code, got = api(served, f"/approval/{approval}")
    assert got["state"] == "approved", got
    return str(got["permit"])


def test_a_permit_used_on_one_instance_is_refused_on_the_other(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    keys = tmp_path / "keys"
    keys.mkdir()
    load_or_create_ed25519(keys / "permit.key", keys / "permit.pub", "the permit key")

    def shared_key(state_dir: Path) -> None:
        for name in ("permit.key", "permit.pub"):
            create_private(state_dir / name)
            (state_dir / name).write_bytes((keys / name).read_bytes())

    (tmp_path / "work").mkdir()
    written = tmp_path / "work" / "notes.txt"
    with two_instances(tmp_path, redis_server, CONFIG, shared_key) as (a, b):
        wait_for(lambda: all(status(s)["state"]["up"] for s in (a, b)), timeout=20)
        call = {**S, "tool_name": "fs_write", "arguments": {"path": "notes.txt",
                                                             "content": "one"}}
        permit = permit_from(a, call)
        code, got = api(b, "/execute", {**call, "permit": permit})
        assert (code, got["result"]) == (200, "executed"), got
        assert written.read_text() == "one"

        written.write_text("changed since")
        for served in (a, b):  # replayed on the instance that issued it, and on B again
            code, got = api(served, "/execute", {**call, "permit": permit})
            assert (code, got["error"]) == (403, "permit_invalid"), got
            assert "already used" in got["reason"]
        assert written.read_text() == "changed since"

        # Redis away: refused even though on_failure is local (other calls go ahead).
        second = {**call, "arguments": {"path": "notes.txt", "content": "two"}}
        permit = permit_from(b, second)
        redis_server.stop()
        code, got = api(a, "/execute", {**second, "permit": permit})
        assert (code, got["error"]) == (403, "state_unavailable"), got
        assert "state backend unavailable" in got["reason"]
        assert written.read_text() == "changed since"
        code, got = api(a, "/inspect/tool-call", {**S, "tool_name": "fs_read",
                                                  "arguments": {"path": "notes.txt"}})
        assert (code, got["decision"]) == (200, "allow"), got

        # Back (empty): the refused permit was not spent; used now, it is spent everywhere.
        redis_server.start()
        wait_for(lambda: status(a)["state"]["up"], timeout=20)
        code, got = api(a, "/execute", {**second, "permit": permit})
        assert (code, got["result"]) == (200, "executed"), got
        assert written.read_text() == "two"
        code, got = api(b, "/execute", {**second, "permit": permit})
        assert (code, got["error"]) == (403, "permit_invalid"), got
        a.stop()
        b.stop()


def test_an_approval_answered_on_another_instance_yields_one_use(
    tmp_path: Path, redis_server: RedisServer,
) -> None:
    # Submitted on A, approved by an operator on B: both instances hold it as approved,
    # and each handed out a permit of its own, with its own nonce. Both ran: the action
    # an operator approved once was written twice.
    keys = tmp_path / "keys"
    keys.mkdir()
    load_or_create_ed25519(keys / "permit.key", keys / "permit.pub", "the permit key")

    def shared_key(state_dir: Path) -> None:
        for name in ("permit.key", "permit.pub"):
            create_private(state_dir / name)
            (state_dir / name).write_bytes((keys / name).read_bytes())

    (tmp_path / "work").mkdir()
    written = tmp_path / "work" / "log.txt"
    with two_instances(tmp_path, redis_server, CONFIG, shared_key) as (a, b):
        wait_for(lambda: all(status(s)["state"]["up"] for s in (a, b)), timeout=20)
        call = {**S, "tool_name": "fs_write", "arguments": {
            "path": "log.txt", "content": "once\n", "append": True}}
        code, got = api(a, "/approval/submit", call)
        assert (code, got["state"]) == (202, "pending"), got
        approval = got["approval_id"]
        wait_for(lambda: api(b, f"/approval/{approval}", headers=OP)[0] == 200, timeout=20)
        code, done = api(b, "/approval/resolve", {"approval_id": approval, "approve": True},
                         OP)
        assert (code, done["state"]) == (200, "approved"), done
        permits = []
        for served in (a, b):
            wait_for(lambda s=served: api(s, f"/approval/{approval}")[1].get("permit"),
                     timeout=20)
            permits.append(api(served, f"/approval/{approval}")[1]["permit"])
        results = [api(served, "/execute", {**call, "permit": permit})
                   for served, permit in zip((a, b), permits, strict=True)]
        assert sorted(code for code, _ in results) == [200, 403], results
        assert written.read_text() == "once\n"
        a.stop()
        b.stop()
