"""LLM gateway benchmark: a fake OpenAI API measured directly and through a real
`secproxy serve` (ledger on, the gateway's default guards: secrets masked both ways,
injection blocked, encoding and PII logged), in one run, each figure next to its
baseline.

    python bench/llm.py                       # defaults: a short run
    python bench/llm.py --requests 500 --duration 5
    python bench/llm.py --guards configured   # no guards: the gateway's own cost
    python bench/llm.py --profile out.svg     # py-spy flame graph of the gateway
    python bench/llm.py --profile out.txt     # ... as collapsed stacks (--native: C frames too)
    python bench/llm.py --tree /tmp/base --tree .   # CPU per request of two checkouts
    python bench/llm.py --split               # where the gateway's CPU per request goes
    python bench/llm.py --tree /tmp/base --tree . --callgrind   # instructions, by callgrind

The fake API runs in a child python (aiohttp, uvloop when installed) and answers at
once: a fixed chat completion, or a fixed stream of 4 KiB of text in 100 events. Both
texts, the prompt and the streamed answer, are ordinary English prose (`prompt`:
sentences of `SENTENCES` drawn with a fixed seed), not a filler of repeated short words:
a run of twelve or more short words is what the secrets guard's seed-phrase prefilter
looks for, and such a filler made every look of the stream check a candidate BIP-39
phrase (half the stream's guard work), which real answers seldom do. The
gateway runs in another child (`secproxy serve -u openai=…`); this script is the client
(aiohttp). What it prints:

- a 4 KiB prompt, not streamed: p50 and p99 latency, direct and through the gateway,
  and what the gateway adds (requests one at a time, the two paths alternated);
- a 4 KiB streamed completion: time to the first byte of the answer's body and to its
  end, direct and through the gateway, and what the gateway adds;
- requests/s at concurrency 32 (4 KiB prompts, not streamed), direct and through the
  gateway, and their ratio; and for each, the cores the client (this script), the fake
  API and the gateway kept busy meanwhile (CPU seconds per second): which of them, or
  the machine, caps the rate; and the gateway's event loop thread's share of each second
  it ran and it was runnable but waited for a core (their sum near 1: the loop had work
  all along and is the cap, its CPU per request and the core it gets);
- the gateway's CPU time per request and per stream (ledger thread included; measured
  after the warm-up, once serve's start-up work in the background is done): on a busy
  machine, wall-clock figures move with everything else running, this one much less;
- a conversation of `--turns` turns (each request resends the earlier ones, 1 KiB per
  user message, as an agent does): the gateway's CPU per request with the guards' cache
  of texts already inspected on (`guards.cache_entries`) and off (a second gateway).

Every request of the figures above carries a text of its own (a serial in it), so the
guards' cache never answers for them: only the conversation line measures what it saves.

`--tree DIR` (given twice or more) compares checkouts instead: a gateway per tree, each
running DIR's `secproxy` package (e.g. a `git worktree add /tmp/base HEAD~1`), and only
the load-proof figures: the gateway's CPU per 4 KiB request and per stream, the trees
measured in turn and then in the reverse order (A B B A …), `--rounds` times, medians
printed beside the first tree's; and the median wall time of those requests per tree
(the trees' added latency apart, the direct path being the same for both).

With `--callgrind`, each tree's gateway runs under valgrind's callgrind instead, and
what is printed is the instructions its process ran per 4 KiB request and per stream
(one at a time): a figure other work on the machine does not move (the kernel's work,
the sockets' system calls, is not in it). Use it with `--guards configured`: with the
default guards the counts moved from run to run by a factor of three (7-23 M a request
for one tree; the guards' threads and time limits under valgrind's slowdown), with the
guards off they stayed within 1 %.

`--split` says where the gateway's CPU per request goes instead, part by part: the
gateway runs with its parts wrapped so that each call adds its thread's CPU time
(`time.thread_time_ns`) to its part (aiohttp's server reading a request and writing an
answer, the lean client writing a request and reading its answer, each coroutine's
steps timed between its awaits; the surface's parsing, headers, budget and meter;
the engine's stages, observing and announcing, each listener of the bus; the ledger's
rows; the heavy guards in their threads; the guards stage and the announcement apart
for the request and for its answer), the requests one at a time; `other` is the
process's CPU (all threads) less the top-level parts: the rest of aiohttp's server
and of the upstream client, the event loop, what runs in coroutines (the engine's
tracking and publishing, the ledger's batches and hand-overs to its writer). Each
wrapped call costs two clock readings (~0.3 us, printed); the kernel's part of the
process's CPU (system time: the sockets' reads and writes, epoll) is printed under the
total. Then each thread's CPU per request (threads alive at the end, by name): whether
what `other` holds runs on the event loop or beside it.

Targets (issue 12): added p50 <= 1 ms, added time to first byte <= 2 ms, >= 0.5 of the
direct requests/s. The machine's load average is printed beside the figures: other work
on it moves them. Not run in CI.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import aiohttp
from serving import timing_prelude

FAKE_API = r"""
import asyncio, json, sys
from aiohttp import web

port, text_file, events = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
COMPLETION = json.dumps({
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": "The deployment is done.",
                             "refusal": None}}],
    "usage": {"prompt_tokens": 1000, "completion_tokens": 6, "total_tokens": 1006}}).encode()
with open(text_file, encoding="utf-8") as f:
    text = f.read()
step = max(1, len(text) // events)
head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000,
        "model": "m"}
STREAM = b"".join(
    b"data: " + json.dumps({**head, "choices": [{"index": 0, "delta": {"content": text[i:i + step]},
                                                 "finish_reason": None}]}).encode() + b"\n\n"
    for i in range(0, len(text), step))
STREAM += b"data: " + json.dumps({**head, "choices": [{"index": 0, "delta": {},
                                                       "finish_reason": "stop"}]}).encode()
STREAM += b"\n\ndata: [DONE]\n\n"

async def handle(request):
    body = await request.read()
    if b'"stream":true' in body or b'"stream": true' in body:
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        await resp.write(STREAM)
        await resp.write_eof()
        return resp
    return web.Response(body=COMPLETION, content_type="application/json")

app = web.Application(client_max_size=1 << 24)
app.router.add_post("/v1/chat/completions", handle)
try:
    import uvloop
    uvloop.install()
except ImportError:
    pass
web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None,
            handle_signals=True)
"""

SPLIT_CHILD = timing_prelude("llm split") + r"""
import json, os, signal, sys, time
from aiohttp import web
from secproxy.audit import ledger
from secproxy.control import hub, stats
from secproxy.engine import masking, pipeline, stages
from secproxy.events import EventBus, Subscription
from secproxy.ops import logging as oplog, metrics
from aiohttp import web_protocol
from secproxy.surfaces import lean_client as client
from secproxy.surfaces.llm import (answers, budget, formats, front, relay, routes, service,
                                   tokens)


class _Stepped:
    # A coroutine whose steps (each run between two awaits) add their thread's CPU time
    # to `part`: what an async function costs itself and what it awaits inline (its
    # CPU, not its wall time).

    __slots__ = ("coro", "part")

    def __init__(self, coro, part):
        self.coro, self.part = coro, part

    def __await__(self):
        coro, value, error = self.coro, None, None
        calls[self.part] += 1
        while True:
            started = clock()
            try:
                sent = coro.send(value) if error is None else coro.throw(error)
            except StopIteration as stop:
                spent[self.part] += clock() - started
                return stop.value
            except BaseException:
                spent[self.part] += clock() - started
                raise
            spent[self.part] += clock() - started
            try:
                value, error = (yield sent), None
            except BaseException as exc:  # (cancellation) passed on to the coroutine
                value, error = None, exc


def wrap_async(owner, attr, part):
    fn = getattr(owner, attr, None)
    if fn is None:
        print(f"llm split: {getattr(owner, '__name__', owner)}.{attr} not found, "
              f"'{part}' not measured", file=sys.stderr)
        return
    async def timed(*args, **kwargs):  # a coroutine: a task may be made of it
        return await _Stepped(fn(*args, **kwargs), part)
    setattr(owner, attr, timed)


wrap(front.LlmFront, "data_received", "server: request read (front)")
wrap_async(front.LlmFront, "whole", "server: answer written (front)")

# The event loop's CPU on the agent's wait: from a request's bytes to its write upstream,
# and from the upstream answer's first bytes to the write of the answer (the requests go
# one at a time, so nothing else runs on the loop then); not what the loop does while the
# upstream works, nor after the answer is written.
WAITED = "= on the agent's wait: request read to sent, answer read to written"
_path = {"at": None, "state": "idle", "spent": 0}
_read, _whole = front.LlmFront.data_received, front.LlmFront.whole
_arm, _upstream = client.LeanConnection._arm, client.LeanConnection.data_received

def _read_timed(self, data):
    if _path["state"] == "idle":
        _path.update(state="sending", at=clock(), spent=0)
    return _read(self, data)

def _arm_timed(self):  # (right after the request's write, and as its answer comes)
    if _path["state"] == "sending":
        _path.update(state="upstream", spent=clock() - _path["at"])
    return _arm(self)

def _upstream_timed(self, data):
    if _path["state"] == "upstream":
        _path.update(state="answering", at=clock())
    return _upstream(self, data)

async def _whole_timed(self, *args, **kwargs):
    try:
        return await _whole(self, *args, **kwargs)
    finally:
        if _path["state"] == "answering":
            spent[WAITED] += _path["spent"] + clock() - _path["at"]
            calls[WAITED] += 1
        _path["state"] = "idle"

front.LlmFront.data_received, front.LlmFront.whole = _read_timed, _whole_timed
client.LeanConnection._arm, client.LeanConnection.data_received = _arm_timed, _upstream_timed
wrap(web_protocol.RequestHandler, "data_received", "server: request read (llhttp, task)")
wrap_async(web_protocol.RequestHandler, "finish_response",
           "server: answer written (headers, write)")
wrap(routes.RouteTable, "choose", "request: route")
wrap_async(service, "read_upto", "request: body read (and answer's)")
wrap(formats, "decode", "  (in the parses) JSON decode")
wrap_async(client.LeanClient, "send", "upstream: request written (lean client)")
wrap(client.LeanConnection, "data_received", "upstream: answer read (lean client, llhttp)")
wrap(service.LlmService, "_principal", "request: principal")
wrap(service, "parse_request", "request: body parsed (slots)")
wrap(service, "wire_slots", "request: query and header slots")
wrap(service, "estimate_slots", "request: tokens estimated")
wrap(budget.Budget, "admit", "request: token budget")
wrap(service.LlmService, "_sent_headers", "request: headers kept")
wrap(service.LlmService, "_upstream_headers", "upstream: headers")
wrap(service, "upstream_url", "upstream: URL")
wrap(answers, "parse_answer", "answer: body parsed (slots)")
wrap(tokens.UsageMeter, "answer", "answer: usage read")
wrap(budget.Budget, "settle", "answer: budget settled")
wrap(service, "answer_headers", "answer: headers")
wrap(relay, "answer_headers", "answer: headers")
wrap(service.web, "Response", "answer: response built")


def wrap_directed(owner, attr, part, at):
    # `wrap`, the part named with the direction of the action in argument `at` (the
    # request's decision and its answer's apart).
    fn = getattr(owner, attr, None)
    if fn is None:
        print(f"llm split: {owner.__name__}.{attr} not found, '{part}' not measured",
              file=sys.stderr)
        return
    def timed(*args, **kwargs):
        started = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            named = f"{part} ({args[at].direction})"
            spent[named] += clock() - started
            calls[named] += 1
    setattr(owner, attr, timed)


for stage in stages.STAGES:
    if stage.name == "guards":
        wrap_directed(type(stage), "check", "engine: stage guards", 1)
    else:
        wrap(type(stage), "check", f"engine: stage {stage.name}")
wrap(stages, "_timed_call", "engine: heavy guards (their threads)")
wrap(pipeline.Engine, "_observe", "engine: observe (strikes, session)")
wrap_directed(pipeline.Engine, "_announce", "engine: announce (decision event)", 2)
time_emits(EventBus)
wrap(masking.EventMasker, "__call__", "  (in the emits) masking")
wrap(metrics.Metrics, "observe", "  (in the emits) metrics")
wrap(stats.DecisionStats, "observe", "  (in the emits) console stats")
wrap(hub.EventHub, "_hold", "  (in the emits) console hub")
wrap(oplog, "log_decision", "  (in the emits) decision log")
wrap(Subscription, "offer", "  (in the emits) subscriber queues")
wrap(ledger.Ledger, "to_row", "ledger: rows (loop)")

calibrate()

import threading
threads_at = {}

def thread_cpu():  # CPU ns of each live thread, by name (one name's threads summed)
    out = {}
    for t in threading.enumerate():
        try:
            ns = time.clock_gettime_ns(time.pthread_getcpuclockid(t.ident))
        except (OSError, TypeError):
            continue
        name = t.name.rstrip("0123456789_-") or t.name
        out[name] = out.get(name, 0) + ns
    return out

def restart(*_):
    reset()
    threads_at.clear()
    threads_at.update(thread_cpu())

def dump(*_):
    now = thread_cpu()
    threads = {name: ns - threads_at.get(name, 0) for name, ns in now.items()}
    with open(os.environ["SPLIT_OUT"] + ".tmp", "w") as fh:
        json.dump({"spent": spent, "calls": calls, "threads": threads}, fh)
    os.replace(os.environ["SPLIT_OUT"] + ".tmp", os.environ["SPLIT_OUT"])

signal.signal(signal.SIGUSR1, restart)
signal.signal(signal.SIGUSR2, dump)
from secproxy.cli import main
sys.argv = ["secproxy", *sys.argv[1:]]
main()
"""
"""The gateway of `--split`: `secproxy serve` with its parts timed (see the docstring)."""

WAITED = "= on the agent's wait: request read to sent, answer read to written"
"""The part `--split` prints first: the loop's CPU between a request's first bytes and
its write upstream, and between the upstream answer's first bytes and the answer's write
(the latency the gateway's own work adds, given a core of its own)."""

TOP_PARTS = ("server: ", "request: ", "upstream: ", "answer: ", "engine: ",
             "bus emit (record)", "ledger: ")
"""The parts `other` is worked out from (the emits of decisions are inside `announce`)."""

SENTENCES = [
    "The deployment finished without errors and the new build was rolled out to every node",
    "Please summarise the attached incident report and list the follow-up actions by owner",
    "Our quarterly numbers show steady growth in the enterprise segment and lower churn",
    "The migration script renames the column, backfills the values and drops the old index",
    "Customers in the pilot asked for a simpler onboarding flow and clearer pricing pages",
    "Latency stayed under the agreed budget except for two spikes during the nightly batch",
    "Draft a short reply that thanks the team and proposes a review meeting next Tuesday",
    "The function parses the configuration, validates each field and reports every error",
]


STREAM_SEED = 11
"""The seed of the streamed answer's text (`prompt(size, STREAM_SEED)`)."""


def prompt(size: int, seed: int = 7) -> str:
    """About `size` bytes of ordinary English (what an agent's prompt, or a model's
    answer, mostly is)."""
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(SENTENCES) + ". "
        out.append(sentence)
        length += len(sentence)
    return "".join(out)[:size]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], deadline: float = 60.0) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"a child exited early ({proc.returncode}): {proc.args!r}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"nothing listens on port {port} after {deadline:g}s")


def cpu_seconds(pid: int) -> float:
    """User and system CPU a process has used (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def system_seconds(pid: int) -> float:
    """System (kernel) CPU a process has used (Linux; in ticks of 10 ms)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[12]) / os.sysconf("SC_CLK_TCK")


def cpu_ns_seconds(pid: int) -> float:
    """CPU time of a process's live threads in nanoseconds' resolution (the first field of
    /proc/PID/task/TID/schedstat), where /proc/PID/stat counts in ticks of 10 ms: what a
    batch of a few dozen requests needs. /proc/PID/stat's figure when there is none."""
    total = 0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            total += int(Path(f"/proc/{pid}/task/{tid}/schedstat").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return cpu_seconds(pid)
    return total / 1e9


def loop_thread(pid: int) -> tuple[float, float]:
    """Seconds the main thread of `pid` (serve's event loop) has run and has waited on a
    run queue, runnable but given no core (the first two fields of its schedstat)."""
    try:
        ran, waited = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()[:2]
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(ran) / 1e9, int(waited) / 1e9


async def quiet(pid: int, within: float = 20.0) -> None:
    """Wait until `pid` uses less than 5 % of a core (at most `within` seconds): what
    serve does in the background after it starts (the guards' Hyperscan twins, loaded or
    compiled in a thread) is not a request's CPU."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        before = cpu_ns_seconds(pid)
        await asyncio.sleep(0.2)
        if cpu_ns_seconds(pid) - before < 0.01:
            return


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


Call = Callable[[str], Awaitable[tuple[float, float]]]


async def alternate(calls: Mapping[str, Call], urls: dict[str, str], count: int, warmup: int
                    ) -> dict[str, list[tuple[float, float]]]:
    """Each path `count` times, one request at a time, the paths alternated."""
    out: dict[str, list[tuple[float, float]]] = {name: [] for name in urls}
    for i in range(warmup + count):
        for name, url in urls.items():
            got = await calls[name](url)
            if i >= warmup:
                out[name].append(got)
    return out


async def throughput(session: aiohttp.ClientSession, url: str, body: Callable[[], bytes],
                     workers: int, seconds: float) -> float:
    """Requests/s with `workers` clients sending one request after another."""
    done = 0
    stop = time.monotonic() + seconds

    async def worker() -> None:
        nonlocal done
        while time.monotonic() < stop:
            async with session.post(url, data=body(), headers=JSON) as r:
                await r.read()
                if r.status != 200:
                    raise SystemExit(f"{url}: status {r.status}: {await r.text()}")
            done += 1

    start = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(workers)))
    return done / (time.monotonic() - start)


JSON = {"Content-Type": "application/json", "Authorization": "Bearer sk-bench"}


def unique(text: str) -> str:
    """`text` with its last characters given way to a serial (same size): no two requests
    carry the same text, so the guards' cache of texts already inspected never answers."""
    tag = f" Ref {next(_SERIAL):08d}."
    return text[:max(0, len(text) - len(tag))] + tag


_SERIAL = itertools.count()


def conversation(turns: int, size: int, seed: int) -> list[list[dict[str, str]]]:
    """The messages of each request of one conversation: a system prompt, then per turn
    a user message of `size` bytes (its own text) and, from the next request on, the
    model's answer to it (the fake API's), resent with every later request."""
    messages = [{"role": "system", "content": unique("You are a careful operations "
                                                     "assistant; answer briefly.")}]
    out = []
    for turn in range(turns):
        messages = [*messages, {"role": "user", "content": unique(prompt(size, seed + turn))}]
        out.append(messages)
        messages = [*messages, {"role": "assistant", "content": "The deployment is done."}]
    return out


async def converse(session: aiohttp.ClientSession, url: str, pid: int, turns: int, size: int,
                   count: int) -> float:
    """CPU seconds the gateway `pid` spends per request over `count` conversations of
    `turns` turns (one request at a time)."""
    requests = [json.dumps({"model": "m", "messages": m}).encode()
                for c in range(count) for m in conversation(turns, size, 100 * c)]
    cpu = cpu_seconds(pid)
    for body in requests:
        async with session.post(url, data=body, headers=JSON) as r:
            await r.read()
            if r.status != 200:
                raise SystemExit(f"{url}: status {r.status}: {await r.text()}")
    return (cpu_seconds(pid) - cpu) / len(requests)


async def run(args: argparse.Namespace, direct: str, gateway: str, gateway_pid: int,
              api_pid: int, uncached: tuple[str, int] | None) -> None:
    text = prompt(args.prompt_bytes)

    def plain() -> bytes:
        return json.dumps({"model": "m", "messages": [{"role": "user", "content": unique(text)}]}
                          ).encode()

    def streamed() -> bytes:
        return json.dumps({"model": "m", "stream": True, "messages": [
            {"role": "user", "content": unique("Write the report, please.")}]}).encode()
    urls = {"direct": f"{direct}/v1/chat/completions", "gateway": f"{gateway}/v1/chat/completions"}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def once(url: str) -> tuple[float, float]:
            start = time.perf_counter()
            async with session.post(url, data=plain(), headers=JSON) as r:
                await r.read()
                if r.status != 200:
                    raise SystemExit(f"{url}: status {r.status}: {await r.text()}")
            return time.perf_counter() - start, 0.0

        async def stream(url: str) -> tuple[float, float]:
            start = time.perf_counter()
            first = None
            async with session.post(url, data=streamed(), headers=JSON) as r:
                async for _ in r.content.iter_any():
                    if first is None:
                        first = time.perf_counter() - start
            return first or 0.0, time.perf_counter() - start

        calls = {"direct": once, "gateway": once}
        scalls = {"direct": stream, "gateway": stream}
        await alternate(calls, urls, 0, args.warmup)
        await alternate(scalls, urls, 0, args.warmup)
        await quiet(gateway_pid)
        cpu = cpu_ns_seconds(gateway_pid)
        plain_times = await alternate(calls, urls, args.requests, 0)
        plain_cpu = (cpu_ns_seconds(gateway_pid) - cpu) / args.requests
        cpu = cpu_ns_seconds(gateway_pid)
        streams = max(10, args.requests // 3)
        stream_times = await alternate(scalls, urls, streams, 0)
        stream_cpu = (cpu_ns_seconds(gateway_pid) - cpu) / streams
        rates: dict[str, float] = {}
        busy: dict[str, dict[str, float]] = {}
        loop = (0.0, 0.0)
        for name, url in urls.items():
            pids = {"client": os.getpid(), "fake API": api_pid, "gateway": gateway_pid}
            before = {who: cpu_ns_seconds(pid) for who, pid in pids.items()}
            ran, waited = loop_thread(gateway_pid)
            start = time.monotonic()
            rates[name] = await throughput(session, url, plain, args.concurrency,
                                           args.duration)
            took = time.monotonic() - start
            busy[name] = {who: (cpu_ns_seconds(pid) - before[who]) / took
                          for who, pid in pids.items()}
            if name == "gateway":
                now_ran, now_waited = loop_thread(gateway_pid)
                loop = ((now_ran - ran) / took, (now_waited - waited) / took)
        talks: dict[str, float] = {}
        if uncached is not None:
            path = "/v1/chat/completions"
            for _ in range(3):  # interleaved: the machine's load falls on both alike
                for name, (base, pid) in (("on", (gateway, gateway_pid)),
                                          ("off", uncached)):
                    got = await converse(session, base + path, pid, args.turns,
                                         args.turn_bytes, args.conversations)
                    talks[name] = min(got, talks.get(name, got))

    print(f"\nLLM gateway vs direct — load average {os.getloadavg()[0]:.2f} on "
          f"{os.cpu_count()} cores, guards: {args.guards}, stream strategy {args.strategy}, "
          f"{args.requests} requests per path")
    print(f"{'':34}{'direct':>12}{'gateway':>12}{'added':>12}")
    d = [t for t, _ in plain_times["direct"]]
    g = [t for t, _ in plain_times["gateway"]]
    for label, q in (("p50", 0.5), ("p99", 0.99)):
        print(f"{f'{args.prompt_bytes // 1024} KiB prompt, {label}':34}{ms(pct(d, q))}"
              f"{ms(pct(g, q))}{ms(pct(g, q) - pct(d, q))}")
    for label, idx in (("time to first byte", 0), ("total time", 1)):
        ds = statistics.median(t[idx] for t in stream_times["direct"])
        gs = statistics.median(t[idx] for t in stream_times["gateway"])
        print(f"{f'{args.stream_bytes // 1024} KiB stream, {label} p50':34}{ms(ds)}{ms(gs)}"
              f"{ms(gs - ds)}")
    ratio = rates["gateway"] / rates["direct"]
    print(f"{f'requests/s at concurrency {args.concurrency}':34}{rates['direct']:12.0f}"
          f"{rates['gateway']:12.0f}{ratio:11.2f}x")
    for name in rates:
        cores = ", ".join(f"{who} {share:.2f}" for who, share in busy[name].items())
        print(f"{f'  cores busy, {name}':34}{cores}   ({os.cpu_count()} cores)")
    # Ran + waited near 1: the event loop always had work, it is the cap (its CPU per
    # request, and the core the machine gives it); well under 1: something else is.
    print(f"{'  gateway event loop, at 32':34}ran {loop[0]:.2f}, runnable but waiting for "
          f"a core {loop[1]:.2f} (of each second)")
    print(f"{'gateway CPU per request':34}{'':12}{ms(plain_cpu)}   (4 KiB prompt)")
    print(f"{'gateway CPU per stream':34}{'':12}{ms(stream_cpu)}   (4 KiB stream)")
    if talks:
        print(f"{f'conversation of {args.turns} turns':34}{'cache on':>12}{'cache off':>12}"
              f"{'on/off':>12}")
        print(f"{'  gateway CPU per request':34}{ms(talks['on'])}{ms(talks['off'])}"
              f"{talks['on'] / talks['off']:11.2f}x   ({args.turn_bytes // 1024} KiB per user "
              f"message, {args.conversations} conversations, best of 3)")
    print("targets: added p50 <= 1 ms, added time to first byte <= 2 ms, >= 0.5x direct")


async def compare(args: argparse.Namespace, gateways: list[tuple[str, str, int]]) -> None:
    """CPU per request and per stream of each tree's gateway (name, base URL, pid), one
    request at a time, the trees taken in turn and then in the reverse order."""
    text = prompt(args.prompt_bytes)
    plain = {"model": "m", "messages": [{"role": "user", "content": text}]}
    streamed = {"model": "m", "stream": True,
                "messages": [{"role": "user", "content": "Write the report, please."}]}
    cpu: dict[str, dict[str, list[float]]] = {n: {"plain": [], "stream": []}
                                              for n, _, _ in gateways}
    took: dict[str, list[float]] = {n: [] for n, _, _ in gateways}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:

        async def batch(url: str, pid: int, doc: dict[str, Any], count: int,
                        times: list[float] | None = None) -> float:
            bodies = [json.dumps({**doc, "messages": [
                {"role": "user", "content": unique(doc["messages"][0]["content"])}]}).encode()
                for _ in range(count)]
            before = cpu_ns_seconds(pid)
            for body in bodies:
                start = time.perf_counter()
                async with session.post(f"{url}/v1/chat/completions", data=body,
                                        headers=JSON) as r:
                    await r.read()
                    if r.status != 200:
                        raise SystemExit(f"{url}: status {r.status}")
                if times is not None:
                    times.append(time.perf_counter() - start)
            return (cpu_ns_seconds(pid) - before) / count

        for _, url, pid in gateways:
            await batch(url, pid, plain, args.warmup)
            await batch(url, pid, streamed, args.warmup)
        for turn in range(args.rounds):
            for name, url, pid in gateways if turn % 2 == 0 else gateways[::-1]:
                cpu[name]["plain"].append(await batch(url, pid, plain, args.requests,
                                                      took[name]))
                cpu[name]["stream"].append(
                    await batch(url, pid, streamed, max(10, args.requests // 3)))
    print(f"\nLLM gateway, trees compared — load average {os.getloadavg()[0]:.2f} on "
          f"{os.cpu_count()} cores, guards: {args.guards}, {args.rounds} rounds of "
          f"{args.requests} requests per tree, medians")
    first = gateways[0][0]
    print(f"{'tree':40}{'CPU/request':>14}{'vs first':>10}{'CPU/stream':>14}{'vs first':>10}"
          f"{'p50 request':>14}")
    for name, _, _ in gateways:
        req = statistics.median(cpu[name]["plain"])
        st = statistics.median(cpu[name]["stream"])
        print(f"{name[:3] + name[3:][-37:]:40}{ms(req):>14}"
              f"{req / statistics.median(cpu[first]['plain']):9.2f}x{ms(st):>14}"
              f"{st / statistics.median(cpu[first]['stream']):9.2f}x"
              f"{ms(statistics.median(took[name])):>14}")
    print("(p50 request: the wall time of a 4 KiB request through each gateway, one at a "
          "time, the trees' rounds interleaved)")


async def split(args: argparse.Namespace, url: str, pid: int) -> tuple[float, float]:
    """Serial 4 KiB requests through the `--split` gateway: its CPU per request and the
    kernel's part of it (us), its parts dumped to SPLIT_OUT."""
    text = prompt(args.prompt_bytes)
    async with aiohttp.ClientSession() as session:

        async def send(count: int) -> None:
            for _ in range(count):
                body = json.dumps({"model": "m", "messages": [
                    {"role": "user", "content": unique(text)}]}).encode()
                async with session.post(f"{url}/v1/chat/completions", data=body,
                                        headers=JSON) as r:
                    await r.read()
                    if r.status != 200:
                        raise SystemExit(f"{url}: status {r.status}")

        await send(args.warmup)
        os.kill(pid, signal.SIGUSR1)
        await asyncio.sleep(0.2)
        before, kernel = cpu_ns_seconds(pid), system_seconds(pid)
        await send(args.requests)
        total = (cpu_ns_seconds(pid) - before) / args.requests * 1e6
        kernel = (system_seconds(pid) - kernel) / args.requests * 1e6
        os.kill(pid, signal.SIGUSR2)
    return total, kernel


def instructions(args: argparse.Namespace, serve: list[str], tree: str, tmp: Path
                 ) -> tuple[float, float]:
    """Instructions per 4 KiB request and per stream of `tree`'s gateway under callgrind
    (instrumentation on only while they are sent, one at a time): its whole process but
    the cryptography library's, which are the ledger head's signature, one per batch
    (under valgrind's slowdown a batch holds a record or two where at full speed it
    holds dozens, and how many moves with the machine's load)."""
    tmp.mkdir()
    port = free_port()
    out = tmp / "cg.out"
    proc = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
         sys.executable, "-P", *serve[1:serve.index("-l")], "-l", f"llm=127.0.0.1:{port}",
         "--no-egress", "--no-ws", "--no-api", "--state-dir", str(tmp),
         "--log-level", "warning"],
        env={**os.environ, "PYTHONPATH": tree}, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        wait_port(port, proc, deadline=600.0)

        def control(*what: str) -> None:
            subprocess.run(["callgrind_control", *what, str(proc.pid)], check=True,
                           capture_output=True)

        async def send(doc: dict[str, Any], count: int) -> None:
            async with aiohttp.ClientSession() as session:
                for _ in range(count):
                    body = json.dumps({**doc, "messages": [{"role": "user", "content": unique(
                        doc["messages"][0]["content"])}]}).encode()
                    async with session.post(f"http://127.0.0.1:{port}/v1/chat/completions",
                                            data=body, headers=JSON) as r:
                        await r.read()
                        if r.status != 200:
                            raise SystemExit(f"{tree}: status {r.status}")

        plain = {"model": "m", "messages": [{"role": "user",
                                             "content": prompt(args.prompt_bytes)}]}
        streamed = {"model": "m", "stream": True,
                    "messages": [{"role": "user", "content": "Write the report, please."}]}
        streams = max(10, args.requests // 3)
        asyncio.run(send(plain, args.warmup))
        asyncio.run(send(streamed, args.warmup))
        control("-i", "on")
        asyncio.run(send(plain, args.requests))
        control("-d", "plain")
        asyncio.run(send(streamed, streams))
        control("-d", "stream")
    finally:
        proc.terminate()
        proc.wait(120)
    dumps = sorted(tmp.glob("cg.out.*"), key=lambda n: int(n.name.rsplit(".", 1)[1]))
    totals = []
    for dump in dumps[:2]:
        found = re.search(r"^totals: (\d+)", dump.read_text(), re.M)
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=no",
                                    "--threshold=100", str(dump)],
                                   capture_output=True, text=True).stdout
        crypto = sum(int(line.split()[0].replace(",", "")) for line in annotated.splitlines()
                     if "_rust.abi3.so" in line)
        totals.append((int(found.group(1)) if found else 0) - crypto)
    return totals[0] / args.requests, totals[1] / streams


def print_instructions(args: argparse.Namespace, counted: list[tuple[str, tuple[float, float]]]
                       ) -> None:
    print(f"\nLLM gateway, trees compared by callgrind — guards: {args.guards}, "
          f"{args.requests} requests and {max(10, args.requests // 3)} streams per tree, "
          "instructions of the whole process")
    print(f"{'tree':40}{'per request':>14}{'vs first':>10}{'per stream':>14}{'vs first':>10}")
    first = counted[0][1]
    for tree, (req, st) in counted:
        print(f"{tree[-40:]:40}{req / 1e6:11.2f} M {req / first[0]:9.2f}x{st / 1e6:11.2f} M "
              f"{st / first[1]:9.2f}x")


def print_split(args: argparse.Namespace, out: Path, total: float, kernel: float) -> None:
    """The parts the `--split` gateway dumped to `out`, per request."""
    end = time.monotonic() + 10
    while not out.exists() and time.monotonic() < end:
        time.sleep(0.05)
    got = json.loads(out.read_text())
    spent, calls = got["spent"], got["calls"]
    clock = spent.pop("clock", 0) / max(calls.pop("clock", 1), 1) / 1e3
    print(f"\nLLM gateway CPU per 4 KiB request, part by part — {args.requests} requests one "
          f"at a time, guards: {args.guards}, load average {os.getloadavg()[0]:.2f}; clock "
          f"{clock:.2f} us per wrapped call")
    print(f"{'serve process (all threads)':48}{total:9.1f} us")
    print(f"{'  of which in the kernel (system time)':48}{kernel:9.1f} us   (sockets, epoll; "
          "in 'other')")
    top = 0.0
    waited = spent.pop(WAITED, None)
    calls.pop(WAITED, None)
    if waited is not None:
        print(f"{WAITED[2:]}\n{'':48}{waited / 1e3 / args.requests:9.1f} us   (the main "
              "thread's CPU; the rest overlaps the upstream's work or follows the answer)")
    for part in sorted(spent, key=lambda p: -spent[p]):
        us = spent[part] / 1e3 / args.requests
        if part.startswith(TOP_PARTS):
            top += us
        print(f"{part:48}{us:9.1f} us   ({calls[part] / args.requests:.1f} calls)")
    print(f"{'other: server, upstream client, loop, async paths':48}{total - top:9.1f} us")
    print("by thread (the parts above are in these):")
    threads = got.get("threads", {})
    for name in sorted(threads, key=lambda n: -threads[n]):
        print(f"  {name:46}{threads[name] / 1e3 / args.requests:9.1f} us")


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Measure the LLM gateway against a fake OpenAI API, directly and "
                    "through `secproxy serve`, in one run (issue 12's targets).")
    parser.add_argument("--requests", type=int, default=200,
                        help="requests per path for the latency figures (default 200)")
    parser.add_argument("--warmup", type=int, default=20,
                        help="requests per path before measuring (default 20)")
    parser.add_argument("--duration", type=float, default=3.0,
                        help="seconds per path for the requests/s figure (default 3)")
    parser.add_argument("--concurrency", type=int, default=32,
                        help="clients for the requests/s figure (default 32)")
    parser.add_argument("--prompt-bytes", type=int, default=4096,
                        help="size of the prompt (default 4096)")
    parser.add_argument("--stream-bytes", type=int, default=4096,
                        help="size of the streamed completion's text (default 4096)")
    parser.add_argument("--guards", choices=["default", "configured"], default="default",
                        help="llm.guards: `default` (every default guard on) or "
                             "`configured` (none: the gateway's own cost)")
    parser.add_argument("--strategy", default="periodic",
                        choices=["continuous", "periodic", "sentence_boundary", "end_only"],
                        help="llm.stream.strategy (default periodic, every 200 characters)")
    parser.add_argument("--turns", type=int, default=8,
                        help="turns of the conversation line (default 8; 0: no such line, "
                             "and no second gateway)")
    parser.add_argument("--turn-bytes", type=int, default=1024,
                        help="size of each user message of the conversation (default 1024)")
    parser.add_argument("--conversations", type=int, default=6,
                        help="conversations per measure of that line (default 6)")
    parser.add_argument("--tree", action="append", default=[], metavar="DIR",
                        help="compare the gateways of these checkouts (DIR/secproxy; give it "
                             "twice or more): CPU per request and per stream only")
    parser.add_argument("--rounds", type=int, default=6,
                        help="with --tree: rounds of the trees in turn (default 6)")
    parser.add_argument("--callgrind", action="store_true",
                        help="with --tree: instructions per request and per stream of each "
                             "tree's gateway, counted by callgrind (needs valgrind; a figure "
                             "the machine's load does not move)")
    parser.add_argument("--split", action="store_true",
                        help="where the gateway's CPU per request goes, part by part")
    parser.add_argument("--profile", metavar="FILE",
                        help="record the gateway with py-spy (needs py-spy): a flame graph "
                             "when FILE ends in .svg, else collapsed stacks")
    parser.add_argument("--native", action="store_true",
                        help="with --profile: py-spy's --native (C frames too: uvloop, "
                             "llhttp, orjson; slows the gateway several times)")
    args = parser.parse_args()

    api_port, gw_port = free_port(), free_port()
    procs: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory(prefix="secproxy-bench-llm-") as tmp:
        config = Path(tmp) / "config.yaml"
        config.write_text(json.dumps({"llm": {"guards": args.guards,
                                              "stream": {"strategy": args.strategy}}}))
        try:
            answer = Path(tmp) / "answer.txt"
            answer.write_text(prompt(args.stream_bytes, STREAM_SEED), encoding="utf-8")
            api = subprocess.Popen([sys.executable, "-c", FAKE_API, str(api_port),
                                    str(answer), "100"])
            procs.append(api)
            serve = [sys.executable, "-m", "secproxy", "serve", "-c", str(config),
                     "-u", f"openai=http://127.0.0.1:{api_port}",
                     "-l", f"llm=127.0.0.1:{gw_port}", "--no-egress", "--no-ws", "--no-api",
                     "--state-dir", tmp, "--log-level", "warning"]
            if args.tree and args.callgrind:
                wait_port(api_port, api)
                counted = [(tree, instructions(args, serve, tree, Path(tmp) / f"cg{i}"))
                           for i, tree in enumerate(os.path.abspath(t) for t in args.tree)]
                print_instructions(args, counted)
                return
            if args.tree:
                wait_port(api_port, api)
                gateways = []
                for i, tree in enumerate(os.path.abspath(t) for t in args.tree):
                    state = Path(tmp) / f"tree{i}"
                    state.mkdir()
                    port = free_port()
                    # -P: the working directory's own package must not come first
                    proc = subprocess.Popen(
                        [sys.executable, "-P", *serve[1:serve.index("-l")],
                         "-l", f"llm=127.0.0.1:{port}", "--no-egress", "--no-ws", "--no-api",
                         "--state-dir", str(state), "--log-level", "warning"],
                        env={**os.environ, "PYTHONPATH": tree})
                    procs.append(proc)
                    gateways.append((f"{i + 1}: {tree}", f"http://127.0.0.1:{port}", proc.pid))
                    wait_port(port, proc)
                asyncio.run(compare(args, gateways))
                return
            if args.split:
                out = Path(tmp) / "split.json"
                gateway = subprocess.Popen([sys.executable, "-c", SPLIT_CHILD, *serve[3:]],
                                           env={**os.environ, "SPLIT_OUT": str(out)})
                procs.append(gateway)
                wait_port(api_port, api)
                wait_port(gw_port, gateway)
                total, kernel = asyncio.run(split(args, f"http://127.0.0.1:{gw_port}",
                                                  gateway.pid))
                print_split(args, out, total, kernel)
                return
            if args.profile:
                fmt = "flamegraph" if args.profile.endswith(".svg") else "raw"
                serve = ["py-spy", "record", *(["--native"] if args.native else []), "--rate",
                         "1000", "-o", args.profile, "--format", fmt, "--", *serve]
            gateway = subprocess.Popen(serve)
            procs.append(gateway)
            uncached: tuple[str, int] | None = None
            if args.turns > 0:
                # The conversation line's other side: the same gateway, its cache off.
                off_dir = Path(tmp) / "uncached"
                off_dir.mkdir()
                off_config = off_dir / "config.yaml"
                off_config.write_text(json.dumps({
                    "llm": {"guards": args.guards, "stream": {"strategy": args.strategy}},
                    "guards": {"cache_entries": 0}}))
                off_port = free_port()
                off = subprocess.Popen([
                    sys.executable, "-m", "secproxy", "serve", "-c", str(off_config),
                    "-u", f"openai=http://127.0.0.1:{api_port}",
                    "-l", f"llm=127.0.0.1:{off_port}", "--no-egress", "--no-ws", "--no-api",
                    "--state-dir", str(off_dir), "--log-level", "warning"])
                procs.append(off)
                wait_port(off_port, off)
                uncached = (f"http://127.0.0.1:{off_port}", off.pid)
            wait_port(api_port, api)
            wait_port(gw_port, gateway)
            asyncio.run(run(args, f"http://127.0.0.1:{api_port}",
                            f"http://127.0.0.1:{gw_port}", gateway.pid, api.pid, uncached))
        finally:
            for proc in reversed(procs):
                proc.send_signal(2)  # SIGINT: py-spy writes its graph, serve stops cleanly
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()


if __name__ == "__main__":
    main()
