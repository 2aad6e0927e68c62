"""Held-out personal-data batch 1: e-mail addresses, phone numbers in each country's own
format, payment cards (Luhn, real issuer ranges), IBANs of many countries (mod 97), US
SSNs, national IDs that carry a check digit (Spanish DNI, Dutch BSN, Brazilian CPF,
Indian Aadhaar, Chinese resident ID, Polish PESEL, Swedish personnummer, Canadian SIN,
French NIR), IPv4 and IPv6 — in sentences of several languages, forms, CSV, JSON, logs
and signatures; and hard negatives (order and tracking numbers, look-alikes that fail
their checksum, dates, timestamps, versions, ISBNs, EANs, coordinates, amounts).
Written without reading the rules or the main corpus.

    python -m tests.corpus.gen_heldout_pii

rewrites `tests/corpus/heldout/pii/batch1.jsonl` (seeded: the same file each run).
"""

# ruff: noqa: E501 -- corpus templates stay one line each

from __future__ import annotations

import json
import random
import sys

import phonenumbers

from tests.corpus.cases import ROOT, Case
from tests.corpus.heldout_values import (
    cn_id_check,
    cpf_digits,
    dni,
    iban,
    iban_ok,
    luhn_complete,
    luhn_ok,
    verhoeff_complete,
)

SEED = 20261128

PHONE_REGIONS = [("US", "en"), ("GB", "en"), ("DE", "de"), ("FR", "fr"), ("ES", "es"), ("IT", "it"), ("NL", "nl"),
                 ("BR", "pt"), ("IN", "hi"), ("JP", "ja"), ("KR", "ko"), ("CN", "zh"), ("RU", "ru"), ("AU", "en"),
                 ("MX", "es"), ("SA", "ar"), ("AE", "ar"), ("SE", "en"), ("PL", "en"), ("CH", "de"), ("TR", "en"), ("ZA", "en")]

# (issuer, prefixes, length)
CARDS = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16),
         ("amex", ["34", "37"], 15), ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3566", "3589"], 16),
         ("unionpay", ["62"], 16), ("diners", ["36", "300", "305"], 14), ("maestro", ["6759", "5018"], 16), ("mastercard", ["2221", "2720", "51"], 16)]

# (country, BBAN shape: a letters, n digits, c alphanumerics, in order)
IBAN_SHAPES = {"DE": "18n", "FR": "23n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n",
               "CH": "17n", "AT": "16n", "PL": "24n", "PT": "21n", "SE": "20n", "NO": "11n", "IE": "4a14n",
               "SA": "20n", "AE": "19n", "BR": "23n1a1c", "TR": "22n", "DK": "14n", "FI": "14n", "LU": "3n13c"}

SENTENCES = {
    "en": ["Customer says their number is {v} and wants a callback.", "Send the refund to {v}, thanks!", "My card number is {v}, expiry 09/28.", "You can email me at {v} any time."],
    "de": ["Sie erreichen mich unter {v}.", "Bitte überweisen Sie den Betrag auf {v}.", "Meine Kartennummer lautet {v}.", "Rückfragen gern an {v}."],
    "fr": ["Vous pouvez me joindre au {v}.", "Merci de virer le remboursement sur {v}.", "Mon numéro de carte est {v}.", "Écrivez-moi à {v}."],
    "es": ["Puedes llamarme al {v}.", "Haz la transferencia a {v}, por favor.", "El número de mi tarjeta es {v}.", "Mi correo es {v}."],
    "it": ["Potete chiamarmi al {v}.", "Il rimborso va sull'IBAN {v}.", "Il numero della carta è {v}.", "Scrivetemi a {v}."],
    "pt": ["Pode me ligar no {v}.", "Faça o depósito na conta {v}.", "O número do cartão é {v}.", "Meu e-mail é {v}."],
    "nl": ["Je kunt me bellen op {v}.", "Stort het bedrag op {v}.", "Mijn kaartnummer is {v}.", "Mail me op {v}."],
    "ru": ["Звоните мне по номеру {v}.", "Переведите деньги на {v}.", "Номер моей карты {v}.", "Пишите на {v}."],
    "zh": ["请拨打我的电话 {v}。", "请把退款转到 {v}。", "我的卡号是 {v}。", "有问题请发邮件到 {v}。"],
    "ja": ["ご連絡は {v} までお願いします。", "返金は {v} にお振り込みください。", "カード番号は {v} です。", "メールアドレスは {v} です。"],
    "ko": ["{v} 로 연락 주세요.", "환불은 {v} 로 보내 주세요.", "제 카드 번호는 {v} 입니다.", "이메일 주소는 {v} 입니다."],
    "ar": ["يمكنك الاتصال بي على {v}.", "يرجى تحويل المبلغ إلى {v}.", "رقم بطاقتي هو {v}.", "راسلني على {v}."],
    "hi": ["मुझसे {v} पर संपर्क करें।", "रिफ़ंड {v} में भेज दें।", "मेरा कार्ड नंबर {v} है।", "मेरा ईमेल {v} है।"],
}
SLOT = {"phone": 0, "iban": 1, "credit_card": 2, "email": 3}
LANG_OF_COUNTRY = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "LU": "fr", "ES": "es", "IT": "it", "PT": "pt",
                   "BR": "pt", "NL": "nl", "SA": "ar", "AE": "ar", "GB": "en", "IE": "en", "PL": "en", "SE": "en", "NO": "en",
                   "TR": "en", "DK": "en", "FI": "en"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random, region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE if rng.randrange(3) else phonenumbers.PhoneNumberType.FIXED_LINE)
    assert example is not None
    nat = str(example.national_number)
    for _ in range(1000):
        cand = nat[:-6] + _digits(rng, 6)
        if region == "US" and cand[3:6] == "555":
            continue
        num = phonenumbers.parse(cand, region)
        if phonenumbers.is_valid_number(num):
            fmt = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                              phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
            return phonenumbers.format_number(num, fmt)
    raise AssertionError(region)


def card(rng: random.Random, prefixes: list[str], length: int) -> str:
    p = rng.choice(prefixes)
    return luhn_complete(p + _digits(rng, length - len(p) - 1))


def group_card(number: str, rng: random.Random) -> str:
    if len(number) == 15:
        parts = [number[:4], number[4:10], number[10:]]
    elif len(number) == 14:
        parts = [number[:4], number[4:10], number[10:]]
    else:
        parts = [number[i:i + 4] for i in range(0, len(number), 4)]
    return rng.choice([" ", "-", "", " "]).join(parts)


def bban(rng: random.Random, country: str) -> str:
    shape, out, num = IBAN_SHAPES[country], "", ""
    for ch in shape:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        alphabet = {"a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "n": "0123456789", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[ch]
        out += "".join(rng.choice(alphabet) for _ in range(n))
    if country == "BE":  # the Belgian account number carries its own mod-97 check
        check = int(out[:10]) % 97 or 97
        out = out[:10] + f"{check:02d}"
    return out


def group_iban(value: str, rng: random.Random) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if rng.randrange(2) else value


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def national_ids(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(kind, lang, text, value)."""
    out = []
    v = dni(rng.randrange(10**7, 10**8))
    out.append(("es_dni", "es", f"Nombre: Lucía Ortega Ruiz\nDNI: {v}\nFecha de nacimiento: 14/03/1988", v))
    while True:
        b = _digits(rng, 8)
        weighted = sum(w * int(x) for w, x in zip(range(9, 1, -1), b, strict=True)) % 11
        if weighted < 10 and b[0] != "0":
            v = b + str(weighted)
            break
    out.append(("nl_bsn", "nl", f"Burgerservicenummer (BSN): {v}\nNaam: J. de Vries", v))
    c = cpf_digits(_digits(rng, 9))
    v = f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"
    out.append(("br_cpf", "pt", f"Nome: Rafael Souza\nCPF: {v}\nE-mail: rafael.souza@uol.com.br", v))
    a = verhoeff_complete(str(rng.randrange(2, 10)) + _digits(rng, 10))
    v = f"{a[:4]} {a[4:8]} {a[8:]}"
    out.append(("in_aadhaar", "hi", f"आधार संख्या: {v}\nनाम: सुनीता यादव", v))
    body = f"{rng.choice(['110105', '310104', '440305'])}{rng.randrange(1960, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{_digits(rng, 3)}"
    v = body + cn_id_check(body)
    out.append(("cn_resident_id", "zh", f"姓名：王芳\n身份证号：{v}\n手机：138 0013 {_digits(rng, 4)}", v))
    y, m, d = rng.randrange(60, 99), rng.randrange(1, 13), rng.randrange(1, 29)
    p10 = f"{y:02d}{m:02d}{d:02d}{_digits(rng, 4)}"
    ch = (10 - sum(w * int(x) for w, x in zip([1, 3, 7, 9, 1, 3, 7, 9, 1, 3], p10, strict=True)) % 10) % 10
    v = p10 + str(ch)
    out.append(("pl_pesel", "en", f"Patient: Anna Kowalska, PESEL {v}, admitted 2026-11-20.", v))
    se = luhn_complete(f"{y:02d}{m:02d}{d:02d}{_digits(rng, 3)}")
    v = f"{se[:6]}-{se[6:]}"
    out.append(("se_personnummer", "en", f"Applicant: Erik Lindqvist (personnummer {v}), Göteborg", v))
    sin = luhn_complete(str(rng.randrange(1, 8)) + _digits(rng, 7))
    v = f"{sin[:3]} {sin[3:6]} {sin[6:]}"
    out.append(("ca_sin", "en", f"Employee onboarding form\nName: Olivia Tremblay\nSIN: {v}\nStart date: 2026-12-01", v))
    nir13 = f"{rng.choice('12')}{y:02d}{m:02d}75{_digits(rng, 3)}{_digits(rng, 3)}"
    key = 97 - int(nir13) % 97
    v = f"{nir13[0]} {nir13[1:3]} {nir13[3:5]} {nir13[5:7]} {nir13[7:10]} {nir13[10:13]} {key:02d}"
    out.append(("fr_nir", "fr", f"N° de sécurité sociale : {v}\nNom : Camille Durand", v))
    return out


def positives(rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    """(kind, lang, context, text, value)."""
    out: list[tuple[str, str, str, str, str]] = []
    emails = [("jana.novak@posteo.de", "de"), ("m.rossi+ordini@libero.it", "it"), ("pierre-yves.lefevre@orange.fr", "fr"),
              ("tanaka.yui@docomo.ne.jp", "ja"), ("kim.jiwoo@naver.com", "ko"), ("l.ferreira@gmail.com", "pt"),
              ("d.volkov@yandex.ru", "ru"), ("wang.lei88@163.com", "zh"), ("fatima.alharbi@outlook.sa", "ar"),
              ("priya.iyer@rediffmail.com", "hi"), ("sanne.devries@ziggo.nl", "nl"), ("carlos.mendez@hotmail.es", "es"),
              ("ben_oconnor@protonmail.com", "en"), ("j.smith@harbourline.co.uk", "en"), ("noah.wilson1990@icloud.com", "en")]
    for i, (addr, lang) in enumerate(emails):
        shape = i % 4
        if shape == 0:
            text, ctx = SENTENCES[lang][SLOT["email"]].format(v=addr), "chat"
        elif shape == 1:
            text, ctx = f"id,name,email,signup\n{1000 + i},{addr.split('@')[0].replace('.', ' ').title()},{addr},2026-10-0{i % 9 + 1}\n", "tool_result"
        elif shape == 2:
            text, ctx = json.dumps({"customer": {"id": f"c_{1000 + i}", "email": addr, "newsletter": True}}, ensure_ascii=False), "tool_result"
        else:
            text, ctx = f"--\n{addr.split('@')[0].replace('.', ' ').title()}\nTel. on request · {addr}", "email"
        out.append(("email", lang, ctx, text, addr))
    for i, (region, lang) in enumerate(PHONE_REGIONS):
        v = phone(rng, region)
        shape = i % 3
        if shape == 0:
            text, ctx = SENTENCES[lang][SLOT["phone"]].format(v=v), "chat"
        elif shape == 1:
            text, ctx = f"Name: {rng.choice(['A. Müller', 'R. Gupta', 'K. Sato', 'L. Martin', 'M. Silva'])}\nPhone: {v}\nPreferred time: mornings", "tool_result"
        else:
            text, ctx = json.dumps({"contact": {"phone": v, "country": region}}), "tool_result"
        out.append(("phone", lang, ctx, text, v))
    for i, (_issuer, prefixes, length) in enumerate(CARDS * 2):
        number = card(rng, prefixes, length)
        v = group_card(number, rng)
        lang = list(SENTENCES)[i % len(SENTENCES)]
        shape = i % 3
        if shape == 0:
            text, ctx = SENTENCES[lang][SLOT["credit_card"]].format(v=v), "chat"
        elif shape == 1:
            text, ctx = f"2026-11-24 10:02:11 WARN payment.gateway declined card={v} amount=49.90 EUR reason=insufficient_funds", "tool_result"
        else:
            text, ctx = f"order_id,card_number,exp,amount\nHL-20{i:03d},{v},0{i % 9 + 1}/29,{20 + i}.50\n", "tool_result"
            lang = "en"
        out.append(("credit_card", lang, ctx, text, v))
    for country in IBAN_SHAPES:
        v = group_iban(iban(country, bban(rng, country)), rng)
        lang = LANG_OF_COUNTRY[country]
        if rng.randrange(2):
            text, ctx = SENTENCES[lang][SLOT["iban"]].format(v=v), "email"
        else:
            text, ctx = f"Beneficiary: Harbourline Ltd\nIBAN: {v}\nBIC: {rng.choice(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'UBSWCHZH80A'])}\nReference: INV-{rng.randrange(1000, 9999)}", "doc"
        out.append(("iban", lang, ctx, text, v))
    for template in ("SSN: {v}", "Applicant's Social Security Number {v} was verified on 11/20/2026.", '{{"employee": "R. Carter", "ssn": "{v}", "state": "OH"}}',
                     "W-2 copy for Dana Brooks, SSN {v}, wages 58,240.00", "Please confirm the last four digits — full SSN on file is {v}.", "ssn,name\n{v},Jordan Lee\n"):
        v = ssn(rng)
        out.append(("us_ssn", "en", "tool_result" if "{{" in template or "," in template[:5] else "doc", template.format(v=v), v))
    for kind, lang, text, v in national_ids(rng):
        out.append((kind, lang, "doc", text, v))
    ips4 = [f"{rng.choice([81, 92, 151, 178, 203, 62])}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}" for _ in range(5)]
    for i, v in enumerate(ips4):
        text = [f'{v} - - [24/Nov/2026:10:14:02 +0000] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
                f"Login from new IP address {v} (Lisbon, PT). Was this you?",
                f'{{"user_id": 88121, "last_login_ip": "{v}", "mfa": true}}',
                f"sshd[2211]: Failed password for invalid user admin from {v} port 51422 ssh2",
                f"X-Forwarded-For: {v}"][i]
        out.append(("ipv4", "en", "tool_result", text, v))
    ips6 = ["2a02:810d:4b3f:9c00:5d1e:8a2f:3b41:c9e7", "2001:16b8:2e0a:4f00::1a3", "2600:1700:7c40:1e90:b1d4:22ff:fe31:90ac", "2a01:cb00:8d2:6e00:e1c4:a9ff:fe02:7731"]
    for i, v in enumerate(ips6):
        text = [f"Sign-in from {v} (Berlin, DE)", f'client_ip="{v}" path=/checkout status=302',
                f"{v} - - [24/Nov/2026:11:20:45 +0000] \"POST /login HTTP/2\" 401 92", f"Ihre IP-Adresse: {v}"][i]
        out.append(("ipv6", "en" if i < 3 else "de", "tool_result", text, v))
    return out


def negatives(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(category, lang, context, text)."""
    def bad_luhn(prefix: str, length: int) -> str:
        while True:
            n = prefix + _digits(rng, length - len(prefix))
            if not luhn_ok(n):
                return n

    def bad_iban(country: str) -> str:
        good = iban(country, bban(rng, country))
        check = (int(good[2:4]) + rng.randrange(1, 96)) % 100
        bad = f"{good[:2]}{check:02d}{good[4:]}"
        return bad if not iban_ok(bad) else bad_iban(country)

    c1, c2, c3 = bad_luhn("4", 16), bad_luhn("5", 16), bad_luhn("37", 15)
    o16 = bad_luhn("1", 16)
    out = [
        ("checksum_fail", "en", "chat", f"My card number is {c1[:4]} {c1[4:8]} {c1[8:12]} {c1[12:]}, expiry 09/28."),
        ("checksum_fail", "de", "tool_result", f"Kartennummer: {c2}"),
        ("checksum_fail", "en", "tool_result", f"order_id,card_number\nHL-20991,{c3}\n"),
        ("checksum_fail", "de", "email", f"Bitte überweisen Sie den Betrag auf {bad_iban('DE')}."),
        ("checksum_fail", "fr", "doc", f"IBAN : {bad_iban('FR')}"),
        ("checksum_fail", "en", "doc", f"Beneficiary: Harbourline Ltd\nIBAN: {bad_iban('GB')}"),
        ("checksum_fail", "nl", "email", f"Stort het bedrag op {bad_iban('NL')}."),
        ("checksum_fail", "en", "doc", "SSN: 000-12-3456 (placeholder used in the form template)"),
        ("checksum_fail", "en", "doc", "SSN: 666-45-1203"),
        ("checksum_fail", "en", "doc", "The template still shows SSN 123-00-4567 (group 00 is never issued)."),
        ("checksum_fail", "pt", "doc", "CPF: 123.456.789-00"),
        ("checksum_fail", "nl", "doc", "BSN: 123456789"),
        ("checksum_fail", "es", "doc", "DNI: 12345678A"),
        ("order_number", "en", "email", f"Your order #{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)} has been dispatched."),
        ("order_number", "de", "email", "Bestellnummer: " + " ".join(o16[i:i + 4] for i in range(0, 16, 4))),
        ("order_number", "fr", "email", f"Commande n° {_digits(rng, 10)} confirmée, livraison prévue le 28/11."),
        ("order_number", "en", "tool_result", json.dumps({"order": int(_digits(rng, 12)), "status": "shipped", "items": 3})),
        ("order_number", "ja", "email", f"ご注文番号：{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"),
        ("order_number", "es", "email", f"Pedido {_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)} recibido."),
        ("order_number", "en", "tool_result", f"Invoice INV-2026-{_digits(rng, 6)} · Customer no. {_digits(rng, 8)} · Due 2026-12-15"),
        ("tracking_code", "en", "email", f"Tracking number: 1Z{_digits(rng, 3)}E{_digits(rng, 2)}{_digits(rng, 10)}"),
        ("tracking_code", "de", "email", f"Sendungsnummer: 00340434{_digits(rng, 12)}"),
        ("tracking_code", "en", "tool_result", f"USPS 9400 1{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}"),
        ("tracking_code", "nl", "email", f"Je pakket met code 3S{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{_digits(rng, 9)} is onderweg."),
        ("date", "en", "tool_result", "Created: 2026-11-26 23:40:59 UTC, updated 26/11/2026"),
        ("date", "de", "doc", "Gültig vom 01.12.2026 bis 31.12.2027."),
        ("date", "en", "doc", "Date of last review: November 26, 2026. Next review: 2027-05-26."),
        ("timestamp", "en", "tool_result", f'{{"ts": {1764200000 + rng.randrange(10**5)}, "ts_ms": {1764200000000 + rng.randrange(10**8)}, "event": "login"}}'),
        ("timestamp", "en", "tool_result", "2026-11-26T23:40:59.123456Z INFO worker started pid=48211"),
        ("timestamp", "en", "tool_result", f"[{1764200000 + rng.randrange(10**5)}.{_digits(rng, 6)}] usb 1-1: new high-speed USB device number 4"),
        ("version", "en", "tool_result", "Microsoft Windows [Version 10.0.19045.5131]"),
        ("version", "en", "code", 'implementation "com.squareup.okhttp3:okhttp:4.12.0"\nversionName "3.14.159.2653"'),
        ("version", "en", "tool_result", "Chrome/131.0.6778.86 Safari/537.36"),
        ("version", "en", "doc", "Requires firmware 2.4.11.3 or later (build 20261104)."),
        ("version", "en", "code", "OID 1.3.6.1.4.1.311.21.7 (certificate template)"),
        ("isbn_ean", "en", "doc", "ISBN 978-3-16-148410-0, 2nd edition, 412 pages."),
        ("isbn_ean", "de", "tool_result", "EAN: 4006381333931 · Artikelnummer 77120-B"),
        ("isbn_ean", "en", "tool_result", "UPC 036000291452 — 12 pack"),
        ("amount", "fr", "doc", "Montant total : 1 234 567,89 € TTC"),
        ("amount", "en", "tool_result", "Revenue 2026: $4,512,883.20 (+12.4% YoY); orders 1,204,559"),
        ("amount", "de", "doc", "Summe: 12.345.678,90 EUR"),
        ("coordinates", "en", "tool_result", '{"lat": 52.520008, "lon": 13.404954, "accuracy_m": 12}'),
        ("coordinates", "en", "doc", "Meet at 40.748817, -73.985428 (main entrance)."),
        ("measurement", "en", "tool_result", "cpu=12.5% mem=3.2GiB disk=81.4% load=0.42 0.51 0.48"),
        ("identifier", "en", "tool_result", f"Serial no. SN{_digits(rng, 10)}, model KX-200, lot {_digits(rng, 6)}"),
        ("identifier", "en", "code", f"const PRODUCT_IDS = [{_digits(rng, 9)}, {_digits(rng, 9)}, {_digits(rng, 9)}];"),
        ("identifier", "en", "tool_result", f"Ticket #{_digits(rng, 6)} opened by user 4412, priority P2"),
        ("identifier", "en", "tool_result", f"phone_model=SM-S918B imei_masked=35{_digits(rng, 4)}*********"),
        ("identifier", "ko", "doc", f"사업자등록번호 안내 페이지 — 문서 번호 {_digits(rng, 4)}-{_digits(rng, 6)}"),
        ("reserved_ip", "en", "code", "server:\n  bind: 0.0.0.0\n  port: 8080\n  upstream: 127.0.0.1:9000\n"),
        ("reserved_ip", "en", "doc", "Set the netmask to 255.255.255.0 and the gateway to the router's LAN address."),
        ("placeholder", "en", "doc", "Email: name@example.com\nPhone: +1 (XXX) XXX-XXXX\nCard: XXXX XXXX XXXX 4242"),
        ("placeholder", "en", "web_page", '<input type="email" placeholder="you@domain.tld"> <input type="tel" placeholder="Phone number">'),
        ("prose", "en", "chat", "Call me when you land, I'll pick you up at terminal 2."),
        ("prose", "es", "chat", "Te mando el número luego, ahora estoy sin batería."),
        ("prose", "en", "doc", "We never ask for your full card number or IBAN by e-mail. Report suspicious messages to the security team."),
        ("prose", "zh", "chat", "明天下午三点在二号会议室开会，记得带电脑。"),
        ("math", "en", "code", "assert round(3.14159265358979, 5) == 3.14159\nPHI = 1.6180339887"),
        ("math", "en", "tool_result", "matrix: [[1024, 2048, 4096], [8192, 16384, 32768]]"),
    ]
    return out


def cases() -> list[Case]:
    rng = random.Random(SEED)
    out = []
    counts: dict[str, int] = {}

    def add(label: str, category: str, kind: str, lang: str, context: str, text: str, span: tuple[int, int] | None) -> None:
        counts[category] = counts.get(category, 0) + 1
        out.append(Case(f"hp1-{category}-{counts[category]}", text, label, "pii", category, lang, context, kind, span))

    for kind, lang, ctx, text, value in positives(rng):
        start = text.index(value)
        add("positive", kind, kind, lang, ctx, text, (start, start + len(value)))
    for category, lang, ctx, text in negatives(rng):
        add("negative", category, "", lang, ctx, text, None)
    return out


def main() -> None:
    got = cases()
    path = ROOT / "heldout" / "pii" / "batch1.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(c.to_json() + "\n" for c in got), encoding="utf-8")
    pos = sum(c.positive for c in got)
    sys.stdout.write(f"pii batch1: {pos} positive, {len(got) - pos} negative\n")


if __name__ == "__main__":
    main()
