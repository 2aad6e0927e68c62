"""Generated samples of every secret format the `secrets` family knows, for its tests.

Each kind has templates: text around a secret marked `«…»`, the secret written with
`{CLASS:N}` (N random characters of a regex character class), `{uuid}`, or a `{fn}`
calling one of the generators below, which compute real checksums (CRC32 in base 62,
base58check, bech32, BIP-39) with code of their own. `render(template, rng)` returns the
text and the secret's span; `render(template, rng, fill=…)` writes every `{CLASS:N}` with
one repeated character (a placeholder) or with a shorter run (a truncated token).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import random
import re
import string
import uuid
from collections.abc import Callable
from importlib import resources

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _class_chars(spec: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


def rand(rng: random.Random, chars: str, n: int) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


# --- generators with real checksums -------------------------------------------------


def _b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng: random.Random, prefix: str) -> str:
    body = rand(rng, B62, 30)
    return prefix + body + _b62(binascii.crc32(body.encode()), 6)


def b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def wif(rng: random.Random, compressed: bool = True) -> str:
    key = bytes(rng.randrange(1, 256) for _ in range(32))
    return b58check(b"\x80" + key + (b"\x01" if compressed else b""))


def xprv(rng: random.Random) -> str:
    payload = (bytes.fromhex("0488ADE4") + b"\x00" + b"\x00" * 4 + b"\x00" * 4
               + bytes(rng.randrange(256) for _ in range(32)) + b"\x00"
               + bytes(rng.randrange(1, 256) for _ in range(32)))
    return b58check(payload)


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def age_key(rng: random.Random) -> str:
    hrp = "age-secret-key-"
    data = [rng.randrange(32) for _ in range(52)]
    expand = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = _polymod(expand + data + [0] * 6) ^ 1
    data += [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + "1" + "".join(BECH32[d] for d in data)).upper()


def wordlist() -> list[str]:
    raw = resources.files("secproxy.guards").joinpath("data/bip39_english.txt").read_text()
    return raw.split()


def mnemonic(rng: random.Random, words: int = 12) -> str:
    ent = bytes(rng.randrange(256) for _ in range(words * 4 // 3))
    bits = int.from_bytes(ent, "big")
    cs = words // 3
    bits = (bits << cs) | (hashlib.sha256(ent).digest()[0] >> (8 - cs))
    wl = wordlist()
    return " ".join(wl[(bits >> (11 * (words - 1 - i))) & 2047] for i in range(words))


def _b64url(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


def jwt(rng: random.Random) -> str:
    header = _b64url({"alg": "HS256", "typ": "JWT"})
    claims = _b64url({"sub": rand(rng, B62, 10), "iat": rng.randrange(10**9, 2 * 10**9)})
    return f"{header}.{claims}.{rand(rng, B62 + '-_', 43)}"


def discord(rng: random.Random) -> str:
    ident = str(rng.randrange(10**17, 10**18)).encode()
    first = base64.b64encode(ident).decode().rstrip("=")
    return f"{first}.{rand(rng, B62, 6)}.{rand(rng, B62 + '-_', 27)}"


def basic(rng: random.Random) -> str:
    return base64.b64encode(f"deploy:{rand(rng, B62, 14)}".encode()).decode()


def pem(rng: random.Random, label: str = "RSA PRIVATE KEY") -> str:
    raw = (openssh_key(rng) if label.startswith("OPENSSH") else
           bytes(rng.randrange(256) for _ in range(600)))
    return f"-----BEGIN {label}-----\n{_wrapped(raw)}\n-----END {label}-----"


def _wrapped(raw: bytes) -> str:
    body = base64.b64encode(raw).decode()
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def _field(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def openssh_key(rng: random.Random) -> bytes:
    """An unencrypted ed25519 key in OpenSSH's own format, as `ssh-keygen` writes it:
    its length fields and padding give the base64 runs of `A` real keys hold."""
    public = rng.randbytes(32)
    blob = _field(b"ssh-ed25519") + _field(public)
    check = rng.randbytes(4)
    private = check + check + blob + _field(rng.randbytes(32) + public) + _field(b"me@host")
    private += bytes(range(1, 1 + (-len(private) % 8)))
    return (b"openssh-key-v1\0" + _field(b"none") + _field(b"none") + _field(b"")
            + (1).to_bytes(4, "big") + _field(blob) + _field(private))


def der_key(rng: random.Random, kind: str = "pkcs1") -> str:
    """A private key's DER body in base64, without its armour: the structure's opening
    (version, then the modulus, the algorithm or the key) and random bytes for the rest."""
    if kind == "pkcs1":  # RSAPrivateKey: version 0, modulus…
        raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rng.randbytes(1180)
    elif kind == "pkcs8":  # PrivateKeyInfo: version 0, AlgorithmIdentifier (rsaEncryption)…
        raw = (b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d"
               b"\x01\x01\x01\x05\x00\x04\x82\x04\xa7" + rng.randbytes(1190))
    else:  # SEC 1 ECPrivateKey: version 1, the key as an OCTET STRING…
        raw = b"\x30\x77\x02\x01\x01\x04\x20" + rng.randbytes(112)
    return _wrapped(raw)


def pem_b64(rng: random.Random) -> str:
    return base64.b64encode(pem(rng, "PRIVATE KEY").encode()).decode()


def solana_bytes(rng: random.Random, sep: str) -> str:
    """An Ed25519 key pair as solana-keygen writes it: the seed's and the derived public
    key's 64 bytes as a JSON array."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    seed = rng.randbytes(32)
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)
    return "[" + sep.join(str(b) for b in seed + public) + "]"


def solana(rng: random.Random) -> str:
    raw = bytes(rng.randrange(1, 256) for _ in range(64))
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def sentry_org(rng: random.Random) -> str:
    return "sntrys_" + _b64url({"iat": rng.randrange(10**9), "url": "https://sentry.io",
                                "org": rand(rng, string.ascii_lowercase, 8)}) \
        + "_" + rand(rng, B62, 43)


def grafana_legacy(rng: random.Random) -> str:
    return base64.b64encode(json.dumps(
        {"k": rand(rng, B62, 32), "n": "ci", "id": rng.randrange(100)},
        separators=(",", ":")).encode()).decode()


def onepassword(rng: random.Random) -> str:
    return "ops_" + base64.b64encode(json.dumps(
        {"signInAddress": "my.1password.com", "userAuth": {"k": rand(rng, B62, 40)},
         "email": rand(rng, string.ascii_lowercase, 12), "srpX": rand(rng, B62, 64),
         "muk": {"k": rand(rng, B62, 43)}}).encode()).decode()


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "ghp": lambda r: crc_token(r, "ghp_"), "gho": lambda r: crc_token(r, "gho_"),
    "ghu": lambda r: crc_token(r, "ghu_"), "ghs": lambda r: crc_token(r, "ghs_"),
    "npm": lambda r: crc_token(r, "npm_"), "wif": wif,
    "wif5": lambda r: wif(r, compressed=False), "xprv": xprv, "age": age_key,
    "mnemonic": mnemonic, "mnemonic24": lambda r: mnemonic(r, 24), "jwt": jwt,
    "discord": discord, "basic": basic, "pem": pem,
    "pem_openssh": lambda r: pem(r, "OPENSSH PRIVATE KEY"), "pem_b64": pem_b64,
    "der_pkcs1": der_key, "der_pkcs8_line": lambda r: der_key(r, "pkcs8").replace("\n", ""),
    "der_sec1_line": lambda r: der_key(r, "sec1").replace("\n", ""),
    "openssh_body": lambda r: _wrapped(openssh_key(r)),
    "solana": solana, "solana_bytes": lambda r: solana_bytes(r, ","),
    "solana_bytes_spaced": lambda r: solana_bytes(r, ", "), "sentry_org": sentry_org,
    "grafana_legacy": grafana_legacy,
    "onepassword": onepassword, "uuid": lambda r: str(uuid.UUID(int=r.getrandbits(128),
                                                                 version=4)),
}

_SLOT = re.compile(r"\{([^{}:]+)(?::(\d+))?\}")


def render(template: str, rng: random.Random, fill: str = "random") -> tuple[str, int, int]:
    """The text of `template` and the span of its `«secret»`. `fill`: `random`;
    `placeholder` (each class slot one repeated character); `short` (each class slot
    at 40% of its length)."""

    def slot(m: re.Match[str]) -> str:
        name, count = m.group(1), m.group(2)
        if count is None:
            return GENERATORS[name](rng)
        chars, n = _class_chars(name), int(count)
        if fill == "placeholder":
            return ("x" if "x" in chars else "X" if "X" in chars else chars[0]) * n
        if fill == "short":
            n = max(1, n * 2 // 5)
        return rand(rng, chars, n)

    text = _SLOT.sub(slot, template)
    start = text.index("«")
    text = text.replace("«", "", 1)
    end = text.index("»")
    return text.replace("»", "", 1), start, end


HEX = "{a-f0-9:32}"
B62S = "A-Za-z0-9"

SAMPLES: dict[str, list[str]] = {
    "aws_access_key_id": ["aws_access_key_id = «AKIA{A-Z2-7:16}»", "«ASIA{A-Z2-7:16}»"],
    "aws_secret_access_key": ["aws_secret_access_key = «{A-Za-z0-9/+:40}»",
                              '"SecretAccessKey": "«{A-Za-z0-9/+:40}»"'],
    "aws_session_token": ["AWS_SESSION_TOKEN=«IQoJb3JpZ2lu{A-Za-z0-9/+:180}»"],
    "aws_mws_auth_token": ["mws «amzn.mws.{uuid}»"],
    "amazon_bedrock_api_key": ["key «ABSK{A-Za-z0-9+/:120}»"],
    "gcp_api_key": ["key=«AIza{A-Za-z0-9_-:35}»"],
    "gcp_service_account_key": ['{"type": "service_account", "private_key_id": '
                                '"«{a-f0-9:40}»"}'],
    "gcp_oauth_client_secret": ['"client_secret": "«GOCSPX-{A-Za-z0-9_-:28}»"'],
    "google_oauth_access_token": ["Bearer «ya29.{A-Za-z0-9_-:60}»"],
    "google_oauth_refresh_token": ["refresh: «1//0{A-Za-z0-9_-:60}»"],
    "firebase_cloud_messaging_key": ["key=«AAAA{A-Za-z0-9_-:7}:APA91b{A-Za-z0-9_-:134}»"],
    "azure_storage_account_key": ["DefaultEndpointsProtocol=https;AccountName=acme;"
                                  "AccountKey=«{A-Za-z0-9+/:86}==»;EndpointSuffix=core"],
    "azure_sas_token": ["https://x.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r"
                        "&se=2030-01-01T00:00:00Z&sig=«{A-Za-z0-9:43}%3D»"],
    "azure_ad_client_secret": ["client secret «{a-z:3}8Q~{A-Za-z0-9:34}»"],
    "azure_annotated_key": ["«{A-Za-z0-9:52}JQQJ99{A-Za-z0-9:28}»"],
    "azure_devops_pat": ["AZURE_DEVOPS_TOKEN=«{a-z2-7:52}»"],
    "azure_openai_key": ["AZURE_OPENAI_API_KEY=«{a-f0-9:32}»"],
    "digitalocean_pat": ["«dop_v1_{a-f0-9:64}»"],
    "digitalocean_oauth_token": ["«doo_v1_{a-f0-9:64}»"],
    "digitalocean_refresh_token": ["«dor_v1_{a-f0-9:64}»"],
    "heroku_api_key": ["HEROKU_API_KEY=«{uuid}»", "«HRKU-{A-Za-z0-9_-:60}»"],
    "alibaba_access_key_id": ["«LTAI{A-Za-z0-9:20}»"],
    "alibaba_secret_key": ["ALIBABA_CLOUD_ACCESS_KEY_SECRET=«{A-Za-z0-9:30}»"],
    "tencent_secret_id": ["«AKID{A-Za-z0-9:32}»"],
    "ibm_cloud_api_key": ["IBMCLOUD_API_KEY=«{A-Za-z0-9_-:44}»"],
    "cloudflare_api_token": ["CLOUDFLARE_API_TOKEN=«{A-Za-z0-9_-:40}»"],
    "cloudflare_origin_ca_key": ["«v1.0-{a-f0-9:24}-{a-f0-9:146}»"],
    "fastly_api_token": ["FASTLY_API_TOKEN=«{A-Za-z0-9_-:32}»"],
    "scaleway_secret_key": ["SCW_SECRET_KEY=«{uuid}»"],
    "linode_token": ["LINODE_TOKEN=«{a-f0-9:64}»"],
    "vultr_api_key": ["VULTR_API_KEY=«{A-Z0-9:36}»"],
    "hashicorp_vault_token": ["VAULT_TOKEN=«hvs.{A-Za-z0-9_-:90}»"],
    "hashicorp_vault_legacy_token": ['vault_token: "«s.{A-Za-z0-9:24}»"'],
    "terraform_cloud_token": ["«{A-Za-z0-9:14}.atlasv1.{A-Za-z0-9_-:67}»"],
    "pulumi_access_token": ["«pul-{a-f0-9:40}»"],
    "doppler_token": ["«dp.st.{A-Za-z0-9:43}»"],
    "flyio_token": ["FLY_API_TOKEN=«fm2_{A-Za-z0-9+/:120}»"],
    "supabase_access_token": ["«sbp_{a-f0-9:40}»"],
    "supabase_secret_key": ["«sb_secret_{A-Za-z0-9_-:36}»"],
    "planetscale_token": ["«pscale_tkn_{A-Za-z0-9_-:43}»"],
    "render_api_key": ["«rnd_{A-Za-z0-9:32}»"],
    "databricks_token": ["«dapi{a-f0-9:32}»"],
    "netlify_token": ["NETLIFY_AUTH_TOKEN=«{A-Za-z0-9_-:43}»"],
    "vercel_token": ["VERCEL_TOKEN=«{A-Za-z0-9:24}»"],
    "railway_token": ["RAILWAY_TOKEN=«{uuid}»"],
    "tailscale_key": ["«tskey-auth-{A-Za-z0-9:12}-{A-Za-z0-9:30}»"],
    "ngrok_authtoken": ["NGROK_AUTHTOKEN=«{A-Za-z0-9:27}_{A-Za-z0-9:21}»"],
    "openstack_password": ["export OS_PASSWORD=«{A-Za-z0-9:14}»"],
    "kubernetes_secret_data": ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: "
                               "Opaque\ndata:\n  token: «{A-Za-z0-9+/:30}»\n"],
    "github_pat": ["export GITHUB_TOKEN=«{ghp}»"],
    "github_oauth_token": ["«{gho}»"],
    "github_user_to_server_token": ["«{ghu}»"],
    "github_server_to_server_token": ["«{ghs}»"],
    "github_refresh_token": ["«ghr_{A-Za-z0-9:76}»"],
    "github_fine_grained_pat": ["«github_pat_{A-Za-z0-9:22}_{A-Za-z0-9:59}»"],
    "gitlab_pat": ["«glpat-{A-Za-z0-9_-:20}»"],
    "gitlab_pipeline_trigger_token": ["«glptt-{a-f0-9:40}»"],
    "gitlab_runner_token": ["«glrt-{A-Za-z0-9_-:20}»"],
    "gitlab_deploy_token": ["«gldt-{A-Za-z0-9_-:20}»"],
    "gitlab_feed_token": ["«glft-{A-Za-z0-9_-:20}»"],
    "gitlab_scim_token": ["«glsoat-{A-Za-z0-9_-:20}»"],
    "gitlab_ci_build_token": ["«glcbt-{A-Za-z0-9_-:20}»"],
    "gitlab_incoming_mail_token": ["«glimt-{A-Za-z0-9_-:25}»"],
    "gitlab_feature_flag_token": ["«glffct-{A-Za-z0-9_-:20}»"],
    "gitlab_agent_token": ["«glagent-{A-Za-z0-9_-:24}»"],
    "gitlab_oauth_secret": ["«gloas-{a-f0-9:24}»"],
    "gitlab_runner_registration_token": ["«GR1348941{A-Za-z0-9_-:20}»"],
    "bitbucket_app_password": ["«ATBB{A-Za-z0-9:32}»"],
    "atlassian_api_token": ["«ATATT3{A-Za-z0-9_-:186}»"],
    "atlassian_legacy_token": ["JIRA_API_TOKEN=«{A-Za-z0-9:24}»"],
    "circleci_token": ["«CCIPAT_{A-Za-z0-9:22}_{a-f0-9:40}»"],
    "circleci_legacy_token": ["CIRCLECI_TOKEN=«{a-f0-9:40}»"],
    "travis_ci_token": ["TRAVIS_API_TOKEN=«{A-Za-z0-9_-:22}»"],
    "buildkite_token": ["«bkua_{a-f0-9:40}»"],
    "jfrog_api_key": ["«AKCp{A-Za-z0-9:69}»"],
    "jfrog_reference_token": ["«cmVmdGtu{A-Za-z0-9:56}»"],
    "sonarqube_token": ["«squ_{a-f0-9:40}»"],
    "docker_hub_token": ["«dckr_pat_{A-Za-z0-9_-:27}»"],
    "octopus_deploy_api_key": ["«API-{A-Z0-9:26}»"],
    "harness_pat": ["«pat.{A-Za-z0-9_-:22}.{a-f0-9:24}.{A-Za-z0-9:20}»"],
    "jenkins_api_token": ["JENKINS_API_TOKEN=«1{a-f0-9:33}»"],
    "snyk_token": ["SNYK_TOKEN=«{uuid}»"],
    "codecov_token": ["CODECOV_TOKEN=«{uuid}»"],
    "sourcegraph_token": ["«sgp_{a-f0-9:16}_{a-f0-9:40}»"],
    "gitea_token": ["GITEA_TOKEN=«{a-f0-9:40}»"],
    "infracost_api_key": ["«ico-{A-Za-z0-9:32}»"],
    "prefect_api_key": ["«pnu_{A-Za-z0-9:36}»"],
    "readme_api_key": ["«rdme_{a-z0-9:70}»"],
    "grafana_cloud_token": ["«glc_{A-Za-z0-9+/:60}=»"],
    "grafana_service_account_token": ["«glsa_{A-Za-z0-9:32}_{a-f0-9:8}»"],
    "grafana_api_key": ["«{grafana_legacy}»"],
    "newrelic_user_api_key": ["«NRAK-{A-Z0-9:27}»"],
    "newrelic_insert_key": ["«NRII-{A-Za-z0-9_-:32}»"],
    "newrelic_browser_key": ["«NRJS-{a-f0-9:19}»"],
    "datadog_api_key": ["DATADOG_API_KEY=«{a-f0-9:32}»", 'dd_api_key: "«{a-f0-9:32}»"'],
    "datadog_app_key": ["DD_APP_KEY=«{a-f0-9:40}»"],
    "sentry_org_token": ["«{sentry_org}»"],
    "sentry_user_token": ["«sntryu_{a-f0-9:64}»"],
    "sentry_dsn": ["dsn: https://«{a-f0-9:32}»@o12345.ingest.sentry.io/678901"],
    "dynatrace_token": ["«dt0c01.{A-Z0-9:24}.{A-Z0-9:64}»"],
    "honeycomb_api_key": ["HONEYCOMB_API_KEY=«{A-Za-z0-9:22}»"],
    "splunk_hec_token": ["SPLUNK_HEC_TOKEN=«{uuid}»"],
    "launchdarkly_key": ["«sdk-{uuid}»"],
    "pagerduty_token": ["PAGERDUTY_TOKEN=«{A-Za-z0-9_+-:20}»"],
    "opsgenie_api_key": ["OPSGENIE_API_KEY=«{uuid}»"],
    "sumologic_access_key": ["SUMO_ACCESS_KEY=«{A-Za-z0-9:64}»"],
    "logdna_ingestion_key": ["LOGDNA_INGESTION_KEY=«{a-f0-9:32}»"],
    "rollbar_access_token": ["ROLLBAR_ACCESS_TOKEN=«{a-f0-9:32}»"],
    "bugsnag_api_key": ["BUGSNAG_API_KEY=«{a-f0-9:32}»"],
    "posthog_personal_key": ["«phx_{A-Za-z0-9:43}»"],
    "slack_bot_token": ["«xoxb-{0-9:12}-{0-9:13}-{A-Za-z0-9:24}»"],
    "slack_user_token": ["«xoxp-{0-9:12}-{0-9:12}-{0-9:13}-{a-f0-9:32}»"],
    "slack_app_token": ["«xapp-1-A{A-Z0-9:10}-{0-9:13}-{a-f0-9:64}»"],
    "slack_config_token": ["«xoxe.xoxp-1-{A-Za-z0-9:165}»"],
    "slack_refresh_token": ["«xoxe-1-{A-Za-z0-9:146}»"],
    "slack_legacy_token": ["«xoxs-{0-9:11}-{0-9:12}-{A-Za-z0-9:30}»"],
    "slack_webhook_url": ["«https://hooks.slack.com/services/T{A-Z0-9:9}/B{A-Z0-9:9}/"
                          "{A-Za-z0-9:24}»"],
    "discord_bot_token": ["DISCORD bot «{discord}»"],
    "discord_webhook_url": ["«https://discord.com/api/webhooks/{0-9:18}/{A-Za-z0-9_-:68}»"],
    "telegram_bot_token": ["bot «{1-9:1}{0-9:9}:AA{A-Za-z0-9_-:33}»",
                           "curl https://api.telegram.org/bot«{1-9:1}{0-9:9}:AA"
                           "{A-Za-z0-9_-:33}»/sendMessage?chat_id=42"],
    "teams_webhook_url": ["«https://acme.webhook.office.com/webhookb2/{uuid}@{uuid}/"
                          "IncomingWebhook/{a-f0-9:32}/{uuid}»"],
    "twilio_api_key": ["«SK{a-f0-9:32}»"],
    "twilio_auth_token": ["TWILIO_AUTH_TOKEN=«{a-f0-9:32}»"],
    "sendgrid_api_key": ["«SG.{A-Za-z0-9_-:22}.{A-Za-z0-9_-:43}»"],
    "mailgun_api_key": ["«key-{a-f0-9:32}»", "«{a-f0-9:32}-{a-f0-9:8}-{a-f0-9:8}»"],
    "mailchimp_api_key": ["«{a-f0-9:32}-us14»"],
    "postmark_server_token": ["POSTMARK_SERVER_TOKEN=«{uuid}»"],
    "mailjet_api_key": ["MAILJET_API_KEY=«{a-f0-9:32}»"],
    "sendinblue_api_key": ["«xkeysib-{a-f0-9:64}-{A-Za-z0-9:16}»"],
    "mattermost_token": ["MATTERMOST_TOKEN=«{a-z0-9:26}»"],
    "zendesk_api_token": ["ZENDESK_API_TOKEN=«{A-Za-z0-9:40}»"],
    "intercom_access_token": ["INTERCOM_ACCESS_TOKEN=«dG9rOj{A-Za-z0-9:54}=»"],
    "twitter_bearer_token": ["«AAAAAAAAAAAAAAAAAAAAA{A-Za-z0-9:80}»"],
    "twitter_api_secret": ["TWITTER_CONSUMER_SECRET=«{A-Za-z0-9:50}»"],
    "facebook_access_token": ["«EAA{A-Za-z0-9:120}»"],
    "facebook_app_secret": ["FACEBOOK_APP_SECRET=«{a-f0-9:32}»"],
    "linkedin_client_secret": ["LINKEDIN_CLIENT_SECRET=«{A-Za-z0-9:16}»"],
    "twitch_api_token": ["TWITCH_TOKEN=«{a-z0-9:30}»"],
    "line_channel_token": ["LINE_CHANNEL_ACCESS_TOKEN=«{A-Za-z0-9+/:170}=»"],
    "zapier_webhook_url": ["«https://hooks.zapier.com/hooks/catch/{0-9:7}/{a-z0-9:7}»"],
    "shopify_token": ["«shpat_{a-f0-9:32}»"],
    "linear_api_key": ["«lin_api_{A-Za-z0-9:40}»"],
    "notion_token": ["«secret_{A-Za-z0-9:43}»", "«ntn_{0-9:11}{A-Za-z0-9:35}»"],
    "airtable_pat": ["«pat{A-Za-z0-9:14}.{a-f0-9:64}»"],
    "airtable_api_key": ["AIRTABLE_API_KEY=«key{A-Za-z0-9:14}»"],
    "figma_pat": ["«figd_{A-Za-z0-9_-:40}»"],
    "typeform_token": ["«tfp_{A-Za-z0-9_-:44}»"],
    "dropbox_token": ["«sl.{A-Za-z0-9_-:135}»"],
    "asana_pat": ["«1/{0-9:16}:{A-Za-z0-9:32}»"],
    "hubspot_private_app_token": ["«pat-na1-{uuid}»"],
    "hubspot_api_key": ["HUBSPOT_API_KEY=«{uuid}»"],
    "salesforce_access_token": ["«00D{A-Za-z0-9:15}!{A-Za-z0-9._:96}»"],
    "okta_api_token": ["OKTA_API_TOKEN=«00{A-Za-z0-9_-:40}»",
                       "Authorization: SSWS «00{A-Za-z0-9_-:40}»"],
    "auth0_client_secret": ["AUTH0_CLIENT_SECRET=«{A-Za-z0-9_-:64}»"],
    "onepassword_service_token": ["OP_SERVICE_ACCOUNT_TOKEN=«{onepassword}»"],
    "onepassword_secret_key": ["«A3-{A-Z0-9:6}-{A-Z0-9:6}-{A-Z0-9:5}-{A-Z0-9:5}-{A-Z0-9:5}"
                               "-{A-Z0-9:5}»"],
    "contentful_token": ["«CFPAT-{A-Za-z0-9_-:43}»"],
    "mapbox_secret_token": ["«sk.eyJ{A-Za-z0-9_-:60}.{A-Za-z0-9_-:22}»"],
    "algolia_admin_key": ["ALGOLIA_ADMIN_KEY=«{a-f0-9:32}»"],
    "adafruit_io_key": ["«aio_{A-Za-z0-9:28}»"],
    "frameio_token": ["«fio-u-{A-Za-z0-9_-:64}»"],
    "duffel_token": ["«duffel_live_{A-Za-z0-9_-:43}»"],
    "easypost_api_key": ["«EZAK{A-Za-z0-9:54}»"],
    "shippo_token": ["«shippo_live_{a-f0-9:40}»"],
    "postman_api_key": ["«PMAK-{a-f0-9:24}-{a-f0-9:34}»"],
    "yandex_api_key": ["«AQVN{A-Za-z0-9_-:36}»"],
    "trello_token": ["TRELLO_TOKEN=«{a-f0-9:64}»"],
    "box_token": ["BOX_CLIENT_SECRET=«{A-Za-z0-9:32}»"],
    "segment_write_key": ["SEGMENT_WRITE_KEY=«{A-Za-z0-9:32}»"],
    "clickup_token": ["«pk_{0-9:8}_{A-Z0-9:32}»"],
    "stripe_secret_key": ["«sk_live_{A-Za-z0-9:24}»", "«rk_live_{A-Za-z0-9:30}»"],
    "stripe_test_key": ["«sk_test_{A-Za-z0-9:24}»"],
    "stripe_webhook_secret": ["«whsec_{A-Za-z0-9:32}»"],
    "square_access_token": ["«sq0atp-{A-Za-z0-9_-:22}»", "«EAAA{A-Za-z0-9_-:60}»"],
    "square_oauth_secret": ["«sq0csp-{A-Za-z0-9_-:43}»"],
    "braintree_access_token": ["«access_token$production${a-z0-9:16}${a-f0-9:32}»"],
    "paypal_client_secret": ["PAYPAL_CLIENT_SECRET=«E{A-Za-z0-9_-:79}»"],
    "plaid_access_token": ["«access-production-{uuid}»"],
    "flutterwave_secret_key": ["«FLWSECK-{a-h0-9:32}-X»"],
    "razorpay_key_secret": ["RAZORPAY_KEY_SECRET=«{A-Za-z0-9:24}»"],
    "adyen_api_key": ["«AQE{A-Za-z0-9+/=_-:140}»"],
    "coinbase_api_secret": ["COINBASE_API_SECRET=«{A-Za-z0-9+/:64}»"],
    "binance_api_secret": ["BINANCE_API_SECRET=«{A-Za-z0-9:64}»"],
    "kraken_api_secret": ["KRAKEN_API_SECRET=«{A-Za-z0-9+/:86}==»"],
    "mollie_api_key": ["«live_{A-Z:10}{a-z:10}{0-9:10}»"],
    "gocardless_token": ["«live_{A-Z:14}{a-z:13}{0-9:13}»"],
    "wise_api_token": ["WISE_API_TOKEN=«{uuid}»"],
    "openai_api_key": ["OPENAI_API_KEY=«sk-proj-{A-Za-z0-9_-:80}»",
                       "«sk-{A-Za-z0-9:20}T3BlbkFJ{A-Za-z0-9:20}»"],
    "anthropic_api_key": ["«sk-ant-api03-{A-Za-z0-9_-:93}AA»"],
    "openrouter_api_key": ["«sk-or-v1-{a-f0-9:64}»"],
    "langfuse_secret_key": ["«sk-lf-{uuid}»"],
    "sk_api_key": ["«sk-{A-Za-z0-9:48}»"],
    "groq_api_key": ["«gsk_{A-Za-z0-9:52}»"],
    "xai_api_key": ["«xai-{A-Za-z0-9:80}»"],
    "replicate_api_token": ["«r8_{A-Za-z0-9:37}»"],
    "huggingface_token": ["«hf_{A-Za-z:34}»", "«api_org_{A-Za-z:34}»"],
    "perplexity_api_key": ["«pplx-{A-Za-z0-9:48}»"],
    "langsmith_api_key": ["«lsv2_pt_{a-f0-9:32}_{a-f0-9:10}»"],
    "pinecone_api_key": ["«pcsk_{A-Za-z0-9:6}_{A-Za-z0-9:64}»"],
    "nvidia_api_key": ["«nvapi-{A-Za-z0-9_-:64}»"],
    "cerebras_api_key": ["«csk-{a-z0-9:48}»"],
    "elevenlabs_api_key": ["«sk_{a-f0-9:48}»"],
    "tavily_api_key": ["«tvly-{A-Za-z0-9:32}»"],
    "firecrawl_api_key": ["«fc-{a-f0-9:32}»"],
    "anyscale_api_key": ["«esecret_{A-Za-z0-9:26}»"],
    "cohere_api_key": ["COHERE_API_KEY=«{A-Za-z0-9:40}»"],
    "mistral_api_key": ["MISTRAL_API_KEY=«{A-Za-z0-9:32}»"],
    "together_api_key": ["TOGETHER_API_KEY=«{a-f0-9:64}»"],
    "wandb_api_key": ["WANDB_API_KEY=«{a-f0-9:40}»"],
    "assemblyai_api_key": ["ASSEMBLYAI_API_KEY=«{a-f0-9:32}»"],
    "deepgram_api_key": ["DEEPGRAM_API_KEY=«{a-f0-9:40}»"],
    "npm_token": ["//registry.npmjs.org/:_authToken=«{npm}»"],
    "npm_legacy_token": ["NPM_TOKEN=«{uuid}»"],
    "pypi_token": ["password = «pypi-AgEIcHlwaS5vcmc{A-Za-z0-9_-:70}»"],
    "rubygems_api_key": ["«rubygems_{a-f0-9:48}»"],
    "nuget_api_key": ["«oy2{a-z0-9:43}»"],
    "crates_io_token": ["«cio{A-Z:11}{a-z:11}{0-9:10}»"],
    "clojars_token": ["«CLOJARS_{a-z0-9:60}»"],
    "hex_pm_api_key": ["HEX_API_KEY=«{a-f0-9:32}»"],
    "packagist_token": ["«packu_{A-Za-z0-9:30}»"],
    "pub_dev_token": ["PUB_TOKEN=«{A-Za-z0-9_-:50}»"],
    "artifactory_password": ["ARTIFACTORY_API_KEY=«AP{A-Za-z0-9:40}»"],
    "private_key_pem": ["key:\n«{pem}»\n", "«{pem_openssh}»"],
    "private_key_base64": ["client-key-data: «{pem_b64}»"],
    "private_key_der": ["SIGNING_KEY=«{der_pkcs8_line}»", "key body:\n«{der_pkcs1}»\nend",
                        '{"ec_key": "«{der_sec1_line}»"}', "«{openssh_body}»"],
    "putty_private_key": ["«PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: k\n"
                          "Public-Lines: 2\n{A-Za-z0-9+/:64}\n{A-Za-z0-9+/:40}\n"
                          "Private-Lines: 1\n{A-Za-z0-9+/:64}»\n"],
    "age_secret_key": ["«{age}»"],
    "jwt": ["Authorization: Bearer «{jwt}»"],
    "http_basic_auth": ["Authorization: Basic «{basic}»"],
    "sql_password": ["CREATE USER 'report'@'%' IDENTIFIED BY '«{A-Za-z0-9:12}»';"],
    "code_login_password": ['requests.get(url, auth=("deploy", "«P7{A-Za-z0-9:12}»"))',
                            "smtp.login('alerts@acme.io', '«P7{A-Za-z0-9:10}»')"],
    "docker_registry_auth": ['{"auths": {"registry.example.net": {"auth": "«{basic}»"}}}'],
    "bitcoin_wif_private_key": ["wallet «{wif}»", "«{wif5}»"],
    "bip32_extended_private_key": ["«{xprv}»"],
    "ethereum_private_key": ["PRIVATE_KEY=«0x{a-f0-9:64}»"],
    "solana_private_key": ["SOLANA_PRIVATE_KEY=«{solana}»"],
    "solana_keypair": ["cat ~/.config/solana/id.json\n«{solana_bytes}»\n",
                       '{"wallet": «{solana_bytes_spaced}»}'],
    # generic detectors
    "generic_password": ['db_password = "«{A-Za-z0-9:8}!{0-9:2}»"',
                         "--password «{A-Za-z0-9:12}»", "<password>«{A-Za-z0-9:12}»</password>"],
    "generic_token": ["ACCESS_TOKEN: «{A-Za-z0-9:32}»"],
    "generic_api_key": ['"apiKey": "«{A-Za-z0-9:32}»"'],
    "generic_secret": ["client_secret='«{A-Za-z0-9_-:40}»'"],
    "postgres_url_password": ["postgres://app:«{A-Za-z0-9:16}»@db.internal:5432/app"],
    "mysql_url_password": ["mysql://root:«{A-Za-z0-9:16}»@10.0.0.5/shop"],
    "mongodb_url_password": ["mongodb+srv://svc:«{A-Za-z0-9:16}»@cluster0.mongodb.net/x"],
    "redis_url_password": ["redis://:«{A-Za-z0-9:16}»@cache:6379/0"],
    "amqp_url_password": ["amqps://worker:«{A-Za-z0-9:16}»@mq.internal/vhost"],
    "basic_auth_url": ["https://deploy:«{A-Za-z0-9:16}»@git.example.org/repo.git"],
    "url_password": ["svn+ssh://user:«{A-Za-z0-9:16}»@svn.internal/repo"],
    "cli_password": ["curl -u admin:«{A-Za-z0-9:16}» https://api.internal/v1"],
    "bearer_token": ["Authorization: Bearer «{A-Za-z0-9:40}»"],
    "bip39_seed_phrase": ["«{mnemonic}»", "my recovery words: «{mnemonic24}»"],
}
"""Templates for every kind, keyed by kind."""

CHECKSUMMED = {"github_pat": "ghp", "github_oauth_token": "gho",
               "github_user_to_server_token": "ghu",
               "github_server_to_server_token": "ghs", "npm_token": "npm",
               "age_secret_key": "age"}
"""Kinds whose checksum is verified, with their generator."""
