"""Where `Engine.decide()`'s CPU goes on `bench/guards.py`'s texts: the normaliser's views,
each guard (its views left out), the guards stage's combining of hits (findings, masks),
the guard cache's memo, the rest of the stages, the announcement (the bus: masking).

    python bench/guard_stage_split.py [--family F …] [--size 1024 …] [--count N]

Each part is wrapped in process with `time.thread_time` (CPU of this thread, which a
loaded machine's other processes do not inflate); a wrapper's two clock readings are
counted in the part around it (about 0.3 us each), so read `rest` with that in mind.
Texts are made unique per request (`guards.fresh`), so the guard cache never answers;
the heap is frozen after start-up, as `secproxy serve` freezes it. Figures are
microseconds per text, the mean over `--count` texts after 300 of warm-up.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import guards as bench  # noqa: E402  (bench/guards.py)

import secproxy.engine.guard_cache as guard_cache  # noqa: E402
import secproxy.engine.pipeline as pipeline  # noqa: E402
import secproxy.engine.stages as stages  # noqa: E402
import secproxy.events as events  # noqa: E402
from secproxy.config import load_config  # noqa: E402
from secproxy.config.guards import configured_guards  # noqa: E402
from secproxy.content import Role, Slot  # noqa: E402
from secproxy.engine import Engine  # noqa: E402
from secproxy.guards import GuardContext  # noqa: E402
from secproxy.model import Action, Direction, Surface  # noqa: E402

CLOCK = time.thread_time


class Split:
    """CPU seconds per part, summed over the texts."""

    def __init__(self) -> None:
        self.parts: dict[str, float] = defaultdict(float)
        self.in_views = 0.0
        """Time spent in `GuardContext.views` so far (left out of each guard's)."""

    def wrap(self, owner: Any, name: str, part: str) -> None:
        """Have `owner.name` (a function) add its CPU time to `part`."""
        real = getattr(owner, name)
        setattr(owner, name, _Timed(real, self, part))


class _Timed:
    """A callable adding its CPU time to a part of a `Split` (a class, not a closure: no
    reference cycle per wrapped function)."""

    def __init__(self, real: Callable[..., Any], split: Split, part: str):
        self.real, self.split, self.part = real, split, part

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        return self if obj is None else _Bound(self, obj)

    def __call__(self, *args: Any, **kw: Any) -> Any:
        start = CLOCK()
        try:
            return self.real(*args, **kw)
        finally:
            self.split.parts[self.part] += CLOCK() - start


class _Bound:
    def __init__(self, timed: _Timed, obj: Any):
        self.timed, self.obj = timed, obj

    def __call__(self, *args: Any, **kw: Any) -> Any:
        return self.timed(self.obj, *args, **kw)


def instrument(engine: Engine, split: Split) -> None:
    """Wrap the parts of one engine's decisions."""
    real_views = GuardContext.views

    def views(ctx: GuardContext, index: int, text: str) -> Any:
        made = index in ctx.cache
        start = CLOCK()
        got = real_views(ctx, index, text)
        spent = CLOCK() - start
        if not made:
            split.parts["views (normaliser)"] += spent
        split.in_views += spent
        return got

    GuardContext.views = views  # type: ignore[method-assign, assignment]
    for guard in engine._snap.guards:
        guard.inspect = _GuardTimed(  # type: ignore[method-assign]
            guard.inspect, split, f"guard {guard.name} (no views)")
    split.wrap(stages.GuardsStage, "_combine", "combine (findings, masks)")
    split.wrap(guard_cache.GuardCache, "memo", "guard cache memo")
    split.wrap(events.EventBus, "emit", "announce (bus emit: masking)")
    pipeline.Snapshot.run = _AsyncTimed(pipeline.Snapshot.run, split,  # type: ignore[method-assign]
                                        "stages (all)")


class _AsyncTimed(_Timed):
    """A coroutine function's CPU time from its call to its result (nothing else runs
    meanwhile here)."""

    async def __call__(self, *args: Any, **kw: Any) -> Any:  # type: ignore[override]
        start = CLOCK()
        try:
            return await self.real(*args, **kw)
        finally:
            self.split.parts[self.part] += CLOCK() - start


class _GuardTimed:
    """A guard's `inspect`, timed less what it spent making views."""

    def __init__(self, real: Callable[..., Any], split: Split, part: str):
        self.real, self.split, self.part = real, split, part

    def __call__(self, slots: Sequence[Slot], ctx: GuardContext) -> Any:
        before = self.split.in_views
        start = CLOCK()
        got = self.real(slots, ctx)
        self.split.parts[self.part] += CLOCK() - start - (self.split.in_views - before)
        return got


async def decide_all(engine: Engine, batch: list[str], count: int, offset: int,
                     split: Split) -> None:
    for i in range(count):
        text = bench.fresh(batch[i % len(batch)], i + offset)
        action = Action(Surface.LLM, Direction.REQUEST, content=text,
                        slots=[Slot(Role.USER, text)])
        start = CLOCK()
        await engine.decide(action, audit=False)
        split.parts["decide"] += CLOCK() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--family", action="append", choices=bench.FAMILIES,
                        help="only these families (repeatable; default: secrets, pii, "
                             "encoding)")
    parser.add_argument("--size", action="append", type=int,
                        help="text sizes in bytes (repeatable; default: 1024 4096 65536)")
    parser.add_argument("--count", type=int, default=1500, help="texts per size")
    args = parser.parse_args()
    families = args.family or ["secrets", "pii", "encoding"]
    engine = Engine(load_config(text=bench.config_text(families), env={}),
                    guard_factory=configured_guards)
    bench.matcher_ready(list(engine._snap.guards))
    split = Split()
    instrument(engine, split)
    gc.collect()
    gc.freeze()
    sizes = args.size or [1024, 4096, 65536]
    columns: list[dict[str, float]] = []
    for size in sizes:
        batch = bench.texts(size, 64 if size < 65536 else 16)
        count = args.count if size < 65536 else max(1, args.count // 10)
        asyncio.run(decide_all(engine, batch, 300 if size < 65536 else 30, 10**6, split))
        split.parts.clear()
        asyncio.run(decide_all(engine, batch, count, 0, split))
        columns.append({k: v / count * 1e6 for k, v in split.parts.items()})
    names = sorted({k for c in columns for k in c})
    order = ["decide", "stages (all)", "views (normaliser)",
             *[n for n in names if n.startswith("guard ") and n.endswith("(no views)")],
             "combine (findings, masks)",
             "guard cache memo", "announce (bus emit: masking)"]
    print(f"CPU us per text; families: {', '.join(families)}")
    print(f"{'part':34}" + "".join(f"{s // 1024:>8}KB" for s in sizes))
    for name in order:
        print(f"{name:34}" + "".join(f"{c.get(name, 0.0):10.1f}" for c in columns))
    rest = [c.get("stages (all)", 0.0) - sum(c.get(n, 0.0) for n in order[2:-1]) for c in columns]
    print(f"{'rest of the stages':34}" + "".join(f"{r:10.1f}" for r in rest))
    after = [c.get("decide", 0.0) - c.get("stages (all)", 0.0)
             - c.get("announce (bus emit: masking)", 0.0) for c in columns]
    print(f"{'rest of decide':34}" + "".join(f"{r:10.1f}" for r in after))


if __name__ == "__main__":
    main()
