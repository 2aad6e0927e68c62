"""The toxicity family's session-22 probe set (issue 11, helper TOX): 81 abusive texts in
the 13 languages, phrased without the lexicon's stock words, and 80 ordinary texts that
only look rough (`toxicity_probes22_texts`). Written before session 22's changes and
never tuned on: its figures are that session's check on text its rules were not written
against.

    python -m tests.corpus.dev.toxicity_probes22 [--show N]
"""

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probes22_texts import ABUSE, ORDINARY
from tests.corpus.harness import evaluate, make_guards


def cases() -> list[Case]:
    """The set's cases."""
    out: list[Case] = []
    for label, texts in (("positive", ABUSE), ("negative", ORDINARY)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                out.append(Case(f"p22-{lang}-{label}-{i}", text, label, "toxicity", category,
                                lang, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    args = parser.parse_args(argv)
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases())
    got.family = "toxicity probes22"
    sys.stdout.write(got.table(args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
