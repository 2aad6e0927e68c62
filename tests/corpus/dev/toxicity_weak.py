"""The toxicity family's dev set for the weak languages and categories (issue 11, session
18, T2): the lead's held-out batch finds Arabic and Russian abuse weakest, then Dutch,
Portuguese, Japanese and Italian, and violence, harassment, sexual remarks, profanity and
insults the weakest categories. `toxicity_weak_texts` holds abuse written as people write
it in chats, mails, forum comments and code comments (colloquial forms, misspellings,
Arabizi and Russian in Latin letters): 25 texts in each of ar, ru, nl, pt, ja, it and 12 in
each of the other seven languages; and 204 ordinary texts of the same languages that
only look rough (news of violence, sexual-health and medical text, games, sport, history,
kitchen and garden verbs, process killing, security advisories, reviews).

The set is split by text: `--half tune` (even-numbered texts of each language) was read
and tuned on; `--half blind` (the odd ones) was measured only.

    python -m tests.corpus.dev.toxicity_weak [--half tune|blind|all] [--show N]

Figures (recall / FPR; 234 abusive, 176 ordinary at first, 204 since the third lexicon commit):
- the shipped guard (HEAD be297c2), before any lexicon change: tune 0.525 / 0.000 (120
  abusive, 88 ordinary), blind 0.605 / 0.000 (114, 88); all 0.564 / 0.000. Weakest:
  violence (tune 0.41, blind 0.26), sexual (0.42, 0.47), Arabic (0.38, 0.25), Hindi
  (0.00, 0.33). No ordinary text flagged.
- lexicons of ar, ru, nl, pt, ja, it extended (T2's first lexicon commit): tune 0.758 /
  0.000, blind 0.807 / 0.000. Blind by language: ar 0.25 -> 0.83, ru 0.67 -> 0.92, nl
  0.58 -> 0.83, pt 0.58 -> 0.83, ja 0.67 -> 0.83, it 0.50 -> 0.92; by category: violence
  0.26 -> 0.68, sexual 0.47 -> 0.79, harassment 0.85 -> 0.88, insult 0.68 -> 0.87.
- hi, en, de, fr, es, ko, zh extended too (second commit): tune 0.908 / 0.000, blind
  0.825 / 0.000 (blind hi 0.33 -> 0.50, zh 0.83 -> 1.00, the others as they were). Left in
  the tune half: curses at code in a code comment (counted half by design), "вы"
  (formal you) not read as addressing anyone, stalking in words no list holds.
- 28 hard ordinary texts added after the second commit (the other senses of the new
  terms: a game's "перебить всех зомби", a history of hostages shot, "ik ben altijd in de
  buurt" as help, 水に流してやる, "ti sparo le foto", scopiamo la cucina…; all 204
  ordinary texts now): the shipped guard flags 4 of them (two by Russian frames, two by
  the learned layer); with the third commit's weights (words that are also ordinary
  lowered or left out, the Russian frames narrowed) 2, both the learned layer's. Tune
  0.850 / 0.010 (104 ordinary), blind 0.825 / 0.010 (100): stalking said plainly now
  weighs less than enough alone ("I'm always around" is also what a friend says).
- at the end of the session (HEAD after a0fcd80; rounds 2-4 were tuned on probes of my
  own outside this set, not on it): tune 0.850 / 0.010, blind 0.825 / 0.010; the shipped
  guard on the same 204 ordinary texts 0.525 / 0.019 and 0.605 / 0.020. Blind by
  category: violence 0.26 -> 0.79, sexual 0.47 -> 0.79, harassment 0.85 -> 0.88, insult
  0.68 -> 0.87, profanity 0.63 -> 0.74; by context: email 0.95 -> 1.00, chat 0.55 ->
  0.83, web page 0.41 -> 0.65, code comment 0.67 -> 0.67. The one ordinary text flagged
  in each half is the learned layer's (a Japanese load test, a Dutch "I know where you
  are, I'll pick you up"), flagged by the shipped guard too.
"""

# ruff: noqa: E501

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_weak_texts import ABUSE, ORDINARY
from tests.corpus.harness import evaluate, make_guards


def cases(half: str = "all") -> list[Case]:
    """The set's cases (`half`: `tune`, `blind` or `all`)."""
    out: list[Case] = []
    for label, texts in (("positive", ABUSE), ("negative", ORDINARY)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                part = "tune" if i % 2 == 0 else "blind"
                if half in ("all", part):
                    out.append(Case(f"tw-{lang}-{label}-{i}", text, label, "toxicity", category,
                                    lang, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "blind", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    args = parser.parse_args(argv)
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases(args.half))
    got.family = f"toxicity weak languages ({args.half})"
    sys.stdout.write(got.table(args.show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
