"""`secproxy serve`: run the proxy until SIGINT/SIGTERM (SIGHUP reloads the config)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from secproxy.cli.options import ConfigOpt
from secproxy.cli.render import err_console
from secproxy.errors import UsageError

if TYPE_CHECKING:
    from secproxy.runtime import Runtime


class LogLevel(StrEnum):
    debug = "debug"
    info = "info"
    warning = "warning"
    error = "error"


class LogFormat(StrEnum):
    text = "text"
    json = "json"


def _pairs(values: list[str] | None, flag: str) -> dict[str, str]:
    out = {}
    for value in values or []:
        key, sep, rest = value.partition("=")
        if not sep or not key or not rest:
            raise UsageError(
                f"{flag} expects NAME=VALUE, got {value!r}",
                hint=f"e.g. {flag} egress=127.0.0.1:4100"
                if flag == "--listen"
                else f"e.g. {flag} openai=https://api.openai.com",
            )
        out[key.strip()] = rest.strip()
    return out


def _listen(values: list[str] | None) -> dict[str, str]:
    """`--listen` values, checked here so that a typo is a usage error (exit 2)."""
    from secproxy.config.loader import SURFACES
    from secproxy.config.schema import Listeners
    from secproxy.config.types import parse_hostport

    out = _pairs(values, "--listen")
    for surface, address in out.items():
        if surface not in SURFACES:
            raise UsageError(
                f"--listen names unknown surface {surface!r}",
                hint="one of: " + ", ".join(SURFACES),
            )
        try:
            parse_hostport(address)
        except ValueError as exc:
            port = getattr(Listeners(), surface).port
            raise UsageError(
                f"--listen {surface}: {exc}", hint=f"e.g. --listen {surface}=127.0.0.1:{port}"
            ) from None
    return out


def _banner(runtime: Runtime) -> None:
    cfg = runtime.config
    src = runtime.loaded.source or "none (built-in defaults)"
    err_console.print(f"[bold]secproxy[/bold] serving   config: {src}")
    for name, address in runtime.addresses().items():
        err_console.print(f"  [cyan]{name:<8}[/cyan] {address}")
    err_console.print(f"  [cyan]{'ledger':<8}[/cyan] {runtime.ledger.location}")
    err_console.print(f"  [cyan]{'state':<8}[/cyan] {cfg.state_db_path}")
    if runtime.loaded.warnings:
        for w in runtime.loaded.warnings:
            err_console.print(f"  [yellow]warning:[/yellow] {w}", highlight=False)
    err_console.print("[dim]Ctrl-C or SIGTERM stops, SIGHUP reloads the config.[/dim]")


def _started(runtime: Runtime) -> None:
    """Once every listener is up: the banner; and the source lines pydantic read for the
    config models' field docstrings leave `linecache` (~0.2 MiB for as long as the
    proxy runs; a traceback reads what it shows again)."""
    import linecache

    _banner(runtime)
    linecache.clearcache()


def serve(
    config: ConfigOpt = None,
    listen: Annotated[
        list[str] | None,
        typer.Option(
            "--listen",
            "-l",
            metavar="SURFACE=HOST:PORT",
            help="Listen address of a surface (egress, llm, ws, api); repeatable.",
        ),
    ] = None,
    upstream: Annotated[
        list[str] | None,
        typer.Option(
            "--upstream",
            "-u",
            metavar="NAME=URL",
            help="Upstream for the LLM gateway (http/https) or WS relay (ws/wss); repeatable.",
        ),
    ] = None,
    no_egress: Annotated[
        bool, typer.Option("--no-egress", help="Disable the egress proxy.")
    ] = False,
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Disable the LLM gateway.")] = False,
    no_ws: Annotated[bool, typer.Option("--no-ws", help="Disable the WebSocket relay.")] = False,
    no_api: Annotated[bool, typer.Option("--no-api", help="Disable the api listener.")] = False,
    state_dir: Annotated[
        Path | None,
        typer.Option(
            "--state-dir",
            help="Where the ledger, state and control socket live.",
            show_default=False,
        ),
    ] = None,
    log_level: Annotated[
        LogLevel | None,
        typer.Option(
            "--log-level", help="Log level (default: info, or the config's).", show_default=False
        ),
    ] = None,
    log_format: Annotated[
        LogFormat | None,
        typer.Option(
            "--log-format", help="Log format (default: text, or the config's).", show_default=False
        ),
    ] = None,
) -> None:
    """Run the proxy: every enabled listener, the ledger and the control socket."""
    from secproxy import aio
    from secproxy.config import Overrides, load_config
    from secproxy.heap import keep_read_buffers
    from secproxy.ops.logging import setup_logging
    from secproxy.runtime import Runtime

    disabled = {
        name
        for name, off in (("egress", no_egress), ("llm", no_llm), ("ws", no_ws), ("api", no_api))
        if off
    }
    overrides = Overrides(
        listen=_listen(listen),
        upstreams=_pairs(upstream, "--upstream"),
        disabled=disabled,
        state_dir=str(state_dir) if state_dir else None,
        log_level=log_level.value if log_level else None,
        log_format=log_format.value if log_format else None,
    )
    loaded = load_config(config, overrides=overrides)
    setup_logging(loaded.config.logging.level, loaded.config.logging.format)
    keep_read_buffers()  # malloc's thresholds are the whole process's: set once, here
    runtime = Runtime(loaded)
    aio.run(runtime.run_until_signalled(on_started=_started))
