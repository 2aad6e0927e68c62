"""The secrets family's dev set: credentials of 90 provider kinds and generic ones,
each inside the files and text an agent reads (.env, shell history, YAML, JSON, TOML,
XML attributes, HTTP headers, Dockerfiles, CI files, notebooks' output, logs, stack
traces, code in several languages), and hard negatives of the same shapes (hashes,
UUIDs, digests, trace ids, versions, placeholders, references, public keys, addresses).

Every value is generated here from the provider's published format with a seeded
random source; checksummed formats (GitHub's CRC32, WIF, BIP-39, JWT structure) are
computed here, not with the guard's own checks. Written for tuning, apart from the
held-out batches (never read) and from the main corpus.

    python -m tests.corpus.dev.secrets [--show N] [--check]

`--check` measures the check set instead: a second, smaller set of other carriers and
seeds, written after the rules were changed against the dev set.
"""

# ruff: noqa: E501 -- carriers stay one line each, as written

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import zlib
from collections.abc import Callable

from tests.corpus.cases import Case
from tests.corpus.dev import family_main

B62 = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = B62 + "+/"
URLSAFE = B62 + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

Gen = Callable[[random.Random], str]


def pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b62(number: int, width: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    out = ""
    while number:
        number, r = divmod(number, 62)
        out = digits[r] + out
    return out.rjust(width, "0")


def github(prefix: str) -> Gen:
    """GitHub's tokens: 30 random base62 characters and their CRC32 in 6 base62 digits."""
    def gen(rng: random.Random) -> str:
        body = pick(rng, B62, 30)
        return prefix + body + _b62(zlib.crc32(body.encode()), 6)
    return gen


def fixed(prefix: str, alphabet: str, n: int, suffix: str = "") -> Gen:
    return lambda rng: prefix + pick(rng, alphabet, n) + suffix


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng: random.Random) -> str:
    head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = {"sub": str(rng.randrange(10**6, 10**7)), "name": rng.choice(["Mira Holt", "Jon Ek", "Ana Ruiz"]),
              "iat": 1735000000 + rng.randrange(10**6), "scope": "read write"}
    body = _b64url(json.dumps(claims).encode())
    return f"{head}.{body}.{_b64url(rng.randbytes(32))}"


def _b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def wif(rng: random.Random) -> str:
    payload = b"\x80" + rng.randbytes(32) + b"\x01"
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _b58encode(payload + check)


def seed_phrase(rng: random.Random) -> str:
    from secproxy.guards.secrets_checks import bip39_words  # the word list only

    words = bip39_words()
    entropy = rng.randbytes(16)
    bits = bin(int.from_bytes(entropy, "big"))[2:].zfill(128)
    bits += bin(hashlib.sha256(entropy).digest()[0])[2:].zfill(8)[:4]
    return " ".join(words[int(bits[i:i + 11], 2)] for i in range(0, 132, 11))


def pem(label: str, lines: int = 12) -> Gen:
    def gen(rng: random.Random) -> str:
        body = base64.b64encode(rng.randbytes(48 * lines)).decode()
        rows = [body[i:i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"
    return gen


def openssh(rng: random.Random) -> str:
    raw = b"openssh-key-v1\0" + rng.randbytes(300)
    body = base64.b64encode(raw).decode()
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def password(rng: random.Random) -> str:
    word = rng.choice(["Harbor", "Quartz", "Maple", "Falcon", "Nimbus", "Cobalt", "Juniper"])
    return word + rng.choice("!#%&*@") + str(rng.randrange(10, 99)) + pick(rng, B62, 5)


def human_password(rng: random.Random) -> str:
    return rng.choice(["Sunflower", "Winter", "Bluebird", "Marlin"]) + str(rng.randrange(1980, 2026)) + rng.choice("!?$")


def basic(rng: random.Random) -> str:
    user = rng.choice(["deploy", "ci-bot", "admin", "svc_report"])
    return base64.b64encode(f"{user}:{password(rng)}".encode()).decode()


def aws_secret(rng: random.Random) -> str:
    return pick(rng, B62 + "/+", 40)


def azure_key(rng: random.Random) -> str:
    return base64.b64encode(rng.randbytes(64)).decode()


def slack_bot(rng: random.Random) -> str:
    return f"xoxb-{rng.randrange(10**10, 10**12)}-{rng.randrange(10**12, 10**13)}-{pick(rng, B62, 24)}"


def slack_user(rng: random.Random) -> str:
    return f"xoxp-{rng.randrange(10**10, 10**12)}-{rng.randrange(10**10, 10**12)}-{rng.randrange(10**12, 10**13)}-{pick(rng, HEX, 32)}"


def slack_hook(rng: random.Random) -> str:
    return f"https://hooks.slack.com/services/T{pick(rng, UPPER_DIGITS, 8)}/B{pick(rng, UPPER_DIGITS, 10)}/{pick(rng, B62, 24)}"


def discord_hook(rng: random.Random) -> str:
    return f"https://discord.com/api/webhooks/{rng.randrange(10**17, 10**18)}/{pick(rng, URLSAFE, 68)}"


def discord_bot(rng: random.Random) -> str:
    uid = str(rng.randrange(10**17, 10**18)).encode()
    return f"{_b64url(uid)}.{pick(rng, URLSAFE, 6)}.{pick(rng, URLSAFE, 38)}"


def telegram(rng: random.Random) -> str:
    return f"{rng.randrange(10**9, 8 * 10**9)}:AA{pick(rng, URLSAFE, 33)}"


def openai_proj(rng: random.Random) -> str:
    return f"sk-proj-{pick(rng, URLSAFE, 74)}T3BlbkFJ{pick(rng, URLSAFE, 74)}"


def openai_legacy(rng: random.Random) -> str:
    return f"sk-{pick(rng, B62, 20)}T3BlbkFJ{pick(rng, B62, 20)}"


def anthropic(rng: random.Random) -> str:
    return f"sk-ant-api03-{pick(rng, URLSAFE, 93)}AA"


def sendgrid(rng: random.Random) -> str:
    return f"SG.{pick(rng, URLSAFE, 22)}.{pick(rng, URLSAFE, 43)}"


def mailchimp(rng: random.Random) -> str:
    return f"{pick(rng, HEX, 32)}-us{rng.randrange(1, 21)}"


def airtable(rng: random.Random) -> str:
    return f"pat{pick(rng, B62, 14)}.{pick(rng, HEX, 64)}"


def langsmith(rng: random.Random) -> str:
    return f"lsv2_pt_{pick(rng, HEX, 32)}_{pick(rng, HEX, 10)}"


def tfc(rng: random.Random) -> str:
    return f"{pick(rng, B62, 14)}.atlasv1.{pick(rng, B62, 67)}"


def dynatrace(rng: random.Random) -> str:
    return f"dt0c01.{pick(rng, UPPER_DIGITS, 24)}.{pick(rng, UPPER_DIGITS, 64)}"


def uuid4(rng: random.Random) -> str:
    h = pick(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def gcp_sa(rng: random.Random) -> str:
    key = pem("PRIVATE KEY", 8)(rng) + "\n"  # json.dumps writes its newlines as \n
    return json.dumps({"type": "service_account", "project_id": "billing-prod-" + pick(rng, "0123456789", 4),
                       "private_key_id": pick(rng, HEX, 40), "private_key": key,
                       "client_email": "exporter@billing-prod.iam.gserviceaccount.com"}, indent=2)


def _bech32_checksum(hrp: str, data: list[int]) -> list[int]:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data + [0] * 6:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    chk ^= 1
    return [(chk >> 5 * (5 - i)) & 31 for i in range(6)]


def age(rng: random.Random) -> str:
    """age's identity: Bech32 of 32 random bytes under `age-secret-key-`, upper case."""
    data = [rng.randrange(32) for _ in range(52)]  # 32 bytes in 5-bit groups
    data[-1] &= 0b10000  # 256 bits leave 4 padding bits at zero
    word = "".join(BECH32[d] for d in data + _bech32_checksum("age-secret-key-", data))
    return "AGE-SECRET-KEY-1" + word.upper()


def eth_key(rng: random.Random) -> str:
    return "0x" + pick(rng, HEX, 64)


def sentry_dsn(rng: random.Random) -> str:
    return f"https://{pick(rng, HEX, 32)}@o{rng.randrange(10**5, 10**6)}.ingest.sentry.io/{rng.randrange(10**6, 10**7)}"


def azure_conn(rng: random.Random) -> str:
    return f"DefaultEndpointsProtocol=https;AccountName=stbilling{rng.randrange(100, 999)};AccountKey={azure_key(rng)};EndpointSuffix=core.windows.net"


def db_url(scheme: str, port: int) -> Gen:
    def gen(rng: random.Random) -> str:
        user = rng.choice(["app", "reporting", "svc_orders", "etl"])
        host = rng.choice(["db-1.internal.northwind.io", "10.20.4.17", "pg.prod.lan", "cluster0.ab12c.mongodb.net"])
        return f"{scheme}://{user}:{password(rng)}@{host}:{port}/orders"
    return gen


def jdbc(rng: random.Random) -> str:
    return f"jdbc:postgresql://db.prod.lan:5432/ledger?user=ledger_rw&password={password(rng)}&ssl=true"


# kind -> (generator, the variable name it usually sits under, shape)
# shape: "token" fits every carrier; "blob" (multi-line) and "url" only some.
KINDS: dict[str, tuple[Gen, str, str]] = {
    "aws_access_key": (fixed("AKIA", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "AWS_ACCESS_KEY_ID", "token"),
    "aws_secret_key": (aws_secret, "AWS_SECRET_ACCESS_KEY", "token"),
    "aws_session": (fixed("ASIA", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "AWS_ACCESS_KEY_ID", "token"),
    "github_pat": (github("ghp_"), "GITHUB_TOKEN", "token"),
    "github_oauth": (github("gho_"), "GH_OAUTH_TOKEN", "token"),
    "github_app": (github("ghs_"), "GH_INSTALL_TOKEN", "token"),
    "github_fine_grained": (lambda r: f"github_pat_11{pick(r, UPPER_DIGITS, 20)}_{pick(r, B62, 59)}", "GH_PAT", "token"),
    "gitlab_pat": (fixed("glpat-", URLSAFE, 20), "GITLAB_TOKEN", "token"),
    "gitlab_runner": (fixed("glrt-", URLSAFE, 20), "RUNNER_TOKEN", "token"),
    "gitlab_deploy": (fixed("gldt-", URLSAFE, 20), "DEPLOY_TOKEN", "token"),
    "slack_bot": (slack_bot, "SLACK_BOT_TOKEN", "token"),
    "slack_user": (slack_user, "SLACK_TOKEN", "token"),
    "slack_app": (lambda r: f"xapp-1-A{pick(r, UPPER_DIGITS, 10)}-{r.randrange(10**12, 10**13)}-{pick(r, HEX, 64)}", "SLACK_APP_TOKEN", "token"),
    "slack_webhook": (slack_hook, "SLACK_WEBHOOK_URL", "token"),
    "discord_webhook": (discord_hook, "DISCORD_WEBHOOK", "token"),
    "discord_bot": (discord_bot, "DISCORD_TOKEN", "token"),
    "telegram_bot": (telegram, "TELEGRAM_BOT_TOKEN", "token"),
    "stripe_live": (fixed("sk_live_", B62, 99), "STRIPE_SECRET_KEY", "token"),
    "stripe_restricted": (fixed("rk_live_", B62, 99), "STRIPE_KEY", "token"),
    "stripe_webhook": (fixed("whsec_", B62, 32), "STRIPE_WEBHOOK_SECRET", "token"),
    "openai_project": (openai_proj, "OPENAI_API_KEY", "token"),
    "openai_legacy": (openai_legacy, "OPENAI_API_KEY", "token"),
    "anthropic": (anthropic, "ANTHROPIC_API_KEY", "token"),
    "google_api_key": (fixed("AIza", URLSAFE, 35), "GOOGLE_API_KEY", "token"),
    "google_oauth_secret": (fixed("GOCSPX-", URLSAFE, 28), "GOOGLE_CLIENT_SECRET", "token"),
    "google_refresh": (fixed("1//0", URLSAFE, 99), "GOOGLE_REFRESH_TOKEN", "token"),
    "sendgrid": (sendgrid, "SENDGRID_API_KEY", "token"),
    "twilio_api_key": (fixed("SK", HEX, 32), "TWILIO_API_KEY", "token"),
    "mailgun": (fixed("key-", HEX, 32), "MAILGUN_API_KEY", "token"),
    "mailchimp": (mailchimp, "MAILCHIMP_API_KEY", "token"),
    "npm": (github("npm_"), "NPM_TOKEN", "token"),
    "pypi": (fixed("pypi-AgEIcHlwaS5vcmc", URLSAFE, 120), "PYPI_TOKEN", "token"),
    "rubygems": (fixed("rubygems_", HEX, 48), "GEM_HOST_API_KEY", "token"),
    "nuget": (fixed("oy2", "abcdefghijklmnopqrstuvwxyz234567", 43), "NUGET_API_KEY", "token"),
    "dockerhub": (fixed("dckr_pat_", URLSAFE, 27), "DOCKERHUB_TOKEN", "token"),
    "huggingface": (fixed("hf_", B62, 34), "HF_TOKEN", "token"),
    "groq": (fixed("gsk_", B62, 52), "GROQ_API_KEY", "token"),
    "xai": (fixed("xai-", B62, 80), "XAI_API_KEY", "token"),
    "replicate": (fixed("r8_", B62, 37), "REPLICATE_API_TOKEN", "token"),
    "perplexity": (fixed("pplx-", B62, 48), "PERPLEXITY_API_KEY", "token"),
    "langsmith": (langsmith, "LANGCHAIN_API_KEY", "token"),
    "pinecone": (fixed("pcsk_", B62, 70), "PINECONE_API_KEY", "token"),
    "openrouter": (fixed("sk-or-v1-", HEX, 64), "OPENROUTER_API_KEY", "token"),
    "shopify": (fixed("shpat_", HEX, 32), "SHOPIFY_ACCESS_TOKEN", "token"),
    "square": (fixed("EAAA", URLSAFE, 60), "SQUARE_ACCESS_TOKEN", "token"),
    "digitalocean": (fixed("dop_v1_", HEX, 64), "DIGITALOCEAN_TOKEN", "token"),
    "doppler": (fixed("dp.st.prd.", B62, 43), "DOPPLER_TOKEN", "token"),
    "vault": (fixed("hvs.", URLSAFE, 92), "VAULT_TOKEN", "token"),
    "terraform_cloud": (tfc, "TFE_TOKEN", "token"),
    "databricks": (fixed("dapi", HEX, 32), "DATABRICKS_TOKEN", "token"),
    "atlassian": (lambda r: "ATATT3xFfGF0" + pick(r, URLSAFE, 170) + "=" + pick(r, "0123456789ABCDEF", 8), "JIRA_API_TOKEN", "token"),
    "linear": (fixed("lin_api_", B62, 40), "LINEAR_API_KEY", "token"),
    "notion": (fixed("ntn_", B62, 46), "NOTION_TOKEN", "token"),
    "airtable": (airtable, "AIRTABLE_TOKEN", "token"),
    "figma": (lambda r: f"figd_{pick(r, URLSAFE, 40)}", "FIGMA_TOKEN", "token"),
    "postman": (lambda r: f"PMAK-{pick(r, HEX, 24)}-{pick(r, HEX, 34)}", "POSTMAN_API_KEY", "token"),
    "planetscale": (fixed("pscale_tkn_", URLSAFE, 43), "PLANETSCALE_TOKEN", "token"),
    "tailscale": (lambda r: f"tskey-auth-{pick(r, B62, 17)}-{pick(r, B62, 33)}", "TS_AUTHKEY", "token"),
    "pulumi": (fixed("pul-", HEX, 40), "PULUMI_ACCESS_TOKEN", "token"),
    "sonarqube": (fixed("squ_", HEX, 40), "SONAR_TOKEN", "token"),
    "supabase": (fixed("sbp_", HEX, 40), "SUPABASE_ACCESS_TOKEN", "token"),
    "grafana_sa": (lambda r: f"glsa_{pick(r, B62, 32)}_{pick(r, HEX, 8)}", "GRAFANA_TOKEN", "token"),
    "newrelic": (fixed("NRAK-", UPPER_DIGITS, 27), "NEW_RELIC_API_KEY", "token"),
    "sentry_token": (fixed("sntryu_", HEX, 64), "SENTRY_AUTH_TOKEN", "token"),
    "dynatrace": (dynatrace, "DT_API_TOKEN", "token"),
    "shippo": (fixed("shippo_live_", HEX, 40), "SHIPPO_TOKEN", "token"),
    "alibaba": (fixed("LTAI", B62, 20), "ALIBABA_ACCESS_KEY_ID", "token"),
    "flyio": (fixed("FlyV1 fm2_", URLSAFE, 120), "FLY_API_TOKEN", "token"),
    "age_key": (age, "SOPS_AGE_KEY", "token"),
    "jwt": (jwt, "ACCESS_TOKEN", "token"),
    "datadog": (fixed("", HEX, 32), "DD_API_KEY", "token"),
    "heroku": (uuid4, "HEROKU_API_KEY", "token"),
    "cloudflare": (fixed("", URLSAFE, 40), "CLOUDFLARE_API_TOKEN", "token"),
    "mistral": (fixed("", B62, 32), "MISTRAL_API_KEY", "token"),
    "cohere": (fixed("", B62, 40), "COHERE_API_KEY", "token"),
    "azure_storage_key": (azure_key, "AZURE_STORAGE_KEY", "token"),
    "generic_secret": (fixed("", B62, 32), "CLIENT_SECRET", "token"),
    "generic_api_key": (fixed("", B62 + "-_", 40), "api_key", "token"),
    "password": (password, "DB_PASSWORD", "token"),
    "human_password": (human_password, "SMTP_PASSWORD", "token"),
    "eth_private_key": (eth_key, "PRIVATE_KEY", "token"),
    "wif": (wif, "BTC_WIF", "token"),
    "basic_auth": (basic, "Authorization", "header"),
    "bearer": (fixed("", URLSAFE, 48), "Authorization", "header"),
    "postgres_url": (db_url("postgresql", 5432), "DATABASE_URL", "url"),
    "mysql_url": (db_url("mysql", 3306), "DATABASE_URL", "url"),
    "mongodb_url": (db_url("mongodb+srv", 27017), "MONGO_URI", "url"),
    "redis_url": (db_url("redis", 6379), "REDIS_URL", "url"),
    "amqp_url": (db_url("amqps", 5671), "BROKER_URL", "url"),
    "jdbc_url": (jdbc, "spring.datasource.url", "url"),
    "azure_conn_string": (azure_conn, "AZURE_STORAGE_CONNECTION_STRING", "url"),
    "sentry_dsn": (sentry_dsn, "SENTRY_DSN", "url"),
    "rsa_private_key": (pem("RSA PRIVATE KEY"), "", "blob"),
    "ec_private_key": (pem("EC PRIVATE KEY", 3), "", "blob"),
    "pkcs8_private_key": (pem("PRIVATE KEY"), "", "blob"),
    "openssh_private_key": (openssh, "", "blob"),
    "gcp_service_account": (gcp_sa, "", "blob"),
    "seed_phrase": (seed_phrase, "", "blob"),
}

# Carriers of a token under a name: (context, template). {n} the name, {n_l} lower
# case, {n_c} camelCase, {v} the value.
TOKEN_CARRIERS: list[tuple[str, str]] = [
    ("code", "# .env.production\nAPP_ENV=production\n{n}={v}\nLOG_LEVEL=warn\n"),
    ("code", "$ export {n}=\"{v}\"\n$ ./scripts/deploy.sh --env prod\n"),
    ("code", "services:\n  worker:\n    image: registry.northwind.io/worker:2.14.0\n    environment:\n      {n}: \"{v}\"\n      QUEUE: jobs\n"),
    ("code", "{{\n  \"service\": \"invoicing\",\n  \"region\": \"eu-west-1\",\n  \"{n_c}\": \"{v}\",\n  \"retries\": 3\n}}\n"),
    ("code", "[default]\nregion = \"eu-central-1\"\n{n_l} = \"{v}\"\ntimeout = 30\n"),
    ("code", "<configuration>\n  <add key=\"{n_c}\" value=\"{v}\" />\n  <add key=\"maxRetries\" value=\"4\" />\n</configuration>\n"),
    ("code", "FROM node:20-alpine\nWORKDIR /srv\nENV {n}={v}\nCOPY . .\nCMD [\"node\", \"server.js\"]\n"),
    ("code", "jobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      {n}: {v}\n    steps:\n      - run: make publish\n"),
    ("tool_result", "$ history | tail -3\n  501  cd infra\n  502  ./bin/sync --{n_k}={v} --dry-run\n  503  git status\n"),
    ("code", "import os\n\nclient = Client(\n    {n_l}=\"{v}\",\n    timeout=10,\n)\n"),
    ("code", "const cfg = {{\n  endpoint: 'https://api.internal.northwind.io',\n  {n_c}: '{v}',\n}};\nmodule.exports = cfg;\n"),
    ("code", "func newClient() *Client {{\n\treturn &Client{{BaseURL: baseURL, {n_g}: \"{v}\"}}\n}}\n"),
    ("code", "# application.properties\nserver.port=8080\napp.{n_d}={v}\nlogging.level.root=INFO\n"),
    ("tool_result", "2026-03-14 09:12:44,118 DEBUG [worker-3] loaded settings {{'env': 'prod', '{n_l}': '{v}', 'pool': 8}}\n"),
    ("tool_result", "Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line 88, in run\n    resp = session.post(url, headers={{\"X-Api-Key\": \"{v}\"}})\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.northwind.io', port=443)\n"),
    ("tool_result", "{{\"cells\": [{{\"cell_type\": \"code\", \"execution_count\": 3, \"outputs\": [{{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"{n}={v}\\n\"]}}], \"source\": [\"print(f'{n}={{os.environ[\\\"{n}\\\"]}}')\"]}}]}}\n"),
    ("chat", "hey, can you check why the job fails? I set {n} to {v} in the settings page"),
    ("email", "Hi team,\n\nfor the migration weekend use this {n_w}: {v}\nRotate it on Monday please.\n\nBest,\nLiv"),
    ("code", "resource \"northwind_integration\" \"billing\" {{\n  name  = \"billing\"\n  {n_l} = \"{v}\"\n}}\n"),
    ("tool_result", "$ curl -s https://api.northwind.io/v2/reports?{n_l}={v}&limit=50\n{{\"items\": []}}\n"),
    ("code", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: worker-config\ndata:\n  {n}: \"{v}\"\n"),
    ("code", "set -euo pipefail\n{n}='{v}' python -m tools.backfill --since 2026-01-01\n"),
    ("code", "ini_set('display_errors', 0);\ndefine('{n}', '{v}');\n"),
    ("code", "config :my_app, MyApp.Mailer,\n  adapter: Swoosh.Adapters.Sendgrid,\n  {n_l}: \"{v}\"\n"),
]
# Carriers in other languages of the surrounding prose.
PROSE_CARRIERS: list[tuple[str, str, str]] = [
    ("de", "chat", "Kannst du mal schauen? Der {n_w} lautet {v} und trotzdem kommt 401."),
    ("fr", "chat", "Voici la clé pour l'environnement de recette : {v} — ne la partage pas."),
    ("es", "email", "Hola Marta,\n\nte dejo el token de acceso: {v}\n\nSaludos"),
    ("it", "chat", "Ecco il token che usa lo script di backup: {v}"),
    ("pt", "chat", "Segue a chave da API de produção: {v} (troca depois do teste)"),
    ("nl", "email", "Hoi Sanne,\n\nDe sleutel voor de koppeling is {v}\n\nGroet, Bram"),
    ("ru", "chat", "Вот токен для деплоя: {v} — после релиза отзову."),
    ("zh", "chat", "这是生产环境的密钥：{v} 用完请删除"),
    ("ja", "chat", "本番のAPIキーはこちらです：{v} 使い終わったら消してください"),
    ("ko", "chat", "운영 서버 API 키입니다: {v} 테스트 후 삭제해 주세요"),
    ("ar", "chat", "هذا مفتاح الواجهة البرمجية للإنتاج: {v} احذفه بعد الاختبار"),
    ("hi", "chat", "प्रोडक्शन का API key यह है: {v} टेस्ट के बाद हटा देना"),
]
HEADER_CARRIERS: list[tuple[str, str]] = [
    ("tool_result", "> GET /v1/accounts HTTP/1.1\n> Host: api.northwind.io\n> Authorization: {scheme} {v}\n> Accept: */*\n"),
    ("code", "$ curl -H 'Authorization: {scheme} {v}' https://api.northwind.io/v1/usage\n"),
    ("code", "fetch(url, {{ headers: {{ 'Authorization': '{scheme} {v}', 'Content-Type': 'application/json' }} }})\n"),
    ("tool_result", "2026-02-01T10:22:03Z http.request method=POST path=/hooks headers=map[Authorization:[{scheme} {v}] User-Agent:[Go-http-client/1.1]]\n"),
]
URL_CARRIERS: list[tuple[str, str]] = [
    ("code", "DATABASE_HOST=db.prod.lan\n{n}={v}\nPOOL_SIZE=10\n"),
    ("code", "spring:\n  datasource:\n    url: \"{v}\"\n"),
    ("tool_result", "psycopg.OperationalError: connection to {v} failed: timeout expired\n"),
    ("chat", "the worker connects with {v} — is that why it keeps timing out?"),
    ("code", "engine = create_engine(\"{v}\", pool_pre_ping=True)\n"),
]
BLOB_CARRIERS: list[tuple[str, str]] = [
    ("tool_result", "$ cat ~/.ssh/deploy_key\n{v}\n$ "),
    ("code", "apiVersion: v1\nkind: Secret\nstringData:\n  key: |\n    {v_indent}\n"),
    ("chat", "I'm getting 'invalid key' with this, what's wrong?\n\n{v}\n"),
    ("email", "Hi,\n\nattached below as text since the mail filter drops files:\n\n{v}\n\nCheers"),
]


def _names(n: str) -> dict[str, str]:
    parts = n.lower().replace(".", "_").split("_")
    camel = parts[0] + "".join(p.title() for p in parts[1:])
    return {"n": n, "n_l": n.lower().replace(".", "_"), "n_c": camel, "n_g": camel[:1].upper() + camel[1:],
            "n_d": n.lower().replace("_", "."), "n_k": n.lower().replace("_", "-"), "n_w": n.lower().replace("_", " ")}


def _fill(template: str, value: str, fields: dict[str, str]) -> tuple[str, tuple[int, int]]:
    marker = "\x00VALUE\x00"
    text = template.format(v=marker, v_indent=marker, **fields)
    if "{v_indent}" in template:
        value = value.replace("\n", "\n    ")
    start = text.index(marker)
    return text.replace(marker, value), (start, start + len(value))


def positives(seed: int, per_kind: int, offset: int) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    turn = offset
    for kind, (gen, name, shape) in KINDS.items():
        for i in range(per_kind):
            value = gen(rng)
            turn += 1
            lang = "en"
            if shape == "header":
                context, template = HEADER_CARRIERS[turn % len(HEADER_CARRIERS)]
                fields = {"scheme": "Basic" if kind == "basic_auth" else "Bearer"}
            elif shape == "url":
                context, template = URL_CARRIERS[turn % len(URL_CARRIERS)]
                fields = _names(name)
            elif shape == "blob":
                context, template = BLOB_CARRIERS[turn % len(BLOB_CARRIERS)]
                fields = {}
                if kind == "seed_phrase":
                    template = ["wallet backup, keep offline:\n{v}\n", "Meine Wiederherstellungsphrase: {v}",
                                "{{\"mnemonic\": \"{v}\", \"path\": \"m/44'/60'/0'/0/0\"}}"][turn % 3]
            elif turn % 5 == 0:
                lang, context, template = PROSE_CARRIERS[turn // 5 % len(PROSE_CARRIERS)]
                fields = _names(name)
            else:
                context, template = TOKEN_CARRIERS[turn % len(TOKEN_CARRIERS)]
                fields = _names(name)
            text, span = _fill(template, value, fields)
            out.append(Case(f"dev-secrets-{kind}-{seed}-{i}", text, "positive", "secrets", kind,
                            lang, context, kind, span))
    return out


# Hard negatives: values of a secret's shape that are not secrets, in the same carriers.
def negatives(seed: int) -> list[Case]:  # noqa: PLR0915 - one table
    rng = random.Random(seed)
    texts: list[tuple[str, str, str]] = []  # (category, context, text)

    def add(category: str, context: str, text: str) -> None:
        texts.append((category, context, text))

    for _ in range(6):
        h = pick(rng, HEX, 64)
        add("hash", "tool_result", f"$ sha256sum release/northwind-agent_{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}_linux_amd64.tar.gz\n{h}  release/northwind-agent_linux_amd64.tar.gz\n")
        add("hash", "code", f"    \"checksum\": \"sha256:{pick(rng, HEX, 64)}\",\n    \"size\": {rng.randrange(10**5, 10**7)}\n")
        add("hash", "tool_result", f"commit {pick(rng, HEX, 40)}\nMerge: {pick(rng, HEX, 7)} {pick(rng, HEX, 7)}\nAuthor: Priya Nair <priya@northwind.io>\n\n    Merge pull request #{rng.randrange(100, 9999)} from northwind/fix-retry\n")
        add("hash", "code", f"image: ghcr.io/northwind/api@sha256:{pick(rng, HEX, 64)}\n")
        add("hash", "tool_result", f"ETag: \"{pick(rng, HEX, 32)}\"\nLast-Modified: Tue, 03 Mar 2026 08:14:00 GMT\nContent-Length: {rng.randrange(1000, 90000)}\n")
        add("hash", "code", f"version https://git-lfs.github.com/spec/v1\noid sha256:{pick(rng, HEX, 64)}\nsize {rng.randrange(10**6, 10**9)}\n")
        add("hash", "code", f"\"integrity\": \"sha512-{base64.b64encode(rng.randbytes(64)).decode()}\"")
        add("hash", "tool_result", f"CONTAINER ID   IMAGE          COMMAND                  STATUS\n{pick(rng, HEX, 12)}   redis:7.2      \"docker-entrypoint.s…\"   Up 3 hours\n")
    for _ in range(5):
        add("uuid", "tool_result", f"2026-03-02T11:04:55.120Z INFO request_id={uuid4(rng)} method=GET path=/api/orders status=200 duration_ms={rng.randrange(3, 900)}\n")
        add("uuid", "code", f"{{\"id\": \"{uuid4(rng)}\", \"tenantId\": \"{uuid4(rng)}\", \"status\": \"active\"}}")
        add("identifier", "tool_result", f"trace_id={pick(rng, HEX, 32)} span_id={pick(rng, HEX, 16)} service=checkout level=info msg=\"payment authorised\"\n")
        add("identifier", "tool_result", f"arn:aws:iam::{rng.randrange(10**11, 10**12)}:role/northwind-ci-deployer\narn:aws:s3:::northwind-artifacts-{rng.randrange(100, 999)}/builds/{pick(rng, HEX, 8)}.zip\n")
        add("identifier", "code", f"subscription_id = \"{uuid4(rng)}\"\nresource_group  = \"rg-billing-prod\"\n")
        add("identifier", "tool_result", f"Order #{rng.randrange(10**7, 10**8)}-{pick(rng, UPPER_DIGITS, 6)} shipped, tracking 1Z{pick(rng, UPPER_DIGITS, 16)}\n")
        add("identifier", "code", f"<script src=\"/static/app.{pick(rng, HEX, 20)}.js\" integrity=\"sha384-{base64.b64encode(rng.randbytes(48)).decode()}\" crossorigin=\"anonymous\"></script>")
        add("identifier", "tool_result", f"NAME                                READY   STATUS    RESTARTS   AGE\ncheckout-{pick(rng, HEX[:10] + 'bcdfghjklmnpqrstvwxz', 10)}-{pick(rng, 'bcdfghjklmnpqrstvwxz2456789', 5)}   1/1     Running   0          4d2h\n")
        add("identifier", "doc", f"Watch the recording: https://www.youtube.com/watch?v={pick(rng, URLSAFE, 11)} and the slides at https://docs.google.com/presentation/d/{pick(rng, URLSAFE, 44)}/edit\n")
        add("identifier", "tool_result", f"Transaction 0x{pick(rng, HEX, 64)} confirmed in block {rng.randrange(18 * 10**6, 20 * 10**6)} (from 0x{pick(rng, HEX, 40)})\n")
        add("identifier", "code", f"pinned: ipfs://Qm{pick(rng, B58, 44)}\n")
    for _ in range(3):
        add("version", "code", f"ruff=={rng.randrange(0, 1)}.{rng.randrange(1, 9)}.{rng.randrange(0, 20)}\nnumpy=={rng.randrange(1, 3)}.{rng.randrange(0, 30)}.{rng.randrange(0, 5)}\nsqlalchemy>=2.0.{rng.randrange(0, 40)}\n")
        add("version", "tool_result", f"Server: nginx/1.{rng.randrange(18, 27)}.{rng.randrange(0, 5)}\nX-Build: 2026.03.{rng.randrange(10, 28)}-{pick(rng, HEX, 7)}\n")
        add("timestamp", "tool_result", f"{rng.randrange(1700000000, 1800000000)}{rng.randrange(100, 999)} 2026-03-{rng.randrange(10, 28)}T{rng.randrange(10, 23)}:00:00.{rng.randrange(100000, 999999)}+00:00 job {rng.randrange(1000, 9999)} finished\n")
    placeholders = ["<YOUR_API_KEY>", "your-api-key-here", "sk-...", "xxxxxxxxxxxxxxxxxxxxxxxx", "${{ secrets.DEPLOY_TOKEN }}",
                    "{{ .Values.apiKey }}", "changeme", "********", "REDACTED", "<redacted>", "${API_TOKEN}", "%API_TOKEN%",
                    "process.env.STRIPE_KEY", "os.environ['OPENAI_API_KEY']", "$(cat /run/secrets/db_password)", "TODO", "None",
                    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX",
                    "<paste-token>", "dummy", "test", "", "null", "${{ env.NPM_TOKEN }}", "vault:secret/data/app#token",
                    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf", "op://Private/Stripe/credential",
                    "[MASKED]"]
    for i, ph in enumerate(placeholders):
        name = list(KINDS.values())[(i * 7) % 80][1]
        context, template = TOKEN_CARRIERS[i % len(TOKEN_CARRIERS)]
        text, _ = _fill(template, ph, _names(name))
        add("placeholder", context, text)
    for _ in range(2):
        add("reference", "code", f"password = getpass.getpass(\"Password for {rng.choice(['admin', 'deploy'])}: \")\ntoken: str = Field(..., description=\"API token\")\n")
        add("reference", "code", "api_key = settings.OPENAI_API_KEY\nclient = OpenAI(api_key=api_key)\n")
        add("reference", "code", "  env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db-credentials\n          key: password\n")
        add("reference", "code", "def login(username: str, password: str) -> Session:\n    token = self._auth.issue(username, password)\n    return Session(token=token)\n")
    add("prose", "doc", "Passwords must be at least 12 characters long and contain a digit; tokens expire after 90 days.")
    add("prose", "doc", "Set STRIPE_SECRET_KEY in your environment, never in the repository; rotate it if it leaks.")
    add("prose", "chat", "Der API-Schlüssel liegt im Tresor, frag Jonas, er hat Zugriff.")
    add("prose", "chat", "La contraseña del wifi está pegada en la nevera, no la pongas en el chat.")
    add("prose", "email", "Your password was changed on 3 March 2026 at 14:02. If this wasn't you, reset it from the account page.")
    add("public_key", "code", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{pick(rng, B64, 43)} priya@laptop\n")
    add("public_key", "code", f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{pick(rng, B64, 300)} ci@runner\n")
    add("public_key", "code", pem("PUBLIC KEY", 6)(rng))
    add("public_key", "code", pem("CERTIFICATE", 12)(rng))
    add("public_key", "code", f"stripe.setPublishableKey('pk_live_{pick(rng, B62, 24)}');\n")
    add("public_key", "code", f"bc1q{pick(rng, BECH32, 38)}\n# donate BTC to the address above\n")
    add("documented_example", "doc", "Example:\n\n    export AWS_ACCESS_KEY_ID=AKIAEXAMPLEKEY000001\n    export AWS_SECRET_ACCESS_KEY=examplesecretkeyexamplesecretkey0000000\n")
    add("documented_example", "doc", "For instance, a token looks like `ghp_` followed by 36 characters; never paste yours here.")
    add("base64_data", "web_page", f"<img alt=\"logo\" src=\"data:image/png;base64,{base64.b64encode(rng.randbytes(180)).decode()}\">")
    add("base64_data", "code", f"font-src: url(data:font/woff2;base64,{base64.b64encode(rng.randbytes(150)).decode()});")
    add("base64_data", "code", f"\"__RequestVerificationToken\" placeholder=\"\" data-build=\"{pick(rng, HEX, 40)}\"")
    add("identifier", "tool_result", f"Your verification code is {rng.randrange(100000, 999999)}. Session {pick(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8)}.")
    out = []
    for i, (category, context, text) in enumerate(texts):
        out.append(Case(f"dev-secrets-neg-{seed}-{i}", text, "negative", "secrets", category, "en", context))
    return out


def cases() -> list[Case]:
    """The dev set: 3 of each of the kinds, in rotating carriers, and the negatives."""
    return positives(1101, 3, 0) + negatives(2202)


def check_cases() -> list[Case]:
    """The check set (see the module docstring)."""
    from tests.corpus.dev.secrets_check import check_cases as made

    return made()


def main(argv: list[str] | None = None) -> int:
    return family_main("secrets", cases, check_cases, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())

