"""A seed phrase written right after wordlist words of its own sentence ("secret", "keep
this safe", "seed phrase"): the run of wordlist words starts before the phrase, so the
phrase that ends the run is tried after one to three leading words."""

from __future__ import annotations

import random

import pytest

from secproxy.guards.secrets import detector
from tests.guards.secrets_samples import mnemonic

LEADS = ["secret ", "keep this safe ", "seed phrase ", "my private key seed "]


@pytest.mark.parametrize("lead", LEADS)
def test_a_phrase_after_wordlist_words_is_found(lead: str) -> None:
    found = 0
    for seed in range(16):
        phrase = mnemonic(random.Random(seed), words=random.Random(seed).choice([12, 24]))
        text = f"{lead}{phrase} — thanks"
        spans = [(f.start, f.end) for f in detector().find(text)
                 if f.kind == "bip39_seed_phrase"]
        start = text.index(phrase)
        # The phrase is reported (a chance checksum from the run's first word, one in
        # sixteen, may report a span that starts early; it still covers most of it).
        assert spans, text
        found += spans == [(start, start + len(phrase))]
    assert found >= 12


def test_more_than_three_leading_words_are_not_slid_through() -> None:
    # Long runs of wordlist words are not searched at every offset: a phrase after four
    # of them is only found when a checksum holds from the run's first word.
    phrase = mnemonic(random.Random(5))
    lead = "keep safe secret seed "
    spans = [(f.start, f.end) for f in detector().find(lead + phrase)]
    assert (len(lead), len(lead) + len(phrase)) not in spans
