"""Pure functions that show a session's timeline and ledger records: table cells, the
detail of one call or record, and findings in context (the matched span highlighted in
the content the record carries, with family and kind).

No Textual state, like `tui.formatting`.
"""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text

from tui.formatting import SEVERITY_STYLE, clock, decision_text, rule_reason, when

CHAIN_STYLE = "bold red"
HIGHLIGHT_STYLE = "bold black on yellow"
FAMILY_OF_CATEGORY = {
    "prompt_injection": "injection",
    "evasion": "encoding",
    "denied_by_rule": "policy",
    "default_deny": "policy",
    "rate_limit": "policy",
    "time_window": "policy",
    "principal_blocked": "policy",
    "kill_switch": "policy",
    "session_risk": "session",
    "ssrf": "network",
    "dns_failure": "network",
    "permit_invalid": "permit",
}
"""A finding's family when the proxy did not send one (ledger records written before it
did): the same grouping the proxy's session tracker uses; anything else is its category."""


def family(finding: dict[str, Any]) -> str:
    """What a finding is grouped by (`injection`, `secret`, `pii`, `policy`…)."""
    if finding.get("family"):
        return str(finding["family"])
    category = str(finding.get("category") or "")
    return FAMILY_OF_CATEGORY.get(category, category)


def _finding_line(out: Text, f: dict[str, Any]) -> None:
    sev = str(f.get("severity", ""))
    out.append(f"  {sev:<8}", style=SEVERITY_STYLE.get(sev, ""))
    kind = f.get("kind") or f.get("category")
    out.append(f" {family(f)}", style="bold")
    out.append(f"/{kind}")
    if f.get("stage"):
        out.append(f" ({f['stage']})", style="dim")
    out.append(f": {f.get('message')}\n")


# -- session timeline ---------------------------------------------------------------


def session_heading(data: dict[str, Any], session: str) -> Text:
    """One line about the session: risk now and at its peak, actions, chains, taint."""
    state = data.get("session")
    out = Text()
    out.append(f"session {session}", style="bold")
    if state:
        if state.get("owner"):
            out.append(f" of {state['owner']}")
        out.append(f" · risk {state.get('risk', 0):g} (peak {state.get('peak_risk', 0):g})"
                   f" · {state.get('actions', 0)} actions, {state.get('blocked', 0)} refused")
        chains = int(state.get("chains") or 0)
        out.append(f" · chains {chains}", style=CHAIN_STYLE if chains else "")
        if state.get("taint"):
            out.append(f" · taint {state['taint']}", style="yellow")
    out.append(f" · {data.get('total', 0)} calls kept", style="dim")
    return out


def call_cells(call: dict[str, Any]) -> dict[str, Any]:
    """Cells of one timeline row, by column key (`tui.layout.TIMELINE_COLUMNS`)."""
    added = float(call.get("risk_added") or 0)
    risk = Text(f"+{added:g} → {float(call.get('risk_after') or 0):g}",
                style="yellow" if added else "dim")
    chains = call.get("chains") or []
    why = Text()
    for name in chains:
        why.append(f"⛓ {name} ", style=CHAIN_STYLE)
    why.append("; ".join(str(w) for w in call.get("why") or []))
    return {
        "time": clock(call.get("ts")),
        "decision": decision_text(str(call.get("decision"))),
        "what": str(call.get("summary") or call.get("tool") or ""),
        "risk": risk,
        "why": why,
    }


def call_detail(call: dict[str, Any]) -> Text:
    """One call of the timeline in full: what, verdict, risk and why, chains, findings."""
    out = Text()
    out.append(f"{call.get('summary') or call.get('tool') or ''}\n", style="bold")
    out.append(f"{call.get('surface')} {call.get('direction')} · {call.get('principal')}"
               f" · request {call.get('request_id')}\n")
    out.append("verdict ")
    out.append_text(decision_text(str(call.get("decision"))))
    if call.get("rule") or call.get("reason"):
        out.append(f" · {rule_reason(call)}")
    out.append("\n")
    out.append(f"risk +{float(call.get('risk_added') or 0):g} → "
               f"{float(call.get('risk_after') or 0):g}", style="bold")
    why = "; ".join(str(w) for w in call.get("why") or [])
    out.append(f"  {why}\n" if why else "\n")
    for name in call.get("chains") or []:
        out.append(f"⛓ chain {name} completed by this call\n", style=CHAIN_STYLE)
    if call.get("steps"):
        out.append("steps: " + ", ".join(str(s) for s in call["steps"]) + "\n", style="dim")
    for f in call.get("findings") or []:
        _finding_line(out, f)
    return out


# -- ledger records -------------------------------------------------------------------


def record_target(record: dict[str, Any]) -> str:
    """What a ledger record was about: tool, `METHOD url`, host, or its surface."""
    if record.get("tool"):
        return f"tool {record['tool']}"
    if record.get("url"):
        return f"{record['method']} {record['url']}" if record.get("method") else record["url"]
    if record.get("host"):
        return f"{record['host']}:{record.get('port')}"
    return str(record.get("method") or record.get("direction") or "")


def record_cells(record: dict[str, Any]) -> dict[str, Any]:
    """Cells of one Audit row, by column key (`tui.layout.AUDIT_COLUMNS`)."""
    return {
        "id": str(record.get("id")),
        "time": when(record.get("ts")),
        "decision": decision_text(str(record.get("decision"))),
        "surface": str(record.get("surface") or ""),
        "principal": str(record.get("principal") or ""),
        "target": record_target(record),
        "rule": rule_reason(record),
    }


def highlighted(content: str, spans: list[tuple[int, int]]) -> Text:
    """`content` with every span (character offsets) highlighted; spans outside the
    content are ignored (the record may carry a cut preview)."""
    text = Text(content)
    for start, end in spans:
        start, end = max(0, start), min(len(content), end)
        if start < end:
            text.stylize(HIGHLIGHT_STYLE, start, end)
    return text


def record_content(record: dict[str, Any]) -> str | None:
    """The inspected content a record carries, when it carries any (the ledger keeps no
    bodies: only a preview some surfaces put in the metadata)."""
    meta = record.get("metadata") or {}
    for key in ("content", "preview", "text"):
        if isinstance(meta.get(key), str):
            return str(meta[key])
    return None


def record_detail(record: dict[str, Any]) -> Text:
    """One ledger record in full: what, verdict, findings with family and kind, the
    matched spans highlighted in the content when the record carries it, approval and
    metadata."""
    out = Text()
    out.append(f"#{record.get('id')} {record_target(record)}\n", style="bold")
    out.append(f"{when(record.get('ts'))} · {record.get('surface')} {record.get('direction')}"
               f" · {record.get('principal')}")
    if record.get("session"):
        out.append(f" · session {record['session']}")
    out.append(f"\nrequest {record.get('request_id')}")
    if record.get("approval_id"):
        out.append(f" · approval {record['approval_id']}")
    out.append("\nverdict ")
    out.append_text(decision_text(str(record.get("decision"))))
    if record.get("rule") or record.get("reason"):
        out.append(f" · {rule_reason(record)}")
    if record.get("status") is not None:
        out.append(f" · status {record['status']}")
    if record.get("error"):
        out.append(f" · error {record['error']}", style="red")
    out.append("\n")
    findings = record.get("findings") or []
    if not findings:
        out.append("no findings\n", style="dim")
    for f in findings:
        _finding_line(out, f)
    content = record_content(record)
    spans = [tuple(f["span"]) for f in findings
             if isinstance(f.get("span"), list) and len(f["span"]) == 2]
    if content is not None:
        out.append("content", style="bold")
        out.append(" (matches highlighted)\n" if spans else "\n", style="dim")
        out.append_text(highlighted(content[:4000], spans))  # type: ignore[arg-type]
        out.append("\n")
    elif spans:
        out.append("matched at " + ", ".join(f"{s}–{e}" for s, e in spans)
                   + " (the ledger keeps no content to show them in)\n", style="dim")
    meta = dict(record.get("metadata") or {})
    approval = meta.pop("approval", None)
    if isinstance(approval, dict):
        out.append("approval ", style="bold")
        out.append(" ".join(f"{k}={v}" for k, v in approval.items()) + "\n")
    headers = meta.pop("headers", None)
    if isinstance(headers, dict) and headers:
        out.append("headers\n", style="bold")
        for name, value in list(headers.items())[:40]:
            out.append(f"  {name}: ", style="dim")
            out.append(f"{value}\n")
    if meta:
        out.append("metadata ", style="bold")
        out.append(json.dumps(meta, default=str)[:2000] + "\n")
    return out
