"""The PII family: emails, international phone numbers, cards that pass Luhn, IBANs that
pass mod 97, US SSNs within the issuing rules, national identifiers with their checksums
and public IPv4/IPv6 addresses, each in a sentence, record, email or log line — and hard
negatives: the same kinds with a failing checksum, numbers that are not personal data,
placeholders, address-like code and ordinary customer mail.
"""

# ruff: noqa: E501 -- corpus texts and templates stay one line each, as written

from __future__ import annotations

import ipaddress
import random
import re
from collections.abc import Callable

from tests.corpus import checks
from tests.corpus.cases import CorpusWriter
from tests.corpus.texts import pii_texts as T

Add = Callable[..., None]
"""`add(file, label, kind, lang, context, template, value, category=None, **fields)`."""

LATIN_NAMES = ["anna.berger", "lukas.schmidt", "camille.martin", "javier.moreno", "giulia.ferri",
               "joao.pereira", "sanne.deboer", "olga.smirnova", "wei.wang", "ken.sato",
               "seoyeon.lee", "maryam.haddad", "amit.verma", "emily.clarke", "m.johnson",
               "aisha.bello", "p.novak", "lena.fischer", "tomas.horvath", "ines.garcia"]
DOMAINS = ["gmail.com", "outlook.com", "web.de", "gmx.de", "orange.fr", "libero.it",
           "hotmail.es", "uol.com.br", "ziggo.nl", "yandex.ru", "qq.com", "yahoo.co.jp",
           "naver.com", "rediffmail.com", "acme-corp.com", "stadtwerke-bonn.de",
           "kanzlei-hofmann.at", "mail.nordbank.se", "proton.me", "icloud.com"]

EMAIL_SENTENCES = [
    ("en", "chat", "Please send the contract to {value} rather than my work address."),
    ("de", "chat", "Schick mir die Unterlagen bitte an {value}."),
    ("fr", "chat", "Vous pouvez m'écrire à {value} pour la suite."),
    ("es", "chat", "Mi correo personal es {value}, escríbeme ahí."),
    ("ja", "chat", "連絡先メールアドレスは{value}です。"),
    ("en", "tool_result", "From: {value}\nTo: support@acme-corp.com\nSubject: refund for order 48213"),
    ("en", "tool_result", '{{"user": {{"id": 77120, "email": "{value}", "verified": true}}}}'),
    ("en", "email", "Hi,\n\nplease add {value} to the mailing list for the parents' evening.\n\nThanks"),
    ("ru", "chat", "Мой адрес {value}, пришлите туда счёт."),
    ("en", "tool_result", "2025-03-11 09:14:22 WARN login failed for {value} from web (3rd attempt)"),
]

CARD_TEMPLATES = [
    ("en", "chat", "Can you charge my card? It's {value}, expiry 08/27, CVC 314."),
    ("en", "tool_result", '{{"payment_method": {{"type": "card", "number": "{value}", "exp": "11/26"}}}}'),
    ("en", "email", "Subject: booking\n\nHello, please guarantee the room with my card {value} (exp 03/28).\n\nRegards"),
    ("de", "chat", "Meine Kreditkartennummer ist {value}, gültig bis 09/27."),
    ("fr", "chat", "Voici ma carte : {value}, expiration 05/28."),
    ("en", "tool_result", "2025-03-11 09:14:22 ERROR payment declined card={value} amount=89.99 EUR"),
    ("es", "chat", "El número de la tarjeta es {value}, caduca en 12/26."),
]

IBAN_TEMPLATES = [
    ("en", "doc", "Payment within 14 days to IBAN {value}, BIC NORDDEFFXXX. Reference: INV-2025-0311."),
    ("en", "email", "Subject: refund\n\nHi, please refund the deposit to my account {value}. Thank you!"),
    ("de", "chat", "Kannst du mir die 40 € auf {value} überweisen?"),
    ("fr", "chat", "Mon IBAN pour le remboursement : {value}"),
    ("en", "tool_result", "<CdtrAcct><Id><IBAN>{value}</IBAN></Id></CdtrAcct>"),
    ("nl", "chat", "Je kunt het bedrag overmaken naar {value} t.n.v. S. de Boer."),
    ("es", "chat", "Hazme la transferencia a la cuenta {value}, gracias."),
    ("it", "chat", "Il mio IBAN per il rimborso è {value}."),
]

SSN_TEMPLATES = [
    ("en", "chat", "My social security number is {value}, do you need anything else for the application?"),
    ("en", "tool_result", "employee_id,name,ssn,start_date\n1042,Michael Johnson,{value},2024-09-01\n"),
    ("en", "email", "Subject: W-9\n\nHi, my SSN is {value} for the W-9 form.\n\nThanks, Emily"),
    ("en", "tool_result", '{{"applicant": "Emily Clarke", "ssn": "{value}", "dob": "1988-04-12"}}'),
    ("en", "doc", "Name: Michael Johnson   SSN: {value}   Filing status: single"),
]

IP_TEMPLATES = [
    ("en", "tool_result", '{value} - - [11/Mar/2025:09:14:22 +0000] "GET /account HTTP/1.1" 200 5120'),
    ("en", "tool_result", "sshd[2212]: Failed password for invalid user admin from {value} port 52144 ssh2"),
    ("en", "chat", "My home IP is {value}, can you add it to the allowlist?"),
    ("en", "tool_result", "X-Forwarded-For: {value}\nUser-Agent: Mozilla/5.0"),
    ("de", "email", "Betreff: Zugriff\n\nHallo, bitte gebt meine IP-Adresse {value} für das VPN frei.\n\nDanke"),
    ("en", "tool_result", '{{"event": "login", "user": "ken.sato", "ip": "{value}", "country": "JP"}}'),
]


def _fill_number_template(template: str, rng: random.Random) -> str:
    """A NUMBER_TEMPLATES line with fresh random digits for every field, redrawn until no
    digit run in it passes as a card (Luhn): these are numbers that are not personal data."""
    def field(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "u6":
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
        if name == "date":
            return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return "".join(rng.choice("0123456789") for _ in range(int(name[1:])))

    while True:
        text = re.sub(r"\{(d\d+|u6|date)\}", field, template)
        if not any(_card_inside(run) for run in re.findall(r"\d[\d -]{11,23}\d", text)):
            return text


def _card_inside(run: str) -> bool:
    """Whether some whole groups of a digit run (cut at its separators) pass as a card."""
    groups = re.split(r"[ -]", run)
    return any(checks.card_valid("".join(groups[i:j]))
               for i in range(len(groups)) for j in range(i + 1, len(groups) + 1))


def _phone(fmt: str, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice("23456789") if c == "N"
                   else c for c in fmt)


def _email(rng: random.Random) -> str:
    name = rng.choice(LATIN_NAMES)
    first, _, last = name.partition(".")
    local = rng.choice([name, f"{first[0]}{last}", f"{first}_{last}{rng.randrange(10, 99)}",
                        f"{first}+invoices", f"{last}.{first}"])
    return f"{local}@{rng.choice(DOMAINS)}"


def _ipv4(rng: random.Random) -> str:
    while True:
        ip = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip.is_global:
            return str(ip)


def _ipv6(rng: random.Random) -> str:
    while True:
        ip = ipaddress.IPv6Address((0x2A00 + rng.randrange(0x600) << 112) | rng.getrandbits(112))
        if ip.is_global:
            return ip.compressed if rng.random() < 0.7 else ip.exploded


def _corrupt(value: str, valid: checks.Validator, rng: random.Random) -> str:
    """The value with one digit changed so that its checksum fails."""
    spots = [i for i, c in enumerate(value) if c.isdigit()]
    while True:
        i = rng.choice(spots)
        bad = value[:i] + rng.choice([d for d in "0123456789" if d != value[i]]) + value[i + 1:]
        if not valid(bad):
            return bad


def build(out: CorpusWriter, rng: random.Random) -> None:
    def add(file: str, label: str, kind: str, lang: str, context: str, template: str,
            value: str, category: str | None = None, **extra: str) -> None:
        head, _, tail = template.partition("{value}")
        head, tail = head.format(**extra), tail.format(**extra)
        out.add(file, family="pii", category=category or kind, label=label,
                text=head + value + tail, lang=lang, context=context, kind=kind,
                span=(len(head), len(head) + len(value)))

    for i in range(30):
        lang, context, t = EMAIL_SENTENCES[i % len(EMAIL_SENTENCES)]
        add("contact", "positive", "email", lang, context, t, _email(rng))
    for i in range(48):
        lang, fmt = T.PHONE_FORMATS[i % len(T.PHONE_FORMATS)]
        add("contact", "positive", "phone", lang, "chat",
            rng.choice(T.PHONE_SENTENCES[lang]), _phone(fmt, rng))
    for kind, maker, temps, n in (("ipv4", _ipv4, IP_TEMPLATES, 20),
                                  ("ipv6", _ipv6, IP_TEMPLATES, 16)):
        for i in range(n):
            lang, context, t = temps[i % len(temps)]
            add("network", "positive", kind, lang, context, t, maker(rng))
    _financial(add, rng)
    _national(add, rng)
    _negatives(out, rng)


def _financial(add: Add, rng: random.Random) -> None:
    for brand in checks.CARD_PREFIXES:
        for _ in range(5):
            lang, context, t = rng.choice(CARD_TEMPLATES)
            number = checks.make_card(rng, brand)
            add("financial", "positive", "credit_card", lang, context, t,
                checks.format_card(number, rng))
            if rng.random() < 0.6:
                bad = _corrupt(number, checks.card_valid, rng)
                lang, context, t = rng.choice(CARD_TEMPLATES)
                add("checksum_fail", "negative", "credit_card", lang, context, t,
                    checks.format_card(bad, rng), category="checksum_fail")
    for country in checks.IBAN_BBAN:
        for _ in range(2):
            iban = checks.make_iban(rng, country)
            shown = checks.group4(iban) if rng.random() < 0.6 else iban
            lang, context, t = rng.choice(IBAN_TEMPLATES)
            add("financial", "positive", "iban", lang, context, t, shown)
            bad = _corrupt(shown, checks.iban_valid, rng)
            lang, context, t = rng.choice(IBAN_TEMPLATES)
            add("checksum_fail", "negative", "iban", lang, context, t, bad,
                category="checksum_fail")
    for i in range(20):
        lang, context, t = SSN_TEMPLATES[i % len(SSN_TEMPLATES)]
        add("national", "positive", "us_ssn", lang, context, t, checks.make_ssn(rng))
    invalid_ssns = ["000-{g}-{s}", "666-{g}-{s}", "9{a2}-{g}-{s}", "{a}-00-{s}", "{a}-{g}-0000"]
    for i in range(15):
        pattern = invalid_ssns[i % len(invalid_ssns)]
        value = pattern.format(a=f"{rng.randint(1, 665):03d}", a2=f"{rng.randint(0, 99):02d}",
                               g=f"{rng.randint(1, 99):02d}", s=f"{rng.randint(1, 9999):04d}")
        lang, context, t = SSN_TEMPLATES[i % len(SSN_TEMPLATES)]
        add("checksum_fail", "negative", "us_ssn", lang, context, t, value,
            category="checksum_fail")


def _national(add: Add, rng: random.Random) -> None:
    for kind, (maker, valid) in checks.NATIONAL_IDS.items():
        lang, sentences = T.NATIONAL_SENTENCES[kind]
        field = kind.replace("_", " ")
        for sentence in sentences:
            add("national", "positive", kind, lang, "chat", sentence, maker(rng))
        for context, t in rng.sample(T.RECORD_TEMPLATES, 3):
            name, city = rng.choice(T.NAMES)
            add("national", "positive", kind, "en", context, t, maker(rng),
                field=field, name=name, city=city)
        if kind in ("uk_nino", "in_pan"):
            continue  # no checksum: a near miss is still a valid-looking identifier
        for _ in range(3):
            bad = _corrupt(maker(rng), valid, rng)
            add("checksum_fail", "negative", kind, lang, "chat", rng.choice(sentences), bad,
                category="checksum_fail")


def _negatives(out: CorpusWriter, rng: random.Random) -> None:
    for category, lang, context, text in T.NEGATIVES:
        out.add("negatives", family="pii", category=category, label="negative", text=text,
                lang=lang, context=context)
    for _ in range(10):
        for lang, context, t in T.NUMBER_TEMPLATES:
            out.add("negatives", family="pii", category="number_not_pii", label="negative",
                    text=_fill_number_template(t, rng), lang=lang, context=context)
