"""A key given twice in one mapping of a config, a rules edit or an allowlist is refused
with both lines: YAML and JSON loaders keep the last value and say nothing, so a rule
written `action: deny` and, a line later, `action: allow` was silently an allow rule.
YAML's merge key still overrides, as it is meant to."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import run_cli, serve_process

pytestmark = pytest.mark.functional

TWICE = """\
rules:
  - name: no-shell
    tools: ["shell.*"]
    action: deny
    action: allow
"""


def test_config_validate_refuses_a_rule_whose_action_is_given_twice(tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text(TWICE)
    checked = run_cli("config", "validate", str(config))
    assert checked.returncode == 3, checked.stdout
    said = " ".join(checked.stderr.split())
    assert f"{config}:5: not valid YAML: the key `action` is given twice in one mapping " \
           "(first on line 4)" in said
    assert "Traceback" not in checked.stderr


def test_a_section_given_twice_and_a_json_object_key_given_twice_are_refused(
        tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text("engine:\n  default_action: deny\nengine:\n  default_action: allow\n")
    checked = run_cli("config", "validate", str(config))
    assert checked.returncode == 3
    assert "the key `engine` is given twice in one mapping (first on line 1)" in \
        " ".join(checked.stderr.split())
    as_json = tmp_path / "secproxy.json"
    as_json.write_text('{"rules": [{"name": "x", "tools": ["a.*"], "action": "deny", '
                       '"action": "allow"}]}')
    checked = run_cli("config", "validate", str(as_json))
    assert checked.returncode == 3
    assert "not valid JSON: the key `action` is given twice in one object" in \
        " ".join(checked.stderr.split())


def test_a_merge_key_still_overrides(tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text("rules:\n  - &base\n    name: a\n    tools: ['a.*']\n    action: deny\n"
                      "  - <<: *base\n    name: b\n    action: allow\n")
    checked = run_cli("config", "validate", str(config))
    assert checked.returncode == 0, checked.stderr
    assert "2 rules" in checked.stdout


def test_a_rules_edit_with_a_key_given_twice_changes_nothing(tmp_path: Path) -> None:
    edit = tmp_path / "edit.yaml"
    edit.write_text(TWICE)
    good = tmp_path / "good.yaml"
    good.write_text("- {name: kept, tools: ['x.*'], action: deny}\n")
    with serve_process(tmp_path) as served:
        sock = str(tmp_path / "control.sock")
        assert run_cli("rules", "apply", str(good), "--socket", sock).returncode == 0
        refused = run_cli("rules", "apply", str(edit), "--socket", sock)
        assert refused.returncode == 3, refused.stdout
        assert "the key `action` is given twice in one mapping" in " ".join(
            refused.stderr.split())
        shown = run_cli("rules", "show", "--format", "json", "--socket", sock)
        assert '"kept"' in shown.stdout and "no-shell" not in shown.stdout
        code, err = served.stop()
    assert code == 0, err


def test_scan_refuses_an_allowlist_entry_with_a_key_given_twice(tmp_path: Path) -> None:
    allow = tmp_path / "allow.yaml"
    allow.write_text("- fingerprint: aaaa\n  reason: one\n  reason: two\n")
    target = tmp_path / "f.txt"
    target.write_text("nothing\n")
    ran = run_cli("scan", "--allow", str(allow), str(target))
    assert ran.returncode == 2, ran.stdout
    assert "the key `reason` is given twice in one mapping" in " ".join(ran.stderr.split())
