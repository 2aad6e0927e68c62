"""The secrets family: three live-looking credentials of every kind in `tokens.SECRET_KINDS`
placed in the places they leak from (`.env` files, code, curl commands, logs, chat,
email, CI files), and hard negatives: the same places holding placeholders, documented
example keys, tokens whose checksum fails, hashes, UUIDs, public keys, data URIs,
JWT-shaped strings that are not JWTs, ordinary identifiers, prose and code about secrets.
"""

# ruff: noqa: E501 -- corpus texts and templates stay one line each, as written

from __future__ import annotations

import base64
import hashlib
import os
import random
import re
import uuid

from tests.corpus import tokens
from tests.corpus.cases import CorpusWriter
from tests.corpus.texts.secrets_negatives import NEGATIVES as HANDWRITTEN
from tests.corpus.tokens import SecretKind

# (context, lang, template): {value} is the secret, {var} its variable, {label} its name
TOKEN_TEMPLATES: list[tuple[str, str, str]] = [
    ("code", "en", "# {label}\nAPP_ENV=production\n{var}={value}\nLOG_LEVEL=info\n"),
    ("code", "en", 'export {var}="{value}"\n'),
    ("code", "en", "services:\n  api:\n    image: acme/api:2.4.1\n    environment:\n      - {var}={value}\n      - PORT=8080\n"),
    ("code", "en", 'import os\n\nclient = Client(\n    token="{value}",  # {label}\n    timeout=30,\n)\n'),
    ("code", "en", '{{\n  "name": "billing-worker",\n  "{var_lower}": "{value}",\n  "retries": 3\n}}'),
    ("tool_result", "en", "2025-03-11T09:14:22.481Z DEBUG http.client send: GET /v1/me HTTP/1.1 | Authorization: Bearer {value} | User-Agent: python-requests/2.32"),
    ("chat", "en", "hey, the deploy is failing again. here's the {label} I'm using: {value} can you see what's wrong?"),
    ("email", "en", "From: ops@acme-corp.com\nTo: alex@freelance-dev.io\nSubject: access for the migration\n\nHi Alex,\n\nHere is the {label} for staging: {value}\nPlease delete this email once you have saved it.\n\nThanks,\nDana"),
    ("code", "en", 'curl -sS https://api.partner-service.com/v1/items \\\n  -H "Authorization: Bearer {value}" \\\n  -H "Content-Type: application/json"'),
    ("tool_result", "en", "$ cat ~/.config/acme/credentials\n[default]\n{var_lower} = {value}\nregion = eu-west-1\n"),
    ("code", "en", 'FROM python:3.11-slim\nENV {var}={value}\nCOPY . /app\nCMD ["python", "-m", "app"]\n'),
    ("code", "en", "      - name: Publish\n        env:\n          {var}: {value}\n        run: ./scripts/publish.sh\n"),
    ("tool_result", "en", 'Traceback (most recent call last):\n  File "sync.py", line 42, in <module>\n    api.login("{value}")\nacme.errors.AuthError: 401 Unauthorized'),
    ("chat", "de", "Kannst du kurz schauen, warum der Upload scheitert? Ich nutze diesen {label}: {value}"),
    ("chat", "fr", "Voici le {label} du compte de test : {value} tu peux essayer de ton côté ?"),
    ("chat", "es", "Te paso el {label} para que pruebes: {value} avísame si funciona."),
    ("code", "en", 'os.environ["{var}"] = "{value}"\nresp = run_pipeline(dataset="sales-2025")\n'),
    ("code", "en", 'provider "acme" {{\n  endpoint = "https://api.acme.io"\n  token    = "{value}"\n}}\n'),
    ("chat", "ja", "このキーで試してもらえますか？ {label}: {value}"),
    ("code_comment", "en", "// temporary until vault is set up, remove before release: {value}\nconst client = new ApiClient(process.env.API_URL);\n"),
]

URL_TEMPLATES: list[tuple[str, str, str]] = [
    ("code", "en", "{var}={value}\nWORKERS=4\n"),
    ("code", "en", 'from sqlalchemy import create_engine\n\nengine = create_engine("{value}", pool_size=5)\n'),
    ("code", "en", "production:\n  url: {value}\n  pool: 10\n"),
    ("chat", "en", "the connection string is {value} if you want to poke at it"),
    ("tool_result", "en", "2025-03-11 09:14:22,481 INFO worker: connecting to {value} (attempt 1/3)"),
    ("email", "en", "Subject: staging access\n\nHi Kim,\n\nYou can post the build results to {value}\n\nCheers,\nLeo"),
]

BLOCK_TEMPLATES: list[tuple[str, str, str]] = [
    ("tool_result", "en", "$ cat deploy/keys/{var_lower}\n{value}\n"),
    ("chat", "en", "here's the key for the build box, paste it into the server:\n{value}"),
    ("email", "en", "Subject: key for the SFTP upload\n\nHi,\n\nAs discussed, the key is below.\n\n{value}\n\nRegards,\nTom"),
    ("code", "en", 'PRIVATE_KEY = """{value}"""\n\nsigner = Signer.from_pem(PRIVATE_KEY)\n'),
]

PHRASE_TEMPLATES: list[tuple[str, str, str]] = [
    ("chat", "en", "I wrote down my recovery phrase, can you check I copied it right? {value}"),
    ("code", "en", 'MNEMONIC="{value}"\nRPC_URL=https://mainnet.infura.io/v3/\n'),
    ("email", "en", "Subject: backup\n\nSeed words for the cold wallet (keep safe!):\n{value}\n"),
    ("tool_result", "en", '{{"wallet": "main", "mnemonic": "{value}", "path": "m/44\'/60\'/0\'/0"}}'),
]

BASIC_TEMPLATES: list[tuple[str, str, str]] = [
    ("code", "en", 'curl -H "Authorization: Basic {value}" https://ci.acme.io/job/deploy/build'),
    ("tool_result", "en", "> GET /api/v2/artifacts HTTP/1.1\n> Host: nexus.acme.io\n> Authorization: Basic {value}\n> Accept: */*"),
    ("code", "en", 'headers = {{"Authorization": "Basic {value}", "Accept": "application/json"}}\n'),
]

PASSWORD_TEMPLATES: list[tuple[str, str, str]] = [
    ("code", "en", "DB_HOST=db.prod.internal\nDB_USER=app\nDB_PASSWORD={value}\n"),
    ("code", "en", "database:\n  host: 10.0.3.12\n  user: reporting\n  password: {value}\n"),
    ("chat", "en", "the admin password for the router is {value} — please change it after you log in"),
    ("code", "en", 'conn = psycopg2.connect(host="db.prod.internal", user="app", password="{value}")\n'),
    ("tool_result", "en", "$ PGPASSWORD='{value}' psql -h db.prod.internal -U app orders\npsql (16.2)\norders=>"),
    ("chat", "de", "Das WLAN-Passwort im Büro ist {value}, bitte nicht weitergeben."),
]

NETRC_TEMPLATES: list[tuple[str, str, str]] = [
    ("tool_result", "en", "$ cat ~/.netrc\nmachine api.acme-git.io\n  login ops@acme-corp.com\n  password {value}\n"),
    ("code", "en", "machine registry.acme.io login ci-bot password {value}\n"),
    ("chat", "en", "I put this in my .netrc but git still asks: machine git.acme.io login dana password {value}"),
]


def templates_for(kind: SecretKind) -> list[tuple[str, str, str]]:
    if kind.kind == "basic_auth_header":
        return BASIC_TEMPLATES
    if kind.kind == "password":
        return PASSWORD_TEMPLATES
    if kind.kind == "netrc_password":
        return NETRC_TEMPLATES
    return {"url": URL_TEMPLATES, "block": BLOCK_TEMPLATES, "phrase": PHRASE_TEMPLATES
            }.get(kind.shape, TOKEN_TEMPLATES)


def fill(template: str, kind: SecretKind, value: str) -> tuple[str, tuple[int, int]]:
    """The template with the value in place, and the value's span."""
    head, _, tail = template.partition("{value}")
    fmt = {"var": kind.var, "var_lower": kind.var.lower(), "label": kind.label}
    head = head.format(**fmt)
    tail = tail.replace("{value}", "").format(**fmt)
    return head + value + tail, (len(head), len(head) + len(value))


def _prefix(kind: SecretKind) -> str:
    """The part every value of the kind starts with (`ghp_`, `xoxb-`, `AKIA`…), found as
    the common start of a few made with a fixed seed; empty for shapeless kinds."""
    rng = random.Random(kind.kind)
    values = [kind.make(rng) for _ in range(4)]
    return os.path.commonprefix(values)


def placeholder(kind: SecretKind, value: str, rng: random.Random) -> str:
    if kind.shape == "block":
        first, last = value.splitlines()[0], value.splitlines()[-1]
        return rng.choice([f"{first}\n...\n{last}", "<paste your private key here>",
                           f"{first}\n<your key>\n{last}"])
    if kind.shape == "url":
        scheme = value.split("://")[0]
        return rng.choice([f"{scheme}://USER:PASSWORD@HOST:PORT/NAME",
                           f"{scheme}://<user>:<password>@localhost/app",
                           f"{scheme}://${{DB_USER}}:${{DB_PASSWORD}}@db/app"])
    if kind.shape == "phrase":
        return rng.choice(["word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 "
                           "word11 word12", "<your 12-word recovery phrase>"])
    generic = [f"<your-{re.sub(r'[^a-z0-9]+', '-', kind.label.lower()).strip('-')}>",
               f"YOUR_{kind.var}", f"${{{kind.var}}}", f"{{{{ secrets.{kind.var} }}}}",
               "********", "REPLACE_ME", "<redacted>"]
    prefix = _prefix(kind)
    if len(prefix) >= 3:
        generic += [prefix + "x" * max(8, len(value) - len(prefix)), prefix + "...",
                    f"{prefix}XXXXXXXXXXXXXXXX"]
    return rng.choice(generic)


def build(out: CorpusWriter, rng: random.Random) -> None:
    for kind in tokens.SECRET_KINDS:
        temps = templates_for(kind)
        picked = rng.sample(temps, 3)
        for context, lang, template in picked:
            value = kind.make(rng)
            text, span = fill(template, kind, value)
            out.add("positives", family="secrets", category=kind.kind, label="positive",
                    text=text, lang=lang, context=context, kind=kind.kind, span=span)
        for context, lang, template in rng.sample(temps, 2):
            text, _ = fill(template, kind, placeholder(kind, kind.make(rng), rng))
            out.add("placeholders", family="secrets", category="placeholder", label="negative",
                    text=text, lang=lang, context=context, kind=kind.kind)
    _checksum_fails(out, rng)
    _look_alikes(out, rng)
    for category, context, text in HANDWRITTEN:
        out.add("negatives", family="secrets", category=category, label="negative", text=text,
                lang="en", context=context)


def _checksum_fails(out: CorpusWriter, rng: random.Random) -> None:
    by_kind = {k.kind: k for k in tokens.SECRET_KINDS}

    def add(kind: SecretKind, value: str) -> None:
        assert not tokens.VALIDATORS[kind.kind](value)
        context, lang, template = rng.choice(templates_for(kind))
        text, span = fill(template, kind, value)
        out.add("checksum_fail", family="secrets", category="checksum_fail", label="negative",
                text=text, lang=lang, context=context, kind=kind.kind, span=span)

    for name in ("github_pat", "github_oauth", "github_user_to_server", "github_server_to_server",
                 "github_refresh", "npm_token"):
        for _ in range(4):
            add(by_kind[name], tokens.break_crc(by_kind[name].make(rng), rng))
    words = tokens.bip39_words()
    for n in (12, 12, 12, 24, 24, 12, 24, 12):
        while True:
            phrase = " ".join(rng.choice(words) for _ in range(n))
            if not tokens.seed_phrase_valid(phrase):
                break
        add(by_kind["seed_phrase"], phrase)
    for _ in range(6):
        wif = tokens.make_wif(rng)
        i = rng.randrange(10, len(wif) - 1)
        add(by_kind["bitcoin_wif_key"], wif[:i] + rng.choice(
            [c for c in tokens.B58 if c != wif[i]]) + wif[i + 1:])
    for _ in range(5):
        key = tokens.make_age_key(rng)
        i = rng.randrange(20, len(key))
        add(by_kind["age_secret_key"], key[:i] + rng.choice(
            [c for c in "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L" if c != key[i]]) + key[i + 1:])


HASH_TEMPLATES = [
    ("tool_result", "$ sha256sum dist/acme-cli-2.4.1-linux-amd64.tar.gz\n{sha256}  dist/acme-cli-2.4.1-linux-amd64.tar.gz"),
    ("tool_result", "$ md5sum backup-2025-03-10.sql.gz\n{md5}  backup-2025-03-10.sql.gz"),
    ("tool_result", "commit {sha1}\nAuthor: Dana Kim <dana@acme-corp.com>\nDate:   Mon Mar 10 16:02:11 2025 +0100\n\n    fix: retry on 503 from the billing API"),
    ("code", '"node_modules/lodash": {{\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-{sri512}"\n}}'),
    ("code", "image: ghcr.io/acme/api@sha256:{sha256}\n"),
    ("code", "requests==2.32.3 \\\n    --hash=sha256:{sha256}\n"),
    ("code", '<script src="https://cdn.acme.io/app.js" integrity="sha384-{sri384}" crossorigin="anonymous"></script>'),
    ("chat", "The build from {sha1_short} broke the login page, can you bisect between that and main?"),
    ("doc", "Verify the download: the SHA-1 is {sha1} and the SHA-256 is {sha256}."),
    ("tool_result", 'HTTP/1.1 200 OK\nContent-Type: application/json\nETag: "{md5}"\nCache-Control: max-age=60'),
    ("code", "golang.org/x/text v0.14.0 h1:{sri256}\n"),
    ("tool_result", "Merge pull request #4821 from acme/fix-timeouts ({sha1_short})\nhttps://github.com/acme/api/commit/{sha1}"),
    ("tool_result", "SELECT id, email_sha256 FROM subscribers LIMIT 1;\n 4812 | {sha256}"),
]

UUID_TEMPLATES = [
    ("tool_result", 'HTTP/1.1 429 Too Many Requests\nX-Request-Id: {uuid}\nRetry-After: 30'),
    ("code", "metadata:\n  name: api-7c9f\n  uid: {uuid}\n  namespace: prod\n"),
    ("chat", "Support ticket {uuid} is still open, can someone from billing look at it?"),
    ("code", "AZURE_SUBSCRIPTION_ID={uuid}\nAZURE_LOCATION=westeurope\n"),
    ("tool_result", '{{"order_id": "{uuid}", "status": "shipped", "carrier": "DHL"}}'),
    ("code", 'TEST_USER_ID = uuid.UUID("{uuid}")\n'),
    ("tool_result", "trace_id={hex32} span_id={hex16} service=checkout duration_ms=182"),
    ("doc", "Each device gets an installation ID such as {uuid}; it carries no personal data and can be reset in the app settings."),
]

LOOKALIKE_TEMPLATES = [
    ("tool_result", '{{"id": "cus_{alnum14}", "object": "customer", "created": 1710150000}}'),
    ("tool_result", '{{"id": "pi_{alnum24}", "amount": 2500, "currency": "eur", "status": "succeeded"}}'),
    ("code", "arn:aws:iam::{digits12}:role/service-role/lambda-orders-exec"),
    ("code", "AWS_ACCOUNT_ID={digits12}\nAWS_REGION=eu-central-1\n"),
    ("chat", "Join the channel C{upper10} for incident updates, and ping U{upper10} if stuck."),
    ("code", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{upper10}\"></script>"),
    ("tool_result", "Your order {upper3}-{digits8} has shipped. Track it with 1Z{upper6}{digits10}."),
    ("code", "dist/assets/index-{hex8}.js   142.31 kB │ gzip: 45.12 kB\ndist/assets/index-{hex8}.css   12.04 kB"),
    ("chat", "Coupon code SPRING-{upper6}-{digits4} gives 15% off until Sunday."),
    ("tool_result", "ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{b64_43} dana@laptop (ED25519)"),
    ("code", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64_43} dana@laptop\n"),
    ("code", "age1{bech58}"),
    ("doc", '<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{b64_200}">'),
    ("code", "background: url(data:image/gif;base64,R0lGODlhAQABAIAAAP{b64_60}==);"),
    ("tool_result", "module.{lower8}.{lower8}.compute_instance.web[0]: Creation complete after 41s [id={lower8}-{hex8}]"),
    ("chat", "Which is right for the filename, report.v2.final.{lower8}.pdf or the other one?"),
    ("code", "session_id = request.cookies.get(\"sid\")  # e.g. eyJ{alnum30}.{alnum10}.{alnum12} is NOT a JWT, it is our signed cookie format"),
    ("tool_result", '{{"twilio_account_sid": "AC{hex32}", "friendly_name": "acme-prod", "status": "active"}}'),
    ("code", "pk_live_{alnum24}  # Stripe publishable key (public by design, shipped to browsers)"),
]


def _fill_lookalike(template: str, rng: random.Random) -> str:
    """The template with a fresh random value for every field occurrence."""
    def r(alphabet: str, n: int) -> str:
        return tokens.rand(rng, alphabet, n)

    def digest() -> bytes:
        return rng.randbytes(64)

    makers = {
        "sha256": lambda: hashlib.sha256(digest()).hexdigest(),
        "md5": lambda: hashlib.md5(digest()).hexdigest(),
        "sha1": lambda: hashlib.sha1(digest()).hexdigest(),
        "sha1_short": lambda: hashlib.sha1(digest()).hexdigest()[:7],
        "sri512": lambda: base64.b64encode(hashlib.sha512(digest()).digest()).decode(),
        "sri384": lambda: base64.b64encode(hashlib.sha384(digest()).digest()).decode(),
        "sri256": lambda: base64.b64encode(hashlib.sha256(digest()).digest()).decode(),
        "uuid": lambda: str(uuid.UUID(bytes=rng.randbytes(16), version=4)),
        "upper3": lambda: r("ABCDEFGHJKLMNPQRSTUVWXYZ", 3),
        "b64_43": lambda: r(tokens.ALNUM + "+/", 43), "b64_200": lambda: r(tokens.ALNUM + "+/", 200),
        "b64_60": lambda: r(tokens.ALNUM + "+/", 60),
        "bech58": lambda: r("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
    }
    alphabets = {"hex": tokens.HEX, "alnum": tokens.ALNUM, "digits": "0123456789",
                 "upper": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
                 "lower": "abcdefghijklmnopqrstuvwxyz"}

    def field(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in makers:
            return makers[name]()
        alpha, n = re.fullmatch(r"([a-z]+?)(\d+)", name).groups()  # type: ignore[union-attr]
        return r(alphabets[alpha], int(n))

    text = re.sub(r"\{([a-z0-9_]+)\}", field, template)
    return text.replace("{{", "{").replace("}}", "}")


def _look_alikes(out: CorpusWriter, rng: random.Random) -> None:
    for category, temps, rounds in (("hash", HASH_TEMPLATES, 6), ("uuid", UUID_TEMPLATES, 5),
                                    ("identifier", LOOKALIKE_TEMPLATES, 3)):
        for _ in range(rounds):
            for context, template in temps:
                out.add("negatives", family="secrets", category=category, label="negative",
                        text=_fill_lookalike(template, rng), lang="en", context=context)
