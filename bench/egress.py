"""Egress proxy benchmark: the same local nginx measured directly and through the proxy,
in one run, with every figure printed next to its baseline.

    python bench/egress.py            # needs nginx and wrk: apt-get install -y nginx wrk
    python bench/egress.py --base DIR # also run the proxy from another source tree (a
                                      # directory holding `secproxy/`, e.g. from
                                      # `git archive HEAD secproxy | tar -x -C DIR`),
                                      # alternated with this one: an A/B in one run
    python bench/egress.py --guards   # the same with content guards on egress: a
                                      # patterns guard on requests and on responses
                                      # (every body held and guarded)

What it measures (the proxy runs in a child python on uvloop, pinned to its own core;
nginx, wrk and this script share the other core when the machine has two or more):

- small GET (13 bytes): req/s, p50 and p99 latency at concurrency 1 and 32 (wrk with a
  Lua script sending absolute-form request lines);
- 1 MiB GET: MB/s at concurrency 8;
- CONNECT tunnel: MB/s reading a 256 MiB body through a tunnel vs a direct connection
  (median of 5 each), and the proxy's CPU seconds per GiB relayed. The direct reads
  run nginx and the reader on the load core only, so the tunnel ratio also measures
  how busy the proxy's core is with other work on the machine;
- proxy RSS with 1,000 idle keep-alive clients (each sent one request).

The child has no ledger attached (records go to an event bus nobody reads), so these
are figures for the egress surface and the engine's decision, not the ledger's writes.
Not run in CI.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNNER = r"""
import asyncio, sys
import uvloop
from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.engine import Engine
from secproxy.surfaces.egress import EgressService

async def main():
    loaded = load_config(text=sys.argv[1], env={})
    engine = Engine(loaded, guard_factory=configured_guards)
    svc = EgressService(engine, loaded.config, loaded.config.listeners.egress)
    await svc.start()
    print(svc.address, flush=True)
    await asyncio.Event().wait()

uvloop.run(main())
"""

NGINX_CONF = """
worker_processes 1;
daemon off;
master_process off;
error_log {tmp}/error.log warn;
pid {tmp}/nginx.pid;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    sendfile on;
    keepalive_requests 100000000;
    keepalive_timeout 300;
    client_body_temp_path {tmp}/t-body;
    proxy_temp_path {tmp}/t-proxy;
    fastcgi_temp_path {tmp}/t-fastcgi;
    uwsgi_temp_path {tmp}/t-uwsgi;
    scgi_temp_path {tmp}/t-scgi;
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        root {tmp}/www;
    }}
}}
"""

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
WRK_SECONDS = 4
ROUNDS = 3


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pinned(core: int | None, argv: list[str]) -> list[str]:
    return argv if core is None else ["taskset", "-c", str(core), *argv]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_port(port: int, deadline: float = 10.0) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"nothing listens on 127.0.0.1:{port}")


_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    if not m:
        return float("nan")
    return float(m.group(1)) * _UNIT[m.group(2)]


def wrk(core: int | None, connect_to: str, url: str, conns: int, tmp: Path) -> dict[str, float]:
    script = tmp / f"wrk-{abs(hash(url))}.lua"
    script.write_text(WRK_SCRIPT.format(url=url))
    out = subprocess.run(
        pinned(core, ["wrk", "-t1", f"-c{conns}", f"-d{WRK_SECONDS}s", "--latency",
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


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def median_runs(core: int | None, direct_url: str, proxies: list[tuple[str, int]],
                path: str, conns: int,
                tmp: Path) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Alternate direct and proxied runs ROUNDS times; keep each side's median run (by
    req/s), so neither a burst of unrelated load nor one lucky run decides the ratio.
    Proxied runs also carry the proxy's CPU time per request (`cpu_us`), which other
    work on the machine disturbs much less than req/s."""
    direct: list[dict[str, float]] = []
    proxied: list[list[dict[str, float]]] = [[] for _ in proxies]
    for _ in range(ROUNDS):
        direct.append(wrk(core, direct_url + path, direct_url + path, conns, tmp))
        for runs, (proxy_url, pid) in zip(proxied, proxies, strict=True):
            before = cpu_seconds(pid)
            run = wrk(core, proxy_url, direct_url + path, conns, tmp)
            run["cpu_us"] = (cpu_seconds(pid) - before) / (run["rps"] * WRK_SECONDS) * 1e6
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


def pair(label: str, direct: float, proxied: list[float], unit: str) -> None:
    """One figure: the direct baseline, then each proxy (this tree first, then --base)."""
    line = f"  {label:<22} direct {direct:>9.2f} {unit:<5}"
    for name, value in zip(("proxy", "base"), proxied, strict=False):
        ratio = value / direct if direct else float("nan")
        extra = f" +{(value - direct) * 1000:.0f}us" if unit == "ms" else ""
        line += f" | {name} {value:>9.2f} ratio {ratio:4.2f}{extra}"
    print(line)


def start_proxy(core: int | None, config: str, port: int,
                base: str | None) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    if base is not None:
        env["PYTHONPATH"] = base
    # cwd "/": with `-c` the working directory comes first on sys.path, and a checkout's
    # own secproxy/ there would shadow the tree under test
    proc = subprocess.Popen(pinned(core, [sys.executable, "-c", RUNNER, config]),
                            stdout=subprocess.PIPE, env=env, cwd="/")
    assert proc.stdout is not None
    proc.stdout.readline()
    wait_port(port)
    return proc


def main() -> None:
    base = None
    guards = "--guards" in sys.argv
    argv = [a for a in sys.argv if a != "--guards"]
    if argv[1:2] == ["--base"] and len(argv) > 2:
        base = str(Path(argv[2]).resolve())
        if not (Path(base) / "secproxy").is_dir():
            raise SystemExit(f"{base} holds no secproxy/ package")
    for tool in ("nginx", "wrk"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is missing: apt-get install -y nginx wrk")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))
    cores = len(os.sched_getaffinity(0))
    load_core, proxy_core = (0, 1) if cores >= 2 else (None, None)
    if load_core is not None:
        os.sched_setaffinity(0, {load_core})

    tmp = Path(tempfile.mkdtemp(prefix="secproxy-bench-"))
    www = tmp / "www"
    www.mkdir()
    (www / "small").write_bytes(b"hello, world\n")
    (www / "1m").write_bytes(os.urandom(1024 * 1024))
    with open(www / "big", "wb") as f:
        f.truncate(BIG_MIB * 1024 * 1024)
    nginx_port = free_port()
    (tmp / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, port=nginx_port))
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        nginx_argv = [nginx_bin, "-c", str(tmp / "nginx.conf")]
        procs.append(subprocess.Popen(pinned(load_core, nginx_argv)))
        wait_port(nginx_port)
        ports = [free_port() for _ in range(2 if base else 1)]
        proxy = None
        pids: list[int] = []
        for port, tree in zip(ports, (None, base), strict=False):
            config = (
                f"listeners: {{egress: {{host: 127.0.0.1, port: {port}}}}}\n"
                f"egress: {{ssrf_allow: ['127.0.0.0/8'], allowed_connect_ports: "
                f"[{nginx_port}], max_connections_per_principal: 10000, idle_timeout: 300s,"
                f" pool_max_idle_per_host: 64}}\n"
            ) + (GUARDS if guards else "")
            started = start_proxy(proxy_core, config, port, tree)
            procs.append(started)
            pids.append(started.pid)
            proxy = proxy or started
        assert proxy is not None
        proxy_port = ports[0]
        direct_url = f"http://127.0.0.1:{nginx_port}"
        proxy_urls = [f"http://127.0.0.1:{port}/" for port in ports]
        proxies = list(zip(proxy_urls, pids, strict=True))

        print(f"secproxy egress bench: {cores} cores, proxy on core {proxy_core}, nginx+load on "
              f"core {load_core}; wrk {WRK_SECONDS}s per run, median of {ROUNDS}")
        if base:
            print(f"A/B: 'proxy' is this tree, 'base' is {base}")
        if guards:
            print("content guards on: a patterns guard on egress requests and responses")
        # warm up every path
        wrk(load_core, direct_url + "/small", direct_url + "/small", 4, tmp)
        for proxy_url in proxy_urls:
            wrk(load_core, proxy_url, direct_url + "/small", 4, tmp)
        rss_start = rss_mib(proxy.pid)

        for conns in (1, 32):
            d, ps = median_runs(load_core, direct_url, proxies, "/small", conns, tmp)
            print(f"small GET, concurrency {conns}:")
            pair("requests/s", d["rps"], [p["rps"] for p in ps], "req/s")
            print("  proxy CPU per request  " + " | ".join(
                f"{name} {p['cpu_us']:.1f} us" for name, p in zip(("proxy", "base"), ps,
                                                                   strict=False)))
            pair("p50 latency", d["p50"], [p["p50"] for p in ps], "ms")
            pair("p99 latency", d["p99"], [p["p99"] for p in ps], "ms")

        d, ps = median_runs(load_core, direct_url, proxies, "/1m", 8, tmp)
        print("1 MiB GET, concurrency 8:")
        pair("throughput", d["rps"] * 1.048576, [p["rps"] * 1.048576 for p in ps], "MB/s")

        direct_mbs = statistics.median(tunnel_read(nginx_port, None) for _ in range(5))
        tunnel_mbs, tunnel_cpu = [], []
        for port, pid in zip(ports, pids, strict=True):
            before = cpu_seconds(pid)
            tunnel_mbs.append(statistics.median(
                tunnel_read(nginx_port, ("127.0.0.1", port)) for _ in range(5)))
            tunnel_cpu.append((cpu_seconds(pid) - before) / (5 * BIG_MIB / 1024))
        print(f"CONNECT tunnel, {BIG_MIB} MiB body:")
        pair("throughput", direct_mbs, tunnel_mbs, "MB/s")
        print("  proxy CPU per GiB       " + " | ".join(
            f"{name} {sec:.2f} s" for name, sec in zip(("proxy", "base"), tunnel_cpu,
                                                        strict=False)))

        before = rss_mib(proxy.pid)
        socks = idle_clients(("127.0.0.1", proxy_port), nginx_port, 1000)
        time.sleep(0.5)
        after = rss_mib(proxy.pid)
        print("idle keep-alive clients:")
        print(f"  proxy RSS at start {rss_start:.1f} MiB, before {before:.1f} MiB, with 1000 "
              f"idle clients {after:.1f} MiB (+{after - before:.1f} MiB)")
        for s in socks:
            s.close()
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
