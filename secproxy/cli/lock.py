"""`secproxy lock check`: prove that agent clients cannot bypass the WebSocket relay."""

from __future__ import annotations

import typer

from secproxy.cli.options import ConfigOpt, Format, FormatOpt
from secproxy.cli.render import console, render_object
from secproxy.errors import ExitCode

app = typer.Typer(
    help="Check the gateway lock that stops clients bypassing the relay.", no_args_is_help=True
)


@app.command()
def check(config: ConfigOpt = None, fmt: FormatOpt = None) -> None:
    """Run the configured lock check against the gateway; exit 1 unless the lock is active.

    What each `ws.lock.strategy` checks:
    - validation_token: a handshake without the secret header must be refused;
    - unix_socket: only this user may open the gateway socket;
    - firewall: the gateway port answers on no non-loopback address of this machine."""
    import asyncio

    from secproxy.config import load_config
    from secproxy.surfaces.ws import check_lock

    cfg = load_config(config).config
    report = asyncio.run(check_lock(cfg))
    ok = report.ok and report.configured
    if fmt not in (None, Format.table):
        render_object({"strategy": report.strategy, "active": ok, "messages": report.messages}, fmt)
    else:
        if ok:
            head = f"[green]The gateway lock ({report.strategy}) is active.[/green]"
        elif not report.configured:
            head = "[bold red]No gateway lock is configured[/bold red] (ws.lock.strategy: none)."
        else:
            head = f"[bold red]The gateway lock ({report.strategy}) is NOT active.[/bold red]"
        console.print(head, highlight=False)
        for message in report.messages:
            console.print(f"  {message}", highlight=False)
    if not ok:
        raise typer.Exit(ExitCode.CHECK_FAILED)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="lock")
