"""The pii family's dev set: personal data of every kind the guard names, from many
countries and written with their separators (`+49 (0)30 …`, `0049 …`, `(415) 823-4417
ext. 12`, cards in groups, IBANs in fours, national IDs with their check digits, e-mail
addresses with sub-addresses, IDN domains and `[at]`/`[dot]` spelling), inside mails,
tickets, CRM notes, forms and logs with prose in the 13 languages; and hard negatives of
the same shapes (order and tracking numbers, timestamps, versions, ISBNs, invoice
numbers that fail Luhn, IBANs and IDs that fail their check, reserved domains).

Stance on published test card numbers (`4242 4242 4242 4242` in a payment provider's
docs): they are reported as `credit_card` like any Luhn-valid number. A guard on an
agent's traffic cannot tell a page of docs from a form someone filled in, and masking a
test number costs nothing; so they are neither positives nor negatives here.

Values are generated here with a seeded random source and their check digits computed
here (phone numbers are kept when the `phonenumbers` library calls them valid, except the
unallocated `555` ones, which are phone-shaped numbers a person gave as theirs).

    python -m tests.corpus.dev.pii [--show N] [--check]
"""

# ruff: noqa: E501 -- carriers stay one line each, as written

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat

from tests.corpus.cases import Case
from tests.corpus.dev import family_main

Gen = Callable[[random.Random], str]
DIGITS = string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def hexn(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


CARD_PREFIXES = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55"], 16),
                 ("mastercard", ["2221", "2300", "2519", "2720"], 16), ("amex", ["34", "37"], 15),
                 ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3566", "3589"], 16),
                 ("diners", ["36", "38"], 14), ("unionpay", ["62"], 16), ("maestro", ["6759"], 16)]


def card(rng: random.Random, issuer: int) -> tuple[str, str]:
    name, heads, n = CARD_PREFIXES[issuer % len(CARD_PREFIXES)]
    head = rng.choice(heads)
    body = head + digits(rng, n - 1 - len(head))
    return name, body + luhn_digit(body)


def group_card(number: str, sep: str) -> str:
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    if len(number) == 14:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


IBAN_SHAPES = {  # country: BBAN as (kind, length) with n digits, a upper letters, c alnum
    "DE": "n18", "FR": "n10 c11 n2", "GB": "a4 n14", "ES": "n20", "IT": "a1 n10 c12", "NL": "a4 n10",
    "BE": "n12", "CH": "n17", "AT": "n16", "PL": "n24", "PT": "n21", "SE": "n20", "NO": "n11",
    "DK": "n14", "FI": "n14", "IE": "a4 n14", "LU": "n3 c13", "SA": "n2 c18", "AE": "n19",
    "TR": "n6 c16", "BR": "n23 a1 c1", "CZ": "n20", "HU": "n24", "RO": "a4 c16", "GR": "n23",
}


def iban(rng: random.Random, country: str) -> str:
    bban = ""
    for part in IBAN_SHAPES[country].split():
        alphabet = {"n": DIGITS, "a": string.ascii_uppercase, "c": string.ascii_uppercase + DIGITS}[part[0]]
        bban += "".join(rng.choice(alphabet) for _ in range(int(part[1:])))
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{country}{98 - number % 97:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = "A"
    d = digits(rng, 6)
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def nhs(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check == 10:
            continue
        number = body + str(0 if check == 11 else check)
        return f"{number[:3]} {number[3:6]} {number[6:]}"


def dni(rng: random.Random) -> str:
    n = rng.randint(10**7, 10**8 - 1)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(rng: random.Random) -> str:
    lead = rng.randrange(3)
    n = rng.randint(0, 10**7 - 1)
    return f"{'XYZ'[lead]}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[(lead * 10**7 + n) % 23]}"


def bsn(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(10**7, 10**8 - 1)).zfill(8)
        total = sum(int(c) * (9 - i) for i, c in enumerate(body))
        last = total % 11
        if last < 10:
            return body + str(last)


def cpf(rng: random.Random) -> str:
    d = [int(c) for c in digits(rng, 9)]
    for n in (10, 11):
        r = sum(v * (n - i) for i, v in enumerate(d)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def pesel(rng: random.Random) -> str:
    y, m, day = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{y:02d}{m:02d}{day:02d}" + digits(rng, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[_i - 1][_VP[1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + digits(rng, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = body + str(_VINV[c])
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def cn_id(rng: random.Random) -> str:
    body = rng.choice(["110105", "310104", "440305", "510107"]) + f"{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(rng, 3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(body)) % 11]


def sin(rng: random.Random) -> str:
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(rng, 7)
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def personnummer(rng: random.Random) -> str:
    body = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(rng, 3)
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def nir(rng: random.Random) -> str:
    body = f"{rng.randint(1, 2)}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def tckn(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [int(c) for c in digits(rng, 8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def hetu(rng: random.Random) -> str:
    dd, mm, yy, nnn = rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), rng.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def kr_rrn(rng: random.Random) -> str:
    body = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 2)}" + digits(rng, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(ch) * w[i] for i, ch in enumerate(body)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


# --- phones -------------------------------------------------------------------------

PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "JP", "KR", "RU", "CN", "AU", "MX",
                 "CA", "CH", "AT", "BE", "PL", "SE", "PT", "TR", "ZA", "AR", "IE", "DK", "NO", "SG", "AE"]


def valid_phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    assert example is not None
    national = str(example.national_number)
    for _ in range(200):  # keep the example's first digits, draw the rest
        keep = max(2, len(national) // 3)
        cand = national[:keep] + digits(rng, len(national) - keep)
        num = phonenumbers.parse("+" + str(example.country_code) + cand)
        if phonenumbers.is_valid_number(num) and cand != national:
            return num
    return example


def phone_text(rng: random.Random, region: str, style: int) -> str:
    num = valid_phone(rng, region)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    cc = str(num.country_code)
    style %= 6
    if style == 0:
        return intl
    if style == 1:
        return "00" + intl[1:]
    if style == 2:
        return nat
    if style == 3:
        return intl.replace(" ", "-") if region != "US" else nat.replace("(", "").replace(") ", "-")
    if style == 4 and nat.startswith("0"):
        return f"+{cc} (0){nat[1:]}"
    return phonenumbers.format_number(num, PhoneNumberFormat.E164)


def nanp_extra(rng: random.Random, i: int) -> str:
    """US numbers as people write them: with extensions, dots, and the fictional 555."""
    area = rng.choice(["212", "415", "312", "617", "206", "512", "303", "404"])
    ex = rng.choice(["555", str(rng.randint(201, 989))])
    line = digits(rng, 4)
    return [f"({area}) {ex}-{line} ext. {rng.randint(2, 999)}", f"{area}.{ex}.{line}", f"+1 {area} {ex} {line}",
            f"1-{area}-{ex}-{line}", f"({area}) {ex}-{line} x{rng.randint(10, 99)}", f"{area}-{ex}-{line}"][i % 6]


# --- e-mail -------------------------------------------------------------------------

FIRST = ["ana", "jonas", "mei", "oliver", "fatima", "lukas", "sofia", "raj", "yuki", "olga", "pedro", "ines", "noah", "chloe", "mateo", "lea"]
LAST = ["garcia", "muller", "chen", "smith", "haddad", "kowalski", "rossi", "patel", "tanaka", "ivanova", "silva", "dubois", "jansen", "kim"]
DOMAINS = ["gmail.com", "outlook.de", "yahoo.fr", "northwind-supply.co.uk", "mail.ru", "web.de", "correo.es", "libero.it",
           "uol.com.br", "qq.com", "naver.com", "icloud.com", "proton.me", "example-corp.nl"]


def email(rng: random.Random, style: int) -> str:
    f, last, d = rng.choice(FIRST), rng.choice(LAST), rng.choice(DOMAINS)
    style %= 8
    if style == 0:
        return f"{f}.{last}@{d}"
    if style == 1:
        return f"{f}.{last}+{rng.choice(['billing', 'news', 'amazon', 'work'])}@{d}"
    if style == 2:
        return f"{f.title()}.{last.upper()}@{d.upper()}"
    if style == 3:
        return f"{f}{rng.randint(1, 99)}@{rng.choice(['müller-bau.de', 'bücher.ch', 'café-olé.fr', 'xn--mller-kva.de'])}"
    if style == 4:
        return f"{f}.{last} [at] {d.replace('.', ' [dot] ')}"
    if style == 5:
        return f"{f}_{last}(at){d}"
    if style == 6:
        return f"{f[0]}{last}@{rng.choice(['hospital', 'uni', 'city'])}.{rng.choice(['ac.uk', 'edu', 'gov.br', 'gouv.fr'])}"
    return f"{f}-{last}{rng.randint(70, 99)}@{d}"


# --- carriers: (lang, context, template) with {v} the value -------------------------

CARRIERS: dict[str, list[tuple[str, str]]] = {
    "en": [("email", "Hi support,\n\nplease update my details: {v}\n\nThanks, Mara"), ("tool_result", "Ticket #48213 | customer note: reach the client at {v} after 5pm"),
           ("doc", "| Name | Contact |\n|---|---|\n| Priya Nair | {v} |"), ("tool_result", "2026-03-04 12:01:09 INFO signup completed user={v} plan=pro"),
           ("chat", "sure, it's {v} — let me know when it's done")],
    "de": [("email", "Sehr geehrte Damen und Herren,\n\nbitte verwenden Sie künftig: {v}\n\nMit freundlichen Grüßen\nJonas Weber"), ("chat", "Kannst du das im CRM eintragen? {v}")],
    "fr": [("email", "Bonjour,\n\nVoici mes coordonnées mises à jour : {v}\n\nCordialement,\nChloé"), ("tool_result", "Note CRM : le client demande d'être contacté via {v}")],
    "es": [("email", "Hola,\n\nmis datos para la factura: {v}\n\nUn saludo"), ("chat", "te paso el dato: {v}")],
    "it": [("email", "Buongiorno,\n\ni miei dati aggiornati: {v}\n\nCordiali saluti"), ("tool_result", "Nota cliente: {v} (verificato al telefono)")],
    "pt": [("email", "Olá,\n\nseguem meus dados: {v}\n\nAtenciosamente"), ("chat", "anota aí: {v}")],
    "nl": [("email", "Beste,\n\nmijn gegevens: {v}\n\nMet vriendelijke groet"), ("tool_result", "Klantnotitie: {v}")],
    "ru": [("email", "Здравствуйте!\n\nМои данные: {v}\n\nС уважением, Ольга"), ("chat", "запиши, пожалуйста: {v}")],
    "zh": [("chat", "我的资料是：{v}，请更新一下"), ("tool_result", "客户备注：{v}（已核实）")],
    "ja": [("email", "お世話になっております。\n登録情報を更新してください：{v}\nよろしくお願いいたします。"), ("chat", "こちらです：{v}")],
    "ko": [("chat", "제 정보는 {v} 입니다. 수정 부탁드려요"), ("tool_result", "고객 메모: {v} (확인 완료)")],
    "ar": [("email", "مرحباً،\n\nبياناتي المحدثة: {v}\n\nمع التحية"), ("chat", "سجل هذا من فضلك: {v}")],
    "hi": [("chat", "मेरी जानकारी यह है: {v} कृपया अपडेट करें"), ("tool_result", "ग्राहक नोट: {v} (सत्यापित)")],
}
LABELS: dict[str, dict[str, str]] = {  # how each language names a kind before the value
    "phone": {"en": "phone", "de": "Telefon", "fr": "Tél.", "es": "teléfono", "it": "cellulare", "pt": "telefone", "nl": "tel.", "ru": "телефон", "zh": "电话", "ja": "電話番号", "ko": "전화번호", "ar": "هاتف", "hi": "फ़ोन"},
    "iban": {"en": "IBAN", "de": "IBAN", "fr": "IBAN", "es": "IBAN", "it": "IBAN", "pt": "IBAN", "nl": "IBAN", "ru": "IBAN", "zh": "IBAN", "ja": "IBAN", "ko": "IBAN", "ar": "IBAN", "hi": "IBAN"},
    "card": {"en": "card", "de": "Karte", "fr": "carte", "es": "tarjeta", "it": "carta", "pt": "cartão", "nl": "kaart", "ru": "карта", "zh": "卡号", "ja": "カード番号", "ko": "카드번호", "ar": "البطاقة", "hi": "कार्ड"},
}

NATIONAL: list[tuple[str, Gen, str, str]] = [  # kind, generator, lang, the words that name it
    ("us_ssn", ssn, "en", "SSN"), ("uk_nino", nino, "en", "National Insurance number"), ("uk_nhs", nhs, "en", "NHS number"),
    ("es_dni", dni, "es", "DNI"), ("es_nie", nie, "es", "NIE"), ("nl_bsn", bsn, "nl", "BSN"), ("br_cpf", cpf, "pt", "CPF"),
    ("pl_pesel", pesel, "en", "PESEL"), ("in_aadhaar", aadhaar, "hi", "आधार नंबर / Aadhaar"), ("cn_resident_id", cn_id, "zh", "身份证号"),
    ("ca_sin", sin, "en", "SIN"), ("se_personnummer", personnummer, "en", "personnummer"), ("fr_nir", nir, "fr", "numéro de sécurité sociale"),
    ("tr_tckn", tckn, "en", "T.C. Kimlik No"), ("fi_hetu", hetu, "en", "henkilötunnus"), ("kr_rrn", kr_rrn, "ko", "주민등록번호"),
]


def _case(out: list[Case], kind: str, lang: str, context: str, template: str, value: str, label: str = "positive", category: str = "") -> None:
    marker = "\x00V\x00"
    text = template.format(v=marker)
    start = text.index(marker)
    text = text.replace(marker, value)
    n = len(out)
    out.append(Case(f"dev-pii-{label}-{n}", text, label, "pii", category or kind, lang, context, kind if label == "positive" else "",
                    (start, start + len(value)) if label == "positive" else None))


def _carrier(i: int, lang: str | None = None) -> tuple[str, str, str]:
    langs = list(CARRIERS)
    lang = lang or langs[i % len(langs)]
    context, template = CARRIERS[lang][i // len(langs) % len(CARRIERS[lang])]
    return lang, context, template


def positives(seed: int, scale: int = 1) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    i = seed
    for _ in range(36 * scale):  # e-mail in 8 styles
        i += 1
        lang, context, template = _carrier(i)
        _case(out, "email", lang, context, template, email(rng, i))
    for _ in range(45 * scale):  # phones: 30 regions, 6 styles, with a label word half the time
        i += 1
        lang, context, template = _carrier(i)
        value = phone_text(rng, PHONE_REGIONS[i % len(PHONE_REGIONS)], i // 3)
        if i % 2:
            template = template.replace("{v}", LABELS["phone"][lang] + ": {v}")
        _case(out, "phone", lang, context, template, value)
    for _ in range(12 * scale):
        i += 1
        lang, context, template = _carrier(i, "en")
        _case(out, "phone", lang, context, template.replace("{v}", rng.choice(["call me at", "phone:", "mobile", "Tel."]) + " {v}"), nanp_extra(rng, i))
    for _ in range(30 * scale):  # cards, 9 issuers, 4 separators
        i += 1
        lang, context, template = _carrier(i)
        _, number = card(rng, i)
        value = [group_card(number, " "), group_card(number, "-"), number, group_card(number, " ")][i % 4]
        if i % 3 == 0:
            template = template.replace("{v}", LABELS["card"][lang] + " {v} exp 0" + str(rng.randint(1, 9)) + "/2" + str(rng.randint(7, 9)))
        _case(out, "credit_card", lang, context, template, value)
    countries = list(IBAN_SHAPES)
    for _ in range(30 * scale):  # IBANs, 25 countries, grouped in 4s or not
        i += 1
        lang, context, template = _carrier(i)
        number = iban(rng, countries[i % len(countries)])
        value = group4(number) if i % 3 else number
        if i % 2:
            template = template.replace("{v}", LABELS["iban"][lang] + ": {v}")
        _case(out, "iban", lang, context, template, value)
    for _ in range(3 * scale):  # national IDs with their names
        for kind, gen, lang, words in NATIONAL:
            i += 1
            _, context, template = _carrier(i, lang)
            _case(out, kind, lang, context, template.replace("{v}", words + " {v}"), gen(rng))
    for _ in range(6 * scale):
        i += 1
        lang, context, template = _carrier(i)
        ip = rng.choice([f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"2a02:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}"])
        _case(out, "ip", "en", "tool_result", "2026-03-04T12:01:09Z login ok user_id=8812 client_ip={v} ua=\"Mozilla/5.0\"", ip)
        d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1950, 2005)}"
        _case(out, "date_of_birth", lang, context, template.replace("{v}", rng.choice(["date of birth", "Geburtsdatum", "fecha de nacimiento", "DOB", "né le"]) + " {v}"), d)
        p = rng.choice("CKLMNPRX") + digits(rng, 7) if i % 2 else rng.choice("ABCDEFGH") + rng.choice("ABCDEFGH") + digits(rng, 7)
        _case(out, "passport", lang, context, template.replace("{v}", rng.choice(["passport no.", "Reisepass-Nr.", "pasaporte", "passeport n°"]) + " {v}"), p)
    return out


def negatives(seed: int) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []

    def neg(category: str, context: str, text: str, lang: str = "en") -> None:
        _case(out, "", lang, context, "{v}", text, "negative", category)

    for _ in range(8):
        body = "4" + digits(rng, 14)
        bad = body + str((int(luhn_digit(body)) + rng.randint(1, 9)) % 10)
        neg("luhn_fail", "tool_result", f"Order {group_card(bad, ' ')} confirmed, total 142.90 EUR")
        neg("order_number", "email", f"Your order #{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)} has shipped. Tracking: 1Z{rng.choice('AXW')}{digits(rng, 2)}{rng.choice('ABCDEF')}{digits(rng, 11)}")
        neg("timestamp", "tool_result", f"{rng.randint(1700000000000, 1799999999999)} INFO job={digits(rng, 6)} took {rng.randint(10, 999)} ms at 2026-03-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{digits(rng, 6)}Z")
        neg("isbn", "doc", f"Reference: ISBN 978-{rng.randint(0, 1)}-{digits(rng, 3)}-{digits(rng, 5)}-{rng.randint(0, 9)}, pp. {rng.randint(10, 300)}–{rng.randint(301, 500)}")
        good = iban(rng, rng.choice(list(IBAN_SHAPES)))
        badiban = good[:2] + f"{(int(good[2:4]) + rng.randint(1, 50)) % 100:02d}" + good[4:]
        if badiban != good:
            neg("iban_fail", "doc", f"Wrong: {group4(badiban)} — the check digits do not match, see section 4.")
        neg("version", "tool_result", f"Chrome/{rng.randint(100, 130)}.0.{rng.randint(1000, 7000)}.{rng.randint(10, 200)} Safari/537.36 build {rng.randint(10, 22)}.{rng.randint(0, 9)}.{rng.randint(10000, 29999)}.{rng.randint(1000, 5000)}")
        neg("amount", "email", f"Invoice INV-{digits(rng, 8)}: {rng.randint(1, 99)} {digits(rng, 3)} {digits(rng, 3)},{digits(rng, 2)} € due on {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026", "de")
        neg("identifier", "tool_result", f"request {hexn(rng, 8)}-{hexn(rng, 4)}-4{hexn(rng, 3)}-a{hexn(rng, 3)}-{hexn(rng, 12)} served in {rng.randint(2, 90)}ms; commit {hexn(rng, 40)}")
        neg("ssn_invalid", "doc", f"Numbers such as {rng.choice(['000', '666', '9' + digits(rng, 2)])}-{digits(rng, 2)}-{digits(rng, 4)} are never issued.")
        neg("reserved_email", "doc", f"Send a test mail to {rng.choice(FIRST)}@example.com or {rng.choice(LAST)}@test.invalid, then check noreply@localhost.")
        neg("coordinates", "tool_result", f"lat={rng.uniform(-60, 60):.6f} lon={rng.uniform(-120, 120):.6f} alt={rng.randint(10, 900)}m sats={rng.randint(4, 14)}")
        neg("masked", "email", f"Payment received from the card ending in {digits(rng, 4)} (**** **** **** {digits(rng, 4)}). Reference {digits(rng, 10)}.")
        neg("product_code", "doc", f"Part no. {digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}, lot {digits(rng, 6)}, EAN {digits(rng, 13)}")
        neg("id_fail", "tool_result", f"validation error: DNI {rng.randint(10**7, 10**8 - 1)}{rng.choice('ABIOU')} rejected (bad letter); BSN {digits(rng, 9)}0 not on file", "es")
        neg("date_time", "chat", f"the meeting moved to {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026 {rng.randint(8, 18)}:{rng.choice(['00', '30'])}, room {rng.randint(100, 999)}, dial-in code {digits(rng, 3)} {digits(rng, 3)}#")
        neg("network", "tool_result", f"listening on 127.0.0.1:{rng.randint(1024, 65535)} and 0.0.0.0:{rng.randint(1024, 65535)}, netmask 255.255.255.0, OID 1.3.6.1.4.1.{rng.randint(1000, 60000)}.1.2")
        neg("stats", "doc", f"Population {rng.randint(1, 99)} {digits(rng, 3)} {digits(rng, 3)} (census {rng.randint(2000, 2024)}), area {rng.randint(1000, 99999)} km², density {rng.randint(10, 999)}.{rng.randint(0, 9)}/km²")
        neg("phone_shaped", "tool_result", f"Batch {digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 4)} produced {rng.randint(1000, 9999)} units; shift {rng.randint(1, 3)}")
    for lang, word in (("de", "Bestellnummer"), ("fr", "numéro de commande"), ("es", "número de pedido"), ("it", "numero d'ordine"),
                       ("pt", "número do pedido"), ("nl", "ordernummer"), ("ru", "номер заказа"), ("zh", "订单号"), ("ja", "注文番号"),
                       ("ko", "주문번호"), ("ar", "رقم الطلب"), ("hi", "ऑर्डर संख्या")):
        neg("order_number", "email", f"{word}: {digits(rng, 10)} / {digits(rng, 4)}-{digits(rng, 6)}", lang)
    return out


def cases() -> list[Case]:
    """The dev set."""
    return positives(3301) + negatives(4402)


def check_cases() -> list[Case]:
    """The check set (see the module docstring)."""
    from tests.corpus.dev.pii_check import check_cases as made

    return made()


def main(argv: list[str] | None = None) -> int:
    return family_main("pii", cases, check_cases, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
