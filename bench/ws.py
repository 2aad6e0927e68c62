"""Bench: the WebSocket relay against a direct connection to the same gateway, in one run.

The gateway is a websockets echo server in a subprocess; clients run in this process.
The relay is measured as users run it first: `secproxy serve` with the ws listener and
its SQLite audit ledger (one record per frame; default config: the jsonrpc adapter,
every frame decided; the headline). Then the same relay without a ledger (engine +
WsService in a python of their own, records to an event bus nobody reads: the difference
is what serve adds to each frame, its ledger and also the bus's other subscribers, the
console hub, the metrics and the decision stats; py-spy, session 19: the ledger ~6% of
serve's event loop, the others ~15%), and a bare websockets forwarder (no secproxy),
the floor any relay built on websockets starts from. Printed for each: small-frame round
trips per second and p50/p99 latency at 1 and 64 connections, and MB/s of 64 KiB frames,
with the ratio.

Placement (as in bench/egress.py): with two or more cores, the relay runs alone on one
core and the gateway and the clients share another, for the direct baseline too, so the
ratio says how much of the load side's capacity the relay keeps up with, not how much
CPU it takes away from the clients and gateway it is measured with. The 64-connection
figure is then measured once more with every process free to use every core
("shared cores"), which on a small machine is the relay competing with its own load.

CPU per round trip (the relay's process and the gateway's) is counted over the round
trips alone: the 64 connections' opening handshakes, their connections to the gateway and
their closes are left out (each a few milliseconds of the relay's CPU, they were most of
the figure whenever the machine's load made the rounds' round trips few). With `--base
DIR`, `secproxy serve` from that source tree (a directory holding secproxy/) runs beside
this tree's, on the same core, and each figure is measured on both in alternating rounds:
an A/B in one run. "This tree" is the secproxy this python imports (the children start
in /): run `PYTHONPATH=DIR python bench/ws.py --base BASE` from a worktree to compare
two commits alone, without a shared checkout's work in progress.

Targets: p50 added latency ≤ 0.3 ms; ≥ 50% of direct round trips/s at 64 connections.

    python bench/ws.py [--seconds 1] [--rounds 3] [--no-uvloop] [--no-ledger]
                       [--no-bare-relay] [--no-bare] [--base DIR]

Not run in CI. Takes about a minute and a half.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from websockets.asyncio.client import connect

ECHO = """
import asyncio, sys
from websockets.asyncio.server import serve
{loop}
async def echo(ws):
    try:
        async for m in ws:
            await ws.send(m)
    except Exception:
        pass
async def main():
    async with serve(echo, "127.0.0.1", 0, compression=None, max_size=2**24,
                     ping_interval=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
run(main())
"""

RELAY = """
import asyncio, logging, sys
from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.config.guards import configured_guards
from secproxy.surfaces.ws import WsService
{loop}
logging.basicConfig(level=logging.WARNING)
async def main():
    loaded = load_config(text=sys.argv[1], env={{}})
    engine = Engine(loaded, guard_factory=configured_guards)
    service = WsService(engine, loaded.config, loaded.config.listeners.ws)
    await service.start()
    print(service.address, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await service.stop()
run(main())
"""
"""The relay without a ledger: engine and WsService alone."""

SERVE = """
import sys, time, urllib.request
from secproxy.cli import main
import threading

def say_ready(api, address):
    # `secproxy serve` prints nothing on stdout: the bench learns it is up from /ready
    while True:
        try:
            with urllib.request.urlopen(f"http://{{api}}/ready", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        time.sleep(0.05)
    print(address, flush=True)

threading.Thread(target=say_ready, args=(sys.argv[2], sys.argv[3]), daemon=True).start()
sys.argv = ["secproxy", "serve", "-c", sys.argv[1]]
main()
"""
"""`secproxy serve` as users run it (its ledger on), printing the ws address once ready."""

BARE = """
import asyncio, sys
from websockets.asyncio.client import connect
from websockets.asyncio.server import serve
{loop}
async def pump(src, dst):
    async for m in src:
        await dst.send(m)
async def relay(client):
    async with connect(sys.argv[1], compression=None, ping_interval=None,
                       max_size=2**24) as up:
        tasks = [asyncio.ensure_future(pump(client, up)),
                 asyncio.ensure_future(pump(up, client))]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
async def main():
    async with serve(relay, "127.0.0.1", 0, compression=None, max_size=2**24,
                     ping_interval=None) as server:
        print("127.0.0.1:%d" % server.sockets[0].getsockname()[1], flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
run(main())
"""

UVLOOP = "import uvloop\nrun = uvloop.run"
PLAIN = "run = asyncio.run"
DESCRIBE = {
    "serve": "secproxy serve: jsonrpc adapter, every frame decided, one ledger record "
             "per frame",
    "none": "jsonrpc adapter, every frame decided, no ledger",
    "bare": "reference: 15 lines of websockets forwarding, no secproxy, no decisions",
}
SMALL = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                    "params": {"name": "calc.add", "arguments": {"a": 1, "b": 2}}})
BIG = json.dumps({"jsonrpc": "2.0", "method": "notifications/blob",
                  "params": {"data": "x" * (64 * 1024 - 70)}})


@dataclass
class Result:
    rate: float
    """Round trips (or frames) per second."""
    p50: float
    p99: float
    mbps: float = 0.0
    cpu: tuple[float, float] | None = None
    """CPU µs per round trip of the relay's and the gateway's processes (`round_trips`
    given their pids), over the round trips alone."""


def pin(pid: int, cores: set[int]) -> None:
    """Every thread of process `pid` onto `cores` (Linux: affinity is per thread)."""
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        tids = [pid]
    for tid in tids:
        try:
            os.sched_setaffinity(tid, cores)
        except OSError:  # a thread that just ended
            pass


def spawn(code: str, *args: str, core: int | None = None, tree: str | None = None
          ) -> tuple[subprocess.Popen[str], str]:
    """A python child running `code`, on `core` alone when given, importing secproxy from
    `tree` when given; its first line."""
    preexec = None if core is None else (lambda: os.sched_setaffinity(0, {core}))
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = tree
    # cwd "/": with `-c` the working directory comes first on sys.path, and a checkout's
    # own secproxy/ there would shadow the tree under test
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, preexec_fn=preexec, env=env,
                            cwd="/")
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line:
        proc.kill()
        raise SystemExit("a bench subprocess failed to start")
    return proc, line


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_config(state: str, address: str, api: str, gateway: int | str) -> dict[str, Any]:
    """`secproxy serve`'s config: the ws listener (and api, for /ready) alone, log level
    warning, its ledger in the state directory."""
    ws_host, ws_port = address.rsplit(":", 1)
    api_host, api_port = api.rsplit(":", 1)
    return {
        "state_dir": state,
        "listeners": {"ws": {"host": ws_host, "port": int(ws_port)},
                      "api": {"host": api_host, "port": int(api_port)},
                      "egress": {"enabled": False, "port": 0},
                      "llm": {"enabled": False, "port": 0}},
        "ws": {"upstream": f"ws://127.0.0.1:{gateway}", "ping_interval": None},
        "logging": {"level": "warning"},
    }


def finish(proc: subprocess.Popen[str]) -> None:
    """End a child: the echo server and the relays leave at the end of their stdin,
    `secproxy serve` on SIGTERM (draining its ledger)."""
    assert proc.stdin is not None
    proc.stdin.close()
    try:
        proc.wait(2)
        return
    except subprocess.TimeoutExpired:
        proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


async def round_trips(url: str, conns: int, seconds: float,
                      pids: tuple[int, int] | None = None) -> Result:
    """Round trips of small frames on `conns` connections for `seconds`; with `pids`
    (relay, gateway), their CPU per round trip, counted once every connection is open
    and warm, until the last round trip (not the closes)."""
    latencies: list[float] = []
    clients = [await connect(url, compression=None, ping_interval=None) for _ in range(conns)]
    for ws in clients:  # warm up
        await ws.send(SMALL)
        await ws.recv()
    before = [cpu_seconds(pid) for pid in pids] if pids else []
    stop = time.perf_counter() + seconds
    clock: Callable[[], float] = time.perf_counter

    async def worker(ws: object) -> None:
        send, recv = ws.send, ws.recv  # type: ignore[attr-defined]
        while True:
            t0 = clock()
            if t0 > stop:
                return
            await send(SMALL)
            await recv()
            latencies.append(clock() - t0)

    t_start = clock()
    await asyncio.gather(*(worker(ws) for ws in clients))
    elapsed = clock() - t_start
    after = [cpu_seconds(pid) for pid in pids] if pids else []
    for ws in clients:
        await ws.close()
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    cpu = None
    if before and None not in before and None not in after:
        spent = [a - b for a, b in zip(after, before, strict=True)]  # type: ignore[operator]
        cpu = (spent[0] / len(latencies) * 1e6, spent[1] / len(latencies) * 1e6)
    return Result(len(latencies) / elapsed, q[49] * 1000, q[98] * 1000, cpu=cpu)


async def throughput(url: str, seconds: float, window: int = 8) -> Result:
    async with connect(url, compression=None, ping_interval=None, max_size=2**24) as ws:
        frames = 0
        clock = time.perf_counter
        stop = clock() + seconds
        t_start = clock()
        while clock() < stop:
            for _ in range(window):
                await ws.send(BIG)
            for _ in range(window):
                await ws.recv()
            frames += window
        elapsed = clock() - t_start
    return Result(frames / elapsed, 0.0, 0.0, frames * len(BIG) / elapsed / 1e6)


def show(label: str, direct: Result, relay: Result, *, kind: str) -> None:
    if kind == "mbps":
        print(f"  {label:<34} direct {direct.mbps:8.1f} MB/s   relay {relay.mbps:8.1f} MB/s"
              f"   ratio {relay.mbps / direct.mbps:5.1%}")
        return
    print(f"  {label:<34} direct {direct.rate:8.0f} rt/s   relay {relay.rate:8.0f} rt/s"
          f"   ratio {relay.rate / direct.rate:5.1%}")
    print(f"  {'':<34} p50 {direct.p50:6.3f} → {relay.p50:6.3f} ms (+{relay.p50 - direct.p50:.3f})"
          f"   p99 {direct.p99:6.3f} → {relay.p99:6.3f} ms")


def median(results: list[Result]) -> Result:
    cpus = [r.cpu for r in results if r.cpu is not None]
    cpu = None
    if cpus:
        cpu = (statistics.median(c[0] for c in cpus), statistics.median(c[1] for c in cpus))
    rate, p50, p99, mbps = (statistics.median(getattr(r, f) for r in results)
                            for f in ("rate", "p50", "p99", "mbps"))
    return Result(rate, p50, p99, mbps, cpu)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux /proc), None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


Relay = tuple[str, tuple[int, int]]
"""A relay's URL and the pids whose CPU is counted: the relay's and the gateway's."""


async def paired(direct: str, relays: list[Relay], seconds: float, rounds: int,
                 keys: tuple[str, ...] = ("1", "64", "mb")
                 ) -> dict[str, tuple[Result, list[Result]]]:
    """Each figure measured direct and through each relay in alternating rounds (the
    machine's background load drifts); medians of the rounds. The 64-connection rounds
    also count each relay's and the gateway's CPU per round trip (`Result.cpu`): unlike
    rates, it hardly moves with background load."""
    runs: dict[str, Callable[[str, tuple[int, int] | None], Any]] = {
        "1": lambda url, pids: round_trips(url, 1, seconds),
        "64": lambda url, pids: round_trips(url, 64, seconds, pids),
        "mb": lambda url, pids: throughput(url, seconds),
    }
    out = {}
    for key in keys:
        run = runs[key]
        direct_runs: list[Result] = []
        relayed: list[list[Result]] = [[] for _ in relays]
        for _ in range(rounds):
            direct_runs.append(await run(direct, None))
            for results, (url, pids) in zip(relayed, relays, strict=True):
                results.append(await run(url, pids))
        out[key] = (median(direct_runs), [median(r) for r in relayed])
    return out


def start_relay(kind: str, loop: str, port: str, state: str, core: int | None,
                tree: str | None = None) -> tuple[subprocess.Popen[str], str]:
    """One relay of `kind` (serve, none, bare) to the gateway on `port`; its address."""
    if kind == "bare":
        return spawn(BARE.format(loop=loop), f"ws://127.0.0.1:{port}", core=core)
    if kind == "serve":
        state = tempfile.mkdtemp(prefix="serve-", dir=state)
        address, api = f"127.0.0.1:{free_port()}", f"127.0.0.1:{free_port()}"
        path = os.path.join(state, "serve.json")
        with open(path, "w") as f:
            json.dump(serve_config(state, address, api, port), f)
        return spawn(SERVE.format(), path, api, address, core=core, tree=tree)
    config = json.dumps({
        "state_dir": state,
        "listeners": {"ws": {"host": "127.0.0.1", "port": 0}},
        "ws": {"upstream": f"ws://127.0.0.1:{port}", "ping_interval": None},
    })
    return spawn(RELAY.format(loop=loop), config, kind, core=core, tree=tree)


def report(name: str, kind: str, direct: dict[str, Result], relay: dict[str, Result],
           shared: tuple[Result, Result] | None) -> None:
    print(f"{name} ({DESCRIBE[kind]}):")
    show("small frames, 1 connection", direct["1"], relay["1"], kind="rt")
    show("small frames, 64 connections", direct["64"], relay["64"], kind="rt")
    show("64 KiB frames, 1 connection", direct["mb"], relay["mb"], kind="mbps")
    d1, r1, d64, r64 = direct["1"], relay["1"], direct["64"], relay["64"]
    added = r1.p50 - d1.p50
    ratio = r64.rate / d64.rate
    print(f"  targets: p50 added {added:.3f} ms (≤ 0.3: "
          f"{'met' if added <= 0.3 else 'NOT met'}); 64-connection ratio {ratio:.0%}"
          f" (≥ 50%: {'met' if ratio >= 0.5 else 'NOT met'})")
    if r64.cpu is not None:
        print(f"  CPU per round trip at 64 connections: relay {r64.cpu[0]:.1f} µs, "
              f"gateway {r64.cpu[1]:.1f} µs")
    if shared is not None:
        d, r = shared
        print(f"  shared cores, 64 connections: direct {d.rate:.0f} rt/s, relay "
              f"{r.rate:.0f} rt/s, ratio {r.rate / d.rate:.0%} (the relay's CPU is "
              "taken from the clients and gateway)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="length of each measurement")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per figure")
    parser.add_argument("--no-uvloop", action="store_true", help="plain asyncio everywhere")
    parser.add_argument("--no-ledger", action="store_true",
                        help="skip `secproxy serve` (the relay with its ledger)")
    parser.add_argument("--no-bare-relay", action="store_true",
                        help="skip the relay without a ledger")
    parser.add_argument("--no-bare", action="store_true",
                        help="skip the bare websockets forwarder (the floor of any relay)")
    parser.add_argument("--base", metavar="DIR",
                        help="also measure `secproxy serve` from this source tree (a "
                        "directory holding secproxy/), in rounds alternated with this one's")
    args = parser.parse_args()
    base = None
    if args.base:
        base = os.path.abspath(args.base)
        if not os.path.isdir(os.path.join(base, "secproxy")):
            raise SystemExit(f"{base} holds no secproxy/ package")
    use_uvloop = not args.no_uvloop
    if use_uvloop:
        try:
            import uvloop
        except ImportError:
            use_uvloop = False
    loop = UVLOOP if use_uvloop else PLAIN
    print(f"bench/ws.py: python {sys.version.split()[0]}, "
          f"{'uvloop' if use_uvloop else 'asyncio'}, {os.cpu_count()} CPUs, "
          f"{args.rounds} rounds of {args.seconds}s per figure (medians); "
          f"small frame {len(SMALL)} B, big frame {len(BIG) // 1024} KiB; "
          f"load average {os.getloadavg()[0]:.1f}")
    every = set(os.sched_getaffinity(0))
    load_core = relay_core = None
    if len(every) >= 2:
        load_core, relay_core = sorted(every)[:2]
        pin(os.getpid(), {load_core})
        print(f"placement: relay alone on core {relay_core}; gateway and clients on core "
              f"{load_core}; then shared cores for one more 64-connection figure")
    else:
        print("placement: one core, everything shares it")
    echo, port = spawn(ECHO.format(loop=loop))
    runner = uvloop.run if use_uvloop else asyncio.run
    # Each group's relays run together and are measured in alternating rounds.
    groups: list[list[tuple[str, str, str | None]]] = []
    if not args.no_ledger:
        groups.append([("secproxy serve (ledger)", "serve", None)]
                      + ([(f"base serve ({base})", "serve", base)] if base else []))
    if not args.no_bare_relay:
        groups.append([("relay, no ledger", "none", None)])
    if not args.no_bare:
        groups.append([("bare forwarder", "bare", None)])
    try:
        for group in groups:
            with tempfile.TemporaryDirectory(prefix="secproxy-bench-") as state:
                procs: list[subprocess.Popen[str]] = []
                relays: list[Relay] = []
                shared: list[tuple[Result, Result]] | None = None
                try:
                    for _, kind, tree in group:
                        proc, address = start_relay(kind, loop, port, state, relay_core, tree)
                        procs.append(proc)
                        relays.append((f"ws://{address}", (proc.pid, echo.pid)))
                    direct_url = f"ws://127.0.0.1:{port}"
                    res = runner(paired(direct_url, relays, args.seconds, args.rounds))
                    if load_core is not None:
                        for pid in (os.getpid(), echo.pid, *(p.pid for p in procs)):
                            pin(pid, every)
                        d64, r64 = runner(paired(direct_url, relays, args.seconds,
                                                 args.rounds, keys=("64",)))["64"]
                        shared = [(d64, r) for r in r64]
                        pin(os.getpid(), {load_core})
                        pin(echo.pid, {load_core})
                finally:
                    for proc in procs:
                        finish(proc)
            for i, (name, kind, _) in enumerate(group):
                direct = {key: d for key, (d, _) in res.items()}
                relay = {key: r[i] for key, (_, r) in res.items()}
                report(name, kind, direct, relay, shared[i] if shared else None)
    finally:
        finish(echo)


if __name__ == "__main__":
    main()
