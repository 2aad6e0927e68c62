"""The pii family's check set: written after the rules were changed against the dev set
(`tests/corpus/dev/pii.py`), with carriers the dev set does not have (vCards, CSV exports,
SEPA XML, signature blocks, web-form posts, access logs, HR records, support macros) and
hard negatives of other kinds (BICs, VAT and creditor ids, serial and lot numbers, hex
colours, RFC timestamps, lottery draws, maths). Values come from the dev set's
generators with other seeds. Its figure was taken before its misses were read.

    python -m tests.corpus.dev.pii --check
"""

# ruff: noqa: E501 -- carriers stay one line each, as written

from __future__ import annotations

import random

from tests.corpus.cases import Case
from tests.corpus.dev.pii import (
    IBAN_SHAPES,
    NATIONAL,
    PHONE_REGIONS,
    card,
    digits,
    email,
    group4,
    group_card,
    iban,
    luhn_digit,
    phone_text,
)

CARRIERS: list[tuple[str, str, str]] = [  # (lang, context, template)
    ("en", "tool_result", "BEGIN:VCARD\nVERSION:3.0\nFN:Dana Reyes\n{label}:{v}\nEND:VCARD\n"),
    ("en", "tool_result", "id,name,{label},created\n4821,Dana Reyes,{v},2026-02-11\n"),
    ("en", "email", "Best regards,\n\nLiv Andersen | Account Manager\n{label}: {v}\nNorthwind Supply GmbH\n"),
    ("en", "tool_result", "POST /signup 200 form={{name=Kim Ly, {label}={v}, plan=team}}\n"),
    ("en", "doc", "Employee record\n- Name: Tomás Ortega\n- {label}: {v}\n- Start date: 2024-09-02\n"),
    ("de", "email", "Guten Tag,\n\nbitte ändern Sie meine Daten ({label}): {v}\n\nDanke, Petra"),
    ("fr", "tool_result", "Fiche client — {label} : {v} — dernière mise à jour le 03/02/2026"),
    ("es", "chat", "oye, apunta mi {label}: {v}"),
    ("it", "email", "Gentile cliente, confermiamo il suo {label}: {v}"),
    ("pt", "tool_result", "Cadastro atualizado — {label}: {v}"),
    ("nl", "chat", "mijn {label} is {v}"),
    ("ru", "email", "Добрый день! Мой {label}: {v}. Спасибо."),
    ("zh", "tool_result", "客户资料（{label}）：{v}"),
    ("ja", "email", "ご登録の{label}：{v}"),
    ("ko", "chat", "{label}: {v} 로 변경해 주세요"),
    ("ar", "email", "يرجى تحديث {label}: {v}"),
    ("hi", "chat", "मेरा {label}: {v}"),
]
LABEL = {"email": "EMAIL", "phone": "TEL", "credit_card": "card", "iban": "IBAN"}


def check_positives(seed: int = 7707) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    turn = 0

    def add(kind: str, value: str, label: str, carrier: int | None = None) -> None:
        nonlocal turn
        turn += 1
        lang, context, template = CARRIERS[(carrier if carrier is not None else turn) % len(CARRIERS)]
        marker = "\x00V\x00"
        text = template.format(label=label, v=marker)
        start = text.index(marker)
        out.append(Case(f"check-pii-{kind}-{turn}", text.replace(marker, value), "positive", "pii", kind,
                        lang, context, kind, (start, start + len(value))))

    for i in range(24):
        add("email", email(rng, i + 3), LABEL["email"])
    for i in range(30):
        add("phone", phone_text(rng, PHONE_REGIONS[(i * 7) % len(PHONE_REGIONS)], i + 1), LABEL["phone"])
    for i in range(18):
        _, number = card(rng, i + 4)
        add("credit_card", [group_card(number, " "), number, group_card(number, "-")][i % 3], LABEL["credit_card"])
    countries = list(IBAN_SHAPES)
    for i in range(18):
        number = iban(rng, countries[(i * 3) % len(countries)])
        add("iban", group4(number) if i % 2 else number, LABEL["iban"])
    for kind, gen, _, words in NATIONAL:
        add(kind, gen(rng), words, carrier=4)
    for i in range(4):
        ip = f"{rng.randint(31, 200)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        text = f'{ip} - - [14/Mar/2026:10:0{i}:11 +0000] "GET /account HTTP/1.1" 200 5123 "-" "Mozilla/5.0"'
        out.append(Case(f"check-pii-ip-{i}", text, "positive", "pii", "ip", "en", "tool_result", "ipv4", (0, len(ip))))
    return out


def _broken(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def check_negatives(seed: int = 8808) -> list[Case]:
    rng = random.Random(seed)
    texts: list[tuple[str, str, str]] = []
    for _ in range(4):
        body = "5" + str(rng.randint(1, 5)) + digits(rng, 13)
        bad = body + str((int(luhn_digit(body)) + 5) % 10)
        texts += [
            ("bank_code", "tool_result", f"<CdtrAgt><FinInstnId><BIC>{rng.choice(['DEUTDEFF', 'BNPAFRPP', 'COBADEFF', 'INGBNL2A'])}{rng.choice(['', 'XXX', '500'])}</BIC></FinInstnId></CdtrAgt>\n<CdtrSchmeId><Id>DE{rng.randint(10, 99)}ZZZ{digits(rng, 11)}</Id></CdtrSchmeId>"),
            ("company_id", "email", f"Northwind Supply GmbH · USt-IdNr. DE{digits(rng, 9)} · HRB {digits(rng, 6)} · Amtsgericht München"),
            ("serial", "tool_result", f"Device S/N {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)} firmware {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}, lot {digits(rng, 8)}"),
            ("luhn_fail", "tool_result", f"payment declined: card number {group_card(bad, ' ')} failed validation"),
            ("timestamp", "tool_result", f"Date: Tue, {rng.randint(10, 28)} Mar 2026 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100 (CET)\nX-Request-Start: t={rng.randint(1700000000, 1800000000)}{digits(rng, 6)}"),
            ("css", "code", f".btn {{ color: #{digits(rng, 6)}; margin: {rng.randint(1, 9)}px {rng.randint(1, 9)}px; z-index: {digits(rng, 4)}; }}"),
            ("lottery", "doc", f"Winning numbers: {' '.join(str(rng.randint(1, 49)).zfill(2) for _ in range(6))}, bonus {rng.randint(1, 10)}; jackpot {rng.randint(1, 90)} {digits(rng, 3)} {digits(rng, 3)} EUR"),
            ("maths", "doc", f"The first primes after {digits(rng, 3)}: {', '.join(str(rng.randint(1000, 9999)) for _ in range(5))}; e ≈ 2.7182818284590452"),
            ("identifier", "tool_result", f"Case {rng.choice(['CS', 'INC', 'REQ'])}{digits(rng, 8)} linked to change CHG{digits(rng, 7)}; asset tag {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}"),
            ("reserved_email", "doc", f"Configure the sender as alerts@{rng.choice(['example.org', 'example.net', 'mail.example'])} and test with user@localhost."),
            ("version", "tool_result", f"Linux 6.{rng.randint(1, 9)}.{rng.randint(0, 40)}-{rng.randint(100, 200)}-generic #{rng.randint(100, 200)}-Ubuntu SMP x86_64; glibc 2.{rng.randint(30, 40)}; build 20260{rng.randint(1, 3)}{rng.randint(10, 28)}.{digits(rng, 4)}"),
            ("iban_fail", "email", f"Bitte nicht verwenden: {group4(_broken(iban(rng, 'DE')))} (Zahlendreher)"),
            ("amount", "tool_result", f"balance={rng.randint(10**6, 10**8)}.{digits(rng, 2)} currency=EUR account_ref=ACC-{digits(rng, 10)}"),
            ("order_number", "chat", f"pedido nº {digits(rng, 3)}-{digits(rng, 7)} y factura {digits(rng, 4)}/{digits(rng, 6)}"),
        ]
    return [Case(f"check-pii-neg-{i}", t, "negative", "pii", c, "en", ctx) for i, (c, ctx, t) in enumerate(texts)]


def check_cases() -> list[Case]:
    """The check set."""
    return check_positives() + check_negatives()
