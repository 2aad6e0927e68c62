"""The eighth and ninth toxicity sets, `blind3.jsonl` (texts: `blind3_texts.py`) and
`check4.jsonl` (`check4_texts.py`): abuse and the text that only looks like it, in the
thirteen languages, each inside one of five carriers as an agent receives it — a chat
line, a mail with headers, greeting and signature, a tool's JSON result (messages, a
comments API, an MCP text block, search results), a web page's HTML, a code comment.
`blind3` was written before any change of the fifth round (issue 11) and is its dev set;
`check4` was written after it, in other words, and is measured, not tuned on.

    python tests/corpus/toxicity/dev/gen_blind3.py

rewrites both beside this file (seeded: the same files each run).
"""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.corpus.toxicity.dev import blind3_texts, check4_texts

CONTEXT = {"chat": "chat", "mail": "email", "tool": "tool_result", "web": "web_page",
           "code": "code_comment"}
"""Carrier → the corpus context it is filed under."""

NAMES = ["sam_k", "lina", "tobias.w", "chloe", "diego", "marta", "anouk", "oleg", "wei",
         "haruto", "jiwoo", "omar", "ananya"]
MAIL = {
    "en": ("Hi {n},", "Best,"), "de": ("Hallo {n},", "Viele Grüße"),
    "fr": ("Bonjour {n},", "Cordialement,"), "es": ("Hola {n}:", "Saludos,"),
    "it": ("Ciao {n},", "Saluti,"), "pt": ("Olá {n},", "Abraços,"), "nl": ("Hoi {n},", "Groet,"),
    "ru": ("Привет, {n}!", "С уважением,"), "zh": ("{n}，你好：", "此致"),
    "ja": ("{n}さん", "よろしくお願いします。"), "ko": ("{n}님,", "감사합니다."),
    "ar": ("مرحبا {n}،", "مع التحية،"), "hi": ("नमस्ते {n},", "धन्यवाद,"),
}
"""A mail's greeting and closing per language."""


def carry(text: str, carrier: str, lang: str, rng: random.Random) -> str:
    """`text` as it would reach an agent through `carrier`."""
    who, other = rng.sample(NAMES, 2)
    shape = rng.randrange(4)
    if carrier == "chat":
        return [f"[{rng.randrange(7, 23)}:{rng.randrange(10, 59)}] {who}: {text}",
                f"{who} — Today at {rng.randrange(1, 12)}:{rng.randrange(10, 59)} PM\n{text}",
                f"<{who}> {text}", text][shape]
    if carrier == "mail":
        hello, bye = MAIL[lang]
        head = (f"From: {who} <{who.replace('.', '_')}@example.com>\nTo: {other}@example.com\n"
                f"Subject: {rng.choice(['Re: Q3 report', 'Fwd: update', 'Re: Re: schedule', 'project'])}\n"
                f"Date: Tue, {rng.randrange(1, 28)} Oct 2026 {rng.randrange(8, 20)}:{rng.randrange(10, 59)}:00 +0200\n\n")
        body = text if shape == 0 else f"{hello.format(n=other)}\n\n{text}\n\n{bye}\n{who}"
        if shape == 3:
            body += f"\n\n> On Monday {other} wrote:\n> {rng.choice(['any news?', 'see attached', 'ok'])}"
        return head + body + "\n"
    if carrier == "tool":
        if shape == 0:
            data: object = {"messages": [{"id": rng.randrange(1000, 9999), "from": who,
                                          "text": text, "ts": 1790000000 + rng.randrange(10**6)}],
                            "has_more": False}
        elif shape == 1:
            data = {"status": "ok", "data": {"comments": [
                {"author": who, "body": text, "score": rng.randrange(-5, 40)}]}}
        elif shape == 2:
            data = {"content": [{"type": "text", "text": text}], "isError": False}
        else:
            data = {"results": [{"title": f"{who} ({lang})", "snippet": text,
                                 "url": f"https://forum.example.net/t/{rng.randrange(10**5)}"}]}
        return json.dumps(data, ensure_ascii=False, indent=rng.choice([None, 2]))
    if carrier == "web":
        if shape % 2:
            return (f"<!doctype html><html lang=\"{lang}\"><head><title>{who}</title></head><body>"
                    f"<div class=\"comment\"><span class=\"author\">{who}</span>"
                    f"<p>{text}</p></div></body></html>")
        return (f"<article><h2>{other}</h2>\n<p>{text}</p>\n"
                f"<footer>{rng.randrange(2, 90)} comments · share</footer></article>")
    if carrier == "code":
        if shape % 2:
            return (f"def sync_{who.replace('.', '_')}(batch):\n    # {text}\n"
                    f"    for item in batch:\n        item.flush()\n    return len(batch)\n")
        return (f"// {text}\nexport function render(props) {{\n  return props.items.map(format);\n}}\n")
    raise ValueError(carrier)


def write(name: str, items_of: dict[str, list[tuple[str, str, str, str]]], seed: int) -> None:
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    rows = []
    for lang, items in items_of.items():
        for label, category, carrier, text in items:
            key = f"{lang}-{category}"
            counts[key] = counts.get(key, 0) + 1
            rows.append({"id": f"{name}-{key}-{counts[key]}", "text": carry(text, carrier, lang, rng),
                         "label": "positive" if label == "T" else "negative",
                         "family": "toxicity", "category": category,
                         **({"kind": category} if label == "T" else {}),
                         "lang": lang, "context": CONTEXT[carrier]})
    path = Path(__file__).with_name(f"{name}.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


SETS = {"blind3": (blind3_texts.ITEMS, 1131), "check4": (check4_texts.ITEMS, 1132)}
"""name: (texts, seed)."""


def main() -> None:
    for name, (items, seed) in SETS.items():
        write(name, items, seed)


if __name__ == "__main__":
    main()
