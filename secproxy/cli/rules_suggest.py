"""`secproxy rules suggest`: learning mode — a rules file proposed from the ledger.

Reads the allowed and refused records of a window from the ledger (works while the
proxy serves) and prints the proposal of `secproxy.learning` as a commented rules file
ready for `secproxy rules apply`, or as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from secproxy.cli.audit import open_reader, when
from secproxy.cli.options import ConfigOpt, LedgerOpt
from secproxy.cli.render import console
from secproxy.errors import NotFoundError, SecproxyError, UsageError


class SuggestFormat(StrEnum):
    yaml = "yaml"
    json = "json"


class SuggestMode(StrEnum):
    enforce = "enforce"
    report = "report"


def suggest(
    since: Annotated[
        str, typer.Option("--since", help="Learn from records at or after this time: "
                          "15m, 2h, 7d or ISO time.")
    ] = "7d",
    until: Annotated[
        str | None,
        typer.Option("--until", help="Only records before this time.", show_default=False),
    ] = None,
    surface: Annotated[
        list[str] | None,
        typer.Option("--surface", "-s", help="Only this surface (egress, connect, llm, ws, "
                     "tool, mcp, inspect); repeatable. The final deny rule then covers only "
                     "these.", show_default=False),
    ] = None,
    min_count: Annotated[
        int, typer.Option("--min-count", help="Leave out rules covering fewer records.")
    ] = 1,
    mode: Annotated[
        SuggestMode, typer.Option("--mode", help="enforce, or report: the deny rules as "
                                  "shadows that only record what they would refuse.")
    ] = SuggestMode.enforce,
    fmt: Annotated[
        SuggestFormat, typer.Option("--format", "-f", help="yaml (a commented rules file) "
                                    "or json (rules, counts and refused traffic).")
    ] = SuggestFormat.yaml,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write; default standard output.",
                     show_default=False),
    ] = None,
    ledger: LedgerOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Propose rules allowing the traffic seen in the ledger and refusing the rest."""
    from secproxy.learning import DECIDED_SURFACES, suggest_from_ledger

    for s in surface or []:
        if s not in DECIDED_SURFACES:
            raise UsageError(f"--surface {s!r} is not a decided surface",
                             hint="one of: " + ", ".join(DECIDED_SURFACES))
    if min_count < 1:
        raise UsageError("--min-count must be at least 1")
    with open_reader(ledger, config) as reader:
        found = suggest_from_ledger(reader, since=when(since, "--since"),
                                    until=when(until, "--until"), surfaces=surface,
                                    min_count=min_count, mode=mode.value)
    if not found.allowed:
        raise NotFoundError(f"no allowed traffic in the ledger {since_text(since, until)}: "
                            "nothing to learn from",
                            hint="widen --since, or let the proxy observe traffic first")
    if fmt is SuggestFormat.json:
        text = json.dumps(found.to_dict(), indent=2) + "\n"
    else:
        text = found.to_yaml(header=[
            f"secproxy rules suggest: traffic {since_text(since, until)}, learnt "
            + time.strftime("%Y-%m-%d %H:%M", time.localtime()),
            "Apply with: secproxy rules apply FILE (add --save to keep it in the config)",
        ])
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SecproxyError(f"cannot write {output}: {exc.strerror or exc}") from None
    console.print(f"wrote {len(found.rules)} rules covering {found.allowed - found.uncovered} "
                  f"of {found.allowed} allowed records to {output}", highlight=False)


def since_text(since: str, until: str | None) -> str:
    return f"since {since}" + (f" until {until}" if until else "")
