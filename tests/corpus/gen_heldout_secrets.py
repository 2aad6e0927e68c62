"""Held-out secrets batch 1: provider credentials made from their public formats (random
bodies, right prefixes and lengths, checksums where the format has one), generic
passwords and connection strings, in the carriers they leak through (.env files, CI
logs, kubeconfig, docker-compose, Terraform, curl commands, Slack messages, stack
traces, notebooks, shell history, mail), and hard negatives (placeholders, hashes,
UUIDs, ids, test fixtures, base64 images, commit SHAs, versions, public keys, near
misses that fail their checksum). Written without reading the rules or the main corpus.

    python -m tests.corpus.gen_heldout_secrets

rewrites `tests/corpus/heldout/secrets/batch1.jsonl` (seeded: the same file each run).
"""

# ruff: noqa: E501 -- corpus templates stay one line each

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import sys
import uuid
from collections.abc import Callable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from tests.corpus.cases import ROOT, Case
from tests.corpus.heldout_values import B62, HEX, base58check, bech32, crc_token, pick

SEED = 20261127
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"

Maker = Callable[[random.Random], str]


def _jwt(rng: random.Random) -> str:
    def seg(doc: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")
    head = seg({"alg": "HS256", "typ": "JWT"})
    body = seg({"sub": str(rng.randrange(10**6, 10**7)), "org": "harbourline", "role": "admin",
                "iat": 1764000000 + rng.randrange(10**6), "exp": 1767000000})
    return f"{head}.{body}.{pick(rng, URLSAFE, 43)}"


def _rsa_pem(rng: random.Random) -> str:
    # A PKCS#8 RSA header and random key material: the shape a scanner sees.
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + pick(rng, B64, 1550)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def _ec_pem(rng: random.Random) -> str:
    key = ec.derive_private_key(rng.randrange(1, 2**255), ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    return pem.decode().strip()


def _openssh(rng: random.Random) -> str:
    key = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                            serialization.NoEncryption()).decode()
    # The format's two check integers are random (os.urandom): seeded ones keep the file stable.
    raw = bytearray(base64.b64decode("".join(pem.strip().splitlines()[1:-1])))
    at = len(b"openssh-key-v1\0")
    for _ in range(3):  # cipher, kdf, kdf options
        at += 4 + int.from_bytes(raw[at:at + 4], "big")
    at += 4  # number of keys
    at += 4 + int.from_bytes(raw[at:at + 4], "big")  # public key
    check = rng.randbytes(4)
    raw[at + 4:at + 12] = check + check
    body = base64.b64encode(bytes(raw)).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def _pgp(rng: random.Random) -> str:
    body = "lQWGBGVx" + pick(rng, B64, 600)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines)
            + f"\n={pick(rng, B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----")


def _wif(rng: random.Random) -> str:
    return base58check(b"\x80" + rng.randbytes(32) + b"\x01")


def _xprv(rng: random.Random) -> str:
    return base58check(bytes.fromhex("0488ade4") + b"\0" * 9 + rng.randbytes(32) + b"\0" + rng.randbytes(32))


def _password(rng: random.Random) -> str:
    words = ["Harbour", "winter", "Falcon", "maple", "Quartz", "orbit", "Copper", "tulip"]
    shape = rng.randrange(3)
    if shape == 0:
        return f"{rng.choice(words)}{rng.randrange(10, 99)}{rng.choice('!#%&*')}{rng.choice(words)}"
    if shape == 1:
        return pick(rng, ALNUM + "!#%^*-_", 18)
    return f"{rng.choice(words).lower()}-{rng.choice(words).lower()}-{rng.randrange(1000, 9999)}"


# (kind, category, environment variable, maker)
FORMATS: list[tuple[str, str, str, Maker]] = [
    ("github_pat", "vcs", "GITHUB_TOKEN", lambda r: crc_token("ghp_", pick(r, B62, 30))),
    ("github_oauth", "vcs", "GH_OAUTH_TOKEN", lambda r: crc_token("gho_", pick(r, B62, 30))),
    ("github_app_token", "vcs", "GH_APP_TOKEN", lambda r: crc_token("ghs_", pick(r, B62, 30))),
    ("github_refresh_token", "vcs", "GH_REFRESH_TOKEN", lambda r: crc_token("ghr_", pick(r, B62, 30))),
    ("github_fine_grained_pat", "vcs", "GITHUB_PAT", lambda r: f"github_pat_11{pick(r, UP + string.digits, 20)}_{pick(r, ALNUM, 59)}"),
    ("gitlab_pat", "vcs", "GITLAB_TOKEN", lambda r: "glpat-" + pick(r, URLSAFE, 20)),
    ("gitlab_runner_token", "ci", "RUNNER_TOKEN", lambda r: "glrt-" + pick(r, URLSAFE, 20)),
    ("bitbucket_app_password", "vcs", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + pick(r, ALNUM, 28) + pick(r, HEX.upper(), 8)),
    ("aws_access_key_id", "cloud", "AWS_ACCESS_KEY_ID", lambda r: "AKIA" + pick(r, UP + "234567", 16)),
    ("aws_secret_access_key", "cloud", "AWS_SECRET_ACCESS_KEY", lambda r: pick(r, B64, 40)),
    ("google_api_key", "cloud", "GOOGLE_API_KEY", lambda r: "AIza" + pick(r, URLSAFE, 35)),
    ("google_oauth_client_secret", "cloud", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + pick(r, URLSAFE, 28)),
    ("azure_client_secret", "cloud", "AZURE_CLIENT_SECRET", lambda r: pick(r, ALNUM, 3) + str(r.randrange(10)) + "Q~" + pick(r, ALNUM + "_~.-", 34)),
    ("digitalocean_token", "cloud", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + pick(r, HEX, 64)),
    ("slack_bot_token", "chat", "SLACK_BOT_TOKEN", lambda r: f"xoxb-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{pick(r, ALNUM, 24)}"),
    ("slack_user_token", "chat", "SLACK_USER_TOKEN", lambda r: f"xoxp-{r.randrange(10**11, 10**12)}-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{pick(r, HEX, 32)}"),
    ("slack_app_token", "chat", "SLACK_APP_TOKEN", lambda r: f"xapp-1-A{pick(r, UP + string.digits, 10)}-{r.randrange(10**12, 10**13)}-{pick(r, HEX, 64)}"),
    ("slack_webhook", "chat", "SLACK_WEBHOOK_URL", lambda r: f"https://hooks.slack.com/services/T{pick(r, UP + string.digits, 8)}/B{pick(r, UP + string.digits, 10)}/{pick(r, ALNUM, 24)}"),
    ("discord_webhook", "chat", "DISCORD_WEBHOOK", lambda r: f"https://discord.com/api/webhooks/{r.randrange(10**17, 10**18)}/{pick(r, URLSAFE, 68)}"),
    ("telegram_bot_token", "chat", "TELEGRAM_BOT_TOKEN", lambda r: f"{r.randrange(10**9, 8 * 10**9)}:AA{pick(r, URLSAFE, 33)}"),
    ("stripe_secret_key", "payment", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + pick(r, ALNUM, 97)),
    ("stripe_restricted_key", "payment", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + pick(r, ALNUM, 97)),
    ("stripe_webhook_secret", "payment", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + pick(r, ALNUM, 32)),
    ("square_access_token", "payment", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + pick(r, URLSAFE, 60)),
    ("braintree_access_token", "payment", "BRAINTREE_ACCESS_TOKEN", lambda r: f"access_token$production${pick(r, LOW + string.digits, 16)}${pick(r, HEX, 32)}"),
    ("shopify_access_token", "saas", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + pick(r, HEX, 32)),
    ("openai_api_key", "ai_provider", "OPENAI_API_KEY", lambda r: "sk-proj-" + pick(r, URLSAFE, 74) + "T3BlbkFJ" + pick(r, URLSAFE, 74)),
    ("anthropic_api_key", "ai_provider", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + pick(r, URLSAFE, 93) + "AA"),
    ("huggingface_token", "ai_provider", "HF_TOKEN", lambda r: "hf_" + pick(r, string.ascii_letters, 34)),
    ("groq_api_key", "ai_provider", "GROQ_API_KEY", lambda r: "gsk_" + pick(r, ALNUM, 52)),
    ("replicate_token", "ai_provider", "REPLICATE_API_TOKEN", lambda r: "r8_" + pick(r, ALNUM, 37)),
    ("perplexity_api_key", "ai_provider", "PPLX_API_KEY", lambda r: "pplx-" + pick(r, ALNUM, 48)),
    ("npm_token", "package_registry", "NPM_TOKEN", lambda r: crc_token("npm_", pick(r, B62, 30))),
    ("pypi_token", "package_registry", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + pick(r, URLSAFE, 150)),
    ("rubygems_api_key", "package_registry", "GEM_HOST_API_KEY", lambda r: "rubygems_" + pick(r, HEX, 48)),
    ("dockerhub_pat", "package_registry", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + pick(r, URLSAFE, 27)),
    ("sendgrid_api_key", "saas", "SENDGRID_API_KEY", lambda r: f"SG.{pick(r, URLSAFE, 22)}.{pick(r, URLSAFE, 43)}"),
    ("mailgun_api_key", "saas", "MAILGUN_API_KEY", lambda r: "key-" + pick(r, HEX, 32)),
    ("mailchimp_api_key", "saas", "MAILCHIMP_API_KEY", lambda r: pick(r, HEX, 32) + f"-us{r.randrange(1, 21)}"),
    ("twilio_api_key", "saas", "TWILIO_API_KEY", lambda r: "SK" + pick(r, HEX, 32)),
    ("linear_api_key", "saas", "LINEAR_API_KEY", lambda r: "lin_api_" + pick(r, ALNUM, 40)),
    ("notion_token", "saas", "NOTION_TOKEN", lambda r: "secret_" + pick(r, ALNUM, 43)),
    ("airtable_pat", "saas", "AIRTABLE_TOKEN", lambda r: f"pat{pick(r, ALNUM, 14)}.{pick(r, HEX, 64)}"),
    ("postman_api_key", "saas", "POSTMAN_API_KEY", lambda r: f"PMAK-{pick(r, HEX, 24)}-{pick(r, HEX, 34)}"),
    ("atlassian_api_token", "saas", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + pick(r, URLSAFE, 170) + "=" + pick(r, HEX.upper(), 8)),
    ("figma_pat", "saas", "FIGMA_TOKEN", lambda r: f"figd_{pick(r, URLSAFE, 40)}"),
    ("databricks_token", "data", "DATABRICKS_TOKEN", lambda r: "dapi" + pick(r, HEX, 32)),
    ("supabase_token", "data", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + pick(r, HEX, 40)),
    ("planetscale_token", "data", "PLANETSCALE_TOKEN", lambda r: "pscale_tkn_" + pick(r, URLSAFE, 43)),
    ("hashicorp_vault_token", "ci", "VAULT_TOKEN", lambda r: "hvs." + pick(r, URLSAFE, 92)),
    ("terraform_cloud_token", "ci", "TFE_TOKEN", lambda r: f"{pick(r, ALNUM, 14)}.atlasv1.{pick(r, ALNUM, 67)}"),
    ("pulumi_token", "ci", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + pick(r, HEX, 40)),
    ("doppler_token", "ci", "DOPPLER_TOKEN", lambda r: "dp.pt." + pick(r, ALNUM, 43)),
    ("grafana_service_account_token", "observability", "GRAFANA_TOKEN", lambda r: f"glsa_{pick(r, ALNUM, 32)}_{pick(r, HEX, 8)}"),
    ("newrelic_user_key", "observability", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + pick(r, UP + string.digits, 27)),
    ("dynatrace_token", "observability", "DT_API_TOKEN", lambda r: f"dt0c01.{pick(r, UP + string.digits, 24)}.{pick(r, UP + string.digits, 64)}"),
    ("age_secret_key", "private_key", "AGE_KEY", lambda r: bech32("age-secret-key-", r.randbytes(32)).upper()),
    ("jwt", "jwt", "SESSION_TOKEN", _jwt),
    ("rsa_private_key", "private_key", "", _rsa_pem),
    ("ec_private_key", "private_key", "", _ec_pem),
    ("openssh_private_key", "private_key", "", _openssh),
    ("pgp_private_key", "private_key", "", _pgp),
    ("bitcoin_wif", "crypto_wallet", "BTC_WIF", _wif),
    ("bip32_xprv", "crypto_wallet", "WALLET_XPRV", _xprv),
    ("ethereum_private_key", "crypto_wallet", "ETH_PRIVATE_KEY", lambda r: "0x" + pick(r, HEX, 64)),
]

def _carrier(value: str, name: str, rng: random.Random) -> tuple[str, str]:
    """A token-shaped `value` named `name` in one of the places tokens leak; (text, context)."""
    shape = rng.randrange(11)
    lower = name.lower()
    if shape == 0:
        return (f"# .env.production\nNODE_ENV=production\nPORT=8080\n{name}={value}\nLOG_LEVEL=info\n", "code")
    if shape == 1:
        ts = "2026-11-24T08:12:0"
        return (f"{ts}1.4410021Z ##[group]Run ./scripts/deploy.sh\n{ts}1.4412210Z + export {name}={value}\n"
                f"{ts}2.0110032Z + ./deploy --env staging\n{ts}4.9921004Z Deploy finished in 3.1s\n", "tool_result")
    if shape == 2:
        return (f"services:\n  worker:\n    image: registry.harbourline.io/worker:2.3.1\n    environment:\n      - {name}={value}\n      - QUEUE=default\n    restart: unless-stopped\n", "code")
    if shape == 3:
        return (f'variable "region" {{\n  default = "eu-west-1"\n}}\n\nresource "null_resource" "notify" {{\n  triggers = {{\n    {lower} = "{value}"\n  }}\n}}\n', "code")
    if shape == 4:
        return (f"curl -sS https://api.harbourline.io/v2/exports -H 'Authorization: Bearer {value}' -H 'Accept: application/json'", "direct")
    if shape == 5:
        return (f"[14:02] mike.t: staging is up again\n[14:03] mike.t: use this for now, I'll rotate it tomorrow: {value}\n[14:03] anna.k: thx", "chat")
    if shape == 6:
        return (f'Traceback (most recent call last):\n  File "/app/sync.py", line 41, in main\n    client = Client(token="{value}", timeout=30)\n  File "/app/client.py", line 12, in __init__\n    raise AuthError("401 Unauthorized")\nclient.AuthError: 401 Unauthorized', "tool_result")
    if shape == 7:
        cell = {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
                "source": ["import os\n", f"os.environ[\"{name}\"] = \"{value}\"\n", "df = load_orders()\n"]}
        return (json.dumps({"cells": [cell], "nbformat": 4, "nbformat_minor": 5}, indent=1), "code")
    if shape == 8:
        return (f"  511  cd ~/src/harbour-api\n  512  export {name}={value}\n  513  make run\n", "tool_result")
    if shape == 9:
        return (json.dumps({"service": "exporter", "region": "eu-west-1", "credentials": {lower: value}, "retries": 3}, indent=2), "code")
    return (f"Hi Jo,\n\nthe integration is live. The key for the production account is {value} — please store it in the vault and delete this mail.\n\nMarcus", "email")


def _kube(value: str) -> str:
    return ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.1:6443\n  name: prod\n"
            f"users:\n- name: ci-deployer\n  user:\n    token: {value}\ncontexts:\n- context:\n    cluster: prod\n    user: ci-deployer\n  name: prod\ncurrent-context: prod\n")


def positives(rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    """(kind, category, text, value, context) for every positive."""
    out = []
    for kind, category, name, make in FORMATS:
        for _ in range(2):
            value = make(rng)
            if category == "private_key" and kind != "age_secret_key":
                shape = rng.randrange(3) if kind == "rsa_private_key" else rng.randrange(2)
                if shape == 0:
                    text, ctx = f"$ cat ~/.ssh/deploy_key\n{value}\n$ ", "tool_result"
                elif shape == 1:
                    text, ctx = f"ok here's the key from the old box, don't lose it\n```\n{value}\n```", "chat"
                else:
                    text, ctx = json.dumps({"type": "service_account", "project_id": "harbour-prod", "private_key_id": pick(rng, HEX, 40),
                                            "private_key": value + "\n", "client_email": "exporter@harbour-prod.iam.example"}, indent=2), "code"
                    value = json.dumps(value)[1:-1]
            elif kind == "jwt" and rng.randrange(2):
                text, ctx = _kube(value), "code"
            else:
                text, ctx = _carrier(value, name, rng)
            out.append((kind, category, text, value, ctx))
    # AWS credentials file: the secret key beside its id.
    for _ in range(3):
        kid, secret = "AKIA" + pick(rng, UP + "234567", 16), pick(rng, B64, 40)
        out.append(("aws_secret_access_key", "cloud", f"[default]\nregion = eu-west-1\n\n[prod]\naws_access_key_id = {kid}\naws_secret_access_key = {secret}\n", secret, "code"))
    # Azure storage connection string.
    for _ in range(2):
        key = pick(rng, B64, 86) + "=="
        out.append(("azure_storage_key", "cloud", f'"ConnectionStrings": {{\n  "Blob": "DefaultEndpointsProtocol=https;AccountName=harbourdocs{rng.randrange(10, 99)};AccountKey={key};EndpointSuffix=core.windows.net"\n}}', key, "code"))
    # Connection strings and basic-auth URLs: the password is the secret.
    for scheme, port, ctx_shape in (("postgresql", 5432, "env"), ("mysql", 3306, "compose"), ("mongodb+srv", 0, "trace"),
                                    ("redis", 6379, "env"), ("amqp", 5672, "compose"), ("postgres", 5432, "trace"),
                                    ("mssql", 1433, "env"), ("mongodb", 27017, "env")):
        pw = _password(rng)
        user = rng.choice(["app", "svc_orders", "admin", "reporting"])
        host = f"db{rng.randrange(1, 9)}.internal.harbourline.io" + (f":{port}" if port else "")
        url = f"{scheme}://{user}:{pw}@{host}/orders"
        if ctx_shape == "env":
            text = f"APP_NAME=orders\nDATABASE_URL={url}\nCACHE_TTL=300\n"
        elif ctx_shape == "compose":
            text = f"services:\n  api:\n    image: harbour/api:4.2\n    environment:\n      DB_URL: \"{url}\"\n"
        else:
            text = f"ERROR 2026-11-24 09:01:44 pool.py:88 could not connect to {url}: timeout after 5000 ms\n  at Pool.connect (pool.js:88)\n  at main (index.js:12)"
        out.append(("connection_string", "connection_string", text, pw, "tool_result" if ctx_shape == "trace" else "code"))
    for template, ctx in (("git remote add origin https://deploy:{pw}@git.harbourline.io/platform/api.git", "direct"),
                          ("[global]\nindex-url = https://ci-reader:{pw}@pypi.harbourline.io/simple/\n", "code"),
                          ("GET https://admin:{pw}@status.harbourline.io/metrics 200 (12 ms)", "tool_result")):
        pw = _password(rng)
        out.append(("basic_auth_url", "connection_string", template.format(pw=pw), pw, ctx))
    # Generic assignments with high-entropy or human passwords.
    generic = [("DB_PASSWORD={v}\n", "code"), ('password: "{v}"\n', "code"), ('{{"username": "svc-report", "password": "{v}"}}', "tool_result"),
               ("spring.datasource.password={v}\n", "code"), ('SECRET_KEY = "{v}"\n', "code"), ('    "api_token": "{v}",\n', "code"),
               ("mysql -u root -p'{v}' orders < dump.sql", "direct"), ("the wifi/admin password for the new office router is {v}", "chat"),
               ("client_secret: {v}\n", "code"), ("export JWT_SIGNING_SECRET='{v}'", "tool_result"), ("<add key=\"SmtpPassword\" value=\"{v}\" />", "code"),
               ("auth_token = \"{v}\"\n", "code")]
    for template, ctx in generic:
        v = _password(rng) if rng.randrange(2) else pick(rng, ALNUM, 32)
        out.append(("generic_secret", "generic", template.format(v=v), v, ctx))
    return out


def negatives(rng: random.Random) -> list[tuple[str, str, str]]:
    """(category, text, context) for every hard negative."""
    sha = [hashlib.sha256(rng.randbytes(16)).hexdigest() for _ in range(6)]
    commit = [hashlib.sha1(rng.randbytes(16)).hexdigest() for _ in range(4)]
    png = base64.b64encode(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + rng.randbytes(120)).decode()
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(6)]
    bad_ghp = "ghp_" + pick(rng, B62, 36)  # 36 random characters: the CRC32 does not match
    bad_npm = "npm_" + pick(rng, B62, 36)
    ed = ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32)).public_key()
    pub = ed.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    csv_b64 = base64.b64encode(b"date,orders,revenue\n2026-11-23,412,18840\n").decode()
    pub_pem = ec.derive_private_key(rng.randrange(1, 2**255), ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode().strip()
    return [
        ("placeholder", "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nANTHROPIC_API_KEY=<your-anthropic-key>\n", "code"),
        ("placeholder", "# copy to .env and fill in\nGITHUB_TOKEN=your_github_token_here\nSTRIPE_SECRET_KEY=sk_live_REPLACE_ME\n", "code"),
        ("placeholder", "password: changeme\n", "code"),
        ("placeholder", "export AWS_SECRET_ACCESS_KEY=<secret-access-key>", "doc"),
        ("placeholder", "curl -H 'Authorization: Bearer YOUR_API_TOKEN' https://api.harbourline.io/v2/exports", "doc"),
        ("placeholder", "db:\n  user: app\n  password: \"********\"\n", "tool_result"),
        ("placeholder", '{"api_key": "[REDACTED]", "status": 401}', "tool_result"),
        ("placeholder", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\n", "code"),
        ("placeholder", "Set `HF_TOKEN=hf_...` in your shell, then run `make download`.", "doc"),
        ("placeholder", "token: ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  # example only", "doc"),
        ("env_reference", "env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n", "code"),
        ("env_reference", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n", "code"),
        ("env_reference", 'password = os.environ["DB_PASSWORD"]\ntoken = os.getenv("API_TOKEN", "")\n', "code"),
        ("env_reference", "DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/orders\n", "code"),
        ("env_reference", 'provider "github" {\n  token = var.github_token\n}\n', "code"),
        ("env_reference", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n", "code"),
        ("test_fixture", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", "doc"),
        ("test_fixture", 'def test_login_rejects_wrong_password(client):\n    resp = client.post("/login", json={"user": "alice", "password": "wrong-password"})\n    assert resp.status_code == 401\n', "code"),
        ("test_fixture", 'FAKE_TOKEN = "test-token-123"  # used by the mocked API in tests\n', "code"),
        ("test_fixture", "it('masks the key', () => {\n  expect(mask('dummy-api-key')).toBe('dum*********');\n});", "code"),
        ("test_fixture", 'mock_settings = {"secret_key": "not-a-real-secret", "debug": True}\n', "code"),
        ("hash", f"sha256sum release.tar.gz\n{sha[0]}  release.tar.gz", "tool_result"),
        ("hash", f'"integrity": "sha512-{base64.b64encode(rng.randbytes(64)).decode()}"', "code"),
        ("hash", f"image: registry.harbourline.io/api@sha256:{sha[1]}\n", "code"),
        ("hash", f"Downloaded file checksum (MD5): {hashlib.md5(rng.randbytes(8)).hexdigest()}", "tool_result"),
        ("hash", f"{sha[2]}  node-v20.11.1-linux-x64.tar.xz\n{sha[3]}  node-v20.11.1-darwin-arm64.tar.gz", "tool_result"),
        ("hash", f"etag: \"{hashlib.md5(rng.randbytes(8)).hexdigest()}\"\ncache-control: max-age=3600", "tool_result"),
        ("commit_sha", f"commit {commit[0]}\nAuthor: Marcus Reid <marcus@harbourline.io>\nDate:   Tue Nov 24 09:12:44 2026 +0000\n\n    fix: retry exports on 502", "tool_result"),
        ("commit_sha", f"Merged in {commit[1][:12]} and {commit[2]}; see the release notes.", "chat"),
        ("commit_sha", f"- uses: actions/checkout@{commit[3]}  # v4.2.2\n", "code"),
        ("uuid", f'{{"request_id": "{ids[0]}", "status": "ok", "latency_ms": 41}}', "tool_result"),
        ("uuid", f"INFO job {ids[1]} finished, next run scheduled as {ids[2]}", "tool_result"),
        ("uuid", f"AZURE_TENANT_ID={ids[3]}\nAZURE_SUBSCRIPTION_ID={ids[4]}\n", "code"),
        ("uuid", f"correlation-id: {ids[5]}", "tool_result"),
        ("random_id", f'{{"id": "pi_3Q{pick(rng, ALNUM, 22)}", "object": "payment_intent", "amount": 4850, "customer": "cus_{pick(rng, ALNUM, 14)}"}}', "tool_result"),
        ("random_id", f"arn:aws:iam::{rng.randrange(10**11, 10**12)}:role/exporter-prod", "tool_result"),
        ("random_id", f"channel C0{pick(rng, UP + string.digits, 9)} archived by U0{pick(rng, UP + string.digits, 9)}", "tool_result"),
        ("random_id", f"trace_id={pick(rng, HEX, 32)} span_id={pick(rng, HEX, 16)} http.status=200", "tool_result"),
        ("random_id", f"Your order HL-{pick(rng, UP + string.digits, 10)} has shipped. Tracking: 1Z{pick(rng, UP + string.digits, 16)}", "email"),
        ("random_id", f"video id: {pick(rng, URLSAFE, 11)}, playlist: PL{pick(rng, URLSAFE, 32)}", "tool_result"),
        ("random_id", f"AWS_REGION=eu-west-1\nS3_BUCKET=harbour-exports-{pick(rng, LOW + string.digits, 8)}\nCLOUDFRONT_DISTRIBUTION=E{pick(rng, UP + string.digits, 13)}\n", "code"),
        ("base64_image", f'<img alt="logo" src="data:image/png;base64,{png}">', "web_page"),
        ("base64_image", f'.icon {{ background: url("data:image/png;base64,{png}"); }}', "code"),
        ("version_string", "Python 3.12.7 (main, Oct  1 2026, 10:20:11) [GCC 13.2.0] on linux", "tool_result"),
        ("version_string", "harbour-api 4.2.0-rc.3+build.20261124.g4f2c9e1", "tool_result"),
        ("version_string", 'dependencies = ["requests>=2.32.3", "pydantic==2.9.2", "cryptography>=43.0.1"]', "code"),
        ("version_string", "Server: nginx/1.27.2\nX-Powered-By: Express 4.21.1", "tool_result"),
        ("checksum_fail", f"GITHUB_TOKEN={bad_ghp}\n", "code"),
        ("checksum_fail", f"//registry.npmjs.org/:_authToken={bad_npm}\n", "code"),
        ("public_key", f"{pub} marcus@laptop", "code"),
        ("public_key", pub_pem, "doc"),
        ("public_key", f'<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51{pick(rng, ALNUM, 97)}");</script>', "web_page"),
        ("prose", "Rotate any token that was pasted into a chat. GitHub tokens start with ghp_ and npm tokens with npm_; both carry a checksum.", "doc"),
        ("prose", "The password policy requires 12 characters, one digit and one symbol. Passwords expire every 180 days.", "doc"),
        ("prose", "Forgot your password? We'll email you a link to reset it.", "web_page"),
        ("prose", "def get_token(session):\n    \"\"\"Return the cached access token, refreshing it when it expires.\"\"\"\n    return session.token or session.refresh()", "code"),
        ("prose", "secret_santa_budget = 25  # EUR per person\n", "code"),
        ("prose", "The API key field accepts 32 to 64 characters. Keys are shown only once, when created.", "doc"),
        ("encoded_data", f'{{"cursor": "{base64.b64encode(json.dumps({"page": 7, "after": rng.randrange(10**6)}).encode()).decode()}", "has_more": true}}', "tool_result"),
        ("encoded_data", f"Content-Disposition: attachment; filename=\"report.csv\"\nContent-Transfer-Encoding: base64\n\n{csv_b64}", "email"),
        ("encoded_data", f"font-src: url(data:font/woff2;base64,{base64.b64encode(rng.randbytes(90)).decode()})", "code"),
        ("encoded_data", f"wasm = \"{pick(rng, HEX, 96)}\"  # compiled test vector", "code"),
        ("placeholder", "env:\n  - name: API_KEY\n    value: \"{{ .Values.apiKey }}\"\n", "code"),
        ("placeholder", "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n", "doc"),
        ("placeholder", '{"username": "admin", "password": null, "token": ""}', "tool_result"),
        ("placeholder", "Authorization: Bearer {{access_token}}", "doc"),
        ("placeholder", "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true", "doc"),
        ("placeholder", "DB_PASSWORD=password123  # local docker only, see docker-compose.dev.yml", "code"),
        ("hash", f'<script src="https://cdn.harbourline.io/app.js" integrity="sha384-{base64.b64encode(rng.randbytes(48)).decode()}" crossorigin="anonymous"></script>', "web_page"),
        ("hash", f'{{file = "cryptography-43.0.1-cp39-abi3-manylinux_2_28_x86_64.whl", hash = "sha256:{sha[4]}"}}', "code"),
        ("hash", f"Tree {commit[0][:7]}..{commit[1][:7]} (blob {hashlib.sha1(rng.randbytes(8)).hexdigest()})", "tool_result"),
        ("uuid", f"metadata:\n  name: api-7f9c8d6b5-x2kqz\n  uid: {uuid.UUID(int=rng.getrandbits(128), version=4)}\n  resourceVersion: \"{rng.randrange(10**6, 10**7)}\"\n", "tool_result"),
        ("random_id", f"CONTAINER ID   IMAGE            STATUS\n{pick(rng, HEX, 12)}   postgres:16      Up 3 hours\n{pick(rng, HEX, 12)}   redis:7-alpine   Up 3 hours", "tool_result"),
        ("random_id", f"Started instance i-0{pick(rng, HEX, 16)} in subnet subnet-0{pick(rng, HEX, 16)} (sg-0{pick(rng, HEX, 16)})", "tool_result"),
        ("random_id", f"GOOGLE_CLIENT_ID={rng.randrange(10**11, 10**12)}-{pick(rng, LOW + string.digits, 32)}.apps.googleusercontent.com\n", "code"),
        ("random_id", f'{{"price": "price_1Q{pick(rng, ALNUM, 22)}", "product": "prod_{pick(rng, ALNUM, 14)}", "quantity": 2}}', "tool_result"),
        ("random_id", f"Sentry event {pick(rng, HEX, 32)} grouped into issue HARBOUR-API-3F2", "chat"),
        ("random_id", f"docker pull registry.harbourline.io/api@sha256:{sha[5]}", "direct"),
        ("version_string", "go version go1.23.3 linux/amd64\nLinux build-7 6.8.0-48-generic #48-Ubuntu SMP x86_64 GNU/Linux", "tool_result"),
        ("version_string", "## [4.2.0] - 2026-11-20\n- Bumped openssl to 3.0.15 and libcurl to 8.11.0", "doc"),
        ("base64_image", f"![chart](data:image/jpeg;base64,{base64.b64encode(bytes.fromhex('ffd8ffe000104a464946') + rng.randbytes(150)).decode()})", "doc"),
        ("public_key", f"-----BEGIN CERTIFICATE-----\nMIIC{pick(rng, B64, 60)}\n{pick(rng, B64, 64)}\n{pick(rng, B64, 40)}==\n-----END CERTIFICATE-----", "doc"),
        ("prose", "Set DB_PASSWORD and API_TOKEN in your environment before starting the server; never hard-code them.", "doc"),
        ("prose", "limiter = TokenBucket(tokens=100, refill_per_second=10)\nMAX_TOKENS = 4096\n", "code"),
        ("prose", "security:\n  password_min_length: 12\n  secret_rotation_days: 90\n  require_mfa: true\n", "code"),
        ("prose", "const cfg = Object.freeze({ apiKey: process.env.API_KEY, authDomain: window.location.host });", "code"),
        ("prose", "Hey, did the new password manager rollout go OK? I still can't find where to reset my token.", "chat"),
        ("checksum_fail", f"GH_TOKEN={crc_token('ghp_', pick(rng, B62, 30))[:-1]}0\n", "code"),
        ("checksum_fail", f"export GITHUB_TOKEN=ghp_{pick(rng, B62, 30)}000000", "tool_result"),
    ]


def cases() -> list[Case]:
    rng = random.Random(SEED)
    out = []
    counts: dict[str, int] = {}

    def add(label: str, category: str, kind: str, text: str, context: str, span: tuple[int, int] | None) -> None:
        counts[category] = counts.get(category, 0) + 1
        out.append(Case(f"hs1-{category}-{counts[category]}", text, label, "secrets", category, "en", context, kind, span))

    for kind, category, text, value, ctx in positives(rng):
        start = text.index(value)
        add("positive", category, kind, text, ctx, (start, start + len(value)))
    for category, text, ctx in negatives(rng):
        add("negative", category, "", text, ctx, None)
    return out


def main() -> None:
    got = cases()
    path = ROOT / "heldout" / "secrets" / "batch1.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(c.to_json() + "\n" for c in got), encoding="utf-8")
    pos = sum(c.positive for c in got)
    kinds = len({c.kind for c in got if c.positive})
    sys.stdout.write(f"secrets batch1: {pos} positive ({kinds} kinds), {len(got) - pos} negative\n")


if __name__ == "__main__":
    main()
