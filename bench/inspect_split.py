"""Where the CPU of one `POST /inspect/tool-call` goes in the real `secproxy serve`, part
by part, measured on the process's own threads (not sampled).

    python bench/inspect_split.py [--duration 8] [--concurrency 32] [--guards on|off]
                                  [--each-guard | --twice]

`secproxy serve` is started as `bench/inspect_api.py` starts it (ledger on, log level
warning, pinned to one core; wrk with the same mix of tool calls on the other), with
the functions below wrapped so that each call adds the CPU time of its thread
(`time.thread_time_ns`) to its part. The figures are microseconds per request: each part
inclusive (a part inside another is counted in both; the indented lines are inside the
line above them), `other` is the serve process's CPU (all threads, /proc) less the
top-level parts: the HTTP server (the api listener's front for the hot routes,
surfaces/hot.py: framing, parsing, writing the answer), the event loop, the control
hub's task and the ledger writer's hand-overs. Each wrapped call costs two
clock readings (~0.1-0.5 us each, counted in the part and printed as `clock`): read
the parts with that in mind.

`--each-guard` also splits the guards stage: the normaliser's views and each family's
`inspect`; `--twice` runs each of those calls twice and times the second, the same call
on the same text a moment later: beside `--each-guard`'s figures, what the guards lose
to caches the rest of the request path evicted (session 19: 2.6 times; the guards stage
runs the actions of one turn of the loop together since, `engine.guard_runs`).

The split names the parts the way the issue asks for them: the request (auth, body,
validation), the action, the engine's stages one by one, observing (strikes, session
risk), announcing (the bus: masking, metrics, the console's stats, the timeline entry,
subscribers), the ledger (rows on the loop; chain, signing and SQLite in its thread),
the console hub (envelopes, encoding), the answer (verdict, JSON).

Not run in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import inspect_api
from serving import Procs, cpu_seconds, timing_prelude

CHILD = timing_prelude("inspect_split") + r"""
import atexit, json, os, sys, time

def count(owner, attr, part):
    fn = getattr(owner, attr)
    async def counted(*args, **kwargs):
        calls[part] += 1
        return await fn(*args, **kwargs)
    setattr(owner, attr, counted)

from secproxy.audit import ledger, process_store, signing, store
from secproxy.control import protocol, stats
from secproxy.engine import masking, pipeline, session, stages
from secproxy.events import EventBus, Subscription
from secproxy.ops import logging as oplog, metrics
from secproxy.surfaces.inspect import answers, app, requests
from secproxy import session_store, store as state_store

count(app.InspectApi, "inspect_tool_call", "requests")
wrap(app.InspectApi, "_caller_of", "request: API key")
wrap(app, "parse", "request: body validated")
wrap(app.InspectApi, "tool_action", "action built")
for stage in stages.STAGES:
    wrap(type(stage), "check", f"stage {stage.name}")
# the actions that waited for the loop's next turn, run together (engine.guard_runs)
try:
    from secproxy.engine import guard_runs
    wrap(guard_runs.GuardTurns, "_turned", "stage guards (next turn's)")
except ImportError:
    pass
if os.environ.get("SPLIT_GUARDS"):
    from secproxy.guards import encoding, injection, normalise, pii, secrets, tool_abuse
    each = [(normalise.Normaliser, "views", "guard: views (normaliser)"),
            (injection.InjectionGuard, "inspect", "guard: injection"),
            (secrets.SecretsGuard, "inspect", "guard: secrets"),
            (pii.PiiGuard, "inspect", "guard: pii"),
            (encoding.EncodingGuard, "inspect", "guard: encoding"),
            (tool_abuse.ToolAbuseGuard, "inspect", "guard: tool_abuse")]
    for owner, attr, part in each:
        untimed = getattr(owner, attr)
        wrap(owner, attr, part)
        if os.environ["SPLIT_GUARDS"] == "twice":
            def first_too(*args, _first=untimed, _timed=getattr(owner, attr), **kwargs):
                _first(*args, **kwargs)
                return _timed(*args, **kwargs)
            setattr(owner, attr, first_too)
wrap(pipeline.Engine, "_observe", "observe (strikes, session risk)")
wrap(pipeline.Engine, "_announce", "announce (decision event)")
time_emits(EventBus)
wrap(masking.EventMasker, "__call__", "(in both emits) masking")
wrap(metrics.Metrics, "observe", "(in both emits) metrics")
wrap(stats.DecisionStats, "observe", "(in both emits) console stats")
wrap(oplog, "log_decision", "(in both emits) decision log")
wrap(state_store.StateStore, "_on_event", "(in both emits) state store listener")
wrap(pipeline.Engine, "_trail", "(in both emits) trail listener")
wrap(Subscription, "offer", "(in both emits) subscriber queues")
wrap(session.SessionTracker, "record_call", "timeline entry")
wrap(ledger.Ledger, "to_row", "ledger row (loop)")
wrap(store.SqliteStore, "_commit_sync", "ledger commit (writer thread, audit.writer: thread)")
wrap(process_store, "encode_frame", "ledger batch framed for the writer process (loop)")
wrap(signing.HeadSigner, "sign", "ledger head signed (loop)")
wrap(protocol, "event_envelope", "hub envelope")
wrap(protocol, "encode", "hub encode")
wrap(session_store.SessionStore, "_write", "session store (thread)")
wrap(app, "verdict_json", "answer: verdict")
wrap(app, "encoded", "answer: JSON encoded")

calibrate()

def dump():
    with open(os.environ["SPLIT_OUT"], "w") as fh:
        json.dump({"spent": spent, "calls": calls}, fh)

atexit.register(dump)

import signal
signal.signal(signal.SIGUSR1, reset)
from secproxy.cli import main
sys.argv = ["secproxy", *sys.argv[1:]]
main()
"""

TOP = ["request: API key", "request: body validated", "action built", "stage *",
       "observe (strikes, session risk)", "announce (decision event)", "bus emit (record)",
       "ledger row (loop)", "ledger batch framed for the writer process (loop)",
       "ledger head signed (loop)", "ledger commit (writer thread, audit.writer: thread)",
       "hub envelope", "hub encode",
       "session store (thread)", "answer: verdict", "answer: JSON encoded"]
INSIDE = {
    "announce (decision event)": ["bus emit (decision)", "timeline entry"],
    "bus emit (record)": ["(in both emits) masking", "(in both emits) metrics",
                          "(in both emits) console stats", "(in both emits) decision log",
                          "(in both emits) state store listener",
                          "(in both emits) trail listener", "(in both emits) subscriber queues"],
}


def children(pid: int) -> list[int]:
    """The processes `pid` started (Linux: /proc/PID/task/*/children)."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=8.0, help="seconds measured")
    parser.add_argument("--concurrency", type=int, default=32, help="wrk connections")
    parser.add_argument("--guards", choices=("on", "off"), default="on",
                        help="off: `inspect.guards: configured` (no guards: the rest alone)")
    parser.add_argument("--core", type=int, default=0, help="core of the server (-1: none)")
    split = parser.add_mutually_exclusive_group()
    split.add_argument("--each-guard", action="store_true",
                       help="split the guards stage: the views and each family")
    split.add_argument("--twice", action="store_true",
                       help="as --each-guard, each call made twice and the second timed")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    server_core = None if args.core < 0 else args.core % cores
    load_core = None if server_core is None or cores < 2 else (server_core + 1) % cores
    procs = Procs(Path(tempfile.mkdtemp(prefix="bench-split-")))
    try:
        config = inspect_api.SERVE_CONFIG
        if args.guards == "off":
            config += "inspect: {{guards: configured}}\n"
        state = procs.tmp / "state"
        state.mkdir()
        api = inspect_api.free_port()
        path = procs.tmp / "serve.yaml"
        path.write_text(config.format(state=state, api=api))
        out = procs.tmp / "split.json"
        log = (procs.tmp / "serve.log").open("ab")
        proc = procs.add(subprocess.Popen(
            inspect_api.pinned(server_core, [sys.executable, "-c", CHILD, "serve", "-c",
                                             str(path)]),
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd="/",
            env={**os.environ, "SPLIT_OUT": str(out),
                 "SPLIT_GUARDS": "twice" if args.twice else "1" if args.each_guard else ""}))
        deadline = time.monotonic() + 60
        while not inspect_api.ready(api):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit((procs.tmp / "serve.log").read_text())
            time.sleep(0.05)
        script = inspect_api.lua_script(procs.tmp)
        url = f"http://127.0.0.1:{api}"
        inspect_api.wrk(load_core, url, script, args.concurrency, 1.0)
        os.kill(proc.pid, 10)  # SIGUSR1: the counts start now
        writers = children(proc.pid)  # the ledger writer process (audit.writer: process)
        before = cpu_seconds(proc.pid)
        before_writers = sum(map(cpu_seconds, writers))
        got = inspect_api.wrk(load_core, url, script, args.concurrency, args.duration)
        total = cpu_seconds(proc.pid) - before
        writer_total = sum(map(cpu_seconds, writers)) - before_writers
        proc.terminate()
        proc.wait(60)
        data = json.loads(out.read_text())
    finally:
        procs.stop()
    spent, calls = data["spent"], data["calls"]
    n = max(calls.get("requests", 0), 1)
    clock_ns = spent.get("clock", 0) / max(calls.get("clock", 1), 1)
    clock = clock_ns / 1000
    # Each part less one clock reading per call of its own (the wrapper's share inside
    # its window); the readings of wrapped calls inside it stay in it.
    per = {k: max(v - calls.get(k, 0) * clock_ns, 0) / n / 1000 for k, v in spent.items()
           if k != "clock"}
    wrapped = sum(c for k, c in calls.items() if k not in ("clock", "requests"))
    stages_us = {k: v for k, v in per.items() if k.startswith("stage ")}
    total_us = total / n * 1e6
    print(f"{n} requests, {got['rate']:.0f} req/s at {args.concurrency} connections, guards "
          f"{args.guards}; serve CPU {total_us:.0f} us/request (all threads); "
          f"clock {clock:.2f} us per wrapped call; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    top = 0.0
    for part in TOP:
        if part == "stage *":
            for name, value in stages_us.items():
                print(f"  {name:40s} {value:7.1f}")
                top += value
            continue
        value = per.get(part, 0.0)
        top += value
        print(f"  {part:40s} {value:7.1f}")
        for sub in INSIDE.get(part, []):
            print(f"      {sub:36s} {per.get(sub, 0.0):7.1f}")
    shown = {*TOP, *stages_us, *(x for subs in INSIDE.values() for x in subs)}
    turns = calls.get("stage guards (next turn's)", 0)
    if turns:
        print(f"  ({turns / n:.2f} turns with waiting actions per request: "
              f"{(calls.get('stage guards', 0) / turns) - 1:.1f} actions waited per turn)")
    for part, value in per.items():
        if part.startswith("guard: "):
            print(f"      {part:36s} {value:7.1f}  (in the guards stage)")
    for part, value in per.items():
        if part not in shown and part != "requests" and part.startswith("bus emit"):
            top += value  # events of other kinds the calls raised (strikes, taint)
            print(f"  {part:40s} {value:7.1f}")
    overhead = wrapped * clock / n  # the other reading of each wrapped call
    print(f"  {'other (HTTP, loop, hand-overs)':40s} {total_us - top - overhead:7.1f}")
    print(f"  {'(clock readings of this harness)':40s} {overhead:7.1f}")
    print(f"beside it, the ledger writer process: {writer_total / n * 1e6:.1f} us/request")


if __name__ == "__main__":
    main()
