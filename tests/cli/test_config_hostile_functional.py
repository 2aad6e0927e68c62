"""`secproxy config validate` on hostile files: a clear error and exit code 3, never a
traceback or a hang (a FIFO with no writer, nesting past the recursion limit, an alias
bomb, an alias inside its own anchor, a file of many megabytes)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from secproxy.errors import ExitCode
from tests.cli.conftest import run_cli


def _bomb() -> str:
    text = 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n'
    prev = "a"
    for name in "bcdefghij":
        text += f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
        prev = name
    return text


HOSTILE = {
    "deep.yaml": ("a: " + "[" * 20_000 + "]" * 20_000 + "\n", "nested more than"),
    "indent.yaml": ("".join("  " * i + "k:\n" for i in range(1_500)), "nested more than"),
    "deep.json": ('{"a": ' + "[" * 20_000 + "]" * 20_000 + "}", "nested more than"),
    "bomb.yaml": (_bomb(), "once its aliases are expanded"),
    "self.yaml": ("rules: &r [*r]\n", "refers to itself"),
    "huge.yaml": ("x: " + "a" * (5 << 20) + "\n", "larger than"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_a_clear_error(tmp_path: Path, name: str) -> None:
    text, said = HOSTILE[name]
    path = tmp_path / name
    path.write_text(text)
    result = run_cli("config", "validate", str(path), timeout=60)
    assert result.returncode == ExitCode.CONFIG_INVALID, result.stderr[-2000:]
    assert said in result.stderr
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr


def test_a_fifo_with_no_writer_is_refused_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    os.mkfifo(path)
    result = run_cli("config", "validate", str(path), timeout=20)
    assert result.returncode == ExitCode.CONFIG_INVALID
    assert "not a regular file" in result.stderr


def test_scan_of_a_fifo_with_no_writer_ends(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run_cli("scan", "--format", "json", str(fifo), timeout=20)
    assert result.returncode == 0, result.stderr
    assert '"nothing written": 1' in result.stdout


@pytest.mark.parametrize("option", ["--allow", "--key-file"])
def test_scan_options_naming_a_fifo_end_with_a_usage_error(tmp_path: Path, option: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = tmp_path / "notes.txt"
    target.write_text("nothing here\n")
    result = run_cli("scan", option, str(fifo), str(target), timeout=20)
    assert result.returncode == ExitCode.USAGE, result.stderr
    assert "Traceback" not in result.stderr


def test_scan_allowlist_nested_too_deeply_is_a_usage_error(tmp_path: Path) -> None:
    allow = tmp_path / "allow.yaml"
    allow.write_text("allow: " + "[" * 20_000 + "]" * 20_000 + "\n")
    target = tmp_path / "notes.txt"
    target.write_text("nothing here\n")
    result = run_cli("scan", "--allow", str(allow), str(target), timeout=60)
    assert result.returncode == ExitCode.USAGE, result.stderr[-2000:]
    assert "nested too deeply" in result.stderr


@pytest.mark.parametrize("command", ["query", "verify"])
def test_audit_of_a_ledger_that_is_a_fifo_ends(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "ledger.db"
    os.mkfifo(fifo)
    result = run_cli("audit", command, "--ledger", str(fifo), timeout=20)
    assert "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
