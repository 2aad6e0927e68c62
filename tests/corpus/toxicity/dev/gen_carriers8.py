"""The thirteenth toxicity set, `carriers8.jsonl` (texts: `carriers8_texts.py`): each
abusive and each ordinary message once inside a mail and once inside a tool result, of
shapes the earlier carrier sets had few of — a forwarded complaint, a reply quoting the
message, a help desk's ticket notification, an HTML mail, a channel digest; a comments
API's JSON (its letters beyond ASCII escaped half the time, as `json.dumps` writes them),
a scraped forum page, a chat export, a moderation queue, search result snippets, a CSV of
reviews, a chat API's message list — among other people's ordinary messages; and whole
tool results that only look rough (`ROUGH_TOOL_RESULTS`). H3's dev set for abuse in mails
and tool results (issue 11), written before the round's changes.

    python -m tests.corpus.toxicity.dev.gen_carriers8

rewrites it beside this file (seeded: the same file each run), and `carriers8_check.jsonl`:
other messages (`carriers8_check_texts.py`), written after the round's changes, in the
same shapes.
"""

# ruff: noqa: E501 -- carrier shapes stay one line each

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable
from pathlib import Path

from tests.corpus.toxicity.dev import carriers8_check_texts as check
from tests.corpus.toxicity.dev.carriers8_texts import ABUSE, BENIGN, FILLER, ROUGH_TOOL_RESULTS

OUT = Path(__file__).resolve().parent / "carriers8.jsonl"
CHECK = OUT.with_name("carriers8_check.jsonl")
"""Messages written after the round's changes (`carriers8_check_texts`), in the same
shapes: measured once, not tuned on."""
NAMES = ["dana.r", "kofi", "mei", "arjun", "svetlana", "youssef", "lotte", "joao", "hyejin",
         "pieter", "carla", "omar"]

Shape = Callable[[str, str, random.Random], str]


def _others(lang: str, rng: random.Random, k: int) -> list[str]:
    pool = FILLER.get(lang, []) + FILLER["en"]
    return rng.sample(pool, k)


def forwarded(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    return (f"From: {a} <{a}@support.example.com>\nTo: escalations@example.com\nSubject: Fwd: complaint from customer {rng.randrange(1000, 9999)}\n\n"
            f"Forwarding this one for your review, it came in overnight.\n\n{a}\n\nBegin forwarded message:\n\n"
            f"From: {b} <{b}@mailbox.example.net>\nSubject: my order\nDate: 13 October 2026 at 23:41:09 CEST\nTo: help@example.com\n\n{text}\n\nSent from my phone")


def quoting_reply(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    quoted = "\n".join("> " + line for line in [f"Hi {a},", "", text, "", b])
    return (f"From: {a} <{a}@example.com>\nTo: hr@example.com\nSubject: Re: last week\n\n"
            f"Hello,\n\nI am sending you the message below as we discussed on the phone. It is the third one this month.\n\nRegards,\n{a}\n\n"
            f"On Fri, 10 Oct 2026 at 17:22, {b} <{b}@example.com> wrote:\n{quoted}\n")


def ticket(text: str, lang: str, rng: random.Random) -> str:
    a = rng.choice(NAMES)
    n = rng.randrange(80000, 99999)
    return (f"Subject: [Example Support] Re: Ticket #{n}\nFrom: Example Support <support@example.zendesk.example>\n\n"
            f"##- Please type your reply above this line -##\n\nYour request (#{n}) has been updated. To add additional comments, reply to this email.\n\n"
            f"{a}\n{rng.randrange(1, 28)} Oct 2026, {rng.randrange(8, 22)}:{rng.randrange(10, 59)} CEST\n\n{text}\n\nAttachments:\nscreenshot.png\n\n"
            f"This email is a service from Example Support. Delivered by Zendesk")


def html_mail(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    body = html.escape(text, quote=False).replace("'", "&rsquo;")
    other = html.escape(rng.choice(_others(lang, rng, 2)))
    return (f"From: {a} <{a}@example.com>\nTo: {b} <{b}@example.com>\nSubject: Re: project\nContent-Type: text/html; charset=utf-8\n\n"
            f"<html><head><meta charset=\"utf-8\"></head><body><div dir=\"auto\"><p>{body}</p>"
            f"<br><div class=\"gmail_quote\"><div dir=\"ltr\">On Thu, Oct 9, 2026 {b} wrote:</div>"
            f"<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid\"><p>{other}</p></blockquote></div></div></body></html>")


def digest(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 4)
    lines = _others(lang, rng, 3)
    lines.insert(rng.randrange(4), text)
    items = "\n".join(f"• {p} ({10 + i}:{rng.randrange(10, 59)}): {m}" for i, (p, m) in enumerate(zip(people, lines, strict=True)))
    return (f"From: Team Chat <noreply@chat.example.com>\nSubject: 4 unread messages in #project-alpha\n\n"
            f"You have unread messages in #project-alpha:\n\n{items}\n\nReply in the app · Unsubscribe from digests")


def comments_json(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _others(lang, rng, 2)
    msgs.insert(rng.randrange(3), text)
    data = {"post_id": rng.randrange(10**5, 10**6), "comments": [
        {"id": rng.randrange(10**6, 10**7), "author": p, "body": m, "likes": rng.randrange(0, 40)}
        for p, m in zip(people, msgs, strict=True)], "next_cursor": None}
    return json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))


def forum_page(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _others(lang, rng, 2)
    msgs.insert(rng.randrange(3), text)
    posts = "\n".join(
        f"<article class=\"post\"><header><a class=\"author\" href=\"/u/{p}\">{p}</a> <time>Oct {10 + i}, 2026</time></header>"
        f"<div class=\"post-body\"><p>{html.escape(m, quote=False)}</p></div>"
        f"<footer><a href=\"#\">Reply</a> · <a href=\"#\">Quote</a> · <a href=\"#\">Report</a></footer></article>"
        for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return f"<html><body><nav>Forum › General › Thread 4412</nav><main>\n{posts}\n</main><footer>© 2026 Example Forums</footer></body></html>"


def chat_export(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 4)
    msgs = _others(lang, rng, 3)
    msgs.insert(rng.randrange(4), text)
    lines = "\n".join(f"[2026-10-13 {9 + i:02d}:{rng.randrange(10, 59)}] {p}: {m}" for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return f"Chat export: #support-escalations (4 messages)\n{lines}\n--- end of export ---"


def moderation_queue(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    data = {"queue": "pending_review", "items": [
        {"item_id": rng.randrange(10**5, 10**6), "author": a, "content": text, "reports": rng.randrange(1, 9), "state": "pending"},
        {"item_id": rng.randrange(10**5, 10**6), "author": b, "content": rng.choice(_others(lang, rng, 1)), "reports": 1, "state": "pending"}]}
    return json.dumps(data, ensure_ascii=False, indent=2)


def search_snippets(text: str, lang: str, rng: random.Random) -> str:
    a = rng.choice(NAMES)
    msgs = _others(lang, rng, 2)
    return (f"Web search results (3):\n1. Example Forums - Thread 4412\n   https://forum.example.com/t/4412\n   {a} wrote: \"{text}\" ... 14 replies\n"
            f"2. Review: Example Store\n   https://reviews.example.com/example-store\n   ... {msgs[0]} ...\n"
            f"3. Example Store - Help\n   https://example.com/help\n   ... {msgs[1]} ...")


def reviews_csv(text: str, lang: str, rng: random.Random) -> str:
    msgs = _others(lang, rng, 3)
    msgs.insert(rng.randrange(4), text)
    rows = "\n".join(f"{i + 1},{rng.randrange(1, 6)},\"{m.replace(chr(34), chr(34) * 2)}\",2026-10-{10 + i}" for i, m in enumerate(msgs))
    return f"review_id,stars,text,date\n{rows}"


def message_list(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _others(lang, rng, 2)
    msgs.insert(rng.randrange(3), text)
    data = {"ok": True, "channel": "C04TEAM", "messages": [
        {"type": "message", "user": p, "text": m, "ts": f"17603{rng.randrange(10000, 99999)}.000{i}00"}
        for i, (p, m) in enumerate(zip(people, msgs, strict=True))], "has_more": False}
    return json.dumps(data, ensure_ascii=rng.random() < 0.5)


MAIL: list[Shape] = [forwarded, quoting_reply, ticket, html_mail, digest]
TOOL: list[Shape] = [comments_json, forum_page, chat_export, moderation_queue, search_snippets,
                     reviews_csv, message_list]


def _case(cid: str, text: str, positive: bool, category: str, lang: str, context: str) -> dict[str, str]:
    return {"id": cid, "text": text, "label": "positive" if positive else "negative",
            "family": "toxicity", "category": category, "kind": category if positive else "",
            "lang": lang, "context": context}


def cases(seed: int = 8, name: str = "carriers8", abuse: dict[str, list[tuple[str, str]]] = ABUSE,
          benign: dict[str, list[str]] = BENIGN,
          rough: list[tuple[str, str]] = ROUGH_TOOL_RESULTS) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for lang, items in abuse.items():
        for n, (category, text) in enumerate(items):
            out.append(_case(f"{name}-{lang}-{category}-{n}-mail", rng.choice(MAIL)(text, lang, rng), True, category, lang, "email"))
            out.append(_case(f"{name}-{lang}-{category}-{n}-tool", rng.choice(TOOL)(text, lang, rng), True, category, lang, "tool_result"))
    for lang, texts in benign.items():
        for n, text in enumerate(texts):
            out.append(_case(f"{name}-{lang}-benign-{n}-mail", rng.choice(MAIL)(text, lang, rng), False, "benign_mail", lang, "email"))
            out.append(_case(f"{name}-{lang}-benign-{n}-tool", rng.choice(TOOL)(text, lang, rng), False, "benign_tool", lang, "tool_result"))
    for n, (lang, text) in enumerate(rough):
        out.append(_case(f"{name}-{lang}-rough-{n}", text, False, "rough_tool", lang, "tool_result"))
    return out


def main() -> None:
    for path, data in ((OUT, cases()),
                       (CHECK, cases(9, "carriers8_check", check.ABUSE, check.BENIGN, []))):
        path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data), encoding="utf-8")
        print(f"{path.name}: {len(data)} cases, {sum(c['label'] == 'positive' for c in data)} positive")


if __name__ == "__main__":
    main()
