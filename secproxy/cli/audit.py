"""`secproxy audit`: query, stats, export and verify the ledger (works while serving)."""

from __future__ import annotations

import contextlib
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from secproxy.cli.options import ConfigOpt, Format, FormatOpt, LedgerOpt
from secproxy.cli.render import console, render_object, render_rows
from secproxy.errors import ExitCode, SecproxyError, UsageError

if TYPE_CHECKING:
    from secproxy.audit.query import Filters, LedgerReading, VerifyReport
    from secproxy.audit.target import LedgerTarget

app = typer.Typer(
    help="Query, summarise, export and verify the audit ledger.", no_args_is_help=True
)
QUERY_COLUMNS = (
    "id",
    "time",
    "surface",
    "principal",
    "method",
    "url",
    "tool",
    "status",
    "decision",
    "rule",
    "reason",
    "duration_ms",
)

SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only records at or after this time: 15m, 2h, 3d or ISO time.",
        show_default=False,
    ),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until",
        help="Only records before this time: 15m, 2h, 3d or ISO time.",
        show_default=False,
    ),
]


DecisionOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--decision",
        "-d",
        help="allow, allow_with_redaction, challenge, require_approval or block; repeatable.",
        show_default=False,
    ),
]
SurfaceOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--surface",
        "-s",
        help="egress, connect, llm, ws, tool, mcp, inspect, or operator (changes to the "
        "proxy: blocks, rules, reloads); repeatable.",
        show_default=False,
    ),
]
HostOpt = Annotated[
    str | None,
    typer.Option("--host", help="Host, exact or glob (*.corp.com).", show_default=False),
]
PrincipalOpt = Annotated[
    str | None,
    typer.Option(
        "--principal", "-p", help="Principal key, exact or glob (ip:10.*).", show_default=False
    ),
]
SessionOpt = Annotated[
    str | None, typer.Option("--session", help="Session id.", show_default=False)
]
SearchOpt = Annotated[
    str | None,
    typer.Option(
        "--search",
        "-q",
        help="Text in URL, reason, findings, tool, rule or error; or a request or approval id.",
        show_default=False,
    ),
]


def ledger_target(ledger: Path | None, config: Path | None) -> LedgerTarget:
    """`--ledger FILE`, else the ledger the config names (its file, or its database)."""
    from secproxy.audit.target import LedgerTarget

    if ledger is not None:
        return LedgerTarget(path=ledger)
    from secproxy.config import load_config

    return LedgerTarget.of(load_config(config).config)


def open_reader(ledger: Path | None, config: Path | None) -> LedgerReading:
    return ledger_target(ledger, config).reader()


def when(value: str | None, flag: str) -> float | None:
    """A `--since`/`--until` value as epoch seconds (None when not given)."""
    if not value:
        return None
    from secproxy.audit.query import parse_when

    try:
        return parse_when(value)
    except SecproxyError as exc:
        raise UsageError(f"{flag}: {exc.message}", exc.hint) from None


_SQL_MAX = 2**63 - 1
"""The largest integer SQLite (and PostgreSQL's bigint) takes: a larger --limit, --offset
or --top means the same as this, and was an OverflowError traceback."""


def _filters(
    since: str | None,
    until: str | None,
    decision: list[str] | None = None,
    surface: list[str] | None = None,
    host: str | None = None,
    principal: str | None = None,
    session: str | None = None,
    search: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Filters:
    from secproxy.audit.query import DECISIONS, Filters

    for d in decision or []:
        if d not in DECISIONS:
            raise UsageError(
                f"--decision {d!r} is not a decision", hint="one of: " + ", ".join(DECISIONS)
            )
    if limit < 1 or offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    return Filters(
        since=when(since, "--since"),
        until=when(until, "--until"),
        decision=decision,
        surface=surface,
        host=host,
        principal=principal,
        session=session,
        search=search,
        limit=min(limit, _SQL_MAX),  # more than there can be rows is all of them
        offset=min(offset, _SQL_MAX),
    )


@app.command()
def query(
    since: SinceOpt = None,
    until: UntilOpt = None,
    decision: DecisionOpt = None,
    surface: SurfaceOpt = None,
    host: HostOpt = None,
    principal: PrincipalOpt = None,
    session: SessionOpt = None,
    search: SearchOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most records to show.")] = 100,
    offset: Annotated[int, typer.Option("--offset", help="Records to skip (newest first).")] = 0,
    fmt: FormatOpt = None,
    ledger: LedgerOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show ledger records, newest first."""
    from secproxy.control.protocol import record_payload

    filters = _filters(
        since, until, decision, surface, host, principal, session, search, limit, offset
    )
    with open_reader(ledger, config) as reader:
        rows = [record_payload(r) for r in reader.query(filters)]  # masked again on read
    columns: tuple[str, ...] = QUERY_COLUMNS
    if rows and "instance" in rows[0]:  # a shared ledger: ids repeat across instances
        columns = (*QUERY_COLUMNS[:2], "instance", *QUERY_COLUMNS[2:])
    render_rows(rows, columns, fmt, title="audit records")


@app.command()
def stats(
    since: SinceOpt = None,
    until: UntilOpt = None,
    top: Annotated[int, typer.Option("--top", help="Rows in each top list.")] = 10,
    fmt: FormatOpt = None,
    ledger: LedgerOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Totals by decision and surface, top hosts and principals, recent denials."""
    from secproxy.control.protocol import record_payload

    with open_reader(ledger, config) as reader:
        if top < 1:
            raise UsageError("--top must be at least 1")
        data = reader.stats(_filters(since, until), top=min(top, _SQL_MAX))
    data["recent_denials"] = [record_payload(r) for r in data["recent_denials"]]
    if fmt not in (None, Format.table):
        render_object(data, fmt)
        return
    console.print(f"[bold]{data['total']}[/bold] records")
    render_rows(
        [{"decision": k, "count": v} for k, v in data["by_decision"].items()],
        ("decision", "count"),
        Format.table,
        title="by decision",
    )
    render_rows(
        [{"surface": k, "count": v} for k, v in data["by_surface"].items()],
        ("surface", "count"),
        Format.table,
        title="by surface",
    )
    render_rows(data["top_hosts"], ("host", "requests", "blocked"), Format.table, title="top hosts")
    render_rows(
        data["top_principals"],
        ("principal", "requests", "blocked"),
        Format.table,
        title="top principals",
    )
    render_rows(
        data["recent_denials"],
        ("time", "principal", "url", "tool", "rule", "reason"),
        Format.table,
        title="recent denials",
    )


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    ocsf = "ocsf"


@app.command()
def export(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write; default standard output.", show_default=False
        ),
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    decision: DecisionOpt = None,
    surface: SurfaceOpt = None,
    host: HostOpt = None,
    principal: PrincipalOpt = None,
    session: SessionOpt = None,
    search: SearchOpt = None,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="jsonl, json or csv (every column, hashes included), or ocsf (OCSF 1.3 "
            "HTTP Activity / API Activity events, one JSON object a line).",
        ),
    ] = ExportFormat.jsonl,
    ledger: LedgerOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Export records oldest first (for archiving or a SIEM); secrets stay masked."""
    from secproxy.audit.export import write_records

    filters = _filters(since, until, decision, surface, host, principal, session, search)
    with open_reader(ledger, config) as reader, contextlib.ExitStack() as stack:
        try:
            out = stack.enter_context(output.open("w", newline="")) if output else sys.stdout
        except OSError as exc:
            raise SecproxyError(f"cannot write {output}: {exc.strerror or exc}") from None
        count = write_records(reader.iter_all(filters), fmt.value, out)
    if output:
        console.print(f"exported {count} records to {output}")


@app.command()
def verify(
    ledger: LedgerOpt = None,
    config: ConfigOpt = None,
    key: Annotated[
        list[Path] | None,
        typer.Option(
            "--key",
            help="Trusted public key (the ledger.pub file of the proxy's state directory, "
            "or 64 hex digits in a file); without it, the state directory's ledger.pub "
            "when there is one. A PostgreSQL ledger: repeat it, one per instance; "
            "every chain's head must be signed by one of them.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = None,
) -> None:
    """Check the hash chain and the signed head (of every instance, in a PostgreSQL
    ledger); report the first broken link or a cut end (exit 1 when the ledger does not
    verify)."""
    from secproxy.audit.signing import load_public_key

    target = ledger_target(ledger, config)
    trusted = [load_public_key(k) for k in key] if key else _local_key(target, ledger, config)
    with target.reader() as reader:
        report = reader.verify(trusted)
    if fmt not in (None, Format.table):
        render_object(report.to_dict(), fmt)
    else:
        for chain in report.chains:
            console.print(_verdict(chain, f"instance {chain.instance}: "))
        if not report.chains or not report.ok:
            console.print(_verdict(report, ""))
        else:
            console.print(f"[green]ok[/green] {report.checked} records: {report.message}")
    if not report.ok:
        raise typer.Exit(ExitCode.CHECK_FAILED)


def _verdict(report: VerifyReport, prefix: str) -> str:
    if report.ok:
        return f"{prefix}[green]ok[/green] {report.checked} records, {report.message}"
    if report.broken_at is not None:
        return (f"{prefix}[bold red]broken[/bold red] at record {report.broken_at}: "
                f"{report.message} ({report.checked} records before it are intact)")
    return f"{prefix}[bold red]broken[/bold red]: {report.message}"


def _local_key(target: LedgerTarget, ledger: Path | None, config: Path | None) -> str | None:
    """The proxy's own public key, when verifying the ledger of this machine's config
    (not for a shared database: every instance signs its chain with its own key)."""
    from secproxy.audit.signing import PUB_FILE, load_public_key
    from secproxy.config import load_config

    if target.is_database:
        return None
    if ledger is not None and config is None:
        candidate = ledger.parent / PUB_FILE
    else:
        candidate = load_config(config).config.resolved_state_dir / PUB_FILE
    return load_public_key(candidate) if candidate.exists() else None
