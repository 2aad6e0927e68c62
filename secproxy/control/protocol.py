"""The control protocol: versioned envelopes, newline-delimited JSON, and the one place
where domain objects are turned into wire payloads.

Every message is one JSON object on one line::

    {"v": 1, "id": 7, "type": "approvals/resolve", "payload": {"id": "…", "approve": true}}

A client sends requests (`type` is a command, `id` is echoed back). The server answers
each with `{"type": "reply", "id": 7, "payload": …}` or `{"type": "error", "id": 7,
"payload": {"code", "message", "hint", "issues"}}`. A subscribed client also receives
events (`decision/add`, `approval/opened`, `approval/resolved`, `principal/update`,
`config/reload`, `taint/update`, `killswitch/update`), each with a `seq` number that
grows per server instance, framed by `hello` on connect and `backlog/end` after the
replayed backlog.

Nothing but this module knows how an `Action`, a `Verdict` or an `Approval` looks on
the wire, so the console and the CLI depend on this module only.
"""

from __future__ import annotations

import json
from typing import Any

from secproxy.content import load_json_fast
from secproxy.errors import ConfigIssue
from secproxy.events import (
    ApprovalEvent,
    ConfigEvent,
    DecisionEvent,
    Event,
    KillSwitchEvent,
    PrincipalEvent,
    TaintEvent,
)
from secproxy.model import host_summary
from secproxy.redact import mask_text, mask_url, mask_value

VERSION = 1
MAX_LINE = 16 * 1024 * 1024
"""Longest accepted message (a rules file is the biggest thing sent)."""

EVENT_TYPES = (
    "decision/add",
    "approval/opened",
    "approval/resolved",
    "principal/update",
    "config/reload",
    "taint/update",
    "killswitch/update",
)
"""Types of pushed events (after `subscribe`)."""

COMMANDS = (
    "ping",
    "status",
    "subscribe",
    "approvals/list",
    "approvals/resolve",
    "principals/list",
    "principals/block",
    "principals/unblock",
    "rules/get",
    "rules/replace",
    "config/get",
    "stats/get",
    "audit/query",
    "audit/stats",
    "overview",
    "session/timeline",
    "session/taints",
    "session/untaint",
    "killswitch/get",
    "killswitch/set",
    "mcp/relay",
    "mcp/close",
    "mcp/tools",
    "mcp/approve",
)
"""Every request type the server understands."""


class ProtocolError(Exception):
    """A message that cannot be handled; becomes an `error` reply, never a dropped socket."""

    def __init__(
        self,
        code: str,
        message: str,
        hint: str | None = None,
        issues: tuple[dict[str, Any], ...] = (),
        request_id: int | str | None = None,
    ) -> None:
        super().__init__(message)
        self.request_id = request_id
        """The id of the request it answers, when one could be read."""
        self.code = code
        """`bad_json`, `bad_request`, `unsupported_version`, `unknown_command`, `not_found`,
        `invalid_config`, `conflict`, `unavailable` or `internal`."""
        self.message = message
        self.hint = hint
        self.issues = issues

    def __str__(self) -> str:
        return self.message

    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        if self.issues:
            out["issues"] = list(self.issues)
        return out


# -- framing ------------------------------------------------------------------------


def envelope(
    type_: str,
    payload: Any = None,
    *,
    id: int | str | None = None,
    seq: int | None = None,
) -> dict[str, Any]:
    """One message as a dict (`id` only on requests and their answers, `seq` on events)."""
    msg: dict[str, Any] = {"v": VERSION, "type": type_}
    if id is not None:
        msg["id"] = id
    if seq is not None:
        msg["seq"] = seq
    msg["payload"] = {} if payload is None else payload
    return msg


_ENCODER = json.JSONEncoder(separators=(",", ":"), default=str)
"""`json.dumps(msg, separators=…, default=str)` builds this encoder anew for each call."""


def encode(msg: dict[str, Any]) -> bytes:
    """A message as one line of bytes."""
    return _ENCODER.encode(msg).encode() + b"\n"


def decode(line: bytes | str) -> dict[str, Any]:
    """Parse one line; raise `ProtocolError` for anything that is not a v1 envelope."""
    try:
        msg = load_json_fast(line)
    except ValueError as exc:  # `TooDeep` too: absurdly deep nesting
        raise ProtocolError("bad_json", f"not a JSON message: {exc}") from None
    if not isinstance(msg, dict):
        raise ProtocolError("bad_request", "a message must be a JSON object")
    request_id = msg.get("id")
    if request_id is not None and not isinstance(request_id, int | str):
        raise ProtocolError("bad_request", "`id` must be a number or a string")
    version = msg.get("v", VERSION)
    if version != VERSION:
        raise ProtocolError(
            "unsupported_version",
            f"protocol version {version!r} is not supported; this server speaks v{VERSION}",
            request_id=request_id,
        )
    if not isinstance(msg.get("type"), str):
        raise ProtocolError("bad_request", "a message needs a string `type`", request_id=request_id)
    payload = msg.get("payload")
    if payload is None:
        msg["payload"] = {}
    elif not isinstance(payload, dict):
        raise ProtocolError("bad_request", "`payload` must be a JSON object", request_id=request_id)
    return msg


def reply(request_id: int | str | None, payload: Any) -> dict[str, Any]:
    return envelope("reply", payload, id=request_id)


def error(request_id: int | str | None, exc: ProtocolError) -> dict[str, Any]:
    return envelope(
        "error", exc.payload(), id=request_id if request_id is not None else exc.request_id
    )


# -- domain objects → payloads ------------------------------------------------------


def decision_payload(event: DecisionEvent) -> dict[str, Any]:
    """A decision as the Live view shows it (no request content: that stays in the proxy)."""
    return decision_payload_of(decision_parts(event))


DecisionParts = tuple[Any, ...]
"""What `decision_payload` reads of a decision event (`decision_parts`)."""


def decision_parts(event: DecisionEvent) -> DecisionParts:
    """What the Live view shows of a decision, taken now and kept small: the summary line
    and copies of the verdict's findings and timings, never the action's content, its
    arguments nor the verdict's rewritten text. The event hub keeps these while no
    console is attached and builds the payload (`decision_payload_of`) when one attaches:
    the same payload it would have built at once, for a fifth of the CPU."""
    action, verdict = event.action, event.verdict
    t = action.target
    # An action with a host: its summary is made from the method and URL kept here when
    # a payload is built (most decisions held for a console are never shown).
    summary = None if t.host and not t.tool and not action.result_of else event.summary()
    return (event.ts, action.request_id, action.surface, action.direction,
            action.principal.key, action.session, t.host, t.port, t.method, t.path, t.url,
            t.tool, action.result_of, summary, verdict.decision, verdict.rule,
            verdict.reason, tuple(verdict.findings), tuple(verdict.timings.items()),
            verdict.approval_id, tuple(verdict.shadow), verdict.logged)


def decision_payload_of(parts: DecisionParts) -> dict[str, Any]:
    """The payload of a decision from its `decision_parts`."""
    (ts, request_id, surface, direction, principal, session, host, port, method, path, url,
     tool, result_of, summary, decision, rule, reason, findings, timings, approval_id,
     shadow, logged) = parts
    return {
        "ts": ts,
        "request_id": request_id,
        "surface": str(surface),
        "direction": str(direction),
        "principal": principal,
        "session": session,
        "target": {
            "host": host,
            "port": port,
            "method": method,
            "path": path,
            "url": url,
            "tool": tool,
            "result_of": result_of,
        },
        "summary": summary if summary is not None else host_summary(surface, method, url),
        "decision": str(decision),
        "rule": rule,
        "reason": reason,
        "findings": [f.to_dict() for f in findings],
        "latency_ms": round(sum(v for _, v in timings) * 1000, 3),
        "timings_us": {k: round(v * 1e6, 1) for k, v in timings},
        "approval_id": approval_id,
        "shadow": list(shadow),
        "logged": logged,
    }


def approval_payload(approval: Any) -> dict[str, Any]:
    """An approval (the broker's object, duck-typed so this module needs no engine)."""
    data: dict[str, Any] = approval.to_dict()
    return data


def session_payload(data: dict[str, Any]) -> dict[str, Any]:
    """A session's state (`SessionState.to_dict`), its free text masked."""
    if isinstance(data.get("taint_source"), str):
        data["taint_source"] = mask_text(data["taint_source"])
    return data


def taints_payload(marks: list[dict[str, Any]], sessions: list[dict[str, Any]],
                   now: float) -> dict[str, Any]:
    """The principals' taint marks and the tainted sessions (`session/taints`), their
    sources masked."""
    for entry in (*marks, *sessions):
        if isinstance(entry.get("source"), str):
            entry["source"] = mask_text(entry["source"])
    return {"principals": marks, "sessions": sessions, "time": now}


def timeline_payload(entry: dict[str, Any]) -> dict[str, Any]:
    """One call of a session's timeline as stored (built from the masked decision);
    masked again, idempotently, like a ledger record read back."""
    for key in ("summary", "reason"):
        if isinstance(entry.get(key), str):
            entry[key] = mask_text(entry[key])
    if entry.get("findings"):
        entry["findings"] = mask_value(entry["findings"])
    return entry


def principal_payload(state: Any, now: float) -> dict[str, Any]:
    """A principal's strikes, block and counters (`PrincipalState`, duck-typed)."""
    data: dict[str, Any] = state.to_dict(now)
    if isinstance(data.get("reason"), str):
        data["reason"] = mask_text(data["reason"])
    return data


def record_payload(row: dict[str, Any]) -> dict[str, Any]:
    """A ledger record as read back. Records are masked when written; this masks again
    (idempotent) for ledgers written before every credential shape was known."""
    if isinstance(row.get("url"), str):
        row["url"] = mask_url(row["url"])
    for key in ("reason", "error"):
        if isinstance(row.get(key), str):
            row[key] = mask_text(row[key])
    for key in ("metadata", "findings"):
        if row.get(key):
            row[key] = mask_value(row[key])
    return row


def principal_event_payload(event: PrincipalEvent) -> dict[str, Any]:
    return {
        "key": event.key,
        "change": event.change,
        "strikes": event.strikes,
        "blocked_until": event.blocked_until if event.blocked_until != float("inf") else None,
        "block_forever": event.blocked_until == float("inf"),
        "reason": event.reason,
        "by": event.by,
    }


def decision_envelope(parts: DecisionParts, seq: int) -> dict[str, Any]:
    """The wire form of a decision, from its `decision_parts` (now, or when the event hub
    held them for a console that attached later)."""
    return envelope("decision/add", decision_payload_of(parts), seq=seq)


def event_envelope(event: Event, seq: int) -> dict[str, Any] | None:
    """The wire form of a bus event, or None for kinds the console does not stream."""
    payload: dict[str, Any]
    if isinstance(event, DecisionEvent):
        return decision_envelope(decision_parts(event), seq)
    if isinstance(event, ApprovalEvent):
        type_ = "approval/opened" if event.state == "opened" else "approval/resolved"
        payload = approval_payload(event.approval)
    elif isinstance(event, PrincipalEvent):
        type_, payload = "principal/update", principal_event_payload(event)
    elif isinstance(event, ConfigEvent):
        type_ = "config/reload"
        payload = {
            "ok": event.ok,
            "source": event.source,
            "errors": list(event.errors),
            "warnings": list(event.warnings),
        }
    elif isinstance(event, KillSwitchEvent):
        type_ = "killswitch/update"
        payload = {"on": event.on, "surfaces": list(event.surfaces), "by": event.by,
                   "reason": mask_text(event.reason) if event.reason else None}
    elif isinstance(event, TaintEvent):
        type_ = "taint/update"
        payload = {
            "session": event.session,
            "level": event.level,
            "previous": event.previous,
            "source": event.source,
            "principal": event.principal,
            "owner": event.owner,
        }
    else:
        return None
    payload.setdefault("ts", event.ts)
    return envelope(type_, payload, seq=seq)


def issues_to_wire(issues: list[ConfigIssue]) -> tuple[dict[str, Any], ...]:
    """Config problems as plain dicts (`line` relative to the text the operator sent)."""
    out = []
    for issue in issues:
        value = issue.value
        if value is not None and not isinstance(value, str | int | float | bool):
            value = json.dumps(value, default=str)[:200]
        out.append(
            {"path": issue.path, "message": issue.message, "value": value, "line": issue.line}
        )
    return tuple(out)


def issues_from_wire(items: Any, source: str | None = None) -> list[ConfigIssue]:
    """The inverse of `issues_to_wire`, tolerant of missing keys."""
    out = []
    for item in items or []:
        if isinstance(item, dict):
            out.append(
                ConfigIssue(
                    path=str(item.get("path") or ""),
                    message=str(item.get("message") or ""),
                    value=item.get("value"),
                    line=item.get("line") if isinstance(item.get("line"), int) else None,
                    source=source,
                )
            )
    return out
