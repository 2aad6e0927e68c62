"""`secproxy serve` as a user runs it: probes, clean shutdown, clear startup errors."""

from __future__ import annotations

import contextlib
import http.server
import json
import shutil
import signal
import socket
import sqlite3
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import run_cli, serve_process


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_serve_without_config_answers_probes_and_stops_cleanly(tmp_path: Path) -> None:
    with serve_process(tmp_path) as served:
        api = served.addresses["api"]
        status, body = get(f"http://{api}/health")
        assert status == 200 and body["status"] == "ok"
        status, body = get(f"http://{api}/ready")
        assert status == 200 and body == {
            "ready": True,
            "checks": {"config": True, "ledger": True, "state": True},
        }
        with urllib.request.urlopen(f"http://{api}/metrics", timeout=5) as resp:
            text = resp.read().decode()
        assert "secproxy_decisions_total" in text
        code, err = served.stop(signal.SIGTERM)
    assert code == 0, err
    assert "shutting down" in err and "ledger records written" in err
    assert "Traceback" not in err
    assert (tmp_path / "ledger.db").exists() and (tmp_path / "state.db").exists()


def _raw(address: str, data: bytes) -> bytes:
    host, _, port = address.rpartition(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(data)
        out = b""
        while chunk := conn.recv(65536):
            out += chunk
    return out


def test_malformed_requests_are_one_log_line_each_not_a_traceback(tmp_path: Path) -> None:
    """aiohttp logged each request its parser refused as an error with a traceback: a
    client could fill the log with them. Now one warning line says what was wrong."""
    bad = [b"POST /inspect/tool-call HTTP/1.1\r\nContent-Length: 10\r\n"
           b"Content-Length: 5\r\n\r\n" + b"x" * 10,
           b"GET /health HTTP/1.1\r\nX-A: b\r\n c\r\n\r\n",
           b"GET /metrics HTTP/1.1\r\nX: " + b"a" * 70_000 + b"\r\n\r\n"]
    with serve_process(tmp_path) as served:
        for data in bad:
            assert _raw(served.addresses["api"], data).startswith(b"HTTP/1.0 400 Bad Request")
        code, err = served.stop(signal.SIGTERM)
    assert code == 0, err
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if "malformed HTTP request from 127.0.0.1" in ln]
    assert len(lines) == 3 and "Duplicate Content-Length" in lines[0], err


def test_port_in_use_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli(
            "serve",
            "--state-dir",
            str(tmp_path),
            "--no-egress",
            "--listen",
            f"api=127.0.0.1:{port}",
        )
    assert result.returncode == 8
    assert f"api listener cannot bind 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_config_exits_3_with_the_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - {match: a.com, action: alow}\n")
    result = run_cli("serve", "-c", str(bad), "--state-dir", str(tmp_path))
    assert result.returncode == 3
    assert f"{bad}:2: rules[0].action: expected" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_flags_are_clear(tmp_path: Path) -> None:
    result = run_cli("serve", "--listen", "api", "--state-dir", str(tmp_path))
    assert result.returncode == 2
    assert "--listen expects NAME=VALUE, got 'api'" in result.stderr
    result = run_cli("serve", "--listen", "api=127.0.0.1:notaport", "--state-dir", str(tmp_path))
    assert result.returncode == 2 and "port must be a number" in result.stderr


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("secproxy ")


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        body = b"hello"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def upstream() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def curl(proxy: str, url: str) -> tuple[int, str]:
    result = subprocess.run(
        ["curl", "-s", "-o", "-", "-w", "\n%{http_code}", "-x", f"http://{proxy}", url],
        capture_output=True,
        text=True,
        timeout=20,
    )
    body, _, code = result.stdout.rpartition("\n")
    return int(code), body


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_sigterm_flushes_every_record_and_sighup_reloads(tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    allow = (
        "egress: {ssrf_allow: [127.0.0.1]}\n"
        "rules:\n  - {name: up, match: 127.0.0.1, action: allow}\n"
    )
    config.write_text(allow)
    with upstream() as port, serve_process(tmp_path, "-c", str(config)) as served:
        proxy = served.addresses["egress"]
        url = f"http://127.0.0.1:{port}/x"
        for _ in range(20):
            assert curl(proxy, url) == (200, "hello")
        # A broken edit + SIGHUP keeps the old rules.
        config.write_text(allow.replace("action: allow", "action: nope"))
        served.proc.send_signal(signal.SIGHUP)
        time.sleep(0.5)
        assert curl(proxy, url)[0] == 200
        # A valid edit + SIGHUP takes effect on the next request.
        config.write_text(allow.replace("action: allow", "action: deny"))
        served.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while curl(proxy, url)[0] != 403:
            assert time.monotonic() < deadline, "the reloaded deny rule never applied"
            time.sleep(0.05)
        code, err = served.stop(signal.SIGTERM)
    assert code == 0, err
    assert "SIGHUP: invalid config" in err and "rules[0].action" in err
    with sqlite3.connect(tmp_path / "ledger.db") as conn:
        every = conn.execute(
            "SELECT surface, decision, status, method, principal, reason, error FROM records"
            " ORDER BY id").fetchall()
    rows = [r[1:3] for r in every if r[0] == "egress"]
    allowed = [r for r in rows if r == ("allow", 200)]
    denied = [r for r in rows if r[0] == "block"]
    assert len(allowed) >= 21 and len(denied) >= 1
    assert len(rows) == len(allowed) + len(denied)
    # Both reloads are on the ledger too: the refused one, then the one taken.
    trail = [r for r in every if r[0] == "operator"]
    assert [(r[1], r[3], r[4]) for r in trail] == [
        ("block", "config/reload", "user:system"), ("allow", "config/reload", "user:system")]
    assert "refused: 1 problem" in trail[0][5] and "rules[0].action" in trail[0][6]
    assert trail[1][5] == f"config reloaded from {config}"
    assert len(every) == len(rows) + len(trail)
    assert f"{len(every)} ledger records written" in err
