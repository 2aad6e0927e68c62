"""Pure functions that turn protocol payloads into what the console shows: cells,
colours, countdowns, one-line summaries. No Textual state, so they are easy to test.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from rich.text import Text

DECISION_STYLE = {
    "allow": "green",
    "allow_with_redaction": "cyan",
    "challenge": "yellow",
    "require_approval": "magenta",
    "block": "bold red",
}
DECISION_LABEL = {
    "allow": "allow",
    "allow_with_redaction": "redact",
    "challenge": "challenge",
    "require_approval": "approval",
    "block": "BLOCK",
}
DECISION_FILTERS: tuple[str | None, ...] = (
    None,
    "block",
    "allow",
    "allow_with_redaction",
    "challenge",
    "require_approval",
)
SURFACE_FILTERS: tuple[str | None, ...] = (None, "egress", "connect", "llm", "ws", "tool")
SEVERITY_STYLE = {
    "info": "dim",
    "low": "cyan",
    "medium": "yellow",
    "high": "bold red",
    "critical": "bold white on red",
}


def clock(ts: float | None) -> str:
    """`14:03:07.123` in local time."""
    if ts is None:
        return ""
    return datetime.fromtimestamp(ts).strftime("%H:%M:%S.%f")[:-3]


def when(ts: float | None) -> str:
    """`2026-11-21 14:03:07` in local time."""
    if ts is None:
        return ""
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


def duration(seconds: float) -> str:
    """`42s`, `3m05s`, `2h07m`, `3d04h`."""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    if s < 86400:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 86400}d{s % 86400 // 3600:02d}h"


def countdown(expires: float, now: float) -> Text:
    """Time left before an approval expires, red when it is nearly up."""
    left = expires - now
    if left <= 0:
        return Text("expired", style="bold red")
    style = "bold red" if left < 15 else "yellow" if left < 60 else ""
    return Text(duration(left), style=style)


def decision_text(decision: str) -> Text:
    return Text(DECISION_LABEL.get(decision, decision), style=DECISION_STYLE.get(decision, ""))


def target(payload: dict[str, Any]) -> str:
    """What a decision was about: tool, tool result, `METHOD url`, or the surface/direction."""
    t = payload.get("target") or {}
    if t.get("tool"):
        return f"tool {t['tool']}"
    if t.get("result_of"):
        return f"result of {t['result_of']}"
    if t.get("url"):
        return f"{t['method']} {t['url']}" if t.get("method") else str(t["url"])
    return str(payload.get("summary") or payload.get("direction") or "")


def rule_reason(payload: dict[str, Any]) -> str:
    rule, reason = payload.get("rule"), payload.get("reason")
    if rule and reason:
        return f"{rule}: {reason}"
    return str(rule or reason or "")


def latency(ms: float | None) -> str:
    if ms is None:
        return ""
    if ms < 1:
        return f"{ms * 1000:.0f}µs"
    return f"{ms:.1f}ms" if ms < 1000 else f"{ms / 1000:.2f}s"


def decision_cells(payload: dict[str, Any]) -> dict[str, Any]:
    """Cells of one Live row, by column key (`tui.layout.LIVE_COLUMNS`), not yet cut to
    their widths."""
    return {
        "time": clock(payload.get("ts")),
        "decision": decision_text(str(payload.get("decision"))),
        "surface": str(payload.get("surface") or ""),
        "principal": str(payload.get("principal") or ""),
        "target": target(payload),
        "rule": rule_reason(payload),
        "latency": latency(payload.get("latency_ms")),
    }


def truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def findings_text(payload: dict[str, Any]) -> Text:
    """The detail pane for one decision: what, verdict, findings, timings."""
    out = Text()
    out.append(f"{target(payload)}\n", style="bold")
    out.append(
        f"{payload.get('surface')} {payload.get('direction')} · {payload.get('principal')}"
        f" · request {payload.get('request_id')}\n"
    )
    out.append("verdict ")
    out.append_text(decision_text(str(payload.get("decision"))))
    if payload.get("rule"):
        out.append(f" · rule {payload['rule']}")
    if payload.get("reason"):
        out.append(f" · {payload['reason']}")
    out.append("\n")
    findings = payload.get("findings") or []
    if not findings:
        out.append("no findings\n", style="dim")
    for f in findings:
        sev = str(f.get("severity", ""))
        out.append(f"  {sev:<8}", style=SEVERITY_STYLE.get(sev, ""))
        out.append(f" {f.get('stage')}/{f.get('category')}: {f.get('message')}\n")
    for note in payload.get("shadow") or []:
        out.append(f"  report-mode: {note}\n", style="dim")
    timings = payload.get("timings_us") or {}
    if timings:
        out.append(
            "timings " + " ".join(f"{k}={v:g}µs" for k, v in timings.items()) + "\n", style="dim"
        )
    return out


def approval_detail(approval: dict[str, Any], now: float) -> Text:
    """Exactly what an approval asks: tool and arguments, URL, frame content; and why."""
    detail = approval.get("detail") or {}
    out = Text()
    out.append(f"{approval_asks(approval)}\n", style="bold")
    out.append(
        f"{approval.get('surface')} · {approval.get('principal')}"
        + (f" · session {approval['session']}" if approval.get("session") else "")
        + "\n"
    )
    out.append("why: ", style="bold")
    out.append(f"{approval.get('reason') or 'a rule requires approval'}")
    if approval.get("rule"):
        out.append(f" (rule {approval['rule']})")
    out.append("\nexpires in ")
    out.append_text(countdown(float(approval.get("expires", now)), now))
    out.append(f" · id {approval.get('id')}\n\n")
    # host and port are in the URL when there is one
    keys = ("tool", "method", "url") if detail.get("url") else ("tool", "host", "port")
    for key in keys:
        if detail.get(key) is not None:
            out.append(f"{key:<9}", style="bold")
            out.append(f" {detail[key]}\n")
    headers = detail.get("headers") or {}
    if headers:
        out.append("headers\n", style="bold")
        for name, value in list(headers.items())[:40]:
            out.append(f"  {name}: ", style="dim")
            out.append(f"{value}\n")
    if detail.get("arguments") is not None:
        out.append("arguments\n", style="bold")
        out.append(json.dumps(detail["arguments"], indent=2, default=str)[:4000] + "\n")
    if detail.get("content"):
        out.append("content" if not detail.get("url") else "body (preview)", style="bold")
        out.append("\n")
        out.append(str(detail["content"])[:4000] + "\n")
    return out


def approval_asks(approval: dict[str, Any]) -> str:
    """What is asked, compactly: `shell.exec {"cmd": "ls"}`, `GET host/path`, or the summary."""
    detail = approval.get("detail") or {}
    if detail.get("tool"):
        args = detail.get("arguments")
        shown = json.dumps(args, default=str, ensure_ascii=False) if args is not None else ""
        return f"{detail['tool']} {shown}".strip()
    if detail.get("url"):
        return f"{detail['method']} {detail['url']}" if detail.get("method") else detail["url"]
    return str(approval.get("summary") or "")


def approval_cells(approval: dict[str, Any], now: float) -> dict[str, Any]:
    """Cells of one Approvals row, by column key (`tui.layout.APPROVAL_COLUMNS`)."""
    return {
        "id": str(approval.get("id")),
        "expires": countdown(float(approval.get("expires", now)), now),
        "surface": str(approval.get("surface") or ""),
        "principal": str(approval.get("principal") or ""),
        "asks": approval_asks(approval),
        "why": str(approval.get("reason") or approval.get("rule") or ""),
    }


def principal_cells(p: dict[str, Any], now: float) -> dict[str, Any]:
    """Cells of one Users row, by column key (`tui.layout.USER_COLUMNS`)."""
    if p.get("block_forever"):
        until = Text("until unblocked", style="bold red")
    elif p.get("blocked_until"):
        until = Text(f"{duration(p['blocked_until'] - now)} left", style="bold red")
    else:
        until = Text("")
    strikes = int(p.get("strikes") or 0)
    return {
        "principal": str(p.get("key")),
        "strikes": Text(str(strikes), style="yellow" if strikes else ""),
        "blocked": until,
        "reason": str(p.get("block_reason") or ""),
        "requests": str(p.get("requests", 0)),
        "blocked_requests": str(p.get("blocked_requests", 0)),
        "last_seen": clock(p.get("last_seen")),
    }


def tracking_detail(t: dict[str, Any], now: float) -> Text:
    """One principal's tracking (`tracking/get`) for the Users detail pane: strikes in
    their window, the block, when it was first and last seen, and the guard families
    its recorded findings came from."""
    out = Text()
    out.append(str(t.get("key")), style="bold")
    strikes, most = int(t.get("strikes") or 0), t.get("max_strikes")
    window = t.get("strike_window")
    out.append("\nstrikes ")
    out.append(f"{strikes}" + (f"/{most}" if most else ""), style="yellow" if strikes else "")
    if window:
        out.append(f" in {duration(float(window))}")
    if t.get("block_forever"):
        out.append("\nblocked until unblocked", style="bold red")
    elif t.get("blocked_until"):
        left = duration(float(t["blocked_until"]) - now)
        out.append(f"\nblocked until {when(t['blocked_until'])} ({left} left)", style="bold red")
    else:
        out.append("\nnot blocked · b blocks")
    if t.get("blocked") or t.get("block_reason"):
        out.append(f" · {t.get('block_reason') or 'no reason given'}")
        if t.get("blocked_by"):
            out.append(f" · by {t['blocked_by']}")
        out.append(" · x unblocks")
    out.append(f"\nfirst seen {when(t.get('first_seen'))} · last activity "
               f"{when(t.get('last_activity') or t.get('last_seen'))}")
    out.append(f"\nrequests {t.get('requests', 0)} · refused {t.get('blocked_requests', 0)}")
    guards = t.get("guards") or {}
    out.append("\ntriggered ")
    if guards:
        out.append(" · ".join(f"{family} {count}" for family, count in
                              sorted(guards.items(), key=lambda kv: (-kv[1], kv[0]))))
    else:
        out.append("no guard or rule findings in the ledger", style="dim")
    return out


def rule_conditions(rule: dict[str, Any]) -> str:
    """A rule's conditions in one line: `match=*.corp.com tools=shell.*`."""
    parts = []
    for key in ("match", "host", "path", "methods", "tools", "surfaces", "principals", "min_taint"):
        value = rule.get(key)
        if value is None:
            continue
        shown = ",".join(str(v) for v in value) if isinstance(value, list) else str(value)
        parts.append(f"{key}={shown}")
    return " ".join(parts) or "(everything)"


def rule_cells(rule: dict[str, Any]) -> dict[str, Any]:
    """A running rule's cells for the Rules table (`tui.layout.RULE_COLUMNS`)."""
    action = str(rule.get("action"))
    styles = {"deny": "bold red", "require_approval": "magenta", "log": "yellow"}
    style = styles.get(action, "green")
    policies = ", ".join(str(p.get("type")) for p in rule.get("policies") or [])
    return {
        "position": str(rule.get("position")),
        "name": str(rule.get("name")),
        "action": Text(action, style=style),
        "conditions": rule_conditions(rule),
        "mode": str(rule.get("mode") or "enforce"),
        "policies": policies,
        "reason": " ".join(str(rule.get("reason") or "").split()),
    }


def suggestion_text(found: dict[str, Any]) -> Text:
    """A `rules/suggest` answer for the operator: each proposed rule with the records it
    covers, then the traffic refused in the window and what the proposal does with it."""
    allowed, uncovered = int(found.get("allowed") or 0), int(found.get("uncovered") or 0)
    rules = found.get("rules") or []
    text = Text(f"{allowed} allowed records, {allowed - uncovered} covered by "
                f"{sum(r.get('action') == 'allow' for r in rules)} allow rules\n", style="bold")
    for rule in rules:
        action = str(rule.get("action"))
        style = "bold red" if action == "deny" else "green"
        count = f"{rule.get('count')}" if action != "deny" else "-"
        text.append(f"{count:>6} ", style="bold")
        text.append(f"{action:<6} ", style=style)
        text.append(str(rule.get("name")))
        if rule.get("mode") == "report":
            text.append(" (report)", style="yellow")
        text.append(f"  {rule_conditions(rule)}", style="dim")
        covers = "; ".join(c for c in rule.get("covers") or [] if c)
        if covers:
            text.append(f"\n         {covers}", style="dim")
        text.append("\n")
    for left in found.get("left_out") or []:
        text.append(f"  left out: {left.get('what')} ({left.get('count')})\n", style="yellow")
    refused = found.get("refused") or []
    if refused:
        text.append("\nRefused in the window, and under these rules:\n", style="bold")
    for r in refused:
        what = " ".join(str(p) for p in (
            r.get("surface"), r.get("method"), (r.get("host") or "") + (r.get("path") or ""),
            r.get("tool")) if p)
        how = ", ".join(f"{d} {n}" for d, n in sorted((r.get("decisions") or {}).items()))
        text.append(f"{r.get('count'):>6} {what} ({how})")
        if r.get("reason"):
            text.append(f" — {' '.join(str(r['reason']).split())}", style="dim")
        if r.get("still_refused"):
            text.append(f" → still refused ({r.get('rule') or 'no rule'})", style="red")
        else:
            text.append(f" → allowed by {r.get('rule')}; the guards decide as before",
                        style="yellow")
        text.append("\n")
    return text
