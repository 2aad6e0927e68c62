"""The `injection` guard family alone: its corpus figures split into a development half
and a held-out half, and its speed on clean and on hostile text.

    python bench/injection.py split [--show N]   # dev table with misses/FPs, held-out table
    python bench/injection.py speed [--seconds 1] [--repeat 3]

`split`: the corpus cases whose id ends in an even number are the development half —
the only cases whose text this script ever prints; the held-out half (odd ids) is
reported as figures only, to see whether rules written against the dev half generalise.

`speed`: MB/s and p50/p99 of `InjectionGuard.inspect` (raw view, user prompt and tool
result) on 4 KB texts of mixed clean material and on 4 KB texts dense with trigger words
that complete no rule, each the median of `--repeat` runs (the machine is shared).
Target (issue 11): >= 100 MB/s on clean text, p99 <= 0.3 ms per 4 KB.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secproxy.content import Role, Slot  # noqa: E402
from secproxy.guards import GuardContext, raw_view  # noqa: E402
from secproxy.guards.registry import make  # noqa: E402
from secproxy.model import Action, Direction, Surface  # noqa: E402
from tests.corpus.harness import Case, evaluate, load, make_guards  # noqa: E402


def is_dev(case: Case) -> bool:
    """Whether a case belongs to the development half (an even trailing id number)."""
    tail = case.id.rsplit("-", 1)[-1]
    return tail.isdigit() and int(tail) % 2 == 0


def split(show: int) -> None:
    cases = load("injection")
    guards = make_guards(["injection"])
    dev = evaluate("injection", guards, cases=[c for c in cases if is_dev(c)])
    held = evaluate("injection", guards, cases=[c for c in cases if not is_dev(c)])
    print("#### DEV half (even ids)")
    print(dev.table(show))
    print()
    held.misses, held.false_positives = [], []
    print("#### HELD-OUT half (odd ids): figures only")
    print(held.table(0))


PROSE = [
    "The quarterly report shows revenue growth of 12 percent across the northern region.",
    "Please review the attached draft before Thursday's meeting with the design team.",
    "Our deployment pipeline builds the container, runs the tests and pushes the image.",
    "If the cache misses, the service falls back to the database and logs a warning.",
    "To reset your password, open the account page and follow the link we e-mail you.",
    "Remember to rotate credentials regularly and never commit them to the repository.",
    "The model summarises long documents, then answers questions about their contents.",
    "Ignore case when sorting; the previous version of the script did the same thing.",
    "Die Besprechung wurde auf Montag verschoben, bitte bring die Unterlagen mit.",
    "Le rapport annuel présente les résultats de toutes les filiales du groupe.",
    "会议改到下周一，请提前准备好相关的材料和数据。",
    "Отчёт за квартал показывает рост выручки во всех регионах.",
]
CODE = [
    "def total(items):\n    return sum(i.price * i.quantity for i in items)\n",
    "for (let i = 0; i < rows.length; i++) { render(rows[i]); }\n",
    '{"user": "alice", "role": "admin", "system": "linux", "prompt": "$ "}\n',
    "# Ignore the generated files; the system builds them from the previous step.\n",
]
TRIGGERS = ("ignore previous system prompt instructions you are now act as reveal send "
            "assistant user: http:// mode rules forget all above token password agent "
            "tool call immediately important note to").split()


def clean_texts(size: int, count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts: list[str] = []
        while sum(map(len, parts)) < size:
            parts.append(rng.choice(PROSE if rng.random() < 0.7 else CODE) + " ")
        out.append("".join(parts)[:size])
    return out


def trigger_texts(size: int, count: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < size:
            words.append(rng.choice(TRIGGERS) if rng.random() < 0.3 else rng.choice(
                ["the", "a", "report", "data", "and", "of", "file", "we"]))
        out.append(" ".join(words)[:size])
    return out


def timed(fn: Callable[[str], object], corpus: Sequence[str], seconds: float
          ) -> tuple[float, float, float]:
    """MB/s, p50 and p99 (ms) of `fn` over `corpus` looped for about `seconds`."""
    times: list[float] = []
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in corpus:
            t0 = time.perf_counter()
            fn(t)
            times.append(time.perf_counter() - t0)
            done += len(t.encode())
    mbs = done / (time.perf_counter() - start) / 1e6
    q = statistics.quantiles(times, n=100)
    return mbs, q[49] * 1e3, q[98] * 1e3


def speed(seconds: float, repeat: int) -> None:
    guard = make("injection", "inj", {})

    def runner(role: Role) -> Callable[[str], object]:
        def run(text: str) -> object:
            action = Action(Surface.LLM, Direction.REQUEST, content=text)
            return guard.inspect([Slot(role, text)], GuardContext(action, viewer=raw_view))
        return run

    for name, corpus in (("clean 4 KB", clean_texts(4096, 100)),
                         ("trigger-dense 4 KB", trigger_texts(4096, 50))):
        for role in (Role.USER, Role.TOOL_RESULT):
            runs = [timed(runner(role), corpus, seconds) for _ in range(repeat)]
            mbs = statistics.median(r[0] for r in runs)
            p50 = statistics.median(r[1] for r in runs)
            p99 = statistics.median(r[2] for r in runs)
            print(f"{name:20} {role.value:12} {mbs:8.1f} MB/s  p50 {p50:.3f} ms  "
                  f"p99 {p99:.3f} ms  (median of {repeat})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("split", help="dev and held-out corpus tables")
    s.add_argument("--show", type=int, default=40, help="dev misses and FPs listed")
    p = sub.add_parser("speed", help="throughput and latency per 4 KB text")
    p.add_argument("--seconds", type=float, default=1.0)
    p.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.what == "split":
        split(args.show)
    else:
        speed(args.seconds, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
