"""The `/` filter: one syntax in every view.

    decision:block surface:egress,llm principal:user:* host:*.example tool:shell.* rule:x text

Keys take comma-separated alternatives and globs (`*`, `?`); words without a key are
free text that must all appear (case-insensitive) somewhere in the row. Decisions may be
written as shown in the tables (`redact`, `approval`, `BLOCK`). The same query narrows
Live and Approvals in the console and becomes `audit/query` filters in Audit, where
`since:` and `until:` (`15m`, `2h`, `3d` ago, or an ISO time) also narrow the ledger.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from typing import Any

from secproxy.errors import SecproxyError

KEYS = ("decision", "surface", "principal", "host", "tool", "rule", "session", "since",
        "until")
TIME_KEYS = ("since", "until")
"""Keys only the ledger narrows by (Audit); the live views show recent rows anyway."""
DECISION_ALIASES = {
    "redact": "allow_with_redaction",
    "redacted": "allow_with_redaction",
    "approval": "require_approval",
    "hold": "require_approval",
    "held": "require_approval",
    "deny": "block",
    "blocked": "block",
}
DECISIONS = ("allow", "allow_with_redaction", "challenge", "require_approval", "block")
SURFACES = ("egress", "connect", "llm", "ws", "tool", "mcp", "inspect", "operator")
_FREE_PREFIXES = ("user", "ip", "key", "channel", "agent", "http", "https", "ws", "wss")
"""Words that look like `key:value` but are free text (principal keys, URLs)."""
HELP = ("decision:block surface:egress principal:user:* host:*.example tool:shell.* "
        "rule:NAME text")


class QueryError(SecproxyError):
    """A filter the console cannot read (an unknown key, a decision that does not exist)."""


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed filter; an empty one matches everything."""

    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """key → accepted values (globs); a row must match one value of every key."""
    words: tuple[str, ...] = ()
    """Free text, lower-cased; every word must appear in the row."""

    @property
    def empty(self) -> bool:
        return not self.fields and not self.words

    def get(self, key: str) -> tuple[str, ...]:
        return self.fields.get(key, ())

    def with_field(self, key: str, values: tuple[str, ...]) -> Query:
        """The same query with `key` set to `values` (removed when empty)."""
        fields = dict(self.fields)
        if values:
            fields[key] = values
        else:
            fields.pop(key, None)
        return replace(self, fields=fields)

    def text(self) -> str:
        """The query written back in the filter syntax."""
        parts = [f"{k}:{','.join(v)}" for k, v in self.fields.items()]
        parts += [shlex.quote(w) if " " in w else w for w in self.words]
        return " ".join(parts)


def parse(text: str) -> Query:
    """Read a filter; raises `QueryError` naming what is wrong."""
    try:
        tokens = shlex.split(text)
    except ValueError:
        tokens = text.split()  # an unclosed quote: read the words as they are
    fields: dict[str, tuple[str, ...]] = {}
    words: list[str] = []
    for token in tokens:
        key, sep, value = token.partition(":")
        key = key.lower()
        if not sep or key not in KEYS:
            if sep and key.isalpha() and key not in _FREE_PREFIXES:
                raise QueryError(f"unknown filter key {key!r}",
                                 hint="keys: " + ", ".join(f"{k}:" for k in KEYS))
            words.append(token.lower())
            continue
        values = tuple(v for v in value.split(",") if v)
        if not values:
            raise QueryError(f"`{key}:` needs a value", hint=HELP)
        if key == "decision":
            values = tuple(_decision(v) for v in values)
        elif key == "surface":
            values = tuple(v.lower() for v in values)
        fields[key] = fields.get(key, ()) + values
    return Query(fields, tuple(words))


def _decision(value: str) -> str:
    name = DECISION_ALIASES.get(value.lower(), value.lower())
    if name not in DECISIONS:
        raise QueryError(f"{value!r} is not a decision",
                         hint="one of: allow, redact, challenge, approval, block")
    return name


def row_fields(row: dict[str, Any]) -> dict[str, str]:
    """What a filter looks at in a row, whatever the row is: a decision from the stream
    (`target`), an approval (`detail`), a ledger record (flat), a principal (`key`)."""
    target = row.get("target") or row.get("detail") or {}
    tool = target.get("tool") or target.get("result_of") or row.get("tool") or ""
    return {
        "decision": str(row.get("decision") or ""),
        "surface": str(row.get("surface") or ""),
        "principal": str(row.get("principal") or row.get("key") or ""),
        "host": str(target.get("host") or row.get("host") or ""),
        "tool": str(tool),
        "rule": str(row.get("rule") or ""),
        "session": str(row.get("session") or ""),
    }


def _haystack(row: dict[str, Any], fields: dict[str, str]) -> str:
    target = row.get("target") or row.get("detail") or {}
    extra = (
        target.get("url"), target.get("method"), row.get("url"), row.get("method"),
        row.get("reason"), row.get("summary"), row.get("request_id"), row.get("approval_id"),
        row.get("id"), row.get("block_reason"),
    )
    return " ".join([*fields.values(), *(str(x) for x in extra if x)]).lower()


def matches(row: dict[str, Any], query: Query) -> bool:
    """Whether `row` passes `query`."""
    if query.empty:
        return True
    fields = row_fields(row)
    for key, accepted in query.fields.items():
        if key in TIME_KEYS:
            continue
        value = fields.get(key, "")
        if key in ("decision", "surface"):
            if value not in accepted:
                return False
        elif not any(fnmatchcase(value.lower(), v.lower()) or v.lower() == value.lower()
                     for v in accepted):
            return False
    if query.words:
        hay = _haystack(row, fields)
        return all(w in hay for w in query.words)
    return True


def audit_filters(query: Query) -> tuple[dict[str, Any], Query]:
    """`audit/query` filters for what the ledger can narrow by itself, and the rest of
    the query, which the console applies to the page it gets back."""
    payload: dict[str, Any] = {}
    rest: dict[str, tuple[str, ...]] = {}
    for key, values in query.fields.items():
        if key in ("decision", "surface"):
            payload[key] = list(values)
        elif key in ("host", "principal", "session", "tool", "rule") and len(values) == 1:
            payload[key] = values[0]
        elif key in TIME_KEYS:
            payload[key] = values[-1]
        else:
            rest[key] = values
    words = query.words
    if words:
        payload["search"] = words[0]
        words = words[1:]
    return payload, Query(rest, words)


def cycle(query: Query, key: str, options: tuple[str | None, ...]) -> Query:
    """`key` set to the option after its current one (None: the key removed)."""
    current = query.get(key)
    now = current[0] if len(current) == 1 else None
    index = options.index(now) if now in options else 0
    following = options[(index + 1) % len(options)]
    return query.with_field(key, (following,) if following else ())
