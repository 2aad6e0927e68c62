"""A blind probe set for the secrets and pii guards (session 26): what an external
labelled corpus would hold that our own sets may not. Secrets of some sixty kinds
(cloud, VCS, CI, chat, payment, AI providers, databases, package registries, SaaS,
JWTs, private keys, generic assignments, crypto wallets) in the carriers they leak
through (.env files, YAML/JSON, shell history, CI logs, source, curl, chat, stack
traces, Dockerfiles, k8s secrets); beside placeholders, doc examples, hashes, ids,
public keys and integrity digests, which are not secrets. PII of the usual kinds
(e-mail, phones of 24 regions, cards of six issuers, IBANs of twelve countries, US SSNs,
national ids with their check digits, IPv4/IPv6) in sentences of several languages;
beside order and invoice numbers, dates, versions, ISBNs, tracking numbers, and card
and IBAN look-alikes whose check digits fail.

Written, with its generators, before the guards' rules, code or any other corpus file
were read; values come from a seeded random source in the real format of each kind
(prefix, length, alphabet, and the format's own checksum where it has one: GitHub and
npm CRC32/base62, Luhn, mod-97, Verhoeff, ISO 7064, national check digits, BIP-39 and
Base58Check) and from `phonenumbers`' region metadata. A positive counts as found when a
hit of the family covers exactly the value's span (`exact`).

    python -m tests.corpus.dev.secrets_pii_probes26 [--show N]
"""

# ruff: noqa: E501 -- carriers stay one line each, as written

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import json
import random
import re
import string
import sys
import uuid
import zlib
from collections import Counter
from pathlib import Path

import phonenumbers

from tests.corpus.cases import Case

HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
V = "{v}"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SSH_ED25519 = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 "
SSH_RSA = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00"


def _s(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return _s(rng, HEX, n)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _b64(data: bytes, *, url: bool = False) -> str:
    return (base64.urlsafe_b64encode(data).rstrip(b"=") if url else base64.b64encode(data)).decode()


def _base62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng: random.Random, prefix: str) -> str:
    """GitHub and npm tokens: prefix, 30 random base62 characters, then the CRC32 of
    those 30 characters in base62, six characters wide."""
    body = _s(rng, ALNUM, 30)
    return prefix + body + _base62(zlib.crc32(body.encode()), 6)


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def wif(rng: random.Random) -> str:
    return _b58check(b"\x80" + rng.randbytes(32) + b"\x01")


def xprv(rng: random.Random) -> str:
    return _b58check(bytes.fromhex("0488ade4") + b"\x03" + rng.randbytes(4) + rng.randbytes(4) + rng.randbytes(32) + b"\x00" + rng.randbytes(32))


def bip39(rng: random.Random, words: int = 12) -> str:
    wordlist = Path(__file__).resolve().parents[1].joinpath("data", "bip39_english.txt").read_text().split()
    assert len(wordlist) == 2048
    entropy = rng.randbytes(words * 4 // 3)
    bits = bin(int.from_bytes(entropy, "big"))[2:].zfill(len(entropy) * 8)
    bits += bin(hashlib.sha256(entropy).digest()[0])[2:].zfill(8)[: len(entropy) * 8 // 32]
    return " ".join(wordlist[int(bits[i : i + 11], 2)] for i in range(0, len(bits), 11))


def jwt(rng: random.Random) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode(), url=True)
    payload = _b64(json.dumps({"sub": str(rng.randint(10**6, 10**7)), "name": rng.choice(["Ana Ruiz", "Tom Berg", "Li Wei"]), "iat": rng.randint(1_600_000_000, 1_750_000_000), "role": "admin"}).encode(), url=True)
    return f"{header}.{payload}.{_b64(rng.randbytes(32), url=True)}"


def pem(rng: random.Random, label: str, der_prefix: bytes, size: int) -> str:
    body = _b64(der_prefix + rng.randbytes(size - len(der_prefix)))
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"


def luhn_digit(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def card(rng: random.Random, prefix: str, length: int, *, valid: bool = True) -> str:
    body = prefix + _s(rng, string.digits, length - len(prefix) - 1)
    check = luhn_digit(body)
    return body + (check if valid else str((int(check) + rng.randint(1, 9)) % 10))


def _group(value: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(value[i : i + n])
        i += n
    return sep.join(out)


IBAN_BBAN = {"DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "GB": "4a14n", "CH": "5n12c", "AT": "16n", "PL": "24n", "PT": "21n", "SE": "20n", "IE": "4a14n", "DK": "14n", "NO": "11n"}


def iban(rng: random.Random, country: str, *, valid: bool = True) -> str:
    bban = ""
    spec = IBAN_BBAN[country]
    for count, kind in ((int(spec[m.start() : m.end() - 1]), spec[m.end() - 1]) for m in re.finditer(r"\d+[nac]", spec)):
        bban += _s(rng, {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind], count)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    if not valid:
        check = (check + rng.randint(1, 90)) % 97 or 1
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(rng: random.Random) -> str:
    first = rng.choice("XYZ")
    n = rng.randint(0, 9_999_999)
    return f"{first}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(first)) + f'{n:07d}') % 23]}"


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def codice_fiscale(rng: random.Random) -> str:
    cons = "BCDFGHLMNPRSTVZ"
    body = _s(rng, cons, 6) + f"{rng.randint(40, 99):02d}" + rng.choice("ABCDEHLMPRST") + f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}" + rng.choice(["H501", "F205", "L219", "G273", "A944", "D612"])
    total = sum(CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return body + chr(65 + total % 26)


def cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for weight in (10, 11):
        d.append(sum(x * (weight - i) for i, x in enumerate(d)) * 10 % 11 % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if rest < 10:
            return "".join(map(str, d)) + str(rest)


def nir(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    VERHOEFF_P.append([VERHOEFF_P[1][x] for x in VERHOEFF_P[-1]])
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _s(rng, string.digits, 10)
    c = 0
    for i, d in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(d)]]
    s = body + str(VERHOEFF_INV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def china_id(rng: random.Random) -> str:
    body = rng.choice(["110105", "310104", "440305", "510107", "330106", "420102"]) + f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + _s(rng, string.digits, 3)
    total = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    return body + "10X98765432"[total % 11]


def korean_rrn(rng: random.Random) -> str:
    body = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('12')}" + _s(rng, string.digits, 5)
    total = sum(int(d) * w for d, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return f"{body[:6]}-{body[6:]}{(11 - total % 11) % 10}"


def pesel(rng: random.Random) -> str:
    body = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + _s(rng, string.digits, 4)
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return body + str((10 - total % 10) % 10)


def personnummer(rng: random.Random) -> str:
    body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + _s(rng, string.digits, 3)
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def phone(rng: random.Random, region: str, mobile: bool, fmt: int) -> str:
    """A valid number of `region` from its example number with the last four digits
    drawn again until `phonenumbers` calls it valid, in the format `fmt`."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None
    national = str(example.national_number)
    for _ in range(200):
        number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(national[:-4] + _s(rng, string.digits, 4)), italian_leading_zero=example.italian_leading_zero)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, fmt)
    raise AssertionError(f"no valid {region} number")


def ipv6(rng: random.Random) -> str:
    return "2a02:" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(7))



def secret_positives(seed: int = 2601) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []

    def add(kind: str, context: str, template: str, value: str, lang: str = "en") -> None:
        start = template.index(V)
        text = template.replace(V, value)
        out.append(Case(f"p26-secrets-{kind}-{len(out)}", text, "positive", "secrets", kind, lang, context, kind, (start, start + len(value))))

    aws_id = "AKIA" + _s(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    aws_secret = _s(rng, B64, 40)
    add("aws_access_key_id", "env", f"# prod\nAWS_ACCESS_KEY_ID={V}\nAWS_SECRET_ACCESS_KEY={aws_secret}\nAWS_DEFAULT_REGION=eu-west-1\n", aws_id)
    add("aws_secret_access_key", "env", f"# prod\nAWS_ACCESS_KEY_ID={aws_id}\nAWS_SECRET_ACCESS_KEY={V}\nAWS_DEFAULT_REGION=eu-west-1\n", aws_secret)
    add("aws_access_key_id", "shell", f"$ aws configure set aws_access_key_id {V} --profile deploy", "AKIA" + _s(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
    add("aws_secret_access_key", "ini", f"[default]\naws_access_key_id = ASIA{_s(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\naws_secret_access_key = {V}\n", _s(rng, B64, 40))
    add("aws_secret_access_key", "python", f'session = boto3.Session(\n    aws_access_key_id="AKIA{_s(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}",\n    aws_secret_access_key="{V}",\n)', _s(rng, B64, 40))
    add("aws_session_token", "shell", f"export AWS_SESSION_TOKEN={V}", "IQoJb3JpZ2luX2VjE" + _s(rng, B64, 300))

    gcp_key = pem(rng, "PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"), 1217)
    add("gcp_service_account_key", "json", '{\n  "type": "service_account",\n  "project_id": "billing-prod-4411",\n  "private_key_id": "' + _hex(rng, 40) + '",\n  "private_key": "' + V + '\\n",\n  "client_email": "exporter@billing-prod-4411.iam.gserviceaccount.com"\n}', gcp_key.replace("\n", "\\n"))
    add("gcp_api_key", "js", f'const firebaseConfig = {{ apiKey: "{V}", authDomain: "shop-7c1.firebaseapp.com" }};', "AIza" + _s(rng, B64URL, 35))
    add("gcp_oauth_client_secret", "json", '{"web": {"client_id": "' + str(rng.randint(10**11, 10**12)) + '-' + _s(rng, string.ascii_lowercase + string.digits, 32) + '.apps.googleusercontent.com", "client_secret": "' + V + '"}}', "GOCSPX-" + _s(rng, B64URL, 28))
    azure_key = _b64(rng.randbytes(64))
    add("azure_storage_key", "env", f"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stgbackup01;AccountKey={V};EndpointSuffix=core.windows.net", azure_key)
    sig = _b64(rng.randbytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    add("azure_sas_token", "log", f"GET https://stgbackup01.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig={V} 200", sig)
    add("azure_client_secret", "yaml", f"azure:\n  tenant_id: {_uuid(rng)}\n  client_id: {_uuid(rng)}\n  client_secret: {V}\n", _s(rng, ALNUM, 3) + "8Q~" + _s(rng, B64URL + ".~", 34))

    add("github_classic_pat", "shell", f"git clone https://{V}@github.com/acme/infra.git", crc_token(rng, "ghp_"))
    add("github_classic_pat", "yaml", f"      - name: checkout\n        env:\n          GH_TOKEN: {V}\n", crc_token(rng, "ghp_"))
    add("github_fine_grained_pat", "env", f"GITHUB_TOKEN={V}", "github_pat_11" + _s(rng, string.ascii_uppercase + string.digits, 20) + "_" + _s(rng, ALNUM, 59))
    add("github_oauth", "json", f'{{"access_token": "{V}", "token_type": "bearer", "scope": "repo,gist"}}', crc_token(rng, "gho_"))
    add("github_app_installation", "log", f"[2026-11-28T10:14:03Z] DEBUG requests: Authorization: token {V}", crc_token(rng, "ghs_"))
    add("github_user_to_server", "python", f'gh = Github(auth=Auth.Token("{V}"))', crc_token(rng, "ghu_"))
    add("github_refresh", "json", f'{{"refresh_token": "{V}", "refresh_token_expires_in": 15811200}}', crc_token(rng, "ghr_"))
    add("gitlab_pat", "shell", f'curl --header "PRIVATE-TOKEN: {V}" "https://gitlab.example.org/api/v4/projects"', "glpat-" + _s(rng, B64URL, 20))
    add("gitlab_runner_token", "toml", f'[[runners]]\n  name = "build-3"\n  url = "https://gitlab.com/"\n  token = "{V}"\n  executor = "docker"\n', "glrt-" + _s(rng, B64URL, 20))
    add("gitlab_deploy_token", "shell", f"docker login -u gitlab+deploy-token-41 -p {V} registry.gitlab.com", "gldt-" + _s(rng, B64URL, 20))
    add("gitlab_runner_registration", "shell", f"gitlab-runner register --url https://gitlab.com --registration-token {V}", "GR1348941" + _s(rng, B64URL, 20))
    add("bitbucket_app_password", "env", f"BITBUCKET_USERNAME=jlee\nBITBUCKET_APP_PASSWORD={V}\n", "ATBB" + _s(rng, ALNUM, 24) + _s(rng, UPHEX, 8))

    add("circleci_token", "shell", f'curl -H "Circle-Token: {V}" https://circleci.com/api/v2/me', "CCIPAT_" + _s(rng, ALNUM, 22) + "_" + _hex(rng, 40))
    add("circleci_token", "env", f"CIRCLE_TOKEN={V}", _hex(rng, 40))
    add("travis_token", "shell", f'travis login --pro --github-token {crc_token(rng, "ghp_")}\ncurl -H "Authorization: token {V}" https://api.travis-ci.com/user', _s(rng, ALNUM, 22))
    add("buildkite_token", "yaml", f"env:\n  BUILDKITE_API_TOKEN: {V}\n", "bkua_" + _hex(rng, 40))
    add("buildkite_agent_token", "shell", f"buildkite-agent start --token {V}", _hex(rng, 50))

    add("slack_bot_token", "python", f'client = WebClient(token="{V}")', f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}-{_s(rng, ALNUM, 24)}")
    add("slack_user_token", "chat", f"hey can you try with my token {V} and tell me if the export works", f"xoxp-{rng.randint(10**10, 10**12)}-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}-{_hex(rng, 32)}")
    add("slack_webhook", "yaml", f"alerting:\n  slack_url: {V}\n", f"https://hooks.slack.com/services/T{_s(rng, UPHEX[:10] + 'ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}/B{_s(rng, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}/{_s(rng, ALNUM, 24)}")
    add("slack_app_token", "env", f"SLACK_APP_TOKEN={V}", f"xapp-1-A{_s(rng, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}-{rng.randint(10**12, 10**13)}-{_hex(rng, 64)}")
    discord_id = str(rng.randint(10**17, 10**18))
    add("discord_bot_token", "python", f"bot.run('{V}')", _b64(discord_id.encode(), url=True) + "." + _s(rng, B64URL, 6) + "." + _s(rng, B64URL, 38))
    add("discord_webhook", "json", f'{{"notify": {{"discord": "{V}"}}}}', f"https://discord.com/api/webhooks/{rng.randint(10**17, 10**18)}/{_s(rng, B64URL, 68)}")
    add("telegram_bot_token", "shell", f'curl -s "https://api.telegram.org/bot{V}/sendMessage?chat_id=-100422&text=deploy+done"', f"{rng.randint(10**9, 8 * 10**9)}:AA{_s(rng, B64URL, 33)}")
    add("telegram_bot_token", "env", f"TELEGRAM_TOKEN={V}", f"{rng.randint(10**8, 10**9)}:AA{_s(rng, B64URL, 33)}")

    add("stripe_live_secret", "python", f'stripe.api_key = "{V}"', "sk_live_51" + _s(rng, ALNUM, 97))
    add("stripe_restricted", "env", f"STRIPE_KEY={V}", "rk_live_51" + _s(rng, ALNUM, 97))
    add("stripe_webhook_secret", "yaml", f"stripe:\n  webhook_secret: {V}\n", "whsec_" + _s(rng, ALNUM, 32))
    add("braintree_access_token", "env", f"BRAINTREE_TOKEN={V}", f"access_token$production${_s(rng, string.ascii_lowercase + string.digits, 16)}${_hex(rng, 32)}")
    add("paypal_client_secret", "json", f'{{"paypal": {{"client_id": "A{_s(rng, B64URL, 79)}", "secret": "{V}"}}}}', "E" + _s(rng, B64URL, 79))
    add("square_access_token", "shell", f"curl https://connect.squareup.com/v2/locations -H 'Square-Version: 2024-10-17' -H 'Authorization: Bearer {V}'", "EAAA" + _s(rng, B64URL, 60))
    add("square_oauth_secret", "env", f"SQUARE_APP_SECRET={V}", "sq0csp-" + _s(rng, B64URL, 43))

    add("openai_project_key", "env", f"OPENAI_API_KEY={V}", "sk-proj-" + _s(rng, B64URL, 74) + "T3BlbkFJ" + _s(rng, B64URL, 74))
    add("openai_project_key", "python", f'client = OpenAI(api_key="{V}")', "sk-proj-" + _s(rng, B64URL, 156))
    add("openai_service_account", "chat", f"use this one for the batch job: {V} (service account, do not share)", "sk-svcacct-" + _s(rng, B64URL, 74) + "T3BlbkFJ" + _s(rng, B64URL, 74))
    add("openai_legacy_key", "js", f"const openai = new OpenAI({{ apiKey: '{V}' }});", "sk-" + _s(rng, ALNUM, 20) + "T3BlbkFJ" + _s(rng, ALNUM, 20))
    add("anthropic_api_key", "shell", f'curl https://api.anthropic.com/v1/messages -H "x-api-key: {V}" -H "anthropic-version: 2023-06-01"', "sk-ant-api03-" + _s(rng, B64URL, 93) + "AA")
    add("anthropic_api_key", "log", f"anthropic.AuthenticationError: Error code: 401 - invalid x-api-key (key={V})", "sk-ant-api03-" + _s(rng, B64URL, 93) + "AA")
    add("anthropic_admin_key", "env", f"ANTHROPIC_ADMIN_KEY={V}", "sk-ant-admin01-" + _s(rng, B64URL, 93) + "AA")
    add("huggingface_token", "shell", f"$ huggingface-cli login --token {V}", "hf_" + _s(rng, string.ascii_letters, 34))
    add("huggingface_token", "python", f'pipe = pipeline("text-generation", model="org/m", token="{V}")', "hf_" + _s(rng, string.ascii_letters, 34))
    add("groq_api_key", "env", f"GROQ_API_KEY={V}", "gsk_" + _s(rng, ALNUM, 52))
    add("mistral_api_key", "python", f'client = Mistral(api_key="{V}")', _s(rng, ALNUM, 32))
    add("cohere_api_key", "env", f"COHERE_API_KEY={V}", _s(rng, ALNUM, 40))
    add("replicate_token", "shell", f"export REPLICATE_API_TOKEN={V}", "r8_" + _s(rng, ALNUM, 37))
    add("google_ai_key", "go", f'client, err := genai.NewClient(ctx, option.WithAPIKey("{V}"))', "AIza" + _s(rng, B64URL, 35))

    add("postgres_uri", "env", f"DATABASE_URL=postgres://app_rw:{V}@db-prod.internal:5432/orders?sslmode=require", _s(rng, ALNUM, 24))
    add("mysql_uri", "python", f'engine = create_engine("mysql+pymysql://report:{V}@10.20.3.4:3306/analytics")', _s(rng, ALNUM + "!#%", 18))
    add("mongodb_uri", "log", f"pymongo.errors.ServerSelectionTimeoutError: mongodb+srv://admin:{V}@cluster0.ab1cd.mongodb.net/?retryWrites=true timed out", _s(rng, ALNUM, 16))
    add("redis_uri", "yaml", f"cache:\n  url: redis://default:{V}@redis-14022.c1.eu-west-1.cloud.redislabs.com:14022/0\n", _s(rng, ALNUM, 32))
    add("jdbc_password", "properties", f"spring.datasource.url=jdbc:postgresql://db:5432/shop\nspring.datasource.username=shop\nspring.datasource.password={V}\n", _s(rng, ALNUM + "@$", 20))
    add("mssql_connection", "csharp", f'var cs = "Server=tcp:sql-prod.database.windows.net,1433;Database=crm;User ID=crmadmin;Password={V};Encrypt=True;";', _s(rng, ALNUM + "!", 16))

    add("npm_token", "npmrc", f"//registry.npmjs.org/:_authToken={V}\n", crc_token(rng, "npm_"))
    add("pypi_token", "ini", f"[pypi]\n  username = __token__\n  password = {V}\n", "pypi-AgEIcHlwaS5vcmc" + _s(rng, B64URL, 150))
    add("nuget_api_key", "shell", f"dotnet nuget push pkg.1.4.0.nupkg --api-key {V} --source https://api.nuget.org/v3/index.json", "oy2" + _s(rng, string.ascii_lowercase + string.digits, 43))
    add("rubygems_api_key", "yaml", f"---\n:rubygems_api_key: {V}\n", "rubygems_" + _hex(rng, 48))
    add("dockerhub_pat", "shell", f"echo {V} | docker login -u ci-bot --password-stdin", "dckr_pat_" + _s(rng, B64URL, 27))
    add("dockerhub_pat", "dockerfile", f"FROM python:3.12-slim\nARG REG_TOKEN={V}\nRUN pip install --index-url https://ci:$REG_TOKEN@pkgs.example.com/simple app\n", "dckr_pat_" + _s(rng, B64URL, 27))

    add("twilio_auth_token", "python", f'client = Client("AC{_hex(rng, 32)}", "{V}")', _hex(rng, 32))
    add("twilio_api_key", "env", f"TWILIO_API_KEY={V}\nTWILIO_API_SECRET={_s(rng, ALNUM, 32)}\n", "SK" + _hex(rng, 32))
    add("sendgrid_key", "env", f"SENDGRID_API_KEY={V}", "SG." + _s(rng, B64URL, 22) + "." + _s(rng, B64URL, 43))
    add("mailgun_key", "shell", f"curl -s --user 'api:{V}' https://api.mailgun.net/v3/mg.example.com/messages", f"{_hex(rng, 32)}-{_hex(rng, 8)}-{_hex(rng, 8)}")
    add("mailgun_key", "python", f'MAILGUN_KEY = "{V}"', "key-" + _hex(rng, 32))
    add("shopify_token", "env", f"SHOPIFY_ACCESS_TOKEN={V}", "shpat_" + _hex(rng, 32))
    add("shopify_shared_secret", "json", f'{{"shopify": {{"api_secret": "{V}"}}}}', "shpss_" + _hex(rng, 32))
    add("atlassian_api_token", "shell", f"curl -u ops@example.com:{V} https://acme.atlassian.net/rest/api/3/myself", "ATATT3xFfGF0" + _s(rng, B64URL, 170) + "=" + _s(rng, UPHEX, 8))
    add("datadog_api_key", "yaml", f"datadog:\n  api_key: {V}\n  site: datadoghq.eu\n", _hex(rng, 32))
    add("datadog_app_key", "env", f"DD_API_KEY={_hex(rng, 32)}\nDD_APP_KEY={V}\n", _hex(rng, 40))
    add("newrelic_user_key", "env", f"NEW_RELIC_API_KEY={V}", "NRAK-" + _s(rng, string.ascii_uppercase + string.digits, 27))
    add("newrelic_license_key", "yaml", f"common: &default_settings\n  license_key: '{V}'\n  app_name: billing\n", _hex(rng, 36) + "NRAL")
    add("sentry_dsn", "python", f'sentry_sdk.init(dsn="{V}", traces_sample_rate=0.2)', f"https://{_hex(rng, 32)}@o{rng.randint(10**5, 10**6)}.ingest.us.sentry.io/{rng.randint(10**6, 10**7)}")
    add("sentry_auth_token", "env", f"SENTRY_AUTH_TOKEN={V}", "sntryu_" + _hex(rng, 64))
    add("sentry_org_token", "ci_log", f"+ sentry-cli --auth-token {V} releases new 4.2.1", "sntrys_" + _b64(json.dumps({"iat": 1731000000, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "acme"}).encode()) + "_" + _s(rng, B64URL, 43))
    add("notion_token", "js", f"const notion = new Client({{ auth: '{V}' }});", "secret_" + _s(rng, ALNUM, 43))
    add("notion_token", "env", f"NOTION_TOKEN={V}", "ntn_" + _s(rng, string.digits, 11) + _s(rng, ALNUM, 35))
    add("linear_api_key", "shell", f"curl -X POST https://api.linear.app/graphql -H 'Authorization: {V}' -d '{{\"query\": \"{{ viewer {{ id }} }}\"}}'", "lin_api_" + _s(rng, ALNUM, 40))
    add("doppler_token", "dockerfile", f"FROM node:20\nENV DOPPLER_TOKEN={V}\nRUN doppler run -- npm run build\n", "dp.pt." + _s(rng, ALNUM, 43))
    add("vault_token", "shell", f"$ export VAULT_ADDR=https://vault.internal:8200\n$ vault login {V}", "hvs." + _s(rng, B64URL, 24))
    add("vault_token", "log", f"2026-11-28T02:11:09Z [INFO] agent: renewed token: X-Vault-Token={V}", "hvs.CAESI" + _s(rng, B64URL, 86))
    add("onepassword_service_token", "yaml", f"env:\n  OP_SERVICE_ACCOUNT_TOKEN: {V}\n", "ops_eyJ" + _s(rng, B64URL, 300))
    add("pulumi_token", "ci_log", f"Run pulumi/actions@v5\n  env:\n    PULUMI_ACCESS_TOKEN: {V}\n", "pul-" + _hex(rng, 40))
    add("terraform_cloud_token", "hcl", f'credentials "app.terraform.io" {{\n  token = "{V}"\n}}\n', _s(rng, ALNUM, 14) + ".atlasv1." + _s(rng, ALNUM, 67))
    add("heroku_api_key", "env", f"HEROKU_API_KEY={V}", "HRKU-AA" + _s(rng, B64URL, 58))
    add("digitalocean_token", "shell", f"doctl auth init --access-token {V}", "dop_v1_" + _hex(rng, 64))
    add("cloudflare_api_token", "env", f"CLOUDFLARE_API_TOKEN={V}", _s(rng, B64URL, 40))
    add("grafana_service_token", "yaml", f"grafana:\n  token: {V}\n", "glsa_" + _s(rng, ALNUM, 32) + "_" + _hex(rng, 8))
    add("figma_token", "env", f"FIGMA_TOKEN={V}", "figd_" + _s(rng, B64URL, 40))
    add("postman_api_key", "shell", f"curl -H 'X-Api-Key: {V}' https://api.getpostman.com/collections", f"PMAK-{_hex(rng, 24)}-{_hex(rng, 34)}")

    add("jwt", "shell", f"curl -H 'Authorization: Bearer {V}' https://api.example.com/v1/admin/users", jwt(rng))
    add("jwt", "log", f'127.0.0.1 - - [28/Nov/2026:03:10:44 +0000] "GET /api/me?access_token={V} HTTP/1.1" 200 512', jwt(rng))
    add("jwt", "chat", f"Here's the session cookie from my browser if you need to reproduce: {V}", jwt(rng))
    add("rsa_private_key", "file", f"{V}\n", pem(rng, "RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100"), 1192))
    add("ec_private_key", "yaml", "tls:\n  key: |\n    " + V + "\n", pem(rng, "EC PRIVATE KEY", bytes.fromhex("307702010104"), 121).replace("\n", "\n    "))
    add("openssh_private_key", "chat", f"here's the deploy key, paste it into ~/.ssh/id_ed25519:\n{V}", pem(rng, "OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519", 300))
    add("pgp_private_key", "email", f"Subject: backup key\n\nAttached inline as requested.\n\n{V}\n", pem(rng, "PGP PRIVATE KEY BLOCK", b"\x95\x03\xc6\x04", 900).replace("-----\n", "-----\n\n", 1))
    add("pkcs8_encrypted_key", "file", f"{V}\n", pem(rng, "ENCRYPTED PRIVATE KEY", bytes.fromhex("308205"), 1300))

    add("generic_password", "env", f"DB_PASSWORD={V}", _s(rng, ALNUM, 18))
    add("generic_password", "yaml", f"smtp:\n  host: mail.example.net\n  user: noreply\n  password: \"{V}\"\n", _s(rng, ALNUM + "!@#$%^&*", 16))
    add("generic_password", "python", f'conn = psycopg2.connect(host="db", user="etl", password="{V}")', _s(rng, ALNUM + "_-", 20))
    add("generic_secret", "yaml", f"app:\n  secret_key: {V}\n", _s(rng, B64URL, 50))
    add("generic_secret", "python", f"SECRET_KEY = '{V}'", "django-insecure-" + _s(rng, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50))
    add("generic_token", "json", f'{{"api": {{"base_url": "https://partner.example.com", "token": "{V}"}}}}', _s(rng, ALNUM, 40))
    add("generic_api_key", "go", f'const apiKey = "{V}"', _s(rng, ALNUM, 32))
    add("generic_password", "chat", f"Le mot de passe du serveur de recette est {V} — ne le partage pas.", _s(rng, ALNUM, 14), "fr")
    add("generic_password", "chat", f"Das Passwort für den Admin-Zugang lautet: {V}", _s(rng, ALNUM + "!", 12), "de")
    add("generic_password", "shell", f"$ mysql -u root -p{V} -h 127.0.0.1 prod", _s(rng, ALNUM, 14))
    add("generic_password", "shell", f"$ sshpass -p '{V}' ssh deploy@10.0.4.12", _s(rng, ALNUM + "#!", 15))
    add("generic_client_secret", "env", f"OAUTH_CLIENT_ID={_uuid(rng)}\nOAUTH_CLIENT_SECRET={V}\n", _s(rng, ALNUM, 40))
    add("basic_auth_url", "yaml", f"pip:\n  extra-index-url: https://build:{V}@pypi.internal.example.com/simple\n", _s(rng, ALNUM, 20))
    add("basic_auth_url", "log", f"fatal: unable to access 'https://deploy:{V}@git.example.org/ops/site.git/': Could not resolve host", _s(rng, ALNUM, 16))
    add("basic_auth_header", "shell", f"curl -H 'Authorization: Basic {V}' https://registry.example.com/v2/_catalog", _b64(f"admin:{_s(rng, ALNUM, 16)}".encode()))
    add("k8s_secret_base64", "yaml", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  username: {_b64(b'orders')}\n  password: {V}\n", _b64(_s(rng, ALNUM, 20).encode()))
    add("docker_config_auth", "json", f'{{"auths": {{"https://index.docker.io/v1/": {{"auth": "{V}"}}}}}}', _b64(f"ci-bot:{_s(rng, ALNUM, 20)}".encode()))
    add("stacktrace_password", "log", f'Traceback (most recent call last):\n  File "/app/db.py", line 41, in connect\n    return pg.connect(dsn)\npsycopg2.OperationalError: connection to server failed: FATAL: password authentication failed for user "svc" (dsn: host=db user=svc password={V} dbname=core)', _s(rng, ALNUM, 18))
    add("github_classic_pat", "ci_log", f"2026-11-28T03:01:12.4411Z ##[debug]Evaluating: secrets.DEPLOY_TOKEN\n2026-11-28T03:01:12.4413Z ##[debug]Result: '{V}'", crc_token(rng, "ghp_"))
    add("slack_bot_token", "email", f"Hi Sam,\n\nfor the on-call bot please use {V} until we rotate next week.\n\nThanks,\nMaria", f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}-{_s(rng, ALNUM, 24)}")

    add("bip39_seed_phrase", "chat", f"my wallet recovery phrase is: {V} — is it safe to import it into the new app?", bip39(rng, 12))
    add("bip39_seed_phrase", "file", f"# backup 2024\n{V}\n", bip39(rng, 24))
    add("bitcoin_wif", "python", f'key = Key("{V}")', wif(rng))
    add("bitcoin_xprv", "json", f'{{"wallet": "cold-2", "xprv": "{V}"}}', xprv(rng))
    add("ethereum_private_key", "env", f"DEPLOYER_PRIVATE_KEY=0x{V}", _hex(rng, 64))
    return out


def secret_negatives(seed: int = 2602) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []

    def neg(category: str, text: str, lang: str = "en", context: str = "doc") -> None:
        out.append(Case(f"p26-secrets-neg-{len(out)}", text, "negative", "secrets", category, lang, context))

    for text in [
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "export ANTHROPIC_API_KEY=<your-api-key>",
        "api_key: ${API_KEY}",
        'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
        "DB_PASSWORD=changeme",
        "password: ********",
        "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        'stripe.api_key = "sk_test_your_secret_key_here"',
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "token: {{ .Values.apiToken }}",
        "password = os.getenv('DB_PASSWORD', '')",
        "Set `HF_TOKEN` to your Hugging Face access token (it starts with `hf_`).",
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb",
        "redis://localhost:6379/0",
        "Replace <PASSWORD> with the password for the admin user.",
        "secret: REPLACE_ME",
        "api_key = 'YOUR_API_KEY'",
        "Authorization: Bearer <token>",
        "password: {{ vault \"secret/data/db\" \"password\" }}",
        "export VAULT_TOKEN=$(vault print token)",
        "PASSWORD=${{ secrets.DB_PASSWORD }}",
        "The key must be at least 32 characters; never commit it to git.",
        "MY_SECRET=dummy",
        "password=password123  # local docker only, see README",
        "token = 'test-token'",
        "api_key=null",
        "SECRET_KEY=\"\"",
        "Your token looks like sk-ant-api03-... and is shown only once.",
    ]:
        neg("placeholder", text, context=rng.choice(["env", "doc", "yaml"]))
    for _ in range(4):
        neg("sha256", f"sha256:{_hex(rng, 64)}  dist/app-4.2.1.tar.gz", context="log")
    for _ in range(3):
        neg("git_commit", f"commit {_hex(rng, 40)}\nAuthor: Dana Ito <dana@example.com>\n\n    fix flaky retry test", context="log")
    neg("git_commit", f"Merged in {_hex(rng, 7)}..{_hex(rng, 7)} main -> main", context="log")
    neg("sha1", f"SHA1 Fingerprint={':'.join(_s(rng, UPHEX, 2) for _ in range(20))}", context="log")
    neg("md5", f"MD5 ({'report.pdf'}) = {_hex(rng, 32)}", context="shell")
    neg("docker_digest", f"docker pull nginx@sha256:{_hex(rng, 64)}", context="shell")
    neg("docker_image_id", f"REPOSITORY   TAG     IMAGE ID       CREATED\nweb          latest  {_hex(rng, 12)}   2 days ago", context="shell")
    for _ in range(4):
        neg("uuid", f"request_id={_uuid(rng)} status=200 duration_ms={rng.randint(5, 900)}", context="log")
    neg("uuid", f'{{"tenant_id": "{_uuid(rng)}", "region": "westeurope"}}', context="json")
    neg("uuid", f"https://portal.example.com/orders/{_uuid(rng)}/invoice", context="url")
    neg("base64_image", f'<img src="data:image/png;base64,{_b64(PNG_MAGIC + rng.randbytes(180))}" alt="logo">', context="html")
    neg("base64_font", f"@font-face {{ src: url(data:font/woff2;base64,{_b64(b'wOF2' + rng.randbytes(120))}) }}", context="css")
    neg("ssh_public_key", f"ssh-ed25519 {_b64(SSH_ED25519 + rng.randbytes(32))} dana@laptop", context="file")
    neg("ssh_public_key", f"ssh-rsa {_b64(SSH_RSA + rng.randbytes(256))} ci@build", context="file")
    neg("public_key_pem", pem(rng, "PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100"), 294), context="file")
    neg("certificate", pem(rng, "CERTIFICATE", bytes.fromhex("3082030d308201f5a003020102"), 780), context="file")
    neg("pgp_public_key", pem(rng, "PGP PUBLIC KEY BLOCK", b"\x99\x01\x0d\x04", 400).replace("-----\n", "-----\n\n", 1), context="file")
    neg("stripe_publishable", f"const stripe = Stripe('pk_live_51{_s(rng, ALNUM, 97)}');", context="js")
    neg("test_fixture", "def test_rejects_bad_token():\n    assert not verify('sk_test_fake_not_real_0000')", context="python")
    neg("test_fixture", 'FAKE_JWT = "header.payload.signature"  # used by the parser tests', context="python")
    neg("test_fixture", "fixtures:\n  user: alice\n  password: test\n", context="yaml")
    for _ in range(3):
        neg("integrity", f'"integrity": "sha512-{_b64(rng.randbytes(64))}"', context="json")
    neg("integrity", f'<script src="https://cdn.example.com/lib.min.js" integrity="sha384-{_b64(rng.randbytes(48))}" crossorigin="anonymous"></script>', context="html")
    neg("lockfile", f'[[package]]\nname = "serde"\nversion = "1.0.215"\nchecksum = "{_hex(rng, 64)}"', context="toml")
    neg("lockfile", f"requests==2.32.3 \\\n    --hash=sha256:{_hex(rng, 64)}", context="txt")
    neg("go_sum", f"golang.org/x/net v0.31.0 h1:{_b64(rng.randbytes(32))}", context="txt")
    for _ in range(3):
        neg("url_id", f"https://www.youtube.com/watch?v={_s(rng, B64URL, 11)}", context="chat")
    neg("url_id", f"https://docs.google.com/document/d/{_s(rng, B64URL, 44)}/edit", context="chat")
    neg("url_id", f"https://drive.example.com/share/{_s(rng, ALNUM, 22)}", context="chat")
    neg("url_id", f"tracking link: https://track.example.com/p/{_s(rng, ALNUM, 16)}", context="email")
    neg("css_colour", ".btn-primary { color: #1f2937; background: #3b82f6; border-color: #2563eb; }", context="css")
    neg("css_colour", "--brand: #ff6a00ff; --muted: #9ca3af;", context="css")
    neg("version", "Release v4.12.0-rc.3+build.20261128 is out", context="doc")
    neg("version", "node v20.11.1, npm 10.2.4, python 3.12.7", context="log")
    neg("version", "__version__ = '2.31.0'", context="python")
    neg("ids", f"Order #{rng.randint(10**7, 10**8)} shipped; invoice INV-2026-{rng.randint(1000, 9999)}", context="email")
    neg("ids", f"trace_id={_hex(rng, 32)} span_id={_hex(rng, 16)}", context="log")
    neg("ids", f"arn:aws:iam::{rng.randint(10**11, 10**12)}:role/deploy-role", context="yaml")
    neg("ids", f"ami-{_hex(rng, 17)} i-{_hex(rng, 17)} sg-{_hex(rng, 17)}", context="log")
    neg("ids", f"Stripe customer cus_{_s(rng, ALNUM, 14)} paid invoice in_{_s(rng, ALNUM, 24)}", context="log")
    neg("ids", f"pi_{_s(rng, ALNUM, 24)} succeeded", context="log")
    neg("ids", f"Slack channel C{_s(rng, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}, user U{_s(rng, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 10)}", context="log")
    neg("ids", f"AWS access key id prefix is AKIA; the one in the ticket was rotated (ticket SEC-{rng.randint(100, 999)}).", context="chat")
    neg("ids", f"GCP project: billing-prod-4411, service account exporter@billing-prod-4411.iam.gserviceaccount.com, key id {_hex(rng, 40)}", context="chat")
    neg("ids", "mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0", context="yaml")
    neg("ids", f"postgres://{_s(rng, string.ascii_lowercase, 6)}@db.internal:5432/app", context="env")
    neg("bitcoin_address", f"Donations: bc1q{_s(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)}", context="doc")
    neg("ethereum_address", f"send to 0x{_hex(rng, 40)} on mainnet", context="chat")
    neg("ethereum_txhash", f"tx 0x{_hex(rng, 64)} confirmed in block {rng.randint(18_000_000, 21_000_000)}", context="log")
    neg("prose_words", "Write down twelve words on paper and keep them offline; never type your recovery phrase into a website.", context="doc")
    neg("prose_words", "abandon the plan, ability matters, able to absorb abstract absurd abuse access accident account", context="doc")
    neg("docs_example", "Example: `curl -H \"Authorization: Bearer $TOKEN\" https://api.example.com`", context="doc")
    neg("docs_example", "# e.g. export GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx", context="shell")
    neg("docs_example", "The DSN has the form https://<key>@<org>.ingest.sentry.io/<project>.", context="doc")
    neg("docs_example", "jwt = header + '.' + payload + '.' + signature", context="python")
    neg("k8s_config", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: YmV0YS11aSxuZXctY2hlY2tvdXQ=\n", context="yaml")
    neg("encoded_plain", f"cursor={_b64(json.dumps({'offset': rng.randint(100, 900), 'limit': 50}).encode())}", context="url")
    neg("random_names", f"bucket: logs-{_hex(rng, 8)}-eu; cluster: gke-prod-{_hex(rng, 6)}", context="yaml")
    neg("password_policy", "Passwords must contain at least 12 characters, one digit and one symbol.", context="doc")
    neg("password_reset", "Click the link below to reset your password. The link expires in 30 minutes.", context="email")
    neg("token_count", "prompt_tokens=1532 completion_tokens=287 total_tokens=1819", context="log")
    neg("token_limit", "max_tokens: 4096\ntemperature: 0.2\n", context="yaml")
    neg("hash_words", "bcrypt cost 12 applied; stored hash begins with $2b$12$ (truncated in logs)", context="log")
    neg("csp_nonce", f"Content-Security-Policy: script-src 'nonce-{_b64(rng.randbytes(16))}'", context="log")
    neg("etag", f'ETag: "{_hex(rng, 32)}"', context="log")
    neg("etag", f'ETag: W/"{rng.randint(10, 99)}-{_s(rng, B64URL, 27)}"', context="log")
    neg("session_flag", "Set-Cookie: theme=dark; Path=/; SameSite=Lax", context="log")
    neg("random_seed", f"random_seed = {rng.randint(10**8, 10**9)}", context="python")
    neg("color_hex", "palette = ['#e6194b', '#3cb44b', '#ffe119', '#4363d8']", context="python")
    neg("doi", "doi:10.1038/s41586-020-2649-2", context="doc")
    neg("model_name", "model: claude-sonnet-4-5-20250929 / gpt-4o-2024-08-06", context="yaml")
    return out


PHONE_REGIONS = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BR", "IN", "JP", "CN", "KR", "MX", "AU", "CA", "TR", "PL", "SE", "ZA", "NG", "EG", "AE", "PH", "IL"]
PHONE_CARRIERS = [
    ("en", "Call me on {v} after six."),
    ("en", "Customer phone: {v}"),
    ("de", "Sie erreichen mich unter {v}."),
    ("fr", "Mon numéro est le {v}, rappelez-moi demain."),
    ("es", "Llámame al {v} cuando llegues."),
    ("it", "Il mio cellulare è {v}."),
    ("pt", "Meu telefone: {v}"),
    ("nl", "Bel me gerust op {v}."),
]


def pii_positives(seed: int = 2603) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []

    def add(kind: str, template: str, value: str, lang: str = "en", context: str = "chat") -> None:
        start = template.index(V)
        text = template.replace(V, value)
        out.append(Case(f"p26-pii-{kind}-{len(out)}", text, "positive", "pii", kind, lang, context, kind, (start, start + len(value))))

    for lang, template, value in [
        ("en", "Send the contract to {v} by Friday.", "maria.gonzalez@acme-corp.com"),
        ("en", "reply-to: {v}", "j.smith+invoices@mail.example.co.uk"),
        ("de", "Bitte schreiben Sie an {v}.", "k.mueller@verwaltung.stadt-ulm.de"),
        ("fr", "Mon adresse : {v}", "chloe_dupont92@orange.fr"),
        ("es", "Escríbeme a {v} si tienes dudas.", "lucia.fdez@correo.ugr.es"),
        ("en", "user {v} logged in from a new device", "devops-alerts@eu.mail.corp.nordwind-logistik.net"),
        ("de", "Kontakt: {v}", "jürgen.weiß@müller-bau.de"),
        ("en", "Forward it to {v}.", "info@例え.jp"),
        ("en", '{"email": "{v}", "plan": "pro"}', "t.nguyen.1987@gmail.com"),
        ("pt", "O e-mail dela é {v}.", "ana.souza+newsletter@uol.com.br"),
    ]:
        add("email", template, value, lang)
    for i, region in enumerate(PHONE_REGIONS):
        lang, template = PHONE_CARRIERS[i % len(PHONE_CARRIERS)]
        add("phone_national", template, phone(rng, region, i % 2 == 0, phonenumbers.PhoneNumberFormat.NATIONAL), lang)
        lang, template = PHONE_CARRIERS[(i + 3) % len(PHONE_CARRIERS)]
        add("phone_international", template, phone(rng, region, i % 2 == 1, phonenumbers.PhoneNumberFormat.INTERNATIONAL), lang)
    add("phone_e164", '{"to": "{v}", "body": "Your code is ready"}', phone(rng, "US", True, phonenumbers.PhoneNumberFormat.E164), context="json")
    add("phone_e164", "SMS gesendet an {v}", phone(rng, "DE", True, phonenumbers.PhoneNumberFormat.E164), "de")
    for issuer, prefix, length, grouping in [
        ("visa", "4", 16, (4, 4, 4, 4)), ("mastercard", "5" + str(rng.randint(1, 5)), 16, (4, 4, 4, 4)), ("mastercard", "2221", 16, (4, 4, 4, 4)),
        ("amex", rng.choice(["34", "37"]), 15, (4, 6, 5)), ("discover", "6011", 16, (4, 4, 4, 4)), ("jcb", "35" + str(rng.randint(28, 89)), 16, (4, 4, 4, 4)),
        ("diners", "36", 14, (4, 6, 4)), ("unionpay", "62", 16, (4, 4, 4, 4)),
    ]:
        number = card(rng, prefix, length)
        add(f"card_{issuer}", "Card number: {v}, exp 09/28", _group(number, grouping, " "))
        add(f"card_{issuer}", rng.choice(["Bitte belasten Sie die Karte {v}.", "Paga con la tarjeta {v} por favor.", "charge {v} for the renewal"]), _group(number, grouping, "-") if rng.random() < 0.5 else number)
    for country, lang, template in [
        ("DE", "de", "IBAN: {v}, BIC COBADEFFXXX"), ("FR", "fr", "Merci de virer le montant sur {v}."), ("ES", "es", "Mi cuenta es {v}"),
        ("IT", "it", "Bonifico sul conto {v} intestato a Rossi."), ("NL", "nl", "Rekeningnummer {v} t.n.v. J. de Vries"), ("BE", "fr", "Compte : {v}"),
        ("GB", "en", "Please pay into {v} (sort code in the IBAN)."), ("CH", "de", "Überweisung an {v}"), ("AT", "de", "Kontoverbindung {v}"),
        ("PL", "en", "Bank account (PL): {v}"), ("PT", "pt", "O meu IBAN é {v}."), ("SE", "en", "IBAN {v}"), ("IE", "en", "account {v}"), ("DK", "en", "Payment to {v}"),
    ]:
        add(f"iban_{country.lower()}", template, iban(rng, country), lang)
    add("iban_de", "iban=" + V + "&amount=120.00", iban(rng, "DE").replace(" ", ""), context="url")
    for template in ["My SSN is {v}.", "SSN: {v}", "ssn={v}&dob=1984-03-12", "The applicant's social security number, {v}, was verified."]:
        add("us_ssn", template, ssn(rng))
    add("es_dni", "Mi DNI es {v}.", dni(rng), "es")
    add("es_dni", "DNI: {v}", dni(rng), "es")
    add("es_nie", "NIE del trabajador: {v}", nie(rng), "es")
    add("it_codice_fiscale", "Codice fiscale: {v}", codice_fiscale(rng), "it")
    add("it_codice_fiscale", "Il mio codice fiscale è {v}, grazie.", codice_fiscale(rng), "it")
    add("br_cpf", "Meu CPF é {v}.", cpf(rng), "pt")
    add("br_cpf", "CPF: {v}", cpf(rng).replace(".", "").replace("-", ""), "pt")
    add("nl_bsn", "Mijn BSN is {v}.", bsn(rng), "nl")
    add("nl_bsn", "burgerservicenummer: {v}", bsn(rng), "nl")
    add("fr_nir", "Numéro de sécurité sociale : {v}", nir(rng), "fr")
    add("fr_nir", "NIR {v}", nir(rng).replace(" ", ""), "fr")
    add("in_aadhaar", "My Aadhaar number is {v}.", aadhaar(rng))
    add("in_aadhaar", "Aadhaar: {v}", aadhaar(rng).replace(" ", ""))
    add("cn_resident_id", "身份证号码：{v}", china_id(rng), "zh")
    add("cn_resident_id", "ID card no. {v}", china_id(rng))
    add("kr_rrn", "주민등록번호: {v}", korean_rrn(rng), "ko")
    add("kr_rrn", "RRN {v}", korean_rrn(rng))
    add("pl_pesel", "Mój PESEL to {v}.", pesel(rng), "pl")
    add("pl_pesel", "PESEL: {v}", pesel(rng), "pl")
    add("se_personnummer", "Mitt personnummer är {v}.", personnummer(rng), "sv")
    add("se_personnummer", "personnummer: {v}", personnummer(rng), "sv")
    for template in ["ssh admin@{v}", "Failed password for root from {v} port 52144 ssh2", "Meine IP-Adresse ist {v}.", '{"client_ip": "{v}"}']:
        add("ipv4", template, f"{rng.choice([81, 92, 178, 203, 37])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", context="log")
    for template in ["connection from {v} refused", "Mi dirección IPv6 es {v}", "X-Forwarded-For: {v}"]:
        add("ipv6", template, ipv6(rng), context="log")
    return out


def pii_negatives(seed: int = 2604) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []

    def neg(category: str, text: str, lang: str = "en", context: str = "doc") -> None:
        out.append(Case(f"p26-pii-neg-{len(out)}", text, "negative", "pii", category, lang, context))

    for _ in range(5):
        neg("order_number", rng.choice(["Order #{n} has shipped.", "Bestellnummer {n}", "Pedido nº {n} confirmado.", "Your order {n} is ready for pickup.", "Commande n° {n}"]).format(n=rng.randint(10**8, 10**10)))
    for _ in range(4):
        neg("invoice", f"Invoice INV-{rng.randint(2020, 2026)}-{rng.randint(10**4, 10**6)} due {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026")
    for _ in range(4):
        neg("date", rng.choice(["Meeting on {d}", "Termin am {d}", "Fecha: {d}", "deadline {d}"]).format(d=f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(10, 30)}"))
    neg("date", "Released 2026-11-28, patched 2026-12-03.")
    for _ in range(4):
        neg("timestamp", f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d}Z worker-{rng.randint(1, 9)} done", context="log")
    neg("timestamp", f"epoch={rng.randint(1_600_000_000, 1_800_000_000)} ms={rng.randint(1_600_000_000_000, 1_800_000_000_000)}", context="log")
    for text in ["Upgrade to version 1.2.3.4 before Monday.", "firmware version 10.0.19045.5131", "Chrome/131.0.6778.86 Safari/537.36", "build 4.18.2.1022 (stable)", "OID 1.3.6.1.4.1.311.21.7", "SNMP OID 1.3.6.1.2.1.1.3.0"]:
        neg("ip_like_version", text)
    for _ in range(5):
        number = card(rng, rng.choice(["4", "51", "37", "6011"]), 16, valid=False)
        neg("card_luhn_fail", rng.choice(["Ref: {n}", "reference {n}", "tracking id {n}", "Paket {n}"]).format(n=_group(number, (4, 4, 4, 4), rng.choice([" ", "-", ""]))))
    for country in ["DE", "FR", "ES", "IT", "NL", "GB"]:
        neg("iban_mod97_fail", f"Dokument-Nr. {iban(rng, country, valid=False)}")
    for isbn in ["ISBN 978-3-16-148410-0", "ISBN-13: 9780306406157", "ISBN 0-306-40615-2", "978-1-4028-9462-6 (paperback)"]:
        neg("isbn", isbn)
    neg("tracking", f"UPS tracking 1Z{_s(rng, string.ascii_uppercase + string.digits, 6)}{rng.randint(10**9, 10**10)}")
    neg("tracking", f"USPS: 9400 1000 0000 0000 {rng.randint(1000, 9999)} {rng.randint(10, 99)}")
    neg("tracking", f"DHL Sendungsnummer JJD{rng.randint(10**17, 10**18)}")
    neg("tracking", f"FedEx {rng.randint(10**11, 10**12)}")
    for text in ["Part no. 555-0142-A7", "SKU 4006381-333931", "Model XR-2200-4815", "Artikelnr. 030 227 114", "Lot 2026 1128 0441", "Product code 800-555-221-B"]:
        neg("product_code", text)
    neg("math", "sum = 3141592653 + 2718281828")
    neg("math", f"checksum {rng.randint(10**9, 10**10)}")
    neg("port_list", "ports 8080, 8443, 9090 and 27017 are open", context="log")
    neg("coordinates", "52.520008, 13.404954 (Berlin)")
    neg("coordinates", "lat=48.8566&lon=2.3522", context="url")
    neg("money", "Total: 1,234,567.89 EUR; tax 234,567.00")
    neg("money", "Umsatz 2025: 12.345.678,90 €", "de")
    neg("uuid", f"id {_uuid(rng)}")
    neg("hash", f"sha1 {_hex(rng, 40)}")
    neg("example_email", "Use the form name@example.com for the address field.")
    neg("email_like", "see package @types/node@20.11.1 and git@github.com:acme/site.git", context="doc")
    neg("email_like", "Decorator @app.route('/users/<id>') handles it", context="python")
    neg("phone_like", "Call 911 or 112 in an emergency.")
    neg("phone_like", "Screen 1920x1080, 60 Hz, 16:9")
    neg("phone_like", "Room 3-114, building 2, floor 5")
    neg("phone_like", "Score 12-34-56 after three rounds")
    neg("phone_like", f"Ticket {rng.randint(100000, 999999)} reopened")
    neg("ssn_like", "Form 1099-MISC and W-2 for 2025")
    neg("ssn_like", "Test SSN 000-12-3456 is never issued; neither is 666-12-3456.")
    neg("id_like", f"Employee no. {rng.randint(10**5, 10**6)}, cost centre {rng.randint(1000, 9999)}")
    neg("id_like", f"Kundennummer {rng.randint(10**6, 10**7)}", "de")
    neg("ip_private_doc", "Set the listen address to 0.0.0.0 and the port to 8080.")
    neg("ip_loopback", "curl http://127.0.0.1:8000/health", context="shell")
    neg("ip_netmask", "netmask 255.255.255.0 broadcast range", context="log")
    neg("ip_v6_loopback", "listening on [::1]:5432", context="log")
    neg("mac_like_time", "elapsed 00:01:23:45 (hh:mm:ss:ff)", context="log")
    neg("prose", "The customer asked for a refund and we sent a new unit instead.")
    neg("prose", "Das Treffen wurde auf nächste Woche verschoben.", "de")
    neg("prose", "El informe trimestral está listo para revisión.", "es")
    neg("legal_ref", "See Article 6(1)(f) GDPR and Regulation (EU) 2016/679.")
    neg("semver", "bump lodash from 4.17.20 to 4.17.21")
    neg("build_number", f"Build #{rng.randint(1000, 9999)} passed in {rng.randint(2, 59)}m", context="log")
    neg("invoice", f"Rechnung Nr. {rng.randint(2025, 2026)}{rng.randint(100000, 999999)}", "de")
    neg("bank_code", "BIC DEUTDEFFXXX, BLZ 500 700 10", "de")
    return out


def cases() -> list[Case]:
    return secret_positives() + secret_negatives() + pii_positives() + pii_negatives()


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
            kinds: Counter[str] = Counter()
            kinds_exact: Counter[str] = Counter()
            for case in cases():
                if case.family != family:
                    continue
                hits = _inspect(guards[family], case, viewer, runner)
                if case.positive:
                    pos += 1
                    found += bool(hits)
                    ok = any(h.span == case.span for h in hits)
                    exact += ok
                    kinds[case.kind] += 1
                    kinds_exact[case.kind] += ok
                    if not ok:
                        shown.append(f"MISS {case.id}: {case.text[:90]!r} -> {[(h.kind, h.span) for h in hits]} want {case.span}")
                else:
                    neg += 1
                    fps += bool(hits)
                    if hits:
                        shown.append(f"FP   {case.id}: {case.text[:90]!r} -> {[(h.kind, case.text[slice(*h.span)] if h.span else None) for h in hits]}")
            sys.stdout.write(f"{family}: {pos} positives, found {found / pos:.3f}, exact {exact / pos:.3f}; "
                             f"{neg} negatives, FPR {fps / neg:.3f}\n")
            missed = sorted(k for k in kinds if kinds_exact[k] < kinds[k])
            sys.stdout.write(f"  kinds {len(kinds)}, all exact in {len(kinds) - len(missed)}; short: " + ", ".join(f"{k} {kinds_exact[k]}/{kinds[k]}" for k in missed) + "\n")
    for line in shown[: args.show]:
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
