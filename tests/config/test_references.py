"""`${NAME}` and `${file:/path}` references in config values: resolved in every string
value, `$${` escapes, one pass only, and every missing reference a config error that
names its key path and line without showing any resolved value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secproxy.config import load_config
from secproxy.config.references import MAX_FILE_BYTES, escape_references, resolve_references
from secproxy.control.rules_edit import build_config_text, load_edited
from secproxy.errors import ConfigError

HOOK = "https://hooks.slack.example/services/T9/B9/REFSECRET"


def test_env_and_file_references_resolve_in_any_string_value(tmp_path: Path) -> None:
    key = tmp_path / "operator-key"
    key.write_text("file-held-key-77\n")
    text = f"""
alerts:
  webhooks:
    - name: ops
      url: ${{SLACK_URL}}
control:
  api_keys: ["${{file:{key}}}", "pre-${{SUFFIX}}-post"]
listeners:
  llm: {{host: 127.0.0.1, port: "${{LLM_PORT}}"}}
"""
    variables = {"SLACK_URL": HOOK, "SUFFIX": "mid", "LLM_PORT": "8123"}
    cfg = load_config(text=text, env={}, variables=variables).config
    assert cfg.alerts.webhooks[0].url.get_secret_value() == HOOK
    assert [k.get_secret_value() for k in cfg.control.api_keys] == [
        "file-held-key-77", "pre-mid-post"]
    assert cfg.listeners.llm.port == 8123  # a whole-value reference reads as a quoted number


def test_a_file_loses_only_its_trailing_newlines(tmp_path: Path) -> None:
    path = tmp_path / "secret"
    path.write_bytes(b"  two\nlines  \r\n\n")
    data, _ = resolve_references({"a": f"${{file:{path}}}"}, {})
    assert data == {"a": "  two\nlines  "}


def test_escape_writes_a_literal_and_resolved_values_are_not_scanned_again() -> None:
    data, found = resolve_references(
        {"a": "$${HOME}", "b": "$$${X}", "c": "${X}", "d": "cost: $5 {x}"},
        {"X": "${HOME}", "HOME": "/root"},
    )
    assert data == {"a": "${HOME}", "b": "$${X}", "c": "${HOME}", "d": "cost: $5 {x}"}
    assert set(found.written) == {("c",)}
    # What the rules editor writes back loads as the same values.
    again, _ = resolve_references(escape_references(data), {"HOME": "/root"})
    assert again == data


def test_keys_numbers_and_booleans_are_never_references() -> None:
    data, found = resolve_references({"${X}": 5, "n": [1, True, None, 2.5]}, {"X": "y"})
    assert data == {"${X}": 5, "n": [1, True, None, 2.5]}
    assert not found.written and not found.problems


def test_every_missing_reference_is_one_error_with_its_key_path_and_line(
    tmp_path: Path,
) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text(f"""alerts:
  webhooks:
    - name: ops
      url: ${{SLACK_URL}}
control:
  api_keys:
    - ${{file:{tmp_path}/absent}}
    - ${{file:{tmp_path}}}
    - ${{file:relative/key}}
    - ${{not a name}}
    - ${{UNCLOSED
""")
    with pytest.raises(ConfigError) as info:
        load_config(config, env={}, variables={})
    lines = str(info.value).splitlines()[1:]
    assert [line.strip() for line in lines] == [
        f"{config}:4: alerts.webhooks[0].url: ${{SLACK_URL}} is not set",
        f"{config}:7: control.api_keys[0]: ${{file:{tmp_path}/absent}} cannot be read: "
        f"{tmp_path}/absent does not exist",
        f"{config}:8: control.api_keys[1]: ${{file:{tmp_path}}} cannot be read: "
        f"{tmp_path} is a directory",
        f"{config}:9: control.api_keys[2]: ${{file:relative/key}} needs an absolute path "
        "(or one starting with ~)",
        f"{config}:10: control.api_keys[3]: ${{not a name}} is not a reference: expected "
        "${NAME} (an environment variable) or ${file:/path}; write $${ for a literal ${",
        f"{config}:11: control.api_keys[4]: ${{UNCLOSED is not closed with }}",
    ]
    assert info.value.hint is not None and "$${" in info.value.hint


def test_an_unreadable_or_huge_file_is_a_config_error(tmp_path: Path) -> None:
    binary = tmp_path / "binary"
    binary.write_bytes(b"\xff\xfe\x00")
    huge = tmp_path / "huge"
    huge.write_bytes(b"x" * (MAX_FILE_BYTES + 1))
    text = json.dumps({"control": {"api_keys": [f"${{file:{binary}}}", f"${{file:{huge}}}"]}})
    with pytest.raises(ConfigError) as info:
        load_config(text=text, fmt="json", env={}, variables={})
    assert [(i.path, i.message.split(": ", 1)[1]) for i in info.value.issues] == [
        ("control.api_keys[0]", f"{binary} is not UTF-8 text"),
        ("control.api_keys[1]", f"{huge} is larger than {MAX_FILE_BYTES} bytes"),
    ]


def test_a_bad_resolved_value_is_reported_as_written_never_as_resolved(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "port"
    secret.write_text("hunter2-in-a-file")
    text = f"""
listeners: {{llm: {{port: "${{file:{secret}}}"}}}}
egress: {{users: [{{name: a, password_sha256: "${{DIGEST}}"}}]}}
rules: [{{name: r, match: "${{HOST}}:99999/x", action: allow}}]
"""
    variables = {"DIGEST": "not-hex-env-secret", "HOST": "api.example"}
    with pytest.raises(ConfigError) as info:
        load_config(text=text, env={}, variables=variables)
    shown = str(info.value)
    assert "listeners.llm.port" in shown and f"(got '${{file:{secret}}}')" in shown
    assert "password_sha256 must be 64 hex digits" in shown
    assert "hunter2-in-a-file" not in shown and "not-hex-env-secret" not in shown
    # The rules' URL patterns are checked after the schema: the same holds there.
    fixed = text.replace(f'"${{file:{secret}}}"', "8123").replace("${DIGEST}", "ab" * 32)
    with pytest.raises(ConfigError) as info:
        load_config(text=fixed, env={}, variables=variables)
    assert [(i.path, i.value) for i in info.value.issues] == [
        ("rules[0].match", "${HOST}:99999/x")]


def test_references_read_variables_not_the_secproxy_overrides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SECPROXY_TEST_REF_KEY", "from-the-process-env")
    text = "control: {api_keys: ['${SECPROXY_TEST_REF_KEY}']}"
    cfg = load_config(text=text, env={}).config  # as `config validate` loads
    assert cfg.control.api_keys[0].get_secret_value() == "from-the-process-env"
    # Values given by overrides are taken as they are.
    cfg = load_config(env={"SECPROXY_LEDGER": "/tmp/${X}.db"}, variables={}).config
    assert str(cfg.ledger_path) == "/tmp/${X}.db"


def test_a_rules_edit_keeps_literal_dollar_braces_literal() -> None:
    text = "control: {api_keys: ['$${LITERAL}', '${KEY}']}"
    running = load_config(text=text, env={}, variables={"KEY": "a-${HOME}-key"}).config
    full, _ = build_config_text(running, "- {name: x, action: deny}\n")
    edited = load_edited(full, None, None).config
    assert [k.get_secret_value() for k in edited.control.api_keys] == [
        "${LITERAL}", "a-${HOME}-key"]
    assert [r.name for r in edited.rules] == ["x"]
