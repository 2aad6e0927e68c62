"""A throw-away PostgreSQL server for benches (`bench/egress.py --ledger postgresql`):
Debian's binaries (`apt-get install -y postgresql`), a fresh cluster in the bench's
temporary directory, `postgres` as a child of the bench (stopped with the others), on a
free loopback port. As root, initdb and postgres run as the `postgres` user (setpriv:
no wrapper process, so the bench's TERM reaches postgres itself).

Durability as the SQLite ledger's `batch` mode has it: fsync on, `synchronous_commit`
off (a commit is durable once the WAL writer flushes, within ~10 ms: what SQLite's
`synchronous=NORMAL` in WAL mode gives too).
"""

from __future__ import annotations

import os
import pwd
import subprocess
import time
from pathlib import Path

from serving import Procs, free_port, pinned


def bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"),
                   key=lambda p: int(p.parent.parent.name)
                   if p.parent.parent.name.isdigit() else 0)
    return found[-1].parent if found else None


def start_postgres(procs: Procs, core: int | None) -> str:
    """Start a cluster; returns the DSN of its `secproxy` database."""
    bins = bin_dir()
    if bins is None:
        raise SystemExit("PostgreSQL is missing: apt-get install -y postgresql")
    directory = procs.tmp / "postgres"
    directory.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chmod(procs.tmp, 0o711)
        os.chown(directory, pw.pw_uid, pw.pw_gid)
        as_user = ["setpriv", f"--reuid={pw.pw_uid}", f"--regid={pw.pw_gid}",
                   "--init-groups"]
    data = directory / "data"
    subprocess.run([*as_user, str(bins / "initdb"), "-D", str(data), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
                   check=True, capture_output=True, stdin=subprocess.DEVNULL)
    port = free_port()
    log = (directory / "log").open("ab")
    proc = procs.add(subprocess.Popen(
        pinned(core, [*as_user, str(bins / "postgres"), "-D", str(data), "-p", str(port),
                      "-k", str(directory), "-c", "listen_addresses=127.0.0.1",
                      "-c", "synchronous_commit=off"]),
        stdin=subprocess.DEVNULL, stdout=log, stderr=log))
    deadline = time.monotonic() + 60
    while subprocess.run([str(bins / "pg_isready"), "-q", "-h", "127.0.0.1", "-p",
                          str(port)]).returncode:
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("postgres did not start:\n" + (directory / "log").read_text())
        time.sleep(0.1)
    subprocess.run([str(bins / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U",
                    "postgres", "secproxy"], check=True, capture_output=True)
    return f"postgresql://postgres@127.0.0.1:{port}/secproxy"
