"""Carriers: the documents a payload reaches an agent in — a user's message, a search
tool's JSON, a file read, a GitHub issue, a calendar event, a web page (visible, hidden,
in a comment), an email, a code comment or a README — with a little surrounding text in
the payload's own language.

`place(text, lang, context, rng)` returns the carried text and the span of `text` in it
(None when the carrier had to change the payload's characters, e.g. HTML-escape it).
"""

# ruff: noqa: E501 -- corpus texts and templates stay one line each, as written

from __future__ import annotations

import html
import json
import random

CONTEXTS = ("direct", "tool_result", "web_page", "email", "code_comment", "doc")

FILLER: dict[str, dict[str, str]] = {
    "en": {"hi": "Hi Sam,", "bye": "Best regards,\nMaria Lopez", "subject": "Q3 supplier update",
           "intro": "Our spring collection is now available in all stores, with free shipping on orders over $50.",
           "title": "Spring sale: up to 30% off", "note": "Quarterly planning notes"},
    "de": {"hi": "Hallo Sam,", "bye": "Viele Grüße\nMaria Schneider", "subject": "Lieferanten-Update Q3",
           "intro": "Unsere Frühjahrskollektion ist ab sofort in allen Filialen erhältlich, versandkostenfrei ab 50 €.",
           "title": "Frühjahrsangebot: bis zu 30 % Rabatt", "note": "Notizen zur Quartalsplanung"},
    "fr": {"hi": "Bonjour Sam,", "bye": "Cordialement,\nMarie Dubois", "subject": "Point fournisseurs T3",
           "intro": "Notre collection de printemps est disponible dans tous nos magasins, livraison offerte dès 50 €.",
           "title": "Soldes de printemps : jusqu'à -30 %", "note": "Notes de planification trimestrielle"},
    "es": {"hi": "Hola Sam:", "bye": "Un saludo,\nMaría López", "subject": "Actualización de proveedores T3",
           "intro": "Nuestra colección de primavera ya está disponible en todas las tiendas, con envío gratis a partir de 50 €.",
           "title": "Rebajas de primavera: hasta un 30 %", "note": "Notas de planificación trimestral"},
    "it": {"hi": "Ciao Sam,", "bye": "Cordiali saluti,\nMaria Rossi", "subject": "Aggiornamento fornitori T3",
           "intro": "La nostra collezione primavera è disponibile in tutti i negozi, con spedizione gratuita sopra i 50 €.",
           "title": "Saldi di primavera: fino al 30%", "note": "Appunti di pianificazione trimestrale"},
    "pt": {"hi": "Olá, Sam,", "bye": "Atenciosamente,\nMaria Souza", "subject": "Atualização de fornecedores T3",
           "intro": "A nossa coleção de primavera já está em todas as lojas, com frete grátis acima de R$ 200.",
           "title": "Promoção de primavera: até 30% off", "note": "Notas de planejamento trimestral"},
    "nl": {"hi": "Hoi Sam,", "bye": "Met vriendelijke groet,\nMaria de Vries", "subject": "Leveranciersupdate Q3",
           "intro": "Onze voorjaarscollectie is nu in alle winkels verkrijgbaar, gratis verzending vanaf € 50.",
           "title": "Voorjaarsuitverkoop: tot 30% korting", "note": "Aantekeningen kwartaalplanning"},
    "ru": {"hi": "Здравствуйте, Сэм!", "bye": "С уважением,\nМария Иванова", "subject": "Обновление по поставщикам, 3 квартал",
           "intro": "Наша весенняя коллекция уже во всех магазинах, доставка бесплатно при заказе от 3000 ₽.",
           "title": "Весенняя распродажа: скидки до 30%", "note": "Заметки по квартальному планированию"},
    "zh": {"hi": "Sam，你好：", "bye": "此致\n李娜", "subject": "第三季度供应商更新",
           "intro": "我们的春季新品已在所有门店上架，订单满200元包邮。",
           "title": "春季特卖：低至七折", "note": "季度规划笔记"},
    "ja": {"hi": "サムさん", "bye": "よろしくお願いいたします。\n山田花子", "subject": "第3四半期 取引先の更新",
           "intro": "春の新作コレクションが全店舗で発売中です。5,000円以上のご注文で送料無料。",
           "title": "春のセール：最大30%オフ", "note": "四半期計画メモ"},
    "ko": {"hi": "샘 님, 안녕하세요.", "bye": "감사합니다.\n김민지 드림", "subject": "3분기 공급업체 업데이트",
           "intro": "봄 신상품이 전 매장에 입고되었습니다. 5만 원 이상 주문 시 무료 배송입니다.",
           "title": "봄 세일: 최대 30% 할인", "note": "분기 계획 메모"},
    "ar": {"hi": "مرحبًا سام،", "bye": "مع أطيب التحيات،\nمريم حسن", "subject": "تحديث الموردين للربع الثالث",
           "intro": "مجموعتنا الربيعية متوفرة الآن في جميع المتاجر مع شحن مجاني للطلبات التي تزيد على 200 درهم.",
           "title": "تخفيضات الربيع: حتى 30٪", "note": "ملاحظات التخطيط الفصلي"},
    "hi": {"hi": "नमस्ते सैम,", "bye": "सादर,\nमारिया शर्मा", "subject": "तीसरी तिमाही सप्लायर अपडेट",
           "intro": "हमारा वसंत संग्रह अब सभी स्टोर में उपलब्ध है, ₹999 से ऊपर के ऑर्डर पर मुफ़्त डिलीवरी।",
           "title": "वसंत सेल: 30% तक की छूट", "note": "तिमाही योजना नोट्स"},
}

SENDERS = ["news@shop-updates.com", "j.keller@partner-logistics.de", "support@helpdesk-mail.io",
           "noreply@calendar-invites.net", "hr@acme-corp.com", "m.dupont@fournisseur.fr"]


def _json(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _find(outer: str, inner: str) -> tuple[int, int] | None:
    at = outer.find(inner)
    return (at, at + len(inner)) if at >= 0 else None


def place(text: str, lang: str, context: str, rng: random.Random
          ) -> tuple[str, tuple[int, int] | None]:
    """`text` inside a carrier of kind `context`, and where it sits in the result."""
    f = FILLER[lang]
    if context in ("direct", "code", "chat"):
        return text, (0, len(text))
    if context == "tool_result":
        shape = rng.randrange(4)
        if shape == 0:
            doc: object = {"tool": "web_search", "query": f["title"], "results": [
                {"title": f["title"], "url": "https://shop.example-retail.com/sale",
                 "snippet": f["intro"]},
                {"title": f["note"], "url": "https://blog.example-news.org/post/8812",
                 "snippet": text}]}
        elif shape == 1:
            doc = {"number": rng.randrange(100, 9000), "title": f["subject"], "state": "open",
                   "user": {"login": "contrib-" + str(rng.randrange(10, 99))},
                   "body": f"{f['intro']}\n\n{text}"}
        elif shape == 2:
            doc = {"event": {"summary": f["subject"], "start": "2025-03-14T10:00:00+01:00",
                             "location": "Room 4B", "description": text}}
        else:
            out = f"read_file('notes/{f['note'][:12].strip()}.md')\n---\n# {f['note']}\n\n" \
                  f"{f['intro']}\n\n{text}\n"
            return out, _find(out, text)
        out = _json(doc)
        return out, _find(out, text)
    if context == "web_page":
        shape = rng.randrange(3)
        lang_attr = f' lang="{lang}"' + (' dir="rtl"' if lang == "ar" else "")
        if shape == 0:
            body = f'<p>{f["intro"]}</p>\n<div style="display:none">{text}</div>'
        elif shape == 1:
            body = f'<p>{f["intro"]}</p>\n<!-- {text} -->'
        else:
            body = f'<article>\n<p>{f["intro"]}</p>\n<p>{text}</p>\n</article>'
        out = (f"<!DOCTYPE html>\n<html{lang_attr}>\n<head><title>{html.escape(f['title'])}"
               f"</title></head>\n<body>\n<h1>{html.escape(f['title'])}</h1>\n{body}\n"
               "</body>\n</html>")
        return out, _find(out, text)
    if context == "email":
        sender = rng.choice(SENDERS)
        if rng.random() < 0.5:
            body = f"{f['hi']}\n\n{f['intro']}\n\n{text}\n\n{f['bye']}"
        else:
            body = f"{f['hi']}\n\n{f['intro']}\n\n{f['bye']}\n\n--\n{text}"
        out = f"From: {sender}\nTo: sam.taylor@acme-corp.com\nSubject: {f['subject']}\n" \
              f"Date: Tue, 11 Mar 2025 09:{rng.randrange(10, 59)}:00 +0000\n\n{body}"
        return out, _find(out, text)
    if context == "code_comment":
        shape = rng.randrange(3)
        if shape == 0:
            out = (f'def sync_invoices(client, since):\n    """{text}"""\n'
                   "    return client.invoices.list(updated_after=since)\n")
        elif shape == 1:
            out = (f"/*\n * {text}\n */\nexport async function loadConfig(path) {{\n"
                   "  const raw = await fs.readFile(path, 'utf8');\n  return JSON.parse(raw);\n}\n")
        else:
            out = (f"<template>\n  <!-- {text} -->\n  <button @click=\"save\">Save</button>\n"
                   "</template>\n")
        return out, _find(out, text)
    if context == "doc":
        out = f"# {f['note']}\n\n{f['intro']}\n\n> {text}\n\n## Installation\n\n" \
              "```sh\npip install acme-sync\n```\n"
        return out, _find(out, text)
    raise ValueError(f"unknown context {context!r}")
