"""A small blind set for the shapes the secrets and pii rounds left (issue 11): secrets
given as 64-hex or UUID values right after a password/secret/token word in prose and
config (beside hashes, digests, checksums and ids of the same shapes, which are not
secrets); phone numbers in the national formats of regions outside the default list,
after a phone word (beside the same digit groups as order and customer numbers); German
social insurance numbers (Rentenversicherungsnummer, check digit computed here); MAC
addresses written with dashes; e-mail addresses written with a full-width at sign.

Written, with its generators, before the rules were changed; values come from a seeded
random source and from `phonenumbers`' own region metadata (valid numbers, not the
guard's checks). A positive counts as found when a hit of the family covers exactly the
value's span (`exact`) — a partial mask leaves digits of the number in clear.

    python -m tests.corpus.dev.secrets_pii_more [--show N]
"""

# ruff: noqa: E501 -- carriers stay one line each, as written

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import uuid

import phonenumbers

from tests.corpus.cases import Case

HEX = "0123456789abcdef"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rvnr(rng: random.Random, *, valid: bool = True) -> str:
    """A German Rentenversicherungsnummer: area (2 digits), birth date DDMMYY, the birth
    name's initial, a serial (2 digits) and the check digit — weights 2121212 over the
    digits with the letter as its two-digit alphabet position, digit sums, mod 10."""
    area = rng.choice(["02", "04", "08", "12", "13", "15", "16", "17", "18", "19", "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69"])
    date = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
    letter = rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ")
    serial = f"{rng.randint(0, 99):02d}"
    body = area + date + f"{ord(letter) - 64:02d}" + serial
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(body, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True))
    check = total % 10 if valid else (total + rng.randint(1, 9)) % 10
    return f"{area}{date}{letter}{serial}{check}"


def national_phone(rng: random.Random, region: str, mobile: bool) -> str:
    """A valid number of `region` in its national format, from its example number with
    the last digits drawn again until `phonenumbers` calls it valid."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None
    national = str(example.national_number)
    for _ in range(200):
        candidate = national[:-4] + "".join(rng.choice("0123456789") for _ in range(4))
        number = phonenumbers.parse(candidate, region) if region != "AR" else phonenumbers.parse("0" + candidate, region)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    raise AssertionError(f"no valid {region} number")


PHONE_CARRIERS = [
    ("en", "email", "Kind regards,\nMikkel\nTel: {v}\n"),
    ("en", "chat", "call me on {v} after five"),
    ("en", "tool_result", "name,phone,city\nAoife Byrne,{v},Dublin\n"),
    ("es", "email", "Saludos, mi celular es {v}"),
    ("en", "doc", "Contact person: Ingrid Berg, phone {v}"),
    ("de", "email", "Mit freundlichen Grüßen\nLukas Huber\nMobil: {v}"),
]
PHONE_REGIONS = ["AR", "DK", "NO", "IE", "AT", "CH", "BE", "SE", "PL", "PT", "FI", "NZ", "ZA", "CZ"]


def positives(seed: int = 9901) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []

    def add(family: str, kind: str, template: str, value: str, lang: str = "en", context: str = "chat") -> None:
        start = template.index("{v}")
        text = template.replace("{v}", value)
        out.append(Case(f"more-{family}-{kind}-{len(out)}", text, "positive", family, kind, lang, context, kind, (start, start + len(value))))

    # secrets: 64-hex and UUID values after a password/secret/token word
    for template, lang, context in [
        ("the admin password is {v}, don't share it", "en", "chat"),
        ("password: {v}\n", "en", "code"),
        ("DB_PASSWORD={v}\n", "en", "code"),
        ("api_token: \"{v}\"\n", "en", "code"),
        ("Your new API token: {v}\nStore it somewhere safe; it will not be shown again.", "en", "email"),
        ("client_secret = '{v}'\n", "en", "code"),
        ("Passwort für den Server: {v}", "de", "chat"),
        ("secret {v} — use it in the X-Auth header", "en", "chat"),
        ("<add key=\"SharedSecret\" value=\"{v}\" />", "en", "code"),
        ("le mot de passe est {v}", "fr", "chat"),
    ]:
        add("secrets", "hex64", template, _hex(rng, 64), lang, context)
    for template, lang, context in [
        ("the token is {v}", "en", "chat"),
        ("token: {v}\n", "en", "code"),
        ("export SERVICE_TOKEN={v}\n", "en", "code"),
        ("\"secret\": \"{v}\",\n", "en", "code"),
        ("Here is the password for the staging account: {v}", "en", "email"),
        ("auth token {v} expires Friday", "en", "chat"),
        ("webhook secret: {v}\n", "en", "doc"),
        ("contraseña: {v}", "es", "chat"),
        ("access_token={v}&scope=read", "en", "tool_result"),
        ("[auth]\npassword = \"{v}\"\n", "en", "code"),
    ]:
        add("secrets", "uuid", template, _uuid(rng), lang, context)
    # phones: national formats of regions outside the defaults
    for i, region in enumerate(PHONE_REGIONS * 2):
        lang, context, template = PHONE_CARRIERS[i % len(PHONE_CARRIERS)]
        add("pii", "phone", template, national_phone(rng, region, i % 2 == 0), lang, context)
    # German social insurance numbers
    for template in ["Rentenversicherungsnummer: {v}", "Sozialversicherungsnummer {v}", "SV-Nummer: {v}\nKrankenkasse: AOK", "meine RV-Nummer ist {v}", "Versicherungsnummer: {v}", "social insurance no. {v}"]:
        value = rvnr(rng)
        if "SV-Nummer" in template:
            value = f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}"
        add("pii", "de_social_insurance", template, value, "de", "email")
    # MAC addresses with dashes
    for template in ["Physical Address. . . . . . . . . : {v}", "device MAC {v} joined the network", "mac_address,{v}\n", "Allow list: {v}", "HWaddr {v}"]:
        octets = [rng.randrange(256) for _ in range(6)]
        octets[0] &= 0xFE
        value = "-".join(f"{o:02X}" for o in octets)
        add("pii", "mac_address", template, value.lower() if "mac_address" in template else value, "en", "tool_result")
    # e-mails with a full-width at sign
    for template, lang in [("連絡先：{v}", "ja"), ("メール {v} までご連絡ください", "ja"), ("邮箱：{v}", "zh"), ("email me at {v}", "en"), ("이메일: {v}", "ko")]:
        user = rng.choice(["tanaka.yuki", "wang.lei88", "kim.minji", "h.sato", "li_na"])
        domain = rng.choice(["gmail.com", "yahoo.co.jp", "qq.com", "naver.com", "outlook.com"])
        add("pii", "email", template, f"{user}＠{domain}", lang, "email")
    return out


def negatives(seed: int = 9902) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []

    def neg(family: str, category: str, text: str, lang: str = "en", context: str = "doc") -> None:
        out.append(Case(f"more-{family}-neg-{len(out)}", text, "negative", family, category, lang, context))

    neg("secrets", "hash", f"password hash: {_hex(rng, 64)}")
    neg("secrets", "hash", f"password_hash = \"{_hex(rng, 64)}\"\n", context="code")
    neg("secrets", "hash", f"The token's SHA-256 is {_hex(rng, 64)}.")
    neg("secrets", "hash", f"sha256 checksum of the secret rotation tool: {_hex(rng, 64)}")
    neg("secrets", "hash", f"digest: sha256:{_hex(rng, 64)}\n", context="tool_result")
    neg("secrets", "hash", f"We store only the hashed password ({_hex(rng, 64)}), never the password itself.")
    neg("secrets", "hash", f"checksum of password-manager-2.4.1.tar.gz: {_hex(rng, 64)}")
    neg("secrets", "hash", f"token_sha256: {_hex(rng, 64)}\n", context="code")
    neg("secrets", "hash", f"Password reset request {_uuid(rng)} completed.", context="tool_result")
    neg("secrets", "id", f"token_id: {_uuid(rng)}\n", context="code")
    neg("secrets", "id", f"secret_name: prod-db\nsecret_version: {_uuid(rng)}\n", context="code")
    neg("secrets", "id", f"Token {_uuid(rng)} was revoked by the administrator.", context="tool_result")
    neg("secrets", "id", f"request_id={_uuid(rng)} path=/auth/token status=401", context="tool_result")
    neg("secrets", "id", f"the password policy applies to tenant {_uuid(rng)}")
    neg("secrets", "id", f"commit {_hex(rng, 40)}: rotate token handling", context="tool_result")
    neg("secrets", "hash", f"SRI: sha256-{_hex(rng, 64)} for secret-store.js", context="code")
    neg("secrets", "id", f"tokenizer model id {_uuid(rng)}", context="tool_result")
    neg("secrets", "hash", f"secret scanning baseline fingerprint {_hex(rng, 64)}", context="tool_result")
    neg("secrets", "hash", f"hash of the password file, sha256 {_hex(rng, 64)}")
    neg("secrets", "id", f"Password changed for user {_uuid(rng)} at 2026-03-02T11:04Z", context="tool_result")
    # phone-shaped numbers that are not phones
    neg("pii", "phone_shaped", f"Bestellnummer: {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", "de", "email")
    neg("pii", "phone_shaped", f"order {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)} shipped", context="tool_result")
    neg("pii", "phone_shaped", f"invoice no. 085 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", context="email")
    neg("pii", "phone_shaped", f"Kundennummer 0{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "de", "email")
    neg("pii", "phone_shaped", f"ISBN 978-{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}")
    neg("pii", "phone_shaped", f"Population: {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} (2024)")
    neg("pii", "phone_shaped", f"Sagsnummer {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", "da", "email")
    neg("pii", "phone_shaped", f"Bank sort code 20-{rng.randint(10, 99)}-{rng.randint(10, 99)}, account {rng.randint(10000000, 99999999)}", context="email")
    # RVNR-shaped that fail
    neg("pii", "id_fail", f"Rentenversicherungsnummer: {rvnr(rng, valid=False)} (ungültig)", "de", "email")
    neg("pii", "id_fail", f"Versicherungsnummer {rvnr(rng, valid=False)} nicht gefunden", "de", "tool_result")
    neg("pii", "serial", f"Seriennummer: 12{rng.randint(100000, 999999)}X{rng.randint(100, 999)}", "de", "tool_result")
    neg("pii", "serial", f"part AB{rng.randint(100000, 999999)}C{rng.randint(100, 999)} in stock", context="tool_result")
    # dashed hex that is not a MAC
    neg("pii", "dashed", f"draw results: {'-'.join(f'{rng.randint(1, 49):02d}' for _ in range(6))}", context="doc")
    neg("pii", "dashed", f"request {_uuid(rng)} finished", context="tool_result")
    neg("pii", "dashed", f"colour tokens: AA-BB-CC and {_hex(rng, 2)}-{_hex(rng, 2)}-{_hex(rng, 2)}", context="code")
    neg("pii", "dashed", "timestamp 2026-03-14-09-41-07 build", context="tool_result")
    neg("pii", "dashed", f"sort codes 12-{rng.randint(10, 99)}-{rng.randint(10, 99)} and 40-{rng.randint(10, 99)}-{rng.randint(10, 99)}", context="email")
    neg("pii", "dashed", f"part no. DE-{rng.randint(10, 99)}-{rng.randint(10, 99)}-AB-{rng.randint(10, 99)}", context="tool_result")
    # full-width at signs that are not e-mails
    neg("pii", "fullwidth_at", "りんご＠100円、みかん＠80円", "ja", "chat")
    neg("pii", "fullwidth_at", "＠tanaka_yuki さん、ありがとう！", "ja", "chat")
    neg("pii", "fullwidth_at", "会議は＠会議室Bで行います", "ja", "email")
    neg("pii", "fullwidth_at", "单价＠25元，共10件", "zh", "chat")
    return out


def cases() -> list[Case]:
    return positives() + negatives()


def main(argv: list[str] | None = None) -> int:
    from secproxy.guards.registry import make
    from tests.corpus.harness import _inspect, default_viewer

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--show", type=int, default=10, help="misses and FPs listed")
    args = parser.parse_args(argv)
    viewer, _ = default_viewer()
    guards = {f: make(f, f, {}) for f in ("secrets", "pii")}
    shown: list[str] = []
    with asyncio.Runner() as runner:
        for family in ("secrets", "pii"):
            pos = neg = found = exact = fps = 0
            for case in cases():
                if case.family != family:
                    continue
                hits = _inspect(guards[family], case, viewer, runner)
                if case.positive:
                    pos += 1
                    found += bool(hits)
                    ok = any(h.span == case.span for h in hits)
                    exact += ok
                    if not ok:
                        shown.append(f"MISS {case.id}: {case.text[:90]!r} -> {[(h.kind, h.span) for h in hits]} want {case.span}")
                else:
                    neg += 1
                    fps += bool(hits)
                    if hits:
                        shown.append(f"FP   {case.id}: {case.text[:90]!r} -> {[(h.kind, case.text[slice(*h.span)] if h.span else None) for h in hits]}")
            sys.stdout.write(f"{family}: {pos} positives, found {found / pos:.3f}, exact {exact / pos:.3f}; "
                             f"{neg} negatives, FPR {fps / neg:.3f}\n")
    for line in shown[: args.show]:
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
