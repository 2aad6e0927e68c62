"""What the toxicity family's blind probe sets (`toxicity_probes22`, `…25`, `…26`, `…28a`,
`…28b`) share: their cases made from `ABUSE` and `ORDINARY` texts, and the command that
prints their table."""

from __future__ import annotations

import argparse
import sys

from tests.corpus.cases import Case
from tests.corpus.harness import evaluate, make_guards

Texts = dict[str, list[tuple[str, str, str]]]
"""Language -> (category, context, text)."""


def probe_cases(prefix: str, abuse: Texts, ordinary: Texts) -> list[Case]:
    """A set's cases: `abuse` positive, `ordinary` negative, ids `PREFIX-lang-label-i`."""
    out: list[Case] = []
    for label, texts in (("positive", abuse), ("negative", ordinary)):
        for lang, items in texts.items():
            for i, (category, context, text) in enumerate(items):
                out.append(Case(f"{prefix}-{lang}-{label}-{i}", text, label, "toxicity",
                                category, lang, context))
    return out


def probe_main(name: str, doc: str, cases: list[Case], argv: list[str] | None = None) -> int:
    """`python -m tests.corpus.dev.<set> [--show N]`: the set's table."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    args = parser.parse_args(argv)
    got = evaluate("toxicity", make_guards(["toxicity"]), cases=cases)
    got.family = f"toxicity {name}"
    sys.stdout.write(got.table(args.show) + "\n")
    return 0
