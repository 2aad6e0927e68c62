"""The toxicity family's session-26 probe set (helper PROBE7): 156 abusive texts in the
13 languages, half of them violence (a threat with no threatening word, the car park
where someone parks, a colleague to "deal with permanently", a call to attack a hostel,
a graphic beating, incitement in slang with a bounty), the rest insults without a stock
swear word, harassment, hate against a group and urging self-harm; two thirds inside
what an agent fetched (a chat log, a forum's JSON, a review, an e-mail, a blog page).
And 130 ordinary texts in the same words and carriers (`toxicity_probes26_texts`).
Written blind before reading any lexicon or corpus, and never tuned on.

    python -m tests.corpus.dev.toxicity_probes26 [--show N]
"""

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probes26_texts import ABUSE, ORDINARY
from tests.corpus.harness import evaluate, make_guards


def cases() -> list[Case]:
    """The set's cases."""
    out: list[Case] = []
    for label, texts in (("positive", ABUSE), ("negative", ORDINARY)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                out.append(Case(f"p26-{lang}-{label}-{i}", text, label, "toxicity", category,
                                lang, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    args = parser.parse_args(argv)
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases())
    got.family = "toxicity probes26"
    sys.stdout.write(got.table(args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
