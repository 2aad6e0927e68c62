"""New-tunnel bench: a fresh CONNECT tunnel, a TLS handshake through it and one small
GET, over and over, direct to nginx's TLS port and through each proxy, with the time of
every phase.

    python bench/tunnel_setup.py [--count 300] [--rounds 3] [--base DIR] [--no-squid]

Per new connection (a blocking client in this process; no TLS session reuse):
`tcp` (connect), `200` (CONNECT sent until the proxy's answer is read; 0 direct),
`tls` (handshake), `first` (GET sent until the first response byte), `total` (all of
it, to the end of the response). Printed: the p50 of each phase and new tunnels per
second, and for each proxy its CPU per tunnel (its process and children: serve's ledger
writer, squid's worker) and the time its threads spent ready to run but waiting for a
CPU (`run-queue`, from /proc/PID/task/*/schedstat): on a busy machine that, not the
proxy's own work, is most of a tunnel's time. For direct, `secproxy serve` with its
ledger (the headline), the egress service without a ledger, squid when installed, and
with `--base DIR` a serve from another source tree. The targets are run in turn,
`--count` connections each, `--rounds` times; each figure is the median over rounds.
With two or more cores the proxies run on core 1 and nginx and this client on core 0.

Not run in CI.
"""

from __future__ import annotations

import argparse
import os
import socket
import ssl
import statistics
import tempfile
import time
from pathlib import Path

from serving import (
    Procs,
    start_bare,
    start_nginx,
    start_serve,
    start_squid,
    tree_cpu_seconds,
    tree_run_wait_seconds,
)

PHASES = ("tcp", "200", "tls", "first", "total")


def one_tunnel(ctx: ssl.SSLContext, origin: int, proxy: int | None) -> dict[str, float]:
    clock = time.perf_counter
    t0 = clock()
    sock = socket.create_connection(("127.0.0.1", proxy or origin))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    t1 = clock()
    if proxy:
        hostport = f"127.0.0.1:{origin}"
        sock.sendall(f"CONNECT {hostport} HTTP/1.1\r\nHost: {hostport}\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            piece = sock.recv(4096)
            if not piece:
                raise SystemExit(f"the proxy on {proxy} closed the tunnel: {head!r}")
            head += piece
        if not head.startswith(b"HTTP/1.1 200") and not head.startswith(b"HTTP/1.0 200"):
            raise SystemExit(f"the proxy on {proxy} refused the tunnel: {head[:200]!r}")
    t2 = clock()
    tls = ctx.wrap_socket(sock, server_hostname="127.0.0.1")
    t3 = clock()
    tls.sendall(b"GET /small HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    data = tls.recv(65536)
    t4 = clock()
    while piece := tls.recv(65536):
        data += piece
    t5 = clock()
    tls.close()
    if not data.endswith(b"hello, world\n"):
        raise SystemExit(f"unexpected answer through {proxy}: {data[:200]!r}")
    return {"tcp": t1 - t0, "200": t2 - t1, "tls": t3 - t2, "first": t4 - t3, "total": t5 - t0}


def run(ctx: ssl.SSLContext, origin: int, proxy: int | None, count: int,
        pid: int | None = None) -> dict[str, float]:
    """p50 of each phase (ms) over `count` new tunnels, tunnels per second, and with
    `pid` that process's (and its children's) CPU time per tunnel (`cpu`, ms) and time
    spent waiting for a CPU per tunnel (`wait`, ms)."""
    before = tree_cpu_seconds(pid) if pid else 0.0
    waited = tree_run_wait_seconds(pid) if pid else 0.0
    samples = [one_tunnel(ctx, origin, proxy) for _ in range(count)]
    out = {p: statistics.median(s[p] for s in samples) * 1e3 for p in PHASES}
    out["rate"] = count / sum(s["total"] for s in samples)
    out["cpu"] = (tree_cpu_seconds(pid) - before) / count * 1e3 if pid else 0.0
    out["wait"] = (tree_run_wait_seconds(pid) - waited) / count * 1e3 if pid else 0.0
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="new tunnels per run")
    parser.add_argument("--rounds", type=int, default=3, help="runs per target (medians)")
    parser.add_argument("--base", help="also run `secproxy serve` from this source tree "
                        "(a directory holding secproxy/)")
    parser.add_argument("--no-squid", action="store_true", help="skip squid")
    parser.add_argument("--shared", action="store_true",
                        help="no pinning: every process free to use every core")
    parser.add_argument("--no-bare", action="store_true",
                        help="skip the egress service without a ledger")
    args = parser.parse_args()
    cores = sorted(os.sched_getaffinity(0))
    load_core, proxy_core = ((cores[0], cores[1]) if len(cores) >= 2 and not args.shared
                             else (None, None))
    if load_core is not None:
        os.sched_setaffinity(0, {load_core})
    load = os.getloadavg()[0]
    procs = Procs(Path(tempfile.mkdtemp(prefix="secproxy-bench-")))
    try:
        _, origin = start_nginx(procs, load_core, tls=True, files={"small": b"hello, world\n"})
        assert origin is not None
        targets: list[tuple[str, int | None, int | None]] = [("direct", None, None)]
        serve, port = start_serve(procs, proxy_core, [origin])
        targets.append(("secproxy serve (ledger)", port, serve.pid))
        if args.base:
            base = str(Path(args.base).resolve())
            serve, port = start_serve(procs, proxy_core, [origin], name="base", pythonpath=base)
            targets.append(("base serve (ledger)", port, serve.pid))
        if not args.no_bare:
            bare, port = start_bare(procs, proxy_core, [origin])
            targets.append(("secproxy, no ledger", port, bare.pid))
        if not args.no_squid:
            squid = start_squid(procs, proxy_core, [origin])
            if squid is None:
                print("squid is not installed (apt-get install -y squid): skipped")
            else:
                targets.append(("squid", squid[1], squid[0].pid))
        ctx = ssl.create_default_context(cafile=str(procs.tmp / "origin.crt"))
        for _, via, _ in targets:  # warm up
            run(ctx, origin, via, 20)
        rounds: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in targets}
        for _ in range(args.rounds):
            for name, via, pid in targets:
                rounds[name].append(run(ctx, origin, via, args.count, pid))
        print(f"new CONNECT tunnel + TLS handshake + GET, {args.count} per run, median of "
              f"{args.rounds} runs; proxies on core {proxy_core}, nginx and client on core "
              f"{load_core}; load average {load:.1f} at start")
        print(f"  {'':<26}" + "".join(f"{p + ' ms':>9}" for p in PHASES)
              + f"{'tunnels/s':>11}{'vs direct':>10}{'CPU/tunnel':>11}{'run-queue':>11}")
        direct_rate = statistics.median(r["rate"] for r in rounds["direct"])
        for name, runs in rounds.items():
            med = {k: statistics.median(r[k] for r in runs)
                   for k in (*PHASES, "rate", "cpu", "wait")}
            cpu = f"{med['cpu']:>8.2f} ms" if med["cpu"] else f"{'-':>11}"
            wait = f"{med['wait']:>8.2f} ms" if med["cpu"] else f"{'-':>11}"
            print(f"  {name:<26}" + "".join(f"{med[p]:>9.3f}" for p in PHASES)
                  + f"{med['rate']:>11.0f}{med['rate'] / direct_rate:>10.2f}{cpu}{wait}")
    finally:
        procs.stop()


if __name__ == "__main__":
    main()
