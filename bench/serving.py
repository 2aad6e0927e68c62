"""Bench helpers shared by the egress benches: the processes they measure (nginx as the
origin, `secproxy serve` with its ledger as users run it, the bare egress service
without a ledger, squid) started on free ports in a temporary directory, pinned to a
core, and the /proc readings taken from them (CPU time, RSS).

Not a module of secproxy: imported by the scripts in bench/ (run as `python
bench/NAME.py`, which puts bench/ first on sys.path).
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

SECPROXY = [sys.executable, "-c", "from secproxy.cli import main; main()"]

_TIMING = r"""
import sys, time
from collections import defaultdict

clock = time.thread_time_ns
spent = defaultdict(int)
calls = defaultdict(int)

def wrap(owner, attr, part):
    fn = getattr(owner, attr, None)
    if fn is None:  # renamed since this bench was written: say so, measure the rest
        print(f"%NAME%: {getattr(owner, '__name__', owner)}.{attr} not found, "
              f"'{part}' not measured", file=sys.stderr)
        return
    def timed(*args, **kwargs):
        started = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[part] += clock() - started
            calls[part] += 1
    setattr(owner, attr, timed)

def time_emits(bus):
    emit_ = bus.emit
    def emit(self, event, **kwargs):
        started = clock()
        try:
            return emit_(self, event, **kwargs)
        finally:
            part = f"bus emit ({event.kind})"
            spent[part] += clock() - started
            calls[part] += 1
    bus.emit = emit

def calibrate():
    def nothing():
        return None
    holder = type("H", (), {"f": staticmethod(nothing)})
    wrap(holder, "f", "clock")
    for _ in range(20000):
        holder.f()

def reset(*_):
    keep = spent["clock"], calls["clock"]
    spent.clear(); calls.clear()
    spent["clock"], calls["clock"] = keep

"""


def timing_prelude(name: str) -> str:
    """The start of a `--split` child: `wrap(owner, attr, part)` times a function's calls
    (thread CPU, ns) into `spent[part]` and counts them in `calls[part]`, `time_emits(bus)`
    each `emit` of an event bus class by event kind, `calibrate()` what a timed call
    costs the harness itself (part `clock`), `reset()` (a signal handler) starts the
    parts over, the calibration kept; a name gone since the bench was written is
    reported under `name`, the rest still measured."""
    return _TIMING.replace("%NAME%", name)

NO_LEDGER_RUNNER = r"""
import asyncio, logging, sys
import uvloop
from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.runtime import GUARD_FACTORIES
from secproxy.surfaces.egress import EgressService
from secproxy.heap import keep_read_buffers

logging.basicConfig(level=logging.WARNING)
keep_read_buffers()  # as serve does at start

def guards(config):
    return [guard for factory in GUARD_FACTORIES for guard in factory(config)]

async def main():
    loaded = load_config(text=sys.argv[1], env={})
    engine = Engine(loaded, guard_factory=guards)
    svc = EgressService(engine, loaded.config, loaded.config.listeners.egress)
    await svc.start()
    print(svc.address, flush=True)
    await asyncio.Event().wait()

uvloop.run(main())
"""
"""The egress service and the engine alone: records go to an event bus nobody reads. Its
guards are serve's (`runtime.GUARD_FACTORIES`: the `guards:` section and each surface's
defaults, such as egress's secrets guard), so that serve's figure minus this one is the
ledger's and the other listeners' share, not the guards'."""

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
    {tls}
}}
"""
NGINX_TLS = """server {{
        listen 127.0.0.1:{port} ssl backlog=4096;
        ssl_certificate {tmp}/origin.crt;
        ssl_certificate_key {tmp}/origin.key;
        ssl_session_cache off;
        ssl_session_tickets off;
        root {tmp}/www;
    }}"""

SQUID_CONF = """
http_port 127.0.0.1:{port}
pid_filename {tmp}/squid.pid
cache deny all
cache_mem 0 MB
cache_dir null {tmp}
access_log none
cache_store_log none
cache_log {tmp}/squid-cache.log
coredump_dir {tmp}
logfile_rotate 0
shutdown_lifetime 1 seconds
acl localnet src 127.0.0.0/8
acl SSL_ports port {connect_ports}
acl CONNECT method CONNECT
http_access deny CONNECT !SSL_ports
http_access allow localnet
http_access deny all
via on
forwarded_for delete
pconn_timeout 300 seconds
client_persistent_connections on
server_persistent_connections on
workers 1
"""
"""squid as a plain forward proxy: no cache, no logs, CONNECT to the origin's ports."""

SERVE_CONFIG = """\
state_dir: {state}
listeners:
  egress: {{host: 127.0.0.1, port: {egress}}}
  api: {{host: 127.0.0.1, port: {api}}}
  llm: {{enabled: false, port: 0}}
  ws: {{enabled: false, port: 0}}
egress: {{ssrf_allow: ['127.0.0.0/8'], allowed_connect_ports: [{connect_ports}],
  max_connections_per_principal: 10000, idle_timeout: 300s, pool_max_idle_per_host: 64}}
logging: {{level: warning}}
"""


def callgrind_trees(base: str | None) -> list[tuple[str, str | None]]:
    """The source trees a callgrind bench measures: this one, and with `--base DIR`
    that one (exits when valgrind is missing or DIR holds no `secproxy/`)."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is missing: apt-get install -y valgrind")
    trees: list[tuple[str, str | None]] = [("this tree", None)]
    if base:
        resolved = str(Path(base).resolve())
        if not (Path(resolved) / "secproxy").is_dir():
            raise SystemExit(f"{resolved} holds no secproxy/ package")
        trees.append(("base", resolved))
    return trees


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pinned(core: int | None, argv: list[str]) -> list[str]:
    return argv if core is None else ["taskset", "-c", str(core), *argv]


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (all its threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of a process and its children still running (serve's ledger writer
    process), so that work moved out of the proxy is still counted."""
    total = cpu_seconds(pid)
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for child in children:
        try:
            total += tree_cpu_seconds(int(child))
        except OSError:
            pass
    return total


def tree_run_wait_seconds(pid: int) -> float:
    """Seconds the threads of a process and of its children still running spent ready
    to run but waiting for a CPU (/proc/PID/task/TID/schedstat, second field): the part
    of a proxy's latency that is the scheduler's (other work on its core), not its own.
    0.0 where the kernel keeps no schedstats."""
    total = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    for tid in tids:
        try:
            total += int(Path(f"/proc/{pid}/task/{tid}/schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            pass
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return total / 1e9 + sum(tree_run_wait_seconds(int(c)) for c in children)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tree_rss_mib(pid: int) -> float:
    """RSS of a process and its children (squid runs a worker under its master)."""
    total = rss_mib(pid)
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return total + sum(tree_rss_mib(int(c)) for c in children)


def wait_port(port: int, deadline: float = 20.0) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"nothing listens on 127.0.0.1:{port}")


def which(tool: str) -> str | None:
    found = shutil.which(tool)
    if found:
        return found
    for d in ("/usr/sbin", "/usr/local/sbin", "/sbin"):
        if Path(d, tool).exists():
            return str(Path(d, tool))
    return None


@dataclass
class Procs:
    """Children started by a bench, stopped (TERM, then KILL) in reverse order."""

    tmp: Path
    started: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def add(self, proc: subprocess.Popen[bytes]) -> subprocess.Popen[bytes]:
        self.started.append(proc)
        return proc

    def stop(self) -> None:
        for proc in reversed(self.started):
            if proc.poll() is None:
                proc.terminate()
        for proc in self.started:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)


def self_signed(tmp: Path) -> None:
    """origin.crt / origin.key for 127.0.0.1 in `tmp` (openssl CLI)."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(tmp / "origin.key"), "-out", str(tmp / "origin.crt")],
        check=True, capture_output=True,
    )


def start_nginx(procs: Procs, core: int | None, *, tls: bool = False,
                files: dict[str, bytes | int] | None = None) -> tuple[int, int | None]:
    """nginx serving `files` (name: content, or a size for a sparse file) from
    tmp/www; returns its plain port and, with `tls`, its TLS port."""
    tmp = procs.tmp
    www = tmp / "www"
    www.mkdir(exist_ok=True)
    for name, content in (files or {}).items():
        if isinstance(content, int):
            with open(www / name, "wb") as f:
                f.truncate(content)
        else:
            (www / name).write_bytes(content)
    port = free_port()
    tls_port = free_port() if tls else None
    tls_block = ""
    if tls:
        self_signed(tmp)
        tls_block = NGINX_TLS.format(tmp=tmp, port=tls_port)
    (tmp / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, port=port, tls=tls_block))
    nginx = which("nginx")
    if nginx is None:
        raise SystemExit("nginx is missing: apt-get install -y nginx")
    procs.add(subprocess.Popen(pinned(core, [nginx, "-c", str(tmp / "nginx.conf")])))
    wait_port(port)
    if tls_port:
        wait_port(tls_port)
    return port, tls_port


def ready(api: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", api, timeout=1)
    try:
        conn.request("GET", "/ready")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


def start_serve(procs: Procs, core: int | None, connect_ports: list[int], *,
                name: str = "serve", extra: str = "",
                pythonpath: str | None = None) -> tuple[subprocess.Popen[bytes], int]:
    """`secproxy serve` as users run it (its ledger in a fresh state directory, log
    level warning), pinned to `core`; returns once /ready answers, with the egress port.
    `extra` is appended to the config (YAML); `pythonpath` runs another source tree."""
    state = procs.tmp / f"{name}-state"
    state.mkdir()
    egress, api = free_port(), free_port()
    path = procs.tmp / f"{name}.yaml"
    path.write_text(SERVE_CONFIG.format(state=state, egress=egress, api=api,
                                        connect_ports=", ".join(map(str, connect_ports)))
                    + extra)
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    log = procs.tmp / f"{name}.log"
    with log.open("ab") as sink:
        # cwd "/": with `-c` the working directory comes first on sys.path, and a
        # checkout's own secproxy/ there would shadow the tree under test
        proc = procs.add(subprocess.Popen(
            pinned(core, [*SECPROXY, "serve", "-c", str(path)]), stdin=subprocess.DEVNULL,
            stdout=sink, stderr=sink, env=env, cwd="/"))
    deadline = time.monotonic() + 60
    while not ready(api):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit(f"{name} did not become ready:\n{log.read_text()}")
        time.sleep(0.05)
    return proc, egress


def start_bare(procs: Procs, core: int | None, connect_ports: list[int], *,
               extra: str = "", pythonpath: str | None = None
               ) -> tuple[subprocess.Popen[bytes], int]:
    """The egress service without a ledger (`NO_LEDGER_RUNNER`), same egress settings."""
    port = free_port()
    config = (f"listeners: {{egress: {{host: 127.0.0.1, port: {port}}}}}\n"
              f"egress: {{ssrf_allow: ['127.0.0.0/8'], allowed_connect_ports: "
              f"[{', '.join(map(str, connect_ports))}], max_connections_per_principal: "
              f"10000, idle_timeout: 300s, pool_max_idle_per_host: 64}}\n") + extra
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    proc = procs.add(subprocess.Popen(pinned(core, [sys.executable, "-c", NO_LEDGER_RUNNER,
                                                    config]),
                                      stdout=subprocess.PIPE, env=env, cwd="/"))
    assert proc.stdout is not None
    proc.stdout.readline()
    wait_port(port)
    return proc, port


def start_squid(procs: Procs, core: int | None,
                connect_ports: list[int]) -> tuple[subprocess.Popen[bytes], int] | None:
    """squid (Debian package) as a forward proxy without a cache, or None when it is
    not installed."""
    squid = which("squid")
    if squid is None:
        return None
    port = free_port()
    conf = procs.tmp / "squid.conf"
    conf.write_text(SQUID_CONF.format(tmp=procs.tmp, port=port,
                                      connect_ports=" ".join(map(str, connect_ports))))
    proc = procs.add(subprocess.Popen(pinned(core, [squid, "-N", "-f", str(conf)]),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        wait_port(port, 30)
    except SystemExit:
        log = procs.tmp / "squid-cache.log"
        raise SystemExit("squid did not start:\n"
                         + (log.read_text()[-2000:] if log.exists() else "")) from None
    return proc, port
