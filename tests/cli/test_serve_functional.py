"""`secproxy serve` as a user runs it: probes, clean shutdown, clear startup errors."""

from __future__ import annotations

import json
import signal
import socket
import urllib.request
from pathlib import Path

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
        assert status == 200 and body == {"ready": True, "checks": {"config": True, "ledger": True}}
        with urllib.request.urlopen(f"http://{api}/metrics", timeout=5) as resp:
            text = resp.read().decode()
        assert "secproxy_decisions_total" in text
        code, err = served.stop(signal.SIGTERM)
    assert code == 0, err
    assert "shutting down" in err and "ledger records written" in err
    assert "Traceback" not in err
    assert (tmp_path / "ledger.db").exists() and (tmp_path / "state.db").exists()


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
    assert result.returncode == 3
    assert f"api listener cannot bind 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_config_exits_2_with_the_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - {match: a.com, action: alow}\n")
    result = run_cli("serve", "-c", str(bad), "--state-dir", str(tmp_path))
    assert result.returncode == 2
    assert f"{bad}:2: rules[0].action: expected" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_flags_are_clear(tmp_path: Path) -> None:
    result = run_cli("serve", "--listen", "api", "--state-dir", str(tmp_path))
    assert result.returncode == 1
    assert "--listen expects NAME=VALUE, got 'api'" in result.stderr
    result = run_cli("serve", "--listen", "api=127.0.0.1:notaport", "--state-dir", str(tmp_path))
    assert result.returncode == 2 and "port must be a number" in result.stderr


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("secproxy ")
