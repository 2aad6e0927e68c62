"""Answers the proxy gives itself: short JSON bodies `{"error", "rule", "reason",
"request_id"}` with the status that says what happened.

| status | when |
|---|---|
| 400 | malformed request, origin-form request, unsupported scheme, port 0 or over 65535 |
| 403 | denied: rule, time window, blocked principal, approval denied/expired, SSRF, CONNECT port |
| 407 | proxy authentication missing or wrong (`Proxy-Authenticate: Basic realm="secproxy"`) |
| 408 | request head not complete within `header_timeout` |
| 414 | request target longer than `max_request_line` |
| 429 | rate limit (`Retry-After`), or too many connections from one client (`Retry-After: 1`) |
| 431 | request head larger than `max_header_bytes` or more than `max_headers` lines |
| 502 | upstream unreachable or malformed (head, unsent body, over 32 1xx answers), DNS failure |
| 503 | over `max_connections` or `max_tunnels`, or no descriptors left for a tunnel |
| 504 | upstream did not answer within `upstream_timeout` |
"""

from __future__ import annotations

import json
import math
from http import HTTPStatus

from secproxy.model import Verdict

PROXY_AUTHENTICATE = (b"Proxy-Authenticate", b'Basic realm="secproxy"')


def answer(
    status: int,
    error: str,
    reason: str | None,
    *,
    request_id: str | None = None,
    rule: str | None = None,
    close: bool = False,
    headers: tuple[tuple[bytes, bytes], ...] = (),
) -> bytes:
    """A complete HTTP/1.1 response with a JSON body."""
    body = json.dumps(
        {"error": error, "rule": rule, "reason": reason, "request_id": request_id},
        separators=(",", ":"),
    ).encode()
    try:
        phrase = HTTPStatus(status).phrase.encode()
    except ValueError:
        phrase = b"Error"
    out = [
        b"HTTP/1.1 %d %s\r\n" % (status, phrase),
        b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body),
        b"Cache-Control: no-store\r\n",
    ]
    if request_id:
        out.append(b"X-Secproxy-Request-Id: %s\r\n" % request_id.encode())
    for name, value in headers:
        out.append(name + b": " + value + b"\r\n")
    out.append(b"Connection: close\r\n\r\n" if close else b"\r\n")
    out.append(body)
    return b"".join(out)


def verdict_status(verdict: Verdict) -> tuple[int, tuple[tuple[bytes, bytes], ...]]:
    """Status and extra headers for a verdict that does not permit the request."""
    category = verdict.category
    if category == "rate_limit":
        wait = max(1, math.ceil(verdict.retry_after or 1))
        return 429, ((b"Retry-After", b"%d" % wait),)
    if category == "dns_failure":  # the engine could not resolve the host: not a refusal
        return 502, ()
    return 403, ()


def verdict_answer(verdict: Verdict, request_id: str, *, close: bool) -> tuple[int, bytes]:
    """(status, response bytes) for a verdict that does not permit the request."""
    status, headers = verdict_status(verdict)
    error = verdict.category or str(verdict.decision)
    return status, answer(
        status,
        error,
        verdict.reason,
        request_id=request_id,
        rule=verdict.rule,
        close=close,
        headers=headers,
    )
