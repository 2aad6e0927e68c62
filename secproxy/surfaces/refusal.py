"""Every "no" the proxy says, in the shape of the wire that asked.

A refusal is built once, from a `Verdict` that does not permit an action or from a
surface's own category and message (a malformed request, a full listener), as a
`Refusal`: a status, the JSON body `{"error", "rule", "reason", "request_id"}` (and, for
a configured rate limit, `limit`: its name, rule, key, window, limit, remaining 0 and
retry_after) and the headers that go with it. Each wire renders it in its own shape:
HTTP/1.1 bytes (egress), a WebSocket handshake response (ws), a body and headers for
`web.json_response` (aiohttp listeners), and the `error.data` of a JSON-RPC error frame
(ws adapters). `error` is the category of the deciding finding, or the decision when
there is none.

The status comes from one table, by category (anything else a verdict refuses is 403):

| status | when |
|---|---|
| 400 | malformed request, origin-form request, unsupported scheme, port 0 or over 65535 |
| 401 | llm: a proxy key is required and missing or unknown |
| 403 | denied: rule, time window, blocked principal, approval denied or expired, SSRF, |
|     | CONNECT port, guard (egress, CONNECT and the ws handshake alike) |
| 407 | proxy authentication missing or wrong (`Proxy-Authenticate: Basic realm="secproxy"`) |
| 404 | llm: no upstream serves the path |
| 408 | request head not complete within `header_timeout`; a body not complete within |
|     | `body_timeout` (egress's, or the api, llm and mcp listener's) |
| 413 | llm: request body over `llm.max_body_bytes`, answer over `llm.max_response_bytes` |
| 414 | request target longer than `max_request_line` |
| 429 | rate limit (`Retry-After`), or too many connections from one client (`Retry-After: 1`) |
| 431 | request head larger than `max_header_bytes` or more than `max_headers` lines |
| 502 | upstream unreachable or malformed (head, unsent body, over 32 1xx answers), DNS failure |
| 503 | over `max_connections` or `max_tunnels`, or no descriptors left for a tunnel |
|     | (`Retry-After: 1`); ws: the client left while its gateway was being reached |
| 504 | upstream did not answer within `upstream_timeout` |
| 4xx | ws: the gateway refused the handshake with this status (`gateway_refused`) |

The LLM gateway answers in its upstream's own error shape, so that an SDK raises its
usual exception (403 `PermissionDeniedError`, 429 `RateLimitError` with `Retry-After`,
502 `InternalServerError`…): `Refusal.provider_body(provider)` is OpenAI's
`{"error": {"message", "type", "code"}}` or Anthropic's `{"type": "error", "error":
{"type", "message"}}`, with our reason and request id in the message; in a stream,
`Refusal.sse(provider)` is the error event each SDK raises on.

A blocked WebSocket message is answered in the adapter's protocol (a JSON-RPC error with
the same id, or the generic adapter's error frame): its message is `rpc_message(verdict)`
and its `data` is `rpc_data(verdict, request_id)` (`decision`, `request_id`, and `rule`,
`category`, `approval_id` when there are any). Close frames are not refusals: a ws
connection is refused at its handshake, and closed only when a hop fails.
"""

from __future__ import annotations

import email.utils
import json
import math
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Literal

from secproxy.model import Verdict

if TYPE_CHECKING:
    from websockets.http11 import Response

STATUS: dict[str, int] = {
    # malformed requests
    "bad_request": 400,
    "bad_url": 400,
    "bad_port": 400,
    "bad_connect_target": 400,
    "not_a_proxy_request": 400,
    "unsupported_scheme": 400,
    "request_timeout": 408,
    "body_too_large": 413,
    "no_upstream": 404,
    "proxy_key_required": 401,
    "request_line_too_long": 414,
    "headers_too_large": 431,
    "too_many_headers": 431,
    # who is asking
    "proxy_auth_required": 407,
    "proxy_auth_failed": 407,
    "rate_limit": 429,
    "too_many_connections": 429,
    # no room now
    "connection_limit": 503,
    "tunnel_limit": 503,
    "client_gone": 503,
    # the destination could not be reached: not a refusal
    "dns_failure": 502,
    "upstream_unreachable": 502,
    "upstream_closed": 502,
    "bad_upstream_response": 502,
    "upstream_timeout": 504,
}
"""Status by category; a category not listed (rules, SSRF, approvals, guards…) is 403."""

DENIED = 403

Provider = Literal["openai", "anthropic"]
"""The LLM API whose error shape a gateway refusal takes."""

_ANTHROPIC_TYPES = {400: "invalid_request_error", 401: "authentication_error",
                    403: "permission_error", 404: "not_found_error", 413: "request_too_large",
                    429: "rate_limit_error", 529: "overloaded_error"}
_OPENAI_TYPES = {401: "invalid_request_error", 404: "invalid_request_error",
                 413: "invalid_request_error", 429: "rate_limit_error"}

PROXY_AUTHENTICATE = ("Proxy-Authenticate", 'Basic realm="secproxy"')
_RETRY_NOW = ("Retry-After", "1")
_EXTRA: dict[str, tuple[tuple[str, str], ...]] = {
    "proxy_auth_required": (PROXY_AUTHENTICATE,),
    "proxy_auth_failed": (PROXY_AUTHENTICATE,),
    "too_many_connections": (_RETRY_NOW,),
    "connection_limit": (_RETRY_NOW,),
    "tunnel_limit": (_RETRY_NOW,),
}
"""Headers a category's answer carries (a rate limit's `Retry-After` is the verdict's)."""


def status_of(category: str | None) -> int:
    """The status that answers a refusal of this category."""
    return STATUS.get(category, DENIED) if category else DENIED


@dataclass(frozen=True, slots=True)
class Refusal:
    """One "no", before it takes a wire's shape."""

    status: int
    error: str
    """The category of the refusal (the verdict's deciding finding), or the decision."""
    reason: str | None
    """What a person reads: the rule's or the deciding stage's reason."""
    rule: str | None = None
    """The rule that matched, if any."""
    request_id: str | None = None
    """The id of the action's ledger record."""
    headers: tuple[tuple[str, str], ...] = ()
    """Headers beyond the body's own (`Retry-After`, `Proxy-Authenticate`)."""
    limit: dict[str, Any] | None = None
    """The rate limit that refused (`LimitHit.to_dict()`: name, rule, window, limit,
    remaining 0, retry_after…), for a 429 from a configured limit."""

    def body(self) -> dict[str, Any]:
        """The JSON body every HTTP-shaped wire sends (`web.json_response(body)`); a
        configured rate limit adds `limit`."""
        out: dict[str, Any] = {"error": self.error, "rule": self.rule, "reason": self.reason,
                               "request_id": self.request_id}
        if self.limit is not None:
            out["limit"] = self.limit
        return out

    def json(self) -> bytes:
        return json.dumps(self.body(), separators=(",", ":")).encode()

    def message(self) -> str:
        """One line for a person: who says no, why, and the record to look up."""
        why = self.reason or self.error
        rid = f" (request {self.request_id})" if self.request_id else ""
        return f"secproxy: {why}{rid}"

    def provider_body(self, provider: Provider) -> dict[str, Any]:
        """The refusal in an LLM API's own error shape (`openai` or `anthropic`)."""
        error: dict[str, Any]
        if provider == "anthropic":
            error = {"type": _ANTHROPIC_TYPES.get(self.status, "api_error"),
                     "message": self.message(), "code": self.error, "rule": self.rule}
            if self.limit is not None:
                error["limit"] = self.limit
            return {"type": "error", "error": error, "request_id": self.request_id}
        error = {"message": self.message(), "type": self._openai_type(), "code": self.error,
                 "param": None, "rule": self.rule, "request_id": self.request_id}
        if self.limit is not None:
            error["limit"] = self.limit
        return {"error": error}

    def _openai_type(self) -> str:
        if self.status == 403:
            return "security_violation"
        if self.status >= 500:
            return "server_error"
        return _OPENAI_TYPES.get(self.status, "invalid_request_error")

    def provider_json(self, provider: Provider) -> bytes:
        return json.dumps(self.provider_body(provider), separators=(",", ":")).encode()

    def provider_headers(self) -> list[tuple[str, str]]:
        """`header_list()` plus the request-id headers the SDKs show on their errors."""
        out = self.header_list()
        if self.request_id:
            out += [("x-request-id", self.request_id), ("request-id", self.request_id)]
        return out

    def sse(self, provider: Provider, *, guard: str | None = None) -> bytes:
        """The error events that end a stream. A security refusal (403) first sends
        `event: error` with `{"type": "security_violation", "guard", "message",
        "request_id"}` and, so that the SDKs raise on it, the provider's `error` object
        (OpenAI raises on a `data` with `error`, Anthropic on any `event: error`); then,
        always, the provider-shaped error event, for clients that read only that shape.
        `guard` names the stage that cut it."""
        body = self.provider_body(provider)
        error = body["error"]
        if guard:
            error["guard"] = guard
        violation = self.status == 403
        error["security_violation"] = violation
        shaped = b"event: error\ndata: " + json.dumps(body, separators=(",", ":")).encode() \
            + b"\n\n"
        if not violation:
            return shaped
        first = {"type": "security_violation", "guard": guard, "message": self.message(),
                 "request_id": self.request_id, "error": error}
        return b"event: error\ndata: " + json.dumps(first, separators=(",", ":")).encode() \
            + b"\n\n" + shaped

    def header_list(self) -> list[tuple[str, str]]:
        """Headers for an answer whose framework sets the content type and length."""
        out = [("Cache-Control", "no-store")]
        if self.request_id:
            out.append(("X-Secproxy-Request-Id", self.request_id))
        out.extend(self.headers)
        return out

    def http1(self, *, close: bool = False) -> bytes:
        """A complete HTTP/1.1 response; with `close`, one that ends the connection."""
        body = self.json()
        out = [
            b"HTTP/1.1 %d %s\r\n" % (self.status, _phrase(self.status).encode()),
            b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body),
        ]
        for name, value in self.header_list():
            out.append(b"%s: %s\r\n" % (name.encode(), value.encode("latin-1", "replace")))
        out.append(b"Connection: close\r\n\r\n" if close else b"\r\n")
        out.append(body)
        return b"".join(out)

    def handshake(self) -> Response:
        """The answer to a WebSocket handshake that is refused."""
        # Imported here: the egress proxy and the LLM gateway refuse through this module
        # too, and need none of websockets' ~25 modules.
        from websockets.datastructures import Headers
        from websockets.http11 import Response

        body = self.json()
        headers = Headers([
            ("Date", email.utils.formatdate(usegmt=True)),
            ("Connection", "close"),
            ("Content-Length", str(len(body))),
            ("Content-Type", "application/json"),
            *self.header_list(),
        ])
        return Response(self.status, _phrase(self.status), headers, body)


def refuse(error: str, reason: str | None, *, request_id: str | None = None,
           rule: str | None = None, status: int | None = None) -> Refusal:
    """A surface's own refusal (no verdict says it): its status from the table, unless
    the surface passes on another's (`status`, e.g. the gateway's handshake answer)."""
    return Refusal(status or status_of(error), error, reason, rule, request_id,
                   _EXTRA.get(error, ()))


def refuse_verdict(verdict: Verdict, request_id: str | None) -> Refusal:
    """The refusal of a verdict that does not permit the action."""
    category = verdict.category
    headers = _EXTRA.get(category, ()) if category else ()
    if category == "rate_limit":
        wait = max(1, math.ceil(verdict.retry_after or 1))
        headers = (("Retry-After", str(wait)),)
    limit = verdict.limit.to_dict() if verdict.limit is not None else None
    return Refusal(status_of(category), category or str(verdict.decision), verdict.reason,
                   verdict.rule, request_id, headers, limit)


def rpc_message(verdict: Verdict) -> str:
    """The message of the error that answers a blocked WebSocket message."""
    return f"blocked by secproxy: {verdict.reason or verdict.decision}"


def rpc_data(verdict: Verdict, request_id: str) -> dict[str, Any]:
    """The `data` of the error that answers a blocked WebSocket message."""
    data: dict[str, Any] = {"decision": str(verdict.decision), "request_id": request_id}
    if verdict.rule:
        data["rule"] = verdict.rule
    if verdict.category:
        data["category"] = verdict.category
    if verdict.approval_id:
        data["approval_id"] = verdict.approval_id
    return data


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
