"""Held-out batch 3 of the injection family, all thirteen languages, English about a
quarter: written by a helper who had not read the rules, their lexicons or the main
corpus, to measure the rules (and the learned scorer) on wording nobody tuned for. Never
tune on it (see `gen_heldout3`)."""

from __future__ import annotations

from tests.corpus.texts import heldout3_asia, heldout3_en, heldout3_eu

Item = tuple[str, str, str]

ITEMS: dict[str, tuple[list[Item], list[Item]]] = {
    **heldout3_en.ITEMS, **heldout3_eu.ITEMS, **heldout3_asia.ITEMS}
