"""Config loading: defaults, samples, exact error messages, overrides, lint warnings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secproxy.config import Overrides, load_config
from secproxy.config.reference import render_reference
from secproxy.config.schema import default_state_dir
from secproxy.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "sample_configs").glob("*.yaml"))


def issues(text: str, *, fmt: str | None = None) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(text=text, env={}, fmt=fmt)
    return [str(i) for i in info.value.issues]


def test_no_config_is_valid_with_loopback_defaults(tmp_path: Path) -> None:
    cfg = load_config(env={"XDG_STATE_HOME": str(tmp_path)}).config
    for name, port in (("egress", 4100), ("llm", 8080), ("ws", 18790), ("api", 8000)):
        listener = getattr(cfg.listeners, name)
        assert (listener.host, listener.port) == ("127.0.0.1", port)
    assert cfg.ledger_path == default_state_dir() / "ledger.db"
    assert cfg.control_socket.name == "control.sock"
    assert not cfg.ws_enabled and not cfg.llm_enabled


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_validates_without_warnings(path: Path) -> None:
    loaded = load_config(path, env={})
    assert loaded.warnings == []


def test_samples_exist_for_every_profile_and_surface() -> None:
    names = {p.stem for p in SAMPLES}
    assert {"dev", "production", "strict", "egress", "llm", "ws", "inspection"} <= names


def test_reference_config_is_exactly_the_defaults() -> None:
    text = render_reference()
    loaded = load_config(text=text, env={})
    assert loaded.warnings == []
    assert loaded.config == load_config(env={}).config
    # Durations read as durations, choices are named.
    assert "\n  strike_window: 1h\n" in text and "\n  block_duration: 15m\n" in text
    assert "  on_error: block  # block | allow\n" in text


def test_error_names_key_path_value_expectation_and_line() -> None:
    text = """\
rules:
  - match: api.example.com
    action: allow
  - match: x.example.com
    action: allow
  - match: y.example.com
    action: allow
  - match: z.example.com
    action: allow
    policies:
      - type: rate_limit
        max_requests_per_minute: fast
"""
    assert issues(text) == [
        "<config>:12: rules[3].policies[0].max_requests_per_minute: expected a valid integer, "
        "unable to parse string as an integer (got 'fast')"
    ]


def test_unknown_keys_are_errors() -> None:
    assert issues("listeners:\n  egres: {port: 1}\n") == [
        "<config>:2: listeners.egres: unknown key (check the spelling; see "
        "`secproxy config example`)"
    ]


def test_several_errors_are_all_reported_in_line_order() -> None:
    text = """\
engine: {on_error: maybe}
rules:
  - {match: a.com, action: allw}
  - {match: b.com, action: allow, policies: [{type: quota}]}
tracking: {block_duration: soon}
"""
    assert issues(text) == [
        "<config>:1: engine.on_error: expected 'block' or 'allow' (got 'maybe')",
        "<config>:3: rules[0].action: expected 'allow', 'deny', 'log' or 'require_approval' "
        "(got 'allw')",
        "<config>:4: rules[1].policies[0]: unknown policy type; expected one of: rate_limit, "
        "time_restriction",
        "<config>:5: tracking.block_duration: expected a duration such as 30s, 15m, 2h, 3d or a "
        "number of seconds (got 'soon')",
    ]


def test_policy_and_time_errors() -> None:
    text = """\
rules:
  - match: a.com
    action: allow
    policies:
      - {type: rate_limit, max_requests_per_minute: 5, max_requests: 9}
      - {type: time_restriction, allowed_hours_start: "25:00", timezone: Mars/Olympus}
"""
    assert issues(text) == [
        "<config>:5: rules[0].policies[0]: set exactly one of max_requests_per_minute or "
        "max_requests",
        "<config>:6: rules[0].policies[1].allowed_hours_start: expected HH:MM between 00:00 and "
        "24:00 (or an hour 0-24) (got '25:00')",
        "<config>:6: rules[0].policies[1].timezone: unknown time zone; expected an IANA name "
        "such as UTC or Europe/Berlin (got 'Mars/Olympus')",
    ]


def test_an_older_name_given_a_list_or_a_map_is_an_error_not_a_crash() -> None:
    """`per: [ip]` was a TypeError out of the validator (a traceback, no line)."""
    text = """\
rules:
  - match: a.com
    action: allow
    policies:
      - {type: rate_limit, requests_per_minute: 5, per: [ip]}
      - {type: rate_limit, requests_per_minute: 5, per: {ip: 1}}
"""
    assert issues(text) == [
        f"<config>:{line}: rules[0].policies[{i}].per: expected 'domain', 'principal', 'ip', "
        "'api_key' or 'global'" for i, line in ((0, 5), (1, 6))]


def test_duplicate_rule_names_and_bad_port() -> None:
    dup = (
        "rules:\n  - {name: a, match: x.com, action: allow}\n"
        "  - {name: a, match: y.com, action: deny}\n"
    )
    assert issues(dup) == [
        "<config>:3: rules[1].name: 'a' is already used by rules[0]; rule names must be unique"
    ]
    assert issues("rules:\n  - {match: 'x.com:99999', action: allow}\n") == [
        "<config>:2: rules[0].match: port '99999' in 'x.com:99999' is not a number from 1 to "
        "65535 (got 'x.com:99999')"
    ]


def test_yaml_and_json_syntax_errors_have_lines(tmp_path: Path) -> None:
    assert issues("rules:\n  - {match: a.com, action: allow\n")[0].startswith(
        "<config>:3: not valid YAML"
    )
    bad = tmp_path / "c.json"
    bad.write_text('{"rules": [\n  {"match": "a.com",}\n]}')
    with pytest.raises(ConfigError) as info:
        load_config(bad, env={})
    assert str(info.value.issues[0]).startswith(f"{bad}:2: not valid JSON")
    assert issues("- just\n- a list\n") == [
        "<config>:1: the top level must be a mapping of settings, got a list"
    ]


def test_missing_file_has_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.yaml", env={})
    assert "file not found" in str(info.value)
    assert info.value.hint and "config example" in info.value.hint


def test_json_config(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"rules": [{"match": "a.com", "action": "deny"}]}))
    assert load_config(path, env={}).config.rules[0].action == "deny"


def test_env_overrides_and_cli_overrides_win_in_order(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("listeners:\n  egress: {port: 5000}\nlogging: {level: info}\n")
    env = {
        "SECPROXY_LISTEN_EGRESS": "127.0.0.1:5001",
        "SECPROXY_LOG_LEVEL": "DEBUG",
        "SECPROXY_STATE_DIR": str(tmp_path / "st"),
        "SECPROXY_DEFAULT_ACTION": "deny",
    }
    cfg = load_config(path, env=env).config
    assert cfg.listeners.egress.port == 5001
    assert cfg.logging.level == "debug"
    assert cfg.engine.default_action == "deny"
    assert cfg.ledger_path == tmp_path / "st" / "ledger.db"
    ov = Overrides(
        listen={"egress": "0.0.0.0:5002"},
        upstreams={"openai": "http://127.0.0.1:9"},
        disabled={"api", "llm"},
    )
    cfg = load_config(path, env=env, overrides=ov).config
    assert (cfg.listeners.egress.host, cfg.listeners.egress.port) == ("0.0.0.0", 5002)
    assert cfg.upstreams["openai"].url == "http://127.0.0.1:9"
    assert not cfg.listeners.api.enabled and not cfg.listeners.llm.enabled


def test_an_http_upstream_starts_the_llm_gateway() -> None:
    text = "upstreams:\n  openai: {url: 'https://api.openai.com'}\n"
    on = load_config(text=text, env={}).config
    assert on.llm_enabled and on.llm_upstreams == ["openai"]
    assert on.upstreams["openai"].resolved_kind("openai") == "openai"
    kept = load_config(text=text + "listeners: {llm: {enabled: false}}\n", env={}).config
    assert not kept.llm_enabled and kept.upstreams["openai"].url == "https://api.openai.com"
    relay = load_config(text="upstreams: {gw: {url: 'ws://127.0.0.1:1'}}\n", env={}).config
    assert not relay.llm_enabled
    assert issues("upstreams: {gw: {url: 'ws://127.0.0.1:1'}}\nllm: {default_upstream: gw}\n"
                  ) == ["<config>:2: llm.default_upstream: 'gw' is not an http(s) upstream; "
                        "the LLM gateway serves only those"]


def test_strikes_never_block_unless_max_strikes_is_set() -> None:
    defaults = load_config(env={}).config.tracking
    assert defaults.enabled and defaults.max_strikes is None
    samples = {p.stem: load_config(p, env={}).config.tracking for p in SAMPLES}
    assert samples["dev"].max_strikes is None
    assert samples["production"].max_strikes == 5 and samples["strict"].max_strikes == 3


def test_bad_override_values_are_clear() -> None:
    with pytest.raises(ConfigError, match="port must be a number"):
        load_config(env={"SECPROXY_LISTEN_API": "127.0.0.1:http"})
    with pytest.raises(ConfigError, match="unknown surface 'egres'"):
        load_config(env={}, overrides=Overrides(listen={"egres": "127.0.0.1:1"}))


def test_lint_warns_about_rules_that_can_never_match() -> None:
    text = """\
rules:
  - {name: corp, match: "*.corp.com/**", action: deny}
  - {name: corp-api, match: "api.corp.com/v1/*", action: allow}
  - {name: v1, match: "api.x.com/v1/*", action: allow}
  - {name: v1-deep, match: "api.x.com/v1/**", action: deny}
  - {name: all, match: "*", action: log}
  - {name: late, match: "late.com", action: deny}
  - {name: weird, match: "exa mple.com", action: deny}
"""
    with pytest.raises(ConfigError, match="white space"):
        load_config(text=text, env={})
    warnings = load_config(text=text.replace("exa mple", "exa|mple"), env={}).warnings
    assert warnings == [
        "rules[1] (corp-api) can never match: rules[0] (corp) matches everything it does and "
        "comes first",
        "rules[5] (late) can never match: rules[4] (all) matches everything it does and comes "
        "first",
        "rules[6] (weird): match 'exa|mple.com' can never match: its host part has characters "
        "no host name has",
        "rules[6] (weird) can never match: rules[4] (all) matches everything it does and comes "
        "first",
    ]


def test_single_segment_glob_hint() -> None:
    warnings = load_config(text="rules: [{match: 'api.x.com/*', action: allow}]", env={}).warnings
    assert warnings == [
        "rules[0] (rule-1): match 'api.x.com/*' covers one path segment only; write "
        "'api.x.com/**' (or the bare host) for every path"
    ]


def test_report_mode_rules_do_not_shadow() -> None:
    text = (
        "rules:\n  - {match: '*', action: deny, mode: report}\n  - {match: a.com, action: allow}\n"
    )
    assert load_config(text=text, env={}).warnings == []


def test_overrides_leave_a_malformed_section_for_validation_to_report() -> None:
    text = "listeners: [egress]\nengine: strict\nlogging: loud\nupstreams: {openai: x}\n"
    ov = Overrides(
        listen={"egress": "127.0.0.1:1"},
        upstreams={"openai": "http://127.0.0.1:9"},
        disabled={"api"},
        log_level="debug",
    )
    with pytest.raises(ConfigError) as info:
        load_config(text=text, env={"SECPROXY_DEFAULT_ACTION": "deny"}, overrides=ov)
    paths = [i.path for i in info.value.issues]
    assert paths == ["listeners", "engine", "logging", "upstreams.openai"]


def test_loading_a_config_imports_no_decoder_and_names_every_one() -> None:
    # The wrap and every CLI command that reads a config paid for the decoders' modules
    # (folding tables, literal sets, Hyperscan: ~55 ms) without running a guard.
    script = ("import json, sys; from secproxy.config import load_config; "
              "load_config(text='guards: {normalise: {decoders: [hex]}}', env={}); "
              "print(json.dumps(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    loaded = json.loads(done.stdout)
    assert [m for m in loaded if m.startswith(("secproxy.guards.normalise",
                                               "secproxy.guards.decoding", "hyperscan"))] == []
    from secproxy.config.guards import NormaliseSettings
    from secproxy.guards.decoding import DECODERS

    assert NormaliseSettings().decoders == list(DECODERS)
