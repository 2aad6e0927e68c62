"""What the ledger adds to a request's latency under light load: TCP round trips to an
event loop that answers each one byte and records one ledger record per request, as a
surface does, with the writer's batch linger at 0 (one transaction and one signed head
per record, as before the linger) and at its default, rounds alternated.

    python bench/ledger_latency.py [--requests 600] [--rounds 3] [--gap-ms 2]

The client is a blocking python in its own process (one request outstanding, `--gap-ms`
between requests: a light load where each record would be a batch of its own). Printed
per setting: p50, p90 and p99 round trip (ms), medians over rounds, and how many batches
the writer committed. A record's commit runs in the writer thread; what it costs the
requests is the event loop's share of it (handing the batch over, the GIL).

Not run in CI.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

from ledger_cost import events

CLIENT = r"""
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
lat = []
for i in range(int(sys.argv[2])):
    t = time.perf_counter()
    s.sendall(b"x")
    s.recv(1)
    lat.append(time.perf_counter() - t)
    time.sleep(float(sys.argv[3]))
lat.sort()
print(" ".join(str(lat[int(len(lat) * q)] * 1e3) for q in (0.5, 0.9, 0.99)))
"""


async def one_run(linger: float, requests: int, gap: float) -> tuple[list[float], int]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from secproxy.audit.ledger import Ledger
    from secproxy.audit.signing import HeadSigner
    from secproxy.engine import Engine

    engine = Engine()
    with tempfile.TemporaryDirectory(prefix="secproxy-bench-") as tmp:
        ledger = Ledger(Path(tmp) / "ledger.db", engine.bus, linger=linger,
                        signer=HeadSigner(Ed25519PrivateKey.generate()))
        await ledger.open()
        writer = asyncio.ensure_future(ledger.run())
        records = iter(events(requests + 10))
        batches = 0
        commit = ledger._commit

        def counted(*args: object) -> None:
            nonlocal batches
            batches += 1
            commit(*args)  # type: ignore[arg-type]

        ledger._commit = counted  # type: ignore[method-assign]

        class Answer(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                self.transport: asyncio.Transport = transport  # type: ignore[assignment]

            def data_received(self, data: bytes) -> None:
                self.transport.write(b"y")
                engine.bus.emit(next(records))

        server = await asyncio.get_running_loop().create_server(Answer, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CLIENT, str(port), str(requests), str(gap),
            stdout=asyncio.subprocess.PIPE)
        out, _ = await client.communicate()
        server.close()
        writer.cancel()
        await asyncio.gather(writer, return_exceptions=True)
        await ledger.close()
    return [float(x) for x in out.split()], batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=600, help="requests per run")
    parser.add_argument("--rounds", type=int, default=3, help="runs per setting (medians)")
    parser.add_argument("--gap-ms", type=float, default=2.0, help="pause between requests")
    args = parser.parse_args()
    try:
        import uvloop
        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    from secproxy.audit.ledger import BATCH_LINGER

    settings = (0.0, BATCH_LINGER)
    results: dict[float, list[tuple[list[float], int]]] = {s: [] for s in settings}
    for _ in range(args.rounds):
        for linger in settings:
            results[linger].append(runner(one_run(linger, args.requests, args.gap_ms / 1e3)))
    print(f"request round trips with one ledger record each, {args.requests} per run, "
          f"{args.gap_ms:g} ms apart, median of {args.rounds} runs")
    for linger, runs in results.items():
        p50, p90, p99 = (statistics.median(r[0][i] for r in runs) for i in range(3))
        batches = statistics.median(r[1] for r in runs)
        print(f"  linger {linger * 1e3:4.0f} ms   p50 {p50:6.3f}   p90 {p90:6.3f}   "
              f"p99 {p99:6.3f} ms   batches {batches:.0f}")


if __name__ == "__main__":
    main()
