"""Audit durability bench: what `audit.durability: strict` costs beside `batch`, and what
each mode keeps when `secproxy serve` is killed with SIGKILL in the middle of a load.

    python bench/durability.py [--runs 3] [--seconds 3] [--load-seconds 3] [--rounds 3]

Both parts run the real `secproxy serve -c CONFIG` (egress and api listeners on free
ports, llm and ws off, `egress.ssrf_allow: [127.0.0.1]`, log level warning into a file,
the ledger in a temporary state directory: fsync costs what it costs on the filesystem
of the system temp dir, printed in the header) in front of a small asyncio HTTP/1.1
server that answers every request 200 with 13 bytes, keep-alive. The load generator is
a Python asyncio client (uvloop when installed; wrk cannot say which requests were
answered) in its own process: one request outstanding per connection, absolute-form
request lines as a proxy client sends them. With two or more cores, serve runs alone on
core 1; the upstream, the load generator and this script share core 0, for the direct
baseline too, so the direct figure is what one core of Python load can ask for.

1. Cost: small GETs at concurrency 1 and 32, direct to the upstream and through a
   `batch` and a `strict` serve (both running, measured in turn), `--rounds` times for
   `--load-seconds` each. The median run of each (by req/s) is printed with the ratio to
   direct, p50 and p99 latency, serve's CPU time per request and the share of the run it
   was on a CPU, and strict against batch.
2. Kill -9: for each mode, `--runs` times: a fresh serve and state directory, 32 clients
   each asking for unique paths (/k/<client>/<n>) and noting every complete 200 answer
   (acknowledged); SIGKILL to serve after `--seconds` while they run; the clients
   stopped; serve started again on the same state directory until ready, then stopped
   with SIGTERM (the next start is what turns the intents a crash left behind into
   records whose error starts "interrupted"). The ledger is then read with sqlite3
   (`records.url` holds the path): acknowledged requests, those with a record, those
   without one, records marked interrupted; `secproxy audit verify` passes or not.
   `batch` may lose the acknowledged requests of the batch not yet written (what it
   documents); `strict` must lose none.

Not run in CI. Takes about two and a half minutes with the defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import platform
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

SECPROXY = [sys.executable, "-c", "from secproxy.cli import main; main()"]
MODES = ("batch", "strict")
KILL_CLIENTS = 32
BODY = b"hello, world\n"
RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s"
            % (len(BODY), BODY))
CONFIG = """\
state_dir: {state}
listeners:
  egress: {{host: 127.0.0.1, port: {egress}}}
  api: {{host: 127.0.0.1, port: {api}}}
  llm: {{enabled: false, port: 0}}
  ws: {{enabled: false, port: 0}}
egress:
  ssrf_allow: ["127.0.0.1"]
  max_connections_per_principal: 10000
  idle_timeout: 300s
  pool_max_idle_per_host: 64
logging: {{level: warning}}
audit: {{durability: {mode}}}
"""


def event_loop_runner() -> tuple[Any, str]:
    """`uvloop.run` when uvloop is installed (as `secproxy serve` does), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run, "asyncio"
    return uvloop.run, f"uvloop {uvloop.__version__}"


# -- the upstream (its own process) -----------------------------------------------------


class UpstreamProtocol(asyncio.Protocol):
    """Answers every request head with the same small 200, keeping the connection."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buf = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is no subclass

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data
        heads = buf.count(b"\r\n\r\n")  # GETs only: a request is its head
        if heads:
            assert self.transport is not None
            self.transport.write(RESPONSE * heads)
            buf = buf[buf.rfind(b"\r\n\r\n") + 4:]
        self.buf = buf


async def serve_upstream(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(UpstreamProtocol, "127.0.0.1", port, backlog=4096)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


# -- the load generator (its own process) -----------------------------------------------


class Load:
    """What every connection of one load run shares: the requests and the tallies."""

    def __init__(self, target_port: int, unique: bool):
        self.unique = unique
        self.prefix = f"GET http://127.0.0.1:{target_port}".encode()
        self.suffix = f" HTTP/1.1\r\nHost: 127.0.0.1:{target_port}\r\n\r\n".encode()
        self.fixed = self.prefix + b"/small" + self.suffix
        self.latencies: list[float] = []
        self.acked: list[str] = []
        """Paths whose complete 200 answer arrived (unique paths only)."""
        self.sent = 0
        self.other_status = 0
        self.stopping = False

    def request(self, client: int, n: int) -> tuple[str, bytes]:
        if not self.unique:
            return "/small", self.fixed
        path = f"/k/{client}/{n}"
        return path, self.prefix + path.encode() + self.suffix


class LoadConnection(asyncio.Protocol):
    """One keep-alive client connection with one request outstanding at a time."""

    def __init__(self, load: Load, index: int, lost: asyncio.Future[None]):
        self.load = load
        self.index = index
        self.lost = lost
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.need = -1
        self.status = 0
        self.n = 0
        self.path = ""
        self.sent_at = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is no subclass

    def send(self) -> None:
        assert self.transport is not None
        self.path, data = self.load.request(self.index, self.n)
        self.n += 1
        self.load.sent += 1
        self.sent_at = time.perf_counter()
        self.transport.write(data)

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buf += data
        if self.need < 0:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).lower()
            at = head.find(b"\r\ncontent-length:")
            if at < 0:
                print(f"answer without Content-Length: {head[:200]!r}", file=sys.stderr)
                self.transport.abort()
                return
            length = int(head[at + 17:].split(b"\r\n", 1)[0])
            self.status = int(head[9:12])
            self.need = end + 4 + length
        if len(self.buf) < self.need:
            return
        del self.buf[:self.need]
        self.need = -1
        load = self.load
        if self.status == 200:
            load.latencies.append(time.perf_counter() - self.sent_at)
            if load.unique:
                load.acked.append(self.path)
        else:
            load.other_status += 1
        if load.stopping:
            self.transport.close()
        else:
            self.send()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.lost.done():
            self.lost.set_result(None)


async def generate_load(connect: int, target: int, conns: int, seconds: float,
                        unique: bool) -> None:
    """Connect `conns` clients, say "ready", run until `seconds` pass, SIGTERM arrives or
    every connection is gone, then print the tallies as one JSON line."""
    loop = asyncio.get_running_loop()
    load = Load(target, unique)
    clients = []
    for i in range(conns):
        lost = loop.create_future()
        _, proto = await loop.create_connection(
            lambda i=i, lost=lost: LoadConnection(load, i, lost), "127.0.0.1", connect)
        clients.append(proto)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    start = time.perf_counter()
    for client in clients:
        client.send()
    all_lost = asyncio.gather(*(c.lost for c in clients))
    stopped = asyncio.ensure_future(stop.wait())
    await asyncio.wait([all_lost, stopped], timeout=seconds,
                       return_when=asyncio.FIRST_COMPLETED)
    elapsed = time.perf_counter() - start
    answered = len(load.latencies)
    # from here on a SIGTERM (the bench stopping clients that already stopped) is moot
    loop.remove_signal_handler(signal.SIGTERM)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    load.stopping = True
    # let the requests in flight finish (their connections close when they do)
    await asyncio.wait([all_lost], timeout=2.0)
    for client in clients:
        if client.transport is not None:
            client.transport.abort()
    stopped.cancel()
    lat = sorted(load.latencies[:answered]) or [float("nan")]
    print(json.dumps({
        "rps": answered / elapsed,
        "p50": lat[len(lat) // 2] * 1e3,
        "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1e3,
        "sent": load.sent,
        "other_status": load.other_status,
        "acked": load.acked,
    }), flush=True)


# -- this script: processes, runs, figures ----------------------------------------------


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


def role(core: int | None, *args: str) -> list[str]:
    return pinned(core, [sys.executable, __file__, "--role", *args])


def start_upstream(core: int | None) -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    proc = subprocess.Popen(role(core, "upstream", "--port", str(port)),
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit("the upstream did not start")
    return proc, port


def start_load(core: int | None, connect: int, target: int, conns: int, seconds: float,
               unique: bool = False) -> subprocess.Popen[str]:
    argv = role(core, "load", "--connect", str(connect), "--target", str(target),
                "--conns", str(conns), "--load-seconds", str(seconds))
    proc = subprocess.Popen(argv + (["--unique"] if unique else []),
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        proc.kill()
        raise SystemExit(f"the load generator could not connect to 127.0.0.1:{connect}")
    return proc


def load_result(proc: subprocess.Popen[str]) -> dict[str, Any]:
    out, _ = proc.communicate(timeout=30)
    if proc.returncode != 0 or not out.strip():
        raise SystemExit(f"the load generator failed (exit {proc.returncode})")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    if result["other_status"]:
        print(f"  note: {result['other_status']} answers were not 200")
    return result


@dataclass(frozen=True)
class ServeConfig:
    """A config file for `secproxy serve` and what it says."""

    path: Path
    state: Path
    mode: str
    egress: int
    api: int

    @property
    def ledger(self) -> Path:
        return self.state / "ledger.db"


def write_config(state: Path, mode: str) -> ServeConfig:
    state.mkdir(parents=True)
    cfg = ServeConfig(state.parent / f"{state.name}.yaml", state, mode, free_port(),
                      free_port())
    cfg.path.write_text(CONFIG.format(state=state, egress=cfg.egress, api=cfg.api, mode=mode))
    return cfg


@dataclass
class Serve:
    """One `secproxy serve` child."""

    proc: subprocess.Popen[bytes]
    cfg: ServeConfig

    def stop(self) -> int:
        """SIGTERM, then wait: a clean stop drains the ledger queue."""
        self.proc.terminate()
        try:
            return self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise SystemExit(f"serve ({self.cfg.mode}) did not stop on SIGTERM") from None


def ready(api: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", api, timeout=1)
    try:
        conn.request("GET", "/ready")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


def start_serve(core: int | None, cfg: ServeConfig) -> Serve:
    """`secproxy serve -c CONFIG` pinned to `core`, its log (stderr) appended to a file
    beside the config; returns once /ready answers 200."""
    log = cfg.path.with_suffix(".log")
    with log.open("ab") as sink:
        proc = subprocess.Popen(pinned(core, [*SECPROXY, "serve", "-c", str(cfg.path)]),
                                stdin=subprocess.DEVNULL, stdout=sink, stderr=sink)
    deadline = time.monotonic() + 30
    while not ready(cfg.api):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit(f"serve ({cfg.mode}) did not become ready:\n{log.read_text()}")
        time.sleep(0.05)
    return Serve(proc, cfg)


# -- 1. cost ----------------------------------------------------------------------------


def measure(core: int | None, connect: int, target: int, conns: int, seconds: float,
            pid: int | None = None) -> dict[str, Any]:
    """One load run; with `pid`, also that process's CPU time per request (`cpu_us`)
    and the share of the run's wall time it was on a CPU (`busy`, 1.0 = one core)."""
    proc = start_load(core, connect, target, conns, seconds)
    before, start = (cpu_seconds(pid) if pid else 0.0), time.monotonic()
    result = load_result(proc)
    if pid:
        used = cpu_seconds(pid) - before
        result["cpu_us"] = used / max(1.0, result["rps"] * seconds) * 1e6
        result["busy"] = used / (time.monotonic() - start)
    return result


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return sorted(runs, key=lambda r: r["rps"])[len(runs) // 2]


def cost(load_core: int | None, proxy_core: int | None, upstream: int, tmp: Path,
         seconds: float, rounds: int) -> None:
    serves = [start_serve(proxy_core, write_config(tmp / f"cost-{m}", m)) for m in MODES]
    try:
        for s in serves:  # warm up: pooled upstream connections, caches, the ledger file
            measure(load_core, s.cfg.egress, upstream, 32, 1.0)
        print(f"\n1. cost: small GET, median of {rounds} runs of {seconds:g} s each "
              "(direct and each mode in turn); serve busy: its CPU time over the run's wall "
              "time\n  (well under 100% while its requests wait: for fsync, or for a core "
              "taken by other work)")
        print(f"  {'target':<8} {'c':>3} {'req/s':>9} {'vs direct':>10} {'p50 ms':>8} "
              f"{'p99 ms':>8} {'serve CPU/req':>14} {'serve busy':>11}")
        for conns in (1, 32):
            runs: dict[str, list[dict[str, Any]]] = {"direct": [], **{m: [] for m in MODES}}
            for _ in range(rounds):
                runs["direct"].append(measure(load_core, upstream, upstream, conns, seconds))
                for s in serves:
                    runs[s.cfg.mode].append(measure(load_core, s.cfg.egress, upstream, conns,
                                                seconds, s.proc.pid))
            best = {name: median_run(r) for name, r in runs.items()}
            direct = best["direct"]["rps"]
            for name, r in best.items():
                cpu = f"{r['cpu_us']:.1f} us" if "cpu_us" in r else "-"
                busy = f"{r['busy']:.0%}" if "busy" in r else "-"
                print(f"  {name:<8} {conns:>3} {r['rps']:>9.0f} {r['rps'] / direct:>10.2f} "
                      f"{r['p50']:>8.3f} {r['p99']:>8.3f} {cpu:>14} {busy:>11}")
            b, s = best["batch"], best["strict"]
            print(f"  strict vs batch, c={conns}: req/s x{s['rps'] / b['rps']:.2f}, "
                  f"p50 {(s['p50'] - b['p50']) * 1e3:+.0f} us, "
                  f"p99 {(s['p99'] - b['p99']) * 1e3:+.0f} us, "
                  f"serve CPU/req {s['cpu_us'] - b['cpu_us']:+.1f} us")
    finally:
        for s in serves:
            s.stop()


# -- 2. kill -9 -------------------------------------------------------------------------


def verify(cfg: ServeConfig) -> str:
    out = subprocess.run(
        [*SECPROXY, "audit", "verify", "--ledger", str(cfg.ledger),
         "--key", str(cfg.state / "ledger.pub"), "--format", "json"],
        capture_output=True, text=True, timeout=60, env={**os.environ, "COLUMNS": "200"})
    if out.returncode == 0:
        return "passes"
    said = (out.stdout.strip() or out.stderr.strip()).splitlines()
    return f"FAILS (exit {out.returncode}): {said[-1] if said else ''}"


def url_path(url: str) -> str:
    """The path of a recorded URL (`127.0.0.1:PORT/k/0/1`, or with a scheme)."""
    if "://" in url:
        return urlsplit(url).path
    return "/" + url.partition("/")[2]


def tail_only(missing: list[str], recorded: Any) -> bool:
    """True when every missing request came after every recorded one of its client: what
    was lost is the end of the load, not holes in it."""
    last: dict[str, int] = {}
    for path in recorded:
        client, _, n = path.removeprefix("/k/").partition("/")
        last[client] = max(last.get(client, -1), int(n))
    return all(int(n) > last.get(client, -1)
               for client, _, n in (p.removeprefix("/k/").partition("/") for p in missing))


def kill_run(load_core: int | None, proxy_core: int | None, upstream: int, tmp: Path,
             mode: str, run: int, seconds: float) -> dict[str, Any]:
    cfg = write_config(tmp / f"kill-{mode}-{run}", mode)
    s = start_serve(proxy_core, cfg)
    try:
        load = start_load(load_core, cfg.egress, upstream, KILL_CLIENTS, seconds + 30,
                          unique=True)
        time.sleep(seconds)
    finally:
        s.proc.kill()
        s.proc.wait()
    load.terminate()
    result = load_result(load)
    acked = set(result["acked"])

    again = start_serve(proxy_core, cfg)  # recovers what the crash left
    if again.stop() != 0:
        print(f"  note: serve after the crash exited {again.proc.returncode}")
    conn = sqlite3.connect(cfg.ledger)
    try:
        rows = conn.execute("SELECT url, error FROM records WHERE surface = 'egress'").fetchall()
        (pending,) = conn.execute("SELECT COUNT(*) FROM pending").fetchone()
    finally:
        conn.close()
    recorded: dict[str, str | None] = {url_path(url): error for url, error in rows}
    interrupted = {p for p, e in recorded.items() if e and e.startswith("interrupted")}
    missing = sorted(acked - recorded.keys())
    return {
        "rate": len(acked) / seconds,
        "tail_only": tail_only(missing, recorded.keys()),
        "sent": result["sent"],
        "acked": len(acked),
        "recorded": len(recorded),
        "acked_recorded": len(acked & recorded.keys()),
        "missing": missing,
        "interrupted": len(interrupted),
        "interrupted_acked": len(interrupted & acked),
        "unacked_recorded": len(recorded.keys() - acked),
        "pending": pending,
        "verify": verify(cfg),
    }


def kill_test(load_core: int | None, proxy_core: int | None, upstream: int, tmp: Path,
              runs: int, seconds: float) -> dict[str, int]:
    print(f"\n2. kill -9: {KILL_CLIENTS} clients, unique paths, SIGKILL to serve after "
          f"{seconds:g} s of load, serve started again on the same state dir, {runs} runs "
          "per mode")
    print("  acked: complete 200 answers received; recorded: acked requests with a ledger "
          "record (interrupted ones included);\n  interrupted: records recovered from "
          "intents at the next start (of them acked); unacked rec.: records of requests "
          "whose answer never arrived")
    print(f"  {'mode':<7} {'run':>3} {'sent':>7} {'acked':>7} {'recorded':>9} {'MISSING':>8} "
          f"{'interrupted':>15} {'unacked rec.':>13}  audit verify")
    lost: dict[str, int] = {}
    for mode in MODES:
        lost[mode] = 0
        for run in range(1, runs + 1):
            r = kill_run(load_core, proxy_core, upstream, tmp, mode, run, seconds)
            lost[mode] += len(r["missing"])
            inter = f"{r['interrupted']} ({r['interrupted_acked']})"
            print(f"  {mode:<7} {run:>3} {r['sent']:>7} {r['acked']:>7} "
                  f"{r['acked_recorded']:>9} {len(r['missing']):>8} {inter:>15} "
                  f"{r['unacked_recorded']:>13}  {r['verify']}")
            if r["missing"]:
                where = ("all after the last recorded request of their client"
                         if r["tail_only"] else "SOME BEFORE recorded requests of their client")
                print(f"          missing: ~{len(r['missing']) / r['rate'] * 1e3:.0f} ms of "
                      f"answers at {r['rate']:.0f} acked/s, {where}; e.g. "
                      f"{', '.join(r['missing'][:3])}")
            if r["pending"]:
                print(f"          {r['pending']} intents still pending after the restart")
    return lost


# -- main -------------------------------------------------------------------------------


def filesystem(path: Path) -> str:
    """The mount point and type of the filesystem holding `path`."""
    best = ("?", "?")
    target = str(path.resolve())
    for line in Path("/proc/mounts").read_text().splitlines():
        _, mount, kind, *_ = line.split()
        if (target == mount or target.startswith(mount.rstrip("/") + "/")) and \
                len(mount) >= len(best[0]):
            best = (mount, kind)
    return f"{best[1]} ({best[0]})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="kill -9 runs per mode")
    parser.add_argument("--seconds", type=float, default=3.0,
                        help="seconds of load before the SIGKILL")
    parser.add_argument("--load-seconds", type=float, default=3.0,
                        help="seconds per cost measurement")
    parser.add_argument("--rounds", type=int, default=3,
                        help="cost measurements per target and concurrency (median kept)")
    parser.add_argument("--no-cost", action="store_true", help="skip the cost part")
    parser.add_argument("--no-kill", action="store_true", help="skip the kill -9 part")
    parser.add_argument("--role", choices=("upstream", "load"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--connect", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--target", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--conns", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--unique", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    run, loop_name = event_loop_runner()
    if args.role == "upstream":
        run(serve_upstream(args.port))
        return
    if args.role == "load":
        run(generate_load(args.connect, args.target, args.conns, args.load_seconds,
                          args.unique))
        return

    cores = len(os.sched_getaffinity(0))
    load_core, proxy_core = (0, 1) if cores >= 2 else (None, None)
    if load_core is not None:
        os.sched_setaffinity(0, {load_core})
    tmp = Path(tempfile.mkdtemp(prefix="secproxy-durability-"))
    cpu = next((line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    print(f"secproxy durability bench: {cores} cores ({cpu}); serve on core {proxy_core}, "
          f"upstream + load + this script on core {load_core}")
    print(f"Python {platform.python_version()}, event loop {loop_name} (serve, upstream and "
          f"load alike), SQLite {sqlite3.sqlite_version}, state dir on {filesystem(tmp)}, "
          f"kernel {platform.release()}")
    print("load: Python asyncio client, keep-alive, one request outstanding per connection; "
          "upstream: asyncio server, 13-byte 200")
    print(f"load average at start {os.getloadavg()[0]:.2f} (other work on the machine "
          "moves every figure; serve CPU per request moves least)")
    started = time.monotonic()
    upstream, port = start_upstream(load_core)
    try:
        if not args.no_cost:
            cost(load_core, proxy_core, port, tmp, args.load_seconds, args.rounds)
        if not args.no_kill:
            lost = kill_test(load_core, proxy_core, port, tmp, args.runs, args.seconds)
            print("  acknowledged requests without a record: " + ", ".join(
                f"{mode} {n}" for mode, n in lost.items())
                + ("" if not lost.get("strict") else "  <- strict must lose none"))
    finally:
        upstream.terminate()
        upstream.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\ntook {time.monotonic() - started:.0f} s, load average at the end "
          f"{os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
