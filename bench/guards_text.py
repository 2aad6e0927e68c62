"""Throughput of the text-scanning guards (pii, toxicity, length) on mixed 4 KiB texts.

    python bench/guards_text.py [--texts 200] [--reps 5] [--seed 7]

Each text is 4 KiB of prose in English, German and French, code, JSON, log lines and
SQL, with a piece of PII in about 3% of its sentences. Each guard's `inspect` runs on
every text `--reps` times; the best time of each text counts (the machine is shared, so
the best is the least disturbed), and the figures printed are MB/s over all texts and the
p50/p99 per 4 KiB. Target (issue 11): the guard pipeline >= 50 MB/s, p99 <= 1 ms per 4 KiB.
The load average is printed beside the figures, since other work on the machine moves them.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.registry import make
from secproxy.model import Action, Surface

PROSE = [
    "The deployment finished without errors and the new build was rolled out to every "
    "node in the cluster",
    "Please review the attached report before Friday; totals were 12,345 requests and "
    "99.9% uptime",
    "Der Server antwortet nicht, bitte prüfen Sie die Verbindung und starten Sie den Dienst neu",
    "Le rapport mensuel est disponible dans le dossier partagé, merci de le relire avant lundi",
    'def handler(event, ctx):\n    return {"status": 200, "items": [1, 2, 3]}',
    '{"id": 18273, "user": "bob", "ts": 1700000000, "ok": true, "price": 19.99}',
    "2024-01-15 10:30:45 INFO worker-3 request handled in 35 ms (version 1.2.3)",
    "Summarise the following meeting notes into three bullet points for the team",
    "SELECT name, total FROM orders WHERE created_at > '2024-01-01' ORDER BY total DESC",
]
PII = ["contact alice.smith@mailbox.org", "call (415) 555-2671", "card 4111 1111 1111 1111",
       "server 10.0.0.12", "IBAN DE89 3704 0044 0532 0130 00", "SSN 123-45-6789"]


def texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts: list[str] = []
        while sum(map(len, parts)) < 4200:
            parts.append(rnd.choice(PII) if rnd.random() < 0.03 else rnd.choice(PROSE))
        out.append(". ".join(parts)[:4096])
    return out


def measure(scan: Callable[[str], object], corpus: list[str], reps: int
            ) -> tuple[float, float, float]:
    best = []
    for text in corpus:
        times = []
        for _ in range(reps):
            start = time.perf_counter()
            scan(text)
            times.append(time.perf_counter() - start)
        best.append(min(times))
    best.sort()
    return (sum(len(t) for t in corpus) / sum(best) / 1e6, best[len(best) // 2] * 1e6,
            best[int(len(best) * 0.99)] * 1e6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=200, help="number of 4 KiB texts")
    parser.add_argument("--reps", type=int, default=5, help="runs per text (best counts)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the text generator")
    args = parser.parse_args()
    corpus = texts(args.texts, args.seed)
    ctx = GuardContext(Action(Surface.LLM))
    guards = {"pii": make("pii", "pii", {}), "toxicity": make("toxicity", "toxicity", {}),
              "length": make("length", "length", {"max_tokens": 100_000})}
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    for name, guard in guards.items():
        def scan(text: str, guard: object = guard) -> object:
            return guard.inspect([Slot(Role.USER, text)], ctx)  # type: ignore[attr-defined]

        mbs, p50, p99 = measure(scan, corpus, args.reps)
        print(f"{name:9s} {mbs:7.2f} MB/s   p50 {p50:6.0f} us   p99 {p99:6.0f} us per 4 KiB")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
