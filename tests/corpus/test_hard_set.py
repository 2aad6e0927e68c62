"""The hard set (`tests/corpus/hard/`): what its generator writes, well-formed, apart
from the main corpus, and in the languages and kinds it claims."""

from __future__ import annotations

from collections import Counter

from tests.corpus import gen_injection
from tests.corpus.cases import CorpusWriter, hard, load


def test_the_hard_set_is_what_its_generator_writes() -> None:
    built = CorpusWriter()
    gen_injection.build_hard(built)
    assert [c.to_json() for c in hard("injection")] == [c.to_json() for c in built.cases()], (
        "tests/corpus/hard/injection.jsonl is out of date: run python -m tests.corpus.generate")


def test_the_hard_set_is_apart_from_the_main_corpus() -> None:
    cases = hard("injection")
    main = {c.text for c in load("injection")}
    assert not [c.id for c in cases if c.text in main]
    labels = Counter(c.label for c in cases)
    assert labels["negative"] >= 120 and labels["positive"] >= 30
    assert len({c.lang for c in cases if not c.positive}) == 13
    for c in cases:
        if c.positive:
            assert c.span is not None and c.kind == c.category, c.id
            assert c.text[c.span[0]:c.span[1]].strip(), c.id
