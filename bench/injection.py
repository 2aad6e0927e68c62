"""The `injection` guard family alone: its corpus figures split into a development half
and a held-out half, and its speed on clean and on hostile text.

    python bench/injection.py split [--show N]   # dev table with misses/FPs, held-out table
    python bench/injection.py speed [--seconds 1] [--repeat 3] [--base COMMIT]
    python bench/injection.py ab COMMIT [--rounds 4] [--seconds 1]

`split`: the corpus cases whose id ends in an even number are the development half —
the only cases whose text this script ever prints; the held-out half (odd ids) is
reported as figures only, to see whether rules written against the dev half generalise.

`speed`: MB/s and p50/p99 of `InjectionGuard.inspect` (raw view, user prompt and tool
result) on 4 KB texts of mixed clean material and on 4 KB texts dense with trigger words
that complete no rule, each the median of `--repeat` runs (the machine is shared).
Target (issue 11): >= 100 MB/s on clean text, p99 <= 0.3 ms per 4 KB. `--base COMMIT`
runs the guard's modules as they were at COMMIT (`guards_diff.MATCHER_MODULES`) on the
working tree's rules and learned layer.

`ab`: the same figures, with the CPU time per text (`time.process_time`), for the code at
COMMIT and the working tree's, alternating in fresh processes for `--rounds` rounds (the
machine is shared: compare the two columns of one run, not runs of different days).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if __name__ == "__main__" and "--base" in sys.argv[1:-1] and sys.argv[1:2] == ["speed"]:
    # Before anything imports secproxy.guards (see guards_diff.use_base).
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import atexit
    import shutil

    from guards_diff import MATCHER_MODULES, use_base
    _based = use_base(sys.argv[sys.argv.index("--base") + 1], MATCHER_MODULES)
    atexit.register(shutil.rmtree, _based, True)

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
          ) -> tuple[float, float, float, float]:
    """MB/s, p50 and p99 (ms) of `fn` over `corpus` looped for about `seconds`, and the
    CPU time per text (ms)."""
    times: list[float] = []
    done = 0
    start = time.perf_counter()
    cpu = time.process_time()
    while time.perf_counter() - start < seconds:
        for t in corpus:
            t0 = time.perf_counter()
            fn(t)
            times.append(time.perf_counter() - t0)
            done += len(t.encode())
    cpu = (time.process_time() - cpu) / len(times)
    mbs = done / (time.perf_counter() - start) / 1e6
    q = statistics.quantiles(times, n=100)
    return mbs, q[49] * 1e3, q[98] * 1e3, cpu * 1e3


CORPORA = (("clean 4 KB", lambda: clean_texts(4096, 100)),
           ("trigger-dense 4 KB", lambda: trigger_texts(4096, 50)))


def speed(seconds: float, repeat: int, as_json: bool = False) -> None:
    guard = make("injection", "inj", {})
    rows = []

    def runner(role: Role) -> Callable[[str], object]:
        def run(text: str) -> object:
            action = Action(Surface.LLM, Direction.REQUEST, content=text)
            return guard.inspect([Slot(role, text)], GuardContext(action, viewer=raw_view))
        return run

    corpora = [(name, make_corpus()) for name, make_corpus in CORPORA]
    for _, corpus in corpora:  # warm: each class entry's expression compiles at first use
        for role in (Role.USER, Role.TOOL_RESULT):
            for text in corpus:
                runner(role)(text)
    for name, corpus in corpora:
        for role in (Role.USER, Role.TOOL_RESULT):
            runs = [timed(runner(role), corpus, seconds) for _ in range(repeat)]
            mbs, p50, p99, cpu = (statistics.median(r[i] for r in runs) for i in range(4))
            rows.append([name, role.value, mbs, p50, p99, cpu])
            if not as_json:
                print(f"{name:20} {role.value:12} {mbs:8.1f} MB/s  p50 {p50:.3f} ms  "
                      f"p99 {p99:.3f} ms  CPU {cpu:.3f} ms/text  (median of {repeat})")
    if as_json:
        print(json.dumps(rows))


def ab(base: str, rounds: int, seconds: float) -> None:
    """`speed` at `base` and in the working tree, alternating in fresh processes."""
    me = [sys.executable, str(Path(__file__).resolve()), "speed", "--json", "--repeat", "1",
          "--seconds", str(seconds)]
    got: dict[str, list[list[list[object]]]] = {"old": [], "new": []}
    for r in range(rounds):
        for which in (("old", "new") if r % 2 == 0 else ("new", "old")):
            extra = ["--base", base] if which == "old" else []
            out = subprocess.run([*me, *extra], capture_output=True, text=True, check=True,
                                 env=dict(os.environ))
            got[which].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"old: {base}, new: working tree; {rounds} rounds alternating; CPU: the least of "
          f"the rounds, the others their median; load average {os.getloadavg()[0]:.2f}")
    print(f"{'':20} {'role':12} {'CPU ms/text':>17} {'p50 ms':>15} {'p99 ms':>15} "
          f"{'MB/s':>13}")
    for i, row in enumerate(got["old"][0]):
        def med(which: str, k: int, i: int = i) -> float:
            return statistics.median(float(run[i][k]) for run in got[which])  # type: ignore[arg-type]

        def least(which: str, k: int, i: int = i) -> float:
            return min(float(run[i][k]) for run in got[which])  # type: ignore[arg-type]
        print(f"{row[0]:20} {row[1]:12} {least('old', 5):7.3f} -> {least('new', 5):6.3f} "
              f"{med('old', 3):6.3f} -> {med('new', 3):6.3f} "
              f"{med('old', 4):6.3f} -> {med('new', 4):6.3f} "
              f"{med('old', 2):5.1f} -> {med('new', 2):5.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("split", help="dev and held-out corpus tables")
    s.add_argument("--show", type=int, default=40, help="dev misses and FPs listed")
    p = sub.add_parser("speed", help="throughput and latency per 4 KB text")
    p.add_argument("--seconds", type=float, default=1.0)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--base", help="the guard's modules as they were at this commit")
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    a = sub.add_parser("ab", help="speed at a commit and in the working tree, alternating")
    a.add_argument("base")
    a.add_argument("--rounds", type=int, default=4)
    a.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args(argv)
    if args.what == "split":
        split(args.show)
    elif args.what == "ab":
        ab(args.base, args.rounds, args.seconds)
    else:
        speed(args.seconds, args.repeat, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
