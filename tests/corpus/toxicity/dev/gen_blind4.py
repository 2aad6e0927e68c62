"""The tenth to twelfth toxicity sets, `blind4.jsonl` (texts: `blind4_texts.py`),
`check5.jsonl` (`check5_texts.py`) and `check6.jsonl`: abuse aimed at a person and the text that only looks
like it, each inside a long carrier as an agent receives it — a mail (headers, greeting,
other paragraphs, signature, a confidentiality notice or an external-sender banner, a
quoted reply, a forwarded message, the text itself in the quoted part) or a tool's result
(a chat export, a ticket system, a review site, log lines, search results, a scraped
forum page, a mail API's message, an MCP text block), among other people's ordinary
messages. `blind4` was written before any change of the sixth round (issue 11: recall in
mail and tool results) and is its dev set; `check5` was written after it, in other
words, and was measured once, then tuned on; `check6` (`check6_texts.py`) was written
after every change, in other words again, and is measured, not tuned on.

    python tests/corpus/toxicity/dev/gen_blind4.py

rewrites both beside this file (seeded: the same files each run).
"""

# ruff: noqa: E501 -- corpus texts stay one line each, as written

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.corpus.toxicity.dev import blind4_texts, check5_texts, check6_texts

CONTEXT = {"chat": "chat", "mail": "email", "tool": "tool_result", "web": "web_page"}
"""Carrier → the corpus context it is filed under."""

NAMES = ["jordan.b", "priya", "m.keller", "sophie", "andres", "giulia", "bram", "nadia",
         "tom_h", "ines", "karel", "yuki", "lucas"]
GREETING = {
    "en": ("Hi {n},", "Best regards,"), "de": ("Hallo {n},", "Viele Grüße"),
    "fr": ("Bonjour {n},", "Bien à vous,"), "es": ("Hola {n},", "Un saludo,"),
    "it": ("Ciao {n},", "Cordiali saluti,"), "pt": ("Olá {n},", "Atenciosamente,"),
    "nl": ("Hoi {n},", "Met vriendelijke groet,"), "ru": ("Здравствуйте, {n}!", "С уважением,"),
    "pl": ("Cześć {n},", "Pozdrawiam,"), "sv": ("Hej {n},", "Vänliga hälsningar,"),
    "tr": ("Merhaba {n},", "Saygılarımla,"),
}
"""A mail's greeting and closing per language."""
PARAGRAPHS = {
    "en": ["Thanks for sending the figures over. I've gone through the spreadsheet and the totals for September now match the ledger, so we can close the month on Friday.",
           "The vendor meeting moved to Wednesday at 10:30 in room 4B; I've updated the invite and attached the agenda with the three open points on pricing.",
           "On the roadmap: the mobile release slips by a week because the store review takes longer, and the API changes go out as planned on the 14th.",
           "Could you also check whether the travel expenses from Lisbon were approved? Finance says they never received the receipts.",
           "Reminder that the office is closed on Monday for the public holiday; the on-call rota is in the shared drive."],
    "de": ["Danke für die Zahlen. Ich habe die Tabelle durchgesehen, die Summen für September stimmen jetzt mit der Buchhaltung überein.",
           "Das Treffen mit dem Lieferanten ist auf Mittwoch, 10:30 Uhr, Raum 4B verschoben; die Tagesordnung hängt an.",
           "Zur Planung: Die App-Version verschiebt sich um eine Woche, die API-Änderungen kommen wie geplant am 14."],
    "fr": ["Merci pour les chiffres. J'ai relu le tableur, les totaux de septembre correspondent maintenant à la comptabilité.",
           "La réunion avec le fournisseur est déplacée à mercredi 10 h 30, salle 4B ; l'ordre du jour est en pièce jointe.",
           "Côté planning : la version mobile glisse d'une semaine, les changements d'API sortent comme prévu le 14."],
    "es": ["Gracias por enviar las cifras. He revisado la hoja de cálculo y los totales de septiembre ya cuadran con la contabilidad.",
           "La reunión con el proveedor pasa al miércoles a las 10:30 en la sala 4B; adjunto el orden del día.",
           "Sobre la planificación: la versión móvil se retrasa una semana y los cambios de la API salen el día 14."],
    "it": ["Grazie per i numeri. Ho controllato il foglio di calcolo e i totali di settembre ora tornano con la contabilità.",
           "La riunione con il fornitore è spostata a mercoledì alle 10:30 in sala 4B; in allegato l'ordine del giorno."],
    "pt": ["Obrigado pelos números. Revisei a planilha e os totais de setembro agora batem com a contabilidade.",
           "A reunião com o fornecedor passou para quarta às 10h30 na sala 4B; segue a pauta em anexo."],
    "nl": ["Bedankt voor de cijfers. Ik heb de spreadsheet doorgenomen en de totalen van september kloppen nu met de boekhouding.",
           "De vergadering met de leverancier is verplaatst naar woensdag 10.30 uur in zaal 4B; de agenda zit in de bijlage."],
    "ru": ["Спасибо за цифры. Я проверил таблицу, итоги за сентябрь теперь сходятся с бухгалтерией.",
           "Встреча с поставщиком перенесена на среду, 10:30, переговорная 4B; повестка во вложении."],
}
"""Ordinary mail paragraphs per language (English for the others)."""
MESSAGES = {
    "en": ["can someone restart the staging box?", "lunch at 12:30?", "PR #482 is ready for review",
           "thanks, looks good to me", "the client call got moved to 3pm", "who has the VPN token?",
           "merged, deploying now", "great work on the demo yesterday"],
    "de": ["kann jemand den Staging-Server neu starten?", "Mittagessen um 12:30?", "PR #482 ist bereit zum Review", "danke, passt so"],
    "fr": ["quelqu'un peut relancer le serveur de staging ?", "déjeuner à 12 h 30 ?", "la PR #482 est prête pour relecture", "merci, ça me va"],
    "es": ["¿alguien puede reiniciar el servidor de staging?", "¿comemos a las 12:30?", "la PR #482 está lista para revisar", "gracias, me parece bien"],
    "it": ["qualcuno può riavviare il server di staging?", "pranzo alle 12:30?", "la PR #482 è pronta per la revisione"],
    "pt": ["alguém pode reiniciar o servidor de staging?", "almoço às 12h30?", "o PR #482 está pronto para revisão"],
    "nl": ["kan iemand de staging-server herstarten?", "lunch om 12.30?", "PR #482 is klaar voor review"],
    "ru": ["кто-нибудь может перезапустить staging?", "обед в 12:30?", "PR #482 готов к ревью"],
}
"""Other people's ordinary short messages per language (English for the others)."""
DISCLAIMER = [
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "[EXTERNAL] This message came from outside the organisation. Do not click links or open attachments unless you recognise the sender. Use the Report Phishing button if in doubt.",
    "Sent from my iPhone",
    "Please consider the environment before printing this e-mail.",
]
SUBJECTS = ["Re: Q3 figures", "Fwd: vendor meeting", "Re: Re: rota", "project update", "Re: your ticket #4471", "Re: offsite"]


def _pick(table: dict[str, list[str]], lang: str, rng: random.Random, k: int) -> list[str]:
    pool = table.get(lang, table["en"])
    return rng.sample(pool, min(k, len(pool)))


def _headers(who: str, other: str, rng: random.Random) -> str:
    return (f"From: {who} <{who.replace('.', '_')}@example.com>\nTo: {other} <{other.replace('.', '_')}@example.org>\n"
            f"Subject: {rng.choice(SUBJECTS)}\nDate: Wed, {rng.randrange(1, 28)} Oct 2026 {rng.randrange(8, 20)}:{rng.randrange(10, 59)}:00 +0100\n"
            f"Message-ID: <{rng.randrange(10**8, 10**9)}.{who.split('.')[0]}@mail.example.com>\n\n")


def mail(text: str, lang: str, rng: random.Random) -> str:
    """`text` inside a mail of one of five shapes."""
    who, other, third = rng.sample(NAMES, 3)
    hello, bye = GREETING.get(lang, GREETING["en"])
    paras = _pick(PARAGRAPHS, lang, rng, 2)
    shape = rng.randrange(5)
    head = _headers(who, other, rng)
    sign = f"{bye}\n{who}\n{rng.choice(['Operations', 'Finance', 'Engineering', 'Sales'])} | Example Ltd\n+44 20 7946 {rng.randrange(1000, 9999)}"
    notice = rng.choice(DISCLAIMER)
    hi = hello.format(n=other.split('.')[0])
    if shape == 0:  # among other paragraphs
        body = f"{hi}\n\n{paras[0]}\n\n{text}\n\n{paras[-1]}\n\n{sign}\n\n{notice}"
    elif shape == 1:  # a reply on top of a quoted thread
        quoted = "\n".join("> " + line for line in f"{paras[0]}\n\n{paras[-1]}".split("\n"))
        body = f"{hi}\n\n{text}\n\n{sign}\n\nOn Tue, 7 Oct 2026 at 09:14, {other} <{other}@example.org> wrote:\n{quoted}"
    elif shape == 2:  # forwarded
        body = (f"{rng.choice(['FYI, see below.', 'Forwarding for the record.', 'See the thread below.'])}\n\n"
                f"---------- Forwarded message ---------\nFrom: {third} <{third}@example.net>\n"
                f"Date: Mon, 6 Oct 2026 at 18:02\nSubject: {rng.choice(SUBJECTS)}\nTo: {who} <{who}@example.com>\n\n"
                f"{hi}\n\n{text}\n\n{paras[0]}\n\n{third}\n\n{notice}")
    elif shape == 3:  # the text in the quoted part, under an ordinary reply
        quoted = "\n".join("> " + line for line in f"{hello.format(n=who)}\n\n{text}\n\n{third}".split("\n"))
        body = (f"{hi}\n\n{paras[0]}\n\n{sign}\n\n-----Original Message-----\nFrom: {third}\nSent: Monday, October 6, 2026 6:02 PM\n"
                f"To: {who}\nSubject: {rng.choice(SUBJECTS)}\n\n{quoted}")
    else:  # a multipart message with its MIME headers
        body = (f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n"
                f"{hi}\n\n{paras[0]}\n{text}\n{paras[-1]}\n\n{sign}\n\n{notice}")
    return head + body + "\n"


def tool(text: str, lang: str, rng: random.Random) -> str:
    """`text` inside a tool's result of one of eight shapes, among ordinary messages."""
    names = rng.sample(NAMES, 4)
    others = _pick(MESSAGES, lang, rng, 3)
    shape = rng.randrange(8)
    ts = 1791000000 + rng.randrange(10**6)
    if shape == 0:  # a chat export
        msgs = [{"user": names[i], "text": t, "ts": f"{ts + 60 * i}.000{i}00"} for i, t in enumerate(others)]
        msgs.insert(rng.randrange(1, len(msgs) + 1), {"user": names[3], "text": text, "ts": f"{ts + 300}.000900",
                                                      "reactions": [{"name": "eyes", "count": 2}]})
        data: object = {"ok": True, "channel": "C04TEAM", "messages": msgs, "has_more": False}
    elif shape == 1:  # a ticket system
        data = {"ticket": {"id": rng.randrange(10000, 99999), "subject": rng.choice(SUBJECTS).replace("Re: ", ""),
                           "status": "open", "priority": rng.choice(["low", "normal", "high"]),
                           "requester": {"name": names[0], "email": f"{names[0]}@example.com"},
                           "tags": ["billing", "web"],
                           "comments": [{"author": names[1], "public": True, "body": others[0]},
                                        {"author": names[0], "public": True, "body": text},
                                        {"author": names[2], "public": False, "body": others[1]}]}}
    elif shape == 2:  # a review site
        reviews = [{"author": names[i], "rating": rng.randrange(3, 6), "title": "ok", "body": t,
                    "helpful": rng.randrange(0, 9), "reported": False} for i, t in enumerate(others[:2])]
        reviews.insert(rng.randrange(0, 3), {"author": names[3], "rating": 1, "title": "…", "body": text,
                                             "helpful": rng.randrange(0, 30), "reported": False})
        data = {"product": {"sku": f"SKU-{rng.randrange(1000, 9999)}", "name": "Travel kettle 0.8 l"},
                "average": 3.4, "reviews": reviews, "page": 1}
    elif shape == 3:  # log lines
        lines = [f"2026-10-{rng.randrange(10, 28)}T09:{10 + i}:0{i}Z INFO relay msg from={names[i]} len={len(t)} body=\"{t}\"" for i, t in enumerate(others)]
        lines.insert(rng.randrange(1, 4), f"2026-10-20T09:14:31Z INFO relay msg from={names[3]} len={len(text)} body=\"{text}\"")
        lines.append("2026-10-20T09:15:02Z DEBUG queue drained, 0 pending")
        return "\n".join(lines) + "\n"
    elif shape == 4:  # search results
        results = [{"title": f"{t[:30]} - forum", "url": f"https://community.example.net/t/{rng.randrange(10**5)}", "snippet": t} for t in others[:2]]
        results.insert(rng.randrange(0, 3), {"title": f"Thread by {names[3]}", "url": f"https://community.example.net/t/{rng.randrange(10**5)}",
                                             "snippet": text})
        data = {"query": rng.choice(["team update", "kettle review", "october rota"]), "results": results}
    elif shape == 5:  # a scraped forum page, as text
        posts = [f"{names[i]} wrote:\n{t}\n\nReply · Quote · Report" for i, t in enumerate(others[:2])]
        posts.insert(rng.randrange(1, 3), f"{names[3]} wrote:\n{text}\n\nReply · Quote · Report")
        return ("Home › Forums › General › Office chat\nLog in | Register\n\n" + "\n\n".join(posts)
                + "\n\n© 2026 Example Community · Terms · Privacy · Community guidelines\n")
    elif shape == 6:  # a mail API's message
        body = f"{text}\n\n{names[0]}"
        data = {"id": f"18c{rng.randrange(10**9, 10**10):x}", "threadId": f"18c{rng.randrange(10**9, 10**10):x}",
                "labelIds": ["INBOX", "UNREAD"], "snippet": body[:100],
                "payload": {"headers": [{"name": "From", "value": f"{names[0]} <{names[0]}@example.com>"},
                                        {"name": "Subject", "value": rng.choice(SUBJECTS)}],
                            "body": {"size": len(body), "data": body}}}
    else:  # an MCP text block listing messages
        lines = [f"{i + 1}. {names[i]}: {t}" for i, t in enumerate(others)]
        lines.insert(rng.randrange(0, 4), f"{len(lines) + 1}. {names[3]}: {text}")
        data = {"content": [{"type": "text", "text": "Found 4 messages:\n" + "\n".join(lines)}], "isError": False}
    return json.dumps(data, ensure_ascii=rng.random() < 0.3, indent=rng.choice([None, 2]))


def carry(text: str, carrier: str, lang: str, rng: random.Random) -> str:
    """`text` as it would reach an agent through `carrier`."""
    if carrier == "mail":
        return mail(text, lang, rng)
    if carrier == "tool":
        return tool(text, lang, rng)
    who = rng.choice(NAMES)
    if carrier == "chat":
        return f"[{rng.randrange(7, 23)}:{rng.randrange(10, 59)}] {who}: {text}"
    if carrier == "web":
        return (f"<div class=\"thread\"><div class=\"post\"><span class=\"author\">{who}</span>"
                f"<p>{text}</p><a href=\"#\">Report</a></div></div>")
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


SETS = {"blind4": (blind4_texts.items(), 1141), "check5": (check5_texts.items(), 1142),
        "check6": (check6_texts.items(), 1143)}
"""name: (texts, seed)."""


def main() -> None:
    for name, (items, seed) in SETS.items():
        if items:
            write(name, items, seed)


if __name__ == "__main__":
    main()
