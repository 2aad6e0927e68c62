"""Where the injection guard's time goes, stage by stage: CPU microseconds per text.

    python bench/injection_stages.py [--size 4096] [--count 64] [--reps 3] [--texts attacks]

Texts: `bench/guards.py`'s mixed texts of `--size` bytes (`attacks`: only those holding its
instruction to an agent, the slow end of its latencies). The guard's `inspect` runs as
the engine runs it, on the normaliser's views made beforehand, with its stages timed
(CPU time of this thread) by wrappers put around them for the run:

  matcher      `injection_match.Matcher(…)`: the text's view for the matcher;
  first stage  `Matcher.first_stage`: the anchor and universal scans, each anchor hit
               confirmed (its entry's expression);
  second stage `Matcher.second_stage`: the other classes' stems around the anchors;
  rules        `Matcher.matches`, every class rule evaluated (second-stage hits confirmed
               on the way);
  universal    the universal rules' own matches (`injection_universal`);
  surroundings `_Surroundings.factor` (negation, quotes, reported speech…);
  learned      the learned layer (`injection_model.learned_signals`);
  frame        `_framed` (a text about attacks, a document addressed to people);
  rest         the remainder of `inspect`: lowercasing, encoding, the slot's judgement.

The wrappers cost a little (a clock read either side of a call: ~0.2 us); the total is
given beside `bench/guard_families.py`'s figure for the plain guard.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import guard_families  # bench/ (a script's own directory is on its path)

from secproxy.config import load_config
from secproxy.config.guards import configured_guards, viewer_of
from secproxy.content import Role, Slot
from secproxy.guards import GuardContext, injection, injection_universal
from secproxy.model import Action, Direction, Surface

STAGES = ("matcher", "first stage", "second stage", "rules", "universal", "surroundings",
          "learned", "frame")
_spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)


def _timed(stage: str, call: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return call(*args, **kwargs)
        finally:
            _spent[stage] += time.thread_time() - start
    return run


class _TimedMatcher:
    """The matcher with its stages timed; anything else goes to the matcher itself."""

    def __init__(self, lex: Any, data: bytes):
        start = time.thread_time()
        self._matcher = _MATCHER(lex, data)
        _spent["matcher"] += time.thread_time() - start
        self.first_stage = _timed("first stage", self._matcher.first_stage)
        self.second_stage = _timed("second stage", self._matcher.second_stage)
        self.matches = _timed("rules", self._matcher.matches)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._matcher, name)


_MATCHER: Any = injection.injection_match.Matcher


def _wrap() -> None:
    """The guard's stages wrapped by timers (for this process: a bench script)."""
    module: Any = SimpleNamespace(**vars(injection.injection_match))
    module.Matcher = _TimedMatcher
    injection.injection_match = module
    injection._Surroundings.factor = _timed(  # type: ignore[method-assign]
        "surroundings", injection._Surroundings.factor)
    injection_universal.UniversalMatches.spans = _timed(  # type: ignore[method-assign]
        "universal", injection_universal.UniversalMatches.spans)
    injection.learned_signals = _timed("learned", injection.learned_signals)
    injection._framed = _timed("frame", injection._framed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--count", type=int, default=64)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--texts", choices=("mixed", "attacks"), default="mixed")
    args = parser.parse_args()
    bench = guard_families._bench("guards")
    config = load_config(text=json.dumps({"guards": {"use": [
        {"name": "injection", "family": "injection"}]}}), env={}).config
    guards, viewer = configured_guards(config), viewer_of(config)
    guard = guards[0]
    batch = bench.texts(args.size, args.count)
    if args.texts == "attacks":
        batch = [t for t in batch if bench.SPICE[2] in t] or batch
    contexts = []
    for text in batch:
        ctx = GuardContext(Action(Surface.LLM, Direction.REQUEST, content=text), viewer=viewer)
        ctx.views(0, text)
        contexts.append((ctx, [Slot(Role.USER, text)]))
    for ctx, slots in contexts:  # warm caches, then the matcher's twins
        guard.inspect(slots, ctx)
    bench.matcher_ready(guards)
    thread = injection_universal.start(guard.lexicon)  # type: ignore[attr-defined]
    if thread is not None:
        thread.join()
    plain = []
    for _ in range(args.reps):
        start = time.thread_time()
        for ctx, slots in contexts:
            guard.inspect(slots, ctx)
        plain.append((time.thread_time() - start) / len(batch) * 1e6)
    _wrap()
    rows: dict[str, list[float]] = {stage: [] for stage in (*STAGES, "rest", "total")}
    for _ in range(args.reps):
        for stage in _spent:
            _spent[stage] = 0.0
        start = time.thread_time()
        for ctx, slots in contexts:
            guard.inspect(slots, ctx)
        total = time.thread_time() - start
        for stage in STAGES:
            rows[stage].append(_spent[stage] / len(batch) * 1e6)
        rows["rest"].append((total - sum(_spent.values())) / len(batch) * 1e6)
        rows["total"].append(total / len(batch) * 1e6)
    total = statistics.median(rows["total"])
    print(f"{len(batch)} texts of {args.size} B ({args.texts}); CPU us per text, median of "
          f"{args.reps}; the guard unwrapped: {statistics.median(plain):.1f}")
    for stage, got in rows.items():
        med = statistics.median(got)
        print(f"{stage:>13} {med:9.1f} {100 * med / total:6.1f} %")


if __name__ == "__main__":
    main()
