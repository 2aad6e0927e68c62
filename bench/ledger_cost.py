"""Ledger cost per record, part by part, in CPU instructions (callgrind), which a busy
machine does not disturb the way it disturbs wall-clock rates.

    python bench/ledger_cost.py [--records 2000] [--base DIR] [--parts row,hash,commit]
    python bench/ledger_cost.py --cpu [--rounds 5] ...   # CPU time instead, no valgrind
    python bench/ledger_cost.py --sustained 100000       # records/s through a Ledger
    python bench/ledger_cost.py --sustained 50000 --base DIR --rounds 3

For each part, a python under `valgrind --tool=callgrind` does the part for N and for
2N records (the same set-up both times); the difference over N is the part's
instructions per record:
  publish  `engine.bus.publish(RecordEvent)` with the ledger subscribed: the engine's
           masking and the enqueue (event loop);
  row      `Ledger.to_row`: the record's column values (event loop);
  hash     the chain: `row_hash` over each row and its predecessor's hash;
  commit   the writer's `_commit` of batches of 500 rows: hashing, binding, SQLite
           inserts, the signed head and the commit (a thread of its own today);
  ledger   all of it through a real `Ledger` (open, run, close) with a signer, the
           records published at once (full batches);
  sparse   the same with one record published per millisecond (light load: the
           per-batch costs, a transaction and a signature, spread over few records);
  process  `ledger` with the store `secproxy serve` uses, a writer process
           (`ProcessStore`): the proxy's own CPU per record (rows built, encoded and
           piped); `--cpu` also prints the writer process's CPU (`+writer`);
  psparse  `sparse` with the writer process.
With `--base DIR` every part is also measured on another source tree (a directory
holding secproxy/) and printed beside this one. `--cpu` measures the process's CPU time
per record (user + system, all threads) in plain pythons instead, the trees alternated
`--rounds` times, medians: quicker, noisier, and it counts the SQLite file writes.

`--sustained N` publishes N records as fast as the ledger takes them (its queue full:
backpressure) through a real `Ledger` with a signer, with the writer process `serve`
uses and with the in-process writer thread, and prints the records per second from
the first publish to the last record committed, with the CPU per record of the
publishing process (the event loop: the bus, rows built and encoded; the bus's share
measured apart, the same records published to a subscriber that reads none) and of the
writer process; with `--base DIR` both trees, alternated `--rounds` times (medians).

Not run in CI. Each part takes a minute or two under callgrind.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PARTS = ("publish", "row", "hash", "commit", "ledger", "sparse", "process", "psparse")


def events(n: int) -> list[Any]:
    """`n` record events shaped like the egress surface's (headers in the metadata)."""
    from secproxy.events import RecordEvent
    from secproxy.model import Action, Decision, Outcome, Principal, Surface, Target, Verdict

    out = []
    verdict = Verdict(Decision.ALLOW)
    for i in range(n):
        action = Action(Surface.EGRESS, principal=Principal(ip="10.0.0.1"),
                        target=Target(f"api-{i % 50}.example.com", 443, "https",
                                      f"/v1/items/{i % 1000}", None, "GET"),
                        metadata={"headers": {"host": f"api-{i % 50}.example.com",
                                              "user-agent": "bench/1.0",
                                              "accept": "*/*"}},
                        request_id=f"{i:016x}")
        out.append(RecordEvent(action, verdict,
                               Outcome(status=200, bytes_out=512, duration=0.0012)))
    return out


async def child(part: str, n: int, state: Path) -> tuple[float, float]:
    """Do `part` for `n` records; returns the process CPU seconds the part took, and
    those of the ledger's writer process (process, psparse; else 0)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from secproxy.audit import ledger as ledger_module
    from secproxy.audit.ledger import Ledger
    from secproxy.audit.process_store import ProcessStore
    from secproxy.audit.signing import HeadSigner
    from secproxy.engine import Engine

    engine = Engine()
    signer = HeadSigner(Ed25519PrivateKey.generate())
    target = ProcessStore(state / "ledger.db") if part in ("process", "psparse") else (
        state / "ledger.db")
    ledger = Ledger(target, engine.bus, queue_size=1_000_000, batch_size=500,
                    signer=signer)
    evs = events(n)
    await ledger.open()
    pid = target.pid if isinstance(target, ProcessStore) else None
    writer_start = proc_cpu(pid) if pid else 0.0
    start = time.process_time()
    if part == "publish":
        for event in evs:
            await engine.bus.publish(event)
    elif part in ("row", "hash", "commit"):
        for event in evs:
            engine.bus.mask(event)  # type: ignore[misc]
        rows = [ledger.to_row(event) for event in evs] if part != "row" else []
        if part == "row":
            for event in evs:
                ledger.to_row(event)
        elif part == "hash":
            prev = "0" * 64
            for row in rows:
                prev = ledger_module.row_hash((*row, prev))
        else:
            for i in range(0, n, 500):
                await ledger._commit(rows[i:i + 500], [], [])
    else:
        writer = asyncio.ensure_future(ledger.run())
        for event in evs:
            await engine.bus.publish(event)
            if part in ("sparse", "psparse"):
                await asyncio.sleep(0.001)
        writer.cancel()
        await asyncio.gather(writer, return_exceptions=True)
        await ledger.flush()
    writer_cpu = proc_cpu(pid) - writer_start if pid else 0.0
    own = time.process_time() - start
    await ledger.close()
    return own, writer_cpu


def proc_cpu(pid: int) -> float:
    """User plus system CPU seconds of process `pid` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def bus_only(n: int) -> float:
    """CPU microseconds per record of publishing `n` records to a bus whose one durable
    subscriber takes them all and reads none (the engine's masking and the enqueue):
    the share of `sustained`'s event loop figure that is the bus's, not the ledger's."""
    from secproxy.engine import Engine

    engine = Engine()
    engine.bus.subscribe("sink", kinds={"record"}, maxsize=n + 1, durable=True)
    evs = events(n)
    cpu = time.process_time()
    for event in evs:
        await engine.bus.publish(event)
    return (time.process_time() - cpu) / n * 1e6


async def sustained(n: int, state: Path, process: bool) -> tuple[float, float, float]:
    """Records/s for `n` records published as fast as the ledger takes them, and the
    CPU microseconds per record of this process and of the writer process."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from secproxy.audit.ledger import Ledger
    from secproxy.audit.process_store import ProcessStore
    from secproxy.audit.signing import HeadSigner
    from secproxy.engine import Engine

    engine = Engine()
    path = state / ("process.db" if process else "thread.db")
    target = ProcessStore(path) if process else path
    ledger = Ledger(target, engine.bus, signer=HeadSigner(Ed25519PrivateKey.generate()))
    evs = events(n)
    await ledger.open()
    pid = target.pid if isinstance(target, ProcessStore) else None
    writer_start = proc_cpu(pid) if pid else 0.0
    writer = asyncio.ensure_future(ledger.run())
    start, cpu = time.perf_counter(), time.process_time()
    for event in evs:
        await engine.bus.publish(event)
    await ledger.flush()
    took = time.perf_counter() - start
    own = time.process_time() - cpu
    writer_cpu = proc_cpu(pid) - writer_start if pid else 0.0
    writer.cancel()
    await asyncio.gather(writer, return_exceptions=True)
    await ledger.close()
    return n / took, own / n * 1e6, writer_cpu / n * 1e6


def sustained_run(tree: str | None, process: bool, n: int) -> tuple[float, float, float]:
    """`sustained` in a python of its own (on `tree`, when given)."""
    part = "sustained-process" if process else "sustained-thread"
    rate, own, writer = _child(tree, part, n)
    return float(rate), float(own), float(writer)


def bus_run(tree: str | None, n: int) -> float:
    """`bus_only` in a python of its own (on `tree`, when given)."""
    (own,) = _child(tree, "bus", n)
    return float(own)


def sustained_table(n: int, base: str | None, rounds: int) -> None:
    """Records/s with the writer process (as `serve` runs it) and the writer thread, for
    this tree and `base`, the trees alternated `rounds` times (medians)."""
    trees: list[tuple[str, str | None]] = [("this tree", None)]
    if base:
        trees.append(("base", str(Path(base).resolve())))
    print(f"ledger sustained, {n:,} records published as fast as it takes them "
          f"(load average {os.getloadavg()[0]:.1f}; median of {rounds}):")
    buses: list[list[float]] = [[] for _ in trees]
    for _ in range(rounds):
        for cell_bus, (_, tree) in zip(buses, trees, strict=True):
            cell_bus.append(bus_run(tree, n))
    bus = [statistics.median(c) for c in buses]
    for process in (True, False):
        runs: list[list[tuple[float, float, float]]] = [[] for _ in trees]
        for _ in range(rounds):
            for cell, (_, tree) in zip(runs, trees, strict=True):
                cell.append(sustained_run(tree, process, n))
        for (name, _), cell, alone in zip(trees, runs, bus, strict=True):
            rate = statistics.median(r for r, _, _ in cell)
            own = statistics.median(o for _, o, _ in cell)
            writer = statistics.median(w for _, _, w in cell)
            kind = "writer process" if process else "writer thread"
            print(f"  {kind:<15} {name:<10} {rate:>9,.0f} records/s   CPU per record: "
                  f"event loop {own:.1f} us ({alone:.1f} the bus's, {own - alone:.1f} the "
                  "ledger's)" + (f", writer {writer:.1f} us" if process else ""), flush=True)


def instructions(tree: str | None, part: str, n: int) -> int:
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = tree
    with tempfile.TemporaryDirectory(prefix="secproxy-bench-") as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
             sys.executable, __file__, "--child", part, "--records", str(n), "--state", tmp],
            env=env, cwd="/", capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if out.returncode != 0 or not found:
        raise SystemExit(f"callgrind run failed ({part}, {n}):\n{out.stderr[-3000:]}")
    return int(found.group(1))


def _child(tree: str | None, part: str, n: int) -> list[str]:
    """Run `part` of this bench in a python of its own (on `tree`, when given); the
    figures its last line prints."""
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = tree
    with tempfile.TemporaryDirectory(prefix="secproxy-bench-") as tmp:
        out = subprocess.run(
            [sys.executable, __file__, "--child", part, "--records", str(n), "--state", tmp],
            env=env, cwd="/", capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"run failed ({part}):\n{out.stderr[-3000:]}")
    return out.stdout.strip().splitlines()[-1].split()


def cpu_per_record(tree: str | None, part: str, n: int) -> tuple[float, float]:
    own, writer = _child(tree, part, n)
    return float(own) / n * 1e6, float(writer) / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000, help="N (and 2N) records")
    parser.add_argument("--parts", default=",".join(PARTS),
                        help=f"comma-separated, of: {', '.join(PARTS)}")
    parser.add_argument("--base", metavar="DIR", help="also measure this source tree")
    parser.add_argument("--cpu", action="store_true",
                        help="process CPU time per record instead of instructions")
    parser.add_argument("--rounds", type=int, default=5, help="with --cpu: rounds (medians)")
    parser.add_argument("--sustained", type=int, metavar="N",
                        help="records/s for N records through a Ledger (writer process "
                        "and thread)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--state", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bus":
        print(asyncio.run(bus_only(args.records)))
        return
    if args.child in ("sustained-process", "sustained-thread"):
        print(*asyncio.run(sustained(args.records, Path(args.state),
                                     args.child == "sustained-process")))
        return
    if args.child:
        print(*asyncio.run(child(args.child, args.records, Path(args.state))))
        return
    if args.sustained:
        sustained_table(args.sustained, args.base, args.rounds if args.base else 1)
        return
    parts = [p for p in args.parts.split(",") if p]
    for p in parts:
        if p not in PARTS:
            raise SystemExit(f"unknown part {p!r}: one of {', '.join(PARTS)}")
    trees: list[tuple[str, str | None]] = [("this tree", None)]
    if args.base:
        trees.append(("base", str(Path(args.base).resolve())))
    n = args.records
    if args.cpu:
        print(f"CPU microseconds per record ({n} records, median of {args.rounds} rounds, "
              f"trees alternated; load average {os.getloadavg()[0]:.1f})")
        print(f"  {'part':<9}" + "".join(f"{name:>14}{'+writer':>9}" for name, _ in trees))
        for part in parts:
            runs: list[list[tuple[float, float]]] = [[] for _ in trees]
            for _ in range(args.rounds):
                for cell, (_, tree) in zip(runs, trees, strict=True):
                    cell.append(cpu_per_record(tree, part, n))
            print(f"  {part:<9}" + "".join(
                f"{statistics.median(o for o, _ in c):>14,.1f}"
                f"{statistics.median(w for _, w in c):>9,.1f}" for c in runs), flush=True)
        return
    print(f"instructions per record (callgrind, difference of {n} and {2 * n} records)")
    print(f"  {'part':<9}" + "".join(f"{name:>14}" for name, _ in trees))
    for part in parts:
        start = time.monotonic()
        cells = []
        for _, tree in trees:
            per = (instructions(tree, part, 2 * n) - instructions(tree, part, n)) / n
            cells.append(f"{per:>14,.0f}")
        print(f"  {part:<9}" + "".join(cells) + f"   ({time.monotonic() - start:.0f} s)",
              flush=True)


if __name__ == "__main__":
    main()
