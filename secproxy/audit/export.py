"""Ledger records in the shapes other tools read: JSON Lines and CSV with the hashes (an
archive that `audit verify` logic can re-check), and OCSF events for a SIEM.

OCSF mapping (schema 1.3.0). Traffic that reaches a host over HTTP — the egress proxy,
CONNECT tunnels and the LLM gateway — is class **HTTP Activity** (`class_uid` 4002,
category 4 Network Activity; `activity_id` from the method: 1 Connect, 2 Delete, 3 Get,
4 Head, 5 Options, 6 Post, 7 Put, 8 Trace, else 99 Other with `activity_name`). Tool
calls, WebSocket frames, MCP messages, inspection-API checks and operator changes are
class **API Activity** (`class_uid` 6003, category 6 Application Activity; `activity_id`
99 Other, `activity_name` the RPC method or tool; operator changes 3 Update).
`type_uid` is `class_uid * 100 + activity_id`, `time` epoch milliseconds.

Fields from the record:
- `severity_id`: the highest finding severity, 1 informational (none), 2 low,
  3 medium, 4 high, 5 critical.
- `action_id` / `disposition_id`: allow 1 Allowed / 1 Allowed; allow_with_redaction
  4 Modified / 11 Corrected; block 2 Denied / 2 Blocked; require_approval 2 / 14
  Delayed; challenge 2 / 99 Other.
- `status_id`: 1 Success when the action went ahead without an error, else 2 Failure;
  `status_code` and `http_response.code` the HTTP status.
- `actor.user.uid`, `actor.session.uid`, `actor.app_name`: principal, session, agent;
  `src_endpoint.ip` the principal's address when it is `ip:…`.
- `dst_endpoint`: host and port; `http_request`: method and URL (query values masked
  as in the ledger); `api`: operation (method or tool) and service (server or host).
- `message`: the reason; `unmapped`: surface, direction, rule, tool, findings, hash (and
  the instance, in a ledger several instances share).
- `metadata`: product secproxy, `uid` the request id, `sequence` the ledger row id.

Values are masked again on the way out (idempotent), as the control API does.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterable
from typing import IO, Any

from secproxy import __version__
from secproxy.audit.query import COLUMNS
from secproxy.redact import mask_text, mask_url, mask_value

OCSF_VERSION = "1.3.0"
HTTP_ACTIVITY = 4002
API_ACTIVITY = 6003
HTTP_SURFACES = frozenset({"egress", "connect", "llm"})
HTTP_ACTIVITY_IDS = {"CONNECT": 1, "DELETE": 2, "GET": 3, "HEAD": 4, "OPTIONS": 5,
                     "POST": 6, "PUT": 7, "TRACE": 8}
SEVERITY_IDS = {"info": 1, "low": 2, "medium": 3, "high": 4, "critical": 5}
DISPOSITIONS: dict[str, tuple[int, str, int, str]] = {
    "allow": (1, "Allowed", 1, "Allowed"),
    "allow_with_redaction": (4, "Modified", 11, "Corrected"),
    "block": (2, "Denied", 2, "Blocked"),
    "require_approval": (2, "Denied", 14, "Delayed"),
    "challenge": (2, "Denied", 99, "Challenge"),
}
"""Decision → (action_id, action, disposition_id, disposition)."""
FORMATS = ("jsonl", "json", "csv", "ocsf")


def masked(row: dict[str, Any]) -> dict[str, Any]:
    """A copy of a record with its free text masked again (idempotent)."""
    out = dict(row)
    if isinstance(out.get("url"), str):
        out["url"] = mask_url(out["url"])
    for key in ("reason", "error"):
        if isinstance(out.get(key), str):
            out[key] = mask_text(out[key])
    for key in ("metadata", "findings"):
        if out.get(key):
            out[key] = mask_value(out[key])
    return out


def _severity(findings: Any) -> tuple[int, str]:
    worst = 1
    for f in findings if isinstance(findings, list) else []:
        if isinstance(f, dict):
            worst = max(worst, SEVERITY_IDS.get(str(f.get("severity")), 1))
    names = {v: k.capitalize() for k, v in SEVERITY_IDS.items()}
    return worst, "Informational" if worst == 1 else names[worst]


def _url(row: dict[str, Any]) -> dict[str, Any] | None:
    url = row.get("url")
    if not isinstance(url, str):
        return None
    hostport, slash, rest = url.partition("/")
    path, _, query = ("/" + rest if slash else "/").partition("?")
    scheme = "https" if row.get("surface") == "connect" or row.get("port") == 443 else "http"
    out: dict[str, Any] = {"hostname": row.get("host"), "path": path, "scheme": scheme,
                           "url_string": f"{scheme}://{url}"}
    if row.get("port"):
        out["port"] = row["port"]
    if query:
        out["query_string"] = query
    return out


def ocsf_event(record: dict[str, Any]) -> dict[str, Any]:
    """One ledger record as an OCSF HTTP Activity or API Activity event."""
    row = masked(record)
    surface = str(row.get("surface"))
    method = str(row.get("method") or "").upper() or None
    http = surface in HTTP_SURFACES
    if http:
        class_uid, class_name, category_uid, category_name = (
            HTTP_ACTIVITY, "HTTP Activity", 4, "Network Activity")
        activity_id = HTTP_ACTIVITY_IDS.get(method or "", 99 if method else 0)
        activity_name = (method or "Unknown").capitalize()
    else:
        class_uid, class_name, category_uid, category_name = (
            API_ACTIVITY, "API Activity", 6, "Application Activity")
        activity_id = 3 if surface == "operator" else 99
        activity_name = "Update" if activity_id == 3 else (
            row.get("tool") or method or f"{surface} {row.get('direction') or 'request'}")
    decision = str(row.get("decision"))
    action_id, action, disposition_id, disposition = DISPOSITIONS.get(
        decision, (99, decision, 99, decision))
    severity_id, severity = _severity(row.get("findings"))
    failed = action_id == 2 or bool(row.get("error")) or (row.get("status") or 0) >= 400
    principal = str(row.get("principal") or "")
    actor: dict[str, Any] = {"user": {"uid": principal, "name": principal}}
    if row.get("session"):
        actor["session"] = {"uid": row["session"]}
    if row.get("agent"):
        actor["app_name"] = row["agent"]
    src: dict[str, Any] = {}
    if principal.startswith("ip:"):
        src["ip"] = principal[3:]
    dst: dict[str, Any] = {}
    if row.get("host"):
        dst["hostname"] = row["host"]
    if row.get("port"):
        dst["port"] = row["port"]
    event: dict[str, Any] = {
        "class_uid": class_uid, "class_name": class_name,
        "category_uid": category_uid, "category_name": category_name,
        "activity_id": activity_id, "activity_name": activity_name,
        "type_uid": class_uid * 100 + activity_id,
        "time": int(float(row["ts"]) * 1000),
        "severity_id": severity_id, "severity": severity,
        "action_id": action_id, "action": action,
        "disposition_id": disposition_id, "disposition": disposition,
        "status_id": 2 if failed else 1, "status": "Failure" if failed else "Success",
        "actor": actor, "src_endpoint": src, "dst_endpoint": dst,
        "metadata": {"version": OCSF_VERSION, "uid": row.get("request_id"),
                     "sequence": row.get("id"), "log_name": "secproxy ledger",
                     "product": {"name": "secproxy", "vendor_name": "secproxy",
                                 "version": __version__}},
        "unmapped": {k: row.get(k) for k in ("surface", "direction", "rule", "tool",
                                             "findings", "approval_id", "hash", "instance")
                     if row.get(k) not in (None, [], "")},
    }
    if row.get("reason"):
        event["message"] = row["reason"]
    if row.get("status") is not None:
        event["status_code"] = str(row["status"])
    if row.get("duration_ms") is not None:
        event["duration"] = int(float(row["duration_ms"]))
    if row.get("error"):
        event["status_detail"] = row["error"]
    if http:
        request: dict[str, Any] = {"http_method": method}
        if url := _url(row):
            request["url"] = url
        event["http_request"] = request
        if row.get("status") is not None:
            event["http_response"] = {"code": row["status"]}
    else:
        event["api"] = {"operation": str(activity_name),
                        "service": {"name": row.get("host") or surface}}
        if row.get("request_id"):
            event["api"]["request"] = {"uid": row["request_id"]}
    return event


def write_records(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write records (oldest first) as jsonl, json, csv or ocsf (JSON Lines of OCSF
    events); returns how many."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        records = iter(rows)
        first = next(records, None)
        # A shared (PostgreSQL) ledger's rows name their instance: ids repeat across them.
        columns = (*COLUMNS, "instance") if first and "instance" in first else COLUMNS
        writer.writerow(columns)
        for row in itertools.chain([first] if first else [], records):
            writer.writerow([json.dumps(row[c]) if isinstance(row[c], list | dict) else row[c]
                             for c in columns])
            count += 1
    elif fmt == "json":
        data = list(rows)
        count = len(data)
        json.dump(data, out, indent=2, default=str)
        out.write("\n")
    else:
        convert = ocsf_event if fmt == "ocsf" else None
        for row in rows:
            out.write(json.dumps(convert(row) if convert else row, default=str) + "\n")
            count += 1
    return count
