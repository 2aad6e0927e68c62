"""Operator one-shots over the control socket: `approvals`, `users`, `rules`, `status`
(`tui` is in `console_cmd`).

Each command finds the socket (`--socket`, else the config's `control.socket`), sends
one request, renders the answer. When no proxy is running it says so in one line.
"""

from __future__ import annotations

import getpass
import os
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.text import Text

from secproxy.cli.options import ConfigOpt, Format, FormatOpt
from secproxy.cli.render import console, pick_format, render_object, render_rows
from secproxy.errors import ConfigError, NotFoundError, SecproxyError
from secproxy.terminal import visible

if TYPE_CHECKING:
    from secproxy.control.client import ControlClient

T = TypeVar("T")

SocketOpt = Annotated[
    Path | None,
    typer.Option(
        "--socket",
        help="Control socket of the running proxy. Default: control.socket from the config, "
        "else <state dir>/control.sock.",
        show_default=False,
    ),
]
ByOpt = Annotated[
    str | None,
    typer.Option("--by", help="Who decides, for the ledger. Default: $USER.", show_default=False),
]
NoteOpt = Annotated[
    str | None,
    typer.Option("--note", "-m", help="Why, kept with the approval.", show_default=False),
]

approvals_app = typer.Typer(help="List and resolve actions waiting for an operator.")
users_app = typer.Typer(help="Principals: strikes, blocks, counters; block and unblock.")
rules_app = typer.Typer(help="Show the running rules or replace them (hot reload).")


def socket_path(socket: Path | None, config: Path | None) -> Path:
    """The socket to talk to: `--socket`, else the one the config names."""
    if socket is not None:
        return socket
    from secproxy.config import load_config  # the config schema only when it is needed

    return load_config(config).config.control_socket


def operator_name(by: str | None) -> str:
    if by:
        return by
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "operator"


def call(
    socket: Path | None, config: Path | None, fn: Callable[[ControlClient], Awaitable[T]]
) -> T:
    """Connect, run `fn(client)`, close; errors are `ControlError`s (one line each)."""
    import asyncio

    from secproxy.control.client import ControlClient  # aiohttp: only for commands that call

    path = socket_path(socket, config)

    async def run() -> T:
        async with ControlClient(path) as client:
            return await fn(client)

    return asyncio.run(run())


def request(
    socket: Path | None, config: Path | None, type_: str, payload: dict[str, Any] | None = None
) -> dict[str, Any]:
    return call(socket, config, lambda c: c.call(type_, payload))


def _when(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


# -- approvals ------------------------------------------------------------------------


@approvals_app.command("list")
def approvals_list(
    fmt: FormatOpt = None, socket: SocketOpt = None, config: ConfigOpt = None
) -> None:
    """Pending approvals, oldest first, with what exactly is asked."""
    data = request(socket, config, "approvals/list")
    now = data.get("time") or time.time()
    rows = []
    for a in data["approvals"]:
        row = dict(a)
        row["expires_in"] = max(0, round(a["expires"] - now))
        row["created"] = _when(a["created"])
        rows.append(row)
    render_rows(
        rows,
        ("id", "expires_in", "surface", "principal", "summary", "rule", "reason"),
        fmt,
        title="pending approvals",
    )


def _resolve(
    approval_id: str,
    approve: bool,
    note: str | None,
    by: str | None,
    socket: Path | None,
    config: Path | None,
) -> None:
    payload = {"id": approval_id, "approve": approve, "by": operator_name(by), "note": note}
    approval = request(socket, config, "approvals/resolve", payload)["approval"]
    verb = "approved" if approve else "denied"
    console.print(Text(visible(f"{verb} {approval['id']}: {approval['summary']}")),
                  highlight=False)


@approvals_app.command("approve")
def approvals_approve(
    approval_id: Annotated[str, typer.Argument(metavar="ID", help="Approval id (see list).")],
    note: NoteOpt = None,
    by: ByOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Let a held action proceed."""
    _resolve(approval_id, True, note, by, socket, config)


@approvals_app.command("deny")
def approvals_deny(
    approval_id: Annotated[str, typer.Argument(metavar="ID", help="Approval id (see list).")],
    note: NoteOpt = None,
    by: ByOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Refuse a held action (the requester gets a block)."""
    _resolve(approval_id, False, note, by, socket, config)


# -- users ----------------------------------------------------------------------------

USER_COLUMNS = (
    "key",
    "strikes",
    "blocked",
    "blocked_until",
    "block_reason",
    "requests",
    "blocked_requests",
    "last_seen",
)


def _user_row(p: dict[str, Any]) -> dict[str, Any]:
    row = dict(p)
    row["blocked_until"] = "forever" if p.get("block_forever") else _when(p.get("blocked_until"))
    row["last_seen"] = _when(p.get("last_seen"))
    return row


@users_app.command("list")
def users_list(
    blocked: Annotated[bool, typer.Option("--blocked", help="Only blocked principals.")] = False,
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Principals seen by the proxy: blocked first, then most recently seen."""
    data = request(socket, config, "principals/list", {"blocked": blocked})
    render_rows([_user_row(p) for p in data["principals"]], USER_COLUMNS, fmt, title="principals")


@users_app.command("block")
def users_block(
    key: Annotated[str, typer.Argument(help="Principal key, e.g. ip:10.0.0.5 or user:bob.")],
    duration: Annotated[
        str | None,
        typer.Option(
            "--duration", "-d", help="How long: 30s, 15m, 2h, 3d. Default: until unblocked."
        ),
    ] = None,
    reason: Annotated[
        str | None, typer.Option("--reason", "-r", help="Why (shown to the operator).")
    ] = None,
    by: ByOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Block a principal now: every request it makes is refused."""
    payload = {"key": key, "duration": duration, "reason": reason, "by": operator_name(by)}
    p = request(socket, config, "principals/block", payload)["principal"]
    until = "until unblocked" if p.get("block_forever") else f"until {_when(p['blocked_until'])}"
    console.print(Text(visible(f"blocked {p['key']} {until}")), highlight=False)


@users_app.command("unblock")
def users_unblock(
    key: Annotated[str, typer.Argument(help="Principal key, as `users list` shows it.")],
    by: ByOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Lift a block and clear the principal's strikes."""
    p = request(socket, config, "principals/unblock", {"key": key, "by": operator_name(by)})
    console.print(Text(visible(f"unblocked {p['principal']['key']}")), highlight=False)


# -- rules ----------------------------------------------------------------------------

RULE_COLUMNS = (
    "position",
    "name",
    "action",
    "match",
    "host",
    "path",
    "methods",
    "tools",
    "surfaces",
    "principals",
    "mode",
    "reason",
)


@rules_app.command("show")
def rules_show(
    as_yaml: Annotated[bool, typer.Option("--yaml", help="Print the rules as YAML.")] = False,
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """The rules the running proxy enforces, in order (first match wins)."""
    data = request(socket, config, "rules/get")
    if as_yaml:
        typer.echo(data["yaml"], nl=False)
        return
    if pick_format(fmt) is Format.table:
        console.print(f"default action: {data['default_action']}", highlight=False)
    render_rows(data["rules"], RULE_COLUMNS, fmt, title="rules")


def rules_section(text: str) -> str:
    """The text to send for a rules file: a plain rules list as it is; for a whole config,
    only its `rules:` block, other lines blanked so line numbers stay the file's."""
    import yaml

    try:
        tree = yaml.compose(text)
    except yaml.YAMLError:
        return text  # the proxy reports the syntax error with its line
    if not isinstance(tree, yaml.MappingNode):
        return text
    for key, value in tree.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "rules":
            first, last = key.start_mark.line, value.end_mark.line
            if value.end_mark.column == 0:
                last -= 1
            lines = text.splitlines()
            kept = [ln if first <= i <= last else "" for i, ln in enumerate(lines)]
            return "\n".join(kept) + "\n"
    return text


@rules_app.command("apply")
def rules_apply(
    file: Annotated[
        Path, typer.Argument(help="YAML with a rules list, or a config file with `rules:`.")
    ],
    save: Annotated[
        bool,
        typer.Option(
            "--save",
            help="Also write the rules into the config file the proxy runs from (only its "
            "`rules:` block changes; the old file is kept as FILE.bak). Applied and saved "
            "together, or not at all.",
        ),
    ] = False,
    by: ByOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Replace the running rules (validated first; on any error nothing changes)."""
    from secproxy.control.client import OperatorError

    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFoundError(f"no file {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        why = getattr(exc, "strerror", None) or exc
        raise SecproxyError(f"cannot read {file}: {why}") from None
    payload = {"yaml": rules_section(text), "save": save, "by": operator_name(by)}
    try:
        data = request(socket, config, "rules/replace", payload)
    except OperatorError as exc:
        if exc.code != "invalid_config":
            raise
        raise ConfigError(exc.config_issues(str(file)), str(file), hint=exc.hint) from None
    if data.get("persisted"):
        console.print(
            f"applied {data['rules']} rules and saved them to {data['saved_to']} "
            f"(the previous file is {data['backup']})",
            highlight=False,
        )
    else:
        console.print(f"applied {data['rules']} rules", highlight=False)
    for warning in data.get("warnings", []):
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    if data.get("source") and not data.get("persisted"):
        console.print(
            f"[dim]{data['source']} is unchanged: a reload (SIGHUP) brings its rules back "
            "(--save writes them into it)[/dim]",
            highlight=False,
        )


# -- status and tui -------------------------------------------------------------------


def status(fmt: FormatOpt = None, socket: SocketOpt = None, config: ConfigOpt = None) -> None:
    """Is the proxy running, where it listens, what it is doing."""
    data = request(socket, config, "status")
    if pick_format(fmt) is not Format.table:
        render_object(data, fmt)
        return
    console.print(
        f"[bold green]running[/bold green] secproxy {data['version']}, "
        f"up {int(data['uptime'])}s, config: {data['config_source'] or 'built-in defaults'}",
        highlight=False,
    )
    render_rows(
        [{"listener": k, "address": v} for k, v in data["listeners"].items()],
        ("listener", "address"),
        Format.table,
    )
    decisions = data["decisions"]
    console.print(
        f"rules {data['rules']} · pending approvals {data['pending_approvals']} · "
        f"principals {data['principals']} ({data['blocked_principals']} blocked) · "
        f"decisions {decisions['total']} "
        + " ".join(f"{k}={v}" for k, v in sorted(decisions["by_decision"].items())),
        highlight=False,
    )
    switch = data.get("kill_switch") or {}
    if switch.get("on"):
        console.print(f"[bold red]kill switch ON[/bold red] for {', '.join(switch['surfaces'])}"
                      f" (by {switch.get('by')}); lift it with: secproxy kill-switch off",
                      highlight=False)
    _ledger(data.get("ledger") or {})
    _state(data.get("state") or {}, float(data.get("time") or time.time()))


def _ledger(ledger: dict[str, Any]) -> None:
    """Where this instance's records go, and whether they get there (as the console's
    cluster overlay shows it)."""
    healthy = ledger.get("healthy")
    health = "ok" if healthy or healthy is None else "[bold red]FAILING[/bold red]"
    waiting = f"{ledger.get('queued') or 0} queued"
    if ledger.get("spooled"):
        waiting += f", {ledger['spooled']} spooled (database away)"
    console.print(f"ledger: {ledger.get('path') or '?'} {health} · "
                  f"{ledger.get('written') or 0} written, {waiting}", highlight=False)


def _state(state: dict[str, Any], now: float) -> None:
    """The state backend and, when shared, the instances sharing it."""
    if state.get("backend") != "redis":
        console.print("state: memory (this instance's own)", highlight=False)
        return
    health = ("[green]up[/green]" if state.get("up")
              else f"[bold red]unreachable[/bold red] ({state.get('problem')})")
    console.print(f"state: redis {state.get('url')} {health} · on failure: "
                  f"{state.get('on_failure')} · this instance: {state.get('instance')}",
                  highlight=False)
    beat = float(state.get("heartbeat") or 1.0)
    rows = [{
        "instance": i.get("id", "?") + (" (this)" if i.get("id") == state.get("instance")
                                        else ""),
        "listeners": " ".join(f"{k}={v}" for k, v in (i.get("listeners") or {}).items()),
        "up": f"{int(now - float(i.get('started') or now))}s",
        "last seen": f"{(seen := max(now - float(i.get('last_seen') or now), 0)):.1f}s ago",
        "health": "ok" if seen <= 2 * beat else "late",  # as the console says
    } for i in state.get("instances") or []]
    if rows:
        render_rows(rows, ("instance", "listeners", "up", "last seen", "health"),
                    Format.table)


def register(app: typer.Typer) -> None:
    """Add the operator commands to the `secproxy` app."""
    app.add_typer(approvals_app, name="approvals", no_args_is_help=True)
    app.add_typer(users_app, name="users", no_args_is_help=True)
    app.add_typer(rules_app, name="rules", no_args_is_help=True)
    app.command("status")(status)
    from secproxy.cli import console_cmd, killswitch  # they build on this module's options

    app.command("tui")(console_cmd.tui)
    app.add_typer(killswitch.app, name="kill-switch")
