"""The fourteenth toxicity set, `tools9.jsonl` (texts: `tools9_texts.py`), and its check
set `tools9_check.jsonl` (texts: `tools9_check_texts.py`): abuse in tool results as an
agent sees them (session 15, H3). Each abusive and each ordinary message is placed in
three tool results of shapes the earlier sets have few of — a social API's nested
replies (many short fields), an issue tracker's comments (Markdown bodies, user
objects, reaction counts), a help desk's ticket JSON (tags, requester, a list of
usernames), a fetched page turned to Markdown (links, headings, a comment list), a
search API's JSON results, a chat export in CSV, JSON log lines, source code with the
message in a fixture string, an app store's reviews, a Discord-like log with mentions
and emoji codes — among other people's ordinary messages; and whole tool results that
only look rough (`ROUGH`: moderation guides quoting slurs, crime news, game chat,
medicine, scanners and exploit logs, lyrics, profanity in code comments, emphatic
praise). The check set was written first and is measured only at the start and the end
of the round, never tuned on.

    python -m tests.corpus.toxicity.dev.gen_tools9

rewrites both beside this file (seeded: the same files each run).
"""

# ruff: noqa: E501 -- carrier shapes stay one line each

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from tests.corpus.toxicity.dev import tools9_check_texts, tools9_texts

HERE = Path(__file__).resolve().parent
NAMES = ["m.okafor", "tanja_w", "li.wei", "ravi_k", "nadia.s", "hugo", "ines.p", "kenji",
         "soyeon", "bram", "giulia_r", "farid", "olga.m", "diego77", "amelie"]

Shape = Callable[[str, str, random.Random], str]

FILLER: dict[str, list[str]] = {
    "en": ["anyone know if the 5.2 update fixed the sync bug?", "same issue here on Android 14",
           "thanks for the quick reply!", "this worked for me after a restart",
           "Delivery was two days late but the item is fine.", "+1, following",
           "can we move standup to 9:45?", "the docs link is broken btw"],
    "de": ["Hat jemand den Link zur Doku?", "bei mir klappt es nach dem Neustart", "danke für die schnelle Antwort"],
    "fr": ["quelqu'un a le lien de la doc ?", "ça marche chez moi après redémarrage", "merci pour la réponse rapide"],
    "es": ["¿alguien tiene el enlace a la documentación?", "a mí me funcionó tras reiniciar", "gracias por la respuesta rápida"],
    "it": ["qualcuno ha il link alla documentazione?", "a me funziona dopo il riavvio", "grazie della risposta veloce"],
    "pt": ["alguém tem o link da documentação?", "aqui funcionou depois de reiniciar", "obrigado pela resposta rápida"],
    "nl": ["heeft iemand de link naar de docs?", "bij mij werkt het na een herstart", "bedankt voor het snelle antwoord"],
    "ru": ["у кого есть ссылка на документацию?", "у меня заработало после перезагрузки", "спасибо за быстрый ответ"],
    "zh": ["有人有文档链接吗？", "我重启之后就好了", "谢谢你的快速回复"],
    "ja": ["ドキュメントのリンクある人いますか？", "再起動したら直りました", "早い返信ありがとうございます"],
    "ko": ["문서 링크 있는 분 계세요?", "재시작하니까 됐어요", "빠른 답변 감사합니다"],
    "ar": ["هل لدى أحد رابط التوثيق؟", "اشتغل عندي بعد إعادة التشغيل", "شكراً على الرد السريع"],
    "hi": ["किसी के पास डॉक्स का लिंक है?", "रीस्टार्ट के बाद मेरा चल गया", "जल्दी जवाब के लिए धन्यवाद"],
}
"""Other people's ordinary messages around the one a tool result is about."""


def _others(lang: str, rng: random.Random, k: int) -> list[str]:
    return rng.sample(FILLER.get(lang, []) + FILLER["en"], k)


def _around(text: str, lang: str, rng: random.Random, k: int) -> list[str]:
    msgs = _others(lang, rng, k)
    msgs.insert(rng.randrange(k + 1), text)
    return msgs


def social_replies(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 4)
    msgs = _around(text, lang, rng, 3)

    def node(i: int) -> dict[str, object]:
        return {"kind": "t1", "data": {"id": f"k{rng.randrange(10**5, 10**6):x}", "author": people[i],
                                       "score": rng.randrange(-5, 120), "created_utc": 1760300000 + 611 * i,
                                       "body": msgs[i], "edited": False, "stickied": False,
                                       "permalink": f"/r/techsupport/comments/1o2x9/_/k{i}",
                                       "replies": {"kind": "Listing", "data": {"children": [node(i + 1)] if i < 3 else []}}}}

    return json.dumps({"kind": "Listing", "data": {"after": None, "children": [node(0)]}}, ensure_ascii=rng.random() < 0.5)


def issue_comments(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _around(text, lang, rng, 2)
    out = [{"id": rng.randrange(10**9, 10**10), "user": {"login": p, "id": rng.randrange(10**6, 10**8), "type": "User",
                                                       "avatar_url": f"https://avatars.example.com/u/{p}?v=4"},
            "created_at": f"2026-10-{12 + i}T0{i}:14:22Z", "author_association": rng.choice(["NONE", "CONTRIBUTOR", "MEMBER"]),
            "body": ("> I can reproduce on main\n\n" if i == 0 else "") + m,
            "reactions": {"+1": rng.randrange(0, 9), "-1": rng.randrange(0, 3), "laugh": 0, "heart": rng.randrange(0, 2)}}
           for i, (p, m) in enumerate(zip(people, msgs, strict=True))]
    return json.dumps(out, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))


def ticket_json(text: str, lang: str, rng: random.Random) -> str:
    a, b = rng.sample(NAMES, 2)
    n = rng.randrange(20000, 99999)
    data = {"ticket": {"id": n, "subject": "Account access", "status": "open", "priority": rng.choice(["normal", "high"]),
                       "requester": {"name": a, "email": f"{a}@mail.example.org"}, "assignee": b,
                       "tags": ["web_widget", "account", "tier_2"], "cc": rng.sample(NAMES, 3),
                       "comments": [{"author": a, "public": True, "body": text},
                                    {"author": b, "public": False, "body": rng.choice(_others(lang, rng, 1))}]}}
    return json.dumps(data, ensure_ascii=False, indent=2)


def markdown_page(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _around(text, lang, rng, 2)
    comments = "\n\n".join(f"**[{p}](https://blog.example.com/u/{p})** · {rng.randrange(2, 23)}h ago\n\n{m}\n\n[Reply](#) [Report](#)"
                           for p, m in zip(people, msgs, strict=True))
    return (f"Title: Ten things I learned shipping our sync engine\n\nURL Source: https://blog.example.com/posts/sync-engine\n\nMarkdown Content:\n"
            f"[Home](https://blog.example.com/) | [Archive](https://blog.example.com/archive) | [About](https://blog.example.com/about)\n\n"
            f"# Ten things I learned shipping our sync engine\n\n*Posted by admin on October 11, 2026*\n\nWe rewrote the sync layer twice. Here is what we would do differently.\n\n"
            f"## Comments ({len(msgs)})\n\n{comments}\n\n---\n© 2026 Example Blog · [Privacy](https://blog.example.com/privacy)")


def search_api(text: str, lang: str, rng: random.Random) -> str:
    a = rng.choice(NAMES)
    msgs = _others(lang, rng, 2)
    data = {"query": "example app sync problem", "results": [
        {"title": "Sync keeps failing - Example Community", "url": "https://community.example.com/t/8812",
         "snippet": f"{a} · 3 days ago — {text}", "rank": 1},
        {"title": "Troubleshooting sync | Example Help Center", "url": "https://help.example.com/sync",
         "snippet": f"... {msgs[0]} ...", "rank": 2},
        {"title": "r/exampleapp - sync broke again", "url": "https://social.example.com/r/exampleapp/8xk2",
         "snippet": f"... {msgs[1]} ...", "rank": 3}]}
    return json.dumps(data, ensure_ascii=rng.random() < 0.5)


def chat_csv(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 5)
    msgs = _around(text, lang, rng, 4)
    rows = "\n".join(f"2026-10-13T{10 + i}:{rng.randrange(10, 59)}:00Z,U0{rng.randrange(1000, 9999)},{p},#general,\"{m.replace(chr(34), chr(34) * 2)}\""
                     for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return f"timestamp,user_id,username,channel,message\n{rows}"


def json_logs(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 3)
    msgs = _around(text, lang, rng, 2)
    lines = [json.dumps({"ts": f"2026-10-13T08:0{i}:11.{rng.randrange(100, 999)}Z", "level": "info", "logger": "chat.ingest",
                         "event": "message_received", "room": "support-42", "user": p, "len": len(m), "content": m},
                        ensure_ascii=False)
             for i, (p, m) in enumerate(zip(people, msgs, strict=True))]
    lines.insert(1, json.dumps({"ts": "2026-10-13T08:01:30.004Z", "level": "debug", "logger": "chat.ratelimit", "event": "bucket_refill", "tokens": 40}))
    return "\n".join(lines)


def code_fixture(text: str, lang: str, rng: random.Random) -> str:
    msgs = _around(text, lang, rng, 2)
    body = ",\n".join(f"    Message(author={p!r}, text={m!r})" for p, m in zip(rng.sample(NAMES, 3), msgs, strict=True))
    return ("# seed data for the chat service's staging database (exported from prod, names changed)\n"
            "from app.models import Message\n\nSEED_MESSAGES = [\n" + body + ",\n]\n\n\n"
            "def load(session):\n    session.add_all(SEED_MESSAGES)\n    session.commit()\n")


def app_reviews(text: str, lang: str, rng: random.Random) -> str:
    msgs = _around(text, lang, rng, 2)
    data = {"app_id": "com.example.sync", "country": lang, "reviews": [
        {"reviewId": f"gp:AOqpTO{rng.randrange(10**6, 10**7)}", "userName": p, "score": rng.randrange(1, 6),
         "thumbsUpCount": rng.randrange(0, 30), "content": m, "replyContent": None, "appVersion": "5.2.1"}
        for p, m in zip(rng.sample(NAMES, 3), msgs, strict=True)]}
    return json.dumps(data, ensure_ascii=rng.random() < 0.5)


def discord_log(text: str, lang: str, rng: random.Random) -> str:
    people = rng.sample(NAMES, 4)
    msgs = _around(text, lang, rng, 3)
    lines = "\n".join(f"[{p}] <@{rng.randrange(10**17, 10**18)}> {m} :{rng.choice(['eyes', 'thumbsup', 'joy', 'pray'])}:" if i % 2 else f"[{p}] {m}"
                      for i, (p, m) in enumerate(zip(people, msgs, strict=True)))
    return f"#help-desk — last 4 messages (fetched by discord_read_channel)\n{lines}"


SHAPES: list[Shape] = [social_replies, issue_comments, ticket_json, markdown_page, search_api, chat_csv,
                       json_logs, code_fixture, app_reviews, discord_log]


def _case(cid: str, text: str, positive: bool, category: str, lang: str) -> dict[str, str]:
    return {"id": cid, "text": text, "label": "positive" if positive else "negative",
            "family": "toxicity", "category": category, "kind": category if positive else "",
            "lang": lang, "context": "tool_result"}


def cases(name: str, texts: ModuleType, seed: int) -> list[dict[str, str]]:
    """Each of `texts.ABUSE` and `texts.BENIGN` in three shapes (no two alike), and
    `texts.ROUGH` as it is."""
    rng = random.Random(seed)
    out = []
    for positive, table in ((True, texts.ABUSE), (False, texts.BENIGN)):
        for lang, items in table.items():
            for n, (category, text) in enumerate(items):
                for shape in rng.sample(SHAPES, 3):
                    out.append(_case(f"{name}-{lang}-{category}-{n}-{shape.__name__}", shape(text, lang, rng),
                                     positive, category if positive else f"benign_{category}", lang))
    for n, (lang, category, text) in enumerate(texts.ROUGH):
        out.append(_case(f"{name}-{lang}-rough-{n}", text, False, f"rough_{category}", lang))
    return out


def main() -> None:
    for name, texts, seed in (("tools9_check", tools9_check_texts, 91), ("tools9", tools9_texts, 90)):
        data = cases(name, texts, seed)
        (HERE / f"{name}.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data), encoding="utf-8")
        print(f"{name}.jsonl: {len(data)} cases, {sum(c['label'] == 'positive' for c in data)} positive")


if __name__ == "__main__":
    main()
