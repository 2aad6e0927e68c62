"""Secrets never leave the proxy in clear (issue #9, defect 5).

A real `secproxy serve` (debug log) relays 40+ distinct credential shapes through every
surface — egress requests forwarded and refused, CONNECT, the WebSocket relay's
handshake and frames, held approvals on both — and then every sink is searched, as raw
bytes, for the distinctive middle of each secret: the ledger file and its WAL, the serve
log, the control socket's event stream, `approvals/list` over the socket and the remote
operator API, `audit/query`, and a webhook alert receiver. The upstreams still receive
the real secrets: masking is for what leaves the engine, not for what is forwarded.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import random
import re
import signal
import string
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from aiohttp import web
from websockets.asyncio.client import connect

from secproxy.control.client import ControlClient
from tests.helpers import eventually
from tests.surfaces.ws_support import Gateway, call, running_gateway

pytestmark = pytest.mark.functional

SECPROXY = [sys.executable, "-c", "from secproxy.cli import main; main()"]
OPERATOR_KEY = "op-key-redaction-0123456789"
_rng = random.Random(905)
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"


def r(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def b64url(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


JWT = (f"{b64url({'alg': 'HS256', 'typ': 'JWT'})}."
       f"{b64url({'sub': 'agent-7', 'iat': 1716239022, 'scope': 'repo:write'})}.{r(43, URLSAFE)}")
PEM = ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + r(64, ALNUM + "+/")
       + "\n" + r(64, ALNUM + "+/") + "\n-----END RSA PRIVATE KEY-----")

SECRETS: dict[str, str] = {
    "aws-access-key": "AKIA" + r(16, UPPER),
    "aws-session-key": "ASIA" + r(16, UPPER),
    "aws-secret-key": r(40, ALNUM + "+/"),
    "github-pat-classic": "ghp_" + r(36),
    "github-pat-fine": "github_pat_" + r(22) + "_" + r(59),
    "github-oauth": "gho_" + r(36),
    "gitlab-pat": "glpat-" + r(20, URLSAFE),
    "slack-bot": f"xoxb-{r(12, string.digits)}-{r(13, string.digits)}-{r(24)}",
    "slack-user": f"xoxp-{r(12, string.digits)}-{r(12, string.digits)}-{r(32, HEX)}",
    "stripe-live": "sk_live_" + r(24),
    "stripe-restricted": "rk_live_" + r(24),
    "openai-project": "sk-proj-" + r(48, URLSAFE),
    "openai-legacy": "sk-" + r(48),
    "anthropic": "sk-ant-api03-" + r(80, URLSAFE) + "-" + r(6) + "AA",
    "google-api-key": "AIza" + r(35, URLSAFE),
    "google-header-key": "AIza" + r(35, URLSAFE),
    "google-oauth": "ya29." + r(60, URLSAFE),
    "jwt": JWT,
    "userinfo-password": "Pw" + r(18),
    "telegram-bot": f"{r(10, string.digits)}:AA{r(33, URLSAFE)}",
    "private-token-header": r(20, URLSAFE),
    "session-cookie": r(32, HEX),
    "jsessionid": r(32, UPPER),
    "password-query": "Hn" + r(16),
    "bearer-custom-header": r(40, URLSAFE),
    "azure-api-key-header": r(32, HEX),
    "x-auth-token": r(36, HEX),
    "token-query": r(28),
    "api-key-query": "sk-live-" + r(32),
    "access-token-query": r(40, URLSAFE),
    "client-secret-query": r(34, URLSAFE),
    "high-entropy-path": r(40),
    "sk-live-path": "sk-live-" + r(32),
    "npm": "npm_" + r(36),
    "huggingface": "hf_" + r(34),
    "sendgrid": f"SG.{r(22, URLSAFE)}.{r(43, URLSAFE)}",
    "twilio": "SK" + r(32, HEX),
    "digitalocean": "dop_v1_" + r(64, HEX),
    "shopify": "shpat_" + r(32, HEX),
    "mailgun": "key-" + r(32, HEX),
    "pypi": "pypi-AgEIcHlwaS5vcmc" + r(60, URLSAFE),
    "slack-webhook-path": r(24),
    "aws-signature": r(64, HEX),
    "proxy-basic": f"agent:{r(20)}",
    "connect-bearer": r(44, URLSAFE),
    "connect-tunnel-token": r(30),
    "ws-bearer": r(40, URLSAFE),
    "ws-cookie": r(32),
    "ws-query-token": r(30),
    "ws-path-token": r(40),
    "ws-frame-password": "Fr" + r(18),
    "ws-frame-api-key": "sk-proj-" + r(40, URLSAFE),
    "pem-private-key": PEM,
    "held-ws-token": "ghp_" + r(36),
    "held-egress-query": r(32),
}


def needle(secret: str) -> bytes:
    """The distinctive middle of a secret (the part no mask may keep)."""
    body = secret.split("PRIVATE KEY-----\n", 1)[-1] if "PRIVATE KEY" in secret else secret
    mid = len(body) // 2
    return body[mid - 5 : mid + 5].encode()


@dataclass
class Receiver:
    """A local HTTP server playing both the upstream and the webhook receiver."""

    requests: list[str] = field(default_factory=list)
    alerts: list[bytes] = field(default_factory=list)
    port: int = 0

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.path.startswith("/hook"):
            self.alerts.append(await request.read())
            return web.Response(text="ok")
        headers = "\n".join(f"{k}: {v}" for k, v in request.headers.items())
        self.requests.append(f"{request.method} {request.path_qs}\n{headers}")
        return web.Response(text="hello")


@contextlib.asynccontextmanager
async def receiver() -> AsyncIterator[Receiver]:
    state = Receiver()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", state.handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    state.port = runner.addresses[0][1]
    try:
        yield state
    finally:
        await runner.cleanup()


@dataclass
class Served:
    proc: subprocess.Popen[bytes]
    log: Path
    addresses: dict[str, str]
    socket: Path


_ADDR = re.compile(r"^\s+(\w+)\s+(\S+)\s*$")


@contextlib.asynccontextmanager
async def serve(state_dir: Path, config: dict[str, Any]) -> AsyncIterator[Served]:
    """`secproxy serve --log-level debug` with its log in a file (not a pipe: a debug log
    would fill a pipe nobody reads and stall the proxy)."""
    path = state_dir / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    log = state_dir / "serve.log"
    cmd = [*SECPROXY, "serve", "-c", str(path), "--log-level", "debug"]
    with log.open("wb") as out:
        proc = await asyncio.to_thread(
            subprocess.Popen, cmd, stdout=subprocess.DEVNULL, stderr=out,
            stdin=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "200"})
    try:
        await eventually(lambda: proc.poll() is not None
                         or "SIGHUP reloads" in log.read_text(errors="replace"),
                         timeout=30, interval=0.05, message="serve start-up")
        assert proc.poll() is None, "serve did not start:\n" + log.read_text()
        addresses = {m[1]: m[2] for line in log.read_text().splitlines()
                     if (m := _ADDR.match(line))}
        yield Served(proc, log, addresses, state_dir / "control.sock")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.to_thread(proc.wait, 30)
            except subprocess.TimeoutExpired:
                proc.kill()
                await asyncio.to_thread(proc.wait, 10)


async def exchange(addr: str, data: bytes, *, timeout: float = 15.0) -> bytes:
    """Send raw bytes to the proxy and read until it closes (or `timeout`)."""
    host, port = addr.rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        writer.write(data)
        await writer.drain()
        out = b""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                while chunk := await reader.read(65536):
                    out += chunk
                    if data.startswith(b"CONNECT") and b"\r\n\r\n" in out:
                        break
        return out
    finally:
        writer.close()


def get(url: str, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"GET {url} HTTP/1.1", "Host: example", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def config(up: int, gateway: Gateway) -> dict[str, Any]:
    return {
        "state_dir": None,  # set by the test
        "listeners": {name: {"host": "127.0.0.1", "port": 0}
                      for name in ("egress", "llm", "ws", "api")},
        # No guard on egress (not even the default secrets guard, which refuses these
        # requests): what is forwarded carries the secrets, and every sink masks them.
        "egress": {"ssrf_allow": ["127.0.0.0/8"], "allowed_connect_ports": [up],
                   "guards": "configured"},
        "ws": {"upstream": gateway.url, "ping_interval": None},
        "control": {"api_keys": [OPERATOR_KEY]},
        "approvals": {"timeout": "30s"},
        "tracking": {"max_strikes": 1000},  # refusals on purpose must not block the test
        "alerts": {"retry_delay": "10ms", "flush_timeout": "5s", "dedup_window": 0,
                   "webhooks": [{"name": "hook", "url": f"http://127.0.0.1:{up}/hook",
                                 "format": "generic", "min_severity": "info",
                                 "rate_limit": 1000,
                                 "events": ["blocked", "approval", "denied", "taint"]}]},
        "rules": [
            {"name": "deny-path", "match": "127.0.0.1/deny/**", "action": "deny",
             "reason": "not for agents"},
            {"name": "hold", "match": "127.0.0.1/held/**", "action": "require_approval"},
            {"name": "no-rm", "tools": ["fs.delete*"], "action": "deny"},
            {"name": "shell", "tools": ["shell.*"], "action": "require_approval"},
        ],
    }


async def egress_traffic(egress: str, up: int) -> None:
    s = SECRETS
    base = f"http://127.0.0.1:{up}"
    headers = {
        "PRIVATE-TOKEN": s["private-token-header"],
        "Cookie": f"theme=dark; session={s['session-cookie']}",
        "X-Relay": f"Bearer {s['bearer-custom-header']}",
        "api-key": s["azure-api-key-header"],
        "X-Goog-Api-Key": s["google-header-key"],
        "X-Auth-Token": s["x-auth-token"],
        "Proxy-Authorization": "Basic " + base64.b64encode(s["proxy-basic"].encode()).decode(),
        "X-Trace": s["jwt"],
    }
    query = (f"page=2&token={s['token-query']}&api_key={s['api-key-query']}"
             f"&access_token={s['access-token-query']}&client_secret={s['client-secret-query']}"
             f"&password={s['password-query']}")
    presigned = (f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={s['aws-access-key']}"
                 f"%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature={s['aws-signature']}")
    paths = [
        f"/bot{s['telegram-bot']}/sendMessage?chat_id=42",
        f"/api/{s['sk-live-path']}/models",
        f"/files/{s['high-entropy-path']}/download",
        f"/app;jsessionid={s['jsessionid']}?{query}",
        f"/services/T0ABCDEF1/B0ABCDEF2/{s['slack-webhook-path']}",
        f"/bucket/obj?{presigned}",
        f"/v1/keys/{s['github-pat-classic']}/{s['github-pat-fine']}",
        f"/v1/x?key={s['google-api-key']}&gho={s['github-oauth']}&glpat={s['gitlab-pat']}",
        f"/hooks/{s['slack-bot']}/{s['slack-user']}",
        f"/pay/{s['stripe-live']}/{s['stripe-restricted']}",
        f"/llm/{s['openai-project']}/{s['openai-legacy']}/{s['anthropic']}",
        f"/auth/{s['google-oauth']}/{s['aws-session-key']}",
        f"/pkg/{s['npm']}/{s['huggingface']}/{s['pypi']}",
        f"/mail/{s['sendgrid']}/{s['twilio']}/{s['mailgun']}",
        f"/cloud/{s['digitalocean']}/{s['shopify']}?secret={s['aws-secret-key']}",
    ]
    for prefix in ("", "/deny"):  # allowed and forwarded, then refused by a rule
        for path in paths:
            answer = await exchange(egress, get(f"{base}{prefix}{path}", headers))
            assert answer.startswith(b"HTTP/1.1 200" if not prefix else b"HTTP/1.1 403"), answer
    # Refused before any rule: not a URL the proxy forwards (userinfo and all).
    for url in (f"https://admin:{s['userinfo-password']}@127.0.0.1:{up}/x?{query}",
                f"ftp://ops:{s['userinfo-password']}@127.0.0.1/{s['high-entropy-path']}"):
        answer = await exchange(egress, get(url, headers))
        assert answer.startswith(b"HTTP/1.1 400"), answer
    # CONNECT with credentials in its headers.
    connect_head = (f"CONNECT 127.0.0.1:{up} HTTP/1.1\r\nHost: 127.0.0.1:{up}\r\n"
                    f"Proxy-Authorization: Bearer {s['connect-bearer']}\r\n"
                    f"X-Tunnel-Token: {s['connect-tunnel-token']}\r\n\r\n").encode()
    answer = await exchange(egress, connect_head)
    assert answer.startswith(b"HTTP/1.1 200"), answer


async def ws_traffic(ws_addr: str, client: ControlClient) -> None:
    s = SECRETS
    url = f"ws://{ws_addr}/agent/{s['ws-path-token']}?token={s['ws-query-token']}"
    headers = {"Authorization": f"Bearer {s['ws-bearer']}", "Cookie": f"sid={s['ws-cookie']}"}
    async with connect(url, additional_headers=headers, open_timeout=10) as ws:
        await ws.send(call("http.get", {"url": "https://api.example.com/x",
                                        "password": s["ws-frame-password"],
                                        "headers": {"Authorization": f"Bearer {s['jwt']}"},
                                        "api_key": s["ws-frame-api-key"]}, id=1))
        assert json.loads(await ws.recv())["id"] == 1
        await ws.send(call("fs.delete", {"path": "/tmp/x", "ssh_key": s["pem-private-key"]},
                           id=2))
        assert "error" in json.loads(await ws.recv())
        await ws.send(call("shell.exec", {"cmd": f"deploy --token {s['held-ws-token']}",
                                          "key": s["held-ws-token"]}, id=3))
        pending = await eventually(lambda: _pending(client), timeout=10, message="ws approval")
        approval = next(a for a in pending if a["surface"] == "ws")
        await client.call("approvals/resolve", {"id": approval["id"], "approve": True})
        answer = json.loads(await asyncio.wait_for(ws.recv(), 10))
        assert answer["id"] == 3 and "result" in answer, answer


_approvals_seen: list[Any] = []


async def _pending(client: ControlClient) -> list[dict[str, Any]]:
    reply = await client.call("approvals/list")
    _approvals_seen.append(reply)
    return list(reply["approvals"])


async def held_egress(egress: str, api: str, up: int, client: ControlClient,
                      sinks: dict[str, list[bytes]]) -> bytes:
    s = SECRETS
    url = (f"http://deploy:{s['userinfo-password']}@127.0.0.1:{up}/held/"
           f"{s['held-egress-query']}/x?token={s['held-egress-query']}&api_key={s['stripe-live']}")
    held = asyncio.ensure_future(exchange(egress, get(url, {"X-Api-Key": s["openai-legacy"]})))
    pending = await eventually(lambda: _pending(client), timeout=10, message="egress approval")
    approval = next(a for a in pending if a["surface"] == "egress")
    auth = {"Authorization": f"Bearer {OPERATOR_KEY}"}
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://{api}/operator/api/approvals/list", headers=auth) as resp:
            assert resp.status == 200
            sinks["operator API approvals/list"].append(await resp.read())
    await client.call("approvals/resolve", {"id": approval["id"], "approve": True})
    return await asyncio.wait_for(held, 15)


def leaks(sinks: dict[str, list[bytes]]) -> dict[str, list[str]]:
    out = {}
    for sink, blobs in sinks.items():
        data = b"\n".join(blobs)
        found = [name for name, secret in SECRETS.items() if needle(secret) in data]
        if found:
            out[sink] = found
    return out


async def test_no_secret_shape_reaches_any_sink_in_clear(tmp_path: Path) -> None:
    assert len(SECRETS) >= 40
    assert len({needle(v) for v in SECRETS.values()}) == len(SECRETS), "needles must differ"
    sinks: dict[str, list[bytes]] = {k: [] for k in (
        "ledger file", "serve log", "control event stream", "approvals/list",
        "operator API approvals/list", "audit/query", "alerts")}
    events: list[dict[str, Any]] = []
    async with receiver() as rx, running_gateway() as gateway:
        cfg = config(rx.port, gateway)
        cfg["state_dir"] = str(tmp_path)
        async with serve(tmp_path, cfg) as served:
            addr = served.addresses
            async with ControlClient(served.socket, on_event=events.append) as client:
                await client.subscribe()
                await egress_traffic(addr["egress"], rx.port)
                answer = await held_egress(addr["egress"], addr["api"], rx.port, client, sinks)
                assert answer.startswith(b"HTTP/1.1 200"), "approving a masked approval releases"
                await ws_traffic(addr["ws"], client)
                await eventually(lambda: len(rx.alerts) >= 3, timeout=10, message="alerts")
                reply = await client.call("audit/query", {"limit": 1000})
                await eventually(lambda: any(e["type"] == "approval/resolved" for e in events)
                                 and sum(e["type"] == "decision/add" for e in events) >= 35,
                                 message="the event stream")
                await asyncio.sleep(0.3)  # let trailing events and alerts arrive
            sinks["audit/query"].append(json.dumps(reply).encode())
            assert reply["records"], "audit/query returned records"
        assert served.proc.returncode == 0, served.log.read_text()[-3000:]
        sinks["approvals/list"] += [json.dumps(a).encode() for a in _approvals_seen]
        sinks["control event stream"] += [json.dumps(e).encode() for e in events]
        sinks["alerts"] += rx.alerts
        sinks["serve log"].append(served.log.read_bytes())
        for suffix in ("", "-wal", "-shm"):
            path = tmp_path / f"ledger.db{suffix}"
            if path.exists():
                sinks["ledger file"].append(path.read_bytes())
        # The forwarded requests carried the real secrets: only what leaves is masked.
        forwarded = "\n".join(rx.requests)
        for name in ("telegram-bot", "session-cookie", "token-query", "jsessionid",
                     "held-egress-query"):
            assert SECRETS[name] in forwarded, f"{name} was not forwarded as sent"
        assert any(SECRETS["ws-frame-api-key"] in str(m) for m in gateway.received)
        assert any(SECRETS["held-ws-token"] in str(m) for m in gateway.received)
        assert any(h.get("Authorization") == f"Bearer {SECRETS['ws-bearer']}"
                   for h in gateway.requests)
    assert all(sinks.values()), {k: len(v) for k, v in sinks.items()}
    found = leaks(sinks)
    summary = {sink: len(names) for sink, names in found.items()}
    assert not found, f"secrets in clear (per sink: {summary}): {found}"
