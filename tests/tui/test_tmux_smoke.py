"""The real console in a real terminal: `secproxy tui` inside tmux against a real
`secproxy serve`, checked through `tmux capture-pane`. Also stops and restarts the proxy
to see the console say so and re-attach by itself."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

pytestmark = [
    pytest.mark.functional,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
CONFIG = {
    "rules": [
        {"name": "smoke-shell", "tools": ["shell.*"], "action": "require_approval"},
        {"name": "smoke-deny", "match": "evil.example", "action": "deny"},
    ]
}


def serve(config: Path, state: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from secproxy.cli import main; main()",
            "serve",
            "-c",
            str(config),
            "--state-dir",
            str(state),
            "--listen",
            "egress=127.0.0.1:0",
            "--listen",
            "api=127.0.0.1:0",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


class Tmux:
    """A private tmux server (its own -L socket) running one session."""

    def __init__(self, name: str):
        self.name = name

    def run(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.name, *args], capture_output=True, text=True, timeout=10
        )
        return result.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.name)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never showed; the screen was:\n{screen}")
            time.sleep(0.1)


def test_console_renders_in_tmux_and_reattaches(tmp_path):
    state = tmp_path / "state"
    config = tmp_path / "secproxy.yaml"
    config.write_text(yaml.safe_dump(CONFIG))
    sock = state / "control.sock"
    proxy = serve(config, state)
    tmux = Tmux(f"secproxy-smoke-{os.getpid()}")
    try:
        deadline = time.monotonic() + 20
        while not sock.exists():
            assert proxy.poll() is None, "secproxy serve exited"
            assert time.monotonic() < deadline, "no control socket"
            time.sleep(0.05)
        # The terminal's own size, not a COLUMNS/LINES inherited from the test run.
        secproxy = f"{sys.executable} -c 'from secproxy.cli import main; main()'"
        command = f"env -u COLUMNS -u LINES {secproxy} tui --socket {sock}"
        tmux.run(
            "new-session",
            "-d",
            "-s",
            tmux.name,
            "-x",
            "140",
            "-y",
            "40",
            "-e",
            "TERM=xterm-256color",
            "-c",
            str(Path.cwd()),
            command,
        )
        screen = tmux.wait_for("attached to secproxy")
        for label in ("Live", "Approvals", "Rules", "Users", "Overview"):
            assert label in screen
        print(screen)

        tmux.run("send-keys", "-t", tmux.name, "r")
        screen = tmux.wait_for("smoke-deny")
        assert "smoke-shell" in screen and "require_approval" in screen

        stop(proxy)
        tmux.wait_for("not connected")
        proxy = serve(config, state)
        screen = tmux.wait_for("attached to secproxy")
        print(screen)

        tmux.run("send-keys", "-t", tmux.name, "o")
        tmux.wait_for("decision latency")
        tmux.run("send-keys", "-t", tmux.name, "q")
        deadline = time.monotonic() + 10
        while tmux.name in tmux.run("list-sessions"):
            assert time.monotonic() < deadline, "the console did not quit on q"
            time.sleep(0.1)
    finally:
        tmux.run("kill-server")
        stop(proxy)
