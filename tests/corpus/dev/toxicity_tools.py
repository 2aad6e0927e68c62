"""The toxicity family's dev set of abuse inside tool results (issue 11, session 18, T1),
written before the round's changes: what a tool returns to an agent — a social API's
JSON comments, a page's text with its navigation, a forum thread with usernames and
times, a review list with stars, a help desk's ticket export, search results with URLs,
chat log lines, a mail — with one commenter's abuse (insults, harassment, threats, hate,
sexual harassment, self-harm encouragement) among other people's ordinary messages, and
ordinary messages that only look rough in the same carriers (angry reviews, game chat,
`kill -9`, security and medical text, news, moderation notes, titles); and whole tool
results that only look rough (`ROUGH`: crime and war news, moderation logs and policy
pages, advisories, shell sessions, health pages, game logs, history, playlists). Texts
in `toxicity_tools_texts`; each message in two carriers (`CARRIERS`, seeded).

The set is split by message: `--half tune` (even-numbered messages of each language
and class) was read and tuned on; `--half blind` (the odd ones) was not read after the
changes, only measured.

    python -m tests.corpus.dev.toxicity_tools [--half tune|blind|all] [--show N]

Figures (recall / FPR; 242 abusive, 214 ordinary in all):
- the shipped guard (HEAD 9f6aa32), blind: all 0.864 / 0.009, tune 0.860 / 0.000, blind
  0.868 / 0.020. The shipped guard finds most of this set's abuse: its misses are threats
  and stalking in words no list holds (`SUBTLE`), and a message cut into pieces by a
  page's inline tags; its false positives a playlist's titles and a curse at a process
  in a code comment.
- tags taken out, records read alone (T1's first commit): all 0.868 / 0.009, tune 0.868
  / 0.000, blind 0.868 / 0.020.
- a JSON result's strings summed each on its own (T1's fourth commit): blind 0.868 /
  0.010. Not blind: the one false positive it removes (`ROUGH`'s playlist, in the blind
  half) was seen in the shipped guard's list of false positives of `--half all`.
The abuse near a reply that reports it and the API fields that say nothing are measured
by `--contexts` (`CONTEXTS`, written after T1's second commit from what it found; recall
only): 9f6aa32 tune 0.332, blind 0.279 -> a761bed tune 0.715, blind 0.792 (blind by
context: a reply in JSON 0.170 -> 0.755, under a Markdown page's "· 3 hours ago" 0.509
-> 0.811, beside moderation fields that say nothing 0.000 -> 0.830, a bot's flag notice
0.358 -> 0.792, a search result about reporting 0.358 -> 0.774; the same messages bare
0.868).

    python -m tests.corpus.dev.toxicity_tools --contexts [--half tune|blind]
"""

# ruff: noqa: E501 -- carrier shapes stay one line each

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable

from tests.corpus.cases import Case
from tests.corpus.dev.toxicity_tools_texts import (
    ABUSE,
    FILLER,
    ORDINARY,
    ROUGH,
    ROUGH_HARD,
    SUBTLE,
)
from tests.corpus.harness import evaluate, make_guards

NAMES = ["dmitri_k", "sunny.r", "wen.li", "oskar_b", "mara77", "j.okoye", "hana_s", "pietro",
         "ludmila", "tariq.h", "bea_c", "noor", "rafa", "kwame", "yui.t"]

Carrier = Callable[[str, str, random.Random], str]


def _others(lang: str, rng: random.Random, k: int) -> list[str]:
    pool = FILLER[lang] + (FILLER["en"] if lang != "en" else [])
    return rng.sample(pool, k)


def _around(text: str, lang: str, rng: random.Random, k: int) -> list[str]:
    msgs = _others(lang, rng, k)
    msgs.insert(rng.randrange(k + 1), text)
    return msgs


def json_comments(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 4)
    msgs = _around(text, lang, rng, 3)
    data = {"post": {"id": rng.randrange(10**5, 10**6), "title": "Release 5.2 feedback", "author": people[0]},
            "comments": [{"id": f"c{i}{rng.randrange(100, 999)}", "user": {"name": p, "karma": rng.randrange(1, 9000)},
                          "created_at": f"2026-03-{10 + i}T0{i}:2{i}:11Z", "text": m, "likes": rng.randrange(0, 40)}
                         for i, (p, m) in enumerate(zip(people, msgs, strict=True))],
            "next_cursor": None}
    return json.dumps(data, ensure_ascii=rng.random() < 0.3)


def html_page(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _around(text, lang, rng, 2)
    comments = "\n".join(f'<div class="comment" id="c{i}"><a class="author" href="/u/{p}">{p}</a> <time datetime="2026-03-1{i}">{i + 2} days ago</time>\n<p>{m}</p>\n<a href="#reply">Reply</a> · <a href="#report">Report</a></div>'
                         for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return (f"Home | News | Forums | Shop | Log in\n<nav>Products › Kitchen › Blenders</nav>\n<h1>SpinMax 3000 discussion</h1>\n"
            f"<p>Share your experience with the SpinMax 3000.</p>\n<section class=\"comments\">\n{comments}\n</section>\n"
            f"<footer>© 2026 ShopTalk · Privacy · Terms · Cookie settings</footer>")


def forum_thread(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _around(text, lang, rng, 2)
    posts = "\n\n".join(f"#{i + 1}  {p}  (Posts: {rng.randrange(3, 900)})  {12 + i}.03.2026 1{i}:0{i}\n{m}\n[Quote] [Like {rng.randrange(0, 9)}]"
                        for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return f"Forum › Hardware › Laptops\nThread: Battery drains overnight\nPage 2 of 2\n\n{posts}\n\nYou must be logged in to reply."


def review_list(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _around(text, lang, rng, 2)
    stars = ["★☆☆☆☆", "★★★★☆", "★★★★★", "★★☆☆☆"]
    body = "\n\n".join(f"{rng.choice(stars)} {p} · Verified purchase · {3 + i} March 2026\n{m}\nHelpful ({rng.randrange(0, 30)}) · Report abuse"
                       for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return f"Customer reviews (3)\n4.1 out of 5 · Sort by: Most recent\n\n{body}"


def ticket_export(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    n = rng.randrange(20000, 99999)
    other = _others(lang, rng, 1)[0]
    return (f"Ticket #{n} | Status: open | Priority: normal | Channel: web\nRequester: {a} <{a}@mail.example.net>\nAssignee: {b}\nTags: billing, tier_1\n"
            f"--- Conversation ---\n[2026-03-11 09:1{n % 10}] {a} (customer): {text}\n[2026-03-11 09:40] {b} (agent, internal note): {other}\n"
            f"--- End of export ---")


def search_results(text: str, lang: str, rng: random.Random) -> str:
    a = rng.choice(NAMES)
    others = _others(lang, rng, 2)
    return (f"Search results for \"spinmax battery problem\" (about 1,240 results)\n\n"
            f"1. Battery drains overnight - Page 2 - HardwareTalk Forum\n   https://forum.example.org/t/battery-drains/48812?page=2\n   {a} · Mar 12, 2026 — {text}\n\n"
            f"2. SpinMax 3000 FAQ | Help Center\n   https://help.example.com/spinmax/faq\n   ... {others[0]} ...\n\n"
            f"3. r/gadgets - battery issue after update\n   https://social.example.com/r/gadgets/comments/x81k2\n   ... {others[1]} ...")


def log_lines(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 4)
    msgs = _around(text, lang, rng, 3)
    lines = "\n".join(f"2026-03-14T1{i}:{rng.randrange(10, 59)}:0{i}Z INFO chat.message channel=#support user={p} msg_id={rng.randrange(10**6, 10**7)} text={json.dumps(m, ensure_ascii=False)}"
                      for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return f"2026-03-14T09:59:58Z INFO gateway connected shard=2 latency_ms=41\n{lines}\n2026-03-14T14:00:00Z INFO heartbeat ok"


def mail(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    other = _others(lang, rng, 1)[0]
    return (f"From: {a} <{a}@mail.example.net>\nTo: support@shop.example.com\nSubject: Re: Order 88412\nDate: Wed, 11 Mar 2026 21:14:03 +0100\n"
            f"Message-ID: <{rng.randrange(10**8, 10**9)}@mail.example.net>\nContent-Type: text/plain; charset=utf-8\n\n{text}\n\n"
            f"On Tue, 10 Mar 2026 at 10:02, {b} <{b}@shop.example.com> wrote:\n> {other}\n> Kind regards, Support")


CARRIERS: dict[str, Carrier] = {
    "json_comments": json_comments, "html_page": html_page, "forum_thread": forum_thread,
    "review_list": review_list, "ticket_export": ticket_export, "search_results": search_results,
    "log_lines": log_lines, "mail": mail,
}
"""Tool results a message is placed in."""


REPORTS = {
    "en": "Reported to the mods, this is harassment.", "de": "Gemeldet, das ist Belästigung.",
    "fr": "Signalé aux modérateurs, c'est du harcèlement.",
    "es": "Reportado a los moderadores, esto es acoso.",
    "it": "Segnalato ai moderatori, sono molestie.", "pt": "Denunciado aos moderadores, é assédio.",
    "nl": "Gerapporteerd, dit is intimidatie.", "ru": "Жалоба отправлена модератору, это травля.",
    "zh": "已举报给版主，这是骚扰。", "ja": "通報しました。これは嫌がらせです。",
    "ko": "신고했습니다. 이건 괴롭힘입니다.", "ar": "تم الإبلاغ للمشرفين، هذا تحرش.",
    "hi": "मॉडरेटर को रिपोर्ट किया, यह उत्पीड़न है।",
}
"""A reply that reports the message above it, by language."""
AGO = {"en": "{n} hours ago", "de": "vor {n} Stunden", "fr": "il y a {n} heures",
       "es": "hace {n} horas", "it": "{n} ore fa", "pt": "há {n} horas", "nl": "{n} uur geleden",
       "ru": "{n} часа назад", "zh": "{n}小时前", "ja": "{n}時間前", "ko": "{n}시간 전",
       "ar": "منذ {n} ساعات", "hi": "{n} घंटे पहले"}
"""How long ago a comment was written, by language."""


def reply_json(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    return json.dumps({"comments": [{"id": 1, "user": a, "body": text, "likes": 2},
                                    {"id": 2, "user": b, "body": REPORTS[lang], "likes": 9}]},
                      ensure_ascii=rng.random() < 0.3)


def reply_page(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    return (f"**{a}** · {AGO[lang].format(n=3)}\n{text}\n[Reply](#) [Share](#)\n"
            f"**{b}** · {AGO[lang].format(n=2)}\n{REPORTS[lang]}\n[Reply](#) [Share](#)")


def moderated_fields(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    return json.dumps({"data": [
        {"id": 1, "author": {"name": b}, "content": rng.choice(_others(lang, rng, 1)),
         "moderation_status": "approved", "is_offensive": None},
        {"id": 2, "author": {"name": a}, "content": text, "moderation_status": "approved",
         "is_offensive": None, "filtered": False}]}, ensure_ascii=False)


def bot_log(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    return (f"[10:01] {a}: {text}\n[10:01] ModBot: a message was flagged for review by "
            f"moderators\n[10:02] {b}: {rng.choice(_others(lang, rng, 1))}")


def ranked_results(text: str, lang: str, rng: random.Random) -> str:
    a = rng.choice(NAMES)
    return (f"1. Battery thread — https://forum.example.org/t/1\n   {a}: {text}\n"
            "2. How to report harassment online — https://help.example.org/harassment\n"
            "   Learn how to report abusive messages to the police.\n"
            "3. Battery FAQ — https://help.example.com/faq\n   Charge to 80%.")


CONTEXTS: dict[str, Carrier] = {
    "reply_json": reply_json, "reply_page": reply_page, "moderated_fields": moderated_fields,
    "bot_log": bot_log, "ranked_results": ranked_results,
}
"""Tool results where another record's words are about abuse (a reply that reports the
message, an API's moderation fields that say nothing, a bot's flag notice, a result
about reporting harassment): written after T1's second commit (22f0887), from what it
found; `--contexts` measures each abusive message of `ABUSE` and `SUBTLE` in each."""


def context_cases(half: str = "all") -> list[Case]:
    """Each abusive message in each of `CONTEXTS` (`half` as for `cases`)."""
    rng = random.Random(11)
    out: list[Case] = []
    for group, texts in (("", ABUSE), ("subtle-", SUBTLE)):
        for lang, items in texts.items():
            for i, (category, text) in enumerate(items):
                part = "tune" if i % 2 == 0 else "blind"
                for name, carrier in CONTEXTS.items():
                    body = carrier(text, lang, rng)
                    if half in ("all", part):
                        out.append(Case(f"tc-{lang}-{group}{i}-{name}", body, "positive",
                                        "toxicity", category, lang, "tool_result"))
    return out


def cases(half: str = "all") -> list[Case]:
    """The set's cases (`half`: `tune`, `blind` or `all`); an id ends with its carrier's
    name (`whole` for `ROUGH`'s)."""
    rng = random.Random(18)
    names = list(CARRIERS)
    out: list[Case] = []
    for label, group, texts in (("positive", "", ABUSE), ("negative", "", ORDINARY),
                                ("positive", "subtle-", SUBTLE)):
        for lang, items in texts.items():
            for i, (category, text) in enumerate(items):
                part = "tune" if i % 2 == 0 else "blind"
                for carrier in rng.sample(names, 2):
                    body = CARRIERS[carrier](text, lang, rng)
                    if half in ("all", part):
                        out.append(Case(f"tt-{lang}-{group}{label}-{i}-{carrier}", body, label, "toxicity",
                                        category, lang, "tool_result"))
    for i, (category, lang, text) in enumerate([*ROUGH, *ROUGH_HARD]):
        part = "tune" if i % 2 == 0 else "blind"
        if half in ("all", part):
            out.append(Case(f"tt-{lang}-rough-{i}-whole", text, "negative", "toxicity", category,
                            lang, "tool_result"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "blind", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="misses and FPs listed")
    parser.add_argument("--contexts", action="store_true",
                        help="the abuse in CONTEXTS instead (recall only)")
    args = parser.parse_args(argv)
    chosen = context_cases(args.half) if args.contexts else cases(args.half)
    guards = make_guards(["toxicity"])
    got = evaluate("toxicity", guards, cases=chosen)
    got.family = f"toxicity tool results ({args.half})"
    sys.stdout.write(got.table(args.show) + "\n-- by carrier\n")
    for carrier in [*CONTEXTS] if args.contexts else [*CARRIERS, "whole"]:
        some = [c for c in chosen if c.id.endswith("-" + carrier)]
        rate = evaluate("toxicity", guards, cases=some).overall
        pos = sum(c.positive for c in some)
        recall = "-" if rate.recall is None else f"{rate.recall:.3f}"
        fpr = "-" if rate.fpr is None else f"{rate.fpr:.3f}"
        sys.stdout.write(f"{carrier:30s} {pos:5d} {recall:>7s} {len(some) - pos:5d} {fpr:>7s}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
