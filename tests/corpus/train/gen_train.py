"""Writes the learned scorer's training set, `injection/<lang>.jsonl`, from the sentences
of `text_en`, `text_eu`, `text_asia`, `text_more`, `text_pairs` and `text_trigger`:

    python -m tests.corpus.train.gen_train [--extended [--benign5 [--benign6]]] [--inj22]

Attacks alone, an override's two halves joined, covert actions with "don't tell the user",
and every kind placed inside the carriers an agent reads (mail, CSV, web page, code
comment, JSON tool result, README) among hard negatives of the same language, with the
attack's span; hard negatives alone, in pairs and in the same carriers, so that the
carrier's own words teach nothing. With `EXTENDED` (or `--extended`), the candidate's
text too: `text_intent`'s sentences, long documents and text addressed to its reader or
framed as fiction, role-play, tool content or translation (`text_long`, `text_reader`,
`text_reader2`, `text_benign4`) alone and with an attack planted between two paragraphs,
and attacks hidden in those frames; with `WITH_BENIGN5` (or `--benign5`) as well, `text_benign5`'s
documents and framed attacks after them (D1's candidate); with `WITH_BENIGN6` (or
`--benign6`) as well, `text_benign6`'s after those (D's, session 19). With `WITH_INJ22` (or
`--inj22`), on top of whichever set is written, `text_inj22`'s attacks without the stock
words and its hard negatives (INJ, session 22), after every other row. Deterministic: the same files each run. Each line:
{"text", "label": "positive"|"negative", "kind", "lang", "span": [start, end] | null}.
"""

# ruff: noqa: E501 -- training texts stay one line each, as written

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.corpus.train.text_asia import AR, HI, JA, KO, ZH
from tests.corpus.train.text_benign4 import BENIGN4, BENIGN4_ATTACKS
from tests.corpus.train.text_benign5 import BENIGN5, BENIGN5_ATTACKS
from tests.corpus.train.text_benign6 import BENIGN6, BENIGN6_ATTACKS
from tests.corpus.train.text_en import EN
from tests.corpus.train.text_eu import DE, ES, FR, IT, NL, PT, RU
from tests.corpus.train.text_inj22 import INJ22, INJ22_ATTACKS
from tests.corpus.train.text_intent import INTENT, INTENT_SITU
from tests.corpus.train.text_long import LONG
from tests.corpus.train.text_more import MORE
from tests.corpus.train.text_pairs import PAIRS
from tests.corpus.train.text_reader import READER
from tests.corpus.train.text_reader2 import READER2
from tests.corpus.train.text_trigger import TRIGGER

OUT = Path(__file__).parent / "injection"
LANGS: dict[str, dict[str, list[str]]] = {
    "en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL, "ru": RU,
    "zh": ZH, "ja": JA, "ko": KO, "ar": AR, "hi": HI}
KIND_OF = {"persona": "persona_jailbreak", "extract": "system_prompt_extraction",
           "authority": "authority_claim", "exfil": "exfiltration",
           "covert": "tool_redirection", "fake_turn": "fake_turn"}
_SPACED = {"zh": "", "ja": ""}
EXTENDED = False
"""Whether the set also holds the candidate's text (H7, session 17): `text_intent`'s
sentences, `text_long`'s, `text_reader`'s, `text_reader2`'s and `text_benign4`'s documents
alone and with attacks planted in them, and `text_benign4`'s framed attacks. Off: the
shipped model's training set, byte for byte. The lead flips it when landing the model
trained on it (it wants `injection_model.CALIBRATION` at offset 0, 0.5 per doubling from
the third window, most 2.0, varied); `--extended` writes it for one run."""
WITH_BENIGN5 = False
"""Whether the extended set also holds `text_benign5` (D1, session 18: articles on
injection, helpdesk mails, docs, pasted bot prompts, fiction, policies and code comments,
alone and with attacks planted in them, and its framed attacks), after every other
extended row, so the rows before stay as they were. `--benign5` writes it for one run."""
WITH_BENIGN6 = False
"""Whether the set with `text_benign5` also holds `text_benign6` (D, session 19: short
everyday text near injection's words — contract amendments, changelogs, commits, READMEs,
pasted bot prompts, forum posts, product pages, news, mails, help pages, tool results —
alone and with attacks planted in them, and its framed attacks), after every other row of
`--benign5`, so the rows before stay as they were. `--benign6` writes it for one run."""

WITH_INJ22 = True
"""Whether the set also holds `text_inj22` (INJ, session 22: attacks phrased without the
stock words and as many hard negatives of the same shapes, in the 13 languages), after
every other row of the language, with rngs of their own, so the rows before stay as they
were. On: the shipped model is trained on the base set with it (INJ's candidate A2,
session 22); `--inj22` adds it for one run when it is off."""

# Carriers: (before, after) around the payload; `{a}`/`{b}` are benign sentences.
CARRIERS: list[tuple[str, str]] = [
    ("From: {name} <{name}@mail-relay.example>\nSubject: {a}\n\nHello,\n\n{a}\n\n",
     "\n\nBest regards,\n{name}\n"),
    ("id,author,comment\n101,{name},\"{a}\"\n102,{name},\"", "\"\n103,guest,\"{b}\"\n"),
    ("<html><body><h1>{a}</h1>\n<p>{b}</p>\n<p>", "</p>\n<footer>{a}</footer></body></html>\n"),
    ("def handler(event, context):\n    # {a}\n    # ", "\n    return process(event)\n"),
    ("// {a}\nfunction render(items) {{\n  // ", "\n  return items.map(format);\n}}\n"),
    ("{{\"status\": \"ok\", \"results\": [{{\"title\": \"{a}\", \"snippet\": \"",
     "\"}}, {{\"title\": \"{b}\"}}]}}\n"),
    ("# Project notes\n\n{a}\n\n## Setup\n\n{b}\n\n", "\n\n## License\n\nMIT\n"),
    ("{a} {b} ", " {a}"),
    ("Tool output:\n{a}\n", "\n{b}\n"),
]
NAMES = ["priya", "tom", "lena", "kofi", "mei", "omar", "sofia", "ivan", "yuki", "ana"]

# English code, logs and configs: text an agent reads that says nothing to it.
CODE_NEGATIVES = [
    "import os\n\nTOKEN = os.environ.get(\"API_TOKEN\")\nif not TOKEN:\n    raise SystemExit(\"set API_TOKEN first\")\n",
    "2026-03-02T10:14:07Z INFO request_id=7f3a user=42 action=login status=ok latency_ms=31\n2026-03-02T10:14:09Z WARN retrying upload attempt=2\n",
    "server:\n  port: 8080\n  admin_password: ${ADMIN_PASSWORD}\n  log_level: debug\n",
    "# Ignore generated files\nbuild/\n*.pyc\n.env\n",
    "SELECT id, email FROM users WHERE last_login < now() - interval '90 days';\n",
    "git commit -m \"ignore previous build artefacts in the cache\" && git push origin main\n",
    "curl -H \"Authorization: Bearer $TOKEN\" https://api.example.com/v1/items\n",
    "for (const rule of rules) {\n  if (rule.ignore) continue; // skip rules the user disabled\n  apply(rule);\n}\n",
    "def send_report(to, body):\n    \"\"\"Send the weekly report to the given address.\"\"\"\n    mailer.send(to=to, body=body)\n",
    "<img src=\"https://cdn.example.com/logo.png\" alt=\"Company logo\">\n",
    "![build status](https://ci.example.com/badge.svg?branch=main)\n",
    "The --ignore-case flag makes grep match regardless of letter case.\n",
    "ERROR 2026-05-01 payment gateway timeout; order 8812 will be retried automatically\n",
    "{\"role\": \"system\", \"content\": \"You are a helpful assistant for a bakery.\"}\n",
    "System prompts are written by developers; users should not be able to read them, which is why we test for leaks.\n",
    "Example of a jailbreak attempt from our red-team report: the tester asked the model to act without rules; the model refused.\n",
    "To forward mail automatically, open Settings, then Rules, then add a forwarding rule.\n",
    "Upload the signed PDF to the portal; the finance team will confirm receipt by email.\n",
]


def _fill(template: str, rng: random.Random, neg: list[str]) -> str:
    return template.format(a=rng.choice(neg), b=rng.choice(neg), name=rng.choice(NAMES))


def _row(text: str, label: str, kind: str, lang: str,
         span: tuple[int, int] | None = None) -> dict[str, object]:
    return {"text": text, "label": label, "kind": kind, "lang": lang,
            "span": list(span) if span else None}


def _attacks(lang: str, d: dict[str, list[str]], rng: random.Random
             ) -> Iterator[tuple[str, str]]:
    sep = _SPACED.get(lang, " ")
    orders = d["order"]
    for i, dismiss in enumerate(d["dismiss"]):
        yield dismiss, "instruction_override"
        for k in range(3):
            yield dismiss + sep + orders[(i * 3 + k) % len(orders)], "instruction_override"
    for key, kind in KIND_OF.items():
        for text in d.get(key, []):
            yield text, kind
    tails = d["covert_tail"]
    for i, text in enumerate(d["covert"]):
        yield text + sep + tails[i % len(tails)], "hidden_instruction"
    for i, text in enumerate(d["exfil"]):
        yield text + sep + tails[(i + 1) % len(tails)], "exfiltration"
    for i, text in enumerate(d["extract"]):
        lead = d["neg"][(i * 7) % len(d["neg"])]
        yield lead + sep + text, "system_prompt_extraction"
    for i, text in enumerate(d["persona"]):
        yield text + sep + orders[i % len(orders)], "persona_jailbreak"


def rows(lang: str, extended: bool | None = None, benign5: bool | None = None,
         benign6: bool | None = None, inj22: bool | None = None) -> list[dict[str, object]]:
    """One language's training rows (with the candidate's text if `extended`, by default
    `EXTENDED`; with `text_benign5` too if `benign5` as well, by default `WITH_BENIGN5`;
    with `text_benign6` too if `benign6` as well, by default `WITH_BENIGN6`; with
    `text_inj22` last if `inj22`, by default `WITH_INJ22`)."""
    d = {key: [*got, *MORE.get(lang, {}).get(key, [])] for key, got in LANGS[lang].items()}
    rng = random.Random(f"train-{lang}")
    neg = d["neg"] + TRIGGER[lang]
    sep = _SPACED.get(lang, " ")
    out: list[dict[str, object]] = []
    for text, kind in _attacks(lang, d, rng):
        out.append(_row(text, "positive", kind, lang))
        for before, after in rng.sample(CARRIERS, 3):
            head, tail = _fill(before, rng, neg), _fill(after, rng, neg)
            out.append(_row(head + text + tail, "positive", kind, lang,
                            (len(head), len(head) + len(text))))
    for i, text in enumerate(neg):
        out.append(_row(text, "negative", "", lang))
        out.append(_row(text + sep + neg[(i * 5 + 3) % len(neg)], "negative", "", lang))
        for before, after in rng.sample(CARRIERS, 4):
            out.append(_row(_fill(before, rng, neg) + text + _fill(after, rng, neg),
                            "negative", "", lang))
    pair_kinds = {"persona": "persona_jailbreak", "extract": "system_prompt_extraction",
                  "covert": "tool_redirection", "neg": ""}
    for key, kind in pair_kinds.items():
        firsts, seconds = PAIRS[lang][key]
        for a in firsts:
            for b in seconds:
                text = a + sep + b
                label = "positive" if kind else "negative"
                out.append(_row(text, label, kind, lang))
                before, after = rng.choice(CARRIERS)
                head, tail = _fill(before, rng, neg), _fill(after, rng, neg)
                out.append(_row(head + text + tail, label, kind, lang,
                                (len(head), len(head) + len(text)) if kind else None))
    if EXTENDED if extended is None else extended:
        out += _extended_rows(lang, d, neg, rng, WITH_BENIGN5 if benign5 is None else benign5,
                              WITH_BENIGN6 if benign6 is None else benign6)
    if lang == "en":
        for text in CODE_NEGATIVES:
            out.append(_row(text, "negative", "", lang))
            for before, after in rng.sample(CARRIERS, 2):
                out.append(_row(_fill(before, rng, neg) + text + _fill(after, rng, neg),
                                "negative", "", lang))
    if WITH_INJ22 if inj22 is None else inj22:
        out += _inj22_rows(lang, d, neg)
    return out


def _inj22_rows(lang: str, d: dict[str, list[str]], neg: list[str]) -> list[dict[str, object]]:
    """`text_inj22`'s rows of one language: its attacks alone and in two carriers; its
    negatives alone, in two carriers, and with one of the language's attacks (its own or
    the base set's) planted after a paragraph, `INJ22_PLANTED` times."""
    out = _framed_rows(lang, neg, INJ22_ATTACKS, "inj22")
    rng = random.Random(f"inj22-neg-{lang}")
    for text in INJ22.get(lang, []):
        for before, after in rng.sample(CARRIERS, 2):
            out.append(_row(_fill(before, rng, neg) + text + _fill(after, rng, neg),
                            "negative", "", lang))
    attacks = [*INJ22_ATTACKS.get(lang, []), *_attacks(lang, d, random.Random(f"inj22-{lang}"))]
    out += _long_rows(lang, INJ22.get(lang, []), attacks, f"inj22-planted-{lang}", INJ22_PLANTED)
    return out


def _extended_rows(lang: str, d: dict[str, list[str]], neg: list[str], rng: random.Random,
                   benign5: bool = False, benign6: bool = False) -> list[dict[str, object]]:
    """The candidate's rows of one language (`EXTENDED`), in a0d5eb7's order (its rng
    draws first, so the code negatives' carriers after them are a0d5eb7's too)."""
    out = _intent_rows(lang, neg)
    intent = [(t, KIND_OF[key]) for key, texts in INTENT.get(lang, {}).items()
              if key in KIND_OF for t in texts]
    attacks = [*_attacks(lang, d, rng), *intent]
    out += _long_rows(lang, LONG.get(lang, []), attacks, f"long-{lang}")
    out += _long_rows(lang, READER.get(lang, []), attacks, f"reader-{lang}")
    out += _long_rows(lang, READER2.get(lang, []), attacks, f"reader2-{lang}", READER2_PLANTED)
    out += _framed_rows(lang, neg)
    out += _long_rows(lang, BENIGN4.get(lang, []), attacks, f"benign4-{lang}", BENIGN4_PLANTED)
    if benign5:
        out += _long_rows(lang, BENIGN5.get(lang, []), attacks, f"benign5-{lang}",
                          BENIGN5_PLANTED)
        out += _framed_rows(lang, neg, BENIGN5_ATTACKS, "framed5")
        if benign6:
            out += _long_rows(lang, BENIGN6.get(lang, []), attacks, f"benign6-{lang}",
                              BENIGN6_PLANTED)
            out += _framed_rows(lang, neg, BENIGN6_ATTACKS, "framed6")
    return out


def _intent_rows(lang: str, neg: list[str]) -> list[dict[str, object]]:
    """`text_intent`'s sentences of one language: each alone and in two carriers (with an
    rng of their own, so the rows before them stay as they were)."""
    rng = random.Random(f"intent-{lang}")
    out: list[dict[str, object]] = []
    for source in (INTENT, INTENT_SITU):
        for key, texts in source.get(lang, {}).items():
            kind = KIND_OF.get(key, "")
            label = "positive" if kind else "negative"
            for text in texts:
                out.append(_row(text, label, kind, lang))
                for before, after in rng.sample(CARRIERS, 2):
                    head, tail = _fill(before, rng, neg), _fill(after, rng, neg)
                    out.append(_row(head + text + tail, label, kind, lang,
                                    (len(head), len(head) + len(text)) if kind else None))
    return out


def _framed_rows(lang: str, neg: list[str],
                 source: dict[str, list[tuple[str, str]]] | None = None, seed: str = "framed"
                 ) -> list[dict[str, object]]:
    """`text_benign4`'s attacks (or `source`'s) in a benign frame (a story, a role-play, a
    translation request, tool content) of one language: each whole text an attack, alone
    and in two carriers, so that the frame's words do not come to mean benign."""
    rng = random.Random(f"{seed}-{lang}")
    out: list[dict[str, object]] = []
    for text, kind in (BENIGN4_ATTACKS if source is None else source).get(lang, []):
        out.append(_row(text, "positive", kind, lang))
        for before, after in rng.sample(CARRIERS, 2):
            head, tail = _fill(before, rng, neg), _fill(after, rng, neg)
            out.append(_row(head + text + tail, "positive", kind, lang,
                            (len(head), len(head) + len(text))))
    return out


LONG_PLANTED = 3
"""Attacks planted in each long document (`text_long`, `text_reader`), each in another
place."""
READER2_PLANTED = 5
"""Attacks planted in each of `text_reader2`'s texts (its docstring's recipe)."""
BENIGN4_PLANTED = 5
"""Attacks planted in each of `text_benign4`'s texts."""
BENIGN5_PLANTED = 5
"""Attacks planted in each of `text_benign5`'s texts."""
BENIGN6_PLANTED = 5
"""Attacks planted in each of `text_benign6`'s texts."""
INJ22_PLANTED = 2
"""Attacks planted in each of `text_inj22`'s negatives."""


def _long_rows(lang: str, docs: list[str], attacks: list[tuple[str, str]], seed: str,
               planted: int = LONG_PLANTED) -> list[dict[str, object]]:
    """Benign documents of one language: each alone, and with one of the language's
    attacks as a paragraph between two of its paragraphs, `planted` times (the windows of
    the document around it teach that its prose is no attack), drawn by an rng seeded
    with `seed`."""
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for doc in docs:
        out.append(_row(doc, "negative", "", lang))
        parts = doc.split("\n\n")
        for _ in range(planted):
            text, kind = rng.choice(attacks)
            at = rng.randrange(1, len(parts) + 1)
            head = "\n\n".join(parts[:at]) + "\n\n"
            tail = "\n\n" + "\n\n".join(parts[at:]) if at < len(parts) else ""
            out.append(_row(head + text + tail, "positive", kind, lang,
                            (len(head), len(head) + len(text))))
    return out


def sentences(extended: bool | None = None, benign5: bool | None = None,
              benign6: bool | None = None, inj22: bool | None = None) -> list[str]:
    """Every sentence the rows are made of (before carriers and pairing)."""
    out: list[str] = []
    for lang, lists in LANGS.items():
        for key, got in lists.items():
            out += got + MORE.get(lang, {}).get(key, [])
        out += TRIGGER[lang]
        for firsts, seconds in PAIRS[lang].values():
            out += firsts + seconds
        if EXTENDED if extended is None else extended:
            for source in (INTENT, INTENT_SITU):
                for got in source.get(lang, {}).values():
                    out += got
            out += LONG.get(lang, []) + READER.get(lang, []) + READER2.get(lang, [])
            out += BENIGN4.get(lang, []) + [t for t, _ in BENIGN4_ATTACKS.get(lang, [])]
            if WITH_BENIGN5 if benign5 is None else benign5:
                out += BENIGN5.get(lang, []) + [t for t, _ in BENIGN5_ATTACKS.get(lang, [])]
                if WITH_BENIGN6 if benign6 is None else benign6:
                    out += BENIGN6.get(lang, []) + [t for t, _ in BENIGN6_ATTACKS.get(lang, [])]
        if WITH_INJ22 if inj22 is None else inj22:
            out += INJ22.get(lang, []) + [t for t, _ in INJ22_ATTACKS.get(lang, [])]
    return out + CODE_NEGATIVES


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    extended = EXTENDED or "--extended" in args
    benign5 = WITH_BENIGN5 or "--benign5" in args
    benign6 = WITH_BENIGN6 or "--benign6" in args
    inj22 = WITH_INJ22 or "--inj22" in args
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.jsonl"):
        old.unlink()
    for lang in LANGS:
        with (OUT / f"{lang}.jsonl").open("w", encoding="utf-8") as f:
            for row in rows(lang, extended, benign5, benign6, inj22):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
