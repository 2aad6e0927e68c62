"""`secproxy users show|blocked|top`: the tracking views over the control socket — one
principal in full (strikes, block, blocks so far and the next one's length, first seen,
last activity, totals, guard families), the principals blocked now, and the top
offenders by blocks and strikes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from secproxy.cli.operator import USER_COLUMNS, SocketOpt, request
from secproxy.cli.options import ConfigOpt, Format, FormatOpt
from secproxy.cli.render import console, pick_format, render_object, render_rows

OFFENDER_COLUMNS = ("key", "blocks", "strikes", "blocked", "blocked_until",
                    "blocked_requests", "requests", "last_seen")



def _when(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


def user_row(p: dict[str, Any]) -> dict[str, Any]:
    """A principal for a table: times as local ISO time, an endless block as forever."""
    row = dict(p)
    row["blocked_until"] = "forever" if p.get("block_forever") else _when(p.get("blocked_until"))
    for name in ("first_seen", "last_seen"):
        row[name] = _when(p.get(name))
    return row


def users_show(
    key: Annotated[str, typer.Argument(help="Principal key, e.g. ip:10.0.0.5 or user:bob.")],
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """One principal: strikes, block, first and last seen, totals, findings by family."""
    data: dict[str, Any] = request(socket, config, "tracking/get", {"key": key})
    if pick_format(fmt) is not Format.table:
        render_object(data, fmt)
        return
    row = user_row(data)
    for name in ("key", "strikes", "blocked_until", "block_reason", "blocked_by", "blocks",
                 "block_level", "next_block_duration", "requests", "blocked_requests",
                 "first_seen", "last_seen"):
        if row.get(name) not in (None, ""):
            console.print(f"[bold]{name}[/bold]: {row[name]}", highlight=False)
    guards = data.get("guards") or {}
    render_rows([{"family": k, "findings": v} for k, v in guards.items()],
                ("family", "findings"), Format.table, title="findings by family")


def users_blocked(fmt: FormatOpt = None, socket: SocketOpt = None,
                  config: ConfigOpt = None) -> None:
    """Principals blocked now, the block that ends first first."""
    data = request(socket, config, "tracking/blocked")
    render_rows([user_row(p) for p in data["principals"]], USER_COLUMNS, fmt,
                title="blocked principals")


def users_top(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many to show.")] = 10,
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Top offenders: most often blocked, then most strikes, then most refused actions
    (not most traffic)."""
    data = request(socket, config, "tracking/top-offenders", {"limit": limit})
    render_rows([user_row(p) for p in data["principals"]], OFFENDER_COLUMNS, fmt,
                title="top offenders")


def register(users: typer.Typer) -> None:
    """Add the tracking views to the `users` command group."""
    users.command("show")(users_show)
    users.command("blocked")(users_blocked)
    users.command("top")(users_top)
