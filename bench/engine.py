"""Engine and ledger throughput, each beside a baseline measured in the same run.

    python bench/engine.py [--decisions 200000] [--records 100000]
    python bench/engine.py --base REF [--rounds 3] [--core 0]

Figures printed:
  * decisions/s of Engine.decide() for a 100-rule config with rate limits, on one core
    (baseline: the same loop against an engine with no rules);
  * p50/p99 decide latency without guards;
  * ledger records/s sustained into SQLite through the bus, hash chain included
    (baseline: plain executemany of the same rows into a bare table, no hashing);
  * decisions/s for 10,000 distinct keys (client addresses) with rate limits and tracking
    on — a top-level limit per ip with a burst, a rule's limit per principal, strikes with
    escalation from the deny rules — beside the same traffic on an engine with no rules
    and no limits (issue 16);
  * memory per tracked key (tracemalloc: what 10,000 new keys add to a warmed engine),
    with limits and tracking on and on the plain engine (which still tracks principals).
Targets (issue 2): >= 50,000 decisions/s, >= 20,000 records/s, p99 <= 50 us.

With --base REF the same figures are measured for this working tree and for the git ref
REF (checked out with `git worktree add` into a temporary directory, removed afterwards),
in one run: ROUNDS rounds, each side in a fresh python (PYTHONPATH pointing at its tree)
pinned to the same core, the two sides alternated (tree, base, then base, tree, ...), the
median of each side's rounds printed beside the other with the ratio tree/base, and every
round's decisions/s and the load average at start and end, since other work on the machine
moves the figures. Target (issue 10): decisions/s within 10% of the base (ratio >= 0.90).
The measuring code is this file's, run against either tree: it uses only
Engine(load_config(...)), Engine.decide(action, audit=False), engine.bus.publish and
Ledger(path, bus, queue_size=, batch_size=) with open()/run()/close().
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml

from secproxy.audit.ledger import Ledger
from secproxy.config import load_config
from secproxy.engine import Engine
from secproxy.errors import ConfigError
from secproxy.events import RecordEvent
from secproxy.model import Action, Outcome, Principal, Surface, Target


def hundred_rules(max_strikes: int | None = None) -> str:
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
    tracking: dict[str, object] = {"enabled": True}
    if max_strikes is not None:
        tracking["max_strikes"] = max_strikes
    return yaml.safe_dump({"tracking": tracking, "rules": rules})


KEYS = 10_000
"""Distinct client addresses of the limits-and-tracking figures."""


def limits_config() -> str:
    """Rate limits and tracking on every decision: a top-level limit per ip with a burst,
    a rule's per principal, and strikes (from the deny rule) blocking with escalation."""
    return yaml.safe_dump({
        "limits": [{"name": "per-ip", "requests_per_minute": 1_000_000,
                    "requests_per_hour": 10_000_000, "burst": 100_000, "limit_by": "ip"}],
        "tracking": {"max_strikes": 1_000, "escalation": ["10m", "1h", "24h"]},
        "rules": [
            {"name": "deny", "match": "*.internal.corp/**", "action": "deny"},
            {"name": "api", "match": "*.example.com", "action": "allow",
             "policies": [{"type": "rate_limit", "requests_per_minute": 1_000_000}]},
        ]})


def keyed_actions(n: int, offset: int = 0) -> list[Action]:
    """`n` actions from `n` distinct addresses; one in eight refused (a strike)."""
    out = []
    for i in range(n):
        j = i + offset
        host = f"db{j % 7}.internal.corp" if j % 8 == 0 else f"api{j % 50}.example.com"
        out.append(Action(Surface.EGRESS, principal=Principal(ip=f"10.{j >> 16 & 255}."
                                                              f"{j >> 8 & 255}.{j & 255}"),
                          target=Target(host=host, path="/v1", method="GET")))
    return out


async def per_key_memory(text: str) -> float:
    """Bytes 10,000 new keys add to a warmed engine (limits, tracker, caches)."""
    engine = Engine(load_config(text=text, env={}))
    for action in keyed_actions(2_000, offset=1 << 20):  # code paths and caches warm
        await engine.decide(action, audit=False)
    batch = keyed_actions(KEYS)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for action in batch:
        await engine.decide(action, audit=False)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / KEYS


async def keyed(decisions: int) -> dict[str, float]:
    """decisions/s over 10,000 keys with limits and tracking, and plain; bytes per key."""
    batch = keyed_actions(KEYS)
    full = Engine(load_config(text=limits_config(), env={}))
    plain = Engine(load_config(text="tracking: {enabled: true}", env={}))
    await decide_rate(full, batch, KEYS)  # every key seen once: the tables are full
    await decide_rate(plain, batch, KEYS)
    rate = statistics.median([await decide_rate(full, batch, decisions // 3)
                              for _ in range(3)])
    base = statistics.median([await decide_rate(plain, batch, decisions // 3)
                              for _ in range(3)])
    tracked = len(full.tracker.all())
    return {"keys_rate": rate, "keys_base_rate": base, "keys_tracked": float(tracked),
            "key_bytes": await per_key_memory(limits_config()),
            "key_base_bytes": await per_key_memory("tracking: {enabled: true}")}


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


def pin(core: int) -> str:
    try:
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    except (AttributeError, OSError):
        return "not pinned"


async def measure(decisions: int, records: int,
                  max_strikes: int | None = None) -> dict[str, float | str]:
    """Every figure for the secproxy importable here (this tree, or another on PYTHONPATH)."""
    import secproxy

    batch = actions(4000)
    full = Engine(load_config(text=hundred_rules(max_strikes), env={}))
    empty = Engine(load_config(text="tracking: {enabled: true}", env={}))
    assert len(full.config.rules) == 100
    await decide_rate(full, batch, 20_000)  # warm the per-host caches
    await decide_rate(empty, batch, 20_000)
    # what the 100-rule engine decides for the mix (after the warm-up: principals the
    # deny rules strike may be blocked by then), so an A/B shows whether both sides
    # were doing the same work
    mix: dict[str, int] = {}
    for action in batch:
        verdict = await full.decide(action, audit=False)
        kind = str(verdict.decision)
        if " is blocked" in (verdict.reason or ""):
            kind += " (principal blocked)"
        mix[kind] = mix.get(kind, 0) + 1
    base_rate = statistics.median([await decide_rate(empty, batch, decisions // 3)
                                   for _ in range(3)])
    rate = statistics.median([await decide_rate(full, batch, decisions // 3)
                              for _ in range(3)])
    base_p50, base_p99 = await decide_latency(empty, batch, 50_000)
    p50, p99 = await decide_latency(full, batch, 50_000)

    with tempfile.TemporaryDirectory() as tmp:
        sqlite_rate = sqlite_baseline(Path(tmp) / "baseline.db", records)
        ledger_rps, written = await ledger_rate(Path(tmp) / "ledger.db", records)
    assert written == records, f"ledger wrote {written} of {records}"
    try:
        keys: dict[str, float] = await keyed(decisions)
    except ConfigError:  # a tree from before the top-level `limits` (an A/B's base)
        keys = {}
    return {**keys, "rate": rate, "base_rate": base_rate, "p50": p50, "p99": p99,
            "base_p50": base_p50, "base_p99": base_p99, "ledger": ledger_rps,
            "sqlite": sqlite_rate, "module": secproxy.__file__,
            "mix": ", ".join(f"{n} {kind}" for kind, n in sorted(mix.items()))}


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def run_side(tree: Path, args: argparse.Namespace) -> dict[str, float | str]:
    """One round for one side: a fresh python with `tree` first on PYTHONPATH."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    # cwd "/" so that no secproxy/ in the working directory shadows the tree under test,
    # and -P so that no script beside this one does either (bench/secrets.py would stand
    # in for the stdlib's `secrets`, and import guards the base tree does not have)
    out = subprocess.run(
        [sys.executable, "-P", str(Path(__file__).resolve()), "--worker", "--core",
         str(args.core),
         "--decisions", str(args.decisions), "--records", str(args.records),
         *(["--max-strikes", str(args.max_strikes)] if args.max_strikes is not None else [])],
        env=env, cwd="/", capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"bench worker for {tree} failed:\n{out.stderr}")
    res: dict[str, float | str] = json.loads(out.stdout.strip().splitlines()[-1])
    expected = (tree / "secproxy").resolve()
    if Path(str(res["module"])).resolve().parent != expected:
        raise SystemExit(f"worker imported secproxy from {res['module']}, not {expected}")
    return res


def compare(args: argparse.Namespace) -> None:
    root = Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], check=True,
                               capture_output=True, text=True,
                               cwd=Path(__file__).resolve().parent).stdout.strip())
    sha = subprocess.run(["git", "rev-parse", "--verify", f"{args.base}^{{commit}}"],
                         check=True, capture_output=True, text=True, cwd=root).stdout.strip()
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], check=True,
                          capture_output=True, text=True, cwd=root).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "secproxy"], check=True,
                           capture_output=True, text=True, cwd=root).stdout.strip()
    start_load = loadavg()
    tmp = Path(tempfile.mkdtemp(prefix="secproxy-bench-base-"))
    worktree = tmp / "base"
    rounds: dict[str, list[dict[str, float | str]]] = {"tree": [], "base": []}
    try:
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(worktree), sha],
                       check=True, cwd=root)
        trees = {"tree": root, "base": worktree}
        for i in range(args.rounds):
            order = ("tree", "base") if i % 2 == 0 else ("base", "tree")
            for side in order:
                rounds[side].append(run_side(trees[side], args))
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=root,
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run(["git", "worktree", "prune"], cwd=root, capture_output=True)
    end_load = loadavg()

    def med(side: str, key: str) -> float:
        return statistics.median(float(r[key]) for r in rounds[side])

    print(f"secproxy engine bench A/B: tree = working tree (HEAD {head}"
          f"{', secproxy/ modified' if dirty else ''}), base = {args.base} ({sha[:10]})")
    print(f"{args.rounds} rounds alternated, each side a fresh python pinned to core "
          f"{args.core}; medians of the rounds (Python {sys.version.split()[0]})")
    print(f"load average at start: {start_load}")
    print(f"{'':34}{'tree':>12}{'base':>12}{'ratio':>8}   target")
    rows = [
        ("decisions/s (100 rules, limits)", "rate", ",.0f", ">= 0.90 of base (issue 10)"),
        ("decisions/s (0 rules)", "base_rate", ",.0f", ""),
        ("decide p50 latency (us)", "p50", ".1f", ""),
        ("decide p99 latency (us)", "p99", ".1f", "<= 50 us"),
        ("decide p50, 0 rules (us)", "base_p50", ".1f", ""),
        ("ledger records/s (hash chain)", "ledger", ",.0f", ">= 20,000"),
        ("bare executemany rows/s", "sqlite", ",.0f", ""),
    ]
    for label, key, fmt, target in rows:
        tree, base = med("tree", key), med("base", key)
        print(f"{label:34}{tree:>12{fmt}}{base:>12{fmt}}{tree / base:>8.2f}   {target}".rstrip())
    for side in ("tree", "base"):
        print(f"{side} rounds, decisions/s (100 rules): "
              + "  ".join(f"{float(r['rate']):,.0f}" for r in rounds[side]))
    for side in ("tree", "base"):
        print(f"{side} decisions for the {len(actions(4000))} actions after warm-up: "
              + " | ".join(sorted({str(r["mix"]) for r in rounds[side]})))
    print(f"load average at end: {end_load}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decisions", type=int, default=200_000)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--base", metavar="REF",
                        help="also measure git ref REF, alternated with this tree")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side with --base")
    parser.add_argument("--core", type=int, default=0, help="the core to run on")
    parser.add_argument("--max-strikes", type=int, default=None,
                        help="set tracking.max_strikes in the 100-rule config (default: "
                             "the tree's default; 6c5eac5 blocks at 5, later trees never)")
    parser.add_argument("--state", choices=("memory", "redis"), default="memory",
                        help="redis: decisions/s with limits on a shared Redis server beside "
                             "in-memory state, in one run (bench/redis_state.py)")
    parser.add_argument("--redis-url", help="with --state redis: this server, not a "
                                            "throw-away redis-server")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.state == "redis":
        from redis_state import print_rates, redis_rates  # bench/ is first on sys.path

        n = min(args.decisions, 20_000)  # a round trip each: ~1-2k/s on one core
        print_rates(await redis_rates(n, limits_config(), keyed_actions(KEYS),
                                      args.redis_url), n)
        return
    if args.base:
        compare(args)
        return
    pinned = pin(args.core)
    res = await measure(args.decisions, args.records, args.max_strikes)
    if args.worker:
        print(json.dumps(res))
        return
    rate, base_rate = float(res["rate"]), float(res["base_rate"])
    p50, p99 = float(res["p50"]), float(res["p99"])
    base_p50, base_p99 = float(res["base_p50"]), float(res["base_p99"])
    ledger_rps, sqlite_rate = float(res["ledger"]), float(res["sqlite"])

    print(f"secproxy engine bench ({pinned}, Python {sys.version.split()[0]})")
    print(f"{'':34}{'secproxy':>14}{'baseline':>14}{'ratio':>8}   target")
    print(f"{'decisions/s (100 rules, limits)':34}{rate:>14,.0f}{base_rate:>14,.0f}"
          f"{rate / base_rate:>8.2f}   >= 50,000   (baseline: 0 rules)")
    print(f"{'decide p50 latency (us)':34}{p50:>14.1f}{base_p50:>14.1f}"
          f"{p50 / base_p50:>8.2f}")
    print(f"{'decide p99 latency (us)':34}{p99:>14.1f}{base_p99:>14.1f}"
          f"{p99 / base_p99:>8.2f}   <= 50")
    print(f"{'ledger records/s (hash chain)':34}{ledger_rps:>14,.0f}{sqlite_rate:>14,.0f}"
          f"{ledger_rps / sqlite_rate:>8.2f}   >= 20,000   (baseline: bare executemany)")
    keys_rate, keys_base = float(res["keys_rate"]), float(res["keys_base_rate"])
    key_bytes, key_base = float(res["key_bytes"]), float(res["key_base_bytes"])
    print(f"{f'decisions/s ({KEYS:,} keys, limits)':34}{keys_rate:>14,.0f}{keys_base:>14,.0f}"
          f"{keys_rate / keys_base:>8.2f}   (baseline: no rules, no limits; "
          f"{int(res['keys_tracked']):,} keys tracked)")
    print(f"{'memory per tracked key (bytes)':34}{key_bytes:>14,.0f}{key_base:>14,.0f}"
          f"{key_bytes / key_base:>8.2f}   (tracemalloc; baseline: the plain engine)")


if __name__ == "__main__":
    asyncio.run(main())
