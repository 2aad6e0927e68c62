"""An independent toxicity check set (session 13): 108 toxic texts (insults, harassment,
threats, sexual harassment, hate, explicit and implied, alone or inside mails, chat logs,
product reviews and tool results) and 106 hard negatives (heated but civil disagreement,
reports about abuse, moderation guidelines, medical text, songs and fiction that tell of
violence, "killer feature"), English about half, the rest in de, fr, es, it, pt, nl and
ru. Written without reading the training text or the other toxicity sets; nobody tunes
on it: it is measured once.

    python -m tests.corpus.dev.toxicity_check7 [--show N]

The texts are in `toxicity_check7.jsonl` beside this file, one case a line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.corpus.cases import Case

PATH = Path(__file__).with_name("toxicity_check7.jsonl")


def cases() -> list[Case]:
    """The set, in file order."""
    with PATH.open(encoding="utf-8") as fh:
        return [Case.from_json(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """The toxicity guard's figures on the set at its defaults, with misses and false
    positives (`--show`)."""
    from secproxy.guards.registry import make
    from tests.corpus.harness import evaluate

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--show", type=int, default=10, help="misses and FPs listed")
    args = parser.parse_args(argv)
    report = evaluate("toxicity", [make("toxicity", "toxicity", {})], cases=cases())
    report.family = "toxicity check set 7"
    sys.stdout.write(report.table(args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
