"""Webhook payloads for one alert: Slack, Discord and a stable generic JSON shape.

Pure functions of an `Alert`; what goes in an alert is already free of secrets (no
request content, no header values, API keys masked), these only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from secproxy.model import Severity

SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}
"""info < low < medium < high < critical."""

_ICON = {
    Severity.INFO: ":information_source:",
    Severity.LOW: ":large_blue_circle:",
    Severity.MEDIUM: ":warning:",
    Severity.HIGH: ":rotating_light:",
    Severity.CRITICAL: ":rotating_light:",
}
_COLOR = {
    Severity.INFO: 0x95A5A6,
    Severity.LOW: 0x3498DB,
    Severity.MEDIUM: 0xF1C40F,
    Severity.HIGH: 0xE67E22,
    Severity.CRITICAL: 0xE74C3C,
}


@dataclass(slots=True)
class Alert:
    """One thing an operator should hear about, ready to be laid out for a webhook."""

    kind: str
    """`blocked`, `approval`, `denied`, `config_rejected` or `taint`."""
    severity: Severity
    title: str
    """Short headline, e.g. `Principal blocked: user:bob`."""
    summary: str
    """One or two sentences saying what happened."""
    key: str
    """Deduplication key: the same key within the window is the same alert."""
    ts: float
    """When the underlying event happened (epoch seconds)."""
    details: dict[str, Any] = field(default_factory=dict)
    """Flat name → value facts (principal, rule, expires…); values are short strings or
    numbers."""
    by_rule: bool = False
    """A `denied` alert caused by a deny rule: sent whatever a target's `min_severity`."""
    suppressed: int = 0
    """Repeats of this alert suppressed in the previous dedup window (per target)."""


def iso(ts: float) -> str:
    """Epoch seconds as an ISO 8601 UTC timestamp."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def _repeats(alert: Alert) -> str | None:
    if not alert.suppressed:
        return None
    return f"{alert.suppressed} similar alert(s) suppressed since the last one"


def _text(value: Any, limit: int) -> str:
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mrkdwn(value: Any, limit: int = 1900) -> str:
    text = _text(value, limit)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def generic(alert: Alert, version: str) -> dict[str, Any]:
    """The stable shape for your own endpoints."""
    return {
        "source": "secproxy",
        "version": version,
        "kind": alert.kind,
        "severity": str(alert.severity),
        "title": alert.title,
        "summary": alert.summary,
        "details": dict(alert.details),
        "key": alert.key,
        "suppressed": alert.suppressed,
        "ts": alert.ts,
        "time": iso(alert.ts),
    }


def slack(alert: Alert, version: str) -> dict[str, Any]:
    """Slack incoming webhook: `text` (the notification) plus mrkdwn `blocks`."""
    icon = _ICON[alert.severity]
    fields = [
        {"type": "mrkdwn", "text": f"*{_mrkdwn(k, 100)}*\n{_mrkdwn(v, 1800)}"}
        for k, v in list(alert.details.items())[:10]
    ]
    context = f"secproxy {version} · {alert.kind} · {alert.severity} · {iso(alert.ts)}"
    repeats = _repeats(alert)
    if repeats:
        context += f" · {repeats}"
    blocks: list[dict[str, Any]] = [
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"{icon} *{_mrkdwn(alert.title, 200)}*\n{_mrkdwn(alert.summary, 2500)}",
            },
        }
    ]
    if fields:
        blocks.append({"type": "section", "fields": fields})
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})
    return {"text": f"{icon} secproxy: {_mrkdwn(alert.title, 200)}", "blocks": blocks}


def discord(alert: Alert, version: str) -> dict[str, Any]:
    """Discord webhook: `content` (the notification) plus one embed."""
    footer = f"secproxy {version} · {alert.kind} · {alert.severity}"
    repeats = _repeats(alert)
    if repeats:
        footer += f" · {repeats}"
    embed = {
        "title": _text(alert.title, 256),
        "description": _text(alert.summary, 4000),
        "color": _COLOR[alert.severity],
        "timestamp": iso(alert.ts),
        "fields": [
            {"name": _text(k, 256), "value": _text(v, 1000) or "-", "inline": len(str(v)) < 40}
            for k, v in list(alert.details.items())[:25]
        ],
        "footer": {"text": footer},
    }
    return {
        "content": _text(f"secproxy: {alert.title}", 2000),
        "embeds": [embed],
        "allowed_mentions": {"parse": []},
    }


RENDERERS = {"slack": slack, "discord": discord, "generic": generic}
"""Format name (`alerts.webhooks[].format`) → payload builder."""
