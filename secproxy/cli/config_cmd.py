"""`secproxy config`: validate a file, print the reference example or the JSON Schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from secproxy.cli.render import console, err_console
from secproxy.errors import ConfigError, ConfigIssue, ExitCode

app = typer.Typer(
    help="Validate configs, print the reference config or its JSON Schema.", no_args_is_help=True
)


@app.command()
def validate(
    path: Annotated[
        Path,
        typer.Argument(
            help="Config file to check (YAML or JSON), or - for stdin.", show_default=False
        ),
    ],
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat warnings as errors (exit 1 when any).")
    ] = False,
) -> None:
    """Check a config completely; print every problem with its line and key path."""
    from secproxy.config import load_config

    if str(path) == "-":  # `secproxy config example | secproxy config validate -`
        loaded = load_config(text=_stdin_text(), env={})
    else:
        loaded = load_config(path, env={})
    cfg = loaded.config
    for w in loaded.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {escape(w)}", highlight=False)
    summary = escape(
        f"{path}: {len(cfg.rules)} rules, default action {cfg.engine.default_action}"
    )
    count = len(loaded.warnings)
    warned = f"{count} warning{'s' * (count != 1)}"
    if strict and count:
        err_console.print(
            f"[bold red]error:[/bold red] {summary}; {warned}, which --strict treats as errors",
            highlight=False,
        )
        raise typer.Exit(ExitCode.CHECK_FAILED)
    console.print(
        f"[green]ok[/green] {summary}" + (f" ({warned})" if count else ""), highlight=False
    )


def _stdin_text() -> str:
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError([ConfigIssue("", f"cannot be read: {e}", source="-")], "-") from None


@app.command()
def example() -> None:
    """Print the complete reference config: every key with its default and what it does
    (it validates as is)."""
    from secproxy.config.reference import render_reference

    typer.echo(render_reference(), nl=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the config (for editor completion)."""
    from secproxy.config import Config
    from secproxy.config.docs import with_docs

    out = with_docs(Config)
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["title"] = "secproxy config"
    typer.echo(json.dumps(out, indent=2))
