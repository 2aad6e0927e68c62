"""Where a new CONNECT tunnel's time goes inside the egress service: from the client's
connection being accepted to the tunnel relaying, phase by phase, for
bench/tunnel_setup.py's new tunnel (CONNECT, TLS handshake, one small GET).

    python bench/tunnel_phases.py [--count 300] [--shared]

The egress service and its engine (serve's guards, no ledger) run in this process on
uvloop, with timestamps taken at the entry of the steps below (wrappers around them);
the client runs in a separate process. Printed per step, over `--count` tunnels after 20
of warm-up: the wall time to the next step (p50 and mean), then the service's CPU time
per tunnel (its process, all of it: the relaying after the last step too).

- accept -> data: connection accepted until its first bytes (the client's time);
- data -> request: the CONNECT line parsed and the connection's task woken;
- request -> decide: the action built (target, headers, the host's guard slot);
- decide -> decided: the engine's stages (rules, limits, guards, destination: SSRF and
  addresses, no DNS for a literal address);
- decided -> connect, connect -> connected: the upstream connection opened;
- connected -> relaying: the 200 written and both transports handed to the tunnel.

With two or more cores the service runs on core 1, nginx and the client on core 0
(`--shared`: no pinning). Not run in CI.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvloop
from serving import Procs, start_nginx

from secproxy.config import load_config
from secproxy.engine import Engine, pipeline
from secproxy.runtime import GUARD_FACTORIES
from secproxy.surfaces.egress import EgressService, client, connection, pool, tunnel

STEPS = ("accept", "data", "request", "decide", "decided", "connect", "connected",
         "relaying")
CLIENT = """
import ssl, sys
sys.path.insert(0, {bench!r})
from tunnel_setup import one_tunnel
ctx = ssl.create_default_context(cafile={ca!r})
for _ in range(int(sys.argv[1])):
    one_tunnel(ctx, {origin}, {port})
"""


class Timeline:
    """The first time each step was reached on the tunnel being set up."""

    def __init__(self) -> None:
        self.current: dict[str, float] = {}
        self.tunnels: list[dict[str, float]] = []

    def mark(self, step: str) -> None:
        self.current.setdefault(step, time.perf_counter())

    def done(self) -> None:
        if "accept" in self.current:
            self.tunnels.append(self.current)
        self.current = {}


def instrument(timeline: Timeline) -> None:
    """Wrap the steps' functions so that entering them (and leaving two) is marked."""
    def wrap(owner: Any, name: str, step: str, after: str | None = None) -> None:
        inner = getattr(owner, name)
        if asyncio.iscoroutinefunction(inner):
            async def marked_async(*args: Any, **kwargs: Any) -> Any:
                timeline.mark(step)
                result = await inner(*args, **kwargs)
                if after:
                    timeline.mark(after)
                return result
            setattr(owner, name, marked_async)
        else:
            def marked(*args: Any, **kwargs: Any) -> Any:
                timeline.mark(step)
                return inner(*args, **kwargs)
            setattr(owner, name, marked)

    wrap(client.RequestReader, "connection_made", "accept")
    wrap(client.RequestReader, "data_received", "data")
    wrap(connection.ClientConnection, "_request", "request")
    wrap(pipeline.Tracking, "__aenter__", "decide", after="decided")
    wrap(pool.UpstreamPool, "connect", "connect", after="connected")
    wrap(tunnel, "splice", "relaying")
    close: Callable[[client.RequestReader], None] = client.RequestReader.close

    def closed(self: client.RequestReader) -> None:
        timeline.done()
        close(self)
    client.RequestReader.close = closed  # type: ignore[method-assign]


def cpu_seconds() -> float:
    return time.process_time()


async def measure(origin: int, ca: Path, count: int, client_core: int | None) -> None:
    timeline = Timeline()
    instrument(timeline)
    text = (f"listeners: {{egress: {{host: 127.0.0.1, port: 0}}}}\n"
            f"egress: {{ssrf_allow: ['127.0.0.0/8'], allowed_connect_ports: [{origin}], "
            f"max_connections_per_principal: 10000, idle_timeout: 300s}}\n")
    loaded = load_config(text=text, env={})
    engine = Engine(loaded, guard_factory=lambda config: [
        guard for factory in GUARD_FACTORIES for guard in factory(config)])
    service = EgressService(engine, loaded.config, loaded.config.listeners.egress)
    await service.start()
    port = int(service.address.rsplit(":", 1)[1])
    script = CLIENT.format(bench=str(Path(__file__).parent), ca=str(ca), origin=origin,
                           port=port)
    pin = [] if client_core is None else ["taskset", "-c", str(client_core)]

    async def tunnels(n: int) -> None:
        proc = await asyncio.create_subprocess_exec(*pin, sys.executable, "-c", script,
                                                    str(n))
        if await proc.wait():
            raise SystemExit("the client failed")

    try:
        await tunnels(20)
        timeline.tunnels.clear()
        before = cpu_seconds()
        await tunnels(count)
        cpu = (cpu_seconds() - before) / count
    finally:
        await service.stop()
    rows = [t for t in timeline.tunnels if all(step in t for step in STEPS)]
    print(f"inside the egress service (no ledger), {len(rows)} new tunnels; wall time "
          f"from each step to the next, us; load average {os.getloadavg()[0]:.1f}")
    for first, second in zip(STEPS, STEPS[1:], strict=False):
        spans = [(t[second] - t[first]) * 1e6 for t in rows]
        print(f"  {first:>9} -> {second:<10} p50 {statistics.median(spans):8.1f}"
              f"   mean {statistics.mean(spans):8.1f}")
    spans = [(t["relaying"] - t["data"]) * 1e6 for t in rows]
    print(f"  CONNECT bytes in -> relaying: p50 {statistics.median(spans):.1f} us; "
          f"service CPU per tunnel (all of it) {cpu * 1e6:.0f} us")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="tunnels measured")
    parser.add_argument("--shared", action="store_true", help="no pinning")
    args = parser.parse_args()
    cores = sorted(os.sched_getaffinity(0))
    load_core, service_core = ((cores[0], cores[1]) if len(cores) >= 2 and not args.shared
                               else (None, None))
    procs = Procs(Path(tempfile.mkdtemp(prefix="secproxy-bench-")))
    try:
        _, origin = start_nginx(procs, load_core, tls=True,
                                files={"small": b"hello, world\n"})
        assert origin is not None
        if service_core is not None:
            os.sched_setaffinity(0, {service_core})
        uvloop.run(measure(origin, procs.tmp / "origin.crt", args.count, load_core))
    finally:
        procs.stop()


if __name__ == "__main__":
    main()
