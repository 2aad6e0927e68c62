"""Rendering rows for read commands: rich table, JSON, JSON Lines or CSV.

On a terminal, rich fits text and tables to its width. Piped or redirected, output is
for programs and for reading later: lines are never hard-wrapped and table cells are
kept whole, however long (rich would otherwise wrap everything at 80 columns).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from secproxy.cli.options import Format
from secproxy.terminal import visible

DECISION_STYLE = {
    "allow": "green",
    "allow_with_redaction": "cyan",
    "challenge": "yellow",
    "require_approval": "magenta",
    "block": "bold red",
}
PIPE_WIDTH = 1_000_000
"""Columns a pipe is taken to have: enough that nothing wraps."""


def _console(*, stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        terminal = False
    if terminal:
        return Console(stderr=stderr)
    return Console(stderr=stderr, width=PIPE_WIDTH, soft_wrap=True)


console = _console()
err_console = _console(stderr=True)


def pick_format(fmt: Format | None) -> Format:
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.jsonl


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | dict):
        return json.dumps(value, default=str)
    return str(value)


def render_rows(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: Format | None,
    *,
    title: str | None = None,
) -> None:
    """Print rows in the chosen format; table/csv show `columns`, json/jsonl whole rows."""
    chosen = pick_format(fmt)
    if chosen is Format.json:
        sys.stdout.write(json.dumps(list(rows), indent=2, default=str) + "\n")
    elif chosen is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str) + "\n")
    elif chosen is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        table = Table(title=title, header_style="bold")
        for c in columns:
            table.add_column(c, overflow="fold")
        count = 0
        for row in rows:
            count += 1
            # as written: a str cell would be read as markup (`[/x]` raised), and a
            # control character acted on by the terminal
            cells = [Text(visible(_cell(row.get(c)))) for c in columns]
            style = DECISION_STYLE.get(str(row.get("decision")), None)
            table.add_row(*cells, style=style)
        if count:
            console.print(table)
        else:
            console.print("[dim]no rows[/dim]")


def render_object(obj: Any, fmt: Format | None) -> None:
    """Print one object: pretty JSON for table/json, one line for jsonl."""
    chosen = pick_format(fmt)
    if chosen is Format.jsonl:
        sys.stdout.write(json.dumps(obj, default=str) + "\n")
    elif chosen is Format.table:
        console.print_json(json.dumps(obj, default=str))
    else:
        sys.stdout.write(json.dumps(obj, indent=2, default=str) + "\n")
