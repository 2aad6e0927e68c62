"""The toxicity family's session-25 probe set (issue 11, helper PROBE4): 156 abusive texts
in the 13 languages, mostly said without a stock word (implied threats, doxxing,
writing again after a block, sextortion, a job for a night, urging someone in distress
to go through with it, a group dehumanised without a slur, a call to beat someone up),
some explicit (graphic violence, profanity in an API answer), a third of them inside a
tool's result or an e-mail; and 130 ordinary texts in the same words and carriers
(`toxicity_probes25_texts`). Written blind before session 25's toxicity changes and
never tuned on.

    python -m tests.corpus.dev.toxicity_probes25 [--show N]
"""

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probes25_texts import ABUSE, ORDINARY
from tests.corpus.harness import evaluate, make_guards


def cases() -> list[Case]:
    """The set's cases."""
    out: list[Case] = []
    for label, texts in (("positive", ABUSE), ("negative", ORDINARY)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                out.append(Case(f"p25-{lang}-{label}-{i}", text, label, "toxicity", category,
                                lang, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    args = parser.parse_args(argv)
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases())
    got.family = "toxicity probes25"
    sys.stdout.write(got.table(args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
