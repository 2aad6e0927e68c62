"""The error family: every user-facing failure is a `SecproxyError` with a hint.

The CLI turns these into one line and an exit code; the TUI shows them in one
notification path. Nobody sees a traceback for a user mistake.
"""

from __future__ import annotations

from dataclasses import dataclass


class SecproxyError(Exception):
    """A failure the user can act on: a message and an optional hint."""

    exit_code = 1

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


class ConfigError(SecproxyError):
    """The config is invalid; `issues` lists every problem found."""

    exit_code = 2

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

    exit_code = 3


class ControlError(SecproxyError):
    """The control socket could not be reached or answered with an error."""

    exit_code = 4


class ControlTimeout(ControlError, TimeoutError):
    """The control socket did not answer in time."""
