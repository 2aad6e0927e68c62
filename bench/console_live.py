"""How the operator console keeps up with a busy proxy.

    python bench/console_live.py [--rate 500] [--seconds 5]

Runs a real proxy in this process and feeds it tool-call decisions at `--rate` per
second, first with nothing attached (baseline), then with the console attached over the
control socket showing the Live view (headless, Textual's test driver). Prints the
decisions actually made per second in both runs, what the console showed, how long its
batched table updates took, and how long after the last decision its row appeared.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from secproxy.config import load_config
from secproxy.model import Action, Principal, Surface, Target
from secproxy.runtime import Runtime
from tui.app import SecproxyConsole


def config_text(state: Path) -> str:
    listeners = {n: {"enabled": False, "port": 0} for n in ("egress", "llm", "ws", "api")}
    return yaml.safe_dump({"state_dir": str(state), "listeners": listeners})


async def feed(runtime: Runtime, rate: int, seconds: float) -> float:
    """Decide `rate` actions per second for `seconds`; return the achieved rate."""
    start = time.perf_counter()
    total = int(rate * seconds)
    for i in range(total):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        await runtime.engine.decide(
            Action(
                surface=Surface.TOOL,
                target=Target(tool=f"fs.read.{i}"),
                principal=Principal(user=f"agent-{i % 7}"),
            )
        )
    return total / (time.perf_counter() - start)


async def run(rate: int, seconds: float) -> None:
    with tempfile.TemporaryDirectory(prefix="sp-bench-") as tmp:
        runtime = Runtime(load_config(text=config_text(Path(tmp)), env={}))
        await runtime.start()
        try:
            baseline = await feed(runtime, rate, seconds)
            app = SecproxyConsole(runtime.control.path)
            flushes: list[float] = []
            original = app.flush_events

            def timed_flush() -> None:
                t0 = time.perf_counter()
                original()
                flushes.append(time.perf_counter() - t0)

            app.flush_events = timed_flush  # type: ignore[method-assign]
            async with app.run_test(size=(160, 50)) as pilot:
                while not app.connection.state.connected:
                    await pilot.pause(0.05)
                await pilot.pause(0.5)
                flushes.clear()
                attached = await feed(runtime, rate, seconds)
                done = time.perf_counter()
                live: Any = app.query_one("#live-table")
                last = f"fs.read.{int(rate * seconds) - 1}"
                while last not in str(live.get_row_at(live.row_count - 1)):
                    await pilot.pause(0.01)
                lag = time.perf_counter() - done
                rows = live.row_count
        finally:
            await runtime.stop()
    busy = [f for f in flushes if f > 0.0005] or [0.0]
    print(f"decisions/s, nothing attached (baseline): {baseline:8.0f}  (target {rate})")
    print(f"decisions/s, console attached (Live):     {attached:8.0f}  (target {rate})")
    print(f"rows shown (bounded to 1000):             {rows:8d}")
    print(
        f"table update per 0.2s batch: median {statistics.median(busy) * 1000:.1f} ms, "
        f"max {max(busy) * 1000:.1f} ms over {len(busy)} batches"
    )
    print(f"last decision on screen after:            {lag * 1000:8.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=500, help="decisions per second")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to feed")
    args = parser.parse_args()
    asyncio.run(run(args.rate, args.seconds))


if __name__ == "__main__":
    main()
