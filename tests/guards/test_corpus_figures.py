"""Detection figures on the team's labelled corpus (`tests/corpus/`), per family.

Each family runs with its default settings through the normaliser's views, as the proxy
runs it. The issue's bar is recall >= 0.95 at FPR <= 0.02: families that reach it are
held to it; the ones that do not yet are held to a floor just under what they reach
today (a ratchet, raised as they improve), so a change that makes detection worse fails
here either way. The whole table (per category, language and context, with misses) is
in the failure message, and `python -m tests.corpus.harness FAMILY` prints it.

These figures are on material written by the same team as the rules: they say nothing
about other people's text, which is what the project is measured on.
"""

from __future__ import annotations

import pytest

from tests.corpus.harness import evaluate, make_guards

TARGET = (0.95, 0.02)
"""The issue's bar: (minimum recall, maximum false-positive rate)."""

BARS: dict[str, tuple[float, float]] = {
    "secrets": TARGET,
    "pii": TARGET,
    "encoding": TARGET,           # 0.989 / 0.000 today (0.977 on the odd-id half)
    "toxicity": TARGET,           # 0.967 / 0.000 today (0.935 on the odd-id half)
    "injection": (0.87, 0.02),    # floor: 0.887 / 0.015 today (0.865 / 0.017 on the odd-id half)
}


@pytest.mark.parametrize("family", sorted(BARS))
def test_family_meets_its_bar_on_the_corpus(family: str) -> None:
    guards = make_guards([family])
    assert guards, f"no {family} guard registered"
    report = evaluate(family, guards)
    min_recall, max_fpr = BARS[family]
    overall = report.overall
    recall, fpr = overall.recall, overall.fpr
    assert recall is not None and fpr is not None
    assert recall >= min_recall and fpr <= max_fpr, report.table(show=15)
