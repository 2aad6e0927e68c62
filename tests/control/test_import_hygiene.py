"""The core never loads the console: importing the CLI leaves Textual (and `tui`) out."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_cli_does_not_import_textual():
    code = (
        "import sys, secproxy.cli, secproxy.control.server, secproxy.control.http; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')); "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True
    )
    assert result.stdout.strip() == ""


def test_the_tui_command_exists_and_loads_the_console_only_when_run():
    code = (
        "import sys; from typer.testing import CliRunner; from secproxy.cli import app; "
        "r = CliRunner().invoke(app, ['tui', '--help']); "
        "print(r.exit_code, 'textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True
    )
    assert result.stdout.split() == ["0", "False"]


def test_python_m_tui_runs():
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--help"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0 and "--socket" in result.stdout
