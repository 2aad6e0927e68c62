"""Trains the toxicity family's learned layer (`secproxy.guards.toxicity_model`).

    python -m tests.corpus.train.toxicity.gen    # the training set, if its text changed
    python tools/train_toxicity_model.py     # writes secproxy/guards/data/toxicity/model.json.gz

The same learner as the injection family's (`tools/train_injection_model.py`: logistic
regression over the windows' word uni/bigrams and CJK character bigrams, AdaGrad, fixed
seeds, packed by `injection_model.pack`), on `tests/corpus/train/toxicity/train.jsonl`
(abuse and hard negatives we wrote for it) and, as negatives, every `NEGATIVE_EVERY`-th
text of the injection training set (our own text too: instructions, pages, mail, code,
attacks that are not abuse). Never the corpus or the held-out batches: they are the
measures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import train_injection_model as learner  # noqa: E402

from secproxy.guards.toxicity_stems import stemmed  # noqa: E402

DATA = ROOT / "tests" / "corpus" / "train" / "toxicity" / "train.jsonl"
OUT = ROOT / "secproxy" / "guards" / "data" / "toxicity" / "model.json.gz"
NEGATIVE_EVERY = 4
L2 = 5e-3
"""The fit's L2 penalty (the injection learner's is 1e-2). With the Arabic and Russian
stems (`secproxy.guards.toxicity_stems`) and round 11's text, 5e-3 with the calibration's
offset at 0.8 is the pick of the rule written before measuring (session 19; 1e-2: 0.8
and 0.6 found less on the sets never tuned on). Measured with a variant of the stems that
cut every word to six letters (left out for its cost): 3e-2 found less at every offset,
3e-3 flagged two more of blind4's 207 ordinary texts at every offset."""
MAX_TOKENS = 13500
"""Tokens kept at most, those in some pair all kept, then those alone strongest first: with
`learner.MAX_PAIRS` pairs the loaded model stays under 3 MiB (each token costs about 55
bytes). The seventh round's sentences (distinct words, not fillers) brought 15,600
tokens, 4,400 of them in no pair (3.05 MiB loaded); the 2,000 weakest of those weighed
under 0.13 each, and dropping them moved no team set's recall or FPR down."""


def load_rows() -> list[dict[str, object]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    for i, row in enumerate(learner.load_rows()):
        if i % NEGATIVE_EVERY == 0:
            rows.append({"text": row["text"], "label": "negative", "kind": "",
                         "lang": row["lang"], "span": None})
    # The layer reads Arabic and Russian words as light stems (`toxicity_stems`): it
    # learns on them so. The text keeps its length, and the spans hold.
    return [{**row, "text": stemmed(str(row["text"]))} for row in rows]


def without_letters(model: dict[str, Any]) -> dict[str, Any]:
    """`model` without the weights of single Latin letters, alone or in a pair: Italian
    and Portuguese "e", "a", "o" weigh a little toward abuse in the training set, and
    a hex dump or a list of variables is all single letters once its digits are spaces
    (a hex-encoded message scored as a threat)."""
    toks: list[str] = model["tokens"]
    letter = [len(t) == 1 and t.isascii() for t in toks]
    unigrams = [0 if letter[i] else u for i, u in enumerate(model["unigrams"])]
    flat: list[int] = model["pairs"]
    keep = [k for k in range(len(flat) // 3)
            if not letter[flat[3 * k] - 1] and not letter[flat[3 * k + 1] - 1]]
    return {**model, "unigrams": unigrams,
            "pairs": [v for k in keep for v in flat[3 * k:3 * k + 3]],
            "pair_kinds": [model["pair_kinds"][k] for k in keep]}


def within_budget(model: dict[str, Any]) -> dict[str, Any]:
    """`model` with at most `MAX_TOKENS` tokens: those in no pair dropped, the weakest
    first, and the pairs' token ids renumbered."""
    toks: list[str] = model["tokens"]
    flat: list[int] = model["pairs"]
    paired = set(flat[0::3]) | set(flat[1::3])
    alone = sorted((abs(model["unigrams"][i - 1]), i)
                   for i in range(1, len(toks) + 1) if i not in paired)
    drop = {i for _, i in alone[:max(0, len(toks) - MAX_TOKENS)]}
    keep = [i for i in range(1, len(toks) + 1) if i not in drop]
    new_id = {old: new for new, old in enumerate(keep, 1)}
    return {**model, "tokens": [toks[i - 1] for i in keep],
            "unigrams": [model["unigrams"][i - 1] for i in keep],
            "unigram_kinds": [model["unigram_kinds"][i - 1] for i in keep],
            "pairs": [new_id[v] if k % 3 < 2 else v for k, v in enumerate(flat)]}


def main() -> None:
    learner.L2 = L2
    learner.write(within_budget(without_letters(learner.train(load_rows()))), OUT)


if __name__ == "__main__":
    main()
