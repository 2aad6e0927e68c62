"""A throw-away PostgreSQL cluster per test worker, and a fresh database per test.

The cluster is Debian's PostgreSQL (`/usr/lib/postgresql/<version>/bin`, which `.ci/run`
installs) in a temporary directory: `initdb` once per session (~2 s), then `postgres` on
a free loopback port with its unix socket in that directory and `fsync=off` (a test
database needs no durability). `initdb` and `postgres` refuse to run as root, so as root
they run as the `postgres` user (`setpriv`), in a directory that user owns. `postgres`
is a child of the test worker with a parent-death signal: a worker killed mid-run (a
timeout) takes its server with it instead of leaving it running. Skips when the binaries
are not installed.
"""

from __future__ import annotations

import asyncio
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest


def _bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """One PostgreSQL cluster: `stop()` shuts it down (fast: connections are cut),
    `start()` brings it back on the same port with its data."""

    def __init__(self, bin_dir: Path, directory: Path):
        self.bin = bin_dir
        self.directory = directory
        self.data = directory / "data"
        self.port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chown(directory, pw.pw_uid, pw.pw_gid)
            self.as_user = [f"--reuid={pw.pw_uid}", f"--regid={pw.pw_gid}", "--init-groups"]

    def init(self) -> None:
        result = subprocess.run(
            ["setpriv", *self.as_user, str(self.bin / "initdb"), "-D", str(self.data),
             "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
        if result.returncode:
            raise RuntimeError(f"initdb failed: {result.stderr}{result.stdout}")

    def start(self, timeout: float = 60) -> None:
        log = (self.directory / "log").open("ab")
        # SIGINT (PostgreSQL's fast shutdown) when the worker dies. The kernel sends it
        # when the *thread* that started the server ends: only the main thread lives as
        # long as the worker (start it there: not through asyncio.to_thread).
        deathsig = ["--pdeathsig", "INT"] \
            if threading.current_thread() is threading.main_thread() else []
        self.proc = subprocess.Popen(
            ["setpriv", *deathsig, *self.as_user, str(self.bin / "postgres"),
             "-D", str(self.data), "-p", str(self.port), "-k", str(self.directory),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
             "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                tail = (self.directory / "log").read_text()[-2000:]
                self.stop()
                raise RuntimeError(f"postgres did not start:\n{tail}")
            time.sleep(0.05)

    def _answers(self) -> bool:
        result = subprocess.run([str(self.bin / "pg_isready"), "-q", "-h", "127.0.0.1",
                                 "-p", str(self.port)], stdin=subprocess.DEVNULL)
        return result.returncode == 0

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # fast shutdown: sessions are cut
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its DSN."""
        name = f"t_{uuid.uuid4().hex[:12]}"

        async def create() -> None:
            conn = await asyncpg.connect(self.dsn(), timeout=30)
            try:
                await conn.execute(f'CREATE DATABASE "{name}"')
            finally:
                await conn.close()

        asyncio.run(create())
        return self.dsn(name)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (.ci/run installs Debian's postgresql)")
    directory = Path(tempfile.mkdtemp(prefix="secproxy-pg-"))
    cluster = PgCluster(bin_dir, directory)
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        try:
            cluster.stop()
        finally:
            shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def pg_dsn(pg_cluster: PgCluster) -> str:
    """A fresh database in the worker's cluster (started again if a test stopped it)."""
    if not pg_cluster.running:
        pg_cluster.start()
    return pg_cluster.create_database()
