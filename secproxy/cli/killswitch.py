"""`secproxy kill-switch on|off|status`: deny everything on chosen surfaces until lifted,
over the control socket.

The switch lives in the running proxy's engine (its first stage refuses every action on
a covered surface), is recorded in the ledger as an operator action, and is kept in
`state.db`, so a restart does not lift it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from secproxy.cli.operator import ByOpt, SocketOpt, operator_name, request
from secproxy.cli.options import ConfigOpt, Format, FormatOpt
from secproxy.cli.render import console, pick_format, render_object

app = typer.Typer(help="Deny every action on chosen surfaces until lifted (an emergency "
                  "stop); kept across restarts.", no_args_is_help=True)
SurfaceOpt = Annotated[
    list[str] | None,
    typer.Option("--surface", "-s", help="Surfaces to deny: egress, connect, llm, ws, tool, "
                 "mcp, inspect, or all (comma-separated or repeated). Default: all.",
                 show_default=False),
]
ReasonOpt = Annotated[
    str | None,
    typer.Option("--reason", "-r", help="Why, for the ledger and the refusals.",
                 show_default=False),
]


def _show(state: dict[str, Any], fmt: Format | None) -> None:
    if pick_format(fmt) is not Format.table:
        render_object(state, fmt)
        return
    if not state.get("on"):
        console.print("kill switch [bold green]off[/bold green]", highlight=False)
        return
    since = datetime.fromtimestamp(state["since"]).astimezone().isoformat(timespec="seconds")
    console.print(
        f"kill switch [bold red]ON[/bold red] for {', '.join(state['surfaces'])} since {since}"
        f" by {state.get('by')}" + (f": {state['reason']}" if state.get("reason") else ""),
        highlight=False)


@app.command("on")
def switch_on(
    surface: SurfaceOpt = None,
    reason: ReasonOpt = None,
    by: ByOpt = None,
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Deny every action on the surfaces (all by default) until `kill-switch off`."""
    payload = {"on": True, "surfaces": surface or None, "reason": reason,
               "by": operator_name(by)}
    _show(request(socket, config, "killswitch/set", payload)["kill_switch"], fmt)


@app.command("off")
def switch_off(
    reason: ReasonOpt = None,
    by: ByOpt = None,
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Lift the kill switch: actions are decided by the rules again."""
    payload = {"on": False, "reason": reason, "by": operator_name(by)}
    _show(request(socket, config, "killswitch/set", payload)["kill_switch"], fmt)


@app.command("status")
def switch_status(fmt: FormatOpt = None, socket: SocketOpt = None,
                  config: ConfigOpt = None) -> None:
    """Whether the kill switch is on, for which surfaces, since when, by whom."""
    _show(request(socket, config, "killswitch/get")["kill_switch"], fmt)
