"""Where the CPU of one MCP `tools/call` round trip goes in the real `secproxy serve`,
part by part, for one transport, measured on serve's own threads (not sampled).

    python bench/mcp_split.py [--transport stdio|ws|http|sse] [--calls 3000] [--tree DIR]

`secproxy serve` runs as `bench/mcp.py` runs it (ledger on, the default MCP guards, one
server per transport from that bench), with the functions below wrapped so that each
call adds the CPU time of its thread (`time.thread_time_ns`) to its part: a coroutine's
part counts only the steps it runs itself, not the other tasks that run while it
waits. The figures are microseconds per round trip (the call and its result): each part
inclusive (the indented lines are inside the line above them); `other` is serve's CPU
(all threads, /proc) less the top-level parts: the transport's reading and writing, the
event loop, the console hub's task, the ledger's task and its writer thread; the parts
of it that run as Python are said under it (the bytes a pipe's reader is fed, the
ledger's batches, the session store's saves of the timeline, its SQLite write on a
thread of its own), the rest is uvloop's and the kernel's (epoll, reads, writes). Each
wrapped call costs two clock readings (printed as `clock`): read the parts with that in
mind. The ledger writer process's CPU is said apart. Over streamable HTTP (`http`,
`sse`) the exchange is split too: the front's reading, the lean client's sending and
reading, the answer relayed. `--tree DIR` measures another checkout's package (as
`bench/mcp.py --tree` does), for a before and after in one sitting.

Not run in CI.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import mcp as bench_mcp
from serving import cpu_seconds, timing_prelude

CHILD = timing_prelude("mcp_split") + r"""
import inspect, os, sys

class _Timed:
    __slots__ = ("coro", "part")
    def __init__(self, coro, part):
        self.coro, self.part = coro, part
    def __await__(self):
        it = self.coro.__await__()
        value, error = None, None
        while True:
            started = clock()
            try:
                out = it.throw(error) if error is not None else it.send(value)
            except StopIteration as stop:
                spent[self.part] += clock() - started
                calls[self.part] += 1
                return stop.value
            except BaseException:
                spent[self.part] += clock() - started
                calls[self.part] += 1
                raise
            spent[self.part] += clock() - started
            value, error = None, None
            try:
                value = yield out
            except BaseException as exc:
                error = exc

def wrap_any(owner, attr, part, by_direction=False):
    fn = getattr(owner, attr, None)
    if fn is None:
        print(f"mcp_split: {owner.__name__}.{attr} not found", file=sys.stderr)
        return
    def timed(*args, **kwargs):
        name = part
        if by_direction:
            name = f"{part} ({args[2]})"
        started = clock()
        try:
            result = fn(*args, **kwargs)
        finally:
            spent[name] += clock() - started
            calls[name] += 1
        if inspect.isawaitable(result):
            return _Timed(result, name)
        return result
    setattr(owner, attr, timed)

from secproxy.audit import ledger, process_store, signing
from secproxy.control import hub as control_hub, protocol, stats
from secproxy.engine import masking, pipeline, session, stages
from secproxy.events import EventBus, Subscription
from secproxy.ops import logging as oplog, metrics
from secproxy.protocols import jsonrpc
from secproxy.surfaces.mcp import interceptor, stdio

wrap_any(interceptor.McpInterceptor, "handle", "handle", by_direction=True)
wrap(jsonrpc, "parse", "parse (jsonrpc)")
wrap(interceptor.McpInterceptor, "action", "action built")
wrap_any(pipeline.Engine, "decide_unannounced", "engine: decide the call")
wrap_any(pipeline.Engine, "result", "engine: decide the result")
wrap_any(pipeline.Snapshot, "run", "stages (Snapshot.run)")
for stage in stages.STAGES:
    wrap_any(type(stage), "check", f"stage {stage.name}")
try:
    from secproxy.engine import guard_runs
    wrap(guard_runs.GuardTurns, "_turned", "stage guards (next turn's)")
except ImportError:
    pass
wrap(pipeline.Engine, "_observe", "observe (strikes, session risk)")
wrap(pipeline.Engine, "_announce", "announce (decision event)")
wrap(pipeline.Engine, "_fold", "result folded into the call (update event)")
wrap_any(pipeline.Engine, "record", "record (settle)")
wrap_any(pipeline.Engine, "intent", "intent")
time_emits(EventBus)
_route = EventBus._route
def _timed_route(self, kind):
    listeners, subs = _route(self, kind)
    def timed(listener):
        part = f"(in emits) listener {getattr(listener, '__qualname__', listener)}"
        def run(event):
            started = clock()
            try:
                return listener(event)
            finally:
                spent[part] += clock() - started
                calls[part] += 1
        return run
    # (the listeners wrapped above by name are timed there already)
    route = (tuple(li if li.__qualname__ == "wrap.<locals>.timed" else timed(li)
                   for li in listeners), subs)
    self._routes[kind] = route
    return route
EventBus._route = _timed_route
wrap(masking.EventMasker, "__call__", "(in emits) masking")
wrap(metrics.Metrics, "observe", "(in emits) metrics")
wrap(stats.DecisionStats, "observe", "(in emits) console stats")
wrap(oplog, "log_decision", "(in emits) decision log")
wrap(pipeline.Engine, "_trail", "(in emits) trail listener")
import logging as _logging
wrap(oplog.RedactingFilter, "filter", "(in emits) decision log: redacting filter")
wrap(oplog.TextFormatter, "format", "(in emits) decision log: format")
wrap(_logging.StreamHandler, "flush", "(in emits) decision log: flush")
wrap(_logging.StreamHandler, "emit", "(in emits) decision log: handler emit")
wrap(Subscription, "offer", "(in emits) subscriber queues")
wrap(session.SessionTracker, "record_call", "timeline entry")
wrap(ledger.Ledger, "to_row", "ledger row (loop)")
wrap(process_store, "encode_frame", "ledger batch framed for the writer process (loop)")
wrap(signing.HeadSigner, "sign", "ledger head signed (loop)")
wrap(protocol, "event_envelope", "hub envelope")
wrap(protocol, "encode", "hub encode")
wrap_any(stdio.LineWriter, "line", "pipe write (LineWriter.line)")
from secproxy.surfaces import hot, lean_client
from secproxy.surfaces.mcp import http as mcp_http, hub as mcp_hub
wrap_any(mcp_http.McpService, "exchange", "http: exchange (McpService.exchange)")
wrap(mcp_hub.McpHub, "session", "http: the session's conversation (hub.session)")
wrap(mcp_http, "_headers", "http: headers copied (_headers)")
wrap_any(mcp_http.McpService, "_send", "http: send on (McpService._send)")
wrap_any(lean_client.LeanClient, "send", "http: lean client send")
wrap_any(mcp_http.McpService, "_relay", "http: answer relayed (McpService._relay)")
wrap(lean_client.LeanConnection, "data_received", "http: lean client reading")
wrap(hot.HotFront, "data_received", "http: front reading (HotFront.data_received)")
wrap(hot.HotFront, "_after", "http: front after an answer (HotFront._after)")
wrap(hot, "answer_head", "http: answer head (hot.answer_head)")
wrap_any(stdio, "_read_line", "pipe read (_read_line)")
# Inside `other`: what of it runs as Python (the rest is uvloop's and the kernel's).
import asyncio.streams as _streams
from secproxy import session_store
wrap(_streams.StreamReaderProtocol, "data_received",
     "(in other) pipe bytes in (StreamReaderProtocol.data_received)")
wrap_any(ledger.Ledger, "_gather_and_write",
         "(in other) ledger: batch gathered (its rows above too)")
wrap_any(ledger.Ledger, "_write_prepared",
         "(in other) ledger: batch sent on (its frame, head above too)")
wrap_any(session_store.SessionStore, "save", "(in other) session store: save (loop)")
wrap(session_store.SessionStore, "_write", "(in other) session store: SQLite write (thread)")

calibrate()

def dump():
    with open(os.environ["SPLIT_OUT"], "w") as fh:
        json.dump({"spent": spent, "calls": calls}, fh)

import atexit, json, signal
atexit.register(dump)
signal.signal(signal.SIGUSR1, reset)
from secproxy.cli import main
sys.argv = ["secproxy", *sys.argv[1:]]
main()
"""

TOP = ["http: exchange (McpService.exchange)", "http: lean client reading",
       "http: front reading (HotFront.data_received)",
       "http: front after an answer (HotFront._after)",
       "handle (request)", "handle (response)", "announce (decision event)",
       "record (settle)", "ledger row (loop)",
       "ledger batch framed for the writer process (loop)", "ledger head signed (loop)",
       "hub envelope", "hub encode", "pipe read (_read_line)",
       "pipe write (LineWriter.line)"]
INSIDE = {
    "http: exchange (McpService.exchange)": [
        "http: the session's conversation (hub.session)", "http: headers copied (_headers)",
        "http: send on (McpService._send)", "http: lean client send",
        "http: answer relayed (McpService._relay)", "http: answer head (hot.answer_head)",
        "handle (request)", "handle (response)", "announce (decision event)",
        "record (settle)"],
    "handle (request)": ["parse (jsonrpc)", "action built", "engine: decide the call",
                         "intent"],
    "handle (response)": ["engine: decide the result",
                          "result folded into the call (update event)"],
    "announce (decision event)": ["bus emit (decision)", "timeline entry"],
    "record (settle)": ["bus emit (record)"],
}
EMITS = ["(in emits) masking", "(in emits) metrics", "(in emits) console stats",
         "(in emits) decision log", "(in emits) decision log: redacting filter",
         "(in emits) decision log: format", "(in emits) decision log: handler emit",
         "(in emits) decision log: flush", "(in emits) trail listener",
         "(in emits) subscriber queues"]
ENGINE = ["stages (Snapshot.run)", "observe (strikes, session risk)"]


async def drive(transport: str, calls: int, workdir: Path, proc: subprocess.Popen[bytes],
                ports: dict[str, int], config: Path, tree: str | None = None
                ) -> tuple[int, float, float]:
    """Run the round trips; (calls measured, serve's CPU seconds, its writer's)."""
    if transport == "stdio":
        # -P: the tree's package, not the working directory's (as bench/mcp.py runs it)
        python = [sys.executable, "-P"] if tree else [sys.executable]
        opener = bench_mcp.stdio_client(
            [*python, "-m", "secproxy", "mcp", "wrap", "-c", str(config), "--name",
             "files-stdio", "--", sys.executable, str(bench_mcp.HERE), "--serve", "stdio"],
            dict(os.environ, PYTHONPATH=tree) if tree else None)
    elif transport == "ws":
        opener = bench_mcp.ws_client(f"ws://127.0.0.1:{ports['relay']}/")
    else:
        opener = bench_mcp.http_client(f"http://127.0.0.1:{ports['mcp']}/files-{transport}")
    async with opener as (call, _):
        for message in bench_mcp.HANDSHAKE:
            await call(message)
        await bench_mcp.round_trips(call, 300, 10)
        await asyncio.sleep(0.5)
        os.kill(proc.pid, 10)  # SIGUSR1: the counts start now
        await asyncio.sleep(0.1)
        writers = bench_mcp.tree_cpu_seconds(proc.pid) - cpu_seconds(proc.pid)
        before = cpu_seconds(proc.pid)
        await bench_mcp.round_trips(call, calls, 1000)
        await asyncio.sleep(0.3)
        total = cpu_seconds(proc.pid) - before
        writers = bench_mcp.tree_cpu_seconds(proc.pid) - cpu_seconds(proc.pid) - writers
    return calls, total, writers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transport", choices=["stdio", "ws", "http", "sse"],
                        default="stdio")
    parser.add_argument("--calls", type=int, default=3000, help="round trips measured")
    parser.add_argument("--tree", metavar="DIR",
                        help="run secproxy from DIR/secproxy (a checkout made as for "
                             "bench/mcp.py --tree) instead of the installed one")
    args = parser.parse_args()
    ports = {name: bench_mcp.free_port() for name in ("http", "sse", "ws", "mcp", "relay")}
    workdir = Path(tempfile.mkdtemp(prefix="bench-mcp-split-"))
    config = workdir / "secproxy.yaml"
    config.write_text(json.dumps({
        "state_dir": str(workdir / "state"),
        "listeners": {"mcp": {"host": "127.0.0.1", "port": ports["mcp"]},
                      "ws": {"host": "127.0.0.1", "port": ports["relay"]},
                      "egress": {"enabled": False}, "llm": {"enabled": False},
                      "api": {"host": "127.0.0.1", "port": 0}},
        "ws": {"upstream": f"ws://127.0.0.1:{ports['ws']}"},
        "mcp": {"servers": {"files-http": {"url": f"http://127.0.0.1:{ports['http']}/mcp"},
                            "files-sse": {"url": f"http://127.0.0.1:{ports['sse']}/mcp"}},
                "ws_server": "files-ws"},
        "guards": {"cache_entries": 0},
    }))
    servers = [bench_mcp.child("--serve", "http", str(ports["http"])),
               bench_mcp.child("--serve", "sse", str(ports["sse"])),
               bench_mcp.child("--serve", "ws", str(ports["ws"]))]
    out = workdir / "split.json"
    log = subprocess.DEVNULL
    proc = subprocess.Popen([sys.executable, "-c", CHILD, "serve", "-c", str(config)],
                            stdout=log, stderr=log, cwd="/",
                            env={**os.environ, "SPLIT_OUT": str(out),
                                 **({"PYTHONPATH": args.tree} if args.tree else {})})
    try:
        async def run() -> tuple[int, float, float]:
            for port in ports.values():
                await bench_mcp.wait_port(port)
            return await drive(args.transport, args.calls, workdir, proc, ports, config,
                               args.tree)
        n, total, writer = asyncio.run(run())
        proc.terminate()
        proc.wait(60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        for s in servers:
            s.terminate()
    data = json.loads(out.read_text())
    spent, counts = data["spent"], data["calls"]
    clock_ns = spent.get("clock", 0) / max(counts.get("clock", 1), 1)
    per = {k: max(v - counts.get(k, 0) * clock_ns, 0) / n / 1000 for k, v in spent.items()
           if k != "clock"}
    wrapped = sum(c for k, c in counts.items() if k != "clock")
    total_us = total / n * 1e6
    print(f"{args.transport}: {n} tools/call round trips; serve CPU {total_us:.0f} us/call "
          f"(all threads); clock {clock_ns / 1000:.2f} us per wrapped call; load "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    top = 0.0
    inside = {sub for part in TOP if per.get(part) for sub in INSIDE.get(part, [])}
    for part in TOP:
        value = per.get(part, 0.0)
        if not value:
            continue
        if part in inside:  # (shown again inside an exchange: counted there)
            print(f"  {part:52s} {value:7.1f}  (in the exchange)")
        else:
            top += value
            print(f"  {part:52s} {value:7.1f}")
        for sub in INSIDE.get(part, []):
            if sub in per:
                print(f"      {sub:48s} {per[sub]:7.1f}")
    print("  engine (inside the above):")
    for part in ENGINE + sorted(p for p in per if p.startswith("stage ")):
        if part in per:
            print(f"      {part:48s} {per[part]:7.1f}")
    print("  every bus emit (inside the above):")
    for part in (sorted(p for p in per if p.startswith("bus emit")) + EMITS
                 + sorted(p for p in per if p.startswith("(in emits) listener"))):
        if part in per:
            print(f"      {part:48s} {per[part]:7.1f}")
    overhead = wrapped * clock_ns / 1000 / n
    print(f"  {'other (loop, transport, hub task, ledger task)':52s} "
          f"{total_us - top - overhead:7.1f}")
    for part in sorted(p for p in per if p.startswith("(in other)")):
        print(f"      {part[11:]:64s} {per[part]:7.1f}")
    print(f"  {'(clock readings of this harness)':52s} {overhead:7.1f}")
    print(f"beside it, the ledger writer process: {writer / n * 1e6:.1f} us/call")
    time.sleep(0)


if __name__ == "__main__":
    main()
