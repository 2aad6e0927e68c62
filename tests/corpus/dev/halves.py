"""The look / run halves of a dev set written as attacks and hard negatives per language
(`injection_direct4`, `injection_direct5`): which half a text belongs to, the cases of a
half, and the command line that prints a half's figures with the learned layer on and
off. A half is every other text of a language's list, the two halves of neighbouring
languages interleaved."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from secproxy.guards.registry import make
from tests.corpus.cases import Case
from tests.corpus.dev.injection2 import Item, carried
from tests.corpus.harness import evaluate

Texts = dict[str, list[Item]]


def written(attacks: Texts, negatives: Texts) -> list[str]:
    """Every text of the set, as written (before its carrier)."""
    return [t for texts in (attacks, negatives) for items in texts.values() for _, _, t in items]


def part(langs: list[str], lang: str, i: int) -> str:
    """The half text `i` of language `lang` belongs to (negatives as attacks)."""
    return "look" if (i + langs.index(lang)) % 2 == 0 else "run"


def cases(name: str, attacks: Texts, negatives: Texts, half: str = "all") -> list[Case]:
    """The set (`half`: `look`, `run` or `all`): each text typed by a user (ids
    `<name>-<lang>-<label>-<i>`, `i` its place in its language's list)."""
    langs = list(attacks)
    return [c for c in carried(name, attacks, negatives)
            if half in ("all", part(langs, c.lang, int(c.id.rsplit("-", 1)[1])))]


def main(name: str, attacks: Texts, negatives: Texts, description: str,
         argv: list[str] | None = None) -> int:
    """`python -m tests.corpus.dev.injection_<name> [--half look|run|all] [--show N]`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--half", choices=("look", "run", "all"), default="all")
    parser.add_argument("--show", type=int, default=0,
                        help="misses and FPs listed (look half only)")
    args = parser.parse_args(argv)
    show = args.show if args.half == "look" else 0
    for label, settings in (("learned on", {}), ("rules only", {"learned": False})):
        got = evaluate("injection", [make("injection", "injection", settings)],
                       cases=cases(name, attacks, negatives, args.half))
        got.family = f"injection {name} ({args.half}), {label}"
        sys.stdout.write(got.table(show) + "\n\n")
    return 0


@dataclass(frozen=True)
class HalvedSet:
    """A halved dev set's functions, as its module gives them (`written`, `part`,
    `cases`, `main`)."""

    name: str
    attacks: Texts
    negatives: Texts
    description: str

    def written(self) -> list[str]:
        return written(self.attacks, self.negatives)

    def part(self, lang: str, i: int) -> str:
        return part(list(self.attacks), lang, i)

    def cases(self, half: str = "all") -> list[Case]:
        return cases(self.name, self.attacks, self.negatives, half)

    def main(self, argv: list[str] | None = None) -> int:
        return main(self.name, self.attacks, self.negatives, self.description, argv)
