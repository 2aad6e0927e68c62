"""Instructions per request through `secproxy serve` (ledger on), counted by callgrind: a
figure the machine's other work does not move, for A/B comparisons of the proxy's
per-request CPU on a busy machine.

    python bench/request_cost.py                  # egress small GET and ws round trip
    python bench/request_cost.py --base DIR       # also another source tree (a directory
                                                  # holding secproxy/), after this one
    python bench/request_cost.py --surface egress --requests 1000
    python bench/request_cost.py --surface tunnel --requests 100
    python bench/request_cost.py --surface big --requests 50

`secproxy serve` runs under `valgrind --tool=callgrind` with instrumentation off; after a
warm-up it is turned on, N requests are sent on one connection, the counts are dumped,
then 2N more and dumped again: each dump divided by its requests is the cost of one
request in the proxy process (all its threads; the ledger writer process is not
counted). Each figure is printed twice: everything, and without the cryptography
library's instructions, which are the ledger head's Ed25519 signature: one per batch,
and under valgrind's slowdown a batch holds one or two records where at full speed it
holds dozens (`audit` batches wait 10 ms for more).

- egress: a 13-byte GET from a local nginx through the egress listener (absolute-form,
  keep-alive): one decision and one record per request;
- big: the same with a 1 MiB body (random bytes): the relay's cost per response. Under
  valgrind's slowdown more of each body is read before the relay starts than at full
  speed. Not part of `both`;
- ws: a small JSON-RPC frame through the ws relay to a websockets echo gateway and back:
  two decisions and two records per round trip;
- tunnel: a new connection to the egress listener, a CONNECT to nginx's TLS port, a TLS
  handshake through the tunnel and one small GET (bench/tunnel_setup.py's new tunnel):
  one decision and one record per tunnel. Not part of `both`.

Needs valgrind and nginx. Takes about a minute per tree and surface. Not run in CI.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import yaml
from serving import (
    SECPROXY,
    SERVE_CONFIG,
    Procs,
    callgrind_trees,
    free_port,
    ready,
    start_nginx,
)
from websockets.sync.client import ClientConnection, connect

SMALL = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                    "params": {"name": "calc.add", "arguments": {"a": 1, "b": 2}}})
"""bench/ws.py's small frame."""

ECHO = """
import asyncio, sys
from websockets.asyncio.server import serve
async def echo(ws):
    try:
        async for m in ws:
            await ws.send(m)
    except Exception:
        pass
async def main():
    async with serve(echo, "127.0.0.1", 0, compression=None, ping_interval=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
asyncio.run(main())
"""


@contextmanager
def under_callgrind(procs: Procs, config: str, tree: str | None, api: int
                    ) -> Iterator[Callable[[str], None]]:
    """`secproxy serve -c config` under callgrind, instrumentation off; yields `control`
    (callgrind_control's option, e.g. `-i on`, `-d a`) once /ready answers."""
    path = procs.tmp / f"serve-{time.monotonic_ns()}.yaml"
    path.write_text(config)
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = tree
    log = procs.tmp / "valgrind.log"
    with log.open("ab") as sink:
        proc = procs.add(subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no",
             f"--callgrind-out-file={procs.tmp / 'cg.out'}", *SECPROXY, "serve", "-c",
             str(path)], cwd="/", env=env, stdout=subprocess.DEVNULL, stderr=sink))
    deadline = time.monotonic() + 600
    while not ready(api):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit(f"serve did not start under valgrind:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)

    def control(*args: str) -> None:
        subprocess.run(["callgrind_control", *args, str(proc.pid)], check=True,
                       capture_output=True)
    try:
        yield control
    finally:
        proc.terminate()
        proc.wait(60)


def counts(procs: Procs) -> list[tuple[int, int]]:
    """(all instructions, the cryptography library's) of each dump, in order."""
    out = []
    for name in sorted(glob.glob(str(procs.tmp / "cg.out.*")),
                       key=lambda n: int(n.rsplit(".", 1)[1])):
        total = re.search(r"^totals: (\d+)", Path(name).read_text(), re.M)
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=no", "--threshold=100",
                                    name], capture_output=True, text=True).stdout
        crypto = sum(int(line.split()[0].replace(",", "")) for line in annotated.splitlines()
                     if "_rust.abi3.so" in line)
        out.append((int(total.group(1)) if total else 0, crypto))
        os.unlink(name)
    return out


def measure(procs: Procs, config: str, tree: str | None, api: int,
            send: Callable[[int], None], n: int) -> list[tuple[float, float]]:
    """Per request, for a run of `n` then one of `2n`: (all, without cryptography)."""
    with under_callgrind(procs, config, tree, api) as control:
        send(100)
        control("-i", "on")
        send(n)
        control("-d", "a")
        send(2 * n)
        control("-d", "b")
    return [(total / k, (total - crypto) / k)
            for (total, crypto), k in zip(counts(procs), (n, 2 * n), strict=True)]


def egress(procs: Procs, tree: str | None, n: int, body: bytes = b"hello, world\n"
           ) -> list[tuple[float, float]]:
    port, _ = start_nginx(procs, None, files={"small": body})
    state = procs.tmp / f"state-{time.monotonic_ns()}"
    state.mkdir()
    listen, api = free_port(), free_port()
    config = SERVE_CONFIG.format(state=state, egress=listen, api=api, connect_ports=port)
    request = f"GET http://127.0.0.1:{port}/small HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    conn: list[socket.socket] = []

    def send(k: int) -> None:
        if not conn:
            conn.append(socket.create_connection(("127.0.0.1", listen)))
        sock = conn[0]
        for _ in range(k):
            sock.sendall(request)
            data = b""
            while b"\r\n\r\n" not in data:
                piece = sock.recv(65536)
                if not piece:
                    raise SystemExit("serve closed the connection")
                data += piece
            got = len(data) - data.index(b"\r\n\r\n") - 4
            while got < len(body):
                piece = sock.recv(1 << 20)
                if not piece:
                    raise SystemExit("serve closed the connection")
                got += len(piece)

    try:
        return measure(procs, config, tree, api, send, n)
    finally:
        for sock in conn:
            sock.close()


def tunnel(procs: Procs, tree: str | None, n: int) -> list[tuple[float, float]]:
    plain, tls = start_nginx(procs, None, tls=True, files={"small": b"hello, world\n"})
    assert tls is not None
    state = procs.tmp / f"state-{time.monotonic_ns()}"
    state.mkdir()
    listen, api = free_port(), free_port()
    config = SERVE_CONFIG.format(state=state, egress=listen, api=api,
                                 connect_ports=f"{plain}, {tls}")
    ctx = ssl.create_default_context(cafile=str(procs.tmp / "origin.crt"))
    connect = f"CONNECT 127.0.0.1:{tls} HTTP/1.1\r\nHost: 127.0.0.1:{tls}\r\n\r\n".encode()
    get = b"GET /small HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"

    def send(k: int) -> None:
        for _ in range(k):
            sock = socket.create_connection(("127.0.0.1", listen))
            sock.sendall(connect)
            head = b""
            while b"\r\n\r\n" not in head:
                piece = sock.recv(4096)
                if not piece:
                    raise SystemExit(f"serve closed the tunnel: {head!r}")
                head += piece
            if not head.startswith(b"HTTP/1.1 200"):
                raise SystemExit(f"serve refused the tunnel: {head[:200]!r}")
            with ctx.wrap_socket(sock, server_hostname="127.0.0.1") as wrapped:
                wrapped.sendall(get)
                data = b""
                while piece := wrapped.recv(65536):
                    data += piece
            if not data.endswith(b"hello, world\n"):
                raise SystemExit(f"unexpected answer through the tunnel: {data[:200]!r}")

    return measure(procs, config, tree, api, send, n)


def ws(procs: Procs, tree: str | None, n: int) -> list[tuple[float, float]]:
    echo = procs.add(subprocess.Popen([sys.executable, "-c", ECHO], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE))
    assert echo.stdout is not None
    gateway = int(echo.stdout.readline())
    listen, api = free_port(), free_port()
    config = yaml.safe_dump({
        "state_dir": str(procs.tmp / f"state-{time.monotonic_ns()}"),
        "listeners": {"ws": {"host": "127.0.0.1", "port": listen},
                      "api": {"host": "127.0.0.1", "port": api},
                      "egress": {"enabled": False, "port": 0},
                      "llm": {"enabled": False, "port": 0}},
        "ws": {"upstream": f"ws://127.0.0.1:{gateway}", "ping_interval": None},
        "logging": {"level": "warning"},
    })
    with ExitStack() as stack:
        clients: list[ClientConnection] = []

        def send(k: int) -> None:
            if not clients:
                clients.append(stack.enter_context(
                    connect(f"ws://127.0.0.1:{listen}/", compression=None)))
            client = clients[0]
            for _ in range(k):
                client.send(SMALL)
                client.recv()

        return measure(procs, config, tree, api, send, n)


def main() -> None:
    parser = argparse.ArgumentParser(description="Instructions per request through "
                                     "secproxy serve (callgrind), egress and ws.")
    parser.add_argument("--surface", choices=("egress", "ws", "tunnel", "big", "both"),
                        default="both", help="both: egress and ws")
    parser.add_argument("--requests", type=int, default=500,
                        help="requests in the first counted run (the second sends twice "
                        "as many)")
    parser.add_argument("--base", metavar="DIR", help="also measure this source tree")
    args = parser.parse_args()
    trees = callgrind_trees(args.base)
    surfaces = ("egress", "ws") if args.surface == "both" else (args.surface,)
    big = os.urandom(1 << 20)
    measures: dict[str, Callable[[Procs, str | None, int], list[tuple[float, float]]]] = {
        "egress": egress, "ws": ws, "tunnel": tunnel,
        "big": lambda procs, tree, n: egress(procs, tree, n, big)}
    print("instructions per request in the proxy process (callgrind; runs of "
          f"{args.requests} and {2 * args.requests}; in brackets: without the ledger "
          "head's signature)")
    for surface in surfaces:
        for label, tree in trees:
            procs = Procs(Path(tempfile.mkdtemp(prefix="secproxy-cost-")))
            try:
                runs = measures[surface](procs, tree, args.requests)
            finally:
                procs.stop()
            shown = ", ".join(f"{a:,.0f} ({b:,.0f})" for a, b in runs)
            print(f"  {surface:<7} {label:<10} {shown}", flush=True)


if __name__ == "__main__":
    main()
