"""Engine and ledger throughput, each beside a baseline measured in the same run.

    python bench/engine.py [--decisions 200000] [--records 100000]

Figures printed:
  * decisions/s of Engine.decide() for a 100-rule config with rate limits, on one core
    (baseline: the same loop against an engine with no rules);
  * p50/p99 decide latency without guards;
  * ledger records/s sustained into SQLite through the bus, hash chain included
    (baseline: plain executemany of the same rows into a bare table, no hashing).
Targets (issue 2): >= 50,000 decisions/s, >= 20,000 records/s, p99 <= 50 us.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from secproxy.audit.ledger import Ledger
from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.events import RecordEvent
from secproxy.model import Action, Outcome, Principal, Surface, Target


def hundred_rules() -> str:
    rules = []
    for i in range(60):
        rules.append({"name": f"api-{i}", "match": f"api-{i}.example.com", "action": "allow",
                      "policies": [{"type": "rate_limit", "max_requests_per_minute": 1_000_000,
                                    "per": "principal"}]})
    for i in range(20):
        rules.append({"name": f"deny-{i}", "match": f"*.internal-{i}.corp/**", "action": "deny"})
    for i in range(15):
        rules.append({"name": f"path-{i}", "match": f"files.example.com/bucket-{i}/**",
                      "methods": ["GET", "HEAD"], "action": "allow",
                      "policies": [{"type": "rate_limit", "max_requests": 10_000_000,
                                    "window": "1h", "per": "domain"}]})
    for i in range(4):
        rules.append({"name": f"tool-{i}", "tools": [f"tool{i}.*"], "action": "deny"})
    rules.append({"name": "rest", "match": "*", "action": "log"})
    assert len(rules) == 100
    return yaml.safe_dump({"tracking": {"enabled": True}, "rules": rules})


def actions(n: int) -> list[Action]:
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            target = Target(host=f"api-{i % 60}.example.com", path="/v1/chat", method="POST")
        elif kind == 1:
            target = Target(host="files.example.com", path=f"/bucket-{i % 15}/obj", method="GET")
        elif kind == 2:
            target = Target(host=f"db.internal-{i % 20}.corp", path="/q", method="GET")
        else:
            target = Target(host=f"site{i % 500}.org", path="/", method="GET")
        out.append(Action(Surface.EGRESS, principal=Principal(ip=f"10.0.{i % 4}.{i % 250}"),
                          target=target))
    return out


async def decide_rate(engine: Engine, batch: list[Action], n: int) -> float:
    decide = engine.decide
    m = len(batch)
    t0 = time.perf_counter()
    for i in range(n):
        await decide(batch[i % m], audit=False)
    return n / (time.perf_counter() - t0)


async def decide_latency(engine: Engine, batch: list[Action], n: int) -> tuple[float, float]:
    samples = []
    clock = time.perf_counter_ns
    m = len(batch)
    for i in range(n):
        t0 = clock()
        await engine.decide(batch[i % m], audit=False)
        samples.append(clock() - t0)
    samples.sort()
    return samples[len(samples) // 2] / 1000, samples[int(len(samples) * 0.99)] / 1000


async def ledger_rate(path: Path, n: int) -> tuple[float, int]:
    engine = Engine()
    ledger = Ledger(path, engine.bus, queue_size=10_000, batch_size=500)
    await ledger.open()
    writer = asyncio.ensure_future(ledger.run())
    batch = actions(1000)
    verdict = await engine.decide(batch[0], audit=False)
    t0 = time.perf_counter()
    for i in range(n):
        await engine.bus.publish(RecordEvent(batch[i % 1000], verdict,
                                             Outcome(status=200, bytes_out=512, duration=0.001)))
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    elapsed = time.perf_counter() - t0
    return n / elapsed, ledger.written


def sqlite_baseline(path: Path, n: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE t (ts REAL, host TEXT, url TEXT, decision TEXT, status INT, "
                 "bytes_out INT, findings TEXT)")
    rows = [(time.time(), "api.example.com", "api.example.com/v1/chat", "allow", 200, 512, "[]")
            for _ in range(500)]
    t0 = time.perf_counter()
    for _ in range(n // 500):
        conn.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?)", rows)
        conn.commit()
    rate = n / (time.perf_counter() - t0)
    conn.close()
    return rate


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decisions", type=int, default=200_000)
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    try:
        os.sched_setaffinity(0, {0})
        pinned = "pinned to core 0"
    except (AttributeError, OSError):
        pinned = "not pinned"

    batch = actions(4000)
    full = Engine(load_config(text=hundred_rules(), env={}))
    empty = Engine(load_config(text="tracking: {enabled: true}", env={}))
    assert len(full.config.rules) == 100
    await decide_rate(full, batch, 20_000)  # warm the per-host caches
    await decide_rate(empty, batch, 20_000)
    base_rate = statistics.median([await decide_rate(empty, batch, args.decisions // 3)
                                   for _ in range(3)])
    rate = statistics.median([await decide_rate(full, batch, args.decisions // 3)
                              for _ in range(3)])
    base_p50, base_p99 = await decide_latency(empty, batch, 50_000)
    p50, p99 = await decide_latency(full, batch, 50_000)

    with tempfile.TemporaryDirectory() as tmp:
        sqlite_rate = sqlite_baseline(Path(tmp) / "baseline.db", args.records)
        ledger_rps, written = await ledger_rate(Path(tmp) / "ledger.db", args.records)
    assert written == args.records, f"ledger wrote {written} of {args.records}"

    print(f"secproxy engine bench ({pinned}, Python {os.sys.version.split()[0]})")
    print(f"{'':34}{'secproxy':>14}{'baseline':>14}{'ratio':>8}   target")
    print(f"{'decisions/s (100 rules, limits)':34}{rate:>14,.0f}{base_rate:>14,.0f}"
          f"{rate / base_rate:>8.2f}   >= 50,000   (baseline: 0 rules)")
    print(f"{'decide p50 latency (us)':34}{p50:>14.1f}{base_p50:>14.1f}"
          f"{p50 / base_p50:>8.2f}")
    print(f"{'decide p99 latency (us)':34}{p99:>14.1f}{base_p99:>14.1f}"
          f"{p99 / base_p99:>8.2f}   <= 50")
    print(f"{'ledger records/s (hash chain)':34}{ledger_rps:>14,.0f}{sqlite_rate:>14,.0f}"
          f"{ledger_rps / sqlite_rate:>8.2f}   >= 20,000   (baseline: bare executemany)")


if __name__ == "__main__":
    asyncio.run(main())
