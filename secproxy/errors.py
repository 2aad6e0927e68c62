"""The error family: every user-facing failure is a `SecproxyError` with a hint, and the
exit codes of the `secproxy` command, one meaning each (`ExitCode`).

The CLI turns these into one line and an exit code; the TUI shows them in one
notification path. Nobody sees a traceback for a user mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """What the exit status of a `secproxy` command means. Scripts may rely on these."""

    OK = 0
    """Done; a check passed."""
    CHECK_FAILED = 1
    """The command ran and its check failed: `config validate --strict` found warnings,
    `audit verify` a broken ledger, `lock check` a gateway lock that is not active."""
    USAGE = 2
    """The command line is wrong: an unknown option, a missing argument, a value that
    cannot be read (a duration, a time, `NAME=VALUE`, `HOST:PORT`), a `--ledger` file
    that is no secproxy ledger."""
    CONFIG_INVALID = 3
    """The config file, or the rules sent with `rules apply`, is invalid (every problem is
    listed with its line and key path)."""
    NOT_RUNNING = 4
    """No proxy answers on the control socket: none is running there, the socket is not
    this user's, or it did not answer in time."""
    NOT_FOUND = 5
    """What the command names does not exist: a principal, an approval, a ledger file, a
    file to read."""
    CONFLICT = 6
    """The proxy's state stood in the way and nothing changed: an approval already
    resolved, the config reloaded while a rules edit was checked."""
    SAVE_FAILED = 7
    """`rules apply --save` could not write the config file; nothing changed."""
    FAILED = 8
    """The system stood in the way: a port already in use, a state directory, ledger or
    state database that cannot be created or opened, a gateway that cannot be reached,
    a command the proxy could not carry out, or an unexpected error (with a traceback)."""
    INTERRUPTED = 130
    """Stopped with Ctrl-C before it was done."""

    @property
    def label(self) -> str:
        """A few words, for `secproxy --help`."""
        return _LABELS[self]


_LABELS = {
    ExitCode.OK: "ok",
    ExitCode.CHECK_FAILED: "check failed",
    ExitCode.USAGE: "usage error",
    ExitCode.CONFIG_INVALID: "config invalid",
    ExitCode.NOT_RUNNING: "no proxy running",
    ExitCode.NOT_FOUND: "not found",
    ExitCode.CONFLICT: "conflict, nothing changed",
    ExitCode.SAVE_FAILED: "save failed, nothing changed",
    ExitCode.FAILED: "failed (port, file, gateway, bug)",
    ExitCode.INTERRUPTED: "interrupted",
}


class SecproxyError(Exception):
    """A failure the user can act on: a message and an optional hint."""

    exit_code: int = ExitCode.FAILED

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class ConfigIssue:
    """One problem in a config: where (file, key path, line), what, and what was expected."""

    path: str
    """Key path such as `rules[3].policies[0].max_requests_per_minute`."""
    message: str
    value: object = None
    line: int | None = None
    source: str | None = None

    def __str__(self) -> str:
        where = self.source or "<config>"
        if self.line is not None:
            where += f":{self.line}"
        key = f" {self.path}:" if self.path else ""
        shown = ""
        if self.value is not None and not isinstance(self.value, dict | list):
            shown = f" (got {self.value!r})"
        return f"{where}:{key} {self.message}{shown}"


class UsageError(SecproxyError):
    """A command-line argument or option the command cannot use."""

    exit_code = ExitCode.USAGE


class NotFoundError(SecproxyError):
    """What the user named does not exist."""

    exit_code = ExitCode.NOT_FOUND


class ConfigError(SecproxyError):
    """The config is invalid; `issues` lists every problem found."""

    exit_code = ExitCode.CONFIG_INVALID

    def __init__(
        self, issues: list[ConfigIssue], source: str | None = None, hint: str | None = None
    ) -> None:
        self.issues = issues
        self.source = source
        count = len(issues)
        head = f"invalid config {source or ''}".rstrip() + f" ({count} problem{'s' * (count != 1)})"
        super().__init__(head + "\n" + "\n".join(f"  {i}" for i in issues), hint)


class ListenError(SecproxyError):
    """A listener could not bind (port taken, permission denied)."""

    exit_code = ExitCode.FAILED


class ControlError(SecproxyError):
    """The control socket could not be reached or answered with an error."""

    exit_code = ExitCode.NOT_RUNNING


class ControlTimeout(ControlError, TimeoutError):
    """The control socket did not answer in time."""


def unreadable(exc: BaseException) -> str:
    """Why aiohttp's server could not read a request's body (its `RequestPayloadError`: a
    gzip body that is no gzip, a broken chunk), on one line for a refusal: 'request
    body unreadable: Can not decode content-encoding: gzip'."""
    text = " ".join(str(exc).split())
    head, sep, rest = text.partition("message: ")
    reason = (rest if sep and head.rstrip(", ").isdigit() else text) or type(exc).__name__
    return f"request body unreadable: {reason}"
