"""A first start compiles the guards' databases (seconds of CPU, tens of seconds on a
loaded machine) before anything listens: the wait is said, once, where the user looks
(serve's log; `scan`'s stderr on a terminal), and not again once the cache holds them."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("hyperscan")

NOTICE = "compiling the guards' pattern databases"

_SCRIPT = textwrap.dedent("""
    import logging, sys
    from secproxy.guards import hscache
    hscache.build([b"before logging"], [1], 0)   # a module's import: no handler yet
    print("configured", flush=True)
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(name)s %(message)s")
    hscache.build([b"first after"], [1], 0)
    hscache.build([b"second after"], [1], 0)
    print("done", flush=True)
""")


def _run(cache: Path) -> str:
    env = {**os.environ, "SECPROXY_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, check=True).stdout


def test_a_compile_is_said_once_after_logging_is_set_and_never_from_a_warm_cache(
        tmp_path: Path) -> None:
    cold = _run(tmp_path).splitlines()
    said = [line for line in cold if NOTICE in line]
    assert len(said) == 1, cold
    assert said[0].startswith("secproxy.guards ")
    assert str(tmp_path) in said[0]  # where they are kept
    assert cold.index(said[0]) > cold.index("configured")
    warm = _run(tmp_path)
    assert NOTICE not in warm


def _scan_on_a_terminal(cache: Path, target: Path) -> str:
    """`secproxy scan` with its stderr (and stdout) on a pseudo-terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.environ["SECPROXY_CACHE_DIR"] = str(cache)
        os.environ["HOME"] = str(cache.parent)
        os.execv(sys.executable, [sys.executable, "-m", "secproxy", "scan", "--family",
                                  "encoding", str(target)])
    return _read_all(pid, fd)


def _read_all(pid: int, fd: int) -> str:
    """Everything a child on a pseudo-terminal wrote, once it has ended."""
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    return out.decode("utf-8", "replace")


def test_scan_on_a_terminal_says_it_compiles(tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    target.write_text("nothing here\n")
    cache = tmp_path / "cache"
    first = _scan_on_a_terminal(cache, target)
    assert NOTICE in first, first
    assert "finding(s)" in first
    again = _scan_on_a_terminal(cache, target)
    assert NOTICE not in again, again


def test_scans_run_in_one_process_say_it_once(tmp_path: Path) -> None:
    # A process that runs `scan` several times (a tool embedding the CLI) keeps one
    # handler for the notice, not one more per scan: each would print it again.
    target = tmp_path / "note.txt"
    target.write_text("nothing here\n")
    script = textwrap.dedent(f"""
        import logging
        from secproxy.cli import app
        for _ in range(3):
            try:
                app(["scan", "--family", "encoding", {str(target)!r}], standalone_mode=False)
            except SystemExit:
                pass
        print("handlers", len(logging.getLogger("secproxy.guards").handlers))
    """)
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.environ["SECPROXY_CACHE_DIR"] = str(tmp_path / "cache")
        os.environ["HOME"] = str(tmp_path)
        os.execv(sys.executable, [sys.executable, "-c", script])
    text = _read_all(pid, fd)
    assert "handlers 1" in text, text
    assert text.count(NOTICE) == 1, text
