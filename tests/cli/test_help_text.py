"""`--help` of every command reads as written: each prose paragraph of a command's
description on one line at a wide terminal (Typer's rich help keeps a docstring's line
breaks, which cut sentences wherever the source wrapped), and every help page renders."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from secproxy.cli import app, reflow


def _paths(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command's words, groups included (Typer carries its own copy of click)."""
    out = [prefix]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        out += _paths(sub, (*prefix, name))
    return out


PATHS = _paths(typer.main.get_command(app))


def _description(page: str) -> list[str]:
    """The lines between the usage line and the first panel."""
    lines = page.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("Usage:"))
    end = next((i for i, line in enumerate(lines) if line.startswith("╭")), len(lines))
    return [line.strip() for line in lines[start + 1:end]]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "secproxy")
def test_help_paragraphs_are_not_cut(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    text = _description(result.output)
    paragraphs: list[list[str]] = [[]]
    for line in text:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    for para in paragraphs:
        if len(para) > 1 and not any(line[:1] in "-*•$`|" for line in para[1:]):
            pytest.fail(f"`{' '.join(path)} --help` cuts a paragraph: {para!r}")


def test_reflow_joins_prose_and_keeps_lists() -> None:
    doc = "First line of a\nsentence.\n\nItems:\n- one\n- two\n\n    indented\n    block"
    assert reflow(doc) == ("First line of a sentence.\n\nItems:\n- one\n- two\n\n"
                           "    indented\n    block")
