"""Credential formats, written from the providers' published token shapes: a maker for
each kind of secret, and the checksums some of them carry (GitHub's and npm's CRC32,
BIP-39 seed phrases, Bitcoin WIF keys, age keys, JWT structure).

`SECRET_KINDS` lists every kind with the environment variable and the words people use
for it, so that the generator can put one in a `.env` file, a curl command or a chat
message. `VALIDATORS` maps the kinds that carry a checksum to its check.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --- GitHub-style tokens: 30 characters of entropy and a base62 CRC32 ----------------

def base62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix: str, body: str) -> str:
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def crc_token_valid(token: str) -> bool:
    """A `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`npm_` token whose last six characters are
    the base62 CRC32 of the thirty before them."""
    prefix, _, rest = token.partition("_")
    if len(rest) != 36 or not prefix:
        return False
    return base62(zlib.crc32(rest[:30].encode()), 6) == rest[30:]


def make_crc_token(prefix: str) -> Callable[[random.Random], str]:
    return lambda rng: crc_token(prefix, rand(rng, ALNUM, 30))


def break_crc(token: str, rng: random.Random) -> str:
    """The same token with one checksum character changed: the shape of a real one."""
    i = rng.randrange(len(token) - 6, len(token))
    c = rng.choice([x for x in ALNUM if x != token[i]])
    return token[:i] + c + token[i + 1:]


# --- BIP-39 seed phrases ------------------------------------------------------------

@cache
def bip39_words() -> tuple[str, ...]:
    path = Path(__file__).with_name("data") / "bip39_english.txt"
    words = tuple(path.read_text().split())
    assert len(words) == 2048
    return words


def make_seed_phrase(rng: random.Random, words: int = 12) -> str:
    ent_bits = words * 32 // 3
    entropy = rng.getrandbits(ent_bits).to_bytes(ent_bits // 8, "big")
    cs_bits = ent_bits // 32
    checksum = hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits)
    bits = (int.from_bytes(entropy, "big") << cs_bits) | checksum
    wl = bip39_words()
    return " ".join(wl[(bits >> (11 * (words - 1 - i))) & 0x7FF] for i in range(words))


def seed_phrase_valid(phrase: str) -> bool:
    wl = bip39_words()
    index = {w: i for i, w in enumerate(wl)}
    ws = phrase.split()
    if len(ws) not in (12, 15, 18, 21, 24) or any(w not in index for w in ws):
        return False
    bits = 0
    for w in ws:
        bits = (bits << 11) | index[w]
    cs_bits = len(ws) * 11 // 33
    ent_bits = len(ws) * 11 - cs_bits
    entropy = (bits >> cs_bits).to_bytes(ent_bits // 8, "big")
    return hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits) == bits & ((1 << cs_bits) - 1)


# --- Base58Check (Bitcoin WIF private keys) ------------------------------------------

def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58decode(text: str) -> bytes:
    n = 0
    for c in text:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + raw


def make_wif(rng: random.Random) -> str:
    payload = b"\x80" + rng.randbytes(32) + b"\x01"
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


def wif_valid(text: str) -> bool:
    if any(c not in B58 for c in text) or not 50 <= len(text) <= 52:
        return False
    raw = b58decode(text)
    payload, check = raw[:-4], raw[-4:]
    return (payload[:1] == b"\x80"
            and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check)


# --- Bech32 (age secret keys) -------------------------------------------------------

_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to5(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def make_age_key(rng: random.Random) -> str:
    hrp = "age-secret-key-"
    data = _to5(rng.randbytes(32))
    poly = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + "1" + "".join(_BECH[d] for d in data + check)).upper()


def age_key_valid(text: str) -> bool:
    t = text.lower()
    hrp, sep, rest = t.rpartition("1")
    if hrp != "age-secret-key-" or not sep or any(c not in _BECH for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in rest]) == 1


# --- JWT ----------------------------------------------------------------------------

def make_jwt(rng: random.Random) -> str:
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    now = 1_700_000_000 + rng.randrange(50_000_000)
    payload = {"sub": str(rng.randrange(10**6, 10**9)), "iat": now, "exp": now + 3600,
               "iss": rng.choice(["https://auth.acme-corp.io/", "supabase", "api.internal"]),
               "role": rng.choice(["service_role", "admin", "user"])}
    sig = rng.randbytes(32 if header["alg"] == "HS256" else 64)
    return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":")).encode()), b64url(sig)])


def jwt_valid(text: str) -> bool:
    parts = text.split(".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return False
    return isinstance(header, dict) and "alg" in header


# --- Every kind ---------------------------------------------------------------------

@dataclass(frozen=True)
class SecretKind:
    """One kind of credential and how people name it."""

    kind: str
    make: Callable[[random.Random], str]
    var: str
    """The environment variable or config key it usually sits in."""
    label: str
    """What people call it in prose."""
    shape: str = "token"
    """`token` (one line), `url` (a URL carrying it), `block` (several lines), `phrase`."""


def _r(alphabet: str, n: int, prefix: str = "", suffix: str = "") -> Callable[[random.Random], str]:
    return lambda rng: prefix + rand(rng, alphabet, n) + suffix


def _seq(*parts: str | tuple[str, int]) -> Callable[[random.Random], str]:
    """A maker joining literal parts and random runs `(alphabet, length)`."""
    return lambda rng: "".join(p if isinstance(p, str) else rand(rng, *p) for p in parts)


UPNUM = string.ascii_uppercase + string.digits
LOWNUM = string.ascii_lowercase + string.digits


def _pem(label: str, n: int) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        body = base64.b64encode(rng.randbytes(n)).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])
    return make


def _aws_secret(rng: random.Random) -> str:
    return rand(rng, ALNUM + "/+", 40)


def _slack(kind: str) -> Callable[[random.Random], str]:
    return lambda rng: (f"xox{kind}-{rng.randrange(10**10, 10**12)}-{rng.randrange(10**10, 10**12)}"
                        f"-{rand(rng, ALNUM, 24)}")


def _db_url(scheme: str, port: int) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        user = rng.choice(["app", "admin", "svc_orders", "reporting", "django", "root"])
        pw = rand(rng, ALNUM, rng.randrange(14, 24))
        host = rng.choice(["db.prod.internal", "10.20.4.17", "orders-db.c9akciq32.eu-west-1.rds"
                           ".amazonaws.com", "cluster0.mongodb.net", "pg-main.acme.io"])
        return f"{scheme}://{user}:{pw}@{host}:{port}/{rng.choice(['orders', 'app', 'main'])}"
    return make


def _basic(rng: random.Random) -> str:
    user = rng.choice(["deploy", "ci-bot", "jenkins", "admin", "svc-backup"])
    return base64.b64encode(f"{user}:{rand(rng, ALNUM, 18)}".encode()).decode()


def _discord_bot(rng: random.Random) -> str:
    uid = base64.b64encode(str(rng.randrange(10**17, 10**18)).encode()).decode().rstrip("=")
    return f"{uid}.{rand(rng, URLSAFE, 6)}.{rand(rng, URLSAFE, 38)}"


def _mapbox(rng: random.Random) -> str:
    head = b64url(json.dumps({"u": rng.choice(["acme", "geo-team"]), "a": rand(rng, ALNUM, 12)})
                  .encode())
    return f"sk.{head}.{rand(rng, URLSAFE, 22)}"


def _password(rng: random.Random) -> str:
    words = ["Tiger", "Harbor", "Violet", "Quartz", "Maple", "Falcon", "Ember", "Nimbus"]
    return (rng.choice(words) + rng.choice("!#$%&*@") + str(rng.randrange(10, 9999))
            + rng.choice(words).lower() + rng.choice("!?.#"))


def _netrc(rng: random.Random) -> str:
    return rand(rng, ALNUM, 20)


def _putty(rng: random.Random) -> str:
    pub = base64.b64encode(rng.randbytes(51)).decode()
    priv = base64.b64encode(rng.randbytes(48)).decode()
    return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build01\n"
            f"Public-Lines: 2\n{pub[:64]}\n{pub[64:]}\nPrivate-Lines: 1\n{priv}\n"
            f"Private-MAC: {rand(rng, HEX, 64)}")


def _gcp_sa(rng: random.Random) -> str:
    key = _pem("PRIVATE KEY", 300)(rng).replace("\n", "\\n")
    return ('{"type": "service_account", "project_id": "acme-prod-31", '
            f'"private_key_id": "{rand(rng, HEX, 40)}", "private_key": "{key}", '
            '"client_email": "ci-deployer@acme-prod-31.iam.gserviceaccount.com"}')


SECRET_KINDS: list[SecretKind] = [
    SecretKind("aws_access_key", _r("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, "AKIA"),
               "AWS_ACCESS_KEY_ID", "AWS access key"),
    SecretKind("aws_temporary_access_key", _r("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, "ASIA"),
               "AWS_ACCESS_KEY_ID", "temporary AWS access key"),
    SecretKind("aws_secret_key", _aws_secret, "AWS_SECRET_ACCESS_KEY", "AWS secret access key"),
    SecretKind("aws_mws_key", lambda r: "amzn.mws." + "-".join(
        rand(r, HEX, n) for n in (8, 4, 4, 4, 12)), "MWS_AUTH_TOKEN", "Amazon MWS auth token"),
    SecretKind("github_pat", make_crc_token("ghp_"), "GITHUB_TOKEN", "GitHub personal token"),
    SecretKind("github_oauth", make_crc_token("gho_"), "GH_OAUTH_TOKEN", "GitHub OAuth token"),
    SecretKind("github_user_to_server", make_crc_token("ghu_"), "GH_APP_USER_TOKEN",
               "GitHub app user token"),
    SecretKind("github_server_to_server", make_crc_token("ghs_"), "GH_INSTALLATION_TOKEN",
               "GitHub installation token"),
    SecretKind("github_refresh", make_crc_token("ghr_"), "GH_REFRESH_TOKEN",
               "GitHub refresh token"),
    SecretKind("github_fine_grained_pat", lambda r: "github_pat_" + rand(r, ALNUM, 22) + "_"
               + rand(r, ALNUM, 59), "GITHUB_PAT", "fine-grained GitHub token"),
    SecretKind("gitlab_pat", _r(URLSAFE, 20, "glpat-"), "GITLAB_TOKEN", "GitLab access token"),
    SecretKind("gitlab_pipeline_trigger", _r(HEX, 40, "glptt-"), "GITLAB_TRIGGER_TOKEN",
               "GitLab trigger token"),
    SecretKind("gitlab_runner_token", _r(URLSAFE, 20, "GR1348941"), "RUNNER_TOKEN",
               "GitLab runner registration token"),
    SecretKind("slack_bot_token", _slack("b"), "SLACK_BOT_TOKEN", "Slack bot token"),
    SecretKind("slack_user_token", _slack("p"), "SLACK_USER_TOKEN", "Slack user token"),
    SecretKind("slack_webhook", lambda r: "https://hooks.slack.com/services/T" + rand(
        r, string.ascii_uppercase + string.digits, 10) + "/B" + rand(
        r, string.ascii_uppercase + string.digits, 10) + "/" + rand(r, ALNUM, 24),
        "SLACK_WEBHOOK_URL", "Slack webhook", "url"),
    SecretKind("slack_app_token", _seq("xapp-1-A", (UPNUM, 10), "-1", (string.digits, 12), "-",
                                       (HEX, 64)), "SLACK_APP_TOKEN",
               "Slack app-level token"),
    SecretKind("stripe_secret_key", _r(ALNUM, 24, "sk_live_"), "STRIPE_SECRET_KEY",
               "Stripe secret key"),
    SecretKind("stripe_restricted_key", _r(ALNUM, 24, "rk_live_"), "STRIPE_RESTRICTED_KEY",
               "Stripe restricted key"),
    SecretKind("stripe_webhook_secret", _r(ALNUM, 32, "whsec_"), "STRIPE_WEBHOOK_SECRET",
               "Stripe webhook signing secret"),
    SecretKind("openai_api_key", lambda r: "sk-proj-" + rand(r, URLSAFE, 74) + "T3BlbkFJ"
               + rand(r, URLSAFE, 74), "OPENAI_API_KEY", "OpenAI API key"),
    SecretKind("openai_legacy_key", lambda r: "sk-" + rand(r, ALNUM, 20) + "T3BlbkFJ"
               + rand(r, ALNUM, 20), "OPENAI_API_KEY", "OpenAI key"),
    SecretKind("anthropic_api_key", lambda r: "sk-ant-api03-" + rand(r, URLSAFE, 93) + "AA",
               "ANTHROPIC_API_KEY", "Anthropic API key"),
    SecretKind("anthropic_admin_key", lambda r: "sk-ant-admin01-" + rand(r, URLSAFE, 93) + "AA",
               "ANTHROPIC_ADMIN_KEY", "Anthropic admin key"),
    SecretKind("google_api_key", _r(URLSAFE, 35, "AIza"), "GOOGLE_API_KEY", "Google API key"),
    SecretKind("google_oauth_secret", _r(URLSAFE, 28, "GOCSPX-"), "GOOGLE_CLIENT_SECRET",
               "Google OAuth client secret"),
    SecretKind("google_oauth_access_token", _r(URLSAFE, 120, "ya29."), "GOOGLE_ACCESS_TOKEN",
               "Google OAuth access token"),
    SecretKind("gcp_service_account", _gcp_sa, "GOOGLE_APPLICATION_CREDENTIALS_JSON",
               "GCP service account key", "block"),
    SecretKind("rsa_private_key", _pem("RSA PRIVATE KEY", 600), "TLS_KEY", "RSA private key",
               "block"),
    SecretKind("openssh_private_key", _pem("OPENSSH PRIVATE KEY", 300), "SSH_PRIVATE_KEY",
               "SSH private key", "block"),
    SecretKind("ec_private_key", _pem("EC PRIVATE KEY", 120), "EC_KEY", "EC private key",
               "block"),
    SecretKind("pkcs8_private_key", _pem("PRIVATE KEY", 400), "PRIVATE_KEY", "private key",
               "block"),
    SecretKind("pgp_private_key", _pem("PGP PRIVATE KEY BLOCK", 500), "GPG_PRIVATE_KEY",
               "PGP private key", "block"),
    SecretKind("putty_private_key", _putty, "PPK", "PuTTY key file", "block"),
    SecretKind("jwt", make_jwt, "SUPABASE_SERVICE_ROLE_KEY", "service JWT"),
    SecretKind("azure_storage_key", lambda r: base64.b64encode(r.randbytes(64)).decode(),
               "AZURE_STORAGE_KEY", "Azure storage account key"),
    SecretKind("azure_client_secret", _seq((URLSAFE + "~.", 3), (string.digits, 1), "Q~",
                                           (URLSAFE + "~.", 34)),
               "AZURE_CLIENT_SECRET", "Azure AD client secret"),
    SecretKind("twilio_api_key", _r(HEX, 32, "SK"), "TWILIO_API_KEY", "Twilio API key"),
    SecretKind("sendgrid_api_key", _seq("SG.", (URLSAFE, 22), ".", (URLSAFE, 43)),
               "SENDGRID_API_KEY", "SendGrid API key"),
    SecretKind("mailgun_api_key", _r(HEX, 32, "key-"), "MAILGUN_API_KEY", "Mailgun API key"),
    SecretKind("mailchimp_api_key", lambda r: rand(r, HEX, 32) + "-us" + str(r.randrange(1, 21)),
               "MAILCHIMP_API_KEY", "Mailchimp API key"),
    SecretKind("npm_token", make_crc_token("npm_"), "NPM_TOKEN", "npm access token"),
    SecretKind("pypi_token", lambda r: "pypi-AgEIcHlwaS5vcmc" + rand(r, URLSAFE, 140),
               "TWINE_PASSWORD", "PyPI upload token"),
    SecretKind("docker_hub_pat", _r(URLSAFE, 27, "dckr_pat_"), "DOCKERHUB_TOKEN",
               "Docker Hub access token"),
    SecretKind("shopify_access_token", _r(HEX, 32, "shpat_"), "SHOPIFY_ACCESS_TOKEN",
               "Shopify admin token"),
    SecretKind("shopify_shared_secret", _r(HEX, 32, "shpss_"), "SHOPIFY_API_SECRET",
               "Shopify shared secret"),
    SecretKind("digitalocean_pat", _r(HEX, 64, "dop_v1_"), "DIGITALOCEAN_TOKEN",
               "DigitalOcean token"),
    SecretKind("newrelic_user_key", _r(string.ascii_uppercase + string.digits, 27, "NRAK-"),
               "NEW_RELIC_API_KEY", "New Relic user key"),
    SecretKind("vault_token", _r(URLSAFE, 91, "hvs."), "VAULT_TOKEN", "Vault token"),
    SecretKind("terraform_cloud_token", _seq((ALNUM, 14), ".atlasv1.", (ALNUM, 67)),
               "TFE_TOKEN", "Terraform Cloud token"),
    SecretKind("atlassian_api_token", lambda r: "ATATT3xFfGF0" + rand(r, URLSAFE, 170) + "="
               + rand(r, HEX.upper(), 8), "JIRA_API_TOKEN", "Atlassian API token"),
    SecretKind("linear_api_key", _r(ALNUM, 40, "lin_api_"), "LINEAR_API_KEY", "Linear API key"),
    SecretKind("notion_token", _r(ALNUM, 43, "secret_"), "NOTION_TOKEN",
               "Notion integration secret"),
    SecretKind("discord_bot_token", _discord_bot, "DISCORD_TOKEN", "Discord bot token"),
    SecretKind("discord_webhook", _seq("https://discord.com/api/webhooks/1", (string.digits, 17),
                                       "/", (URLSAFE, 68)), "DISCORD_WEBHOOK", "Discord webhook",
               "url"),
    SecretKind("telegram_bot_token", _seq("7", (string.digits, 9), ":AA", (URLSAFE, 33)),
               "TELEGRAM_BOT_TOKEN", "Telegram bot token"),
    SecretKind("huggingface_token", _r(string.ascii_letters, 34, "hf_"), "HF_TOKEN",
               "Hugging Face token"),
    SecretKind("replicate_token", _r(ALNUM, 37, "r8_"), "REPLICATE_API_TOKEN", "Replicate token"),
    SecretKind("groq_api_key", _r(ALNUM, 52, "gsk_"), "GROQ_API_KEY", "Groq API key"),
    SecretKind("perplexity_api_key", _r(ALNUM, 48, "pplx-"), "PPLX_API_KEY", "Perplexity key"),
    SecretKind("openrouter_api_key", _r(HEX, 64, "sk-or-v1-"), "OPENROUTER_API_KEY",
               "OpenRouter key"),
    SecretKind("xai_api_key", _r(ALNUM, 80, "xai-"), "XAI_API_KEY", "xAI API key"),
    SecretKind("langsmith_api_key", _seq("lsv2_pt_", (HEX, 32), "_", (HEX, 10)),
               "LANGSMITH_API_KEY", "LangSmith key"),
    SecretKind("databricks_token", _r(HEX, 32, "dapi"), "DATABRICKS_TOKEN", "Databricks token"),
    SecretKind("postman_api_key", lambda r: "PMAK-" + rand(r, HEX, 24) + "-" + rand(r, HEX, 34),
               "POSTMAN_API_KEY", "Postman API key"),
    SecretKind("pulumi_token", _r(HEX, 40, "pul-"), "PULUMI_ACCESS_TOKEN", "Pulumi token"),
    SecretKind("grafana_service_account", _seq("glsa_", (ALNUM, 32), "_", (HEX, 8)),
               "GRAFANA_TOKEN", "Grafana service account token"),
    SecretKind("sentry_user_token", _r(HEX, 64, "sntryu_"), "SENTRY_AUTH_TOKEN", "Sentry token"),
    SecretKind("doppler_token", _r(ALNUM, 43, "dp.pt."), "DOPPLER_TOKEN", "Doppler token"),
    SecretKind("planetscale_token", _r(URLSAFE, 43, "pscale_tkn_"), "PLANETSCALE_TOKEN",
               "PlanetScale token"),
    SecretKind("supabase_access_token", _r(HEX, 40, "sbp_"), "SUPABASE_ACCESS_TOKEN",
               "Supabase access token"),
    SecretKind("age_secret_key", make_age_key, "AGE_KEY", "age identity"),
    SecretKind("mapbox_secret_token", _mapbox, "MAPBOX_SECRET_TOKEN", "Mapbox secret token"),
    SecretKind("square_access_token", _r(URLSAFE, 60, "EAAA"), "SQUARE_ACCESS_TOKEN",
               "Square access token"),
    SecretKind("braintree_access_token", _seq("access_token$production$", (LOWNUM, 16), "$",
                                              (HEX, 32)), "BRAINTREE_TOKEN",
               "Braintree access token"),
    SecretKind("dynatrace_token", _seq("dt0c01.", (UPNUM, 24), ".", (UPNUM, 64)), "DT_API_TOKEN",
               "Dynatrace API token"),
    SecretKind("alibaba_access_key", _r(ALNUM, 20, "LTAI"), "ALIBABA_CLOUD_ACCESS_KEY_ID",
               "Alibaba Cloud AccessKey"),
    SecretKind("contentful_pat", _r(URLSAFE, 43, "CFPAT-"), "CONTENTFUL_MANAGEMENT_TOKEN",
               "Contentful management token"),
    SecretKind("shippo_token", _r(HEX, 40, "shippo_live_"), "SHIPPO_API_TOKEN", "Shippo token"),
    SecretKind("rubygems_key", _r(HEX, 48, "rubygems_"), "GEM_HOST_API_KEY", "RubyGems API key"),
    SecretKind("artifactory_api_key", _r(ALNUM, 69, "AKCp"), "ARTIFACTORY_API_KEY",
               "Artifactory API key"),
    SecretKind("tailscale_auth_key", lambda r: "tskey-auth-k" + rand(r, ALNUM, 11) + "CNTRL-"
               + rand(r, ALNUM, 33), "TS_AUTHKEY", "Tailscale auth key"),
    SecretKind("sonarqube_token", _r(HEX, 40, "squ_"), "SONAR_TOKEN", "SonarQube token"),
    SecretKind("figma_pat", lambda r: "figd_" + rand(r, URLSAFE, 40), "FIGMA_TOKEN", "Figma token"),
    SecretKind("dropbox_token", _r(URLSAFE, 136, "sl."), "DROPBOX_ACCESS_TOKEN",
               "Dropbox access token"),
    SecretKind("airtable_pat", lambda r: "pat" + rand(r, ALNUM, 14) + "." + rand(r, HEX, 64),
               "AIRTABLE_TOKEN", "Airtable token"),
    SecretKind("asana_pat", _seq("2/1", (string.digits, 15), "/1", (string.digits, 15), ":",
                                 (HEX, 32)), "ASANA_TOKEN", "Asana token"),
    SecretKind("pinecone_api_key", _r(URLSAFE, 70, "pcsk_"), "PINECONE_API_KEY", "Pinecone key"),
    SecretKind("posthog_personal_key", _r(ALNUM, 43, "phx_"), "POSTHOG_PERSONAL_API_KEY",
               "PostHog personal key"),
    SecretKind("fcm_server_key", _seq("AAAA", (URLSAFE, 7), ":APA91b", (URLSAFE, 134)),
               "FCM_SERVER_KEY", "Firebase Cloud Messaging server key"),
    SecretKind("ethereum_private_key", _r(HEX, 64, "0x"), "WALLET_PRIVATE_KEY",
               "wallet private key"),
    SecretKind("bitcoin_wif_key", make_wif, "BTC_WIF", "bitcoin private key (WIF)"),
    SecretKind("seed_phrase", make_seed_phrase, "MNEMONIC", "wallet recovery phrase", "phrase"),
    SecretKind("postgres_url", _db_url("postgres", 5432), "DATABASE_URL", "database URL", "url"),
    SecretKind("mysql_url", _db_url("mysql", 3306), "MYSQL_URL", "MySQL connection string", "url"),
    SecretKind("mongodb_url", _db_url("mongodb+srv", 27017), "MONGODB_URI", "MongoDB URI", "url"),
    SecretKind("redis_url", _seq("redis://default:", (ALNUM, 24), "@cache-7.acme.io:6379/0"),
               "REDIS_URL", "Redis URL", "url"),
    SecretKind("amqp_url", _db_url("amqps", 5671), "CLOUDAMQP_URL", "RabbitMQ URL", "url"),
    SecretKind("cloudinary_url", lambda r: f"cloudinary://{r.randrange(10**14, 10**15)}:"
               f"{rand(r, URLSAFE, 27)}@acme-media", "CLOUDINARY_URL", "Cloudinary URL", "url"),
    SecretKind("basic_auth_header", _basic, "AUTH_HEADER", "basic auth credentials"),
    SecretKind("password", _password, "DB_PASSWORD", "password"),
    SecretKind("netrc_password", _netrc, "NETRC", "netrc password"),
]
"""Every kind of secret in the corpus (more than sixty)."""

VALIDATORS: dict[str, Callable[[str], bool]] = {
    **{k: crc_token_valid for k in ("github_pat", "github_oauth", "github_user_to_server",
                                    "github_server_to_server", "github_refresh", "npm_token")},
    "seed_phrase": seed_phrase_valid,
    "bitcoin_wif_key": wif_valid,
    "age_secret_key": age_key_valid,
    "jwt": jwt_valid,
}
"""Secret kinds that carry a checksum or a structure → its check."""
