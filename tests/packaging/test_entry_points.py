"""`python -m secproxy` runs the command line, and the version it prints is the package
metadata's (the installed wheel's in `.ci/smoke`, which also checks the script and its
shell completion)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import secproxy


def test_python_m_secproxy_prints_the_installed_version(tmp_path: Path) -> None:
    assert secproxy.__version__ == version("secproxy")
    result = subprocess.run([sys.executable, "-m", "secproxy", "--version"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"secproxy {version('secproxy')}\n"

