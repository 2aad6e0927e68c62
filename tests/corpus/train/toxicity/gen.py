"""Writes the toxicity learned layer's training set, `tests/corpus/train/toxicity/train.jsonl`:

    python -m tests.corpus.train.toxicity.gen

from the templates of `text.py`, `text_more.py`, `text_round4.py`, `text_round5.py`,
`text_round6.py` and the sentences of `text_round7.py`, `text_round8.py`,
`text_round9.py` and `text_round10.py` (our own text), each filled several ways (a sentence written
`SENTENCE_COPIES` times), alone and beside a benign sentence of the same language (the
abusive sentence is the row's span), and benign sentences alone and in pairs; each
template once inside a carrier (`CARRIERS`), each round-8 sentence, abusive or benign,
once inside one of `ROUND8_CARRIERS` as well, each round-9 one inside one of
`ROUND9_CARRIERS`, and round 10's after all those (`_round10`).
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
from tests.corpus.train.toxicity.text_round8 import ROUND8
from tests.corpus.train.toxicity.text_round9 import ROUND9
from tests.corpus.train.toxicity.text_round10 import ROUND10
from tests.corpus.train.toxicity.text_round11 import ROUND11

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
_SENTENCES = frozenset(t for rnd in (ROUND7, ROUND8) for lang in rnd.values() for t in (
    *(text for _, text in lang["abuse"]), *lang["benign"]))
ROUND8_COPIES = (1, 2)
"""Copies of each abusive and each benign sentence of `text_round8.py` (as round 7's). Of
(1, 1), (1, 2) and (2, 2), tried on the team's toxicity sets, (1, 2) lost the fewest
cases; at (2, 2) the carrier set lost four."""
_ROUND8 = frozenset(t for lang in ROUND8.values() for t in (
    *(text for _, text in lang["abuse"]), *lang["benign"]))
_ROUND9 = frozenset(t for lang in ROUND9.values() for t in (
    *(text for _, text in lang["abuse"]), *lang["benign"]))
"""Round 9's sentences, carried by `ROUND9_CARRIERS`."""
ROUND10_COPIES = 1
"""Copies of each of round 10's sentences, abusive and benign. At 2 (round 9's) the
model found less on the check sets never tuned on (weak16_check 0.694 against 0.699,
tools9_check 0.863 against 0.876, check4 one case fewer)."""
ROUND11_COPIES = 1
"""Copies of each of round 11's sentences (`text_round11.py`), as round 10's; its rows
come after round 10's, with draws of their own."""
ROUND9_COPIES = (2, 2)
"""Copies of each abusive and each benign sentence of `text_round9.py`. Of (1, 2) and
(2, 2), tried on the team's toxicity sets, (2, 2) found more (tools9 0.717 -> 0.736,
blind4 +2 cases) and lost fewer (carriers8 and check6 one case each at (1, 2))."""


def _copies(template: str) -> tuple[int, int]:
    """How many times `template` is written, if abusive and if benign."""
    if template in _ROUND9:
        return ROUND9_COPIES
    if template in _ROUND8:
        return ROUND8_COPIES
    return SENTENCE_COPIES if template in _SENTENCES else (FILLS, FILLS)


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


ROUND8_CARRIERS = (
    "From: {n} <{n}@support.example.com>\nTo: escalations@example.com\nSubject: Fwd: {subject}"
    "\n\nFYI, this came in overnight.\n\nBegin forwarded message:\n\n"
    "From: {m} <{m}@mail.example.net>\nSubject: {subject}\n\n{text}\n\nSent from my phone",
    "Subject: [Helpdesk] Re: Ticket #{k}\n\n##- Please type your reply above this line -##\n\n"
    "Your request (#{k}) has been updated.\n\n{n}\n14 Oct 2025, 09:12\n\n{text}\n\n"
    "Attachments:\nphoto.jpg\n\nThis email is a service from Helpdesk.",
    "From: {n} <{n}@example.com>\nSubject: Re: {subject}\nContent-Type: text/html; charset=utf-8"
    "\n\n<html><body><div dir=\"ltr\"><p>{text}</p><div class=\"gmail_quote\">"
    "<blockquote><p>any news on the {subject}?</p></blockquote></div></div></body></html>",
    "Chat export: #general\n[2025-10-14 09:10] {m}: morning all\n[2025-10-14 09:12] {n}: {text}"
    "\n[2025-10-14 09:13] {m}: ok\n--- end of export ---",
    "<article class=\"post\"><a class=\"author\" href=\"/u/{n}\">{n}</a> <time>Oct 14</time>"
    "<div class=\"post-body\"><p>{text}</p></div><footer><a>Reply</a> · <a>Quote</a> · "
    "<a>Report</a></footer></article>",
    "review_id,stars,text\n{k},1,\"{text}\"\n{k}1,5,\"arrived on time, works fine\"",
    "Search results:\n1. forum.example.com › thread {k}\n   {n} wrote: \"{text}\" ... 12 replies"
    "\n2. example.com › help\n   Opening hours and contact details ...",
    '{{"queue": "pending_review", "items": [{{"item_id": {k}, "author": "{n}", '
    '"content": "{text}", "reports": 2, "state": "pending"}}]}}',
    "You have 3 unread messages in #{subject}:\n• {m} (10:02): see you at standup\n"
    "• {n} (10:05): {text}\n• {m} (10:07): thanks\n\nReply in the app · Unsubscribe",
    '{{"post_id": {k}, "comments": [{{"author": "{m}", "body": "first!"}}, '
    '{{"author": "{n}", "body": "{text}", "likes": 3}}], "next_cursor": null}}',
)
"""More shapes of the mails and tool results an agent reads (a forwarded message, a help
desk's notification, an HTML mail, a chat export, a forum post, a CSV of reviews, search
snippets, a moderation queue, a channel digest, a comments API): each round-8 sentence,
abusive and benign, once in one of them."""


ROUND9_CARRIERS = (
    '{{"data": {{"post": {{"comments": {{"edges": [{{"node": {{"id": "c{k}", "author": '
    '{{"handle": "{m}"}}, "body": "nice write-up", "upvotes": 4}}}}, {{"node": {{"id": '
    '"c{k}1", "author": {{"handle": "{n}"}}, "body": "{text}", "upvotes": 0}}}}]}}}}}}}}',
    '{{"issue": {{"key": "OPS-{k}", "fields": {{"summary": "{subject}", "watchers": '
    '["{m}", "{n}", "alex", "lea"], "labels": ["customer", "p2"], "comment": {{"comments": '
    '[{{"author": {{"displayName": "{n}"}}, "body": "{text}"}}]}}}}}}}}',
    "Oct 14 09:12:00 chat01 relay[2231]: msg id={k} from={n} room=ops len=88\n"
    "Oct 14 09:12:00 chat01 relay[2231]: text=\"{text}\"\nOct 14 09:12:01 chat01 "
    "relay[2231]: delivered to 14 members",
    "time\tuser\tchannel\tmessage\n09:10\t{m}\tops\tdeploy done\n09:12\t{n}\tops\t{text}\n"
    "09:13\t{m}\tops\tack",
    "- id: {k}\n  author: {m}\n  text: \"thanks, merged\"\n- id: {k}1\n  author: {n}\n"
    "  text: \"{text}\"\n  flagged: false",
    "Markdown Content:\n[Home](/) | [Forum](/forum) | [Login](/login)\n\n## Replies\n\n"
    "**{m}** · 2h ago\n\nsame here, on 5.1\n\n**{n}** · 1h ago\n\n{text}\n\n[Reply](#)",
    '{{"query": "{subject}", "results": [{{"title": "Thread {k} - Community", "url": '
    '"https://community.example.com/t/{k}", "snippet": "{n} · 2 days ago — {text}"}}, '
    '{{"title": "Help Center", "url": "https://help.example.com", "snippet": "Contact us '
    'any time ..."}}]}}',
)
"""Tool results an agent reads, of shapes with many short fields (a GraphQL answer, an
issue tracker's JSON with watchers and labels, syslog lines, a TSV export, a YAML dump, a
page as Markdown, a search API's results): each round-9 sentence, abusive and benign, once
in one of them."""


def _carried(text: str, rng: random.Random,
             shapes: tuple[str, ...] = CARRIERS) -> tuple[str, int, int]:
    """`text` inside one of `shapes`, and where it starts and ends there (an HTML
    shape escapes it)."""
    n, m = rng.sample(_PEOPLE, 2)
    shape = rng.choice(shapes)
    marker = "\x00"
    if "<p>" in shape:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = shape.format(n=n, m=m, subject=rng.choice(_SUBJECTS), text=marker,
                       k=rng.randrange(1000, 9999))
    at = out.index(marker)
    return out.replace(marker, text), at, at + len(text)


def rows(seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    carry = random.Random(seed + 1)  # its own draws: the rows above stay as they were
    carry8 = random.Random(seed + 2)
    carry9 = random.Random(seed + 3)
    out: list[dict[str, object]] = []
    for code, base in LANGS.items():
        lang = dict(base)
        for extra in (MORE, EVEN_MORE, ROUND4, ROUND5, ROUND6, ROUND7, ROUND8, ROUND9):
            lang.update({k: lang[k] + v for k, v in extra.get(code, {}).items()})
        sep = "" if code in ("zh", "ja") else " "
        stop = "。" if code in ("zh", "ja") else ". "
        benign = [_fill(t, lang, rng) for t in lang["benign"]
                  for _ in range(_copies(t)[1])]
        for kind, template in lang["abuse"]:
            for i in range(_copies(template)[0]):
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
            carried, at, end = _carried(text, carry)
            out.append({"text": carried, "label": "positive", "kind": kind, "lang": code,
                        "span": [at, end]})
            if template in _ROUND8 or template in _ROUND9:
                text = template.replace('"', "'")
                carried, at, end = (_carried(text, carry8, ROUND8_CARRIERS) if template in
                                    _ROUND8 else _carried(text, carry9, ROUND9_CARRIERS))
                out.append({"text": carried, "label": "positive", "kind": kind, "lang": code,
                            "span": [at, end]})
        for text in lang["benign"]:
            if text in _ROUND8:
                out.append({"text": _carried(text.replace('"', "'"), carry8, ROUND8_CARRIERS)[0],
                            "label": "negative", "kind": "", "lang": code})
            elif text in _ROUND9:
                out.append({"text": _carried(text.replace('"', "'"), carry9, ROUND9_CARRIERS)[0],
                            "label": "negative", "kind": "", "lang": code})

        for number, text in enumerate(benign):
            if number % FILLS == 0:
                out.append({"text": _carried(text.replace('"', "'"), carry)[0],
                            "label": "negative", "kind": "", "lang": code})
            out.append({"text": text, "label": "negative", "kind": "", "lang": code})
            out.append({"text": text + stop.rstrip() + sep + rng.choice(benign),
                        "label": "negative", "kind": "", "lang": code})
    return (out + _round10(random.Random(seed + 4))
            + _round10(random.Random(seed + 5), ROUND11, ROUND11_COPIES))


def _round10(rng: random.Random, sentences: dict[str, dict[str, list]] = ROUND10,
             copies: int = ROUND10_COPIES) -> list[dict[str, object]]:
    """Rows of `text_round10.py` (or of a later round written the same way: `sentences`),
    after all the others (with draws of their own, so that the rows before stay as they
    were): each sentence `copies` times alone, each abusive one as often beside a benign
    one of its language (the row's span), each benign one as often beside another, and
    each sentence once inside one of `ROUND9_CARRIERS`."""
    out: list[dict[str, object]] = []
    for code, lang in sentences.items():
        sep = "" if code in ("zh", "ja") else " "
        stop = "。" if code in ("zh", "ja") else ". "
        benign = lang["benign"]
        for kind, text in lang["abuse"]:
            for i in range(copies):
                said = text[:1].upper() + text[1:] if i % 2 else text
                out.append({"text": said, "label": "positive", "kind": kind, "lang": code})
                other = rng.choice(benign)
                joined = other + stop.rstrip() + sep + said if i % 2 else (
                    said + stop.rstrip() + sep + other)
                at = joined.index(said)
                out.append({"text": joined, "label": "positive", "kind": kind, "lang": code,
                            "span": [at, at + len(said)]})
            carried, at, end = _carried(text.replace('"', "'"), rng, ROUND9_CARRIERS)
            out.append({"text": carried, "label": "positive", "kind": kind, "lang": code,
                        "span": [at, end]})
        for text in benign:
            for _ in range(copies):
                out.append({"text": text, "label": "negative", "kind": "", "lang": code})
                out.append({"text": text + stop.rstrip() + sep + rng.choice(benign),
                            "label": "negative", "kind": "", "lang": code})
            out.append({"text": _carried(text.replace('"', "'"), rng, ROUND9_CARRIERS)[0],
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
