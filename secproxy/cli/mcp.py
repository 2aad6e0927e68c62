"""`secproxy mcp`: put a stdio MCP server behind secproxy (`wrap`), list pinned tools."""

from __future__ import annotations

import logging
import os
import secrets
from typing import Annotated

import typer

from secproxy.cli.operator import SocketOpt, request
from secproxy.cli.options import ConfigOpt, FormatOpt
from secproxy.cli.render import render_rows
from secproxy.errors import UsageError

app = typer.Typer(help="MCP servers behind secproxy: wrap a stdio server, list pinned tools.",
                  no_args_is_help=True)
_RUNNERS = frozenset({"npx", "uvx", "uv", "python", "python3", "node", "deno", "bunx",
                      "docker", "pipx"})


def default_name(command: list[str]) -> str:
    """A server name from its command: the program, or what a runner (`npx`, `uvx`,
    `python`…) runs."""
    words = [w for w in command if not w.startswith("-")]
    first = os.path.basename(words[0]) if words else "server"
    if first in _RUNNERS and len(words) > 1:
        first = os.path.basename(words[-1])
    name = "".join(c if c.isalnum() or c in "_.-" else "-" for c in first).strip("-.")
    for suffix in (".py", ".js", ".ts", ".mjs"):
        name = name.removesuffix(suffix)
    return name[:64] or "server"


@app.command(context_settings={"allow_interspersed_args": False})
def wrap(
    command: Annotated[list[str], typer.Argument(
        metavar="-- COMMAND [ARGS]...", help="The MCP server to run, after `--`.")],
    name: Annotated[str | None, typer.Option(
        "--name", "-n", help="The server's name in rules, pins and the ledger. Default: "
        "the program the command runs.", show_default=False)] = None,
    standalone: Annotated[bool, typer.Option(
        "--standalone", help="Decide in this process (its own ledger, no operator) instead "
        "of through a running `secproxy serve`.")] = False,
    agent: Annotated[str | None, typer.Option(
        "--agent", help="Who uses the server, for the principal (e.g. claude-desktop).",
        show_default=False)] = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run a stdio MCP server with every message decided by secproxy.

    Put `secproxy mcp wrap --name NAME --` before the server's command in a client's
    `mcpServers` entry. By default a running `secproxy serve` decides (its rules, pins,
    approvals, ledger); without one the server is not started."""
    from secproxy import aio
    from secproxy.config import load_config
    from secproxy.config.mcp import SERVER_NAME
    from secproxy.surfaces.mcp.handover import handover_path
    from secproxy.surfaces.mcp.stdio import run_wrapped
    from secproxy.wrap import remote_decider, run_handed_over, standalone_decider

    if standalone and socket is not None:
        raise UsageError("--socket names a running proxy to decide; --standalone decides "
                         "in this process: give one")
    server = name or default_name(command)
    if not SERVER_NAME.match(server):
        raise UsageError(f"--name {server!r}: letters, digits, `_`, `.`, `-`, at most 64")
    loaded = load_config(config)
    # stdout is the protocol: logs go to stderr, warnings only.
    logging.basicConfig(level=logging.WARNING, format="secproxy: %(message)s")

    async def run() -> int:
        limit = loaded.config.mcp.max_message_bytes
        if not standalone:
            # The running proxy relays the pipes itself when it can (one process less on
            # every message's way); else this process relays, asking it line by line.
            path = handover_path(socket or loaded.config.control_socket)
            code = await run_handed_over(command, path, server, agent,
                                         secrets.token_hex(8), limit=limit)
            if code is not None:
                return code
        decider = (standalone_decider(loaded, server, agent) if standalone
                   else remote_decider(loaded.config, server, agent, socket))
        async with decider as decide:
            return await run_wrapped(command, decide, limit=limit)

    code = aio.run(run())
    raise typer.Exit(128 - code if code < 0 else code)


@app.command("tools")
def tools(fmt: FormatOpt = None, socket: SocketOpt = None, config: ConfigOpt = None) -> None:
    """MCP tools by server, with their status: pinned, held (a changed definition waits
    for an operator), changed (left out: not approved), denied (by a rule), withheld
    (left out: poisoned, shadowing)."""
    rows = request(socket, config, "mcp/tools")["tools"]
    render_rows(rows, ("server", "tool", "status", "why", "description"), fmt,
                title="MCP tools")


@app.command("approve")
def approve(
    server: Annotated[str, typer.Argument(help="The server's name (as in `mcp tools`).")],
    tool: Annotated[str, typer.Argument(help="The tool whose changed definition to trust.")],
    by: Annotated[str, typer.Option("--by", help="Who approves (recorded).")] = "operator",
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Approve the changed definition of a tool: a held one goes on at once, one left
    out is pinned and listed again from the server's next tools list."""
    reply = request(socket, config, "mcp/approve", {"server": server, "tool": tool, "by": by})
    how = "its held list goes on" if reply["approved"] == "held" else "pinned"
    typer.echo(f"approved the new definition of {tool} of {server}: {how}")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="mcp")



