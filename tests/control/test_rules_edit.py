"""Rules edits: line numbers relative to what the operator sent, shapes accepted."""

from __future__ import annotations

import pytest

from secproxy.cli.operator import rules_section
from secproxy.config import load_config
from secproxy.control.rules_edit import build_config_text, parse_rules_text, rules_yaml
from secproxy.errors import ConfigError


def config(text: str = ""):
    return load_config(text=text or "rules: [{name: a, match: a.example, action: deny}]", env={})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("[]", []),
        ("rules: []", []),
        ("- action: deny\n", [{"action": "deny"}]),
        ("rules:\n  - action: log\n", [{"action": "log"}]),
    ],
)
def test_accepted_shapes(text, expected):
    assert parse_rules_text(text) == expected


@pytest.mark.parametrize(
    "text, line",
    [
        ("- action: deny\n  tools: [a\n", 3),
        ("action: deny\n", 1),
        ("just a string\n", 1),
    ],
)
def test_rejected_shapes_point_at_a_line(text, line):
    with pytest.raises(ConfigError) as exc:
        parse_rules_text(text)
    assert exc.value.issues[0].line == line


def test_lines_map_back_to_the_operators_text():
    loaded = config()
    text = "# comment\n\n- name: x\n  action: deny\n  policies:\n    - type: rate_limit\n"
    full, offset = build_config_text(loaded.config, text)
    assert full.splitlines()[offset:] == ["  " + ln if ln else ln for ln in text.splitlines()]
    with pytest.raises(ConfigError) as exc:
        load_config(text=full, env={})
    lines = {i.line - offset for i in exc.value.issues}
    assert lines == {6}, exc.value


def test_running_rules_round_trip_as_yaml():
    loaded = config()
    text = rules_yaml(loaded.config)
    full, _ = build_config_text(loaded.config, text)
    assert load_config(text=full, env={}).config == loaded.config


def test_rules_section_of_a_whole_config_keeps_line_numbers():
    text = (
        "engine:\n  default_action: deny\nrules:\n  - action: log\n# tail\nlogging: {level: info}\n"
    )
    section = rules_section(text)
    assert section.splitlines()[2:4] == ["rules:", "  - action: log"]
    assert section.splitlines()[:2] == ["", ""] and "logging" not in section
    assert rules_section("- action: log\n") == "- action: log\n"


@pytest.mark.parametrize("text", ["", "# no rules left\n", "rules:\n", "rules:  # none\n"])
def test_no_rules_at_all_is_an_empty_list(text):
    full, _ = build_config_text(config().config, text)
    assert load_config(text=full, env={}).config.rules == []
