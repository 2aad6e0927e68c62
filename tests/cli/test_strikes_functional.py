"""Strikes and blocks as a new user meets them with `secproxy serve`: the built-in
defaults count strikes but never lock the machine out; with `tracking.max_strikes` set,
the blocked answer says who is blocked and the command that lifts it (and it works)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from tests.cli.conftest import proxy_get, run_cli, serve_process

pytestmark = pytest.mark.functional
SSRF_TARGET = "http://127.0.0.1:9/"
"""Loopback: refused by SSRF protection, a strike for the client each time."""


def principals(sock: str) -> dict[str, dict]:
    out = run_cli("users", "list", "--format", "jsonl", "--socket", sock).stdout
    return {row["key"]: row for row in map(json.loads, out.splitlines())}


def test_the_defaults_count_strikes_but_never_block(tmp_path: Path) -> None:
    with serve_process(tmp_path) as served:
        for _ in range(8):
            status, body = proxy_get(served.addresses["egress"], SSRF_TARGET)
            assert status == 403 and body["error"] != "principal_blocked", body
        me = principals(str(tmp_path / "control.sock"))["ip:127.0.0.1"]
        assert me["strikes"] == 8 and me["blocked"] is False
        served.stop()


def test_a_blocked_answer_names_the_principal_and_the_command_that_lifts_it(
    tmp_path: Path,
) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text("tracking: {max_strikes: 2, block_duration: 1h}\n")
    with serve_process(tmp_path, "-c", str(config)) as served:
        egress, sock = served.addresses["egress"], str(tmp_path / "control.sock")
        for _ in range(2):
            assert proxy_get(egress, SSRF_TARGET)[1]["error"] != "principal_blocked"
        status, body = proxy_get(egress, SSRF_TARGET)
        assert status == 403 and body["error"] == "principal_blocked"
        m = re.fullmatch(
            # The time of day, with the date in front when the block ends on another day.
            r"principal ip:127\.0\.0\.1 is blocked until (?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d "
            r"UTC: 2 strikes within 3600s \(last: .+\); lift it with: "
            r"(secproxy users unblock ip:127\.0\.0\.1)",
            body["reason"],
        )
        assert m, body["reason"]
        lifted = run_cli(*shlex.split(m.group(1))[1:], "--socket", sock)
        assert lifted.returncode == 0 and "unblocked ip:127.0.0.1" in lifted.stdout
        assert proxy_get(egress, SSRF_TARGET)[1]["error"] != "principal_blocked"
        assert principals(sock)["ip:127.0.0.1"]["blocked"] is False
        served.stop()
