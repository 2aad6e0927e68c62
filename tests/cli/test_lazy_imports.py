"""Every `secproxy` command pays only for what it uses: importing the CLI (which every
command, `--help` and `--version` do) loads no HTTP client, no config schema, no runtime,
no guard, no ledger and no learning; a command talking to the control socket, or reading
a ledger file it is given, loads no config schema. Checked by the modules loaded, not by
timing (the machine running the tests may be busy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secproxy.errors import ExitCode

HEAVY_PACKAGES = (
    "aiohttp",  # secproxy.control.client
    "pydantic",  # the config schema (typer loads it too, but only to run a command)
    "yaml",
    "ruamel",
    "prometheus_client",
    "cryptography",  # ledger signing
    "aiosqlite",
    "asyncpg",
    "redis",
    "textual",
    "tui",
    "asyncio",
    "importlib.metadata",  # secproxy.__version__ is read on first use
)
HEAVY_MODULES = (
    "secproxy.config",
    "secproxy.control",
    "secproxy.runtime",
    "secproxy.engine",
    "secproxy.surfaces",
    "secproxy.guards",
    "secproxy.scan",
    "secproxy.audit",
    "secproxy.learning",
    "secproxy.ops",
    "secproxy.state",
    "secproxy.wrap",
)
"""What the command modules import inside the commands that use them."""

_RUN = """
import json, sys
from secproxy.cli import main
sys.argv = ["secproxy", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""
_IMPORT = """
import json, sys, secproxy.cli
print(json.dumps({"code": 0, "modules": sorted(sys.modules)}))
"""


def loaded(*args: str) -> tuple[int, list[str]]:
    """Run `secproxy ARGS` in a fresh interpreter (none: only import the CLI); its exit
    code and every module it loaded."""
    result = subprocess.run([sys.executable, "-c", _RUN if args else _IMPORT,
                             json.dumps(list(args))],
                            capture_output=True, text=True, timeout=60,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    return out["code"], out["modules"]


def under(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_importing_the_cli_loads_nothing_heavy() -> None:
    _, modules = loaded()
    assert "secproxy.cli.audit" in modules  # every command is registered
    assert under(modules, HEAVY_PACKAGES + HEAVY_MODULES) == []


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("audit", "--help")])
def test_help_and_version_load_nothing_heavy(args: tuple[str, ...]) -> None:
    code, modules = loaded(*args)
    assert code == 0
    # typer validates a command's options with pydantic (which reads importlib.metadata),
    # but not to print help; --version reads the package's metadata
    assert under(modules, HEAVY_MODULES + ("aiohttp", "yaml", "asyncio")) == []


def test_a_socket_command_loads_the_client_but_no_config(tmp_path: Path) -> None:
    code, modules = loaded("users", "top", "--socket", str(tmp_path / "control.sock"))
    assert code == ExitCode.NOT_RUNNING
    assert "secproxy.control.client" in modules
    assert under(modules, ("secproxy.config", "secproxy.runtime", "secproxy.guards")) == []


def test_reading_a_given_ledger_file_loads_no_config(tmp_path: Path) -> None:
    code, modules = loaded("audit", "query", "--ledger", str(tmp_path / "ledger.db"))
    assert code == ExitCode.NOT_FOUND  # no such ledger: the reader was reached
    assert "secproxy.audit.target" in modules
    assert under(modules, ("secproxy.config", "secproxy.control.client", "aiohttp")) == []
