"""The inspection API's guards on its bench's small tool calls, in process: microseconds
per call, guard by guard (issue 13: their fixed cost on texts of a few characters).

    python bench/inspect_guards.py [--reps 400] [--rounds 5] [--settle 3]

The guards are those `secproxy serve` gives `/inspect/tool-call` with no config
(`inspect_guards`), the calls `bench/inspect_api.py`'s `CALLS`, their slots as the API
makes them (`collect(arguments, Role.TOOL_CALL)`). After a warm-up the script waits
`--settle` seconds, so that the Hyperscan twins (built in a thread after a guard's first
texts) are in use: the steady state of a running server.

Lines printed, one column per call:
  * `views`: the normaliser's views of every slot (made once per action, shared by the
    guards);
  * one line per guard: its `inspect` in the stage's order, with a fresh context per
    call whose views are already made (what a guard derives from the views and keeps
    in the context is counted in the first guard that derives it);
  * `all`: the stage's work, views and every guard in turn, with a fresh context.
Each figure is the lowest of `--rounds` means of `--reps` calls (CPU time of this
thread): the machine is shared, and the lowest mean is the least disturbed.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from inspect_api import CALLS

from secproxy.config import load_config
from secproxy.config.guards import viewer_of
from secproxy.config.inspect import inspect_guards
from secproxy.content import Role, Slot, collect
from secproxy.guards import Guard, GuardContext, Viewer
from secproxy.model import Action, Direction, Surface, Target


def _action(call: dict, slots: list[Slot]) -> Action:
    return Action(Surface.INSPECT, Direction.REQUEST, target=Target(tool=call["tool_name"]),
                  arguments=call["arguments"], slots=slots)


def _lowest(fn: Callable[[], object], reps: int, rounds: int) -> float:
    """µs per call of `fn`: the lowest mean of `rounds` runs of `reps` calls."""
    clock = time.thread_time_ns
    best = float("inf")
    for _ in range(rounds):
        start = clock()
        for _ in range(reps):
            fn()
        best = min(best, (clock() - start) / reps / 1000)
    return best


def _stage(guards: list[Guard], viewer: Viewer, action: Action, slots: list[Slot]
           ) -> Callable[[], object]:
    def run() -> None:
        ctx = GuardContext(action, 0, viewer)
        for guard in guards:
            guard.inspect(slots, ctx)
    return run


def _views(viewer: Viewer, action: Action, slots: list[Slot]) -> Callable[[], object]:
    def run() -> None:
        ctx = GuardContext(action, 0, viewer)
        for i, s in enumerate(slots):
            ctx.views(i, s.text)
    return run


def _each(guards: list[Guard], viewer: Viewer, action: Action, slots: list[Slot],
          reps: int, rounds: int) -> list[float]:
    """µs per call of each guard in turn (the lowest of `rounds` means of `reps`), each
    call with a fresh context whose views are made outside the clock."""
    clock = time.thread_time_ns
    best = [float("inf")] * len(guards)
    for _ in range(rounds):
        spent = [0] * len(guards)
        for _ in range(reps):
            ctx = GuardContext(action, 0, viewer)
            for i, s in enumerate(slots):
                ctx.views(i, s.text)
            for g, guard in enumerate(guards):
                start = clock()
                guard.inspect(slots, ctx)
                spent[g] += clock() - start
        best = [min(b, t / reps / 1000) for b, t in zip(best, spent, strict=True)]
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--settle", type=float, default=3.0)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    config = load_config().config
    guards = inspect_guards(config)
    viewer = viewer_of(config)
    calls = [(call, collect(call["arguments"], Role.TOOL_CALL)) for call in CALLS]
    actions = [(_action(call, slots), slots) for call, slots in calls]
    for _ in range(30):  # warm-up: tables, caches, the twins' build begun
        for action, slots in actions:
            _stage(guards, viewer, action, slots)()
    time.sleep(args.settle)
    for _ in range(30):
        for action, slots in actions:
            _stage(guards, viewer, action, slots)()

    rows: dict[str, list[float]] = {}
    rows["views"] = [_lowest(_views(viewer, a, s), args.reps, args.rounds) for a, s in actions]
    each = [_each(guards, viewer, a, s, args.reps, args.rounds) for a, s in actions]
    for g, guard in enumerate(guards):
        rows[guard.family] = [line[g] for line in each]
    rows["all"] = [_lowest(_stage(guards, viewer, a, s), args.reps, args.rounds)
                   for a, s in actions]

    names = ["git", "pytest", "http", "write", "sql", "curl|sh", "aws"]
    print(f"{'us/call':12}" + "".join(f"{n:>9}" for n in names) + f"{'sum':>9}")
    for name, line in rows.items():
        print(f"{name:12}" + "".join(f"{v:9.1f}" for v in line) + f"{sum(line):9.1f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
