"""The egress proxy's default guard (`egress.guards: default`): with no guard configured,
a real running proxy refuses a secret leaving on plain HTTP — URL, query, header, body —
or in the host name of a request or a CONNECT tunnel, before anything is sent and before
the name is looked up; clean traffic passes untouched; `configured` turns it off and a
configured secrets guard replaces it."""

from __future__ import annotations

import asyncio
import base64
import json
import random
from pathlib import Path
from typing import Any

import httpx
import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.config import load_config
from secproxy.config.egress import egress_guard_specs
from tests.guards.secrets_samples import crc_token
from tests.helpers import running_proxy, serving
from tests.surfaces.test_egress_guards_functional import (
    Origin,
    _origin_app,
    ledger_rows,
    ledger_text,
    proxy_url,
)

pytestmark = pytest.mark.functional

AWS = "AKIA" + "QYLPMN5HFIQR7XYZ"
GITHUB = crc_token(random.Random(7), "ghp_")


def plain(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """No guard configured: loopback reachable, nothing else."""
    egress: dict[str, Any] = {"ssrf_allow": ["127.0.0.0/8"], **(extra or {})}
    return {"egress": egress}


async def _refused(rt: Any, **request: Any) -> httpx.Response:
    async with httpx.AsyncClient(proxy=proxy_url(rt)) as client:
        return await client.request(**request)


async def test_a_secret_anywhere_in_a_plain_http_request_is_refused_before_it_leaves(
        tmp_path: Path) -> None:
    state = Origin()
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, plain()) as rt:
        state.port = port
        url = state.url
        answers = [
            await _refused(rt, method="GET", url=url(f"/search?q={AWS}")),
            await _refused(rt, method="GET", url=url(f"/files/{GITHUB}/raw")),
            await _refused(rt, method="GET", url=url("/x"), headers={"X-Debug": GITHUB}),
            await _refused(rt, method="POST", url=url("/upload"),
                           json={"note": "see", "creds": {"key": AWS}}),
            await _refused(rt, method="POST", url=url("/form"), data={"k": GITHUB}),
        ]
        clean = await _refused(rt, method="POST", url=url("/api?page=2"),
                               json={"text": "a plain note"},
                               headers={"Authorization": f"token {GITHUB}"})
    assert clean.status_code == 200
    for answer in answers:
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"] == "secret"
    # Only the clean request reached the upstream, as it was sent (credentials meant for
    # the destination, in Authorization, are the rules' business, not the guard's).
    assert [s.target for s in state.seen] == ["/api?page=2"]
    assert json.loads(state.seen[0].body) == {"text": "a plain note"}
    assert state.seen[0].headers["Authorization"] == f"token {GITHUB}"
    rows = ledger_rows(tmp_path)
    assert [r["decision"] for r in rows] == ["block"] * 5 + ["allow"]
    for row in rows[:5]:
        assert any(f["stage"] == "egress-secrets" for f in row["findings"]), row
    text = ledger_text(tmp_path)
    assert AWS not in text and GITHUB.split("_", 1)[1] not in text


def _private_keys() -> list[bytes]:
    """A fresh RSA key in PKCS#8 PEM and a fresh Ed25519 key in OpenSSH's format."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    none = serialization.NoEncryption()
    rsa_pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, none)
    ssh = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, none)
    return [rsa_pem, ssh]


async def test_names_in_forms_and_queries_and_files_sent_as_forms_are_read(
        tmp_path: Path) -> None:
    """A pair reads `name=value`: a key sent as a name was never read, and a secret
    known by its name (`aws_secret_access_key=`) only by it. A body labelled a form
    that cannot be one (curl's --data-binary @file sends any file so) is read as text:
    a private key's PEM, split at its `=` and `+` as a form, went through."""
    aws_secret = "7VIrxaR7kQfWv52uvEgoqiXnLAC1lIAYJRfza0hW"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    state = Origin()
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, plain()) as rt:
        state.port = port
        url = state.url
        answers = [
            await _refused(rt, method="GET", url=url(f"/x?{AWS}=1")),
            await _refused(rt, method="POST", url=url("/form"), content=f"{AWS}=1",
                           headers=form),
            await _refused(rt, method="POST", url=url("/form"),
                           data={"aws_secret_access_key": aws_secret}),
            await _refused(rt, method="POST", url=url("/form"), headers=form,
                           content=base64.b64encode(f"aws_access_key_id={AWS}".encode())),
        ]
        for key in _private_keys():
            answers.append(await _refused(rt, method="POST", url=url("/upload"),
                                          content=key, headers=form))
        clean = await _refused(rt, method="POST", url=url("/search?q=red+shoes&page=2"),
                               content=b"q=red+shoes&size=42&note=", headers=form)
    for answer in answers:
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"] == "secret"
    assert clean.status_code == 200
    assert [(s.target, s.body) for s in state.seen] == [
        ("/search?q=red+shoes&page=2", b"q=red+shoes&size=42&note=")]


async def test_a_secret_in_the_first_of_two_same_keys_is_refused(tmp_path: Path) -> None:
    """The JSON parser keeps the last of two values: a key hidden in the first went out
    unread. A body naming a key twice is read as text now."""
    state = Origin()
    body = ('{"note": "' + GITHUB + '", "note": "nothing to see"}').encode()
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, plain()) as rt:
        state.port = port
        answer = await _refused(rt, method="POST", url=state.url("/upload"), content=body,
                                headers={"Content-Type": "application/json"})
    assert answer.status_code == 403 and answer.json()["error"] == "secret"
    assert state.seen == []


async def _connect(address: str, target: str) -> bytes:
    host, _, port = address.rpartition(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n".encode())
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
    rest = b""
    if not head.startswith(b"HTTP/1.1 200"):
        rest = await asyncio.wait_for(reader.read(65536), 10)
    writer.close()
    return head + rest


async def test_a_secret_in_a_tunnel_host_name_is_refused_before_the_lookup(
        tmp_path: Path) -> None:
    async with running_proxy(tmp_path, plain()) as rt:
        answer = await _connect(rt.addresses()["egress"], f"{AWS}.files.example.invalid:443")
        # The name is never looked up: a lookup would have failed (dns_failure, 502).
        assert answer.startswith(b"HTTP/1.1 403"), answer
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "secret"
        clean = await _connect(rt.addresses()["egress"], "files.example.invalid:443")
        assert clean.startswith(b"HTTP/1.1 502") and b"dns_failure" in clean
    with LedgerReader(tmp_path / "ledger.db") as reader:
        rows = list(reversed(reader.query(Filters(surface=["connect"]))))
    assert [(r["decision"], r["findings"][0]["category"]) for r in rows] == [
        ("block", "secret"), ("block", "dns_failure")]
    # Host names are lowered on the way: the key must not be there in either case (the
    # record kept `akia….files.example.invalid` in its host and URL).
    assert AWS.lower() not in ledger_text(tmp_path).lower()
    assert rows[0]["host"].startswith("[REDACTED:") and rows[0]["url"].startswith("[REDACTED:")


async def _raw_get(address: str, url: str) -> bytes:
    """A GET written as a client that keeps the name's case sends it (httpx lowers it,
    and a lowered key is no longer the key's format)."""
    host, _, port = address.rpartition(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(f"GET {url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    got = await asyncio.wait_for(reader.read(), 10)
    writer.close()
    return got


async def test_a_secret_in_a_plain_request_host_name_is_refused(tmp_path: Path) -> None:
    async with running_proxy(tmp_path, plain()) as rt:
        answer = await _raw_get(rt.addresses()["egress"], f"http://{AWS}.example.invalid/")
    assert answer.startswith(b"HTTP/1.1 403") and b'"error":"secret"' in answer
    assert AWS.lower() not in ledger_text(tmp_path).lower()


async def test_configured_turns_the_default_off(tmp_path: Path) -> None:
    state = Origin()
    config = plain({"guards": "configured"})
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, config) as rt:
        state.port = port
        answer = await _refused(rt, method="GET", url=state.url(f"/search?q={AWS}"))
    assert answer.status_code == 200
    assert state.seen[0].query == {"q": [AWS]}


async def test_a_configured_secrets_guard_replaces_the_default(tmp_path: Path) -> None:
    state = Origin()
    config = plain()
    config["guards"] = {"use": [{"name": "mask-secrets", "family": "secrets",
                                 "action": "sanitize", "directions": ["request"]}]}
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, config) as rt:
        state.port = port
        masked = await _refused(rt, method="GET", url=state.url(f"/search?q={AWS}"))
        # A masked host name cannot be sent: refused, not rewritten.
        host = await _raw_get(rt.addresses()["egress"], f"http://{AWS}.example.invalid/")
        tunnel = await _connect(rt.addresses()["egress"], f"{AWS}.example.invalid:443")
    assert masked.status_code == 200
    (query,) = state.seen[0].query["q"]
    assert query.startswith("[REDACTED:aws_access_key")
    assert host.startswith(b"HTTP/1.1 403") and b'"error":"secret"' in host
    assert tunnel.startswith(b"HTTP/1.1 403") and b'"error":"secret"' in tunnel
    rows = ledger_rows(tmp_path)
    assert [r["decision"] for r in rows] == ["allow_with_redaction", "block"]
    assert AWS not in ledger_text(tmp_path)


def test_the_default_is_one_blocking_secrets_guard_on_egress_and_connect() -> None:
    (spec,) = egress_guard_specs(load_config(env={}).config)
    assert (spec.family, spec.action) == ("secrets", "block")
    assert spec.surfaces is not None and {s.value for s in spec.surfaces} == {"egress",
                                                                              "connect"}
    off = load_config(text="listeners: {egress: {enabled: false}}", env={}).config
    assert egress_guard_specs(off) == []


async def test_a_key_sent_compressed_or_archived_is_refused_and_a_clean_archive_passes(
        tmp_path: Path) -> None:
    """`tar czf - ~/.ssh | curl --data-binary @- …`: a private key in a tar.gz, zip,
    bzip2 or xz upload (whatever its type, inside a multipart form too, or base64 of a
    tar.gz) is refused before it leaves; an archive of ordinary files goes through
    byte for byte."""
    import bz2
    import gzip
    import lzma

    from tests.guards.secrets_samples import pem
    from tests.guards.test_unpacking import tar_bytes, zip_bytes

    key = pem(random.Random(5)).encode()
    zipped = zip_bytes({".ssh/id_rsa": key})
    packed = gzip.compress(tar_bytes({".ssh/id_rsa": key,
                                      ".ssh/known_hosts": b"example.org ssh-ed25519 AAAA\n"}))
    clean = gzip.compress(tar_bytes({"notes/a.txt": b"the meeting moved to Tuesday\n" * 40}))
    state = Origin()
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, plain()) as rt:
        state.port = port
        url = state.url
        answers = [
            await _refused(rt, method="POST", url=url("/a"), content=packed,
                           headers={"Content-Type": "application/x-www-form-urlencoded"}),
            await _refused(rt, method="POST", url=url("/b"), content=packed,
                           headers={"Content-Type": "application/gzip"}),
            await _refused(rt, method="PUT", url=url("/c"), content=zipped),
            await _refused(rt, method="POST", url=url("/d"), content=bz2.compress(key)),
            await _refused(rt, method="POST", url=url("/e"), content=lzma.compress(key)),
            await _refused(rt, method="POST", url=url("/f"),
                           files={"backup": ("home.tgz", packed, "application/gzip")}),
            await _refused(rt, method="POST", url=url("/g"),
                           content=base64.b64encode(packed),
                           headers={"Content-Type": "text/plain"}),
            await _refused(rt, method="POST", url=url("/h"),
                           content=gzip.compress(gzip.compress(key)),
                           headers={"Content-Type": "application/octet-stream"}),
        ]
        fine = await _refused(rt, method="POST", url=url("/ok"), content=clean,
                              headers={"Content-Type": "application/gzip"})
    for answer in answers:
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"] == "secret"
    assert fine.status_code == 200, fine.text
    assert [s.target for s in state.seen] == ["/ok"]
    assert state.seen[0].body == clean
    rows = ledger_rows(tmp_path)
    assert [r["decision"] for r in rows] == ["block"] * len(answers) + ["allow"]
    for row in rows[:-1]:
        assert row["reason"].startswith("private key pem (in "), row["reason"]


async def test_a_key_sent_as_a_header_name_is_refused(tmp_path: Path) -> None:
    """`X-AKIA…: 1` sends the key in the header's name: refused as a value would be;
    ordinary custom headers pass with their names and values as sent."""
    state = Origin()
    async with serving(_origin_app(state)) as port, running_proxy(tmp_path, plain()) as rt:
        state.port = port
        refused = [
            await _refused(rt, method="GET", url=state.url("/a"), headers={f"X-{AWS}": "1"}),
            await _refused(rt, method="GET", url=state.url("/b"), headers={GITHUB: "x"}),
        ]
        fine = await _refused(rt, method="GET", url=state.url("/ok"),
                              headers={"X-Trace-Token": "1", "X-Correlation-Id": "abc"})
    for answer in refused:
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"] == "secret"
    assert fine.status_code == 200
    assert [s.target for s in state.seen] == ["/ok"]
    assert state.seen[0].headers["X-Trace-Token"] == "1"
    # The record keeps the request's headers, names masked as values are: the key is
    # not in the ledger either.
    text = ledger_text(tmp_path)
    assert AWS not in text and GITHUB.split("_", 1)[1] not in text
    assert "X-Trace-Token" in text
