"""`audit.durability` and shutdown as a user meets them with the real `secproxy serve`:
kill -9 after a request was answered, and SIGTERM while the ledger cannot write."""

from __future__ import annotations

import http.server
import signal
import sqlite3
import ssl
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.cli.conftest import run_cli, serve_process

pytestmark = pytest.mark.functional


class _Quiet(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def upstream() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def config(tmp_path: Path, durability: str, **extra: object) -> Path:
    path = tmp_path / "secproxy.yaml"
    lines = [
        f"audit: {{durability: {durability}}}",
        "egress: {ssrf_allow: ['127.0.0.1']}",
        *(f"{k}: {v}" for k, v in extra.items()),
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def alive(pid: int) -> bool:
    """Running (not ended, nor a zombie waiting for whoever adopted it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


_TLS = ssl.create_default_context()
"""One context for every client: each `httpx.Client` would load the CA store again (tens
of milliseconds; hundreds of clients on a loaded machine ran past the tests' timeout)."""


def get(proxy: str, url: str, timeout: float) -> int | None:
    """Status of a GET through the proxy, or None when no answer came in `timeout`."""
    try:
        with httpx.Client(proxy=f"http://{proxy}", timeout=timeout, verify=_TLS) as client:
            return client.get(url).status_code
    except httpx.HTTPError:
        return None


def recorded_paths(ledger: Path) -> dict[str, str | None]:
    with sqlite3.connect(ledger) as conn:
        rows = conn.execute("SELECT url, error FROM records WHERE surface = 'egress'")
        return {url.partition("/")[2]: error for url, error in rows}


def test_strict_every_answered_request_survives_kill_9(tmp_path: Path) -> None:
    """With the ledger's write lock held by another process, strict mode answers nothing
    (the decision cannot be made durable); once the lock is released it answers, and a
    kill -9 right after loses none of the answered requests' records."""
    ledger = tmp_path / "ledger.db"
    with upstream() as port, serve_process(tmp_path, "-c", str(config(tmp_path, "strict"))
                                           ) as served:
        proxy = served.addresses["egress"]
        assert get(proxy, f"http://127.0.0.1:{port}/warm", 5) == 200
        lock = sqlite3.connect(ledger, isolation_level=None)
        lock.execute("BEGIN IMMEDIATE")
        with ThreadPoolExecutor(8) as pool:
            held = [pool.submit(get, proxy, f"http://127.0.0.1:{port}/held/{i}", 8)
                    for i in range(8)]
            time.sleep(0.5)
            assert not any(f.done() for f in held), "answered before its record was durable"
            lock.execute("ROLLBACK")
            lock.close()
            statuses = [f.result() for f in held]
        assert statuses == [200] * 8
        answered = [f"held/{i}" for i in range(8)]
        served.proc.send_signal(signal.SIGKILL)
        served.proc.wait(timeout=10)
    # The next start turns intents a crash left into records whose outcome is unknown.
    with serve_process(tmp_path, "-c", str(config(tmp_path, "strict"))) as served:
        code, err = served.stop(signal.SIGTERM)
    assert code == 0, err
    paths = recorded_paths(ledger)
    assert all(p in paths for p in answered), sorted(paths)
    verify = run_cli("audit", "verify", "--ledger", str(ledger))
    assert verify.returncode == 0, verify.stdout


def test_batch_answers_first_so_kill_9_can_lose_answered_requests(tmp_path: Path) -> None:
    """What `batch` does not promise (the README says so): answered requests whose
    records were still queued in the proxy are gone after kill -9 (the batch already
    handed to the writer process is still written); the ledger still verifies."""
    ledger = tmp_path / "ledger.db"
    with upstream() as port, serve_process(tmp_path, "-c", str(config(tmp_path, "batch"))
                                           ) as served:
        proxy = served.addresses["egress"]
        assert get(proxy, f"http://127.0.0.1:{port}/warm", 5) == 200
        time.sleep(0.3)
        lock = sqlite3.connect(ledger, isolation_level=None)
        lock.execute("BEGIN IMMEDIATE")
        # The first record's batch goes to the writer, which waits for the lock; the
        # next ones wait in the proxy's queue.
        assert get(proxy, f"http://127.0.0.1:{port}/lost/0", 5) == 200
        time.sleep(0.3)
        statuses = [get(proxy, f"http://127.0.0.1:{port}/lost/{i}", 5) for i in range(1, 4)]
        assert statuses == [200] * 3
        writers = children(served.proc.pid)
        assert writers, "no ledger writer process"
        served.proc.send_signal(signal.SIGKILL)
        served.proc.wait(timeout=10)
        lock.execute("ROLLBACK")
        lock.close()
        # The writer ends once its pipe is closed and its current batch is done.
        deadline = time.monotonic() + 20
        while any(alive(pid) for pid in writers):
            assert time.monotonic() < deadline, "the ledger writer outlived the proxy"
            time.sleep(0.05)
    paths = recorded_paths(ledger)
    assert "warm" in paths and not any(f"lost/{i}" in paths for i in range(1, 4)), paths
    verify = run_cli("audit", "verify", "--ledger", str(ledger))
    assert verify.returncode == 0, verify.stdout


def test_sigterm_exits_within_shutdown_timeout_when_the_ledger_cannot_write(
    tmp_path: Path,
) -> None:
    ledger = tmp_path / "ledger.db"
    cfg = config(tmp_path, "batch", shutdown_timeout="2s")
    with upstream() as port, serve_process(tmp_path, "-c", str(cfg)) as served:
        proxy = served.addresses["egress"]
        assert get(proxy, f"http://127.0.0.1:{port}/first", 5) == 200
        time.sleep(0.3)
        lock = sqlite3.connect(ledger, isolation_level=None)
        lock.execute("BEGIN IMMEDIATE")
        try:
            assert get(proxy, f"http://127.0.0.1:{port}/stuck", 5) == 200
            started = time.monotonic()
            code, err = served.stop(signal.SIGTERM, timeout=15)
            took = time.monotonic() - started
        finally:
            lock.execute("ROLLBACK")
            lock.close()
    assert code == 0, err
    assert took < 6, f"took {took:.1f}s to stop"
    assert "could not be written" in err and "Traceback" not in err
    verify = run_cli("audit", "verify", "--ledger", str(ledger))
    assert verify.returncode == 0, verify.stdout


def test_batch_records_of_a_burst_and_of_single_requests_are_under_the_signed_head(
        tmp_path: Path) -> None:
    """`batch` durability gathers records (a linger, and an interval between batches
    that are not full): a burst, then requests one at a time; the ledger verifies with
    its signed head while serving, and after SIGTERM holds every record, still signed."""
    ledger = tmp_path / "ledger.db"
    with upstream() as port, serve_process(tmp_path, "-c", str(config(tmp_path, "batch"))
                                           ) as served:
        proxy = served.addresses["egress"]
        with ThreadPoolExecutor(8) as pool:
            burst = list(pool.map(lambda i: get(proxy, f"http://127.0.0.1:{port}/burst/{i}",
                                                10), range(40)))
        assert burst == [200] * 40
        deadline = time.monotonic() + 10
        while len(recorded_paths(ledger)) < 40:
            assert time.monotonic() < deadline, "the burst was not written"
            time.sleep(0.05)
        live = run_cli("audit", "verify", "--ledger", str(ledger))
        assert live.returncode == 0, live.stdout
        singles = [get(proxy, f"http://127.0.0.1:{port}/single/{i}", 5) for i in range(5)]
        assert singles == [200] * 5
        code, err = served.stop(signal.SIGTERM)
    assert code == 0, err
    paths = recorded_paths(ledger)
    assert all(f"burst/{i}" in paths for i in range(40)), sorted(paths)
    assert all(f"single/{i}" in paths for i in range(5)), sorted(paths)
    verify = run_cli("audit", "verify", "--ledger", str(ledger))
    assert verify.returncode == 0, verify.stdout
    assert "45 records" in verify.stdout and "signed head matches" in verify.stdout
