"""Writes the toxicity learned layer's training set, `tests/corpus/train/toxicity/train.jsonl`:

    python -m tests.corpus.train.toxicity.gen

from the templates of `text.py`, `text_more.py`, `text_round4.py` and `text_round5.py` (our
own text),
each filled several ways, alone and beside a benign sentence of the same language (the
abusive sentence is the row's span), and benign sentences alone and in pairs.
Deterministic (a fixed seed)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.corpus.train.toxicity.text import LANGS
from tests.corpus.train.toxicity.text_more import EVEN_MORE, MORE
from tests.corpus.train.toxicity.text_round4 import ROUND4
from tests.corpus.train.toxicity.text_round5 import ROUND5

OUT = Path(__file__).resolve().parent / "train.jsonl"
FILLS = 4
"""Fillings per template."""


def _fill(template: str, lang: dict[str, list], rng: random.Random) -> str:
    return template.format(g=rng.choice(lang["g"]), t=rng.choice(lang["t"]),
                           s=rng.choice(lang["s"]))


def rows(seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for code, base in LANGS.items():
        lang = dict(base)
        for extra in (MORE, EVEN_MORE, ROUND4, ROUND5):
            lang.update({k: lang[k] + v for k, v in extra.get(code, {}).items()})
        sep = "" if code in ("zh", "ja") else " "
        stop = "。" if code in ("zh", "ja") else ". "
        benign = [_fill(t, lang, rng) for t in lang["benign"] for _ in range(FILLS)]
        for kind, template in lang["abuse"]:
            for i in range(FILLS):
                text = _fill(template, lang, rng)
                if i % 2:
                    text = text[:1].upper() + text[1:]
                out.append({"text": text, "label": "positive", "kind": kind, "lang": code})
                other = rng.choice(benign)
                joined = other + stop.rstrip() + sep + text if i % 2 else (
                    text + stop.rstrip() + sep + other)
                at = joined.index(text)
                out.append({"text": joined, "label": "positive", "kind": kind, "lang": code,
                            "span": [at, at + len(text)]})
        for text in benign:
            out.append({"text": text, "label": "negative", "kind": "", "lang": code})
            out.append({"text": text + stop.rstrip() + sep + rng.choice(benign),
                        "label": "negative", "kind": "", "lang": code})
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data),
                   encoding="utf-8")
    pos = sum(r["label"] == "positive" for r in data)
    print(f"{OUT.name}: {len(data)} rows, {pos} abusive")


if __name__ == "__main__":
    main()
