"""The secrets family's check set: written after the rules were changed against the dev
set (`tests/corpus/dev/secrets.py`), with carriers the dev set does not have (Jenkins,
Ansible, Helm, .npmrc, .pypirc, gradle.properties, PowerShell, C#, Ruby, Rust, SQL,
systemd, `docker run -e`, `kubectl create secret`, tfvars, HAR and Postman exports, git
remotes, AWS credentials files, appsettings.json, tickets and chat in several languages)
and hard negatives of other kinds (lock-file hashes, cloud resource ids, payment object
ids, host-key fingerprints, JWKS, empty templates). Values come from the dev set's
generators with other seeds. Its figure was taken before its misses were read.

    python -m tests.corpus.dev.secrets --check
"""

# ruff: noqa: E501 -- carriers stay one line each, as written

from __future__ import annotations

import base64
import random

from tests.corpus.cases import Case
from tests.corpus.dev.secrets import B62, HEX, KINDS, URLSAFE, _fill, _names, pem, pick, uuid4

CARRIERS: list[tuple[str, str, str]] = [  # (lang, context, template)
    ("en", "code", "pipeline {{\n  environment {{\n    {n} = '{v}'\n  }}\n  stages {{ stage('build') {{ steps {{ sh 'make' }} }} }}\n}}\n"),
    ("en", "code", "---\n# group_vars/prod.yml\napp_port: 8443\n{n_l}: \"{v}\"\nworkers: 4\n"),
    ("en", "code", "# values.yaml\nreplicaCount: 2\nsecrets:\n  {n_c}: {v}\nresources: {{}}\n"),
    ("en", "code", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nalways-auth=true\n"),
    ("en", "code", "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {v}\n"),
    ("en", "code", "org.gradle.jvmargs=-Xmx2g\n{n_d}={v}\nversion=4.2.0\n"),
    ("en", "code", "$env:{n} = '{v}'\n& .\\deploy.ps1 -Environment Production\n"),
    ("en", "code", "public static class Settings\n{{\n    public const string {n_g} = \"{v}\";\n}}\n"),
    ("en", "code", "Rails.application.configure do\n  config.x.{n_l} = '{v}'\nend\n"),
    ("en", "code", "const {n}: &str = \"{v}\";\n\nfn main() {{ run(); }}\n"),
    ("en", "code", "[Service]\nEnvironment=\"{n}={v}\"\nExecStart=/usr/local/bin/worker\n"),
    ("en", "tool_result", "$ docker run -d -e {n}={v} -p 8080:8080 northwind/api:3.1\n9c1d2e3f4a5b\n"),
    ("en", "tool_result", "$ kubectl create secret generic api-creds --from-literal={n_l}={v} -n prod\nsecret/api-creds created\n"),
    ("en", "code", "region         = \"eu-west-1\"\ninstance_type  = \"t3.small\"\n{n_l} = \"{v}\"\n"),
    ("en", "tool_result", "{{\"request\": {{\"method\": \"GET\", \"url\": \"https://api.northwind.io/v1/me\", \"headers\": [{{\"name\": \"{n_k}\", \"value\": \"{v}\"}}]}}}}\n"),
    ("en", "tool_result", "{{\"key\": \"{n_c}\", \"value\": \"{v}\", \"type\": \"secret\", \"enabled\": true}}\n"),
    ("en", "code", "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"Integrations\": {{ \"{n_g}\": \"{v}\" }}\n}}\n"),
    ("en", "doc", "**Jira NW-4411** — staging broken after rotation. Repro: set `{n}` to `{v}` and restart the worker.\n"),
    ("en", "chat", "@channel heads up, new {n_w} for the sandbox is {v} (old one revoked)"),
    ("de", "email", "Hallo Team,\n\nder neue Zugangsschlüssel für die Testumgebung: {v}\n\nViele Grüße\nMarek"),
    ("fr", "chat", "le mot de passe du compte de service est {v}, je le change demain"),
    ("es", "chat", "La clave de la API de pagos es {v}, no la subas al repo"),
    ("it", "email", "Ciao,\n\nla chiave di accesso per l'ambiente di prova: {v}\n\nGrazie"),
    ("pt", "chat", "a senha do banco de homologação é {v}"),
    ("nl", "chat", "het wachtwoord van de serviceaccount is {v}"),
    ("ru", "chat", "пароль от сервисной учётки: {v}"),
    ("zh", "chat", "测试环境的访问令牌：{v}"),
    ("ja", "chat", "検証環境のアクセストークン：{v}"),
    ("ko", "chat", "테스트 서버 토큰: {v}"),
    ("ar", "chat", "كلمة المرور لحساب الخدمة: {v}"),
    ("hi", "chat", "टेस्ट सर्वर का टोकन: {v}"),
]
SPECIAL: list[tuple[str, str, str, str]] = [  # (kind, context, template, generator kind)
    ("aws_credentials_file", "code", "[default]\naws_access_key_id = {a}\naws_secret_access_key = {v}\nregion = eu-west-1\n", "aws_secret_key"),
    ("git_remote", "code", "[remote \"origin\"]\n\turl = https://x-access-token:{v}@github.com/northwind/api.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n", "generic_secret"),
    ("sql_password", "code", "CREATE USER 'report'@'%' IDENTIFIED BY '{v}';\nGRANT SELECT ON sales.* TO 'report'@'%';\n", "password"),
    ("access_log", "tool_result", "10.0.4.7 - - [14/Mar/2026:10:02:11 +0000] \"GET /export?format=csv&api_key={v} HTTP/1.1\" 200 5123\n", "generic_api_key"),
    ("appsettings_conn", "code", "\"ConnectionStrings\": {{\n  \"Default\": \"Server=sql.northwind.io;Database=Orders;User Id=app;Password={v};\"\n}}\n", "password"),
    ("java_exception", "tool_result", "com.northwind.auth.InvalidTokenException: token {v} rejected by upstream\n\tat com.northwind.auth.Client.call(Client.java:118)\n", "github_pat"),
    ("ssh_key_paste", "chat", "can you add this to the bastion? {v}", "openssh_private_key"),
]


def check_positives(seed: int = 5505) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    kinds = [k for k, (_, _, shape) in KINDS.items() if shape == "token"]
    chosen = rng.sample(kinds, 36)
    turn = 0
    for kind in chosen:
        gen, name, _ = KINDS[kind]
        for _ in range(3):
            turn += 1
            lang, context, template = CARRIERS[(turn * 7) % len(CARRIERS)]
            if "_authToken" in template and kind != "npm":
                template = CARRIERS[0][2]
            if "[pypi]" in template and kind != "pypi":
                template = CARRIERS[1][2]
            text, span = _fill(template, gen(rng), _names(name))
            out.append(Case(f"check-secrets-{kind}-{turn}", text, "positive", "secrets", kind, lang,
                            context, kind, span))
    for kind, context, template, gen_kind in SPECIAL:
        for i in range(2):
            value = KINDS[gen_kind][0](rng)
            aws_id = "AKIA" + pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
            text, span = _fill(template.replace("{a}", aws_id), value, {})
            out.append(Case(f"check-secrets-{kind}-{i}", text, "positive", "secrets", kind, "en",
                            context, kind, span))
    return out


def check_negatives(seed: int = 6606) -> list[Case]:
    rng = random.Random(seed)
    texts: list[tuple[str, str, str]] = []
    for _ in range(3):
        texts += [
            ("hash", "code", f"[[package]]\nname = \"serde\"\nversion = \"1.0.{rng.randint(100, 219)}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{pick(rng, HEX, 64)}\"\n"),
            ("hash", "code", f"golang.org/x/net v0.{rng.randint(10, 30)}.0 h1:{base64.b64encode(rng.randbytes(32)).decode()}\n"),
            ("hash", "code", f"requests==2.32.3 \\\n    --hash=sha256:{pick(rng, HEX, 64)}\n"),
            ("hash", "code", f"\"lodash@^4.17.21\":\n  version \"4.17.21\"\n  integrity sha512-{base64.b64encode(rng.randbytes(64)).decode()}\n"),
            ("identifier", "tool_result", f"Launched ami-{pick(rng, HEX, 17)} in subnet-{pick(rng, HEX, 17)} (sg-{pick(rng, HEX, 17)}, vpc-{pick(rng, HEX, 17)})\n"),
            ("identifier", "tool_result", f"{{\"id\": \"cus_{pick(rng, B62, 14)}\", \"object\": \"customer\", \"invoice_prefix\": \"{pick(rng, '0123456789ABCDEF', 8)}\", \"default_source\": \"card_{pick(rng, B62, 24)}\"}}\n"),
            ("identifier", "tool_result", f"The ECDSA key fingerprint is SHA256:{base64.b64encode(rng.randbytes(32)).decode().rstrip('=')}.\nAre you sure you want to continue connecting (yes/no)?\n"),
            ("identifier", "code", f"{{\"keys\": [{{\"kty\": \"RSA\", \"use\": \"sig\", \"kid\": \"{pick(rng, URLSAFE, 43)}\", \"n\": \"{pick(rng, URLSAFE, 342)}\", \"e\": \"AQAB\"}}]}}\n"),
            ("identifier", "code", f"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ProjectGuid>{{{uuid4(rng).upper()}}}</ProjectGuid>\n    <UserSecretsId>{uuid4(rng)}</UserSecretsId>\n  </PropertyGroup>\n</Project>\n"),
            ("identifier", "tool_result", f"metadata:\n  name: api-7f9c\n  uid: {uuid4(rng)}\n  resourceVersion: \"{rng.randint(10**6, 10**8)}\"\n"),
            ("identifier", "tool_result", f"gpg: key {pick(rng, '0123456789ABCDEF', 16)}: public key \"Release Signing <release@northwind.io>\" imported\nPrimary key fingerprint: {' '.join(pick(rng, '0123456789ABCDEF', 4) for _ in range(10))}\n"),
            ("identifier", "web_page", f"<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{pick(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}\"></script>\n<meta name=\"csrf-param\" content=\"authenticity_token\">\n"),
            ("placeholder", "code", "# .env.example — copy to .env and fill in\nDATABASE_URL=\nSTRIPE_SECRET_KEY=\nOPENAI_API_KEY=sk-...\nSESSION_SECRET=<generate with openssl rand -hex 32>\n"),
            ("placeholder", "doc", "curl https://api.northwind.io/v1/orders \\\n  -H \"Authorization: Bearer $NORTHWIND_TOKEN\" \\\n  -H \"X-Api-Key: <your key>\"\n"),
            ("placeholder", "code", "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + pick(rng, "0123456789abcdef", 64) + "\n"),
            ("placeholder", "code", "{\n  \"token_type\": \"Bearer\",\n  \"expires_in\": 3600,\n  \"scope\": \"read:orders\"\n}\n"),
            ("public_key", "code", f"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{base64.b64encode(rng.randbytes(240)).decode()}\n=AbCd\n-----END PGP PUBLIC KEY BLOCK-----\n"),
            ("public_key", "code", f"mapboxgl.accessToken = 'pk.eyJ1Ijoibm9ydGh3aW5kIiwiYSI6Im{pick(rng, URLSAFE, 22)}.{pick(rng, URLSAFE, 22)}';\n"),
            ("prose", "doc", "Rotate every API key at least every 90 days and store tokens in the vault, never in code; a leaked secret must be revoked first."),
            ("prose", "chat", "Hast du das Passwort schon zurückgesetzt? Der Token läuft morgen ab."),
        ]
    texts.append(("public_key", "code", pem("CERTIFICATE", 10)(rng)))
    return [Case(f"check-secrets-neg-{i}", t, "negative", "secrets", c, "en", ctx)
            for i, (c, ctx, t) in enumerate(texts)]


def check_cases() -> list[Case]:
    """The check set."""
    return check_positives() + check_negatives()

