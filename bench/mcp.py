"""Bench: added latency per MCP `tools/call` round trip, for each transport, against the
same server reached directly, in one run.

One MCP server (a small spec-conformant JSON-RPC server in this file, so the figures are
secproxy's and not an SDK's) runs as a child process per transport: over stdio, over
streamable HTTP (JSON responses) and over WebSocket. The real `secproxy serve` (ledger
on, the default MCP guards: injection and secrets) runs as a child process too, with the
HTTP server on its `mcp` listener and the WebSocket server behind its `ws` relay
(`mcp.ws_server`); the stdio server is started by `secproxy mcp wrap` (deciding through
the control socket, as a client's `mcpServers` entry would). Each transport's client
does `initialize`, `tools/list` (pins the tool), then round trips of `tools/call`
(streamable HTTP twice: `http` answered with JSON, `sse` with an event stream),
direct and through secproxy in alternating batches. Printed: p50 and p99 per round trip
and what secproxy adds (target: <= 0.3 ms added at p50), and the CPU time secproxy's
processes spent per round trip (`secproxy serve`, its ledger writer process, and
`secproxy mcp wrap` for stdio, each said apart),
read from /proc: on a loaded machine wall-clock figures wander, CPU time much less.
`--profile DIR` runs serve and the wrap under cProfile (CPU time) and writes
DIR/serve.prof and DIR/wrap.prof, for where the time goes (the figures are then slower);
`bench/mcp_split.py --transport T` says it part by part in serve's own CPU time (the
engine's stages, the announcement and each bus listener, the record, the transport).

    python bench/mcp.py [--calls 2000] [--rounds 4] [--think MS] [--tree DIR ...]

`--think MS`: the client waits MS milliseconds after each answer before its next call,
as an agent does while its model reads the answer. Without it the calls come back to
back and serve, busy a round trip's whole length, is the bottleneck: its work after an
answer (the call's record, the ledger) delays the next call as much as its work before
the answer, and the added p50 follows its CPU per call. With it, the added p50 is what
lies on a call's own path, run with the caches another process had meanwhile (session
20, load 5-8, --think 1: the added p50 about as without, the CPU per call a third more).

`--tree DIR` runs secproxy from another checkout's `secproxy` package (e.g. one made with
`git archive HEAD~3 secproxy | tar -x -C DIR`) instead of the installed one; given more
than once, the trees are measured one after the other, twice each in turn (A B A B), so
that old and new code are compared in one sitting.

`--callgrind` runs `secproxy serve` under valgrind's callgrind instead (needs valgrind)
and prints, for each transport, the instructions serve's process executes per
`tools/call` round trip through it (instrumented only while the measured calls run, one
at a time): a figure the machine's load does not move, for comparing trees on a busy
machine (the kernel's work, the sockets' and pipes' system calls, is not in it; nor is
the ledger writer's process, nor serve's signing of the ledger's head, whose count moves
with how many records a batch holds). Serve starts in a minute or two under valgrind.

`--wrap-cost` measures `secproxy mcp wrap` alone instead, in a figure the machine's
load does not move: the instructions it executes per `tools/call` round trip (callgrind,
needs valgrind), its control socket answered by a stub that lets every message through
at once (the wrap's own work: pipes, framing, the control round trips). That is the
wrap relaying itself, as it does when serve takes no hand-over of its pipes; with the
hand-over (the latency run's stdio) it executes nothing per message.

Not run in CI. Takes about half a minute (most of it `secproxy serve` starting).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SECPROXY = [str(Path(sys.executable).with_name("secproxy"))]
CLOCK_TICK = os.sysconf("SC_CLK_TCK")
TOOL = {"name": "echo", "description": "Repeat a text.",
        "inputSchema": {"type": "object", "properties": {
            "text": {"type": "string", "description": "Text to repeat."}},
            "required": ["text"]}}
ARGS = {"text": "please repeat this short sentence about the weather in Lisbon today"}


# -- the server -------------------------------------------------------------------------

def answer(message: dict[str, Any]) -> dict[str, Any] | None:
    """The server's answer to one JSON-RPC message (None for a notification)."""
    if "id" not in message or "method" not in message:
        return None
    method = message["method"]
    if method == "initialize":
        result: dict[str, Any] = {"protocolVersion": "2025-06-18",
                                  "capabilities": {"tools": {}},
                                  "serverInfo": {"name": "bench", "version": "1"}}
    elif method == "tools/list":
        result = {"tools": [TOOL]}
    elif method == "tools/call":
        text = message["params"]["arguments"]["text"]
        result = {"content": [{"type": "text", "text": f"server got: {text}"}],
                  "isError": False}
    else:
        return {"jsonrpc": "2.0", "id": message["id"],
                "error": {"code": -32601, "message": f"no method {method}"}}
    return {"jsonrpc": "2.0", "id": message["id"], "result": result}


def serve_stdio() -> None:
    for line in sys.stdin:
        reply = answer(json.loads(line))
        if reply is not None:
            sys.stdout.write(json.dumps(reply) + "\n")
            sys.stdout.flush()


async def serve_http(port: int, sse: bool = False) -> None:
    """Streamable HTTP answering with JSON, or (`sse`) with an event stream of one event
    per answer, as the official SDKs' servers do by default."""
    from aiohttp import web

    async def handle(request: web.Request) -> web.StreamResponse:
        if request.method != "POST":
            return web.Response(status=405)
        reply = answer(json.loads(await request.read()))
        headers = {"Mcp-Session-Id": "bench-session"}
        if reply is None:
            return web.Response(status=202, headers=headers)
        if sse:
            response = web.StreamResponse(headers={**headers,
                                                   "Content-Type": "text/event-stream"})
            await response.prepare(request)
            await response.write(f"event: message\ndata: {json.dumps(reply)}\n\n".encode())
            await response.write_eof()
            return response
        return web.Response(text=json.dumps(reply), content_type="application/json",
                            headers=headers)

    app = web.Application()
    app.router.add_route("*", "/mcp", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await asyncio.Event().wait()


async def serve_ws(port: int) -> None:
    from websockets.asyncio.server import ServerConnection, serve

    async def session(ws: ServerConnection) -> None:
        async for frame in ws:
            reply = answer(json.loads(frame))
            if reply is not None:
                await ws.send(json.dumps(reply))

    async with serve(session, "127.0.0.1", port, compression=None):
        await asyncio.Event().wait()


# -- clients ------------------------------------------------------------------------------

Call = Callable[[dict[str, Any]], Awaitable[dict[str, Any] | None]]
Client = tuple[Call, int | None]
"""A client's call, and the pid of the process it started (the wrap), if any."""
Opener = Callable[[], contextlib.AbstractAsyncContextManager[Client]]
"""Opens a client (a new connection, or process, each time)."""
HANDSHAKE: list[dict[str, Any]] = [
    {"jsonrpc": "2.0", "id": 0, "method": "initialize",
     "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                "clientInfo": {"name": "bench", "version": "1"}}},
    {"jsonrpc": "2.0", "method": "notifications/initialized"},
    {"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
]


@contextlib.asynccontextmanager
async def stdio_client(command: list[str], env: dict[str, str] | None = None,
                       reply_wait: float = 60.0) -> AsyncIterator[Client]:
    proc = await asyncio.create_subprocess_exec(
        *command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, limit=1 << 20, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    stdin, stdout = proc.stdin, proc.stdout

    async def call(message: dict[str, Any]) -> dict[str, Any] | None:
        stdin.write(json.dumps(message).encode() + b"\n")
        if "id" not in message:
            return None
        line = await asyncio.wait_for(stdout.readline(), reply_wait)
        return json.loads(line)  # type: ignore[no-any-return]

    try:
        yield call, proc.pid
    finally:
        stdin.close()
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        await proc.wait()


@contextlib.asynccontextmanager
async def http_client(url: str) -> AsyncIterator[Client]:
    import aiohttp

    async with aiohttp.ClientSession() as client:
        headers = {"Accept": "application/json, text/event-stream",
                   "Content-Type": "application/json"}

        async def call(message: dict[str, Any]) -> dict[str, Any] | None:
            async with client.post(url, data=json.dumps(message), headers=headers) as r:
                if "Mcp-Session-Id" in r.headers:
                    headers["Mcp-Session-Id"] = r.headers["Mcp-Session-Id"]
                body = await r.read()
                if "text/event-stream" in r.headers.get("Content-Type", ""):
                    body = b"\n".join(line[5:].strip() for line in body.splitlines()
                                       if line.startswith(b"data:"))
            return json.loads(body) if body else None

        yield call, None


@contextlib.asynccontextmanager
async def ws_client(url: str) -> AsyncIterator[Client]:
    from websockets.asyncio.client import connect

    async with connect(url, compression=None) as ws:
        async def call(message: dict[str, Any]) -> dict[str, Any] | None:
            await ws.send(json.dumps(message))
            if "id" not in message:
                return None
            return json.loads(await ws.recv())  # type: ignore[no-any-return]

        yield call, None


async def round_trips(call: Call, count: int, first_id: int, think: float = 0.0
                      ) -> list[float]:
    """Seconds per `tools/call` round trip (`think`: seconds the client waits after each
    answer before its next call, as an agent's model does)."""
    times = []
    clock = time.perf_counter
    for i in range(count):
        message = {"jsonrpc": "2.0", "id": first_id + i, "method": "tools/call",
                   "params": {"name": "echo", "arguments": ARGS}}
        start = clock()
        reply = await call(message)
        times.append(clock() - start)
        assert reply is not None and "result" in reply, reply
        if think:
            await asyncio.sleep(think)
    return times


# -- the run ------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_port(port: int, within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"nothing listens on port {port}") from None
            await asyncio.sleep(0.1)
            continue
        writer.close()
        return


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process `pid` used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICK  # utime, stime


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of `pid` and its children still running (serve's ledger writer process,
    which does the records' hashing, signing and SQLite work)."""
    total = cpu_seconds(pid)
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            children = f.read().split()
    except OSError:
        children = []
    for kid in children:
        with contextlib.suppress(OSError):
            total += tree_cpu_seconds(int(kid))
    return total


def _cpu_split(serve: int, wrap: int | None) -> list[float]:
    """CPU seconds of serve's own process, of its children (the ledger writer: the
    records' hashing, signing and SQLite work) and of the wrap (without its server)."""
    own = cpu_seconds(serve)
    split = [own, tree_cpu_seconds(serve) - own]
    return split if wrap is None else [*split, cpu_seconds(wrap)]


def child(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(HERE), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def bench(calls: int, rounds: int, tree: str | None, only: list[str],
                profile: Path | None = None, callgrind: bool = False,
                think: float = 0.0) -> None:
    if tree is None and profile is None and not callgrind:
        command, env = SECPROXY, None
        print("secproxy: the installed package")
    elif tree is None:
        command, env = [sys.executable, "-m", "secproxy"], None
        print("secproxy: the installed package")
    else:
        # -P: without it `-m` puts the working directory first on sys.path, and run
        # from a checkout the checkout's package would be measured instead of DIR's.
        command = [sys.executable, "-P", "-m", "secproxy"]
        env = dict(os.environ, PYTHONPATH=tree)
        print(f"secproxy: {tree}")
    ports = {name: free_port() for name in ("http", "sse", "ws", "mcp", "relay")}
    workdir = Path(tempfile.mkdtemp(prefix="bench-mcp-"))
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
        # Every call carries the same arguments: without this the guard cache would
        # answer for all but the first, and the figures would not be a scan's.
        "guards": {"cache_entries": 0},
    }))
    servers = [child("--serve", "http", str(ports["http"])),
               child("--serve", "sse", str(ports["sse"])),
               child("--serve", "ws", str(ports["ws"]))]
    started = time.monotonic()
    serve_cmd = _profiled(command, profile, "serve")
    if callgrind:
        serve_cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                     f"--callgrind-out-file={workdir / 'callgrind.out'}",
                     f"--log-file={workdir / 'valgrind.log'}", *serve_cmd]
    proxy = subprocess.Popen(  # noqa: ASYNC220 (started once, before any measuring)
        [*serve_cmd, "serve", "-c", str(config)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for port in ports.values():
            await wait_port(port, 600.0 if callgrind else 60.0)
        print(f"secproxy serve up in {time.monotonic() - started:.1f} s "
              f"(ledger {workdir / 'state'})")
        serve_stdio_cmd = [sys.executable, str(HERE), "--serve", "stdio"]
        wrap_cmd = [*_profiled(command, profile, "wrap"), "mcp", "wrap", "-c", str(config),
                    "--name", "files-stdio", "--", *serve_stdio_cmd]
        pairs: dict[str, tuple[Opener, Opener]] = {  # (direct, through secproxy)
            "stdio": (lambda: stdio_client(serve_stdio_cmd),
                      lambda: stdio_client(wrap_cmd, env)),
            "http": (lambda: http_client(f"http://127.0.0.1:{ports['http']}/mcp"),
                     lambda: http_client(f"http://127.0.0.1:{ports['mcp']}/files-http")),
            "sse": (lambda: http_client(f"http://127.0.0.1:{ports['sse']}/mcp"),
                    lambda: http_client(f"http://127.0.0.1:{ports['mcp']}/files-sse")),
            "ws": (lambda: ws_client(f"ws://127.0.0.1:{ports['ws']}/"),
                   lambda: ws_client(f"ws://127.0.0.1:{ports['relay']}/")),
        }
        if callgrind:
            print(f"{calls} tools/call round trips per transport, one at a time, under "
                  "callgrind\n")
            print(f"{'transport':<10} {'serve: instructions per call':>30}")
        else:
            print(f"{calls} tools/call round trips per side, in {rounds} alternating "
                  "batches" + (f", the client waiting {think * 1000:g} ms after each answer"
                               if think else "") + "\n")
            print(f"{'transport':<10} {'direct p50':>11} {'p99':>8} {'secproxy p50':>13} "
                  f"{'p99':>8} {'added p50':>10} {'p99':>8} {'CPU/call':>10}")
        await _settled(pairs, only, proxy.pid)
        for transport, (direct_cm, proxied_cm) in pairs.items():
            if only and transport not in only:
                continue
            if callgrind:
                async with proxied_cm() as (proxied, _):
                    for message in HANDSHAKE:
                        await proxied(message)
                    await round_trips(proxied, 50, 10)
                    await _callgrind_control(proxy.pid, "-i", "on")
                    await round_trips(proxied, calls, 1000)
                    await _callgrind_control(proxy.pid, "-d")
                    await _callgrind_control(proxy.pid, "-i", "off")
                total = await asyncio.to_thread(_callgrind_total, workdir,
                                                without_crypto=True)
                figure = f"{total / calls / 1000:,.0f}k" if total else "?"
                print(f"{transport:<10} {figure:>30}")
                continue
            async with direct_cm() as (direct, _), proxied_cm() as (proxied, wrap):
                for message in HANDSHAKE:
                    await direct(message)
                    await proxied(message)
                await round_trips(direct, 50, 10)  # warm up both paths
                await round_trips(proxied, 50, 10)
                d: list[float] = []
                p: list[float] = []
                batch = max(1, calls // rounds)
                # Over the whole run (secproxy idles while the direct side runs), and
                # a moment after it: the ledger writes the last records in the background.
                # serve, its ledger writer process, the wrap without its server.
                before = _cpu_split(proxy.pid, wrap)
                for r in range(rounds):
                    d += await round_trips(direct, batch, 1000 + r * batch, think)
                    p += await round_trips(proxied, batch, 1000 + r * batch, think)
                await asyncio.sleep(0.5)
                cpu = [c - b for c, b in zip(_cpu_split(proxy.pid, wrap), before,
                                             strict=True)]
            dq, pq = _quantiles(d), _quantiles(p)
            print(f"{transport:<10} {_ms(dq[0]):>11} {_ms(dq[1]):>8} {_ms(pq[0]):>13} "
                  f"{_ms(pq[1]):>8} {_ms(pq[0] - dq[0]):>10} {_ms(pq[1] - dq[1]):>8} "
                  f"{_ms(sum(cpu) / len(p)):>10} (serve {_ms(cpu[0] / len(p))}, ledger "
                  f"{_ms(cpu[1] / len(p))}"
                  + (f", wrap {_ms(cpu[2] / len(p))})" if len(cpu) > 2 else ")"))
    finally:
        proxy.terminate()
        for s in servers:
            s.terminate()
        try:
            proxy.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proxy.kill()
        for s in servers:
            s.wait(timeout=10)


async def _settled(pairs: dict[str, tuple[Opener, Opener]], only: list[str], pid: int
                   ) -> None:
    """Each transport's path run once, then serve left until it idles: what it builds in
    the background once the guards have seen a few texts (the injection matcher's twin
    databases, loaded from the cache directory or compiled, ~15 s of CPU, the first time
    after a lexicon change) would otherwise be counted with the measured calls, in the
    latency run as under callgrind (where it takes minutes)."""
    for transport, (_, proxied_cm) in pairs.items():
        if only and transport not in only:
            continue
        async with proxied_cm() as (proxied, _):
            for message in HANDSHAKE:
                await proxied(message)
            await round_trips(proxied, 20, 10)
    last = cpu_seconds(pid)
    quiet = 0
    while quiet < 3:
        await asyncio.sleep(1.0)
        now = cpu_seconds(pid)
        quiet = quiet + 1 if now - last < 0.05 else 0
        last = now


async def wrap_cost(calls: int, tree: str | None) -> None:
    """Instructions per round trip in `secproxy mcp wrap`, under callgrind (instrumented
    only while the measured calls run), against a stub control socket."""
    workdir = Path(tempfile.mkdtemp(prefix="bench-mcp-wrap-"))
    path = workdir / "control.sock"
    config = workdir / "secproxy.yaml"
    config.write_text(json.dumps({"state_dir": str(workdir / "state")}))

    async def control(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(json.dumps({"v": 1, "type": "hello", "payload": {
            "commands": ["mcp/relay", "mcp/close"]}}).encode() + b"\n")
        while line := await reader.readline():
            writer.write(json.dumps({"v": 1, "type": "reply", "id": json.loads(line)["id"],
                                     "payload": {"same": True, "forward": None,
                                                 "answer": None}}).encode() + b"\n")

    stub = await asyncio.start_unix_server(control, str(path))
    out = workdir / "callgrind.out"
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
               f"--callgrind-out-file={out}", f"--log-file={workdir / 'valgrind.log'}",
               sys.executable, "-P", "-m", "secproxy",
               "mcp", "wrap", "--socket", str(path), "-c", str(config), "--name", "bench",
               "--", sys.executable, str(HERE), "--serve", "stdio"]
    env = dict(os.environ, PYTHONPATH=tree) if tree else None
    async with stdio_client(command, env, reply_wait=600.0) as (call, pid):  # valgrind
        assert pid is not None
        for message in HANDSHAKE:
            await call(message)
        await round_trips(call, 50, 10)
        await _callgrind_control(pid, "-i", "on")
        await round_trips(call, calls, 1000)
        await _callgrind_control(pid, "-d")
    stub.close()
    total = await asyncio.to_thread(_callgrind_total, workdir)
    figure = f"{total / calls / 1000:.0f}k" if total else "?"
    print(f"secproxy: {tree or 'the installed package'}\n"
          f"mcp wrap: {figure} instructions per tools/call round trip ({calls} calls)")


async def _callgrind_control(pid: int, *options: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        "callgrind_control", *options, str(pid),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if await proc.wait():
        raise RuntimeError(f"callgrind_control {' '.join(options)} failed")


def _callgrind_total(workdir: Path, *, without_crypto: bool = False) -> int | None:
    """The instructions of the last dump callgrind wrote in `workdir` (`without_crypto`:
    less the cryptography library's, the ledger head's signature, one per batch of
    records: under valgrind's slowdown a batch holds a record or two, at full speed
    dozens, and how many moves with the machine's load)."""
    dumps = sorted(workdir.glob("callgrind.out.*"),  # (numbered: .10 after .9)
                   key=lambda d: int(d.suffix[1:]) if d.suffix[1:].isdigit() else 0)
    if not dumps:
        return None
    total = re.search(r"^totals: (\d+)", dumps[-1].read_text(), re.M)
    if total is None:
        return None
    crypto = 0
    if without_crypto:
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=no",
                                    "--threshold=100", str(dumps[-1])],
                                   capture_output=True, text=True).stdout
        crypto = sum(int(line.split()[0].replace(",", "")) for line in annotated.splitlines()
                     if "_rust.abi3.so" in line)
    return int(total.group(1)) - crypto


_PROFILED = """\
import cProfile, runpy, sys, time
profile = cProfile.Profile(time.process_time)
sys.argv = ["secproxy", *sys.argv[2:]]
profile.enable()
try:
    runpy.run_module("secproxy", run_name="__main__", alter_sys=True)
finally:
    profile.disable()
    profile.dump_stats(sys.argv_out)
"""


def _profiled(command: list[str], profile: Path | None, name: str) -> list[str]:
    """`command` (a `python -m secproxy` one) under cProfile counting CPU time (not wall
    time, which on a busy machine charges a socket write with the peer it woke), writing
    DIR/NAME.prof when the process ends (serve and the wrap end cleanly on SIGTERM)."""
    if profile is None:
        return command
    python, *rest = command
    code = _PROFILED.replace("sys.argv_out", repr(str(profile / f"{name}.prof")))
    return [python, *[a for a in rest[:-2] if a != "-m"], "-c", code, "-"]


def _quantiles(times: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(times, n=100)
    return statistics.median(times), cuts[98]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="round trips per side")
    parser.add_argument("--rounds", type=int, default=4, help="alternating batches")
    parser.add_argument("--tree", action="append", default=[],
                        help="run secproxy from DIR/secproxy (repeat to compare trees)")
    parser.add_argument("--only", action="append", default=[],
                        choices=["stdio", "http", "sse", "ws"], help="measure this transport only")
    parser.add_argument("--callgrind", action="store_true",
                        help="instructions serve executes per tools/call of each transport, "
                             "under callgrind (needs valgrind), instead of the latency run")
    parser.add_argument("--wrap-cost", action="store_true",
                        help="count the wrap's instructions per round trip (callgrind) "
                             "against a stub control socket, instead of the latency run")
    parser.add_argument("--think", type=float, default=0.0, metavar="MS",
                        help="the client waits MS milliseconds after each answer before "
                             "its next call (an agent's model thinks): what secproxy does "
                             "once an answer is out (records, the ledger) then no longer "
                             "delays the next call, and the added p50 is what lies on a "
                             "call's own path")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="run serve and the wrap under cProfile, writing DIR/serve.prof "
                             "and DIR/wrap.prof (slower: for where the time goes, not figures)")
    parser.add_argument("--serve", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        kind = args.serve[0]
        if kind == "stdio":
            serve_stdio()
        else:
            port = int(args.serve[1])
            asyncio.run(serve_ws(port) if kind == "ws" else serve_http(port, kind == "sse"))
        return
    os.environ.setdefault("PYTHONHASHSEED", "0")
    trees = [os.path.abspath(t) for t in args.tree] or [None]
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    if args.wrap_cost:
        for tree in trees:
            asyncio.run(wrap_cost(min(args.calls, 300), tree))
        return
    for i, tree in enumerate(trees * 2 if len(trees) > 1 else trees):
        if i:
            print()
        asyncio.run(bench(args.calls, args.rounds, tree, args.only, args.profile,
                          args.callgrind, args.think / 1000))


if __name__ == "__main__":
    main()
