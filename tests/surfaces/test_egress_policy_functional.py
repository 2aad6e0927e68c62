"""Decisions on the egress surface: rules (deny, allow, log), rate limits, time windows,
blocked principals, approvals, proxy authentication and SSRF protection, each answered
on the wire and recorded in the ledger."""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib

import httpx
import pytest

from secproxy.model import Decision
from tests.helpers import eventually
from tests.surfaces.test_egress_helpers_functional import (
    curl,
    raw_exchange,
    running_egress,
    split_response,
    upstream,
)

pytestmark = pytest.mark.functional


def _get(url: str, *headers: str) -> bytes:
    extra = "".join(f"{h}\r\n" for h in headers)
    return f"GET {url} HTTP/1.1\r\nHost: x\r\n{extra}Connection: close\r\n\r\n".encode()


async def test_deny_allow_and_log_rules() -> None:
    rules = [
        {"name": "no-admin", "match": "127.0.0.1/admin/**", "action": "deny",
         "reason": "admin is off limits"},
        {"name": "watch", "match": "127.0.0.1/headers", "action": "log"},
        {"name": "ok", "match": "127.0.0.1", "action": "allow"},
    ]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        status, headers, body = split_response(
            await raw_exchange(proxy, _get(f"{up.base}/%61dmin/x"))
        )
        assert status == 403
        assert headers["content-type"] == "application/json"
        assert body["error"] == "denied_by_rule"
        assert body["rule"] == "no-admin" and body["reason"] == "admin is off limits"
        rec = await proxy.record()
        assert rec.verdict.decision is Decision.BLOCK and rec.verdict.rule == "no-admin"
        assert body["request_id"] == rec.action.request_id
        assert rec.outcome.status == 403

        async with httpx.AsyncClient(proxy=proxy.url) as client:
            assert (await client.get(f"{up.base}/headers")).status_code == 200
            assert (await client.get(f"{up.base}/small")).status_code == 200
        logged, allowed = await proxy.record(), await proxy.record()
        assert logged.verdict.logged and logged.verdict.rule == "watch"
        assert allowed.verdict.rule == "ok" and not allowed.verdict.logged


@pytest.mark.parametrize("path", ["//admin/x", "/%61dmin//x", "/c//../admin/x",
                                  "/c\\..\\admin\\x", "/admin//../public",
                                  "/admin/x\\..\\..\\public", "/public%2F..%2Fadmin/x"])
async def test_a_path_rule_sees_merged_slashes_and_backslashes(path: str) -> None:
    # nginx and Apache merge runs of slashes, WHATWG URL parsers (Node, Deno, Bun) read a
    # backslash as a slash: each of these is /admin/x to them. With a dot segment they
    # part ways (/admin//../public is /public merged, /admin/public to WHATWG;
    # /admin/x\\..\\..\\public stays under /admin/ where a backslash is a character), so
    # such a path is refused rather than checked on one reading of it.
    rules = [{"name": "no-admin", "match": "127.0.0.1/admin/**", "action": "deny"}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        status, _, body = split_response(await raw_exchange(proxy, _get(f"{up.base}{path}")))
        rec = await proxy.record()
    assert rec.verdict.decision is Decision.BLOCK  # before: the last three sent on (404)
    if "." in path:
        assert status == 400 and body["error"] == "bad_url" and "dot segment" in body["reason"]
        assert rec.action.metadata["request_target"] == f"{up.base}{path}"
    else:
        assert status == 403 and body["rule"] == "no-admin"
        assert rec.action.target.path == "/admin/x"
    assert up.headers == []


@pytest.mark.parametrize("path", ["/a//b.json", "/a\\b", "/a/./b/../c", "/a/..b//c"])
async def test_ordinary_paths_with_slashes_or_dots_go_through(path: str) -> None:
    rules = [{"name": "no-admin", "match": "127.0.0.1/admin/**", "action": "deny"}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        status, _, _ = split_response(await raw_exchange(proxy, _get(f"{up.base}{path}")))
        rec = await proxy.record()
    assert status == 404 and rec.verdict.decision is Decision.ALLOW  # the upstream's 404


async def test_default_deny_with_an_allow_rule() -> None:
    config = {"engine": {"default_action": "deny"},
              "rules": [{"name": "local", "host": "127.0.0.1", "action": "allow"}]}
    async with upstream() as up, running_egress(config) as proxy:
        ok = await curl("-x", proxy.url, f"{up.base}/small")
        assert ok.stdout == "hello"
        status, _, body = split_response(await raw_exchange(proxy, _get("http://localhost:1/")))
        assert status == 403 and body["error"] == "default_deny"


async def test_rate_limit_answers_429_with_retry_after() -> None:
    rules = [{"name": "slow-down", "match": "127.0.0.1", "action": "allow",
              "policies": [{"type": "rate_limit", "max_requests": 2, "window": "30s"}]}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        async with httpx.AsyncClient(proxy=proxy.url) as client:
            codes = [(await client.get(f"{up.base}/small")) for _ in range(3)]
        assert [r.status_code for r in codes] == [200, 200, 429]
        limited = codes[2]
        assert 1 <= int(limited.headers["retry-after"]) <= 30
        assert limited.json()["error"] == "rate_limit"
        assert limited.json()["rule"] == "slow-down"
        records = [await proxy.record() for _ in range(3)]
        assert records[2].outcome.status == 429


async def test_time_window_that_excludes_now_is_403() -> None:
    today = datetime.datetime.now(datetime.UTC).strftime("%a").lower()[:3]
    other_days = [d for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") if d != today]
    rules = [{"name": "office-hours", "match": "127.0.0.1", "action": "allow",
              "policies": [{"type": "time_restriction", "allowed_days": other_days}]}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        status, _, body = split_response(await raw_exchange(proxy, _get(f"{up.base}/small")))
        assert status == 403 and body["error"] == "time_window"
        assert body["rule"] == "office-hours"
        assert not up.peers


async def test_blocked_principal_is_403() -> None:
    async with upstream() as up, running_egress() as proxy:
        proxy.engine.tracker.block("ip:127.0.0.1", duration=60, reason="test", by="op")
        status, _, body = split_response(await raw_exchange(proxy, _get(f"{up.base}/small")))
        assert status == 403 and body["error"] == "principal_blocked"


async def test_require_approval_holds_until_an_operator_decides() -> None:
    rules = [{"name": "ask", "match": "127.0.0.1/small", "action": "require_approval"}]
    async with upstream() as up, running_egress({"rules": rules}) as proxy:
        approvals = proxy.engine.approvals
        async with httpx.AsyncClient(proxy=proxy.url, timeout=10) as client:
            pending = asyncio.ensure_future(client.get(f"{up.base}/small"))
            first = await eventually(approvals.pending, message="a pending approval")
            assert not pending.done()
            approvals.resolve(first[0].id, approve=True, by="op")
            assert (await pending).status_code == 200

            pending = asyncio.ensure_future(client.get(f"{up.base}/small"))
            second = await eventually(approvals.pending, message="a pending approval")
            approvals.resolve(second[0].id, approve=False, by="op", note="no")
            denied = await pending
            assert denied.status_code == 403
            assert denied.json()["error"] == "approval_denied"


async def test_proxy_auth_407_strike_and_success() -> None:
    digest = hashlib.sha256(b"s3cret").hexdigest()
    users = [{"name": "alice", "password": "wonderland"},
             {"name": "bot", "password_sha256": digest}]
    async with upstream() as up, running_egress({"egress": {"users": users}}) as proxy:
        raw = await raw_exchange(proxy, _get(f"{up.base}/small"))
        status, headers, body = split_response(raw)
        assert status == 407
        assert headers["proxy-authenticate"] == 'Basic realm="secproxy"'
        assert body["error"] == "proxy_auth_required"
        missing = await proxy.record()
        assert missing.verdict.decision is Decision.CHALLENGE

        bad = base64.b64encode(b"alice:guess").decode()
        status, _, body = split_response(
            await raw_exchange(proxy, _get(f"{up.base}/small", f"Proxy-Authorization: Basic {bad}"))
        )
        assert status == 407 and body["error"] == "proxy_auth_failed"
        wrong = await proxy.record()
        assert wrong.verdict.decision is Decision.BLOCK
        assert wrong.outcome.status == 407
        state = proxy.engine.tracker.get("ip:127.0.0.1")
        assert state is not None and len(state.strikes) == 1
        assert not up.peers

        ok = await curl("-x", proxy.url, "-U", "alice:wonderland", f"{up.base}/small")
        assert ok.stdout == "hello"
        rec = await proxy.record()
        assert rec.action.principal.user == "alice" and rec.action.principal.ip == "127.0.0.1"
        async with httpx.AsyncClient(proxy=f"http://bot:s3cret@{proxy.svc.address}") as client:
            assert (await client.get(f"{up.base}/small")).text == "hello"
        assert (await proxy.record()).action.principal.key == "user:bot"
        assert not up.headers[-1].get("Proxy-Authorization")


@pytest.mark.parametrize("host", ["169.254.169.254", "10.0.0.1"])
async def test_ssrf_is_denied_before_any_connection(host: str) -> None:
    async with running_egress({"egress": {"ssrf_allow": []}}) as proxy:
        decisions = proxy.engine.bus.subscribe("decisions", kinds={"decision"})
        status, _, body = split_response(await raw_exchange(proxy, _get(f"http://{host}/latest/")))
        assert status == 403 and body["error"] == "ssrf"
        rec = await proxy.record()
        # Announced once, as it ended: live consoles and metrics never see an "allow".
        assert [e.verdict.decision for e in decisions.drain(10)] == [Decision.BLOCK]
        assert rec.verdict.decision is Decision.BLOCK
        assert rec.verdict.findings[-1].stage == "destination"
        assert rec.verdict.findings[-1].category == "ssrf"
        assert rec.action.target.host == host
        assert rec.outcome.status == 403
        assert proxy.svc.pool.connects == 0, "the proxy tried to connect"


async def test_loopback_needs_an_explicit_exemption() -> None:
    async with upstream() as up:
        async with running_egress({"egress": {"ssrf_allow": []}}) as proxy:
            status, _, body = split_response(await raw_exchange(proxy, _get(f"{up.base}/small")))
            assert status == 403 and body["error"] == "ssrf"
            assert not up.peers and proxy.svc.pool.connects == 0
        rules = [{"name": "local-dev", "match": "localhost", "action": "allow"},
                 {"name": "any", "match": "*", "action": "allow"}]
        config = {"egress": {"ssrf_allow": []}, "rules": rules}
        async with running_egress(config) as proxy:
            ok = await curl("-x", proxy.url, f"http://localhost:{up.port}/small")
            assert ok.stdout == "hello"
            assert (await proxy.record()).verdict.rule == "local-dev"
            status, _, body = split_response(await raw_exchange(proxy, _get(f"{up.base}/small")))
            assert status == 403 and body["rule"] == "any"
