"""Where the guards' time goes: CPU microseconds per 4 KB text, family by family.

    python bench/guard_families.py [--reps 5] [--count 64] [--size 4096] [--family F …]

Texts: `bench/guards.py`'s mixed 4 KB texts (prose, code, JSON logs, chat, a few
secrets, addresses and instructions), `typographic` the same with curly apostrophes and
em dashes (non-ASCII, as much model output is), or `european` `bench/guards_text.py`'s
4 KiB texts (English, German and French prose, code, JSON, logs, SQL; `--size` does not
apply). Figures printed: the normaliser's views, then each
guard's `inspect` with the views already made (as in the engine, where every guard
shares them). CPU time (`time.process_time`), not wall time: the machine is shared and
CPU time moves less with the load. Each figure is the median of `--reps` passes over the
texts, with the lowest and highest pass beside it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import time
from pathlib import Path
from types import ModuleType

from secproxy.config import load_config
from secproxy.config.guards import configured_guards, viewer_of
from secproxy.content import Role, Slot
from secproxy.guards import GuardContext, registry
from secproxy.model import Action, Direction, Surface


def _bench(name: str) -> ModuleType:
    """bench/<name>.py, loaded by its path (a bench script is not an importable module)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}",
                                                  Path(__file__).with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--count", type=int, default=64)
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--family", action="append", help="only these families")
    parser.add_argument("--texts", choices=("mixed", "typographic", "european"),
                        default="mixed")
    args = parser.parse_args()
    bench = _bench("guards")
    families = [f for f in (args.family or bench.FAMILIES) if f in registry.FAMILIES]
    use = [{"name": f, "family": f} for f in families]
    config = load_config(text=json.dumps({"guards": {"use": use}}), env={}).config
    guards, viewer = configured_guards(config), viewer_of(config)
    if args.texts == "european":
        batch = _bench("guards_text").texts(args.count, 7)
    else:
        batch = bench.texts(args.size, args.count)
    if args.texts == "typographic":
        batch = [t.replace("'", "\u2019").replace(" - ", " \u2014 ") for t in batch]
    contexts = []
    for text in batch:
        ctx = GuardContext(Action(Surface.LLM, Direction.REQUEST, content=text), viewer=viewer)
        contexts.append((ctx, [Slot(Role.USER, text)]))
    for ctx, slots in contexts:  # warm caches (fold tables, lazy compiles)
        ctx.views(0, slots[0].text)
        for guard in guards:
            guard.inspect(slots, ctx)
    bench.matcher_ready(guards)  # the matcher's databases made in threads of their own
    rows: dict[str, list[float]] = {"views": []}
    rows.update({g.name: [] for g in guards})
    for _ in range(args.reps):
        start = time.process_time()
        for text in batch:
            viewer(text)
        rows["views"].append((time.process_time() - start) / len(batch) * 1e6)
        for guard in guards:
            start = time.process_time()
            for ctx, slots in contexts:
                guard.inspect(slots, ctx)
            rows[guard.name].append((time.process_time() - start) / len(batch) * 1e6)
    print(f"{'':>10} {'median us':>10} {'min':>8} {'max':>8}   per {args.size} B text")
    total = 0.0
    for name, got in rows.items():
        med = statistics.median(got)
        total += med
        print(f"{name:>10} {med:>10.1f} {min(got):>8.1f} {max(got):>8.1f}")
    print(f"{'sum':>10} {total:>10.1f}")


if __name__ == "__main__":
    main()
