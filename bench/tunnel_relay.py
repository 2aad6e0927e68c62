"""CONNECT throughput beside its floor: a large body read through `secproxy serve`'s
tunnel, directly, and through two minimal relays run the same way (pinned to the
proxy's core): one moving bytes with splice(2) through a pipe, one copying them through
a 1 MiB buffer, each a blocking thread per direction with nothing else to do. What the
minimal relays reach is what any relay on this machine and this core layout can reach;
serve's distance to them, not to direct, is the relay's own cost.

    python bench/tunnel_relay.py [--mib 128] [--rounds 9] [--base DIR]

Every target is read in turn, `--rounds` times (so that other work on the machine
falls on all of them alike); each figure is the median, with each python's CPU seconds
per GiB relayed (serve's with its ledger writer process). With two or more cores the
relays run on core 1, nginx and the reader on core 0, as in bench/egress.py.

Not run in CI.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import egress
from serving import Procs, free_port, pinned, start_nginx, start_serve, tree_cpu_seconds

RELAY = r"""
import os, socket, sys, threading
COPY = sys.argv[2] == "copy"
CHUNK = 1 << 20

def splice(src, dst):
    r, w = os.pipe()
    try:
        import fcntl
        fcntl.fcntl(w, getattr(fcntl, "F_SETPIPE_SZ", 1031), CHUNK)
    except OSError:
        pass
    try:
        while n := os.splice(src.fileno(), w, CHUNK):
            while n:
                n -= os.splice(r, dst.fileno(), n)
    finally:
        os.close(r)
        os.close(w)

def copy(src, dst):
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    while n := src.recv_into(buf):
        dst.sendall(view[:n])

def pump(src, dst, done):
    try:
        (copy if COPY else splice)(src, dst)
        dst.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    finally:
        done()

def tunnel(client):
    head = b""
    while b"\r\n\r\n" not in head:
        head += client.recv(4096)
    host, port = head.split()[1].decode().rsplit(":", 1)
    upstream = socket.create_connection((host, int(port)))
    client.sendall(b"HTTP/1.1 200 Connection Established\r\n\r\n")
    left = [2]
    def done():
        left[0] -= 1
        if not left[0]:
            client.close()
            upstream.close()
    for src, dst in ((client, upstream), (upstream, client)):
        threading.Thread(target=pump, args=(src, dst, done), daemon=True).start()

listener = socket.create_server(("127.0.0.1", int(sys.argv[1])))
print("ready", flush=True)
while True:
    tunnel(listener.accept()[0])
"""
"""A minimal CONNECT relay (`splice` or `copy`): no decision, no record, no event loop."""


def start_relay(procs: Procs, core: int | None, how: str) -> tuple[int, int]:
    port = free_port()
    proc = procs.add(subprocess.Popen(pinned(core, [sys.executable, "-c", RELAY, str(port),
                                                    how]), stdout=subprocess.PIPE))
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc.pid, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=128, help="size of the body read")
    parser.add_argument("--rounds", type=int, default=9, help="reads per target")
    parser.add_argument("--base", help="also `secproxy serve` from this source tree")
    args = parser.parse_args()
    egress.BIG_MIB = args.mib
    cores = sorted(os.sched_getaffinity(0))
    load_core, proxy_core = (cores[0], cores[1]) if len(cores) >= 2 else (None, None)
    if load_core is not None:
        os.sched_setaffinity(0, {load_core})
    procs = Procs(Path(tempfile.mkdtemp(prefix="secproxy-relay-")))
    try:
        port, _ = start_nginx(procs, load_core, files={"big": args.mib * 1024 * 1024})
        targets: dict[str, tuple[int, int]] = {}
        proc, serve = start_serve(procs, proxy_core, [port])
        targets["serve"] = (proc.pid, serve)
        if args.base:
            proc, base = start_serve(procs, proxy_core, [port], name="base",
                                     pythonpath=str(Path(args.base).resolve()))
            targets["base"] = (proc.pid, base)
        targets["splice relay"] = start_relay(procs, proxy_core, "splice")
        targets["copy relay"] = start_relay(procs, proxy_core, "copy")
        direct: list[float] = []
        speeds: dict[str, list[float]] = {name: [] for name in targets}
        cpu: dict[str, list[float]] = {name: [] for name in targets}
        for _ in range(args.rounds):
            direct.append(egress.tunnel_read(port, None))
            for name, (pid, proxy) in targets.items():
                before = tree_cpu_seconds(pid)
                speeds[name].append(egress.tunnel_read(port, ("127.0.0.1", proxy)))
                cpu[name].append((tree_cpu_seconds(pid) - before) / (args.mib / 1024))
        floor = statistics.median(direct)
        print(f"CONNECT tunnel, {args.mib} MiB body, median of {args.rounds}; relays on core "
              f"{proxy_core}, nginx and reader on core {load_core}; load average "
              f"{os.getloadavg()[0]:.1f}")
        print(f"  {'direct':<14} {floor:7.0f} MB/s")
        for name in targets:
            mbs = statistics.median(speeds[name])
            print(f"  {name:<14} {mbs:7.0f} MB/s  {mbs / floor:4.2f} of direct  "
                  f"{statistics.median(cpu[name]):.2f} s CPU/GiB")
    finally:
        procs.stop()


if __name__ == "__main__":
    main()
