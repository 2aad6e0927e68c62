"""`secproxy mcp wrap` as a client's `command` sees it: a child process whose stdio is
relayed byte for byte when allowed, whose stderr and exit code pass through, and which
is never started unguarded."""

from __future__ import annotations

import asyncio
import contextlib
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from secproxy.audit.query import Filters, LedgerReader
from secproxy.errors import ExitCode
from tests.helpers import eventually, running_proxy
from tests.surfaces.mcp_support import SECPROXY, SERVER, write_spec

pytestmark = [pytest.mark.functional, pytest.mark.timeout(90)]

# Spacing, key order and escapes a re-encoder would not keep.
SENT = [
    b'{ "jsonrpc" : "2.0", "id" : 1, "method" : "initialize", "params" : {'
    b' "protocolVersion" : "2025-06-18", "capabilities" : {}, "clientInfo" :'
    b' {"name" : "caf\\u00e9 client", "version" : "1.0"} } }\n',
    b'{"method":"notifications/initialized","jsonrpc":"2.0"}\n',
    b'{"jsonrpc":"2.0","id":"two","method":"tools/call","params":{"name":"echo",'
    b'"arguments":{"text":"gr\\u00fc\\u00dfe \xc3\xa9t\xc3\xa9"}}}\n',
]


async def _wrap(tmp_path: Path, config: Path, *args: str, command: list[str]
                ) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        SECPROXY, "mcp", "wrap", "-c", str(config), "--name", "files", *args, "--", *command,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, cwd=tmp_path)


@pytest.mark.parametrize("decider", ["standalone", "serve"])
async def test_allowed_traffic_is_byte_exact_and_stderr_and_exit_code_pass(
        decider: str, tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec.json", exit_code=3)
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n")
    async with contextlib.AsyncExitStack() as stack:
        if decider == "serve":  # decided by a running proxy, over its control socket
            runtime = await stack.enter_async_context(
                running_proxy(tmp_path / "state", config_path=config))
            ledger = runtime.ledger.path
        else:
            ledger = tmp_path / "state" / "ledger-mcp-files.db"
        await _byte_exact(tmp_path, config, spec, ledger,
                          ["--standalone"] if decider == "standalone" else [])


async def _byte_exact(tmp_path: Path, config: Path, spec: Path, ledger: Path,
                      args: list[str]) -> None:
    got_in, got_out = tmp_path / "server-in", tmp_path / "server-out"
    # The server's own stdin and stdout, recorded on the far side of the wrap.
    pipeline = (f"set -o pipefail; tee {got_in} | {shlex.quote(sys.executable)} "
                f"{shlex.quote(str(SERVER))} {spec} stdio | tee {got_out}")
    wrap = await _wrap(tmp_path, config, *args, command=["bash", "-c", pipeline])
    assert wrap.stdin is not None and wrap.stdout is not None
    received = b""
    for line in SENT:
        wrap.stdin.write(line)
        await wrap.stdin.drain()
        if b'"id"' in line:
            received += await asyncio.wait_for(wrap.stdout.readline(), 30)
    wrap.stdin.close()
    rest, errors = await asyncio.wait_for(wrap.communicate(), 30)
    received += rest
    assert wrap.returncode == 3
    assert got_in.read_bytes() == b"".join(SENT)
    assert received == got_out.read_bytes()
    assert b'"result"' in received and "server got: grüße été".encode() in received
    assert b"mcp-test-server: called echo" in errors

    def records() -> list[dict[str, Any]]:
        with LedgerReader(ledger) as reader:
            return list(reader.query(Filters(surface=["mcp"], limit=100)))

    rows = await eventually(lambda: len(records()) >= 4 and records(), message="records")
    methods = sorted({r["method"] for r in rows if r["method"]})
    assert methods == ["initialize", "notifications/initialized", "tools/call"]
    assert all(r["decision"] == "allow" for r in rows)


async def test_socket_names_the_running_proxy_whatever_the_config(tmp_path: Path) -> None:
    """A proxy started with `--state-dir` and no config is reached with `--socket`."""
    spec = write_spec(tmp_path / "spec.json", exit_code=3)
    served = tmp_path / "secproxy.yaml"
    served.write_text(f"state_dir: {tmp_path / 'state'}\n")
    other = tmp_path / "other.yaml"  # the wrap's own config names another state directory
    other.write_text(f"state_dir: {tmp_path / 'elsewhere'}\n")
    async with running_proxy(tmp_path / "state", config_path=served) as runtime:
        await _byte_exact(tmp_path, other, spec, runtime.ledger.path,
                          ["--socket", str(tmp_path / "state" / "control.sock")])
    assert not (tmp_path / "elsewhere").exists()


async def test_socket_and_standalone_are_refused_together(tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n")
    wrap = await _wrap(tmp_path, config, "--standalone", "--socket", str(tmp_path / "s.sock"),
                       command=[sys.executable, "-c", "pass"])
    _, errors = await asyncio.wait_for(wrap.communicate(b""), 30)
    assert wrap.returncode == ExitCode.USAGE
    assert b"give one" in errors and b"Traceback" not in errors


async def test_refuses_to_start_without_a_running_proxy(tmp_path: Path) -> None:
    marker = tmp_path / "started"
    spec = write_spec(tmp_path / "spec.json", marker=str(marker))
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n")
    wrap = await _wrap(tmp_path, config,
                       command=[sys.executable, str(SERVER), str(spec), "stdio"])
    out, errors = await asyncio.wait_for(wrap.communicate(b""), 30)
    assert wrap.returncode == ExitCode.NOT_RUNNING
    assert out == b""
    assert b"refusing to start it unguarded" in errors and b"--standalone" in errors
    assert not marker.exists()


async def test_refused_call_is_answered_and_never_reaches_the_server(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec.json")
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\nrules:\n"
                      "  - {surfaces: [mcp], tools: [delete_file], action: deny}\n")
    wrap = await _wrap(tmp_path, config, "--standalone",
                       command=[sys.executable, str(SERVER), str(spec), "stdio"])
    call = (b'{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"delete_file",'
            b'"arguments":{"path":"/"}}}\n')
    out, errors = await asyncio.wait_for(wrap.communicate(SENT[0] + SENT[1] + call), 30)
    (answer,) = [line for line in out.splitlines() if b'"id":7' in line]
    assert b"blocked by secproxy" in answer
    assert b"called delete_file" not in errors
