"""The operator API's WebSocket (`/operator/api/ws`) and the client that attaches to it
(`ControlClient(RemoteApi(...))`, what `secproxy tui --url` uses): the control socket's
conversation over the api listener, the key checked at the upgrade and on every message,
TLS verified unless told otherwise, and every refusal said in one line."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import os
import socket
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from secproxy.control.client import ControlClient, OperatorError, RemoteApi
from secproxy.control.http import PREFIX, operator_app
from secproxy.errors import ControlError
from secproxy.model import Action, Decision, Surface, Target
from tests.helpers import eventually, running_proxy

pytestmark = pytest.mark.functional
KEY = "op-key-0123456789"
RULES = {
    "rules": [{"name": "shell", "tools": ["shell.*"], "action": "require_approval"}],
    "control": {"api_keys": [KEY]},
}


def api_url(runtime: Any) -> str:
    return f"http://{runtime.addresses()['api']}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_the_socket_protocol_over_the_websocket(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, RULES) as runtime:
        engine = runtime.engine
        await engine.decide(Action(surface=Surface.TOOL, target=Target(tool="fs.before")))
        events: list[dict[str, Any]] = []
        remote = RemoteApi(api_url(runtime), key=KEY)
        async with ControlClient(remote, on_event=events.append) as client:
            assert client.hello["instance"] == runtime.control.hub.instance
            assert (await client.call("status"))["rules"] == 1
            reply = await client.subscribe(backlog=True)
            assert reply["backlog"] == 1
            await eventually(lambda: any(e["type"] == "backlog/end" for e in events))
            assert events[0]["payload"]["target"]["tool"] == "fs.before"

            held = asyncio.ensure_future(
                engine.decide(Action(surface=Surface.TOOL, target=Target(tool="shell.rm")))
            )
            opened = await eventually(
                lambda: [e for e in events if e["type"] == "approval/opened"]
            )
            approval_id = opened[0]["payload"]["id"]
            answer = await client.call(
                "approvals/resolve", {"id": approval_id, "approve": True, "by": "remote"}
            )
            assert answer["approval"]["state"] == "approved"
            assert (await asyncio.wait_for(held, 5)).decision is Decision.ALLOW

            with pytest.raises(OperatorError) as err:
                await client.call("approvals/resolve", {"id": "nope", "approve": True})
            assert err.value.code == "not_found"
            with pytest.raises(OperatorError) as err:
                await client.call("subscribe", {})
            assert err.value.code == "conflict"

            # Stopping the proxy closes the WebSocket: the client sees it go.
            await asyncio.wait_for(runtime.stop(), 10)
            await asyncio.wait_for(client.wait_closed(), 5)
            assert not client.connected


async def test_refusals_say_why_in_one_line(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, RULES) as runtime:
        with pytest.raises(ControlError, match=r"refused the key \(401\)") as err:
            await ControlClient(RemoteApi(api_url(runtime), key="wrong")).connect()
        assert "control.api_keys" in (err.value.hint or "")
        # The prefix may be given, with or without its slash.
        async with ControlClient(RemoteApi(api_url(runtime) + PREFIX, key=KEY)) as client:
            assert client.hello["version"]
    async with running_proxy(tmp_path / "nokeys") as runtime:
        with pytest.raises(ControlError, match=r"no operator API at .* \(404\)") as err:
            await ControlClient(RemoteApi(api_url(runtime), key=KEY)).connect()
        assert "control.api_keys" in (err.value.hint or "")

    refused = r"cannot reach the operator API .*\(connection refused\)"
    with pytest.raises(ControlError, match=refused):
        await ControlClient(RemoteApi(f"http://127.0.0.1:{free_port()}", key=KEY)).connect()
    with pytest.raises(ControlError, match="refusing to send the operator key in clear text"):
        await ControlClient(RemoteApi("http://proxy.example:8000", key=KEY)).connect()
    with pytest.raises(ControlError, match="is not an http"):
        await ControlClient(RemoteApi("proxy.example:8000", key=KEY)).connect()


async def test_a_key_taken_out_by_a_reload_ends_the_remote_console(tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    async with running_proxy(tmp_path, RULES, config_path=config) as runtime:
        events: list[dict[str, Any]] = []
        client = ControlClient(RemoteApi(api_url(runtime), key=KEY), on_event=events.append)
        await client.connect()
        try:
            await client.subscribe(backlog=False)
            text = yaml.safe_load(config.read_text())
            text["control"]["api_keys"] = ["another-key-0123456789"]
            config.write_text(yaml.safe_dump(text))
            runtime.reload()
            # The reload's own event is not delivered with a key no longer valid.
            await asyncio.wait_for(client.wait_closed(), 5)
            assert not [e for e in events if e["type"] == "config/reload"]
        finally:
            await client.close()


# -- TLS -------------------------------------------------------------------------------


def write_certs(directory: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a certificate it signed for 127.0.0.1: (ca, cert, key)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "secproxy test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, key_cert_sign=True, crl_sign=True,
                content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = directory / "ca.pem", directory / "cert.pem", directory / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@asynccontextmanager
async def tls_front(runtime: Any, cert: Path, key: Path) -> AsyncIterator[int]:
    """The proxy's operator API served over TLS on a free port (as a TLS front would)."""
    app = web.Application()
    app.add_subapp(PREFIX, operator_app(runtime.control))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    assert site._server is not None
    try:
        yield site._server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
    finally:
        await runner.cleanup()


async def test_tls_is_verified_unless_told_otherwise(tmp_path: Path) -> None:
    ca, cert, key = write_certs(tmp_path)
    async with running_proxy(tmp_path, RULES) as runtime, tls_front(runtime, cert, key) as port:
        url = f"https://127.0.0.1:{port}"
        with pytest.raises(ControlError, match="certificate of .* is not trusted") as err:
            await ControlClient(RemoteApi(url, key=KEY)).connect()
        assert "--ca FILE" in (err.value.hint or "")
        async with ControlClient(RemoteApi(url, key=KEY, ca=ca)) as client:
            assert (await client.call("status"))["rules"] == 1
        async with ControlClient(RemoteApi(url, key=KEY, insecure=True)) as client:
            assert (await client.call("ping")) is not None
        with pytest.raises(ControlError, match="cannot use .* as a CA bundle"):
            await ControlClient(RemoteApi(url, key=KEY, ca=key.with_name("nope.pem"))).connect()
        with pytest.raises(ControlError) as err:
            await ControlClient(RemoteApi(f"http://127.0.0.1:{port}", key=KEY)).connect()
        assert "http:// to a TLS listener" in (err.value.hint or "")
        # https to a plain-HTTP listener: the reason, not the SSL context's repr.
        plain = api_url(runtime).replace("http:", "https:")
        with pytest.raises(ControlError, match=r"TLS with .* failed \(wrong version number\)"):
            await ControlClient(RemoteApi(plain, key=KEY, insecure=True)).connect()


# -- the command line ------------------------------------------------------------------


async def tui_cli(*args: str, env: dict[str, str]) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "from secproxy.cli import main; main()", "tui", *args,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**{k: v for k, v in os.environ.items() if k != "SECPROXY_OPERATOR_KEY"},
             "COLUMNS": "200", **env},
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode()


async def test_secproxy_tui_url_errors_are_one_line(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, RULES) as runtime:
        url = api_url(runtime)
        code, out = await tui_cli("--url", url, env={})
        assert code == 2 and "error: no operator key in $SECPROXY_OPERATOR_KEY" in out
        code, out = await tui_cli("--url", url, "--key-env", "OPKEY", env={"OPKEY": "wrong"})
        assert code == 4 and "refused the key (401)" in out
        code, out = await tui_cli("--url", "http://127.0.0.1:1", env={"SECPROXY_OPERATOR_KEY": KEY})
        assert code == 4 and "cannot reach the operator API" in out
        code, out = await tui_cli("--insecure", env={})
        assert code == 2 and "--url only" in out
        for text in (out,):
            assert "Traceback" not in text
