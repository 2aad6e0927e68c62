"""Writes the toxicity learned layer's training set, `tests/corpus/train/toxicity/train.jsonl`:

    python -m tests.corpus.train.toxicity.gen

from the templates of `text.py`, `text_more.py`, `text_round4.py`, `text_round5.py`,
`text_round6.py` and the sentences of `text_round7.py` (our own text), each filled
several ways (a sentence written `SENTENCE_COPIES` times), alone and beside a benign
sentence of the same language (the abusive sentence is the row's span), and benign
sentences alone and in pairs.
Deterministic (a fixed seed)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.corpus.train.toxicity.text import LANGS
from tests.corpus.train.toxicity.text_more import EVEN_MORE, MORE
from tests.corpus.train.toxicity.text_round4 import ROUND4
from tests.corpus.train.toxicity.text_round5 import ROUND5
from tests.corpus.train.toxicity.text_round6 import ROUND6
from tests.corpus.train.toxicity.text_round7 import ROUND7

OUT = Path(__file__).resolve().parent / "train.jsonl"
FILLS = 4
"""Fillings per template."""
SENTENCE_COPIES = (1, 2)
"""Copies of each abusive and each benign sentence of `text_round7.py`, where a template
gets `FILLS`. Those are whole sentences, no fillers: more copies only weigh them more.
At four, the round (as large as all the others in its languages) halved the weight of
the text before it — each language's abuse and benign text weigh the same in all — and
the layer's bias fell by 0.33: the old implicit abuse it caught scored 0.6 lower
("todos se ríen de ti" 2.72 → 2.02) and sets lost cases. (1, 2) was the best of the
eight pairs tried on the team's toxicity sets: no set's recall or FPR worse."""
_SENTENCES = frozenset(t for lang in ROUND7.values() for t in (
    *(text for _, text in lang["abuse"]), *lang["benign"]))


def _fill(template: str, lang: dict[str, list], rng: random.Random) -> str:
    return template.format(g=rng.choice(lang["g"]), t=rng.choice(lang["t"]),
                           s=rng.choice(lang["s"]))


CARRIERS = (
    "From: {n} <{n}@example.com>\nTo: team@example.org\nSubject: Re: {subject}\n"
    "Date: Tue, 14 Oct 2025 09:12:00 +0200\n\nHi,\n\n{text}\n\nBest regards,\n{n}\n"
    "\n> On Monday, {m} wrote:\n> any update on this?\n",
    '{{"ok": true, "messages": [{{"user": "{m}", "text": "see the thread above", '
    '"ts": "1760000000.000100"}}, {{"user": "{n}", "text": "{text}", '
    '"ts": "1760000060.000200"}}], "has_more": false}}',
    '2025-10-14T09:12:00Z INFO relay msg from={n} to={m} body="{text}"\n'
    "2025-10-14T09:12:01Z DEBUG queue drained",
    '{{"ticket": {{"id": 4471, "status": "open", "subject": "{subject}", "comments": '
    '[{{"author": "{n}", "body": "{text}"}}]}}}}',
)
"""Mail, a chat API's JSON, log lines and a ticket around a row's text: the layer learns
that the carrier says nothing either way (texts reach it inside them)."""
_PEOPLE = ("alex", "sam.k", "maria", "jonas", "lea", "tom")
_SUBJECTS = ("Q3 figures", "rota", "contract", "release", "offsite")


def _carried(text: str, rng: random.Random) -> tuple[str, int]:
    """`text` inside one of `CARRIERS`, and where it starts there."""
    n, m = rng.sample(_PEOPLE, 2)
    shape = rng.choice(CARRIERS)
    marker = "\x00"
    out = shape.format(n=n, m=m, subject=rng.choice(_SUBJECTS), text=marker)
    at = out.index(marker)
    return out.replace(marker, text), at


def rows(seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    carry = random.Random(seed + 1)  # its own draws: the rows above stay as they were
    out: list[dict[str, object]] = []
    for code, base in LANGS.items():
        lang = dict(base)
        for extra in (MORE, EVEN_MORE, ROUND4, ROUND5, ROUND6, ROUND7):
            lang.update({k: lang[k] + v for k, v in extra.get(code, {}).items()})
        sep = "" if code in ("zh", "ja") else " "
        stop = "。" if code in ("zh", "ja") else ". "
        benign = [_fill(t, lang, rng) for t in lang["benign"]
                  for _ in range(SENTENCE_COPIES[1] if t in _SENTENCES else FILLS)]
        for kind, template in lang["abuse"]:
            for i in range(SENTENCE_COPIES[0] if template in _SENTENCES else FILLS):
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
            # One filling of each template also inside a carrier.
            text = _fill(template, lang, carry).replace('"', "'")
            carried, at = _carried(text, carry)
            out.append({"text": carried, "label": "positive", "kind": kind, "lang": code,
                        "span": [at, at + len(text)]})
        for number, text in enumerate(benign):
            if number % FILLS == 0:
                out.append({"text": _carried(text.replace('"', "'"), carry)[0],
                            "label": "negative", "kind": "", "lang": code})
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
