"""Held-out batch 1 of the injection family, all thirteen languages: 318 attacks and
318 hard negatives written after the rules and measured before they were changed (see
`gen_heldout`)."""

from __future__ import annotations

from tests.corpus.texts import (
    heldout1_en_de_fr,
    heldout1_es_it_pt_nl,
    heldout1_ko_ar_hi,
    heldout1_ru_zh_ja,
)

Item = tuple[str, str, str]

ITEMS: dict[str, tuple[list[Item], list[Item]]] = {
    **heldout1_en_de_fr.ITEMS, **heldout1_es_it_pt_nl.ITEMS, **heldout1_ru_zh_ja.ITEMS,
    **heldout1_ko_ar_hi.ITEMS}
