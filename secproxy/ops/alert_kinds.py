"""Which bus events raise which webhook alerts, and what those alerts say.

- `blocked`: `PrincipalEvent` change `blocked` (strikes or an operator). Key: the
  principal. Severity high.
- `approval`: `ApprovalEvent` state `opened` (an action waits for an operator): id,
  principal, what, rule, reason, expiry and the `secproxy approvals approve ID` command.
  Key: the approval id. Severity medium.
- `denied`: `DecisionEvent` with decision `block` and a `denied_by_rule` finding (always
  sent), or a finding of at least the target's `min_severity`. Key: the rule (or the top
  finding's category), the principal and the host or tool. Severity: the top finding's.
- `config_rejected`: `ConfigEvent` with `ok` false (a reload or an operator's rules
  edit). Key: change and source. Severity high.
- `taint`: `TaintEvent` reaching `alerts.taint_level` from below. Key: the session's
  owner and id (its title and summary say "session ID of OWNER"), or the principal when
  its mark rose without a session's. Severity medium.

Alerts carry no request content, no header values, and API keys only masked
(`mask_secret`); an approval alert says what is asked as surface, tool or
method+host+path, never arguments, query strings or bodies.
"""

from __future__ import annotations

from typing import Any

from secproxy.config.alerts import AlertSettings
from secproxy.events import (
    ApprovalEvent,
    ConfigEvent,
    DecisionEvent,
    Event,
    PrincipalEvent,
    TaintEvent,
)
from secproxy.model import Decision, Severity, mask_secret
from secproxy.ops.alert_formats import SEVERITY_RANK, Alert, iso

EVENT_KINDS = frozenset({"decision", "approval", "principal", "config", "taint"})
"""Bus event kinds the alerts consumer subscribes to."""
_FOREVER_AFTER = 10 * 365 * 86400.0


def safe_principal(key: str) -> str:
    """A principal key fit for an alert: an unmasked API key (an operator may block
    `key:<raw>`) is masked."""
    if key.startswith("key:") and "…" not in key:
        return "key:" + mask_secret(key[4:])
    return key


def _what(detail: dict[str, Any], surface: str) -> str:
    tool = detail.get("tool")
    if tool:
        return f"{surface} tool {tool}"
    url = detail.get("url")
    if isinstance(url, str):
        method = detail.get("method")
        return f"{surface} {method + ' ' if method else ''}{url.split('?', 1)[0]}"
    return surface


def _blocked(e: PrincipalEvent) -> Alert:
    who = safe_principal(e.key)
    until = (
        "until unblocked"
        if e.blocked_until is None or e.blocked_until - e.ts > _FOREVER_AFTER
        else iso(e.blocked_until)
    )
    by = e.by or "system"
    return Alert(
        kind="blocked",
        severity=Severity.HIGH,
        title=f"Principal blocked: {who}",
        summary=f"{who} was blocked by {by} ({until}): {e.reason or 'no reason given'}",
        key=f"blocked:{who}",
        ts=e.ts,
        details={
            "principal": who,
            "by": by,
            "reason": e.reason or "-",
            "until": until,
            "strikes": e.strikes,
            "unblock": f"secproxy users unblock {who}",
        },
    )


def _approval(e: ApprovalEvent) -> Alert | None:
    a = e.approval
    if e.state != "opened" or getattr(a, "instance", None) is not None:
        return None  # another instance's approval (shared state): its owner alerts
    who = safe_principal(str(a.principal))
    what = _what(dict(a.detail or {}), str(a.surface))
    expires_in = max(0, round(a.expires - e.ts))
    return Alert(
        kind="approval",
        severity=Severity.MEDIUM,
        title=f"Approval needed: {what}",
        summary=(
            f"{who} asks for {what}; held until an operator decides "
            f"(denied in {expires_in}s otherwise). {a.reason or ''}"
        ).strip(),
        key=f"approval:{a.id}",
        ts=e.ts,
        details={
            "id": a.id,
            "principal": who,
            "what": what,
            "rule": a.rule or "-",
            "reason": a.reason or "-",
            "expires": iso(a.expires),
            "approve": f"secproxy approvals approve {a.id}",
            "deny": f"secproxy approvals deny {a.id}",
        },
    )


def _denied(e: DecisionEvent) -> Alert | None:
    v = e.verdict
    if v.decision is not Decision.BLOCK or not v.findings:
        return None
    by_rule = any(f.category == "denied_by_rule" for f in v.findings)
    top = max(v.findings, key=lambda f: SEVERITY_RANK[f.severity])
    a = e.action
    who = safe_principal(a.principal.key)
    target = a.target.tool or a.target.host or a.result_of or "-"
    cause = f"rule {v.rule}" if by_rule and v.rule else top.category
    return Alert(
        kind="denied",
        severity=top.severity,
        title=f"Denied ({cause}): {who} → {target}",
        summary=f"{a.surface} request by {who} to {target} was blocked: {v.reason or top.message}",
        key=f"denied:{cause}:{who}:{target}",
        ts=e.ts,
        details={
            "principal": who,
            "surface": str(a.surface),
            "target": target,
            "rule": v.rule or "-",
            "category": top.category,
            "severity": str(top.severity),
            "reason": (v.reason or top.message)[:300],
        },
        by_rule=by_rule,
    )


def _config(e: ConfigEvent) -> Alert | None:
    if e.ok:
        return None
    what = "rules edit" if e.change == "rules/replace" else "config reload"
    details: dict[str, Any] = {"change": e.change, "source": e.source or "-", "by": e.by or "-"}
    for i, err in enumerate(e.errors[:5]):
        details[f"error {i + 1}"] = err[:300]
    if len(e.errors) > 5:
        details["more errors"] = len(e.errors) - 5
    return Alert(
        kind="config_rejected",
        severity=Severity.HIGH,
        title=f"{what.capitalize()} rejected",
        summary=f"A {what} was refused ({len(e.errors)} error(s)); the running config stays.",
        key=f"config_rejected:{e.change}:{e.source}",
        ts=e.ts,
        details=details,
    )


def _taint(e: TaintEvent, level: int) -> Alert | None:
    if not (e.level >= level > e.previous):
        return None
    # Two principals' sessions may share an id: the owner tells them apart (and keeps
    # one's alert from being taken for a repeat of the other's).
    session = e.session + (f" of {e.owner}" if e.owner else "")
    what = f"Session {session}" if e.session else f"Principal {e.principal}"
    return Alert(
        kind="taint",
        severity=Severity.MEDIUM,
        title=(f"Session tainted: {session}" if e.session
               else f"Principal tainted: {e.principal}") + f" (level {e.level})",
        summary=f"{what} went from taint {e.previous} to {e.level}"
        + (f" ({e.source})" if e.source else ""),
        key=f"taint:{e.owner or ''}:{e.session}" if e.session
        else f"taint:principal:{e.principal}",
        ts=e.ts,
        details={
            "session": e.session or "-",
            "owner": e.owner or "-",
            "principal": e.principal or "-",
            "level": e.level,
            "previous": e.previous,
            "source": e.source or "-",
        },
    )


def alert_for(event: Event, settings: AlertSettings) -> Alert | None:
    """The alert an event raises, if any (before per-target filtering and dedup)."""
    if isinstance(event, DecisionEvent):
        return _denied(event)
    if isinstance(event, PrincipalEvent):
        return _blocked(event) if event.change == "blocked" else None
    if isinstance(event, ApprovalEvent):
        return _approval(event)
    if isinstance(event, ConfigEvent):
        return _config(event)
    if isinstance(event, TaintEvent):
        return _taint(event, settings.taint_level)
    return None
