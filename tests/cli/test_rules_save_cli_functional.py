"""`secproxy rules apply FILE --save` against a real `secproxy serve -c CONFIG`: the rules
land in the config file and survive a SIGHUP reload; without --save a reload brings the
file's rules back; a proxy on defaults has no file to save to. In process: one changed
rule saved leaves the file's other bytes, comments included."""

from __future__ import annotations

import asyncio
import json
import re
import signal
import time
import urllib.request
from pathlib import Path

import pytest

from secproxy.errors import ExitCode
from tests.cli.conftest import Served, run_cli, serve_process

pytestmark = pytest.mark.functional

CONFIG = """\
# kept byte for byte
engine:
  default_action: allow   # a comment on a setting
rules:
  - {name: from-file, tools: ["fs.*"], action: deny}
# after the rules
"""


def reloads(served: Served) -> float:
    """How many config swaps (reloads and rules edits) the proxy has made."""
    url = f"http://{served.addresses['api']}/metrics"
    with urllib.request.urlopen(url, timeout=5) as answer:
        text = answer.read().decode()
    m = re.search(r'^secproxy_config_reloads_total\{result="ok"\} (\S+)$', text, re.M)
    return float(m.group(1)) if m else 0.0


def sighup(served: Served) -> None:
    """Send SIGHUP and wait (with a deadline) until the proxy has reloaded."""
    before = reloads(served)
    served.proc.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 10
    while reloads(served) <= before:
        assert time.monotonic() < deadline, "SIGHUP reload not seen"
        time.sleep(0.05)


def rule_names(served: Served) -> list[str]:
    sock = str(served.state_dir / "control.sock")
    shown = run_cli("rules", "show", "--format", "json", "--socket", sock)
    assert shown.returncode == 0, shown.stderr
    return [r["name"] for r in json.loads(shown.stdout)]


def test_apply_save_survives_sighup_and_apply_alone_does_not(tmp_path: Path) -> None:
    config = tmp_path / "secproxy.yaml"
    config.write_text(CONFIG)
    edit = tmp_path / "edit.yaml"
    edit.write_text("- name: no-shell\n  tools: ['shell.*']\n  action: deny\n")
    with serve_process(tmp_path, "-c", str(config)) as served:
        sock = str(tmp_path / "control.sock")
        applied = run_cli("rules", "apply", str(edit), "--socket", sock)
        assert applied.returncode == 0, applied.stderr
        assert f"{config} is unchanged: a reload (SIGHUP) brings its rules back" in " ".join(
            applied.stdout.split()
        )
        assert rule_names(served) == ["no-shell"]
        sighup(served)
        assert rule_names(served) == ["from-file"]

        saved = run_cli("rules", "apply", str(edit), "--save", "--socket", sock)
        assert saved.returncode == 0, saved.stderr
        out = " ".join(saved.stdout.split())
        assert f"applied 1 rules and saved them to {config.resolve()}" in out
        assert f"the previous file is {config.resolve()}.bak" in out
        assert config.read_text() == CONFIG.replace(
            '  - {name: from-file, tools: ["fs.*"], action: deny}\n',
            "  - name: no-shell\n    tools: ['shell.*']\n    action: deny\n",
        )
        assert (tmp_path / "secproxy.yaml.bak").read_text() == CONFIG
        sighup(served)
        assert rule_names(served) == ["no-shell"]
        code, err = served.stop()
    assert code == 0, err


def test_save_without_a_config_file_is_refused(tmp_path: Path) -> None:
    edit = tmp_path / "edit.yaml"
    edit.write_text("- {name: x, tools: ['x.*'], action: deny}\n")
    with serve_process(tmp_path) as served:
        sock = str(tmp_path / "control.sock")
        refused = run_cli("rules", "apply", str(edit), "--save", "--socket", sock)
        assert refused.returncode == ExitCode.SAVE_FAILED, refused.stderr
        assert "no config file to save them to; nothing changed" in refused.stderr
        assert "hint: apply without saving" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert rule_names(served) == []
        served.stop()


async def test_apply_save_of_one_changed_rule_keeps_every_other_byte(tmp_path: Path) -> None:
    """In process (no `serve` subprocess): `rules show --yaml` gives the file's block with
    its comments; one rule edited and applied with --save changes only its own line."""
    from typer.testing import CliRunner

    from secproxy.cli import app
    from tests.control.test_rules_save_merge_functional import config, proxy_from

    path, original = config(tmp_path)
    async with proxy_from(path) as rt:
        assert rt.control is not None
        socket = ["--socket", str(rt.control.path)]

        def cli(*args: str) -> str:
            result = CliRunner().invoke(app, [*args, *socket])
            assert result.exit_code == 0, result.output
            return result.output

        shown = await asyncio.to_thread(cli, "rules", "show", "--yaml")
        assert "# between rules: the shell" in shown and "# inside a rule" in shown
        rules = tmp_path / "rules.yaml"
        rules.write_text(shown.replace("action: deny   # inside", "action: allow  # inside"))
        said = await asyncio.to_thread(cli, "rules", "apply", str(rules), "--save")
        assert "saved them to" in said
    assert path.read_text() == original.replace(
        "action: deny   # inside", "action: allow  # inside"
    ), "only the changed rule's line differs"
