"""The secrets and pii dev sets (`tests/corpus/dev/secrets.py`, `pii.py`): their size and
spread, that each positive's span is its value, that none of their texts is in the
measured corpus, and floors on what the guards find there (ratchet up only)."""

from __future__ import annotations

from collections import Counter

import pytest

from secproxy.guards.registry import make
from tests.corpus.cases import load
from tests.corpus.dev import pii as dev_pii
from tests.corpus.dev import secrets as dev_secrets
from tests.corpus.harness import evaluate

SETS = {"secrets": dev_secrets, "pii": dev_pii}
FLOORS = {"secrets": (0.99, 0.01), "pii": (0.98, 0.01)}
"""(recall at least, FPR at most) on each dev set."""


@pytest.mark.parametrize("family", sorted(SETS))
def test_dev_set_is_large_and_spread(family: str) -> None:
    cases = SETS[family].cases()
    labels = Counter(c.label for c in cases)
    assert labels["positive"] >= 200
    assert labels["negative"] >= 150
    kinds = {c.category for c in cases if c.positive}
    assert len(kinds) >= (60 if family == "secrets" else 20)
    assert len({c.lang for c in cases if c.positive}) == 13
    assert len({c.id for c in cases}) == len(cases)


@pytest.mark.parametrize("family", sorted(SETS))
def test_spans_hold_the_values(family: str) -> None:
    for case in SETS[family].cases():
        if not case.positive:
            assert case.span is None
            continue
        assert case.span is not None
        start, end = case.span
        value = case.text[start:end]
        assert value.strip() == value and len(value) >= 6, case.id


@pytest.mark.parametrize("family", sorted(SETS))
def test_no_dev_text_is_in_the_measured_corpus(family: str) -> None:
    measured = {c.text for c in load(family)}
    assert not [c.id for c in SETS[family].cases() if c.text in measured]


@pytest.mark.parametrize("family", sorted(SETS))
def test_dev_set_floors(family: str) -> None:
    report = evaluate(family, [make(family, family, {})], cases=SETS[family].cases())
    min_recall, max_fpr = FLOORS[family]
    assert report.overall.recall is not None and report.overall.fpr is not None
    assert report.overall.recall >= min_recall, report.table(20)
    assert report.overall.fpr <= max_fpr, report.table(20)
