"""Options shared by several commands (one definition each, `help=` on every one)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file (YAML or JSON). Default: $SECPROXY_CONFIG, else built-in defaults.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, jsonl otherwise.",
        show_default=False,
    ),
]
LedgerOpt = Annotated[
    Path | None,
    typer.Option(
        "--ledger",
        help="Ledger file (SQLite). Default: the config's ledger (a PostgreSQL one with "
        "ledger.backend: postgresql), else audit.path, else <state dir>/ledger.db.",
        show_default=False,
    ),
]
