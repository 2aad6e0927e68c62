"""`${NAME}` and `${file:/path}` references in config values, resolved when a config is
read (at start and at every reload), so that secrets (webhook URLs, API keys, proxy-auth
passwords) live in the environment or in files a secrets manager mounts, not in the
config file.

References are resolved in every string value anywhere in the file, and nowhere else:
not in mapping keys (they name settings and appear in error paths) and not in numbers or
booleans (YAML has already typed those; write `port: ${PORT}` and the schema reads the
string as it reads any quoted number). One pass: a resolved value is never scanned again,
so an environment variable or a file holding `${…}` is taken literally. `$${` writes a
literal `${`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 1 << 20
"""A referenced file larger than this is an error: references hold secrets and URLs, and
a mistaken path (a log, `/dev/zero`) must not stall a load."""

_REFERENCE = re.compile(r"\$(\$?)\{([^{}]*)(\})?")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

Location = tuple[str | int, ...]
"""Where a value sits in the raw config: `("alerts", "webhooks", 0, "url")`."""


@dataclass
class ResolvedReferences:
    """What resolving a config's references found."""

    written: dict[Location, str] = field(default_factory=dict)
    """Each value that held a reference, as written in the file. Errors about the
    resolved value show this instead: the value may be a secret."""
    problems: list[tuple[Location, str]] = field(default_factory=list)
    """References that could not be resolved: where, and why."""


def resolve_references(data: Any, variables: Mapping[str, str]) -> tuple[Any, ResolvedReferences]:
    """A copy of `data` (parsed YAML/JSON) with every reference in its string values
    replaced, and what was found. `variables` is the environment `${NAME}` reads."""
    found = ResolvedReferences()
    resolved = _walk(data, (), variables, found)
    return resolved, found


def _walk(
    node: Any,
    loc: Location,
    variables: Mapping[str, str],
    found: ResolvedReferences,
) -> Any:
    if isinstance(node, dict):
        return {k: _walk(v, (*loc, str(k)), variables, found) for k, v in node.items()}
    if isinstance(node, list):
        return [_walk(v, (*loc, i), variables, found) for i, v in enumerate(node)]
    if isinstance(node, str) and "${" in node:
        return _resolve_string(node, loc, variables, found)
    return node


def _resolve_string(
    text: str,
    loc: Location,
    variables: Mapping[str, str],
    found: ResolvedReferences,
) -> str:
    referenced = False

    def replace(match: re.Match[str]) -> str:
        nonlocal referenced
        if match.group(1):  # `$${…}`: the literal text `${…}`
            return match.group(0)[1:]
        referenced = True
        if match.group(3) is None:
            found.problems.append((loc, f"{match.group(0)} is not closed with }}"))
            return ""
        try:
            return _value_of(match.group(2).strip(), variables)
        except _Unresolved as problem:
            found.problems.append((loc, f"{match.group(0)} {problem}"))
            return ""

    out = _REFERENCE.sub(replace, text)
    if referenced:
        found.written[loc] = text
    return out


class _Unresolved(Exception):
    """A reference that has no value; the message completes `${X} …`."""


def _value_of(inner: str, variables: Mapping[str, str]) -> str:
    if inner.startswith("file:"):
        return _read_file(inner[len("file:") :].strip())
    if not _NAME.match(inner):
        raise _Unresolved(
            "is not a reference: expected ${NAME} (an environment variable) or "
            "${file:/path}; write $${ for a literal ${"
        )
    value = variables.get(inner)
    if value is None:
        raise _Unresolved("is not set")
    return value


def _read_file(name: str) -> str:
    path = Path(name).expanduser()
    if not path.is_absolute():
        # Relative to what? A config is also loaded from text (a reload of edited rules,
        # `config validate -`) where there is no file to be relative to.
        raise _Unresolved("needs an absolute path (or one starting with ~)")
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _Unresolved(f"cannot be read: {path} does not exist") from None
    except IsADirectoryError:
        raise _Unresolved(f"cannot be read: {path} is a directory") from None
    except OSError as e:
        raise _Unresolved(f"cannot be read: {e.strerror or e}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _Unresolved(f"cannot be read: {path} is larger than {MAX_FILE_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Unresolved(f"cannot be read: {path} is not UTF-8 text") from None
    # Files written by editors and `echo` end in a newline that is no part of the value.
    return text.rstrip("\r\n")


def escape_references(data: Any) -> Any:
    """A copy of `data` in which every `${` in a string is written `$${`: resolved
    values dumped back to config text (the rules editor rebuilding the running config)
    load back as themselves instead of being resolved a second time."""
    if isinstance(data, dict):
        return {k: escape_references(v) for k, v in data.items()}
    if isinstance(data, list):
        return [escape_references(v) for v in data]
    if isinstance(data, str):
        return data.replace("${", "$${")
    return data
