"""The `guards:` config section, the family registry, and `ws.redact_patterns` as a
`patterns` guard."""

from __future__ import annotations

import re

import pytest

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.errors import ConfigError
from secproxy.guards import GuardSettingsError
from secproxy.guards.patterns import PatternGuard
from secproxy.guards.registry import FAMILIES, make
from secproxy.model import Direction, Severity, Surface


def test_entries_become_guards_with_their_policy() -> None:
    config = load_config(text="""
guards:
  on_error: allow
  use:
    - name: keys
      family: patterns
      min_severity: low
      directions: [response]
      surfaces: [llm]
      settings: {patterns: [{name: k, pattern: "sk-[0-9]+", severity: high}]}
    - {name: mails, family: patterns, action: block, on_error: block}
""", env={}).config
    keys, mails = configured_guards(config)
    assert isinstance(keys, PatternGuard) and keys.patterns[0].severity is Severity.HIGH
    assert keys.policy.action == "sanitize" and keys.policy.on_error == "allow"
    assert keys.policy.directions == {Direction.RESPONSE}
    assert keys.policy.surfaces == {Surface.LLM}
    assert keys.policy.min_severity is Severity.LOW
    assert mails.policy.action == "block" and mails.policy.on_error == "block"


def test_ws_redact_patterns_are_a_patterns_guard_on_ws_results() -> None:
    config = load_config(text="""
ws:
  redact_patterns: [{name: openai_key, pattern: "sk-[A-Za-z0-9]{20,}"}]
  redact_requests: true
""", env={}).config
    (guard,) = configured_guards(config)
    assert guard.family == "patterns" and guard.policy.action == "sanitize"
    assert guard.policy.surfaces == {Surface.WS}
    assert guard.policy.directions == {Direction.RESPONSE, Direction.REQUEST}
    assert configured_guards(load_config(text="", env={}).config) == []


@pytest.mark.parametrize("entry, message", [
    ("{name: a, family: nope}", "unknown guard family 'nope' (known: "),
    ("{name: a, family: patterns, settings: {patterns: [{name: k, pattern: '('}]}}",
     "patterns[0].pattern is not a valid regular expression"),
    ("{name: a, family: patterns, settings: {patterns: [{name: k, pattern: 'a*'}]}}",
     "matches the empty string"),
    ("{name: a, family: patterns, settings: {bogus: 1}}", "takes `patterns` only"),
    ("{name: a, family: patterns, action: maybe}", "guards.use[0].action"),
    ("{name: a, family: patterns, directions: []}", "list at least one direction"),
])
def test_bad_entries_are_config_errors_with_their_key(entry: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(text=f"guards: {{use: [{entry}]}}", env={})


def test_names_are_unique() -> None:
    with pytest.raises(ConfigError, match="guard names must be unique: a"):
        load_config(text="guards: {use: [{name: a, family: patterns}, "
                         "{name: a, family: patterns}]}", env={})


def test_the_registry_knows_each_family() -> None:
    assert {"patterns", "encoding"} <= set(FAMILIES)
    with pytest.raises(GuardSettingsError, match="severity must be one of"):
        make("patterns", "p", {"patterns": [{"name": "k", "pattern": "x", "severity": "?"}]})
