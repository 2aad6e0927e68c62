"""The secrets family: every format found in generated text (and its near misses not),
checksums, generic assignments, credentials in URLs, crypto wallets, the multi-pattern
scanner against plain `re`, pathological inputs under a deadline, and the guard end to
end through the engine."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import random
import re
import threading
import uuid
from collections.abc import Callable
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

import pytest

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Role, Slot
from secproxy.engine import Engine
from secproxy.guards import GuardContext, GuardSettingsError, View
from secproxy.guards import secrets_generic as sg
from secproxy.guards.registry import make
from secproxy.guards.scanner import MultiScanner, ScanRule, has_hyperscan, required_literals
from secproxy.guards.secrets import KINDS, SPECIAL_KINDS, SecretsGuard, detector
from secproxy.guards.secrets_rules import RULES
from secproxy.model import Action, Decision, Severity, Surface
from tests.guards.secrets_samples import CHECKSUMMED, GENERATORS, SAMPLES, render

ENGINES = ["literal", *(["hyperscan"] if has_hyperscan() else [])]
CASES = [(kind, i) for kind, templates in sorted(SAMPLES.items())
         for i in range(len(templates))]
MISS_CASES = [(kind, i) for kind, i in CASES if re.search(r"\{[^{}:]+:\d+\}", SAMPLES[kind][i])]
"""Templates with random runs to fill with a placeholder or cut short (the others come
from generators alone: their near misses are in the checksum and wallet tests)."""


def found(text: str, engine: str = "auto", **settings: object) -> list[tuple[str, str]]:
    d = detector(engine=engine, **settings)  # type: ignore[arg-type]
    return [(f.kind, text[f.start:f.end]) for f in d.find(text)]


def test_the_table_has_the_formats_the_issue_asks_for() -> None:
    provider_kinds = {r.kind for r in RULES}
    assert len(provider_kinds) >= 120
    for kind in ("aws_access_key_id", "github_pat", "slack_bot_token", "stripe_secret_key",
                 "openai_api_key", "anthropic_api_key", "gcp_service_account_key",
                 "azure_storage_account_key", "npm_token", "pypi_token", "jwt",
                 "postgres_url_password", "private_key_pem", "bip39_seed_phrase",
                 "bitcoin_wif_private_key", "bip32_extended_private_key"):
        assert kind in KINDS
    assert set(SAMPLES) >= provider_kinds  # every format has a generated sample


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("kind", "index"), CASES)
def test_each_format_is_found_in_generated_text(kind: str, index: int, engine: str) -> None:
    rng = random.Random(f"{kind}/{index}")
    for _ in range(3):
        text, start, end = render(SAMPLES[kind][index], rng)
        text = f"Please check this before the deploy.\n{text}\nThanks!"
        start, end = start + 37, end + 37
        assert (kind, text[start:end]) in found(text, engine), text


@pytest.mark.parametrize(("kind", "index"), MISS_CASES)
def test_each_format_with_a_placeholder_or_cut_short_is_not_that_kind(kind: str,
                                                                      index: int) -> None:
    template = SAMPLES[kind][index]
    rng = random.Random(f"{kind}/{index}/miss")
    text, _, _ = render(template, rng, fill="placeholder")
    assert found(text) == [], text
    if kind in SPECIAL_KINDS:
        return  # the generic detectors have no length: their near misses are listed below
    text, _, _ = render(template, rng, fill="short")
    assert kind not in {k for k, _ in found(text)}, text


@pytest.mark.parametrize("kind", sorted(CHECKSUMMED))
def test_checksums_are_verified(kind: str) -> None:
    rng = random.Random(kind)
    token = GENERATORS[CHECKSUMMED[kind]](rng)
    d = detector()
    (good,) = [f for f in d.find(f"t {token} t") if f.kind == kind]
    assert good.severity is Severity.CRITICAL and "checksum verified" in good.message
    flipped = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert d.find(f"t {flipped} t") == []  # nor reported as a generic token
    lenient = detector(require_checksum=False)
    (bad,) = [f for f in lenient.find(f"t {flipped} t") if f.kind == kind]
    assert bad.severity is Severity.MEDIUM and "does not verify" in bad.message



def test_a_solana_key_pair_file_is_found_and_other_64_byte_arrays_are_not() -> None:
    rng = random.Random(64)
    pair = GENERATORS["solana_bytes"](rng)
    assert found(f"$ cat id.json\n{pair}\n") == [("solana_keypair", pair)]
    values = json.loads(pair)
    values[40] ^= 1  # a public key that the seed does not derive
    assert found(json.dumps(values)) == []
    digest = hashlib.sha512(b"release.tar.gz").digest()
    assert found(f"sha512 bytes: {list(digest)}") == []
    assert found(str([rng.randrange(256) for _ in range(64)])) == []


def test_validated_formats_reject_what_does_not_decode() -> None:
    rng = random.Random(5)
    wif = GENERATORS["wif"](rng)
    assert ("bitcoin_wif_private_key", wif) in found(f"k {wif} k")
    assert "bitcoin_wif_private_key" not in {k for k, _ in found(f"k {wif[:-1]}z k")}
    xprv = GENERATORS["xprv"](rng)
    assert "bip32_extended_private_key" not in {k for k, _ in found(f"{xprv[:-2]}zz")}
    jwt = GENERATORS["jwt"](rng)
    head = base64.urlsafe_b64encode(b'{"typ": "JWT"}').rstrip(b"=").decode()
    assert "jwt" not in {k for k, _ in found("." .join([head, *jwt.split(".")[1:]]))}
    example = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ikpv"
               "aG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    assert found(example) == []  # the documentation's example token
    basic = base64.b64encode(b"no colon here").decode()
    assert found(f"Authorization: Basic {basic}") == []
    assert found("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----") == []
    assert found("-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----") \
        == []


def test_seed_phrases_need_their_checksum_or_a_label() -> None:
    rng = random.Random(9)
    words = GENERATORS["mnemonic"](rng).split()
    wl = set(re.findall(r"[a-z]+", " ".join(words)))
    assert len(wl) >= 10
    assert [k for k, _ in found(" ".join(words))] == ["bip39_seed_phrase"]
    numbered = "\n".join(f"{i + 1}. {w}" for i, w in enumerate(words))
    assert [k for k, _ in found(numbered)] == ["bip39_seed_phrase"]
    as_json = '["' + '", "'.join(words) + '"]'
    assert [k for k, _ in found(as_json)] == ["bip39_seed_phrase"]
    # the same words with the last one changed fail the checksum (15 of 16 replacements)
    for other in ("zoo", "zone", "zero"):
        bad = [*words[:-1], other]
        plain = found(" ".join(bad))
        labelled = "seed phrase: " + " ".join(bad)
        if plain:
            continue  # this replacement happens to carry a valid checksum
        assert found(labelled) == []
        lenient = detector(require_checksum=False).find(labelled)
        assert [f.severity for f in lenient] == [Severity.MEDIUM]
        break
    prose = ("we will meet at the usual place and then walk over to the old bridge before "
             "the sun goes down so bring a coat and some water for the long walk home")
    assert found(prose) == []


GENERIC_FOUND = [
    ('password = "Tr0ub4dor&3"', "generic_password", "Tr0ub4dor&3"),
    ("export DB_PASSWORD=Sup3rS3cret!", "generic_password", "Sup3rS3cret!"),
    ("DB_PASS=hunter2xyz", "generic_password", "hunter2xyz"),
    ('{"password": "pa55w0rd-2024"}', "generic_password", "pa55w0rd-2024"),
    ("--db-password s3cr3tValue9", "generic_password", "s3cr3tValue9"),
    ("mysql -u root -pRootPass123 shop", "cli_password", "RootPass123"),
    ("api_key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "generic_api_key",
     "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("X-API-Key: Zk29Qe7Lm3Vp8Rt5Wx1Yb4Nc6", "generic_api_key", "Zk29Qe7Lm3Vp8Rt5Wx1Yb4Nc6"),
    ('const authToken = "eyQm2Lk9Pz7Rw4Tn8Vb3Xc6";', "generic_token",
     "eyQm2Lk9Pz7Rw4Tn8Vb3Xc6"),
    ("<add key=\"ClientSecret\" value=\"x\"/> client_secret=Yp3Lq8Vz2Rk7Wm4Tn9",
     "generic_secret", "Yp3Lq8Vz2Rk7Wm4Tn9"),
    ("Server=db;Database=shop;User Id=sa;Password=Str0ng!Pass;", "generic_password",
     "Str0ng!Pass"),
    ("curl -u deploy:Qw7Ty9Ui2Op4 https://x", "cli_password", "Qw7Ty9Ui2Op4"),
    ("the wifi password for the office is Lantern#4471river, don't share it",
     "generic_password", "Lantern#4471river"),
    ("Das Passwort ist Kx9!mPq2Zt, bitte ändern.", "generic_password", "Kx9!mPq2Zt"),
    ("machine git.internal login ci password Vb7Qm2Xz9Lk4Tn8R", "generic_password",
     "Vb7Qm2Xz9Lk4Tn8R"),
    ("here is the private key for staging: 0x" + "4f" * 8 + "a1b2c3d4e5f60718" * 3,
     "generic_secret", "0x" + "4f" * 8 + "a1b2c3d4e5f60718" * 3),
    ('<add key="mapsApiKey" value="Pq7Lx2Vb9Rt4Wz8Kc3Nm6Hs1Jd5Fy0Ga" />', "generic_api_key",
     "Pq7Lx2Vb9Rt4Wz8Kc3Nm6Hs1Jd5Fy0Ga"),
    ("<entry key=\"db.password\" value='Tr0ub4dor&3x'/>", "generic_password", "Tr0ub4dor&3x"),
    ("define('SMTP_PASSWORD', 'Sunflower1997!');", "generic_password", "Sunflower1997!"),
    ('props.setProperty("api.secret", "Yp3Lq8Vz2Rk7Wm4Tn9Xc");', "generic_secret",
     "Yp3Lq8Vz2Rk7Wm4Tn9Xc"),
    ("azureStorageKey: 'Qm9vTGx2N3Jk" + "Zm4xV2Q5cHR6" * 6 + "==',", "generic_secret",
     "Qm9vTGx2N3Jk" + "Zm4xV2Q5cHR6" * 6 + "=="),
    ("$ sshpass -p 'Harbor!42Xk9q' ssh deploy@10.0.0.5", "cli_password", "Harbor!42Xk9q"),
    ("mysql -u root -p'Harbor!42Xk9q' shop", "cli_password", "Harbor!42Xk9q"),
    ("docker login -u ci -p Harbor!42Xk9q registry.example.com", "cli_password",
     "Harbor!42Xk9q"),
    ("redis-cli -h cache -a Harbor42Xk9q ping", "cli_password", "Harbor42Xk9q"),
    ("smbclient //files/share -U backup%Harbor42Xk9q", "cli_password", "Harbor42Xk9q"),
    ("net user svc_backup Harbor!42Xk9q /add", "cli_password", "Harbor!42Xk9q"),
    ("htpasswd -b .htpasswd admin Harbor42Xk9q", "cli_password", "Harbor42Xk9q"),
    ("echo 'Harbor!42Xk9q' | sudo -S systemctl restart api", "cli_password", "Harbor!42Xk9q"),
    ('$s = ConvertTo-SecureString "Harbor!42Xk9q" -AsPlainText -Force', "cli_password",
     "Harbor!42Xk9q"),
    ("zip -r -P Harbor42Xk9q backup.zip data/", "cli_password", "Harbor42Xk9q"),
    ("Das WLAN-Passwort im Büro ist Harbor&3018maple#, bitte nicht weitergeben.",
     "generic_password", "Harbor&3018maple#"),
    ("Voici la clé pour l'environnement de recette : Zk2Pq8Lx4Vb7Rt9Wm3Nc — merci",
     "generic_secret", "Zk2Pq8Lx4Vb7Rt9Wm3Nc"),
    ("I set api_key to Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd in the settings page", "generic_api_key",
     "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd"),
    ("这是生产环境的密钥：Zk2Pq8Lx4Vb7Rt9Wm3Nc 用完请删除", "generic_secret",
     "Zk2Pq8Lx4Vb7Rt9Wm3Nc"),
    ("本番のAPIキーはこちらです：vG7ZKhiOQdLTBnTP1Gdf 使い終わったら消して", "generic_secret",
     "vG7ZKhiOQdLTBnTP1Gdf"),
    ("운영 서버 비밀번호는 Harbor42Xk9q 입니다", "generic_password", "Harbor42Xk9q"),
    ("Вот токен для деплоя: Zk2Pq8Lx4Vb7Rt9Wm3Nc — после релиза отзову.", "generic_secret",
     "Zk2Pq8Lx4Vb7Rt9Wm3Nc"),
    ("هذا مفتاح الواجهة البرمجية للإنتاج: Zk2Pq8Lx4Vb7Rt9Wm3Nc احذفه", "generic_secret",
     "Zk2Pq8Lx4Vb7Rt9Wm3Nc"),
    ("प्रोडक्शन का पासवर्ड: Harbor42Xk9q है", "generic_password", "Harbor42Xk9q"),
    ('{"name": "client-secret", "value": "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd"}', "generic_secret",
     "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd"),
    ("env:\n  - name: DB_PASSWORD\n    value: \"Harbor42Xk9q!\"\n", "generic_password",
     "Harbor42Xk9q!"),
    ('API_KEY: str = "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd"', "generic_api_key", "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd"),
    ('const SERVICE_TOKEN: &str = "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd";', "generic_token",
     "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd"),
    ("Repro: set `BILLING_API_KEY` to `qAmqWsqO9UkxS2iiK9vqBz01` and restart",
     "generic_api_key", "qAmqWsqO9UkxS2iiK9vqBz01"),
    ('password = "WinterHarbor"', "generic_password", "WinterHarbor"),
    ("api_key = Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd  # rotate monthly", "generic_api_key",
     "Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd"),
    ("password: Harbor42Xk9q\nuser: deploy", "generic_password", "Harbor42Xk9q"),
    ('{"auths": {"ghcr.io": {"auth": "' + base64.b64encode(b"ci:Qw7Ty9Ui2Op4").decode()
     + '"}}}', "docker_registry_auth", base64.b64encode(b"ci:Qw7Ty9Ui2Op4").decode()),
]

GENERIC_NOT_FOUND = [
    "password: ${DB_PASSWORD}", "token = os.environ['API_TOKEN']",
    "password = get_password()", "api_key: <your-api-key>", 'secret: "changeme"',
    "PASSWORD=xxxxxxxxxx", "token: {{ vault_token }}", "password: '********'",
    "max_tokens: 4096", "password_length = 16", "token_url: https://auth.example.com/tok",
    'password_hash: "5f4dcc3b5aa765d61d8327deb882cf99"', "secret_key_id: 42",
    "api_key = self.api_key", "token: str", "password: string", "secret: Optional[str]",
    "tokens = tokenizer.encode(text)", "the bypass=enabled flag", "password=password123",
    "password: required", "auth_token_file: /run/secrets/token", "apiKey: process.env.KEY",
    'request_token: "3fa85f64-5717-4562-b3fc-2c963f66afa6"', "password = None",
    "postgres://user:@localhost/db", "postgres://user:password@localhost/db",
    "https://user:${PASS}@host/x", "sha256: " + "ab" * 32, "commit 1a2b3c4d5e6f7a8b9c0d",
    "secret_santa: alice", "session_token_ttl: 3600", "csrf_token: q8Wm2Lk9Pz7Rw4Tn8",
    "API_KEY=your_api_key_here", "password: example-password-1",
    "The model uses a token budget of 4096 and the key insight is caching.",
    "The password policy is strict: at least 12 characters.",
    "the token is python-requests/2.32 in the logs", "password reset link: /reset/abc",
    "Your password was changed on 2024-05-01.",
    'api_key: "op://Private/Stripe/credential"', "DB_PASSWORD=vault:secret/data/app#db",
    'token = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"',
    '("password", "hunter")', 'log.info("token", refresh_count)', '["api_key", "description"]',
    '<add key="apiKey" value="${API_KEY}" />', "密钥：请向管理员索取", "パスワード：********",
    "Версия 2.4.1: токен обновлён", "密码是 your-password-here",
    "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  3338316635643163",
    "mapboxgl.accessToken = 'pk.eyJ1IjoibncifQ.Zk2Pq8Lx4Vb7Rt9Wm3Nc5Hd';",
    "The ECDSA key fingerprint is SHA256:jBGYBVKx4/J2X3LB0Jiq4SAhZPpZiIV6QHMYnI3382k.",
    "# Anthropic API key\nANTHROPIC_API_KEY=sk-ant-api03-...\n",
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db}\n",
    '{"name": "api_key", "value": ""}', "ALTER USER x IDENTIFIED BY 'password';",
    "docker run -u 1000 -p 8080:80 nginx", "docker login -u ci -p $REGISTRY_PASSWORD ghcr.io",
    "net user alice /domain", "echo hello | sudo -S true", "redis-cli -a $REDIS_PASS ping",
    "zip -P secret out.zip notes.txt", "htpasswd -b .htpasswd admin <password>",
    "ConvertTo-SecureString $plain -AsPlainText -Force", "mysql -u root -p shop",
    # code: calls, subscripts, names of types, variables and constants, annotations
    "        token = b64encode(userpass).decode()",
    "        private_key = Ed25519PrivateKey.from_private_bytes(d)",
    "    secret = hashlib.sha256(material).hexdigest()",
    "    token.children[1].content = token.children[1].content[3:]",
    "    client_secret: SessionClientSecret",
    "    private_key: PrivateKeyTypes = load_pem_private_key(data, None)",
    "    private_key: Ed25519PrivateKey | Ed448PrivateKey",
    "    client_secret: session_params.ClientSecret | NotGiven = NOT_GIVEN,",
    "            aws_session_token=aws_session_token or self.aws_session_token,",
    "    'CURLOPT_PASSWORD', 'CURLOPT_READDATA',",
    '    "WRONGPASS": AuthenticationError,',
    '    env_keys = "ANTHROPIC_API_KEY:ANTHROPIC_AUTH_TOKEN",',
    '    Token.Comment: "italic #A3AAB2",',
    '# METHOD can be "trust", "reject", "md5", "password", "scram-sha-256",',
    "#password_encryption = scram-sha-256\t# scram-sha-256 or md5",
    '"output_token": "CloudFrontOriginAccessIdentityList.NextMarker",',
]


@pytest.mark.parametrize(("text", "kind", "value"), GENERIC_FOUND)
def test_generic_assignments_are_found(text: str, kind: str, value: str) -> None:
    for engine in ENGINES:
        assert (kind, value) in found(text, engine), text


@pytest.mark.parametrize("text", GENERIC_NOT_FOUND)
def test_references_placeholders_hashes_and_words_are_not_secrets(text: str) -> None:
    for engine in ENGINES:
        assert found(text, engine) == [], text


def test_min_entropy_is_a_setting() -> None:
    assert found("token: aaaabbbbccccddddeeeefff1") == []
    rng = random.Random(2)
    hexed = "token: " + "".join(rng.choice("0123456789abcdef") for _ in range(48))
    assert found(hexed) != []
    assert found(hexed, min_entropy=4.5) == []  # hex carries 4 bits a character at most


# --- the scanner ----------------------------------------------------------------------

SCAN_RULES = [
    ScanRule(0, r"ghp_[A-Za-z0-9]{6}"),
    ScanRule(1, r"(?i:secret)[\w-]{0,10}\s?[:=]\s?(\w{4,12})", anchor="secret", every=True),
    ScanRule(2, r"\b[5KL][1-9A-HJ-NP-Za-km-z]{8}\b"),
    ScanRule(3, r"a+b"),
    ScanRule(4, r"(?<![a-z])key(?![a-z])", every=True),
    ScanRule(5, r"x{3,200}y"),
]


def _random_text(rng: random.Random, n: int) -> str:
    pieces = ["ghp_", "secret", "SECRET_", "key", "keys", "monkey", " ", "=", ": ", "a", "b",
              "aab", "K", "L5", "xxxx", "y", "\n", "_", "-", "9", "Ab", "é", "ж"]
    return "".join(rng.choice(pieces) for _ in range(n))


@pytest.mark.parametrize("engine", ENGINES)
def test_the_scanner_finds_what_re_finds(engine: str) -> None:
    scanner = MultiScanner(SCAN_RULES, engine=engine)  # type: ignore[arg-type]
    compiled = {r.id: re.compile(r.pattern, re.ASCII) for r in SCAN_RULES}
    rng = random.Random(11)
    for _ in range(300):
        text = _random_text(rng, rng.randint(0, 120))
        got = sorted(scanner.scan(text))
        want = sorted((i, m.start(), m.end()) for i, rx in compiled.items()
                      for m in rx.finditer(text))
        assert got == want, text


def test_the_scanner_refuses_empty_matches_and_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="empty"):
        MultiScanner([(0, "a*")])
    with pytest.raises(ValueError, match="twice"):
        MultiScanner([(0, "a"), (0, "b")])


def test_required_literals_are_what_every_match_contains() -> None:
    got = required_literals(r"(?:AKIA|ASIA)[A-Z]{16}")
    assert got and all(any(lit in w for lit in got) for w in ("akia", "asia"))
    assert required_literals(r"ghp_[A-Za-z0-9]{36}") == {"ghp_"}
    assert required_literals(r"[a-z]+") is None
    assert required_literals(r"(?:abc|d)x") is None  # `d` alone is too short to test for


def _spellings(items: list[tuple[object, object]]) -> list[str]:
    """Every string a small finite pattern (literals, classes of literals, groups,
    alternations, bounded repeats) matches."""
    out = [""]
    for op, av in items:
        if op is sre.LITERAL:
            alts = [chr(av)]  # type: ignore[call-overload]
        elif op is sre.IN:
            alts = [chr(v) for _, v in av]  # type: ignore[attr-defined]
        elif op is sre.SUBPATTERN:
            alts = _spellings(list(av[-1]))  # type: ignore[index]
        elif op is sre.BRANCH:
            alts = [w for alt in av[1] for w in _spellings(list(alt))]  # type: ignore[index]
        else:
            assert op is sre.MAX_REPEAT, op
            lo, hi, sub = av  # type: ignore[misc]
            alts = ["".join(p) for k in range(lo, hi + 1)
                    for p in itertools.product(_spellings(list(sub)), repeat=k)]
        out = [a + b for a in out for b in alts]
    return out


def test_the_keyword_search_finds_what_the_keyword_list_finds() -> None:
    # the assignment detector searches the secret-name keywords grouped by first letter
    # (faster in `re`): the same words, and the same match wherever a search starts
    as_listed = re.compile(sg._KEYWORDS, re.ASCII)
    spellings = sorted(set(_spellings(list(sre.parse(sg._KEYWORDS, re.ASCII)))))
    assert len(spellings) > 50
    assert sorted(set(_spellings(list(sre.parse(sg._KEYWORD.pattern, re.ASCII))))) == spellings
    rnd = random.Random(7)
    pieces = [*spellings, "pa", "ss", "ke", "y", "_", "-", ".", " ", "x", "tok", "cred", "au",
              "ap", "acc", "ion", "str", "ing", "conn", "wor", "d", "s"]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        pos = rnd.randint(0, len(text))
        end = rnd.randint(pos, len(text))
        want, got = as_listed.search(text, pos, end), sg._KEYWORD.search(text, pos, end)
        assert (got and got.span()) == (want and want.span()), (text, pos, end)


# --- pathological inputs --------------------------------------------------------------


def _within(seconds: float, fn: Callable[[], object]) -> object:
    """`fn()`'s result, failing the test when it has not returned after `seconds`."""
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds}s"
    return out[0]


PATHOLOGICAL = {
    "a": "a" * 1_000_000,
    "ghp_": "ghp_" * 250_000,
    "base64": base64.b64encode(random.Random(1).randbytes(750_000)).decode(),
    "password=": "password=" * 110_000,
    "token words": "token " * 160_000,
    "seed words": "abandon " * 125_000,
    "url": "postgres://u:" + "p" * 1_000_000,
    "pem": "-----BEGIN PRIVATE KEY-----\n" + "A" * 1_000_000,
    "eyJ": "eyJ" * 330_000 + ".",
    "dots": "a." * 500_000,
    "quoted pairs": '"password", "' * 80_000,
    "attribute pairs": 'key="password" value=' * 50_000,
    "intl names": "密钥：" * 300_000,
    "intl colons": "é: " * 300_000,
    "sshpass": "sshpass -p " * 90_000,
}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_finish(name: str, engine: str) -> None:
    d = detector(engine=engine)  # type: ignore[arg-type]
    _within(40, lambda: d.find(PATHOLOGICAL[name]))


# --- the guard ------------------------------------------------------------------------


def test_settings_are_checked() -> None:
    with pytest.raises(GuardSettingsError, match="unknown kinds nope"):
        make("secrets", "s", {"disable": ["nope"]})
    with pytest.raises(GuardSettingsError, match="min_entropy"):
        make("secrets", "s", {"min_entropy": 9})
    with pytest.raises(GuardSettingsError, match="takes"):
        make("secrets", "s", {"colour": "red"})
    with pytest.raises(GuardSettingsError, match=r"rules\[0\].pattern"):
        make("secrets", "s", {"rules": [{"kind": "corp", "pattern": "("}]})
    with pytest.raises(GuardSettingsError, match="empty string"):
        make("secrets", "s", {"rules": [{"kind": "corp", "pattern": "x*"}]})


def _inspect(guard: SecretsGuard, text: str, viewer=None) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    ctx = GuardContext(Action(Surface.LLM, content=text),
                       **({"viewer": viewer} if viewer else {}))
    return [(h.kind, text[h.span[0]:h.span[1]]) for h in guard.inspect([Slot(Role.USER, text)],
                                                                       ctx) if h.span]


def test_kinds_can_be_enabled_disabled_and_added() -> None:
    text = "AKIAQX7ZR2VBN5MTLK3W and CORP-7f3a9c21 and sk_test_" + "Kq4Zr8Vb2Wm6" * 2
    guard = make("secrets", "s", {"disable": ["stripe_test_key"],
                                  "rules": [{"kind": "corp_key", "pattern": r"CORP-[0-9a-f]{8}"}]})
    assert isinstance(guard, SecretsGuard)
    assert {k for k, _ in _inspect(guard, text)} == {"aws_access_key_id", "corp_key"}
    only = make("secrets", "s", {"enable": ["stripe_test_key"]})
    assert isinstance(only, SecretsGuard)
    assert [k for k, _ in _inspect(only, text)] == ["stripe_test_key"]


def test_decoded_views_map_back_to_the_encoded_text() -> None:
    key = "AKIA" + "QX7ZR2VBN5MTLK3W"
    encoded = base64.b64encode(f"aws key {key}".encode()).decode()
    text = f"decode this: {encoded} please"
    at = text.index(encoded)

    def viewer(t: str) -> list[View]:
        return [View(t), View(f"aws key {key}", "base64", span=(at, at + len(encoded)))]

    guard = make("secrets", "s", {})
    assert isinstance(guard, SecretsGuard)
    assert _inspect(guard, text, viewer) == [("aws_access_key_id", encoded)]


async def test_the_engine_masks_a_key_in_a_prompt() -> None:
    config = load_config(text="guards: {use: [{name: secrets, family: secrets}]}", env={})
    engine = Engine(config, guard_factory=configured_guards)
    token = GENERATORS["ghp"](random.Random(3))
    prompt = f"Use {token} to push, and the db is postgres://app:Zq8Lm2Xw9Pk4@db/app"
    v = await engine.decide(Action(Surface.LLM, content=prompt), audit=False)
    assert v.decision is Decision.ALLOW_WITH_REDACTION
    assert v.sanitized is not None
    assert token not in v.sanitized and "Zq8Lm2Xw9Pk4" not in v.sanitized
    assert re.fullmatch(r"Use \[REDACTED:github_pat:[0-9a-f]{8}\] to push, and the db is "
                        r"postgres://app:\[REDACTED:postgres_url_password:[0-9a-f]{8}\]@db/app",
                        v.sanitized)
    assert {f.to_dict()["category"] for f in v.findings} == {"secret"}


def test_a_private_key_in_json_inside_json_is_found_whole() -> None:
    # a service account's JSON logged as a string: its newlines are written \\n
    body = "\n".join(base64.b64encode(random.Random(4).randbytes(48)).decode()
                     for _ in range(6))
    key = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n"
    inner = json.dumps({"type": "service_account", "private_key": key})
    text = json.dumps({"level": "debug", "msg": inner})
    hits = [(f.kind, text[f.start:f.end]) for f in detector().find(text)]
    assert [k for k, _ in hits] == ["private_key_pem"]
    assert hits[0][1].startswith("-----BEGIN") and hits[0][1].endswith("-----END PRIVATE KEY-----")


def test_hex_and_uuid_told_after_a_secrets_name_but_not_beside_a_hash() -> None:
    rng = random.Random(11)
    hexed = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    told = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    assert [t for _, t in found(f"the admin password is {hexed}, keep it")] == [hexed]
    assert [t for _, t in found(f"Passwort für den Server: {hexed}")] == [hexed]
    assert [t for _, t in found(f"Here is the password for staging: {told}")] == [told]
    assert found(f"The token's SHA-256 is {hexed}.") == []
    assert found(f"checksum of password-manager-2.4.1.tar.gz: {hexed}") == []
    assert found(f"We store only the hashed password ({hexed}).") == []
    assert found(f"Token {told} was revoked by the administrator.") == []


def _real_keys() -> dict[str, Any]:
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
    return {"rsa": rsa.generate_private_key(public_exponent=65537, key_size=1024),
            "ec": ec.generate_private_key(ec.SECP256R1()),
            "ed25519": ed25519.Ed25519PrivateKey.generate()}


def test_real_private_keys_are_found_in_every_format_with_or_without_armour() -> None:
    # Keys made by a real library, not random bytes: OpenSSH's length fields and DER's
    # zeros give their base64 runs of `A`, which once made every OpenSSH key look like
    # a filler (`AAAAAAAA…`) and go unreported.
    from cryptography.hazmat.primitives import serialization as ser
    none = ser.NoEncryption()
    for name, key in _real_keys().items():
        formats = {"pkcs8": ser.PrivateFormat.PKCS8, "openssh": ser.PrivateFormat.OpenSSH}
        if name != "ed25519":
            formats["traditional"] = ser.PrivateFormat.TraditionalOpenSSL
        for label, fmt in formats.items():
            pem = key.private_bytes(ser.Encoding.PEM, fmt, none).decode()
            body = "\n".join(pem.strip().splitlines()[1:-1])
            for text, kind in ((pem, "private_key_pem"),
                               (json.dumps({"key": pem}), "private_key_pem"),
                               (f"the key:\n{body}\nkeep it safe", "private_key_der"),
                               (f'SIGNING_KEY="{body.replace(chr(10), "")}"', "private_key_der"),
                               (json.dumps({"key": body}), "private_key_der")):
                hits = detector().find(text)
                assert kind in {f.kind for f in hits}, (name, label, text)
                assert all(len(text[f.start:f.end]) > 60 for f in hits)


def test_certificates_and_public_keys_are_not_private_keys() -> None:
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.x509.oid import NameOID
    keys = _real_keys()
    rsa_key = keys["rsa"]
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "example.test")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(rsa_key.public_key()).serial_number(7)
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=30))
            .sign(rsa_key, hashes.SHA256()))
    csr = (x509.CertificateSigningRequestBuilder().subject_name(name)
           .sign(rsa_key, hashes.SHA256()))
    texts = [cert.public_bytes(ser.Encoding.PEM).decode(),
             csr.public_bytes(ser.Encoding.PEM).decode()]
    for key in keys.values():
        public = key.public_key()
        texts.append(public.public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo
                                         ).decode())
        texts.append(public.public_bytes(ser.Encoding.OpenSSH, ser.PublicFormat.OpenSSH).decode())
    for text in texts:
        body = "\n".join(text.strip().splitlines()[1:-1]) if "-----" in text else text
        for shown in (text, body, body.replace("\n", "")):
            assert detector().find(shown) == [], shown


@pytest.mark.parametrize("filler", ["A" * 300, "MII" + "A" * 300, "MIIfakekeyfakekey" * 12,
                                    "b3BlbnNzaC1rZXktdjE" + "A" * 200])
def test_a_key_block_of_filler_is_not_a_key(filler: str) -> None:
    lines = "\n".join(filler[i:i + 64] for i in range(0, len(filler), 64))
    for text in (f"-----BEGIN OPENSSH PRIVATE KEY-----\n{lines}\n-----END OPENSSH PRIVATE KEY-----",
                 f"PRIVATE_KEY={filler}"):
        assert "private_key_pem" not in {f.kind for f in detector().find(text)}, text
        assert "private_key_der" not in {f.kind for f in detector().find(text)}, text


# A random token writes anything now and then. Its chance hits below were each seen
# dropping a real key (a 2048-bit key's body holds `xxxx` in some case one time in a few
# hundred), so each is spliced in on purpose here.

def _spliced(token: str, at: int, part: str) -> str:
    return token[:at] + part + token[at + len(part):]


@pytest.mark.parametrize("part", ["yoUR", "XxXx", "xXXx", "ExaMple", "rEDacTed", "FaKe"])
def test_a_tokens_mixed_case_run_is_no_placeholder_word(part: str) -> None:
    rng = random.Random(part)
    for template in ('OPENAI_API_KEY=«sk-proj-{A-Za-z0-9_-:80}»',
                     "client_secret='«{A-Za-z0-9_-:40}»'",
                     "aws_secret_access_key = «{A-Za-z0-9/+:40}»"):
        text, start, end = render(template, rng)
        text = _spliced(text, start + 12, part)
        assert any(f.start <= start and f.end >= end for f in detector().find(text)), text
    # the same words written as people write them still mark a stand-in
    for filler in ("YOUR", "your", "xxxx", "XXXX", "EXAMPLE", "Example"):
        text = f"OPENAI_API_KEY=sk-proj-{filler}{'Ab3dE' * 15}"
        assert not [f for f in detector().find(text) if f.kind == "openai_api_key"], text


def test_a_real_key_whose_body_writes_a_filler_word_in_mixed_case_is_found() -> None:
    from cryptography.hazmat.primitives import serialization as ser
    key = _real_keys()["ec"]
    pem = key.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.TraditionalOpenSSL,
                            ser.NoEncryption()).decode()
    lines = pem.splitlines()
    for part in ("XXxx", "xXxX", "yoUR", "exAMple"):
        body = [_spliced(lines[2], 10, part) if i == 2 else ln for i, ln in enumerate(lines)]
        text = "\n".join(body) + "\n"
        assert "private_key_pem" in {f.kind for f in detector().find(text)}, text
    for filler in ("xxxxxxxx", "XXXXXXXX", "EXAMPLE", "..."):
        body = [_spliced(lines[2], 10, filler) if i == 2 else ln for i, ln in enumerate(lines)]
        assert "private_key_pem" not in {f.kind for f in detector().find("\n".join(body))}


def test_a_lower_case_token_shaped_as_a_wif_key_is_still_a_generic_token() -> None:
    # 52 characters of base32 (Azure DevOps' alphabet) opening with `c` or `5` and
    # without `l` are also a WIF key's shape: its failed checksum made it a fake WIF
    # key and hid it from the assignment detector
    for value in ("cqhuyni47c3zcwunhqdcoehdcxkyuasrzpu6i3ounxzhqibgyrkd",
                  "52gs4skvnjz2j6xrqtpg5gdv4y3d2bmnfjqtx4hx75b6qxhfjhms"):
        for text in (f"MY_TOKEN={value}", f"AZURE_DEVOPS_TOKEN={value}"):
            assert [t for _, t in found(text)] == [value], text
    # a mixed-case one that fails the checksum is still a fake WIF key, not a secret
    wif = GENERATORS["wif"](random.Random(5))
    assert found(f"wif = {wif[:-1]}{'2' if wif[-1] != '2' else '3'}") == []


def test_a_generated_value_opening_with_a_slash_is_no_path() -> None:
    value = "/fJtxZwnWscCvvnSp/rtB+CZvG9dzeV8EXcqOsOj"  # two digits only
    assert found(f"aws_secret_access_key = {value}") == [("aws_secret_access_key", value)]
    for path in ("/Users/JohnSmith/Documents/MyProject", "/srv/www/HTMLParser/XMLHttpRequest",
                 "/opt/MyCompanyApp/config/DatabaseSettings"):
        assert found(f"secret_file = {path}") == [], path


def test_a_long_hex_key_with_six_digits_in_a_row_is_found() -> None:
    # six digits in sequence come up about once in five thousand random 64-digit keys
    rng = random.Random(64)
    for run in ("789012", "876543", "abcdef"):
        token = _spliced("".join(rng.choice("0123456789abcdef") for _ in range(64)), 20, run)
        assert found(f"sk-or-v1-{token}") == [("openrouter_api_key", f"sk-or-v1-{token}")]
    assert found("OPENAI_API_KEY=sk-1234567890abcdef") == []


def test_a_sql_password_of_letters_is_found_when_its_case_changes_as_generated() -> None:
    for password in ("wVUHOXqiVydZ", "LEQFkfqRolle", "kQqxLuewMERZ"):
        text = f"CREATE USER 'report'@'%' IDENTIFIED BY '{password}';"
        assert found(text) == [("sql_password", password)], text
    for password in ("SecretPassword", "HelloWorldFooBar", "changeme"):
        assert found(f"CREATE USER 'report'@'%' IDENTIFIED BY '{password}';") == []


def test_a_lower_cased_aws_key_id_is_found_and_words_are_not() -> None:
    """An HTTP/2 header name, or one an SDK wrote, is lower case: an AWS key id keeps all
    of itself there. Found with the digits a generated one has; not a word or an id that
    merely begins `akia`."""
    key = "akia" + "qylpmn5hfiqr7xyz"
    assert ("aws_access_key_id", key) in found(f"x-{key}: 1")
    for text in ("akiabcdefghijklmnopq is a made-up word", "akia12345678901234567",
                 "id=akiak2oregonpacificxyz"):
        assert not any(kind == "aws_access_key_id" for kind, _ in found(text)), text
