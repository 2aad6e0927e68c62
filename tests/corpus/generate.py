"""Writes the corpus: `python -m tests.corpus.generate` rebuilds every JSONL file under
`tests/corpus/<family>/` from the hand-written texts (`texts/`) and the format makers
(`checks.py`, `tokens.py`), deterministically from one seed, and prints the counts.

Each family draws from its own seeded generator, so changing one family's texts leaves
the others' files as they were.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from tests.corpus import gen_injection, gen_other, gen_pii, gen_secrets
from tests.corpus.cases import FAMILIES, HARD, CorpusWriter

SEED = 20250311

BUILDERS = {
    "injection": gen_injection.build,
    "secrets": gen_secrets.build,
    "pii": gen_pii.build,
    "encoding": gen_other.build_encoding,
    "toxicity": gen_other.build_toxicity,
}


def build() -> CorpusWriter:
    """Every case of the corpus, in a writer ready to write."""
    out = CorpusWriter()
    for family in FAMILIES:
        builder = BUILDERS.get(family)
        if builder is not None:
            builder(out, random.Random(f"{SEED}:{family}"))
    return out


def summary(out: CorpusWriter) -> str:
    counts = Counter((c.family, c.label) for c in out.cases())
    lines = [f"{f:10} {counts[(f, 'positive')]:5} positive {counts[(f, 'negative')]:5} negative"
             for f in FAMILIES]
    total_p = sum(v for (_, label), v in counts.items() if label == "positive")
    total_n = sum(v for (_, label), v in counts.items() if label == "negative")
    lines.append(f"{'total':10} {total_p:5} positive {total_n:5} negative")
    return "\n".join(lines)


def main() -> None:
    out = build()
    out.write()
    sys.stdout.write(summary(out) + "\n")
    hard = CorpusWriter()
    gen_injection.build_hard(hard)
    HARD.mkdir(exist_ok=True)
    (HARD / "injection.jsonl").write_text(
        "".join(c.to_json() + "\n" for c in hard.cases()), encoding="utf-8")
    sys.stdout.write(f"hard set: {summary(hard).splitlines()[0]}\n")


if __name__ == "__main__":
    main()
