"""CLI test helpers: run the real `secproxy` command, start a real `secproxy serve`."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

SECPROXY = [sys.executable, "-c", "from secproxy.cli import main; main()"]


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [*SECPROXY, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        stdin=subprocess.DEVNULL,
    )


@dataclass
class Served:
    proc: subprocess.Popen[str]
    addresses: dict[str, str]
    state_dir: Path

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20) -> tuple[int, str]:
        self.proc.send_signal(sig)
        _, err = self.proc.communicate(timeout=timeout)
        return self.proc.returncode, err


_ADDR = re.compile(r"^\s+(\w+)\s+(\S+)\s*$")


@contextmanager
def serve_process(state_dir: Path, *args: str, timeout: float = 20) -> Iterator[Served]:
    """`secproxy serve` in a subprocess with every listener on a free port."""
    cmd = [
        *SECPROXY,
        "serve",
        "--state-dir",
        str(state_dir),
        "--listen",
        "egress=127.0.0.1:0",
        "--listen",
        "api=127.0.0.1:0",
        "--listen",
        "llm=127.0.0.1:0",
        "--listen",
        "ws=127.0.0.1:0",
        *args,
    ]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        stdin=subprocess.DEVNULL,
    )
    addresses: dict[str, str] = {}
    deadline = time.monotonic() + timeout
    lines = []
    try:
        assert proc.stderr is not None
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            m = _ADDR.match(line)
            if m:
                addresses[m.group(1)] = m.group(2)
            if "SIGHUP reloads" in line:
                break
        else:
            raise AssertionError("serve did not start in time:\n" + "".join(lines))
        if "api" not in addresses:
            proc.kill()
            raise AssertionError("serve did not start:\n" + "".join(lines) + proc.stderr.read())
        served = Served(proc, addresses, state_dir)
        yield served
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def proxy_get(proxy: str, url: str, timeout: float = 30) -> tuple[int, dict]:
    """One plain-HTTP request through the egress proxy: (status, JSON body)."""
    host, _, port = proxy.rpartition(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as conn:
        conn.sendall(f"GET {url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body or b"{}")


def wait_for(check: Callable[[], T], timeout: float = 10) -> T:
    """Poll `check` until it returns something truthy (and return that), with a deadline."""
    deadline = time.monotonic() + timeout
    while not (found := check()):
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)
    return found


class _PathEcho(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        body = json.dumps({"path": self.path}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def upstream() -> Iterator[str]:
    """A plain HTTP server on a free loopback port (`http://127.0.0.1:PORT`) answering
    every GET with `{"path": …}`."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PathEcho)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
