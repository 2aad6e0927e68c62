"""The `secproxy` command line: one module per command group, assembled here.

Every `SecproxyError` becomes one line on stderr (plus a hint) and its exit code
(`secproxy.errors.ExitCode`, one meaning each); a user mistake never shows a traceback.
"""

from __future__ import annotations

import inspect
import re
import sys

import typer
from rich.markup import escape as _escape

from secproxy.cli import (
    audit,
    config_cmd,
    limits,
    lock,
    mcp,
    operator,
    rules_suggest,
    scan,
    serve,
    session,
    tracking,
)
from secproxy.cli.render import err_console
from secproxy.errors import ExitCode, SecproxyError
from secproxy.terminal import visible

OPERATOR_EXIT = {
    "bad_request": ExitCode.USAGE,
    "invalid_config": ExitCode.CONFIG_INVALID,
    "not_found": ExitCode.NOT_FOUND,
    "conflict": ExitCode.CONFLICT,
    "save_failed": ExitCode.SAVE_FAILED,
}
"""Exit code for each error code the proxy answers a command with; any other is FAILED."""


def _epilog() -> str:
    codes = " · ".join(f"{code.value} {code.label}" for code in ExitCode)
    return f"[bold]Exit codes:[/bold] {codes}"


app = typer.Typer(
    name="secproxy",
    help="A security proxy for AI agents: every outbound request, LLM call, WebSocket frame "
    "and tool call decided, audited, and steerable from a terminal.",
    epilog=_epilog(),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from secproxy import __version__

        typer.echo(f"secproxy {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """secproxy command line."""


app.command("serve")(serve.serve)
app.add_typer(config_cmd.app, name="config")
app.add_typer(audit.app, name="audit")
app.add_typer(session.app, name="session")
app.add_typer(limits.app, name="limits")
app.command("scan")(scan.scan)
operator.rules_app.command("suggest")(rules_suggest.suggest)
tracking.register(operator.users_app)
operator.register(app)
lock.register(app)
mcp.register(app)

_LAID_OUT = re.compile(r"\s|[-*•$`|]|\d+[.)] ")
"""A line that starts a list item, an indented block, an example or a table."""


def reflow(doc: str) -> str:
    """`doc` with each prose paragraph on one line: Typer's rich help keeps a
    docstring's line breaks, which then cut sentences wherever the source wrapped
    them. A paragraph holding a list, an indented block or an example keeps its lines."""
    paragraphs = []
    for para in doc.strip().split("\n\n"):
        lines = para.split("\n")
        if any(_LAID_OUT.match(line) for line in lines[1:]):
            paragraphs.append(para)
        else:
            paragraphs.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(paragraphs)


def _reflow_all(group: typer.Typer) -> None:
    for command in group.registered_commands:
        doc = command.help or inspect.getdoc(command.callback)
        if doc:
            command.help = reflow(doc)
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            _reflow_all(sub.typer_instance)
            info = sub.typer_instance.info
            if isinstance(info.help, str):
                info.help = reflow(info.help)


_reflow_all(app)


def exit_code(exc: SecproxyError) -> int:
    """The exit code for an error: the proxy's error code when it answered one."""
    # Only a command that talked to the proxy has loaded the client (and aiohttp); an
    # OperatorError cannot exist before its module is, so nothing else needs to load it.
    client = sys.modules.get("secproxy.control.client")
    if client is not None and isinstance(exc, client.OperatorError):
        return OPERATOR_EXIT.get(exc.code, ExitCode.FAILED)
    return exc.exit_code


def fail(exc: SecproxyError) -> int:
    """Print an error as one line (and its hint); return its exit code."""
    err_console.print("[bold red]error:[/bold red] " + _escape(visible(exc.message)),
                      highlight=False, soft_wrap=True)
    if exc.hint:
        err_console.print("[dim]hint:[/dim] " + _escape(visible(exc.hint)), highlight=False,
                          soft_wrap=True)
    return exit_code(exc)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except SecproxyError as exc:
        sys.exit(fail(exc))
    except KeyboardInterrupt:
        sys.exit(ExitCode.INTERRUPTED)
    except Exception:
        # A bug, not a user mistake: the traceback is what a bug report needs.
        err_console.print_exception()
        sys.exit(ExitCode.FAILED)
