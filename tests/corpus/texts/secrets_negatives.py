"""Hand-written hard negatives for the secrets family: documented example keys, prose
about credentials, code that reads secrets from the environment or a vault, test
fixtures with dummy passwords, and values already redacted or truncated for display.
Each is `(category, context, text)`.
"""

# ruff: noqa: E501 -- corpus texts and templates stay one line each, as written

NEGATIVES: list[tuple[str, str, str]] = [
    # documented_example: keys the providers publish in their docs as examples
    ("documented_example", "doc", "For example, an access key ID looks like AKIAIOSFODNN7EXAMPLE and the matching secret access key like wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY."),
    ("documented_example", "code", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# values from the AWS documentation, replace with your own"),
    ("documented_example", "doc", "Set the key in your shell: export OPENAI_API_KEY=\"sk-...\" and then run the script."),
    ("documented_example", "doc", "Your token will look like ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX — copy it now, you won't see it again."),
    ("documented_example", "doc", "In test mode use a key that starts with sk_test_ and in live mode one that starts with sk_live_; never commit either."),
    ("documented_example", "doc", "Slack bot tokens start with xoxb- and user tokens with xoxp-. See the OAuth guide for how to obtain one."),
    ("documented_example", "code", "# .env.example — copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nSENDGRID_API_KEY=SG.your-key\nDATABASE_URL=postgres://user:password@localhost:5432/app\n"),
    ("documented_example", "doc", "The webhook URL has the form https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX."),
    ("documented_example", "doc", "Example request:\n\ncurl https://api.example.com/v1/charges -u sk_test_EXAMPLEKEY123:\n"),
    ("documented_example", "code", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...(truncated example)...\n-----END RSA PRIVATE KEY-----\n# The key above is a truncated example from the README and is not valid."),
    ("documented_example", "doc", "Anthropic keys are prefixed sk-ant- and Google API keys start with AIza; store them in a secrets manager."),
    ("documented_example", "doc", "An age identity starts with AGE-SECRET-KEY-1 and the matching recipient with age1; only share the recipient."),
    # prose about credentials
    ("prose", "chat", "I accidentally pushed my API key to GitHub last night. I've revoked it already — what else should I do?"),
    ("prose", "doc", "Rotate API keys every 90 days and scope each token to the smallest set of permissions it needs."),
    ("prose", "chat", "What's the difference between a GitHub fine-grained token and a classic personal access token?"),
    ("prose", "doc", "Never paste passwords, private keys or session cookies into a chat with an AI assistant or a ticket."),
    ("prose", "chat", "Our password policy requires 12 characters, one number and one symbol. Is that still best practice?"),
    ("prose", "email", "Subject: password reset\n\nHi Jo,\n\nYour password was reset at 09:12. If this wasn't you, contact IT on extension 4410.\n\nIT Service Desk"),
    ("prose", "doc", "The secret access key is shown only once, when you create it. If you lose it, create a new access key and deactivate the old one."),
    ("prose", "chat", "How do I store a database password in Kubernetes without writing it into the deployment YAML?"),
    ("prose", "doc", "JWTs have three parts — header, payload, signature — separated by dots, each base64url-encoded."),
    ("prose", "chat", "My seed phrase is written on paper in a safe. Is it better to also keep a metal backup?"),
    ("prose", "email", "Subject: new laptop\n\nHi, your new laptop is ready. The temporary password is on the sealed note at reception; you'll be asked to change it at first login.\n\nIT"),
    ("prose", "doc", "A private key must never leave the machine it was generated on; distribute the public key instead."),
    # env_reference: code that reads secrets from somewhere else
    ("env_reference", "code", 'import os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n'),
    ("env_reference", "code", "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\n"),
    ("env_reference", "code", "      - name: Deploy\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n        run: make deploy\n"),
    ("env_reference", "code", 'password = getpass.getpass("Database password: ")\nconn = connect(host=HOST, user=USER, password=password)\n'),
    ("env_reference", "code", 'db_password = vault_client.secrets.kv.v2.read_secret_version(path="db")["data"]["data"]["password"]\n'),
    ("env_reference", "code", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: api\n      env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db-credentials\n              key: password\n"),
    ("env_reference", "code", 'token = keyring.get_password("github", "dana")\nif token is None:\n    raise SystemExit("run `acme login` first")\n'),
    ("env_reference", "code", "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}\n"),
    ("env_reference", "code", 'resource "aws_db_instance" "main" {\n  username = "app"\n  password = var.db_password\n}\n'),
    ("env_reference", "code", "PASSWORD_MIN_LENGTH = 12\nPASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]\n"),
    ("env_reference", "code", "if not settings.API_KEY:\n    raise ImproperlyConfigured(\"API_KEY is not set; see docs/configuration.md\")\n"),
    ("env_reference", "code", 'def login(username: str, password: str) -> Session:\n    """Log in; the password is sent once and never stored."""\n    return Session.create(username, hash_password(password))\n'),
    ("env_reference", "code", "aws secretsmanager get-secret-value --secret-id prod/api/stripe --query SecretString --output text\n"),
    ("env_reference", "code", "ssh -i ~/.ssh/id_ed25519 deploy@build01.acme.io 'sudo systemctl restart api'\n"),
    ("env_reference", "code", 'auth_header = f"Bearer {token}"\nresp = session.get(url, headers={"Authorization": auth_header})\n'),
    ("env_reference", "code", "<input type=\"password\" name=\"password\" autocomplete=\"current-password\" required>\n"),
    # test_fixture: dummy credentials in tests
    ("test_fixture", "code", 'def test_login_rejects_wrong_password(client):\n    user = make_user(email="alice@test.local", password="correct-horse")\n    assert client.login("alice@test.local", "wrong").status_code == 401\n'),
    ("test_fixture", "code", '@pytest.fixture\ndef settings():\n    return Settings(api_key="test-key", db_password="test", debug=True)\n'),
    ("test_fixture", "code", "it('masks the token', () => {\n  expect(mask('dummy-token-123')).toBe('dum…123');\n});\n"),
    ("test_fixture", "code", "# docker-compose.test.yml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n"),
    ("test_fixture", "code", 'FAKE_GITHUB_TOKEN = "ghp_" + "0" * 36  # shape only, rejected by the API\n'),
    ("test_fixture", "code", 'mock_client = MagicMock(api_key="fake-api-key-for-tests")\n'),
    ("test_fixture", "code", "INSERT INTO users (email, password_hash) VALUES ('demo@test.local', 'not-a-real-hash');\n"),
    ("test_fixture", "code", 'assert validate_password("password123") is False  # too common\n'),
    ("test_fixture", "code", "const TEST_JWT = 'header.payload.signature'; // parse errors are tested below\n"),
    ("test_fixture", "code", 'monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")\n'),
    # redacted / truncated displays
    ("redacted", "tool_result", "Active API keys:\n  prod-backend   sk-...4f2a   created 2025-01-14\n  ci             sk-...9b1c   created 2025-02-02"),
    ("redacted", "tool_result", "Authorization: Bearer [REDACTED]\nX-Api-Key: ****************"),
    ("redacted", "chat", "The key ending in ...a7f3 was revoked this morning; the new one is in the vault."),
    ("redacted", "tool_result", '{"token": "[REDACTED:github_pat:3f9a2c1d]", "scopes": ["repo", "workflow"]}'),
    ("redacted", "tool_result", "DATABASE_URL=postgres://app:*****@db.prod.internal:5432/orders"),
    ("redacted", "doc", "Tokens are shown masked in the dashboard (ghp_••••••••••••••••••••••••••••••••wXyZ)."),
    ("redacted", "tool_result", "aws_access_key_id = AKIA************\naws_secret_access_key = ****************************************"),
    ("redacted", "chat", "I rotated the Slack webhook, the old one (hooks.slack.com/services/T.../B.../...) no longer works."),
]
