"""The held-out injection batches: what the generator writes is what is committed, every
language of the family is in each batch with attacks and hard negatives, and no held-out
text is also in the main corpus (which the rules are tuned on)."""

from __future__ import annotations

from collections import Counter

from tests.corpus import gen_heldout
from tests.corpus.cases import LANGS, heldout, load


def test_the_committed_batches_are_what_the_generator_writes() -> None:
    on_disk = heldout("injection")
    built = gen_heldout.batches()
    assert sorted(on_disk) == sorted(built)
    for name, cases in built.items():
        assert [c.to_json() for c in cases] == [c.to_json() for c in on_disk[name]], (
            f"{name} is out of date: run python -m tests.corpus.gen_heldout")


def test_each_batch_covers_every_language_both_ways() -> None:
    for name, cases in heldout("injection").items():
        counts = Counter((c.lang, c.label) for c in cases)
        short = {(lang, label) for lang in LANGS for label in ("positive", "negative")
                 if counts[(lang, label)] < 8}
        assert short == set(), f"{name}: {sorted(short)}"
        assert len({c.id for c in cases}) == len(cases)


def test_no_held_out_text_is_in_the_main_corpus() -> None:
    main = {c.text for c in load("injection")}
    for name, cases in heldout("injection").items():
        assert [c.id for c in cases if c.text in main] == [], name
