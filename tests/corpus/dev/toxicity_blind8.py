"""The toxicity family's blind dev set of session 19 (issue 11, T): abuse said without
a listed word — threats, violence called for, harassment, hate, sexual harassment,
self-harm urged — in all thirteen languages (Arabic and Russian with their clitics,
inflected forms, dialect, Arabizi and Latin-letter Russian; sixteen texts each, twelve
in the others), and as many ordinary texts in the same words (news, medicine, games,
fiction, moderation notes, logs, support lines, policy, harsh but civil criticism); a
fifth of each inside tool results (JSON, chat logs, threads). Texts in
`toxicity_blind8_texts`, written before any change of the session.

The set is split by text: `--half look` (the even-numbered texts of the languages at
even places of `ABUSE`'s order, the odd-numbered of the others) may be read; `--half run`
(the rest) is only measured.

    python -m tests.corpus.dev.toxicity_blind8 [--half look|run|all] [--show N]

Figures (recall / FPR; 164 abusive, 164 ordinary; look 82/82, run 82/82):
- the shipped guard (HEAD 2c95f29), before any change: look 0.354 / 0.000, run 0.317 /
  0.012, all 0.335 / 0.006. Weakest: ar 0.062, ru 0.125 (all); harassment 0.107,
  violence 0.214, hate 0.346; the one ordinary text flagged a history exhibition (pt).
"""

# ruff: noqa: E501

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_blind8_texts import ABUSE, ORDINARY
from tests.corpus.harness import evaluate, make_guards

LANGS = list(ABUSE)


def cases(half: str = "all") -> list[Case]:
    """The set's cases (`half`: `look`, `run` or `all`)."""
    out: list[Case] = []
    for label, texts in (("positive", ABUSE), ("negative", ORDINARY)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                part = "look" if (i + LANGS.index(lang)) % 2 == 0 else "run"
                if half in ("all", part):
                    out.append(Case(f"tb8-{lang}-{label}-{i}", text, label, "toxicity",
                                    category, lang, context))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("look", "run", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed (look half only)")
    args = parser.parse_args(argv)
    show = args.show if args.half == "look" else 0
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases(args.half))
    got.family = f"toxicity blind8 ({args.half})"
    sys.stdout.write(got.table(show) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
