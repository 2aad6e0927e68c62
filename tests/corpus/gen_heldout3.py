"""Held-out injection batch 3: written by someone who had not read the rules, their
lexicons or the main corpus, as an independent measure (after the learned scorer too).

Each text sits in a carrier of its own, named in the item's context as
`context/shape` (`tool_result/calendar`, `doc/readme`…): search API results, REST API
JSON, product reviews, calendar invites, PDF text, MCP tool results, raw MIME mail,
HTML comments and hidden blocks, README and wiki pages, Discord exports, JS, Rust,
shell, Java and HTML comments. A bare context takes a shape at random (seeded).
`python -m tests.corpus.gen_heldout` writes it with the other batches.
"""

# ruff: noqa: E501 -- corpus texts and templates stay one line each, as written

from __future__ import annotations

import json
import random

from tests.corpus.cases import Case

SEED = 20261126

Item = tuple[str, str, str]
"""(category, context or context/shape, text)."""

FILL: dict[str, dict[str, str]] = {
    "en": {"who": "Marcus Reid", "first": "Marcus", "greet": "Hi Jo,", "sign": "Best,\nMarcus", "subj": "Q3 supplier review",
           "blurb": "Our spring catalogue goes live on the 14th; printed copies ship a week later.", "title": "Choosing a standing desk", "event": "Supplier review", "product": "Kettle KX-200"},
    "de": {"who": "Katrin Vogel", "first": "Katrin", "greet": "Hallo Jan,", "sign": "Viele Grüße\nKatrin", "subj": "Lieferantengespräch Q3",
           "blurb": "Der Frühjahrskatalog erscheint am 14.; die gedruckten Exemplare folgen eine Woche später.", "title": "Den richtigen Stehtisch finden", "event": "Lieferantengespräch", "product": "Wasserkocher KX-200"},
    "fr": {"who": "Élodie Garnier", "first": "Élodie", "greet": "Bonjour Hugo,", "sign": "Bien à vous,\nÉlodie", "subj": "Revue fournisseurs T3",
           "blurb": "Le catalogue de printemps sera en ligne le 14 ; la version papier suivra une semaine plus tard.", "title": "Bien choisir son bureau debout", "event": "Revue fournisseurs", "product": "Bouilloire KX-200"},
    "es": {"who": "Andrés Molina", "first": "Andrés", "greet": "Hola, Marta:", "sign": "Un saludo,\nAndrés", "subj": "Revisión de proveedores T3",
           "blurb": "El catálogo de primavera se publica el día 14; las copias impresas saldrán una semana después.", "title": "Cómo elegir un escritorio elevable", "event": "Revisión de proveedores", "product": "Hervidor KX-200"},
    "it": {"who": "Chiara Ferri", "first": "Chiara", "greet": "Ciao Luca,", "sign": "Un saluto,\nChiara", "subj": "Revisione fornitori T3",
           "blurb": "Il catalogo di primavera sarà online il 14; le copie stampate arriveranno una settimana dopo.", "title": "Scegliere una scrivania regolabile", "event": "Revisione fornitori", "product": "Bollitore KX-200"},
    "pt": {"who": "Joana Pires", "first": "Joana", "greet": "Olá, Tiago,", "sign": "Abraço,\nJoana", "subj": "Revisão de fornecedores T3",
           "blurb": "O catálogo de primavera entra no ar no dia 14; as cópias impressas saem uma semana depois.", "title": "Como escolher uma mesa de pé", "event": "Revisão de fornecedores", "product": "Chaleira KX-200"},
    "nl": {"who": "Pieter de Graaf", "first": "Pieter", "greet": "Hoi Eva,", "sign": "Groet,\nPieter", "subj": "Leveranciersoverleg Q3",
           "blurb": "De voorjaarscatalogus gaat op de 14e live; de gedrukte exemplaren volgen een week later.", "title": "Een goed zit-stabureau kiezen", "event": "Leveranciersoverleg", "product": "Waterkoker KX-200"},
    "ru": {"who": "Анна Белова", "first": "Анна", "greet": "Здравствуйте, Игорь!", "sign": "С уважением,\nАнна", "subj": "Встреча с поставщиками, 3 кв.",
           "blurb": "Весенний каталог выходит 14-го, печатные экземпляры — через неделю.", "title": "Как выбрать стол для работы стоя", "event": "Встреча с поставщиками", "product": "Чайник KX-200"},
    "zh": {"who": "刘洋", "first": "刘洋", "greet": "张经理您好：", "sign": "祝好\n刘洋", "subj": "第三季度供应商评审",
           "blurb": "春季目录将于14日上线，纸质版一周后寄出。", "title": "如何挑选升降桌", "event": "供应商评审会", "product": "电水壶 KX-200"},
    "ja": {"who": "高橋美咲", "first": "高橋", "greet": "田中様", "sign": "何卒よろしくお願いいたします。\n高橋", "subj": "第3四半期 取引先レビュー",
           "blurb": "春のカタログは14日に公開され、印刷版は1週間後に発送されます。", "title": "スタンディングデスクの選び方", "event": "取引先レビュー", "product": "電気ケトル KX-200"},
    "ko": {"who": "이민호", "first": "민호", "greet": "김 팀장님, 안녕하세요.", "sign": "감사합니다.\n이민호 드림", "subj": "3분기 협력사 검토",
           "blurb": "봄 카탈로그는 14일에 공개되고, 인쇄본은 일주일 뒤에 발송됩니다.", "title": "스탠딩 책상 고르는 법", "event": "협력사 검토 회의", "product": "전기포트 KX-200"},
    "ar": {"who": "سارة الحربي", "first": "سارة", "greet": "مرحبًا يوسف،", "sign": "مع التحية،\nسارة", "subj": "مراجعة الموردين للربع الثالث",
           "blurb": "يصدر كتالوج الربيع في اليوم الرابع عشر، وتُشحن النسخ المطبوعة بعد أسبوع.", "title": "كيف تختار مكتبًا للعمل وقوفًا", "event": "مراجعة الموردين", "product": "غلاية KX-200"},
    "hi": {"who": "विकास शर्मा", "first": "विकास", "greet": "नमस्ते नेहा जी,", "sign": "सादर,\nविकास", "subj": "तीसरी तिमाही आपूर्तिकर्ता समीक्षा",
           "blurb": "वसंत कैटलॉग 14 तारीख को ऑनलाइन आएगा; छपी हुई प्रतियाँ एक हफ़्ते बाद भेजी जाएँगी।", "title": "स्टैंडिंग डेस्क कैसे चुनें", "event": "आपूर्तिकर्ता समीक्षा", "product": "केतली KX-200"},
}

SHAPES: dict[str, tuple[str, ...]] = {
    "direct": ("plain",), "code": ("plain",), "chat": ("discord",),
    "tool_result": ("search", "api", "review", "calendar", "pdf", "mcp"),
    "web_page": ("comment", "hidden", "article", "reviews"),
    "email": ("mime", "reply", "invite"),
    "code_comment": ("js", "rust", "shell", "html", "java"),
    "doc": ("readme", "wiki", "changelog"),
}


def _dump(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _tool_result(shape: str, text: str, f: dict[str, str], rng: random.Random) -> str:
    if shape == "search":
        return _dump({"query": f["title"], "results": [
            {"rank": 1, "title": f["title"], "url": "https://www.deskguide.example/stand", "snippet": f["blurb"]},
            {"rank": 2, "title": f["subj"], "url": f"https://forum.example.org/t/{rng.randrange(10000, 99999)}", "snippet": text}]})
    if shape == "api":
        return _dump({"data": {"id": f"ord_{rng.randrange(10**6, 10**7)}", "status": "processing",
                               "customer_note": text, "items": [{"sku": "KX-200", "qty": 1}]}, "meta": {"request_id": f"req-{rng.randrange(16**8):08x}"}})
    if shape == "review":
        return _dump({"product": f["product"], "average": 4.1, "reviews": [
            {"author": f["first"], "stars": 5, "body": f["blurb"]},
            {"author": f"user{rng.randrange(100, 999)}", "stars": 4, "body": text}]})
    if shape == "calendar":
        desc = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
        return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Groupware//EN\nBEGIN:VEVENT\n"
                f"UID:{rng.randrange(16**12):012x}@cal.example\nDTSTART:20261203T140000Z\nDTEND:20261203T150000Z\n"
                f"SUMMARY:{f['event']}\nORGANIZER;CN={f['who']}:mailto:organizer@partner-cal.example\n"
                f"DESCRIPTION:{desc}\nEND:VEVENT\nEND:VCALENDAR\n")
    if shape == "pdf":
        return f"%PDF text layer (pdftotext), page 1/3\n\n{f['title'].upper()}\n\n{f['blurb']}\n\n{text}\n\nPage 1"
    if shape == "mcp":
        return _dump({"jsonrpc": "2.0", "id": rng.randrange(1, 200), "result": {"content": [
            {"type": "text", "text": f"{f['blurb']}\n\n{text}"}], "isError": False}})
    raise ValueError(shape)


def _web_page(shape: str, text: str, f: dict[str, str]) -> str:
    head = f'<!doctype html><html><head><title>{f["title"]}</title></head><body>\n<h1>{f["title"]}</h1>\n<p>{f["blurb"]}</p>\n'
    if shape == "comment":
        return head + f"<!-- {text} -->\n</body></html>"
    if shape == "hidden":
        return head + f'<div aria-hidden="true" style="display:none">{text}</div>\n</body></html>'
    if shape == "article":
        return head + f"<article><p>{text}</p></article>\n</body></html>"
    if shape == "reviews":
        return head + f'<section id="reviews"><div class="review"><b>★★★★☆</b> <p>{text}</p></div></section>\n</body></html>'
    raise ValueError(shape)


def _email(shape: str, text: str, f: dict[str, str], rng: random.Random) -> str:
    mid = f"<{rng.randrange(16**10):010x}@mail.partner-cal.example>"
    head = (f"Return-Path: <bounce@partner-cal.example>\nMessage-ID: {mid}\nDate: Tue, 24 Nov 2026 08:{rng.randrange(10, 59)}:12 +0000\n"
            f"From: {f['who']} <{f['first'].lower() if f['first'].isascii() else 'office'}@partner-cal.example>\nTo: inbox@harbourline.example\n"
            f"Subject: {f['subj']}\nContent-Type: text/plain; charset=utf-8\n\n")
    if shape == "mime":
        return head + f"{f['greet']}\n\n{text}\n\n{f['sign']}\n"
    if shape == "reply":
        return head + f"{text}\n\n{f['sign']}\n\nOn Mon, 23 Nov 2026, inbox@harbourline.example wrote:\n> {f['blurb']}\n"
    if shape == "invite":
        return head + f"{f['event']} — Thu 3 Dec 2026, 14:00–15:00 UTC\nJoin: https://meet.partner-cal.example/j/{rng.randrange(10**9, 10**10)}\n\n{text}\n\nAccept · Tentative · Decline\n"
    raise ValueError(shape)


def _code_comment(shape: str, text: str) -> str:
    lines = text.split("\n")
    if shape == "js":
        return "/**\n" + "".join(f" * {ln}\n" for ln in lines) + " */\nexport function totalPrice(items) {\n  return items.reduce((s, i) => s + i.price * i.qty, 0);\n}\n"
    if shape == "rust":
        return "".join(f"/// {ln}\n" for ln in lines) + "pub fn checksum(buf: &[u8]) -> u32 {\n    buf.iter().map(|&b| b as u32).sum()\n}\n"
    if shape == "shell":
        return "#!/usr/bin/env bash\nset -euo pipefail\n" + "".join(f"# {ln}\n" for ln in lines) + 'tar -czf "backup-$(date +%F).tgz" data/\n'
    if shape == "html":
        return "<!--\n" + "\n".join(f"  {ln}" for ln in lines) + '\n-->\n<nav class="top"><a href="/">Home</a> <a href="/docs">Docs</a></nav>\n'
    if shape == "java":
        return "public final class Invoices {\n    /*\n" + "".join(f"     * {ln}\n" for ln in lines) + "     */\n    public static long total(List<Invoice> xs) { return xs.stream().mapToLong(Invoice::cents).sum(); }\n}\n"
    raise ValueError(shape)


def _doc(shape: str, text: str, f: dict[str, str]) -> str:
    if shape == "readme":
        return f"# kx-tools\n\n[![build](https://ci.example/badge.svg)](https://ci.example)\n\n{f['blurb']}\n\n## Usage\n\n```sh\npip install kx-tools\nkx sync --dry-run\n```\n\n{text}\n\n## License\n\nMIT\n"
    if shape == "wiki":
        return f"= {f['title']} =\n\n''Last edited by {f['who']}''\n\n{f['blurb']}\n\n{text}\n\n[[Category:Handbook]]"
    if shape == "changelog":
        return f"# Changelog\n\n## [1.8.0] - 2026-11-20\n\n### Changed\n\n{text}\n\n## [1.7.3] - 2026-10-02\n\n- Fixed a crash when the catalogue was empty.\n"
    raise ValueError(shape)


def wrap(text: str, lang: str, context: str, shape: str, rng: random.Random) -> str:
    """`text` inside a carrier of kind `context` and `shape`."""
    f = FILL[lang]
    if context in ("direct", "code"):
        return text
    if context == "chat":
        return (f"{f['first']} — Today at 10:02\n{f['blurb']}\nnightowl_93 — Today at 10:04\n{text}\n"
                f"{f['first']} — Today at 10:05\n:eyes:")
    if context == "tool_result":
        return _tool_result(shape, text, f, rng)
    if context == "web_page":
        return _web_page(shape, text, f)
    if context == "email":
        return _email(shape, text, f, rng)
    if context == "code_comment":
        return _code_comment(shape, text)
    if context == "doc":
        return _doc(shape, text, f)
    raise ValueError(f"unknown context {context!r}")


def cases(items: dict[str, tuple[list[Item], list[Item]]], batch: str = "batch3") -> list[Case]:
    """The batch's cases, numbered per language, each text in its carrier."""
    rng = random.Random(f"{SEED}:{batch}")
    out = []
    for lang, (positives, negatives) in items.items():
        n = 0
        for label, group in (("positive", positives), ("negative", negatives)):
            for category, where, text in group:
                n += 1
                context, _, shape = where.partition("/")
                shape = shape or rng.choice(SHAPES[context])
                assert shape in SHAPES[context], (lang, where)
                out.append(Case(f"{batch}-{lang}-{n}", wrap(text, lang, context, shape, rng), label,
                                "injection", category, lang, context,
                                category if label == "positive" else ""))
    return out


def batch3() -> list[Case]:
    from tests.corpus.texts import heldout3

    return cases(heldout3.ITEMS)
