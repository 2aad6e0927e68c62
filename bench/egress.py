"""Egress proxy benchmark: the same local nginx measured directly and through the proxy
as users run it (`secproxy serve` with its ledger), in one run, with every figure printed
next to its baseline.

    python bench/egress.py              # needs nginx and wrk: apt-get install -y nginx wrk
                                        # (and squid, measured too when installed)
    python bench/egress.py --base DIR   # also `secproxy serve` from another source tree (a
                                        # directory holding `secproxy/`, e.g. from
                                        # `git archive HEAD secproxy | tar -x -C DIR`),
                                        # alternated with this one: an A/B in one run
    python bench/egress.py --guards     # content guards on egress: a patterns guard on
                                        # requests and on responses (every body held)
    python bench/egress.py --no-squid --no-bare   # secproxy serve alone beside direct
    python bench/egress.py --ledger postgresql    # also `secproxy serve` writing its
                                        # ledger to a throw-away PostgreSQL (apt-get
                                        # install -y postgresql): serve-pg beside serve

Measured, each beside direct (nginx) and in turn, as ratios of direct in the same run:
`serve`, the real `secproxy serve` with its ledger (a fresh state directory, log level
warning; the headline); `no-ledger`, the egress service and engine alone in a python on
uvloop (records go to an event bus nobody reads: the difference to `serve` is what
serve adds to each request, its ledger and also the bus's other subscribers, the
console hub, the metrics and the decision stats; py-spy on serve under 32 connections'
small GETs, session 19: the ledger ~4% of its event loop, the others ~8%); `base` with
--base; `serve-pg`
with --ledger postgresql, the same `secproxy serve` with `ledger.backend: postgresql` on
a local PostgreSQL (its server on the load core, `bench/pg_server.py`): its ratio beside
`serve`'s is the egress cost of the database ledger against the SQLite file; `squid`
(Debian package, no cache, no logs) when installed. Each proxy runs pinned to its own
core; nginx, wrk and this script share the other core when the machine has two or more.

- small GET (13 bytes): req/s, p50 and p99 latency at concurrency 1 and 32 (wrk with a
  Lua script sending absolute-form request lines), and each secproxy's CPU per request:
  its process and its children (serve's ledger writer process, pinned to the same core
  as the proxy it inherits its affinity from), then the proxy process's own share, and
  the time each proxy's threads (squid's too) spent ready to run but waiting for a CPU
  per request (/proc/PID/task/*/schedstat): on a busy machine that, not the proxy's own
  work, is much of the latency;
- 1 MiB GET: MB/s at concurrency 8 and 32, and each secproxy's CPU per response;
- CONNECT tunnel: MB/s reading a 256 MiB body through a tunnel vs a direct connection
  (median of 5 each), and each secproxy's CPU seconds per GiB relayed. The direct reads
  run nginx and the reader on the load core only, so the tunnel ratio also measures
  how busy the proxy's core is with other work on the machine;
- new tunnels: CONNECT + TLS handshake + one GET per new connection, and each proxy's
  wait for a CPU per tunnel (bench/tunnel_setup.py has the per-phase figures);
- RSS of each process before any request, after one (a secproxy builds the guards it
  defers then: egress's secrets guard), once warmed up, after the speed stages, after
  `SETTLE` seconds idle, and with 1,000 idle keep-alive clients (each sent one request),
  a secproxy's also as its own plus its ledger writer process's (`--rss`: these alone,
  without the speed stages);
- with `--soak SECONDS`: `secproxy serve` alone for that long at half load (wrk at
  concurrency 32 for 5 s, then 5 s idle, over and over), its RSS sampled in each idle
  gap and printed every minute, with the growth from the first minute to the last.

Not run in CI.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import socket
import ssl
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pg_server import start_postgres
from serving import (
    Procs,
    cpu_seconds,
    pinned,
    rss_mib,
    start_bare,
    start_nginx,
    start_serve,
    start_squid,
    tree_cpu_seconds,
    tree_rss_mib,
    tree_run_wait_seconds,
)
from tunnel_setup import run as new_tunnels

WRK_SCRIPT = """
local target = "{url}"
init = function(args) req = wrk.format("GET", target) end
request = function() return req end
"""

GUARDS = """guards: {use: [{name: keys, family: patterns, action: sanitize, surfaces: [egress],
  settings: {patterns: [{name: key, pattern: "sk-[A-Za-z0-9]{20,}"}]}}]}
"""
"""With --guards: a patterns guard on every egress request and response."""

BIG_MIB = 256
SETTLE = 35
"""Seconds idle after the speed stages before the memory figures: serve's egress sweeper
(every 15 s) gives malloc's free heap back once a burst has ended."""
WRK_SECONDS = 4
ROUNDS = 3


@dataclass
class Proxy:
    """One proxy measured against direct."""

    name: str
    port: int
    pid: int
    cpu: bool
    """Print its CPU per request (a python of ours; squid forks its workers)."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"


_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    if not m:
        return float("nan")
    return float(m.group(1)) * _UNIT[m.group(2)]


def wrk(core: int | None, connect_to: str, url: str, conns: int, tmp: Path) -> dict[str, float]:
    return wrk_for(core, connect_to, url, conns, WRK_SECONDS, tmp)


def wrk_for(core: int | None, connect_to: str, url: str, conns: int, seconds: float,
            tmp: Path) -> dict[str, float]:
    script = tmp / f"wrk-{abs(hash(url))}.lua"
    script.write_text(WRK_SCRIPT.format(url=url))
    out = subprocess.run(
        pinned(core, ["wrk", "-t1", f"-c{conns}", f"-d{seconds:g}s", "--latency",
                      "-s", str(script), connect_to]),
        capture_output=True, text=True, check=True,
    ).stdout
    res = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}  # type: ignore[union-attr]
    res["p50"] = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    res["p99"] = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    if bad or errors:
        shown = " ".join(m.group(0) for m in (bad, errors) if m)
        print(f"  wrk reported problems for {url}: {shown}")
    return res


def median_runs(core: int | None, direct_url: str, proxies: list[Proxy], path: str,
                conns: int, tmp: Path) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Alternate direct and proxied runs ROUNDS times; keep each side's median run (by
    req/s), so neither a burst of unrelated load nor one lucky run decides the ratio.
    Proxied runs also carry the proxy's CPU time per request (`cpu_us`), which other
    work on the machine disturbs much less than req/s."""
    direct: list[dict[str, float]] = []
    proxied: list[list[dict[str, float]]] = [[] for _ in proxies]
    for _ in range(ROUNDS):
        direct.append(wrk(core, direct_url + path, direct_url + path, conns, tmp))
        for runs, proxy in zip(proxied, proxies, strict=True):
            before, before_own = tree_cpu_seconds(proxy.pid), cpu_seconds(proxy.pid)
            waited = tree_run_wait_seconds(proxy.pid)
            run = wrk(core, proxy.url, direct_url + path, conns, tmp)
            done = run["rps"] * WRK_SECONDS
            run["cpu_us"] = (tree_cpu_seconds(proxy.pid) - before) / done * 1e6
            run["own_us"] = (cpu_seconds(proxy.pid) - before_own) / done * 1e6
            run["wait_us"] = (tree_run_wait_seconds(proxy.pid) - waited) / done * 1e6
            runs.append(run)
    return _median_run(direct), [_median_run(runs) for runs in proxied]


def _median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    return sorted(runs, key=lambda r: r["rps"])[len(runs) // 2]


def tunnel_read(port: int, proxy: tuple[str, int] | None) -> float:
    """MB/s reading /big over a raw socket, through a CONNECT tunnel when `proxy`."""
    sock = socket.create_connection(proxy or ("127.0.0.1", port))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
    if proxy:
        hostport = f"127.0.0.1:{port}"
        sock.sendall(f"CONNECT {hostport} HTTP/1.1\r\nHost: {hostport}\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(4096)
        assert head.startswith(b"HTTP/1.1 200"), head
    buf = bytearray(1024 * 1024)
    start = time.perf_counter()
    sock.sendall(b"GET /big HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    total = 0
    while n := sock.recv_into(buf):
        total += n
    elapsed = time.perf_counter() - start
    sock.close()
    assert total > BIG_MIB * 1024 * 1024, total
    return total / elapsed / 1e6


def idle_clients(proxy: tuple[str, int], port: int, count: int) -> list[socket.socket]:
    request = f"GET http://127.0.0.1:{port}/small HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    socks = []
    for _ in range(count):
        s = socket.create_connection(proxy)
        s.sendall(request)
        data = b""
        while not data.endswith(b"hello, world\n"):
            piece = s.recv(4096)
            if not piece:
                raise SystemExit("proxy closed an idle-client connection")
            data += piece
        socks.append(s)
    return socks


def pair(label: str, direct: float, proxies: list[Proxy], values: list[float],
         unit: str) -> None:
    """One figure: the direct baseline, then each proxy with its ratio to direct."""
    print(f"  {label:<22} direct {direct:>9.2f} {unit}")
    for proxy, value in zip(proxies, values, strict=True):
        ratio = value / direct if direct else float("nan")
        extra = f"  +{(value - direct) * 1000:.0f} us" if unit == "ms" else ""
        print(f"  {'':<22} {proxy.name:<10} {value:>9.2f} {unit:<5} ratio {ratio:4.2f}{extra}")


def cpu_line(label: str, proxies: list[Proxy], values: list[float], unit: str, *,
             every: bool = False) -> None:
    """A figure of the proxies of ours (with `every`, of squid too)."""
    shown = [f"{p.name} {v:.2f} {unit}" for p, v in zip(proxies, values, strict=True)
             if p.cpu or every]
    if shown:
        print(f"  {label:<22} " + " | ".join(shown))


def start_proxies(procs: Procs, core: int | None, connect_ports: list[int],
                  args: argparse.Namespace) -> list[Proxy]:
    extra = GUARDS if args.guards else ""
    proxies = []
    proc, port = start_serve(procs, core, connect_ports, extra=extra)
    proxies.append(Proxy("serve", port, proc.pid, True))
    if not args.no_bare:
        proc, port = start_bare(procs, core, connect_ports, extra=extra)
        proxies.append(Proxy("no-ledger", port, proc.pid, True))
    if args.base:
        proc, port = start_serve(procs, core, connect_ports, name="base", extra=extra,
                                 pythonpath=args.base)
        proxies.append(Proxy("base", port, proc.pid, True))
    if args.ledger == "postgresql":
        dsn = start_postgres(procs, args.load_core)
        proc, port = start_serve(procs, core, connect_ports, name="serve-pg",
                                 extra=extra + f"ledger: {{backend: postgresql, dsn: '{dsn}'}}\n")
        proxies.append(Proxy("serve-pg", port, proc.pid, True))
    if not args.no_squid:
        squid = start_squid(procs, core, connect_ports)
        if squid is None:
            print("squid is not installed (apt-get install -y squid): not measured")
        else:
            proxies.append(Proxy("squid", squid[1], squid[0].pid, False))
    return proxies


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="The egress proxy as users run it (secproxy serve, ledger on) beside "
        "nginx reached directly, the egress service without a ledger, and squid.")
    parser.add_argument("--base", metavar="DIR",
                        help="also measure `secproxy serve` from this source tree (a "
                        "directory holding secproxy/), alternated with this one")
    parser.add_argument("--guards", action="store_true",
                        help="a patterns guard on egress requests and responses")
    parser.add_argument("--ledger", choices=("sqlite", "postgresql"), default="sqlite",
                        help="postgresql: also measure serve with its ledger in a local "
                        "PostgreSQL (serve-pg), beside serve's SQLite file")
    parser.add_argument("--no-squid", action="store_true", help="do not measure squid")
    parser.add_argument("--no-bare", action="store_true",
                        help="do not measure the egress service without a ledger")
    parser.add_argument("--soak", type=float, default=0, metavar="SECONDS",
                        help="then run serve at half load this long (600: the issue's 10 "
                        "minutes) and print its RSS every minute")
    parser.add_argument("--rss", action="store_true",
                        help="only the memory figures (RSS at start and with 1,000 idle "
                        "keep-alive clients), no throughput runs")
    parser.add_argument("--tunnels", type=int, default=200,
                        help="new CONNECT tunnels (+ TLS + GET) per run (0: skip)")
    args = parser.parse_args()
    if args.base:
        args.base = str(Path(args.base).resolve())
        if not (Path(args.base) / "secproxy").is_dir():
            raise SystemExit(f"{args.base} holds no secproxy/ package")
    return args


def main() -> None:
    args = parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y nginx wrk")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))
    cores = sorted(os.sched_getaffinity(0))
    load_core, proxy_core = (cores[0], cores[1]) if len(cores) >= 2 else (None, None)
    if load_core is not None:
        os.sched_setaffinity(0, {load_core})
    args.load_core = load_core

    procs = Procs(Path(tempfile.mkdtemp(prefix="secproxy-bench-")))
    try:
        files: dict[str, bytes | int] = {"small": b"hello, world\n",
                                         "1m": os.urandom(1024 * 1024),
                                         "big": BIG_MIB * 1024 * 1024}
        nginx_port, tls_port = start_nginx(procs, load_core,
                                           tls=args.tunnels > 0 and not args.rss, files=files)
        connect_ports = [nginx_port] + ([tls_port] if tls_port else [])
        proxies = start_proxies(procs, proxy_core, connect_ports, args)
        direct_url = f"http://127.0.0.1:{nginx_port}"
        tmp = procs.tmp

        print(f"secproxy egress bench: {len(cores)} cores, proxies on core {proxy_core}, "
              f"nginx+load on core {load_core}; wrk {WRK_SECONDS}s per run, median of "
              f"{ROUNDS}; load average {os.getloadavg()[0]:.1f} at start")
        print("  " + ", ".join(p.name for p in proxies) + " (serve: `secproxy serve` with "
              "its ledger, as users run it)")
        if args.guards:
            print("content guards on: a patterns guard on egress requests and responses")
        # RSS before any request, after one (the guards built on their first use), then
        # every path warmed up
        rss_boot = [tree_rss_mib(p.pid) for p in proxies]
        for proxy in proxies:
            for s in idle_clients(("127.0.0.1", proxy.port), nginx_port, 1):
                s.close()
        rss_first = [tree_rss_mib(p.pid) for p in proxies]
        wrk(load_core, direct_url + "/small", direct_url + "/small", 4, tmp)
        for proxy in proxies:
            wrk(load_core, proxy.url, direct_url + "/small", 4, tmp)
        rss_start = [tree_rss_mib(p.pid) for p in proxies]

        if not args.rss:
            speed(args, load_core, nginx_port, tls_port, proxies, tmp)
        loaded = [tree_rss_mib(p.pid) for p in proxies]
        before = loaded
        if not args.rss:
            time.sleep(SETTLE)  # the egress sweeper releases a burst's free heap
            before = [tree_rss_mib(p.pid) for p in proxies]
        print(f"idle keep-alive clients (RSS, MiB: before any request, after one, warmed up, "
              f"after the load, after {SETTLE} s idle, with 1000 idle clients; a secproxy's as "
              "the proxy process + its ledger writer process):")
        for proxy, boot, first, start, busy, prior in zip(
                proxies, rss_boot, rss_first, rss_start, loaded, before, strict=True):
            socks = idle_clients(("127.0.0.1", proxy.port), nginx_port, 1000)
            time.sleep(0.5)
            after = tree_rss_mib(proxy.pid)
            split = ""
            if proxy.cpu:
                own = rss_mib(proxy.pid)
                split = f"  = {own:.1f} + {after - own:.1f}"
            print(f"  {proxy.name:<10} {boot:6.1f} {first:6.1f} {start:6.1f} {busy:6.1f} "
                  f"{prior:6.1f} {after:6.1f} (+{after - prior:.1f}){split}")
            for s in socks:
                s.close()
        if args.soak:
            soak(load_core, proxies[0], direct_url, args.soak, tmp)
    finally:
        procs.stop()


def speed(args: argparse.Namespace, load_core: int | None, nginx_port: int,
          tls_port: int | None, proxies: list[Proxy], tmp: Path) -> None:
    """Throughput, latency and CPU figures of every proxy beside direct."""
    direct_url = f"http://127.0.0.1:{nginx_port}"
    for conns in (1, 32):
        d, ps = median_runs(load_core, direct_url, proxies, "/small", conns, tmp)
        print(f"small GET, concurrency {conns}:")
        pair("requests/s", d["rps"], proxies, [p["rps"] for p in ps], "req/s")
        cpu_line("proxy CPU per request", proxies, [p["cpu_us"] for p in ps], "us")
        cpu_line("  of it the proxy's own", proxies, [p["own_us"] for p in ps], "us")
        cpu_line("waiting for a CPU", proxies, [p["wait_us"] for p in ps], "us", every=True)
        pair("p50 latency", d["p50"], proxies, [p["p50"] for p in ps], "ms")
        pair("p99 latency", d["p99"], proxies, [p["p99"] for p in ps], "ms")

    for conns in (8, 32):  # the table measures 32
        d, ps = median_runs(load_core, direct_url, proxies, "/1m", conns, tmp)
        print(f"1 MiB GET, concurrency {conns}:")
        pair("throughput", d["rps"] * 1.048576, proxies, [p["rps"] * 1.048576 for p in ps],
             "MB/s")
        cpu_line("proxy CPU per response", proxies, [p["cpu_us"] for p in ps], "us")

    direct_mbs = statistics.median(tunnel_read(nginx_port, None) for _ in range(5))
    tunnel_mbs, tunnel_cpu = [], []
    for proxy in proxies:
        before = tree_cpu_seconds(proxy.pid)
        tunnel_mbs.append(statistics.median(
            tunnel_read(nginx_port, ("127.0.0.1", proxy.port)) for _ in range(5)))
        tunnel_cpu.append((tree_cpu_seconds(proxy.pid) - before) / (5 * BIG_MIB / 1024))
    print(f"CONNECT tunnel, {BIG_MIB} MiB body:")
    pair("throughput", direct_mbs, proxies, tunnel_mbs, "MB/s")
    cpu_line("proxy CPU per GiB", proxies, tunnel_cpu, "s")

    if tls_port:
        ctx = ssl.create_default_context(cafile=str(tmp / "origin.crt"))
        new_tunnels(ctx, tls_port, None, 20)
        rates: list[list[float]] = [[] for _ in range(len(proxies) + 1)]
        p50s: list[list[float]] = [[] for _ in range(len(proxies) + 1)]
        waits: list[list[float]] = [[] for _ in range(len(proxies))]
        for _ in range(ROUNDS):
            res = new_tunnels(ctx, tls_port, None, args.tunnels)
            rates[0].append(res["rate"])
            p50s[0].append(res["total"])
            for i, proxy in enumerate(proxies, start=1):
                res = new_tunnels(ctx, tls_port, proxy.port, args.tunnels, proxy.pid)
                rates[i].append(res["rate"])
                p50s[i].append(res["total"])
                waits[i - 1].append(res["wait"])
        print(f"new CONNECT tunnel + TLS handshake + GET ({args.tunnels} per run, in "
              "turn, one at a time):")
        pair("tunnels/s", statistics.median(rates[0]), proxies,
             [statistics.median(r) for r in rates[1:]], "/s")
        pair("p50 per tunnel", statistics.median(p50s[0]), proxies,
             [statistics.median(r) for r in p50s[1:]], "ms")
        cpu_line("waiting for a CPU", proxies, [statistics.median(w) for w in waits],
                 "ms/tunnel", every=True)


def soak(core: int | None, serve: Proxy, direct_url: str, seconds: float, tmp: Path) -> None:
    """Half load on serve (5 s of wrk at concurrency 32, 5 s idle) for `seconds`; its RSS
    sampled at the end of each idle gap, printed once a minute."""
    print(f"soak: serve at half load (5 s busy, 5 s idle) for {seconds:.0f} s; RSS, MiB:")
    start = time.monotonic()
    samples: list[tuple[float, float]] = []
    shown = -1
    while time.monotonic() - start < seconds:
        wrk_for(core, serve.url, direct_url + "/small", 32, 5, tmp)
        time.sleep(5)
        elapsed = time.monotonic() - start
        samples.append((elapsed, tree_rss_mib(serve.pid)))
        if int(elapsed // 60) > shown:
            shown = int(elapsed // 60)
            print(f"  {elapsed:6.0f} s  {samples[-1][1]:7.1f}", flush=True)
    first = statistics.median([rss for t, rss in samples if t <= 60] or [samples[0][1]])
    last = statistics.median([rss for t, rss in samples if t >= samples[-1][0] - 60])
    print(f"  first minute {first:.1f} MiB, last minute {last:.1f} MiB "
          f"(growth {last - first:+.1f} MiB)")


if __name__ == "__main__":
    main()
