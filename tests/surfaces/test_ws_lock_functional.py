"""The gateway lock: each strategy passing and failing, at startup and via check_lock."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect

from secproxy.config import load_config
from secproxy.surfaces.ws import GatewayLockError, check_lock
from secproxy.surfaces.ws.lock import local_addresses
from tests.surfaces.ws_support import Gateway, call, relay_config, running_gateway, running_relay

pytestmark = pytest.mark.functional
TOKEN = "s3cret-gateway-token"
HEADER = "X-Secproxy-Gateway-Token"


def lock_config(upstream: str, lock: dict[str, Any]) -> Any:
    return load_config(text=relay_config(upstream, {"lock": lock}), env={}).config


async def test_validation_token_active() -> None:
    lock = {"strategy": "validation_token", "token": TOKEN}
    async with running_gateway(require=(HEADER, TOKEN)) as gw:
        report = await check_lock(lock_config(gw.url, lock))
        assert report.ok, report.messages
        assert any("refused with HTTP 403" in m for m in report.messages)
        async with running_relay(gw.url, {"lock": lock}) as relay:
            assert relay.service.lock_report is not None and relay.service.lock_report.ok
            before = len(gw.requests)
            # The relay presents the token; a client's own token header is not passed on.
            async with connect(relay.url, additional_headers={HEADER: "forged"}) as ws:
                await ws.send(call("echo", id=1))
                assert json.loads(await ws.recv())["id"] == 1
            assert gw.requests[before].get_all(HEADER) == [TOKEN]


async def test_validation_token_not_enforced_by_the_gateway_stops_startup() -> None:
    lock = {"strategy": "validation_token", "token": TOKEN}
    async with running_gateway() as gw:
        report = await check_lock(lock_config(gw.url, lock))
        assert not report.ok
        assert any("accepts handshakes without" in m for m in report.messages)
        with pytest.raises(GatewayLockError, match="NOT active"):
            async with running_relay(gw.url, {"lock": lock}):
                pass
        # enforce: false only warns.
        async with running_relay(gw.url, {"lock": {**lock, "enforce": False}}) as relay:
            assert relay.service.lock_report is not None
            assert not relay.service.lock_report.ok


async def test_validation_token_wrong_token_and_gateway_down() -> None:
    async with running_gateway(require=(HEADER, "another")) as gw:
        report = await check_lock(lock_config(
            gw.url, {"strategy": "validation_token", "token": TOKEN}))
        assert not report.ok
        assert any("also refuses the proxy's token" in m for m in report.messages)
        url = gw.url
    report = await check_lock(lock_config(url, {"strategy": "validation_token", "token": TOKEN}))
    assert not report.ok and any("unreachable" in m for m in report.messages)


async def test_unix_socket_private_passes_and_relays(tmp_path: Path) -> None:
    sock = tmp_path / "gw.sock"
    gw = await Gateway().start_unix(str(sock))
    try:
        sock.chmod(0o600)
        lock = {"strategy": "unix_socket"}
        report = await check_lock(lock_config(f"unix:{sock}", lock))
        assert report.ok, report.messages
        async with running_relay(f"unix:{sock}", {"lock": lock}) as relay:
            async with connect(relay.url + "/mcp") as ws:
                await ws.send(call("echo", id=1))
                assert json.loads(await ws.recv())["id"] == 1
        assert gw.connections[0].request.path == "/mcp"
    finally:
        await gw.stop()


async def test_unix_socket_open_to_others_fails() -> None:
    # Outside pytest's private tmp tree: a 0700 directory on the path would lock it.
    public = Path(tempfile.mkdtemp(prefix="secproxy-ws-lock-"))
    public.chmod(0o755)
    sock = public / "gw.sock"
    gw = await Gateway().start_unix(str(sock))
    try:
        sock.chmod(0o666)
        report = await check_lock(lock_config(f"unix:{sock}", {"strategy": "unix_socket"}))
        if report.ok:
            pytest.skip(f"a private directory above {public} locks the socket anyway")
        assert any("other users can connect" in m for m in report.messages)
        # socket_path with a ws:// upstream names the same socket.
        report = await check_lock(lock_config(
            "ws://gateway.local", {"strategy": "unix_socket", "socket_path": str(sock)}))
        assert not report.ok
        with pytest.raises(GatewayLockError):
            async with running_relay(f"unix:{sock}", {"lock": {"strategy": "unix_socket"}}):
                pass
        sock.chmod(0o600)
        report = await check_lock(lock_config(
            "ws://gateway.local", {"strategy": "unix_socket", "socket_path": str(sock)}))
        assert report.ok, report.messages
    finally:
        await gw.stop()
        shutil.rmtree(public, ignore_errors=True)


async def test_unix_socket_missing_fails(tmp_path: Path) -> None:
    report = await check_lock(lock_config(f"unix:{tmp_path / 'none.sock'}",
                                          {"strategy": "unix_socket"}))
    assert not report.ok


async def test_firewall_loopback_gateway_passes() -> None:
    async with running_gateway(host="127.0.0.1") as gw:
        report = await check_lock(lock_config(gw.url, {"strategy": "firewall",
                                                       "check_timeout": 0.5}))
        assert report.ok, report.messages
        async with running_relay(gw.url, {"lock": {"strategy": "firewall"}}) as relay:
            assert relay.service.lock_report is not None and relay.service.lock_report.ok


async def test_firewall_gateway_on_all_interfaces_fails() -> None:
    if not await local_addresses():
        pytest.skip("this machine has no non-loopback address to probe")
    async with running_gateway(host="0.0.0.0") as gw:
        report = await check_lock(lock_config(gw.url, {"strategy": "firewall",
                                                       "check_timeout": 0.5}))
        assert not report.ok
        assert any("is reachable on" in m for m in report.messages)
        with pytest.raises(GatewayLockError):
            async with running_relay(gw.url, {"lock": {"strategy": "firewall"}}):
                pass


async def test_no_lock_is_reported_as_such() -> None:
    report = await check_lock(lock_config("ws://127.0.0.1:1", {"strategy": "none"}))
    assert report.ok and not report.configured
    assert "bypass" in report.messages[0]
