"""Session 16's toxicity sets, `weak16.jsonl` (texts: `weak16_texts.py`, tuned on) and
`weak16_check.jsonl` (texts: `weak16_check_texts.py`, measured at the start and the end
of the round only): the weakest languages, categories and contexts of the lead's
held-out figures. Each abusive and each ordinary message is placed four ways: said in a
chat (bare), in a mail with headers, greeting, signature and a quoted earlier message
(context `email`), and in two tool results (context `tool_result`) of shapes a tool
hands an agent — a mail API's thread, plain log lines, a chat export as Slack-like JSON,
a ticket export in CSV, and tools9's ticket JSON and app reviews — among other
people's ordinary messages. `ROUGH`: whole benign tool results in rough words
(moderation labels, a blocklist, a bug about a profanity filter, combat logs, news).

    python -m tests.corpus.toxicity.dev.gen_weak16

rewrites both beside this file (seeded: the same files each run).
"""

# ruff: noqa: E501 -- carrier shapes stay one line each

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from tests.corpus.toxicity.dev import weak16_check_texts, weak16_texts
from tests.corpus.toxicity.dev.gen_tools9 import NAMES, app_reviews, ticket_json
from tests.corpus.toxicity.dev.gen_tools9 import _around as around
from tests.corpus.toxicity.dev.gen_tools9 import _others as others

HERE = Path(__file__).resolve().parent
Shape = Callable[[str, str, random.Random], str]

GREETING = {"en": ("Hi,", "Best,"), "de": ("Hallo,", "Gruß"), "fr": ("Bonjour,", "Cordialement,"),
            "es": ("Hola,", "Saludos,"), "it": ("Ciao,", "Saluti,"), "pt": ("Olá,", "Abraço,"),
            "nl": ("Hoi,", "Groet,"), "ru": ("Привет,", "С уважением,"), "zh": ("你好，", "此致"),
            "ja": ("お疲れ様です。", "よろしくお願いします。"), "ko": ("안녕하세요,", "감사합니다."),
            "ar": ("مرحباً،", "مع التحية،"), "hi": ("नमस्ते,", "धन्यवाद,")}


def mail_thread(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    hello, bye = GREETING[lang]
    earlier = others(lang, rng, 1)[0]
    return (f"From: {a} <{a}@corp.example.com>\nTo: {b} <{b}@corp.example.com>\n"
            f"Date: Tue, 14 Oct 2026 09:{rng.randrange(10, 59)}:02 +0200\nSubject: Re: Q4 report\n"
            f"Message-ID: <{rng.randrange(10**8, 10**9)}@corp.example.com>\n\n"
            f"{hello}\n\n{text}\n\n{bye}\n{a}\n\nOn Mon, 13 Oct 2026 at 17:02, {b} <{b}@corp.example.com> wrote:\n> {earlier}\n> \n> {b}\n")


def mail_api(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    earlier = others(lang, rng, 1)[0]
    data = {"threadId": f"18f{rng.randrange(10**9, 10**10):x}", "messages": [
        {"id": "m1", "from": f"{b}@corp.example.com", "to": [f"{a}@corp.example.com"], "subject": "Q4 report",
         "date": "2026-10-13T17:02:00+02:00", "labelIds": ["INBOX"], "body": {"text": earlier}},
        {"id": "m2", "from": f"{a}@corp.example.com", "to": [f"{b}@corp.example.com"], "subject": "Re: Q4 report",
         "date": "2026-10-14T09:31:00+02:00", "labelIds": ["INBOX", "UNREAD"],
         "snippet": text[:60], "body": {"text": f"{text}\n\nOn Mon, 13 Oct 2026 {b} wrote:\n> {earlier}"}}]}
    return json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))


def plain_log(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = around(text, lang, rng, 2)
    lines = [f"2026-10-14 08:0{i}:{rng.randrange(10, 59)},{rng.randrange(100, 999)} INFO  [chat-ingest] room=support-7 user={p} msg=\"{m}\""
             for i, (p, m) in enumerate(zip(people, msgs, strict=True))]
    lines.insert(1, "2026-10-14 08:00:59,412 DEBUG [ratelimit] bucket=support-7 tokens=38")
    return "\n".join(lines)


def slack_export(text: str, lang: str, rng: random.Random) -> str:
    msgs = around(text, lang, rng, 3)
    data = [{"type": "message", "user": f"U0{rng.randrange(10**6, 10**7)}", "user_name": p, "text": m,
             "ts": f"17604{rng.randrange(10**5, 10**6)}.00{i}", "reactions": [{"name": "eyes", "count": 1}] if i == 1 else []}
            for i, (p, m) in enumerate(zip(rng.sample(NAMES, 4), msgs, strict=True))]
    return json.dumps(data, ensure_ascii=rng.random() < 0.5)


def ticket_csv(text: str, lang: str, rng: random.Random) -> str:
    msgs = around(text, lang, rng, 2)
    rows = "\n".join(f"{rng.randrange(40000, 49999)},2026-10-1{i},{p},Account access,\"{m.replace(chr(34), chr(34) * 2)}\",open"
                     for i, (p, m) in enumerate(zip(rng.sample(NAMES, 3), msgs, strict=True)))
    return f"ticket_id,created,requester,subject,description,status\n{rows}"


TOOL_SHAPES: list[Shape] = [mail_api, plain_log, slack_export, ticket_csv, ticket_json, app_reviews]


def _case(cid: str, text: str, positive: bool, category: str, lang: str, context: str) -> dict[str, str]:
    return {"id": cid, "text": text, "label": "positive" if positive else "negative",
            "family": "toxicity", "category": category if positive else f"benign_{category}",
            "kind": category if positive else "", "lang": lang, "context": context}


def cases(name: str, texts: ModuleType, seed: int) -> list[dict[str, str]]:
    """Each message bare, in a mail and in two tool results; `texts.ROUGH` as it is."""
    rng = random.Random(seed)
    out = []
    for lang, items in texts.items().items():
        for n, (label, category, text) in enumerate(items):
            positive = label == "T"
            out.append(_case(f"{name}-{lang}-{category}-{n}-chat", text, positive, category, lang, "chat"))
            out.append(_case(f"{name}-{lang}-{category}-{n}-mail", mail_thread(text, lang, rng), positive,
                             category, lang, "email"))
            for shape in rng.sample(TOOL_SHAPES, 2):
                out.append(_case(f"{name}-{lang}-{category}-{n}-{shape.__name__}", shape(text, lang, rng),
                                 positive, category, lang, "tool_result"))
    for n, (lang, kind, text) in enumerate(texts.ROUGH):
        out.append({"id": f"{name}-{lang}-rough-{n}", "text": text, "label": "negative", "family": "toxicity",
                    "category": f"rough_{kind}", "kind": "", "lang": lang, "context": "tool_result"})
    return out


def main() -> None:
    for name, texts, seed in (("weak16_check", weak16_check_texts, 161), ("weak16", weak16_texts, 160)):
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for case in cases(name, texts, seed):
                fh.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
