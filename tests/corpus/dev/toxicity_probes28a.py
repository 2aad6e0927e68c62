"""The toxicity family's session-28 probe set a (helper TOX28A): 112 abusive texts in
en, de, fr, es, it, pt and nl aimed at vocabulary breadth (insults with and without a
stock swear word, profanity, sexual harassment, bullying, a few hate and violence) in
chat register with slang, abbreviations, typos and censored spellings, a third inside
what an agent fetched; and 84 ordinary texts in the same words and carriers
(`toxicity_probes28a_texts`): swear substrings in place and family names, sexual health,
a film review, a linguist on swearing, a moderator's report, banter, a harsh review.
Written blind before reading any lexicon or corpus.

    python -m tests.corpus.dev.toxicity_probes28a [--show N]
"""

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probes28a_texts import ABUSE, ORDINARY
from tests.corpus.harness import evaluate, make_guards


def cases() -> list[Case]:
    """The set's cases."""
    out: list[Case] = []
    for label, texts in (("positive", ABUSE), ("negative", ORDINARY)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                out.append(Case(f"p28a-{lang}-{label}-{i}", text, label, "toxicity", category,
                                lang, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    args = parser.parse_args(argv)
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases())
    got.family = "toxicity probes28a"
    sys.stdout.write(got.table(args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
