"""`bench/engine.py --state redis`: decisions/s with limits decided on a shared Redis
server (`state.backend: redis`) beside the same engine on in-memory state, in one run.

The config is `engine.limits_config()` (a top-level per-ip limit with a burst, a rule's
per-principal limit, tracking with escalation) over 10,000 client addresses, so every
decision runs the limits script once (one round trip). Measured twice: one decision at a
time (each waits for its round trip: latency-bound), and 64 at once (the pool keeps
several connections busy; decisions that arrive while one is on its way share the next
pipeline). CPU seconds per decision (this process's `process_time`,
not the server's) are printed too, since on a loaded machine wall time moves with the
load. A throw-away `redis-server` is started on a free loopback port (no persistence)
unless `--redis-url` names one.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.model import Action
from secproxy.state.redis_backend import RedisState


@contextmanager
def throwaway_redis() -> Iterator[str]:
    """A `redis-server` on a free loopback port, stopped afterwards: its URL."""
    server = shutil.which("redis-server")
    if server is None:
        raise SystemExit("redis-server is not installed (apt-get install redis-server), "
                         "or pass --redis-url")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1",
                                 "--save", "", "--appendonly", "no", "--dir", tmp],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 15
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5) as c:
                        c.sendall(b"PING\r\n")
                        if c.recv(16).startswith(b"+PONG"):
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("redis-server did not answer in time")
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.kill()
            proc.wait()


async def _rate(engine: Engine, batch: list[Action], n: int, concurrency: int
                ) -> tuple[float, float]:
    """(decisions/s, CPU seconds per decision) for `n` decisions, `concurrency` at once."""
    m = len(batch)
    counter = iter(range(n))

    async def worker() -> None:
        for i in counter:
            await engine.decide(batch[i % m], audit=False)

    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return n / wall, cpu / n


async def redis_rates(decisions: int, config: str, batch: list[Action],
                      url: str | None) -> dict[str, Any]:
    """Memory and Redis figures, sequential and 64 at once, in one run."""
    with throwaway_redis() if url is None else _given(url) as where:
        text = config + f"\nstate: {{backend: redis, url: '{where}'}}\n"
        loaded = load_config(text=text, env={})
        shared = RedisState(loaded.config.state)
        redis_engine = Engine(loaded, shared=shared)
        await shared.start(redis_engine, dict)
        memory_engine = Engine(load_config(text=config, env={}))
        out: dict[str, Any] = {}
        try:
            for name, engine in (("memory", memory_engine), ("redis", redis_engine)):
                await _rate(engine, batch, len(batch), 16)  # every key seen once
                for concurrency in (1, 64):
                    out[f"{name}/{concurrency}"] = await _rate(engine, batch, decisions,
                                                               concurrency)
            out["refused_unavailable"] = 0 if shared.up else 1
        finally:
            await shared.stop()
        return out


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


def print_rates(res: dict[str, Any], decisions: int) -> None:
    from redis.utils import HIREDIS_AVAILABLE

    print(f"shared state bench: {decisions:,} decisions per figure, limits and tracking on, "
          "10,000 keys (the machine's load moves wall-clock figures: see CPU/decision); "
          f"replies parsed by {'hiredis' if HIREDIS_AVAILABLE else 'redis-py (pure Python)'}")
    print(f"{'':30}{'memory':>12}{'redis':>12}{'ratio':>8}")
    for concurrency in (1, 64):
        m_rate, m_cpu = res[f"memory/{concurrency}"]
        r_rate, r_cpu = res[f"redis/{concurrency}"]
        print(f"{f'decisions/s, {concurrency} at once':30}{m_rate:>12,.0f}{r_rate:>12,.0f}"
              f"{r_rate / m_rate:>8.2f}")
        print(f"{f'CPU us/decision, {concurrency} at once':30}{m_cpu * 1e6:>12.1f}"
              f"{r_cpu * 1e6:>12.1f}{r_cpu / m_cpu:>8.2f}")
