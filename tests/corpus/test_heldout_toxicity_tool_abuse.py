"""The held-out toxicity and tool-abuse batches: what the generators write is what is
committed, each batch is large and covers its languages, categories and tool classes both
ways, and no held-out sentence or call is also in the corpora the rules are tuned on
(the main corpus, the toxicity dev set, the hard sets)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import gen_heldout_tool_abuse, gen_heldout_toxicity, harness
from tests.corpus import test_tool_abuse_corpus as tool_abuse_corpus
from tests.corpus.cases import CONTEXTS, LANGS, ROOT, heldout
from tests.corpus.test_tool_abuse_corpus import heldout as tool_heldout

TOXICITY_CATEGORIES = {"insult", "threat", "harassment", "hate", "sexual", "self_harm",
                       "profanity", "violence"}
"""The toxicity guard's categories, as the README names them."""


def test_the_committed_batches_are_what_the_generators_write() -> None:
    for gen in (gen_heldout_toxicity, gen_heldout_tool_abuse):
        on_disk = gen.PATH.read_text(encoding="utf-8").splitlines()
        assert on_disk == gen.lines(), f"{gen.PATH.name} is stale: python -m {gen.__name__}"


def test_the_toxicity_batch_covers_every_language_and_category_both_ways() -> None:
    cases = heldout("toxicity")["batch1"]
    labels = Counter(c.label for c in cases)
    assert labels["positive"] >= 200 and labels["negative"] >= 200
    assert len({c.id for c in cases}) == len(cases)
    assert {c.family for c in cases} == {"toxicity"} and {c.context for c in cases} <= set(CONTEXTS)
    by_lang = Counter((c.lang, c.label) for c in cases)
    short = {(lang, label) for lang in LANGS for label in ("positive", "negative")
             if by_lang[(lang, label)] < 15}
    assert short == set()
    assert sum(c.lang == "en" for c in cases) <= len(cases) / 3
    assert {c.category for c in cases if c.positive} == TOXICITY_CATEGORIES
    assert {c.category for c in cases if not c.positive} == TOXICITY_CATEGORIES


def test_the_tool_abuse_batch_covers_every_category_and_tool_class() -> None:
    cases = tool_heldout()["batch1"]
    assert len(cases) >= 250 and len({c.id for c in cases}) == len(cases)
    labels = Counter(c.label for c in cases)
    assert labels["positive"] >= 120 and labels["negative"] >= 120
    both = Counter((c.category, c.label) for c in cases)
    assert {cat for cat in gen_heldout_tool_abuse.CATEGORIES
            if both[(cat, "positive")] < 10 or both[(cat, "negative")] < 8} == set()
    assert {"shell", "filesystem", "http", "sql", "code", "git", "cloud", "package"} <= {
        c.context for c in cases}
    assert sum(c.context == "obfuscated" for c in cases) >= 40
    assert all(isinstance(c.arguments, dict) and c.arguments for c in cases)


def _texts(paths: list[Path]) -> str:
    """The `text` of every JSONL record in `paths`, casefolded, in one searchable string."""
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(str(json.loads(line).get("text", "")).casefold())
    return "\x00".join(out)


def test_no_held_out_toxicity_sentence_is_in_the_tuned_corpora() -> None:
    # The learned layer's training text is tuned on too (`train/toxicity/train.jsonl`).
    tuned = [*(ROOT / "toxicity").rglob("*.jsonl"), *(ROOT / "hard").glob("toxicity*.jsonl"),
             *(ROOT / "train" / "toxicity").glob("*.jsonl")]
    assert tuned, "no toxicity corpus found"
    assert any(p.parent.name == "toxicity" and p.parent.parent.name == "train" for p in tuned)
    blob = _texts(tuned)
    shared = []
    for lang, items in gen_heldout_toxicity.ITEMS.items():
        for i, (_label, _category, _context, text, _why) in enumerate(items):
            pieces = [text, *re.split(r"(?<=[.!?。！？])\s*", text)]
            if any(len(p) >= 8 and p.casefold() in blob for p in pieces):
                shared.append(f"ITEMS[{lang!r}][{i}]")  # not the text: the batch stays unread
    assert shared == []


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)


def test_no_held_out_tool_call_is_in_the_main_corpus() -> None:
    tuned = sorted((ROOT / "tool_abuse").glob("*.jsonl"))
    assert tuned, "no tool-abuse corpus found"
    main = {leaf.strip() for path in tuned for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() for leaf in _leaves(json.loads(line)["arguments"])}
    shared = [c.id for c in tool_heldout()["batch1"]
              if any(len(leaf) >= 6 and leaf.strip() in main for leaf in _leaves(c.arguments))]
    assert shared == []


def test_the_held_out_tables_name_no_case(capsys: pytest.CaptureFixture[str]) -> None:
    """What the commands print for the held-out batches is counts: a listed miss would be
    tuned on."""
    assert harness.main(["toxicity", "--heldout"]) == 0
    assert tool_abuse_corpus.main(["--heldout"]) == 0
    out = capsys.readouterr().out
    assert "toxicity held-out batch1" in out and "tool_abuse held-out batch1" in out
    assert "htox1-" not in out and "hta1-" not in out
    assert re.search(r"misses: \d+, false positives: \d+", out)
