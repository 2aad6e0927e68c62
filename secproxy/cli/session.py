"""`secproxy session`: what one agent session did, over the control socket.

`secproxy session timeline ID` lists every call of the session (the last
`sessions.timeline_max` kept) with its decision, the risk it added and why; `--format
json` gives the session's state and its calls as one object, the other formats one row
per call. `secproxy session taints` lists what is tainted (the principals' marks, the
sessions), `secproxy session untaint` clears a session's taint or a principal's mark.
A session is its principal's: where several have one by the same id, `--owner` names
whose.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.text import Text

from secproxy.cli.operator import SocketOpt, operator_name, request
from secproxy.cli.options import ConfigOpt, Format, FormatOpt
from secproxy.cli.render import console, pick_format, render_rows
from secproxy.terminal import visible

app = typer.Typer(help="Agent sessions: risk, chains and the timeline of their calls.",
                  no_args_is_help=True)
COLUMNS = ("time", "decision", "tool", "summary", "risk_added", "risk_after", "why")
OwnerOpt = Annotated[str | None, typer.Option(
    "--owner", metavar="KEY",
    help="Whose session (its principal, e.g. user:agent1), where several principals "
         "have one by this id.")]


def _row(call: dict[str, Any]) -> dict[str, Any]:
    row = dict(call)
    row["time"] = datetime.fromtimestamp(call["ts"]).astimezone().strftime("%H:%M:%S")
    why = list(call.get("why") or [])
    why.extend(f"chain {c}" for c in call.get("chains") or [])
    if call.get("steps"):
        why.append("steps: " + ", ".join(call["steps"]))
    row["why"] = "; ".join(why)
    return row


@app.command("timeline")
def timeline(
    session: Annotated[str, typer.Argument(metavar="ID", help="The session id.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=10_000,
                                       help="Most calls to show.")] = 1000,
    offset: Annotated[int, typer.Option("--offset", min=0,
                                        help="Calls to skip from the first.")] = 0,
    owner: OwnerOpt = None,
    fmt: FormatOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Every call of a session, oldest first: decision, risk added and why."""
    data = request(socket, config, "session/timeline",
                   {"id": session, "owner": owner, "limit": limit, "offset": offset})
    chosen = pick_format(fmt)
    if chosen is Format.json:
        sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
        return
    rows = [_row(c) for c in data["calls"]]
    state = data.get("session")
    if chosen is Format.table and state is not None:
        console.print(Text.assemble(
            "session ", (visible(state["id"]), "bold"),
            visible(f" of {state['owner']} · risk {state['risk']:g} "
                    f"(peak {state['peak_risk']:g}) · {state['actions']} actions, "
                    f"{state['blocked']} not allowed · chains {state['chains']} · "
                    f"taint {state['taint']} · {data['total']} calls kept")),
            highlight=False)
    render_rows(rows, COLUMNS, fmt, title=f"timeline of {session}")


def _when(ts: float | None) -> str:
    if ts is None:
        return "until serve stops"
    return datetime.fromtimestamp(ts).astimezone().strftime("%H:%M:%S")


@app.command("taints")
def taints(fmt: FormatOpt = None, socket: SocketOpt = None, config: ConfigOpt = None) -> None:
    """What is tainted: each principal's mark (every session of that principal is
    decided with it, `sessions.taint_scope: principal`) and each tainted session."""
    data = request(socket, config, "session/taints", {})
    if pick_format(fmt) is Format.json:
        sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
        return
    rows = [{"tainted": "principal " + m["principal"], "taint": m["taint"],
             "source": m["source"] or "", "until": _when(m["until"])}
            for m in data["principals"]]
    rows += [{"tainted": f"session {s['session']} of {s['owner']}", "taint": s["taint"],
              "source": s["source"] or "", "until": "operator clears it"}
             for s in data["sessions"]]
    if not rows and pick_format(fmt) is Format.table:
        console.print("nothing is tainted", highlight=False)
        return
    render_rows(rows, ("tainted", "taint", "source", "until"), fmt, title="taint")


@app.command("untaint")
def untaint(
    session: Annotated[str | None, typer.Argument(
        metavar="[ID]", help="The session whose taint to clear.")] = None,
    principal: Annotated[str | None, typer.Option(
        "--principal", "-p", metavar="KEY",
        help="Clear a principal's mark instead (as `session taints` lists it, "
             "e.g. ip:127.0.0.1).")] = None,
    owner: OwnerOpt = None,
    socket: SocketOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Clear a session's taint or a principal's taint mark: its next actions meet the
    `min_taint` rules no more (until a tainted result marks it again)."""
    if session is None and principal is None:
        raise typer.BadParameter("name a session ID or --principal KEY "
                                 "(`secproxy session taints` lists them)")
    done = request(socket, config, "session/untaint",
                   {"session": session, "owner": owner, "principal": principal,
                    "by": operator_name(None)})
    what = " and ".join(x for x in (session and f"session {session}",
                                     principal and f"principal {principal}") if x)
    console.print(f"taint cleared: {what}", highlight=False)
    if done.get("principal_marks"):
        console.print(f"{done['principal_marks']} principal mark(s) still apply to every "
                      "session of their principal: `secproxy session taints` lists them, "
                      "`secproxy session untaint --principal KEY` clears one",
                      highlight=False)
