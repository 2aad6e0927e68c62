"""The toxicity family's session-29 set of carried text (helper TOX29), two measures the
other sets lack:

- abuse said of a third person (`toxicity_carried29_texts.THIRD`: 63 sentences in 13
  languages, "the receptionist was a stupid cow"), each as a one-star review of a review
  API's JSON answer: recall;
- ordinary tool results of many records: ten ordinary texts of one language from the
  blind probe sets and `toxicity_tools` (each set's own negatives, clean or not) joined
  as a thread, a JSON search result, a numbered result list and a thread with post
  heads, six of each per language (seeded): FPR. Each record may be clean alone and the
  whole still be flagged (words of two records summed, one record's context lost).

    python -m tests.corpus.dev.toxicity_carried29 [--show N]
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from tests.corpus.cases import Case
from tests.corpus.dev import (
    toxicity_probes22,
    toxicity_probes25,
    toxicity_probes26,
    toxicity_probes28a,
    toxicity_probes28b,
    toxicity_probes29,
    toxicity_tools,
)
from tests.corpus.dev.toxicity_carried29_texts import THIRD
from tests.corpus.dev.toxicity_probe import probe_main

RECORDS = 10
"""Ordinary texts per carrier."""
PER_SHAPE = 6
"""Carriers of each shape per language."""


def _review(text: str) -> str:
    return json.dumps({"product": "B0-4471", "reviews": [
        {"stars": 5, "author": "mia_k", "date": "2026-03-02", "text": "Quick and friendly."},
        {"stars": 1, "author": "rob_77", "date": "2026-03-04", "text": text},
    ]}, ensure_ascii=False)


SHAPES: dict[str, Callable[[list[str]], str]] = {
    "thread": lambda ps: "\n\n".join(ps),
    "json": lambda ps: json.dumps({"results": [
        {"id": i, "title": f"Result {i}", "url": f"https://s{i}.example/p", "snippet": p}
        for i, p in enumerate(ps)]}, ensure_ascii=False),
    "results": lambda ps: "\n".join(f"{i + 1}. Result {i} - s{i}.example\n   "
                                    f"https://s{i}.example/x\n   {p}"
                                    for i, p in enumerate(ps)),
    "posts": lambda ps: "\n\n".join(f"user{i} · {i + 1}h ago\n{p}" for i, p in enumerate(ps)),
}


def _ordinary() -> dict[str, list[str]]:
    """The blind probe sets' and `toxicity_tools`' ordinary texts, by language."""
    out: dict[str, list[str]] = {}
    sets = [m.cases() for m in (toxicity_probes22, toxicity_probes25, toxicity_probes26,
                                toxicity_probes28a, toxicity_probes28b, toxicity_probes29)]
    sets.append(toxicity_tools.cases("all"))
    for cases in sets:
        for c in cases:
            if c.label == "negative":
                out.setdefault(c.lang, []).append(c.text)
    return out


def cases() -> list[Case]:
    """The set's cases: `THIRD` in reviews, then the ordinary carriers."""
    out = [Case(f"c29-{lang}-positive-{i}", _review(text), "positive", "toxicity",
                "third_person", lang, "tool_result")
           for i, (lang, text) in enumerate(THIRD)]
    rng = random.Random(29)
    for lang, texts in sorted(_ordinary().items()):
        for shape, make in SHAPES.items():
            for i in range(PER_SHAPE):
                parts = rng.sample(texts, min(RECORDS, len(texts)))
                out.append(Case(f"c29-{lang}-negative-{shape}-{i}", make(parts), "negative",
                                "toxicity", f"records_{shape}", lang, "tool_result"))
    return out


def main(argv: list[str] | None = None) -> int:
    return probe_main("carried29", __doc__ or "", cases(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
