"""The fifth to seventh toxicity sets, `blind2`, `check2` and `check3.jsonl`: abuse and the text that only looks like it, in the
thirteen languages, each inside a carrier (game and team chat, code review, mail, forum
posts, support tickets, moderation-queue JSON). Written from scratch before any change of
this round (issue 11), without reading the lexicons, to measure recall on text the rules
were not written against; then kept as a dev set.

Positives: two per category (insult, threat, harassment, hate, sexual, self_harm,
profanity, violence) and language. Hard negatives: heated disagreement without a curse,
medical and sexual-health text, violence in news, history and games, abuse quoted in a
moderation report, slurs discussed as words, self-deprecation, technical "kill".

    python tests/corpus/toxicity/dev/gen_blind2.py

rewrites both beside this file (seeded: the same files each run). `check2` (143 texts,
`check2_texts.py`) was written after the round's changes, to measure them on text they
were not changed against, and tuned on after; `check3` (91 texts, `check3_texts.py`), written
after that too, never tuned on; `blind2` was the round's dev set.
"""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.corpus.toxicity.dev import blind2_texts, check2_texts, check3_texts

SETS = {"blind2": (blind2_texts.ITEMS, 1127), "check2": (check2_texts.ITEMS, 1128),
        "check3": (check3_texts.ITEMS, 1129)}
"""name: (texts, seed)."""

CONTEXT = {"game": "chat", "team": "chat", "review": "code_comment", "mail": "email",
           "forum": "doc", "ticket": "tool_result", "modq": "tool_result"}
"""Carrier → the corpus context it is filed under."""

NAMES = ["xXsniperXx", "kaito_92", "lena.m", "rafa", "dmitri_k", "minh", "ayesha", "joost",
         "hyun-woo", "karim77", "priya_s", "giulia", "pedro_br"]


def carry(text: str, carrier: str, lang: str, category: str, rng: random.Random) -> str:
    """`text` as it would reach an agent through `carrier`."""
    who, other = rng.sample(NAMES, 2)
    if carrier == "game":
        return f"[{rng.choice(['ALL', 'TEAM', 'Ranked'])}] {who}: {text}"
    if carrier == "team":
        return f"#{rng.choice(['dev', 'ops', 'general', 'random'])} {who} 10:{rng.randrange(10, 59)}\n{text}"
    if carrier == "review":
        line = rng.randrange(12, 400)
        return (f"src/{rng.choice(['api', 'core', 'ui'])}/handler.py line {line}\n"
                f"@@ -{line},6 +{line},9 @@\n> {who} commented:\n{text}")
    if carrier == "mail":
        return (f"From: {who}@example.org\nTo: {other}@example.org\nSubject: Re: {rng.choice(['meeting', 'release', 'invoice', 'ticket #4411'])}\n\n{text}\n")
    if carrier == "forum":
        return f"Posted by {who} · {rng.randrange(2, 23)}h ago\n\n{text}\n\n▲ {rng.randrange(0, 90)}  Reply  Share"
    if carrier == "ticket":
        return json.dumps({"ticket": rng.randrange(10000, 99999), "channel": rng.choice(["web", "email", "app"]),
                           "requester": who, "lang": lang, "body": text, "status": "open"},
                          ensure_ascii=False, indent=2)
    if carrier == "modq":
        return json.dumps({"queue": "user_reports", "report_id": rng.randrange(100000, 999999),
                           "reported_user": who, "reporter": other, "lang": lang,
                           "reason": rng.choice([category, "other", "spam_or_abuse"]),
                           "content": text, "status": "pending_review"}, ensure_ascii=False, indent=2)
    raise ValueError(carrier)


def write(name: str, items_of: dict[str, list[tuple[str, str, str, str]]], seed: int) -> None:
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    rows = []
    for lang, items in items_of.items():
        for label, category, carrier, text in items:
            key = f"{lang}-{category}"
            counts[key] = counts.get(key, 0) + 1
            rows.append({"id": f"{name}-{key}-{counts[key]}", "text": carry(text, carrier, lang, category, rng),
                         "label": "positive" if label == "T" else "negative",
                         "family": "toxicity", "category": category,
                         **({"kind": category} if label == "T" else {}),
                         "lang": lang, "context": CONTEXT[carrier]})
    path = Path(__file__).with_name(f"{name}.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def main() -> None:
    for name, (items, seed) in SETS.items():
        write(name, items, seed)


if __name__ == "__main__":
    main()
