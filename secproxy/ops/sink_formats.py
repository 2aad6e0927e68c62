"""What audit sinks send: RFC 5424 syslog messages and OTLP/HTTP JSON log bodies, built
from a ledger record (for severity and ids) and its payload (the masked record or its
OCSF event, which becomes the message body)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

SD_ID = "secproxy@32473"
"""Structured-data id: 32473 is the private enterprise number RFC 5612 sets aside for
documentation, as no number is registered for secproxy."""
_FINDING_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
_BOM = b"\xef\xbb\xbf"


def _worst(record: dict[str, Any]) -> int:
    findings = record.get("findings")
    ranks = [_FINDING_RANK.get(str(f.get("severity")), 0)
             for f in (findings if isinstance(findings, list) else []) if isinstance(f, dict)]
    return max(ranks, default=-1)


def syslog_severity(record: dict[str, Any]) -> int:
    """RFC 5424 severity: 2 critical and 3 error for critical and high findings, 4 warning
    for another block, 5 notice for a redaction, a challenge or a hold, 6 informational."""
    worst = _worst(record)
    if worst == 4:
        return 2
    if worst == 3:
        return 3
    decision = record.get("decision")
    if decision == "block":
        return 4
    return 6 if decision == "allow" else 5


def _sd_value(value: Any) -> str:
    text = str(value)
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def _token(value: Any, limit: int) -> str:
    text = "".join(c for c in str(value or "") if "!" <= c <= "~")
    return text[:limit] or "-"


def syslog_message(record: dict[str, Any], payload: dict[str, Any], *, facility: int,
                   hostname: str, app_name: str) -> bytes:
    """`<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] BOM MSG` (RFC 5424), with
    the surface as MSGID, ledger id, request id and decision as structured data, and the
    payload as JSON in MSG."""
    pri = facility * 8 + syslog_severity(record)
    stamp = datetime.fromtimestamp(float(record["ts"]), UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    params = {"id": record.get("id"), "request_id": record.get("request_id"),
              "decision": record.get("decision"), "rule": record.get("rule")}
    sd = "[" + SD_ID + "".join(f' {k}="{_sd_value(v)}"' for k, v in params.items()
                               if v is not None) + "]"
    head = (f"<{pri}>1 {stamp} {_token(hostname, 255)} {_token(app_name, 48)} "
            f"{os.getpid()} {_token(record.get('surface'), 32)} {sd} ")
    body = json.dumps(payload, default=str, ensure_ascii=False, separators=(",", ":"))
    return head.encode("ascii") + _BOM + body.encode("utf-8")


def otel_severity(record: dict[str, Any]) -> tuple[int, str]:
    """OpenTelemetry severity number and text, on the same scale as syslog's."""
    return {2: (21, "FATAL"), 3: (17, "ERROR"), 4: (13, "WARN"), 5: (10, "INFO2"),
            6: (9, "INFO")}[syslog_severity(record)]


def _attr(key: str, value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"key": key, "value": {"boolValue": value}}
    if isinstance(value, int):
        return {"key": key, "value": {"intValue": str(value)}}
    return {"key": key, "value": {"stringValue": str(value)}}


def otlp_body(records: Sequence[dict[str, Any]], payloads: Sequence[dict[str, Any]], *,
              version: str) -> dict[str, Any]:
    """An OTLP/HTTP JSON `ExportLogsServiceRequest` with one log record per ledger record
    (body: the payload as JSON text; attributes: ledger id, surface, decision, rule,
    principal, host, tool, request id)."""
    observed = str(int(datetime.now(UTC).timestamp() * 1e9))
    logs = []
    for record, payload in zip(records, payloads, strict=True):
        number, text = otel_severity(record)
        attrs = [_attr("secproxy.ledger.id", int(record["id"]))]
        for key in ("surface", "decision", "rule", "principal", "host", "tool", "request_id"):
            if record.get(key) is not None:
                attrs.append(_attr(f"secproxy.{key}", record[key]))
        logs.append({
            "timeUnixNano": str(int(float(record["ts"]) * 1e9)),
            "observedTimeUnixNano": observed,
            "severityNumber": number,
            "severityText": text,
            "body": {"stringValue": json.dumps(payload, default=str, separators=(",", ":"))},
            "attributes": attrs,
        })
    return {"resourceLogs": [{
        "resource": {"attributes": [_attr("service.name", "secproxy"),
                                    _attr("service.version", version)]},
        "scopeLogs": [{"scope": {"name": "secproxy.audit", "version": version},
                       "logRecords": logs}],
    }]}
