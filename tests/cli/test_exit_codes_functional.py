"""Exit codes of the real `secproxy` command: one meaning each (`secproxy.errors.ExitCode`),
the same table in `secproxy --help` and in the README."""

from __future__ import annotations

import concurrent.futures
import json
import re
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest

from secproxy.errors import ExitCode
from tests.cli.conftest import proxy_get, run_cli, serve_process, wait_for

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.functional


def run_all(*commands: tuple[str, ...]) -> list[subprocess.CompletedProcess[str]]:
    """`run_cli` of each command, each its own process, a few at a time; in their order."""
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        return list(pool.map(lambda args: run_cli(*args), commands))


def test_usage_errors_exit_2_without_a_proxy(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.db"
    ledger.touch()
    commands = [args + (("--ledger", str(ledger)) if args[0] == "audit" else ()) for args in (
        ("audit", "query", "--since", "yesterday"),
        ("audit", "query", "--decision", "deny"),
        ("serve", "--listen", "api", "--state-dir", str(tmp_path)),
        ("serve", "--listen", "api=127.0.0.1:http", "--state-dir", str(tmp_path)),
        ("serve", "--listen", "egres=127.0.0.1:1", "--state-dir", str(tmp_path)),
        ("users", "block"),  # a missing argument (click's own usage error)
        ("audit", "export", "--format", "table"),
    )]
    for args, result in zip(commands, run_all(*commands), strict=True):
        assert result.returncode == ExitCode.USAGE, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_config_invalid_exits_3_not_found_5_no_proxy_4(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - {match: a.com, action: alow}\n")
    assert run_cli("config", "validate", str(bad)).returncode == ExitCode.CONFIG_INVALID
    result = run_cli("serve", "-c", str(bad), "--state-dir", str(tmp_path))
    assert result.returncode == ExitCode.CONFIG_INVALID
    missing = run_cli("audit", "query", "--ledger", str(tmp_path / "nope.db"))
    assert missing.returncode == ExitCode.NOT_FOUND and "no audit ledger at" in missing.stderr
    gone = run_cli("users", "list", "--socket", str(tmp_path / "control.sock"))
    assert gone.returncode == ExitCode.NOT_RUNNING and "no secproxy is running" in gone.stderr


def test_a_port_in_use_exits_8(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli("serve", "--state-dir", str(tmp_path), "--no-egress",
                         "--listen", f"api=127.0.0.1:{port}")
    assert result.returncode == ExitCode.FAILED
    assert f"api listener cannot bind 127.0.0.1:{port}" in result.stderr


def test_operator_commands_exit_with_what_the_proxy_answered(tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text(
        "egress: {ssrf_allow: [127.0.0.1]}\n"
        "rules:\n  - {name: ask, match: '127.0.0.1:9/held', action: require_approval}\n"
    )
    edit = tmp_path / "edit.yaml"
    with serve_process(tmp_path, "-c", str(config)) as served:
        sock = ("--socket", str(tmp_path / "control.sock"))
        unknown = run_cli("users", "unblock", "user:nobody", *sock)
        assert unknown.returncode == ExitCode.NOT_FOUND, unknown.stderr
        assert "no principal 'user:nobody' is known" in unknown.stderr
        assert run_cli("approvals", "approve", "nope", *sock).returncode == ExitCode.NOT_FOUND
        assert run_cli("rules", "apply", str(edit), *sock).returncode == ExitCode.NOT_FOUND
        bad_duration = run_cli("users", "block", "user:eve", "--duration", "5x", *sock)
        assert bad_duration.returncode == ExitCode.USAGE, bad_duration.stderr
        edit.write_text("- {name: x, tools: ['x.*'], action: forbid}\n")
        refused = run_cli("rules", "apply", str(edit), *sock)
        assert refused.returncode == ExitCode.CONFIG_INVALID, refused.stderr
        assert f"{edit}:1: rules[0].action" in refused.stderr

        # An approval resolved twice: the second is a conflict and changes nothing.
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            held = pool.submit(proxy_get, served.addresses["egress"], "http://127.0.0.1:9/held")

            def pending() -> list[dict]:
                out = run_cli("approvals", "list", "--format", "jsonl", *sock).stdout
                return [json.loads(line) for line in out.splitlines()]

            approval = wait_for(pending)[0]["id"]
            assert run_cli("approvals", "deny", approval, *sock).returncode == ExitCode.OK
            assert held.result(30)[0] == 403
        again = run_cli("approvals", "deny", approval, *sock)
        assert again.returncode == ExitCode.CONFLICT and "already denied" in again.stderr
        served.stop()
    # SAVE_FAILED (`rules apply --save` to a proxy with no config file) is checked by
    # test_rules_save_cli_functional.py's test_save_without_a_config_file_is_refused.


def test_the_table_is_in_help_and_readme() -> None:
    shown = run_cli("--help").stdout
    readme = (ROOT / "README.md").read_text()
    for code in ExitCode:
        assert f"{code.value} {code.label}" in " ".join(shown.split())
        assert re.search(rf"^\| {code.value} \| ", readme, re.M), f"README lacks exit code {code}"


def test_a_file_that_is_no_ledger_is_a_usage_error(tmp_path: Path) -> None:
    # `--ledger` naming the wrong file is the command line's mistake (exit 2, one line
    # saying so), not the system standing in the way (8).
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database at all\n" * 100)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    empty = tmp_path / "empty.db"
    empty.touch()
    cases = [(path, command) for path in (junk, other, empty, tmp_path)
             for command in ("query", "verify", "stats")]
    results = run_all(*(("audit", command, "--ledger", str(path)) for path, command in cases))
    for (path, command), result in zip(cases, results, strict=True):
        assert result.returncode == ExitCode.USAGE, (path, command, result.stderr)
        assert f"{path} is not a secproxy ledger" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
