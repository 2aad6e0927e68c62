"""The toxicity family's session-28 vocabulary probe set, second half (helper TOX28B): 96
abusive texts in Russian, Arabic, Hindi, Chinese, Japanese and Korean, written the way
people write abuse in chat — insults and name-calling with and without stock swear
words, profanity-laden rants, sexual harassment and degrading sexual remarks, bullying
of a person, a few hate and violence — with slang, typos, censored spellings,
abbreviations and transliteration (Arabizi, Hinglish, Russian and Chinese in Latin
letters, Japanese romaji, Korean initial consonants); a third inside what an agent
fetched (a chat log, a forum's JSON, a review, an e-mail, a comment thread). And 72
ordinary texts in the same words and carriers (`toxicity_probes28b_texts`). Written
blind before reading any lexicon or corpus, and never tuned on.

    python -m tests.corpus.dev.toxicity_probes28b [--show N]
"""

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_probes28b_texts import ABUSE, ORDINARY
from tests.corpus.harness import evaluate, make_guards


def cases() -> list[Case]:
    """The set's cases."""
    out: list[Case] = []
    for label, texts in (("positive", ABUSE), ("negative", ORDINARY)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                out.append(Case(f"p28b-{lang}-{label}-{i}", text, label, "toxicity", category,
                                lang, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    args = parser.parse_args(argv)
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases())
    got.family = "toxicity probes28b"
    sys.stdout.write(got.table(args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
