"""Development sets: labelled text written to tune against, apart from the training text
(`tests/corpus/train/`) and from the measures (the main corpus, the hard sets and the
held-out batches). `python -m tests.corpus.dev.injection` prints the injection family's
figures on its dev set, with the learned layer and without."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from tests.corpus.cases import Case


def family_main(family: str, cases: Callable[[], list[Case]],
                check_cases: Callable[[], list[Case]], doc: str | None,
                argv: list[str] | None) -> int:
    """The command line of a family's dev set and its check set (`--check`): the figures
    of the family's guard at its defaults, with misses and false positives (`--show`)."""
    from secproxy.guards.registry import make
    from tests.corpus.harness import evaluate

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0] if doc else None)
    parser.add_argument("--show", type=int, default=10, help="misses and FPs listed")
    parser.add_argument("--check", action="store_true", help="the check set instead")
    args = parser.parse_args(argv)
    chosen = check_cases() if args.check else cases()
    report = evaluate(family, [make(family, family, {})], cases=chosen)
    report.family = f"{family} " + ("check set" if args.check else "dev set")
    sys.stdout.write(report.table(args.show) + "\n")
    return 0
