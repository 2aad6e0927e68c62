"""`secproxy limits show KEY`: one key's usage under every rate limit that applies to it
(used and remaining per window, burst available), read from the running proxy over the
control socket."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from secproxy.cli.operator import SocketOpt, request
from secproxy.cli.options import ConfigOpt, Format, FormatOpt
from secproxy.cli.render import pick_format, render_object, render_rows

app = typer.Typer(help="Rate limits: what a key has used and has left.")

COLUMNS = ("limit", "scope", "limit_by", "window", "unit", "max", "used", "remaining",
           "resets_in", "note")


def limit_rows(view: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per window, token window and burst of each limit."""
    rows: list[dict[str, Any]] = []
    for lim in view["limits"]:
        note = "whitelisted" if lim.get("whitelisted") else "custom" if lim.get("custom") else ""
        base = {"limit": lim["name"], "scope": lim["scope"], "limit_by": lim["limit_by"],
                "note": note}
        for w in lim.get("windows", []):
            rows.append({**base, "window": w["span"], "unit": "requests", "max": w["limit"],
                         "used": w["used"], "remaining": w["remaining"],
                         "resets_in": w["resets_in"]})
        for t in lim.get("tokens", []):
            rows.append({**base, "window": t.get("span", t["window"]),
                         "unit": t.get("unit", "tokens"), "max": t["limit"], "used": t["used"],
                         "remaining": t["remaining"], "resets_in": None})
        burst = lim.get("burst")
        if burst:
            rows.append({**base, "window": "burst", "unit": "requests", "max": burst["size"],
                         "used": burst["size"] - burst["available"],
                         "remaining": burst["available"], "resets_in": None})
    return rows


@app.command("show")
def show(
    key: Annotated[str, typer.Argument(
        metavar="KEY",
        help="The counter's key: ip:10.0.0.5, user:bob, key:sk-a…1f2e3d4c, "
             "header:x-tenant=acme, domain:example.com, * (global), or parts joined by |.")],
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Usage and what is left for KEY under every rate limit that counts keys like it."""
    data = request(socket, config, "rate-limit/get", {"key": key})
    if pick_format(fmt) is Format.json:
        render_object(data, fmt)
        return
    render_rows(limit_rows(data), COLUMNS, fmt, title=f"rate limits of {key}")
