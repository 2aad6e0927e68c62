"""`secproxy config`: validate a file, print the reference example or the JSON Schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from secproxy.cli.render import console, err_console
from secproxy.config import Config, load_config

app = typer.Typer(
    help="Validate configs, print the reference config or its JSON Schema.", no_args_is_help=True
)


def example_text() -> str:
    return resources.files("secproxy.config").joinpath("example.yaml").read_text("utf-8")


@app.command()
def validate(
    path: Annotated[
        Path, typer.Argument(help="Config file to check (YAML or JSON).", show_default=False)
    ],
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
) -> None:
    """Check a config completely; print every problem with its line and key path."""
    loaded = load_config(path, env={})
    cfg = loaded.config
    for w in loaded.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {w}", highlight=False)
    console.print(
        f"[green]ok[/green] {path}: {len(cfg.rules)} rules, default action "
        f"{cfg.engine.default_action}",
        highlight=False,
    )
    if strict and loaded.warnings:
        raise typer.Exit(1)


@app.command()
def example() -> None:
    """Print a complete, commented reference config (it validates as is)."""
    typer.echo(example_text(), nl=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the config (for editor completion)."""
    out = Config.model_json_schema()
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["title"] = "secproxy config"
    typer.echo(json.dumps(out, indent=2))
